import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import type {FootnoteDefinition, FootnoteReference, Nodes} from 'mdast'
import {parse} from '@octavo/parser'
import {processCitations, readBibliography, restyleNotes, toCitationsJson} from '../src/index.js'
import {toString} from 'mdast-util-to-string'

const style = readFileSync(new URL('../styles/chicago-notes-bibliography.csl', import.meta.url), 'utf8')
const fixture = (name: string, file: string) => new URL(`fixtures/${name}/${file}`, import.meta.url)

function run(markdown: string, bib: string) {
  const {tree} = parse(new TextEncoder().encode(markdown), {format: 'markdown'})
  const bibliography = readBibliography(bib, 'bibtex').items
  return processCitations(tree, {style, bibliography})
}

function all<T extends Nodes['type']>(tree: Nodes, type: T): Array<Extract<Nodes, {type: T}>> {
  const out: Nodes[] = []
  const walk = (node: Nodes) => {
    if (node.type === type) out.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return out as Array<Extract<Nodes, {type: T}>>
}

describe('Pandoc citations become Chicago notes in document order', () => {
  const bib = readFileSync(fixture('pandoc-notes', 'refs.bib'), 'utf8')
  const input = readFileSync(fixture('pandoc-notes', 'input.md'), 'utf8')

  it('matches the reviewed citations.json (fixture pandoc-notes; UPDATE=1 rewrites it)', () => {
    const {notes, items, diagnostics} = run(input, bib)
    expect(diagnostics).toEqual([])
    const json = toCitationsJson({notes, items})
    const expected = fixture('pandoc-notes', 'citations.json')
    if (process.env['UPDATE'] === '1') writeFileSync(expected, json)
    expect(existsSync(expected), 'fixtures/pandoc-notes/citations.json is missing: run with UPDATE=1, then read it').toBe(true)
    expect(json).toBe(readFileSync(expected, 'utf8'))
  })

  it('numbers the notes in reading order and formats full, Ibid., short with prefix and locator', () => {
    const {notes} = run(input, bib)
    expect(notes.map((n) => n.note)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(notes.map((n) => n.text)).toEqual([
      'A plain note without a citation.',
      'See David Owen, Copies in Seconds (New York: Simon & Schuster, 2004), 4.',
      'Ibid., 5.',
      'Lisa Gitelman, Paper Knowledge: Toward a Media History of Documents (Durham, NC: Duke University Press, 2014), 83; Owen, Copies in Seconds.',
      'As in Gitelman, Paper Knowledge, chap. 2, and more.',
      'Ibid., 90.',
      'Owen, Copies in Seconds, 211–15.',
      'Owen, Copies in Seconds.'
    ])
    const first = notes[1]!.citations[0]!
    expect(first).toMatchObject({ref: 'owen2004', form: 'full', locator: '4', label: 'page', prefix: 'see'})
    // The citation's text is its span of the note, the prefix left out.
    expect(first.text).toBe('David Owen, Copies in Seconds (New York: Simon & Schuster, 2004), 4')
    expect(notes[1]!.text.slice(first.start, first.end)).toBe(first.text)
    expect(notes.map((n) => n.citations.map((c) => c.form))).toEqual([[], ['full'], ['ibid'], ['full', 'short'], ['short'], ['ibid'], ['short'], ['short']])
    expect(notes[4]!.citations[0]).toMatchObject({ref: 'gitelman2014', label: 'chapter', locator: '2', text: 'Gitelman, Paper Knowledge, chap. 2'})
    for (const note of notes) for (const c of note.citations) expect(note.text.slice(c.start, c.end)).toBe(c.text)
  })

  it('replaces each body citation by a reference and a generated definition of the same number', () => {
    const {tree} = run(input, bib)
    expect(all(tree, 'citation')).toEqual([])
    const references = all(tree, 'footnoteReference') as FootnoteReference[]
    expect(references.map((r) => r.data?.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    const definitions = tree.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition')
    expect(definitions.map((d) => [d.data?.number, d.data?.generated ?? false])).toEqual([
      [1, false],
      [2, true],
      [3, true],
      [4, true],
      [5, false],
      [6, true],
      [7, true],
      [8, true]
    ])
    for (const d of definitions) expect(references.find((r) => r.identifier === d.identifier)?.data?.number).toBe(d.data?.number)
    // The generated note keeps the citation's position; the title is in italics.
    const second = definitions[1]!
    expect(second.position?.start).toMatchObject({line: 6, column: 49})
    expect(all(second, 'emphasis').map((e) => e.children.map((c) => (c.type === 'text' ? c.value : '')).join(''))).toEqual(['Copies in Seconds'])
    // An author-in-text citation leaves the author's name in the text, the note after it.
    const paragraph = tree.children.find((n) => n.type === 'paragraph' && JSON.stringify(n).includes('says so'))!
    const inline = 'children' in paragraph ? paragraph.children.slice(0, 3) : []
    expect(inline.map((n) => (n.type === 'text' ? n.value : `${n.type} ${n.type === 'footnoteReference' ? n.data?.number : ''}`))).toEqual(['Later ', 'Gitelman', 'footnoteReference 6'])
    expect(inline[1]!.position?.start).toMatchObject({line: 9, column: 7})
  })

  it('puts the note after the punctuation that follows the citation, and drops the space before it', () => {
    const {tree} = run('A claim [see @owen2004, p. 4]. Another [@owen2004], then more.\n', bib)
    const paragraph = tree.children[0]!
    const inline = 'children' in paragraph ? (paragraph.children as Nodes[]) : []
    expect(inline.map((n) => (n.type === 'text' ? n.value : n.type === 'footnoteReference' ? `^${n.data?.number}` : n.type))).toEqual(['A claim.', '^1', ' Another,', '^2', ' then more.'])
    // The text with its moved period runs to where the period was written; the reference keeps the citation's place.
    expect(inline[0]!.position).toMatchObject({start: {line: 1, column: 1}, end: {line: 1, column: 31}})
    expect(inline[1]!.position).toMatchObject({start: {line: 1, column: 9}, end: {line: 1, column: 30}})
    expect(inline[2]!.position).toMatchObject({start: {line: 1, column: 31}})
  })

  it('formats a citation inside a written note in place, without a new note', () => {
    const {tree, notes} = run('Text.[^1]\n\n[^1]: [see @owen2004, p. 3]. A comment.\n', bib)
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatchObject({note: 1, text: 'See David Owen, Copies in Seconds (New York: Simon & Schuster, 2004), 3. A comment.', commentary: true})
    expect(notes[0]!.citations).toEqual([
      {ref: 'owen2004', form: 'full', text: 'David Owen, Copies in Seconds (New York: Simon & Schuster, 2004), 3', locator: '3', label: 'page', prefix: 'see', start: 4, end: 71}
    ])
    expect(all(tree, 'citation')).toEqual([])
    expect(all(tree, 'footnoteDefinition')).toHaveLength(1)
  })

  it('a written note resolved to the same work counts as an earlier mention; Ibid. never follows a note with two sources', () => {
    const {notes} = run('A.[^1] B [@gitelman2014, p. 2]. C [@owen2004; @gitelman2014]. D [@gitelman2014].\n\n[^1]: See [@gitelman2014].\n', bib)
    expect(notes.map((n) => n.citations.map((c) => c.form))).toEqual([['full'], ['ibid'], ['full', 'short'], ['short']])
    expect(notes[1]!.text).toBe('Ibid., 2.')
  })

  it('keeps an unknown key an error at its position, and the citation as written', () => {
    const {notes, diagnostics} = run('As shown [@nobody2020, p. 4].\n', bib)
    expect(diagnostics).toEqual([
      expect.objectContaining({severity: 'error', message: 'unknown citation key @nobody2020', position: expect.objectContaining({start: expect.objectContaining({line: 1, column: 10})})})
    ])
    expect(notes).toEqual([{note: 1, text: '[@nobody2020, p. 4]', commentary: false, citations: []}])
  })

  it('keeps an @name as text, with a warning, when no bibliography is given (a handle)', () => {
    const {notes, diagnostics} = run('A.[^1]\n\n[^1]: Sample, "Notes," @samplereality. May 2, 2012.\n', '')
    expect(diagnostics).toEqual([expect.objectContaining({severity: 'warning', message: expect.stringContaining('@samplereality kept as text')})])
    expect(notes[0]!.text).toContain('@samplereality')
    // in brackets too (`Open Discourse [@OpenDiscourseDE], Tweet`), the warning says how to cite by key
    const bracketed = run('A.[^1]\n\n[^1]: Open Discourse [@OpenDiscourseDE], Tweet, Twitter, 08.03.2020.\n', '')
    expect(bracketed.diagnostics).toContainEqual(expect.objectContaining({severity: 'warning', message: expect.stringContaining('add `bibliography:` to the front matter')}))
    expect(bracketed.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(bracketed.notes[0]!.text).toContain('[@OpenDiscourseDE]')
  })

  it('formats a citation in the thanks (unnumbered) in place; the first note after it is a short form', () => {
    const {tree, notes} = run('---\ntitle: T\nthanks: Written after [@owen2004].\n---\n\nText [@owen2004, p. 9].\n', bib)
    const thanks = tree.children.find((n) => n.type === 'titleNote')!
    expect(toString(thanks)).toBe('Written after David Owen, Copies in Seconds (New York: Simon & Schuster, 2004).')
    expect(notes.map((n) => n.text)).toEqual(['Owen, Copies in Seconds, 9.'])
  })

  it('property: any mix of notes and citations gives notes 1…N in reading order, each cite a span of its note, Ibid. only after that work alone', {tags: ['slow']}, () => {
    const keys = ['owen2004', 'gitelman2014']
    const mark = fc.oneof(
      fc.constantFrom('a', 'b', 'c').map((label) => `[^${label}]`),
      fc
        .tuple(fc.constantFrom(...keys), fc.option(fc.integer({min: 1, max: 300})), fc.boolean(), fc.boolean())
        .map(([key, page, see, two]) => ` [${see ? 'see ' : ''}@${key}${page === null ? '' : `, p. ${page}`}${two ? `; @${keys.find((k) => k !== key)!}` : ''}]`)
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('Word', 'Two words.', 'Then'), mark), {minLength: 1, maxLength: 8}), (parts) => {
        const body = parts.map(([words, m]) => words + m).join(' ')
        const labels = [...new Set(parts.flatMap(([, m]) => (m.startsWith('[^') ? [m.slice(2, -1)] : [])))]
        const {tree, notes, diagnostics} = run(`${body}\n\n${labels.map((l) => `[^${l}]: Note ${l}.`).join('\n\n')}\n`, bib)
        expect(diagnostics).toEqual([])
        expect(notes.map((n) => n.note)).toEqual(notes.map((_, i) => i + 1))
        expect(all(tree, 'citation')).toEqual([])
        const references = all(tree, 'footnoteReference') as FootnoteReference[]
        const firsts = [...new Map(references.map((r) => [r.identifier, r.data?.number])).values()]
        expect(firsts).toEqual(firsts.map((_, i) => i + 1))
        const seen = new Set<string>()
        notes.forEach((note, i) => {
          note.citations.forEach((c, j) => {
            expect(note.text.slice(c.start, c.end)).toBe(c.text)
            expect(c.form === 'full').toBe(!seen.has(c.ref))
            if (c.form === 'ibid') {
              const before = notes[i - 1]!.citations
              expect(j === 0 && before.length === 1 && before[0]!.ref === c.ref).toBe(true)
              expect(c.text).toMatch(/^ibid\./i)
            }
            seen.add(c.ref)
          })
        })
      }),
      {numRuns: Number(process.env['RUNS'] ?? 40), ...(process.env['SEED'] === 'random' ? {} : {seed: 20261128})}
    )
  })

  it('re-styled for CMOS 18 (--restyle-notes), the generated notes keep their capital and give short forms for Ibid.', () => {
    const {notes, items} = run(input, bib)
    const restyled = restyleNotes(notes, items, {style, edition: 'cmos18'})
    expect(restyled.map((n) => (n.restyled ? toString({type: 'paragraph', children: n.children}) : null))).toEqual([
      null,
      'See David Owen, Copies in Seconds (New York: Simon & Schuster, 2004), 4.',
      'Owen, Copies in Seconds, 5.',
      'Lisa Gitelman, Paper Knowledge: Toward a Media History of Documents (Durham, NC: Duke University Press, 2014), 83; Owen, Copies in Seconds.',
      null,
      'Gitelman, Paper Knowledge, 90.',
      'Owen, Copies in Seconds, 211–15.',
      'Owen, Copies in Seconds.'
    ])
  })

  it('a second run keeps the generated notes as they are (a Pandoc citation formatted inside a written note is read again as text)', () => {
    const {tree} = parse(new TextEncoder().encode(input.replace('As in [@gitelman2014, chap. 2], and more.', 'A plain note.')), {format: 'markdown'})
    const bibliography = readBibliography(bib, 'bibtex').items
    const first = processCitations(tree, {style, bibliography})
    const before = JSON.stringify(tree)
    const second = processCitations(tree, {style, bibliography})
    expect(JSON.stringify(tree)).toBe(before)
    expect(toCitationsJson(second)).toBe(toCitationsJson(first))
  })

  it('is deterministic: same input, same bytes', () => {
    const a = run(input, bib)
    const b = run(input, bib)
    expect(toCitationsJson(a)).toBe(toCitationsJson(b))
    expect(JSON.stringify(a.tree)).toBe(JSON.stringify(b.tree))
  })
})

describe('citeproc is given the cited entries only, as Pandoc does', () => {
  const entry = (id: string, title: string) => ({id, type: 'book', title, author: [{family: 'Owen', given: 'David'}], issued: {'date-parts': [[2004]]}})
  const blank = (cited: string) => {
    const bibliography = [entry('owen2004', 'Copies in Seconds'), entry('blank', ' '), ...Array.from({length: 1000}, (_, i) => entry(`other${i}`, `Book ${i}`))]
    const {tree} = parse(new TextEncoder().encode(`Text [@${cited}].\n`), {format: 'markdown'})
    return processCitations(tree, {style, bibliography}).diagnostics.filter((d) => d.message.includes('white space'))
  }

  it('an uncited entry is never read by citeproc (no warning about its blank title)', () => {
    expect(blank('owen2004')).toEqual([])
  })

  it('a cited one is (the warning is there)', () => {
    expect(blank('blank').map((d) => d.message)).toEqual(['Item blank has a title of only white space; it is formatted without a title'])
  })
})

describe('README', () => {
  it('the Pandoc notes example prints what the README says', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const at = readme.indexOf('// pandoc-notes.mjs')
    const source = /const source = `([\s\S]*?)`/.exec(readme.slice(at))![1]!
    const outputAt = readme.indexOf('```text\n', at) + '```text\n'.length
    const expected = readme.slice(outputAt, readme.indexOf('```', outputAt))
    const {notes} = run(source, readFileSync(new URL('../../../apps/cli/test/fixtures/pandoc-citations/refs.bib', import.meta.url), 'utf8'))
    expect(notes.map((note) => `${note.note}. ${note.text}  [${note.citations.map((c) => c.form).join(', ')}]\n`).join('')).toBe(expected)
  })
})
