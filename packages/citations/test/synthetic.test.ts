import {existsSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {makeHandStyle, renderHand, withLanguageNote, type HandSpec, type HandStyle} from '../train/synthetic/area.js'
import {makeBibManner, renderBib, type BibDocument, type BibManner} from '../train/synthetic/bibnotes.js'
import {generateSynthetic, type PatternStats, type SyntheticRecord} from '../train/synthetic/generate.js'
import type {CslItem, Work} from '../train/synthetic/items.js'
import {fold} from '../train/synthetic/labeling.js'
import {makePerson} from '../train/synthetic/names.js'
import {proseSentence} from '../train/synthetic/prose.js'
import {STYLE_DIR, StyleEngine} from '../train/synthetic/render.js'
import {Rng} from '../train/synthetic/rng.js'
import type {Piece} from '../train/synthetic/spanned.js'
import {contentProblems, serialize, structureProblems} from '../train/synthetic/validate.js'

// The generator of synthetic training notes (train/synthetic/README.md) needs
// Debian's CSL styles and locales; without them the test says so and skips.
const haveStyles = existsSync(`${STYLE_DIR}/chicago-fullnote-bibliography.csl`) && existsSync(`${STYLE_DIR}/../locales/locales-de-DE.xml`)

describe.skipIf(!haveStyles)('synthetic footnotes', {tags: ['slow']}, () => {
  const options = {seed: 7, documents: 9, dataDir: false} as const
  const records = generateSynthetic(options)

  test('the same seed gives the same bytes', () => {
    expect(serialize(generateSynthetic(options))).toBe(serialize(records))
  })

  test('a slice of a run gives the same records for its documents', () => {
    const alone = generateSynthetic({...options, documents: 2, offset: 5})
    expect(serialize(alone)).toBe(serialize(records.filter((record) => /^synthetic:d[56]$/.test(record.doc))))
  })

  test('records follow the corpus format: sorted, non-overlapping, trimmed spans inside their citation', () => {
    expect(records.length).toBeGreaterThan(20)
    expect(records.flatMap(structureProblems)).toEqual([])
  })

  test('every label span holds what was rendered for its variable', () => {
    expect(records.flatMap(contentProblems)).toEqual([])
  })

  test('the issued span holds the year, the author span a family name of the item', () => {
    let checked = 0
    for (const record of records) {
      for (const citation of record.citations) {
        const year = (citation.item.issued as {'date-parts'?: number[][]} | undefined)?.['date-parts']?.[0]?.[0]
        const issued = citation.labels.filter(([, , label]) => label === 'issued').map(([s, e]) => record.text.slice(s, e))
        if (year !== undefined && issued.length > 0) {
          expect(
            issued.some((text) => text.includes(String(year)) || text.includes(String(year).slice(2))),
            `${record.id}: ${issued.join(' | ')}`
          ).toBe(true)
          checked++
        }
        const families = ((citation.item.author ?? []) as Array<{family?: string; literal?: string}>).map((name) => name.family ?? name.literal ?? '')
        const author = citation.labels.find(([, , label]) => label === 'author')
        if (author !== undefined && families.length > 0 && citation.form === 'full') {
          // Folded: citeproc prints `O’Brien` for `O'Brien`.
          const text = fold(record.text.slice(author[0], author[1]))
          expect(
            families.some((family) => family.split(' ').some((part) => text.includes(fold(part)))),
            `${record.id}: ${text}`
          ).toBe(true)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(20)
  })
})

/** The labeled spans of a piece as `label=text`. */
function spans(piece: Piece): string[] {
  return (piece.cites[0]?.labels ?? []).map(([start, end, label]) => `${label}=${piece.text.slice(start, end)}`)
}

function handWork(item: {type: string; [variable: string]: unknown}, hand: HandSpec): Work {
  const full: CslItem = {...item, id: 'w1'}
  return {key: 'w1', item: full, authors: [], hand}
}

/** An American English document: `“Title,”`, `No.`, `pp.`, day month year. */
function chicago(): HandStyle {
  return {
    ...makeHandStyle(new Rng(1), 'en', 'en-US'),
    open: '“',
    close: '”',
    commaInside: true,
    dateOrder: 'dmy',
    no: 'No. ',
    nos: 'Nos. ',
    vol: 'Vol. ',
    p: 'p. ',
    pp: 'pp. ',
    esp: 'esp. ',
    dash: '–'
  }
}

// Citations that no CSL style prints, written by hand in area documents (train/synthetic/area.ts).
describe('hand-written citations of area works', () => {
  test('an archival document cited `in` an archive by acronym: the number without `No.` is the archive location, the pages the locator', () => {
    const work = handWork(
      {
        type: 'manuscript',
        title: 'Report from the Yanbian Prefectural Committee to the Jilin Provincial Committee',
        issued: {'date-parts': [[1957, 3, 16]]},
        archive: 'JPA',
        archive_location: '118-00691-04'
      },
      {kind: 'archival', acronym: 'JPA', name: 'Jilin Provincial Archives', place: 'Changchun', writing: 'in-acronym', prefix: 'No. ', pins: undefined, title: 'quoted', dateInParens: false}
    )
    const piece = renderHand(chicago(), work, {locator: '22-23', label: 'page'}, 'full')!
    expect(piece.text).toBe('“Report from the Yanbian Prefectural Committee to the Jilin Provincial Committee,” 16 March 1957, in JPA, No. 118-00691-04, pp. 22–23')
    expect(spans(piece)).toEqual([
      'title=Report from the Yanbian Prefectural Committee to the Jilin Provincial Committee',
      'issued=16 March 1957',
      'archive=JPA',
      'archive_location=118-00691-04',
      'locator=22–23'
    ])
  })

  test('a Russian archive with its full name and leaves; a body as sender', () => {
    const work = handWork(
      {
        type: 'manuscript',
        title: 'Case Briefing',
        author: [{literal: 'No. 1 Section, Asian Department'}],
        issued: {'date-parts': [[1953, 3, 23]]},
        archive: 'RGASPI',
        archive_location: 'Fond (F.) 558, Opis’ (Op.) 11, Delo (D.) 334'
      },
      {
        kind: 'archival',
        acronym: 'RGASPI',
        name: 'Rossiiskii gosudarstvennyi arkhiv sotsial’no-politicheskoi istorii',
        place: 'Moscow',
        writing: 'in-acronym-name',
        prefix: '',
        pins: {one: 'List (L.) ', many: 'Listy (Ll.) ', kind: 'listy'},
        title: 'quoted',
        dateInParens: false
      }
    )
    const piece = renderHand(chicago(), work, {locator: '134-135', label: 'page'}, 'full')!
    expect(piece.text).toBe(
      'No. 1 Section, Asian Department, “Case Briefing,” 23 March 1953, in RGASPI (Rossiiskii gosudarstvennyi arkhiv sotsial’no-politicheskoi istorii), Fond (F.) 558, Opis’ (Op.) 11, Delo (D.) 334, Listy (Ll.) 134–135'
    )
    expect(spans(piece)).toEqual([
      'author=No. 1 Section, Asian Department',
      'title=Case Briefing',
      'issued=23 March 1953',
      'archive=RGASPI',
      'archive=Rossiiskii gosudarstvennyi arkhiv sotsial’no-politicheskoi istorii',
      'archive_location=Fond (F.) 558, Opis’ (Op.) 11, Delo (D.) 334',
      'locator=134–135'
    ])
  })

  test('a document reproduced in a collection: the translation in brackets belongs to the container title, the medium is labeled', () => {
    const work = handWork(
      {
        type: 'chapter',
        author: [{literal: 'Zhou Lixin'}],
        title: 'Report on Land Reform in Yanbian',
        'original-date': {'date-parts': [[1946, 12]]},
        editor: [{literal: 'Yanbian Chaoxianzu zizhizhou dang’anguan'}],
        'container-title': 'Tudi gaige wenxian huibian [Collected Documents on Land Reform]',
        volume: '1',
        medium: 'typescript',
        issued: {'date-parts': [[1985]]},
        page: '332-333'
      },
      {kind: 'collection', lead: 'in ', shape: 'numbered'}
    )
    const piece = renderHand(chicago(), work, undefined, 'full')!
    expect(piece.text).toBe(
      'Zhou Lixin, “Report on Land Reform in Yanbian,” December 1946, in Yanbian Chaoxianzu zizhizhou dang’anguan, ed., Tudi gaige wenxian huibian [Collected Documents on Land Reform], No. 1 (typescript, 1985), pp. 332–333'
    )
    expect(spans(piece)).toEqual([
      'author=Zhou Lixin',
      'title=Report on Land Reform in Yanbian',
      'issued=December 1946',
      'editor=Yanbian Chaoxianzu zizhizhou dang’anguan',
      'container-title=Tudi gaige wenxian huibian [Collected Documents on Land Reform]',
      'volume=1',
      'medium=typescript',
      'issued=1985',
      'page=332–333'
    ])
  })

  test('a journal cited by issues with a season range; a newspaper without an article title; a report series', () => {
    const journal = handWork(
      {
        type: 'article-journal',
        author: [{family: 'Li', given: 'Danhui'}],
        title: 'Jockeying for Position: Mao and the Split, October 1961–July 1964',
        'container-title': 'Cold War History Bulletin',
        issue: '14/15',
        issued: {'date-parts': [[2003], [2004]], season: 4},
        page: '90-99'
      },
      {kind: 'journal', shape: 'nos', quotedJournal: false, esp: false}
    )
    const article = renderHand(chicago(), journal, {locator: '96', label: 'page'}, 'full')!
    expect(article.text).toBe('Danhui Li, “Jockeying for Position: Mao and the Split, October 1961–July 1964,” Cold War History Bulletin, Nos. 14/15 (Winter 2003–Spring 2004), p. 96')
    expect(spans(article)).toContain('issue=14/15')
    expect(spans(article)).toContain('issued=Winter 2003–Spring 2004')
    const paper = handWork({type: 'article-newspaper', 'container-title': 'Renmin ribao [People’s Daily]', issued: {'date-parts': [[1950, 9, 6]]}, page: '3'}, {kind: 'newspaper', shape: 'plain'})
    const news = renderHand(chicago(), paper, undefined, 'full')!
    expect(news.text).toBe('Renmin ribao [People’s Daily], 6 September 1950, p. 3')
    expect(spans(news)).toEqual(['container-title=Renmin ribao [People’s Daily]', 'issued=6 September 1950', 'page=3'])
    const report = handWork(
      {
        type: 'report',
        author: [{family: 'Kim', given: 'Donggil', 'static-ordering': true}],
        title: 'New Evidence on the Border Question',
        'collection-title': 'NKIDP e-Dossier',
        number: '11',
        publisher: 'North Korea International Documentation Project',
        'publisher-place': 'Washington, DC',
        issued: {'date-parts': [[2012, 5]]}
      },
      {kind: 'series', shape: 'bare', numberWord: true}
    )
    const dossier = renderHand(chicago(), report, undefined, 'full')!
    expect(dossier.text).toBe('Kim Donggil, “New Evidence on the Border Question,” NKIDP e-Dossier No. 11')
    expect(spans(dossier)).toEqual(['author=Kim Donggil', 'title=New Evidence on the Border Question', 'collection-title=NKIDP e-Dossier', 'number=11'])
  })

  test('`[in Korean]` after a title stays outside its label', () => {
    const text = 'Pak Myŏngnim, “Han’guk chŏnjaeng ŭi kiwŏn,” Yŏksa pip’yŏng, no. 3 (1996): 93–100'
    const at = (part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length]
    const piece: Piece = {
      text,
      italics: [],
      cites: [
        {
          start: 0,
          end: text.length,
          form: 'full',
          ref: 'w1',
          labels: [
            [...at('Pak Myŏngnim'), 'author'],
            [...at('Han’guk chŏnjaeng ŭi kiwŏn'), 'title'],
            [...at('Yŏksa pip’yŏng'), 'container-title']
          ]
        }
      ]
    }
    const noted = withLanguageNote(new Rng(3), piece, 'in Korean')
    expect(noted.text).toMatch(/^Pak Myŏngnim, “Han’guk chŏnjaeng ŭi kiwŏn [[(]in Korean[\])],” Yŏksa/)
    expect(spans(noted)).toEqual(['author=Pak Myŏngnim', 'title=Han’guk chŏnjaeng ŭi kiwŏn', 'container-title=Yŏksa pip’yŏng'])
  })

  test('citation-like commentary in five languages: a sentence, no braces left', () => {
    const rng = new Rng(5)
    for (const lang of ['en', 'de', 'fr', 'es', 'it'] as const) {
      for (let index = 0; index < 50; index++) {
        const sentence = proseSentence(rng, lang)
        expect(sentence, sentence).toMatch(/^\p{Lu}|^\d/u)
        expect(sentence, sentence).toMatch(/\.$/)
        expect(sentence, sentence).not.toMatch(/[{}]|undefined|\s{2}/)
      }
    }
  })
})

describe.skipIf(!haveStyles)('synthetic footnotes: area documents', {tags: ['slow']}, () => {
  const patterns: PatternStats = new Map()
  const records: SyntheticRecord[] = generateSynthetic({seed: 2, documents: 40, dataDir: false, patterns})

  test('area documents cite archives, collections, romanized works; commentary is partly citation-like', () => {
    const kinds = [...patterns.keys()].join('\n')
    expect(kinds).toMatch(/citation: archival/)
    expect(kinds).toMatch(/citation: roman-book/)
    expect(patterns.get('commentary sentences: citation-like (prose.ts)') ?? 0).toBeGreaterThan(20)
    expect(records.flatMap(structureProblems)).toEqual([])
    expect(records.flatMap(contentProblems)).toEqual([])
  })

  test('a translation in brackets is inside its title label; archive locations start after `No.`', () => {
    let brackets = 0
    for (const record of records) {
      for (const citation of record.citations) {
        for (const [start, end, label] of citation.labels) {
          const value = record.text.slice(start, end)
          if ((label === 'title' || label === 'container-title') && value.includes('[')) {
            brackets++
            expect(value, record.id).toMatch(/\]$|\]\)?$|\] \(\d{4}[–-]\d{4}\)$|\[[^\]]*\]/)
          }
          if (label === 'archive_location') expect(value, record.id).not.toMatch(/^(?:No\.|Nr\.|n°|núm\.|n\.º)\s/)
          // `[in Korean]` is written after the title, outside it.
          if (label === 'title') expect(value, record.id).not.toMatch(/\[(?:in Korean|in Chinese|in Russian|in Japanese)\]/)
        }
      }
    }
    expect(brackets).toBeGreaterThan(3)
  })
})

// Bibliography-style notes written by hand (train/synthetic/bibnotes.ts): German theses, inverted names joined by `;`.
describe('hand-written bibliography-style notes', () => {
  /** A German thesis manner with its choices fixed. */
  function thesisDocument(): BibDocument {
    const manner: BibManner = {
      ...makeBibManner(new Rng(1), 'de'),
      nameSep: '; ',
      shortSep: '/',
      initials: false,
      upper: false,
      afterNames: ': ',
      afterTitle: '. ',
      inWord: 'In: ',
      imprint: 'place-year',
      series: 'equals',
      seriesAtTitle: false,
      journal: 'heft',
      here: 'hier ',
      pagesInFull: true,
      f: ' f.',
      page: 'S. ',
      pages: 'S. ',
      dates: 'numeric',
      later: [['short-wie', 1]],
      laterSep: ': ',
      noteWord: 'wie Anm. ',
      ibid: 'Ebd.',
      ibidSame: 'Ebd.',
      idem: 1,
      archiveIntro: 'im Folgenden: ',
      archiveFull: false,
      archiveOrder: 'title-first',
      docDate: 'vom',
      articleQuotes: undefined,
      dash: '–'
    }
    return {manner, archives: [{name: 'Stadtarchiv Kellheim', abbr: 'StAK', calls: 'city'}], introduced: new Set(), notes: new Map()}
  }
  const hans = {family: 'Müller', given: 'Hans'}
  const book = (key: string, title: string, short: string): Work => ({
    key,
    item: {
      id: key,
      type: 'book',
      title,
      'title-short': short,
      author: [hans, {family: 'Keller', given: 'Anna'}],
      'publisher-place': 'Frankfurt am Main',
      issued: {'date-parts': [[1998]]},
      language: 'de'
    },
    authors: [
      {name: hans, gender: 'male'},
      {name: {family: 'Keller', given: 'Anna'}, gender: 'female'}
    ],
    bib: {shape: 'book'}
  })

  test('a first mention with inverted names joined by `;` (one author span), a later one with `wie Anm.`, `Ebd.`', () => {
    const document = thesisDocument()
    const work = book('w1', 'Die Stadt im Wandel', 'Stadt')
    const first = renderBib(document, new Rng(3), work, {position: 0, locator: {locator: '45-47', label: 'page'}, firstNote: 3, note: 3}, undefined)
    expect(first.text).toBe('Müller, Hans; Keller, Anna: Die Stadt im Wandel. Frankfurt am Main 1998, S. 45–47')
    expect(spans(first)).toEqual(['author=Müller, Hans; Keller, Anna', 'title=Die Stadt im Wandel', 'publisher-place=Frankfurt am Main', 'issued=1998', 'locator=45–47'])
    const later = renderBib(document, new Rng(3), work, {position: 1, locator: {locator: '50-52', label: 'page'}, firstNote: 3, note: 9}, undefined)
    expect(later.text).toBe('Müller/Keller: Stadt (wie Anm. 3), S. 50–52')
    expect(spans(later)).toEqual(['author=Müller/Keller', 'title=Stadt', 'abbrev=wie Anm. 3', 'locator=50–52'])
    expect(later.cites[0]?.form).toBe('short')
    const ibid = renderBib(document, new Rng(3), work, {position: 3, locator: {locator: '60-61', label: 'page'}, firstNote: 3, note: 10}, work)
    expect(spans(ibid)).toEqual(['abbrev=Ebd.', 'locator=60–61'])
    expect(ibid.cites[0]?.form).toBe('ibid')
    // Another work by the same authors right after: `Dies.:` and a full reference.
    const other = book('w2', 'Bürgertum und Stadtverwaltung', 'Bürgertum')
    const idem = renderBib(document, new Rng(3), other, {position: 0, locator: undefined, firstNote: 11, note: 11}, work)
    expect(idem.text).toBe('Dies.: Bürgertum und Stadtverwaltung. Frankfurt am Main 1998')
    expect(idem.cites[0]?.form).toBe('full')
  })

  test('an archival document: the archive introduced with its abbreviation, then the abbreviation alone', () => {
    const document = thesisDocument()
    const letter: Work = {
      key: 'w3',
      item: {
        id: 'w3',
        type: 'manuscript',
        title: 'Bericht des Stadtbaurats an den Magistrat',
        issued: {'date-parts': [[1879, 3, 12]]},
        archive: 'Stadtarchiv Kellheim',
        archive_location: 'Best. 12, Nr. 345'
      },
      authors: [],
      bib: {shape: 'archival', archive: 0}
    }
    const first = renderBib(document, new Rng(2), letter, {position: 0, locator: undefined, firstNote: 1, note: 1}, undefined)
    expect(first.text).toBe('Bericht des Stadtbaurats an den Magistrat vom 12.03.1879, Stadtarchiv Kellheim (im Folgenden: StAK), Best. 12, Nr. 345')
    expect(spans(first)).toEqual(['title=Bericht des Stadtbaurats an den Magistrat', 'issued=12.03.1879', 'archive=Stadtarchiv Kellheim', 'archive=StAK', 'archive_location=Best. 12, Nr. 345'])
    const untitled: Work = {key: 'w4', item: {id: 'w4', type: 'manuscript', archive: 'Stadtarchiv Kellheim', archive_location: 'Best. 12, Nr. 346'}, authors: [], bib: {shape: 'archival', archive: 0}}
    const second = renderBib(document, new Rng(2), untitled, {position: 0, locator: undefined, firstNote: 2, note: 2}, letter)
    expect(second.text).toBe('StAK, Best. 12, Nr. 346')
    expect(spans(second)).toEqual(['archive=StAK', 'archive_location=Best. 12, Nr. 346'])
  })

  test('Spanish names: mostly two family names, particles in lower case', () => {
    const rng = new Rng(11)
    const families = Array.from({length: 400}, () => makePerson(rng, 'es').name).map((name) => [name['non-dropping-particle'], name.family].filter(Boolean).join(' '))
    const double = families.filter((family) => family.split(' ').filter((word) => /^\p{Lu}/u.test(word)).length >= 2)
    expect(double.length / families.length).toBeGreaterThan(0.5)
    expect(families.some((family) => /^(?:de|del|de la|de las|de los) \p{Lu}/u.test(family))).toBe(true)
    expect(families.every((family) => !/\b(?:De|Del)\s/.test(family))).toBe(true)
  })
})

describe.skipIf(!haveStyles)('synthetic footnotes: new document kinds', {tags: ['slow']}, () => {
  test('citeproc keeps a double family name whole, in full and short notes (`García López, Historia, 50`)', () => {
    const engine = new StyleEngine('chicago-fullnote-bibliography', 'es-ES')
    const item: CslItem = {
      id: 'es1',
      type: 'book',
      title: 'Historia de la prensa en Madrid',
      'title-short': 'Historia',
      author: [{family: 'García López', given: 'Ana'}],
      publisher: 'Alianza',
      'publisher-place': 'Madrid',
      issued: {'date-parts': [[2001]]},
      language: 'es'
    }
    engine.setItems([item])
    const later = engine.cite({id: 'es1', position: 1, 'near-note': false, locator: '50', label: 'page'}, item)
    expect(later.text).toBe('García López, Historia, 50')
    expect(later.labels.map(([s, e, label]) => `${label}=${later.text.slice(s, e)}`)).toEqual(['author=García López', 'title=Historia', 'locator=50'])
  })

  test('a run has German theses, inverted-name notes with `;` inside author spans, English short notes without italics', () => {
    const patterns: PatternStats = new Map()
    const records = generateSynthetic({seed: 1, documents: 30, dataDir: false, patterns})
    const kinds = [...patterns.keys()].join('\n')
    expect(kinds).toMatch(/bibliography-style \(German thesis\)/)
    expect(kinds).toMatch(/English shortened notes/)
    const thesis = records.filter((record) => record.style === 'hand-written:de-thesis')
    expect(thesis.length).toBeGreaterThan(10)
    const semicolonAuthors = records.flatMap((record) =>
      record.citations.flatMap((citation) => citation.labels.filter(([s, e, label]) => (label === 'author' || label === 'editor') && record.text.slice(s, e).includes(';')))
    )
    expect(semicolonAuthors.length).toBeGreaterThan(3)
    expect(records.flatMap(structureProblems)).toEqual([])
    expect(records.flatMap(contentProblems)).toEqual([])
  })
})
