// @module-tag slow
/**
 * `octavo notes`: notes or reference strings (one a line, paragraphs, JSON
 * Lines) into citations, with the built binary. The fixtures under
 * test/fixtures/notes-* are invented notes (fictional authors and works).
 * The assertions are on structure (forms, refs, offsets, one entry per item),
 * not on every field the notes reader finds, so that they hold while that
 * reader improves.
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {Cite} from '@citation-js/core'
import '@citation-js/plugin-ris'
import '@citation-js/plugin-bibtex'
import type {NoteCitation} from '@octavo/parser'
import {availableParallelism} from 'node:os'
import type {NoteRecord, PreparedNote} from '@octavo/citations'
import type {CslItem} from '@octavo/tree'
import {NOTES_FORMATS, notesOutput, readNoteFile, readTextNotes, type JsonlRecord} from '../src/lib/notes.js'
import {NOTES_CHUNK, NOTES_PARALLEL_FROM, notesJobs, startNotesAhead} from '../src/lib/notes-parallel.js'
import {here, listFiles, octavoBin, tempDir} from './helpers.js'

const fixture = (name: string) => path.join(here, 'fixtures', name)
const LINES = fixture('notes-lines/input.txt')
const PARAGRAPHS = fixture('notes-paragraphs/input.txt')
const DOCS = fixture('notes-docs/input.jsonl')
const MALFORMED = fixture('notes-malformed/input.jsonl')

/** `--to citations`: citations.json (contracts §2), each note with its `doc` when the input names documents. */
interface CitationsJson {
  notes: Array<NoteRecord & {doc?: string | null}>
  items: CslItem[]
}

function jsonl(stdout: string): JsonlRecord[] {
  expect(stdout.endsWith('\n')).toBe(true)
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as JsonlRecord)
}

const summary = (records: JsonlRecord[]) => records.map((r) => [r.id, r.citations.map((c) => `${c.form}:${c.ref}`)])

/** The notes' texts as the command reads a plain-text file: one a line, trimmed, blank lines skipped. */
async function textLines(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8'))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
}

describe('octavo notes: plain text', () => {
  it('one note a line: ids 1, 2, … (blank lines skipped), Ibid. and short forms resolved across lines', async () => {
    const {status, stdout, stderr} = await octavoBin(['notes', LINES])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const records = jsonl(stdout)
    expect(summary(records)).toEqual([
      ['1', ['full:vellido2011']],
      ['2', ['ibid:vellido2011']],
      ['3', ['full:reinholt1998']],
      ['4', ['short:vellido2011']],
      ['5', ['full:quarles-ibsen2004']],
      ['6', ['short:reinholt1998']]
    ])
    const [full, ibid] = [records[0]!.citations[0]!, records[1]!.citations[0]!]
    // An Ibid. carries the fields of the work it resolves to; fields have no id.
    expect(ibid.fields).toEqual(full.fields)
    expect(full.fields).toMatchObject({type: 'book', title: 'The Salt Roads of Castile: Trade and Taxation, 1450–1620'})
    expect(full.fields).not.toHaveProperty('id')
    expect([full.locator, ibid.locator, ibid.label]).toEqual(['44–46', '52', 'page'])
    expect(records[2]!.citations[0]!.prefix).toBe('See')
    for (const record of records) for (const c of record.citations) expect(Object.keys(c)).toEqual(['start', 'end', 'form', 'ref', 'fields', 'locator', 'label', 'prefix', 'confidence'])
  })

  it('counts start and end in code points: astral characters before a citation count one each', async () => {
    const texts = await textLines(LINES)
    const [lines, citations] = await Promise.all([octavoBin(['notes', LINES]), octavoBin(['notes', LINES, '--to', 'citations'])])
    const records = jsonl(lines.stdout)
    const notes = (JSON.parse(citations.stdout) as CitationsJson).notes
    const astral = texts.findIndex((t) => t.includes('𝔄'))
    expect(astral).toBe(3)
    const c = records[astral]!.citations[0]!
    const points = [...texts[astral]!]
    // 𝔄 and 🙂 are two UTF-16 code units each, one code point each.
    expect(c.start).toBe(points.indexOf('V'))
    expect(c.start).toBe(texts[astral]!.indexOf('Vellido') - 2)
    // Every span, cut by code points from the note's text, is the citation's text.
    records.forEach((record, i) => {
      expect(notes[i]!.text).toBe(texts[i])
      record.citations.forEach((cite, k) => expect([...texts[i]!].slice(cite.start ?? undefined, cite.end ?? undefined).join('')).toBe(notes[i]!.citations[k]!.text))
    })
  })

  it('reads Windows line ends as the same notes', async () => {
    const dir = await tempDir()
    const crlf = path.join(dir, 'notes.txt')
    await writeFile(crlf, (await readFile(LINES, 'utf8')).replace(/\n/g, '\r\n'))
    const [a, b] = await Promise.all([octavoBin(['notes', LINES]), octavoBin(['notes', crlf])])
    expect(b.status).toBe(0)
    expect(b.stdout).toBe(a.stdout)
  })

  it('--paragraphs: one note a paragraph, its lines joined with a space; warnings at the paragraph’s first line', async () => {
    const {status, stdout, stderr} = await octavoBin(['notes', PARAGRAPHS, '--paragraphs', '--to', 'citations'])
    expect(status).toBe(0)
    const {notes} = JSON.parse(stdout) as CitationsJson
    expect(notes.map((n) => n.note)).toEqual([1, 2, 3, 4])
    expect(notes[1]!.text).toBe('Hanne Ostrander, The Quiet Ledger: Merchants and Their Books in Lübeck (Kiel: Nordwall Verlag, 2007), p. 12.')
    expect(notes.map((n) => n.citations.map((c) => `${c.form}:${c.ref}`))).toEqual([[], ['full:ostrander2007'], ['short:ostrander2007'], ['ibid:ostrander2007']])
    expect(notes[0]).not.toHaveProperty('doc')
    // The opening Ibid. has nothing before it: a warning on line 1, exit status 0.
    const warnings = stderr.trimEnd().split('\n')
    expect(warnings.length).toBeGreaterThan(0)
    for (const line of warnings) expect(line).toMatch(new RegExp(`^${escape(PARAGRAPHS)}:1:1: warning: note 1: Ibid\\. `))
    // Without --paragraphs, each line is a note.
    const lines = jsonl((await octavoBin(['notes', PARAGRAPHS])).stdout)
    expect(lines).toHaveLength(6)
  })
})

describe('octavo notes: JSON Lines', () => {
  it('notes of one "doc" are one document: Ibid. and short forms resolve within it, never across', async () => {
    const {status, stdout, stderr} = await octavoBin(['notes', DOCS])
    expect(status).toBe(0)
    expect(summary(jsonl(stdout))).toEqual([
      ['a1', ['full:vellido2011']],
      // The first note of "olive": its Ibid. does not reach a1 in "salt".
      ['b1', []],
      // Another work that got the same id in another document: suffixed.
      ['b2', ['full:vellido2011b']],
      ['a2', ['ibid:vellido2011']],
      ['b3', ['full:reinholt1998']],
      // The same work cited in two documents: one item.
      ['a3', ['full:reinholt1998']],
      // A number id is written back as a number.
      [7, ['ibid:reinholt1998']],
      // The short form finds the work of its own document, not b2's.
      ['a4', ['short:vellido2011']]
    ])
    const warnings = stderr.trimEnd().split('\n')
    expect(warnings.length).toBeGreaterThan(0)
    for (const line of warnings) expect(line).toMatch(new RegExp(`^${escape(DOCS)}:2:1: warning: note b1: Ibid\\. `))
  })

  it('--to citations: notes numbered 1.. in file order, each with its doc', async () => {
    const {status, stdout} = await octavoBin(['notes', DOCS, '--to', 'citations'])
    expect(status).toBe(0)
    const {notes, items} = JSON.parse(stdout) as CitationsJson
    expect(notes.map((n) => [n.note, n.doc])).toEqual([
      [1, 'salt'],
      [2, 'olive'],
      [3, 'olive'],
      [4, 'salt'],
      [5, 'olive'],
      [6, 'salt'],
      [7, 'olive'],
      [8, 'salt']
    ])
    expect(Object.keys(notes[0]!)).toEqual(['note', 'doc', 'text', 'commentary', 'citations'])
    expect(items.map((i) => i.id)).toEqual(['vellido2011', 'vellido2011b', 'reinholt1998'])
    const ids = new Set(items.map((i) => i.id))
    for (const note of notes) for (const c of note.citations) expect(ids.has(c.ref)).toBe(true)
  })
})

describe('octavo notes --to', () => {
  it('csl-json: the works cited, one each, in order of first citation', async () => {
    const {status, stdout} = await octavoBin(['notes', LINES, '--to', 'csl-json'])
    expect(status).toBe(0)
    const items = JSON.parse(stdout) as Array<{id: string; type: string}>
    expect(items.map((i) => i.id)).toEqual(['vellido2011', 'reinholt1998', 'quarles-ibsen2004'])
  })

  it('ris and bibtex: one entry per work, read back by citation-js', async () => {
    const [ris, bib] = await Promise.all([octavoBin(['notes', DOCS, '--to', 'ris']), octavoBin(['notes', DOCS, '--to', 'bibtex'])])
    expect([ris.status, bib.status]).toEqual([0, 0])
    expect(ris.stdout.match(/^TY {2}- /gm)).toHaveLength(3)
    expect(bib.stdout.match(/^@\w+\{/gm)).toHaveLength(3)
    const fromRis = await Cite.async(ris.stdout, {forceType: '@ris/file'})
    const fromBib = await Cite.async(bib.stdout, {forceType: '@biblatex/text'})
    expect(fromRis.data.map((i) => i['title'])).toEqual(['The Salt Roads of Castile: Trade and Taxation, 1450–1620', 'Olive Oil and Empire', 'Ledger Towns'])
    expect(fromBib.data).toHaveLength(3)
  })

  it("jsonl: passes the notes reader's confidence through when a citation has one, else null", () => {
    const {notes} = readTextNotes('🙂 Ibid., p. 3.\nIbid.\n', false)
    const cite = (confidence?: number): NoteCitation => ({
      ref: 'w',
      form: 'ibid',
      text: 'Ibid., p. 3',
      locator: '3',
      label: 'page',
      prefix: null,
      start: 3,
      end: 14,
      ...(confidence === undefined ? {} : {confidence})
    })
    const result = {
      records: [
        {id: '1', doc: '', citations: [cite(0.87)], commentary: true},
        {id: '2', doc: '', citations: [{...cite(), start: 0, end: 5}], commentary: false}
      ],
      items: [{id: 'w', type: 'book', title: 'A Work'}],
      diagnostics: []
    }
    const [first, second] = jsonl(notesOutput('jsonl', notes, result))
    expect(first!.citations[0]).toMatchObject({start: 2, end: 13, confidence: 0.87, fields: {type: 'book', title: 'A Work'}})
    expect(second!.citations[0]).toMatchObject({start: 0, end: 5, confidence: null})
  })

  it('-o writes the same bytes as standard output, through a temporary file renamed into place', async () => {
    const dir = await tempDir()
    for (const to of ['jsonl', 'csl-json', 'ris', 'bibtex', 'citations']) {
      const out = path.join(dir, 'deep', `notes.${to}`)
      const [printed, written] = await Promise.all([octavoBin(['notes', DOCS, '--to', to]), octavoBin(['notes', DOCS, '--to', to, '-o', out, '--quiet'])])
      expect(written.status).toBe(0)
      expect(written.stdout).toBe('')
      expect(written.stderr).toBe('')
      expect(await readFile(out, 'utf8')).toBe(printed.stdout)
    }
    expect(await listFiles(path.join(dir, 'deep'))).toEqual(['notes.bibtex', 'notes.citations', 'notes.csl-json', 'notes.jsonl', 'notes.ris'])
  })

  it('-o says what it wrote; --json prints a summary on standard output', async () => {
    const dir = await tempDir()
    const out = path.join(dir, 'items.json')
    const plain = await octavoBin(['notes', DOCS, '--to', 'csl-json', '-o', out])
    expect(plain.stdout).toBe('')
    expect(plain.stderr.trimEnd().split('\n').at(-1)).toBe(`wrote ${out}`)
    const json = await octavoBin(['notes', DOCS, '--to', 'csl-json', '-o', out, '--json'])
    expect(json.status).toBe(0)
    const report = JSON.parse(json.stdout) as {status: number; written: string[]; diagnostics: Array<{line: number; column: number; severity: string}>}
    expect(report.status).toBe(0)
    expect(report.written).toEqual([out])
    expect(report.diagnostics.map((d) => [d.line, d.column, d.severity])[0]).toEqual([2, 1, 'warning'])
    expect(json.stderr).toBe('')
  })
})

describe('octavo notes: bad input', () => {
  it('a malformed JSON line: file:3:column, exit 1, nothing on standard output, no file written, an old one kept', async () => {
    const dir = await tempDir()
    const out = path.join(dir, 'citations.jsonl')
    const {status, stdout, stderr} = await octavoBin(['notes', MALFORMED, '-o', out])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(`${MALFORMED}:3:37: error: invalid JSON: Expected double-quoted property name\n`)
    expect(await listFiles(dir)).toEqual([])
    await writeFile(out, 'kept\n')
    expect((await octavoBin(['notes', MALFORMED, '-o', out])).status).toBe(1)
    expect(await listFiles(dir)).toEqual(['citations.jsonl'])
    expect(await readFile(out, 'utf8')).toBe('kept\n')
    const printed = await octavoBin(['notes', MALFORMED])
    expect([printed.status, printed.stdout]).toEqual([1, ''])
  })

  it('every malformed line is named: not an object, no text, empty text, wrong types, a repeated id', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'notes.jsonl')
    await writeFile(
      file,
      [
        '{"id": 1, "text": "Ibid."}',
        '[1, 2]',
        '{"id": 2}',
        '{"id": 3, "text": "   "}',
        '{"id": 4, "text": 12}',
        '{"text": "no id"}',
        '{"id": true, "text": "x"}',
        '{"id": "1", "text": "x"}',
        '{"id": 9, "text": "x", "doc": 5}',
        '{"id": 10, "text": "x"} and more',
        '{"id": 11, "text": "bad \\q escape"}',
        ''
      ].join('\n')
    )
    const {status, stdout, stderr} = await octavoBin(['notes', file])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr.replaceAll(file, 'F')).toBe(
      [
        'F:2:1: error: expected a JSON object {"id": …, "text": …}, found an array',
        'F:3:1: error: missing "text"',
        'F:4:11: error: "text" is empty',
        'F:5:11: error: "text" must be a string, found a number',
        'F:6:1: error: missing "id"',
        'F:7:2: error: "id" must be a string or a number, found a boolean',
        'F:8:2: error: duplicate id "1" (first on line 1)',
        'F:9:24: error: "doc" must be a string, found a number',
        'F:10:25: error: invalid JSON: Unexpected non-whitespace character after JSON',
        'F:11:20: error: invalid JSON: Bad escaped character',
        ''
      ].join('\n')
    )
  })

  it('reports the first 20 malformed lines one by one, then how many more there are', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'notes.jsonl')
    await writeFile(file, Array.from({length: 50}, (_, i) => (i % 2 === 0 ? `{"id": ${i}, "text": "Ibid."}` : `id ${i}`)).join('\n'))
    const {status, stderr} = await octavoBin(['notes', file])
    expect(status).toBe(1)
    const lines = stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(21)
    expect(lines[0]).toBe(`${file}:2:1: error: invalid JSON: Unexpected token 'i'`)
    expect(lines[19]).toBe(`${file}:40:1: error: invalid JSON: Unexpected token 'i'`)
    expect(lines[20]).toBe(`${file}:42:1: error: 5 more malformed lines from here on, not shown`)
  })

  it('invalid UTF-8: its line and column; an empty file: an error', async () => {
    const dir = await tempDir()
    const latin = path.join(dir, 'notes.txt')
    await writeFile(latin, new Uint8Array([...new TextEncoder().encode('Ibid., p. 4.\nJos'), 0xe9, 0x0a]))
    const bad = await octavoBin(['notes', latin])
    expect(bad.status).toBe(1)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toBe(`${latin}:2:4: error: invalid UTF-8: is the file in another encoding (Windows-1252, Latin-1)? Save it as UTF-8\n`)
    for (const [name, content] of [
      ['empty.jsonl', ''],
      ['blank.txt', '\n  \n\n']
    ] as const) {
      const file = path.join(dir, name)
      await writeFile(file, content)
      const empty = await octavoBin(['notes', file])
      expect(empty.status).toBe(1)
      expect(empty.stderr).toBe(`${file}:1:1: error: no notes in the file: it is empty or blank\n`)
    }
  })

  it('an output that cannot be written: one line, exit 1, no temporary file left', async () => {
    const dir = await tempDir()
    await mkdir(path.join(dir, 'taken'))
    const {status, stderr} = await octavoBin(['notes', LINES, '-o', path.join(dir, 'taken')])
    expect(status).toBe(1)
    expect(stderr).toMatch(/^octavo: error: cannot write '.*taken': /)
    expect(await listFiles(dir)).toEqual(['taken'])
  })
})

describe('octavo notes: usage', () => {
  it.each([
    [['notes'], "octavo: error: missing required argument 'file'"],
    [['notes', LINES, '--to', 'docx'], "octavo: error: option '--to <format>' argument 'docx' is invalid. Allowed choices are jsonl, csl-json, ris, bibtex, citations."],
    [['notes', DOCS, '--paragraphs'], 'octavo: error: --paragraphs is for plain-text notes, not JSON Lines']
  ])('%j: exit 2', async (argv, message) => {
    const {status, stdout, stderr} = await octavoBin(argv)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`${message}\n`)
  })

  it('--json without -o: exit 2, the reason in the JSON summary (--json always prints one)', async () => {
    const {status, stdout, stderr} = await octavoBin(['notes', LINES, '--json'])
    expect(status).toBe(2)
    expect(stderr).toBe('')
    expect(JSON.parse(stdout)).toEqual({status: 2, written: [], diagnostics: [], error: '--json prints its summary on standard output: give -o <file> for the citations'})
  })

  it('is listed in the help, and its own help describes the input and the outputs', async () => {
    expect((await octavoBin(['--help'])).stdout).toMatch(/^ {2}notes \[options\] <file>/m)
    const help = await octavoBin(['notes', '--help'])
    expect(help.status).toBe(0)
    for (const word of ['--paragraphs', '--to <format>', '-o, --output <file>', '.jsonl', 'code points', 'Exit status']) expect(help.stdout).toContain(word)
  })

  describe('--jobs: notes read ahead in worker threads, resolved in order here', () => {
    /** The docs fixture's documents repeated under new names until there are enough notes for the workers: Ibid. and short forms in each. */
    async function manyDocs(copies: number): Promise<string> {
      const lines = (await readFile(DOCS, 'utf8')).split('\n').filter((l) => l.trim())
      const out: string[] = []
      for (let k = 0; k < copies; k++) {
        for (const line of lines) {
          const record = JSON.parse(line) as {id: string | number; doc: string; text: string}
          out.push(JSON.stringify({...record, id: `${k}-${record.id}`, doc: `${record.doc}-${k % 7}`}))
        }
      }
      const dir = await tempDir()
      const file = path.join(dir, 'many.jsonl')
      await writeFile(file, `${out.join('\n')}\n`)
      return file
    }

    it('the same output for every --to format whatever the number of threads (several documents, Ibid., short forms)', async () => {
      const file = await manyDocs(Math.ceil(NOTES_PARALLEL_FROM / 8) + 1)
      const text = await readFile(file, 'utf8')
      let used: Array<PreparedNote | undefined> | undefined
      const start = (texts: string[]) => {
        const started = startNotesAhead(texts, 2)
        // What the workers gave, to see that they read every note.
        if (started) void Promise.all(texts.map((_, i) => started.note(i))).then((got) => (used = got))
        return started
      }
      const alone = await readNoteFile(text, {jsonl: true, paragraphs: false})
      const ahead = await readNoteFile(text, {jsonl: true, paragraphs: false, ahead: start})
      expect(used?.filter((p) => p !== undefined)).toHaveLength(alone.notes.length)
      expect(alone.notes.length).toBeGreaterThanOrEqual(NOTES_PARALLEL_FROM)
      expect(ahead.diagnostics).toEqual(alone.diagnostics)
      for (const to of NOTES_FORMATS) expect(notesOutput(to, ahead.notes, ahead.result!), to).toBe(notesOutput(to, alone.notes, alone.result!))
      // What the fixture is for: short forms and Ibid. resolved within each document.
      const forms = new Set(alone.result!.records.flatMap((r) => r.citations.map((c) => c.form)))
      expect(forms).toEqual(new Set(['full', 'ibid', 'short']))
    })

    it('octavo notes --jobs 2 writes the bytes --jobs 1 writes; a small input stays in this thread', async () => {
      const file = await manyDocs(Math.ceil(NOTES_PARALLEL_FROM / 8) + 1)
      const [one, two] = await Promise.all([octavoBin(['notes', file, '--jobs', '1', '-q']), octavoBin(['notes', file, '--jobs', '2', '-q'])])
      expect(one.status).toBe(0)
      expect(two.stdout).toBe(one.stdout)
      expect(two.stderr).toBe(one.stderr)
      expect(notesJobs(2, NOTES_PARALLEL_FROM - 1)).toBe(1)
      expect(notesJobs(1, 100_000)).toBe(1)
      expect(notesJobs(undefined, 100_000)).toBe(Math.min(availableParallelism(), Math.ceil(100_000 / NOTES_CHUNK)))
    })

    it('--jobs takes a whole number of threads, 1 or more', async () => {
      const bad = await octavoBin(['notes', DOCS, '--jobs', '0'])
      expect(bad.status).toBe(2)
      expect(bad.stderr).toMatch(/--jobs.*1 or more/)
    })
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
