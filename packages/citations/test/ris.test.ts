import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import type {CslItem, CslName} from '@octavo/parser'
import {FIELD_MAP, TYPE_MAP, toBibtex, toRis} from '../src/index.js'
import {items} from './gold-data.js'

/** Read RIS the way Zotero's RIS.js does at its simplest: `TAG  - value` lines, records ended by `ER`. */
function readRis(text: string): Array<Map<string, string[]>> {
  const records: Array<Map<string, string[]>> = []
  let current: Map<string, string[]> | undefined
  for (const line of text.split('\n')) {
    if (line === '') continue
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line)
    if (!match) throw new Error(`not a RIS line: ${line}`)
    const [, tag = '', value = ''] = match
    if (tag === 'TY') records.push((current = new Map()))
    if (tag === 'ER') {
      current = undefined
      continue
    }
    if (!current) throw new Error(`tag outside a record: ${line}`)
    current.set(tag, [...(current.get(tag) ?? []), value])
  }
  return records
}

const ris = toRis(items)
const records = readRis(ris)

describe('toRis', () => {
  test('one record per item, in order, each with its whole id', () => {
    expect(records.map((r) => r.get('ID')?.[0])).toEqual(items.map((i) => i.id))
  })

  test('every line is a tag line or blank: no wrapped values', () => {
    for (const line of ris.split('\n')) expect(line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line)).toBe(true)
    expect(ris).toContain('TI  - Report from Northeast Administrative Committee to the Government Administration Council, 23 March 1953\n')
  })

  test('types follow the table (archival documents are MANSCPT, never UNPB)', () => {
    items.forEach((item, i) => {
      expect(records[i]?.get('TY')).toEqual([TYPE_MAP.find((row) => row.csl === item.type)?.ris])
    })
    expect(ris).not.toContain('UNPB')
  })

  test('archival documents: archive in DB, file in AN, no PB (Zotero drops PB for manuscripts)', () => {
    const manuscripts = items.map((item, i) => [item, records[i]] as const).filter(([item]) => item.type === 'manuscript')
    expect(manuscripts).toHaveLength(14)
    for (const [item, record] of manuscripts) {
      expect(record?.get('DB')).toEqual([item['archive']])
      expect(record?.get('AN')).toEqual([item['archive_location'] ?? item['archive-location']])
      expect(record?.has('PB')).toBe(false)
    }
  })

  test('table-driven: every variable an item has is written under the tag FIELD_MAP gives', () => {
    const formatName = (n: CslName): string => n.literal ?? [[n['non-dropping-particle'], n.family].filter(Boolean).join(' '), n.given].filter(Boolean).join(', ')
    let checked = 0
    items.forEach((item, i) => {
      const record = records[i]
      for (const row of FIELD_MAP) {
        if (row.ris === null || (row.types && !row.types.includes(item.type))) continue
        if (row.types === undefined && FIELD_MAP.some((r) => r.csl === row.csl && r.types?.includes(item.type))) continue
        const variable = row.csl === 'archive_location' && item['archive-location'] ? 'archive-location' : row.csl
        const value = item[variable]
        if (value === undefined) continue
        const written = record?.get(row.ris) ?? []
        if (row.csl === 'issued' && (value as {'date-parts': number[][]})['date-parts'].length > 1) {
          // a range as written (EDTF): 1966-04/1966-06, 2003/2004
          const text = (value as {'date-parts': number[][]})['date-parts'].map((p) => p.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-'))
          expect(written, `${item.id} ${row.csl}`).toEqual([text.join('/')])
        } else if (row.csl === 'issued') {
          const [y, m, d] = (value as {'date-parts': number[][]})['date-parts'][0] ?? []
          const pad = (n: number | undefined): string => (n === undefined ? '' : String(n).padStart(2, '0'))
          expect(written, `${item.id} ${row.csl}`).toEqual([`${y}/${pad(m)}/${pad(d)}/`])
        } else if (row.csl === 'note') {
          // N1 lines for values with no Zotero field come first, the item's own note last
          expect(written.at(-1), `${item.id} ${row.csl}`).toBe(String(value))
        } else if (Array.isArray(value)) {
          expect(written, `${item.id} ${row.csl}`).toEqual((value as CslName[]).map(formatName))
        } else {
          expect(written, `${item.id} ${row.csl}`).toEqual([String(value)])
        }
        checked++
      }
    })
    expect(checked).toBeGreaterThan(250)
  })

  test('property: any text in any variable stays on one line per value, one record per item (RIS and BibTeX)', () => {
    const text = fc.string({maxLength: 30})
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            type: fc.constantFrom('book', 'chapter', 'article-journal', 'manuscript', 'report'),
            title: text,
            archive: text,
            archive_location: text,
            note: text,
            author: fc.array(fc.record({family: text, given: text}), {maxLength: 2})
          }),
          {minLength: 1, maxLength: 5}
        ),
        (list) => {
          const items = list.map((it, i) => ({...it, id: `i${i}`}) as CslItem)
          const out = toRis(items)
          expect(readRis(out).map((r) => r.get('ID')?.[0])).toEqual(items.map((i) => i.id))
          const bib = toBibtex(items)
          expect([...bib.matchAll(/^@\w+\{(i\d+),$/gm)].map((m) => m[1])).toEqual(items.map((i) => i.id))
        }
      ),
      {numRuns: 60}
    )
  })

  test('no items, empty output; same items, same bytes', () => {
    expect(toRis([])).toBe('')
    expect(toRis(items)).toBe(ris)
  })
})
