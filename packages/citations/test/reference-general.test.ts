import {describe, expect, it} from 'vitest'
import type {FootnoteDefinition, Paragraph, Root} from 'mdast'
import {parseDate, parseReference, processCitations, segmentNote} from '../src/index.js'

// General rules added after reading notes beyond the dev gold, the AnyStyle
// labelled references and the real Markdown lessons (test/NOTES.md, "Reading
// notes … what real notes teach"). Every note here is written for the test.

const read = (text: string, italics: string[] = []) => parseReference(text, {allowBareTitle: true, allowOrganisation: true, italics})!

function note(n: number, text: string): FootnoteDefinition {
  return {type: 'footnoteDefinition', identifier: String(n), label: String(n), data: {number: n}, children: [{type: 'paragraph', children: [{type: 'text', value: text}]} as Paragraph]}
}
const run = (...texts: string[]) => processCitations({type: 'root', children: texts.map((t, i) => note(i + 1, t))} as Root)

describe('names in bibliography order', () => {
  it('reads lists where every name is inverted', () => {
    const r = read('Moreau, Claire, and Dubois, Henri P. "Rivers of the North," Northern Studies, Vol. 12, No. 2 (Spring 1990), 10-30')
    expect(r.item).toMatchObject({
      type: 'article-journal', title: 'Rivers of the North', 'container-title': 'Northern Studies', volume: '12', issue: '2', page: '10-30',
      author: [{family: 'Moreau', given: 'Claire'}, {family: 'Dubois', given: 'Henri P.'}]
    })
  })

  it('keeps a suffix after the given names, and et al. after an inverted first name', () => {
    expect(read('Hart, Samuel B., Jr. "Coal Prices," The Daily Ledger (May 2, 1960)').item).toMatchObject({
      title: 'Coal Prices', author: [{family: 'Hart', given: 'Samuel B.', suffix: 'Jr'}]
    })
    const r = read('Lund, Eva Di, et al. "Salt and Stone." Journal of Old Roads 8, no. 1 (2001): 3-19')
    expect(r.item).toMatchObject({title: 'Salt and Stone', 'container-title': 'Journal of Old Roads', volume: '8', author: [{family: 'Lund', given: 'Eva Di'}]})
  })

  it('reads family names with a particle or in capitals, hyphenated given names, and a role after the given names', () => {
    expect(read('Della Rosa, Anna, “Bells,” Organ Review, 7 (1980), 1–9').item.author).toEqual([{family: 'Della Rosa', given: 'Anna'}])
    expect(read('NAVA, Mica, Open Cities: Gender and Difference (Oxford: Berg, 2007)').item).toMatchObject({title: 'Open Cities: Gender and Difference', author: [{family: 'NAVA', given: 'Mica'}]})
    expect(read('Jauss, Hans-Robert, Toward a Reading (Boston: Pine, 1982)').item).toMatchObject({title: 'Toward a Reading', author: [{family: 'Jauss', given: 'Hans-Robert'}]})
    const r = read('Conati, Marcello (ed.), Encounters with Verdi (Ithaca: Cornell University Press, 1984)').item
    expect(r).toMatchObject({type: 'book', title: 'Encounters with Verdi', editor: [{family: 'Conati', given: 'Marcello'}]})
    expect(r.author).toBeUndefined()
  })

  it('ends an inverted list at the chunk that says “and”', () => {
    const r = read('Cole, Joan F., Ann Roe and John Fry. “Open Maps,” Map Letters 40, 3 (2009): 219–230')
    expect(r.item.author).toEqual([{family: 'Cole', given: 'Joan F.'}, {family: 'Roe', given: 'Ann'}, {family: 'Fry', given: 'John'}])
    expect(r.item).toMatchObject({title: 'Open Maps', 'container-title': 'Map Letters', volume: '40', issue: '3'})
  })

  it('reads a list that says “and” early and again before its last name', () => {
    const r = read('Lowry, Anne B., and Tim Ng, Sara Diaz, and Paul Orr, “Echo and Sound,” Sound Letters, 9 (2004), pp. 1–9')
    expect(r.item.author).toEqual([{family: 'Lowry', given: 'Anne B.'}, {family: 'Ng', given: 'Tim'}, {family: 'Diaz', given: 'Sara'}, {family: 'Orr', given: 'Paul'}])
    expect(r.item).toMatchObject({title: 'Echo and Sound', volume: '9', page: '1–9'})
  })
})

describe('author-date order', () => {
  it('dates the work by the year after the names', () => {
    const r = read('Hale, Thomas. 1985. “Salt Roads,” in Margaret Lowe (ed.) Trade and Empire, pp. 40-61')
    expect(r.item).toMatchObject({type: 'chapter', title: 'Salt Roads', issued: {'date-parts': [[1985]]}, 'container-title': 'Trade and Empire', author: [{family: 'Hale', given: 'Thomas'}]})
    expect(r.item.editor).toHaveLength(1)
    expect(read('K. Sato (1901) "On Tides," Journal of Coastal Science, vol. 3, pages 11–20').item).toMatchObject({
      type: 'article-journal', title: 'On Tides', volume: '3', issued: {'date-parts': [[1901]]}, author: [{family: 'Sato', given: 'K.'}]
    })
  })

  it('reads an unquoted title closed by ?. before the journal, and volume: pages', () => {
    expect(read('Lind, K. (2010), Counting Votes: Are Courts Fair?. Law Review Quarterly, 12: 30-45').item).toMatchObject({
      type: 'article-journal', title: 'Counting Votes: Are Courts Fair?', 'container-title': 'Law Review Quarterly', volume: '12', page: '30-45', issued: {'date-parts': [[2010]]}
    })
  })

  it('does not take a month and year for names and a date', () => {
    // A title that ends with a month before a year is no author-date opening.
    const r = read('Report on the Harvest, March 1956, in State Archive, No. 12-3')
    expect(r.item.issued).toEqual({'date-parts': [[1956, 3]]})
    expect(r.item.author).toBeUndefined()
  })
})

describe('volume, issue and pages after the journal', () => {
  it('reads a bare volume after the journal’s comma, and volume(issue)', () => {
    expect(read('Ana Ruiz, “Bells,” Musical Quarterly, 41 (1999), pp. 5–19').item).toMatchObject({'container-title': 'Musical Quarterly', volume: '41', page: '5–19'})
    expect(read('Ana Ruiz, "Bells," Organ Review 12(3): 44-50').item).toMatchObject({'container-title': 'Organ Review', volume: '12', issue: '3', page: '44-50'})
    expect(read('Ana Ruiz, "Bells," Organ Review 7, pp. 1-9, 1980').item).toMatchObject({'container-title': 'Organ Review', volume: '7', page: '1-9'})
    expect(read('Ana Ruiz, "Bells," Organ Review 40, 3 (2009): 219–230').item).toMatchObject({'container-title': 'Organ Review', volume: '40', issue: '3'})
  })

  it('reads a year glued to the journal before volume(issue), and a date after the volume', () => {
    expect(read('Ann Lee, "Maps," J. Cartography 2020, 6(10), 110').item).toMatchObject({'container-title': 'J. Cartography', volume: '6', issue: '10', issued: {'date-parts': [[2020]]}})
    expect(read('Ann Lee, "Maps," Annals of Maps 32 (2) April 2004: 407-499').item).toMatchObject({
      'container-title': 'Annals of Maps', volume: '32', issue: '2', issued: {'date-parts': [[2004, 4]]}, page: '407-499'
    })
  })

  it('reads `vol. 87, 1990` as the volume and the year', () => {
    const r = read('L. Hale, "Trees," Journal of Woods, vol. 87, 1990')
    expect(r.item).toMatchObject({volume: '87', issued: {'date-parts': [[1990]]}})
    expect(r.locator).toBeNull()
  })

  it('reads the article’s pages then a pinpoint after a period, and a URL after them', () => {
    const r = read('Roe, Ann. "Trees and Law" Forest Letters 38.1 (2011): 105-123. 114. https://example.org/roe.pdf')
    expect(r.item).toMatchObject({type: 'article-journal', 'container-title': 'Forest Letters', volume: '38', issue: '1', page: '105-123', URL: 'https://example.org/roe.pdf'})
    expect(r.locator).toBe('114')
  })

  it('reads a newspaper’s section page after the date', () => {
    const r = read('Tom Fry, “Ports Reopen,” Harbor Times, March 3, 1999, B12')
    expect(r.item).toMatchObject({type: 'article-newspaper', 'container-title': 'Harbor Times', issued: {'date-parts': [[1999, 3, 3]]}})
    expect(r.locator).toBe('B12')
    expect(read('Tom Fry, “Ports Reopen,” Harbor Times, March 3, 1999, B12–B13, longer version').item).toMatchObject({'container-title': 'Harbor Times', page: 'B12–B13'})
  })

  it('keeps a volume:page pinpoint after an imprint', () => {
    const r = read('Jean Roy, Notes on Rivers, 3 vols. (Paris: Sel, 1959–73), 2:640')
    expect(r.locator).toBe('2:640')
  })
})

describe('books, editors and roles', () => {
  it('keeps the container’s commas up to its imprint', () => {
    expect(read('Lu Chen, “Ink,” in Paper, Print, and Power (Boston: Beacon, 2001), 3–9').item).toMatchObject({
      type: 'chapter', 'container-title': 'Paper, Print, and Power', publisher: 'Beacon', 'publisher-place': 'Boston'
    })
  })

  it('reads names followed by their role, and the number of volumes', () => {
    const r = read('Marsh, Helen, Old Letters, Rob Kent (ed.), 2 vols. (Leeds: Tern Press, 1977)')
    expect(r.item).toMatchObject({type: 'book', title: 'Old Letters', editor: [{family: 'Kent', given: 'Rob'}], 'number-of-volumes': '2', publisher: 'Tern Press'})
    expect(r.item['container-title']).toBeUndefined()
    expect(read('Vogel, Karl, The Long Winter, Mary Holt (trans.) (Boston: Pine, 1990)').item).toMatchObject({title: 'The Long Winter', translator: [{family: 'Holt', given: 'Mary'}]})
  })

  it('reads editors and the book in one chunk after “in”', () => {
    expect(read('Frank Pell, “A Study,” in Ida Moss and Ray Lund (eds.) The Great Reader, pp. 4-9').item).toMatchObject({
      type: 'chapter', 'container-title': 'The Great Reader', editor: [{family: 'Moss', given: 'Ida'}, {family: 'Lund', given: 'Ray'}]
    })
    expect(read('Frank Pell, “A Study,” in Ida Moss and Ray Lund, eds. The Great Reader: Essays (Boston: Pine, 2005), 4-9').item).toMatchObject({
      type: 'chapter', 'container-title': 'The Great Reader: Essays', editor: [{family: 'Moss', given: 'Ida'}, {family: 'Lund', given: 'Ray'}]
    })
  })

  it('reads series, edition and editors before the imprint inside its parenthesis', () => {
    expect(read('Hale, J., Salt and Law (Old Texts Series 140; Sheffield: Pine, 1993)').item).toMatchObject({
      type: 'book', title: 'Salt and Law', 'collection-title': 'Old Texts Series', 'collection-number': '140', 'publisher-place': 'Sheffield', publisher: 'Pine', issued: {'date-parts': [[1993]]}
    })
    expect(read('Hale, J., Salt and Law (2nd ed.; Leeds: Pine, 1987)').item).toMatchObject({edition: '2', 'publisher-place': 'Leeds'})
    expect(read('Hale, J., “Salt,” in Old Roads (ed. Ann Roe; Boston: Pine, 1991), pp. 3-9').item).toMatchObject({
      type: 'chapter', 'container-title': 'Old Roads', editor: [{family: 'Roe', given: 'Ann'}], publisher: 'Pine'
    })
  })

  it('keeps a company suffix with the publisher', () => {
    expect(read('Dunn, Peter. Data Work. Acme Media, Inc., 2020: 14', ['Data Work']).item).toMatchObject({title: 'Data Work', publisher: 'Acme Media, Inc.'})
  })

  it('reads the place of a presentation, and a date right after the closing quotation mark', () => {
    const r = read('Ann Lee et Tom Fry, « Cartes », article présenté lors de la conférence Cartes 2022, Lyon, 27 juillet 2022')
    expect(r.item).toMatchObject({type: 'paper-conference', 'event-title': 'conférence Cartes 2022', 'event-place': 'Lyon', issued: {'date-parts': [[2022, 7, 27]]}})
    expect(r.item['container-title']).toBeUndefined()
    expect(read('Ann Lee. « Cartes anciennes ». 2022. https://example.org/cartes').item).toMatchObject({title: 'Cartes anciennes', issued: {'date-parts': [[2022]]}, URL: 'https://example.org/cartes'})
  })

  it('reads a conference paper', () => {
    const r = read('Ann Lee, "Maps," (paper presented at the Annual Meeting of the Map Society, Online, July 5 2020): 12')
    expect(r.item).toMatchObject({type: 'paper-conference', title: 'Maps', 'event-title': 'Annual Meeting of the Map Society, Online'})
    expect(r.item.note).toBeUndefined()
  })
})

describe('short forms', () => {
  it('reads names alone with a bare pinpoint, with et al. (and the misspelt et. al.)', () => {
    expect(read('Rowe and Hill, 122')).toMatchObject({form: 'short', locator: '122', shortNames: ['Rowe', 'Hill']})
    expect(read('Jian Wu et al., 9')).toMatchObject({form: 'short', locator: '9', shortNames: ['Wu']})
    expect(read('Roe et. al., 74')).toMatchObject({form: 'short', locator: '74', shortNames: ['Roe']})
    // A year first is the tail of an imprint, not a pinpoint.
    expect(parseReference('Acme, 2021, 351–66')).toBeUndefined()
  })

  it('reads every author by family name, a quoted title and a pinpoint as a short form', () => {
    const r = read('Leclerc, Simon, Roux, Petit. « Les cartes anciennes », 12')
    expect(r).toMatchObject({form: 'short', locator: '12', shortNames: ['Leclerc', 'Simon', 'Roux', 'Petit'], shortTitle: 'Les cartes anciennes'})
  })

  it('resolves those short forms to the work cited in full', () => {
    const {notes} = run(
      'Marie Leclerc, Paul Simon, Anne Roux, et Luc Petit. « Les cartes anciennes ». In Atlas et société, dirigé par Jean Petit, et Lise Marc. 10-20. Paris : Belin, 2019.',
      'Jian Wu et al., "Deep Maps," Geo Review 3, no. 1 (2020): 5.',
      'Leclerc, Simon, Roux, Petit. « Les cartes anciennes », 12.',
      'Jian Wu et al., 9.'
    )
    const refs = notes.map((n) => n.citations.map((c) => [c.form, c.ref]))
    expect(refs[2]).toEqual([['short', refs[0]![0]![1]]])
    expect(refs[3]).toEqual([['short', refs[1]![0]![1]]])
  })
})

describe('sentences around names', () => {
  it('does not end a sentence after one author closed by a period before a quoted title', () => {
    const s = segmentNote('Paul R. Hale. « Le sel ». In Revue du sel, (2001): 3-9.').segments
    expect(s).toHaveLength(1)
    expect(s[0]!.start).toBe(0)
    expect(s[0]!.parsed.item).toMatchObject({type: 'chapter', title: 'Le sel', author: [{family: 'Hale', given: 'Paul R.'}]})
  })

  it('reads et al. after inverted names, and a title closed by ?. in one sentence', () => {
    expect(segmentNote('Lund, Eva Di, et al. "Salt and Stone." Journal of Old Roads 8, no. 1 (2001): 3-19.').segments).toHaveLength(1)
    const s = segmentNote('Lind, K. (2010), Counting Votes: Are Courts Fair?. Law Review Quarterly, 12: 30-45.').segments
    expect(s).toHaveLength(1)
    expect(s[0]!.parsed.item['container-title']).toBe('Law Review Quarterly')
  })

  it('reads names closed by a period after an introduction that ends with a colon', () => {
    const n = segmentNote('Pour des exemples : Roux, Anne, Paul Simon, et Luc Petit. « Cartes anciennes ». Revue des cartes 10 (2022), 5-9.')
    expect(n.segments).toHaveLength(1)
    expect(n.segments[0]!.parsed.item).toMatchObject({type: 'article-journal', title: 'Cartes anciennes', 'container-title': 'Revue des cartes', volume: '10', page: '5-9'})
    expect(n.segments[0]!.parsed.item.author).toHaveLength(3)
  })

  it('ends a sentence after a URL or DOI', () => {
    const s = segmentNote('Ann Lee, “Maps,” Geo Review 3, no. 1 (2020): 5, https://doi.org/10.1/geo.5. Tom Fry, “Ports,” Harbor Letters 2, no. 4 (2019): 7, https://doi.org/10.1/hl.7.').segments
    expect(s.map((x) => x.parsed.item.DOI)).toEqual(['10.1/geo.5', '10.1/hl.7'])
    const c = segmentNote('Ann Lee, “Maps,” Geo Review 3, no. 1 (2020): 5, https://doi.org/10.1/geo.5. Note that the maps were redrawn.')
    expect(c.segments).toHaveLength(1)
    expect(c.commentary).toBe(true)
  })

  it('reads `no 4` without its period, and a suffix after a name in natural order', () => {
    expect(read('Ann Lee, “Maps,” Geo Review 16, no 4 (2001): 5-9').item).toMatchObject({volume: '16', issue: '4'})
    expect(read('Ann Lee, John Noecker Jr, and Tom Fry, “Maps,” Geo Review 16, no. 4 (2001): 5-9').item.author).toEqual([
      {family: 'Lee', given: 'Ann'}, {family: 'Noecker', given: 'John', suffix: 'Jr'}, {family: 'Fry', given: 'Tom'}
    ])
  })

  it('reads editors closed off by a period before the page range', () => {
    const r = read('Marie Leclerc. « Les cartes ». In Atlas et société, dirigé par Jean Petit, et Lise Marc. 10-20')
    expect(r.item).toMatchObject({type: 'chapter', page: '10-20', editor: [{family: 'Petit', given: 'Jean'}, {family: 'Marc', given: 'Lise'}]})
  })

  it('keeps archival sheets in the archive location', () => {
    expect(read('“A Letter,” 3 May 1950, in AVPRF, F. 1, Op. 2, D. 3, Ll. 4–9').item.archive_location).toBe('F. 1, Op. 2, D. 3, Ll. 4–9')
  })
})

describe('dates, pages and imprints around the container', () => {
  it('reads a double issue', () => {
    expect(read('Ana Ruiz, “Bells,” Foreign Letters, January/February 2013').item).toMatchObject({'container-title': 'Foreign Letters', issued: {'date-parts': [[2013, 1], [2013, 2]]}})
    expect(parseDate('Spring/Summer, 1991')).toEqual({'date-parts': [[1991]]})
  })

  it('reads the pages after a magazine’s date, before a parenthesised year, and before the year', () => {
    expect(read('Ida Moss, “Paths,” Weekly Roads, May 17, 1976, 43').locator).toBe('43')
    expect(read('Ida Moss, "Paths," Road Letters, Vol. 24, No. 3, pp. 713-735 (1970)').item).toMatchObject({page: '713-735', volume: '24', issued: {'date-parts': [[1970]]}})
    expect(read('Ida Moss, "Paths," Road Letters 4, pp. 213-218, 1988').item).toMatchObject({page: '213-218', volume: '4', issued: {'date-parts': [[1988]]}})
  })

  it('reads the imprint sentence after the pages of a chapter', () => {
    expect(read('Hale, Thomas. 1985. “Salt Roads,” in Margaret Lowe (ed.) Trade and Empire, pp. 40-61. New York: Pine.').item).toMatchObject({
      page: '40-61', publisher: 'Pine', 'publisher-place': 'New York', 'container-title': 'Trade and Empire'
    })
  })

  it('reads editors whose last name carries the imprint, or whose marker closes several chunks', () => {
    const a = read('Ida Moss, “Paths,” in Roads and Rivers, ed. Tom Bell, Ann Roe, and Sam Fox (Boston: Pine, 2001), pp. 3–9').item
    expect(a).toMatchObject({'container-title': 'Roads and Rivers', publisher: 'Pine', 'publisher-place': 'Boston'})
    expect(a.editor).toHaveLength(3)
    const b = read('Ida Moss, “Paths,” in Tom Bell, Ann Roe, and Sam Fox (eds.), Roads and Rivers (Pine Press, 2007), pp. 3–9').item
    expect(b).toMatchObject({'container-title': 'Roads and Rivers', publisher: 'Pine Press', page: '3–9'})
    expect(b.editor).toHaveLength(3)
    expect(b.note).toBeUndefined()
  })
})
