/**
 * Works of area-studies and archive-heavy documents, and the citations of
 * those works that no CSL style prints, written by hand with every part
 * labeled as it is written:
 *
 * - archival documents cited `in` an archive by acronym and file number
 *   (`“Report from X to Y,” 16 March 1957, in JPA, No. 118-00691-04, pp.
 *   22–23`; `in RGASPI (…), Fond (F.) 558, Opis’ (Op.) 11, Delo (D.) 334,
 *   Listy (Ll.) 134–135`; `RG 59, Box 12, Folder 3, National Archives,
 *   College Park`; `BArch, R 43 I/1234, Bl. 5–7`);
 * - documents reproduced in collections or journals (`…, December 1946, in
 *   Body, ed., Collection [Translation], No. 1 (typescript, 1985), pp. 332–333`);
 * - journals cited by issue with the date in parentheses (`Journal, No. 4
 *   (1999), pp. 1–8`, `Vol. 16, No. 1 (Winter 2014)`, `Nos. 14/15 (Winter
 *   2003–Spring 2004)`);
 * - report series (`NKIDP e-Dossier No. 11`, `Arbeitspapier Nr. 3`);
 * - newspapers without an article title (`Renmin ribao [People’s Daily], 6
 *   September 1950, p. 3`, `Le Monde, 12 juin 1968, p. 3`).
 *
 * Romanized books, articles and chapters (`Zhongguo Chaoxianzu yiminshi [A
 * History of Migration of the Koreans in China]`, bodies as editors) are
 * ordinary CSL items: citeproc-js renders them, the translation in brackets
 * is part of the title; `[in Korean]` is written after a title by hand
 * (`withLanguageNote`), outside its label.
 */
import {
  ACRONYM_SKIP,
  AREA_REGIONS,
  ARCHIVE_NAME_TEMPLATES,
  ARCHIVE_REGIONS,
  BODIES,
  COLLECTION_TITLES,
  DEPARTMENTS,
  DOCUMENT_TITLES,
  DOCUMENT_TOPICS,
  EDITING_BODIES,
  FAMILY_PLACES,
  INSTITUTES,
  KNOWN_ARCHIVES,
  LANGUAGE_NOTES,
  ROMANIZED_GENRES,
  ROMANIZED_JOURNALS,
  ROMANIZED_NEWSPAPERS,
  ROMANIZED_PUBLISHERS,
  ROMANIZED_SUBJECTS,
  SERIES_KINDS,
  UNIVERSITY_JOURNAL,
  UNIVERSITY_TOWNS,
  WESTERN_COLLECTIONS,
  WESTERN_EDITORS,
  WESTERN_PAPERS,
  type CallFamily,
  type Romanized,
  type Script
} from './area-vocab.js'
import {BACK_REFERENCES, MONTHS, QUOTES, TITLE_WORDS} from './phrases.js'
import {familyNames, roman, type CslDate, type CslItem, type ItemContext, type Locator, type Work} from './items.js'
import type {CslName} from '@octavo/tree'
import {makePeople, makePerson, type Person} from './names.js'
import type {Rng} from './rng.js'
import {splice, type Form, type Label, type Piece} from './spanned.js'
import {shortTitle} from './titles.js'
import {JOURNALS, PLACES, PUBLISHERS, type Lang, type NameOrigin} from './vocab.js'

// ---------------------------------------------------------------- kinds of documents and works

/** What an area document is about: its romanized literature and its archives. */
export type AreaFocus = 'china' | 'korea' | 'japan' | 'soviet' | 'europe'

export const AREA_FOCI: ReadonlyArray<readonly [AreaFocus, number]> = [
  ['china', 30],
  ['korea', 25],
  ['japan', 10],
  ['soviet', 15],
  ['europe', 20]
]

/** The kinds of works made here (for statistics; `Work.shape`). */
export type Shape = 'roman-book' | 'roman-article' | 'roman-chapter' | 'archival' | 'collection' | 'journal-issue' | 'series' | 'newspaper'

const SCRIPTS: Record<Exclude<AreaFocus, 'europe'>, ReadonlyArray<readonly [Script, number]>> = {
  china: [
    ['zh', 70],
    ['ru', 15],
    ['ko', 10],
    ['ja', 5]
  ],
  korea: [
    ['ko', 60],
    ['zh', 20],
    ['ru', 15],
    ['ja', 5]
  ],
  japan: [
    ['ja', 70],
    ['ko', 15],
    ['zh', 15]
  ],
  soviet: [
    ['ru', 70],
    ['zh', 20],
    ['ko', 10]
  ]
}

const FAMILIES: Record<AreaFocus, ReadonlyArray<readonly [CallFamily, number]>> = {
  china: [
    ['chinese', 45],
    ['russian', 14],
    ['us', 9],
    ['hungarian', 8],
    ['gdr', 7],
    ['czech', 5],
    ['polish', 4],
    ['uk', 4],
    ['korean', 4]
  ],
  korea: [
    ['korean', 18],
    ['russian', 18],
    ['chinese', 22],
    ['us', 14],
    ['hungarian', 10],
    ['gdr', 7],
    ['czech', 5],
    ['polish', 4],
    ['uk', 2]
  ],
  japan: [
    ['japanese', 35],
    ['us', 25],
    ['uk', 15],
    ['chinese', 10],
    ['russian', 10],
    ['korean', 5]
  ],
  soviet: [
    ['russian', 50],
    ['gdr', 10],
    ['hungarian', 10],
    ['polish', 10],
    ['czech', 10],
    ['us', 10]
  ],
  europe: [
    ['german', 18],
    ['french', 16],
    ['italian', 14],
    ['spanish', 12],
    ['uk', 12],
    ['us', 10],
    ['gdr', 8],
    ['russian', 5],
    ['polish', 3],
    ['czech', 2]
  ]
}

/** Hand-written shapes and how to write them, chosen when the work is made (so every mention writes it alike). */
export type HandSpec = ArchivalSpec | CollectionSpec | JournalSpec | SeriesSpec | NewspaperSpec

type ArchiveWriting = 'in-acronym' | 'acronym' | 'in-acronym-name' | 'name-acronym' | 'name-place' | 'lead'

interface PinWords {
  one: string
  many: string
  kind: 'page' | 'leaf' | 'listy'
}

export interface ArchivalSpec {
  kind: 'archival'
  acronym: string
  name: string
  place: string | undefined
  writing: ArchiveWriting
  /** Before the file number, unlabeled (`No. `, `file `). */
  prefix: string
  pins: PinWords | undefined
  title: 'quoted' | 'plain'
  dateInParens: boolean
}

export interface CollectionSpec {
  kind: 'collection'
  /** `in`, `reprinted in`, `abgedruckt in:` … */
  lead: string
  shape: 'numbered' | 'imprint' | 'journal'
}

export interface JournalSpec {
  kind: 'journal'
  shape: 'no' | 'vol-no' | 'nos'
  /** Italian `in «Rivista»`. */
  quotedJournal: boolean
  esp: boolean
}

export interface SeriesSpec {
  kind: 'series'
  shape: 'bare' | 'imprint' | 'bulletin'
  numberWord: boolean
}

export interface NewspaperSpec {
  kind: 'newspaper'
  shape: 'plain' | 'numbered' | 'of'
}

// ---------------------------------------------------------------- how a document writes them

/** Words and habits of one document's hand-written citations. */
export interface HandStyle {
  lang: Lang
  open: string
  close: string
  /** `“Title,”` (American) rather than `“Title”,`. */
  commaInside: boolean
  dateOrder: 'dmy' | 'mdy' | 'numeric'
  no: string
  nos: string
  vol: string
  /** Before one page and before a range (may be empty: Chicago writes none). */
  p: string
  pp: string
  inWord: string
  /** After editors' names (`, ed.`, ` (Hrsg.)`), before them (`ed. `). */
  ed: string
  eds: string
  edBefore: string
  esp: string
  dash: string
  undated: string
  seasons: readonly string[]
}

const SEASONS: Record<Lang, ReadonlyArray<readonly string[]>> = {
  en: [
    ['Spring', 'Summer', 'Autumn', 'Winter'],
    ['Spring', 'Summer', 'Fall', 'Winter']
  ],
  de: [['Frühjahr', 'Sommer', 'Herbst', 'Winter']],
  fr: [['printemps', 'été', 'automne', 'hiver']],
  es: [['primavera', 'verano', 'otoño', 'invierno']],
  it: [['primavera', 'estate', 'autunno', 'inverno']]
}

export function makeHandStyle(rng: Rng, lang: Lang, locale: string): HandStyle {
  const seasons = rng.pick(SEASONS[lang])
  if (lang === 'en') {
    // The quotation marks of the locale the document's citeproc citations use.
    const british = locale === 'en-GB'
    const upper = rng.chance(0.6)
    const p = rng.chance(0.75) ? 'p. ' : ''
    return {
      lang,
      open: british ? '‘' : '“',
      close: british ? '’' : '”',
      commaInside: !british,
      dateOrder: british || rng.chance(0.6) ? 'dmy' : 'mdy',
      no: upper ? 'No. ' : 'no. ',
      nos: upper ? 'Nos. ' : 'nos. ',
      vol: upper ? 'Vol. ' : 'vol. ',
      p,
      pp: p === '' ? '' : 'pp. ',
      inWord: 'in ',
      ed: ', ed.',
      eds: ', eds.',
      edBefore: rng.chance(0.5) ? 'ed. ' : 'edited by ',
      esp: rng.pick(['esp. ', 'here ', 'especially ']),
      dash: '–',
      undated: 'n.d.',
      seasons
    }
  }
  if (lang === 'de') {
    return {
      lang,
      open: '„',
      close: '“',
      commaInside: false,
      dateOrder: rng.chance(0.35) ? 'numeric' : 'dmy',
      no: rng.pick(['Nr. ', 'Nr. ', 'H. ']),
      nos: 'Nr. ',
      vol: rng.pick(['Bd. ', 'Jg. ']),
      p: 'S. ',
      pp: 'S. ',
      inWord: rng.chance(0.75) ? 'in: ' : 'in ',
      ed: rng.pick([' (Hrsg.)', ' (Hg.)']),
      eds: rng.pick([' (Hrsg.)', ' (Hg.)']),
      edBefore: 'hrsg. von ',
      esp: rng.pick(['hier ', 'bes. ']),
      dash: '–',
      undated: 'o. D.',
      seasons
    }
  }
  if (lang === 'fr') {
    return {
      lang,
      open: '« ',
      close: ' »',
      commaInside: false,
      dateOrder: 'dmy',
      no: rng.pick(['n° ', 'no ']),
      nos: rng.pick(['n° ', 'nos ']),
      vol: rng.pick(['vol. ', 't. ']),
      p: 'p. ',
      pp: 'p. ',
      inWord: rng.chance(0.7) ? 'dans ' : 'in ',
      ed: rng.pick([' (éd.)', ' (dir.)']),
      eds: rng.pick([' (éd.)', ' (dir.)']),
      edBefore: 'éd. par ',
      esp: rng.pick(['ici ', 'notamment ', 'en part. ']),
      dash: rng.chance(0.5) ? '-' : '–',
      undated: 's.d.',
      seasons
    }
  }
  const [open, close] = rng.chance(0.6) ? QUOTES[lang] : ['“', '”']
  if (lang === 'es') {
    return {
      lang,
      open,
      close,
      commaInside: false,
      dateOrder: 'dmy',
      no: rng.pick(['núm. ', 'n.º ', 'n.° ']),
      nos: 'núms. ',
      vol: rng.pick(['vol. ', 't. ']),
      p: rng.pick(['p. ', 'pág. ']),
      pp: rng.pick(['pp. ', 'págs. ']),
      inWord: 'en ',
      ed: rng.pick([' (ed.)', ' (coord.)']),
      eds: rng.pick([' (eds.)', ' (coords.)']),
      edBefore: 'ed. de ',
      esp: rng.pick(['esp. ', 'en especial ']),
      dash: rng.chance(0.5) ? '-' : '–',
      undated: 's.f.',
      seasons
    }
  }
  return {
    lang,
    open,
    close,
    commaInside: false,
    dateOrder: 'dmy',
    no: rng.pick(['n. ', 'n° ', 'n. ']),
    nos: 'nn. ',
    vol: rng.pick(['vol. ', 'a. ']),
    p: 'p. ',
    pp: 'pp. ',
    inWord: 'in ',
    ed: ' (a cura di)',
    eds: ' (a cura di)',
    edBefore: 'a cura di ',
    esp: rng.pick(['in part. ', 'spec. ']),
    dash: rng.chance(0.5) ? '-' : '–',
    undated: 's.d.',
    seasons
  }
}

// ---------------------------------------------------------------- dates written out

function monthName(lang: Lang, month: number): string {
  return MONTHS[lang][month - 1] ?? ''
}

function dayMonthYear(style: HandStyle, [y, m, d]: readonly number[]): string {
  const {lang} = style
  if (m === undefined) return String(y)
  const month = monthName(lang, m)
  if (d === undefined) return lang === 'es' ? `${month} de ${y}` : `${month} ${y}`
  if (style.dateOrder === 'numeric') return `${d}.${m}.${y}`
  if (lang === 'en') return style.dateOrder === 'mdy' ? `${month} ${d}, ${y}` : `${d} ${month} ${y}`
  if (lang === 'de') return `${d}. ${month} ${y}`
  if (lang === 'es') return `${d} de ${month} de ${y}`
  if (lang === 'fr' && d === 1) return `1er ${month} ${y}`
  return `${d} ${month} ${y}`
}

/** A date as the document writes it: `16 March 1957`, `Winter 2014`, `April–June 1966`, `Winter 2003–Spring 2004`. */
export function dateText(style: HandStyle, date: CslDate | undefined): string {
  if (date === undefined) return style.undated
  if (date.literal !== undefined) return date.literal
  const parts = date['date-parts'] ?? []
  const [first = [], second] = parts
  const year = first[0] ?? 0
  const ofYear = (text: string, y: number): string => (style.lang === 'es' ? `${text} de ${y}` : `${text} ${y}`)
  if (date.season !== undefined && second === undefined) return ofYear(style.seasons[date.season - 1] ?? '', year)
  if (second !== undefined) {
    const y2 = second[0] ?? year
    if (date.season !== undefined) {
      const next = ((date.season % 4) + 1) as number
      return `${ofYear(style.seasons[date.season - 1] ?? '', year)}–${ofYear(style.seasons[next - 1] ?? '', y2)}`
    }
    const [, m1] = first
    const [, m2] = second
    if (m1 !== undefined && m2 !== undefined && y2 === year) return ofYear(`${monthName(style.lang, m1)}${style.dash}${monthName(style.lang, m2)}`, year)
    return `${year}${style.dash}${y2}`
  }
  return dayMonthYear(style, first)
}

// ---------------------------------------------------------------- labeled parts

interface Part {
  text: string
  label?: Label
  italic?: boolean
}

type Seg = Part[]

const w = (text: string): Part => ({text})
const L = (text: string, label: Label, italic = false): Part => ({text, label, italic})

function quoted(style: HandStyle, title: string): Seg {
  return [w(style.open), L(title, 'title'), w(style.close)]
}

/** Segments joined by `sep`; American quotes take the comma inside (`“Title,” 1957`). */
function join(style: HandStyle, segs: Seg[], sep = ', '): Seg {
  const out: Part[] = []
  for (const seg of segs) {
    if (seg.length === 0) continue
    if (out.length > 0) {
      const last = out.at(-1)
      if (style.commaInside && sep.startsWith(',') && last !== undefined && last.label === undefined && last.text === style.close) {
        out[out.length - 1] = w(`,${style.close}`)
        out.push(w(sep.slice(1)))
      } else out.push(w(sep))
    }
    out.push(...seg)
  }
  return out
}

function toPiece(parts: Part[], form: Form, ref: string): Piece {
  let text = ''
  const labels: Piece['cites'][number]['labels'] = []
  const italics: Piece['italics'] = []
  for (const part of parts) {
    const start = text.length
    text += part.text
    if (part.label !== undefined && part.text !== '') labels.push([start, text.length, part.label])
    if (part.italic === true && part.text !== '') italics.push([start, text.length])
  }
  return {text, italics, cites: [{start: 0, end: text.length, labels, form, ref, hand: true}]}
}

/** A name as written in running order: `Sun Chunri` (family first), `Danhui Li`, `Hans von Thadden`. */
export function writtenName(name: CslName): string {
  if (name.literal !== undefined) return name.literal
  const family = [name['non-dropping-particle'] ?? name['dropping-particle'], name.family].filter(Boolean).join(' ')
  if (name['static-ordering'] === true) return [family, name.given].filter(Boolean).join(' ')
  return [name.given, family, name.suffix].filter(Boolean).join(' ')
}

function nameList(style: HandStyle, names: readonly CslName[]): string {
  const words = BACK_REFERENCES[style.lang]
  const written = names.map(writtenName)
  if (written.length > 3) return `${written[0] ?? ''} ${words.etAl}`
  if (written.length <= 1) return written[0] ?? ''
  const last = written.at(-1) ?? ''
  const head = written.slice(0, -1).join(', ')
  return style.lang === 'en' && written.length > 2 ? `${head}, and ${last}` : `${head} ${words.and} ${last}`
}

function authorSeg(style: HandStyle, item: CslItem): Seg {
  const authors = (item.author ?? []) as CslName[]
  return authors.length === 0 ? [] : [L(nameList(style, authors), 'author')]
}

function editorSeg(style: HandStyle, item: CslItem): Seg {
  const editors = (item.editor ?? []) as CslName[]
  if (editors.length === 0) return []
  return [L(nameList(style, editors), 'editor'), w(editors.length > 1 ? style.eds : style.ed)]
}

/** Short authors for a later mention: family names (`Sun`, `Kim Donggil`, `Li and Xia`). */
function shortAuthorSeg(style: HandStyle, item: CslItem): Seg {
  const families = familyNames({...item, editor: undefined} as CslItem)
  const words = BACK_REFERENCES[style.lang]
  if (families.length === 0 || item.author === undefined) return []
  const text = families.length === 1 ? (families[0] ?? '') : families.length === 2 ? `${families[0] ?? ''} ${words.and} ${families[1] ?? ''}` : `${families[0] ?? ''} ${words.etAl}`
  return [L(text, 'author')]
}

function dashed(style: HandStyle, value: string): string {
  return value.replace(/(\w)[-–](\w)/g, `$1${style.dash}$2`)
}

/** A folio pinpoint (`12r`, `12r-12v`) as the archive's tradition writes it. */
function leafValue(locator: Locator, kind: PinWords['kind']): string {
  if (locator.label !== 'folio') return locator.locator
  if (kind === 'listy')
    return locator.locator
      .replace(/^(\d+)r[–-]\1v$/, '$1–$1ob.')
      .replace(/r/g, '')
      .replace(/v/g, 'ob.')
  // `12r-12v` on a page is page 12.
  if (kind === 'page') return locator.locator.replace(/^(\d+)r[–-]\1v$/, '$1').replace(/[rv]/g, '')
  return locator.locator
}

/** The pinpoint (`pp. 22–23`, `Bl. 5–7`, `Listy (Ll.) 134–135`), or the item's pages when there is none. */
function pinSeg(style: HandStyle, item: CslItem, locator: Locator | undefined, pins: PinWords | undefined, esp = false): Seg {
  const words = pins ?? {one: style.p, many: style.pp, kind: 'page' as const}
  if (locator !== undefined) {
    const value = dashed(style, leafValue(locator, words.kind))
    const many = /[–-]/.test(value)
    const word = many ? words.many : words.one
    return [w(`${esp && many ? style.esp : ''}${word}`), L(value, 'locator')]
  }
  if (typeof item.page === 'string' && item.page !== '') {
    const value = dashed(style, item.page)
    return [w(/[–-]/.test(value) ? style.pp : style.p), L(value, 'page')]
  }
  return []
}

/** `No.`: German `H.` (Heft) is for journals only. */
function issueWord(style: HandStyle): string {
  return style.no === 'H. ' ? 'Nr. ' : style.no
}

/** A later mention gives its pinpoint, not the work's pages. */
function withoutPages(item: CslItem): CslItem {
  return {...item, page: undefined}
}

function dateSeg(style: HandStyle, date: CslDate | undefined): Seg {
  return [L(dateText(style, date), 'issued')]
}

// ---------------------------------------------------------------- romanized titles

/** The short title of a work: of its romanized title, without the translation in brackets. */
function short(title: string): string {
  return shortTitle(title.replace(/\s*\[[^\]]*\]/g, ''))
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The language the document translates romanized titles into: its own, or English. */
function translationLang(rng: Rng, lang: Lang): Lang {
  return lang === 'en' || rng.chance(0.6) ? lang : 'en'
}

/** A romanized title and its translation (`Zhongguo Chaoxianzu yiminshi`, `A History of Migration of the Koreans in China`). */
export function romanizedTitle(rng: Rng, script: Script, into: Lang): {roman: string; translation: string} {
  const subject = rng.pick(ROMANIZED_SUBJECTS[script])
  const genre = rng.pick(ROMANIZED_GENRES[script])
  let romanText = capitalize(genre.r.replace('{X}', subject.r))
  let translation = capitalize(genre.t[into].replace('{X}', subject.t[into]))
  if (rng.chance(0.2)) {
    const start = rng.int(1860, 1935)
    const years = ` (${start}–${start + rng.int(3, 15)})`
    romanText += years
    translation += years
  }
  return {roman: romanText, translation}
}

function bracketed(roman: string, translation: string): string {
  return `${roman} [${translation}]`
}

function romanizedJournal(rng: Rng, script: Script, into: Lang): Romanized & {name: string} {
  if (rng.chance(0.3)) {
    const town = rng.pick(UNIVERSITY_TOWNS[script])
    return {r: town.r, t: {en: '', de: '', fr: '', es: '', it: ''}, name: UNIVERSITY_JOURNAL[into].replace('{U}', town.name)}
  }
  const journal = rng.pick(ROMANIZED_JOURNALS[script])
  return {...journal, name: journal.t[into]}
}

/** A journal name as the document writes it: romanized with or without its translation, or a Western journal. */
function journalName(rng: Rng, lang: Lang, script: Script | undefined): string {
  if (script === undefined) return rng.pick(JOURNALS[lang])
  const journal = romanizedJournal(rng, script, translationLang(rng, lang))
  return rng.chance(0.55) ? bracketed(journal.r, journal.name) : journal.r
}

/** Authors of a work in `script`: mostly of its tradition, some of the document's. */
function areaAuthors(context: ItemContext, script: Script | undefined): Person[] {
  const {rng} = context
  const count = rng.weighted([
    [1, 75],
    [2, 20],
    [3, 5]
  ])
  if (script === undefined || rng.chance(0.15)) return makePeople(rng, context.lang, count)
  return Array.from({length: count}, () => makePerson(rng, script))
}

function names(people: Person[]): CslName[] {
  return people.map((person) => person.name)
}

function yearDate(y: number): CslDate {
  return {'date-parts': [[y]]}
}

function pageRange(rng: Rng): string {
  const start = rng.int(1, 400)
  return `${start}-${start + rng.int(1, 30)}`
}

/**
 * The item's language. Chinese and Japanese as ISO 639-3 codes (`cmn`,
 * `jpn`): with `zh` or `ja` citeproc-js writes every name of the item family
 * name first, Western names too (`Price Ruth`).
 */
const ITEM_LANGUAGES: Record<string, string> = {zh: 'cmn', ja: 'jpn'}

function base(type: string, language: string): CslItem {
  return {id: '', type, language: ITEM_LANGUAGES[language] ?? language}
}

function work(item: CslItem, authors: Person[], shape: Shape, extra: Partial<Work> = {}): Work {
  return {key: '', item, authors, shape, ...extra}
}

// ---------------------------------------------------------------- romanized works (rendered by citeproc)

function romanizedPublisher(rng: Rng, script: Script): {publisher: string; 'publisher-place': string} {
  const chosen = rng.pick(ROMANIZED_PUBLISHERS[script])
  return {publisher: chosen.name, 'publisher-place': chosen.place}
}

/** A romanized title for an item: with its translation in brackets, bare, or bare with a language note. */
function titled(context: ItemContext, script: Script): {title: string; short: string | undefined; langNote: string | undefined} {
  const {rng} = context
  const {roman: romanText, translation} = romanizedTitle(rng, script, translationLang(rng, context.lang))
  const mode = rng.weighted<'bracket' | 'note' | 'bare'>([
    ['bracket', 60],
    ['note', 18],
    ['bare', 22]
  ])
  if (mode === 'bracket') return {title: bracketed(romanText, translation), short: shortTitle(romanText), langNote: undefined}
  return {title: romanText, short: undefined, langNote: mode === 'note' ? LANGUAGE_NOTES[script][context.lang] : undefined}
}

function romanBook(context: ItemContext, script: Script): Work {
  const {rng} = context
  const {title, short, langNote} = titled(context, script)
  const item: CslItem = {...base('book', script), title, ...romanizedPublisher(rng, script), issued: yearDate(rng.int(1950, 2022))}
  if (short !== undefined) item['title-short'] = short
  let authors: Person[] = []
  if (rng.chance(0.22)) item.editor = [{literal: rng.pick(EDITING_BODIES[script])}]
  else {
    authors = areaAuthors(context, script)
    if (rng.chance(0.1)) item.editor = names(authors)
    else item.author = names(authors)
  }
  if (rng.chance(0.1)) item.volume = String(rng.int(1, 6))
  return work(item, authors, 'roman-book', langNote === undefined ? {} : {langNote})
}

function romanArticle(context: ItemContext, script: Script): Work {
  const {rng} = context
  const {title, short, langNote} = titled(context, script)
  const authors = areaAuthors(context, script)
  const y = rng.int(1955, 2022)
  const item: CslItem = {
    ...base('article-journal', script),
    author: names(authors),
    title,
    'container-title': journalName(rng, context.lang, script),
    issue: String(rng.int(1, 6)),
    issued: rng.chance(0.8) ? yearDate(y) : {'date-parts': [[y]], season: rng.int(1, 4)},
    page: pageRange(rng)
  }
  if (short !== undefined) item['title-short'] = short
  if (rng.chance(0.35)) item.volume = String(rng.int(1, 60))
  return work(item, authors, 'roman-article', langNote === undefined ? {} : {langNote})
}

function romanChapter(context: ItemContext, script: Script): Work {
  const {rng} = context
  const {title, short, langNote} = titled(context, script)
  const book = romanizedTitle(rng, script, translationLang(rng, context.lang))
  const authors = areaAuthors(context, script)
  const editors: CslName[] = rng.chance(0.4) ? [{literal: rng.pick(EDITING_BODIES[script])}] : names(areaAuthors(context, script))
  const item: CslItem = {
    ...base('chapter', script),
    author: names(authors),
    title,
    'container-title': rng.chance(0.6) ? bracketed(book.roman, book.translation) : book.roman,
    editor: editors,
    ...romanizedPublisher(rng, script),
    issued: yearDate(rng.int(1960, 2022)),
    page: pageRange(rng)
  }
  if (short !== undefined) item['title-short'] = short
  return work(item, authors, 'roman-chapter', langNote === undefined ? {} : {langNote})
}

// ---------------------------------------------------------------- archives

const CONSONANTS = 'BCDFGHJKLMNPRSTVZ'
const LETTERS = 'ABCDEFGHIJKLMNOPRSTUVYZ'

/** An invented but plausible acronym: 2–6 capitals, some with a digit or a hyphen (`ZDA`, `HPSA-2`, `KRA3`). */
export function randomAcronym(rng: Rng): string {
  const length = rng.weighted([
    [2, 2],
    [3, 5],
    [4, 4],
    [5, 2],
    [6, 1]
  ])
  let out = ''
  for (let index = 0; index < length; index++) out += rng.pick((index === 0 ? CONSONANTS + 'AEIU' : LETTERS).split(''))
  return rng.weighted<string>([
    [out, 75],
    [`${out}-${rng.int(1, 9)}`, 8],
    [`${out}${rng.int(1, 9)}`, 6],
    [`${out.slice(0, 2)}-${out.slice(2) || rng.pick(CONSONANTS.split(''))}`, 6],
    [`${out.charAt(0)}${out.slice(1).toLowerCase()}${rng.pick(CONSONANTS.split(''))}`, 5]
  ])
}

/** The initials of a name's words (`Jilin Provincial Archives` → `JPA`), when that makes 2–6 letters. */
export function acronymOf(name: string): string | undefined {
  const words = name.split(/[\s-]+/).filter((word) => word !== '' && !ACRONYM_SKIP.has(word.toLowerCase()))
  const letters = words
    .map((word) =>
      word
        .replace(/^[‘’'(]/, '')
        .replace(/^(?:d|l|dell|all|nell|sull)’/iu, '')
        .charAt(0)
        .toUpperCase()
    )
    .join('')
  return /^\p{Lu}{2,6}$/u.test(letters) ? letters : undefined
}

function fillRegion(rng: Rng, template: string, family: CallFamily): string {
  const regions = ARCHIVE_REGIONS[family]
  return template
    .replace('{P}', () => (regions.P.length > 0 ? rng.pick(regions.P) : rng.pick(AREA_REGIONS)))
    .replace('{C}', () => (regions.C.length > 0 ? rng.pick(regions.C) : rng.pick(AREA_REGIONS)))
}

interface ArchiveChoice {
  acronym: string
  name: string
  place: string | undefined
}

/** A known archive of the family (a third of the time), else an invented one with an acronym of its name or a random one. */
function chooseArchive(rng: Rng, family: CallFamily): ArchiveChoice {
  const known = KNOWN_ARCHIVES.filter((archive) => archive.family === family)
  if (known.length > 0 && rng.chance(0.35)) {
    const chosen = rng.pick(known)
    return {acronym: chosen.acronym, name: chosen.name, place: chosen.place}
  }
  const name = fillRegion(rng, rng.pick(ARCHIVE_NAME_TEMPLATES[family]), family)
  const own = acronymOf(name)
  const departement = family === 'french' && name.startsWith('Archives départementales') && rng.chance(0.4) ? `AD${rng.int(10, 95)}` : undefined
  const acronym = departement ?? (own !== undefined && rng.chance(0.6) ? own : randomAcronym(rng))
  return {acronym, name, place: rng.pick(FAMILY_PLACES[family])}
}

const NUMBER_PREFIX: Record<Lang, readonly string[]> = {
  en: ['No. ', 'No. ', 'no. ', 'file ', 'File No. ', 'doc. '],
  de: ['Nr. ', 'Nr. ', 'Akte ', 'Dok. '],
  fr: ['n° ', 'no ', 'dossier ', 'doc. '],
  es: ['núm. ', 'n.º ', 'exp. ', 'doc. '],
  it: ['n. ', 'n. ', 'fasc. ', 'doc. ']
}

const pad = (rng: Rng, digits: number): string => String(rng.int(0, 10 ** digits - 1)).padStart(digits, '0')

interface CallNumber {
  prefix: string
  location: string
  pins: PinWords | undefined
}

/** A file number written after `No.` (`118-00691-04`, `0021/1956`), in any archive. */
function fileNumber(rng: Rng): string {
  const n = (min: number, max: number): number => rng.int(min, max)
  return rng.weighted<string>([
    [`${n(100, 120)}-${pad(rng, 5)}-${pad(rng, 2)}`, 4],
    [`${n(1, 99)}/${n(1, 999)}`, 2],
    [`${pad(rng, 4)}/${n(1945, 1990)}`, 2],
    [String(n(100, 99999)), 2],
    [`${rng.pick(['A', 'B', 'C', 'D', 'K', 'S'])}-${n(1, 999)}`, 1]
  ])
}

/** A file number of the family's archives, with what stands before it and the words of its pinpoints. */
function callNumber(rng: Rng, family: CallFamily, lang: Lang): CallNumber {
  const pages = undefined
  const n = (min: number, max: number): number => rng.int(min, max)
  const prefix = rng.pick(NUMBER_PREFIX[lang])
  // Any archive may be cited by a bare file number (`in ACR, No. 118-00691-04`).
  if (family !== 'chinese' && rng.chance(0.3)) return {prefix, location: fileNumber(rng), pins: pages}
  switch (family) {
    case 'chinese':
      return rng.weighted<CallNumber>([
        [{prefix, location: `${n(100, 120)}-${pad(rng, 5)}-${pad(rng, 2)}`, pins: pages}, 5],
        [{prefix, location: `${n(1, 9)}-${n(1, 9)}-${n(1, 999)}`, pins: pages}, 3],
        [{prefix: '', location: `J${n(1, 140)}-${n(1, 9)}-${n(1, 999)}`, pins: pages}, 1],
        [{prefix: '', location: `quanzong ${n(1, 200)}, mulu ${n(1, 20)}, juan ${n(1, 900)}`, pins: pages}, 1]
      ])
    case 'russian': {
      const [f, o, d] = [n(1, 600), n(1, 40), n(1, 2000)]
      return rng.weighted<CallNumber>([
        [{prefix: '', location: `Fond (F.) ${f}, Opis’ (Op.) ${o}, Delo (D.) ${d}`, pins: {one: 'List (L.) ', many: 'Listy (Ll.) ', kind: 'listy'}}, 3],
        [{prefix: '', location: `f. ${f}, op. ${o}, d. ${d}`, pins: {one: 'l. ', many: 'll. ', kind: 'listy'}}, 4],
        [{prefix: '', location: `F. ${f}, Op. ${o}, D. ${d}`, pins: {one: 'L. ', many: 'Ll. ', kind: 'listy'}}, 2],
        [{prefix: '', location: `fond ${f}, opis’ ${o}, delo ${d}`, pins: {one: 'list ', many: 'listy ', kind: 'listy'}}, 1]
      ])
    }
    case 'hungarian': {
      const year = n(1948, 1989)
      return rng.weighted<CallNumber>([
        [{prefix: '', location: `XIX-J-1-j, ${n(1, 40)}. doboz, ${n(1, 30)}/${rng.pick(['a', 'b', 'c', 'd'])}, ${pad(rng, 6)}/${year}`, pins: pages}, 2],
        [{prefix: '', location: `${n(1, 40)}, doboz, ${n(1, 30)}/${rng.pick(['a', 'b', 'c'])}, ${pad(rng, 6)}/${year}`, pins: pages}, 2],
        [{prefix: '', location: `${n(200, 300)}. f. ${n(1, 40)}/${year}/${n(1, 60)}. ő. e.`, pins: pages}, 1]
      ])
    }
    case 'czech':
      return rng.weighted<CallNumber>([
        [{prefix: '', location: `fond KSČ-ÚV-02/${n(1, 5)}, sv. ${n(1, 200)}, a.j. ${n(1, 400)}`, pins: pages}, 2],
        [{prefix: '', location: `TO-T ${n(1945, 1960)}–${n(1961, 1969)}, ${rng.pick(['Čína', 'KLDR', 'Japonsko'])}, krab. ${n(1, 20)}, obal ${n(1, 9)}`, pins: pages}, 1]
      ])
    case 'polish':
      return rng.weighted<CallNumber>([
        [{prefix: '', location: `zesp. ${n(1, 400)}/${roman(n(1, 30)).toUpperCase()}, t. ${n(1, 200)}, w. ${n(1, 60)}`, pins: {one: 'k. ', many: 'k. ', kind: 'leaf'}}, 2],
        [{prefix: '', location: `KC PZPR, sygn. ${n(100, 3000)}`, pins: {one: 'k. ', many: 'k. ', kind: 'leaf'}}, 1]
      ])
    case 'gdr':
      return rng.weighted<CallNumber>([
        [{prefix: '', location: `DY 30/IV 2/20/${n(1, 400)}`, pins: {one: 'Bl. ', many: 'Bl. ', kind: 'leaf'}}, 3],
        [{prefix: '', location: `MfAA, A ${n(1000, 19999)}`, pins: {one: 'Bl. ', many: 'Bl. ', kind: 'leaf'}}, 2],
        [{prefix: '', location: `DY 30/J IV 2/2/${n(100, 999)}`, pins: {one: 'Bl. ', many: 'Bl. ', kind: 'leaf'}}, 1]
      ])
    case 'german':
      return rng.weighted<CallNumber>([
        [{prefix: '', location: `${rng.pick(['R 43 I', 'R 43 II', 'B 136', 'NS 19', 'R 58', 'B 122', 'N 1080'])}/${n(1, 9999)}`, pins: {one: 'Bl. ', many: 'Bl. ', kind: 'leaf'}}, 4],
        [{prefix: lang === 'de' ? 'Nr. ' : prefix, location: String(n(1, 9999)), pins: {one: 'Bl. ', many: 'Bl. ', kind: 'leaf'}}, 1],
        [{prefix: '', location: `${rng.pick(['Rep. 77', 'MInn', 'StK', 'E 130 b'])} Nr. ${n(1, 9999)}`, pins: {one: 'fol. ', many: 'fol. ', kind: 'leaf'}}, 1]
      ])
    case 'us':
      return rng.weighted<CallNumber>([
        [{prefix: '', location: `RG ${rng.pick(['59', '84', '218', '319', '330', '469'])}, Box ${n(1, 4000)}, Folder ${n(1, 40)}`, pins: pages}, 3],
        [{prefix: '', location: `RG 59, Central Decimal File ${n(1945, 1955)}–${n(56, 59)}, ${n(600, 899)}.00/${n(1, 12)}-${n(1, 28)}${n(50, 59)}, Box ${n(1000, 5000)}`, pins: pages}, 2],
        [{prefix: '', location: `RG ${rng.pick(['218', '319'])}, Entry ${n(1, 200)}, Box ${n(1, 300)}`, pins: pages}, 1],
        [{prefix: '', location: `White House Central Files, Confidential File, Box ${n(1, 90)}`, pins: pages}, 1]
      ])
    case 'uk':
      return {
        prefix: '',
        location: `${rng.pick(['FO 371', 'PREM 11', 'CAB 128', 'CAB 129', 'WO 208', 'CO 1030', 'FO 262'])}/${n(1, 99999)}`,
        pins: rng.chance(0.5) ? {one: 'f. ', many: 'ff. ', kind: 'leaf'} : pages
      }
    case 'french':
      return rng.weighted<CallNumber>([
        [{prefix: '', location: `F/7/${n(10000, 16000)}`, pins: {one: 'f. ', many: 'f. ', kind: 'leaf'}}, 3],
        [{prefix: '', location: `${n(19700000, 20150000)}/${n(1, 400)}`, pins: pages}, 1],
        [
          {
            prefix: '',
            location: `Asie-Océanie ${n(1944, 1955)}–${n(1956, 1968)}, ${rng.pick(['Chine', 'Corée', 'Japon', 'Indochine'])}, vol. ${n(1, 400)}`,
            pins: {one: 'f. ', many: 'f. ', kind: 'leaf'}
          },
          2
        ],
        [{prefix: '', location: `GR ${n(1, 15)} H ${n(1, 9000)}`, pins: pages}, 1],
        [{prefix: '', location: `${n(1, 9)} M ${n(1, 900)}`, pins: pages}, 1]
      ])
    case 'italian':
      return rng.weighted<CallNumber>([
        [
          {
            prefix: '',
            location: `Affari politici ${n(1946, 1950)}–${n(1951, 1957)}, ${rng.pick(['Cina', 'Corea', 'Giappone', 'URSS'])}, b. ${n(1, 200)}, fasc. ${n(1, 40)}`,
            pins: {one: 'c. ', many: 'cc. ', kind: 'leaf'}
          },
          2
        ],
        [{prefix: '', location: `b. ${n(1, 900)}, fasc. ${n(1, 60)}`, pins: {one: 'c. ', many: 'cc. ', kind: 'leaf'}}, 2],
        [{prefix: '', location: `busta ${n(1, 900)}, fasc. ${n(1, 60)}`, pins: pages}, 1]
      ])
    case 'spanish':
      return rng.weighted<CallNumber>([
        [{prefix: '', location: `leg. ${n(1, 9999)}, exp. ${n(1, 90)}`, pins: {one: 'f. ', many: 'fols. ', kind: 'leaf'}}, 3],
        [{prefix: '', location: `caja ${n(10, 99)}/${n(1000, 99999)}, carp. ${n(1, 30)}`, pins: pages}, 2],
        [{prefix: '', location: `(10) ${n(1, 99)}/${n(1000, 99999)}`, pins: pages}, 1]
      ])
    case 'korean':
      return rng.weighted<CallNumber>([
        [{prefix, location: `${rng.pick(['C', 'D', 'G'])}-${pad(rng, 4)}-${pad(rng, 2)}`, pins: pages}, 2],
        [{prefix: '', location: `Reel ${rng.pick(['C', 'D'])}-${pad(rng, 4)}, File ${n(1, 30)}`, pins: pages}, 1],
        [{prefix, location: String(n(100, 9999)), pins: pages}, 1]
      ])
    case 'japanese':
      return rng.weighted<CallNumber>([
        [{prefix: '', location: `${rng.pick(['A', 'B', 'A’'])}-${n(1, 9)}-${n(1, 9)}-${n(0, 9)}-${n(1, 30)}`, pins: pages}, 2],
        [{prefix: '', location: `Reel A-${pad(rng, 4)}`, pins: pages}, 1],
        [{prefix, location: `${n(1950, 1975)}-${n(100, 9999)}`, pins: pages}, 1]
      ])
  }
}

const PERSON_FROM: Record<Lang, string> = {en: 'from ', de: 'von ', fr: 'de ', es: 'de ', it: 'di '}
const PERSON_TO: Record<Lang, string> = {en: 'to ', de: 'an ', fr: 'à ', es: 'a ', it: 'a '}

function personText(rng: Rng, origin: NameOrigin): string {
  return writtenName(makePerson(rng, origin).name)
}

function fromPerson(lang: Lang, name: string): string {
  if (lang === 'fr' && /^[AEIOUÉÈ]/u.test(name)) return `d’${name}`
  return `${PERSON_FROM[lang]}${name}`
}

/** The title of an archival document in the document's language (`Report from the Yanbian Prefectural Committee to the Jilin Provincial Committee`); a month in it is the document's. */
function documentTitle(rng: Rng, lang: Lang, origin: NameOrigin, date: CslDate | undefined): string {
  const body = rng.pick(BODIES[lang])
  const person = (): string => personText(rng, origin)
  const [year = rng.int(1920, 1990), month = rng.int(1, 12)] = date?.['date-parts']?.[0] ?? []
  const [m, y] = [monthName(lang, month), String(year)]
  const title = rng
    .pick(DOCUMENT_TITLES[lang])
    .replace('{from}', () => (rng.chance(0.5) ? body.from : fromPerson(lang, person())))
    .replace('{to}', () => (rng.chance(0.5) ? rng.pick(BODIES[lang]).to : `${PERSON_TO[lang]}${person()}`))
    .replace('{A}', person)
    .replace('{B}', person)
    .replace('{topic}', () => rng.pick(DOCUMENT_TOPICS[lang]).replace('{R}', rng.pick(AREA_REGIONS)))
    .replace('{m}', m)
    .replace('{y}', y)
  return capitalize(lang === 'it' ? contractItalian(title) : title)
}

/** Italian `su` with an article: `sulla`, `sullo`, `sull’`, `sui`, `sugli`, `sul`. */
function contractItalian(text: string): string {
  return text.replace(
    /\bsu (gli|il|la|lo|le|i(?=\s)|l’)(?=\s|\p{L})/gu,
    (_, article: string) => ({la: 'sulla', lo: 'sullo', le: 'sulle', gli: 'sugli', i: 'sui', il: 'sul', 'l’': 'sull’'})[article] ?? `su ${article}`
  )
}

/** A body as the author of a document (`No. 1 Section, Asian Department`). */
function departmentAuthor(rng: Rng, lang: Lang): string {
  if (rng.chance(0.4)) return rng.pick(BODIES[lang]).author
  const {units, departments} = DEPARTMENTS[lang]
  const unit = rng
    .pick(units)
    .replace('{n}', String(rng.int(1, 9)))
    .replace('{r}', roman(rng.int(1, 6)).toUpperCase())
  return `${unit}, ${rng.pick(departments)}`
}

function documentDate(rng: Rng, from: number, to: number): CslDate | undefined {
  const y = rng.int(from, to)
  return rng.weighted<CslDate | undefined>([
    [{'date-parts': [[y, rng.int(1, 12), rng.int(1, 28)]]}, 75],
    [{'date-parts': [[y, rng.int(1, 12)]]}, 13],
    [{'date-parts': [[y]]}, 5],
    [undefined, 7]
  ])
}

/** Who sent a document, written before its title: nobody (the sender is in the title), a body or a person. */
function documentAuthor(rng: Rng, lang: Lang, origin: NameOrigin): Person[] {
  const who = rng.weighted<'none' | 'body' | 'person'>([
    ['none', 35],
    ['body', 30],
    ['person', 35]
  ])
  if (who === 'body') return [{name: {literal: departmentAuthor(rng, lang)}, gender: 'female'}]
  if (who === 'person') return [makePerson(rng, origin)]
  return []
}

function focusOrigin(rng: Rng, focus: AreaFocus, lang: Lang): NameOrigin {
  if (focus === 'europe') return rng.chance(0.8) ? lang : rng.pick(['en', 'de', 'fr', 'ru'] as const)
  return rng.weighted(SCRIPTS[focus])
}

function archival(context: ItemContext, focus: AreaFocus): Work {
  const {rng, lang} = context
  const family = rng.weighted(FAMILIES[focus])
  const archive = chooseArchive(rng, family)
  const origin = focusOrigin(rng, focus, lang)
  const call = callNumber(rng, family, lang)
  const writing = rng.weighted<ArchiveWriting>([
    ['in-acronym', 45],
    ['acronym', 15],
    ['in-acronym-name', 14],
    ['name-acronym', 12],
    ['name-place', family === 'us' || family === 'uk' || family === 'german' ? 14 : 6],
    ['lead', 16]
  ])
  const authors = documentAuthor(rng, lang, origin)
  const issued = documentDate(rng, focus === 'europe' ? 1850 : 1920, 1992)
  const item: CslItem = {...base('manuscript', lang), title: documentTitle(rng, lang, origin, issued), archive_location: call.location}
  item.archive = writing === 'in-acronym-name' || writing === 'name-acronym' ? `${archive.name} (${archive.acronym})` : writing === 'name-place' ? archive.name : archive.acronym
  if (writing === 'name-place' && archive.place !== undefined) item['archive-place'] = archive.place
  if (issued !== undefined) item.issued = issued
  if (authors.length > 0) item.author = names(authors)
  const spec: ArchivalSpec = {
    kind: 'archival',
    acronym: archive.acronym,
    name: archive.name,
    place: archive.place,
    writing,
    prefix: call.prefix,
    pins: call.pins,
    title: rng.chance(0.85) ? 'quoted' : 'plain',
    dateInParens: rng.chance(0.12)
  }
  return work(item, authors, 'archival', {hand: spec})
}

// ---------------------------------------------------------------- documents in collections

const MEDIA_WORDS: Record<Lang, readonly string[]> = {
  en: ['typescript', 'mimeograph', 'manuscript'],
  de: ['Typoskript', 'hektographiert', 'Manuskript'],
  fr: ['tapuscrit', 'ronéotypé', 'manuscrit'],
  es: ['mecanografiado', 'multicopiado', 'manuscrito'],
  it: ['dattiloscritto', 'ciclostilato', 'manoscritto']
}

const REPRINTED: Record<Lang, readonly string[]> = {
  en: ['in ', 'in ', 'reprinted in ', 'reproduced in ', 'printed in '],
  de: ['in: ', 'in: ', 'abgedruckt in: ', 'abgedr. in: ', 'in '],
  fr: ['dans ', 'dans ', 'reproduit dans ', 'publié dans ', 'in '],
  es: ['en ', 'en ', 'reproducido en ', 'publicado en '],
  it: ['in ', 'in ', 'riprodotto in ', 'pubblicato in ']
}

/** A collection of documents: romanized (with its translation) or of the document's language. */
function collectionTitle(rng: Rng, lang: Lang, script: Script | undefined): string {
  if (script === undefined) {
    const gen = rng.pick(TITLE_WORDS[lang].gen)
    return rng.pick(WESTERN_COLLECTIONS[lang]).replace('{G}', gen)
  }
  const {roman: romanText, translation} = romanizedTitle(rng, script, translationLang(rng, lang))
  if (rng.chance(0.2)) return COLLECTION_TITLES[lang].replace('{T}', rng.pick(ROMANIZED_SUBJECTS[script]).t[lang])
  return rng.chance(0.65) ? bracketed(romanText, translation) : romanText
}

function collection(context: ItemContext, focus: AreaFocus, script: Script | undefined): Work {
  const {rng, lang} = context
  const origin = focusOrigin(rng, focus, lang)
  const shape = rng.weighted<CollectionSpec['shape']>([
    ['numbered', 4],
    ['imprint', 4],
    ['journal', 3]
  ])
  const authors = rng.chance(0.65) ? [makePerson(rng, origin)] : []
  const pubYear = rng.int(1955, 2020)
  const docDate = documentDate(rng, focus === 'europe' ? 1870 : 1920, Math.min(pubYear - 1, 1990))
  const item: CslItem = {
    ...base(shape === 'journal' ? 'article-journal' : 'chapter', lang),
    title: documentTitle(rng, lang, origin, docDate),
    page: rng.chance(0.7) ? pageRange(rng) : String(rng.int(1, 600))
  }
  if (docDate !== undefined) item['original-date'] = docDate
  if (authors.length > 0) item.author = names(authors)
  if (shape === 'journal') {
    Object.assign(item, {'container-title': journalName(rng, lang, script), issue: String(rng.int(1, 12)), issued: yearDate(pubYear)})
  } else {
    const bodies = script === undefined ? WESTERN_EDITORS[lang] : EDITING_BODIES[script]
    item.editor = rng.chance(0.7) ? [{literal: rng.pick(bodies)}] : names(areaAuthors(context, script).slice(0, 2))
    item['container-title'] = collectionTitle(rng, lang, script)
    item.issued = yearDate(pubYear)
    if (shape === 'numbered') {
      item.volume = String(rng.int(1, 12))
      if (rng.chance(0.6)) item.medium = rng.pick(MEDIA_WORDS[lang])
    } else {
      if (rng.chance(0.5)) item.volume = String(rng.int(1, 12))
      const imprint = script === undefined ? rng.pick(PUBLISHERS[lang]) : rng.pick(ROMANIZED_PUBLISHERS[script])
      Object.assign(item, {publisher: imprint.name, 'publisher-place': imprint.place})
    }
  }
  const spec: CollectionSpec = {kind: 'collection', lead: rng.pick(REPRINTED[lang]), shape}
  return work(item, authors, 'collection', {hand: spec})
}

// ---------------------------------------------------------------- journals by issue

const HOOKS: Record<Lang, readonly string[]> = {
  en: [
    'Jockeying for Position',
    'Lips and Teeth',
    'A Fragile Alliance',
    'Uneasy Neighbours',
    'Between Moscow and Beijing',
    'Friends and Rivals',
    'The Limits of Solidarity',
    'Unequal Partners',
    'Fraternal Assistance',
    'Brothers in Arms',
    'A Border in Question',
    'Crossing the River',
    'Divided Loyalties',
    'Making Minorities'
  ],
  de: ['Lippen und Zähne', 'Ungleiche Partner', 'Brüderliche Hilfe', 'Zwischen Moskau und Peking', 'Eine brüchige Allianz', 'Freunde und Rivalen', 'Grenzen der Solidarität', 'Geteilte Loyalitäten'],
  fr: [
    'Les lèvres et les dents',
    'Des partenaires inégaux',
    'L’aide fraternelle',
    'Entre Moscou et Pékin',
    'Une alliance fragile',
    'Amis et rivaux',
    'Les limites de la solidarité',
    'Loyautés divisées'
  ],
  es: ['Labios y dientes', 'Socios desiguales', 'La ayuda fraternal', 'Entre Moscú y Pekín', 'Una alianza frágil', 'Amigos y rivales', 'Los límites de la solidaridad'],
  it: ['Labbra e denti', 'Partner diseguali', 'L’aiuto fraterno', 'Tra Mosca e Pechino', 'Un’alleanza fragile', 'Amici e rivali', 'I limiti della solidarietà']
}

const ACTORS: Record<Lang, readonly string[]> = {
  en: ['Mao', 'Stalin', 'Kim Il Sung', 'Khrushchev', 'Pyongyang', 'Beijing', 'Moscow', 'Tokyo', 'the Soviet Advisers', 'the Border Committees', 'the Korean Communists', 'the Chinese Volunteers'],
  de: ['Mao', 'Stalin', 'Kim Il Sung', 'Chruschtschow', 'Pjöngjang', 'Peking', 'Moskau', 'Ost-Berlin', 'die sowjetischen Berater', 'die SED'],
  fr: ['Mao', 'Staline', 'Kim Il-sung', 'Khrouchtchev', 'Pyongyang', 'Pékin', 'Moscou', 'Paris', 'les conseillers soviétiques', 'le PCF'],
  es: ['Mao', 'Stalin', 'Kim Il-sung', 'Jruschov', 'Pyongyang', 'Pekín', 'Moscú', 'Madrid', 'los asesores soviéticos', 'el PCE'],
  it: ['Mao', 'Stalin', 'Kim Il-sung', 'Chruščëv', 'Pyongyang', 'Pechino', 'Mosca', 'Roma', 'i consiglieri sovietici', 'il PCI']
}

const EVENTS: Record<Lang, readonly string[]> = {
  en: ['Split', 'Border Question', 'Repatriation Campaign', 'Crisis', 'Purge', 'Famine', 'Armistice Talks', 'Minority Question', 'Refugee Problem', 'Alliance', 'Rectification Campaign'],
  de: ['die Grenzfrage', 'der Bruch', 'die Repatriierungskampagne', 'die Krise', 'die Säuberungen', 'die Hungersnot', 'die Waffenstillstandsverhandlungen', 'die Minderheitenfrage'],
  fr: ['la rupture', 'la question frontalière', 'la campagne de rapatriement', 'la crise', 'les purges', 'la famine', 'les négociations d’armistice', 'la question des minorités'],
  es: ['la ruptura', 'la cuestión fronteriza', 'la campaña de repatriación', 'la crisis', 'las purgas', 'la hambruna', 'las negociaciones del armisticio', 'la cuestión de las minorías'],
  it: ['la rottura', 'la questione dei confini', 'la campagna di rimpatrio', 'la crisi', 'le purghe', 'la carestia', 'i negoziati per l’armistizio', 'la questione delle minoranze']
}

const AREA_TITLE_FRAMES: Record<Lang, readonly string[]> = {
  en: ['{H}: {A} and the {E}{D}', '{H}: The {E} in {R}{D}', 'The {E} Revisited: New Evidence from the {K} Archives', '{A}, {A2}, and the {E}{D}', 'Who Started the {E}? {H}'],
  de: ['{H}. {A} und {E}{D}', '{H}: {E} in {R}{D}', '{E} neu betrachtet. Neue Quellen aus den Archiven in {R}', '{A}, {A2} und {E}{D}'],
  fr: ['{H} : {A} et {E}{D}', '{H}. {E} à {R}{D}', '{E} : nouvelles sources des archives de {R}', '{A}, {A2} et {E}{D}'],
  es: ['{H}: {A} y {E}{D}', '{H}. {E} en {R}{D}', '{A}, {A2} y {E}{D}'],
  it: ['{H}: {A} e {E}{D}', '{H}. {E} in {R}{D}', '{A}, {A2} e {E}{D}']
}

/** An article title with dates and commas (`Jockeying for Position: Mao and the Split, October 1961–July 1964`), about the years before `until`. */
export function areaArticleTitle(rng: Rng, lang: Lang, until = 2000): string {
  const y1 = rng.int(1920, Math.max(1921, Math.min(1985, until - 3)))
  const y2 = Math.min(y1 + rng.int(1, 12), until - 1)
  const month = (): string => rng.pick(MONTHS[lang])
  const tail = rng.weighted<string>([
    [`, ${y1}–${y2}`, 4],
    [`, ${month()} ${y1}–${month()} ${y2}`, 3],
    [`, ${y1}–${String(y2).slice(2)}`, 1],
    [` (${y1}–${y2})`, 2],
    ['', 3]
  ])
  const actors = rng.sample(ACTORS[lang], 2)
  // Capitals after a period, and after a colon in English and German (as `titles.ts` does).
  const afterColon = lang === 'en' || lang === 'de' ? /([.?!:] )(\p{Ll})/gu : /([.?!] )(\p{Ll})/gu
  return capitalize(
    rng
      .pick(AREA_TITLE_FRAMES[lang])
      .replace('{H}', rng.pick(HOOKS[lang]))
      .replace('{A2}', actors[1] ?? '')
      .replace('{A}', actors[0] ?? '')
      .replace('{E}', rng.pick(EVENTS[lang]))
      .replace('{R}', rng.pick(AREA_REGIONS))
      .replace('{K}', randomAcronym(rng))
      .replace('{D}', tail)
  ).replace(afterColon, (_, before: string, letter: string) => before + letter.toUpperCase())
}

function journalIssue(context: ItemContext, focus: AreaFocus, script: Script | undefined): Work {
  const {rng, lang} = context
  const shape = rng.weighted<JournalSpec['shape']>([
    ['no', 6],
    ['vol-no', 3],
    ['nos', 1]
  ])
  const authors = areaAuthors(context, script)
  const y = rng.int(1955, 2022)
  const issue = rng.int(1, 12)
  let title: string
  if (script !== undefined && rng.chance(0.45)) {
    const {roman: romanText, translation} = romanizedTitle(rng, script, translationLang(rng, lang))
    title = rng.chance(0.7) ? bracketed(romanText, translation) : romanText
  } else title = areaArticleTitle(rng, rng.chance(0.75) ? lang : 'en', y)
  const issued: CslDate =
    shape === 'nos'
      ? rng.chance(0.5)
        ? {'date-parts': [[y], [y + 1]], season: 4}
        : {'date-parts': [[y]]}
      : rng.weighted<CslDate>([
          [yearDate(y), 55],
          [{'date-parts': [[y]], season: rng.int(1, 4)}, 20],
          [{'date-parts': [[y, rng.int(1, 12)]]}, 10],
          [
            {
              'date-parts': [
                [y, rng.int(1, 6)],
                [y, rng.int(7, 12)]
              ]
            },
            15
          ]
        ])
  const item: CslItem = {
    ...base('article-journal', script ?? lang),
    author: names(authors),
    title,
    'container-title': journalName(rng, lang, script),
    issue: shape === 'nos' ? `${issue}/${issue + 1}` : String(issue),
    issued,
    page: pageRange(rng)
  }
  if (shape === 'vol-no') item.volume = String(rng.int(1, 80))
  const spec: JournalSpec = {kind: 'journal', shape, quotedJournal: lang === 'it' && rng.chance(0.5), esp: rng.chance(0.2)}
  return work(item, authors, 'journal-issue', {hand: spec})
}

// ---------------------------------------------------------------- report series

function series(context: ItemContext, focus: AreaFocus, script: Script | undefined): Work {
  const {rng, lang} = context
  const institute = rng.pick(INSTITUTES[lang])
  const acronym = acronymOf(institute) ?? randomAcronym(rng)
  const kind = rng.pick(SERIES_KINDS[lang]).replace('{A}', acronym)
  const shape = rng.weighted<SeriesSpec['shape']>([
    ['bare', 3],
    ['imprint', 4],
    ['bulletin', 2]
  ])
  const people = rng.chance(0.85) ? areaAuthors(context, script).slice(0, 2) : []
  const y = rng.int(1985, 2022)
  const number = rng.weighted<string>([
    [String(rng.int(1, 120)), 6],
    [`${rng.int(1, 30)}/${y}`, 2],
    [`${String(y).slice(2)}-${rng.int(1, 20)}`, 1]
  ])
  const title = areaArticleTitle(rng, rng.chance(0.8) ? lang : 'en', y)
  const place = rng.pick(PLACES[lang])
  const item: CslItem = {
    ...base('report', lang),
    title,
    'collection-title': kind,
    number,
    publisher: institute,
    'publisher-place': lang === 'en' && rng.chance(0.5) ? 'Washington, DC' : place,
    issued: rng.chance(0.6) ? yearDate(y) : {'date-parts': [[y, rng.int(1, 12)]]}
  }
  if (people.length > 0) item.author = names(people)
  const spec: SeriesSpec = {kind: 'series', shape, numberWord: !number.includes('/') || rng.chance(0.3)}
  return work(item, people, 'series', {hand: spec})
}

// ---------------------------------------------------------------- newspapers without an article title

function newspaper(context: ItemContext, script: Script | undefined): Work {
  const {rng, lang} = context
  let paper: string
  let numbered = false
  if (script !== undefined && rng.chance(0.75)) {
    const chosen = rng.pick(ROMANIZED_NEWSPAPERS[script])
    numbered = chosen.numbered === true
    paper = rng.chance(0.55) ? bracketed(chosen.r, chosen.t[translationLang(rng, lang)]) : chosen.r
  } else paper = rng.pick(WESTERN_PAPERS[lang])
  const y = rng.int(script === undefined ? 1880 : 1930, 1995)
  const item: CslItem = {...base('article-newspaper', script ?? lang), 'container-title': paper, issued: {'date-parts': [[y, rng.int(1, 12), rng.int(1, 28)]]}}
  if (numbered || rng.chance(0.12)) item.issue = String(rng.int(100, 9999))
  if (rng.chance(0.5)) item.page = rng.chance(0.8) ? String(rng.int(1, 12)) : `${rng.int(1, 10)}-${rng.int(11, 16)}`
  const shape: NewspaperSpec['shape'] = item.issue !== undefined ? 'numbered' : rng.chance(lang === 'en' || lang === 'es' ? 0 : 0.3) ? 'of' : 'plain'
  return work(item, [], 'newspaper', {hand: {kind: 'newspaper', shape}})
}

// ---------------------------------------------------------------- making works

/** A work of an area document (`forReferences`: for a reference list, where no untitled newspaper is cited). */
export function makeAreaWork(context: ItemContext, focus: AreaFocus, forReferences: boolean): Work {
  const {rng} = context
  const script = focus === 'europe' ? undefined : rng.weighted(SCRIPTS[focus])
  const shapes: ReadonlyArray<readonly [Shape, number]> =
    script === undefined
      ? [
          ['archival', 30],
          ['collection', 15],
          ['journal-issue', 20],
          ['series', 15],
          ['newspaper', forReferences ? 0 : 20]
        ]
      : [
          ['roman-book', 20],
          ['roman-article', 9],
          ['roman-chapter', 5],
          ['archival', 22],
          ['collection', 12],
          ['journal-issue', 10],
          ['series', 6],
          ['newspaper', forReferences ? 0 : 10]
        ]
  const shape = rng.weighted(shapes)
  if (script !== undefined && shape === 'roman-book') return romanBook(context, script)
  if (script !== undefined && shape === 'roman-article') return romanArticle(context, script)
  if (script !== undefined && shape === 'roman-chapter') return romanChapter(context, script)
  if (shape === 'archival') return archival(context, focus)
  if (shape === 'collection') return collection(context, focus, script)
  if (shape === 'journal-issue') return journalIssue(context, focus, script)
  if (shape === 'series') return series(context, focus, script)
  return newspaper(context, script)
}

// ---------------------------------------------------------------- writing them

type Mention = 'full' | 'short'

function titleSeg(style: HandStyle, title: string, how: 'quoted' | 'plain' | 'italic'): Seg {
  if (how === 'quoted') return quoted(style, title)
  return [L(title, 'title', how === 'italic')]
}

function archivalCitation(style: HandStyle, item: CslItem, spec: ArchivalSpec, locator: Locator | undefined, mention: Mention): Seg {
  const title = String(item.title ?? '')
  const location: Seg = [w(spec.prefix), L(String(item.archive_location ?? ''), 'archive_location')]
  const pin = pinSeg(style, withoutPages(item), locator, spec.pins)
  if (mention === 'short') {
    const head = join(style, [authorSeg(style, item), titleSeg(style, short(title), spec.title)])
    return join(style, [head, dateSeg(style, item.issued as CslDate | undefined), pin])
  }
  const acronym: Seg = [L(spec.acronym, 'archive')]
  const name: Seg = [L(spec.name, 'archive')]
  let archive: Seg[]
  switch (spec.writing) {
    case 'in-acronym':
      archive = [[w(style.inWord), ...acronym], location]
      break
    case 'acronym':
      archive = [acronym, location]
      break
    case 'in-acronym-name':
      archive = [[w(style.inWord), ...acronym, w(' ('), ...name, w(')')], location]
      break
    case 'name-acronym':
      archive = [[...name, w(' ('), ...acronym, w(')')], location]
      break
    case 'name-place':
      archive = [location, name, spec.place === undefined ? [] : [L(spec.place, 'archive')]]
      break
    case 'lead':
      archive = [acronym, location]
  }
  const described = titleSeg(style, title, spec.title)
  const date = dateSeg(style, item.issued as CslDate | undefined)
  if (spec.writing === 'lead') return join(style, [...archive, pin, described, date])
  const head = spec.dateInParens ? [...join(style, [authorSeg(style, item), described]), w(' ('), ...date, w(')')] : join(style, [authorSeg(style, item), described, date])
  return join(style, [head, ...archive, pin])
}

/** `(Place: Publisher, 1998)` in English, `Berlin 1998` in German, `Paris, Publisher, 1998` in the others. */
function imprint(style: HandStyle, item: CslItem): {attached: Seg; separate: Seg[]} {
  const place = typeof item['publisher-place'] === 'string' ? item['publisher-place'] : undefined
  const publisher = typeof item.publisher === 'string' ? item.publisher : undefined
  const year: Seg = dateSeg(style, item.issued as CslDate | undefined)
  if (style.lang === 'en') {
    const inner: Part[] = []
    if (place !== undefined) inner.push(L(place, 'publisher-place'), w(publisher === undefined ? ', ' : ': '))
    if (publisher !== undefined) inner.push(L(publisher, 'publisher'), w(', '))
    return {attached: [w(' ('), ...inner, ...year, w(')')], separate: []}
  }
  if (style.lang === 'de') {
    const seg: Part[] = []
    if (place !== undefined) seg.push(L(place, 'publisher-place'), w(publisher === undefined ? ' ' : ': '))
    if (publisher !== undefined) seg.push(L(publisher, 'publisher'), w(' '))
    return {attached: [], separate: [[...seg, ...year]]}
  }
  return {attached: [], separate: [place === undefined ? [] : [L(place, 'publisher-place')], publisher === undefined ? [] : [L(publisher, 'publisher')], year]}
}

function collectionCitation(style: HandStyle, item: CslItem, spec: CollectionSpec, locator: Locator | undefined, mention: Mention): Seg {
  const title = String(item.title ?? '')
  const docDate = item['original-date'] as CslDate | undefined
  const pin = pinSeg(style, mention === 'short' ? withoutPages(item) : item, locator, undefined)
  const head =
    mention === 'short'
      ? join(style, [shortAuthorSeg(style, item), quoted(style, short(title))])
      : join(style, [authorSeg(style, item), quoted(style, title), docDate === undefined ? [] : [L(dateText(style, docDate), 'issued')]])
  if (mention === 'short') return join(style, [head, pin])
  const container: Seg = [L(String(item['container-title'] ?? ''), 'container-title', true)]
  if (spec.shape === 'journal') {
    const issue: Seg = [w(style.no), L(String(item.issue ?? ''), 'issue'), w(' ('), ...dateSeg(style, item.issued as CslDate | undefined), w(')')]
    return join(style, [head, container, issue, pin])
  }
  const editors = editorSeg(style, item)
  if (spec.shape === 'numbered') {
    const medium = typeof item.medium === 'string' ? [L(item.medium, 'medium'), w(', ')] : []
    const numbered: Seg = [w(issueWord(style)), L(String(item.volume ?? ''), 'volume'), w(' ('), ...medium, ...dateSeg(style, item.issued as CslDate | undefined), w(')')]
    return join(style, [head, [w(spec.lead), ...editors], container, numbered, pin])
  }
  const {attached, separate} = imprint(style, item)
  const volume: Seg = typeof item.volume === 'string' ? [w(style.vol), L(item.volume, 'volume')] : []
  // English: `in Collection, ed. Body (Place: Publisher, 1998), 2:45` style, kept simple: the imprint after the collection or its volume.
  if (style.lang === 'en') {
    const withEditors = editors.length > 0 && (item.editor as CslName[]).every((name) => name.literal === undefined) ? [w(style.edBefore), L(nameList(style, item.editor as CslName[]), 'editor')] : []
    if (withEditors.length > 0)
      return join(style, [head, [w(spec.lead), ...container], [...withEditors, ...(volume.length === 0 ? attached : [])], volume.length > 0 ? [...volume, ...attached] : [], pin])
    return join(style, [head, [w(spec.lead), ...editors], [...container, ...(volume.length === 0 ? attached : [])], volume.length > 0 ? [...volume, ...attached] : [], pin])
  }
  return join(style, [head, [w(spec.lead), ...editors], container, volume, ...separate, pin])
}

function journalCitation(style: HandStyle, item: CslItem, spec: JournalSpec, locator: Locator | undefined, mention: Mention): Seg {
  const title = String(item.title ?? '')
  const pin = pinSeg(style, mention === 'short' ? withoutPages(item) : item, locator, undefined, spec.esp)
  if (mention === 'short') return join(style, [join(style, [shortAuthorSeg(style, item), quoted(style, short(title))]), pin])
  const journalText = String(item['container-title'] ?? '')
  const journal: Seg = spec.quotedJournal ? [w(`${style.inWord}«`), L(journalText, 'container-title'), w('»')] : [w(style.lang === 'de' ? style.inWord : ''), L(journalText, 'container-title', true)]
  const date = dateSeg(style, item.issued as CslDate | undefined)
  const issueWord = spec.shape === 'nos' ? style.nos : style.no
  const issue: Seg = [w(issueWord), L(String(item.issue ?? ''), 'issue')]
  const volume: Seg = typeof item.volume === 'string' ? [w(style.vol), L(item.volume, 'volume')] : []
  const head = join(style, [authorSeg(style, item), quoted(style, title)])
  // German: `in: Zeitschrift 16 (2014), Nr. 1, S. 34–37`.
  if (style.lang === 'de' && typeof item.volume === 'string') return join(style, [head, [...journal, w(' '), L(item.volume, 'volume'), w(' ('), ...date, w(')')], issue, pin])
  const numbering: Seg[] = style.lang === 'fr' || spec.quotedJournal ? [volume, issue, date] : [volume, [...issue, w(' ('), ...date, w(')')]]
  return join(style, [head, journal, ...numbering, pin])
}

function seriesCitation(style: HandStyle, item: CslItem, spec: SeriesSpec, locator: Locator | undefined, mention: Mention): Seg {
  const title = String(item.title ?? '')
  const pin = pinSeg(style, mention === 'short' ? withoutPages(item) : item, locator, undefined)
  const italicTitle = spec.shape === 'imprint'
  if (mention === 'short') return join(style, [shortAuthorSeg(style, item), titleSeg(style, short(title), italicTitle ? 'italic' : 'quoted'), pin])
  const seriesName = String(item['collection-title'] ?? '')
  const number = String(item.number ?? '')
  const numbered: Seg = [...(spec.numberWord ? [w(issueWord(style))] : []), L(number, 'number')]
  const head = join(style, [authorSeg(style, item), titleSeg(style, title, italicTitle ? 'italic' : 'quoted')])
  const date = dateSeg(style, item.issued as CslDate | undefined)
  if (spec.shape === 'bare') return join(style, [head, [L(seriesName, 'collection-title'), w(' '), ...numbered], pin])
  if (spec.shape === 'bulletin') return join(style, [head, [L(seriesName, 'collection-title', true)], [...numbered, w(' ('), ...date, w(')')], pin])
  const {attached, separate} = imprint(style, item)
  if (style.lang === 'en') return join(style, [head, [L(seriesName, 'collection-title'), w(' '), ...numbered, ...attached], pin])
  if (style.lang === 'de') return join(style, [[...head, w(' (= '), L(seriesName, 'collection-title'), w(', '), ...numbered, w(')')], ...separate, pin])
  return join(style, [head, [L(seriesName, 'collection-title'), w(' '), ...numbered], ...separate, pin])
}

/** A newspaper has few pages: a pinpoint beyond them is folded into them (`403` → `3`, `12–15`). */
function newspaperPage(locator: Locator | undefined): Locator | undefined {
  if (locator === undefined || !/^\d+[rv]?(?:[–-]\d+[rv]?)?$/.test(locator.locator)) return undefined
  const folded = locator.locator
    .replace(/[rv]/g, '')
    .split(/[–-]/)
    .map((digits) => ((Number(digits) - 1) % 16) + 1)
  const [first = 1, last] = folded
  return {label: 'page', locator: last !== undefined && last > first ? `${first}-${last}` : String(first)}
}

const OF_DATE: Record<Lang, string> = {en: ', ', de: ' vom ', fr: ' du ', es: ', ', it: ' del '}

function newspaperCitation(style: HandStyle, item: CslItem, spec: NewspaperSpec, locator: Locator | undefined): Seg {
  const paperText = String(item['container-title'] ?? '')
  const paper: Seg = style.lang === 'it' && !paperText.includes('[') && style.open === '«' ? [w('«'), L(paperText, 'container-title'), w('»')] : [L(paperText, 'container-title', true)]
  const date = dateSeg(style, item.issued as CslDate | undefined)
  const pin = pinSeg(style, item, newspaperPage(locator), undefined)
  if (spec.shape === 'numbered') return join(style, [paper, [w(issueWord(style)), L(String(item.issue ?? ''), 'issue'), w(' ('), ...date, w(')')], pin])
  if (spec.shape === 'of') return join(style, [[...paper, w(OF_DATE[style.lang]), ...date], pin])
  return join(style, [paper, date, pin])
}

/** A hand-written citation of an area work: the full form at the first mention, a short one later. */
export function renderHand(style: HandStyle, work: Work, locator: Locator | undefined, mention: Mention): Piece | undefined {
  const spec = work.hand
  if (spec === undefined) return undefined
  const {item} = work
  let parts: Seg
  if (spec.kind === 'archival') parts = archivalCitation(style, item, spec, locator, mention)
  else if (spec.kind === 'collection') parts = collectionCitation(style, item, spec, locator, mention)
  else if (spec.kind === 'journal') parts = journalCitation(style, item, spec, locator, mention)
  else if (spec.kind === 'series') parts = seriesCitation(style, item, spec, locator, mention)
  else parts = newspaperCitation(style, item, spec, locator)
  return toPiece(parts, mention === 'full' ? 'full' : 'short', work.key)
}

/** `[in Korean]` (or `(in Korean)`) after the title of a citation, outside the title's label. */
export function withLanguageNote(rng: Rng, piece: Piece, note: string): Piece {
  const cite = piece.cites[0]
  const title = cite?.labels.find(([, , label]) => label === 'title')
  if (cite === undefined || title === undefined) return piece
  // After the closing quotation mark when the title is quoted (`“…” [in Korean],`), else right after the title.
  const after = /^[”’»“"](?=[\s,.:;]|$)/u.exec(piece.text.slice(title[1]))
  const at = title[1] + (after?.[0].length ?? 0)
  const insert = rng.chance(0.8) ? ` [${note}]` : ` (${note})`
  const out = splice(piece, at, at, insert)
  const moved = out.cites[0]
  if (moved !== undefined && moved.end < at + insert.length && cite.end >= at) moved.end = at + insert.length
  return out
}
