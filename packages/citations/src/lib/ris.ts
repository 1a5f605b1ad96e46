/**
 * RIS export for Zotero's RIS import, written from the mapping table
 * (`FIELD_MAP`: one tag per variable and item type), one line per value.
 */
import type {CslDate, CslItem, CslName} from '@octavo/tree'
import {cleanItems} from './export.js'
import {fieldFor, typeFor} from './mapping.js'
import {asWritten, dateText, isCslDate, unmappedLines} from './zotero-extra.js'

type RisLine = readonly [tag: string, value: string]

/** Tags in this order first, the rest alphabetically, `N1` and `ER` last. */
const TAG_ORDER = ['TY', 'ID', 'AU', 'A2', 'A3', 'A4', 'TI', 'T2', 'T3', 'M3', 'VL', 'IS', 'SP', 'EP', 'DA', 'PY']
const LAST = ['N1']

const pad = (n: number | string): string => String(n).padStart(2, '0')

/**
 * RIS `DA`: `YYYY/MM/DD/` (empty parts kept) for one date; a range, a
 * literal or raw date as written (`1966-04/1966-06`), which Zotero keeps.
 */
export function risDate(date: CslDate | undefined): string | undefined {
  if (date === undefined) return undefined
  const parts = date['date-parts']
  const first = parts?.[0]
  if (date.literal !== undefined || date.raw !== undefined || (parts?.length ?? 0) > 1) return dateText(date)
  if (!first || first[0] === undefined) return undefined
  const [year, month, day] = first
  return `${year}/${month === undefined ? '' : pad(month)}/${day === undefined ? '' : pad(day)}/`
}

/** A CSL name as RIS writes it: `Family, Given, Suffix` (particles kept in their parts), or the literal name. */
export function risName(name: CslName): string {
  if (name.literal !== undefined) return name.literal
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ')
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ')
  return [family, given, name.suffix].filter((part) => part !== undefined && part !== '').join(', ')
}

/** The RIS value(s) of one variable's value. */
function risValues(value: unknown): string[] {
  if (isCslDate(value)) return [risDate(value)].filter((v): v is string => v !== undefined)
  if (Array.isArray(value)) return (value as CslName[]).map(risName).filter((name) => name !== '')
  if (typeof value === 'string' || typeof value === 'number') return [String(value)]
  return []
}

/** `PY`: the year of the first date, for readers that read no `DA`. */
function year(date: unknown): string | undefined {
  const y = isCslDate(date) ? date['date-parts']?.[0]?.[0] : undefined
  return y === undefined ? undefined : String(y)
}

/**
 * Values RIS cannot put in their Zotero field: a variable with no RIS tag for
 * the type, and names of one field with a comma (Zotero splits `AU` at its
 * first comma: `No. 1 Section, Asian Department`).
 */
function risCannot(type: string, variable: string, value: unknown): boolean {
  if (!fieldFor(type, variable)?.ris) return true
  return Array.isArray(value) && (value as CslName[]).some((name) => name.literal?.includes(',') === true)
}

function risLines(original: CslItem): RisLine[] {
  const {item, typeLines} = asWritten(original, 'ris')
  const lines: RisLine[] = [
    ['TY', typeFor(item.type)?.ris ?? 'GEN'],
    ['ID', item.id]
  ]
  for (const [variable, value] of Object.entries(item)) {
    const tag = fieldFor(item.type, variable)?.ris
    if (!tag || tag === 'ID' || tag === 'TY' || tag === 'N1') continue
    for (const v of risValues(value)) lines.push([tag, v])
    const y = variable === 'issued' ? year(value) : undefined
    if (y !== undefined) lines.push(['PY', y])
  }
  const cannot = (variable: string, value: unknown): boolean => risCannot(item.type, variable, value)
  const tagged = (variable: string): boolean => Boolean(fieldFor(item.type, variable)?.ris)
  for (const line of [...typeLines, ...unmappedLines(item, cannot, tagged)]) lines.push(['N1', line])
  if (typeof item['note'] === 'string' && item['note'] !== '') lines.push(['N1', item['note']])
  return lines
}

function tagRank(tag: string): number {
  if (LAST.includes(tag)) return TAG_ORDER.length + 1
  const i = TAG_ORDER.indexOf(tag)
  return i === -1 ? TAG_ORDER.length : i
}

/** One value on one line: RIS has no escaping, so line breaks become spaces. */
const oneLine = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, ' ').trim()

function serialise(lines: readonly RisLine[]): string {
  const sorted = [...lines].sort(([a], [b]) => tagRank(a) - tagRank(b) || (tagRank(a) === TAG_ORDER.length ? (a < b ? -1 : a > b ? 1 : 0) : 0))
  const text = sorted.map(([tag, value]) => [tag, oneLine(value)] as const).filter(([, value]) => value !== '')
  return [...text.map(([tag, value]) => `${tag}  - ${value}`), 'ER  - '].join('\n')
}

/**
 * The items as RIS for Zotero's RIS import: types and tags from `TYPE_MAP`
 * and `FIELD_MAP` (archival documents `TY  - MANSCPT`, the archive in `DB`,
 * the file in `AN`); dates in `DA`; values with no Zotero field on the item
 * type as `variable: value` in `N1`, before the item's own note (not a DOI in
 * `DO`: Zotero moves it to Extra itself); IDs whole;
 * one line per value. Records are separated by a blank line.
 */
export function toRis(items: readonly CslItem[]): string {
  const clean = cleanItems(items)
  if (clean.length === 0) return ''
  return clean.map((item) => serialise(risLines(item))).join('\n\n') + '\n'
}
