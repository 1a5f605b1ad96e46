import {describe, expect, it} from 'vitest'
import {parseReference, parseDate, parseNames} from '../src/index.js'

describe('parseReference: Chicago notes style', () => {
  it('reads a book with a translated title and a pinpoint', () => {
    const r = parseReference('Piao Changlie, Zhongguo Chaoxianzu lishi yanjiu [A Historical Study of the Ethnic Koreans in China] (Yanji, China: Yanbian Daxue Chubanshe, 1995), pp. 1–39')!
    expect(r.form).toBe('full')
    expect(r.locator).toBe('1–39')
    expect(r.label).toBe('page')
    expect(r.item).toEqual({
      type: 'book',
      author: [{family: 'Piao', given: 'Changlie'}],
      title: 'Zhongguo Chaoxianzu lishi yanjiu',
      note: 'Translated title: A Historical Study of the Ethnic Koreans in China',
      publisher: 'Yanbian Daxue Chubanshe',
      'publisher-place': 'Yanji, China',
      issued: {'date-parts': [[1995]]}
    })
  })

  it('reads a chapter in an edited book; its page range goes to the item', () => {
    const r = parseReference('Hazel Smith, “North Koreans in China,” in Tsuneo Akaha and Anna Vassilieva, eds., Crossing National Borders (Tokyo: United Nations Press, 2005), pp. 165–190')!
    expect(r.item.type).toBe('chapter')
    expect(r.item.editor).toEqual([{family: 'Akaha', given: 'Tsuneo'}, {family: 'Vassilieva', given: 'Anna'}])
    expect(r.item['container-title']).toBe('Crossing National Borders')
    expect(r.item.page).toBe('165–190')
    expect(r.locator).toBeNull()
  })

  it('reads a journal article: volume, issue, season, esp. pinpoint', () => {
    const r = parseReference('Danhui Li and Yafeng Xia, “Jockeying for Leadership,” Journal of Cold War Studies, Vol. 16, No. 1 (Winter 2014), esp. pp. 34–37')!
    expect(r.item).toMatchObject({type: 'article-journal', volume: '16', issue: '1', 'container-title': 'Journal of Cold War Studies', issued: {'date-parts': [[2014]]}})
    expect(r.item.author).toEqual([{family: 'Li', given: 'Danhui'}, {family: 'Xia', given: 'Yafeng'}])
    expect(r.item.page).toBeUndefined()
    expect(r.locator).toBe('34–37')
  })

  it('reads an archival document as a manuscript', () => {
    const r = parseReference('“Foreign Ministry to Ministry of Public Security,” 16 March 1957, in CFMA, No. 118-00691-04, pp. 22–23')!
    expect(r.item).toEqual({
      type: 'manuscript',
      title: 'Foreign Ministry to Ministry of Public Security',
      issued: {'date-parts': [[1957, 3, 16]]},
      archive: 'CFMA',
      archive_location: '118-00691-04'
    })
    expect(r.locator).toBe('22–23')
  })

  it('keeps Russian archival sheets in the archive location', () => {
    const r = parseReference('“Cable,” 11 October 1950, in RGASPI, F. 558, Op. 11, D. 334, Ll. 134–135')!
    expect(r.item.archive).toBe('RGASPI')
    expect(r.item.archive_location).toBe('F. 558, Op. 11, D. 334, Ll. 134–135')
    expect(r.locator).toBeNull()
  })

  it('dates a document by the dates in its title, or by two dates in a row', () => {
    expect(parseReference('A. M. Puzanov’s notes from 9 to 28 April 1958, in AVPRF, F. 0102, Op. 14, D. 6')!.item.issued).toEqual({'date-parts': [[1958, 4, 9], [1958, 4, 28]]})
    expect(parseReference('“Minutes of Conversation,” 16 January 1957, 11 March 1957, in CFMA, No. 118-00691-03, p. 16')!.item.issued).toEqual({'date-parts': [[1957, 1, 16], [1957, 3, 11]]})
  })

  it('reads a working paper as a report with series and number', () => {
    const r = parseReference('Zhihua Shen and Yafeng Xia, “China and North Korea,” North Korea International Documentation Project Working Paper No. 4 (Washington DC: Woodrow Wilson International Center for Scholars, May 2012)')!
    expect(r.item).toMatchObject({type: 'report', 'collection-title': 'North Korea International Documentation Project Working Paper', number: '4', issued: {'date-parts': [[2012, 5]]}, 'publisher-place': 'Washington DC'})
  })

  it('reads a newspaper named without an article title', () => {
    const r = parseReference('Renmin ribao [People’s Daily], 6 September 1950, p. 3')!
    expect(r.item).toEqual({type: 'article-newspaper', 'container-title': 'Renmin ribao', note: 'Translated container title: People’s Daily', issued: {'date-parts': [[1950, 9, 6]]}})
    expect(r.locator).toBe('3')
  })

  it('reads organisations as literal names', () => {
    const r = parseReference('No. 1 Section, Asian Department, “Case Briefing,” 9 February 1954, in CFMA, No. 118-00249–15, pp. 104–107')!
    expect(r.item.author).toEqual([{literal: 'No. 1 Section, Asian Department'}])
    expect(r.item.title).toBe('Case Briefing')
  })

  it('reads short forms and Ibid.', () => {
    expect(parseReference('Lee, China’s Korean Minority, pp. 15–17')).toMatchObject({form: 'short', shortNames: ['Lee'], shortTitle: 'China’s Korean Minority', locator: '15–17'})
    expect(parseReference('“On Illegal Migration … (Meeting Records),” pp. 13–20')).toMatchObject({form: 'short', shortNames: [], locator: '13–20'})
    expect(parseReference('Ibid., pp. 72–76')).toMatchObject({form: 'ibid', locator: '72–76', label: 'page'})
    expect(parseReference('Ibid.')).toMatchObject({form: 'ibid', locator: null})
  })

  it('puts other locator labels in label', () => {
    expect(parseReference('Lee, China’s Korean Minority, chap. 3')).toMatchObject({locator: '3', label: 'chapter'})
    expect(parseReference('Ibid., n. 12')).toMatchObject({locator: '12', label: 'note'})
  })

  it('does not read prose as a citation', () => {
    for (const s of [
      'The PRC did not promulgate its nationality law until 1980',
      'According to the DPRK State Planning Commission, 1.078 million workers and staff registered in 1958',
      'This number is from the PRC’s Sixth National Census, conducted in 2010'
    ]) expect(parseReference(s)).toBeUndefined()
  })
})

describe('names and dates', () => {
  it.each([
    ['Sun Chunri', {family: 'Sun', given: 'Chunri'}],
    ['Zhihua Shen', {family: 'Shen', given: 'Zhihua'}],
    ['Che Zhejiu', {family: 'Che', given: 'Zhejiu'}],
    ['Chae-Jin Lee', {family: 'Lee', given: 'Chae-Jin'}],
    ['Francis C. Jones', {family: 'Jones', given: 'Francis C.'}],
    ['Kim Il Sung', {family: 'Kim', given: 'Il Sung'}],
    ['Balázs Szalontai', {family: 'Szalontai', given: 'Balázs'}]
  ])('%s', (text, name) => {
    expect(parseNames(text)?.names).toEqual([name])
  })

  it('reads et al. and lists', () => {
    expect(parseNames('Xu Mingxun et al.')).toMatchObject({etAl: true, names: [{family: 'Xu', given: 'Mingxun'}]})
    expect(parseNames('Alex Graves, Jürgen Schmidhuber, and Tom Cramer')?.names.map((n) => n.family)).toEqual(['Graves', 'Schmidhuber', 'Cramer'])
  })

  it.each([
    ['1996', [[1996]]],
    ['May 2012', [[2012, 5]]],
    ['18 June 1957', [[1957, 6, 18]]],
    ['June 18, 1957', [[1957, 6, 18]]],
    ['April–June 1966', [[1966, 4], [1966, 6]]],
    ['Winter 2003–Spring 2004', [[2003], [2004]]],
    ['9–10 May 1961', [[1961, 5, 9], [1961, 5, 10]]],
    ['(Winter 2014)', [[2014]]],
    ['6 November to 7 December 1959', [[1959, 11, 6], [1959, 12, 7]]],
    ['9 to 28 April 1958', [[1958, 4, 9], [1958, 4, 28]]]
  ])('date %s', (text, parts) => {
    expect(parseDate(text)).toEqual({'date-parts': parts})
  })

  it('rejects non-dates', () => {
    expect(parseDate('No. 3')).toBeUndefined()
    expect(parseDate('32 May 2012')).toBeUndefined()
  })
})

describe('parseReference: habits of other notes', () => {
  it('reads `edited by` lists and an imprint without parentheses', () => {
    const r = parseReference('Sven Meyer zu Eissen and Benno Stein, “Intrinsic Plagiarism Detection,” in ECIR 2006, edited by Mounia Lalmas, Andy MacFarlane, and Stefan Rüger, Berlin, Heidelberg: Springer, 2006, pp. 565–69')!
    expect(r.item).toMatchObject({type: 'chapter', 'container-title': 'ECIR 2006', publisher: 'Springer', 'publisher-place': 'Berlin, Heidelberg', page: '565–69'})
    expect(r.item.editor?.map((n) => n.family)).toEqual(['Lalmas', 'MacFarlane', 'Rüger'])
  })

  it('reads Chicago journal volume and pages after the date, and bibliography order', () => {
    const r = parseReference('Underwood, Ted. “The Life Cycles of Genres.” Journal of Cultural Analytics 2, no. 2 (May 23, 2016): 5–9')!
    expect(r.item).toMatchObject({type: 'article-journal', title: 'The Life Cycles of Genres', author: [{family: 'Underwood', given: 'Ted'}], 'container-title': 'Journal of Cultural Analytics', volume: '2', issue: '2', page: '5–9'})
  })

  it('reads French guillemets and `et`', () => {
    const r = parseReference('Stuart Snydman, Robert Sanderson, et Tom Cramer. « The International Image Interoperability Framework ». Archiving Conference, 2015, 16‑21')!
    expect(r.item.author?.map((n) => n.family)).toEqual(['Snydman', 'Sanderson', 'Cramer'])
    expect(r.item.title).toBe('The International Image Interoperability Framework')
  })
})

describe('parseReference: Chicago 17 habits', () => {
  it('reads `ed.` and `trans.` after a title, volumes, abbreviated year ranges, volume:page pinpoints', () => {
    expect(parseReference('Jane Doe, “The Chapter,” in The Big Book, ed. John Smith and Ann Lee (Chicago: University of Chicago Press, 2010), 45–47')!.item).toMatchObject({
      type: 'chapter', 'container-title': 'The Big Book', editor: [{family: 'Smith', given: 'John'}, {family: 'Lee', given: 'Ann'}], page: '45–47'
    })
    expect(parseReference('Leo Tolstoy, War and Peace, trans. Ann Dunnigan (New York: Signet, 1968), 12')!.item).toMatchObject({
      type: 'book', title: 'War and Peace', translator: [{family: 'Dunnigan', given: 'Ann'}], publisher: 'Signet'
    })
    const p = parseReference('Paul Pelliot, Notes on Marco Polo, 3 vols. (Paris: Imprimerie nationale, 1959–73), 2:640')!
    expect(p.item).toMatchObject({title: 'Notes on Marco Polo', 'number-of-volumes': '3', issued: {'date-parts': [[1959], [1973]]}})
    expect(p.locator).toBe('2:640')
  })
})

describe('parseReference: theses, web pages, reprints, note pinpoints', () => {
  it.each([
    ['John Doe, “Rivers and Empire” (PhD diss., University of Chicago, 2011), 45', {type: 'thesis', genre: 'PhD diss.', publisher: 'University of Chicago', issued: {'date-parts': [[2011]]}}, '45'],
    ['“Privacy Policy,” Google, last modified March 25, 2019, https://policies.google.com/privacy', {type: 'webpage', 'container-title': 'Google', issued: {'date-parts': [[2019, 3, 25]]}, URL: 'https://policies.google.com/privacy'}, null],
    ['Carl Schmitt, Political Theology, trans. George Schwab (1922; repr., Chicago: University of Chicago Press, 2005), 5', {type: 'book', 'original-date': {'date-parts': [[1922]]}, 'publisher-place': 'Chicago', issued: {'date-parts': [[2005]]}}, '5'],
    ['Foner, “Meaning of Freedom,” 440n12', {title: 'Meaning of Freedom'}, '440n12']
  ])('%s', (text, fields, locator) => {
    const r = parseReference(text)!
    expect(r.item).toMatchObject(fields)
    expect(r.locator).toBe(locator)
  })
})

describe('parseReference: bibliography punctuation inside notes', () => {
  it('reads Names. « Title ». In Container, dirigé par A, B, et C', () => {
    const r = parseReference('Mathias Seuret, Andreas Maier, et Vincent Christlein. « ICDAR 2021 Competition on Historical Document Classification ». In Document Analysis and Recognition – ICDAR 2021, dirigé par Josep Lladós, Daniel Lopresti, et Seiichi Uchida')!
    expect(r.item).toMatchObject({
      type: 'chapter',
      title: 'ICDAR 2021 Competition on Historical Document Classification',
      'container-title': 'Document Analysis and Recognition – ICDAR 2021'
    })
    expect(r.item.author?.map((n) => n.family)).toEqual(['Seuret', 'Maier', 'Christlein'])
    expect(r.item.editor?.map((n) => n.family)).toEqual(['Lladós', 'Lopresti', 'Uchida'])
  })

  it('does not read the tail of a reference cut by a sentence end as a citation', () => {
    expect(parseReference('Springer, 2021, 351‑66')).toBeUndefined()
  })
})
