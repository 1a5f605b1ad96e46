/**
 * RIS export for Zotero: citation-js's RIS records ("new" RIS specification),
 * corrected by the data in `mapping.ts` where Zotero's RIS import reads a
 * variable from another tag, and written without line wrapping.
 */
import type {CslDate, CslItem, CslName} from '@octavo/parser'
import {risRecords} from './cite-js.js'
import {cleanItems} from './export.js'
import {fieldsFor, risType, type FieldMapping} from './mapping.js'

type RisRecord = Record<string, string | string[]>

/** Tags in this order first, the rest alphabetically, `ER` last. */
const TAG_ORDER = ['TY', 'ID', 'AU', 'A2', 'A3', 'A4', 'TI', 'T2', 'T3', 'M3', 'VL', 'IS', 'SP', 'EP', 'DA', 'PY']

const pad = (n: number | string): string => String(n).padStart(2, '0')

/** RIS `DA`: `YYYY/MM/DD/` (empty parts kept), from the first date of `issued`. */
export function risDate(date: CslDate | undefined): string | undefined {
  const first = date?.['date-parts']?.[0]
  if (!first || first[0] === undefined) return undefined
  const [year, month, day] = first
  return `${year}/${month === undefined ? '' : pad(month)}/${day === undefined ? '' : pad(day)}/`
}

/** A CSL name as RIS writes it: `Family, Given, Suffix`, or the literal name. */
export function risName(name: CslName): string {
  if (name.literal !== undefined) return name.literal
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ')
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ')
  return [family, given, name.suffix].filter((part) => part !== undefined && part !== '').join(', ')
}

function isDate(value: unknown): value is CslDate {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'date-parts' in value
}

/** Whether citation-js's tag value is this variable's value (dates compared by their numbers). */
function holds(tagValue: string | string[] | undefined, value: unknown): boolean {
  if (tagValue === undefined) return false
  if (isDate(value)) {
    const numbers = (text: string): string => text.split('/').filter(Boolean).map(Number).join('/')
    const ours = risDate(value)
    return typeof tagValue === 'string' && ours !== undefined && numbers(tagValue) === numbers(ours)
  }
  return tagValue === value
}

/** The RIS value(s) of a variable of `item`, as we write it for `row`. */
function risValue(item: CslItem, row: FieldMapping): string | string[] | undefined {
  const value = item[row.csl]
  if (value === undefined || value === null) return undefined
  if (isDate(value)) return risDate(value)
  if (Array.isArray(value)) {
    const names = (value as CslName[]).map(risName).filter((name) => name !== '')
    return names.length > 0 ? names : undefined
  }
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  return undefined
}

/** Apply our table on top of citation-js's record of `item`. */
function correct(record: RisRecord, item: CslItem): RisRecord {
  const out: RisRecord = {...record}
  const type = risType(item.type)
  if (type) out['TY'] = type
  // citation-js cuts IDs at 20 characters; its reader takes them whole (Zotero ignores ID).
  out['ID'] = item.id
  for (const row of fieldsFor(item.type)) {
    if (row.ris === null) continue
    const value = risValue(item, row)
    if (value === undefined) continue
    if (row.citeJsRis === undefined) {
      // citation-js's tag is right; fill it in only where citation-js dropped the variable
      // (e.g. the author of a newspaper article).
      if (out[row.ris] === undefined) out[row.ris] = value
      continue
    }
    const moved = row.citeJsRis
    if (moved !== null && moved !== row.ris && holds(out[moved], item[row.csl])) {
      // citation-js wrote this variable under a tag Zotero does not read for this type.
      const holdsOther = Object.entries(item).some(
        ([key, other]) => key !== row.csl && other === item[row.csl] && fieldsFor(item.type).some((r) => r.csl === key && r.ris === moved)
      )
      if (!holdsOther) delete out[moved]
    }
    out[row.ris] = value
  }
  return out
}

function tagRank(tag: string): number {
  const i = TAG_ORDER.indexOf(tag)
  return i === -1 ? TAG_ORDER.length : i
}

/** One value on one line: RIS has no escaping, so line breaks become spaces. */
const oneLine = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, ' ').trim()

function serialise(record: RisRecord): string {
  const tags = Object.keys(record)
    .filter((tag) => tag !== 'ER')
    .sort((a, b) => tagRank(a) - tagRank(b) || (a < b ? -1 : a > b ? 1 : 0))
  const lines: string[] = []
  for (const tag of tags) {
    const value = record[tag]
    for (const v of ([] as string[]).concat(value ?? [])) {
      const text = oneLine(String(v))
      if (text !== '') lines.push(`${tag}  - ${text}`)
    }
  }
  lines.push('ER  - ')
  return lines.join('\n')
}

/**
 * The items as RIS for Zotero's RIS import: archival documents are
 * `TY  - MANSCPT` with the archive in `DB` and the file in `AN`; full dates in
 * `DA`; IDs whole; one line per value. Records are separated by a blank line.
 */
export function toRis(items: readonly CslItem[]): string {
  const clean = cleanItems(items)
  if (clean.length === 0) return ''
  const records = risRecords(clean)
  return records.map((record, i) => serialise(correct(record, clean[i] as CslItem))).join('\n\n') + '\n'
}
