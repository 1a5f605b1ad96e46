/**
 * Compares the items Zotero's import translators made of an export with the
 * CSL-JSON items Octavo wrote, through the one mapping table (`FIELD_MAP`,
 * `TYPE_MAP` of @octavo/citations, the table the citations README prints).
 * A value is kept when it is in its Zotero field, or, where the item type has
 * no field for it, in Extra or a child note as a `variable: value` line.
 */
import type {CslDate, CslItem, CslName} from '@octavo/parser'
import {decodeHTML} from 'entities'
import {ANNOTE_SEPARATOR, FIELD_MAP, TYPE_MAP, fieldFor, typeFor, writtenType} from '@octavo/citations'

export type Format = 'csl-json' | 'ris' | 'bibtex'

/** A Zotero item as translation-server returns it (API JSON). */
export interface ZoteroItem {
  itemType: string
  key?: string
  parentItem?: string
  note?: string
  creators?: Array<{firstName?: string; lastName?: string; name?: string; creatorType: string}>
  [field: string]: unknown
}

/** kept: in its field or Extra; dashes: only its dashes differ; note: in a child note; changed: its field holds another value; lost: nowhere. */
export type Status = 'kept' | 'dashes' | 'note' | 'changed' | 'lost'

export interface Check {
  item: string
  type: string
  variable: string
  expected: string
  status: Status
  found?: string
}

const DASHES = /[\u2010-\u2015\u2212-]/g
const dashless = (text: string): string => text.replace(DASHES, '-')

/** A CSL date as text: its literal or raw form, else `YYYY[-MM[-DD]]`, a range joined by `/`. */
export function dateText(date: CslDate): string {
  if (typeof date.literal === 'string') return date.literal
  if (typeof date.raw === 'string') return date.raw
  const pad = (n: number | string): string => String(n).padStart(2, '0')
  const part = (parts: ReadonlyArray<number | string>): string => parts.map((n, i) => (i === 0 ? String(n) : pad(n))).join('-')
  return (date['date-parts'] ?? []).map(part).join('/')
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** A Zotero date string in `YYYY[-MM[-DD]]` form where it is one (`April 1966`, `1966-04-01 00:00:00` ...). */
function zoteroDate(text: string): string {
  const one = (part: string): string => {
    const iso = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?: \d\d:\d\d:\d\d)?$/.exec(part.trim())
    if (iso) return [iso[1], iso[2], iso[3]].filter((p) => p !== undefined && p !== '00').join('-')
    const words = /^(?:(\d{1,2}) )?([A-Za-z]+)\.? (?:(\d{1,2}), )?(\d{4})$/.exec(part.trim())
    const month = words ? MONTHS.findIndex((m) => m.startsWith((words[2] ?? '').toLowerCase().slice(0, 3))) : -1
    if (!words || month === -1) return part.trim()
    const day = words[1] ?? words[3]
    return [words[4], String(month + 1).padStart(2, '0'), day?.padStart(2, '0')].filter(Boolean).join('-')
  }
  return text.split('/').map(one).join('/')
}

/** A CSL name as Zotero keeps it: particles in the last name, a suffix after a comma in the first. */
export function zoteroName(name: CslName): {lastName?: string; firstName?: string; name?: string} {
  if (name.literal !== undefined) return {name: name.literal}
  const lastName = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ')
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ')
  const firstName = name.suffix ? `${given}, ${name.suffix}` : given
  if (lastName === '') return {name: firstName}
  return {lastName, firstName}
}

/** A name as an Extra line writes it (`Family || Given`). */
function nameText(name: CslName): string {
  const z = zoteroName(name)
  return z.name ?? (z.firstName ? `${z.lastName} || ${z.firstName}` : (z.lastName ?? ''))
}

/** A child note's text: its paragraphs and line breaks as lines, every HTML character reference decoded (BibTeX.js writes `'` as `&apos;`). */
function htmlText(html: string): string {
  return decodeHTML(html.replace(/<br\s*\/?>|<\/p>\s*<p>/g, '\n').replace(/<[^>]+>/g, '')).replace(/\u00a0/g, ' ')
}

interface Where {
  item: ZoteroItem
  extra: string[]
  notes: string[]
}

const isDate = (value: unknown): value is CslDate => typeof value === 'object' && value !== null && !Array.isArray(value) && ('date-parts' in value || 'literal' in value || 'raw' in value)

/**
 * Whether a child note has this `variable: value` line: a line of its own
 * (RIS `N1`), or one of the lines of BibTeX's `annote`, which Zotero's BibTeX
 * import joins with spaces, so the writer separates them with `; `.
 */
function noteHasLine(note: string, line: string): boolean {
  const sep = ANNOTE_SEPARATOR
  return note.split('\n').some((l) => l === line || `${sep}${l}${sep}`.includes(`${sep}${line}${sep}`))
}

function lineStatus(where: Where, line: string): Status | undefined {
  if (where.extra.includes(line)) return 'kept'
  if (where.notes.some((note) => noteHasLine(note, line))) return 'note'
  return undefined
}

function checkName(where: Where, variable: string, target: string | null, name: CslName): Omit<Check, 'item' | 'type'> {
  const expected = nameText(name)
  if (target?.startsWith('creators/')) {
    const want = zoteroName(name)
    const creators = (where.item.creators ?? []).filter((c) => c.creatorType === target.slice('creators/'.length))
    // Zotero keeps a name of one part (a literal, or a family name alone) as a single field.
    const single = want.name ?? (want.firstName === '' ? want.lastName : undefined)
    const same = (c: {firstName?: string; lastName?: string; name?: string}): boolean =>
      (single !== undefined && (c.name ?? (c.firstName ? undefined : c.lastName)) === single) || (want.lastName !== undefined && c.lastName === want.lastName && (c.firstName ?? '') === want.firstName)
    if (creators.some(same)) return {variable, expected, status: 'kept'}
  }
  const status = lineStatus(where, `${variable}: ${expected}`) ?? 'lost'
  return {variable, expected, status}
}

function checkText(where: Where, variable: string, target: string | null, value: unknown): Omit<Check, 'item' | 'type'> {
  const date = isDate(value)
  const expected = date ? dateText(value) : String(value)
  if (variable === 'note') {
    const extra = where.extra.join('\n')
    if (extra.includes(expected)) return {variable, expected, status: 'kept'}
    // RIS has no line breaks in a value: a note's lines come back joined by spaces
    const flat = (text: string): string => text.replace(/\s+/g, ' ')
    const inNote = where.notes.some((note) => flat(note).includes(flat(expected)))
    return {variable, expected, status: inNote ? 'note' : 'lost'}
  }
  const raw = target === null ? undefined : where.item[target]
  const found = typeof raw === 'string' && raw !== '' ? raw : undefined
  const normal = (text: string): string => (date ? zoteroDate(text) : text.normalize('NFC'))
  if (found !== undefined && normal(found) === normal(expected)) return {variable, expected, status: 'kept'}
  const line = lineStatus(where, `${variable}: ${expected}`)
  if (line) return {variable, expected, status: line}
  if (found === undefined) return {variable, expected, status: 'lost'}
  const status = dashless(normal(found)) === dashless(normal(expected)) ? 'dashes' : 'changed'
  return {variable, expected, status, found}
}

/** Every value of one CSL item checked against Zotero's import of it. */
export function checkItem(format: Format, csl: CslItem, item: ZoteroItem, notes: readonly ZoteroItem[]): Check[] {
  const where: Where = {
    item,
    extra: typeof item['extra'] === 'string' ? item['extra'].split('\n') : [],
    notes: notes.map((n) => htmlText(n.note ?? ''))
  }
  // the CSL type whose rows say what Zotero makes of the item (software is a book in CSL-JSON, a type the table lacks a document)
  const rows = writtenType(csl, format).rows
  const typeWanted = typeFor(rows)?.zotero ?? 'document'
  const typeKept = item.itemType === typeWanted && (rows === csl.type || lineStatus(where, `type: ${csl.type}`) !== undefined)
  const checks: Array<Omit<Check, 'item' | 'type'>> = [
    {variable: 'type', expected: rows === csl.type ? typeWanted : `${typeWanted}, type: ${csl.type}`, status: typeKept ? 'kept' : 'changed', found: item.itemType}
  ]
  for (const [variable, value] of Object.entries(csl)) {
    if (variable === 'id' || variable === 'type' || variable.startsWith('_') || value === undefined || value === '') continue
    const target = fieldFor(rows, variable)?.zotero ?? null
    if (Array.isArray(value)) for (const name of value as CslName[]) checks.push(checkName(where, variable, target, name))
    else checks.push(checkText(where, variable, target, value))
  }
  return checks.map((check) => ({item: csl.id, type: csl.type, ...check}))
}

/** Zotero's items (top-level, in order) each with its child notes. */
export function withNotes(items: readonly ZoteroItem[]): Array<{item: ZoteroItem; notes: ZoteroItem[]}> {
  const top = items.filter((item) => item.itemType !== 'note' || item.parentItem === undefined)
  return top.map((item) => ({item, notes: items.filter((n) => n.itemType === 'note' && n.parentItem !== undefined && n.parentItem === item.key)}))
}

/** Whether `format` has a type Zotero imports as this CSL type's Zotero type. */
export function expressible(format: Format, cslType: string): boolean {
  const row = typeFor(cslType)
  if (!row) return format === 'csl-json'
  if (format === 'ris') return row.ris !== null && row.zoteroFromRis === undefined
  if (format === 'bibtex') return row.bibtex !== null && row.zoteroFromBibtex === undefined
  return true
}

export interface Summary {
  items: number
  intact: number
  intactIgnoringDashes: number
  archival: number
  archivalIntact: number
  expressible: number
  expressibleIntactIgnoringDashes: number
  values: number
  lost: number
  changed: number
  dashes: number
  inChildNotes: number
}

const isArchival = (item: CslItem): boolean => item.type === 'manuscript' && typeof item['archive'] === 'string'

/** Counts per format, as issue 14's table gives them. */
export function summarise(format: Format, results: ReadonlyArray<{csl: CslItem; checks: Check[]}>): Summary {
  const whole = (checks: Check[], ok: readonly Status[]): boolean => checks.every((c) => ok.includes(c.status))
  const kept: Status[] = format === 'csl-json' ? ['kept'] : ['kept', 'note']
  const s: Summary = {
    items: 0,
    intact: 0,
    intactIgnoringDashes: 0,
    archival: 0,
    archivalIntact: 0,
    expressible: 0,
    expressibleIntactIgnoringDashes: 0,
    values: 0,
    lost: 0,
    changed: 0,
    dashes: 0,
    inChildNotes: 0
  }
  for (const {csl, checks} of results) {
    s.items++
    if (whole(checks, kept)) s.intact++
    if (whole(checks, [...kept, 'dashes'])) s.intactIgnoringDashes++
    if (isArchival(csl)) {
      s.archival++
      if (whole(checks, kept)) s.archivalIntact++
    }
    if (expressible(format, csl.type)) {
      s.expressible++
      if (whole(checks, [...kept, 'dashes'])) s.expressibleIntactIgnoringDashes++
    }
    for (const c of checks) {
      s.values++
      if (c.status === 'lost') s.lost++
      if (c.status === 'changed') s.changed++
      if (c.status === 'dashes') s.dashes++
      if (c.status === 'note') s.inChildNotes++
    }
  }
  return s
}

/** A value of each kind a synthetic item holds: names, dates, identifiers Zotero checks, numbers, else text. */
const SYNTHETIC_VALUES: Readonly<Record<string, unknown>> = {
  author: [{family: 'Authorfam', given: 'Ann'}],
  editor: [{family: 'Editorfam', given: 'Ed'}],
  translator: [{family: 'Translatorfam', given: 'Tom'}],
  interviewer: [{family: 'Interviewerfam', given: 'Ida'}],
  recipient: [{family: 'Recipientfam', given: 'Rex'}],
  issued: {'date-parts': [[2001, 2, 3]]},
  accessed: {'date-parts': [[2020, 5, 6]]},
  DOI: '10.1234/abc.5',
  ISBN: '9780306406157',
  ISSN: '0378-5955',
  URL: 'https://example.org/a_b',
  language: 'fr',
  page: '12-15',
  'number-of-pages': '300',
  edition: '2',
  volume: '3',
  issue: '4',
  number: '5',
  'collection-number': '6'
}

/**
 * One item per type of `TYPE_MAP`, holding a value for every variable of
 * `FIELD_MAP` (but `id` and `note`): every row of the table, for every type,
 * goes through Zotero's importers.
 */
export function syntheticItems(): CslItem[] {
  const variables = [...new Set(FIELD_MAP.map((row) => row.csl))].filter((v) => v !== 'id' && v !== 'note')
  const one = (type: string, name = type, without: readonly string[] = []): CslItem => {
    const item: Record<string, unknown> = {id: `synthetic-${name}`, type}
    for (const v of variables) if (!without.includes(v)) item[v] = SYNTHETIC_VALUES[v] ?? `${v} of the ${type}`
    return item as CslItem
  }
  // and the items TYPE_RULES_FOR_ZOTERO writes as another type: software with no version, a type the table lacks
  return [...TYPE_MAP.map(({csl: type}) => one(type)), one('software', 'software-no-version', ['version']), one('speech')]
}

/** Every item type of CSL 1.0.2 (the specification's appendix), which a bibliography file may hold. */
export const CSL_TYPES = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage'
] as const

/** One item of every CSL type, each with a value for every variable of the mapping table. */
export function everyTypeItems(): CslItem[] {
  const variables = [...new Set(FIELD_MAP.map((row) => row.csl))].filter((v) => v !== 'id' && v !== 'note')
  return CSL_TYPES.map((type) => {
    const item: Record<string, unknown> = {id: `every-${type}`, type}
    for (const v of variables) item[v] = SYNTHETIC_VALUES[v] ?? `${v} of the ${type}`
    return item as CslItem
  })
}

/** Lines of Extra that a child note also holds (a value written twice, e.g. a DOI in `DO` and in `N1`). */
export function twice(item: ZoteroItem, notes: readonly ZoteroItem[]): string[] {
  const extra = typeof item['extra'] === 'string' ? item['extra'].split('\n').filter((l) => l !== '') : []
  const texts = notes.map((n) => htmlText(n.note ?? ''))
  return extra.filter((line) => texts.some((note) => noteHasLine(note, line)))
}
