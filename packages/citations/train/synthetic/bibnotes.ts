/**
 * Hand-written bibliography-style notes: the citations of documents whose
 * notes give authors inverted, as in a bibliography, and joined by `;` or
 * `/` (`Hoffmann, Karl; Keller, Anna: Titel. Ort 1998, S. 3`), written by
 * hand in one manner per document, every part labeled as it is written.
 *
 * - German theses in the humanities (`thesis`): `Vgl. Müller, Hans: Die
 *   Stadt im Wandel. Frankfurt am Main 1998, S. 45`, `(Hrsg.)`/`(Hg.)`
 *   after names, `In: Zeitschrift für X 45 (1997), H. 2, S. 123–145, hier
 *   S. 130`, chapters `In: Meier, Karl (Hrsg.): Sammelband. Köln 2005, S.
 *   10–30, hier S. 12`, series `(= Reihe, Bd. 14)`, `2. Aufl.`, `Diss.
 *   Universität Göttingen 1998`, encyclopedia articles in columns (`Sp.`),
 *   editions (`hrsg. von`), newspapers (`Kellheimer Tageblatt, Nr. 58 vom
 *   12.03.1879`), web pages (`URL: … (Zugriff: 04.03.2020)`), archival
 *   documents (`Bericht des Stadtbaurats an den Magistrat vom 12.03.1879,
 *   Stadtarchiv Kellheim (im Folgenden: StAK), Best. 12, Nr. 345, Bl. 5`,
 *   later `StAK, Best. 12, Nr. 346, Bl. 7`); later mentions `Müller: Stadt
 *   (wie Anm. 3), S. 50`, `Müller (wie Anm. 3), S. 50`, `Müller: Stadt, S.
 *   50`, `Müller, a.a.O., S. 3`, `Ebd., S. 47`, `Ders.: Anderer Titel.
 *   Berlin 2001, S. 12 f.`.
 * - Inverted-name notes in English, French, Spanish and Italian
 *   (`Dupont, Jean ; Martin, Paul, Titre, Paris, Gallimard, 1998, p. 12`,
 *   `García López, Ana; Martín Pérez, Juan: Título, Madrid, Alianza, 1998,
 *   p. 45`), with their short forms (`García López, Título, p. 50`, `Dupont,
 *   op. cit., p. 12`, `Rossi, Titolo cit., p. 50`) and `Ibid.`/`Ivi`.
 *
 * Labels: the whole name list is one `author` (or `editor`) span, its `;`
 * and `/` inside; `(Hrsg.)`, `In:`, `hier`, `S.`, `im Folgenden:` stay
 * unlabeled; `wie Anm. 3`, `a.a.O.`, `Ebd.`, `Ders.` are `abbrev`; a short
 * title is `title`; the pinpoint `locator` (`12 f.`, `112v–114r`); an
 * archive's name and its abbreviation `archive`; a call number in parts
 * (`Best. 12, Nr. 345`) one `archive_location`; an access date `accessed`
 * without `Zugriff:`.
 */
import {sameAuthors} from './backrefs.js'
import {
  ARCHIVE_INTROS,
  ARCHIVE_KINDS,
  BIB_WORDS,
  BODIES,
  CALL_NUMBERS,
  DISS_GENRES,
  DISS_UNIVERSITIES,
  DOCUMENT_TITLES,
  GROUPS,
  LEXICA,
  LEXICON_ENTRIES,
  OFFICES,
  PORTALS,
  RECIPIENTS,
  REGIONS,
  THESIS_JOURNALS,
  THESIS_NEWSPAPERS,
  THESIS_SERIES,
  THESIS_TITLES,
  TOPICS,
  TOWNS,
  URL_FORMS,
  URL_FORMS_DE,
  type CallKind
} from './bibnotes-vocab.js'
import type {CslDate, CslItem, ItemContext, Locator, Work} from './items.js'
import type {CslName} from '@octavo/tree'
import {initials, makePeople, makePerson, type Person} from './names.js'
import {MONTHS} from './phrases.js'
import type {Rng} from './rng.js'
import type {Form, Label, Piece} from './spanned.js'
import {makeShortTitle, makeTitle} from './titles.js'
import {JOURNALS, NEWSPAPERS, PLACES, PUBLISHERS, UNIVERSITIES, WEBSITES, type Lang} from './vocab.js'

// ---------------------------------------------------------------- works

export type BibShape = 'book' | 'edited' | 'edition' | 'chapter' | 'article' | 'thesis' | 'lexicon' | 'archival' | 'newspaper' | 'web'

/** How a work of a bibliography-style document is cited (`Work.bib`). */
export interface BibSpec {
  shape: BibShape
  /** Archival documents: the index of their archive in the document. */
  archive?: number
  /** Newspaper articles and web pages without author: `N. N.`, `Anonym` or nothing. */
  anonymous?: string
}

interface BibArchive {
  name: string
  abbr: string
  calls: CallKind
}

/** A document's state: its manner, its archives and which of them were introduced, the notes each work was cited in. */
export interface BibDocument {
  manner: BibManner
  archives: BibArchive[]
  introduced: Set<number>
  notes: Map<string, number[]>
}

const SHAPES: Record<'thesis' | 'other', ReadonlyArray<readonly [BibShape, number]>> = {
  thesis: [
    ['book', 24],
    ['edited', 5],
    ['edition', 3],
    ['chapter', 15],
    ['article', 17],
    ['thesis', 4],
    ['lexicon', 3],
    ['archival', 17],
    ['newspaper', 6],
    ['web', 6]
  ],
  other: [
    ['book', 32],
    ['edited', 6],
    ['chapter', 20],
    ['article', 26],
    ['thesis', 5],
    ['web', 6],
    ['newspaper', 5]
  ]
}

const pad2 = (value: number): string => String(value).padStart(2, '0')

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-')
}

function fillPlace(rng: Rng, template: string): string {
  const town = rng.pick(TOWNS)
  const region = rng.pick(REGIONS)
  return template.replace(/\{T\}/g, town.name).replace(/\{A\}/g, town.adj).replace(/\{t\}/g, slug(town.name).replace(/-/g, '')).replace(/\{R\}/g, region).replace(/\{r\}/g, slug(region))
}

function fillNumbers(rng: Rng, template: string): string {
  const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
  return template
    .replace(/\{n\}/g, () => String(rng.int(1, rng.chance(0.5) ? 999 : 9999)))
    .replace(/\{m\}/g, () => String(rng.int(1, 120)))
    .replace(/\{r\}/g, () => rng.pick(romans))
    .replace(/\{L\}/g, () => rng.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'K', 'M']))
}

function yearOf(rng: Rng, from: number, to: number): CslDate {
  return {'date-parts': [[rng.int(from, to)]]}
}

function fullDate(rng: Rng, from: number, to: number): CslDate {
  return {'date-parts': [[rng.int(from, to), rng.int(1, 12), rng.int(1, 28)]]}
}

function pageRange(rng: Rng): string {
  const start = rng.int(1, 480)
  return `${start}-${start + rng.int(4, 40)}`
}

/** Authors of a new work: often the authors of the work just made (so that `Ders.` follows), sometimes of an earlier one. */
function bibAuthors(context: ItemContext): Person[] {
  const {rng, earlierAuthors} = context
  const last = earlierAuthors.at(-1)
  if (last !== undefined && rng.chance(0.22)) return last
  if (earlierAuthors.length > 0 && rng.chance(0.08)) return rng.pick(earlierAuthors)
  return makePeople(
    rng,
    context.lang,
    rng.weighted([
      [1, 55],
      [2, 27],
      [3, 12],
      [4, 4],
      [5, 2]
    ])
  )
}

function names(people: Person[]): CslName[] {
  return people.map((person) => person.name)
}

function bookTitle(context: ItemContext): string {
  const {rng, lang} = context
  if (lang === 'de' && rng.chance(0.4)) {
    const y1 = rng.int(1600, 1950)
    return fillPlace(rng, rng.pick(THESIS_TITLES))
      .replace('{Y1}', String(y1))
      .replace('{Y2}', String(y1 + rng.int(5, 60)))
  }
  return makeTitle(rng, lang, 'book', context.harvest)
}

function titled(rng: Rng, lang: Lang, item: CslItem, title: string): void {
  item.title = title
  const short = makeShortTitle(rng, title, lang)
  item['title-short'] = short === '' ? title : short
}

function publisherOf(rng: Rng, lang: Lang, item: CslItem): void {
  const chosen = rng.pick(PUBLISHERS[lang])
  item['publisher-place'] = lang === 'de' && rng.chance(0.3) ? rng.pick(PLACES.de) : chosen.place
  item.publisher = chosen.name
}

function archiveOf(rng: Rng, document: BibDocument): number {
  const {archives} = document
  if (archives.length > 0 && (archives.length >= 3 || rng.chance(0.7))) return rng.int(0, archives.length - 1)
  const kind = rng.weighted(ARCHIVE_KINDS.map((entry): [(typeof ARCHIVE_KINDS)[number], number] => [entry, entry.weight]))
  const town = rng.pick(TOWNS)
  const region = rng.pick(REGIONS)
  const name = kind.name.replace('{T}', town.name).replace('{R}', region)
  const word = kind.name.includes('{T}') ? town.name : region
  const abbr = rng.pick(kind.abbrs).replace('{i}', word.charAt(0)).replace('{T}', town.name).replace('{R}', region)
  archives.push({name, abbr, calls: kind.calls})
  return archives.length - 1
}

function documentTitle(rng: Rng, lang: Lang, date: CslDate | undefined): string {
  const [year = rng.int(1850, 1960), month = rng.int(1, 12)] = date?.['date-parts']?.[0] ?? []
  const person = (): string => {
    const name = makePerson(rng, 'de').name
    return [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family].filter(Boolean).join(' ')
  }
  return fillPlace(
    rng,
    rng
      .pick(DOCUMENT_TITLES)
      .replace('{office}', () => rng.pick(OFFICES))
      .replace('{recipient}', () => rng.pick(RECIPIENTS))
      .replace('{group}', () => rng.pick(GROUPS))
      .replace('{body}', () => rng.pick(BODIES))
      .replace('{topic}', () => rng.pick(TOPICS))
      .replace(/\{P\}/g, person)
      .replace(/\{F\}/g, () => makePerson(rng, lang).name.family ?? 'Müller')
  )
    .replace(/\{Y\}/g, String(year))
    .replace('{M}', MONTHS.de[month - 1] ?? 'Mai')
}

/** A work of a bibliography-style document, with its CSL item (`forThesis`: German thesis shapes). */
export function makeBibWork(context: ItemContext, document: BibDocument): Work {
  const {rng, lang} = context
  const thesis = document.manner.thesis
  const shape = rng.weighted(SHAPES[thesis ? 'thesis' : 'other'])
  const item: CslItem = {id: '', type: 'book', language: lang}
  let authors: Person[] = []
  const spec: BibSpec = {shape}
  switch (shape) {
    case 'book': {
      authors = bibAuthors(context)
      item.author = names(authors)
      titled(rng, lang, item, bookTitle(context))
      if (!thesis || rng.chance(0.45)) publisherOf(rng, lang, item)
      else item['publisher-place'] = rng.pick(PLACES.de)
      item.issued = yearOf(rng, 1890, 2022)
      if (rng.chance(0.1)) item.edition = String(rng.int(2, 6))
      if (rng.chance(thesis ? 0.2 : 0.1)) {
        item['collection-title'] = fillPlace(rng, rng.pick(THESIS_SERIES))
        item['collection-number'] = String(rng.int(1, 180))
        if (lang !== 'de') item['collection-title'] = makeTitle(rng, lang, 'article', undefined).split(':')[0]
      }
      if (rng.chance(0.05)) item.volume = String(rng.int(1, 4))
      break
    }
    case 'edited':
    case 'edition': {
      authors =
        shape === 'edited'
          ? bibAuthors(context).slice(0, 3)
          : makePeople(
              rng,
              lang,
              rng.weighted([
                [1, 3],
                [2, 1]
              ])
            )
      item.editor = names(authors)
      titled(
        rng,
        lang,
        item,
        shape === 'edition'
          ? rng.pick(['Akten', 'Briefe', 'Protokolle', 'Quellen', 'Urkundenbuch']) +
              rng
                .pick([' der Stadt {T}', ' zur Geschichte {R}s', ' des Magistrats der Stadt {T}', ' des Landrats von {T}'])
                .replace(/\{T\}/g, rng.pick(TOWNS).name)
                .replace(/\{R\}/g, rng.pick(REGIONS))
          : bookTitle(context)
      )
      if (shape === 'edition') authors = []
      publisherOf(rng, lang, item)
      item.issued = yearOf(rng, 1900, 2022)
      break
    }
    case 'chapter': {
      authors = bibAuthors(context)
      item.type = 'chapter'
      item.author = names(authors)
      titled(rng, lang, item, makeTitle(rng, lang, 'article', context.harvest))
      item['container-title'] = bookTitle(context)
      item.editor = names(
        makePeople(
          rng,
          lang,
          rng.weighted([
            [1, 5],
            [2, 4],
            [3, 1]
          ])
        )
      )
      publisherOf(rng, lang, item)
      if (thesis && rng.chance(0.5)) delete item.publisher
      item.issued = yearOf(rng, 1950, 2022)
      item.page = pageRange(rng)
      break
    }
    case 'article': {
      authors = bibAuthors(context)
      item.type = 'article-journal'
      item.author = names(authors)
      titled(rng, lang, item, makeTitle(rng, lang, 'article', context.harvest))
      item['container-title'] = thesis && rng.chance(0.6) ? fillPlace(rng, rng.pick(THESIS_JOURNALS)) : rng.pick(JOURNALS[lang])
      item.volume = String(rng.int(1, 160))
      if (rng.chance(0.65)) item.issue = String(rng.int(1, 6))
      item.issued = yearOf(rng, 1900, 2022)
      item.page = pageRange(rng)
      break
    }
    case 'thesis': {
      authors = makePeople(rng, lang, 1)
      item.type = 'thesis'
      item.author = names(authors)
      titled(rng, lang, item, bookTitle(context))
      const words = BIB_WORDS[lang]
      if (lang === 'de') {
        const university = rng.pick(DISS_UNIVERSITIES)
        Object.assign(item, {genre: rng.pick(DISS_GENRES), publisher: university.name, 'publisher-place': university.town})
      } else {
        const university = rng.pick(UNIVERSITIES[lang])
        Object.assign(item, {genre: rng.pick(words.thesis), publisher: university.name, 'publisher-place': university.place})
      }
      item.issued = yearOf(rng, 1960, 2022)
      break
    }
    case 'lexicon': {
      const lexicon = rng.pick(LEXICA)
      item.type = 'entry-encyclopedia'
      if (rng.chance(0.85)) {
        authors = makePeople(
          rng,
          lang,
          rng.weighted([
            [1, 5],
            [2, 1]
          ])
        )
        item.author = names(authors)
      }
      Object.assign(item, {
        title: rng.pick(LEXICON_ENTRIES),
        'container-title': lexicon.title,
        volume: String(rng.int(1, lexicon.volumes)),
        'publisher-place': lexicon.place,
        issued: yearOf(rng, 1970, 2015)
      })
      const start = rng.int(1, 1800)
      item.page = `${start}-${start + rng.int(1, 12)}`
      break
    }
    case 'archival': {
      item.type = 'manuscript'
      const archive = archiveOf(rng, document)
      const entry = document.archives[archive] as BibArchive
      spec.archive = archive
      const issued = rng.chance(0.88) ? (rng.chance(0.85) ? fullDate(rng, 1800, 1975) : {'date-parts': [[rng.int(1800, 1975), rng.int(1, 12)]]}) : undefined
      if (issued !== undefined) item.issued = issued
      if (rng.chance(0.75)) item.title = documentTitle(rng, lang, issued)
      Object.assign(item, {archive: entry.name, archive_location: fillNumbers(rng, rng.pick(CALL_NUMBERS[entry.calls]))})
      break
    }
    case 'newspaper': {
      item.type = 'article-newspaper'
      const paper = lang === 'de' ? fillPlace(rng, rng.pick(THESIS_NEWSPAPERS)) : rng.pick(NEWSPAPERS[lang])
      item['container-title'] = paper
      item.issued = fullDate(rng, lang === 'de' ? 1850 : 1900, 2015)
      if (rng.chance(0.7)) titled(rng, lang, item, makeTitle(rng, lang, 'article', undefined))
      if (item.title !== undefined && rng.chance(0.45)) {
        authors = makePeople(rng, lang, 1)
        item.author = names(authors)
      } else if (item.title !== undefined && lang === 'de' && rng.chance(0.4)) spec.anonymous = rng.pick(['N. N.', 'Anonym', 'o. V.'])
      if (rng.chance(0.35)) item.issue = String(rng.int(1, 360))
      if (rng.chance(0.6)) item.page = String(rng.int(1, 16))
      break
    }
    case 'web': {
      item.type = rng.chance(0.5) ? 'webpage' : 'post-weblog'
      if (rng.chance(0.7)) {
        authors = bibAuthors(context).slice(0, 2)
        item.author = names(authors)
      }
      const title = makeTitle(rng, lang, 'article', undefined)
      titled(rng, lang, item, title)
      let host: string
      if (lang === 'de') {
        const portal = rng.pick(PORTALS)
        const town = rng.pick(TOWNS)
        const region = rng.pick(REGIONS)
        item['container-title'] = portal.name.replace('{T}', town.name).replace('{R}', region)
        host = portal.host.replace('{t}', slug(town.name).replace(/-/g, '')).replace('{r}', slug(region))
      } else {
        const site = rng.pick(WEBSITES[lang])
        item['container-title'] = site.name
        host = site.host
      }
      item.URL = `${rng.chance(0.9) ? 'https' : 'http'}://${host}/${rng.chance(0.3) ? `${rng.int(2005, 2023)}/${pad2(rng.int(1, 12))}/` : ''}${slug(title)}${rng.chance(0.3) ? '.html' : rng.chance(0.2) ? `/${rng.int(100, 9999)}` : ''}`
      if (rng.chance(0.6)) item.issued = fullDate(rng, 2005, 2023)
      item.accessed = fullDate(rng, 2015, 2024)
      break
    }
  }
  return {key: '', item, authors, bib: spec}
}

// ---------------------------------------------------------------- manners

type Later = 'short-wie' | 'name-wie' | 'short' | 'aao' | 'short-cit' | 'opcit'

/** How one document writes its notes. */
export interface BibManner {
  lang: Lang
  /** German thesis habits: archives, `wie Anm.`, `Ders.`, `a.a.O.`. */
  thesis: boolean
  /** Between the inverted names of a list (`; `, ` / `, `/`, ` ; `). */
  nameSep: string
  /** Between family names in later mentions (`Müller/Keller`, `Müller; Keller`, `Müller und Keller`). */
  shortSep: string
  initials: boolean
  /** Family names in capitals (`DUPONT, Jean`). */
  upper: boolean
  /** After the names (`: `, `, `, `. `) and after a title (`. `, `, `). */
  afterNames: string
  afterTitle: string
  ed: string
  eds: string
  inWord: string
  imprint: 'place-year' | 'place-publisher-year' | 'commas' | 'colon'
  series: 'equals' | 'plain' | 'semicolon'
  seriesAtTitle: boolean
  journal: 'heft' | 'slash' | 'jg' | 'comma' | 'en' | 'fr' | 'es' | 'it'
  here: string
  /** An article's or chapter's page range before the pinpoint. */
  pagesInFull: boolean
  /** `12 f.` or `12f.` */
  f: string
  page: string
  pages: string
  dates: 'numeric' | 'numericShort' | 'long'
  later: ReadonlyArray<readonly [Later, number]>
  /** Between names and short title in later mentions. */
  laterSep: string
  noteWord: string
  opCit: string
  titleCit: string
  ibid: string
  ibidSame: string
  idem: number
  archiveIntro: string
  archiveFull: boolean
  archiveOrder: 'title-first' | 'in' | 'archive-first'
  docDate: 'vom' | 'comma' | 'parens'
  url: string
  articleQuotes: readonly [string, string] | undefined
  lexiconWord: string
  /** In page ranges: `–` or `-`. */
  dash: string
}

export function makeBibManner(rng: Rng, lang: Lang): BibManner {
  const words = BIB_WORDS[lang]
  const thesis = lang === 'de'
  const nameSep = thesis
    ? rng.weighted([
        ['; ', 5],
        [' / ', 3],
        ['/', 2],
        [', ', 1]
      ])
    : lang === 'fr'
      ? rng.weighted([
          [' ; ', 4],
          ['; ', 4],
          [' / ', 1],
          [', ', 1]
        ])
      : rng.weighted([
          ['; ', 7],
          [' / ', 1],
          [', ', 1]
        ])
  const later: ReadonlyArray<readonly [Later, number]> = thesis
    ? rng.pick<ReadonlyArray<readonly [Later, number]>>([
        [
          ['short-wie', 8],
          ['short', 1],
          ['name-wie', 1]
        ],
        [
          ['name-wie', 8],
          ['short-wie', 2]
        ],
        [
          ['short', 9],
          ['short-wie', 1]
        ],
        [
          ['aao', 6],
          ['short', 3],
          ['short-wie', 1]
        ],
        [
          ['short-wie', 5],
          ['short', 5]
        ]
      ])
    : lang === 'en'
      ? rng.pick<ReadonlyArray<readonly [Later, number]>>([
          [
            ['short', 9],
            ['opcit', 1]
          ],
          [
            ['short', 6],
            ['opcit', 4]
          ]
        ])
      : rng.pick<ReadonlyArray<readonly [Later, number]>>([
          [
            ['short-cit', 7],
            ['opcit', 3]
          ],
          [
            ['short', 7],
            ['opcit', 3]
          ],
          [
            ['opcit', 6],
            ['short-cit', 4]
          ]
        ])
  const thesisJournal = rng.weighted<BibManner['journal']>([
    ['heft', 6],
    ['slash', 2],
    ['jg', 1],
    ['comma', 1]
  ])
  const afterTitle = thesis
    ? rng.weighted([
        ['. ', 7],
        [', ', 3]
      ])
    : lang === 'en'
      ? rng.weighted([
          ['. ', 5],
          [', ', 5]
        ])
      : ', '
  const dates = thesis
    ? rng.weighted<BibManner['dates']>([
        ['numeric', 6],
        ['numericShort', 2],
        ['long', 2]
      ])
    : rng.weighted<BibManner['dates']>([
        ['long', 7],
        ['numeric', lang === 'en' ? 0 : 3]
      ])
  return {
    lang,
    thesis,
    nameSep,
    // Not `, ` in later mentions: `Martin, Petit` would read as one inverted name.
    shortSep: thesis
      ? rng.weighted([
          ['/', 5],
          [' / ', 2],
          ['; ', 2],
          [' und ', 2]
        ])
      : rng.weighted([
          [nameSep === ', ' ? ` ${words.and} ` : nameSep, 3],
          [` ${words.and} `, 5],
          ['/', 1]
        ]),
    initials: rng.chance(thesis ? 0.15 : 0.2),
    upper: lang === 'fr' ? rng.chance(0.35) : lang === 'es' ? rng.chance(0.25) : lang === 'it' ? rng.chance(0.1) : false,
    afterNames: thesis
      ? rng.weighted([
          [': ', 8],
          [', ', 2]
        ])
      : lang === 'en'
        ? rng.weighted([
            ['. ', 4],
            [', ', 4],
            [': ', 2]
          ])
        : lang === 'es'
          ? rng.weighted([
              [': ', 5],
              [', ', 5]
            ])
          : ', ',
    afterTitle,
    ed: rng.pick(words.ed),
    eds: rng.pick(words.eds),
    // `In:` after a period, `in:` after a comma.
    inWord: afterTitle.startsWith('.') ? capitalize(rng.pick(words.inWord)) : rng.pick(words.inWord).toLowerCase(),
    imprint: thesis
      ? rng.weighted([
          ['place-year', 6],
          ['place-publisher-year', 4]
        ])
      : lang === 'en'
        ? rng.weighted([
            ['colon', 7],
            ['place-year', 3]
          ])
        : rng.weighted([
            ['commas', 8],
            ['colon', lang === 'it' ? 0 : 2],
            ['place-year', lang === 'it' ? 2 : 0]
          ]),
    series: rng.weighted([
      ['equals', thesis ? 6 : 0],
      ['plain', 3],
      ['semicolon', 1]
    ]),
    seriesAtTitle: rng.chance(0.4),
    journal: thesis ? thesisJournal : (lang as BibManner['journal']),
    here: rng.pick(words.here),
    pagesInFull: rng.chance(thesis ? 0.75 : 0.55),
    f: rng.chance(0.7) ? ' f.' : 'f.',
    page: lang === 'en' ? rng.pick(['p. ', '']) : lang === 'es' ? rng.pick(['p. ', 'pág. ']) : lang === 'it' ? rng.pick(['p. ', 'pag. ']) : words.page,
    pages: lang === 'en' ? rng.pick(['pp. ', '']) : lang === 'es' ? rng.pick(['pp. ', 'págs. ']) : lang === 'it' ? rng.pick(['pp. ', 'pagg. ']) : words.pages,
    dates,
    later,
    laterSep: thesis
      ? rng.weighted([
          [': ', 6],
          [', ', 4]
        ])
      : ', ',
    noteWord: rng.weighted([
      ['wie Anm. ', 6],
      ['wie Fn. ', 2],
      ['Anm. ', 1],
      ['wie Anmerkung ', 1]
    ]),
    opCit: rng.pick(words.opCit),
    titleCit: rng.pick(words.titleCit),
    ibid: rng.pick(words.ibid),
    ibidSame: rng.pick(words.ibidSame),
    idem: rng.pick([0.3, 0.7, 0.9]),
    archiveIntro: rng.weighted(ARCHIVE_INTROS),
    archiveFull: rng.chance(0.12),
    archiveOrder: rng.weighted([
      ['title-first', 6],
      ['in', 2],
      ['archive-first', 3]
    ]),
    docDate: rng.weighted([
      ['vom', 6],
      ['comma', 3],
      ['parens', 1]
    ]),
    url: lang === 'de' ? rng.pick(URL_FORMS_DE) : rng.pick(URL_FORMS[lang]),
    articleQuotes: thesis ? (rng.chance(0.2) ? ['„', '“'] : undefined) : lang === 'en' ? (rng.chance(0.7) ? rng.pick(words.quotes) : undefined) : rng.chance(0.85) ? rng.pick(words.quotes) : undefined,
    lexiconWord: rng.weighted([
      ['Art. ', 6],
      ['Artikel ', 2],
      ['', 2]
    ]),
    dash: rng.chance(thesis || lang === 'en' ? 0.9 : 0.5) ? '–' : '-'
  }
}

export function makeBibDocument(rng: Rng, lang: Lang): BibDocument {
  return {manner: makeBibManner(rng, lang), archives: [], introduced: new Set(), notes: new Map()}
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

/** Segments joined by `sep` (empty ones left out). */
function join(segs: Seg[], sep: string): Seg {
  const out: Part[] = []
  for (const seg of segs) {
    if (seg.length === 0) continue
    // No second period after an abbreviation (`2nd ed.. London`).
    if (out.length > 0) out.push(w(sep.startsWith('.') && /[.?!]$/.test(out.at(-1)?.text ?? '') ? sep.slice(1) : sep))
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

/** `Müller, Hans`, `Meier, K.`, `DUPONT, Jean`, `de la Vega Martín, Juan`, `Thadden, Rudolf von`. */
function invertedName(manner: BibManner, name: CslName): string {
  if (name.literal !== undefined) return name.literal
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ')
  const given = name.given === undefined ? undefined : manner.initials && !name.given.endsWith('.') ? initials(name.given) : name.given
  const rest = [given, name['dropping-particle']].filter(Boolean).join(' ')
  const written = manner.upper ? family.toUpperCase() : family
  return [rest === '' ? written : `${written}, ${rest}`, name.suffix].filter(Boolean).join(', ')
}

/** `Hans Müller`: editors after `hrsg. von`. */
function directName(name: CslName): string {
  if (name.literal !== undefined) return name.literal
  return [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix].filter(Boolean).join(' ')
}

/** The whole list, one label: `Hoffmann, Karl; Keller, Anna`, `Müller, Hans u. a.` */
function nameList(manner: BibManner, people: readonly CslName[], label: Label): Seg {
  const words = BIB_WORDS[manner.lang]
  const written = people.map((name) => invertedName(manner, name))
  const text = written.length > 3 ? `${written[0] ?? ''} ${words.etAl}` : written.join(manner.nameSep)
  return [L(text, label)]
}

function family(manner: BibManner, name: CslName): string {
  const text = name.literal ?? [name['non-dropping-particle'], name.family].filter(Boolean).join(' ')
  return manner.upper && name.literal === undefined ? text.toUpperCase() : text
}

/** Later mentions: `Müller`, `Müller/Keller`, `Müller u. a.`, `García López y Martín Pérez`. */
function shortNames(manner: BibManner, people: readonly CslName[]): string {
  const words = BIB_WORDS[manner.lang]
  const families = people.map((name) => family(manner, name))
  if (families.length > 3) return `${families[0] ?? ''} ${words.etAl}`
  return families.join(manner.shortSep)
}

function title(manner: BibManner, text: string, bookish: boolean): Seg {
  if (bookish || manner.articleQuotes === undefined) return [L(text, 'title', bookish)]
  const [open, close] = manner.articleQuotes
  return [w(open), L(text, 'title'), w(close)]
}

function monthName(lang: Lang, month: number): string {
  return MONTHS[lang][month - 1] ?? ''
}

/** `12.03.1879`, `12.3.1879`, `12. März 1879`, `4 March 2020`, `4 de marzo de 2020`, `04/03/2020`. */
export function writtenDate(manner: BibManner, date: CslDate | undefined): string {
  const [y, m, d] = date?.['date-parts']?.[0] ?? []
  if (y === undefined) return ''
  const {lang} = manner
  if (m === undefined) return String(y)
  if (d === undefined) return lang === 'es' ? `${monthName(lang, m)} de ${y}` : `${monthName(lang, m)} ${y}`
  if (manner.dates === 'numeric') return lang === 'de' ? `${pad2(d)}.${pad2(m)}.${y}` : `${pad2(d)}/${pad2(m)}/${y}`
  if (manner.dates === 'numericShort') return `${d}.${m}.${y}`
  if (lang === 'de') return `${d}. ${monthName(lang, m)} ${y}`
  if (lang === 'es') return `${d} de ${monthName(lang, m)} de ${y}`
  return `${d} ${monthName(lang, m)} ${y}`
}

/** Page ranges with the document's dash (`123–145`, `123-145`). */
function dash(manner: BibManner, value: string): string {
  return value.replace(/(\w)[-–](\w)/g, `$1${manner.dash}$2`)
}

function editionText(lang: Lang, edition: string): string {
  const n = Number(edition)
  if (lang === 'de') return `${edition}. Aufl.`
  if (lang === 'en') return `${edition}${n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'} ed.`
  if (lang === 'fr') return `${edition}e éd.`
  if (lang === 'es') return `${edition}.ª ed.`
  return `${edition}a ed.`
}

/** `Frankfurt am Main 1998`, `Frankfurt am Main: Campus 1998`, `Paris, Gallimard, 1998`, `London: Routledge, 1998`. */
function imprint(manner: BibManner, item: CslItem): Seg {
  const place = typeof item['publisher-place'] === 'string' ? [L(item['publisher-place'], 'publisher-place')] : []
  const publisher = typeof item.publisher === 'string' && manner.imprint !== 'place-year' ? [L(item.publisher, 'publisher')] : []
  const year: Seg = [L(writtenDate(manner, item.issued as CslDate | undefined), 'issued')]
  switch (manner.imprint) {
    case 'place-year':
      return join([place, year], ' ')
    case 'place-publisher-year':
      return publisher.length === 0 ? join([place, year], ' ') : join([join([place, publisher], ': '), year], ' ')
    case 'colon':
      return join([join([place, publisher], ': '), year], ', ')
    case 'commas':
      return join([place, publisher, year], ', ')
  }
}

/** `(= Studien zur Stadtgeschichte, Bd. 14)`, `(Reihe, 14)`, `(Reihe; 14)`. */
function series(manner: BibManner, item: CslItem): Seg {
  if (typeof item['collection-title'] !== 'string') return []
  const number = typeof item['collection-number'] === 'string' ? item['collection-number'] : undefined
  const words = BIB_WORDS[manner.lang]
  const numbered: Seg = number === undefined ? [] : manner.series === 'semicolon' ? [w('; '), L(number, 'number')] : [w(manner.lang === 'de' ? ', Bd. ' : `, ${words.vol}`), L(number, 'number')]
  return [w(manner.series === 'equals' ? '(= ' : '('), L(item['collection-title'], 'collection-title'), ...numbered, w(')')]
}

interface Pin {
  word: string
  value: string
}

/** `and the following page(s)` after a page number, by language. */
const FOLLOWING: Record<Lang, readonly [string, string]> = {en: ['f.', 'ff.'], de: [' f.', ' ff.'], fr: [' sq.', ' et suiv.'], es: [' y s.', ' y ss.'], it: [' sg.', ' sgg.']}

const LOCATOR_WORDS: Record<Lang, Record<string, string>> = {
  en: {chapter: 'ch. ', section: 'sec. ', note: 'n. ', paragraph: 'para. '},
  de: {chapter: 'Kap. ', section: 'Abschn. ', note: 'Anm. ', paragraph: '§ '},
  fr: {chapter: 'chap. ', section: 'sect. ', note: 'n. ', paragraph: '§ '},
  es: {chapter: 'cap. ', section: 'sec. ', note: 'n. ', paragraph: '§ '},
  it: {chapter: 'cap. ', section: 'sez. ', note: 'n. ', paragraph: '§ '}
}

/** The pinpoint as the document writes it: `S. 12 f.`, `S. 61 ff.`, `Sp. 688`, `Kap. 3`, `p. 45`, `45`. */
function pinOf(manner: BibManner, rng: Rng, locator: Locator | undefined, unit: 'page' | 'column' = 'page'): Pin | undefined {
  if (locator === undefined) return undefined
  const value = dash(manner, locator.locator.replace(/^(\d+)r-\1v$/, '$1').replace(/[rv]/g, ''))
  const special = LOCATOR_WORDS[manner.lang][locator.label]
  if (special !== undefined) return {word: special, value}
  const many = value.includes('–')
  if (unit === 'column') return {word: manner.lang === 'de' ? 'Sp. ' : 'col. ', value}
  if (!many && /^\d+$/.test(value) && rng.chance(manner.thesis ? 0.18 : 0.05)) {
    // `S. 12 f.` (and the next page), `S. 61 ff.` (and the following); `p. 45 sq.`, `p. 45 y ss.`, `p. 45 sgg.`
    const [one, more] = FOLLOWING[manner.lang]
    const suffix = manner.lang === 'de' || manner.lang === 'en' ? (rng.chance(0.65) ? manner.f : manner.f.replace('f.', 'ff.')) : rng.chance(0.5) ? one : more
    return {word: manner.page, value: `${value}${suffix}`}
  }
  return {word: many ? manner.pages : manner.page, value}
}

function pinSeg(pin: Pin | undefined): Seg {
  return pin === undefined ? [] : [w(pin.word), L(pin.value, 'locator')]
}

/** `S. 10–30, hier S. 12` (the range and the pinpoint), or the range alone, or the pinpoint alone. */
function pagesAndPin(manner: BibManner, item: CslItem, pin: Pin | undefined, unit: 'page' | 'column' = 'page'): Seg {
  const range = typeof item.page === 'string' ? dash(manner, item.page) : undefined
  const rangeWord = unit === 'column' ? (manner.lang === 'de' ? 'Sp. ' : 'col. ') : manner.pages
  if (range === undefined) return pinSeg(pin)
  if (pin === undefined) return [w(rangeWord), L(range, 'page')]
  if (!manner.pagesInFull) return pinSeg(pin)
  const here = manner.here
  // `S. 123–145, hier S. 130`, `p. 45-67 (ici p. 50)`, `pp. 10–30, esp. 12`.
  if (manner.lang === 'fr' && here.startsWith('ici')) return [w(rangeWord), L(range, 'page'), w(` (${here}${pin.word}`), L(pin.value, 'locator'), w(')')]
  return [w(rangeWord), L(range, 'page'), w(`, ${here}${pin.word}`), L(pin.value, 'locator')]
}

// ---------------------------------------------------------------- full forms

function headNames(manner: BibManner, item: CslItem, idem: string | undefined): Seg {
  const authors = (item.author ?? []) as CslName[]
  if (idem !== undefined) return [L(idem, 'abbrev')]
  return authors.length === 0 ? [] : nameList(manner, authors, 'author')
}

function editorsSeg(manner: BibManner, editors: readonly CslName[]): Seg {
  return [...nameList(manner, editors, 'editor'), w(editors.length > 1 ? manner.eds : manner.ed)]
}

/** Names, then what follows them (`Müller, Hans: `). */
function withHead(manner: BibManner, head: Seg, rest: Seg): Seg {
  return head.length === 0 ? rest : [...head, w(manner.afterNames), ...rest]
}

function bookFull(manner: BibManner, rng: Rng, item: CslItem, pin: Pin | undefined, head: Seg): Seg {
  const titleSeg: Seg = [L(String(item.title ?? ''), 'title', true)]
  const volumeWord = manner.lang === 'de' ? 'Bd. ' : manner.afterTitle.startsWith('.') ? capitalize(BIB_WORDS[manner.lang].vol) : BIB_WORDS[manner.lang].vol
  const volume: Seg = typeof item.volume === 'string' ? [w(volumeWord), L(item.volume, 'volume')] : []
  const edition: Seg = typeof item.edition === 'string' ? [L(editionText(manner.lang, item.edition), 'edition')] : []
  const seriesSeg = series(manner, item)
  // The series after the title (`Titel (= Reihe, Bd. 14). Ort 1998`) or after the imprint (`Ort 1998 (= Reihe, Bd. 14)`).
  const seriesAtTitle = seriesSeg.length > 0 && (manner.seriesAtTitle || (manner.lang === 'en' && manner.imprint === 'colon' && manner.afterTitle === ', '))
  const titleWithSeries: Seg = seriesAtTitle ? [...titleSeg, w(' '), ...seriesSeg] : titleSeg
  const pinned = pinSeg(pin)
  if (manner.lang === 'en' && manner.imprint === 'colon' && manner.afterTitle === ', ') {
    // `Smith, John, Title, vol. 2 (London: Routledge, 1998), 45`.
    const inner = join([edition, imprint(manner, item)], ', ')
    return join([withHead(manner, head, [...titleWithSeries, ...(volume.length > 0 ? [w(', '), ...volume] : []), w(' ('), ...inner, w(')')]), pinned], ', ')
  }
  const body = join([titleWithSeries, volume, edition, imprint(manner, item)], manner.afterTitle)
  const withSeries: Seg = seriesSeg.length > 0 && !seriesAtTitle ? [...body, w(' '), ...seriesSeg] : body
  return join([withHead(manner, head, withSeries), pinned], ', ')
}

function editedFull(manner: BibManner, rng: Rng, item: CslItem, pin: Pin | undefined, idem: string | undefined): Seg {
  const editors = (item.editor ?? []) as CslName[]
  const head: Seg = idem !== undefined ? [L(idem, 'abbrev'), w(editors.length > 1 ? manner.eds : manner.ed)] : editorsSeg(manner, editors)
  return bookFull(manner, rng, item, pin, head)
}

/** `Akten der Stadt Kellheim, hrsg. von Hans Müller. Köln 1990, S. 12`. */
function editionFull(manner: BibManner, rng: Rng, item: CslItem, pin: Pin | undefined): Seg {
  const editors = (item.editor ?? []) as CslName[]
  const by = rng.pick(['hrsg. von ', 'hg. v. ', 'bearb. von ', 'eingel. und hrsg. von '])
  const people = editors.map(directName).join(' und ')
  const body = join([[L(String(item.title ?? ''), 'title', true), w(`, ${by}`), L(people, 'editor')], imprint(manner, item)], manner.afterTitle)
  return join([body, pinSeg(pin)], ', ')
}

function chapterFull(manner: BibManner, rng: Rng, item: CslItem, pin: Pin | undefined, head: Seg): Seg {
  const editors = (item.editor ?? []) as CslName[]
  const container: Seg = [L(String(item['container-title'] ?? ''), 'container-title', true)]
  const inPart: Seg = [w(manner.inWord), ...withHead(manner, editorsSeg(manner, editors), container)]
  const first = withHead(manner, head, title(manner, String(item.title ?? ''), false))
  const body = join([first, inPart, imprint(manner, item)], manner.afterTitle)
  return join([body, pagesAndPin(manner, item, pin)], ', ')
}

function articleFull(manner: BibManner, rng: Rng, item: CslItem, pin: Pin | undefined, head: Seg): Seg {
  const journal = String(item['container-title'] ?? '')
  const volume = String(item.volume ?? '')
  const issue = typeof item.issue === 'string' ? item.issue : undefined
  const year = writtenDate(manner, item.issued as CslDate | undefined)
  const words = BIB_WORDS[manner.lang]
  const first = withHead(manner, head, title(manner, String(item.title ?? ''), false))
  const pages = pagesAndPin(manner, item, pin)
  const J: Seg = [L(journal, 'container-title', true)]
  let container: Seg
  switch (manner.journal) {
    case 'heft':
      // `In: Zeitschrift für X 45 (1997), H. 2, S. 123–145`.
      container = join([[w(manner.inWord), ...J, w(' '), L(volume, 'volume'), w(' ('), L(year, 'issued'), w(')')], issue === undefined ? [] : [w(rng.pick(words.no)), L(issue, 'issue')], pages], ', ')
      break
    case 'slash':
      container = join([[w(manner.inWord), ...J, w(' '), L(volume, 'volume'), ...(issue === undefined ? [] : [w('/'), L(issue, 'issue')]), w(' ('), L(year, 'issued'), w(')')], pages], ', ')
      break
    case 'jg':
      container = join([[w(manner.inWord), ...J], [w('Jg. '), L(volume, 'volume'), w(' ('), L(year, 'issued'), w(')')], issue === undefined ? [] : [w('Nr. '), L(issue, 'issue')], pages], ', ')
      break
    case 'comma':
      container = join([[w(manner.inWord), ...J, w(' '), L(volume, 'volume')], [L(year, 'issued')], pages], ', ')
      break
    case 'en':
      // `Journal 45, no. 2 (1997): 123–45` or `Journal 45 (1997), pp. 123–45`.
      container = [
        ...J,
        w(' '),
        L(volume, 'volume'),
        ...(issue === undefined ? [] : [w(', no. '), L(issue, 'issue')]),
        w(' ('),
        L(year, 'issued'),
        w(')'),
        ...(pages.length === 0 ? [] : [w(rng.chance(0.5) ? ': ' : ', '), ...pages])
      ]
      break
    case 'fr':
      container = join([J, [w('vol. '), L(volume, 'volume')], issue === undefined ? [] : [w(rng.pick(words.no)), L(issue, 'issue')], [L(year, 'issued')], pages], ', ')
      break
    case 'es':
      // `Revista de Indias, vol. 45, núm. 2 (1997), pp. 123-145`.
      container = join([J, [w('vol. '), L(volume, 'volume'), ...(issue === undefined ? [] : [w(`, ${rng.pick(words.no)}`), L(issue, 'issue')]), w(' ('), L(year, 'issued'), w(')')], pages], ', ')
      break
    case 'it':
      container = join([[w('«'), L(journal, 'container-title'), w('»'), w(' '), L(volume, 'volume'), w(' ('), L(year, 'issued'), w(')')], issue === undefined ? [] : [L(issue, 'issue')], pages], ', ')
      break
  }
  return join([first, container], manner.lang === 'de' ? manner.afterTitle : ', ')
}

function thesisFull(manner: BibManner, rng: Rng, item: CslItem, pin: Pin | undefined, head: Seg): Seg {
  const genre: Seg = [L(String(item.genre ?? ''), 'genre')]
  const year: Seg = [L(writtenDate(manner, item.issued as CslDate | undefined), 'issued')]
  const first = withHead(manner, head, [L(String(item.title ?? ''), 'title', true)])
  let where: Seg
  if (manner.lang === 'de') {
    // `Diss. Universität Göttingen 1998`, `Diss. phil. Göttingen 1998`, `Dissertation, Universität Hamburg 2011`.
    const place = rng.chance(0.6) ? [L(String(item.publisher ?? ''), 'publisher')] : [L(String(item['publisher-place'] ?? ''), 'publisher-place')]
    where = rng.chance(0.75) ? [...genre, w(' '), ...place, w(' '), ...year] : [...genre, w(', '), ...place, w(' '), ...year]
  } else where = join([genre, [L(String(item.publisher ?? ''), 'publisher')], year], ', ')
  return join([join([first, where], manner.afterTitle), pinSeg(pin)], ', ')
}

/** `Schulz, Anna: Art. „Zunft“. In: Lexikon des Mittelalters, Bd. 9. München 1998, Sp. 687–691, hier Sp. 688`. */
function lexiconFull(manner: BibManner, rng: Rng, item: CslItem, pin: Pin | undefined, head: Seg): Seg {
  const entry: Seg = [w(`${manner.lexiconWord}„`), L(String(item.title ?? ''), 'title'), w('“')]
  const container: Seg = [w(manner.inWord), L(String(item['container-title'] ?? ''), 'container-title', true), w(', Bd. '), L(String(item.volume ?? ''), 'volume')]
  const body = join([withHead(manner, head, entry), container, imprint({...manner, imprint: 'place-year'}, item)], manner.afterTitle)
  return join([body, pagesAndPin(manner, item, pin, 'column')], ', ')
}

/** A date after a title: ` vom 12.03.1879`, `, 12.03.1879`, ` (12.03.1879)`; `issued` is the date only. */
function dateAfter(manner: BibManner, item: CslItem): Seg {
  const date = writtenDate(manner, item.issued as CslDate | undefined)
  if (date === '') return []
  if (manner.docDate === 'vom') return [w(' vom '), L(date, 'issued')]
  if (manner.docDate === 'parens') return [w(' ('), L(date, 'issued'), w(')')]
  return [w(', '), L(date, 'issued')]
}

/** `Best. 12, Nr. 345` as one label; a bare `Nr. 345`, `Akte 12/345` without its word. */
function locationSeg(item: CslItem): Seg {
  const location = String(item.archive_location ?? '')
  const bare = /^(Nr\.|Akte|PA|Sign\.) (\S+)$/.exec(location)
  return bare === null ? [L(location, 'archive_location')] : [w(`${bare[1] ?? ''} `), L(bare[2] ?? '', 'archive_location')]
}

/** A leaf pinpoint: `Bl. 5`, `Bl. 5–7`, `Bl. 112v–114r`, `fol. 12r`, `Bl. 5 f.` */
function leafPin(manner: BibManner, rng: Rng, locator: Locator | undefined): Pin | undefined {
  if (locator === undefined) return undefined
  const word = rng.chance(0.8) ? 'Bl. ' : 'fol. '
  let value = dash(manner, locator.locator)
  if (/^\d+$/.test(value)) {
    const leaf = Number(value) * rng.int(1, 9)
    value = rng.weighted<string>([
      [String(leaf), 5],
      [`${leaf}–${leaf + rng.int(1, 4)}`, 2],
      [`${leaf}${rng.pick(['r', 'v'])}`, 1],
      [`${leaf}v–${leaf + rng.int(1, 3)}r`, 1],
      [`${leaf}${manner.f}`, 1]
    ])
  }
  return {word, value}
}

function archiveSeg(document: BibDocument, index: number): Seg {
  const {manner} = document
  const archive = document.archives[index]
  if (archive === undefined) return []
  if (document.introduced.has(index) && !manner.archiveFull) return [L(archive.abbr, 'archive')]
  if (manner.archiveFull) return [L(archive.name, 'archive')]
  document.introduced.add(index)
  // `Stadtarchiv Kellheim (im Folgenden: StAK)`: the words in the parentheses stay unlabeled.
  return [L(archive.name, 'archive'), w(` (${manner.archiveIntro}`), L(archive.abbr, 'archive'), w(')')]
}

function archivalFull(document: BibDocument, rng: Rng, item: CslItem, spec: BibSpec, pin: Pin | undefined): Seg {
  const {manner} = document
  const archive = archiveSeg(document, spec.archive ?? 0)
  const location = locationSeg(item)
  const pinned = pinSeg(pin)
  const described: Seg = typeof item.title === 'string' ? [L(item.title, 'title'), ...dateAfter(manner, item)] : []
  if (described.length === 0) return join([archive, location, pinned], ', ')
  if (manner.archiveOrder === 'archive-first') return join([archive, location, described, pinned], ', ')
  if (manner.archiveOrder === 'in') return join([described, [w(manner.inWord.toLowerCase()), ...archive], location, pinned], ', ')
  return join([described, archive, location, pinned], ', ')
}

function newspaperFull(manner: BibManner, rng: Rng, item: CslItem, spec: BibSpec, pin: Pin | undefined, head: Seg): Seg {
  const paper: Seg = [L(String(item['container-title'] ?? ''), 'container-title', true)]
  const date = writtenDate(manner, item.issued as CslDate | undefined)
  const issue = typeof item.issue === 'string' ? item.issue : undefined
  const dated: Seg =
    manner.lang === 'de'
      ? [...paper, ...(issue === undefined ? [] : [w(', Nr. '), L(issue, 'issue')]), w(rng.chance(0.75) ? ' vom ' : ', '), L(date, 'issued')]
      : join([paper, issue === undefined ? [] : [w(rng.pick(BIB_WORDS[manner.lang].no)), L(issue, 'issue')], [L(date, 'issued')]], ', ')
  const pageSeg: Seg = typeof item.page === 'string' ? [w(manner.page === '' ? 'p. ' : manner.page), L(item.page, 'page')] : []
  const pinned = pin !== undefined && pageSeg.length === 0 ? pinSeg(pin) : pageSeg
  if (typeof item.title !== 'string') return join([dated, pinned], ', ')
  const anonymous: Seg = head.length === 0 && spec.anonymous !== undefined ? [L(spec.anonymous, 'author')] : head
  const first = withHead(manner, anonymous, title(manner, item.title, false))
  return join([join([first, [w(manner.inWord), ...dated]], manner.afterTitle), pinned], ', ')
}

function urlSeg(manner: BibManner, item: CslItem): Seg {
  const url = String(item.URL ?? '')
  const accessed = writtenDate(
    {...manner, dates: manner.lang === 'de' && manner.url.includes('abgerufen am') && manner.dates === 'numeric' ? 'long' : manner.dates},
    item.accessed as CslDate | undefined
  )
  const [before = '', rest = ''] = manner.url.split('{url}')
  const [between = '', after = ''] = rest.split('{date}')
  return [w(before), L(url, 'URL'), w(between), L(accessed, 'accessed'), w(after)]
}

function webFull(manner: BibManner, rng: Rng, item: CslItem, pin: Pin | undefined, head: Seg): Seg {
  const first = withHead(manner, head, title(manner, String(item.title ?? ''), false))
  const issued = item.issued === undefined ? [] : [L(writtenDate(manner, item.issued as CslDate), 'issued')]
  const site: Seg = [w(manner.inWord), L(String(item['container-title'] ?? ''), 'container-title')]
  return join([join([first, join([site, issued], ', ')], manner.afterTitle), urlSeg(manner, item)], ', ')
}

function fullForm(document: BibDocument, rng: Rng, work: Work, locator: Locator | undefined, idem: string | undefined): Seg {
  const {manner} = document
  const {item} = work
  const spec = work.bib as BibSpec
  const head = headNames(manner, item, idem)
  switch (spec.shape) {
    case 'book':
      return bookFull(manner, rng, item, pinOf(manner, rng, locator), head)
    case 'edited':
      return editedFull(manner, rng, item, pinOf(manner, rng, locator), idem)
    case 'edition':
      return editionFull(manner, rng, item, pinOf(manner, rng, locator))
    case 'chapter':
      return chapterFull(manner, rng, item, pinOf(manner, rng, locator), head)
    case 'article':
      return articleFull(manner, rng, item, pinOf(manner, rng, locator), head)
    case 'thesis':
      return thesisFull(manner, rng, item, pinOf(manner, rng, locator), head)
    case 'lexicon':
      return lexiconFull(manner, rng, item, pinOf(manner, rng, locator, 'column'), head)
    case 'archival':
      return archivalFull(document, rng, item, spec, leafPin(manner, rng, locator))
    case 'newspaper':
      return newspaperFull(manner, rng, item, spec, pinOf(manner, rng, newspaperPage(locator)), head)
    case 'web':
      return webFull(manner, rng, item, undefined, head)
  }
}

/** A newspaper has few pages: a pinpoint beyond them is folded into them. */
function newspaperPage(locator: Locator | undefined): Locator | undefined {
  if (locator === undefined || !/^\d+$/.test(locator.locator)) return undefined
  return {label: 'page', locator: String(((Number(locator.locator) - 1) % 16) + 1)}
}

// ---------------------------------------------------------------- later mentions

function pinFor(document: BibDocument, rng: Rng, work: Work, locator: Locator | undefined): Pin | undefined {
  const {manner} = document
  const shape = work.bib?.shape
  if (shape === 'archival') return leafPin(manner, rng, locator)
  if (shape === 'lexicon') return pinOf(manner, rng, locator, 'column')
  if (shape === 'newspaper') return pinOf(manner, rng, newspaperPage(locator))
  if (shape === 'web') return undefined
  return pinOf(manner, rng, locator)
}

/** `wie Anm. 3`, `wie Fn. 3`, `wie Anm. 3 und 7` (a work cited in two notes before). */
function noteReference(document: BibDocument, rng: Rng, work: Work, firstNote: number): string {
  const {manner} = document
  const earlier = (document.notes.get(work.key) ?? []).filter((note) => note !== firstNote)
  const other = earlier.length > 0 && rng.chance(0.12) ? rng.pick(earlier) : undefined
  return `${manner.noteWord}${firstNote}${other === undefined ? '' : ` und ${other}`}`
}

function laterForm(document: BibDocument, rng: Rng, work: Work, locator: Locator | undefined, firstNote: number, idem: string | undefined): Seg {
  const {manner} = document
  const {item} = work
  const spec = work.bib as BibSpec
  const pin = pinFor(document, rng, work, locator)
  const pinned = pinSeg(pin)
  const people = ((item.author ?? (spec.shape === 'edited' ? item.editor : undefined) ?? []) as CslName[]).filter((name) => name !== undefined)
  const shortTitle = String(item['title-short'] ?? item.title ?? '')
  const bookish = ['book', 'edited', 'edition', 'thesis'].includes(spec.shape)
  const words = BIB_WORDS[manner.lang]
  // Archival documents: the archive and the file again, or the title with `wie Anm.`.
  if (spec.shape === 'archival') {
    if (typeof item.title !== 'string' || rng.chance(0.55)) return join([archiveSeg(document, spec.archive ?? 0), locationSeg(item), pinned], ', ')
    return join([[L(shortTitle, 'title'), w(' ('), L(noteReference(document, rng, work, firstNote), 'abbrev'), w(')')], pinned], ', ')
  }
  if (spec.shape === 'newspaper' && typeof item.title !== 'string') return fullForm(document, rng, work, locator, undefined)
  let kind = rng.weighted(manner.later)
  if (!manner.thesis && kind === 'aao') kind = 'opcit'
  let names: Seg = []
  if (idem !== undefined) names = [L(idem, 'abbrev')]
  else if (people.length > 0) names = [L(shortNames(manner, people), spec.shape === 'edited' ? 'editor' : 'author')]
  if (spec.shape === 'edited' && names.length > 0) names = [...names, w(people.length > 1 ? manner.eds : manner.ed)]
  const titled: Seg = title(manner, shortTitle, bookish)
  if (names.length === 0) {
    // No author: the short title, with `wie Anm.` in theses.
    const reference: Seg = manner.thesis && kind !== 'short' ? [w(' ('), L(noteReference(document, rng, work, firstNote), 'abbrev'), w(')')] : []
    return join([[...titled, ...reference], pinned], ', ')
  }
  switch (kind) {
    case 'short-wie':
      return join([[...names, w(manner.laterSep), ...titled, w(' ('), L(noteReference(document, rng, work, firstNote), 'abbrev'), w(')')], pinned], ', ')
    case 'name-wie':
      return join([[...names, w(' ('), L(noteReference(document, rng, work, firstNote), 'abbrev'), w(')')], pinned], ', ')
    case 'aao':
      return join([names, [L(manner.opCit, 'abbrev')], pinned], ', ')
    case 'opcit':
      return join([names, [L(manner.opCit, 'abbrev')], pinned], ', ')
    case 'short-cit':
      // `Rossi, Titolo cit., p. 50`, `Dupont, Titre, op. cit., p. 12`.
      return join(
        [
          names,
          manner.lang === 'it' && manner.titleCit === 'cit.'
            ? [...titled, w(' '), L('cit.', 'abbrev')]
            : [...titled, w(', '), L(manner.titleCit === 'cit.' && manner.lang !== 'it' ? (words.opCit[0] ?? 'op. cit.') : manner.titleCit, 'abbrev')],
          pinned
        ],
        ', '
      )
    case 'short':
      return join([[...names, w(manner.laterSep), ...titled], pinned], ', ')
  }
}

/** `Ebd., S. 47`, `Ebd.`, `Ibid., p. 12`, `Ivi, p. 12`, `Ibidem`. */
function ibidForm(document: BibDocument, rng: Rng, work: Work, locator: Locator | undefined, samePinpoint: boolean): Seg {
  const {manner} = document
  if (samePinpoint || locator === undefined) return [L(manner.ibidSame, 'abbrev')]
  const pin = pinFor(document, rng, work, locator)
  return pin === undefined ? [L(manner.ibid, 'abbrev')] : join([[L(manner.ibid, 'abbrev')], pinSeg(pin)], manner.ibid.endsWith('.') || rng.chance(0.7) ? ', ' : ' ')
}

function idemWord(manner: BibManner, work: Work): string {
  const words = BIB_WORDS[manner.lang].idem
  if (work.authors.length > 1) return words.plural[0] ?? 'Id.'
  return (work.authors[0]?.gender === 'female' ? words.female[0] : words.male[0]) ?? 'Id.'
}

/** A cite of a bibliography-style work at `position` (0 first, 1 later, 2–3 right after itself). */
export function renderBib(document: BibDocument, rng: Rng, work: Work, cite: {position: number; locator: Locator | undefined; firstNote: number; note: number}, previous: Work | undefined): Piece {
  const {manner} = document
  let parts: Seg
  let form: Form
  if (cite.position >= 2) {
    parts = ibidForm(document, rng, work, cite.locator, cite.position === 2 && cite.locator !== undefined)
    form = 'ibid'
  } else {
    // `Ders.`/`Dies.` for the authors of the citation just before (a different work).
    const same = previous !== undefined && previous.key !== work.key && work.bib?.shape !== 'edition' && sameAuthors(previous, work) && rng.chance(manner.idem)
    const idem = same ? idemWord(manner, work) : undefined
    parts = cite.position === 0 ? fullForm(document, rng, work, cite.locator, idem) : laterForm(document, rng, work, cite.locator, cite.firstNote, idem)
    form = cite.position === 0 ? 'full' : 'short'
  }
  const notes = document.notes.get(work.key) ?? []
  if (!notes.includes(cite.note)) notes.push(cite.note)
  document.notes.set(work.key, notes)
  return toPiece(parts, form, work.key)
}
