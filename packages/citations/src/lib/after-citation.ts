import {UNIT} from './archival-units.js'
import {readDate} from './dates.js'
import type {LabeledCitation} from './model/reader.js'

type Field = LabeledCitation['fields'][number]

/** After a citation: `, date` (a day, a month's name, a year: `2 September 1848`, `September 2, 1848`, `Sept. 1848`) and perhaps `, page`, up to the end of its clause (`, 2 September 1848, 2);`). */
const DATE_THEN_PAGE = /^,?\s*((?:\d{1,2}\.?\s+)?(?:\p{L}{3,}\.?\s+)?(?:\d{1,2},?\s+)?(?:de\s+)?(?:1[5-9]|20)\d\d)(?:,\s*(\d{1,4}(?:\s*[–-]\s*\d{1,4})?))?(?=\s*(?:[);.]|$))/u

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
    const m = DATE_THEN_PAGE.exec(text.slice(c.end, next))
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
const ARCHIVE_THEN_UNITS = new RegExp(`^,?\\s*(\\p{Lu}[\\p{Lu}\\p{Ll}]{1,5}\\p{Lu})\\s*,\\s*(${UNIT}(?:(?<=\\.)|(?!\\p{L}))\\s*[\\dIVXLC][\\w/–-]*(?:\\s*,\\s*${UNIT}(?:(?<=\\.)|(?!\\p{L}))\\s*[\\dIVXLC][\\w/–-]*)*)`, 'iu')

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
    const fields: Field[] = [...c.fields, {field: 'archive', start: archive, end: archive + m[1]!.length, text: m[1]!}, {field: 'archive_location', start: location, end: location + m[2]!.length, text: m[2]!}]
    return {...c, end: c.end + m[0].length, fields}
  })
}
