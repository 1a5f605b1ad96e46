// @module-tag zotero
/**
 * Zotero's own import translators (translation-server with RIS.js, BibTeX.js
 * and CSL JSON.js, `../shared/zotero-import/`) read the exports of the real
 * article, the four Programming Historian lessons and the example; every
 * value of every item Octavo wrote is looked for in what Zotero made of it,
 * through the one mapping table (test/zotero-compare.ts).
 *
 * Needs ZOTERO_IMPORT_URL (`eval "$(../shared/zotero-import/start.sh)"`; .ci/run
 * starts it). Without it the suite fails when ZOTERO_IMPORT_REQUIRED is set (CI),
 * and is skipped, saying so, otherwise. `UPDATE=1` rewrites the README's table
 * of which format keeps what (packages/citations/README.md) from the results.
 */
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import type {CslItem} from '@octavo/parser'
import {toBibtex, toCslJson, toRis} from '@octavo/citations'
import {CSL_TYPES, checkItem, everyTypeItems, summarise, syntheticItems, twice, withNotes, type Check, type Format, type Status, type Summary, type ZoteroItem} from './zotero-compare.js'
import {octavo, repo, shared} from './helpers.js'

const url = process.env['ZOTERO_IMPORT_URL']
const required = process.env['ZOTERO_IMPORT_REQUIRED'] === '1'
const readmePath = path.join(repo, 'packages/citations/README.md')

const INPUTS = [
  path.join(shared, 'corpus/koreans-1950-1962.txt'),
  path.join(shared, 'corpus/real/ph-fr-transcription-graphies-non-latines.md'),
  path.join(shared, 'corpus/real/ph-interrogating-national-narrative-gpt.md'),
  path.join(shared, 'corpus/real/ph-linear-regression.md'),
  path.join(shared, 'corpus/real/ph-stylometry-python.md'),
  path.join(repo, 'examples/course-packs.md'),
  // written for this suite: an item of every kind Octavo writes that the inputs above lack (software with and
  // without a version, a data set, a statute, a map, an interview, a letter, a conference paper, a magazine article …)
  path.join(repo, 'examples/kinds-of-sources.md'),
  // German legal sources as the notes reader's legal grammars read them: statutes and a directive with their gazette,
  // parliaments' printed papers (bill), court decisions with file number and reporter
  path.join(repo, 'examples/rechtsquellen.md'),
  // preprints (arXiv with and without a class, bioRxiv) and standards (ISO/IEC, DIN EN ISO, NIST SP with its revision,
  // an RFC, an IEEE standard) as the notes reader reads them
  path.join(repo, 'examples/preprints-and-standards.md')
]

const FORMATS: ReadonlyArray<{format: Format; ext: string}> = [
  {format: 'csl-json', ext: '.csl.json'},
  {format: 'ris', ext: '.ris'},
  {format: 'bibtex', ext: '.bib'}
]

async function zoteroImport(text: string): Promise<ZoteroItem[]> {
  const response = await fetch(url ?? '', {method: 'POST', body: text, headers: {'Content-Type': 'text/plain'}})
  if (response.status === 501) return [] // translation-server: no translator could read it (an empty file)
  if (!response.ok) throw new Error(`zotero-import: HTTP ${response.status}: ${await response.text()}`)
  return (await response.json()) as ZoteroItem[]
}

type Results = Record<Format, Array<{csl: CslItem; checks: Check[]; twice: string[]}>>

/** One build per input, each export through Zotero once; cached for the run. */
async function run(): Promise<Results> {
  const out = await mkdtemp(path.join(tmpdir(), 'octavo-zotero-'))
  const results: Results = {'csl-json': [], ris: [], bibtex: []}
  for (const input of INPUTS) {
    const built = await octavo('build', input, '-o', out, '--to', 'citations,csl-json,ris,bibtex')
    expect(built.status, built.stderr).toBe(0)
    const stem = path.join(out, path.basename(input).replace(/\.[^.]+$/, ''))
    const items = (JSON.parse(await readFile(`${stem}.citations.json`, 'utf8')) as {items: CslItem[]}).items
    for (const {format, ext} of FORMATS) {
      const imported = withNotes(await zoteroImport(await readFile(stem + ext, 'utf8')))
      expect(imported.length, `${path.basename(stem)}${ext}: items`).toBe(items.length)
      items.forEach((csl, i) => {
        const got = imported[i]
        if (got) results[format].push({csl, checks: checkItem(format, csl, got.item, got.notes), twice: twice(got.item, got.notes)})
      })
    }
  }
  return results
}

const FORMAT_NAMES: Record<Format, string> = {'csl-json': 'CSL-JSON', ris: 'RIS', bibtex: 'BibTeX'}

/** The README's table: counts per format, then each kind of value a format does not keep. */
export function keepsTable(results: Results): string {
  const s = Object.fromEntries(FORMATS.map(({format}) => [format, summarise(format, results[format])])) as Record<Format, Summary>
  const cols = FORMATS.map(({format}) => format)
  const line = (label: string, cell: (x: Summary, f: Format) => string): string => `| ${label} | ${cols.map((f) => cell(s[f], f)).join(' | ')} |`
  const counts = [
    `| | ${cols.map((f) => FORMAT_NAMES[f]).join(' | ')} |`,
    `|---|${cols.map(() => '---').join('|')}|`,
    line('items fully intact', (x) => `${x.intact} / ${x.items}`),
    line('… ignoring dashes (`–` read as `-`)', (x) => `${x.intactIgnoringDashes} / ${x.items}`),
    line('items of a type the format expresses, intact ignoring dashes', (x) => `${x.expressibleIntactIgnoringDashes} / ${x.expressible}`),
    line('archival items fully intact', (x) => `${x.archivalIntact} / ${x.archival}`),
    line('values lost (no field, no Extra line, no note)', (x) => String(x.lost)),
    line('values changed (another value in the field)', (x) => String(x.changed)),
    line('values with only their dashes changed', (x) => String(x.dashes)),
    line('values kept only in a child note', (x) => String(x.inChildNotes))
  ]
  const losses = [
    '| format | item type | variable | how | values |',
    '|---|---|---|---|---|',
    ...cols.flatMap((f) => {
      const counted = new Map<string, number>()
      for (const {checks} of results[f])
        for (const c of checks) if (c.status !== 'kept') counted.set(`${c.type}|${c.variable}|${c.status}`, (counted.get(`${c.type}|${c.variable}|${c.status}`) ?? 0) + 1)
      return [...counted]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, n]) => {
          const [type, variable, status] = key.split('|')
          return `| ${FORMAT_NAMES[f]} | \`${type}\` | \`${variable}\` | ${status === 'note' ? 'child note' : status} | ${n} |`
        })
    })
  ]
  return `${counts.join('\n')}\n\n${losses.join('\n')}\n`
}

const WRITERS: Record<Format, (items: CslItem[]) => string> = {'csl-json': toCslJson, ris: toRis, bibtex: toBibtex}

/**
 * What Zotero's importers do not keep of the synthetic items (one per type,
 * a value for every variable of the mapping table), each with its reason:
 * `format type variable status`, or `format type (refused)`. Exact: a new loss
 * fails, and so does a listed one that no longer happens.
 */
const SYNTHETIC_LIMITS: Record<string, string> = {
  'ris manuscript ISBN lost': 'RIS.js reads an N1 line `ISBN: …` as the ISBN (ProCite notes) and drops it on a type with no ISBN',
  'ris webpage ISBN lost': 'RIS.js reads an N1 line `ISBN: …` as the ISBN (ProCite notes) and drops it on a type with no ISBN',
  'ris legal_case ISBN lost': 'RIS.js reads an N1 line `ISBN: …` as the ISBN (ProCite notes) and drops it on a type with no ISBN',
  'ris thesis ISBN lost': 'RIS.js reads an N1 line `ISBN: …` as the ISBN (ProCite notes) and drops it on a type with no ISBN',
  'ris document ISBN lost': 'RIS.js reads an N1 line `ISBN: …` as the ISBN (ProCite notes) and drops it on a type with no ISBN',
  'ris dataset ISBN lost': 'RIS.js reads an N1 line `ISBN: …` as the ISBN (ProCite notes) and drops it on a type with no ISBN',
  'ris legislation ISBN lost': 'RIS.js reads an N1 line `ISBN: …` as the ISBN (ProCite notes) and drops it on a type with no ISBN',
  'ris bill ISBN lost': 'RIS.js reads an N1 line `ISBN: …` as the ISBN (ProCite notes) and drops it on a type with no ISBN',
  // a printed paper has no ISBN: only the synthetic bill, with a value for every variable, meets this
  'ris bill volume lost': "the N1 line `ISBN: …` puts RIS.js in ProCite mode, which reads a BILL's VL as M1 (the bill number) and SP as SE (section)",
  'ris bill number changed': "in ProCite mode (an N1 line `ISBN: …`) RIS.js reads a BILL's VL as M1: the volume takes the bill number's place",
  'ris bill page lost': "in ProCite mode (an N1 line `ISBN: …`) RIS.js reads a BILL's SP as SE (section)",
  'ris bill section changed': "in ProCite mode (an N1 line `ISBN: …`) RIS.js reads a BILL's SP as SE: the pages take the section's place",
  'ris personal_communication ISBN lost': 'RIS.js reads an N1 line `ISBN: …` as the ISBN (ProCite notes) and drops it on a type with no ISBN',
  'ris interview ISBN lost': 'RIS has no interview type (RIS.js imports PCOMM as a letter): a document (TY ANCIENT), which has no ISBN',
  'ris post-weblog ISBN lost': 'RIS.js reads an N1 line `ISBN: …` as the ISBN (ProCite notes) and drops it on a type with no ISBN',
  'ris entry-encyclopedia ISBN lost': 'RIS.js reads an N1 line `ISBN: …` as the ISBN (ProCite notes) and drops it on a type with no ISBN',
  'ris speech ISBN lost': 'a type the table lacks is a document (TY ANCIENT), which has no ISBN: as for a document',
  'bibtex article-newspaper type changed': 'BibTeX has no newspaper type: @article is a journal article',
  'bibtex article-newspaper publisher-place lost': 'a journal article has no place',
  'bibtex article-newspaper edition lost': 'a journal article has no edition',
  'bibtex article-magazine type changed': 'BibTeX has no magazine type: @article is a journal article'
}

/** Each synthetic item alone through each format (a refused file refuses only its item). */
async function syntheticLosses(): Promise<string[]> {
  const out: string[] = []
  for (const {format} of FORMATS)
    for (const csl of syntheticItems()) {
      const response = await fetch(url ?? '', {method: 'POST', body: WRITERS[format]([csl]), headers: {'Content-Type': 'text/plain'}})
      if (!response.ok) {
        const text = await response.text()
        expect(text, `${format} ${csl.type}`).toMatch(/No suitable translators/)
        out.push(`${format} ${csl.id.replace('synthetic-', '')} (refused)`)
        continue
      }
      const [got] = withNotes((await response.json()) as ZoteroItem[])
      const ok: Status[] = format === 'csl-json' ? ['kept'] : ['kept', 'note']
      for (const c of got ? checkItem(format, csl, got.item, got.notes) : []) if (!ok.includes(c.status)) out.push(`${format} ${csl.id.replace('synthetic-', '')} ${c.variable} ${c.status}`)
    }
  return out
}

const BEGIN = '<!-- zotero-table: written by `UPDATE=1 npx vitest run test/zotero.test.ts` in apps/cli (scripts/zotero-table.sh) -->\n'
const END = '<!-- /zotero-table -->'

describe.skipIf(!url && !required)('Zotero imports the exports (translation-server)', () => {
  let results: Results

  beforeAll(async () => {
    if (!url) throw new Error('ZOTERO_IMPORT_URL is not set: eval "$(../shared/zotero-import/start.sh)" before the tests')
    results = await run()
  }, 600_000)

  const lostIn = (format: Format, ok: readonly string[]): string[] =>
    results[format].flatMap(({checks}) => checks.filter((c) => !ok.includes(c.status)).map((c) => `${c.item} ${c.variable}: ${c.status} ${c.expected}${c.found ? ` → ${c.found}` : ''}`))

  test('CSL-JSON: every value of every item in a Zotero field or in Extra', () => {
    expect(lostIn('csl-json', ['kept'])).toEqual([])
    expect(results['csl-json'].length).toBeGreaterThan(200)
  })

  test('RIS: every item of a type RIS expresses whole, dashes aside (Extra or N1 lines for values with no field)', () => {
    const ris = results.ris.filter(({csl}) => csl.type !== 'document')
    const lost = ris.flatMap(({checks}) =>
      checks.filter((c) => !['kept', 'note', 'dashes'].includes(c.status)).map((c) => `${c.item} ${c.variable}: ${c.status} ${c.expected}${c.found ? ` → ${c.found}` : ''}`)
    )
    expect(lost).toEqual([])
  })

  test('archival documents whole in CSL-JSON and RIS', () => {
    for (const format of ['csl-json', 'ris'] as const) {
      const s = summarise(format, results[format])
      // 55 archival works in the inputs (56 until the notes reader stopped reading a sentence of the linear-regression
      // lesson's note 24 as a manuscript with an archive).
      expect(s.archival).toBeGreaterThanOrEqual(55)
      expect(s.archivalIntact, format).toBe(s.archival)
    }
  })

  test('BibTeX: no accent, URL or page mangled (a value Zotero reads is the value written)', () => {
    const changed = results.bibtex.flatMap(({checks}) => checks.filter((c) => c.status === 'changed' && c.variable !== 'type'))
    expect(changed.map((c) => `${c.item} ${c.variable}: ${c.expected} → ${c.found}`)).toEqual([])
  })

  test('no value arrives twice (a line of Extra also in a child note: the DOI was in RIS DO and N1)', () => {
    for (const {format} of FORMATS) {
      const doubled = results[format].flatMap(({csl, twice}) => twice.map((line) => `${csl.id}: ${line}`))
      expect(doubled, format).toEqual([])
    }
  })

  test('every type and variable of the mapping table (one synthetic item per type): Zotero loses only the listed limits', async () => {
    expect((await syntheticLosses()).sort()).toEqual(Object.keys(SYNTHETIC_LIMITS).sort())
  })

  test('an item of every CSL type, all in one CSL-JSON file (one type Zotero refuses refuses the file): every value kept', async () => {
    const items = everyTypeItems()
    const response = await fetch(url ?? '', {method: 'POST', body: toCslJson(items), headers: {'Content-Type': 'text/plain'}})
    expect(response.status, await response.clone().text()).toBe(200)
    const imported = withNotes((await response.json()) as ZoteroItem[])
    expect(imported.length).toBe(CSL_TYPES.length)
    const lost = items.flatMap((csl, i) =>
      checkItem('csl-json', csl, imported[i]!.item, imported[i]!.notes)
        .filter((c) => c.status !== 'kept')
        .map((c) => `${csl.type} ${c.variable}: ${c.status}`)
    )
    expect(lost).toEqual([])
  })

  test("the README's table of which format keeps what is this run's", async () => {
    const table = keepsTable(results)
    const readme = await readFile(readmePath, 'utf8')
    const start = readme.indexOf(BEGIN)
    const end = readme.indexOf(END)
    expect(start, 'README: zotero-table markers').toBeGreaterThan(-1)
    const current = readme.slice(start + BEGIN.length, end)
    if (process.env['UPDATE'] === '1' && current !== table) {
      await writeFile(readmePath, readme.slice(0, start + BEGIN.length) + table + readme.slice(end))
      return
    }
    expect(current).toBe(table)
  })
})
