import {UNIT} from './archival-units.js'
import {alternation} from './alternation.js'
import {ACCESS_WORDS, DATE_THEN_PAGE, readDate} from './dates.js'
import type {LabeledCitation} from './model/reader.js'
import {PAGE_ABBREVIATION, PAGE_EMPHASIS, PAGE_NUMBERS, PINPOINT_ABBREVIATION} from './pages.js'
import {keptPeriods, LOCATOR_LABELS, quotationClass} from './lexicon.js'
import {MARGINAL_NUMBER} from './legal.js'
import {opensAsPerson} from './names.js'
import {spanBefore} from './model/spans.js'

type Field = LabeledCitation['fields'][number]

/**
 * A locator's abbreviated label: of pages and paragraphs (`p.`, `Rz.`), or any
 * other a locator has (`ll.`, `ch.`, `col.`), without its period; not `n.`,
 * which numbers an archive's items as often as it names a note (`registro
 * 388, n. 89`).
 */
const LABEL_ABBREVIATION = `(?:${PINPOINT_ABBREVIATION}|${alternation([...LOCATOR_LABELS.keys()].filter((w) => w.endsWith('.') && LOCATOR_LABELS.get(w) !== 'note').map((w) => w.slice(0, -1)))})`

/** Pages or ranges joined by commas, each perhaps with `f.`/`ff.` (`1-2, 5-6, 57-60`). */
const PAGE_LIST = `${PAGE_NUMBERS}(?:\\s*ff?\\.)?(?:\\s*,\\s*${PAGE_NUMBERS}(?:\\s*ff?\\.)?)*`

/** After a citation: `, date` and perhaps `, page` (`DATE_THEN_PAGE`), up to the end of its clause (`, 2 September 1848, 2);`). */
const DATE_PAGE_AFTER = new RegExp(`^,?\\s*${DATE_THEN_PAGE.pattern}(?=\\s*(?:[);.]|$))`, 'u')

/**
 * A periodical's date and page the model left after the citation (`(“The
 * Hessle Ferry Once More,” *Beverley Chronicle*, 2 September 1848, 2);`,
 * the date read as prose): a citation with a container and no date takes
 * them (a container read as a second title counts).
 */
export function trailingDate(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.map((c, i) => {
    const next = citations[i + 1]?.start ?? text.length
    const periodical = c.fields.some((f) => f.field === 'container-title') || c.fields.filter((f) => f.field === 'title').length >= 2
    if (!periodical || c.fields.some((f) => f.field === 'issued')) return c
    const m = DATE_PAGE_AFTER.exec(text.slice(c.end, next))
    if (!m || readDate(m[1]!) === undefined) return c
    const at = c.end + m[0].indexOf(m[1]!)
    const fields: Field[] = [...c.fields, {field: 'issued', start: at, end: at + m[1]!.length, text: m[1]!}]
    if (m[2]) {
      const page = c.end + m[0].lastIndexOf(m[2])
      fields.push({field: 'page', start: page, end: page + m[2].length, text: m[2]})
    }
    return {...c, end: c.end + m[0].length, fields}
  })
}

/** After a citation: `, ABBR, unit number, unit number` (`, AMV, legajo 123, exp. 4`). */
const ARCHIVE_THEN_UNITS = new RegExp(`^,?\\s*(\\p{Lu}[\\p{Lu}\\p{Ll}]{1,5}\\p{Lu})\\s*,\\s*(${UNIT}\\s*[\\dIVXLC][\\w/–-]*(?:\\s*,\\s*${UNIT}\\s*[\\dIVXLC][\\w/–-]*)*)`, 'iu')

/**
 * An archive's abbreviation and call number the model left after the
 * citation (`«Padrón de vecinos de Valdemora de la Sierra», 1752, AMV,
 * legajo 123, exp. 4, donde faltan …`, the rest read as prose): a citation
 * with no archive takes them, when the call number is written in units
 * (`ARCHIVAL_UNITS`).
 */
export function trailingArchive(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.map((c, i) => {
    const next = citations[i + 1]?.start ?? text.length
    if (c.fields.some((f) => f.field === 'archive' || f.field === 'archive_location')) return c
    const m = ARCHIVE_THEN_UNITS.exec(text.slice(c.end, next))
    // The pattern reads letters without regard to case (for the units): the abbreviation opens and ends with a capital (`AMV`, `AHPAl` not).
    if (!m || !/^\p{Lu}\p{L}*\p{Lu}$/u.test(m[1]!)) return c
    const archive = c.end + m[0].indexOf(m[1]!)
    const location = c.end + m[0].lastIndexOf(m[2]!)
    const fields: Field[] = [
      ...c.fields,
      {field: 'archive', start: archive, end: archive + m[1]!.length, text: m[1]!},
      {field: 'archive_location', start: location, end: location + m[2]!.length, text: m[2]!}
    ]
    return {...c, end: c.end + m[0].length, fields}
  })
}

/** The words after a page's title that say when it was read (`accessed`, `consulté le`, `abgerufen am`: `ACCESS_WORDS`), then the date, to the clause's end. */
const ACCESSED_AFTER = new RegExp(`^,?\\s*((?:${alternation(ACCESS_WORDS)})\\s+[^,;()]{4,40}?\\b(?:1[5-9]|20)\\d\\d)(?=\\s*(?:[);.]|$))`, 'iu')

/**
 * A linked title and when it was read, which the model did not take for a
 * citation (`[The Programming Historian](https://…), accessed 3 March
 * 2021.`): a web page, its title the link's text (its URL comes from the
 * link).
 */
export function linkedPage(text: string, citations: readonly LabeledCitation[], links: ReadonlyArray<{start: number; end: number}>): LabeledCitation[] {
  const added: LabeledCitation[] = []
  for (const link of links) {
    if (citations.some((c) => c.start < link.end && c.end > link.start)) continue
    const m = ACCESSED_AFTER.exec(text.slice(link.end))
    const title = text.slice(link.start, link.end)
    if (!m || !/\p{L}/u.test(title) || readDate(m[1]!) === undefined) continue
    const at = link.end + m[0].indexOf(m[1]!)
    const fields: Field[] = [
      {field: 'title', start: link.start, end: link.end, text: title},
      {field: 'accessed', start: at, end: at + m[1]!.length, text: m[1]!}
    ]
    added.push({start: link.start, end: at + m[1]!.length, first: 0, last: 0, confidence: 0.7, fields})
  }
  return added.length === 0 ? [...citations] : [...citations, ...added].sort((a, b) => a.start - b.start)
}

/** A name after a linked title: a dash, `by`/`von`/`de`/`par`/`por`, then two to four capitalised words, a quoted nickname allowed (`— Curtis "Ovid" Poe`). */
const NAME_AFTER_LINK =
  /^\s*(?:[—–]|--?|\b(?:by|von|de|par|por|di))\s+((?:\p{Lu}\.\s*|\p{Lu}[\p{Ll}'’-]+\s+)(?:["“‘«][\p{L}. ]{1,20}["”’»]\s+)?(?:\p{Lu}\.\s*|\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)(?=\s*(?:[,.;(]|$))/u

/** The fields that name people. */
const NAMES = new Set(['author', 'editor', 'translator'])
/** The fields a linked title may have been read as (`other`: its punctuation). */
const TITLE_OR_NAMES = new Set([...NAMES, 'title', 'other'])

/**
 * A link's text that opens a citation is the work's title (`[Alan Kay and
 * OO Programming](https://…) — Curtis "Ovid" Poe, 2019-05-17`, read as two
 * authors): when the model read names in it or began a citation inside it,
 * the text becomes one title, the citations over it one, and a name after a
 * dash or `by` (`von`, `de`, `par`, `por`) opened by a given name a reader
 * knows or initials is the author. A link written as a URL is no title, nor a
 * whole citation linked (a date or fields other than names and title in it).
 */
export function linkedTitle(text: string, citations: readonly LabeledCitation[], links: ReadonlyArray<{start: number; end: number}>): LabeledCitation[] {
  let out = [...citations]
  for (const link of links) {
    const over = out.filter((c) => c.start < link.end && c.end > link.start)
    const title = text.slice(link.start, link.end)
    if (over.length === 0 || over[0]!.start < link.start || !/\p{L}/u.test(title) || /^(?:https?:|www\.)/iu.test(title)) continue
    const inside = over.flatMap((c) => c.fields).filter((f) => f.start < link.end)
    if (over[0]!.start === link.start && !inside.some((f) => NAMES.has(f.field))) continue
    // A whole citation linked (`[Weischenberg, Siegfried: Journalismus …, in: Media Perspektiven 7, 2006, S. 359](…)`) is no title.
    if (inside.some((f) => !TITLE_OR_NAMES.has(f.field)) || /\b(?:1[5-9]|20)\d\d\b/u.test(title)) continue
    const merged = titledByLink(text, over, link)
    out = [...out.filter((c) => !over.includes(c)), merged].sort((a, b) => a.start - b.start)
  }
  return out
}

/** The citations over a link made one, its text their title, a name after it their author (`linkedTitle`). */
function titledByLink(text: string, over: readonly LabeledCitation[], link: {start: number; end: number}): LabeledCitation {
  const rest: Field[] = over
    .flatMap((c) => c.fields)
    .filter((f) => f.end > link.end)
    .map((f) => (f.start >= link.end ? f : {...f, start: link.end, text: text.slice(link.end, f.end)}))
    .filter((f) => /[\p{L}\p{N}]/u.test(f.text))
  const name = NAME_AFTER_LINK.exec(text.slice(link.end))
  const person = name && opensAsPerson(name[1]!)
  let fields: Field[] = [{field: 'title', start: link.start, end: link.end, text: text.slice(link.start, link.end)}, ...rest]
  let end = Math.max(...over.map((c) => c.end))
  if (person) {
    const at = link.end + name[0].length - name[1]!.length
    const author: Field = {field: 'author', start: at, end: at + name[1]!.length, text: name[1]!}
    fields = [...fields.filter((f) => f.end <= author.start || f.start >= author.end), author].sort((a, b) => a.start - b.start)
    end = Math.max(end, author.end)
  }
  return {start: link.start, end, first: over[0]!.first, last: over.at(-1)!.last, confidence: Math.min(...over.map((c) => c.confidence)), fields}
}

/** A locator as a short form ends with it: an abbreviated label (`p. 232`, `ch. xxviii`, `S. 5`) or a volume in roman numerals and a page (`i. 75`). */
const LOCATOR_AT_END = `(?:${LABEL_ABBREVIATION}\\.\\s*|[ivxlc]{1,6}\\.\\s*(?=\\d))[\\divxlc][\\divxlcf.,\\s–-]*`

/** A note that is a title, a comma and a locator (`The New Spirit, p. 232.`): the title is one to ten words opened by a capital. */
const TITLE_THEN_LOCATOR = new RegExp(`^(\\p{Lu}[^,;:!?()\\d]{0,80}?)\\s*,\\s*(${LOCATOR_AT_END})\\.?$`, 'iu')

/** Words that open a cross-reference or a signal, not a title (`Above, p. 12`, `Chapter 3`, `See, p. 5`). */
const NOT_A_TITLE_START =
  /^(?:above|below|supra|infra|see|cf|compare|ibid|ibidem|id|idem|vgl|siehe|ebd|voir|véase|vid|ders|dies|chapter|part|book|section|note|kapitel|teil|chapitre|capítulo|capitolo)\b/iu

/** Words of a sentence, not of a title: verbs and pronouns (`The argument is made at length in his later work, p. 12`). */
const PROSE_WORDS = new Set(
  'is are was were has have had be been made see i we my our his her its their this that these those which who ist sind war wird wurde hat wir est sont fut nous es son fue ha è sono'.split(' ')
)

/** One to ten words, at most five in lower case, none of a sentence's (`PROSE_WORDS`). */
function titleLike(words: string): boolean {
  const all = words.trim().split(/\s+/u)
  const lower = all.filter((w) => /^\p{Ll}/u.test(w))
  return all.length <= 10 && lower.length <= 5 && !lower.some((w) => PROSE_WORDS.has(w))
}

/**
 * A title and its locator making up the whole note, which the model took for
 * no citation (`The New Spirit, p. 232.`, `Autobiography, ch. xxviii.`,
 * `Letters of Lowell, i. 75.`: titles of a document that sets none in
 * italics): a short form. Not a cross-reference (`Above, p. 12`).
 */
export function titleWithLocatorAlone(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  if (citations.length > 0) return [...citations]
  const start = text.length - text.trimStart().length
  const m = TITLE_THEN_LOCATOR.exec(text.trim())
  if (!m || NOT_A_TITLE_START.test(m[1]!) || !titleLike(m[1]!)) return []
  const title = m[1]!.trim()
  const page = start + m[0].lastIndexOf(m[2]!)
  const locator = m[2]!.replace(/[\s.,]+$/u, '')
  const fields: Field[] = [
    {field: 'title', start, end: start + title.length, text: title},
    {field: 'page', start: page, end: page + locator.length, text: locator}
  ]
  return [{start, end: page + locator.length, first: 0, last: 0, confidence: 0.6, fields}]
}

/** A document's kind and what links it to its date (`Bericht vom 12.03.1879`, `Lettre du 4 mars 1850`, `Report of 12 May 1955`). */
const KIND_BEFORE_DATE = /^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,8}?)\s+(?:vom|von|du|del|de|of|dated|from)\s*$/u

/**
 * A document named by its kind before its date, the name read as nothing
 * (`Vgl. Bericht vom 12.03.1879, StAK, Best. 12 Nr. 345`): a citation with
 * no title and no names whose first field is its date takes those words as
 * its title.
 */
export function kindBeforeDate(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.map((c) => {
    const first = c.fields[0]
    if (first?.field !== 'issued' || c.fields.some((f) => f.field === 'title' || f.field === 'author' || f.field === 'editor')) return c
    const m = KIND_BEFORE_DATE.exec(text.slice(c.start, first.start))
    if (!m) return c
    return {...c, fields: [{field: 'title', start: c.start, end: c.start + m[1]!.length, text: m[1]!}, ...c.fields]}
  })
}

/**
 * When a page was read, written in the citation or right after it but read
 * as nothing (`The Programming Historian, accessed 3 March 2021`, `accessed
 * …` read as other): the citation takes it.
 */
export function accessedLeft(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.map((c, i) => {
    const last = c.fields[c.fields.length - 1]
    if (!last || c.fields.some((f) => f.field === 'accessed')) return c
    const next = citations[i + 1]?.start ?? text.length
    const m = ACCESSED_AFTER.exec(text.slice(last.end, next))
    if (!m || readDate(m[1]!) === undefined) return c
    const at = last.end + m[0].indexOf(m[1]!)
    return {...c, end: Math.max(c.end, at + m[1]!.length), fields: [...c.fields, {field: 'accessed', start: at, end: at + m[1]!.length, text: m[1]!}]}
  })
}

/** After a citation cut inside its back-reference (`…, ouvr` + `. cité`): the rest of it, then perhaps a page (`. cité, p. 230-231`), up to the end of the clause. */
const REST_OF_BACKREF = /^(\.\s*cit(?:ée?|ee?|ato|ata)?\.?)(?:\s*,\s*((?:pp?|S|s|c|cc|fol|f)\.\s*\d[\d\s–-]*?\d?[rv]?|\d{1,4}(?:\s*[–-]\s*\d{1,4})?))?(?=\s*(?:[,;.)]|$))/u

/** The word a back-reference starts with, read as the end of the last field (`ouvr`, `op`, `art`, `loc`). */
const BACKREF_HEAD = /(?:^|[\s,])(ouvr?|op|art|loc)$/u

/**
 * A short form the model ended inside its back-reference (`Garnier,
 * Naviguer et commercer, ouvr. cité, p. 230-231`: `ouvr` read into the
 * title, `. cité, p. 230-231` left as prose): the back-reference's first
 * word leaves the field it was read into, and the whole back-reference and
 * the page after it join the citation.
 */
export function backrefCut(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.map((c, i) => {
    const next = citations[i + 1]?.start ?? text.length
    const last = c.fields.at(-1)
    const head = last && last.end === c.end ? BACKREF_HEAD.exec(last.text) : null
    const rest = head ? REST_OF_BACKREF.exec(text.slice(c.end, next)) : null
    if (!last || !head || !rest) return c
    const from = last.end - head[1]!.length
    const kept = text.slice(last.start, from).replace(/[\s,]+$/u, '')
    const fields: Field[] = [...c.fields.slice(0, -1), ...(kept ? [{...last, end: last.start + kept.length, text: kept}] : [])]
    const abbrevEnd = c.end + rest[1]!.length
    fields.push({field: 'abbrev', start: from, end: abbrevEnd, text: text.slice(from, abbrevEnd)})
    if (rest[2]) {
      const page = c.end + rest[0].lastIndexOf(rest[2])
      fields.push({field: 'page', start: page, end: page + rest[2].length, text: rest[2]})
    }
    return {...c, end: c.end + rest[0].length, fields}
  })
}

/** After a citation: `, pages` (or lines, paragraphs) with their label, perhaps after `esp.` or after `, issue` (`, 2, pp. 145-180`; `, Rz. 602 ff.`; `, esp. pp. 94-103`; `, ll. 1-2, 5-6`), up to the end of the sentence or clause. */
const ISSUE_THEN_PAGES = new RegExp(`^\\)?\\s*,?\\s*(?:(\\d{1,4})\\s*,\\s*)?((?:(?:${alternation(PAGE_EMPHASIS.words)})\\s+)?${LABEL_ABBREVIATION}\\.\\s*${PAGE_LIST})(?=\\s*(?:[.;)]|$))`, 'u')

/** A locator's label written out (`section`, `chapters`; not `note`, which `supra note 12` uses), as written or capitalised. */
const LABEL_WORD = alternation([...LOCATOR_LABELS.keys()].filter((w) => /^\p{L}{4,}$/u.test(w) && LOCATOR_LABELS.get(w) !== 'note').flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))

/** A section's or chapter's number: arabic or roman, perhaps with its subdivisions (`19`, `I.5`, `3.2.1`). */
const DIVISION = '(?:\\d{1,4}|[IVXLC]{1,6})(?:\\.\\d{1,3})*'

/** After a citation: `, ` and a locator with its label written out (`(2008), section I.5.`, `, especially chapters 8 and 9`), to the end of the sentence or clause. */
const WORD_THEN_DIVISIONS = new RegExp(
  `^\\)?\\s*,\\s*()((?:(?:${alternation(PAGE_EMPHASIS.words)})\\s+)?(?:${LABEL_WORD})\\s+${DIVISION}(?:\\s*(?:,|–|-|and)\\s*${DIVISION})*)(?=\\s*(?:[.;)]|$))`,
  'u'
)

/** After a periodical's date: `: pages` or an article number (`(2014): e98679`, `(2020): 21`). */
const PAGES_AFTER_DATE = new RegExp(`^\\)?\\s*:?\\s*()(e\\d{3,12}|${PAGE_NUMBERS})(?=\\s*(?:[.;)]|$))`, 'u')

/**
 * Pages written with their label that the model left after a citation
 * (`Luca Serafini, Il sale della laguna…, «Rivista di storia adriatica»,
 * XII (1986), 2, pp. 145-180.`: `, 2, pp. 145-180` read as prose): a
 * citation with no page takes them, and the number before them is the
 * issue of a periodical (a citation with a volume). So do a locator whose
 * label is written out (`(2008), section I.5.`), and pages or an article
 * number after a colon after the citation's date (`PLoS ONE 9, n.º 6
 * (2014): e98679`).
 */
export function trailingPages(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.map((c, i) => {
    const next = citations[i + 1]?.start ?? text.length
    if (c.fields.some((f) => f.field === 'page')) return c
    // From the last field: pages the model took into the citation as no field (`(New Haven, 1999), págs. 23-114.`) count too.
    const from = Math.min(c.end, c.fields.at(-1)?.end ?? c.end)
    const after = text.slice(from, next)
    const dated = c.fields.at(-1)?.field === 'issued'
    const m = ISSUE_THEN_PAGES.exec(after) ?? WORD_THEN_DIVISIONS.exec(after) ?? (dated ? PAGES_AFTER_DATE.exec(after) : null)
    // the comma is after the citation or the last thing in it (`XII (1986),` + ` 2, pp. 145-180`), or a colon after its date
    const joined = m && (/^\)?\s*[,:]/u.test(m[0]) || /[,:]\s*$/u.test(text.slice(c.start, from)))
    if (!m || !joined || (m[1] && !c.fields.some((f) => f.field === 'volume'))) return c
    const fields: Field[] = [...c.fields]
    if (m[1]) {
      const issue = from + m[0].indexOf(m[1])
      fields.push({field: 'issue', start: issue, end: issue + m[1].length, text: m[1]})
    }
    const page = from + m[0].lastIndexOf(m[2]!)
    fields.push({field: 'page', start: page, end: page + m[2]!.length, text: m[2]!})
    return {...c, end: Math.max(c.end, from + m[0].length), fields}
  })
}

/**
 * A locator with its label written out that the model read as no field
 * between two of the citation's fields (`Russian Orthodox Church, *The
 * Russian Orthodox Church's Basic Teaching on Human Dignity* (2008), section
 * I.5. https://…`, the link read with the citation): a citation with no page
 * takes it as its page.
 */
export function labeledLocatorInside(text: string, c: LabeledCitation): LabeledCitation {
  if (c.fields.some((f) => f.field === 'page')) return c
  for (let i = 0; i + 1 < c.fields.length; i++) {
    const from = c.fields[i]!.end
    const m = WORD_THEN_DIVISIONS.exec(text.slice(from, c.fields[i + 1]!.start))
    if (!m) continue
    const page = from + m[0].lastIndexOf(m[2]!)
    const field: Field = {field: 'page', start: page, end: page + m[2]!.length, text: m[2]!}
    return {...c, fields: [...c.fields.slice(0, i + 1), field, ...c.fields.slice(i + 1)]}
  }
  return c
}

/** Between an imprint's year and a link: `), pages,` or `), pages.` (`1992), 266, https://doi.org/…`). */
const PAGES_BEFORE_LINK = new RegExp(`^\\s*\\)\\s*,\\s*(${PAGE_LIST})\\s*[,.]\\s*$`, 'u')

/**
 * Pages after an imprint in brackets that the model read as nothing, a link
 * after them (`(Oxford University Press, 1992), 266,
 * https://doi.org/10.1093/…`; `(Cincinnati, OH: …, 1900), 182. https://…`):
 * a citation with no page takes them as its page.
 */
export function pagesBeforeLink(text: string, c: LabeledCitation): LabeledCitation {
  if (c.fields.some((f) => f.field === 'page')) return c
  const at = c.fields.findIndex((f, i) => f.field === 'issued' && (c.fields[i + 1]?.field === 'URL' || c.fields[i + 1]?.field === 'DOI'))
  const m = at < 0 ? null : PAGES_BEFORE_LINK.exec(text.slice(c.fields[at]!.end, c.fields[at + 1]!.start))
  if (!m) return c
  const start = c.fields[at]!.end + m[0].indexOf(m[1]!)
  const page: Field = {field: 'page', start, end: start + m[1]!.length, text: m[1]!}
  return {...c, fields: [...c.fields.slice(0, at + 1), page, ...c.fields.slice(at + 1)]}
}

/**
 * Numbers listed after a page, which the model read as a volume or another
 * page (`(St. Petersburg: Tipografiia, 1914), 33–35, 47, 51.`: `47` read as
 * a volume): a volume never follows the pages, so the list is one page field.
 */
export function pagesListed(text: string, c: LabeledCitation): LabeledCitation {
  const at = c.fields.findIndex((f) => f.field === 'page')
  let last = at
  while (at >= 0 && listedNumber(text, c.fields[last]!, c.fields[last + 1])) last++
  if (last === at || !c.fields.slice(at + 1, last + 1).some((f) => f.field === 'volume')) return c
  const [first, end] = [c.fields[at]!, c.fields[last]!.end]
  const pages: Field = {field: 'page', start: first.start, end, text: text.slice(first.start, end)}
  return {...c, fields: [...c.fields.slice(0, at), pages, ...c.fields.slice(last + 1)]}
}

/** A page or a range of pages and nothing else (`47`, `33–35`). */
const PAGES_ALONE = new RegExp(`^${PAGE_NUMBERS}$`, 'u')

/** A bare number read as a page or a volume right after `field` and a comma. */
function listedNumber(text: string, field: Field, next: Field | undefined): boolean {
  return next !== undefined && (next.field === 'volume' || next.field === 'page') && PAGES_ALONE.test(next.text) && /^\s*,\s*$/u.test(text.slice(field.end, next.start))
}

/** A saint's abbreviation that opens an imprint's place, cut off before its period (`… (St` + `. Petersburg: …`). */
const SAINT_BEFORE_PLACE = new RegExp(`\\(\\s*(${keptPeriods(['saint'])})\\.\\s*$`, 'u')

/**
 * An imprint's place that opens with a saint's abbreviation, the model
 * having ended the field before it at the abbreviation (`(k 1 ianvaria 1912
 * g.), Izdanie … (St. Petersburg: Tipografiia, 1914)`: `St. Petersburg`
 * read as `(St` in the title and `Petersburg` as the place): the place
 * takes it back.
 */
export function saintInPlace(text: string, c: LabeledCitation): LabeledCitation {
  const at = c.fields.findIndex((f) => f.field === 'publisher-place')
  const place = c.fields[at]
  const m = place && at > 0 ? SAINT_BEFORE_PLACE.exec(text.slice(c.fields[at - 1]!.start, place.start)) : null
  if (!place || !m) return c
  const before = c.fields[at - 1]!
  const start = before.start + m.index + m[0].indexOf(m[1]!)
  const cut = text.slice(before.start, before.start + m.index).trimEnd()
  const fields = [...c.fields]
  fields[at] = {...place, start, text: text.slice(start, place.end)}
  if (cut) fields[at - 1] = {...before, end: before.start + cut.length, text: cut}
  else fields.splice(at - 1, 1)
  return {...c, fields}
}

/** A field's end: an opening bracket and a publisher's name, no colon (`Leninskie idei i sovremennost' (Nauka`). */
const PUBLISHER_OPENED = /\s\(\s*(\p{Lu}[^():;]{1,60}?)\s*$/u

/**
 * An imprint of a publisher and a year with no place (`(Nauka, 1978)`,
 * `(Alfred A. Knopf, 1990)`, as Chicago's 18th edition writes it), the
 * publisher read into the field before it (the title, a translator's names):
 * the field ends before the bracket and the publisher is its own field. Not
 * a date that is more than a year, nor a bracket holding a title (a period
 * after a word, then a capital) or a periodical and its volume.
 */
export function publisherBeforeYear(text: string, c: LabeledCitation): LabeledCitation {
  const at = c.fields.findIndex((f, i) => {
    const year = c.fields[i + 1]
    return year?.field === 'issued' && /^\d{4}[a-z]?$/u.test(year.text) && f.field !== 'publisher' && /^\s*,\s*$/u.test(text.slice(f.end, year.start)) && /^\s*\)/u.test(text.slice(year.end))
  })
  const field = c.fields[at]
  const m = field ? PUBLISHER_OPENED.exec(field.text) : null
  // Not a title or a periodical in the bracket (`(Dell'opra in musica. Trattato, 1772)`, `(Jahrbuch der Kgl. preuss. Kunstsammlungen I, 1880)`).
  if (!field || !m || /\p{Ll}{2}\.\s+\p{Lu}|\s(?:[IVXLC]+|\d+)$/u.test(m[1]!)) return c
  const cut = field.text.slice(0, m.index).trimEnd()
  const start = field.start + m.index + m[0].indexOf(m[1]!)
  const publisher: Field = {field: 'publisher', start, end: start + m[1]!.length, text: m[1]!}
  return {...c, fields: [...c.fields.slice(0, at), {...field, end: field.start + cut.length, text: cut}, publisher, ...c.fields.slice(at + 1)]}
}

/** A locator's label alone (`ll`, `pp`), then the period and the numbers the model left out (`ll. 15-20`). */
const LABEL_ALONE = new RegExp(`^${LABEL_ABBREVIATION}\\.?$`, 'iu')
const NUMBERS_AFTER_LABEL = new RegExp(`^\\.?\\s*(${PAGE_LIST})(?=\\s*(?:[.;)]|$))`, 'u')

/**
 * A citation cut after its locator's label (`Turnbull, "Ode to David
 * Sillar," in *Poetical Essays* (1788), ll. 15-20.`, read up to `ll`): the
 * page field takes the numbers after it.
 */
export function numbersAfterLabel(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.map((c, i) => {
    const last = c.fields.at(-1)
    if (last?.field !== 'page' || !LABEL_ALONE.test(last.text)) return c
    const m = NUMBERS_AFTER_LABEL.exec(text.slice(last.end, citations[i + 1]?.start ?? text.length))
    if (!m) return c
    const end = last.end + m[0].length
    return {...c, end: Math.max(c.end, end), fields: [...c.fields.slice(0, -1), {...last, end, text: text.slice(last.start, end)}]}
  })
}

/** Pages in lower-case roman numerals, a range perhaps (`xvi`, `vii-viii`). */
const ROMAN_PAGES = '[ivxlc]{1,7}(?:\\s*[–-]\\s*[ivxlc]{1,7})?'

/** After a book's imprint, a short title or an `Ibid.`: `, ` then pages in lower-case roman numerals (`(New York, 2002), vii-viii.`, `Ibid., viii.`), to the end of the sentence or clause. */
const ROMAN_PAGES_AFTER = new RegExp(`^[.)]?\\s*,\\s*(${ROMAN_PAGES})(?=\\s*(?:[.;]|$))`, 'u')

/**
 * Pages of a book's front matter, in roman numerals, left out of the
 * citation or read as nothing in it, after its imprint (`L. W. B. Brockliss,
 * Calvet's Web (New York, 2002), vii-viii.`) or in a citation with no date
 * at all, a short form or an `Ibid.` (`Shattock and Wolff, Victorian
 * Periodical Press, xvi.`; `Ibid., viii.`; two letters or more there, not
 * an archive's verso `v.`): the citation's page. Also when a short form's
 * title took them in (`Milbank, *Being Reconciled,* ix.`).
 */
export function romanPages(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.map((c, i) => {
    const last = c.fields.at(-1)
    const dated = c.fields.some((f) => f.field === 'issued')
    if (!last || (dated && last.field !== 'issued') || c.fields.some((f) => f.field === 'page')) return c
    const inTitle = !dated && last.field === 'title' ? romanPageInTitle(c, last) : c
    if (inTitle !== c) return inTitle
    const next = citations[i + 1]?.start ?? text.length
    const m = ROMAN_PAGES_AFTER.exec(text.slice(last.end, next))
    // With no imprint before it, one letter is not a page: `cc. 117-120, v.` is the verso.
    if (!m || (!dated && m[1]!.length < 2)) return c
    const page = last.end + m[0].lastIndexOf(m[1]!)
    const end = page + m[1]!.length
    return {...c, end: Math.max(c.end, end), fields: [...c.fields, {field: 'page', start: page, end, text: m[1]!}]}
  })
}

/** A title's last words after a comma in lower-case roman numerals, two letters or more (`Being Reconciled, ix`). */
const ROMAN_PAGES_AT_END = new RegExp(`,\\s*((?=[ivxlc]{2})${ROMAN_PAGES})$`, 'u')

/**
 * A short form's roman page read into its title, where the comma before it
 * was set in italics with the title (`Milbank, *Being Reconciled,* ix.`):
 * the title ends before the comma, the numerals are the page.
 */
function romanPageInTitle(c: LabeledCitation, title: LabeledCitation['fields'][number]): LabeledCitation {
  const m = ROMAN_PAGES_AT_END.exec(title.text)
  if (!m || m.index === 0) return c
  const page = title.start + m.index + m[0].lastIndexOf(m[1]!)
  const cut = {...title, end: title.start + m.index, text: title.text.slice(0, m.index)}
  return {...c, fields: [...c.fields.slice(0, -1), cut, {field: 'page', start: page, end: page + m[1]!.length, text: m[1]!}]}
}

/** Names as an author–date reference writes them: capitalized words, `et al.`, joined by `et`, `and`, `y`, `&` (`Reimer et al.`, `Arnold et Libby`). */
const AUTHOR_DATE_NAMES = /^\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:et|and|und|y|e|&|al\.?|\p{Lu}[\p{L}'’.-]*))*$/u

/** The fields an author–date list is made of: names (read as whatever), then years (the punctuation between is in no field). */
const NAME_FIELDS = new Set(['author', 'editor', 'publisher', 'container-title', 'title'])

/**
 * A list of author–date references read as one citation (`Reimer et al.,
 * 2009, 2013, 2020`; `Arnold et Libby, 1949. Libby, 1960`): one citation
 * per year, each with the names written last before it. Only when the
 * citation is names and years and nothing else.
 */
export function authorDateList(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.flatMap((c) => {
    const fields = c.fields
    const years = fields.filter((f) => f.field === 'issued')
    const names = fields.filter((f) => f.field !== 'issued')
    if (years.length < 2 || names.length === 0 || fields[0]!.field === 'issued') return [c]
    if (!years.every((y) => /^(?:1[5-9]|20)\d\d[a-z]?$/u.test(y.text)) || !names.every((n) => NAME_FIELDS.has(n.field) && AUTHOR_DATE_NAMES.test(n.text))) return [c]
    // A year in brackets after the bracketed imprint is the first edition's (`(Peter Smith 1973) (1941)`), not another reference.
    if (years.some((y, i) => i > 0 && /\)\s*\($/u.test(text.slice(years[i - 1]!.end, y.start)))) return [c]
    let author = names[0]!
    let start = c.start
    return years.map((year, i) => {
      const before = fields[fields.indexOf(year) - 1]!
      if (before.field !== 'issued') {
        author = {...before, field: 'author'}
        start = before.start
      } else start = year.start
      const end = i === years.length - 1 ? c.end : year.end
      return {...c, start, end, fields: [author, year]}
    })
  })
}

/** A marginal number (`Rn. 28`, `Rz. 602 ff.`, `Rdnr. 4`: legal.ts's `MARGINAL_NUMBER`) at the end of a citation, perhaps with `mwN` (and further references) after it. */
const MARGINAL_NUMBER_AT_END = new RegExp(`(?:^|[\\s,;])(${MARGINAL_NUMBER})(?:\\s*m\\.?\\s?w\\.?\\s?N\\.?)?\\s*[.;]?$`, 'u')

/**
 * The marginal number a German legal citation ends with, after a section of
 * a law or a case's name the model read into no field (`Vohwinkel, in: BeckOK
 * UrhR, 42. Aufl. 2024, § 87a UrhG, Rn. 28 mwN.`): the citation's locator,
 * when it has no page.
 */
export function marginalNumber(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.map((c) => {
    if (c.fields.some((f) => f.field === 'page')) return c
    const m = MARGINAL_NUMBER_AT_END.exec(text.slice(c.start, c.end))
    if (!m) return c
    const start = c.start + m.index + m[0].indexOf(m[1]!)
    const end = start + m[1]!.length
    if (c.fields.some((f) => f.end > start)) return c
    return {...c, fields: [...c.fields, {field: 'page', start, end, text: m[1]!}]}
  })
}

/** A page or pages after a comma, then a colon and an opening quotation mark: the locator, then the words quoted from it. */
const LOCATOR_THEN_QUOTATION = new RegExp(
  `,\\s*((?:(?:${PAGE_ABBREVIATION})\\.\\s*)?\\d{1,5}[a-z]?(?:\\s*[–-]\\s*\\d{1,5})?(?:\\s*ff?\\.?)?(?:\\s*(?:,|und|and|y|et|e)\\s*\\d{1,5}(?:\\s*ff?\\.?)?)*)\\s*:\\s*${quotationClass('open')}`,
  'u'
)

/**
 * A citation the model ran on into the words it quotes (`Wiethölter, (Fn.
 * 7), Rechtswissenschaft, 27: „Verständnis für ‚Recht heute‘ …“`): it ends
 * with its locator, before the colon; the quotation is the note's prose.
 */
export function endsBeforeQuotation(text: string, c: LabeledCitation): LabeledCitation {
  const m = LOCATOR_THEN_QUOTATION.exec(text.slice(c.start, c.end))
  if (!m) return endsAtBackReference(text, c)
  const end = c.start + m.index + m[0].indexOf(m[1]!) + m[1]!.length
  // A year before a colon is an author–date reference and its title (`Tsing, 2015: „Der Pilz …“`), not a locator.
  if (/^(?:1[5-9]|20)\d\d[a-z]?$/u.test(m[1]!.trim())) return c
  // A locator is cited from a work named before it (a title, a container, a back-reference).
  const locatorAt = c.start + m.index
  if (!c.fields.some((f) => (f.field === 'title' || f.field === 'container-title' || f.field === 'abbrev') && f.end <= locatorAt)) return c
  return endedAt(text, c, end)
}

/** The citation ended at `end`, its fields cut there. */
function endedAt(text: string, c: LabeledCitation, end: number): LabeledCitation {
  return {...c, end, fields: c.fields.filter((f) => f.start < end).map((f) => spanBefore(text, f, end))}
}

/** A back-reference with no page (`art. cit.`, `op. cit.`, `a.a.O.`, `loc. cit.`, `ouvr. cité`), then a colon and an opening quotation mark. */
const BACKREF_THEN_QUOTATION = new RegExp(`,\\s*((?:art|op|ob|loc)\\.\\s*cit\\.|a\\.\\s?a\\.\\s?O\\.|ouvr\\.\\s*cit[ée]|ebd\\.|ibid\\.)\\s*:\\s*${quotationClass('open')}`, 'iu')

/**
 * A short form the model ran on into the words it quotes (`Poe, art. cit.:
 * «And he's still bitter about choosing that word»`, the quotation read as the
 * title): it ends with its back-reference, before the colon.
 */
function endsAtBackReference(text: string, c: LabeledCitation): LabeledCitation {
  const m = BACKREF_THEN_QUOTATION.exec(text.slice(c.start, c.end))
  if (!m) return c
  const end = c.start + m.index + m[0].indexOf(m[1]!) + m[1]!.length
  return endedAt(text, c, end)
}

/** Pages joined by a conjunction (`9 und 28`, `6 and 7`), or a conjunction and the page after a page read. */
const JOINED_PAGES = /^\s*,?\s*((?:\p{L}{1,4}\.\s*)?\d{1,5}(?:\s*ff?\.?)?\s+(?:und|and|y|et|e)\s+\d{1,5}(?:\s*ff?\.?)?)(?![\p{L}\d/]|\.\d)/u
const PAGE_JOINED = /^\s+(?:und|and|y|et|e)\s+\d{1,5}(?:\s*ff?\.?)?(?![\p{L}\d/]|\.\d)/u

/**
 * Pages joined by a conjunction that the model left outside the page field,
 * or read as no field at all (`Wiethölter, (Fn. 7), Rechtswissenschaft, 9 und
 * 28.`): one page field over both, so that the locator is both.
 */
export function joinedPages(text: string, c: LabeledCitation): LabeledCitation {
  const last = c.fields.at(-1)
  if (!last) return c
  const after = last.field === 'page' ? PAGE_JOINED.exec(text.slice(last.end)) : null
  if (after) {
    const end = last.end + after[0].length
    return {...c, end: Math.max(c.end, end), fields: [...c.fields.slice(0, -1), {...last, end, text: text.slice(last.start, end)}]}
  }
  const pages = last.field === 'page' ? null : JOINED_PAGES.exec(text.slice(last.end))
  if (!pages) return c
  const start = last.end + pages[0].indexOf(pages[1]!)
  const end = start + pages[1]!.length
  return {...c, end: Math.max(c.end, end), fields: [...c.fields, {field: 'page', start, end, text: pages[1]!}]}
}

/**
 * A bracket left at a citation's edge, which opens or closes words between
 * two citations (`…, p. 209, [as quoted in:] E.-W. Böckenförde, State, …`):
 * not the citation's. The citation and its first or last field start after
 * a closing one and end before an opening one.
 */
export function strayBrackets(text: string, c: LabeledCitation): LabeledCitation {
  const lead = /^[\])]\s*:?\s*/u.exec(text.slice(c.start, c.end))?.[0].length ?? 0
  const tail = /\s*[[(]\s*$/u.exec(text.slice(c.start + lead, c.end))?.[0].length ?? 0
  if (lead === 0 && tail === 0) return c
  const start = c.start + lead
  const end = c.end - tail
  const fields = c.fields
    .filter((f) => f.end > start && f.start < end)
    .map((f) => (f.start < start || f.end > end ? {...f, start: Math.max(f.start, start), end: Math.min(f.end, end), text: text.slice(Math.max(f.start, start), Math.min(f.end, end))} : f))
  return {...c, start, end, fields}
}
