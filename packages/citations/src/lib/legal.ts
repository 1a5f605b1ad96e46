import type {CslFields} from '@octavo/tree'
import {alternation} from './alternation.js'
import {readDate} from './dates.js'
import {capitalisedName, opensAsPerson, readNameList} from './names.js'
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

const COURT_ANYWHERE = new RegExp(`(?<![\\p{L}\\d-])(?=${COURT.source.slice(1)})`, 'gu')

/**
 * The stretches of `text` between `from` and `to` that `read` reads whole,
 * each starting where `starts` matches and running as far as it can up to
 * the next semicolon (ending there or at a full stop).
 */
function stretchesFrom(text: string, from: number, to: number, starts: RegExp, read: (text: string) => unknown): Array<{start: number; end: number}> {
  const found: Array<{start: number; end: number}> = []
  for (const m of text.slice(from, to).matchAll(starts)) {
    const start = from + m.index
    if (found.some((f) => start < f.end)) continue
    const semicolon = text.indexOf(';', start)
    const limit = semicolon < 0 || semicolon > to ? to : semicolon
    // The longest first: the semicolon, a full stop, a comma, or the words that join two citations (`sowie`, `und`).
    const cuts = [...text.slice(start, limit).matchAll(/\.(?=\s)|(?=,\s)|(?=\s+(?:sowie|und|oder|bzw\.)\s)/gu)].map((e) => start + e.index + e[0].length)
    const ends = [limit, ...cuts.reverse()]
    const end = ends.find(
      (e) =>
        read(
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

/** The court decisions written in `text` between `from` and `to` (`stretchesFrom` a court's name). */
export function courtDecisionsIn(text: string, from: number, to: number): Array<{start: number; end: number}> {
  return stretchesFrom(text, from, to, COURT_ANYWHERE, readCourtDecision)
}

/** The legal citations written in `text`: decisions, printed papers and statutes, in the order of the text, none inside another. */
export function legalCitationsIn(text: string): Array<{start: number; end: number}> {
  const all = [
    ...courtDecisionsIn(text, 0, text.length),
    ...stretchesFrom(text, 0, text.length, /(?<![\p{L}-])(?=(?:BT|BR|LT)-Drs\.)/gu, readPaper),
    ...stretchesFrom(text, 0, text.length, /(?<![\p{L}])(?=(?:Council |Commission )?(?:Regulation|Directive|Decision) (?:\(|No |\d))/gu, readEuAct),
    ...statutesIn(text, 0, text.length)
  ]
  return all.sort((a, b) => a.start - b.start || b.end - a.end).filter((d, i, sorted) => !sorted.slice(0, i).some((e) => d.start < e.end))
}

/** A marginal number and what may follow it (`Rn. 18 ff.`, `Rz. 5–7`, `Tz. 31`, `Rn. 18, 20`): one pattern for decisions and commentaries. */
export const MARGINAL_NUMBER = String.raw`(?:Rn|Rz|Rdnr|Rdn|Randnr|Tz|Ziff)\.?\s*\d+(?:\s*[-\u2013]\s*\d+|\s*ff?\.?|(?:\s*,\s*\d+(?![\d/]))+)?`

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
    pattern: new RegExp(`^(?:[–—-]\\s*)?\\(?(?:Az\\.?:?\\s*|(?:verb\\.\\s*)?Rs\\.\\s*)?(${FILE_NUMBER}(?:\\s*(?:und|u\\.|,)\\s*${FILE_NUMBER})*)\\)?`, 'u'),
    read: (m, out) => {
      out.item.number = m[1]!
    }
  },
  {
    name: 'the European Case Law Identifier, kept in the note',
    example: 'ECLI:EU:C:2016:644',
    pattern: /^ECLI:[A-Z]{2}:[A-Za-z]+:\d{4}:[\w.]+/u,
    read: (m, out) => {
      out.item.note = m[0]
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
    pattern: /^(\p{Lu}[\p{L}&]*\.?(?:-\p{Lu}[\p{L}]{0,9}|\s+Int\.)?)\s*,?\s+(\d{1,4}),\s+((?:I-)?\d{1,6})(?:\s*\((\d{1,6})\)|,\s*(\d{1,6})(?:\s*ff?\.?)?(?![\d/])|\s*ff?\.?(?=\s|,|$))?/u,
    read: (m, out) => {
      if (out.item['container-title'] !== undefined) return // a parallel report (`= GRUR 2010, 628`): the first is kept
      out.item['container-title'] = m[1]!
      if (/^(?:1[89]|20)\d\d$/u.test(m[2]!) && out.item.issued === undefined) out.item.issued = {'date-parts': [[Number(m[2])]]}
      else out.item.volume = m[2]!
      out.item.page = m[3]!
      const cited = m[4] ?? m[5]
      if (cited !== undefined) out.page = cited
    }
  },
  {
    name: 'the decision’s name between dashes or in quotation marks',
    example: '- Explosionszeichnungen -',
    pattern: /^(?:[-–—]\s*((?:[^,;\s–—]|[–—](?=\p{L})|\s(?![-–—](?:\s|$)))+?)\s*(?:[-–—](?=\s|$|[,;])|$)|[„“"»]([^“”"«]+)[“”"«])/u,
    read: (m, out) => {
      out.item.title = m[1] ?? m[2]!
    }
  },
  {
    name: 'the marginal number cited',
    example: 'Rn. 18 ff.',
    pattern: new RegExp(`^${MARGINAL_NUMBER}`, 'u'),
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

/** What stands between a decision's pieces: commas, semicolons, colons and spaces (a dash opens a file number or a name, read by its piece). */
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
  // Something that names the decision: its date, file number, report, identifier, or the note it was cited in.
  if (!out.pointsBack && item.issued === undefined && item.number === undefined && item['container-title'] === undefined && item.note === undefined) return undefined
  const pinpoint = out.marginal !== undefined ? readPages(out.marginal) : out.page !== undefined ? {page: out.page, label: 'page'} : undefined
  return {item, locator: pinpoint?.page ?? null, label: pinpoint?.label ?? 'page', names: [String(item.authority)], pointsBack: out.pointsBack, etAl: false}
}

/** The authors of a contribution to a commentary, `in:`, the commentary, its edition and year, then what is commented and the marginal number. */
const COMMENTARY = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'\u2019 -]*?(?:\s*\/\s*\p{Lu}[\p{L}'\u2019 -]*?)*(?:\s+u\.\s?a\.)?),\s+in:\s+(.+?)(?:,\s*|\s+)(?:(\d{1,3})\.\s*(?:Aufl(?:age|\.)|Ed(?:ition|\.)),?\s+)?((?:\d{1,2}\.\s?\d{1,2}\.\s?)?(?:19|20)\d\d)(?=[,\s]|$)(.*)$`,
  'u'
)

/** What may follow a commentary's year: the provision (`§ 4 UrhG`, `Art. 5 GG`, `BGB § 823`), the marginal number, `mwN`. */
const COMMENTED = new RegExp(
  String.raw`^(?:\s*,?\s*((?:\p{Lu}[\p{L}]*\s+)?(?:\u00a7\u00a7?|Art\.)\s*\d+[a-z]?(?:\s+(?:Abs\.|Satz|S\.|Nr\.)\s*\d+)*(?:\s+\p{Lu}[\p{L}-]*)?))?(?:\s*,?\s*(${MARGINAL_NUMBER}))?(?:\s*,?\s*(?:mwN|m\.\s?w\.\s?N\.))?\s*$`,
  'u'
)

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

/** Authors as German legal writing names them: family names joined by `/`, with their particles (`de la Durantaye`, `Raue/Hofmann`). */
const FAMILIES = String.raw`(?:(?:de la|de|von|van|zu|von der)\s+)?\p{Lu}\p{Ll}[\p{L}'\u2019-]*(?:\s*\/\s*(?:(?:de la|de|von|van|zu|von der)\s+)?\p{Lu}\p{Ll}[\p{L}'\u2019-]*)*`

/** A law journal's abbreviation: capitals, maybe joined to a word (`GRUR`, `GRUR-RR`, `GRUR-Beilage`, `ZGE`, `K&R`, `GRUR Int.`). */
const JOURNAL_ABBREVIATION = String.raw`\p{Lu}[\p{Lu}&]{1,7}(?:-\p{Lu}[\p{L}]{0,9}|\s+Int\.)?`

const JOURNAL_SHORT = new RegExp(
  String.raw`^(${FAMILIES}),\s+(${JOURNAL_ABBREVIATION})\s+((?:19|20)\d\d),\s+(\d{1,5})(?:\s*ff?\.?)?(?:\s*\((\d{1,5})\)|,\s*(\d{1,5}(?:\s*[-\u2013]\s*\d{1,5})?)(?:\s*ff?\.?)?)?$`,
  'u'
)

/**
 * An article in a law journal cited by its author and the journal's
 * abbreviation alone, as German legal writing does even the first time
 * (`Hofmann, ZGE 2016, 482, 498`; `Peukert, GRUR-Beilage 2014, 77 ff.`;
 * `de la Durantaye, GRUR 2017, 558 (560)`): the journal, its year, the first
 * page and the page cited.
 */
export function readJournalShort(text: string): LegalReading | undefined {
  const m = JOURNAL_SHORT.exec(text)
  if (!m) return undefined
  const authors = familyNames(m[1]!)
  const item: ItemFields = {type: 'article-journal', author: authors, 'container-title': m[2]!, issued: {'date-parts': [[Number(m[3])]]}, page: m[4]!}
  const cited = m[5] ?? m[6]
  return {item, locator: cited ?? null, label: 'page', names: authors.map((n) => n.family), pointsBack: false, etAl: false}
}

/** Family names joined by `/` (FAMILIES), each with its particle: `de la Durantaye` is family Durantaye, particle `de la`. */
function familyNames(text: string): Array<{family: string; 'non-dropping-particle'?: string}> {
  return text.split(/\s*\/\s*/u).map((name) => {
    const m = /^((?:de la|de|von|van|zu|von der))\s+(.+)$/u.exec(name)
    return m ? {family: m[2]!, 'non-dropping-particle': m[1]!} : {family: name}
  })
}

const PAPER = new RegExp(
  String.raw`^((?:BT|BR|LT)-Drs\.|Drs\.)\s*(?:(\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?)\s+)?(\d{1,2}\/\d{1,6})(?:,?\s*S\.\s*(\d{1,4}(?:\s*[-\u2013]\s*\d{1,4}|\s*ff?\.?)?))?(?:\s+mit\s+.{0,80}?\s+vom\s+(${DATE}))?$`,
  'u'
)

/**
 * A parliament's printed paper (`BT-Drs. 18/12329, S. 12`; `LT-Drs. Hamburg
 * 21/12361 mit der Antwort des Senats vom 23. März 2018`): a `bill` with the
 * kind of paper as its genre, the parliament (the Bundestag, the Bundesrat,
 * or the state written) as its authority, its number, and the page cited.
 */
export function readPaper(text: string): LegalReading | undefined {
  const m = PAPER.exec(text)
  if (!m) return undefined
  const authority = m[2] ?? (m[1]!.startsWith('BT') ? 'BT' : m[1]!.startsWith('BR') ? 'BR' : undefined)
  const item: ItemFields = {type: 'bill', genre: m[1]!, ...(authority ? {authority} : {}), number: m[3]!}
  if (m[5]) item.issued = readDate(m[5])!
  return {item, locator: m[4] ?? null, label: 'page', names: authority ? [authority] : [], pointsBack: false, etAl: false}
}

/** An official gazette (`BGBl. I`, `GVBl.`, `GV. NRW.`, `GBl. (Baden-Württemberg)`, `ABl. EG`), as a pattern. */
const GAZETTE = String.raw`(?:Bay|Nds\.\s?|Hmb|S\u00e4chs|Brem\.\s?|Bbg\.\s?)?(?:GVBl|BGBl|RGBl|GBl|ABl|GVOBl|GV)\.(?:\s*(?:NRW|NW|EG|EU|EWG|LSA|Bln|BW|I{1,2})(?![\p{L}])\.?)*(?:\s*\([^()]{2,40}\))?`

/** Where a statute is printed: the gazette, its year and part, the issue, the page (`BGBl. 2017 I Nr. 61, S. 3351`; `ABl. EG 2001 L 167/10`; `ABl. L 167 vom 22.6.2001, S. 10`). */
const PRINTED = String.raw`(${GAZETTE})\s*(?:((?:18|19|20)\d\d)\s*)?(?:(I{1,2})\s+)?(?:,?\s*Nr\.\s*(\d+)\s*)?(?:([LC])\s*(\d{1,4})(?:\s+vom\s+(${DATE}))?\s*,?\s*S\.\s*(\d{1,5})|,?\s*(?:S\.\s*)?(\d{1,5})(?:\s*ff?\.?)?|\s*([LC])\s*(\d{1,4})\/(\d{1,5}))`

/** A word that names a statute, or a statute's abbreviation (`UrhWissG`, `DSGVO`). */
const STATUTE_WORD = /(?:[Gg]esetz(?:es|buch|buchs)?|[Vv]erordnung|[Rr]ichtlinie|[Ss]atzung|[Oo]rdnung|[Vv]ertrag(?:es)?|[Aa]bkommen(?:s)?)(?![\p{Ll}])|^\p{Lu}[\p{L}]*(?:G|GB|VO|O)$/u

const STATUTE = new RegExp(
  String.raw`^(?:(?:\u00a7\u00a7?|Art\.)\s*(\d+[a-z]?(?:\s+(?:Abs\.|Satz|S\.|Nr\.|lit\.|UAbs\.)\s*\d+[a-z]?)*)\s+(?:des\s+|der\s+)?)?(\p{Lu}(?![\p{L}]*[.:]\s)[^;\u00a7]*?)(?:\s*\(([^()]{2,60})\))?(?:\s*,?\s+(?:in der (?:Fassung|Bekanntmachung)\s+)?(?:vom|v\.)\s+(${DATE}))?\s*,?\s*${PRINTED}$`,
  'u'
)

/** A directive's or regulation's number (`2001/29/EG`, `(EU) 2019/790`). */
const EU_NUMBER = /\b(\d{2,4}\/\d{1,4}\/(?:EG|EU|EWG|EC|EEC))\b|\((?:EU|EG)\)\s*(?:Nr\.\s*)?(\d{4}\/\d{1,4})/u

/** The statute's name as a name: `Gesetzes zur Förderung …` (after `§ 4 des`) is the `Gesetz zur Förderung …`; a date inside it (`… vom 22. Mai 2001 zur …`) is its date. */
function statuteTitle(written: string, item: ItemFields): string | undefined {
  const dated = new RegExp(String.raw`\s+vom\s+(${DATE})`, 'u').exec(written)
  if (dated) item.issued = readDate(dated[1]!)!
  const title = (dated ? written.slice(0, dated.index) + written.slice(dated.index + dated[0].length) : written).replace(/^Gesetzes\b/u, 'Gesetz').trim()
  return STATUTE_WORD.test(title) ? title : undefined
}

/**
 * A statute or directive with where it is printed (`Gesetz über die
 * Preisbindung für Bücher (Buchpreisbindungsgesetz) vom 2. September 2002,
 * BGBl. I S. 3448`; `§ 8 Abs. 1 Bibliotheksgesetz des Landes Sachsen-Anhalt,
 * GVBl. 2010, S. 434`): `legislation` with its name as the title, the name in
 * brackets as the short title, its date, the gazette as the container with
 * its page; the provision written first is the locator.
 */
export function readStatute(text: string): LegalReading | undefined {
  const m = STATUTE.exec(text)
  if (!m) return undefined
  const item: ItemFields = {type: 'legislation'}
  const title = statuteTitle(m[2]!, item)
  if (title === undefined) return undefined
  item.title = title
  if (m[3]) item['title-short'] = m[3]
  if (m[4]) item.issued = readDate(m[4])!
  const number = EU_NUMBER.exec(title)
  if (number) item.number = number[1] ?? number[2]!
  // The gazette and its part (`BGBl. 2017 I`: part I of the Bundesgesetzblatt), its year, issue, series and volume (`L 167`), page.
  item['container-title'] = m[7] ? `${m[5]!.trim()} ${m[7]}` : m[5]!.trim()
  if (item.issued === undefined && m[6]) item.issued = {'date-parts': [[Number(m[6])]]}
  if (item.issued === undefined && m[11]) item.issued = readDate(m[11])!
  if (m[8]) item.issue = m[8]
  const series = m[9] ?? m[14]
  if (series) item.volume = `${series} ${m[10] ?? m[15]!}`
  item.page = m[12] ?? m[13] ?? m[16]!
  return {item, locator: m[1] ?? null, label: m[1] ? 'section' : 'page', names: [], pointsBack: false, etAl: false}
}

const PRINTED_ANYWHERE = new RegExp(PRINTED, 'gu')

/** Where a citation may start before a gazette: a provision or a capital after a space, a bracket or the note's start. */
const STATUTE_START = /(?<=^|[\s(„"])(?:§§?\s*\d|Art\.\s*\d|\p{Lu})/gu

/** The statutes written in `text` between `from` and `to`, each from the first start that reads up to its gazette's page. */
export function statutesIn(text: string, from: number, to: number): Array<{start: number; end: number}> {
  const found: Array<{start: number; end: number}> = []
  for (const m of text.slice(from, to).matchAll(PRINTED_ANYWHERE)) {
    const end = from + m.index + m[0].length
    const boundary = Math.max(from, text.lastIndexOf(';', from + m.index) + 1, found.at(-1)?.end ?? 0)
    const starts = [...text.slice(boundary, from + m.index).matchAll(STATUTE_START)].map((s) => boundary + s.index)
    const start = starts.find((s) => readStatute(text.slice(s, end)) !== undefined)
    if (start !== undefined) found.push({start, end})
  }
  return found
}

/** An EU act cited in the OSCOLA way (`Regulation (EU) 2022/2065 … [2022] OJ L277/1, art 26(1)(a)–(b)`): its name, number, year, the Official Journal's series, volume and page, a pinpoint. */
const EU_ACT = new RegExp(
  String.raw`^((?:Council |Commission )?(?:Regulation|Directive|Decision)\s+(?:\((?:EU|EC|EEC|Euratom)\)\s+)?(?:No\s+)?(\d{1,4}\/\d{1,4}(?:\/(?:EU|EC|EEC))?)\b[^[\]]*?)\s*\[((?:19|20)\d\d)\]\s+OJ\s+([LC])\s*(\d{1,4})\/(\d{1,5})(?:,\s*((?:arts?|recitals?|paras?)\s+\S.*))?$`,
  'u'
)

/** `of 19 October 2022` inside an EU act's name: its date. */
const OF_DATE = /\s+of\s+(\d{1,2}\s+\p{L}+\s+(?:19|20)\d\d)\b/u

/**
 * An EU regulation, directive or decision with where the Official Journal
 * prints it, as OSCOLA writes it (`Regulation (EU) 2016/679 of the European
 * Parliament and of the Council of 27 April 2016 on … [2016] OJ L119/1, art
 * 9(1)`): `legislation` with its number, date, the journal as container, the
 * series and volume, the first page; the article cited is the locator.
 */
export function readEuAct(text: string): LegalReading | undefined {
  const m = EU_ACT.exec(text)
  if (!m) return undefined
  const dated = OF_DATE.exec(m[1]!)
  const title = (dated ? m[1]!.slice(0, dated.index) + m[1]!.slice(dated.index + dated[0].length) : m[1]!).trim()
  const item: ItemFields = {type: 'legislation', title, number: m[2]!, issued: dated ? readDate(dated[1]!)! : {'date-parts': [[Number(m[3])]]}}
  Object.assign(item, {'container-title': 'OJ', volume: `${m[4]!} ${m[5]!}`, page: m[6]!})
  const pinpoint = m[7] ? readPages(m[7]) : undefined
  return {item, locator: pinpoint?.page ?? null, label: pinpoint?.label ?? 'page', names: [], pointsBack: false, etAl: false}
}

/** The words a common-law statute's short title ends with (not `Order` or `Rules`, which end book titles as often: `The New World Order, 1991`). */
const STATUTE_KINDS = ['Act', 'Regulations', 'Ordinance']

/** A provision's label in a common-law citation (`s.`, `ss.`, `Section`, `Regulations`, `art.`, `para.`) → its CSL label. */
const PROVISION_LABELS: ReadonlyArray<readonly [string, string]> = [
  ...['s.', 'ss.', 's', 'ss', 'sec.', 'secs.', 'section', 'sections', 'Section', 'Sections', '§', '§§', 'r.', 'rr.', 'reg.', 'regs.', 'Regulation', 'Regulations', 'regulation', 'regulations'].map(
    (w) => [w, 'section'] as const
  ),
  ...['art.', 'arts.', 'art', 'arts', 'article', 'articles', 'Article', 'Articles'].map((w) => [w, 'article'] as const),
  ...['para.', 'paras.', 'para', 'paras', 'paragraph', 'paragraphs'].map((w) => [w, 'paragraph'] as const)
]

/** A provision's number (`29`, `5(1)(a)`, `12A`). */
const PROVISION = '\\d+[A-Z]?(?:\\(\\w{1,4}\\))*'

/**
 * A common-law statute cited by its short title: the title up to its kind
 * (group 1: `Copyright, Designs and Patents Act`), a jurisdiction in brackets
 * (2), the year (3), its number (4: `No. 9 of 2019`, `Act 1 of 2013`, `c. 48`,
 * `(Statutory Instrument 2019 No. 91)`), the provision's label (5) and numbers (6).
 */
const SHORT_TITLE_STATUTE = new RegExp(
  `^((?:The\\s+)?\\p{Lu}[\\p{L}'’-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}'’-]*|and|of|the|for|on|to|in|\\(\\p{Lu}[\\p{L}'’ -]*\\)))*?\\s+(?:${alternation(STATUTE_KINDS)}))` +
    `(?:\\s*\\((\\p{Lu}[\\p{L} ]*)\\))?(?:,?\\s+(?:of\\s+)?(\\d{4}))?` +
    `((?:\\s*,?\\s*(?:\\((?:Statutory Instrument|S\\.\\s?I\\.)\\s+\\d{4}\\s+No\\.?\\s*\\d+\\)|(?:No\\.|Act|Law)\\s+\\d+\\s+of\\s+\\d{4}|c\\.\\s*\\d+))*)` +
    `(?:\\s*,?\\s*(${alternation(PROVISION_LABELS.map(([w]) => w))})\\s*(${PROVISION}(?:(?:\\s*,\\s*|\\s*[-–]\\s*|,?\\s+and\\s+)${PROVISION})*))?\\s*\\.?$`,
  'u'
)

/**
 * A statute of a common-law country cited by its short title, with its year
 * or number (`Copyright, Designs and Patents Act 1988, s. 29`; `The Uganda
 * Communications Act, 2013, Act 1 of 2013, Sections 5, 45, 56, 57, and 93`;
 * `The Data Protection and Privacy Act (Uganda), No. 9 of 2019, Section
 * 19`): `legislation`, its title, year and number; the provision is the
 * locator. Not a title with neither year nor number, nor one after a
 * person's name.
 */
export function readShortTitleStatute(text: string): LegalReading | undefined {
  const m = SHORT_TITLE_STATUTE.exec(text.trim())
  const number = m?.[4]
    ?.replace(/^[\s,]+/u, '')
    .replace(/^\((.*)\)$/u, '$1')
    .trim()
  // Not a book by a person (`Richard Smith, The Act, 1990`).
  const before = m?.[1]?.includes(',') ? m[1].split(',')[0]! : ''
  if (!m || (!m[3] && !number) || (before && (opensAsPerson(before) || capitalisedName(before)))) return undefined
  const item: ItemFields = {type: 'legislation', title: m[2] ? `${m[1]!} (${m[2]})` : m[1]!}
  const year = m[3] ?? /\b(\d{4})\b/u.exec(number ?? '')?.[1]
  if (year) item.issued = {'date-parts': [[Number(year)]]}
  if (number) item.number = number
  const label = PROVISION_LABELS.find(([w]) => w === m[5])?.[1] ?? 'section'
  return {item, locator: m[6] ?? null, label, names: [], pointsBack: false, etAl: false}
}

/** The legal grammars, tried in turn on a citation's whole text, each with the example it exists for. */
export const LEGAL_FORMS: ReadonlyArray<{name: string; example: string; read: (text: string) => LegalReading | undefined}> = [
  {name: 'a court decision', example: 'BGH, Urt. v. 12.5.2010 – I ZR 121/08, GRUR 2010, 633 Rn. 12 – Vorschaubilder', read: readCourtDecision},
  {name: 'a contribution to a commentary', example: 'Leistner, in: Schricker/Loewenheim, 6. Aufl. 2020, § 4 UrhG, Rn. 38', read: readCommentary},
  {name: 'an article in a law journal cited by its abbreviation', example: 'Hofmann, ZGE 2016, 482, 498', read: readJournalShort},
  {name: 'a statute with where it is printed', example: 'Gesetz über die Preisbindung für Bücher (Buchpreisbindungsgesetz) vom 2. September 2002, BGBl. I S. 3448', read: readStatute},
  {
    name: 'an EU act in the Official Journal (OSCOLA)',
    example:
      'Regulation (EU) 2022/2065 of the European Parliament and of the Council of 19 October 2022 on a Single Market For Digital Services (Digital Services Act) [2022] OJ L277/1, art 26(1)(a)–(b)',
    read: readEuAct
  },
  {name: 'a parliament’s printed paper', example: 'LT-Drs. Hamburg 21/12361 mit der Antwort des Senats vom 23. März 2018', read: readPaper},
  {name: 'a common-law statute by its short title and year', example: 'Copyright, Designs and Patents Act 1988, s. 29', read: readShortTitleStatute}
]
