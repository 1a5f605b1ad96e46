import {UNIT} from './archival-units.js'
import {alternation} from './alternation.js'
import {DATE_ROLE_WORDS, DATE_THEN_PAGE, readDate} from './dates.js'
import type {LabeledCitation} from './model/reader.js'

type Field = LabeledCitation['fields'][number]

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

/** The words after a page's title that say when it was read (`accessed`, `consulté le`, `abgerufen am`: `DATE_ROLE_WORDS`), then the date, to the clause's end. */
const ACCESSED_AFTER = new RegExp(`^,?\\s*((?:${alternation(DATE_ROLE_WORDS.flatMap((r) => r.words))})\\s+[^,;()]{4,40}?\\b(?:1[5-9]|20)\\d\\d)(?=\\s*(?:[);.]|$))`, 'iu')

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
