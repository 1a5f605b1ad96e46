/**
 * CSL-JSON items of many types (books, chapters, articles, archival
 * documents, web pages, software, data sets, theses, reports, laws, cases,
 * encyclopedia entries, conference papers, interviews, speeches) and the
 * pinpoints with which they are cited.
 */
import type {HandSpec, Shape} from './area.js'
import type {BibSpec} from './bibnotes.js'
import type {Harvest} from './harvest.js'
import {MONTHS} from './phrases.js'
import type {CslName} from '@octavo/tree'
import {authorCount, makeOrganization, makePeople, makePerson, nameOrigin, type Person} from './names.js'
import type {Rng} from './rng.js'
import {makeSeriesTitle, makeShortTitle, makeSubtitle, makeTitle, shortTitle} from './titles.js'
import {
  ARCHIVES,
  BLOGS,
  CONFERENCES,
  COURTS,
  DATASET_TITLES,
  DATA_REPOSITORIES,
  DECISIONS,
  EDITIONS,
  ENCYCLOPEDIAS,
  ENTRY_TOPICS,
  JOURNALS,
  LANGS,
  MAGAZINES,
  MANUSCRIPT_TITLES,
  MEDIA,
  NEWSPAPERS,
  PLACES,
  PUBLISHERS,
  RECORDINGS,
  REPORT_SERIES,
  SOFTWARE,
  SPEECH_EVENTS,
  STATUTES,
  THESIS_GENRES,
  UNIVERSITIES,
  WEBSITES,
  type Lang,
  type Website
} from './vocab.js'

export interface CslDate {
  'date-parts'?: number[][]
  season?: number
  circa?: boolean
  literal?: string
}

export interface CslItem {
  id: string
  type: string
  [variable: string]: unknown
}

/** A work of a document: its item and the people behind its names (for `ders.`/`dies.`). */
export interface Work {
  key: string
  item: CslItem
  authors: Person[]
  /** What kind of area work it is (`area.ts`; for statistics). */
  shape?: Shape
  /** Cited in notes by a hand-written citation of this shape, not by citeproc-js (`area.ts`). */
  hand?: HandSpec
  /** Written after the title of its first citation (`[in Korean]`), outside the title's label. */
  langNote?: string
  /** Cited in notes by a hand-written bibliography-style citation (`bibnotes.ts`), not by citeproc-js. */
  bib?: BibSpec
}

export type ItemType =
  | 'book'
  | 'chapter'
  | 'article-journal'
  | 'article-newspaper'
  | 'article-magazine'
  | 'manuscript'
  | 'webpage'
  | 'post-weblog'
  | 'software'
  | 'dataset'
  | 'thesis'
  | 'report'
  | 'legislation'
  | 'legal_case'
  | 'entry-encyclopedia'
  | 'paper-conference'
  | 'interview'
  | 'speech'

export type Profile = 'history' | 'social' | 'law' | 'digital'

export const PROFILES: ReadonlyArray<readonly [Profile, number]> = [
  ['history', 45],
  ['social', 25],
  ['law', 15],
  ['digital', 15]
]

/** Which types a document of each kind cites, and how often. */
export const TYPE_WEIGHTS: Record<Profile, ReadonlyArray<readonly [ItemType, number]>> = {
  history: [
    ['book', 30],
    ['chapter', 15],
    ['article-journal', 18],
    ['manuscript', 15],
    ['article-newspaper', 6],
    ['thesis', 3],
    ['entry-encyclopedia', 3],
    ['webpage', 3],
    ['report', 1],
    ['legislation', 1],
    ['interview', 1],
    ['speech', 1],
    ['article-magazine', 2],
    ['post-weblog', 1]
  ],
  social: [
    ['book', 20],
    ['article-journal', 22],
    ['report', 12],
    ['dataset', 6],
    ['article-newspaper', 10],
    ['article-magazine', 5],
    ['webpage', 8],
    ['interview', 5],
    ['thesis', 4],
    ['chapter', 8],
    ['speech', 2]
  ],
  law: [
    ['book', 18],
    ['chapter', 12],
    ['article-journal', 18],
    ['legislation', 18],
    ['legal_case', 18],
    ['report', 6],
    ['webpage', 4],
    ['post-weblog', 3],
    ['article-newspaper', 3]
  ],
  digital: [
    ['software', 15],
    ['dataset', 10],
    ['webpage', 15],
    ['post-weblog', 8],
    ['paper-conference', 12],
    ['article-journal', 15],
    ['book', 10],
    ['chapter', 5],
    ['entry-encyclopedia', 6],
    ['report', 4]
  ]
}

export interface ItemContext {
  rng: Rng
  /** The document's language. */
  lang: Lang
  harvest: Harvest | undefined
  /** Authors of earlier works of the document, for works by the same people. */
  earlierAuthors: Person[][]
}

// ---------------------------------------------------------------- values

function year(rng: Rng, from = 1950, to = 2023): number {
  return rng.int(from, to)
}

function dateOf(parts: number[]): CslDate {
  return {'date-parts': [parts]}
}

function fullDate(rng: Rng, from: number, to: number): CslDate {
  return dateOf([year(rng, from, to), rng.int(1, 12), rng.int(1, 28)])
}

/** A publication date: mostly a year, sometimes a range, a season or `circa`. */
function publicationDate(rng: Rng, from = 1950, to = 2023): CslDate {
  const y = year(rng, from, to)
  return rng.weighted<CslDate>([
    [dateOf([y]), 90],
    [{'date-parts': [[y], [y + rng.int(1, 6)]]}, 3],
    [{'date-parts': [[y]], season: rng.int(1, 4)}, 2],
    [{'date-parts': [[y]], circa: true}, 1],
    [dateOf([y, rng.int(1, 12)]), 4]
  ])
}

function pageRange(rng: Rng): string {
  if (rng.chance(0.03)) return `${roman(rng.int(1, 12))}-${roman(rng.int(13, 40))}`
  const start = rng.int(1, 600)
  return `${start}-${start + rng.int(1, 45)}`
}

export function roman(value: number): string {
  const table: Array<[number, string]> = [
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i']
  ]
  let rest = value
  let out = ''
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      out += letters
      rest -= amount
    }
  }
  return out
}

/** Fills `{n}` (up to four digits), `{m}` (up to three), `{yr}` (two-digit year), `{yr4}`. */
export function fillNumbers(rng: Rng, pattern: string): string {
  return pattern
    .replace(/\{n\}/g, () => String(rng.int(1, 9999)))
    .replace(/\{m\}/g, () => String(rng.int(1, 400)))
    .replace(/\{yr\}/g, () => String(rng.int(0, 99)).padStart(2, '0'))
    .replace(/\{yr4\}/g, () => String(rng.int(1950, 2022)))
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 7)
    .join('-')
}

function siteUrl(rng: Rng, site: Website, title: string): string {
  const path = rng.pick(site.paths)
  const scheme = rng.chance(0.9) ? 'https' : 'http'
  const base = `${scheme}://${site.host}${path === '' ? '' : `/${path}`}`
  return rng.weighted<string>([
    [`${base}/${slug(title)}/`, 4],
    [`${base}/${slug(title)}`, 3],
    [`${base}/${slug(title)}.html`, 2],
    [`${base}/${rng.int(1000, 999999)}`, 2],
    [`${base}/?p=${rng.int(100, 99999)}`, 1],
    [`${base}/${slug(title)}-${rng.int(100, 99999)}.pdf`, 1]
  ])
}

function itemLang(rng: Rng, lang: Lang): Lang {
  return rng.weighted<Lang>([[lang, 65], ...LANGS.map((other): [Lang, number] => [other, other === lang ? 0 : other === 'en' ? 20 : 4])])
}

function names(people: Person[]): CslName[] {
  return people.map((person) => person.name)
}

/** Authors of a new work: sometimes the same people as an earlier work of the document. */
function authorsFor(context: ItemContext, lang: Lang): Person[] {
  const {rng, earlierAuthors} = context
  if (earlierAuthors.length > 0 && rng.chance(0.2)) return rng.pick(earlierAuthors)
  return makePeople(rng, lang, authorCount(rng))
}

function publisher(context: ItemContext, lang: Lang): {publisher: string; 'publisher-place': string} | {publisher: string} | {'publisher-place': string} {
  const {rng, harvest} = context
  if (harvest !== undefined && rng.chance(0.15)) {
    const place = rng.chance(0.7) ? rng.pick(harvest.places) : rng.pick(PLACES[lang])
    return {publisher: rng.pick(harvest.publishers), 'publisher-place': place}
  }
  const chosen = rng.pick(PUBLISHERS[lang])
  // Italian and some older German and French books give only the place.
  if ((lang === 'it' || lang === 'fr') && rng.chance(0.2)) return {'publisher-place': chosen.place}
  return {publisher: chosen.name, 'publisher-place': chosen.place}
}

function journal(context: ItemContext, lang: Lang): string {
  const {rng, harvest} = context
  if (harvest !== undefined && rng.chance(0.25)) return rng.pick(harvest.journals)
  return rng.pick(JOURNALS[lang])
}

function withTitle(title: string, rng: Rng, lang: Lang): string {
  if (title.includes(':') || title.includes('?') || !rng.chance(0.35)) return title
  return `${title}${lang === 'fr' ? ' : ' : ': '}${makeSubtitle(rng, lang)}`
}

function base(context: ItemContext, type: ItemType, lang: Lang): CslItem {
  return {id: '', type, language: lang === 'en' ? (context.rng.chance(0.5) ? 'en-US' : 'en-GB') : lang}
}

// ---------------------------------------------------------------- item types

type Maker = (context: ItemContext) => Work

function book(context: ItemContext): Work {
  const {rng} = context
  const lang = itemLang(rng, context.lang)
  const authors = authorsFor(context, lang)
  const item: CslItem = {...base(context, 'book', lang), title: withTitle(makeTitle(rng, lang, 'book', context.harvest), rng, lang), ...publisher(context, lang), issued: publicationDate(rng, 1850)}
  if (rng.chance(0.1)) item.editor = names(authors)
  else item.author = names(authors)
  if (rng.chance(0.08)) item.edition = rng.chance(0.7) ? String(rng.int(2, 9)) : rng.pick(EDITIONS[lang])
  // Multi-volume works (`Ellery, Salt Roads of Bengal, 2:143`), more often in English.
  if (rng.chance(lang === 'en' ? 0.12 : 0.05)) item.volume = String(rng.int(1, 6))
  if (rng.chance(0.12)) {
    item['collection-title'] = makeSeriesTitle(rng, lang)
    if (rng.chance(0.6)) item['collection-number'] = String(rng.int(1, 250))
  }
  if (rng.chance(0.05)) item.translator = names(makePeople(rng, context.lang, 1))
  return {key: '', item, authors}
}

function chapter(context: ItemContext): Work {
  const {rng} = context
  const lang = itemLang(rng, context.lang)
  const authors = authorsFor(context, lang)
  const item: CslItem = {
    ...base(context, 'chapter', lang),
    author: names(authors),
    title: makeTitle(rng, lang, 'article', context.harvest),
    'container-title': withTitle(makeTitle(rng, lang, 'book', undefined), rng, lang),
    editor: names(
      makePeople(
        rng,
        lang,
        rng.weighted([
          [1, 5],
          [2, 4],
          [3, 1]
        ])
      )
    ),
    ...publisher(context, lang),
    issued: publicationDate(rng, 1900),
    page: pageRange(rng)
  }
  return {key: '', item, authors}
}

function articleJournal(context: ItemContext): Work {
  const {rng} = context
  const lang = itemLang(rng, context.lang)
  const authors = authorsFor(context, lang)
  const y = year(rng, 1900)
  const item: CslItem = {
    ...base(context, 'article-journal', lang),
    author: names(authors),
    title: withTitle(makeTitle(rng, lang, 'article', context.harvest), rng, lang),
    'container-title': journal(context, lang),
    volume: String(rng.int(1, 160)),
    issued: rng.chance(0.85) ? dateOf([y]) : dateOf([y, rng.int(1, 12)]),
    page: pageRange(rng)
  }
  if (rng.chance(0.7)) item.issue = rng.chance(0.9) ? String(rng.int(1, 12)) : `${rng.int(1, 5)}-${rng.int(6, 8)}`
  if (y > 2000 && rng.chance(0.3)) item.DOI = `10.${rng.int(1000, 9999)}/${slug(String(item['container-title'])).slice(0, 6)}.${y}.${rng.int(100, 99999)}`
  if (rng.chance(0.04)) item.URL = `https://www.jstor.org/stable/${rng.int(10000, 999999)}`
  return {key: '', item, authors}
}

function articleNewspaper(context: ItemContext): Work {
  const {rng} = context
  const lang = rng.chance(0.8) ? context.lang : itemLang(rng, context.lang)
  const authors = rng.chance(0.6) ? authorsFor(context, lang).slice(0, 2) : []
  const item: CslItem = {
    ...base(context, 'article-newspaper', lang),
    title: makeTitle(rng, lang, 'article', undefined),
    'container-title': rng.pick(NEWSPAPERS[lang]),
    issued: fullDate(rng, 1880, 2023)
  }
  if (authors.length > 0) item.author = names(authors)
  if (rng.chance(0.4)) item.page = rng.chance(0.8) ? String(rng.int(1, 40)) : `A${rng.int(1, 20)}`
  if (rng.chance(0.25)) {
    item.URL = `https://www.${slug(String(item['container-title'])).replace(/-/g, '')}.com/${year(rng, 2005)}/${rng.int(1, 12)}/${slug(String(item.title))}`
    item.accessed = fullDate(rng, 2015, 2024)
  }
  return {key: '', item, authors}
}

function articleMagazine(context: ItemContext): Work {
  const {rng} = context
  const lang = rng.chance(0.8) ? context.lang : itemLang(rng, context.lang)
  const authors = authorsFor(context, lang).slice(0, 2)
  const y = year(rng, 1920)
  const item: CslItem = {
    ...base(context, 'article-magazine', lang),
    author: names(authors),
    title: makeTitle(rng, lang, 'article', undefined),
    'container-title': rng.pick(MAGAZINES[lang]),
    issued: rng.weighted<CslDate>([
      [fullDate(rng, y, y), 5],
      [dateOf([y, rng.int(1, 12)]), 3],
      [{'date-parts': [[y]], season: rng.int(1, 4)}, 1]
    ])
  }
  if (rng.chance(0.3)) item.issue = String(rng.int(1, 52))
  if (rng.chance(0.5)) item.page = pageRange(rng)
  return {key: '', item, authors}
}

function manuscriptTitle(rng: Rng, lang: Lang, writer: Person | undefined): string {
  const date = fullDate(rng, 1500, 1990)['date-parts']?.[0] ?? [1900, 1, 1]
  const [y = 1900, m = 1, d = 1] = date
  const month = MONTHS[lang][m - 1] ?? ''
  const written = lang === 'de' ? `${d}. ${month} ${y}` : lang === 'es' ? `${d} de ${month} de ${y}` : lang === 'en' ? `${d} ${month} ${y}` : `${d} ${month} ${y}`
  const person = (p: Person | undefined): string => {
    const name = p?.name ?? makePerson(rng, lang).name
    return name.literal ?? [name.given, name['non-dropping-particle'] ?? name['dropping-particle'], name.family].filter(Boolean).join(' ')
  }
  return rng.pick(MANUSCRIPT_TITLES[lang]).replace('{a}', person(writer)).replace('{b}', person(undefined)).replace('{d}', written)
}

function manuscript(context: ItemContext): Work {
  const {rng} = context
  const lang = rng.chance(0.85) ? context.lang : itemLang(rng, context.lang)
  const archive = rng.pick(ARCHIVES[lang])
  const writer = rng.chance(0.4) ? makePerson(rng, nameOrigin(rng, lang)) : undefined
  const item: CslItem = {
    ...base(context, 'manuscript', lang),
    title: manuscriptTitle(rng, lang, writer),
    archive: archive.name,
    archive_location: fillNumbers(rng, rng.pick(archive.callNumbers))
  }
  const issued = rng.weighted<CslDate | undefined>([
    [fullDate(rng, 1500, 1990), 80],
    [dateOf([year(rng, 1500, 1990), rng.int(1, 12)]), 10],
    [undefined, 10]
  ])
  if (issued !== undefined) item.issued = issued
  if (rng.chance(0.6)) item['archive-place'] = archive.place
  if (rng.chance(0.1)) item.medium = rng.pick(MEDIA[lang])
  if (writer !== undefined) item.author = [writer.name]
  return {key: '', item, authors: writer === undefined ? [] : [writer]}
}

function webpage(context: ItemContext): Work {
  const {rng} = context
  const lang = rng.chance(0.8) ? context.lang : itemLang(rng, context.lang)
  const site = rng.pick(WEBSITES[lang])
  const title = makeTitle(rng, lang, 'article', undefined)
  const item: CslItem = {...base(context, 'webpage', lang), title, 'container-title': site.name, URL: siteUrl(rng, site, title)}
  let authors: Person[] = []
  const who = rng.weighted<'person' | 'organization' | 'none'>([
    ['person', 30],
    ['organization', site.organization === undefined ? 0 : 25],
    ['none', 45]
  ])
  if (who === 'person')
    authors = makePeople(
      rng,
      lang,
      rng.weighted([
        [1, 8],
        [2, 2]
      ])
    )
  if (who === 'organization' && site.organization !== undefined) authors = [{name: {literal: site.organization}, gender: 'female'}]
  if (authors.length > 0) item.author = names(authors)
  if (rng.chance(0.5)) item.issued = fullDate(rng, 2000, 2023)
  if (rng.chance(0.8)) item.accessed = fullDate(rng, 2015, 2024)
  return {key: '', item, authors}
}

function postWeblog(context: ItemContext): Work {
  const {rng} = context
  const lang = rng.chance(0.8) ? context.lang : itemLang(rng, context.lang)
  const blog = rng.pick(BLOGS[lang])
  const authors = authorsFor(context, lang).slice(0, 2)
  const title = withTitle(makeTitle(rng, lang, 'article', undefined), rng, lang)
  const item: CslItem = {...base(context, 'post-weblog', lang), author: names(authors), title, 'container-title': blog.name, URL: siteUrl(rng, blog, title), issued: fullDate(rng, 2008, 2023)}
  if (rng.chance(0.5)) item.accessed = fullDate(rng, 2015, 2024)
  return {key: '', item, authors}
}

function software(context: ItemContext): Work {
  const {rng} = context
  const entry = rng.pick(SOFTWARE)
  const authors: Person[] = entry.authors.map((name) => ({name: {...name}, gender: 'male'}))
  const item: CslItem = {...base(context, 'software', 'en'), author: names(authors), title: entry.title, version: rng.pick(entry.versions), URL: entry.url, issued: dateOf([year(rng, 2015, 2024)])}
  if (entry.publisher !== undefined && rng.chance(0.8)) item.publisher = entry.publisher
  if (entry.genre !== undefined && rng.chance(0.6)) item.genre = entry.genre
  if (rng.chance(0.2)) item.accessed = fullDate(rng, 2018, 2024)
  return {key: '', item, authors}
}

function dataset(context: ItemContext): Work {
  const {rng} = context
  const lang = rng.chance(0.7) ? context.lang : 'en'
  const repository = rng.pick(DATA_REPOSITORIES)
  const authors = rng.chance(0.5) ? [makeOrganization(rng, lang)] : makePeople(rng, lang, rng.int(1, 4))
  const y = year(rng, 2005, 2024)
  const item: CslItem = {
    ...base(context, 'dataset', lang),
    author: names(authors),
    title: rng.pick(DATASET_TITLES[lang]),
    publisher: repository.name,
    issued: dateOf([y]),
    DOI: `${repository.doiPrefix}${repository.doiPrefix.endsWith('/') ? slug(String(rng.int(1000, 9999))).toUpperCase() + String(rng.int(10, 99)) : rng.int(1000, 9999999)}`
  }
  if (repository.place !== undefined && rng.chance(0.5)) item['publisher-place'] = repository.place
  if (rng.chance(0.4)) item.version = rng.pick(['1.0', '2.0.0', '3.1', `v${rng.int(1, 9)}`])
  return {key: '', item, authors}
}

function thesis(context: ItemContext): Work {
  const {rng} = context
  const lang = itemLang(rng, context.lang)
  const authors = makePeople(rng, lang, 1)
  const university = rng.pick(UNIVERSITIES[lang])
  const item: CslItem = {
    ...base(context, 'thesis', lang),
    author: names(authors),
    title: withTitle(makeTitle(rng, lang, 'book', context.harvest), rng, lang),
    genre: rng.pick(THESIS_GENRES[lang]),
    publisher: university.name,
    issued: dateOf([year(rng, 1960)])
  }
  if (rng.chance(0.6)) item['publisher-place'] = university.place
  if (rng.chance(0.1)) item.URL = `https://${slug(university.name).split('-').slice(0, 2).join('')}.edu/handle/${rng.int(1000, 99999)}`
  return {key: '', item, authors}
}

function report(context: ItemContext): Work {
  const {rng} = context
  const lang = rng.chance(0.7) ? context.lang : itemLang(rng, context.lang)
  const series = rng.pick(REPORT_SERIES[lang])
  const authors = rng.chance(0.7) ? authorsFor(context, lang).slice(0, 4) : [{name: {literal: series.publisher}, gender: 'female' as const}]
  const item: CslItem = {
    ...base(context, 'report', lang),
    author: names(authors),
    title: withTitle(makeTitle(rng, lang, 'article', context.harvest), rng, lang),
    'collection-title': series.series,
    number: fillNumbers(rng, series.number),
    publisher: series.publisher,
    'publisher-place': series.place,
    issued: rng.chance(0.7) ? dateOf([year(rng, 1990)]) : dateOf([year(rng, 1990), rng.int(1, 12)])
  }
  if (rng.chance(0.5)) item.genre = series.genre
  if (rng.chance(0.2)) item.URL = `https://www.${slug(series.publisher).split('-')[0] ?? 'org'}.org/publications/${slug(String(item.title))}.pdf`
  return {key: '', item, authors}
}

function legislation(context: ItemContext): Work {
  const {rng} = context
  const lang = context.lang
  const statute = rng.pick(STATUTES[lang])
  const parts = [statute.year, statute.month, statute.day].filter((part): part is number => part !== undefined)
  const item: CslItem = {...base(context, 'legislation', lang), title: statute.title, 'container-title': statute.gazette, issued: dateOf(parts)}
  if (statute.volume !== undefined) item.volume = statute.volume
  if (statute.number !== undefined) item.number = statute.number
  if (rng.chance(0.6)) item.page = String(rng.int(1, 3000))
  return {key: '', item, authors: []}
}

function legalCase(context: ItemContext): Work {
  const {rng} = context
  const lang = context.lang
  const court = rng.pick(COURTS[lang])
  const y = year(rng, 1900)
  const item: CslItem = {...base(context, 'legal_case', lang), authority: court.authority, 'container-title': court.reporter, issued: rng.chance(0.6) ? fullDate(rng, y, y) : dateOf([y])}
  if (court.parties) {
    const versus = lang === 'en' ? (court.reporter === 'U.S.' ? ' v. ' : ' v ') : ' c. '
    const party = (): string =>
      rng.chance(0.3) ? rng.pick(['Commissioners of Customs', 'State of Ohio', 'Board of Education', 'Ville de Paris', 'Société Générale']) : (makePerson(rng, lang).name.family ?? 'Smith')
    item.title = `${party()}${versus}${party()}`
  } else {
    item.title = `${court.authority}, ${rng.pick(court.genre ?? DECISIONS[lang])} ${fillNumbers(rng, court.docket)}`
  }
  if (court.docket !== '') item.number = fillNumbers(rng, court.docket)
  item.volume = String(rng.int(1, 400))
  item.page = String(rng.int(1, 1200))
  if (court.genre !== undefined) item.genre = rng.pick(court.genre)
  return {key: '', item, authors: []}
}

function entryEncyclopedia(context: ItemContext): Work {
  const {rng} = context
  const lang = context.lang
  const encyclopedia = rng.pick(ENCYCLOPEDIAS[lang])
  const person = makePerson(rng, lang).name
  const title = rng.chance(0.5) ? rng.pick(ENTRY_TOPICS[lang]) : [person.given, person.family].filter(Boolean).join(' ')
  const item: CslItem = {...base(context, 'entry-encyclopedia', lang), title, 'container-title': encyclopedia.title}
  let authors: Person[] = []
  if (!encyclopedia.wiki) {
    authors = makePeople(rng, lang, 1)
    item.author = names(authors)
  }
  if (encyclopedia.url !== undefined && (encyclopedia.wiki === true || rng.chance(0.6))) {
    item.URL = encyclopedia.url.replace('{slug}', encyclopedia.wiki === true ? title.replace(/ /g, '_') : slug(title)).replace('{n}', String(rng.int(10000, 99999)))
    item.accessed = fullDate(rng, 2015, 2024)
    if (rng.chance(0.4)) item.issued = fullDate(rng, 2010, 2023)
  } else {
    if (encyclopedia.publisher !== undefined) Object.assign(item, {publisher: encyclopedia.publisher.name, 'publisher-place': encyclopedia.publisher.place})
    item.volume = String(rng.int(1, 99))
    item.issued = dateOf([year(rng, 1960)])
    item.page = pageRange(rng)
  }
  return {key: '', item, authors}
}

function paperConference(context: ItemContext): Work {
  const {rng} = context
  const lang = itemLang(rng, context.lang)
  const authors = authorsFor(context, lang)
  const conference = rng.pick(CONFERENCES[lang])
  const y = year(rng, 1990)
  const item: CslItem = {...base(context, 'paper-conference', lang), author: names(authors), title: makeTitle(rng, lang, 'article', context.harvest), issued: dateOf([y])}
  if (rng.chance(0.5)) {
    const proceedings = {en: 'Proceedings of the', de: 'Tagungsband', fr: 'Actes du', es: 'Actas del', it: 'Atti del'}[lang]
    Object.assign(item, {'container-title': `${proceedings} ${conference} ${y}`, ...publisher(context, lang), page: pageRange(rng)})
  } else {
    Object.assign(item, {'event-title': conference, 'event-place': rng.pick(PLACES[lang])})
    if (rng.chance(0.6)) item.issued = fullDate(rng, y, y)
  }
  return {key: '', item, authors}
}

function interview(context: ItemContext): Work {
  const {rng} = context
  const lang = context.lang
  const authors = makePeople(rng, lang, 1)
  const item: CslItem = {...base(context, 'interview', lang), author: names(authors), interviewer: names(makePeople(rng, lang, 1)), issued: fullDate(rng, 1950, 2023)}
  if (rng.chance(0.4)) item.title = makeTitle(rng, lang, 'article', undefined)
  if (rng.chance(0.4)) item.medium = rng.pick(RECORDINGS[lang])
  if (rng.chance(0.3)) {
    const archive = rng.pick(ARCHIVES[lang])
    Object.assign(item, {archive: archive.name, archive_location: fillNumbers(rng, rng.pick(archive.callNumbers))})
  }
  return {key: '', item, authors}
}

function speech(context: ItemContext): Work {
  const {rng} = context
  const lang = context.lang
  const authors = makePeople(rng, lang, 1)
  const event = rng.pick(SPEECH_EVENTS[lang])
  const item: CslItem = {
    ...base(context, 'speech', lang),
    author: names(authors),
    title: makeTitle(rng, lang, 'article', undefined),
    'event-title': event.event,
    'event-place': event.place,
    issued: fullDate(rng, 1870, 2023)
  }
  return {key: '', item, authors}
}

export const MAKERS: Record<ItemType, Maker> = {
  book,
  chapter,
  'article-journal': articleJournal,
  'article-newspaper': articleNewspaper,
  'article-magazine': articleMagazine,
  manuscript,
  webpage,
  'post-weblog': postWeblog,
  software,
  dataset,
  thesis,
  report,
  legislation,
  legal_case: legalCase,
  'entry-encyclopedia': entryEncyclopedia,
  'paper-conference': paperConference,
  interview,
  speech
}

/**
 * The works a document cites, with keys `w1`, `w2`, … `area` (an area
 * document's own kinds of works, `area.ts`, or a bibliography-style
 * document's, `bibnotes.ts`) makes a share `area.share` of them; the others
 * are of the types of `weights` (by default the profile's).
 */
export function makeWorks(
  rng: Rng,
  lang: Lang,
  profile: Profile,
  count: number,
  harvest: Harvest | undefined,
  area?: {share: number; make: (context: ItemContext) => Work},
  weights: ReadonlyArray<readonly [ItemType, number]> = TYPE_WEIGHTS[profile]
): Work[] {
  const works: Work[] = []
  const context: ItemContext = {rng, lang, harvest, earlierAuthors: []}
  for (let index = 0; index < count; index++) {
    const own = area !== undefined && rng.chance(area.share)
    const work = own ? area.make(context) : MAKERS[rng.weighted(weights)](context)
    if (!own) withShortTitle(rng, work.item)
    work.key = `w${index + 1}`
    work.item.id = work.key
    if (work.authors.length > 0 && work.authors.every((person) => person.name.literal === undefined)) context.earlierAuthors.push(work.authors)
    works.push(work)
  }
  return works
}

/** Types whose short forms (`Ellery, Salt Roads, 112`) take a short title. */
const SHORT_TITLED = new Set(['book', 'chapter', 'article-journal', 'article-magazine', 'article-newspaper', 'thesis', 'report', 'paper-conference', 'webpage', 'post-weblog'])

/**
 * A short title (`title-short`) on most works with a long title, as authors
 * enter it in Zotero: citeproc's short notes then print `Ellery, Salt Roads,
 * 112` rather than the whole title again.
 */
function withShortTitle(rng: Rng, item: CslItem): void {
  const title = item.title
  if (typeof title !== 'string' || item['title-short'] !== undefined || !SHORT_TITLED.has(item.type) || !rng.chance(0.65)) return
  const language = String(item.language ?? 'en').slice(0, 2)
  const short = makeShortTitle(rng, title, (LANGS as readonly string[]).includes(language) ? (language as Lang) : 'en')
  if (short !== title && short !== '') item['title-short'] = short
}

// ---------------------------------------------------------------- pinpoints

export interface Locator {
  locator: string
  label: string
}

/** The pinpoint of a citation of `item`, if it has one. */
export function makeLocator(rng: Rng, item: CslItem): Locator | undefined {
  const type = item.type as ItemType
  if (['webpage', 'post-weblog', 'software', 'dataset'].includes(type)) return rng.chance(0.05) ? {locator: String(rng.int(1, 12)), label: 'section'} : undefined
  if (type === 'legislation') return rng.chance(0.85) ? {locator: `${rng.int(1, 160)}${rng.chance(0.1) ? 'a' : ''}`, label: rng.chance(0.8) ? 'section' : 'paragraph'} : undefined
  if (type === 'legal_case') return rng.chance(0.7) ? {locator: String(rng.int(1, 1200)), label: rng.chance(0.7) ? 'page' : 'paragraph'} : undefined
  if (type === 'manuscript') {
    if (rng.chance(0.5)) return undefined
    const leaf = rng.int(1, 400)
    return rng.chance(0.6) ? {locator: rng.chance(0.7) ? `${leaf}${rng.pick(['r', 'v'])}` : `${leaf}r-${leaf}v`, label: 'folio'} : {locator: String(rng.int(1, 20)), label: 'page'}
  }
  if (type === 'entry-encyclopedia' && item.URL !== undefined) return undefined
  if (rng.chance(0.15)) return undefined
  return rng.weighted<Locator>([
    [{locator: String(pinpoint(rng, item)), label: 'page'}, 70],
    [{locator: pageSpan(rng, item), label: 'page'}, 12],
    [{locator: roman(rng.int(1, 30)), label: 'page'}, 2],
    [{locator: String(rng.int(1, 14)), label: 'chapter'}, 3],
    [{locator: String(rng.int(1, 12)), label: 'section'}, 2],
    [{locator: `${pinpoint(rng, item)}`, label: 'note'}, 2],
    [{locator: String(rng.int(1, 99)), label: 'paragraph'}, 1]
  ])
}

/** A page inside the item's page range when it has one. */
function pinpoint(rng: Rng, item: CslItem): number {
  const match = typeof item.page === 'string' ? /^(\d+)-(\d+)$/.exec(item.page) : null
  if (match !== null) return rng.int(Number(match[1]), Number(match[2]))
  return rng.int(1, 480)
}

function pageSpan(rng: Rng, item: CslItem): string {
  const start = pinpoint(rng, item)
  return `${start}-${start + rng.int(1, 6)}`
}

/** Family names as a hand-written back reference gives them (`Müller`, `Müller und Berg`, `Müller u. a.`). */
export function familyNames(item: CslItem): string[] {
  const list = (item.author ?? item.editor ?? []) as CslName[]
  return list.map((name) => name.literal ?? [name['non-dropping-particle'], name.family].filter(Boolean).join(' '))
}

export {shortTitle}
