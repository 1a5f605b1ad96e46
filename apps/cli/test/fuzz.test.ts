// @module-tag slow
import {mkdir, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {octavo, tempDir, type Outcome} from './helpers.js'

/**
 * Every command on hostile input (seeded, bounded in time): Markdown and
 * plain-text articles built from fragments that broke parsers before (deep
 * nesting, bracket, emphasis and backtick runs, raw HTML, note markers,
 * Pandoc citations, control and bidi characters, long words), front matter
 * and reader YAML (aliases, wrong types), bibliographies (CSL-JSON, BibTeX,
 * RIS) and CSL styles (entities, DOCTYPE). Whatever the input, a command
 * ends with status 0, 1 or 2, prints one-line messages with no control
 * character, never an internal error, and leaves no temporary file.
 *
 * In the test suite the budget is small; `npm run fuzz` runs for
 * FUZZ_SECONDS (default 600) with FUZZ_SEED (default: a new one, printed).
 */
const SECONDS = Number(process.env['FUZZ_SECONDS'] ?? 0)
const SEED = Number(process.env['FUZZ_SEED'] ?? (SECONDS > 0 ? Date.now() % 2 ** 31 : 20261202))
const RUNS = SECONDS > 0 ? 1_000_000 : 40
const settings = {seed: SEED, numRuns: RUNS, endOnFailure: true}
if (SECONDS > 0) console.log(`fuzz: seed ${SEED}, ${SECONDS} s`)

const repeat = (unit: string) => fc.integer({min: 1, max: 3000}).map((n) => unit.repeat(n))
const controls = fc.constantFrom('\u001b]0;x\u0007', '\u001b[2J', '\u009b', '\u202e', '\u2066', '\u0000', '\r', '\t', '\u00ad', '\ufeff')

/** Pieces of Markdown that have broken parsers and renderers. */
const markdownPiece = fc.oneof(
  fc.lorem({maxCount: 12}),
  repeat('['),
  repeat('*'),
  repeat('_'),
  repeat('`'),
  repeat('> '),
  repeat('[@'),
  repeat('<span>'),
  repeat('- '),
  fc.integer({min: 1, max: 400}).map((n) => `${'  '.repeat(n)}- item`),
  fc.integer({min: 1, max: 300}).map((n) => `${'<b>'.repeat(n)}x${'</p>'.repeat(n)}`),
  fc.constantFrom(
    '[^1]',
    '[^1]: A. Author, *Title* (Place: Press, 2001), 4.',
    '[^x]:',
    '[@key, p. 4]',
    '[link [^1]](http://x)',
    '![img](x.png)',
    '![a](../../etc/passwd)',
    '<!--',
    '```',
    '| a | b |\n|---|---|\n| 1 | 2 |'
  ),
  fc.string({unit: 'binary', maxLength: 40}),
  controls,
  fc.integer({min: 1, max: 20_000}).map((n) => 'x'.repeat(n))
)

const markdown = fc.tuple(fc.array(markdownPiece, {maxLength: 8}), fc.constantFrom('\n', '\n\n', ' ')).map(([pieces, between]) => pieces.join(between))

/** Front matter: fine, broken, aliased. */
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\ntitle: A title\nlang: en\n---\n'),
  fc.constant('---\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\ntitle: *c\n---\n'),
  fc.constant('---\ntitle: *nowhere\n---\n'),
  fc.constant('---\ntitle: [1, 2]\nauthor: 42\ndate: 2023-02-30\nbibliography: refs.json\ncsl: style.csl\n---\n'),
  fc.constant('---\ntitel: Misspelled\nbibliography: refs.bib\n---\n'),
  fc.constant('---\nbibliography: refs.ris\n---\n'),
  fc.string({maxLength: 60}).map((s) => `---\n${s}\n---\n`)
)

/** Plain text articles: headings, note markers glued or spaced, notes. */
const plainText = fc
  .array(fc.oneof(fc.lorem({maxCount: 20}), fc.constantFrom('1. A heading', 'Notes', '1', 'word.1 word', '[12, 15]', '1 A note. Ibid., 4.', 'vol.4 no.3'), controls, repeat('(')), {maxLength: 10})
  .map((lines) => lines.join('\n'))

const bibliographies = {
  'refs.json': fc.oneof(
    fc.constant('[{"id": "key", "type": "book", "title": "T", "author": "Smith"}]'),
    fc.constant('[{"id": "key", "type": "book", "author": [{"family": 42}], "issued": "2001"}]'),
    fc.constant('[{"id": "key", "type": "book", "title": "T"}, {"id": "key"}]'),
    fc.string({maxLength: 80}),
    fc.json()
  ),
  'refs.bib': fc.oneof(fc.constant('@book{key, title = {T}, author = {Smith, J and others}, year = 2001}'), fc.string({maxLength: 80}), repeat('{')),
  'refs.ris': fc.oneof(fc.constant('TY  - BOOK\nTI  - T\nAU  - Smith, J\nER  - \n'), fc.string({maxLength: 80}))
}

const style = fc.oneof(
  fc.constant('<?xml version="1.0"?><!DOCTYPE style [<!ENTITY x SYSTEM "file:///etc/passwd">]><style xmlns="http://purl.org/net/xbiblio/csl">&x;</style>'),
  fc.constant('<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><style xmlns="http://purl.org/net/xbiblio/csl">&b;</style>'),
  fc.constant('<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><citation><layout><text variable="title"/></layout></citation></style>'),
  fc.string({maxLength: 80})
)

const readerYaml = fc.oneof(
  fc.constant('title: R\narticles:\n  - a.md\n  - a.md\n'),
  fc.constant('title: R\narticles: *x\n'),
  fc.constant('title: [R]\narticles: 3\npage-size: A5\n'),
  fc.constant('title: R\narticles:\n  - ../outside.md\n  - /etc/passwd\n  - path: a.md\n    meta: a.meta.yaml\n'),
  fc.string({maxLength: 80})
)

/** The files of one hostile case. */
const caseFiles = fc.record({
  front: frontMatter,
  body: markdown,
  text: plainText,
  json: bibliographies['refs.json'],
  bib: bibliographies['refs.bib'],
  ris: bibliographies['refs.ris'],
  style,
  reader: readerYaml,
  notes: fc.array(fc.oneof(fc.lorem({maxCount: 15}), fc.json(), fc.string({maxLength: 50})), {maxLength: 6})
})

type Case = typeof caseFiles extends fc.Arbitrary<infer T> ? T : never

async function writeCase(dir: string, c: Case): Promise<void> {
  await mkdir(dir, {recursive: true})
  await Promise.all([
    writeFile(path.join(dir, 'a.md'), c.front + c.body),
    writeFile(path.join(dir, 'a.txt'), c.text),
    writeFile(path.join(dir, 'refs.json'), c.json),
    writeFile(path.join(dir, 'refs.bib'), c.bib),
    writeFile(path.join(dir, 'refs.ris'), c.ris),
    writeFile(path.join(dir, 'style.csl'), c.style),
    writeFile(path.join(dir, 'r.yaml'), c.reader),
    writeFile(path.join(dir, 'notes.txt'), c.notes.join('\n')),
    writeFile(path.join(dir, 'notes.jsonl'), c.notes.join('\n'))
  ])
}

/** What every command must do on any input. */
async function wellBehaved(outcome: Outcome, out: string): Promise<void> {
  expect([0, 1, 2]).toContain(outcome.status)
  expect(outcome.stderr).not.toContain('internal error')
  // eslint-disable-next-line no-control-regex -- no control character but the newline may reach the terminal
  expect(outcome.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
  for (const line of outcome.stderr.split('\n').filter(Boolean)) {
    expect(line).toMatch(/^(octavo: error: |wrote |\S.*?: (error|warning|info): |\[\d+\/\d+\] )/)
  }
  expect((await readdir(out).catch(() => [])).filter((f) => f.includes('.octavo-'))).toEqual([])
}

const COMMANDS: Array<{name: string; argv: (dir: string, out: string, n: number) => string[]}> = [
  {name: 'build a Markdown article (exports)', argv: (dir, out) => ['build', path.join(dir, 'a.md'), '-o', out, '--to', 'csl-json,ris,bibtex,citations,bibliography']},
  {name: 'build a Markdown article (PDF and EPUB)', argv: (dir, out) => ['build', path.join(dir, 'a.md'), '-o', out, '--to', 'pdf,epub']},
  {name: 'build a plain-text article with a style', argv: (dir, out) => ['build', path.join(dir, 'a.txt'), '-o', out, '--csl', path.join(dir, 'style.csl'), '--to', 'bibliography,citations']},
  {name: 'check', argv: (dir) => ['check', path.join(dir, 'a.md')]},
  {name: 'import', argv: (dir) => ['import', path.join(dir, 'a.txt')]},
  {name: 'notes (lines and JSON Lines)', argv: (dir, out, n) => ['notes', path.join(dir, n % 2 === 0 ? 'notes.txt' : 'notes.jsonl'), '-o', path.join(out, 'notes.out')]},
  {name: 'reader', argv: (dir, out) => ['reader', path.join(dir, 'r.yaml'), '-o', out]}
]

describe('fuzz: every command on hostile input', () => {
  it.each(COMMANDS)(
    '$name',
    async ({argv}) => {
      const root = await tempDir()
      let n = 0
      await fc.assert(
        fc.asyncProperty(caseFiles, async (c) => {
          const dir = path.join(root, String(n))
          const out = path.join(dir, 'out')
          await writeCase(dir, c)
          await wellBehaved(await octavo(...argv(dir, out, n++)), out)
        }),
        // `npm run fuzz`: FUZZ_SECONDS shared by the commands.
        SECONDS > 0 ? {...settings, interruptAfterTimeLimit: (SECONDS * 1000) / COMMANDS.length} : settings
      )
    },
    SECONDS > 0 ? SECONDS * 1000 : 120_000
  )
})
