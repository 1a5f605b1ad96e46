import {alternation, escapeRegExp} from './alternation.js'
import {DATE_THEN_PAGE, readDate} from './dates.js'
import {PAGE_ABBREVIATION, PAGE_NUMBERS} from './pages.js'
import {ANNOUNCEMENT, closingMarks, containerJoins, keptPeriods, NAME_PARTICLES, QUOTATION_MARKS, quotationClass, roleMarks, VERSION} from './lexicon.js'
import type {Italics} from './model/features.js'
import {labelNote, type LabeledCitation} from './model/reader.js'
import {storedLabels, type LabelStore} from './label-store.js'
import type {StoredModel} from './model/store.js'
import {backrefOf, CITED_AT_END, NUMBERED_STATUTE, readCitation, type CitationReading} from './read-citation.js'
import {QUOTED_IN, quotedTitleAfter, splitAtNextWork, splitAtTranslation, splitBeforeCourt, TRANSLATION_SIGNALS} from './next-work.js'
import {legalCitationsIn} from './legal.js'
import {givenNameFirst} from './names.js'
import {
  accessedLeft,
  authorDateList,
  backrefCut,
  endsBeforeQuotation,
  joinedPages,
  kindBeforeDate,
  linkedPage,
  linkedTitle,
  titleWithLocatorAlone,
  marginalNumber,
  numbersAfterLabel,
  romanPages,
  labeledLocatorInside,
  pagesListed,
  pagesBeforeLink,
  saintInPlace,
  publisherBeforeYear,
  trailingArchive,
  trailingDate,
  trailingPages,
  strayBrackets
} from './after-citation.js'

/** One citation found in a note. */
export interface Segment {
  /** Offsets of the citation's text in the note's text. */
  start: number
  end: number
  text: string
  prefix: string | null
  parsed: CitationReading
}

export interface NoteSegmentation {
  segments: Segment[]
  /** The note says more than its citations. */
  commentary: boolean
  warnings: string[]
}

export interface SegmentNoteOptions {
  /** Italic runs of the note, `[start, end)` offsets in its text (Markdown emphasis: titles). */
  italics?: Italics
  /** Links of the note (Markdown `[text](url)`), `[start, end)` offsets and their target. */
  links?: ReadonlyArray<{start: number; end: number; url: string}>
  /** The model (`shippedModel()`, or another in training and evaluation), or how to get it: asked for only when a note is labeled (not from `labels`). */
  model: StoredModel | (() => StoredModel)
  /** Whether a reading names a work cited earlier (a short form that resolves): such a span is always a citation. */
  known?: (parsed: CitationReading) => boolean
  /** The model's labels of notes kept between runs (label-store.ts): a note labeled before is not labeled again. */
  labels?: LabelStore
}

/**
 * Signal phrases that introduce a citation, by language; the words before a
 * citation that end with one are its `prefix`.
 */
export const SIGNALS: ReadonlyArray<{lang: string; example: string; phrases: readonly string[]}> = [
  {
    lang: 'en',
    example: 'See; Also see; For details, see; See, e.g.,; quoted in; cited in',
    phrases: [
      'see',
      'see also',
      'also see',
      'see, e.g.,',
      'see e.g.',
      'see, for example,',
      'see for example',
      'for example, see',
      'see especially',
      'see esp.',
      'see in particular',
      'see generally',
      'see further',
      'cf.',
      'compare',
      'e.g.',
      'quoted in',
      'cited in',
      'as quoted in',
      'as cited in',
      'reprinted in',
      'translated in',
      'reproduced in'
    ]
  },
  {
    lang: 'de',
    example: 'Vgl.; Vgl. auch; Vgl. nur; Siehe; S. auch; Zit. nach; So bereits; Ebenso',
    phrases: [
      'vgl.',
      'vgl. auch',
      'vgl. dazu',
      'vgl. etwa',
      'vgl. z. b.',
      'vgl. hierzu',
      'vgl. insbesondere',
      'vgl. nur',
      'vgl. bereits',
      'siehe nur',
      's. nur',
      'ebenso',
      'grundlegend',
      'siehe zum beispiel',
      'siehe etwa',
      'siehe hierzu',
      'siehe',
      'siehe auch',
      's. auch',
      'zit. nach',
      'zitiert nach',
      'zit. in',
      'dazu',
      'so bereits',
      'bereits',
      'bereits früher',
      'so auch',
      'so etwa',
      'ähnlich',
      'anders'
    ]
  },
  {
    lang: 'fr',
    example: 'Voir; Voir aussi; Voir notamment; Cité dans; Cité par',
    phrases: ['voir', 'voir aussi', 'voir notamment', 'voir par exemple', 'voir en particulier', 'voir surtout', 'voir également', 'cité dans', 'cité par', 'cité in', 'cf. aussi']
  },
  {
    lang: 'es',
    example: 'Véase; Véase por ejemplo; Citado en; Cfr.; Apud',
    phrases: ['véase', 'véase también', 'véase por ejemplo', 'véase al respecto', 'véanse', 'vease', 'ver', 'ver también', 'ver por ejemplo', 'citado en', 'citado por', 'cfr.', 'apud']
  },
  {
    lang: 'it',
    example: 'Cfr.; Si veda; Vedi; Cit. in',
    phrases: ['cfr.', 'cfr. anche', 'cfr. ad esempio', 'si veda', 'si vedano', 'si veda anche', 'si veda ad esempio', 'vedi', 'vedi anche', 'v.', 'cit. in', 'citato in']
  },
  ...TRANSLATION_SIGNALS
]

const SIGNAL_END = new RegExp(`(?:^|[\\s(])(${alternation(SIGNALS.flatMap((s) => s.phrases.map((p) => p.replace(/,$/, ''))))})$`, 'iu')
const SIGNAL_START = new RegExp(`^(?:${alternation(SIGNALS.flatMap((s) => s.phrases).filter((p) => !p.includes(' ')))})\\s`, 'iu')

/** A signal the model read into the citation (`So bereits Hoffmann; Keller, a.a.O.`): a phrase of three letters or more, then a capital. */
const SIGNAL_LEAD = new RegExp(`^(?:${alternation(SIGNALS.flatMap((s) => s.phrases).filter((p) => p.replace(/[^\p{L}]/gu, '').length >= 3))}):?\\s+(?=\\p{Lu})`, 'iu')

/** A signal phrase anywhere, then a capital (for one begun before the citation and ended inside it). */
const SIGNAL_ACROSS = new RegExp(`(?:^|[\\s(])(?:${alternation(SIGNALS.flatMap((s) => s.phrases).filter((p) => p.includes(' ')))})\\s+(?=\\p{Lu})`, 'giu')

/** Where a signal begun before the citation ends inside it (`Siehe zum | Beispiel Marjan Bakker`, the model's citation from `Beispiel`). */
function signalAcross(text: string, start: number, end: number): number | undefined {
  const from = Math.max(0, start - 40)
  for (const m of text.slice(from, end).matchAll(SIGNAL_ACROSS)) {
    const [a, b] = [from + m.index, from + m.index + m[0].length]
    if (a < start && b > start && b < end) return b
  }
  return undefined
}

/** The citation without a signal the model read into it (or the end of one begun before it): it starts after the signal, which becomes its prefix. */
export function signalInside(text: string, c: LabeledCitation): LabeledCitation {
  const m = SIGNAL_LEAD.exec(text.slice(c.start, c.end))
  const across = m ? undefined : signalAcross(text, c.start, c.end)
  if (!m && across === undefined) return c
  const start = m ? c.start + m[0].length : across!
  const fields = c.fields.filter((f) => f.end > start).map((f) => (f.start < start ? {...f, start, text: text.slice(start, f.end)} : f))
  return fields.length === 0 ? c : {...c, start, fields}
}

/** Prose that ends with `of`-words, then one to three capitalized words: `Diversa l’interpretazione di Rinaldi`. */
const PROSE_THEN_NAME = /^(.*\s(?:di|de|da|of|von|bei|du|del|della))\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})$/u

/** A word of prose after the first word: four lower-case letters or more, not a particle of a name (`della`, `degli`: NAME_PARTICLES). */
const hasProseWord = (words: string): boolean =>
  words
    .split(/\s+/u)
    .slice(1)
    .some((w) => /^\p{Ll}[\p{Ll}'’]{3,}$/u.test(w) && !NAME_PARTICLES.has(w))

/** A short form's back-reference, labeled as such or read into the end of a field (`Contrabbandieri e doganieri cit`). */
const isShortForm = (c: LabeledCitation) => c.fields.some((f) => f.field === 'abbrev' || CITED_AT_END.test(` ${f.text}`))

/**
 * A short form's author that begins with prose (`Diversa l'interpretazione
 * di Rinaldi, Contrabbandieri e doganieri cit.`: the sentence read into the
 * name): the citation starts at the name. Only for a short form (a
 * back-reference, no date) whose name is one to three capitalized words
 * after a word like `di`/`of`, with a word of prose before it.
 */
export function proseInAuthor(text: string, c: LabeledCitation): LabeledCitation {
  const author = c.fields[0]
  if (author?.field !== 'author' || author.start !== c.start || !isShortForm(c) || c.fields.some((f) => f.field === 'issued')) return c
  const m = PROSE_THEN_NAME.exec(author.text)
  if (!m || !hasProseWord(m[1]!)) return c
  const start = author.start + author.text.length - m[2]!.length
  return {...c, start, fields: [{...author, start, text: m[2]!}, ...c.fields.slice(1)]}
}

/** The first quotation of a citation: where its words start and end (the closing punctuation inside it left out), or undefined. */
function firstQuotation(text: string, c: LabeledCitation): {start: number; end: number} | undefined {
  const span = text.slice(c.start, c.end)
  const quotations = QUOTATION_MARKS.filter((q) => !q.apostrophe).map(({open, close}) => {
    // A mark that opens a word (after a space, a bracket or the start) and one that ends a word (before a space, punctuation or the end).
    const marks = escapeRegExp(open + close)
    const m = new RegExp(`(?:^|[\\s(:])${escapeRegExp(open)}\\s?([^${marks}]+?)\\s?[${escapeRegExp(close)}](?=[\\s,.;:)]|$)`, 'u').exec(span)
    return m ? {at: m.index + m[0].indexOf(m[1]!), inside: m[1]!} : undefined
  })
  const q = quotations.filter((x) => x !== undefined).sort((a, b) => a.at - b.at)[0]
  if (!q) return undefined
  const words = q.inside.replace(/[\s,.;:]+$/u, '')
  return /\S\s+\S/u.test(words) ? {start: c.start + q.at, end: c.start + q.at + words.length} : undefined
}

/** A field that belongs to no title, read inside one: a name, or a bare number after its last comma (`, 70` of a headline). */
function notTitleWords(f: LabeledCitation['fields'][number], q: {end: number}, text: string): boolean {
  if (f.field === 'author' || f.field === 'editor' || f.field === 'translator') return true
  return ['volume', 'issue', 'page'].includes(f.field) && /^\d{1,4}$/u.test(f.text) && /,\s*$/u.test(text.slice(0, f.start)) && f.end === q.end
}

/**
 * A title in quotation marks whose words the model read as other fields
 * (`"Willa Cather Dies; Noted Novelist, 70" The New York Times, April 25,
 * 1947, 21`: a headline read as names and a volume): the quotation is the
 * title. Not when what is quoted is a container (`Title, «Journal»`).
 */
export function quotedTitle(text: string, c: LabeledCitation): LabeledCitation {
  const q = firstQuotation(text, c)
  if (!q) return c
  const inside = c.fields.filter((f) => f.start >= q.start && f.end <= q.end)
  if (!inside.some((f) => notTitleWords(f, q, text)) || inside.some((f) => f.field === 'container-title' || f.field === 'collection-title')) return c
  const title = {field: 'title' as const, start: q.start, end: q.end, text: text.slice(q.start, q.end)}
  const before = c.fields.filter((f) => f.end <= q.start)
  const after = c.fields.filter((f) => f.start >= q.end && !inside.includes(f))
  return {...c, fields: [...before, title, ...after]}
}

/**
 * Two containers in a row, the first of them quoted, in a citation with no
 * title (`… see Peter Lang, “The Reception of Natural Law in Dogmatic
 * Jurisprudence …,” Journal on European History of Law 4 (2013): 73`, both read as the
 * journal): the quoted one is the title, as a quoted title comes before the
 * journal it is in.
 */
export function quotedContainerFirst(text: string, c: LabeledCitation): LabeledCitation {
  if (c.fields.some((f) => f.field === 'title')) return c
  const q = firstQuotation(text, c)
  const at = q ? c.fields.findIndex((f) => f.field === 'container-title' && f.start === q.start) : -1
  if (at < 0 || c.fields[at + 1]?.field !== 'container-title') return c
  return {...c, fields: c.fields.map((f, i) => (i === at ? {...f, field: 'title' as const} : f))}
}

/** A person's name, then a verb of the third person and the words up to `in` before a quoted title (`Anna Weber discusses the Baltic ports in “`). */
const NAME_VERB_IN = /(?:^|[.;:]\s+|\s)(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+\p{Ll}{3,}s\b[^.;:“”"«»]{0,120}?\s+in\s*[“"«]\s*$/u

/**
 * A work whose author the note names in its own sentence, before a verb
 * (`Anna Weber discusses the Baltic ports in “Trade and the Sea …,”
 * Journal of Baltic Studies 19, …`): the name is the author, a field before
 * the citation, which still starts at its title (the sentence is commentary,
 * as the gold notes read it). When the model read the sentence as the names
 * (`L. Malksoo summarizes Shafirov and Martens' views in “…”`, one author
 * span), the author is the name before the verb. Only a name opened by a
 * given name or initials, and a quoted title after `in`.
 */
export function authorInProse(text: string, c: LabeledCitation): LabeledCitation {
  const first = c.fields[0]
  if (!first) return c
  if (first.field === 'author') {
    const m = NAME_VERB_IN.exec(text.slice(c.start, c.fields[1]?.start ?? c.end))
    if (!m || m.index !== 0 || !givenNameFirst(m[1]!) || c.start + m[1]!.length >= first.end) return c
    return {...c, fields: [{...first, end: first.start + m[1]!.length, text: m[1]!}, ...c.fields.slice(1)]}
  }
  if (first.field !== 'title' || c.fields.some((f) => f.field === 'author' || f.field === 'editor')) return c
  const from = Math.max(0, c.start - 200)
  const m = NAME_VERB_IN.exec(text.slice(from, first.start))
  if (!m || !givenNameFirst(m[1]!)) return c
  const start = from + m.index + m[0].indexOf(m[1]!)
  return {...c, fields: [{field: 'author', start, end: start + m[1]!.length, text: m[1]!}, ...c.fields]}
}

/** After a paper's date: `, page` in no field (DATE_THEN_PAGE's page), up to the end of its clause (`January 7, 1944, 17.`). */
const PAGE_LEFT_AFTER_DAY = new RegExp(`^\\s*${DATE_THEN_PAGE.pageAfter}(?=\\s*(?:[.;)]|$))`, 'u')

/**
 * A periodical's number read as its volume, or in no field, right after a
 * date to the day (`The New York Times, August 28, 1963, 27`; `January 7,
 * 1944, 17.`): a paper dated to the day is cited by its page.
 */
export function pageAfterPaperDay(text: string, c: LabeledCitation): LabeledCitation {
  if (!c.fields.some((f) => f.field === 'container-title')) return c
  const isDay = (f: LabeledCitation['fields'][number] | undefined) => f?.field === 'issued' && readDate(f.text)?.['date-parts']?.[0]?.length === 3
  const fields = c.fields.map((f, i) => {
    const date = c.fields[i - 1]
    if (f.field !== 'volume' || !isDay(date) || !/^\d{1,3}$/u.test(f.text) || !/^\s*,\s*$/u.test(text.slice(date!.end, f.start))) return f
    return {...f, field: 'page' as const}
  })
  const at = fields.findIndex(isDay)
  const date = fields[at]
  const next = fields[at + 1]?.start ?? text.length
  const left = date && !fields.some((f) => f.field === 'page') ? PAGE_LEFT_AFTER_DAY.exec(text.slice(date.end, next)) : null
  if (left) {
    const start = date!.end + left[0].lastIndexOf(left[1]!)
    fields.splice(at + 1, 0, {field: 'page', start, end: start + left[1]!.length, text: left[1]!})
  }
  const end = Math.max(c.end, ...fields.map((f) => f.end))
  return fields.some((f, i) => f !== c.fields[i]) || fields.length !== c.fields.length ? {...c, end, fields} : c
}

/** A program's version as written (`version 6.0.30`, `v1.2.3`). */
const WRITTEN_VERSION = new RegExp(VERSION, 'iu')

/**
 * A program's version written out, which the model cut into other fields or
 * left out (`Zotero, version 6.0.30 (Corporation for Digital Scholarship,
 * 2023)`: `30` read as a volume): one edition field over it, which the item
 * rule 'a version is no part of the title' reads as the version. Not when a
 * title or an edition holds it already, nor when a field runs past it, nor a
 * date after `v.` (`v. 2.03.1993`).
 */
export function writtenVersion(text: string, c: LabeledCitation): LabeledCitation {
  const m = WRITTEN_VERSION.exec(text.slice(c.start, c.end))
  // `v. 2.03.1993` is a date (German `vom`), not a version.
  if (!m || /^\d{1,2}\.\d{1,2}\.\d{4}$/u.test(m[1] ?? m[2]!)) return c
  const start = c.start + m.index
  const end = start + m[0].length
  const overlapping = c.fields.filter((f) => f.end > start && f.start < end)
  if (overlapping.some((f) => f.field === 'title' || f.field === 'edition' || f.start < start || f.end > end)) return c
  const fields = c.fields.filter((f) => !overlapping.includes(f))
  const at = fields.findIndex((f) => f.start >= end)
  const version = {field: 'edition' as const, start, end, text: m[0]}
  return {...c, fields: at < 0 ? [...fields, version] : [...fields.slice(0, at), version, ...fields.slice(at)]}
}

/**
 * A sentence read as the title of a link the note points to with a signal
 * (`Tf-idf is not typically a recommended pre-processing step. See
 * https://datascience.stackexchange.com/…`, `(ver https://quadrama.github.io/…)`):
 * the citation is the link, the signal its prefix. Only for a citation of a
 * title and a link alone.
 */
export function signalBeforeLink(text: string, c: LabeledCitation): LabeledCitation {
  const [title, link] = c.fields
  if (c.fields.length !== 2 || title?.field !== 'title' || link?.field !== 'URL') return c
  const at = link.start + link.text.search(/https?:\/\//u)
  const between = text.slice(title.end, at)
  // The signal opens a sentence of its own (`models. See`) or a bracket (` (ver `).
  const apart = /^[^(]*[.;!?]\s+\S/u.test(between) || /^\s*\(/u.test(between)
  if (at < link.start || !apart || !SIGNAL_END.test(between.replace(/[\s(]+$/u, ''))) return c
  const url = {...link, start: at, text: text.slice(at, link.end)}
  return {...c, start: at, fields: [url]}
}

/** Words that say where a work is found, before its address (`disponible en la siguiente dirección:`). */
const AVAILABLE_AT =
  /(?:available (?:at|from|online at)|disponible (?:en|sur)(?: la siguiente direcci[oó]n)?|dispon[ií]vel em|verfügbar unter|abrufbar unter|disponibile (?:su|a|all['’]indirizzo))\s*:?$/iu

/** A link in the text of a note: its address without the punctuation after it. */
const LINK = /https?:\/\/[^\s<>"”»]+[^\s<>"”».,;:!?)\]]/gu

/** How sure a citation made by a rule, where the model read none, is: below the warning's threshold, so an editor looks at it. */
const RULE_MADE_CONFIDENCE = 0.5

/**
 * A link the model left as prose after a signal or after words saying where
 * a work is (`(ver https://quadrama.github.io/…)`, `Está disponible en la
 * siguiente dirección: https://artelope.uv.es/…`): a citation of the page.
 */
export function signaledLink(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  const made: LabeledCitation[] = []
  for (const m of text.matchAll(LINK)) {
    const start = m.index
    const end = start + m[0].length
    if (citations.some((c) => c.start < end && c.end > start)) continue
    const before = clauseBefore(text, Math.max(0, ...citations.filter((c) => c.end <= start).map((c) => c.end)), start).text.replace(/[\s(:]+$/u, '')
    if (!SIGNAL_END.test(before) && !AVAILABLE_AT.test(before)) continue
    made.push(ruleMade(start, end, [{field: 'URL', start, end, text: m[0]}]))
  }
  return inOrder(citations, made)
}

/** A citation a rule makes where the model read none (its token indices unused: its confidence is the rule's). */
function ruleMade(start: number, end: number, fields: LabeledCitation['fields']): LabeledCitation {
  return {start, end, first: 0, last: 0, confidence: RULE_MADE_CONFIDENCE, fields}
}

/** The model's citations and those rules made, in the order of the note. */
function inOrder(citations: readonly LabeledCitation[], made: readonly LabeledCitation[]): LabeledCitation[] {
  return made.length === 0 ? [...citations] : [...citations, ...made].sort((a, b) => a.start - b.start)
}

/**
 * A statute's kind and number the model left before the citation
 * (`Ley 1527 de 2012. Libranzas y descuentos …`, read from `de 2012`): a
 * citation that starts inside a statute's name, named at the start of the
 * note or after a semicolon, starts with it.
 */
export function statuteNameBefore(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.map((c, i) => {
    const from = Math.max(citations[i - 1]?.end ?? 0, text.lastIndexOf(';', c.start - 1) + 1)
    const start = from + (/^[\s,;]*/u.exec(text.slice(from))?.[0].length ?? 0)
    const m = start < c.start ? NUMBERED_STATUTE.exec(text.slice(start, c.end)) : null
    return m && start + m[0].length > c.start ? {...c, start} : c
  })
}

/** An author–date reference in brackets in prose: names, a year (`(Dean, 1978)`, `(O'Brien et Lyman, 2002, p. 4)`). */
const BRACKETED_AUTHOR_DATE =
  /\((\p{Lu}[\p{L}'’-]*\p{L}\d*(?:\s+(?:et al\.|and|et|y|e|und|&)(?:\s+\p{Lu}[\p{L}'’-]+)?)?),?\s+((?:1[5-9]|20)\d\d[a-z]?)(?:,\s*((?:p\.|pp\.|S\.)\s*\d+(?:\s*[–-]\s*\d+)?))?\)/gu

/**
 * An author–date reference in brackets the model left as prose (`… la
 * datation au radiocarbone (Dean, 1978).`): a citation of the names and the
 * year (and the page), with the confidence of a rule's citation.
 */
export function bracketedAuthorDate(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  const made: LabeledCitation[] = []
  const kept = [...citations]
  for (const m of text.matchAll(BRACKETED_AUTHOR_DATE)) {
    const start = m.index + 1
    const end = m.index + m[0].length - 1
    // A citation the model began inside the names (`Walsh et Schwalbe, 2020` read from `Schwalbe`) starts with them.
    const inside = kept.findIndex((c) => c.start > start && c.start < start + m[1]!.length && c.fields[0]?.field === 'author')
    if (inside >= 0) {
      const c = kept[inside]!
      kept[inside] = {...c, start, fields: [{...c.fields[0]!, start, text: text.slice(start, c.fields[0]!.end)}, ...c.fields.slice(1)]}
      continue
    }
    // A citation the model read inside the brackets with the names as another field (`(Neath 2011)`: `Neath` a publisher) is the rule's.
    const misread = kept.findIndex((c) => c.start >= start - 1 && c.end <= end + 1 && !c.fields.some((f) => f.field === 'author' || f.field === 'editor'))
    if (misread >= 0) kept.splice(misread, 1)
    if (kept.some((c) => c.start < end && c.end > start)) continue
    const at = (part: string, from: number) => text.indexOf(part, from)
    const fields: LabeledCitation['fields'] = [{field: 'author', start, end: start + m[1]!.length, text: m[1]!}]
    const year = at(m[2]!, start + m[1]!.length)
    fields.push({field: 'issued', start: year, end: year + m[2]!.length, text: m[2]!})
    if (m[3]) {
      const page = at(m[3], year + m[2]!.length)
      fields.push({field: 'page', start: page, end: page + m[3].length, text: m[3]})
    }
    made.push(ruleMade(start, end, fields))
  }
  return inOrder(kept, made)
}

/** The part of a citation before `at` (cut there), if it holds a field; else nothing. */
function partBefore(text: string, c: LabeledCitation, at: number): LabeledCitation[] {
  const fields = c.fields.filter((f) => f.end <= at)
  return c.start < at && fields.length > 0 ? [{...c, end: at, fields}] : []
}

/** The part of a citation after `at`, if it holds fields of its own there beyond a title (a quoted sentence after a statute is prose); else nothing. */
function partAfter(c: LabeledCitation, at: number): LabeledCitation[] {
  const fields = c.fields.filter((f) => f.start >= at)
  return c.end > at && fields.some((f) => f.field !== 'title') ? [{...c, start: fields[0]!.start, fields}] : []
}

/**
 * A legal citation the model left as prose, cut into pieces or ran into
 * the words around it (`OLG Köln, Urt. v. 1.2.2000 – 6 U 3/99.`; `§ 8 Abs. 1
 * Bibliotheksgesetz des Landes Sachsen-Anhalt, GVBl. 2010, S. 434: „Indem
 * …“`): one citation over what the legal grammar reads whole (legal.ts
 * `legalCitationsIn`); the model's citations there keep only their parts
 * with fields of their own outside it.
 */
export function legalCitationInProse(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  let out = [...citations]
  for (const d of legalCitationsIn(text)) {
    const over = out.filter((c) => c.start < d.end && c.end > d.start)
    // The model's citation is the legal one already.
    if (over.length === 1 && over[0]!.start === d.start && trimEnd(text, d.start, over[0]!.end) === trimEnd(text, d.start, d.end)) continue
    const whole = {
      ...ruleMade(
        d.start,
        d.end,
        over.flatMap((c) => c.fields.filter((f) => f.start >= d.start && f.end <= d.end))
      ),
      ...(over[0] ? {confidence: Math.min(...over.map((c) => c.confidence))} : {})
    }
    const kept = over.flatMap((c) => [...partBefore(text, c, d.start), ...partAfter(c, d.end)])
    out = inOrder(
      out.filter((c) => !over.includes(c)),
      [...kept, whole]
    )
  }
  return out
}

/** Longest prefix kept whole (`For an elaboration of the subject, see`); a longer run keeps only its signal. */
const PREFIX_MAX = 80

/** The abbreviations that open a translation's signal (`dt.`, `engl.`, `trad.`, `tr.`: TRANSLATION_SIGNALS), without their period. */
const TRANSLATION_ABBREVIATIONS = new Set(
  TRANSLATION_SIGNALS.flatMap((s) => s.phrases)
    .map((p) => p.split(' ')[0]!)
    .filter((w) => w.endsWith('.'))
    .map((w) => w.slice(0, -1))
)

/** A period that ends no sentence: after a letter alone, a signal's abbreviation (`vgl.`, `z. B.`) or a translation's (`dt. Teilübers.:`). */
const NO_SENTENCE_END = new RegExp(`(?:^|\\s)(?:\\p{L}|cf|vgl|e\\.g|i\\.e|v|s|z\\. ?b|${alternation(TRANSLATION_ABBREVIATIONS)})$`, 'iu')

/** The text before a citation since its sentence or `;` began. */
function clauseBefore(text: string, from: number, to: number): {start: number; text: string} {
  const run = text.slice(from, to)
  let start = 0
  for (const m of run.matchAll(/[;]|[.?!](?=\s+[\p{Lu}“"«(])/gu)) {
    const before = run.slice(Math.max(0, m.index - 4), m.index)
    if (m[0] === '.' && NO_SENTENCE_END.test(before)) continue
    start = m.index + 1
  }
  const lead = run.slice(start).match(/^\s*/)![0].length
  return {start: from + start + lead, text: run.slice(start + lead).trimEnd()}
}

/**
 * The words before a citation end with the word that joins it to a larger
 * work (`See the records of the session in`); not the German and Italian
 * ones (`Cfr. nella Storia di Feltre` keeps `nella` in the citation).
 */
const IN_AT_END = new RegExp(`\\s(?:${containerJoins(false, ['im', 'nel', 'nella'])}):?$`, 'iu')

/** The citation's prefix (`See`, `For details, see`, `See the records of the session in`), or null. */
export function prefixOf(text: string, from: number, to: number): {prefix: string | null; start: number} {
  const clause = clauseBefore(text, from, to)
  const lead = clause.text.length - clause.text.replace(/^[\s,;:.[]+/u, '').length
  // A signal in brackets (`[as quoted in:]`) is the signal.
  const words = clause.text
    .slice(lead)
    .trimEnd()
    .replace(/[,:]?\]?$/u, '')
    .replace(/[,:]$/u, '')
    .trimEnd()
  const start = clause.start + lead
  if (!words) return {prefix: null, start: to}
  // A lead-in that ends with a colon right before the citation is its prefix, colon and all, when it opens with a signal
  // (`Siehe z.B.:`, `Vgl. dazu nur:`) or is two words at most (`Dazu ausführlich:`, `Fuente:`); a sentence that frames
  // the citations (`Other titles include:`) stays commentary.
  const colon = clause.text.slice(lead).trimEnd()
  const leadIn = SIGNAL_START.test(colon) || colon.split(/\s+/u).length <= 2
  if (colon.endsWith(':') && leadIn && colon.length <= PREFIX_MAX && /^\p{L}/u.test(colon) && !/\d/u.test(colon) && /^\s*$/u.test(text.slice(clause.start + clause.text.length, to)))
    return {prefix: colon, start}
  const m = SIGNAL_END.exec(words)
  if (m) {
    if (words.length <= PREFIX_MAX) return {prefix: words, start}
    const at = m.index + m[0].indexOf(m[1]!)
    return {prefix: words.slice(at), start: start + at}
  }
  // `See the records of the session in`: a signal, lower-case words, `in`.
  if (SIGNAL_START.test(words) && IN_AT_END.test(words) && words.length <= PREFIX_MAX && !/\p{Lu}/u.test(words.slice(1))) return {prefix: words, start}
  return {prefix: null, start: to}
}

/** An abbreviation that keeps its period at the end of a citation (`Ibid.`, `et al.`, `(eds.)`, `n.d.`, `12 ff.`, an initial). */
const KEEPS_PERIOD_AT_END = new RegExp(`(?:^|[\\s.(])(?:${keptPeriods(['back-reference', 'role mark', 'et al.', 'no date', 'following pages', 'etc.'])}|\\p{Lu})\\.$`, 'u')

/** The citation's span without a final period (an abbreviation keeps it: `Ibid.`, `et al.`) or separator. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end
  for (;;) {
    const s = text.slice(start, e)
    if (/[,;:\s]$/u.test(s)) e--
    else if (s.endsWith('.') && !KEEPS_PERIOD_AT_END.test(s)) e--
    else return e
  }
}

/** Letters left once citations, prefixes, separators and punctuation are taken out: the note says more. */
function hasCommentary(text: string, covered: ReadonlyArray<readonly [number, number]>): boolean {
  const mask = new Uint8Array(text.length)
  for (const [a, b] of covered) mask.fill(1, a, b)
  // The text with its covered characters as spaces, run by run.
  let rest = ''
  for (let i = 0; i < text.length;) {
    const run = mask.indexOf(mask[i]! ^ 1, i)
    const end = run < 0 ? text.length : run
    rest += mask[i] ? ' '.repeat(end - i) : text.slice(i, end)
    i = end
  }
  return /\p{L}{2,}/u.test(rest.replace(/(?<!\p{L})(?:and|und|et|y|e|sowie|also|auch|aussi|see|sowie|idem)(?!\p{L})/giu, ' '))
}

/**
 * Find the citations in a note with the notes model: each labeled citation
 * read into an item (`readCitation`), its prefix from the words before it,
 * the rest of the note being commentary.
 */
/** Letters of a script the model has seen (Latin; Greek and Cyrillic words occur in its data too). */
const KNOWN_SCRIPT = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u

/** Most of the note's letters are in a script the model was not trained on (`北京：中华书局，2009年`). */
function unknownScript(text: string): boolean {
  let known = 0
  let other = 0
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue
    if (KNOWN_SCRIPT.test(ch)) known++
    else other++
  }
  return other > known
}

const modelOf = (options: SegmentNoteOptions): StoredModel => (typeof options.model === 'function' ? options.model() : options.model)

/**
 * The citations of each paragraph of a note (a citation never runs across a
 * blank line), offsets in the note's text.
 */
function labelParagraphs(text: string, options: SegmentNoteOptions): LabeledCitation[] {
  return [...text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)].flatMap((m) => labelRange(text, m.index, m.index + m[0].length, options))
}

/** What a rule of `NOT_CITATIONS` sees: the reading, and whether the span is quoted or in italics. */
export interface CandidateCitation {
  text: string
  parsed: CitationReading
  marked: boolean
  /** The span and its prefix (`See`) are most of the note: nothing but the citation is written. */
  alone: boolean
  /** It names a work cited earlier in the document: asked last, only when the other signs say prose (it searches the works cited so far). */
  known: () => boolean
  /** A signal introduces it (`See`, `Voir`, `Vgl.`): its prefix. */
  signal: boolean
  /** Only punctuation follows it in the note. */
  last: boolean
  /** The source it is quoted from follows (`, zitiert nach …`): a work, not prose. */
  quotedFrom: boolean
}

/** The reading holds no field but these (and its type): nothing says what the work is beyond them. */
function onlyFields(parsed: CitationReading, fields: readonly string[]): boolean {
  return Object.keys(parsed.item).every((k) => k === 'type' || fields.includes(k))
}

function plainReading(parsed: CitationReading): boolean {
  return !parsed.backref && parsed.form !== 'ibid' && !parsed.locator
}

/** A full stop, question or exclamation mark, then the quotation's closing mark: a quoted sentence's end (`… for a break.”`). */
const QUOTED_SENTENCE_END = new RegExp(`[.!?]${quotationClass('close')}$`, 'u')

/**
 * Spans the model labels as a citation that say too little to be one: they
 * stay commentary. Each rule with the note it exists for (the span the model
 * took in it is the part after `→`).
 */
export const NOT_CITATIONS: ReadonlyArray<{name: string; example: string; rule: (c: CandidateCitation) => boolean}> = [
  {
    // A title alone, neither quoted nor in italics, with no author, date, place, locator or back-reference
    // is a stretch of prose: measured on OpenEdition (never trained on) it drops 98 spans, 2 of them citations.
    name: 'bare title',
    example: 'Yanbian borders Russia and the DPRK and is part of the Changbai Mountains area, a major tourist attraction for Chinese and South Koreans.',
    rule: ({parsed, marked}) => !marked && plainReading(parsed) && onlyFields(parsed, ['title'])
  },
  {
    // A sentence quoted in prose, read as a title alone: quoted whole, ending with its own full stop inside the quotation
    // marks, eight words or more, in a note that says more.
    name: 'a quoted sentence',
    example: 'Chinese leaders believed it was instigated from abroad. “This view made them treat the quarrel as a struggle between friends and enemies and push for a break.”',
    rule: ({text, parsed, alone}) => !alone && plainReading(parsed) && onlyFields(parsed, ['title']) && QUOTED_SENTENCE_END.test(text) && text.split(/\s+/u).length >= 8
  },
  {
    // A name (and a title) set off by nothing (not quoted whole, not in italics), with more prose after it in a note
    // that says more, no signal (`See`) before it, no number or `…`, naming no work cited before: a sentence about
    // a person or a work (at the note's end too when the title starts in lower case). Measured with the shipped model:
    // on OpenEdition (never trained on) it drops 37 spans, 2 of them citations; on 4,000 LinkedBooks records
    // (fragments of notes cut by OCR) 54, 24 of them citations.
    name: 'name and title in prose',
    example: 'This point was first made to me by M. Hallam, curator of the Ledger Town collection, during a visit in the spring.',
    rule: ({text, parsed, marked, alone, known, signal, last, quotedFrom}) =>
      !marked &&
      !alone &&
      !signal &&
      !quotedFrom &&
      (!last || lowerTitle(parsed)) &&
      !/\d|\.\.\.|…/u.test(text) &&
      plainReading(parsed) &&
      onlyFields(parsed, ['title', 'author', 'editor']) &&
      !known()
  }
]

/** The title starts in lower case (`curator of the Ledger Town collection, during a visit`): prose, even at the note's end. */
function lowerTitle(parsed: CitationReading): boolean {
  return typeof parsed.item.title === 'string' && /^\p{Ll}/u.test(parsed.item.title)
}

/** The name of the rule of `NOT_CITATIONS` that rejects this candidate, if one does. */
export function notACitation(c: CandidateCitation): string | undefined {
  return NOT_CITATIONS.find((r) => r.rule(c))?.name
}

/**
 * The span is quoted whole: it opens with a quotation mark that closes at its
 * end (`“Ledger Towns,”`), not inside it (`‘contradictions between ourselves
 * and the enemy’ and to push for a complete break.”` is prose around a
 * quotation). A closing mark followed by a letter is an apostrophe.
 */
export function quotedWhole(span: string): boolean {
  const closers = closingMarks(span[0] ?? '')
  if (!closers) return false
  for (let i = 1; i < span.length; i++) {
    if (closers.includes(span[i]!) && !/\p{L}/u.test(span[i + 1] ?? '')) return span.length - i <= 3
  }
  return false
}

/**
 * The span is set off as a work: quoted whole, or its title (the span when the
 * model read no title) mostly in italics or a link, or starting in one
 * (`Ferrer Aranda, *vecindario*, versión 2.3.1`). A word in italics inside
 * prose does not mark it (`Dans une architecture *word-based*, chaque mot …`).
 */
function marked(text: string, c: LabeledCitation, end: number, options: SegmentNoteOptions): boolean {
  if (quotedWhole(text.slice(c.start, end))) return true
  const title = c.fields.find((f) => f.field === 'title') ?? {start: c.start, end}
  const runs = [...(options.italics ?? []), ...(options.links ?? []).map((l) => [l.start, l.end] as const)]
  return mostlyCovered(title.start, title.end, runs) || runs.some(([a, b]) => a <= title.start && title.start < b)
}

/** The covered span is at least 85% of the note's text (without its final period). */
function alone(text: string, [start, end]: readonly [number, number]): boolean {
  const written = text.trim().replace(/[.;:,]$/u, '').length
  return end - start >= 0.85 * written
}

/** At least half of the characters of `[start, end)` lie in the runs. */
export function mostlyCovered(start: number, end: number, runs: ReadonlyArray<readonly [number, number]>): boolean {
  let covered = 0
  for (const [a, b] of runs) covered += Math.max(0, Math.min(b, end) - Math.max(a, start))
  return covered > 0 && 2 * covered >= end - start
}

export function readNote(text: string, options: SegmentNoteOptions): NoteSegmentation {
  // The model's labels (kept in `labels` between runs), then the rules that mend them.
  return readLabels(
    text,
    storedLabels(options.labels, text, options.italics, () => labelText(text, options)),
    options
  )
}

/** The model's labeling of a note: its citations and their fields, paragraph by paragraph; a citation run on from a quoting sentence read again after it. */
export function labelText(text: string, options: SegmentNoteOptions): LabeledCitation[] {
  const labeled = text.includes('\n') ? labelParagraphs(text, options) : labelNote(text, options.italics, modelOf(options)).citations
  return labeled.flatMap((c) => afterQuotingSentence(text, c, (from) => labelRange(text, from, c.end, options)))
}

/** The model's labeling of `text[from, to)` alone, offsets in the note's text. */
function labelRange(text: string, from: number, to: number, options: SegmentNoteOptions): LabeledCitation[] {
  const italics = options.italics?.filter(([a, b]) => a >= from && b <= to).map(([a, b]) => [a - from, b - from] as const)
  return labelNote(text.slice(from, to), options.italics ? italics : undefined, modelOf(options)).citations.map((c) => ({
    ...c,
    start: c.start + from,
    end: c.end + from,
    fields: c.fields.map((f) => ({...f, start: f.start + from, end: f.end + from}))
  }))
}

/** A sentence that ends in a quotation (`… since World War II.”`), then a name and a comma (1), perhaps a quoted title's opening mark (2): where a citation may start. */
const QUOTING_SENTENCE_END = new RegExp(`[.?!]${quotationClass('close', false)}\\s+(?=(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}),\\s*(${quotationClass('open', false)})?)`, 'gu')

/**
 * A citation the model ran on from the sentence before it, which quotes the
 * work (`Thomas Weber describes the archive as, “the practices associated
 * with keeping records, usually by towns, that have formal, written rules.”
 * Thomas Weber, Paper Towns: Archives in Europe (Princeton: …, 2001), 3`: the
 * quotation and the names read as the title): the citation is read again from the
 * person's name after the quotation, the sentence left as commentary. Only
 * a sentence of prose (two words in lower case before its quotation) and a
 * name opened by a given name or initials, or followed by a quoted title.
 */
export function afterQuotingSentence(text: string, c: LabeledCitation, labelFrom: (from: number) => LabeledCitation[]): LabeledCitation[] {
  const inside = text.slice(c.start, c.end)
  const cut = [...inside.matchAll(QUOTING_SENTENCE_END)].filter((m) => givenNameFirst(m[1]!) || m[2] !== undefined).at(-1)
  if (!cut) return [c]
  const sentence = inside.slice(0, cut.index)
  if ((sentence.match(/(?:^|\s)\p{Ll}{2,}/gu)?.length ?? 0) < 2) return [c]
  const again = labelFrom(c.start + cut.index + cut[0].length)
  return again.length > 0 ? again : [c]
}

/**
 * The rules that run after the span rules, in order: those that need the
 * note's links, which no span rule sees (a link's text that opens a citation
 * is its title, `linkedTitle`; a linked page read on a day, `linkedPage`),
 * then a note that is a title and its locator read as nothing
 * (`titleWithLocatorAlone`).
 */
const NOTE_RULES: ReadonlyArray<(text: string, citations: readonly LabeledCitation[], links: ReadonlyArray<{start: number; end: number}>) => LabeledCitation[]> = [
  linkedTitle,
  linkedPage,
  (text, citations) => titleWithLocatorAlone(text, citations)
]

/** A note read from the model's labeling of it (`labelText`): the rules that mend the spans, each citation read, its prefix, the commentary. */
export function readLabels(text: string, labeled: readonly LabeledCitation[], options: Omit<SegmentNoteOptions, 'labels'>): NoteSegmentation {
  // The span rules, then the rules of the whole note (`NOTE_RULES`: links, a note read as nothing).
  const links = options.links ?? []
  const citations = NOTE_RULES.reduce(
    (cs, rule) => rule(text, cs, links),
    SPAN_RULES.reduce((cs, rule) => rule.apply(text, cs), labeled)
  )
  const segments: Segment[] = []
  const covered: Array<[number, number]> = []
  let previousEnd = 0
  for (const c of citations) {
    const link = options.links?.find((l) => l.start < c.end && l.end > c.start)
    const segment = segmentOf(text, c, previousEnd, link?.url)
    const {parsed} = segment.segment
    const candidate = {
      text: segment.segment.text,
      parsed,
      marked: marked(text, c, segment.segment.end, options),
      alone: alone(text, segment.covers),
      known: () => options.known?.(parsed) ?? false,
      signal: segment.segment.prefix !== null,
      last: !/[\p{L}\p{N}]/u.test(text.slice(segment.segment.end)),
      quotedFrom: QUOTED_IN.test(text.slice(segment.segment.end))
    }
    if (notACitation(candidate)) continue
    covered.push(segment.covers)
    segments.push(segment.segment)
    previousEnd = c.end
  }
  // A reference in a script the model hardly saw in training (`北京：中华书局，2009年`): say why nothing was read.
  const warnings = segments.length === 0 && /\d/.test(text) && unknownScript(text) ? ['no citation read: the note is in a script the reader does not know; kept as commentary'] : []
  return {segments, commentary: hasCommentary(text, covered), warnings}
}

/** Fields that name a work: an `Ibid.` names none, it stands for the work before. */
const NAMING_FIELDS = new Set(['author', 'editor', 'translator', 'title', 'container-title', 'collection-title'])

/**
 * An `Ibid.` citation ends with the sentence of its locator: a sentence after
 * it that the model ran on into the citation, naming a work where none can
 * be, is commentary (`Ibid., 106, 114-120. Statistical conclusion validity is
 * concerned with …` → `Ibid., 106, 114-120`).
 */
export function ibidAlone(text: string, c: LabeledCitation): LabeledCitation {
  const first = c.fields[0]
  if (first?.field !== 'abbrev' || backrefOf(first.text)?.kind !== 'ibid') return c
  const naming = c.fields.findIndex((f) => NAMING_FIELDS.has(f.field))
  if (naming < 0) return c
  const before = text.slice(first.end, c.fields[naming]!.start)
  // The sentence ends right before the naming field, after the locator or the word itself: `114-120. Statistical`,
  // `Ibid. Smith argues`; not at an abbreviation (`p. Title`).
  const stop = /^[.!?]\s+$/u.exec(before) ?? /(?<=[\p{N})\]])[.!?]\s+$/u.exec(before)
  if (!stop) return c
  const end = first.end + stop.index + 1
  const kept = {...c, end, fields: c.fields.filter((f) => f.end <= end)}
  // Its pages read as no field (the sentence after them read as a title: `Ibid., 38. Testing conducted …`) are its page.
  const word = first.end + (text[first.end] === '.' ? 1 : 0)
  return kept.fields.some((f) => f.field === 'page') ? kept : ibidPages(text, {...kept, end: word}, end)
}

/** A citation's imprint in brackets with its year, then a full stop and a sentence (`… (London, 1980). The most`). */
const IMPRINT_THEN_SENTENCE = /^([^]*?\([^()]*\b(?:1[5-9]|20)\d\d[a-z]?\))\.\s+(?=\p{Lu}\p{Ll})/u
/** A year and a page, then a full stop and a sentence, which may open with `A` (`… Polska 2010, p. 106. A decision`; not an author–date reference's `(1991b). A complexity analysis`). */
const PAGE_THEN_SENTENCE = /^([^]*?\b(?:1[5-9]|20)\d\d[a-z]?\)?,\s*(?:pp?|S)\.\s*\d{1,5}(?:\s*[–-]\s*\d{1,5})?)\.\s+(?=\p{Lu}(?:\p{Ll}|\s))/u
/** Words that go on with the citation after its imprint: a reprint, the original, a translation, an edition. */
const AFTER_IMPRINT =
  /^(?:Repr|Reprint|Reprinted|Reissued|Originally|Orig|Original|First|Trans|Translated|Transl|Tr|Also|Rev|Revised|Published|Übers|Trad|Traduit|Traducción|Hg|Hrsg|Ed|Eng|Engl|Dt|Neuausg|Nachdr|Nachdruck)\b/u
const TITLE_FIELDS = new Set(['title', 'container-title', 'collection-title'])

/**
 * A citation ends with its imprint in brackets: a sentence after `(London,
 * 1980).` that the model ran on into it, read as a title and nothing more,
 * is commentary (`P. Kennedy, The Rise of the Anglo-German Antagonism,
 * 1860-1914 (London, 1980). The most detailed and wide-ranging assessment`
 * → `P. Kennedy, … (London, 1980)`). A sentence, not a title: six words or
 * more, most of them in lower case, no number, no quotation mark; not a
 * reprint or translation named after the imprint. So after a year and a page
 * (`Z. Kmieciak, Postępowanie administracyjne …, Warszawa: Wolters Kluwer
 * Polska 2010, p. 106. A decision mentioned in (1) is possible when …`).
 */
export function proseAfterImprint(text: string, c: LabeledCitation): LabeledCitation {
  const m = IMPRINT_THEN_SENTENCE.exec(text.slice(c.start, c.end)) ?? PAGE_THEN_SENTENCE.exec(text.slice(c.start, c.end))
  if (!m) return c
  const end = c.start + m[1]!.length
  const after = c.fields.filter((f) => f.start >= end)
  const rest = text.slice(end + 1, c.end).trim()
  if (after.length === 0 || !after.every((f) => TITLE_FIELDS.has(f.field)) || AFTER_IMPRINT.test(rest)) return c
  const words = rest.split(/\s+/u)
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length
  // A number in brackets is a sentence's reference to a list (`A decision mentioned in (1) is possible`), not a title's.
  if (words.length < 6 || lower * 5 < words.length * 3 || /\d/u.test(rest.replace(/\(\d{1,2}\)/gu, '')) || /["«»„“”‘’‚‹›]/u.test(rest)) return c
  return {...c, end, fields: c.fields.filter((f) => f.end <= end)}
}

/**
 * A name the model read as a citation of its own before an `Ibid.` (`Schulze,
 * ebd. Rn. 18, 20`; `Smith, ibid., 45`): the author the `Ibid.` names, one
 * citation.
 */
export function nameBeforeIbid(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  const out: LabeledCitation[] = []
  for (const c of citations) {
    const before = out[out.length - 1]
    const first = c.fields[0]
    const named = before !== undefined && before.fields.length > 0 && before.fields.every((f) => f.field === 'author')
    if (named && first?.field === 'abbrev' && backrefOf(first.text)?.kind === 'ibid' && /^\s*,\s*$/u.test(text.slice(before.fields.at(-1)!.end, c.start))) {
      out[out.length - 1] = {...c, start: before.start, first: before.first, confidence: Math.min(before.confidence, c.confidence), fields: [...before.fields, ...c.fields]}
    } else out.push(c)
  }
  return out
}

/** After an `Ibid.`: `, pages` (a list, a range, `p.`/`S.`, `f.`/`ff.`) to the end of its sentence or clause (`, 27.`, `, S. 10f.;`). */
const PAGES_AFTER_IBID = new RegExp(`^\\s*,\\s*((?:(?:${PAGE_ABBREVIATION})\\.\\s*)?${PAGE_NUMBERS}(?:\\s*f{1,2}\\.?)?(?:\\s*,\\s*${PAGE_NUMBERS})*)(?=\\s*(?:[.;]|$))`, 'u')

/**
 * An `Ibid.` the model ended before its page (`Ibid., 27. See also …`: `,
 * 27` read as prose, as the note's italics elsewhere may make it): the page
 * joins it.
 */
export function ibidPages(text: string, c: LabeledCitation, next: number): LabeledCitation {
  const first = c.fields[0]
  if (first?.field !== 'abbrev' || backrefOf(first.text)?.kind !== 'ibid' || c.fields.some((f) => f.field === 'page')) return c
  const m = PAGES_AFTER_IBID.exec(text.slice(c.end, next))
  if (!m) return c
  const page = c.end + m[0].lastIndexOf(m[1]!)
  return {...c, end: c.end + m[0].length, fields: [...c.fields, {field: 'page', start: page, end: page + m[1]!.length, text: m[1]!}]}
}

/** After `ibid`, a pinpoint labeled the OSCOLA way, with no period (`art 26(1)(d)`, `paras 75–77`, `s 12`, `recital 69`). */
const PINPOINT_NUMBER = '\\d[\\w()–-]*(?:\\.\\d[\\w()–-]*)*'
const LABELED_AFTER_IBID = new RegExp(`^\\s*,?\\s*((?:arts?|paras?|ss?|recitals?|chs?|pts?|schs?)\\.?\\s+${PINPOINT_NUMBER}(?:\\s*(?:and|,|–|-)\\s*${PINPOINT_NUMBER})*)`, 'u')

/**
 * An `ibid` the model read together with the pinpoint after it as one
 * back-reference (`ibid art 26(1)(d).` read as `ibid art 26(1`): the
 * back-reference is the word, the pinpoint its locator.
 */
export function ibidLabeledPinpoint(text: string, c: LabeledCitation): LabeledCitation {
  const first = c.fields[0]
  const word = first?.field === 'abbrev' ? /^ibid\.?|^id\./iu.exec(first.text) : null
  if (!first || !word || c.fields.some((f) => f.field === 'page')) return c
  const after = first.start + word[0].length
  const m = LABELED_AFTER_IBID.exec(text.slice(after))
  if (!m) return c
  const start = after + m[0].indexOf(m[1]!)
  const end = start + m[1]!.length
  const page = {field: 'page' as const, start, end, text: m[1]!}
  return {...c, end: Math.max(c.end, end), fields: [{...first, end: after, text: word[0]}, page, ...c.fields.slice(1).filter((f) => f.start >= end)]}
}

/** What joins a contribution to the book it is in: `, in `, `. In: `, `, dans `. */
const IN_JOIN = new RegExp(`^${quotationClass('close')}?[,.]?${quotationClass('close')}?\\s*(?:${containerJoins(true)})\\s*:?\\s*$`, 'u')
/** An editor's mark right after the names: `(eds.)`, `, ed.`, `(Hrsg.)`, `(dir.)`. */
const EDITOR_AFTER = new RegExp(`^\\s*,?\\s*[([]?\\s*(?:${roleMarks(['editor'], '', true)})\\b`, 'u')
/** The same mark read into the names (`Thomas Ertman (eds`). */
const EDITOR_AT_END = new RegExp(`[(,]\\s*(?:${roleMarks(['editor'], '', false)})\\.?\\)?$`, 'u')

/**
 * A chapter the model cut in two at its `in` (`Fulcher, “Shifting the
 * Paradigm,” in Victoria Johnson, Jane F. Fulcher, and Thomas Ertman (eds.),
 * Opera and Society …`): a citation of names and a title only, then `in`, then
 * one that opens with names marked as editors, is one citation.
 */
export function joinContainers(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return joinWithPrevious(citations, (before, c) => {
    const names = c.fields[0]
    const joins =
      IN_JOIN.test(textBetween(text, before, c)) &&
      (names?.field === 'author' || names?.field === 'editor') &&
      (EDITOR_AFTER.test(text.slice(names.end, names.end + 12)) || EDITOR_AT_END.test(names.text)) &&
      before.fields.some((f) => f.field === 'title') &&
      before.fields.every((f) => f.field === 'title' || f.field === 'author' || f.field === 'editor')
    return joins ? asEditors(names) : undefined
  })
}

/** The text between a citation's last field (or its end) and the next citation's start. */
function textBetween(text: string, before: LabeledCitation, c: LabeledCitation): string {
  return text.slice(before.fields[before.fields.length - 1]?.end ?? before.end, c.start)
}

/**
 * Each citation joined to the one before it when `join` gives the field its
 * first field becomes there (the names as editors, as translator): one
 * citation over both, its fields those of the first, that field, the rest.
 */
function joinWithPrevious(citations: readonly LabeledCitation[], join: (before: LabeledCitation, c: LabeledCitation) => LabeledCitation['fields'][number] | undefined): LabeledCitation[] {
  const out: LabeledCitation[] = []
  for (const c of citations) {
    const before = out[out.length - 1]
    const first = before === undefined ? undefined : join(before, c)
    if (before && first) out[out.length - 1] = {...before, end: c.end, last: c.last, confidence: Math.min(before.confidence, c.confidence), fields: [...before.fields, first, ...c.fields.slice(1)]}
    else out.push(c)
  }
  return out
}

/** Between a work and its translator's names: `, übers. v. `, `, trans. by `, `, trad. de ` (the translators' marks of ROLE_MARKS, `trad.`, `tr.`). */
const TRANSLATED_BY = new RegExp(`^\\s*[,.]?\\s*(?:${roleMarks(['translator'], '\\.', false)}|trad\\.|tr\\.|translated|übersetzt)\\s*(?:v\\.|von|by|de|di|par)?\\s*$`, 'iu')

/**
 * A work the model cut in two at its translator (`Quentin Meillassoux: Nach
 * der Endlichkeit. Versuch über …, übers. v. Roland Frommel, Zürich/Berlin:
 * diaphanes 2014`: the translator read as the author of a second work): one
 * citation, the names after the mark its translator.
 */
export function joinTranslator(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return joinWithPrevious(citations, (before, c) => {
    const names = c.fields[0]
    const joins =
      names?.field === 'author' &&
      before.fields.some((f) => f.field === 'title') &&
      !c.fields.some((f) => f.field === 'title' || f.field === 'container-title') &&
      TRANSLATED_BY.test(textBetween(text, before, c))
    return joins ? {...names, field: 'translator'} : undefined
  })
}

/** After an archive: the abbreviation it announces, then the call number (`(en adelante, AMV), legajo 123, exp. 4`). */
const ANNOUNCED_THEN_CALL_NUMBER = new RegExp(`^\\s*\\((?:${ANNOUNCEMENT})\\s*[,:]?\\s*\\p{Lu}[\\p{L}\\d-]{1,9}\\)\\s*,\\s*([^;()]*?\\d[^;()]*?)(?=\\s*[.;]?\\s*$|\\s*;)`, 'u')

/**
 * A citation the model ended at an archive whose abbreviation the author
 * announces (`«Padrón de vecinos», 1752, Archivo Municipal de Valdemora (en
 * adelante, AMV), legajo 123, exp. 4`: the parenthesis read as commentary):
 * the announcement belongs to the archive and the call number after it to
 * the citation.
 */
export function announcedArchive(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.map((c) => {
    const archive = c.fields[c.fields.length - 1]
    const m = archive?.field === 'archive' ? ANNOUNCED_THEN_CALL_NUMBER.exec(text.slice(archive.end)) : null
    if (!archive || !m) return c
    const close = archive.end + m[0].indexOf(')') + 1
    const at = archive.end + m[0].length - m[1]!.length
    const end = at + m[1]!.length
    const fields = [...c.fields.slice(0, -1), {...archive, end: close, text: text.slice(archive.start, close)}, {field: 'archive_location' as const, start: at, end, text: text.slice(at, end)}]
    return {...c, end, fields}
  })
}

/** Names marked as editors, without the mark read into them. */
function asEditors(names: LabeledCitation['fields'][number]): LabeledCitation['fields'][number] {
  const mark = EDITOR_AT_END.exec(names.text)
  if (!mark) return {...names, field: 'editor'}
  const text = names.text.slice(0, mark.index).trimEnd()
  return {...names, field: 'editor', end: names.start + text.length, text}
}

function segmentOf(text: string, c: LabeledCitation, previousEnd: number, url: string | undefined): {segment: Segment; covers: [number, number]} {
  const end = Math.max(c.start + 1, trimEnd(text, c.start, c.end))
  const {prefix, start: prefixStart} = prefixOf(text, previousEnd, c.start)
  return {
    segment: {start: c.start, end, text: text.slice(c.start, end), prefix, parsed: readCitation(text, c, url === undefined ? {} : {url})},
    covers: [prefix ? prefixStart : c.start, c.end]
  }
}

/** A rule that mends the model's labeled citations of a note before they are read, with the note it exists for. */
export interface SpanRule {
  name: string
  example: string
  apply: (text: string, citations: readonly LabeledCitation[]) => LabeledCitation[]
}

/** A rule of one citation, applied to each. */
const each =
  (rule: (text: string, c: LabeledCitation) => LabeledCitation): SpanRule['apply'] =>
  (text, citations) =>
    citations.map((c) => rule(text, c))

/** A rule of one citation and where the next one starts (or the note ends), applied to each. */
const eachWithNext =
  (rule: (text: string, c: LabeledCitation, next: number) => LabeledCitation): SpanRule['apply'] =>
  (text, citations) =>
    citations.map((c, i) => rule(text, c, citations[i + 1]?.start ?? text.length))

/** The rules that mend the model's spans, applied in order by `readNote`. */
export const SPAN_RULES: readonly SpanRule[] = [
  {name: 'an announced archive takes its call number', example: '«Padrón de vecinos», 1752, Archivo Municipal de Valdemora (en adelante, AMV), legajo 123, exp. 4.', apply: announcedArchive},
  {
    name: 'a chapter cut at its `in` before editors is one citation',
    example:
      'Fulcher, “Shifting the Paradigm,” in Victoria Johnson, Jane F. Fulcher, and Thomas Ertman (eds.), Opera and Society in Italy and France from Monteverdi to Bourdieu (Cambridge: Cambridge University Press, 2007), 1–25.',
    apply: joinContainers
  },
  {
    name: 'a work cut at its translator is one citation',
    example: 'Quentin Meillassoux: Nach der Endlichkeit. Versuch über die Notwendigkeit der Kontingenz, übers. v. Roland Frommel, Zürich/Berlin: diaphanes 2014, S. 165-166.',
    apply: joinTranslator
  },
  {
    name: 'two works read as one citation are split',
    example: 'Pierre Bourdieu, Le sens pratique, Paris, Minuit, 1980 et Pierre Bourdieu, Les structures sociales de l’économie, Paris, Seuil, 2000.',
    apply: splitAtNextWork
  },
  {
    name: 'court decisions after a semicolon are citations of their own',
    example: 'BGH, GRUR, 1991, 529 (530), - Explosionszeichnungen -; OLG Nürnberg, GRUR-RR, 2001, 225 (227), - Dienstanweisung -.',
    apply: splitBeforeCourt
  },
  {
    name: 'a translation cited after the work is a citation of its own',
    example: 'Jean Baudrillard, Simulacres et Simulation (Paris: Galilée, 1981), 10 f.; dt. Teilübers.: Agonie des Realen (Berlin: Merve, 1978).',
    apply: splitAtTranslation
  },
  {name: 'a citation ended at the opening mark of its title takes the quotation', example: 'Véanse Iglesias Pardo, «Expresiones regulares», y Ferrer Aranda, «Guía de uso».', apply: quotedTitleAfter},
  {
    name: 'a periodical’s date and page left after the citation join it',
    example: 'As a complaint in the local press shows (“The Hessle Ferry Once More,” Beverley Chronicle, 2 September 1848, 2); the commissioners did not intervene.',
    apply: trailingDate
  },
  {
    name: 'an issue and pages left after the citation join it',
    example: 'Luca Serafini, Il sale della laguna, «Rivista di storia adriatica», XII (1986), 2, pp. 145-180.',
    apply: trailingPages
  },
  {
    name: 'a bracket left at a citation’s edge is not the citation’s',
    example: 'Von Stein, Geschichte der sozialen Bewegung, Munchen 1921, p. 209, [as quoted in:] E.-W. Böckenförde, Society and Liberty, New York: Berg 1991, p. 121.',
    apply: each(strayBrackets)
  },
  {
    name: 'a citation run on into the words it quotes ends with its locator',
    example: 'Bereits früher Wiethölter, (Fn. 7), Rechtswissenschaft, 27: „Verständnis für ‚Recht heute‘ lässt sich nicht vermitteln.“',
    apply: each(endsBeforeQuotation)
  },
  {name: 'a second page joined by a conjunction joins the locator', example: 'Vgl. Wiethölter, (Fn. 7), Rechtswissenschaft, 9 und 28.', apply: each(joinedPages)},
  {name: 'a marginal number at the end of a citation is its locator', example: 'Vohwinkel, in: BeckOK UrhR, 42. Aufl. 2024, § 87a UrhG, Rn. 28 mwN.', apply: marginalNumber},
  {
    name: 'a sentence run on after the imprint in brackets is commentary',
    example:
      'P. Kennedy, The Rise of the Anglo-German Antagonism, 1860-1914 (London, 1980). The most detailed and wide-ranging historiographical assessment of this paradigm remains J. Rüger, “Revisiting the Anglo-German Antagonism”, Journal of Modern History, 83 (2011).',
    apply: each(proseAfterImprint)
  },
  {name: 'the numbers after a locator’s label left out join it', example: 'Turnbull, "Ode to David Sillar," in Poetical Essays (1788), ll. 15-20.', apply: numbersAfterLabel},
  {name: 'front-matter pages in roman numerals after the imprint join the citation', example: 'L. W. B. Brockliss, Calvet’s Web (New York, 2002), vii-viii.', apply: romanPages},
  {
    name: 'an archive’s abbreviation and call number left after the citation join it',
    example: 'Cf. «Padrón de vecinos de Valdemora de la Sierra», 1752, AMV, legajo 123, exp. 4, donde faltan los vecinos del arrabal.',
    apply: trailingArchive
  },
  {
    name: 'a short form ended inside its back-reference takes the rest of it and its page',
    example: 'Cf. Garnier, Naviguer et commercer, ouvr. cité, p. 230-231, et Mercier, Le Rhône et ses riverains, ouvr. cité, p. 95.',
    apply: backrefCut
  },
  {name: 'a list of author–date references is one citation per year', example: 'Reimer et al., 2009, 2013, 2020. Arnold et Libby, 1949. Libby, 1960.', apply: authorDateList},
  {name: 'a statute’s kind and number left before the citation join it', example: 'Ley 1527 de 2012. Libranzas y descuentos directos de nómina. Congreso de Colombia.', apply: statuteNameBefore},
  {name: 'a document named by its kind before its date has that name as its title', example: 'Vgl. Bericht vom 12.03.1879, StAK, Best. 12 Nr. 345.', apply: kindBeforeDate},
  {name: 'when a page was read, read as nothing, joins its citation', example: 'The Programming Historian, accessed 3 March 2021.', apply: accessedLeft},
  {name: 'a name before an Ibid. is its author', example: 'Schulze, ebd. Rn. 18, 20.', apply: nameBeforeIbid},
  {name: 'an ibid read with its labeled pinpoint is a back-reference and a locator', example: 'ibid art 26(1)(d).', apply: each(ibidLabeledPinpoint)},
  {name: 'an Ibid. takes the page left after it', example: 'Ibid., 27. See also Paul D. McLean, The Art of the Network (Durham, NC: Duke University Press, 2007).', apply: eachWithNext(ibidPages)},
  {
    name: 'an Ibid. ends with the sentence of its locator',
    example: 'Ibid., 106, 114-120. Statistical conclusion validity is concerned with the inferences drawn from the data.',
    apply: each(ibidAlone)
  },
  {name: 'a signal read into the citation is its prefix', example: 'So bereits Hoffmann; Keller, a.a.O., S. 70.', apply: each(signalInside)},
  {
    name: 'a title in quotation marks read as other fields is the title',
    example: '"Willa Cather Dies; Noted Novelist, 70" The New York Times, April 25, 1947, 21.',
    apply: each(quotedTitle)
  },
  {name: 'a number read as the volume or left after a paper’s day is its page', example: 'The New York Times, August 28, 1963, 27.', apply: each(pageAfterPaperDay)},
  {
    name: 'a sentence read as the title of a link the note points to is prose',
    example: 'Tf-idf is not a pre-processing step for topic models. See https://datascience.stackexchange.com/questions/21950.',
    apply: each(signalBeforeLink)
  },
  {
    name: 'a link left as prose after a signal is a citation',
    example: 'Para más información, consultar su ficha. Está disponible en la siguiente dirección: https://artelope.uv.es/basededatos/browserecord.php?-recid=53.',
    apply: signaledLink
  },
  {
    name: 'an author–date reference in brackets left as prose is a citation',
    example: 'La méthode fut mise au point dans les années 1940 (Dean, 1978).',
    apply: bracketedAuthorDate
  },
  {
    name: 'a legal citation left as prose, cut into pieces or run on is one citation',
    example: '§ 8 Abs. 1 Bibliotheksgesetz des Landes Sachsen-Anhalt, GVBl. 2010, S. 434: „Indem Bibliotheken den Zugang zu Informationen sichern, sind sie Bildungseinrichtungen.“',
    apply: legalCitationInProse
  },
  {
    name: 'a locator with its label written out, read as nothing inside the citation, is its page',
    example: 'Russian Orthodox Church, The Basic Teaching on Human Dignity, Freedom, and Rights (2008), section I.5. https://old.mospat.ru/en/documents/dignity-freedom-rights/i/',
    apply: each(labeledLocatorInside)
  },
  {
    name: 'pages between an imprint and a link are the page',
    example: 'W. E. Butler, “Influence in Russia,” in Grotius and International Relations, ed. Hedley Bull (Oxford University Press, 1992), 266, https://doi.org/10.1093/0198277717.003.0009.',
    apply: each(pagesBeforeLink)
  },
  {name: 'a number listed after the pages is a page', example: 'Statisticheskie svedeniia o sektantakh (St. Petersburg: Tipografiia, 1914), 33–35, 47, 51.', apply: each(pagesListed)},
  {name: 'a place opening with a saint’s abbreviation is whole', example: 'Izdanie Departamenta dukhovnykh del (St. Petersburg: Tipografiia, 1914), 33–35.', apply: each(saintInPlace)},
  {
    name: 'a publisher in brackets before the year, read into the field before it, is the publisher',
    example: 'V.M. Chkhikvadze, Sotsialisticheskii gumanizm i prava cheloveka (Nauka, 1978).',
    apply: each(publisherBeforeYear)
  },
  {
    name: 'a quoted container before another container is the title',
    example:
      'Anna Berg, “Introduction: Law and Conscience,” in Law and Faith in Modern Europe, ed. Paul Weber and Anna Berg (London and New York: Routledge, 2022), 1–20. For a summary of the reception of natural law see Peter Lang, “The Reception of Natural Law in Dogmatic Jurisprudence in the Late 19th Century,” Journal on European History of Law 4 (2013): 73.',
    apply: each(quotedContainerFirst)
  },
  {
    name: 'a name before a verb in the citation’s sentence is its author',
    example: 'Anna Weber discusses the Baltic ports in “Trade and the Sea: Riga in the Eighteenth Century,” Journal of Baltic Studies 19, no. 1 (2008): 216–219.',
    apply: each(authorInProse)
  },
  {name: 'a version written out is the version', example: 'Zotero, version 6.0.30 (Corporation for Digital Scholarship, 2023), https://www.zotero.org.', apply: each(writtenVersion)},
  {
    name: 'prose read into a short form’s author is left out',
    example: "Diversa l'interpretazione di Rinaldi, Contrabbandieri e doganieri cit., pp. 120-125, che insiste sull'autonomia delle comunità.",
    apply: each(proseInAuthor)
  }
]
