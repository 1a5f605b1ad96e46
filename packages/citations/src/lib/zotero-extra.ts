/**
 * Values Zotero has no field for on an item's type, as `variable: value`
 * lines: the form Zotero's Extra field and citeproc-js's note field both read
 * (names `Family || Given`, dates as written). The CSL-JSON writer puts them at
 * the top of `note` (Extra), the RIS writer in `N1`.
 */
import type {CslDate, CslItem, CslName} from '@octavo/tree'
import {fieldFor, writtenType, type ExportFormat} from './mapping.js'

/** Variables that are not values of the work. */
const NOT_VALUES = new Set(['id', 'type', 'note', 'citation-key'])

export function isCslDate(value: unknown): value is CslDate {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('date-parts' in value || 'literal' in value || 'raw' in value)
}

/** A date as written: its literal or raw text, else `YYYY[-MM[-DD]]`, a range joined by `/` (EDTF). */
export function dateText(date: CslDate): string {
  if (typeof date.literal === 'string') return date.literal
  if (typeof date.raw === 'string') return date.raw
  const pad = (n: number | string): string => String(n).padStart(2, '0')
  const part = (parts: ReadonlyArray<number | string>): string => parts.map((n, i) => (i === 0 ? String(n) : pad(n))).join('-')
  return (date['date-parts'] ?? []).map(part).join('/')
}

/** Whether a date is more than one `date-parts` entry (a range): only its text says it whole. */
export function isRange(date: CslDate): boolean {
  return (date['date-parts']?.length ?? 0) > 1
}

/** A name as Zotero keeps it: particles in the family part, a suffix after a comma in the given part. */
export function zoteroName(name: CslName): {family?: string; given?: string; literal?: string} {
  if (name.literal !== undefined) return {literal: name.literal}
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ')
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ')
  const full = name.suffix ? `${given}, ${name.suffix}` : given
  return {...(family === '' ? {} : {family}), ...(full === '' ? {} : {given: full})}
}

/** A name in an Extra line: `Family || Given`, or the one part there is. */
export function nameLine(name: CslName): string {
  const z = zoteroName(name)
  return z.literal ?? (z.family && z.given ? `${z.family} || ${z.given}` : (z.family ?? z.given ?? ''))
}

function valueLines(variable: string, value: unknown): string[] {
  if (Array.isArray(value)) return (value as CslName[]).map((name) => `${variable}: ${nameLine(name)}`)
  if (isCslDate(value)) return [`${variable}: ${dateText(value)}`]
  if (typeof value === 'string' || typeof value === 'number') return String(value) === '' ? [] : [`${variable}: ${value}`]
  return []
}

/** Whether Zotero has a field for this variable on the item's type (our table's `zotero` column). */
export function hasZoteroField(type: string, variable: string): boolean {
  return (fieldFor(type, variable)?.zotero ?? null) !== null
}

/** An access date Zotero cannot read: it keeps only ISO dates in Accessed, so a literal is cut to its year. */
const unreadableAccessed = (variable: string, value: unknown): boolean => variable === 'accessed' && isCslDate(value) && (value['date-parts'] === undefined || isRange(value))

/** A DOI as Zotero's `cleanDOI` keeps it whole (`10.1234/abc`): anything else it would cut or drop. */
export const isCleanDoi = (value: unknown): boolean => typeof value === 'string' && /^10(?:\.\d{4,})?\/\S*[^\s.,]$/.test(value)

/**
 * Values Zotero's RIS and BibTeX imports move to Extra themselves, as
 * `variable: value`, when the item type has no field for them (RIS.js: a
 * `DO` tag, BibTeX.js: a `doi` field → `DOI: …`), so a writer that puts them
 * in that tag or field writes no line of its own (the DOI would be in Extra
 * and in a child note). Each with the test its value must pass.
 */
export const MOVED_TO_EXTRA_BY_ZOTERO: Readonly<Record<string, (value: unknown) => boolean>> = {
  DOI: isCleanDoi
}

/** Whether Zotero's import moves this value to Extra itself (see `MOVED_TO_EXTRA_BY_ZOTERO`). */
export const movedByZotero = (variable: string, value: unknown): boolean => MOVED_TO_EXTRA_BY_ZOTERO[variable]?.(value) === true

/**
 * The `variable: value` lines of the values of `item` that Zotero has no
 * field for (or that `alsoLine` says the format cannot put in theirs), in the
 * item's key order, less those `written` says the format writes where
 * Zotero's import makes the line itself.
 */
export function unmappedLines(item: CslItem, alsoLine: (variable: string, value: unknown) => boolean = () => false, written: (variable: string, value: unknown) => boolean = () => false): string[] {
  return Object.entries(item)
    .filter(([variable]) => !NOT_VALUES.has(variable) && !variable.startsWith('_'))
    .filter(([variable, value]) => !hasZoteroField(item.type, variable) || unreadableAccessed(variable, value) || alsoLine(variable, value))
    .filter(([variable, value]) => !(movedByZotero(variable, value) && written(variable, value)))
    .flatMap(([variable, value]) => valueLines(variable, value))
}

/**
 * The item as `format`'s writer sees it for Zotero: its type replaced by the
 * CSL type whose rows apply (`writtenType`), and the `type: …` line that keeps
 * the item's own type where the type written is another.
 */
export function asWritten(item: CslItem, format: ExportFormat): {item: CslItem; written: string; typeLines: string[]} {
  const {rows, written} = writtenType(item, format)
  const own = typeof item.type === 'string' && item.type !== '' // a bibliography's item may have none
  const typeLines = !own || (rows === item.type && written === item.type) ? [] : [`type: ${item.type}`]
  return {item: rows === item.type ? item : {...item, type: rows}, written, typeLines}
}
