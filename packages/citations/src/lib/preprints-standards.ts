/**
 * Preprints and standards as notes cite them: the words and numbers that say
 * what they are (a repository and its identifier, a standard's designation),
 * and the readings the tables of `read-citation.ts` use (`FIELD_RULES`,
 * `TYPE_RULES`, `FIXED_FORMS`) and the span rule of `segment.ts`.
 *
 * CSL 1.0.2 (what Zotero's CSL-JSON import reads, schema `csl.types` and
 * `csl.fields`): a preprint is `article` (Zotero `preprint`), its repository
 * `publisher` (Zotero `repository`), its identifier `number` (Zotero
 * `archiveID`), `genre` the word `Preprint`; a standard is `standard`, its
 * designation `number`, its body `authority` (Zotero `organization`), its
 * revision `version` (Zotero `versionNumber`), a draft's `status`.
 */
import type {CslDate, CslFields, CslName} from '@octavo/tree'
import {escapeRegExp} from './alternation.js'
import {readDate} from './dates.js'

type Fields = CslFields

/** Preprint repositories as notes name them. */
const REPOSITORIES = String.raw`arXiv|bioRxiv|medRxiv|SSRN|SocArXiv|PsyArXiv|ChemRxiv|EarthArXiv|EdArXiv|TechRxiv|Research Square|Preprints\.org|OSF Preprints`
/** A preprint repository named in a note (`arXiv`, `bioRxiv`, `SSRN`, `SocArXiv`). */
export const PREPRINT_REPOSITORY = new RegExp(`^(?:${REPOSITORIES})$`, 'iu')
/** The same, as a word of the citation. */
const REPOSITORY_WORD = new RegExp(`(?<![\\p{L}/.])(${REPOSITORIES})(?![\\p{L}.]*\\/)`, 'iu')
/** An arXiv identifier with its class when written (`arXiv:2406.09246`, `arXiv:0909.4061 [Math]`, `arXiv:hep-ph/9911415v2 [hep-ph]`). */
export const ARXIV_ID = /\barXiv\s?:\s?((?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?)(?:\s*\[([\w.-]+)\])?/iu
/** The word for a preprint in the languages of the notes (`preprint`, `Preprint`, `preimpresión`, `prépublication`, `Vorabdruck`). */
export const PREPRINT_WORD = /(?<!\p{L})(?:pre-?print|preimpresión|prépublication|pré-publication|Vorabdruck|pre-?stampa)(?!\p{L})/iu

/** A link in the citation's text: words in it are no words of the citation. */
const LINK = /\b(?:https?:\/\/|www\.|doi:)\S+/giu

/** The citation's words without its links (each a run of spaces as long, so offsets hold). */
export const withoutLinks = (text: string): string => text.replace(LINK, (link) => ' '.repeat(link.length))

/** Whether a string field holds the identifier, or is the repository's name with it (`arXiv:2406.09246`, `arXiv preprint arXiv:2406.09246`). */
const holdsIdentifier = (value: unknown, id: string): boolean =>
  typeof value === 'string' && value.includes(id) && value.replace(id, '').replace(/\b(?:arXiv|preprint|e-prints?)\b|[\s,.;:[\]()]/giu, '') === ''

/**
 * A preprint's repository and identifier, read from the citation's words
 * (not from its link): `arXiv:2406.09246 [cs.RO]` is the number, `arXiv` the
 * repository; a repository named alone (`bioRxiv`, `preprint, arXiv`) is the
 * publisher; the word `preprint` the genre. A work in a journal or
 * proceedings (a container, a volume, an issue) keeps what it is.
 */
export function readPreprint(item: Fields, text: string): void {
  const own = withoutLinks(text)
  const id = ARXIV_ID.exec(own)
  const repository = REPOSITORY_WORD.exec(own)?.[1]
  const container = item['container-title']
  // The repository read as the container (`bioRxiv`): its publisher.
  if (typeof container === 'string' && PREPRINT_REPOSITORY.test(container.trim())) {
    item.publisher ??= container.trim()
    delete item['container-title']
  }
  if (item['container-title'] !== undefined || item.volume !== undefined || item.issue !== undefined) return
  if (!id && !repository) return
  if (id) {
    for (const key of ['publisher', 'number', 'genre', 'title-short', 'collection-title', 'note']) if (holdsIdentifier(item[key], id[0].replace(/\s*\[[^\]]*\]$/u, ''))) delete item[key]
    item.number = id[2] ? `arXiv:${id[1]} [${id[2]}]` : `arXiv:${id[1]}`
  }
  const publisher = item.publisher
  if (publisher === undefined || (typeof publisher === 'string' && PREPRINT_REPOSITORY.test(publisher.trim().replace(/[.,]$/u, '')))) item.publisher = canonicalRepository(repository ?? 'arXiv')
  const word = PREPRINT_WORD.exec(own)?.[0]
  if (word && item.genre === undefined) item.genre = word
}

/** The repository as it spells itself (`ArXiv` → `arXiv`). */
function canonicalRepository(name: string): string {
  const known = ['arXiv', 'bioRxiv', 'medRxiv', 'SSRN', 'SocArXiv', 'PsyArXiv', 'ChemRxiv', 'EarthArXiv', 'EdArXiv', 'TechRxiv', 'Research Square', 'Preprints.org', 'OSF Preprints']
  return known.find((k) => k.toLowerCase() === name.toLowerCase()) ?? name
}

/** A preprint: its repository, or the genre that says so, and no journal or proceedings. */
export function isPreprint(item: Fields): boolean {
  if (item['container-title'] !== undefined || item.volume !== undefined || item.issue !== undefined) return false
  return PREPRINT_REPOSITORY.test(String(item.publisher ?? '').trim()) || PREPRINT_WORD.test(String(item.genre ?? ''))
}

/**
 * A standard's designation: its body's letters and its number, a year or
 * part after a colon or dash (`ISO/IEC 14443-3:2011`, `DIN EN ISO
 * 9001:2015-11`, `NIST SP 800-171`, `RFC 9110`, `IEEE Std 802.11-2020`,
 * `ASTM D638-14`, `ITU-T Rec. X.509`), and a revision after it (`Rev. 2`).
 */
const DESIGNATION_SOURCE =
  '(?:E\\s+)?(?:(?:DIN(?:\\s+SPEC)?|ÖNORM|SN|BS|NF|UNE|ISO(?:\\/(?:IEC|TS|TR|PAS))?|IEC|ISO\\/IEC(?:\\/IEEE)?)(?:\\s+(?:EN|ISO|IEC|ISO\\/IEC|TS|TR|PAS))*\\s+\\d{3,}(?:[-.]\\d+)*(?::\\d{4}(?:-\\d{2})?)?(?:\\/A\\d+(?::\\d{4})?)?' +
  '|EN\\s+(?:ISO\\s+)?\\d{3,}(?:[-.]\\d+)*(?::\\d{4}(?:-\\d{2})?)?' +
  '|ASTM\\s+[A-Z]\\d+(?:[-.]\\d+)*[a-z]?' +
  '|IEEE\\s+Std\\s+\\d+(?:\\.\\d+)*[a-z]?(?:-\\d{4})?' +
  '|NIST\\s+(?:SP|IR|FIPS)\\s+\\d+(?:-\\d+)*[A-Za-z]?' +
  '|FIPS(?:\\s+PUB)?\\s+\\d+(?:-\\d+)?' +
  '|RFC\\s?\\d{3,5}' +
  '|ITU-T\\s+(?:Rec\\.\\s+)?[A-Z]\\.\\d+)'
const REVISION_SOURCE = '(?:,?\\s+(Rev(?:\\.|ision)\\s*\\d+(?:\\.\\d+)?))?'
export const STANDARD_DESIGNATION = new RegExp(`(?<![\\p{L}\\d])(${DESIGNATION_SOURCE})${REVISION_SOURCE}(?![\\p{L}\\d])`, 'u')

/** A standards body named as the author (`International Organization for Standardization`, `Deutsches Institut für Normung`, `NIST`). */
const STANDARDS_BODY =
  /^(?:International Organi[sz]ation for Standardi[sz]ation|ISO|International Electrotechnical Commission|IEC|Deutsches Institut für Normung(?: e\. ?V\.)?|DIN|European Committee for Standardi[sz]ation|CEN|National Institute of Standards and Technology|NIST|Institute of Electrical and Electronics Engineers|IEEE(?: Standards Association)?|Internet Engineering Task Force|IETF|ASTM International|American National Standards Institute|ANSI|British Standards Institution|BSI|International Telecommunication Union|ITU|Österreichisches Normungsinstitut|Austrian Standards(?: International)?|Schweizerische Normen-Vereinigung|SNV|World Wide Web Consortium|W3C)$/iu

/** The series of the IETF's RFCs (`BCP 14`, `STD 97`, `FYI 36`). */
const IETF_SERIES = /^(BCP|STD|FYI)\s+(\d+)$/u

/** Fields the model reads a designation into. */
const DESIGNATION_FIELDS = ['title', 'publisher', 'publisher-place', 'number', 'collection-title', 'genre', 'container-title', 'archive_location'] as const

/** The status of a standard not yet in force (`Draft`, `Entwurf`, `E DIN …`). */
const STATUS_WORD = /(?<!\p{L})(Draft|Entwurf|projet|proyecto)(?!\p{L})/iu

/** The year (and month) the designation dates the standard by (`:2011`, `:2015-11`, IEEE's `-2020`). */
function designationDate(number: string): CslDate | undefined {
  const m = /:(\d{4})(?:-(\d{2}))?$/u.exec(number) ?? /^IEEE\s+Std\s+\S+-(\d{4})$/u.exec(number)
  if (!m) return undefined
  return {'date-parts': [m[2] ? [Number(m[1]), Number(m[2])] : [Number(m[1])]]}
}

/**
 * A standard's fields read from its designation in the citation: the
 * designation (without its revision) the number, the revision the version,
 * a draft's word the status, a standards body named as the author the
 * authority; the designation taken out of the field it was read into.
 */
export function readStandard(item: Fields, text: string): boolean {
  const own = withoutLinks(text)
  const m = STANDARD_DESIGNATION.exec(own)
  if (!m) return false
  const number = m[1]!.replace(/^E\s+/u, '')
  // Fields read from the designation's words (`IEEE Std 802.11-2020` as the title; `NIST SP 800-171 Rev` as a container,
  // `2` as its issue); a field that names the designation among other words is about the standard (`Qualitätsmanagement
  // nach ISO 9001`), a volume, an issue or pages elsewhere make the citation another's.
  // Written only within the designation (`NIST` of `Gaithersburg, MD: NIST` is the publisher's too).
  const inside = (value: string): boolean => {
    const at = [...own.matchAll(new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(value)}(?![\\p{L}\\d])`, 'gu'))].map((o) => o.index)
    return at.length > 0 && at.every((i) => i >= m.index && i + value.length <= m.index + m[0].length)
  }
  const part = [...DESIGNATION_FIELDS, 'volume', 'issue'].filter((key) => typeof item[key] === 'string' && inside((item[key] as string).trim()))
  // An RFC's series (`BCP 14, RFC 2119`, the RFC Editor's form) read as a volume: the collection and its number.
  const series = ['volume', 'issue'].find((key) => typeof item[key] === 'string' && IETF_SERIES.test(item[key] as string))
  const other = (key: string): boolean => item[key] !== undefined && !part.includes(key) && key !== series
  if (DESIGNATION_FIELDS.some((key) => other(key) && String(item[key]).includes(number)) || ['volume', 'issue', 'page'].some(other)) return false
  // Read into no field, the designation stands beside a title (`Protecting … Information, NIST SP 800-171 Rev. 2`).
  if (part.length === 0 && item.title === undefined && titleAsAuthor(item) === undefined) return false
  // A container besides: the standard's title when the designation was read as the title (`IEEE Std 802.11-2020, IEEE Standard for …`).
  const container = item['container-title']
  if (other('container-title') && !part.includes('title')) return false
  for (const key of part) delete item[key]
  if (series) {
    const [, name, n] = IETF_SERIES.exec(item[series] as string)!
    item['collection-title'] = name!
    item['collection-number'] = n!
    delete item[series]
  }
  if (typeof container === 'string' && item.title === undefined && item['container-title'] !== undefined) {
    item.title = container
    delete item['container-title']
  }
  bodyAsAuthority(item, (name) => name.includes(number) || inside(name) || inside(name.split(' ').reverse().join(' ')))
  // A date read from the designation's numbers (`IEEE Std 1596-1992` as 1596–1992): the designation's year instead.
  const years = (item.issued?.['date-parts'] ?? []).map((parts) => String(parts[0]))
  if (years.some(inside)) delete item.issued
  item.number = number
  if (m[2]) item.version = m[2]
  const status = STATUS_WORD.exec(text)?.[1] ?? (/^E\s/u.test(m[1]!) ? 'Entwurf' : undefined)
  if (status) item.status = status
  const dated = item.issued ?? designationDate(number)
  if (dated) item.issued = dated
  return true
}

/** A standard's title read as its one author, a literal name (`IEEE Standard for Floating-Point Arithmetic`), when it has none. */
function titleAsAuthor(item: Fields): string | undefined {
  const authors = (item.author as CslName[] | undefined) ?? []
  const named = authors.length === 1 ? authors[0]!.literal : undefined
  return item.title === undefined && named !== undefined && /\b(?:Standard|Norm)\b/u.test(named) && !STANDARDS_BODY.test(named) ? named : undefined
}

/** A standards body read as the author is the standard's authority; a name read from the designation (`IEEE Std`) is none; a standard's title read as the author (`IEEE Standard for Floating-Point Arithmetic`) is its title. */
function bodyAsAuthority(item: Fields, ofDesignation: (name: string) => boolean): void {
  const title = titleAsAuthor(item)
  if (title !== undefined) {
    item.title = title
    delete item.author
    return
  }
  const authors = (item.author as CslName[] | undefined) ?? []
  const kept = authors.filter((a) => {
    const name = a.literal ?? [a.given, a.family].filter((p) => p).join(' ')
    if (ofDesignation(name)) return false
    if (!STANDARDS_BODY.test(name.trim())) return true
    item.authority ??= name.trim()
    return false
  })
  if (kept.length > 0) item.author = kept
  else delete item.author
}

/**
 * A standard cited by its designation, its title after it, a body and its
 * abbreviation before it: `International Organization for Standardization
 * (ISO, o.J.) ISO/IEC 14443-3:2011. Identification cards – …`, `DIN EN ISO
 * 9001:2015-11, Qualitätsmanagementsysteme – Anforderungen`, `NIST SP 800-171
 * Rev. 2`. Read whole, whatever the model labeled.
 */
export function readStandardWhole(text: string): Fields | undefined {
  const t = text.trim().replace(/[.;,]$/u, '')
  const re = new RegExp(`^(?:([^()\\d]{3,}?)\\s*(?:\\(([^()]*)\\)[,.:]?|[,.:])\\s+)?(${DESIGNATION_SOURCE})${REVISION_SOURCE}(?:\\s*\\((\\d{4})\\))?(?:[.,:]?\\s+(?:[–-]\\s+)?(\\S.*?))?$`, 'u')
  const m = re.exec(t)
  if (!m) return undefined
  const [, body, inBrackets, designation, revision, year, rest] = m
  if (body !== undefined && !STANDARDS_BODY.test(body.trim())) return undefined
  // The title, and the imprint in brackets after it (`… references (Geneva: ISO, 2010)`).
  const imprint = rest === undefined ? null : IMPRINT_AT_END.exec(rest)
  const title = imprint ? rest!.slice(0, imprint.index).trim() : rest
  if (title !== undefined && !standardTitle(title)) return undefined
  const number = designation!.replace(/^E\s+/u, '')
  const item: Fields = {type: 'standard', number}
  if (title) item.title = title.trim()
  if (body) item.authority = body.trim()
  if (revision) item.version = revision
  if (/^E\s/u.test(designation!) || STATUS_WORD.test(title ?? '')) item.status = STATUS_WORD.exec(title ?? '')?.[1] ?? 'Entwurf'
  if (imprint?.[1]) item['publisher-place'] = imprint[1].trim()
  if (imprint?.[2]) item.publisher = imprint[2].trim()
  const dated = imprint?.[3] ?? year ?? /\b(\d{4})\b/u.exec(inBrackets ?? '')?.[1]
  const issued = dated ? readDate(dated) : designationDate(number)
  if (issued) item.issued = issued
  return item
}

/** An imprint in brackets at the end: place, publisher, year (`(Geneva: ISO, 2010)`, `(Berlin: Beuth, 1984)`, `(2010)`). */
const IMPRINT_AT_END = /\s*\((?:([^():,]+):\s*)?(?:([^():,]+),\s*)?(\d{4})\)$/u

/**
 * Words that can be a standard's title: in capitals at the start, with no
 * other designation in them (`DIN EN ISO 9001:2015-11 sowie ISO/IEC 27001` is
 * two), no `in:` of a contribution, no page range at the end.
 */
function standardTitle(title: string): boolean {
  if (!/^[\p{Lu}\d“"«„]/u.test(title) || STANDARD_DESIGNATION.test(title)) return false
  return !/\b(?:in|In):?\s/u.test(title) && !/\d{1,4}\s*[–-]\s*\d{1,4}$/u.test(title)
}
