import type {CslFields} from '@octavo/tree'
import {alternation} from './alternation.js'
import {readDate} from './dates.js'
import {readNameList} from './names.js'
import {readPages} from './pages.js'

type ItemFields = CslFields & {type: string}

/** A citation read whole by a legal grammar: the item, and the locator and back-reference it writes. */
export interface LegalReading {
  item: ItemFields
  locator: string | null
  label: string
  /** The court of a decision, the authors of a commentary's contribution: what a short form writes. */
  names: string[]
  /** `(Fn. 10)`, `a.a.O.`: the citation points back to an earlier one. */
  pointsBack: boolean
  etAl: boolean
}

/**
 * The courts German-language notes cite by abbreviation (`BGH, Urt. v. …`),
 * each group with its example; `seat`: the abbreviation is followed by the
 * court's town (`OLG Nürnberg`, `LG München I`, `OLG Frankfurt a. M.`).
 */
export const COURTS: ReadonlyArray<{name: string; example: string; abbreviations: readonly string[]; seat: boolean}> = [
  {
    name: 'German federal and supreme courts',
    example: 'BGH, Urt. v. 12.5.2010 – I ZR 121/08, GRUR 2010, 633 Rn. 12 – Vorschaubilder',
    abbreviations: ['BGH', 'BVerfG', 'BVerwG', 'BAG', 'BSG', 'BFH', 'BPatG', 'RG', 'BayObLG', 'KG'],
    seat: false
  },
  {name: 'German courts of a town', example: 'OLG Nürnberg, GRUR-RR 2001, 225 (227)', abbreviations: ['OLG', 'LG', 'AG', 'OVG', 'VGH', 'VG', 'LAG', 'ArbG', 'LSG', 'SG', 'FG'], seat: true},
  {name: 'European courts', example: 'EuGH, Urt. v. 29. Oktober 2015 (C-490/14), - Verlag Esterbauer - Rn. 17', abbreviations: ['EuGH', 'EuG', 'EGMR'], seat: false},
  {name: 'Austrian and Swiss courts', example: 'OGH, Beschl. v. 18.2.2020 – 4 Ob 12/20x', abbreviations: ['OGH', 'VfGH', 'VwGH', 'BGer', 'BVGer'], seat: false}
]

const SEAT = String.raw`\s+\p{Lu}[\p{L}-]+(?:\s+(?:a\.\s?M\.|[IV]{1,3})(?![\p{L}]))?`

const COURT = new RegExp(`^(${COURTS.map((group) => `(?:${alternation([...group.abbreviations])})${group.seat ? SEAT : ''}`).join('|')})(?![\\p{L}\\d-])\\s*,?\\s*`, 'u')

/** Whether a court's name starts `text` (`OLG Nürnberg, …`). */
export function startsWithCourt(text: string): boolean {
  return COURT.test(text)
}

const COURT_ANYWHERE = new RegExp(`(?<![\\p{L}\\d-])(?=${COURT.source.slice(1)})`, 'gu')

/**
 * The court decisions written in `text` between `from` and `to`: where each
 * starts, and the longest stretch up to the next semicolon that reads as a
 * decision (ending at a full stop or the semicolon).
 */
export function courtDecisionsIn(text: string, from: number, to: number): Array<{start: number; end: number}> {
  const found: Array<{start: number; end: number}> = []
  for (const m of text.slice(from, to).matchAll(COURT_ANYWHERE)) {
    const start = from + m.index
    if (found.some((f) => start < f.end)) continue
    const semicolon = text.indexOf(';', start)
    const limit = semicolon < 0 || semicolon > to ? to : semicolon
    const ends = [limit, ...[...text.slice(start, limit).matchAll(/\.(?=\s)/gu)].map((e) => start + e.index + 1).reverse()]
    const end = ends.find(
      (e) =>
        readCourtDecision(
          text
            .slice(start, e)
            .trimEnd()
            .replace(/[.;,]$/u, '')
        ) !== undefined
    )
    if (end !== undefined) found.push({start, end: start + text.slice(start, end).trimEnd().length})
  }
  return found
}

/** A decision's date: numeric (`12.5.2010`) or with the month's name (`29. Oktober 2015`). */
const DATE = String.raw`\d{1,2}\.\s?(?:\d{1,2}\.\s?|\p{L}+\s+)(?:1[89]|20)\d\d`

/** A file number: German (`I ZR 121/08`, `2 BvR 2735/14`, `308 O 33/18`), Austrian (`4 Ob 12/20x`), European (`C-490/14`). */
const FILE_NUMBER = String.raw`(?:[CTF]-\d{1,4}\/\d{2}|(?:[IVX]{1,4}[a-z]?|\d{1,3}[a-z]?)\s+\p{Lu}[\p{L}]{0,5}\s+\d{1,5}\/\d{2,4}[a-z]?)`

/** The pieces a court decision's citation is made of, tried in turn at each point after the court; each with its example. */
export const DECISION_PIECES: ReadonlyArray<{name: string; example: string; pattern: RegExp; read: (m: RegExpExecArray, out: Decision) => void}> = [
  {
    name: 'the kind of decision and its date',
    example: 'Urt. v. 12.5.2010',
    pattern: new RegExp(`^(?:(Urt(?:eil|\\.)?|Beschl(?:uss|\\.)?|Vorlagebeschl(?:uss|\\.)?|Entsch(?:eidung|\\.)?)\\s+)?(?:v\\.|vom)\\s*(${DATE})`, 'u'),
    read: (m, out) => {
      if (m[1]) out.item.genre = m[1]
      out.item.issued = readDate(m[2]!)!
    }
  },
  {
    name: 'the file number, in brackets or after `Az.` or `Rs.`',
    example: '(C-490/14)',
    pattern: new RegExp(`^(?:[–—-]\\s*)?\\(?(?:Az\\.?:?\\s*|(?:verb\\.\\s*)?Rs\\.\\s*)?(${FILE_NUMBER})\\)?`, 'u'),
    read: (m, out) => {
      out.item.number = m[1]!
    }
  },
  {
    name: 'a note the decision was cited in',
    example: '(Fn. 10)',
    pattern: /^(?:\(\s*(?:Fn|Anm)\.\s*\d+\s*\)|a\.\s?a\.\s?O\.|aaO\b)/u,
    read: (_m, out) => {
      out.pointsBack = true
    }
  },
  {
    name: 'the reporter or journal, its year or volume, the first page and the page cited',
    example: 'GRUR, 1991, 529 (530)',
    pattern: /^(\p{Lu}[\p{L}&]*\.?(?:-\p{Lu}{1,4}|\s+Int\.)?)\s*,?\s+(\d{1,4}),\s+((?:I-)?\d{1,6})(?:\s*\((\d{1,6})\))?/u,
    read: (m, out) => {
      if (out.item['container-title'] !== undefined) return // a parallel report (`= GRUR 2010, 628`): the first is kept
      out.item['container-title'] = m[1]!
      if (/^(?:1[89]|20)\d\d$/u.test(m[2]!) && out.item.issued === undefined) out.item.issued = {'date-parts': [[Number(m[2])]]}
      else out.item.volume = m[2]!
      out.item.page = m[3]!
      if (m[4]) out.page = m[4]
    }
  },
  {
    name: 'the decision’s name between dashes or in quotation marks',
    example: '- Explosionszeichnungen -',
    pattern: /^(?:[-–—]\s*([^-–—,;]*[^-–—,;\s])\s*(?:[-–—]|$)|[„“"»]([^“”"«]+)[“”"«])/u,
    read: (m, out) => {
      out.item.title = m[1] ?? m[2]!
    }
  },
  {
    name: 'the marginal number cited',
    example: 'Rn. 18 ff.',
    pattern: /^(?:Rn|Rz|Rdnr|Rdn|Randnr|Tz|Ziff)\.?\s*\d+(?:\s*[-–]\s*\d+|\s*ff?\.?|(?:\s*,\s*\d+(?![\d/]))+)?/u,
    read: (m, out) => {
      out.marginal = m[0]
    }
  },
  {name: 'a word that says more was cited', example: 'mwN', pattern: /^(?:mwN|m\.\s?w\.\s?N\.|st\.\s?Rspr\.|=)/u, read: () => undefined}
]

interface Decision {
  item: ItemFields
  page?: string
  marginal?: string
  pointsBack: boolean
}

/** What stands between a decision's pieces: commas, semicolons, spaces and dashes that open no name. */
const BETWEEN_PIECES = /^[\s,;:]+/u

/** The pieces of a decision after its court, each read once; undefined when something else is written. */
function decisionPieces(rest: string, out: Decision): boolean {
  let s = rest
  while ((s = s.replace(BETWEEN_PIECES, '')) !== '') {
    const piece = DECISION_PIECES.map((p) => ({p, m: p.pattern.exec(s)})).find((x) => x.m !== null && x.m[0] !== '')
    if (!piece) return false
    piece.p.read(piece.m!, out)
    s = s.slice(piece.m![0].length)
  }
  return true
}

/**
 * A court decision as German-language notes cite it: the court, then any of
 * the kind and date, the file number, the reporter with its page, the
 * decision's name and the marginal number (`BGH, Urt. v. 12.5.2010 – I ZR
 * 121/08, GRUR 2010, 633 Rn. 12 – Vorschaubilder`; `BGH, GRUR, 1991, 529
 * (530), - Explosionszeichnungen -`; `EuGH, (Fn. 10), - Verlag Esterbauer -
 * Rn. 27`). Read only when nothing else is written.
 */
export function readCourtDecision(text: string): LegalReading | undefined {
  const court = COURT.exec(text)
  if (!court) return undefined
  const out: Decision = {item: {type: 'legal_case', authority: court[1]!.replace(/\s+/gu, ' ')}, pointsBack: false}
  if (!decisionPieces(text.slice(court[0].length), out)) return undefined
  const {item} = out
  if (!out.pointsBack && item.issued === undefined && item.number === undefined && item['container-title'] === undefined) return undefined
  const pinpoint = out.marginal !== undefined ? readPages(out.marginal) : out.page !== undefined ? {page: out.page, label: 'page'} : undefined
  return {item, locator: pinpoint?.page ?? null, label: pinpoint?.label ?? 'page', names: [String(item.authority)], pointsBack: out.pointsBack, etAl: false}
}

/** The authors of a contribution to a commentary, `in:`, the commentary, its edition and year, then what is commented and the marginal number. */
const COMMENTARY = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’ -]*?(?:\s*\/\s*\p{Lu}[\p{L}'’ -]*?)*(?:\s+u\.\s?a\.)?),\s+in:\s+(.+?)(?:,\s*|\s+)(?:(\d{1,3})\.\s*(?:Aufl(?:age|\.)|Ed(?:ition|\.)),?\s+)?((?:\d{1,2}\.\s?\d{1,2}\.\s?)?(?:19|20)\d\d)(?=[,\s]|$)(.*)$`,
  'u'
)

/** What may follow a commentary's year: the provision (`§ 4 UrhG`, `Art. 5 GG`, `BGB § 823`), the marginal number, `mwN`. */
const COMMENTED =
  /^(?:\s*,?\s*((?:\p{Lu}[\p{L}]*\s+)?(?:§§?|Art\.)\s*\d+[a-z]?(?:\s+(?:Abs\.|Satz|S\.|Nr\.)\s*\d+)*(?:\s+\p{Lu}[\p{L}-]*)?))?(?:\s*,?\s*((?:Rn|Rz|Rdnr|Rdn|Tz)\.?\s*\d+(?:\s*[-–]\s*\d+|\s*ff?\.?|(?:\s*,\s*\d+)+)?))?(?:\s*,?\s*(?:mwN|m\.\s?w\.\s?N\.))?\s*$/u

/** Editors named before a commentary's title: `Dreier/Schulze, UrhG`, `Redeker (Hrsg.), Handbuch der IT-Verträge`, `Grüneberg, BGB`. */
const EDITORS_THEN_TITLE = /^(\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:\s*\/\s*\p{Lu}\p{Ll}[\p{Ll}'’-]*)*)(?:\s*\((?:Hrsg|Hg)\.\))?(?:,\s*(.+))?$/u

/** The commentary a contribution is in: its editors (names joined by `/`, or one name before a title), its title; a title alone (`MüKoBGB`, `BeckOK UrhR`). */
function commentaryOf(work: string, item: ItemFields): void {
  const named = EDITORS_THEN_TITLE.exec(work)
  const several = named !== null && (named[1]!.includes('/') || /\((?:Hrsg|Hg)\.\)/u.test(work) || named[2] !== undefined)
  if (!named || !several) {
    item['container-title'] = work
    return
  }
  item.editor = readNameList(named[1]!).names
  if (named[2] !== undefined) item['container-title'] = named[2]
}

/**
 * A contribution to a legal commentary or handbook (`Leistner, in:
 * Schricker/Loewenheim, 6. Aufl. 2020, § 4 UrhG, Rn. 38`; `Schulze, in:
 * Dreier/Schulze, UrhG, 7. Aufl. 2022, § 2 UrhG`; `Vohwinkel, in: BeckOK
 * UrhR, 42. Aufl. 2024, § 87a UrhG, Rn. 28 mwN`): a chapter whose container
 * is the commentary, the provision its section, the marginal number the
 * locator. Read only when nothing else is written.
 */
export function readCommentary(text: string): LegalReading | undefined {
  const m = COMMENTARY.exec(text)
  const rest = m ? COMMENTED.exec(m[5]!) : null
  if (!m || !rest) return undefined
  const authors = readNameList(m[1]!)
  if (authors.names.length === 0 || authors.names.some((n) => n.literal !== undefined)) return undefined
  const item: ItemFields = {type: 'chapter', author: authors.names}
  commentaryOf(m[2]!.trim(), item)
  if (m[3]) item.edition = m[3]
  item.issued = readDate(m[4]!)!
  if (rest[1]) item.section = rest[1]
  const pinpoint = rest[2] ? readPages(rest[2]) : undefined
  const names = authors.names.map((n) => String(n.family))
  return {item, locator: pinpoint?.page ?? null, label: pinpoint?.label ?? 'page', names, pointsBack: false, etAl: authors.etAl}
}

/** The legal grammars, tried in turn on a citation's whole text, each with the example it exists for. */
export const LEGAL_FORMS: ReadonlyArray<{name: string; example: string; read: (text: string) => LegalReading | undefined}> = [
  {name: 'a court decision', example: 'BGH, Urt. v. 12.5.2010 – I ZR 121/08, GRUR 2010, 633 Rn. 12 – Vorschaubilder', read: readCourtDecision},
  {name: 'a contribution to a commentary', example: 'Leistner, in: Schricker/Loewenheim, 6. Aufl. 2020, § 4 UrhG, Rn. 38', read: readCommentary}
]
