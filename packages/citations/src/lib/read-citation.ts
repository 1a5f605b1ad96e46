import {fold, type CslDate, type CslFields, type CslName} from '@octavo/tree'
import {alternation, escapeRegExp} from './alternation.js'
import {archivalUnits} from './archival-units.js'
import {LEXICONS} from './model/lexicons.js'
import {ACCESS_WORDS, DATE_THEN_PAGE, dateRunOn, readDate} from './dates.js'
import {spanBefore, type FieldSpan} from './model/spans.js'
import {LEGAL_FORMS} from './legal.js'
import {isPreprint, readPreprint, readStandard, readStandardWhole, STANDARD_DESIGNATION, withoutLinks} from './preprints-standards.js'
import {capitalisedName, isEastAsianFamily, isOrganisationName, knownGivenName, opensAsPerson, readNameList} from './names.js'
import {PAGE_ABBREVIATION, PINPOINT_ABBREVIATION, readPages} from './pages.js'
import {
  ANNOUNCEMENT,
  ARCHIVE_WORDS,
  closingMarks,
  containerJoins,
  editionPattern,
  keptPeriods,
  QUOTATION_MARKS,
  quotationClass,
  quotationMarks,
  roleMarks,
  GIVEN_NAMES,
  NAME_PARTICLES,
  SEASONS,
  SPANISH_GIVEN_NAMES,
  VERSION
} from './lexicon.js'
import {least} from '@octavo/tree'

/** A CSL item before it gets its id. */
export type ItemFields = CslFields

/** A back-reference written in the citation and what it points to. */
export type BackRef =
  | {kind: 'ibid'; word: string} // `Ibid.`, `ebd.`, `ivi`: the work cited just before
  | {kind: 'idem'; word: string} // `Id.`, `Idem`, `ders.`, `dies.`: the author cited just before
  | {kind: 'opcit'; word: string} // `op. cit.`, `cit.`, `art. cit.`, `ouv. cité`, `a.a.O.`: the author's work cited earlier
  | {kind: 'supra'; word: string; note: number | undefined} // `supra note 12`: the work cited in note 12

/** One citation read from the model's spans (no resolution yet). */
export interface CitationReading {
  form: 'full' | 'short' | 'ibid'
  /** What the citation says about the work (empty for `Ibid.`). */
  item: ItemFields
  locator: string | null
  label: string
  /** For short forms: the family names and title written. */
  shortNames: string[]
  shortTitle: string
  backref: BackRef | undefined
  /** The model's certainty, 0–1. */
  confidence: number
  warnings: string[]
}

/**
 * Of two links joined by a word (`https://a.org et https://b.org`), the
 * first; a URL that text extraction broke with spaces (`http://www. example.
 * org/a`) is kept as written. A parenthesis opened in the link and never
 * closed there starts the words after it (`…/nfdi120_en.pdf(abgerufen am
 * 04.12.2019)`); one closed stays (`…/wiki/Mercury_(planet)`).
 */
function firstUrl(text: string): string {
  const second = /\s+\S*\s*(?:https?:\/\/|www\.)/iu.exec(text)
  const first = second ? text.slice(0, second.index).replace(/>$/u, '') : text
  const unclosed = /\((?![^()\s]*\))/u.exec(first)
  return unclosed && unclosed.index > 0 ? first.slice(0, unclosed.index).trimEnd() : first
}

/** Back-reference words (folded, without periods and spaces) and their kind. */
export const BACKREF_WORDS: ReadonlyArray<{kind: BackRef['kind']; example: string; written: readonly string[]; words: readonly string[]}> = [
  {
    kind: 'ibid',
    example: 'Ibid., p. 4; Ebd., S. 12; Ivi, p. 7; Ibíd., p. 3; Id. at 45',
    written: ['Ibid.', 'Ebd.', 'ebenda', 'Ivi', 'Ibíd.', 'Ibidem', 'Id. at'],
    words: ['ibid', 'ibidem', 'ib', 'ibd', 'ebd', 'ebda', 'ebenda', 'ivi', 'idat']
  },
  {
    kind: 'idem',
    example: 'Id., Storia di Venezia; Ders., Die Stadt; Idem, Histoire',
    written: ['Id.', 'Ders.', 'Dies.', 'Idem', 'Eadem'],
    words: ['id', 'idem', 'eadem', 'iidem', 'eaedem', 'ders', 'dies', 'derselbe', 'dieselbe', 'dieselben']
  },
  {
    kind: 'opcit',
    example: 'Müller, a.a.O., S. 5; Dupont, op. cit., p. 9; Rossi, cit., p. 4; Martin, art. cit., p. 3; Lévi, ouv. cité, p. 2',
    written: ['a.a.O.', 'op. cit.', 'cit.', 'art. cit.', 'art. cité', 'article cité', 'ouv. cit.', 'ouv. cité', 'ouvr. cit.', 'ouvr. cité', 'ouvrage cité', 'thèse citée', 'loc. cit.', 'o. c.'],
    words: [
      'opcit',
      'cit',
      'artcit',
      'ouvcit',
      'ouvcite',
      'ouvrcit',
      'ouvrcite',
      'ouvragecite',
      'artcite',
      'thesecitee',
      'articlecite',
      'loccit',
      'aao',
      'oc',
      'opcitato',
      'operecitata',
      'citato',
      'citata',
      'cite',
      'citee'
    ]
  },
  {
    kind: 'supra',
    example: 'Smith, supra note 12, at 45; Jones, supra n 4; above n 3',
    written: ['supra note 12', 'supra n 4', 'above n 3', 'supra'],
    words: ['supra', 'supranote', 'supran', 'aboven', 'infra']
  }
]

/** The words that join a part to its book, right before the book's title, in any case and with a colon (`, in `, `. In: `, `dans «`). */
const JOINED_BEFORE = new RegExp(`(?:^|[\\s,.;(\\[])(?:${containerJoins(true)})\\s*:?\\s*\\]?\\s*${quotationClass('open')}?\\s*$`, 'u')

/** Editors named before the title of the book a part is in (`in: H. E. Barnes, An Introduction …`, `in: Danneberg/Gilbert/Spoerhase, Das Werk …`): initials and a family name, or family names joined by `/`, `and`, `und`, `y`, `&`. */
const INITIALS_FAMILY = String.raw`(?:\p{Lu}\.\s*(?:-\s*)?)+(?:(?:v\.|von|van|de|di|du|le|la)\s+)?\p{Lu}[\p{Ll}'\u2019-]+`
const EDITORS_BEFORE_CONTAINER = new RegExp(
  String.raw`^((?:${INITIALS_FAMILY}(?:\s*(?:,|\/|and|und|y|&)\s*${INITIALS_FAMILY})*)|(?:\p{Lu}[\p{Ll}'\u2019-]+(?:\s*\/\s*\p{Lu}[\p{Ll}'\u2019-]+)+)),\s+(\p{Lu}\S*(?:\s+\S+)+)$`,
  'u'
)

/** A title that ends with a publisher after a full stop or comma: its press word first (`Editorial Iberia S.A.`, `Ediciones Cátedra`) or last (`Oxford University Press`). */
const PUBLISHER_AT_TITLE_END =
  /^(.{8,}?\p{L}.*?)[.,]\s+((?:Editorial|Ediciones|Editora|Edizioni|Éditions|Editions|Verlag)\s+\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}(?:\s+S\.\s?[AL]\.?)?|(?:\p{Lu}[\p{L}&'’-]*\s+){1,3}(?:University Press|Press|Verlag|Publishing|Publishers))\.?$/u

/** One family name before the book's title, German style (`in: Neubauer, Elektronisches Publizieren und Bibliotheken`): only after `in:` with its colon, not a place. */
const ONE_NAME_THEN_TITLE = /^(\p{Lu}\p{Ll}[\p{Ll}'’-]+),\s+(\p{Lu}\S*(?:\s+\S+){1,})$/u

function oneEditorAfterInColon(container: string, before: string): RegExpExecArray | null {
  const m = /(?:^|[\s,.;(])[Ii]n:\s*$/u.test(before) ? ONE_NAME_THEN_TITLE.exec(container) : null
  return m && !knownPlace(m[1]!) ? m : null
}

/** A container that ends with an imprint: `… Eine Chronik. Kellstadt: Stadtwerke Kellstadt` (what comes before, the last period, the place, a colon, the publisher). */
const IMPRINT_AT_END = /^(.*\S)\.\s+(\p{Lu}[\p{L}./ -]{1,30}?):\s+(\p{Lu}[^:.]{1,60})$/u

/** After a title's closing mark, the words that join it to the book it is in, then the book (`», dans Les lieux de mémoire`). */
const JOINED_AFTER_TITLE = new RegExp(`^\\s*,?\\s*(?:${containerJoins(true)})\\s*:?\\s+(\\p{Lu}.*)$`, 'u')

/** After the imprint, a series and its number in parentheses: `(Biblioteca di storia sociale, 27)`, `(Studien zur Geschichte, Bd. 4)`. */
const SERIES_IN_PARENTHESES = /\((\p{Lu}[\p{L}'’ .-]{3,80}?),\s*(?:(?:Bd|vol|n|no|nr|t)\.?\s*)?(\d{1,4})\)/u

/** A call number, then a document's description in lower case (`reg. 14, c. 102r, ducale al podestà di Cervara`). */
const DESCRIBED_AFTER_CALL_NUMBER = /^(.*\d[\p{L}\d]*),\s*(\p{Ll}[\p{L}'’]+(?:\s+[\p{L}'’.]+){2,})$/u

/** A title, a comma, then a journal in guillemets (`Il sale della laguna, «Rivista di storia adriatica»`), the Italian way. */
const JOURNAL_RUN_ON = /^([^«»]*[^\s,«»]),\s*«\s*([^«»]+?)\s*»?$/u

/**
 * A back-reference's written form as a pattern: a period inside it may be
 * followed by spaces, and left out after a word (`op. cit`, `op.cit`, `op
 * cit`; not after a letter: `a.a. O`, `o. c.`), a space is any spaces, an
 * accented letter may be written without its accent (`ouv. cite`); its
 * final period is the caller's.
 */
function writtenForm(written: string): string {
  const parts = written.replace(/\.$/u, '').split(/(\.\s*|\s+)/u)
  const pattern = (part: string, i: number): string => {
    if (/^\.\s*$/u.test(part)) return parts[i - 1]!.length > 1 ? '\\.?\\s*' : '\\.\\s*'
    if (/^\s+$/u.test(part)) return '\\s+'
    return escapeRegExp(part).replace(/é/gu, '[ée]').replace(/è/gu, '[èe]')
  }
  return parts.map(pattern).join('')
}

const OPCIT_WRITTEN = BACKREF_WORDS.find((b) => b.kind === 'opcit')!.written
/** A back-reference written at the end of a short title (`Civiltà e imperi cit.`, `Lieux de mémoire, op. cit`), read into it: the written forms of `BACKREF_WORDS`' `opcit` row. */
export const CITED_AT_END = new RegExp(`[\\s,]+(${OPCIT_WRITTEN.map(writtenForm).join('|')})\\.?$`, 'u')

/** The back-reference read into the end of the title, taken out of it. */
function citedInTitle(item: ItemFields): BackRef | undefined {
  const title = item.title
  const m = typeof title === 'string' ? CITED_AT_END.exec(title) : null
  if (!m || m.index === 0) return undefined
  item.title = title!.slice(0, m.index)
  return backrefOf(m[1]!)
}

/** Back-references to a note, found in the citation's text whatever the model labeled them. */
export const NOTE_REFERENCES: ReadonlyArray<{name: string; example: string; pattern: RegExp}> = [
  {name: 'German: wie Anm.', example: 'Müller: Stadt (wie Anm. 3), S. 50', pattern: /\bwie (?:Anm|Fn|Anmerkung|Fußnote)\.?\s*(\d+)/u},
  {name: 'OSCOLA: (n 1)', example: 'DSA (n 1) recital 69', pattern: /\(n\s+(\d+)\)/u},
  {name: 'German: the note in brackets', example: 'Leistner, (Fn. 2), Rn. 40', pattern: /\((?:Fn|Anm|Fußn)\.\s*(\d+)\)/u},
  {name: 'English and Latin: supra note, above n', example: 'Smith, supra note 12, at 45; Jones, above n 4', pattern: /\b(?:supra|above),?\s+(?:note|n\.?)\s*(\d+)/i},
  {name: 'French, Italian, Spanish: cit. n., cité n.', example: 'Dupont, op. cit. n. 4, p. 9; Rossi, cit. nota 12', pattern: /\b(?:cit|cité|citado|citato)\.?,?\s+(?:n|note|nota)\.?\s*(\d+)/i}
]

/** A back-reference to an earlier note written in the citation (`(wie Anm. 3)`), or undefined. */
export function noteReferenceOf(text: string): BackRef | undefined {
  for (const r of NOTE_REFERENCES) {
    const m = r.pattern.exec(text)
    if (m) return {kind: 'supra', word: m[0], note: Number(m[1])}
  }
  return undefined
}

const BACKREF_INDEX = new Map(BACKREF_WORDS.flatMap((b) => b.words.map((w) => [w, b.kind] as const)))

function foldKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
}

/** The back-reference an `abbrev` span writes, if it is one. */
export function backrefOf(text: string): BackRef | undefined {
  const note = /(\d+)/.exec(text)
  const key = foldKey(text.replace(/\d+/g, ''))
  const kind = BACKREF_INDEX.get(key) ?? (key.startsWith('supra') ? 'supra' : key.startsWith('ibid') ? 'ibid' : undefined)
  if (!kind) return undefined
  if (kind === 'supra') return {kind, word: text, note: note ? Number(note[1]) : undefined}
  return {kind, word: text}
}

/** A quotation's or a bracket's closing marks (`closingMarks`, `(` → `)`, `[` → `]`). */
const closers = (open: string): string | undefined => closingMarks(open) ?? {'(': ')', '[': ']'}[open]
/** The quotation marks, opening or closing, that are not also apostrophes (`'s-Hertogenbosch`). */
const QUOTES = new Set(quotationMarks('both', false))
/** The opening marks that `close` closes, and no bracket's (`”` → `“`, `„`). */
const openers = (close: string): string[] => QUOTATION_MARKS.filter((q) => q.close.includes(close)).map((q) => q.open)
const holdsAny = (s: string, marks: Iterable<string>): boolean => [...marks].some((m) => s.includes(m))
/** Abbreviations whose period a value keeps (`Inc.`, `Jr.`, `et al.`, an initial). */
const KEEPS_PERIOD = new RegExp(`(?:^|[\\s.])(?:${keptPeriods(['back-reference', 'role mark', 'et al.', 'etc.', 'company', 'name suffix', 'saint', 'numbering', 'circa', 'thesis'])}|\\p{L})\\.$`, 'u')

/** Without the quotes or brackets around it; a quotation mark whose partner is outside the value goes too. */
function unwrap(s: string): string {
  const first = s[0] ?? ''
  const last = s[s.length - 1] ?? ''
  const close = closers(first)
  if (close && s.length >= 2 && close.includes(last) && !holdsAny(s.slice(1, -1), close)) return s.slice(1, -1)
  if (QUOTES.has(first) && close && !holdsAny(s.slice(1), close)) return s.slice(1)
  const open = openers(last)
  if (QUOTES.has(last) && open.length > 0 && !holdsAny(s.slice(0, -1), open)) return s.slice(0, -1)
  return s
}

/** A value as a field keeps it: no wrapping quotes or brackets, no punctuation at its ends (an abbreviation keeps its period). */
export function cleanValue(text: string): string {
  let s = text.trim().replace(/\s+/g, ' ')
  for (let before = ''; before !== s;) {
    before = s
    s = unwrap(s.replace(/^[,;:.\s]+|[,;:\s]+$/gu, '')).trim()
    if (s.endsWith('.') && !KEEPS_PERIOD.test(s)) s = s.slice(0, -1)
  }
  return s
}

const NAME_FIELDS = ['author', 'editor', 'translator'] as const
/** Fields kept as the text says them (cleaned). */
type TextField = 'container-title' | 'collection-title' | 'publisher' | 'publisher-place' | 'edition' | 'genre' | 'medium'

function addNote(item: ItemFields, line: string): void {
  item.note = typeof item.note === 'string' && item.note ? `${item.note}\n${line}` : line
}

/** `Title [Translation]`: the bracket after a title is its translation (kept in `note`, as the style expects). */
function splitTranslation(title: string): {title: string; translation?: string} {
  const m = /^(.*\S)\s*\[([^[\]]+)\]$/u.exec(title)
  return m ? {title: cleanValue(m[1]!), translation: m[2]!.trim()} : {title}
}

/** What follows a span in the note, up to the next span of the citation. */
function after(note: string, spans: readonly FieldSpan[], i: number, end: number): string {
  return note.slice(spans[i]!.end, spans[i + 1]?.start ?? end)
}

interface Collected {
  item: ItemFields
  pages: Array<{page: string; label: string; before: string}>
  abbrev: string[]
  titles: string[]
  /** Titles written whole between quotation marks (`"Willa Cather Dies; Noted Novelist, 70"`): a number at their end is theirs. */
  quoted: Set<string>
  etAl: boolean
}

/** Gather the spans into fields: names read as lists, titles in order, pages kept apart for the locator rule. */
/**
 * A span as its field keeps it: the model leaves punctuation at a span's
 * edges out, but some belongs to the value: the `]` of a translation
 * (`Title [Translation]`), a quotation opening a quoted title whose closing
 * mark is inside (`“‘You Have No Line:’ Kim Il Sung”`), the period of an abbreviation
 * (`eds.`, `Jr.`, `et al.`).
 */
export function spanText(note: string, span: FieldSpan, end: number): string {
  let a = span.start
  let b = span.end
  let text = note.slice(a, b)
  for (const [open, close] of [
    ['[', ']'],
    ['(', ')']
  ] as const) {
    // `Title [Translation`, `80 (2`: the bracket the span opened closes after it.
    if (text.split(open).length <= text.split(close).length) continue
    const at = note.indexOf(close, b)
    if (at !== -1 && at < end && (open === '[' || at === b)) b = at + 1
  }
  // A quotation at the start of a quoted title: `“‘You Have No Line:’ Kim Il Sung,”`.
  const partner = closingMarks(note[a - 1] ?? '')
  if (partner && QUOTES.has(note[a - 1]!) && QUOTES.has(note[a - 2] ?? '') && holdsAny(text, partner)) a--
  if (note[b] === '.' && TAKES_PERIOD.test(note.slice(a, b))) b++
  // A question or exclamation ending a title is the title's (`Are Courts Fair?`).
  if ((note[b] === '?' || note[b] === '!') && /\p{L}$/u.test(note.slice(a, b))) b++
  text = note.slice(a, b)
  return text
}

/** A span ending with an abbreviation whose period the model left out (`eds`, `Jr`, `et al`, `Inc`, `Diss`, an initial). */
const TAKES_PERIOD = new RegExp(`(?:^|[\\s,])(?:${keptPeriods(['role mark', 'et al.', 'company', 'name suffix', 'thesis'])}|\\p{Lu})$`, 'u')

/** Words that tell a title from a name: a possessive, or a function word between words (`China’s Korean Minority`, `Parish of Barton`). */
const TITLE_WORDS = /['’]s\b|\S\s+(?:of|the|for|in|on|to|der|die|das|im|über|sur|pour|dans|les|della|degli|nel|nella|los|las)\s+\S/u

/**
 * The first word of a title with a subtitle read as the last name of an
 * inverted list (`Parker, R., Miasma: Pollution and Purification…`): a lone
 * word after a name's initial and a comma, a colon, then the title.
 */
function titleHead(note: string, span: FieldSpan, next: FieldSpan | undefined): RegExpExecArray | undefined {
  if (next?.field !== 'title' || !/^\s*:\s*$/u.test(note.slice(span.end, next.start)) || !span.text.includes(',')) return undefined
  // After a name ending in an initial (`Parker, R.,`): a German `Schmitz, Heinrich: Titel` keeps its given name.
  return /(?<=\p{Lu}\.),\s*(\p{Lu}[\p{Ll}'’-]+)$/u.exec(span.text) ?? undefined
}

/**
 * A citation with no title whose first names run on past one inverted name
 * (`Wagner, Richard, Mein Leben, Eike Middell (ed.)`, `Christov-Bakargiev,
 * Carolyn, William Kentridge (Brussels: …)`): what follows `Family, Given,`
 * is the title.
 */
function titleAfterName(span: FieldSpan, spans: readonly FieldSpan[]): RegExpExecArray | undefined {
  if (span !== spans[0] || span.field !== 'author' || spans.some((s) => s.field === 'title' || s.field === 'container-title')) return undefined
  // `Family, Given` in full words, then words that are no further names (no comma, initial, `and`, `&`, `et al.`).
  const m = /(?<=^\p{Lu}[\p{L}'’ -]*,\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?),\s*(\p{Lu}[^,]*)$/u.exec(span.text)
  return m && !/\b\p{Lu}\.|&|\s(?:and|und|et|y|e)\s|\bet al/u.test(m[1]!) ? m : undefined
}

/**
 * A short form with no title whose names ran on into its short title
 * (`Habermas, Strukturwandel (wie Anm. 1), S. 50`, `Nora, Lieux, op. cit.`):
 * in a citation that points back (`wie Anm.`, `op. cit.`, `a.a.O.`), what
 * follows one family name is the short title, not a given name.
 */
function shortTitleAfterFamily(span: FieldSpan, spans: readonly FieldSpan[]): RegExpExecArray | undefined {
  if (span !== spans[0] || span.field !== 'author' || spans.some((s) => s.field === 'title' || s.field === 'container-title')) return undefined
  if (!spans.some((s) => s.field === 'abbrev' && (backrefOf(s.text) !== undefined || noteReferenceOf(s.text) !== undefined))) return undefined
  const m = /(?<=^\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[^,]*)$/u.exec(span.text)
  // Initials are the author's (`Okun’, S. B. Op. cit.`).
  return m && !/^(?:\p{Lu}\.?[\s-]*)+$/u.test(m[1]!.trim()) ? m : undefined
}

/**
 * A title's first words read as a second name after a name written with
 * initials (`A. BOLAFFI, Cuore Tedesco. Il modello Germania`, `E.-W.
 * Böckenförde, State, Society and Liberty`): names of one list are written
 * alike, so a piece with no initial and no given name a reader knows, after
 * a first name with initials, opens the title.
 */
function titleAfterInitialledName(span: FieldSpan, spans: readonly FieldSpan[]): RegExpExecArray | undefined {
  if (span !== spans[0] || span.field !== 'author' || !/^(?:\p{Lu}\.[\s-]*)+\p{Lu}[\p{L}'’-]+,/u.test(span.text)) return undefined
  return [...span.text.matchAll(/,\s*([^,]+)/gu)].find((m) => {
    const words = m[1]!.trim().split(/\s+/u)
    // Not a family name whose initials follow (`T. Mitchell, Utgoff, P. and Banerji, R.`).
    const initialsNext = /^,\s*\p{Lu}\./u.test(span.text.slice(m.index + m[0].length))
    return words.length <= 3 && !initialsNext && !/\b\p{Lu}\.|&|\bet al/u.test(m[1]!) && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !GIVEN_NAMES.has(fold(w)))
  })
}

/**
 * A one-word title read into the names before its imprint (`Jane Doe, Water
 * (London: Penguin, 2001)`): a work with an imprint has a title, so after a
 * name written first name first, what follows the comma is the title.
 */
function titleBeforeImprint(span: FieldSpan, spans: readonly FieldSpan[]): RegExpExecArray | undefined {
  if (span !== spans[0] || span.field !== 'author' || spans.some((s) => s.field === 'title' || s.field === 'container-title')) return undefined
  if (!spans.some((s) => s.field === 'publisher' || s.field === 'publisher-place')) return undefined
  const m = /(?<=^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+),\s*(\p{Lu}[^,]*)$/u.exec(span.text)
  return m && !/\b\p{Lu}\.|&|\s(?:and|und|et|y|e)\s|\bet al/u.test(m[1]!) ? m : undefined
}

/** `, in: ` after a title: German notes join a contribution to the book or journal it is in so. */
const COMMA_IN = /,\s*in:\s/u

/** A name written first name first (`Jeremy Freese`, `M. E. J. Newman`), then the colon that closes a list of names. */
const NAME_THEN_COLON = /^((?:\p{Lu}\.\s*)*\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,2})\s*:\s+(?=\p{Lu})/u

/**
 * The last name of a list written first name first read into the title
 * (`Jeremy Freese, David Peterson: Replication in Social Science, in:
 * Annual Review …`, the title read from `David`): the colon closes the
 * names, as German notes write them, when the note's `in:` follows and a
 * capital opens the title (`Après Nice: vers un gouvernement fédéral?, in:`
 * is a title).
 */
function lastNameInTitle(note: string, span: FieldSpan, next: FieldSpan | undefined): NameFromTitle | undefined {
  if (!authorThenTitle(note, span, next)) return undefined
  const m = NAME_THEN_COLON.exec(next.text)
  const firstNameFirst = /^(?:\p{Lu}\.\s*)*\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}.'’-]*)+(?:,\s*(?:\p{Lu}\.\s*)*\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}.'’-]*)+)*$/u.test(span.text.trim())
  // `in:` after it (German notes), or a given name a reader knows opening it (`Benedikt Fecher, Sönke Friesike: Open Science`).
  if (!m || !firstNameFirst || TITLE_WORDS.test(m[1]!)) return undefined
  if (!COMMA_IN.test(note.slice(next.start + m[0].length)) && !knownGivenName(m[1]!.split(/\s+/u)[0]!)) return undefined
  return nameFromTitle(note, span, next, m[1]!.length, m[0].length)
}

/** Given names a reader knows, then the colon that ends a name written family first (`Johannes:`, `Anna Maria:`). */
const GIVEN_THEN_COLON = /^(\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+)?)\s*:\s+(?=\p{Lu})/u

/**
 * The given names of one family name read into the title (`Wilde, Johannes:
 * Michelangelo. Six Lectures`, the title read from `Johannes`): after a
 * family name alone, given names a reader knows and a colon are the
 * author's, as German notes write a name.
 */
function givenBeforeColon(note: string, span: FieldSpan, next: FieldSpan | undefined): NameFromTitle | undefined {
  if (!authorThenTitle(note, span, next) || !/^\p{Lu}[\p{L}'’-]+$/u.test(span.text.trim())) return undefined
  const m = GIVEN_THEN_COLON.exec(next.text)
  if (!m || !m[1]!.split(/\s+/u).every(knownGivenName)) return undefined
  return nameFromTitle(note, span, next, m[1]!.length, m[0].length)
}

/** A name written family name first, then its comma (`Pfisterer, Ulrich, `, `Bleuler, Anna Kathrin, `). */
const INVERTED_NAME_THEN_COMMA = /^(\p{Lu}[\p{Ll}'’-]+,\s*\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)\s*,\s+(?=\S)/u

/**
 * The second name of a list written family name first read into the title
 * (`Müller, Jan Dirk, Pfisterer, Ulrich, Vorrede, in: …`, the title read
 * from `Pfisterer`): after `Family, Given,` a `Family, Given,` is another
 * name, when the note's `in:` follows (German notes).
 */
function invertedNameInTitle(note: string, span: FieldSpan, next: FieldSpan | undefined): NameFromTitle | undefined {
  if (!authorThenTitle(note, span, next) || !/^\p{Lu}[\p{Ll}'’-]+,\s*\p{Lu}[\p{Ll}'’.-]*(?:\s+\p{Lu}[\p{Ll}'’.-]*)?$/u.test(span.text.trim())) return undefined
  const m = INVERTED_NAME_THEN_COMMA.exec(next.text)
  if (!m || TITLE_WORDS.test(m[1]!) || !COMMA_IN.test(note.slice(next.start + m[0].length))) return undefined
  return nameFromTitle(note, span, next, m[1]!.length, m[0].length)
}

/** An author span then a title span with only a comma between them (where a name may have run on into the title). */
function authorThenTitle(note: string, span: FieldSpan, next: FieldSpan | undefined): next is FieldSpan {
  return span.field === 'author' && next?.field === 'title' && /^\s*,\s*$/u.test(note.slice(span.end, next.start))
}

/** What a reader of a name run on into the title gives: the author span grown by it, the title after it. */
type NameFromTitle = {author: FieldSpan; title: FieldSpan}

/** The first `nameLength` characters of the title `next` join the author `span`; the title starts `titleOffset` characters in. */
function nameFromTitle(note: string, span: FieldSpan, next: FieldSpan, nameLength: number, titleOffset: number): NameFromTitle {
  const authorEnd = next.start + nameLength
  const titleStart = next.start + titleOffset
  return {author: {...span, end: authorEnd, text: note.slice(span.start, authorEnd)}, title: {...next, start: titleStart, text: note.slice(titleStart, next.end)}}
}

/** A document's kind as the last word of its name (`Fact-Finding Report`, `Technical Report`, `Abschlussbericht`, `Informe final` is not: the kind comes last). */
const DOCUMENT_KIND_LAST =
  /(?:^|[\s-])(?:Report|Memorandum|Memo|Minutes|Decision|Resolution|Directive|Guidelines|Handbook|Manual|Statement|Communiqué|Protokoll|Gutachten|Stellungnahme|Denkschrift|\p{L}*[Bb]ericht)$/u

/**
 * A document named by its kind read as a person (`Fact-Finding Report, 09
 * June 2021, at 1`, read as given name `Fact-Finding`, family `Report`): a
 * citation's names with no title that end in a document's kind are its title.
 */
function kindAsTitle(span: FieldSpan, spans: readonly FieldSpan[]): FieldSpan | undefined {
  if (span.field !== 'author' || spans.some((s) => s.field === 'title') || /[,;&]|\s(?:and|und)\s/u.test(span.text)) return undefined
  return DOCUMENT_KIND_LAST.test(span.text.trim()) ? {...span, field: 'title'} : undefined
}

/** Names, the possessive that ends them, then the title's capital or opening mark (`Charles Taylor's A Secular Age`). */
const POSSESSIVE_NAMES = /^([^,;:()]{3,60}?(?:,\s*(?:and\s+)?[^,;:()]{3,60}?|\s+and\s+[^,;:()]{3,60}?){0,4})['’]s\s+(?=[\p{Lu}“"‘«*_])/u

/**
 * Names read into the title with the possessive that ends them (`Charles
 * Taylor's A Secular Age`; `Craig Calhoun, Mark Juergensmeyer, and Jonathan
 * VanAntwerpen's Rethinking Secularism`, the first name read as the author):
 * English prose names a work so. Each name first name first, opened by a
 * given name a reader knows or initials in one of them at least (not
 * `Foucault's Pendulum`, `Schindler's List`).
 */
function possessiveNames(note: string, spans: readonly FieldSpan[], i: number): {replaces: number; author: FieldSpan; title: FieldSpan} | undefined {
  const span = spans[i]!
  if (span.field !== 'title') return undefined
  const m = POSSESSIVE_NAMES.exec(span.text)
  const names = m?.[1]!.replace(/(?<=(?:^|\s)\p{Lu})\s+\./gu, '.').split(/,\s*(?:and\s+)?|\s+and\s+/u) ?? []
  if (!m || !names.every(capitalisedName) || !names.some(opensAsPerson)) return undefined
  const prev = spans[i - 1]
  // Joined to the names before it when the list closes with `and` (`Craig Calhoun, Mark Juergensmeyer, and Jonathan VanAntwerpen's`; not `Umberto Eco, Charles Darwin's Beagle`).
  const gap = note.slice(prev?.end ?? 0, span.start)
  const joined = prev?.field === 'author' && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/u.test(gap) && /\band\b/u.test(gap + m[1]!)
  if (!joined && spans.slice(0, i).some((s) => NAMING_FIELDS_BEFORE_TITLE.has(s.field))) return undefined
  const start = joined ? prev.start : span.start
  const end = span.start + m[1]!.length
  const titleStart = span.start + m[0].length
  return {
    replaces: joined ? 1 : 0,
    author: {field: 'author', start, end, text: note.slice(start, end)},
    title: {...span, start: titleStart, text: note.slice(titleStart, span.end)}
  }
}

/** Fields that, before a title, say whose or where it is: a possessive in the title names no author then. */
const NAMING_FIELDS_BEFORE_TITLE = new Set(['author', 'editor', 'translator', 'container-title'])

/** The value is written in the citation right before a closing quotation mark (`“Tablets in the Ashmolean Museum, Oxford,”`): all of it is the quoted title's. */
function closedByQuotationMark(text: string, value: string): boolean {
  const at = text.indexOf(value)
  return at !== -1 && CLOSING_MARK_NEXT.test(text.slice(at + value.length))
}
const CLOSING_MARK_NEXT = new RegExp(`^[,.;]?\\s*${quotationClass('close')}`, 'u')

/** After a quoted title's closing mark in its span, a comma and a name of one to five capitalised words with no number: the site or journal it is in (`“How to simulate Verilog models on macOS”, Medium`). */
const NAME_AFTER_QUOTED_TITLE = /^\s*,\s*(\p{Lu}[\p{L}'’.&-]*(?:\s+[\p{L}'’.&-]+){0,4})\s*$/u

/** After a quoted title's closing mark in its span, a periodical's name, its volume (and issue after a period) and its year in brackets (`.” New Polity 3.2 [2022`; not `», Documentación de vecindario 2.3`). */
const PERIODICAL_AFTER_QUOTED_TITLE = /^\s*[,.]?\s*(\p{Lu}[\p{L}'’.&-]*(?:\s+[\p{L}'’.&-]+){0,5}?)\s+(\d{1,4})(?:\.(\d{1,3}))?\s*[[(](\d{4})[\])]?\s*$/u

/**
 * After a quoted title's closing mark in its span: the book or site it is in
 * (`», dans Les lieux de mémoire`, `”, Medium`), or a periodical with its
 * volume, issue and year (`“Catholic Social Teaching as Political
 * Theology.” New Polity 3.2 [2022], 40`, all read as the title).
 */
function afterQuotedTitle(out: Collected, rest: string): void {
  const container = JOINED_AFTER_TITLE.exec(rest) ?? NAME_AFTER_QUOTED_TITLE.exec(rest)
  if (container) return void out.titles.push(container[1]!)
  const periodical = PERIODICAL_AFTER_QUOTED_TITLE.exec(rest)
  if (!periodical) return
  out.titles.push(periodical[1]!)
  out.item.volume ??= periodical[2]!
  if (periodical[3]) out.item.issue ??= periodical[3]
  out.item.issued ??= {'date-parts': [[Number(periodical[4])]]}
}

/** A given name and its particle before a colon (`Friederike von:`): German `Family, Given particle: Title`. */
const GIVEN_WITH_PARTICLE = /^\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+)?\s+(?:von|van|vom|zu|zur|de|du|der|den|di|da)(?=\s*:\s)/u

/**
 * A given name with its particle read into the title (`Aschau, Friederike
 * von: Der Magistrat als Unternehmer`, the title read from `Friederike`): it
 * belongs to the one family name before it. A title never opens `Word von:`.
 */
function givenInTitle(note: string, span: FieldSpan, next: FieldSpan | undefined): NameFromTitle | undefined {
  if (!authorThenTitle(note, span, next) || span.text.includes(',')) return undefined
  const m = GIVEN_WITH_PARTICLE.exec(next.text)
  if (!m) return undefined
  return nameFromTitle(note, span, next, m[0].length, m[0].length + /^\s*:\s*/u.exec(next.text.slice(m[0].length))![0].length)
}

/**
 * A title with a subtitle run on into a name written first name first
 * (`Kate Eichhorn, Adjusted Margin: Xerography, Art, and Activism…`, the
 * subtitle read as a container): after `Given Family,` no given name
 * follows, and a colon then a subtitle closes no list of names.
 */
function subtitledAfterName(note: string, span: FieldSpan, spans: readonly FieldSpan[]): RegExpExecArray | undefined {
  const next = spans[spans.indexOf(span) + 1]
  if (span !== spans[0] || span.field !== 'author' || spans.some((s) => s.field === 'title')) return undefined
  if (next?.field !== 'container-title' || !/^\s*:\s*$/u.test(note.slice(span.end, next.start))) return undefined
  // `Jeremy Freese, David Peterson: Replication in Social Science, in: Annual Review …`: a title then `in:`, after a list of names.
  if (COMMA_IN.test(next.text)) return undefined
  return /(?<=^\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[^,]*)$/u.exec(span.text) ?? undefined
}

/**
 * A name list that ran on into a title (`Chae-Jin Lee, China’s Korean
 * Minority: The Politics of Ethnic Education`, names read up to the colon):
 * the names end before the first piece that reads as title words, and that
 * piece joins the title that follows it (or is the title).
 */
export function splitNamesFromTitle(note: string, read: readonly FieldSpan[]): FieldSpan[] {
  const out: FieldSpan[] = []
  const spans = [...read]
  for (let i = 0; i < spans.length; i++) {
    const kind = kindAsTitle(spans[i]!, spans)
    if (kind) {
      out.push(kind)
      continue
    }
    const possessive = possessiveNames(note, spans, i)
    if (possessive) {
      out.splice(out.length - possessive.replaces, possessive.replaces, possessive.author, possessive.title)
      continue
    }
    const given =
      givenInTitle(note, spans[i]!, spans[i + 1]) ??
      givenBeforeColon(note, spans[i]!, spans[i + 1]) ??
      lastNameInTitle(note, spans[i]!, spans[i + 1]) ??
      invertedNameInTitle(note, spans[i]!, spans[i + 1])
    if (given) {
      out.push(given.author)
      spans[i + 1] = given.title
      continue
    }
    const span = spans[i]!
    if (span.field !== 'author' && span.field !== 'editor') {
      out.push(span)
      continue
    }
    const piece =
      [...span.text.matchAll(/,\s*([^,]+)/gu)].find((m) => TITLE_WORDS.test(m[1]!)) ??
      titleHead(note, span, spans[i + 1]) ??
      titleAfterName(span, spans) ??
      subtitledAfterName(note, span, spans) ??
      shortTitleAfterFamily(span, spans) ??
      titleBeforeImprint(span, spans) ??
      titleAfterInitialledName(span, spans)
    if (!piece) {
      out.push(span)
      continue
    }
    const cut = span.start + piece.index
    const titleStart = span.start + piece.index + piece[0].indexOf(piece[1]!)
    out.push({...span, end: cut, text: note.slice(span.start, cut)})
    const next = spans[i + 1]
    // The title's rest (a subtitle read as a container when no title was read: `Adjusted Margin: Xerography, Art…`).
    const rest = next?.field === 'title' || (next?.field === 'container-title' && !spans.some((s) => s.field === 'title'))
    const joins = rest && /^[\s:.,]*$/u.test(note.slice(span.end, next!.start))
    const titleEnd = joins ? next!.end : span.end
    out.push({field: 'title', start: titleStart, end: titleEnd, text: note.slice(titleStart, titleEnd)})
    if (joins) i++
  }
  return out
}

/**
 * An editor read as the first part of the container (`in Zhongguo … bianji
 * weiyuanhui, ed., Shengli: …`: two container spans with the editor's mark
 * between them): the first is the editor.
 */
export function editorBeforeContainer(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  return spans.map((span, i) => {
    const next = spans[i + 1]
    const between = next ? note.slice(span.end, next.start) : ''
    return span.field === 'container-title' && next?.field === 'container-title' && EDITOR_BETWEEN.test(between) ? {...span, field: 'editor'} : span
  })
}

/**
 * Names read as authors after the word that joins a part to its book
 * (`H. E. Barnes, The Social and Political Philosophy of Auguste Comte, [in:]
 * H. E. Barnes, An Introduction to the History of Sociology`): after a title,
 * names that follow `in` are the book's editors.
 */
export function namesAfterJoin(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  return spans.map((span, i) => {
    if (span.field !== 'author' || i === 0 || !spans.slice(0, i).some((s) => s.field === 'title')) return span
    return JOINED_BEFORE.test(note.slice(spans[i - 1]!.end, span.start)) ? {...span, field: 'editor'} : span
  })
}

/** Family names as a short note writes an edited book's editors, two or more (`Ueberschär y Wette`, `Smith and Jones`, `Boog et al.`, `Berg, Ott & Lind`; one name alone may be a journal's: `Speculum`). */
const EDITOR_FAMILIES = /^\p{Lu}[\p{Ll}'’-]+(?:(?:(?:\s*,\s*|\s+(?:y|and|und|et|e|&)\s+)\p{Lu}[\p{Ll}'’-]+)+|\s+(?:et al\.?|u\. ?a\.|y otros|e altri))$/u

/** Endings of nouns, not family names (`Technik und Gesellschaft`, `Staat und Verwaltung`, `Nation and Empire`). */
const NOUN_ENDING = /(?:schaft|ung|heit|keit|tum|ik|ion|ität|ismus|logie|ie|ture|ness|ment|ity|ire|at)$/u

const editorFamilies = (text: string): boolean => EDITOR_FAMILIES.test(text) && !text.split(/[\s,&]+/u).some((w) => /^\p{Lu}/u.test(w) && NOUN_ENDING.test(w))

/**
 * The editors of a book written before its title in the container, with no
 * editor's mark (`en Ueberschär y Wette, Der deutsche Überfall auf die
 * Sowjetunion, págs. 28-29`; `in Boog et al., Der Angriff`): in a chapter's
 * citation (a title before the container), family names and a comma that
 * open the container, or a first container span of them alone, are the
 * editors.
 */
export function editorsOpenContainer(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  const at = spans.findIndex((s) => s.field === 'container-title')
  const span = spans[at]
  if (!span || spans.some((s) => s.field === 'editor') || !spans.slice(0, at).some((s) => s.field === 'title') || !/\bin:?\s*$|\ben\s*$/iu.test(note.slice(spans[at - 1]?.end ?? 0, span.start)))
    return [...spans]
  const next = spans[at + 1]
  // `Boog et al` + `Der Angriff …`: two container spans, the first names alone.
  if (next?.field === 'container-title' && editorFamilies(note.slice(span.start, next.start).replace(/[\s,]+$/u, ''))) return spans.map((s) => (s === span ? {...s, field: 'editor'} : s))
  const comma = span.text.indexOf(', ')
  if (comma < 1 || !editorFamilies(span.text.slice(0, comma)) || !/\p{L}/u.test(span.text.slice(comma + 2))) return [...spans]
  const editor: FieldSpan = {...span, field: 'editor', end: span.start + comma, text: span.text.slice(0, comma)}
  const container: FieldSpan = {...span, start: span.start + comma + 2, text: span.text.slice(comma + 2)}
  return [...spans.slice(0, at), editor, container, ...spans.slice(at + 1)]
}

/** An archive named by its French initials and its place (`AD Rhône`, `AM Lyon`, `AN`), or announcing the abbreviation it goes by after (`Archives nationales (désormais AN`). */
const ARCHIVE_BY_INITIALS = /^(?:AD|AM|AN|ADM|AC)(?:\s+\p{Lu}[\p{L}-]*)*$/u
const ANNOUNCES_ABBREVIATION = new RegExp(`\\((?:${ANNOUNCEMENT})\\s*[,:]?\\s*\\p{Lu}[\\p{L}\\d-]{0,9}\\)?$`, 'u')

/**
 * An archive read as the author or title before its call number (`AD Rhône,
 * 4 M 283, procès-verbal …`; `Archives nationales (désormais AN), F/7/12345,
 * rapport …`): with a call number and no archive, the first span before the
 * call number that names an archive is the archive.
 */
export function archiveNamedFirst(spans: readonly FieldSpan[]): FieldSpan[] {
  const location = spans.findIndex((s) => s.field === 'archive_location')
  if (location < 1 || spans.some((s) => s.field === 'archive')) return [...spans]
  const first = spans[0]!
  const named = ['author', 'title', 'container-title'].includes(first.field) && (ARCHIVE_BY_INITIALS.test(first.text.trim()) || ANNOUNCES_ABBREVIATION.test(first.text) || namesArchive(first.text))
  return named ? [{...first, field: 'archive'}, ...spans.slice(1)] : [...spans]
}

/** Two or three capitalized words and nothing else: a name as a note writes it (`An Longzhen`, `Hazel Smith`). */
const NAME_LIKE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u

/**
 * A citation's first span read as a container when a title follows it
 * (`An Longzhen, Yanbian Chaoxianzu zizhizhou zhouzhi (Beijing: …)`: `An`
 * reads as the English article): a container never comes before its part's
 * title, so a name there is the author.
 */
export function nameBeforeTitle(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  const [span, next] = spans
  if (span?.field !== 'container-title' || next?.field !== 'title' || !/^[\s,.:]*$/u.test(note.slice(span.end, next.start))) return [...spans]
  if (!NAME_LIKE.test(span.text.trim()) || TITLE_WORDS.test(span.text)) return [...spans]
  return spans.map((s) => (s === span ? {...s, field: 'author'} : s))
}

/** Family names (joined by `/`, `,`, `&`, `and`, `und`, `y`, `et`), then a year (`Gould 1966`, `Müller / Pfisterer 2011`): an author–date reference. */
const NAMES_THEN_YEAR = /^(\p{Lu}[\p{L}'’-]+(?:\s*(?:\/|,|&|\band\b|\bund\b|\by\b|\bet\b)\s*\p{Lu}[\p{L}'’-]+)*)\s+\(?(?:1[5-9]|20)\d\d[a-z]?\)?$/u

/**
 * An author–date reference read whole as its date (`Vgl. Gould 1966, S. 6`:
 * `Gould 1966` labeled issued) in a citation without names: the words
 * before the year are the author. A date that reads as one (`April 1966`,
 * `Winter 2014`) stays a date.
 */
export function namesBeforeYear(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  const at = spans.findIndex((s) => s.field === 'issued')
  const span = spans[at]
  if (!span || spans.some((s) => NAME_FIELDS.includes(s.field as (typeof NAME_FIELDS)[number]))) return [...spans]
  const text = note.slice(span.start, span.end)
  const names = NAMES_THEN_YEAR.exec(text)?.[1]
  if (!names || readDate(text)?.['date-parts']) return [...spans]
  const year = span.start + text.lastIndexOf(' ') + 1
  const author: FieldSpan = {...span, field: 'author', end: span.start + names.length, text: names}
  return [...spans.slice(0, at), author, {...span, start: year, text: note.slice(year, span.end)}, ...spans.slice(at + 1)]
}

/**
 * `, in: ` / `. In: `: what joins a contribution's title to its container, German style; `, in ` / `, en ` / `, dans `
 * before a capital or a quotation mark (`Sostruzioni e macerie, in Il campanile di San Marco`, `…, en «Revista»`).
 */
const IN_COLON = /[,.]\s+[Ii]n:\s+|,\s+(?:in|en|dans)\s+(?=[\p{Lu}«“"„‘])/u

/**
 * A title and its container read as one span (`Replication in Social
 * Science, in: Annual Review of Sociology`, all read as the container or all
 * as the title): with no other title or container, what comes before `in:`
 * is the title and what follows it the container.
 */
export function titleInColon(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  const titled = spans.filter((s) => s.field === 'title' || s.field === 'container-title')
  const span = titled[0]
  const m = span && titled.length === 1 ? IN_COLON.exec(span.text) : null
  if (!span || !m || m.index === 0 || m.index + m[0].length >= span.text.length) return [...spans]
  const titleEnd = span.start + m.index
  const containerStart = span.start + m.index + m[0].length
  const parts: FieldSpan[] = [
    {...span, field: 'title', end: titleEnd, text: note.slice(span.start, titleEnd)},
    {...span, field: 'container-title', start: containerStart, text: note.slice(containerStart, span.end)}
  ]
  return spans.flatMap((s) => (s === span ? parts : [s]))
}

/** Between a citation's authors and `in:`: `: Title,` or `, Title,` — the words of a title the model read as no field. */
const TITLE_BEFORE_IN = /^\s*[:,]\s*(\p{Lu}[^,;:()]{0,80}?)\s*[,.]\s+[Ii]n:?\s+$/u

/**
 * A short title the model left unread between the authors and the book it
 * is in (`Rosi Braidotti: Interview, in: Dolphijn u. van der Tuin (Hg.): New
 * Materialism, S. 21`): the words there are the title.
 */
export function titleBeforeIn(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  const at = spans.findIndex((s) => s.field === 'editor' || s.field === 'container-title')
  const author = spans[at - 1]
  if (at < 1 || author?.field !== 'author' || spans.some((s) => s.field === 'title')) return [...spans]
  const m = TITLE_BEFORE_IN.exec(note.slice(author.end, spans[at]!.start))
  if (!m) return [...spans]
  const start = author.end + m[0].indexOf(m[1]!)
  const title: FieldSpan = {field: 'title', start, end: start + m[1]!.length, text: m[1]!}
  return [...spans.slice(0, at), title, ...spans.slice(at)]
}

/** A page range's first and last numbers (`55-71`, `642–60`: the last may write only its last digits). */
function rangeOf(pages: string): [number, number] | undefined {
  const m = /^(\d+)\s*[–-]+\s*(\d+)$/u.exec(pages.trim())
  if (!m) return undefined
  const [a, b] = [m[1]!, m[2]!]
  const last = b.length < a.length ? Number(a.slice(0, a.length - b.length) + b) : Number(b)
  return [Number(a), last]
}

/**
 * A number in brackets right after an article's page range, inside it (`55-71
 * (61)`, `8-33 (8)`), read as the issue: it is the page cited, as British
 * notes write it.
 */
export function pinpointInBrackets(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  return spans.map((span, i) => {
    const before = spans[i - 1]
    if (span.field !== 'issue' || before?.field !== 'page' || !/^\s*\($/u.test(note.slice(before.end, span.start)) || note[span.end] !== ')') return span
    const range = rangeOf(before.text)
    const n = Number(span.text)
    return range && /^\d+$/u.test(span.text.trim()) && range[0] <= n && n <= range[1] ? {...span, field: 'page'} : span
  })
}

/** A part of a work named by its kind and number (`Section 1.5.1 (Encapsulation)`, `Kap. 3`, `§ 12`), what is cited of it: the number and a name in brackets after it. */
const PART_CITED = /^(?:Sections?|Secs?\.|Chapters?|Chaps?\.|Ch\.|Parts?|Kapitel|Kap\.|Abschnitt|Abschn\.|Cap[íi]tulo|Cap\.|Chapitre|§§?)\s*(?:\d+(?:\.\d+)*|[IVXLC]+)\b/u

/**
 * A part of the work read as the title of an `Ibid.` (`Ibid., Section 1.5.1
 * (Encapsulation)`; `Ebd., Kap. 3`): the locator, not another work's title;
 * the pages are, when they follow it.
 */
export function partAfterIbid(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  const [first, second] = spans
  if (first?.field !== 'abbrev' || backrefOf(first.text)?.kind !== 'ibid' || second?.field !== 'title') return [...spans]
  const m = PART_CITED.exec(second.text)
  if (!m) return [...spans]
  // With pages after it (`Section 1.2 (The Network Edge), pp. 18–42`), the pages are the locator, the part nothing.
  if (spans.slice(2).some((s) => s.field === 'page')) return [first, ...spans.slice(2)]
  return [first, {...second, field: 'page', end: second.start + m[0].length, text: m[0]}, ...spans.slice(2)]
}

/** A German law journal's citation: its abbreviation in capitals, the year, the first page and the page cited in brackets (`GRUR 2020, 1025 (1028)`, `NJW 2010, 77`, `GRUR-RR 2001, 225 (227)`). */
const LAW_JOURNAL = /(?<![\p{L}-])(\p{Lu}[\p{Lu}-]{1,9})\s+((?:19|20)\d\d),\s+(\d{1,5})(?:\s*\((\d{1,5})\))?(?![\d,])/u

/**
 * A law journal cited as German legal writing does (`Hacker, Schutz von
 * KI-Trainingsdaten, GRUR 2020, 1025 (1028)`), which the model reads as a
 * title running on and two dates: the journal, its year, the first page and
 * the page cited. The fields the model read over it are cut at its start.
 */
export function lawJournal(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  const from = spans[0]?.start ?? 0
  // The page cited in brackets may stand just after the last field the model read.
  const to = Math.min(note.length, (spans.at(-1)?.end ?? from) + 8)
  const m = LAW_JOURNAL.exec(note.slice(from, to))
  if (!m || spans.some((s) => s.field === 'container-title' || s.field === 'volume')) return [...spans]
  const at = from + m.index
  const field = (name: FieldSpan['field'], text: string, after: number): FieldSpan => {
    const start = note.indexOf(text, after)
    return {field: name, start, end: start + text.length, text}
  }
  const journal = field('container-title', m[1]!, at)
  const year = field('issued', m[2]!, journal.end)
  const first = field('page', m[3]!, year.end)
  const cited = m[4] === undefined ? [] : [field('page', m[4], first.end)]
  const kept = spans
    .filter((s) => s.start < at)
    .map((s) => spanBefore(note, s, at))
    .filter((s) => s.text !== '')
  return [...kept, journal, year, first, ...cited, ...spans.filter((s) => s.start >= at + m[0].length)]
}

/** A number or a range of pages and the comma after it, once or more (`13, `, `6, 15-17, `). */
const PAGES_BEFORE = new RegExp(`^(?:(?:${PINPOINT_ABBREVIATION})\\.\\s*)?(?:\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?\\s*,\\s*)+$`, 'u')
/** A page or range alone (a volume read out of a list of pages is one). */
const PLAIN_PAGES = /^\d{1,5}(?:\s*[–-]\s*\d{1,5})?$/u

/**
 * A list of pages after a title or an `Ibid.`, joined by commas, of which the
 * model read only the last as the page, the first ones as the volume or as
 * nothing (`Ibid., 6, 10`; `Id. at 2, 5, 12`; `Freeman, “The Good Ministrye”, 13, 15-17, 24`):
 * one page field for the list. Only in a citation with no date and no journal
 * or book around it (a short form), and when the page read is a number (not
 * `“Giornale”, 23, pp. 61-64`); not after a volume named as one (`vol. 2,
 * 45`) or in roman numerals (`Ibid., II, 45`).
 */
export function pageListedFirst(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  const at = spans.findIndex((s) => s.field === 'page')
  const page = spans[at]
  if (!page || !/^\d/u.test(page.text) || spans.some((s) => s.field === 'container-title' || s.field === 'issued')) return [...spans]
  const volume = spans[at - 1]?.field === 'volume' && PLAIN_PAGES.test(spans[at - 1]!.text) ? 1 : 0
  const head = spans[at - 1 - volume]
  // After an `Ibid.` its period may be all (`ebd. Rn. 18, 20`); after a title, a comma.
  const lead = head?.field === 'title' ? /^[.”"’»]*\s*,\s*/u.exec(note.slice(head.end, page.start)) : head?.field === 'abbrev' ? /^\.?\s*,?\s*(?:at\s+)?/u.exec(note.slice(head.end, page.start)) : null
  if (!head || !lead || !PAGES_BEFORE.test(note.slice(head.end + lead[0].length, page.start))) return [...spans]
  const start = head.end + lead[0].length
  return [...spans.slice(0, at - volume), {field: 'page', start, end: page.end, text: note.slice(start, page.end)}, ...spans.slice(at + 1)]
}

/** After an imprint's closing bracket, pages joined by commas before the last (`(New York: Harper, 2007), 13, 15, `). */
const PAGES_AFTER_BRACKET = /^\)\s*,\s*((?:\d{1,5}(?:\s*[–-]\s*\d{1,5})?\s*,\s*)+)$/u

/**
 * A list of pages after an imprint in brackets, of which the model read only
 * the last as the page (`Solzhenitsyn, The Gulag Archipelago, vol. 1 (New
 * York: Harper Perennial, 2007), 13, 15, 130`): one page field for the list.
 */
export function pagesAfterImprint(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  const page = spans.at(-1)
  const before = spans.at(-2)
  // An imprint: a publisher or its place in the brackets (not a journal's year: `Journal of General Virology (2002), 83, 2475–2483`).
  const imprint = spans.some((s) => s.field === 'publisher' || s.field === 'publisher-place')
  if (page?.field !== 'page' || !before || !imprint || !PLAIN_PAGES.test(page.text)) return [...spans]
  const m = PAGES_AFTER_BRACKET.exec(note.slice(before.end, page.start))
  if (!m) return [...spans]
  const start = page.start - m[1]!.length
  return [...spans.slice(0, -1), {field: 'page', start, end: page.end, text: note.slice(start, page.end)}]
}

/** A web page's title with its site after a spaced dash or bar (`Deutscher Bundestag - Gastredner`, `Flask | Pallets`). */
const DASHED_PAGE_TITLE = /\s[-–—|]\s/u

/**
 * A web page's title written with a spaced dash (`Deutscher Bundestag -
 * Gastredner, Deutscher Bundestag, o. D., https://…`) read as names: in a
 * citation with a URL and no title, names with a spaced dash or bar are the
 * title, and a name after its comma the site (no person's name has ` - `).
 */
export function dashedPageTitle(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  const first = spans[0]
  if (first?.field !== 'author' || !DASHED_PAGE_TITLE.test(first.text) || !spans.some((s) => s.field === 'URL') || spans.some((s) => s.field === 'title' || s.field === 'container-title'))
    return [...spans]
  const comma = first.text.indexOf(', ')
  // Names a reader knows on both sides of the dash stay names (`Hans Müller - Anna Berg`).
  if ((comma === -1 ? first.text : first.text.slice(0, comma)).split(DASHED_PAGE_TITLE).every((p) => capitalisedName(p) && opensAsPerson(p))) return [...spans]
  if (comma === -1) return [{...first, field: 'title'}, ...spans.slice(1)]
  const site = first.start + comma + 2
  return [
    {field: 'title', start: first.start, end: first.start + comma, text: first.text.slice(0, comma)},
    {field: 'container-title', start: site, end: first.end, text: note.slice(site, first.end)},
    ...spans.slice(1)
  ]
}

/** Right after a page, the words that say “and the following” (`et seq.`, `et sqq.`, `ff.`). */
const FOLLOWING_AFTER = /^\s*(?:et\s+seqq?\.|et\s+sqq?\.|sqq\.|ff?\.)/u

/** A page's `et seq.` left out of it (`Paris: Montchrestien 2001, p. 187 et seq.`): the page takes it, as it keeps `ff.`. */
export function followingPages(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  return spans.map((span, i) => {
    const m = span.field === 'page' ? FOLLOWING_AFTER.exec(note.slice(span.end, spans[i + 1]?.start ?? note.length)) : null
    return m ? {...span, end: span.end + m[0].length, text: note.slice(span.start, span.end + m[0].length)} : span
  })
}

/** An editor's or translator's mark, or `et al.`, right after the names (`Smith (ed.)`, `Müller (Hrsg.)`, `Smith et al.`). */
const ROLE_AFTER_NAMES = new RegExp(`^\\s*,?\\s*[([]?(?:${roleMarks(['editor', 'translator'], '\\.', true)})[)\\]]?|^\\s*,?\\s*(?:et al\\.?|u\\. ?a\\.|y otros|e altri)`, 'iu')

function collect(note: string, start: number, end: number, spans: readonly FieldSpan[]): Collected {
  const item: ItemFields = {type: 'book'}
  const out: Collected = {item, pages: [], abbrev: [], titles: [], quoted: new Set(), etAl: false}
  spans.forEach((span, i) => {
    const text = spanText(note, span, end)
    const next = after(note, spans, i, end)
    if ((NAME_FIELDS as readonly string[]).includes(span.field)) {
      // `Smith (ed.)`, `Müller (Hrsg.)`, `Smith et al.`: words right after the names count with them.
      // After a suffix's period (`John Witte, Jr., ed.`) the mark comes as after the names.
      const role = ROLE_AFTER_NAMES.exec(/\b(?:Jr|Sr|Jnr|Snr)\.?$/u.test(text) ? next.replace(/^\./u, '') : next)
      const list = readNameList(role ? text + role[0] : text)
      out.etAl ||= list.etAl
      const field = list.role ?? (span.field as (typeof NAME_FIELDS)[number])
      // `N. N.:` (nomen nescio), `Anon.`: no name to keep; the note says what was written.
      if (list.names.length === 0) return addNote(item, `Author given as: ${cleanValue(text)}`)
      const names = (item[field] as CslName[] | undefined) ?? []
      item[field] = [...names, ...list.names]
      return
    }
    switch (span.field) {
      case 'title': {
        // `(coll. « Bibliothèque des histoires »)`: a title after a series word is the series'.
        if (SERIES_WORD_BEFORE.test(note.slice(spans[i - 1]?.end ?? start, span.start)) && item['collection-title'] === undefined) {
          item['collection-title'] = cleanValue(text)
          return
        }
        // `“Several Issues” (draft)`: a title that ran past its closing quotation mark ends there; a bracket after it is its genre.
        // The opening mark before the span, past a French guillemet's space (`« Entre mémoire et histoire », dans …`).
        const opening = note.slice(0, span.start).trimEnd().slice(-1)
        // Up to its usual closing mark only (`„` → `“`): the others close a quotation inside the title as often as the title
        // (`„Magic Microfinance” – bald auch …`, `« ‚Zwischen Gier und Gewissen’ – Eine Kritik … »`).
        const usual = QUOTES.has(opening) && !QUOTES.has(text[0]!) ? closingMarks(opening)?.[0] : undefined
        const close = usual ? text.indexOf(usual) : -1
        if (close > 0) {
          out.titles.push(text.slice(0, close).trimEnd())
          const rest = text.slice(close + 1)
          const genre = /^\s*\(([^()]+)\)?\s*$/u.exec(rest)
          if (genre) item.genre ??= genre[1]!.trim()
          // `», dans Les lieux de mémoire`: the book the part is in, run on into its title.
          afterQuotedTitle(out, rest)
          return
        }
        // `Il sale della laguna, «Rivista di storia adriatica`: an Italian article's title ran on into its journal, quoted after it.
        const journal = JOURNAL_RUN_ON.exec(text)
        if (journal) {
          out.titles.push(journal[1]!, journal[2]!)
          return
        }
        // `"Willa Cather Dies; Noted Novelist, 70"`: a title closed right after its span is whole between its marks.
        const closes = closingMarks(opening)
        if (closes && closes.includes(note.slice(span.end).trimStart()[0] ?? '')) out.quoted.add(text)
        out.titles.push(text)
        return
      }
      case 'issued':
      case 'accessed':
        if (span.field === 'issued' && firstPublished(note, span, spans.slice(i + 1))) {
          const date = readDate(text)
          if (date?.['date-parts']) item['original-date'] = date
          return
        }
        // A date the model read as the work's, after the words that say when the page was read (`abgerufen am 30.07.2026`), is that.
        readDateSpan(out, ACCESSED_BEFORE.test(note.slice(Math.max(0, span.start - 40), span.start)) ? 'accessed' : span.field, text)
        return
      case 'page': {
        const prev = spans[i - 1]
        out.pages.push({...readPages(text), before: note.slice(prev ? prev.end : start, span.start)})
        return
      }
      case 'abbrev':
        out.abbrev.push(text)
        return
      case 'URL':
      case 'DOI':
        readLink(item, span.field, text)
        return
      case 'volume':
      case 'issue':
      case 'number': {
        // `40 (4):1078–90`, `6, 25-32`: a volume (and issue) that ran on into the pages.
        const pages = /^(\d+\s*\(\s*[\d/–-]+\s*\))\s*([:,])\s*(\d+(?:\s*[-–]\s*\d+)?)$/u.exec(text.trim()) ?? /^(\d+)\s*(,)\s*(\d+\s*[-–]\s*\d+)$/u.exec(text.trim())
        if (pages) out.pages.push({...readPages(pages[3]!), before: pages[2]!})
        // `3 (1985)`: a volume and its year, not its issue.
        const year = /^\s*([\dIVXLCivxlc]+)\s*\(\s*((?:1[5-9]|20)\d\d)\s*\)\s*$/u.exec(pages ? pages[1]! : text)
        if (year) {
          item[span.field] ??= year[1]!
          const date = readDate(year[2]!)
          if (date) item.issued ??= date
          return
        }
        for (const [k, v] of Object.entries(readNumbering(pages ? pages[1]! : text, span.field))) item[k] ??= v
        // `NKIDP e-Dossier No. 11`: a report series named before its number.
        const series = SERIES_BEFORE_NUMBER.exec(text)
        if (series && SERIES.test(series[1]!)) item['collection-title'] ??= series[1]!
        return
      }
      case 'archive':
      case 'archive_location': {
        // `HCC/1/2, fol. 44`: a folio or page after the file is the pinpoint, not more of the file's number.
        const value = cleanValue(text)
        if (span.field === 'archive_location' && item.archive_location !== undefined && LEAF_PINPOINT.test(value)) {
          out.pages.push({...readPages(value), before: note.slice(spans[i - 1]?.end ?? start, span.start)})
          return
        }
        readArchive(item, span.field, value)
        return
      }
      default: {
        const value = cleanValue(text)
        if (!value) return
        const field = span.field as TextField
        item[field] = typeof item[field] === 'string' ? `${item[field] as string} ${value}` : value
      }
    }
  })
  return out
}

/** A folio or page pinpoint: `fol. 44`, `fols. 61–62`, `f. 12v`, `pp. 3–5`, `Bl. 98r`. */
const LEAF_PINPOINT = /^(?:fols?|ff?|pp?|Bl|S)\.\s*\d+[rv]?(?:\s*[-–]\s*\d+[rv]?)?$/u

/** Labels written before a volume, an issue or a number, and which variable the value after them is. */
export const NUMBERING: ReadonlyArray<{variable: 'volume' | 'issue' | 'number'; example: string; words: readonly string[]}> = [
  {
    variable: 'volume',
    example: 'Vol. 16; vols. 1–2; Bd. 3; t. II; tome 4; Jg. 12; Band 5; vol. XII',
    words: ['vol', 'vols', 'volume', 'volumes', 'bd', 'bde', 'band', 'bände', 't', 'tome', 'tomo', 'jg', 'jahrgang', 'v', 'anno', 'année', 'año']
  },
  {
    variable: 'issue',
    example: 'No. 26; Nos. 14/15; Nr. 4; n° 3; Heft 2; H. 2; fasc. 3; núm. 7; issue 4',
    words: ['no', 'nos', 'nr', 'nrs', 'n°', 'nº', 'n', 'num', 'núm', 'numero', 'número', 'number', 'issue', 'iss', 'heft', 'h', 'fasc', 'fascicolo', 'fascicule', 'cahier', 'livr', 'quaderno']
  }
]

const NUMBERING_WORD = new Map(NUMBERING.flatMap((n) => n.words.map((w) => [w, n.variable] as const)))

/**
 * A volume, issue or number span as written → its variables: `Vol. 16, No. 1`
 * → volume 16 and issue 1; `No. 26` → issue 26; `16(2)` and `8, 4` → volume and issue;
 * a number with no label stays where the model put it.
 */
export function readNumbering(text: string, labeled: 'volume' | 'issue' | 'number'): Partial<Record<'volume' | 'issue' | 'number' | 'number-of-volumes', string>> {
  const out: Partial<Record<'volume' | 'issue' | 'number' | 'number-of-volumes', string>> = {}
  const paren = /^\s*([\dIVXLCivxlc]+)\s*\(\s*([\d/–-]+)\s*\)?\s*$/u.exec(text)
  if (paren) return {volume: paren[1]!, issue: paren[2]!}
  // `(8, 4)` after a journal: its volume and issue, labeled as either.
  const pair = labeled === 'number' ? null : /^\s*\(?\s*(\d{1,4})\s*,\s*(\d{1,3})\s*\)?\s*$/u.exec(text)
  if (pair) return {volume: pair[1]!, issue: pair[2]!}
  // `2 vols.`, `10 Bde.`: how many volumes the work has, not which.
  const many = /^\s*(\d+)\s*(?:vols?|volumes|voll|Bde|Bände|tomes|tomos)\.?\s*$/iu.exec(text)
  if (many) return {'number-of-volumes': many[1]!}
  let found = false
  for (const m of text.matchAll(/(?:^|[\s,;(])([\p{L}°º]+)\.?\s*([\dIVXLCivxlc][\w/–.-]*)/gu)) {
    const variable = NUMBERING_WORD.get(m[1]!.toLowerCase())
    if (!variable) continue
    const target = variable === 'issue' && labeled === 'number' ? 'number' : variable
    out[target] ??= m[2]!.replace(/[.,]$/, '')
    found = true
  }
  // `61. Jg.`, `3. Band`: the label after the number (German).
  for (const m of text.matchAll(/(?:^|[\s,;(])(\d+)\.?\s*(Jg|Jahrgang|Bd|Band|Heft|H|vol|tome|t)\.?(?=$|[\s,;)])/giu)) {
    const variable = NUMBERING_WORD.get(m[2]!.toLowerCase())
    if (!variable) continue
    out[variable === 'issue' && labeled === 'number' ? 'number' : variable] ??= m[1]!
    found = true
  }
  if (!found) {
    const value = cleanValue(text)
    if (value) out[labeled] = value
  } else {
    // `47, no. 2`: the number before the first label is the labeled variable's own.
    const lead = /^\s*(\d+|[IVXLC]+)(?=\s*[,;(]|\s+\p{L})/u.exec(text)
    if (lead && !NUMBERING_WORD.has(lead[1]!.toLowerCase())) out[labeled] ??= lead[1]!
  }
  return out
}

/**
 * An archive named in full with the abbreviation the author will use after
 * (`Archivo Municipal de Valdemora (en adelante, AMV)`, `Stadtarchiv Kellheim
 * (im Folgenden: StAK)`, `Chinese Foreign Ministry Archives (CFMA)`): the name,
 * then the abbreviation (two capitals at least).
 */
/** An archive's abbreviation: a capital, then letters, digits or hyphens, two capitals at least (`CFMA`, `StAK`, `AHPAl`, `BArch`). */
const ARCHIVE_ABBREVIATION = /^(?=\p{Lu}\P{Lu}*\p{Lu})\p{Lu}[\p{L}\d-]{1,9}$/u

/** An archive written with its abbreviation: `RGASPI (Russian State Archive …)` (acronym first) or `Archivo Municipal de Valdemora (en adelante, AMV)`. */
function namedArchive(value: string): RegExpExecArray | null {
  return /^(\p{Lu}[\p{Lu}\d-]{1,9})\s*\((.+)\)$/u.exec(value) ?? ABBREVIATED_ARCHIVE.exec(value)
}

const ABBREVIATED_ARCHIVE = new RegExp(`^(.+?)\\s*\\((?:(?:${ANNOUNCEMENT})\\s*[,:]?)?\\s*(\\p{Lu}[\\p{L}\\d-]{1,9})\\)$`, 'u')

/**
 * An archive and a file number as the style prints them: `RGASPI (Russian
 * State Archive …)` → archive `RGASPI`, the full name in `note`; `No.
 * 118-00175-01` → `118-00175-01` (the label is the style's to write).
 */
function readArchive(item: ItemFields, field: 'archive' | 'archive_location', value: string): void {
  if (!value) return
  if (field === 'archive_location') {
    // A location written in parts (`busta 12`, `fasc. 3`, `c. 45`) keeps them all.
    const part = value.replace(/^(?:No|no|Nr|nr|n°)\.?\s+(?=\S*\d)/u, '')
    item.archive_location = typeof item.archive_location === 'string' ? `${item.archive_location}, ${part}` : part
    return
  }
  if (item.archive !== undefined) {
    // `Stadtarchiv Kellstadt (im Folgenden: StAK)` read as two archive spans: the abbreviation is the one used after.
    if (ARCHIVE_ABBREVIATION.test(value) && typeof item.archive === 'string' && item.archive.includes(' ')) {
      addNote(item, `Archive given as: ${item.archive} (${value})`)
      item.archive = value
    }
    return
  }
  const acronym = namedArchive(value)
  if (acronym && (acronym[1] === acronym[1]!.toUpperCase() || /\p{Lu}.*\p{Lu}/u.test(acronym[2]!))) {
    const short = /^\p{Lu}[\p{Lu}\d-]{1,9}$/u.test(acronym[1]!) ? acronym[1]! : acronym[2]!
    item.archive = short
    addNote(item, `Archive given as: ${value}`)
    return
  }
  item.archive = value
}

/** A DOI as written: `10.`, the registrant, a slash, the suffix; with `doi:` or the resolver's address before it or not. */
const DOI_WRITTEN = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/iu

/**
 * A link read as a URL or a DOI: a DOI is the DOI whatever it was read as,
 * and its resolver's address (`https://doi.org/10.22148/16.005`) the URL
 * too, as written; anything else read as a DOI is a URL
 * (`https://arxiv.org/pdf/1912.11211`).
 */
function readLink(item: ItemFields, field: 'URL' | 'DOI', text: string): void {
  // Words read into the link before its address (`precision_recall_fscore_support, https://…`) are no part of it.
  const raw = text.replace(/^<|>$/g, '').trim()
  const at = raw.search(/\bhttps?:\/\//iu)
  const address = at > 0 ? raw.slice(at) : raw
  // `Available from: [http://…]`: the bracket around it is no part of it either.
  const written = address.endsWith(']') && !address.includes('[') ? address.slice(0, -1) : address
  const doi = DOI_WRITTEN.exec(written)
  if (doi) item.DOI ??= doi[1]!
  if (/^https?:\/\//iu.test(written) || (field === 'URL' && !doi)) item.URL ??= firstUrl(written)
  else if (!doi) item.DOI ??= written.replace(/^doi:\s*/iu, '')
}

/** A journal's name, then its volume and issue joined by a period (`New Media & Society 21.1`); issue 0 is no issue (`Web 2.0`). */
const VOLUME_DOT_ISSUE = /^(.*\p{L}.*?)\s+(\d{1,4})\.([1-9]\d{0,2})$/u

/** Who a name after a title is, by the mark after it (`(ed.)`, `(trans.)`, `(ed. and trans.)`). */
const ROLE_AFTER_TITLE = /^(.*\S),\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*\((eds?|trans|ed\. and trans)\.?\)?$/u

/**
 * A title the model ran on into the names after it (`Encounters with Verdi,
 * Richard Stokes (trans.)`; `Philosophy of Art, Douglas W. Stott (ed. and
 * trans.)`): the names are the work's editors or translators.
 */
function namesAfterTitle(c: Collected, raw: string): string {
  const m = ROLE_AFTER_TITLE.exec(raw.trim())
  if (!m) return raw
  const names = readNameList(m[2]!).names
  const roles = m[3] === 'trans' ? ['translator'] : m[3] === 'ed. and trans' ? ['editor', 'translator'] : ['editor']
  for (const role of roles) c.item[role] ??= names
  return m[1]!
}

/** Titles in order: the first is the work's, a second its container's when none was labeled, then the series. */
function placeTitles(c: Collected): void {
  const slots = ['title', 'container-title', 'collection-title'] as const
  for (let raw of c.titles) {
    const quoted = c.quoted.has(raw)
    // `Title, pp.`: a locator label the title ran on into.
    raw = raw.replace(/,\s*(?:pp?|S|Ss|págs?|pags?|pagg|Bl|fol|fols|ff?|col)\.?$/u, '')
    // `Vecinos y moradores, 50-52`: a title ran on into the pinpoint; the pages are the pinpoint's (not a number inside its quotation marks).
    const pages = quoted ? null : /^(.*\p{L}\S*),\s*((?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)$/u.exec(raw.trim())
    if (pages && !/^(?:1[0-9]|20)\d\d(?:\s*[-–]\s*(?:(?:1[0-9]|20)?\d\d))?$/u.test(pages[2]!)) {
      c.pages.push({...readPages(pages[2]!), before: ', '})
      raw = pages[1]!
    }
    raw = namesAfterTitle(c, raw)
    const {title, translation} = splitTranslation(cleanValue(raw))
    if (!title) continue
    const slot = slots.find((s) => c.item[s] === undefined)
    if (!slot) continue
    c.item[slot] = title
    if (translation) addNote(c.item, `${slot === 'title' ? 'Translated title' : 'Translated container title'}: ${translation}`)
  }
  const container = c.item['container-title']
  if (typeof container === 'string') {
    const {title, translation} = splitTranslation(container)
    if (translation) {
      c.item['container-title'] = title
      addNote(c.item, `Translated container title: ${translation}`)
    }
  }
}

/** Words only a Spanish citation writes (`y`, `en`, `núm.`, `trad.`, `Ibíd.`, `Universidad`, `Editorial`): two of them, one of the first kind, say the note is Spanish. */
const SPANISH_ONLY = /(?:^|[\s(,])(?:y|núm\.|trad\.|coord\.|comps?\.|[Vv]éa(?:se|nse)|[Cc]itado|Ibíd\.?|Universidad|Editorial|Ediciones|siglos?)(?=[\s,.;:)])/gu
const SPANISH_ALSO = /(?:^|[\s(,])(?:en|del|los|las)(?=\s)/gu

function readsSpanish(text: string): boolean {
  const only = text.match(SPANISH_ONLY)?.length ?? 0
  return only >= 1 && only + (text.match(SPANISH_ALSO)?.length ?? 0) >= 2
}

/** A Spanish name read as given names + one family name (`Carlos Garriga` + `Acosta`): its last given word, no given name, is its first family name. */
function spanishFamilies(names: unknown, known: ReadonlySet<string> = SPANISH_GIVEN_NAMES): boolean {
  if (!Array.isArray(names)) return false
  let changed = false
  for (const name of names as CslName[]) {
    const given = name.given?.split(' ') ?? []
    const last = given.at(-1)
    // One family name read (`Velasco Pedraza` already two), not an East Asian one (`Moo Jin Kim`).
    if (given.length < 2 || !last || !name.family || /\s/u.test(name.family) || isEastAsianFamily(name.family) || name['non-dropping-particle']) continue
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(last) || known.has(fold(last))) continue
    name.family = `${last} ${name.family}`
    name.given = given.slice(0, -1).join(' ')
    changed = true
  }
  return changed
}

/**
 * The item with its names read as Spanish, Portuguese and Catalan write them,
 * for an article in one of those languages (`Víctor Ruiz Albéniz`: family
 * `Ruiz Albéniz`): a name's last given word that is no given name a reader
 * knows (of any language: `Karl Heinz Müller` stays) is its first family
 * name. The same item when nothing changes, else a copy.
 */
export function withDoubleFamilyNames(item: ItemFields): ItemFields {
  const copy = (names: unknown) => (Array.isArray(names) ? (names as CslName[]).map((n) => ({...n})) : names)
  const author = copy(item.author)
  const editor = copy(item.editor)
  const changed = [spanishFamilies(author, GIVEN_NAMES), spanishFamilies(editor, GIVEN_NAMES)].includes(true)
  return changed ? {...item, ...(author ? {author: author as CslName[]} : {}), ...(editor ? {editor: editor as CslName[]} : {})} : item
}

/** `Ders.`, `Dies.`, `Id.`, `Idem` written as a name (BACKREF_WORDS' `idem` row): the author or authors named before. */
const namesSame = (n: CslName): boolean => backrefOf(n.family ?? n.literal ?? '')?.kind === 'idem'

/** A place read from the title's rest (`Strategien, Praxis. Heilbronn, Deutschland`): words and a full stop after a word of three letters or more (not `a. M.`, `St.`), then the place. */
const TITLE_REST_THEN_PLACE = /^(\p{L}[^.]*\p{L}{3,})\.\s+(\p{Lu}[^.]*)$/u

/**
 * Corrections of fields read together, in order; each with the citation it
 * exists for. They run after the spans are gathered, before the type rules.
 */
export const FIELD_RULES: ReadonlyArray<{name: string; example: string; apply: (item: ItemFields, text: string, note?: string) => void}> = [
  {
    name: 'a reference work named as the author is the container',
    example: 'Vgl. Wikipedia, „Programmierschnittstelle“, https://de.wikipedia.org/wiki/Programmierschnittstelle',
    apply: (item) => {
      const authors = item.author as CslName[] | undefined
      const one = authors?.length === 1 ? authors[0]! : undefined
      const name = one ? (one.literal ?? [one.given, one.family].filter((p) => p).join(' ')) : ''
      if (!ENCYCLOPEDIA_NAME.test(name) || has(item, 'container-title') || !has(item, 'title')) return
      item['container-title'] = name
      delete item.author
    }
  },
  {
    name: 'a work with no title of its own, its container published as a book, is that book',
    example: 'J. Smith, ed., The Republic of Letters, 3 vols. (New York, 1995) (the title read as a container, its editor before it); Hartung/Bues/Halbleib (Hg.), Legal Tech, 2018',
    apply: (item, text) => {
      // Published as a book: by a publisher or in a place, or edited and dated (`Hartung/Bues/Halbleib (Hg.), Legal Tech, 2018`).
      const published = has(item, 'publisher', 'publisher-place') || (has(item, 'editor') && has(item, 'issued'))
      if (has(item, 'title') || !has(item, 'container-title') || !published || has(item, 'issue', 'page', 'URL', 'DOI')) return
      // A contribution whose title the model read into its container (`Einleitung. In Der politische Totenkult`), or cut off before `In:`.
      if (containerAfterIn(item, text) || /^\s*In:?\s|(?:^|[.:]\s+)In:?\s/u.test(String(item['container-title'])) || /^\s*In:?\s/u.test(text)) return
      if ((item.issued?.['date-parts']?.[0]?.length ?? 0) === 3) return
      item.title = String(item['container-title'])
      delete item['container-title']
    }
  },
  {
    name: 'a title’s rest read into the place is the title’s',
    example: 'Ludwig Hierl, Hrsg. (2017). Mobile Payment – Grundlagen, Strategien, Praxis. Heilbronn, Deutschland: Springer Gabler Verlag (place read as “Strategien, Praxis. Heilbronn, Deutschland”)',
    apply: (item, text) => {
      const place = item['publisher-place']
      const title = item.title
      const m = typeof place === 'string' && typeof title === 'string' ? TITLE_REST_THEN_PLACE.exec(place) : null
      if (!m || !text.includes(`${title as string}, ${m[1]!}.`)) return
      item.title = `${title as string}, ${m[1]!}`
      item['publisher-place'] = m[2]!
    }
  },
  {
    name: 'Ders. among the editors is the author',
    example: 'Schütze, Sebastian: Nacktheit in großen Tableaus, in: Ders./Satzinger, Georg (Hrsg.), Der Göttliche, München 2015, S. 5 (the editors Schütze and Satzinger)',
    apply: (item) => {
      const authors = item.author as CslName[] | undefined
      const editors = item.editor as CslName[] | undefined
      if (!authors?.length || !editors?.some(namesSame)) return
      item.editor = editors.flatMap((n) => (namesSame(n) ? authors.map((a) => ({...a})) : [n]))
    }
  },
  {
    name: 'a Spanish name has two family names',
    example:
      'Carlos Garriga Acosta, “Los límites del reformismo borbónico”, en Derecho y administración pública en las Indias (México: UNAM, 1998), 781–821 (read as given Carlos Garriga, family Acosta)',
    apply: (item, text, note) => {
      // The note around the citation (which holds it) says the language better than the citation alone.
      if (!readsSpanish(note ?? text)) return
      spanishFamilies(item.author)
      spanishFamilies(item.editor)
    }
  },
  {
    name: 'a file number is no issue',
    example: '“Instruction,” 17 August 1953, in CFMA, No. 108-00018-02, pp. 13–15 (CFMA read as a journal, the file number as its issue)',
    apply: (item) => {
      for (const key of ['issue', 'number', 'volume'] as const) {
        const value = item[key]
        if (typeof value !== 'string' || !/^\d+(?:[-–/]\d+){2,}$/u.test(value) || item.archive_location !== undefined) continue
        item.archive_location = value
        delete item[key]
        const container = item['container-title']
        if (typeof container === 'string' && /^\p{Lu}[\p{Lu}\d-]{1,9}$/u.test(container) && item.archive === undefined) {
          item.archive = container
          delete item['container-title']
        }
      }
    }
  },
  {
    name: 'a version is no part of the title',
    example: 'Ferrer Aranda, *vecindario*, versión 2.3.1 (the software’s version read into its short title)',
    apply: (item) => {
      for (const key of ['title', 'edition'] as const) {
        const value = item[key]
        const m = typeof value === 'string' ? VERSION_AT_END.exec(value) : null
        if (!m || item.version !== undefined) continue
        item.version = (m[2] ?? m[3])!
        if (m[1]) item[key] = m[1]
        else delete item[key]
      }
      // `versión 2.3.1, biblioteca de Python`: the version, then what the software is.
      const kind = typeof item.edition === 'string' && item.version === undefined ? VERSION_THEN_KIND.exec(item.edition) : null
      if (kind) {
        item.version = (kind[1] ?? kind[2])!
        item.genre ??= kind[3]!
        delete item.edition
      }
      // `version 4.3.1` read as an edition without its word: an edition is never numbered in three parts.
      if (typeof item.edition === 'string' && /^\d+\.\d+\.\d+[\w.-]*$/u.test(item.edition) && item.version === undefined) {
        item.version = item.edition
        delete item.edition
      }
    }
  },
  {
    name: 'a title read as the first of its authors is the title',
    example: 'The Pandoc User’s Guide, John MacFarlane, 2024, https://pandoc.org/MANUAL.html (the title read as an organisation before the person)',
    apply: (item) => {
      const [first, ...persons] = item.author ?? []
      if (has(item, 'title') || first?.literal === undefined || persons.length === 0 || persons.some((p) => p.given === undefined)) return
      // Published somewhere (not names in prose: `Acknowledgments: Thanks to Charles Capper, Michael O'Brien`), and no body's name.
      if (!has(item, 'issued', 'URL', 'DOI', 'publisher') || isOrganisationName(first.literal) || !readsAsTitle(first.literal)) return
      item.title = first.literal
      item.author = persons
    }
  },
  {
    name: 'a program’s name read as its only author is its title',
    example: 'Zotero, version 6.0.30 (Corporation for Digital Scholarship, 2023) (`Zotero` read as the author of a versioned work with no title)',
    apply: (item) => {
      const [name, ...others] = item.author ?? []
      if (item.version === undefined || has(item, 'title', 'container-title') || !name || others.length > 0 || name.given !== undefined) return
      item.title = String(name.literal ?? name.family)
      delete item.author
    }
  },
  {
    name: 'an abbreviation before a call number is an archive',
    example: 'Protokoll der Stadtverordnetenversammlung vom 04.11.1880, StAK, Best. 10 Nr. 77, Bl. 112v–114r (“StAK” read as a journal)',
    apply: (item) => {
      const container = item['container-title']
      if (typeof container !== 'string' || has(item, 'archive', 'volume', 'issue', 'page') || !has(item, 'archive_location')) return
      // `StAK`, or an abbreviation with its full name (`RGASPI (Russian State Archive of Socio-Political History)`).
      const named = namedArchive(container)
      if (!ARCHIVE_ABBREVIATION.test(container) && !named) return
      delete item['container-title']
      readArchive(item, 'archive', container)
    }
  },
  {
    name: 'a call number is no container',
    example: 'Minutes of the Humber Crossings Committee, 9 August 1821, HCC/1/2, fols. 61–62, Kingston Corporation Archives, Hull (“HCC/1/2” read as a journal)',
    apply: (item) => {
      const container = item['container-title']
      if (typeof container !== 'string' || !/^[\p{Lu}\d]+(?:[/.-][\p{Lu}\d]+){2,}$/u.test(container) || !/\d/u.test(container) || has(item, 'archive_location')) return
      item.archive_location = container
      delete item['container-title']
    }
  },
  {
    name: 'an archive read as the publisher after a call number is the archive',
    example: 'Petition of the Ferrymen of Hessle, 12 January 1803, Quarter Sessions Bundles, QSB/4/117, Holderness Record Office, Beverley (the record office read as the publisher)',
    apply: (item) => {
      const publisher = item.publisher
      if (typeof publisher !== 'string' || has(item, 'archive') || !has(item, 'archive_location') || !namesArchive(publisher)) return
      item.archive = publisher
      delete item.publisher
      if (typeof item['publisher-place'] !== 'string') return
      item['archive-place'] = item['publisher-place']
      delete item['publisher-place']
    }
  },
  {
    name: 'the town after an archive’s name is its place',
    example: 'Minutes of the Humber Crossings Committee, 3 May 1821, HCC/1/2, fol. 44, Kingston Corporation Archives, Hull',
    apply: (item) => {
      const m = typeof item.archive === 'string' && !has(item, 'archive-place') ? ARCHIVE_THEN_TOWN.exec(item.archive) : null
      if (!m || !namesArchive(m[1]!) || namesArchive(m[2]!)) return
      item.archive = m[1]!
      item['archive-place'] = m[2]!
    }
  },
  {
    name: 'a publisher’s initials after the place are the publisher',
    example: 'Fernand Braudel, El Mediterráneo y el mundo mediterráneo en la época de Felipe II, 2 vols., México, FCE, 1953 (`México, FCE` read as the place)',
    apply: (item) => {
      const m = typeof item['publisher-place'] === 'string' && !has(item, 'publisher') ? /^(.*\p{Ll}.*?),\s*(\p{Lu}{3,6})$/u.exec(item['publisher-place']) : null
      // A state's or country's code is part of the place (`Washington, DC`, `Berlin, DDR`, `Cambridge, USA`).
      if (!m || COUNTRY_CODES.has(m[2]!)) return
      item['publisher-place'] = m[1]!
      item.publisher = m[2]!
    }
  },
  {
    name: 'names before the title of the book a part is in are its editors',
    example: 'H. E. Barnes, The Social and Political Philosophy of Auguste Comte, in: H. E. Barnes, An Introduction to the History of Sociology, Chicago 1948 (the editor read into the container)',
    apply: (item, text) => {
      const container = item['container-title']
      const before = typeof container === 'string' ? text.slice(0, Math.max(0, text.indexOf(container.slice(0, 24)))) : ''
      const m = typeof container === 'string' && !has(item, 'editor') ? (EDITORS_BEFORE_CONTAINER.exec(container) ?? oneEditorAfterInColon(container, before)) : null
      if (!m || !JOINED_BEFORE.test(before)) return
      const editors = readNameList(m[1]!)
      if (editors.names.length === 0 || editors.names.some((n) => n.literal !== undefined)) return
      item.editor = editors.names
      item['container-title'] = m[2]!
    }
  },
  {
    name: 'a statute’s name read as an author is its title',
    example: 'Buchpreisbindungsgesetz, a.a.O., S. 3449 (an act’s short name before a back-reference)',
    apply: (item) => {
      const authors = item.author as CslName[] | undefined
      const name = authors?.length === 1 && !authors[0]!.given ? (authors[0]!.family ?? authors[0]!.literal) : undefined
      if (name === undefined || has(item, 'title') || !/^\p{Lu}\p{Ll}+(?:gesetz|gesetzbuch|ordnung|verordnung)$/u.test(name)) return
      item.title = name
      item.type = 'legislation'
      delete item.author
    }
  },
  {
    name: 'a statute named by its kind and number is legislation, so named',
    example: 'Ley 1527 de 2012. Libranzas y descuentos directos de nómina. Congreso de Colombia (the law’s number read as nothing, or as an author)',
    apply: (item, text) => {
      const m = NUMBERED_STATUTE.exec(text)
      const authors = (item.author as CslName[] | undefined) ?? []
      if (!m || authors.some((n) => n.given !== undefined) || has(item, 'editor')) return
      const designation = m[0].trim()
      const title = typeof item.title === 'string' ? item.title : undefined
      if (!title?.startsWith(designation)) item.title = title ? `${designation}. ${title}` : designation
      // Enacted in the year its name gives (`de 1950`), when nothing else dates it.
      const year = /\b(1[6-9]\d\d|20\d\d)\b/u.exec(designation)?.[1]
      if (year && !has(item, 'issued')) item.issued = {'date-parts': [[Number(year)]]}
      item.type = 'legislation'
      delete item.author
    }
  },
  {
    name: 'a publisher named by its press word at the title’s end is the publisher',
    example: 'Platón, La república o el estado. Editorial Iberia S.A., Barcelona, 1970 (the publisher read into the title)',
    apply: (item) => {
      const m = typeof item.title === 'string' && !has(item, 'publisher', 'container-title') ? PUBLISHER_AT_TITLE_END.exec(item.title) : null
      if (!m) return
      item.title = m[1]!
      item.publisher = m[2]!
    }
  },
  {
    name: 'a place and publisher after the container’s last period are the imprint',
    example: 'Schmitz, Heinrich: Das Kellstädter Klärwerk 1896–1996. Eine Chronik. Kellstadt: Stadtwerke Kellstadt 1996, S. 17–19 (subtitle, place and publisher read as a container)',
    apply: (item, text) => {
      const container = item['container-title']
      const m = typeof container === 'string' && !has(item, 'publisher', 'publisher-place') ? IMPRINT_AT_END.exec(container) : null
      // Not a series and its number (`Vestnik Tambovskogo universiteta. Series: Gumanitarnye nauki 2`).
      if (!m || SERIES_WORD_BEFORE.test(m[2]!)) return
      item['publisher-place'] = m[2]!.trim()
      item.publisher = m[3]!.trim()
      if (JOINED_BEFORE.test(text.slice(0, Math.max(0, text.indexOf(String(container).slice(0, 24)))))) {
        item['container-title'] = m[1]!
        return
      }
      // Not introduced by `in`: no container, the rest is the title's subtitle.
      delete item['container-title']
      item.title = typeof item.title === 'string' ? `${item.title}. ${m[1]!}` : m[1]!
    }
  },
  {
    name: 'a series and its number in parentheses after the imprint are the collection',
    example: 'Anna Rinaldi, Contrabbandieri e doganieri, Roma, Edizioni dell’Orso Nero, 2002 (Biblioteca di storia sociale, 27), pp. 77-80 (the parenthesis read as nothing)',
    apply: (item, text) => {
      if (has(item, 'collection-title') || !has(item, 'issued', 'publisher')) return
      const m = SERIES_IN_PARENTHESES.exec(text)
      if (!m || knownPlace(m[1]!) || /^(?:1[5-9]|20)\d\d$/u.test(m[2]!)) return
      item['collection-title'] = m[1]!.trim()
      item['collection-number'] ??= m[2]!
    }
  },
  {
    name: 'a document described after its call number is the title',
    example: 'ASV, Senato Mar, reg. 14, c. 102r, ducale al podestà di Cervara, 20 gennaio 1511 (the description read into the call number)',
    apply: (item) => {
      const m = typeof item.archive_location === 'string' && !has(item, 'title') ? DESCRIBED_AFTER_CALL_NUMBER.exec(item.archive_location) : null
      if (!m) return
      item.archive_location = m[1]!
      item.title = m[2]!
    }
  },
  {
    name: 'an archive or container is named, not introduced',
    example: '“Instructions on Travel Rules,” 27 March 1955, in Dalian Municipal Archives, 2-2-794, p. 26; Frank, Lisa: Typhus. In: Beiträge zur Hygienegeschichte 12 (2004)',
    apply: (item) => {
      for (const key of ['archive', 'container-title'] as const) {
        const value = item[key]
        if (typeof value === 'string') item[key] = value.replace(INTRODUCED, '')
      }
    }
  },
  {
    name: 'a volume numeral after the title is the volume',
    example: 'F. Zanotto, Pinacoteca della I. R. Accademia Veneta di Belle Arti, II, Venezia 1844 (the volume read into the title)',
    apply: (item) => {
      const m = typeof item.title === 'string' && item.volume === undefined ? VOLUME_AFTER_TITLE.exec(item.title) : null
      if (!m) return
      item.title = m[1]!
      item.volume = m[2]!
    }
  },
  {
    name: 'a volume.issue after the journal is its volume and issue',
    example: 'Dhiraj Murthy, “Evaluating Platform Accountability,” New Media & Society 21.1 (2019): 191-213 (the numbers read into the journal)',
    apply: (item) => {
      const m = typeof item['container-title'] === 'string' && item.volume === undefined ? VOLUME_DOT_ISSUE.exec(item['container-title']) : null
      if (!m) return
      item['container-title'] = m[1]!
      item.volume = m[2]!
      item.issue ??= m[3]!
    }
  },
  {
    name: 'a web page’s archive with no call number is its publisher',
    example:
      '“Barton Waterside,” Humber Heritage Gazetteer, Estuary Records Trust, accessed 4 March 2020, https://www.humberheritage-gazetteer.org.uk/sites/barton-waterside (the site’s owner read as an archive)',
    apply: (item) => {
      if (!has(item, 'URL', 'DOI') || !has(item, 'accessed') || !has(item, 'archive') || has(item, 'archive_location', 'publisher')) return
      item.publisher = item.archive as string
      delete item.archive
    }
  },
  {
    name: 'an editor named before the book’s title in the container is its editor',
    example:
      'Xu Mingxun, “Korean People Democratic League,” in Zhongguo Chaoxianzu lishi zuji bianji weiyuanhui, ed., Shengli: Zhongguo Chaoxianzu lishi zuji congshu, Vol. 5 (Beijing: Minzu Chubanshe, 1992), p. 135 (the editor read into the container)',
    apply: (item) => {
      const container = item['container-title']
      const m = typeof container === 'string' && !has(item, 'editor') ? EDITOR_IN_CONTAINER.exec(container) : null
      if (!m) return
      const names = readNameList(m[1]!).names
      if (names.length === 0) return
      item.editor = names
      item['container-title'] = m[2]!
    }
  },
  {
    name: 'a lone name before a title is its author',
    example: 'An, Yanbian Chaoxianzu zizhizhou zhouzhi, p. 276 (a short form; “An” read as a call number)',
    apply: (item) => {
      const value = item.archive_location
      if (typeof value !== 'string' || !/^\p{Lu}\p{Ll}+$/u.test(value) || has(item, 'archive', 'author', 'editor') || !has(item, 'title')) return
      item.author = [{family: value}]
      delete item.archive_location
    }
  },
  {
    name: 'a team or institution named before the title’s first period is the author',
    example:
      'The Scikit-Learn Development Team. sklearn.metrics.precision_recall_curve, https://scikit-learn.org/stable/ (the team read into the title, or the title into the team; a body before a colon: SQLite Consortium: About SQLite)',
    apply: (item) => {
      const names = item.author
      const written = names?.length === 1 && names[0]!.literal !== undefined ? names[0]!.literal : undefined
      const text = item.title === undefined ? (written ?? '') : typeof item.title === 'string' && !names ? item.title : ''
      // An institution before a web page's title (`The University of Texas at Austin. Statistics Online Support: …`).
      const body = has(item, 'URL') && !has(item, 'container-title') ? BODY_THEN_TITLE.exec(text) : null
      // A body before a web page's title and a colon, as German notes write an author (`SQLite Consortium: About SQLite`, `OpenFoodFacts: API Documentation`).
      const colon = has(item, 'URL') && !has(item, 'container-title') ? BODY_COLON_TITLE.exec(text) : null
      const m = TEAM_THEN_TITLE.exec(text) ?? (body && BODY_WORD.test(body[1]!) ? body : null) ?? (colon && isOrganisationName(colon[1]!) ? colon : null)
      if (!m) return
      item.author = [{literal: m[1]!}]
      item.title = m[2]!
    }
  },
  {
    name: 'a document described by its kind is its title',
    example: 'Report from Asian Department to Zhang Hanfu, 21 November 1951, in CFMA, no. 106-00026-03 (the description read as an author)',
    apply: (item) => {
      const names = item.author as CslName[] | undefined
      const literal = names?.length === 1 ? names[0]!.literal : undefined
      if (literal === undefined || has(item, 'title') || !DOCUMENT_DESCRIPTION.test(literal)) return
      item.title = literal
      delete item.author
    }
  },
  {
    name: 'a container or publisher with nothing of its own is a short title',
    example: 'Gitelman, *Paper Knowledge*, p. 90 (the short title read as a container, or as a publisher; also after editors alone)',
    apply: (item) => {
      // Editors alone may name it (`Witte and Bourdeaux, eds., *Proselytism and Orthodoxy*, 22–23`: an edited book's short form); not editors beside authors (a part of it).
      if (has(item, 'title', 'issued', 'publisher-place', 'volume', 'issue', 'URL', 'DOI', 'archive', 'archive_location') || (has(item, 'editor') && has(item, 'author'))) return
      const key = has(item, 'container-title') && !has(item, 'publisher') ? 'container-title' : has(item, 'publisher') && !has(item, 'container-title') ? 'publisher' : undefined
      if (!key) return
      item.title = String(item[key])
      delete item[key]
    }
  },
  {
    name: 'a publisher dated to the month is a periodical',
    example: 'Steven M. Zeitchik, “Virtual Bookselling,” Publishers Weekly, December 15, 1997, 23 (the weekly read as a publisher)',
    apply: (item) => {
      const month = (item.issued?.['date-parts']?.[0]?.length ?? 0) >= 2
      if (!month || !has(item, 'publisher', 'title') || has(item, 'publisher-place', 'container-title', 'archive', 'URL', 'DOI', 'genre', 'edition')) return
      item['container-title'] = item.publisher
      delete item.publisher
    }
  },
  {
    name: 'a count of volumes is no part of a title',
    example:
      'Herder, Die kritischen Wälder, in Martin Bollacher (ed.), Werke, 10 vols. (Frankfurt am Main: Deutscher Klassiker Verlag, 1985–2000); Joseph Hartley, A History of the Parish, 2 vols. (Lincoln: Wold Press, 1911), 2:143 (the count read as neither)',
    apply: (item, text) => {
      const count = /(?:^|,)\s*(\d{1,3})\s+(?:vols?|volumes|Bde|Bände|voll|tomes|tomos)\.?(?=[\s(,;]|$)/iu.exec(text)
      if (count) item['number-of-volumes'] ??= count[1]!
      for (const key of ['title', 'container-title'] as const) {
        const value = item[key]
        const m = typeof value === 'string' ? /^(.*\S),?\s+(\d+)\s+(?:vols?|volumes|Bde|Bände|tomes|tomos)\.?(?=\s|$)\s*(.*)$/iu.exec(value) : null
        if (!m) continue
        item[key] = m[3] ? `${m[1]!.replace(/,$/u, '')}, ${m[3]}` : m[1]!.replace(/,$/u, '')
        item['number-of-volumes'] ??= m[2]!
      }
    }
  },
  {
    name: 'a journal after the title’s last period is the container',
    example: 'D. W. Aha, D. Kibler, and M. K. Albert. Instance-based learning algorithms. Machine Learning, 6(1) 37-66, 1991 (title and journal read as one title)',
    apply: (item) => {
      const title = item.title
      if (typeof title !== 'string' || !has(item, 'volume', 'issue') || has(item, 'container-title', 'publisher', 'publisher-place', 'editor', 'archive', 'archive_location', 'URL')) return
      const m = /^(\S+(?:\s+\S+)+?[^\s.]{2})\.\s+(\p{Lu}[^.?!:]*?)$/u.exec(title)
      if (!m || m[2]!.split(/\s+/u).length > 6) return
      item.title = m[1]!
      item['container-title'] = m[2]!
    }
  },
  {
    name: 'a container with no work in it is the work',
    example:
      'John K. Fairbank, The United States and China, 4th ed. (Cambridge, MA: Harvard University Press, 1983), 45–47 (the book’s title read as a container); [The Programming Historian](https://programminghistorian.org/en/lessons/), accessed 3 March 2021 (a site read on a day); Neumann, M. et al., GenAI Adoption, 2026, S. 297 (names, a title and a year: a work by them)',
    apply: (item) => {
      if (has(item, 'title', 'volume', 'issue', 'editor', 'archive') || !has(item, 'container-title')) return
      const imprint = has(item, 'publisher', 'publisher-place') || (has(item, 'URL', 'DOI') && has(item, 'accessed'))
      // Names, a container and a year alone (not a periodical's day, not a link, not a container read with a title's quotation mark or an issue's number in it): the container is the work by them.
      const year = (item.issued?.['date-parts']?.[0]?.length ?? 0) === 1
      const plain = !/[\d"“”‘’«»„]/u.test(String(item['container-title']))
      if (!imprint && !(has(item, 'author') && year && plain && !has(item, 'URL', 'DOI'))) return
      item.title = String(item['container-title'])
      delete item['container-title']
    }
  },
  {
    name: 'an inverted name with no title is a name and a short title',
    example: 'Pennock, Estuary Towns, 61; Hartley, Parish of Barton, 2:150 (read as the names “Pennock, Estuary Towns”, “Hartley” and “Parish of Barton”); not Víctor Ruiz Albéniz, op. cit., p. 221',
    apply: (item, text) => {
      const role = has(item, 'author') ? 'author' : 'editor'
      const names = (item[role] as CslName[] | undefined) ?? []
      const [first, second] = names
      if (!first || first.family === undefined || has(item, 'title', 'container-title') || (role === 'author' && has(item, 'editor'))) return
      // Written family name first (`Pennock, Estuary Towns`), not a name in Western order (`Víctor Ruiz Albéniz, op. cit.`).
      const given = first.given
      const inverted = given !== undefined && text.indexOf(first.family) < text.indexOf(given)
      if (names.length === 1 && given !== undefined && inverted && given.includes(' ') && !/(?:^|\s)\p{Lu}\.?(?:\s|$)/u.test(given)) {
        item.author = [{family: first.family}]
        item.title = given
      } else if (names.length === 2 && first.given === undefined && second?.literal !== undefined) {
        item.author = [first]
        item.title = second.literal
      } else return
      if (role === 'editor') delete item.editor
    }
  },
  {
    name: 'a name read with a title’s small words is the short title',
    example: 'Letters of Lowell, i. 75; Pensées d’un Solitaire, p. 66 (a title alone before its page, read as a body’s name)',
    apply: (item) => {
      const names = item.author as CslName[] | undefined
      const literal = names?.length === 1 ? names[0]!.literal : undefined
      // Not one with a person's initials in it (`P. Del Negro dans Celebrazioni patiniane`).
      if (literal === undefined || has(item, 'title', 'container-title', 'editor', 'issued', 'URL') || isOrganisationName(literal) || /(?:^|\s)\p{Lu}\./u.test(literal)) return
      // A word in lower case that no name has (`of`, `d’un`; not a particle: `de`, `van`), between capitalised words.
      if (!literal.split(/\s+/u).some((w, i, all) => i > 0 && i < all.length - 1 && /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w.toLowerCase()))) return
      item.title = literal
      delete item.author
    }
  },
  {
    name: 'a date range has ends alike',
    example: '6 November – December 1959 (a day against a month: citeproc refuses a range whose ends differ)',
    apply: (item) => {
      for (const key of ['issued', 'accessed'] as const) {
        const date = item[key] as CslDate | undefined
        const parts = date?.['date-parts']
        if (!date || !parts || parts.length < 2) continue
        const length = least(parts.map((p) => p.length))
        item[key] = {...date, 'date-parts': parts.slice(0, 2).map((p) => p.slice(0, length)) as NonNullable<CslDate['date-parts']>}
      }
    }
  },
  {
    name: 'a season is no publisher',
    example: 'CWIHP Bulletin, Nos. 14/15 (Winter 2003–Spring 2004), p. 96 (“Winter” read as the publisher)',
    apply: (item) => {
      if (typeof item.publisher === 'string' && SEASONS.has(item.publisher.toLowerCase())) delete item.publisher
    }
  },
  {
    name: 'an issue with no archive is no archive location',
    example: 'CWIHP Bulletin, Nos. 14/15 (Winter 2003–Spring 2004), p. 96 (“Nos. 14/15” read as a file number)',
    apply: (item) => {
      const location = item.archive_location
      if (typeof location !== 'string' || has(item, 'archive') || !/^(?:Nos?|Nr|n°|Heft|H)\.?\s*[\d/–-]+$/u.test(location)) return
      item.issue ??= location.replace(/^\D+/u, '')
      delete item.archive_location
    }
  },
  {
    name: 'an edition after the title or container is the edition',
    example: 'Flick, U. (1998). Qualitative Forschung, 3. Auflage. Reinbek: Rowohlt. (the edition read into the title)',
    apply: (item) => {
      for (const key of ['title', 'container-title'] as const) {
        const value = item[key]
        const m = typeof value === 'string' && item.edition === undefined ? EDITION_AFTER_TITLE.exec(value) : null
        if (!m) continue
        item[key] = m[1]!
        item.edition = m[2]!
      }
    }
  },
  {
    name: 'a place after the title’s last period, then the year, is the place',
    example: 'Kessler, Ernst: Denkschrift über die Entwässerung der Stadt Kellstadt. Kellstadt 1878, S. 4 (German: title. Place Year; the place read into the title)',
    apply: (item, text) => {
      if (has(item, 'publisher-place')) return
      const placeAt = (word: string) => new RegExp(`\\.\\s+${escapeRegExp(word)}\\s*(?::\\s*\\p{L}|\\s+(?:1[5-9]|20)\\d\\d\\b)`, 'u').test(text)
      const m = typeof item.title === 'string' ? /^(.*\S)\.\s+(\p{Lu}[\p{Ll}-]+)$/u.exec(item.title) : null
      if (m && placeAt(m[2]!)) {
        item.title = m[1]!
        item['publisher-place'] = m[2]!
        return
      }
      // `Ders.: Hundert Jahre Stadtwerke Kellstadt. Kellstadt 1998`: the place read as a journal.
      const container = item['container-title']
      if (typeof container === 'string' && /^\p{Lu}[\p{Ll}-]+$/u.test(container) && !has(item, 'volume', 'issue') && placeAt(container)) {
        item['publisher-place'] = container
        delete item['container-title']
      }
    }
  },
  {
    name: 'a place and a publisher after the title are the imprint',
    example: 'Veronica Franco, Lettere, Napoli, Ricciardi, 1949 (Italian: Title, Place, Publisher, Year; place and publisher read into the title)',
    apply: (item) => {
      if (has(item, 'publisher-place', 'publisher')) return
      for (const key of ['container-title', 'title'] as const) {
        const value = item[key]
        const m = typeof value === 'string' ? PLACE_PUBLISHER_AFTER.exec(value) : null
        if (!m || !knownPlace(m[2]!) || knownPlace(m[3]!)) continue
        item[key] = m[1]!
        item['publisher-place'] = m[2]!
        item.publisher = m[3]!
        return
      }
    }
  },
  {
    name: 'a place after the title or container is the place',
    example:
      'Ugo Foscolo, Epistolario, Firenze, Le Monnier, 1949 (the place read into the title; a place the notes model’s lexicon knows; not one inside the quotation marks: “Tablets in the Ashmolean Museum, Oxford,” SCIAMVS 5)',
    apply: (item, text) => {
      if (has(item, 'publisher-place')) return
      for (const key of ['container-title', 'title'] as const) {
        const value = item[key]
        const m = typeof value === 'string' ? PLACE_AFTER.exec(value) : null
        if (!m || !knownPlace(m[2]!) || closedByQuotationMark(text, value as string)) continue
        item[key] = m[1]!
        item['publisher-place'] = m[2]!
        return
      }
    }
  },
  {
    name: 'an edition is its number',
    example: '2nd ed.; 3e éd.; 2. Aufl.; 4a ed.; rev. ed. (kept as written)',
    apply: (item) => {
      const m = typeof item.edition === 'string' ? EDITION_NUMBER.exec(item.edition.trim()) : null
      if (m) item.edition = m[1]!
    }
  },
  {
    name: 'a series name ends before its number’s label',
    example: 'Hazel Smith, “Explaining Migration,” NKIDP e-Dossier No. 11, p. 1 (“NKIDP e-Dossier No” read as the series, “11” as its number)',
    apply: (item) => {
      if (!has(item, 'number', 'issue', 'volume')) return
      for (const key of ['container-title', 'collection-title', 'genre'] as const) {
        const value = item[key]
        const m = typeof value === 'string' ? /^(.*\S)\s+(?:No|Nos|Nr|Nrs|n°|nº|Vol|Vols|Bd|Heft|H)\.?$/u.exec(value) : null
        if (m) item[key] = m[1]!
      }
    }
  },
  {
    name: 'a numbered series is a report’s',
    example:
      'Hazel Smith, “Explaining Migration,” NKIDP e-Dossier No. 11, p. 1; Jane Doe, Border Trade, Working Paper No. 4; Shen and Xia, “China and North Korea,” North Korea International Documentation Project Working Paper No. 4 (the series read as a genre)',
    apply: (item) => {
      // A genre that names a series (`… Project Working Paper`, more than the kind of paper) is the series.
      if (typeof item.genre === 'string' && NAMED_SERIES.test(item.genre) && !has(item, 'collection-title')) {
        item['collection-title'] = item.genre
        delete item.genre
      }
      const series = ['collection-title', 'container-title', 'genre'].find((k) => typeof item[k] === 'string' && SERIES.test(item[k] as string))
      const number = item.number ?? item.issue ?? item.volume
      if (!series || number === undefined || has(item, 'archive')) return
      if (series !== 'genre') item['collection-title'] = item[series]
      if (series === 'container-title') delete item['container-title']
      item.number = number
      for (const k of ['issue', 'volume'] as const) if (item[k] === number) delete item[k]
      item.type = 'report'
    }
  },
  {
    name: 'a series’ number is the collection number',
    example: 'Aschau, Friederike von: Der Magistrat als Unternehmer (= Schriften zur Stadtgeschichte, Bd. 14). Münster 2009 (a book in a numbered series; a report keeps its number)',
    apply: (item) => {
      if (!has(item, 'collection-title') || item.number === undefined || item.type === 'report' || has(item, 'collection-number')) return
      item['collection-number'] = item.number
      delete item.number
    }
  },
  {
    name: 'a preprint’s identifier is its number, its repository the publisher',
    example: 'Nathan Halko, Per-Gunnar Martinsson, and Joel A. Tropp, “Finding Structure with Randomness,” arXiv:0909.4061 [Math], September 22, 2009 (the identifier read as no field)',
    apply: (item, text) => readPreprint(item, text)
  },
  {
    name: 'a standard’s designation is its number, its revision the version',
    example:
      'R. Fielding, M. Nottingham, and J. Reschke, “HTTP Semantics,” RFC 9110, June 2022, https://www.rfc-editor.org/rfc/rfc9110; NIST, Protecting Controlled Unclassified Information, NIST SP 800-171 Rev. 2',
    apply: (item, text) => void readStandard(item, text)
  }
]

/** The word that introduces an archive or container (`in Dalian Municipal Archives`, `In: Beiträge …`). */
const INTRODUCED = new RegExp(`^(?:${containerJoins(false, ['nella'])})\\s*:?\\s+(?=\\S)`, 'iu')

/** Words before a number's label (`NKIDP e-Dossier No. 11`, `Working Paper Nr. 4`). */
const SERIES_BEFORE_NUMBER = /^\s*(\p{L}[\p{L}\d\s-]*?\p{L})\s+(?=(?:No|Nr|Nos|no|nr|n°|Heft)\.?\s*\d)/u

/**
 * Words that read as a title rather than names: opening with an article or
 * holding a word in lower case (`The Pandoc User’s Guide`, `L’Alcorano cio`),
 * with no initial, no known given name and no Han characters (`Gemin M.
 * Pedrocco E`, `Tels : Stéphane PETIT`, `李品庆`).
 */
function readsAsTitle(words: string): boolean {
  if (/\b\p{Lu}\.|\p{Script=Han}/u.test(words) || words.split(/[\s:,]+/u).some(knownGivenName)) return false
  return /^(?:The|A|An|Le|La|Les|L’|L'|Il|Lo|El|Los|Las|Der|Die|Das)\s?\p{L}/u.test(words) || /(?:^|\s)\p{Ll}{3,}/u.test(words)
}

/** A letter described by whom it was written to (`letter to his mother`, `lettre à`, `carta a`, `lettera a`: in lower case, which no title writes; the German noun `Brief an` only outside the title, `Brief an den Vater` being Kafka's). */
const LETTER_TO = /(?:^|[\s,(])((?:letter (?:to|from)|lettre (?:à|de)|carta (?:a|de)|lettera (?:a|di)|Brief an) \S)/u

/** A treaty series (`United Nations Treaty Series`, `UNTS`, `Consolidated Treaty Series`, `Recueil des traités`). */
const TREATY_SERIES = /\bTreaty Series\b|^U\.?N\.?T\.?S\.?$|\bRecueil des [Tt]rait[ée]s\b/u

/** A treaty named by its kind between parties (`Treaty between Ukraine and …`, `Treaty of Westphalia`, `Convention for the Protection of …`). */
const TREATY_NAME = /^(?:The\s+)?(?:Treaty|Convention|Agreement|Protocol|Accord)\s+(?:of|on|between|for|concerning|relating to)\s+\p{Lu}/u

/** A title or edition ending with a version (`vecindario, versión 2.3.1`, `Stata v. 14.2`): the title (group 1), the version (2 or 3). */
const VERSION_AT_END = new RegExp(`^(.*?)[\\s,;.]*(?:${VERSION})$`, 'iu')

/** A version, then what the program is (`versión 2.3.1, biblioteca de Python`): the version (group 1 or 2), the kind (3). */
const VERSION_THEN_KIND = new RegExp(`^${VERSION}\\s*,\\s*(\\p{L}[^,]*)$`, 'iu')

/** A title, then its edition (`Qualitative Forschung, 3. Auflage`, `Histoire de Paris. 2e éd.`). */
const EDITION_AFTER_TITLE = new RegExp(`^(.*\\S)[,.]\\s+${editionPattern('required')}$`, 'iu')

/** An edition as its span writes it (`2nd ed.`, `3e éd.`, `2. Aufl.`, `4a`): its number. */
const EDITION_NUMBER = new RegExp(`^${editionPattern('optional')}$`, 'iu')

/** A title or container, a comma and one to three capitalized words (`…, Opladen`, `…, Frankfurt am Main`): a place if its first word is a known one. */
const PLACE_AFTER = /^(.*\S),\s+(\p{Lu}[\p{L}.]*(?:[\s/-]+[\p{L}.]+){0,2})$/u
/**
 * A statute named by its kind and its number, at the citation's start (`Ley 1527 de 2012`, `Decreto Ley 2663 de
 * 1950`, `Ley N° 31814`, `Loi n° 78-17 du 6 janvier 1978`, `Legge 22 aprile 1941, n. 633`, `Decreto-Lei n.º 63/85`).
 */
export const NUMBERED_STATUTE =
  /^(?:(?:Real\s+)?Decreto(?:[\s-]+(?:Ley|Legislativo|Supremo|Lei))?|Ley(?:\s+(?:Orgánica|Federal|General|Nacional))?|Loi(?:\s+organique)?|Legge|Lei)\s+(?:n(?:[°º.]|o\.?|r\.?|\.º)?\s*)?\d[\d./-]*(?:\s+(?:de|du|del)\s+(?:\d{1,2}(?:er)?\s+(?:de\s+)?\p{L}+\s+(?:de\s+)?)?\d{4}|\s+\p{L}+\s+\d{4},\s*n\.\s*\d+)?/iu
/** A title, a place, then a publisher of one to four capitalised words (`Lettere, Napoli, Ricciardi`; `…, Torino, Einaudi`). */
const PLACE_PUBLISHER_AFTER = /^(.*\S),\s+(\p{Lu}[\p{L}.]*(?:[\s/-]+\p{Lu}[\p{L}.]+){0,2}),\s+(\p{Lu}[\p{L}.'’&-]*(?:\s+[\p{L}.'’&-]+){0,3})$/u

/** The place names the notes model knows (its `place` lexicon), folded. */
const PLACE_WORDS: ReadonlySet<string> = new Set(LEXICONS.find((l) => l.name === 'place')!.words.split(' '))

/** Words of the lexicon that name a place only with the next (`New York`, `Los Angeles`, `Frankfurt am Main`). */
const PLACE_PHRASES: Readonly<Record<string, readonly string[]>> = {new: ['york', 'haven'], los: ['angeles'], buenos: ['aires']}

/** Words that end a place's name and start none (`Haven`; `Main` of `Frankfurt am Main`). */
const PLACE_TAILS: ReadonlySet<string> = new Set([...Object.values(PLACE_PHRASES).flat(), 'main'])

/** `Opladen`? no; `Paris`, `Frankfurt am Main`, `New York`, `Frankfurt/M.`: a place the lexicon knows, by its first word. */
function knownPlace(text: string): boolean {
  const [first, second] = fold(text).split(/[\s/-]+/u)
  if (!first || !PLACE_WORDS.has(first) || PLACE_TAILS.has(first)) return false
  const phrase = PLACE_PHRASES[first]
  return !phrase || (second !== undefined && phrase.includes(second))
}

/** Countries' and states' codes written after a town: part of the place, no publisher's initials. */
const COUNTRY_CODES: ReadonlySet<string> = new Set('USA GBR DDR BRD RFA RDA GDR FRG URSS USSR UDSSR SSSR UAE RSA NSW'.split(' '))

/** A date span that is a date, then a page (`DATE_THEN_PAGE`: `2 September 1848, 2`, a newspaper's page read into its date). */
const DAY_THEN_PAGE = new RegExp(`^${DATE_THEN_PAGE.pattern}$`, 'u')

/** The date and the page of a date span that ends with a page after a full date, if it does. */
function pageAfterDay(text: string): {date: string; page: string} | undefined {
  const m = DAY_THEN_PAGE.exec(text.trim())
  if (!m?.[2] || readDate(m[1]!)?.['date-parts']?.[0]?.length !== 3) return undefined
  return {date: m[1]!, page: m[2]!}
}

/**
 * A year in square brackets with the citation's own date after it (`Gilles
 * Deleuze, "Postskriptum über die Kontrollgesellschaften" [1990], in: ders.,
 * Unterhandlungen (Frankfurt a. M.: Suhrkamp, 1993)`): the year the work
 * first appeared, not that of the edition cited.
 */
function firstPublished(note: string, span: FieldSpan, later: readonly FieldSpan[]): boolean {
  return /\[\s*$/u.test(note.slice(Math.max(0, span.start - 2), span.start)) && /^\s*\]/u.test(note.slice(span.end, span.end + 2)) && later.some((s) => s.field === 'issued')
}

/** A page number right after a year that ends a day's date (`April 25, 1947, 21.`, `27 May 1905. 338.`). */
const PAGE_AFTER_DAY = /\b(?:1[5-9]|20)\d\d[,.]\s*\d{1,3}(?:\s*,\s*\d{1,3})*[.,;]?(?:\s|$)/u

/** A date span: the date, and the page written after a day or what the span ran on into past its date (`dateRunOn`). */
function readDateSpan(out: Collected, field: 'issued' | 'accessed', text: string): void {
  const paged = field === 'issued' ? pageAfterDay(text) : undefined
  if (paged) out.pages.push({...readPages(paged.page), before: ', '})
  let date = readDate(paged?.date ?? text)
  const ran = date && !date['date-parts'] ? dateRunOn(text) : undefined
  if (ran) {
    date = ran.date
    if (ran.pages) out.pages.push({...readPages(ran.pages), before: ', '})
    else if (ran.rest) addNote(out.item, ran.rest)
  }
  if (date && !out.item[field]) out.item[field] = date
}

/** The words before a date that say when a page was read (`abgerufen am`, `accessed`, `consultado el`, `letzter Zugriff:`: `ACCESS_WORDS`). */
const ACCESSED_BEFORE = new RegExp(`(?:${alternation(ACCESS_WORDS)})\\s*:?\\s*$`, 'iu')

/** A body that makes software or documentation, its name ending in its kind, then a period or comma and the title (`The Pandas Development Team. pandas.qcut`). */
const TEAM_THEN_TITLE = /^((?:The\s+)?\p{Lu}[\p{L}\d.+-]*(?:\s+\p{Lu}[\p{L}\d.+-]*)*\s+(?:Development Team|Core Team|Team|Developers|Contributors|Project|Foundation|Consortium))[.,]\s+(\S.*)$/u

/** A name of at most four words, a colon, then a title (`SQLite Consortium: About SQLite`). */
const BODY_COLON_TITLE = /^((?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\d.&'’+-]*(?:\s+[\p{L}\d.&'’+-]+){0,3}):\s+(\p{Lu}.*)$/u

/** An institution that publishes a web page, then a period and the page's title (`University of Southern California Libraries. Research Guides: …`). */
const BODY_THEN_TITLE = /^((?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|at|for|and|the|\p{Lu}[\p{L}'’-]*))*)\.\s+(\S.*)$/u

/** The words that say a name is an institution's (`University`, `Libraries`, `Institute`). */
const BODY_WORD = /\b(?:University|Universit[äé]t?|Libraries|Library|Institute|Institut|Museum|Society|Association|Center|Centre|Department|Office|Agency|Council|Commission|Archives)\b/u

/** A meeting named in a proceedings' title (`… of the 2004 Conference on …`, `Annual Meeting`, `Workshop`, `colloque`). */
const MEETING = /\b(?:Conference|Meeting|Workshop|Symposium|Congress|Colloquium|colloque|congrès|convegno|congreso|Tagung)\b/iu

/** A container that is a conference's proceedings, by its name (`Proceedings of the 2004 Conference on …`, `Actes du colloque`, `Tagungsband`). */
const PROCEEDINGS = /\b(?:Proceedings|Proc\.|Actes du (?:colloque|congrès)|Atti del (?:convegno|congresso)|Actas del (?:congreso|coloquio)|Tagungsband)\b/iu

/** An archive's name, then a town of one to three capitalized words, and a state's code (`National Archives, College Park, MD`). */
const ARCHIVE_THEN_TOWN = /^(.+?),\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}(?:,\s*\p{Lu}{2})?)$/u

/** The name says it is an archive (`Holderness Record Office`, `Kingston Corporation Archives`, `Staatsarchiv`): one of its words is an archive's. */
function namesArchive(name: string): boolean {
  const words = fold(name).split(/[^\p{L}’']+/u)
  return /\brecords? office\b/iu.test(name) || words.some((w) => ARCHIVE_WORDS.has(w) || /^(?:staats|stadt|landes|kreis|bundes|haupt)?archiv$/u.test(w))
}

/** A document named by its kind and who sent it or to whom (`Report from Asian Department to Zhang Hanfu`, `Bericht des Landrats an …`). */
const DOCUMENT_DESCRIPTION =
  /^(?:report|memorandum|memo|telegram|cable|letter|minutes|note|instructions?|directive|speech|bericht|schreiben|brief|rapport|lettre|informe|carta|lettera|relazione)\s+(?:from|to|of|on|by|concerning|des|der|an|von|de|du|à|al|del|a|dal)\b/iu

/** Names, their editor's mark, then the book's title: `Zhongguo … weiyuanhui, ed., Shengli: …`, `Jane Doe and John Roe, eds., Water and Empire`. */
const EDITOR_IN_CONTAINER = new RegExp(`^((?:[^,]+?)(?:,\\s*[^,]+?)?),\\s*(?:${roleMarks(['editor'], '', false)})\\.,?\\s+(\\p{Lu}.+)$`, 'u')

/** An editor's mark alone between two spans (`, ed., `). */
const EDITOR_BETWEEN = new RegExp(`^\\s*,\\s*(?:${roleMarks(['editor'], '', false)})\\.,?\\s*$`, 'u')

/** A title, a comma and a roman numeral at its end: `Storia di Venezia, II`. */
const VOLUME_AFTER_TITLE = /^(.*\S),\s+((?=[IVXLC]+$|[ivxlc]+$)(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))$/u

/**
 * A word that says a series' name follows (`coll. «`, `collection`, `Reihe`, `collana`, `colección`, `series`), right before a
 * title. Not `SERIES`' words: those are a report series' kind, part of its name (`Working Paper`, `Cahiers de recherche`).
 */
const SERIES_WORD_BEFORE = new RegExp(`(?:^|[\\s(,;])(?:coll|col|collection|collana|colección|colecc|Reihe|Schriftenreihe|series|serie|série)\\.?\\s*(?:${quotationClass('open')}|:)?\\s*$`, 'iu')

/** Names of report series (`Working Paper`, `e-Dossier`, `Arbeitspapier`, `Document de travail`). */
const SERIES =
  /\b(?:working papers?|discussion papers?|occasional papers?|policy papers?|research papers?|e-dossiers?|dossiers?|briefs?|technical reports?|arbeitspapiere?|diskussionspapiere?|documents? de travail|cahiers? de recherche|documentos? de trabajo|quaderni)\b/iu

/** A series named by more than its kind: `North Korea International Documentation Project Working Paper`, not `Working Paper`. */
const NAMED_SERIES = new RegExp(`\\S\\s+${SERIES.source.replace(/^\\b/, '')}$`, 'iu')

const has = (item: ItemFields, ...keys: string[]) => keys.some((k) => item[k] !== undefined && item[k] !== '')

/**
 * The word that says a part appeared in a larger work, just before its title,
 * as Chicago writes it for a chapter: `, in`, `dans`, `en`, `nel`. Not `In:`
 * nor `im`, which German styles write before journals as well as books.
 */
const IN_BEFORE = new RegExp(`(?:^|[\\s,;(])(?:${containerJoins(false, ['im'])})\\s+${quotationClass('open')}?$`, 'u')

/** The container is introduced by `in` (a chapter's book; some styles write it before a journal too). */
function containerAfterIn(item: ItemFields, text: string): boolean {
  const container = item['container-title']
  if (typeof container !== 'string' || container === '') return false
  const at = text.indexOf(container.slice(0, 24))
  return at > 0 && IN_BEFORE.test(text.slice(Math.max(0, at - 8), at))
}

/** The volume is written with its word (`Vol. 1`, `Bd. 2`, `t. III`), as a book's volumes are; a journal's stands bare (`34, no. 2`). */
function labeledVolume(item: ItemFields, text: string): boolean {
  const volume = item.volume
  return typeof volume === 'string' && new RegExp(`(?:^|[\\s,(])(?:vols?|Bd|Band|t|tome|tomo|volume|volumen)\\.?\\s*${escapeRegExp(volume)}(?![\\p{L}\\d])`, 'iu').test(text)
}

/** A title that says the work is a report (`First Report of the Commissioners…`, `Jahresbericht 1998`, `Rapport annuel`). */
const REPORT_TITLE =
  /^(?:(?:first|second|third|fourth|fifth|sixth|final|annual|interim|special|\d+(?:st|nd|rd|th))\s+)?report\s+(?:of|on|to|for|by)\b|^(?:jahres|schluss|abschluss|tätigkeits)?bericht\b|^rapport\s+(?:annuel|final|d['’]activité|sur|de|au|à|aux)\b|^informe\s+(?:anual|final|sobre|de)\b/iu

/** An issue dated by its year alone (`No. 5 (2000)`): a journal's; a newspaper's issue carries its day (`No. 2233 (18 June 1957)`). The day-precise date is then the document's. */
const ISSUE_OF_A_YEAR = /\b(?:No|Nr|no|nr|n°|Heft)\.?\s*\d+\s*\((?:1[5-9]|20)\d\d\)/u

/** An issue dated to the day (`No. 2233 (18 June 1957)`): a newspaper's or a bulletin's, whoever edits it. */
const ISSUE_OF_A_DAY = /\b(?:No|Nr|no|nr|n°)\.?\s*\d+\s*\(\d{1,2}\.?\s+\p{L}+\.?\s+(?:1[5-9]|20)\d\d\)/u

/**
 * A part of an edited collection of documents has no issue: its number is the
 * collection's volume (`“On Korean Nationals in Yanbian,” December 1946, in …,
 * ed., Zhonggong … huibian, No. 1 (typescript, 1985)`); a numbered series is
 * its collection number, read before.
 */
function collectionVolume(item: ItemFields): void {
  if (item.type !== 'chapter' || item.issue === undefined || !has(item, 'editor') || has(item, 'volume', 'collection-title')) return
  item.volume = item.issue
  delete item.issue
}

/** A statute's name read as a container is its title, and its official number read as an issue its number (`Schweizerische Zivilprozessordnung … (ZPO; SR 272)`). */
function statuteFields(item: ItemFields): void {
  if (item.type !== 'legislation') return
  if (!has(item, 'title') && has(item, 'container-title')) {
    item.title = String(item['container-title'])
    delete item['container-title']
  }
  if (has(item, 'issue') && !has(item, 'number')) {
    item.number = String(item.issue)
    delete item.issue
  }
}

/** A periodical's number is its issue (`No. 2233` read as a number). */
function periodicalIssue(item: ItemFields): void {
  if (!['article-newspaper', 'article-journal', 'article-magazine'].includes(String(item.type)) || item.number === undefined || has(item, 'issue')) return
  item.issue = item.number
  delete item.number
}

/**
 * A sign that the work is a program: a version (`version 4.3`, `v1.2`), or a
 * word (`software`, `logiciel`, `package`; `version` even with no number,
 * which takes `A quantum version of …` with a URL for software too).
 */
const VERSIONED = new RegExp(VERSION, 'iu')
const SOFTWARE_WORD = /\b(?:version|software|Software|logiciel|package)\b/u

/** A reference work's name (`Wikipedia`, `Encyclopaedia Britannica`, `Oxford Dictionary of National Biography`, `Historisches Lexikon der Schweiz`): its articles are entries. */
const ENCYCLOPEDIA_NAME =
  /\b(?:Wikipedia|Encyclop(?:a|æ)?edia|Enzyklop(?:ä|ae)die|Encyclop[ée]die|Enciclopedia|Britannica|Dictionary of National Biography|Lexikon|Dictionnaire|Diccionario|Dizionario)\b/iu
/** A blog, by its name or its address (`Google AI Blog`, `…/blog/…`, `….wordpress.com`, `hypotheses.org`). */
const BLOG_SIGN = /\bblog\b|\/blog\/|\bblog\.|\.blogspot\.|wordpress\.com|medium\.com\/|substack\.com|hypotheses\.org/iu
/** A magazine's name: the word, a review or bulletin with no volume, or a title most readers know (`Wired`, `The Atlantic`, `Der Spiegel`). */
const MAGAZINE_NAME =
  /\b(?:Magazine|Magazin|Review|Bulletin|Weekly|Monthly|Wired|Atlantic|Economist|New Yorker|Foreign Affairs|Foreign Policy|Spiegel|Newsweek|Forbes|Fortune|Businessweek|Slate|Harper['’]s|Rolling Stone|Scientific American|National Geographic|New Scientist|heise online|Stern|Focus)\b|^(?:The )?(?:Time|Nation|Vox|Salon)$/u
/** A newspaper's or a news service's name (`The Guardian`, `South China Morning Post`, `Süddeutsche Zeitung`, `BBC News`, `El País`). */
const NEWSPAPER_NAME =
  /\b(?:Times|Post|Herald|Tribune|Guardian|Gazette|Gazzetta|Gaceta|Daily|Chronicle|Telegraph|Observer|Independent|Courier|Courrier|Zeitung|Allgemeine|Rundschau|Tagesspiegel|Kurier|Anzeiger|Monde|Figaro|Libération|País|Vanguardia|Corriere|Repubblica|Stampa|Messaggero|Diario|Heraldo|Correspondencia|Clarín|Reuters|Associated Press|Bloomberg|News|CNN|NPR|Xinhua)\b/u
/** A body that publishes reports: an institute, a centre, a council, an office, an agency (`Center for a New American Security`, `Executive Office of the President`). */
const REPORTING_BODY =
  /\b(?:Institute|Institut|Instituto|Istituto|Institution|Cent(?:er|re)|Centro|Zentrum|Council|Office|Foundation|Stiftung|Fundación|Fondation|Agency|Agentur|Commission|Kommission|Ministry|Ministerium|Ministère|Ministerio|Department|Administration|Bureau|Corporation|Forschungsgemeinschaft|Bank|Organi[sz]ation|Association)\b/u
/** A publisher of books, which a body that publishes reports is not (`MIT Press`, `Suhrkamp Verlag`, `Éditions du Seuil`). */
const PRESS_WORD = /\b(?:Press|Presses|Verlag|Verlags\w*|Publishing|Publishers?|Books|Éditions|Editions|Editorial|Ediciones|Edizioni|Editora|Libri)\b/u
/** A title that names itself a report somewhere (`Building an AI World: Report on National and Regional AI Strategies`, `Policy Brief`). */
const REPORT_IN_TITLE = /\b(?:report|white paper|policy brief|Bericht|rapport|informe)\b/iu

/** A statute's or a regulation's name (`Bundesgesetz über die Raumplanung`, `Schweizerische Zivilprozessordnung`, `Civil Rights Act`, `Ley Orgánica`). */
const STATUTE_NAME = /(?:[Gg]esetz(?:buch)?|ordnung)\b|\b(?:Act|Statute|Code|Constitution|Loi|Ley|Decreto|Regulation|Directive|Richtlinie|Verfassung)\b/u
/** Where a statute is published, as a statute's citation gives it (`SR 272`, `BGBl. I S. 2`, `42 U.S.C.`, `78 Stat. 241`, `AS 2005 …`) or its date of enactment (`vom 18. Juni 2004`). */
const OFFICIAL_REFERENCE = /\bSR\s*\d|\bBGBl\b|\bRGBl\b|\bU\.\s?S\.\s?C\.|\bStat\.\s*\d|\bAS\s+\d{4}\b|\bBOE\b|\bJORF\b|\bGazzetta Ufficiale\b|\bvom\s+\d{1,2}\.\s*(?:\d{1,2}\.|\p{L}+)\s*\d{4}/u

/** Item types, the first rule that holds wins; each with the citation it exists for. */
export const TYPE_RULES: ReadonlyArray<{type: string; example: string; test: (item: ItemFields, text: string) => boolean}> = [
  {
    type: 'personal_communication',
    example: 'Paul B. Anderson, letter to his mother, October 10, 1920, 1–3 (PBAFP KFYA)',
    // Correspondence described (CSL 1.0.2 has no `letter` type: its letters are personal communications, Zotero's `letter`), not a work titled so (`Letters to a Young Poet`, Kafka's `Brief an den Vater`).
    test: (i, t) => {
      const m = LETTER_TO.exec(t)
      // The phrase in a title is the title's (`“Aneddoti storici: I. Una lettera di Alessandro VI”`) unless it opens it: a letter described as its title (`letter to Berta`).
      const inTitle = (v: unknown) => typeof v === 'string' && v.includes(m![1]!) && (m![1]!.startsWith('Brief') || !v.startsWith(m![1]!))
      return m !== null && ![i.title, i['container-title']].some(inTitle)
    }
  },
  {
    type: 'interview',
    example: 'Paul B. Anderson, “YMCA Russian Work,” interview with Donald E. Davis, September 9, 1971, KFYA',
    // Described after the title, not a title that says so (`“An Interview with Noam Chomsky,” The Nation`).
    test: (i, t) => {
      const m = /(?:^|[\s,(])(interview (?:with|by) \p{Lu})/u.exec(t)
      return m !== null && ![i.title, i['container-title']].some((v) => typeof v === 'string' && v.includes(m[1]!))
    }
  },
  {type: 'manuscript', example: '“Report on the Border,” 23 March 1953, CFMA, No. 118-00175-01', test: (i) => has(i, 'archive', 'archive_location')},
  {
    type: 'standard',
    example: 'R. Fielding, M. Nottingham, and J. Reschke, “HTTP Semantics,” RFC 9110, June 2022, https://www.rfc-editor.org/rfc/rfc9110',
    // The number is a standard's designation, whole (`RFC 9110`, `ISO/IEC 14443-3:2011`), not a number that holds one.
    test: (i) => typeof i.number === 'string' && STANDARD_DESIGNATION.exec(i.number)?.[1] === i.number && !has(i, 'container-title', 'volume', 'issue')
  },
  {
    type: 'thesis',
    example: 'Anna Berg, “Die Stadt” (PhD diss., Universität Wien, 2001)',
    test: (i, t) =>
      /\b(?:diss(?:ertation)?|thesis|th[eè]se|tesis|tesi|tese de (?:mestrado|doutorado)|Habilitationsschrift|Magisterarbeit|Masterarbeit|trabajo de fin de (?:máster|grado)|disserta[cç][aã]o de (?:mestrado|doutorado))(?![\p{L}])/iu.test(
        String(i.genre ?? t)
      )
  },
  {
    type: 'article',
    example: 'Moo Jin Kim et al. OpenVLA: An Open-Source Vision-Language-Action Model. arXiv:2406.09246, 2024. https://arxiv.org/abs/2406.09246',
    // A preprint: its repository (`arXiv`, `bioRxiv`, `SSRN`) or the word; a journal's article with its arXiv link is none (`Journal 12, no. 3 (2020), https://arxiv.org/…`).
    test: (i) => isPreprint(i)
  },
  {
    type: 'report',
    example: 'Jane Doe, Border Trade, Working Paper No. 12 (Washington, DC: Wilson Center, 2004)',
    test: (i, t) =>
      /\b(?:working paper|report|rapport|Bericht|informe|discussion paper|Arbeitspapier)\b/iu.test(String(i.genre ?? '')) ||
      (/\bworking paper\b/iu.test(t) && has(i, 'number')) ||
      REPORT_TITLE.test(String(i.title ?? ''))
  },
  {
    type: 'software',
    example: 'R Core Team, R: A Language and Environment for Statistical Computing, version 4.3 (Vienna: R Foundation, 2023)',
    // The words of the citation, not of its link (`…/telota/software/ediarum`); a blog's post is none (`…/blog/2017-12-12-standard-format-citation-files`).
    test: (i, t) => {
      const words = withoutLinks(t)
      return (has(i, 'version') || VERSIONED.test(words) || SOFTWARE_WORD.test(words)) && has(i, 'URL', 'publisher') && !has(i, 'container-title') && !BLOG_SIGN.test(String(i.URL ?? ''))
    }
  },
  {
    type: 'paper-conference',
    example:
      'Rada Mihalcea and Paul Tarau, “TextRank: Bringing Order into Text,” in Proceedings of the 2004 Conference on Empirical Methods in Natural Language Processing (Barcelona: ACL, 2004), 404–11',
    // Not a journal named so (`Proceedings of the American Philosophical Society 131, no. 2`): no issue, and a meeting named or an imprint.
    test: (i) => {
      const container = String(i['container-title'] ?? '')
      return has(i, 'title') && PROCEEDINGS.test(container) && !has(i, 'issue') && (MEETING.test(container) || has(i, 'publisher', 'publisher-place', 'editor'))
    }
  },
  {
    type: 'report',
    example: 'Paul Scharre and Michael C. Horowitz, Artificial Intelligence (Washington, DC: Center for a New American Security, 2018), https://example.org/ai.pdf',
    // A body's publication online, or one that names itself a report; not a book from a press.
    test: (i) =>
      !has(i, 'container-title') && REPORTING_BODY.test(String(i.publisher ?? '')) && !PRESS_WORD.test(String(i.publisher ?? '')) && (has(i, 'URL') || REPORT_IN_TITLE.test(String(i.title ?? '')))
  },
  {
    type: 'report',
    example: 'Deutsche Forschungsgemeinschaft, Einschätzungen zur Planung von Konsortien, Bonn 2019, https://www.dfg.de/nfdi_eg.pdf',
    test: (i) => !has(i, 'container-title', 'publisher') && bodyNamed(i) && /\.pdf(?:$|[?#])/iu.test(String(i.URL ?? ''))
  },
  {
    type: 'legislation',
    example: 'Schweizerische Zivilprozessordnung vom 19. Dezember 2008 (ZPO; SR 272)',
    // A statute is named and published officially, and written by no one.
    test: (i, t) => !has(i, 'author', 'editor', 'publisher') && STATUTE_NAME.test(String(i.title ?? i['container-title'] ?? '')) && OFFICIAL_REFERENCE.test(t)
  },
  {
    type: 'treaty',
    example: 'Treaty on Friendship, Cooperation and Partnership between Ukraine and the Russian Federation, Concluded in Kiev May 31, 1997, United Nations Treaty Series Vol. 3007',
    // An agreement between states, written by no one, named so or printed in a treaty series.
    test: (i) => !has(i, 'author', 'editor') && (TREATY_SERIES.test(String(i['container-title'] ?? '')) || TREATY_NAME.test(String(i.title ?? '')))
  },
  {
    type: 'entry-encyclopedia',
    example: '“Stylometry,” Wikipedia, accessed 4 March 2020, https://en.wikipedia.org/wiki/Stylometry',
    test: (i) => ENCYCLOPEDIA_NAME.test(String(i['container-title'] ?? '')) || /wikipedia\.org\/wiki\//iu.test(String(i.URL ?? ''))
  },
  {
    type: 'post-weblog',
    example: 'Jeffrey Bigham, “Bias and Fairness,” Jeff’s Blog, May 2, 2019, https://example.org/blog/2019/bias',
    test: (i) => has(i, 'URL') && !has(i, 'volume', 'issue', 'publisher-place', 'DOI') && (BLOG_SIGN.test(String(i['container-title'] ?? '')) || BLOG_SIGN.test(String(i.URL)))
  },
  {
    type: 'article-magazine',
    example: 'Tom Simonite, “The Wired Guide to Quantum Computing,” Wired, August 24, 2018, https://www.wired.com/story/wired-guide-to-quantum-computing/',
    test: (i) => has(i, 'container-title') && !has(i, 'volume', 'publisher', 'publisher-place', 'editor') && onlineOrDated(i) && MAGAZINE_NAME.test(String(i['container-title']))
  },
  {
    type: 'article-newspaper',
    example: 'Stephen Chen, “China Builds a Quantum Satellite,” South China Morning Post, August 16, 2016, https://www.scmp.com/news/china',
    test: (i) => has(i, 'container-title') && !has(i, 'volume', 'issue', 'publisher', 'publisher-place', 'editor') && onlineOrDated(i) && NEWSPAPER_NAME.test(String(i['container-title']))
  },
  {
    type: 'article-newspaper',
    example: 'Xinhua News Agency ed., Neibu cankao, No. 2233 (18 June 1957), pp. 34–35',
    test: (i, t) => has(i, 'container-title') && !has(i, 'volume', 'publisher', 'URL', 'DOI') && ISSUE_OF_A_DAY.test(t)
  },
  {
    type: 'article-newspaper',
    example: 'New York Times, 17 May 1976, 43',
    test: (i, t) => has(i, 'container-title') && !has(i, 'volume', 'publisher', 'editor', 'URL', 'DOI') && (i.issued?.['date-parts']?.[0]?.length ?? 0) === 3 && !ISSUE_OF_A_YEAR.test(t)
  },
  {
    type: 'article-newspaper',
    example: '“Willa Cather Dies; Noted Novelist, 70,” The New York Times, April 25, 1947, 21, https://www.nytimes.com (a paper online, cited by its page)',
    test: (i, t) => has(i, 'container-title', 'URL') && !has(i, 'volume', 'publisher', 'editor', 'accessed') && (i.issued?.['date-parts']?.[0]?.length ?? 0) === 3 && PAGE_AFTER_DAY.test(t)
  },
  {
    type: 'webpage',
    example: '“About the Project,” Mapping Letters, accessed 4 March 2020, https://example.org/mapping-letters/about',
    test: (i) => has(i, 'URL') && !has(i, 'volume', 'issue', 'publisher-place', 'DOI') && (!has(i, 'publisher') || has(i, 'accessed'))
  },
  {
    type: 'chapter',
    example: 'Dong Kunyi, “New Year Message,” 1 January 1946, in Zhonggong Yanbian zhongyao wenjian huibian, Vol. 1, p. 8',
    test: (i, t) => containerAfterIn(i, t) && !has(i, 'issue') && (!has(i, 'volume') || labeledVolume(i, t))
  },
  {
    type: 'article-journal',
    example: 'Jeremy Atack, “Title,” Journal of History 34, no. 2 (2010): 171–97',
    test: (i) => has(i, 'container-title') && has(i, 'volume', 'issue') && !has(i, 'publisher', 'publisher-place', 'editor')
  },
  {
    type: 'chapter',
    example: 'Irene Tinker, “Gender,” in Persistent Inequalities, ed. Irene Tinker (New York: Oxford University Press, 1990), 123–49',
    test: (i) => has(i, 'container-title') && has(i, 'editor', 'publisher', 'publisher-place')
  },
  {type: 'article-journal', example: 'Anna Berg, „Titel“, Zeitschrift für Geschichte, 1998', test: (i) => has(i, 'container-title')},
  {type: 'book', example: 'Chae-Jin Lee, China’s Korean Minority (Boulder: Westview Press, 1986)', test: () => true}
]

/** Online, or dated to the month or the day, as a periodical's article is and a journal's (by its year and volume) is not. */
function onlineOrDated(item: ItemFields): boolean {
  return has(item, 'URL') || (item.issued?.['date-parts']?.[0]?.length ?? 0) >= 2
}

/** A body among the authors or editors (`Deutsche Forschungsgemeinschaft`, written as a literal name). */
function bodyNamed(item: ItemFields): boolean {
  return [...((item.author as CslName[] | undefined) ?? []), ...((item.editor as CslName[] | undefined) ?? [])].some((n) => n.literal !== undefined)
}

/** The item's year is written before its container's title (`December 1946, in … huibian`): the date is the part's own. */
function datedBeforeContainer(item: ItemFields, text: string): boolean {
  const year = item.issued?.['date-parts']?.[0]?.[0]
  const container = item['container-title']
  if (year === undefined || typeof container !== 'string') return false
  const at = text.indexOf(String(year))
  return at >= 0 && at < text.indexOf(container.slice(0, 24))
}

/** Words that make the first pages a pinpoint (`esp. pp.`, `bes. S.`, `notamment p.`, `here`). */
const EMPHASIS_BEFORE = new RegExp(`\\b(?:esp|especially|bes|insb|v\\. ?a|notamment|specie|here|hier|at)\\b\\.?\\s*(?:(?:${PAGE_ABBREVIATION})\\.?\\s*)?$`, 'iu')

/** A page range of an article or chapter is the item's; a book's page, a pinpoint after the range, an `esp.` page, a dated document's pages are the locator. */
function placePages(c: Collected, form: CitationReading['form'], text: string): {locator: string | null; label: string} {
  const pages = c.pages.filter((p) => p.page !== '' && p.label !== 'number-of-pages')
  if (pages.length === 0) return {locator: null, label: 'page'}
  const last = pages[pages.length - 1]!
  // A document dated to the day in a collection (`“New Year Message,” 1 January 1946, in … huibian, Vol. 1, pp. 383–386`), or to the month before
  // the collection's title (`“On Korean Nationals,” December 1946, in … huibian, No. 1`): its pages are the passage cited.
  const precision = c.item.issued?.['date-parts']?.[0]?.length ?? 0
  const document = c.item.type === 'chapter' && (precision === 3 || (precision === 2 && datedBeforeContainer(c.item, text)))
  const ranged = ['article-journal', 'chapter', 'article-magazine', 'paper-conference'].includes(String(c.item.type)) && !document
  if (form === 'full' && ranged) {
    const first = pages[0]!
    const emphasis = EMPHASIS_BEFORE.test(first.before)
    // A range, or an article's number (`PLoS ONE 9, n.º 6 (2014): e98679`), is the item's.
    if (!emphasis && (/[–-]/.test(first.page) || /^e\d{3,}$/u.test(first.page)) && first.label === 'page') {
      c.item.page = first.page
      return pages.length > 1 ? {locator: last.page, label: last.label} : {locator: null, label: 'page'}
    }
    // The first page, then the page cited in brackets (`GRUR 2020, 1025 (1028)`).
    if (pages.length === 2 && /\(\s*$/u.test(last.before) && /^\d+$/u.test(first.page) && /^\d+$/u.test(last.page) && Number(last.page) >= Number(first.page)) {
      c.item.page = first.page
      return {locator: last.page, label: last.label}
    }
  }
  return {locator: pages.map((p) => p.page).join(', '), label: last.label}
}

/**
 * A short form ending in a bare number read as a volume (`Salcedo Iriarte,
 * *Demografía histórica*, 120`): with no page and no issue, the number is the
 * pinpoint. A labeled volume (`vol. 2`) or a volume with pages (`2:150`) stays.
 */
function lastNumberIsPinpoint(c: Collected, text: string): void {
  const volume = c.item.volume
  if (c.pages.length > 0 || typeof volume !== 'string' || !/^\d+$/u.test(volume) || has(c.item, 'issue')) return
  if (!new RegExp(`,\\s*${volume}$`, 'u').test(text.trim().replace(/[.;,]$/u, ''))) return
  c.pages.push({...readPages(volume), before: ', '})
  delete c.item.volume
}

/** A full citation says where the work appeared (a date, a publisher, a container, a link, an archive); a short one only names it. */
function saysWhere(item: ItemFields): boolean {
  return has(item, 'issued', 'publisher', 'publisher-place', 'container-title', 'URL', 'DOI', 'archive', 'archive_location', 'genre')
}

/**
 * The citation's form: `Ibid.` (and its kin) alone is ibid; `op. cit.`,
 * `supra` are short; `Id.`/`ders.` followed by a whole reference is full (the
 * author is the one cited before), by a title only short; without a
 * back-reference, a citation that says where the work appeared is full, one
 * that only names it short.
 */
function formOf(item: ItemFields, backref: BackRef | undefined, named: boolean): CitationReading['form'] {
  if (backref?.kind === 'ibid' && !has(item, 'title')) return 'ibid'
  if (backref?.kind === 'opcit' || backref?.kind === 'supra') return 'short'
  if (saysWhere(item)) return 'full'
  return named || backref ? 'short' : 'full'
}

/**
 * Citations with a grammar of their own, read from the citation's text
 * whatever the model labeled (it rarely sees them): each with its example.
 */
export const FIXED_FORMS: ReadonlyArray<{name: string; example: string; read: (text: string) => (ItemFields & {pinpoint?: string}) | undefined}> = [
  {
    name: 'a standard cited by its designation',
    example: 'International Organization for Standardization (ISO, o.J.) ISO/IEC 14443-3:2011. Identification cards – Contactless integrated circuit cards – Proximity cards',
    read: readStandardWhole
  },
  {
    name: 'a reported court case (Bluebook)',
    example: 'Basic Books, Inc. v. Kinko’s Graphics Corp., 758 F. Supp. 1522 (S.D.N.Y. 1991)',
    read: (text) => {
      const m = /^(.+?\sv\.?\s.+?),\s+(\d+)\s+((?:[A-Z][\w.']*\s?)+?)\s+(\d+)(?:,\s*([\d–-]+))?\s+\(((?:[^()]*?)\s)?(\d{4})\)$/u.exec(text.trim())
      if (!m) return undefined
      const item: ItemFields = {type: 'legal_case', title: m[1]!, volume: m[2]!, 'container-title': m[3]!.trim(), page: m[4]!, issued: readDate(m[7]!)!}
      if (m[6]) item.authority = m[6].trim()
      return item
    }
  },
  {
    name: 'a statute in a code (Bluebook)',
    example: 'Copyright Act of 1976, 17 U.S.C. § 107 (2018)',
    read: (text) => {
      const m = /^(.+?),\s+(\d+)\s+(U\.\s?S\.\s?C\.(?:\s?A\.)?|C\.\s?F\.\s?R\.|Stat\.)\s+(?:§§?\s*)?([\w.()]+(?:\s*[–-]\s*[\w.()]+)?)(?:\s+\(([^()]*?\s)?(\d{4})\))?$/u.exec(text.trim())
      if (!m) return undefined
      const item: ItemFields = {type: 'legislation', title: m[1]!, volume: m[2]!, 'container-title': m[3]!, section: m[4]!}
      if (m[6]) item.issued = {'date-parts': [[Number(m[6])]]}
      return item
    }
  },
  {
    name: 'an article in a law review (Bluebook)',
    example: 'Joseph W. McKnight, Blackstone: Quasi-Jurisprudent, 13 SW L.J. 399, 411 (1959)',
    read: (text) => {
      const m = new RegExp(`^${BLUEBOOK_AUTHOR},\\s+(.+?),\\s+(\\d+)\\s+${BLUEBOOK_JOURNAL}\\s+(\\d+)(?:,\\s*(\\d+(?:\\s*[–-]\\s*\\d+)?))?\\s+\\((\\d{4})\\)$`, 'u').exec(text.trim())
      if (!m || /\sv\.?\s/u.test(m[2]!)) return undefined
      const item: ItemFields & {pinpoint?: string} = {type: 'article-journal', author: readNameList(m[1]!).names, title: m[2]!, volume: m[3]!, 'container-title': m[4]!.trim(), page: m[5]!}
      item.issued = {'date-parts': [[Number(m[7])]]}
      if (m[6]) item.pinpoint = m[6]
      return item
    }
  },
  {
    name: 'a book, its title in capitals (Bluebook)',
    example: 'DANIEL J. BOORSTIN, THE MYSTERIOUS SCIENCE OF THE LAW, at vii (Peter Smith 1973) (1941)',
    read: (text) => {
      const m = new RegExp(`^${BLUEBOOK_AUTHOR},\\s+([^a-z]+?)(?:,?\\s+at\\s+([\\w–-]+)|\\s+(\\d+(?:\\s*[–-]\\s*\\d+)?))?\\s+\\(([^(),:]*?\\s)?(\\d{4})\\)(?:\\s+\\((\\d{4})\\))?$`, 'u').exec(
        text.trim()
      )
      if (!m || !/\p{Lu}{3}/u.test(m[2]!) || /\d/u.test(m[2]!)) return undefined
      const item: ItemFields & {pinpoint?: string} = {type: 'book', author: readNameList(m[1]!).names, title: m[2]!.replace(/,$/u, '')}
      if (m[5]) item.publisher = m[5].trim()
      item.issued = {'date-parts': [[Number(m[6])]]}
      if (m[7]) item['original-date'] = {'date-parts': [[Number(m[7])]]}
      const pinpoint = m[3] ?? m[4]
      if (pinpoint) item.pinpoint = pinpoint
      return item
    }
  }
]

/** An author as Bluebook writes one (`Joseph W. McKnight`, `DANIEL J. BOORSTIN`): capitalised words and initials, no comma. */
const BLUEBOOK_AUTHOR = String.raw`((?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,4}\p{Lu}[\p{L}'\u2019-]+)`
/** A law review's abbreviated name (`SW L.J.`, `U. PA. L. REV.`, `YALE J.L. & HUMAN.`, `Harv. L. Rev.`). */
const BLUEBOOK_JOURNAL = String.raw`((?:(?:\p{Lu}[\p{L}.']*|&)\s)*?(?:\p{Lu}[\p{L}.']*\.|\p{Lu}{2,}))`

/**
 * The repairs of the model's field spans, in the order they run before the
 * fields are gathered: each takes the note and the spans and gives them
 * mended (each with its example at its definition, run by the tests).
 */
const SPAN_FIXES: ReadonlyArray<(note: string, spans: readonly FieldSpan[]) => FieldSpan[]> = [
  namesAfterJoin,
  editorBeforeContainer,
  editorsOpenContainer,
  pinpointInBrackets,
  lawJournal,
  pageListedFirst,
  pagesAfterImprint,
  followingPages,
  dashedPageTitle,
  partAfterIbid,
  namesBeforeYear,
  titleInColon,
  titleBeforeIn,
  nameBeforeTitle,
  splitNamesFromTitle,
  (_note, spans) => archiveNamedFirst(spans),
  archivalUnits
]

/** A citation read whole by one of the legal grammars (`LEGAL_FORMS`), or undefined. */
function legalForm(text: string, confidence: number): CitationReading | undefined {
  const read = LEGAL_FORMS.map((form) => form.read(text)).find((r) => r !== undefined)
  if (!read) return undefined
  if (read.etAl) addNote(read.item, 'et al.')
  const backref = read.pointsBack ? (noteReferenceOf(text) ?? backrefOf('a.a.O.')) : undefined
  return {
    form: read.pointsBack ? 'short' : 'full',
    item: read.item,
    locator: read.locator,
    label: read.label,
    shortNames: read.names,
    shortTitle: String(read.item.title ?? ''),
    backref,
    // Read whole by its grammar: as sure as the model is of where the citation is, and no less than a clear reading.
    confidence: Math.max(confidence, 0.9),
    warnings: []
  }
}

/** Read a labeled citation of `note` into a reading: the form, the item's fields, the locator. */
export function readCitation(note: string, citation: {start: number; end: number; fields: readonly FieldSpan[]; confidence: number}, options: {url?: string} = {}): CitationReading {
  const fixedForm = (text: string): CitationReading | undefined => {
    for (const form of FIXED_FORMS) {
      const read = form.read(text)
      if (!read) continue
      const {pinpoint, ...item} = read
      // Read whole by its grammar: as sure as the model is of where the citation is, and no less than a clear reading.
      return {
        form: 'full',
        item,
        locator: pinpoint ?? null,
        label: 'page',
        shortNames: [],
        shortTitle: String(item.title ?? ''),
        backref: undefined,
        confidence: Math.max(citation.confidence, 0.9),
        warnings: []
      }
    }
    return undefined
  }
  const whole = note.slice(citation.start, citation.end).replace(/[.;,]$/u, '')
  const fixed = fixedForm(whole) ?? legalForm(whole, citation.confidence)
  if (fixed) return fixed
  const c = collect(
    note,
    citation.start,
    citation.end,
    SPAN_FIXES.reduce((spans, fix) => fix(note, spans), citation.fields)
  )
  // A Markdown link over the citation (`[Title](https://…)`): its target is the work's URL.
  if (options.url !== undefined && c.item.URL === undefined && c.item.DOI === undefined) c.item.URL = options.url
  placeTitles(c)
  const text = note.slice(citation.start, citation.end)
  const cited = citedInTitle(c.item)
  const backref = noteReferenceOf(text) ?? c.abbrev.map(backrefOf).find((b) => b !== undefined) ?? cited
  for (const rule of FIELD_RULES) rule.apply(c.item, text, note)
  if (c.item.type === 'book') c.item.type = TYPE_RULES.find((r) => r.test(c.item, text))!.type
  periodicalIssue(c.item)
  collectionVolume(c.item)
  statuteFields(c.item)
  if (c.etAl) addNote(c.item, 'et al.')
  const named = has(c.item, 'title', 'author', 'editor', 'container-title')
  // `Id., Dazi e gabelle cit.`: the author's, and a short form all the same.
  const form = formOf(c.item, cited ?? backref, named)
  if (form === 'short') lastNumberIsPinpoint(c, text)
  const {locator, label} = placePages(c, form, text)
  // Names as written (`Morcillo Sanz`, `van der Berg`): a short form may write a double family name the full citation read as given + family.
  const names = ((c.item.author ?? c.item.editor ?? []) as CslName[])
    .map((n) => [n.given, n['dropping-particle'], n['non-dropping-particle'], n.family, n.literal].filter((p) => p).join(' '))
    .filter((n) => n !== '')
  const shortTitle = typeof c.item.title === 'string' ? c.item.title : typeof c.item['container-title'] === 'string' && form === 'short' ? c.item['container-title'] : ''
  const item = form === 'ibid' ? {type: c.item.type} : c.item
  return {form, item, locator, label, shortNames: names, shortTitle, backref, confidence: citation.confidence, warnings: []}
}
