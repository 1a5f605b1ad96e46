import {describe, expect, test} from 'vitest'
import fc from 'fast-check'
import type {CslDate} from '@octavo/parser'
import {ACCESS_WORDS, CIRCA, DATE_ROLE_WORDS, DATE_THEN_PAGE, MORE_VENETO, NUMERIC_DATES, RANGE_SEPARATORS, UNDATED, isUndated, parseDate, readDate} from '../src/lib/dates.js'
import {MONTHS, SEASONS} from '../src/lib/lexicon.js'

describe('readDate: every rule table, on the example each entry exists for', () => {
  test.each([...NUMERIC_DATES, RANGE_SEPARATORS, MORE_VENETO, CIRCA, UNDATED])('$name ($example)', ({example, expected}) => {
    expect(readDate(example)).toEqual(expected)
  })

  test.each(DATE_ROLE_WORDS)('role words: $name ($example)', ({example, expected}) => {
    expect(readDate(example)).toEqual(expected)
  })

  test.each(DATE_ROLE_WORDS.flatMap((r) => r.words))('every role word is dropped: %s 4 March 2020', (word) => {
    expect(readDate(`${word} 4 March 2020`)).toEqual({'date-parts': [[2020, 3, 4]]})
    expect(readDate(`${word}: 2020-03-04`)).toEqual({'date-parts': [[2020, 3, 4]]})
  })

  test('access words: every access row’s words but its publication’s; no change words', () => {
    expect(ACCESS_WORDS).toEqual(expect.arrayContaining(['accessed', 'abgerufen am', 'abgerufen', 'consulté le', 'consultado el']))
    for (const word of ['published', 'posted on', 'veröffentlicht am', 'stand', 'publié le', 'publicado el', 'last modified', 'aktualisiert am']) expect(ACCESS_WORDS).not.toContain(word)
    // Each row's publication words are its own words.
    for (const row of DATE_ROLE_WORDS) for (const word of row.published ?? []) expect(row.words).toContain(word)
  })

  test.each(UNDATED.words)('no date: %s gives undefined, and isUndated says so', (word) => {
    for (const text of [word, word.toUpperCase(), `[${word}]`, `(${word}),`]) {
      expect(readDate(text)).toBeUndefined()
      expect(isUndated(text)).toBe(true)
    }
  })

  test.each(CIRCA.words)('approximate: %s 1850', (word) => {
    expect(readDate(`${word} 1850`)).toEqual({'date-parts': [[1850]], circa: true})
  })

  test.each([...MONTHS])('every month name: 12 %s 2012', (name, month) => {
    expect(readDate(`12 ${name} 2012`)).toEqual({'date-parts': [[2012, month, 12]]})
    expect(readDate(`${name} 2012`)).toEqual({'date-parts': [[2012, month]]})
  })

  test.each([...SEASONS])('every season name gives the year only (the gold convention): %s 2014', (name) => {
    expect(readDate(`${name} 2014`)).toEqual({'date-parts': [[2014]]})
  })
})

/** The cases of the brief, each with what it gives. */
const CASES: Array<[string, CslDate | undefined]> = [
  ['1998', {'date-parts': [[1998]]}],
  ['[1998]', {'date-parts': [[1998]]}],
  ['1998a', {'date-parts': [[1998]]}],
  ['c. 1850', {'date-parts': [[1850]], circa: true}],
  ['ca. 1850', {'date-parts': [[1850]], circa: true}],
  ['um 1850', {'date-parts': [[1850]], circa: true}],
  ['[1850?]', {'date-parts': [[1850]], circa: true}],
  ['n.d.', undefined],
  ['s.d.', undefined],
  ['o.J.', undefined],
  ['s.f.', undefined],
  ['sans date', undefined],
  ['May 2012', {'date-parts': [[2012, 5]]}],
  ['12 May 2012', {'date-parts': [[2012, 5, 12]]}],
  ['May 12, 2012', {'date-parts': [[2012, 5, 12]]}],
  ['May 12th, 2012', {'date-parts': [[2012, 5, 12]]}],
  ['12. Mai 2012', {'date-parts': [[2012, 5, 12]]}],
  ['1er mars 1998', {'date-parts': [[1998, 3, 1]]}],
  ['3 de marzo de 1998', {'date-parts': [[1998, 3, 3]]}],
  ['3 marzo 1998', {'date-parts': [[1998, 3, 3]]}],
  ['1º de maio de 1998', {'date-parts': [[1998, 5, 1]]}],
  ['4 maart 2020', {'date-parts': [[2020, 3, 4]]}],
  ['14 apr. 1662', {'date-parts': [[1662, 4, 14]]}],
  ['1647 maggio 30', {'date-parts': [[1647, 5, 30]]}],
  ['12.05.2012', {'date-parts': [[2012, 5, 12]]}],
  ['12.5.2012', {'date-parts': [[2012, 5, 12]]}],
  ['12. 5. 2012', {'date-parts': [[2012, 5, 12]]}],
  ['05/12/2012', {'date-parts': [[2012, 12, 5]]}],
  ['12/25/2012', {'date-parts': [[2012, 12, 25]]}],
  ['2012-05-12', {'date-parts': [[2012, 5, 12]]}],
  [
    '1966-04/1966-06',
    {
      'date-parts': [
        [1966, 4],
        [1966, 6]
      ]
    }
  ],
  [
    'April–June 1966',
    {
      'date-parts': [
        [1966, 4],
        [1966, 6]
      ]
    }
  ],
  [
    'mai-juillet 2005',
    {
      'date-parts': [
        [2005, 5],
        [2005, 7]
      ]
    }
  ],
  ['1966–1968', {'date-parts': [[1966], [1968]]}],
  ['1966--1968', {'date-parts': [[1966], [1968]]}],
  ['1966-68', {'date-parts': [[1966], [1968]]}],
  ['1935-6', {'date-parts': [[1935], [1936]]}],
  ['2011-12', {'date-parts': [[2011], [2012]]}],
  ['2012-05', {'date-parts': [[2012, 5]]}],
  [
    '9–10 May 1961',
    {
      'date-parts': [
        [1961, 5, 9],
        [1961, 5, 10]
      ]
    }
  ],
  [
    'May 9–10, 1961',
    {
      'date-parts': [
        [1961, 5, 9],
        [1961, 5, 10]
      ]
    }
  ],
  [
    '6 November–7 December 1959',
    {
      'date-parts': [
        [1959, 11, 6],
        [1959, 12, 7]
      ]
    }
  ],
  [
    'du 3 au 5 mai 1998',
    {
      'date-parts': [
        [1998, 5, 3],
        [1998, 5, 5]
      ]
    }
  ],
  [
    'vom 3. bis 5. Mai 1998',
    {
      'date-parts': [
        [1998, 5, 3],
        [1998, 5, 5]
      ]
    }
  ],
  [
    'del 3 al 5 de mayo de 1998',
    {
      'date-parts': [
        [1998, 5, 3],
        [1998, 5, 5]
      ]
    }
  ],
  ['Winter 2003–Spring 2004', {'date-parts': [[2003], [2004]]}],
  ['Winter 2003/04', {'date-parts': [[2003], [2004]]}],
  ['Winter 2014', {'date-parts': [[2014]]}],
  ['Hiver 2014', {'date-parts': [[2014]]}],
  ['Frühjahr 2014', {'date-parts': [[2014]]}],
  ['invierno de 2014', {'date-parts': [[2014]]}],
  ['autunno 2014', {'date-parts': [[2014]]}],
  ['Spring/Summer 1991', {'date-parts': [[1991]]}],
  [
    'January/February 2013',
    {
      'date-parts': [
        [2013, 1],
        [2013, 2]
      ]
    }
  ],
  ['(September) (2001)', {'date-parts': [[2001, 9]]}],
  ['accessed March 4, 2020', {'date-parts': [[2020, 3, 4]]}],
  ['zugegriffen am 4. März 2020', {'date-parts': [[2020, 3, 4]]}],
  ['consulté le 4 mars 2020', {'date-parts': [[2020, 3, 4]]}],
  ['consultado el 4 de marzo de 2020', {'date-parts': [[2020, 3, 4]]}],
  ['Monday, May 12, 2012', {'date-parts': [[2012, 5, 12]]}],
  ['accessed March 4, 2020, 10:30 am', {'date-parts': [[2020, 3, 4]]}],
  ['2020-03-04T10:30:00Z', {'date-parts': [[2020, 3, 4]]}],
  ['June2007', {'date-parts': [[2007, 6]]}],
  ['MDCCLXXX', {'date-parts': [[1780]]}],
  ['20 gennaio 1769 m. v.', {'date-parts': [[1770, 1, 20]]}]
]

describe('readDate: the cases of the brief', () => {
  test.each(CASES)('%s', (text, date) => {
    expect(readDate(text)).toEqual(date)
  })

  test('05/12/2012 is day first, month first with lang en-US; a day over 12 decides either way', () => {
    expect(readDate('05/12/2012', {lang: 'en-US'})).toEqual({'date-parts': [[2012, 5, 12]]})
    expect(readDate('25/12/2012', {lang: 'en-US'})).toEqual({'date-parts': [[2012, 12, 25]]})
    expect(readDate('12/25/2012', {lang: 'de'})).toEqual({'date-parts': [[2012, 12, 25]]})
    expect(readDate('05-12-2012')).toEqual({'date-parts': [[2012, 12, 5]]})
  })

  test('a date that does not exist, or a range that runs backwards, is kept as written (literal)', () => {
    expect(readDate('32 May 2012')).toEqual({literal: '32 May 2012'})
    expect(readDate('29 February 2013')).toEqual({literal: '29 February 2013'})
    expect(readDate('29 February 2012')).toEqual({'date-parts': [[2012, 2, 29]]})
    expect(readDate('1997/1938')).toEqual({literal: '1997/1938'})
    expect(readDate('early 1950s')).toEqual({literal: 'early 1950s'})
  })

  test('no year, no date: undefined', () => {
    for (const text of ['', '   ', 'No. 3', 'May', '12 May', 'Dec 3-6', 'Laterza']) expect(readDate(text)).toBeUndefined()
  })

  test('parseDate keeps its callers’ behaviour (no circa, no literal, no numeric dates)', () => {
    expect(parseDate('Winter 2003–Spring 2004')).toEqual({'date-parts': [[2003], [2004]]})
    expect(parseDate('32 May 2012')).toBeUndefined()
    expect(parseDate('12 maggio 2012')).toEqual({'date-parts': [[2012, 5, 12]]}) // the months of MONTHS added for it too
  })

  test('property: any text gives a date or undefined without throwing; date-parts are real dates, a range in order', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({unit: fc.constantFrom('1', '2', '9', '0', '12', '1998', '2012', ' ', '-', '–', '/', '.', ',', 'May', 'mai', 'de', 'Winter', 'c.', '?', 'n.d.', 'to', '(', ')')})
        ),
        (text) => {
          const date = readDate(text)
          for (const part of date?.['date-parts'] ?? []) {
            const [y, m, d] = part as number[]
            expect(y).toBeGreaterThanOrEqual(1000)
            if (m !== undefined) expect(m >= 1 && m <= 12).toBe(true)
            if (d !== undefined) expect(new Date(Date.UTC(y!, m! - 1, d)).getUTCDate()).toBe(d)
          }
          const parts = date?.['date-parts']
          if (parts?.length === 2) expect(String(parts[0]![0]) <= String(parts[1]![0])).toBe(true)
        }
      ),
      {numRuns: 2000}
    )
  })
})

describe('DATE_THEN_PAGE: a periodical’s date, then its page (read after a citation and inside a date span)', () => {
  const whole = new RegExp(`^${DATE_THEN_PAGE.pattern}$`, 'u')

  test('$name ($example)', () => {
    const [, date, page] = whole.exec(DATE_THEN_PAGE.example)!
    expect(readDate(date!)).toEqual(DATE_THEN_PAGE.expected)
    expect(page).toBe(DATE_THEN_PAGE.page)
  })

  test.each([
    ['September 2, 1848, 34–35', 'September 2, 1848', '34–35'],
    ['2. März 1848, 4', '2. März 1848', '4'],
    ['Sept. 1848', 'Sept. 1848', undefined],
    ['12.03.1879, 5', '12.03.1879', '5'],
    ['Monday, 2 September 1848, 2', 'Monday, 2 September 1848', '2'],
    ['lundi 4 mars 1850, 3', 'lundi 4 mars 1850', '3'],
    ['1848, 12-14', '1848', '12-14']
  ])('%s: the date %s, the page %s', (text, date, page) => {
    expect(whole.exec(text)?.slice(1)).toEqual([date, page])
    expect(readDate(date)).toBeDefined()
  })

  test.each(['1848, vol. 2', '2 September 1848, p. 2', 'Paris: Seuil, 1848, 2', '2 September 1448, 2'])('not a date then a page: %s', (text) => {
    expect(whole.test(text)).toBe(false)
  })
})
