/**
 * CSL-JSON export, as Zotero's CSL-JSON import reads it (File > Import).
 */
import type {CslDate, CslItem, CslName} from '@octavo/tree'
import {cleanItem} from './export.js'
import {asWritten, dateText, hasZoteroField, isCslDate, isRange, unmappedLines, zoteroName} from './zotero-extra.js'

/** Keys first in every item; the others follow in alphabetical order. */
const LEADING = ['id', 'type']

function ordered(item: CslItem): Record<string, unknown> {
  const keys = Object.keys(item).sort((a, b) => {
    const ia = LEADING.indexOf(a)
    const ib = LEADING.indexOf(b)
    if (ia !== -1 || ib !== -1) return (ia === -1 ? LEADING.length : ia) - (ib === -1 ? LEADING.length : ib)
    return a < b ? -1 : a > b ? 1 : 0
  })
  const out: Record<string, unknown> = {}
  for (const key of keys) out[key] = item[key]
  return out
}

/** A range keeps its text in `raw` beside `date-parts` (Zotero reads `raw`, keeping both ends). */
function withRaw(date: CslDate): CslDate {
  return isRange(date) && date.raw === undefined ? {...date, raw: dateText(date)} : date
}

const isNames = (value: unknown): value is CslName[] => Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))

/**
 * Variables Zotero's CSL-JSON import reads as a sign of another item type
 * (`itemFromCSLJSON`), by the CSL type written, each with its example: written
 * only as a `variable: value` line in `note`, unless the item is of that type.
 */
export const SIGNS_OF_ANOTHER_TYPE: ReadonlyArray<{written: string; variable: string; zotero: string; example: CslItem}> = [
  {written: 'book', variable: 'version', zotero: 'computerProgram', example: {id: 'b', type: 'book', title: 'Manual de estilo', version: '2.3.1'}},
  // a bill with a publisher or a number of volumes is a hearing (Zotero's Hearing has both, its Bill neither)
  {written: 'bill', variable: 'publisher', zotero: 'hearing', example: {id: 'h', type: 'bill', number: '18/12329', genre: 'BT-Drs.', publisher: 'Bundesanzeiger'}},
  {written: 'bill', variable: 'number-of-volumes', zotero: 'hearing', example: {id: 'h', type: 'bill', number: '18/12329', genre: 'BT-Drs.', 'number-of-volumes': '2'}}
]

/** Whether Zotero would read this variable of an item written `written` as a sign of another type than `rows`'. */
const signOfAnotherType = (written: string, rows: string, variable: string): boolean => SIGNS_OF_ANOTHER_TYPE.some((s) => s.written === written && s.variable === variable && rows === written)

/**
 * The item as Zotero's CSL-JSON import keeps it whole: the values Zotero has
 * no field for on the item type as `variable: value` lines at the top of
 * `note` (Extra), names whose role the type lacks only there (Zotero would
 * make them authors), particles and suffixes inside the name parts, date
 * ranges with `raw`; a type Zotero's import refuses or our table lacks
 * written as another (`TYPE_RULES_FOR_ZOTERO`), the item's own type heading
 * `note` as `type: …`.
 */
export function forZotero(original: CslItem): CslItem {
  const {item, written, typeLines} = asWritten(original, 'csl-json')
  const lines = [...typeLines, ...unmappedLines(item)]
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(original)) {
    if (isNames(value)) {
      if (hasZoteroField(item.type, key)) out[key] = value.map(zoteroName)
    } else if (!signOfAnotherType(written, item.type, key)) out[key] = isCslDate(value) ? withRaw(value) : value
  }
  out['type'] = written
  const note = typeof original['note'] === 'string' && original['note'] !== '' ? [original['note']] : []
  if (lines.length > 0) out['note'] = [...lines, ...note].join('\n')
  return out as CslItem
}

/**
 * The items as a CSL-JSON array (2-space indented, a final newline): internal
 * keys dropped, `archive-location` written `archive_location` (Zotero drops
 * the hyphenated spelling), each item as `forZotero` writes it, keys in a
 * stable order.
 */
export function toCslJson(items: readonly CslItem[]): string {
  return (
    JSON.stringify(
      items.map((item) => ordered(forZotero(cleanItem(item)))),
      null,
      2
    ) + '\n'
  )
}
