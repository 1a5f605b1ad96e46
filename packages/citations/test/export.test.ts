import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import type {CslItem} from '@octavo/parser'
import {FIELD_MAP, TYPE_MAP, fieldFor, formatBibliography, toCslJson, writtenType} from '../src/index.js'
import {gold} from './gold-data.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const style = readFileSync(new URL('../styles/chicago-notes-bibliography.csl', import.meta.url), 'utf8')

/** The README's mapping tables, rendered from the data in `mapping.ts`. */
export function mappingTables(): string {
  const code = (value: string | null | undefined): string => (value === null || value === undefined ? '—' : `\`${value}\``)
  // BibTeX: a value Zotero's BibTeX import cannot read into its Zotero field is also an `annote` line
  const bibtex = (row: (typeof FIELD_MAP)[number]): string => {
    const line = row.zotero !== null && (row.bibtex === null || row.bibtex === 'note' || row.bibtexNotRead === true)
    return row.bibtex === null ? (line ? '`annote` line' : '—') : `${code(row.bibtex)}${line ? ' + `annote` line' : ''}`
  }
  const zotero = (row: (typeof FIELD_MAP)[number]): string =>
    row.csl === 'id' ? 'none (Zotero gives its own key)' : row.zotero === null ? 'none: Extra (CSL-JSON), `N1` (RIS), `annote` (BibTeX)' : code(row.zotero)
  // rows of types a format writes as another (a document where TYPE_MAP has null, a preprint or a standard as a report):
  // that type's rows apply there
  const writtenAs = (row: (typeof FIELD_MAP)[number], format: 'ris' | 'bibtex'): string | undefined => {
    const as = new Set(row.types?.map((type) => writtenType({type}, format).rows))
    const [one] = as
    return as.size === 1 && one !== undefined && !row.types?.includes(one) ? one : undefined
  }
  const cell = (row: (typeof FIELD_MAP)[number], format: 'ris' | 'bibtex', own: string): string => {
    const as = writtenAs(row, format)
    return as === undefined ? own : `as a ${as}`
  }
  const fields = [
    '| CSL variable | item types | RIS tag | BibTeX field | Zotero field |',
    '|---|---|---|---|---|',
    ...FIELD_MAP.map((row) => `| \`${row.csl}\` | ${row.types ? row.types.join(', ') : 'others'} | ${cell(row, 'ris', code(row.ris))} | ${cell(row, 'bibtex', bibtex(row))} | ${zotero(row)} |`)
  ]
  // a type a format has none for is written as a document there (writtenType), its own type a `type:` line
  const asDocument = (format: string): string => `${format}: \`document\` (\`type:\` line)`
  const other = (row: (typeof TYPE_MAP)[number]): string =>
    [
      row.ris === null ? asDocument('RIS') : row.zoteroFromRis && `RIS: \`${row.zoteroFromRis}\``,
      row.bibtex === null ? asDocument('BibTeX') : row.zoteroFromBibtex && `BibTeX: \`${row.zoteroFromBibtex}\``
    ]
      .filter(Boolean)
      .join(', ') || '—'
  const types = [
    '| CSL type | RIS `TY` | BibTeX | Zotero item type | imported as another type |',
    '|---|---|---|---|---|',
    ...TYPE_MAP.map(
      (row) => `| \`${row.csl}\` | ${row.ris === null ? '`ANCIENT`' : `\`${row.ris}\``} | ${row.bibtex === null ? '`@misc`' : `\`@${row.bibtex}\``} | \`${row.zotero}\` | ${other(row)} |`
    )
  ]
  return types.join('\n') + '\n\n' + fields.join('\n') + '\n'
}

describe('README', () => {
  test('the mapping tables are the ones in mapping.ts', () => {
    expect(readme).toContain(mappingTables())
  })

  test('the example prints what the README says it prints', () => {
    const input = /<!-- example-input -->\n```json\n([\s\S]*?)```/.exec(readme)?.[1]
    const output = /<!-- example-output -->\n```text\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(input).toBeDefined()
    const items = JSON.parse(input ?? '[]') as CslItem[]
    expect(formatBibliography(items, {style, format: 'text'})).toBe(output)
  })
})

describe('fieldFor', () => {
  // Each: a type, a variable, and where the table sends it (RIS tag, BibTeX field, Zotero field).
  const CASES = [
    {name: 'a row made for the type wins over the general one', type: 'webpage', variable: 'archive', want: {ris: null, bibtex: 'note', zotero: null}},
    {name: 'another type takes the general row', type: 'book', variable: 'archive', want: {ris: 'DB', bibtex: 'note', zotero: 'archive'}},
    {name: 'a type of its own row', type: 'map', variable: 'genre', want: {ris: 'M3', bibtex: null, zotero: 'mapType'}},
    {name: 'a type the table does not know takes the general row', type: 'no-such-type', variable: 'genre', want: {ris: null, bibtex: 'type', zotero: null}},
    {name: 'a variable the table does not know has no row', type: 'book', variable: 'constructor', want: undefined}
  ]
  test.each(CASES)('$name', ({type, variable, want}) => {
    const row = fieldFor(type, variable)
    expect(row === undefined ? undefined : {ris: row.ris, bibtex: row.bibtex, zotero: row.zotero}).toEqual(want)
  })

  test('for every type and variable, the first row of the type, else the first of every type (the whole table walked)', () => {
    const types = [...TYPE_MAP.map((row) => row.csl), 'no-such-type']
    const variables = [...new Set(FIELD_MAP.map((row) => row.csl))]
    expect(types.length * variables.length).toBeGreaterThan(500)
    for (const type of types) {
      for (const variable of variables) {
        const walked = FIELD_MAP.find((row) => row.csl === variable && row.types?.includes(type) === true) ?? FIELD_MAP.find((row) => row.csl === variable && row.types === undefined)
        expect(fieldFor(type, variable), `${type} ${variable}`).toBe(walked)
      }
    }
  })
})

describe('toCslJson', () => {
  test('property: parsing the output gives the items back (order kept; every value kept or moved by a Zotero rule)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(gold.items, {minLength: 0, maxLength: 10}), (items) => {
        const back = JSON.parse(toCslJson(items)) as CslItem[]
        expect(back.map((item) => item.id)).toEqual(items.map((item) => item.id))
        items.forEach((item, i) => {
          const out = back[i] as CslItem
          for (const [key, value] of Object.entries(item)) {
            if (key === 'note' || Array.isArray(value) || (key === 'issued' && (value as {'date-parts': unknown[]})['date-parts'].length > 1)) continue
            expect(out[key], `${item.id} ${key}`).toEqual(value)
          }
          if (typeof item['note'] === 'string') expect(String(out['note']).endsWith(item['note'])).toBe(true)
        })
      }),
      {numRuns: 25}
    )
  })

  test('archive-location is written archive_location (Zotero drops the hyphenated spelling); internals dropped', () => {
    const item = {id: 'a', type: 'manuscript', title: 'T', archive: 'A', 'archive-location': 'box 1', _graph: [1]} as CslItem
    const [out] = JSON.parse(toCslJson([item])) as CslItem[]
    expect(out).toEqual({id: 'a', type: 'manuscript', archive: 'A', archive_location: 'box 1', title: 'T'})
    expect(Object.keys(out ?? {})).toEqual(['id', 'type', 'archive', 'archive_location', 'title'])
  })

  test('stable bytes: same items, same text; 2-space indent; a final newline', () => {
    const text = toCslJson(gold.items)
    expect(toCslJson(structuredClone(gold.items))).toBe(text)
    expect(text.startsWith('[\n  {\n    "id": "smith-nkidp-edossier11",\n    "type": "report",')).toBe(true)
    expect(text.endsWith(']\n')).toBe(true)
  })
})
