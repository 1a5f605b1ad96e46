/**
 * From the spans citeproc-js marked (one per rendered variable) to label
 * spans: the variable → label table, the names inside a name list's span
 * (without `ed.`, `Hrsg.`, `a cura di`), the item's value inside a text
 * variable's span (without `URL:` or `accessed`), trimming of outer spaces,
 * punctuation and quotes, and back-reference words a style writes itself.
 */
import type {CslName} from '@octavo/tree'
import {nameInitials, nameNeedles} from './names.js'
import {ABBREV_PATTERN} from './phrases.js'
import type {CslItem} from './items.js'
import type {Label, LabelSpan} from './spanned.js'

/**
 * citeproc variable → our label; `null`: rendered but not labeled (the
 * trainer reads unlabeled text inside a citation as `other`). Variables not
 * in the table are not labeled either and are counted as unknown.
 */
export const VARIABLE_LABELS: Record<string, Label | null> = {
  author: 'author',
  'container-author': 'author',
  director: 'author',
  composer: 'author',
  host: 'author',
  'original-author': 'author',
  'reviewed-author': null,
  interviewer: null,
  recipient: null,
  illustrator: null,
  contributor: null,
  editor: 'editor',
  'collection-editor': 'editor',
  'editorial-director': 'editor',
  compiler: 'editor',
  chair: 'editor',
  organizer: 'editor',
  translator: 'translator',
  title: 'title',
  'title-short': 'title',
  'container-title': 'container-title',
  'container-title-short': 'container-title',
  'collection-title': 'collection-title',
  publisher: 'publisher',
  'original-publisher': 'publisher',
  'publisher-place': 'publisher-place',
  'original-publisher-place': 'publisher-place',
  issued: 'issued',
  'original-date': 'issued',
  accessed: 'accessed',
  volume: 'volume',
  issue: 'issue',
  page: 'page',
  'page-first': 'page',
  edition: 'edition',
  version: 'edition',
  number: 'number',
  'collection-number': 'number',
  genre: 'genre',
  medium: 'medium',
  archive: 'archive',
  'archive-place': 'archive',
  archive_location: 'archive_location',
  URL: 'URL',
  DOI: 'DOI',
  locator: 'locator',
  'first-reference-note-number': 'abbrev',
  'citation-number': null,
  'citation-label': null,
  'year-suffix': null,
  note: null,
  ISBN: null,
  ISSN: null,
  PMID: null,
  PMCID: null,
  'number-of-pages': null,
  'number-of-volumes': null,
  'chapter-number': null,
  'event-title': null,
  event: null,
  'event-place': null,
  'event-date': null,
  authority: null,
  section: null,
  language: null,
  source: null,
  status: null,
  dimensions: null,
  references: null,
  abstract: null,
  keyword: null,
  'original-title': null,
  'reviewed-title': null,
  submitted: null,
  scale: null,
  jurisdiction: null
}

export const NAME_VARIABLES = new Set([
  'author',
  'editor',
  'translator',
  'container-author',
  'director',
  'composer',
  'host',
  'original-author',
  'reviewed-author',
  'interviewer',
  'recipient',
  'illustrator',
  'contributor',
  'collection-editor',
  'editorial-director',
  'compiler',
  'chair',
  'organizer'
])

const DATE_VARIABLES = new Set(['issued', 'accessed', 'original-date', 'event-date', 'submitted'])

/** Lower case, one kind of apostrophe and hyphen; same length as the input. */
export function fold(text: string): string {
  let out = ''
  for (const char of text) {
    const lower = char.toLowerCase()
    const one = lower.length === char.length ? lower : char
    out += one
      .replace(/[’‘‚ʼ`]/u, "'")
      .replace(/[“”„‟«»‹›]/u, '"')
      .replace(/[‐‑–]/u, '-')
  }
  return out
}

const isLetter = (char: string | undefined): boolean => char !== undefined && /\p{L}/u.test(char)

/** Every `[start, end)` where `needle` occurs in `haystack` (both folded) between `from` and `to`, as a whole word. */
function findAll(haystack: string, needle: string, from: number, to: number): Array<[number, number]> {
  const found: Array<[number, number]> = []
  if (needle.length === 0) return found
  let at = haystack.indexOf(needle, from)
  while (at >= 0 && at + needle.length <= to) {
    if (!isLetter(haystack[at - 1]) && !isLetter(haystack[at + needle.length])) found.push([at, at + needle.length])
    at = haystack.indexOf(needle, at + 1)
  }
  return found
}

/** Capital initials (`H.`, `H-`, `HP`) of the given names, case-sensitive. */
function findInitials(text: string, letters: string[], from: number, to: number): Array<[number, number]> {
  const found: Array<[number, number]> = []
  for (let at = from; at < to; at++) {
    const char = text[at] ?? ''
    if (!letters.includes(char) || (isLetter(text[at - 1]) && !/\p{Lu}/u.test(text[at - 1] ?? ''))) continue
    const next = text[at + 1]
    const afterSpace = text[at + 2]
    const initialLike = next === undefined || at + 1 >= to || next === '.' || next === '-' || /\p{Lu}/u.test(next) || (next === ' ' && afterSpace !== undefined && /\p{Lu}/u.test(afterSpace))
    if (initialLike) found.push([at, at + (next === '.' ? 2 : 1)])
  }
  return found
}

const ET_AL = /^,?\s?(?:et alii|et al\.?|u\.\s?a\.|e altri|y otros|y col\.|and others|e a\.)/u

/** The spans of the name lists inside a marked name span: one per variable whose people are found there. */
function nameSpans(text: string, start: number, end: number, item: CslItem, variables: string[]): LabelSpan[] {
  const folded = fold(text)
  const found: Array<{label: Label | null; start: number; end: number}> = []
  for (const variable of variables) {
    const people = item[variable]
    if (!Array.isArray(people)) continue
    const hits: Array<[number, number]> = []
    for (const name of people as CslName[]) {
      for (const needle of nameNeedles(name)) hits.push(...findAll(folded, fold(needle), start, end))
      hits.push(...findInitials(text, nameInitials(name), start, end))
    }
    if (hits.length === 0) continue
    let first = Math.min(...hits.map(([s]) => s))
    let last = Math.max(...hits.map(([, e]) => e))
    const etAl = ET_AL.exec(text.slice(last, end + 12))
    if (etAl !== null) last += etAl[0].length
    else if (text[last] === '.' && isAbbreviationPeriod(text, first, last + 1)) last += 1
    const overlapping = found.find((other) => other.start < last && first < other.end)
    if (overlapping !== undefined) {
      // The same people in two roles (`ed. and trans. Jane Doe`): one span, the first role.
      overlapping.start = Math.min(overlapping.start, first)
      overlapping.end = Math.max(overlapping.end, last)
      continue
    }
    ;[first, last] = trimSpan(text, first, last)
    found.push({label: VARIABLE_LABELS[variable] ?? null, start: first, end: last})
  }
  return found.filter((span): span is {label: Label; start: number; end: number} => span.label !== null).map((span): LabelSpan => [span.start, span.end, span.label])
}

const OPEN_CLOSE: Record<string, string[]> = {'“': ['”', '“'], '„': ['“', '”'], '‘': ['’'], '‚': ['‘', '’'], '«': ['»'], '»': ['«'], '‹': ['›'], '"': ['"'], "'": ["'"], '(': [')'], '[': [']']}
const CLOSERS = new Set(Object.values(OPEN_CLOSE).flat())
/** A final period that belongs to the word before it. */
const ABBREVIATION_END =
  /(?:^|[\s(.-])(?:\p{L}|et al|Jr|Sr|ed|eds|Hrsg|Hg|hg|dir|coord|trad|trans|vol|no|nr|Nr|n\.d|o\.\s?J|s\.\s?d|s\.\s?f|Inc|Ltd|Co|Bros|St|Dr|Univ|Diss|diss|Dept|etc|ca|u\.\s?a|Anm|ibid|Ibid|id|Id|cit|op|ivi|ebd|Ebd|a\.\s?a\.\s?O|A|Ph\.D|PhD|repr|rev|éd|Éd|ed\. by|Verl|Aufl|edn|fasc|reg|cc|leg|exp|c|f|ff|s|p|pp|S|fol|fols|sec|art|al)\.$/u

function isAbbreviationPeriod(text: string, start: number, end: number): boolean {
  return ABBREVIATION_END.test(text.slice(Math.max(start, end - 12), end))
}

/** Whether the opener at `start` is closed by the closer at `end - 1` (a pair around the whole span). */
function wrapsWhole(text: string, start: number, end: number): boolean {
  const open = text[start] ?? ''
  const close = text[end - 1] ?? ''
  if (!(OPEN_CLOSE[open] ?? []).includes(close) || end - start < 2) return false
  if (open !== '(' && open !== '[') return true
  let depth = 0
  for (let at = start; at < end; at++) {
    if (text[at] === open) depth++
    if (text[at] === close) depth--
    if (depth === 0 && at < end - 1) return false
  }
  return true
}

function unbalancedCloser(text: string, start: number, end: number): boolean {
  const close = text[end - 1] ?? ''
  if (!CLOSERS.has(close)) return false
  const openers = Object.entries(OPEN_CLOSE)
    .filter(([, closers]) => closers.includes(close))
    .map(([open]) => open)
  const inside = text.slice(start, end - 1)
  if (close === '"' || close === "'") return (inside.split(close).length - 1) % 2 === 0
  return !openers.some((open) => inside.includes(open))
}

function unbalancedOpener(text: string, start: number, end: number): boolean {
  const open = text[start] ?? ''
  const closers = OPEN_CLOSE[open]
  if (closers === undefined) return false
  const inside = text.slice(start + 1, end)
  if (open === '"' || open === "'") return (inside.split(open).length - 1) % 2 === 0
  return !closers.some((close) => inside.includes(close))
}

/** Narrows `[start, end)` past outer spaces, commas and the like, wrapping quotes or brackets, and a final period that ends no abbreviation. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start
  let e = end
  for (let changed = true; changed && s < e;) {
    changed = true
    const first = text[s] ?? ''
    const last = text[e - 1] ?? ''
    if (/\s/.test(first) || /[,;:]/.test(first)) s++
    else if (/\s/.test(last) || /[,;:]/.test(last)) e--
    else if (last === '.' && !isAbbreviationPeriod(text, s, e)) e--
    else if (wrapsWhole(text, s, e)) [s, e] = [s + 1, e - 1]
    else if (unbalancedCloser(text, s, e)) e--
    else if (unbalancedOpener(text, s, e)) s++
    else changed = false
  }
  return [s, e]
}

/** The item's own value of `variable`, found (ignoring case) inside the span, if it is there. */
function valueSpan(text: string, start: number, end: number, item: CslItem, variable: string): [number, number] | undefined {
  const value = item[variable]
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const needle = fold(String(value).replace(/\s+/g, ' ').trim())
  if (needle.length === 0) return undefined
  const at = fold(text).indexOf(needle, start)
  // citeproc hands a final `?`, `!` or `.` to the wrapper separately, after the marked span.
  return at >= 0 && at + needle.length <= end + 1 ? [at, at + needle.length] : undefined
}

const DATE_PREFIX =
  /^(?:accessed|retrieved|viewed|last modified|abgerufen am|zugegriffen am|besucht am|Zugriff am|Zugriff|letzter Zugriff|Stand|consulté le|consulté|consultado el|consultado|consultato il|consultato|visitato il|online)[\s:,]*/iu

function dateSpan(text: string, start: number, end: number): [number, number] {
  const prefix = DATE_PREFIX.exec(text.slice(start, end))
  return trimSpan(text, start + (prefix?.[0].length ?? 0), end)
}

const NOTE_REFERENCE_BEFORE = /(?:(?:supra|above|oben|o\.|ci-dessus|supra,|wie)\s)?(?:note|n\.?|nn\.?|Anm\.|Fn\.|fn\.|nota|n°)\s?\(?$/iu

/** What a style prints in place of missing names (CSL `substitute`), in the usual order. */
const SUBSTITUTES = ['author', 'editor', 'translator', 'container-author', 'collection-editor', 'director', 'title', 'container-title'] as const

/**
 * The labels of a name span whose names are not there: citeproc reports the
 * names variable, but the style printed a substitute (an editor, the title).
 */
function substituteSpans(text: string, start: number, end: number, item: CslItem): LabelSpan[] {
  for (const variable of SUBSTITUTES) {
    if (item[variable] === undefined) continue
    if (NAME_VARIABLES.has(variable)) {
      const spans = nameSpans(text, start, end, item, [variable])
      if (spans.length > 0) return spans
      continue
    }
    const span = valueSpan(text, start, end, item, variable)
    if (span !== undefined) return [[span[0], span[1], VARIABLE_LABELS[variable] as Label]]
  }
  const [s, e] = trimSpan(text, start, end)
  if (s >= e) return []
  const value = fold(text.slice(s, e))
  if (ANONYMOUS.test(value)) return [[s, e, 'author']]
  const titleWords = new Set(fold(String(item.title ?? '')).split(/[^\p{L}\p{N}]+/u))
  return value.split(/[^\p{L}\p{N}]+/u).every((word) => word === '' || titleWords.has(word)) ? [[s, e, 'title']] : []
}

/** What styles print for a work without author. */
export const ANONYMOUS = /^(?:anon\.?|anonymous|anónimo|anonimo|anonyme|anonym|s\.\s?a\.|o\.\s?v\.|n\.\s?n\.|sans auteur|sin autor)$/u

const TITLE_LABELS = new Set<Label>(['title', 'container-title', 'collection-title'])

/**
 * citeproc hands a final `?`, `!` or `.` to the wrapper apart from the
 * variable: a title keeps its `?`/`!`, other values the period of an
 * abbreviation they end with (`PhD diss.`, `n.d.`, `Inc.`).
 */
function withFinalPunctuation(text: string, [start, end]: [number, number], label: Label): [number, number] {
  const next = text[end]
  if (TITLE_LABELS.has(label)) return next === '?' || next === '!' ? [start, end + 1] : [start, end]
  return next === '.' && start < end && isAbbreviationPeriod(text, start, end + 1) ? [start, end + 1] : [start, end]
}

/** The end of a span before a back-reference word a style put inside it (`«Título», cit`): that word is labeled on its own. */
function withoutTrailingTerm(text: string, start: number, end: number): number {
  const inside = text.slice(start, end)
  const last = [...inside.matchAll(ABBREV_PATTERN)].at(-1)
  return last !== undefined && last.index > 0 && /^[\s,.;:]*$/.test(inside.slice(last.index + last[0].length)) ? start + last.index : end
}

/** A DOI written as a link (`https://doi.org/10.…`): the span takes the resolver in. */
function withDoiResolver(text: string, [start, end]: [number, number]): [number, number] {
  const resolver = /https?:\/\/(?:dx\.)?doi\.org\/$/.exec(text.slice(Math.max(0, start - 24), start))
  return resolver === null ? [start, end] : [start - resolver[0].length, end]
}

/** Locator terms some styles print inside the locator variable (`p. 12`, `S. 12`, `fol. 3r`). */
const LOCATOR_TERM = /^(?:pp?\.|S\.|págs?\.|pags?\.|fols?\.|ff?\.|col\.|cap\.|chap\.|ch\.|sect?\.|§+|paras?\.|nn?\.|Anm\.|Rn\.|vol\.|t\.|cc?\.|note|at)\s?(?=[\dIVXLivxl])/u

function withoutLocatorTerm(text: string, [start, end]: [number, number]): [number, number] {
  const term = LOCATOR_TERM.exec(text.slice(start, end))
  return term === null || term[0].length >= end - start ? [start, end] : [start + term[0].length, end]
}

/** Text variables a wrapper with no variable name may have rendered, most telling first. */
const INFERABLE = [
  'title',
  'container-title',
  'collection-title',
  'publisher',
  'publisher-place',
  'archive',
  'archive_location',
  'archive-place',
  'genre',
  'medium',
  'URL',
  'DOI',
  'number',
  'edition',
  'version',
  'volume',
  'issue',
  'page'
] as const

function yearsOf(value: unknown): string[] {
  const parts = (value as {'date-parts'?: number[][]} | undefined)?.['date-parts'] ?? []
  return parts.map((part) => String(part[0] ?? '')).filter((year) => year !== '')
}

/**
 * The variable of a marked span whose wrapper call named none (citeproc-js
 * sometimes passes an emptied `variableNames`): the item's value that fills
 * most of the span, a name list of the item, or a date with the item's year.
 */
export function inferVariables(text: string, start: number, end: number, item: CslItem): string[] {
  const [s, e] = trimSpan(text, start, end)
  if (s >= e) return []
  for (const variable of INFERABLE) {
    const span = valueSpan(text, s, e, item, variable)
    if (span !== undefined && (span[1] - span[0]) * 2 >= e - s) return [variable]
  }
  // The name list that covers most of the span (initials alone match too easily).
  const covered = (variable: string): number => nameSpans(text, s, e, item, [variable]).reduce((sum, [from, to]) => sum + to - from, 0)
  const names = ['author', 'editor', 'translator'].map((variable) => ({variable, length: covered(variable)})).sort((a, b) => b.length - a.length)[0]
  if (names !== undefined && names.length > 2) return [names.variable]
  for (const variable of ['issued', 'accessed']) if (yearsOf(item[variable]).some((year) => text.slice(s, e).includes(year))) return [variable]
  return []
}

/** The label spans of one marked span of `text`. */
export function spanLabels(text: string, start: number, end: number, item: CslItem, variables: string[]): LabelSpan[] {
  if (variables.some((variable) => NAME_VARIABLES.has(variable))) {
    const spans = nameSpans(text, start, end, item, variables)
    const present = variables.some((variable) => NAME_VARIABLES.has(variable) && Array.isArray(item[variable]))
    return spans.length > 0 || present ? spans : substituteSpans(text, start, end, item)
  }
  const variable = variables.find((name) => VARIABLE_LABELS[name] !== undefined && VARIABLE_LABELS[name] !== null)
  if (variable === undefined) return []
  const label = VARIABLE_LABELS[variable] as Label
  let span: [number, number]
  if (DATE_VARIABLES.has(variable)) span = dateSpan(text, start, end)
  // A style that asks for the short form of a title reports `title` but prints `title-short`.
  else span = valueSpan(text, start, end, item, variable) ?? valueSpan(text, start, end, item, `${variable}-short`) ?? trimSpan(text, start, withoutTrailingTerm(text, start, end))
  span = withFinalPunctuation(text, span, label)
  if (label === 'locator') span = withoutLocatorTerm(text, span)
  if (label === 'DOI') span = withDoiResolver(text, span)
  if (variable === 'first-reference-note-number') {
    const before = NOTE_REFERENCE_BEFORE.exec(text.slice(Math.max(0, span[0] - 20), span[0]))
    if (before !== null) span = [span[0] - before[0].length, span[1]]
  }
  return span[0] < span[1] ? [[span[0], span[1], label]] : []
}

/** Removes from `span` the parts covered by `taken`; what is left, trimmed. */
function subtract(text: string, span: LabelSpan, taken: LabelSpan[]): LabelSpan[] {
  let pieces: Array<[number, number]> = [[span[0], span[1]]]
  for (const [s, e] of taken) {
    pieces = pieces.flatMap(([ps, pe]): Array<[number, number]> =>
      e <= ps || s >= pe
        ? [[ps, pe]]
        : [
            [ps, Math.max(ps, s)],
            [Math.min(pe, e), pe]
          ]
    )
  }
  return pieces
    .map(([s, e]) => trimSpan(text, s, e))
    .filter(([s, e]) => s < e)
    .map(([s, e]): LabelSpan => [s, e, span[2]])
}

/** Non-overlapping spans, sorted; where marked spans nest, the inner one wins. */
export function resolveOverlaps(text: string, candidates: Array<{span: LabelSpan; depth: number}>): LabelSpan[] {
  const accepted: LabelSpan[] = []
  for (const {span} of [...candidates].sort((a, b) => b.depth - a.depth || a.span[0] - b.span[0])) {
    accepted.push(...subtract(text, span, accepted))
  }
  return accepted.sort((a, b) => a[0] - b[0])
}

/** Terms a style prints for a missing value, labeled as the value they stand for. */
const TERM_LABELS: ReadonlyArray<{pattern: RegExp; label: Label; example: string}> = [
  {pattern: ABBREV_PATTERN, label: 'abbrev', example: 'Ibid., 12 · ebd., S. 4 · op. cit.'},
  {pattern: /^(?:[—–-]{2,}|_{2,})/gu, label: 'abbrev', example: '———, Knowledge and Religion · ______, Titre (the author of the entry before)'},
  {pattern: /(?<![\p{L}])(?:n\.\s?d\.|o\.\s?J\.|s\.\s?d\.|s\.\s?f\.|sans date|sin fecha|senza data|ohne Jahr)(?![\p{L}])/giu, label: 'issued', example: 'Manuscript, n.d. · o. J.'},
  {pattern: /(?<![\p{L}])(?:s\.\s?l\.|o\.\s?O\.|sine loco)(?![\p{L}])/giu, label: 'publisher-place', example: '[s.l.] · o. O.'},
  {pattern: /(?<![\p{L}])s\.\s?n\.(?![\p{L}])/giu, label: 'publisher', example: '[s.n.]'}
]

/** `Ibid.`, `ebd.`, `op. cit.`, `n.d.` and the like that a style wrote outside any variable. */
export function abbrevLabels(text: string, labels: LabelSpan[]): LabelSpan[] {
  const found: LabelSpan[] = []
  for (const {pattern, label} of TERM_LABELS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (![...labels, ...found].some(([s, e]) => s < end && start < e)) found.push([start, end, label])
    }
  }
  return mergeDates(
    text,
    [...labels, ...found].sort((a, b) => a[0] - b[0])
  )
}

/** Adjacent date spans of one date (`2015`, `April 10` in `(2015, April 10)`) as one span. */
function mergeDates(text: string, labels: LabelSpan[]): LabelSpan[] {
  const out: LabelSpan[] = []
  for (const span of labels) {
    const last = out.at(-1)
    const dateLabel = span[2] === 'issued' || span[2] === 'accessed'
    if (last !== undefined && dateLabel && last[2] === span[2] && /^[\s,.]{0,2}$/.test(text.slice(last[1], span[0]))) last[1] = span[1]
    else out.push([...span])
  }
  return out
}
