import {describe, expect, it, test} from 'vitest'
import fc from 'fast-check'
import {PAGE_ABBREVIATION, PAGE_COUNT, PAGE_EMPHASIS, PAGE_LABELS, PAGE_VALUE_RULES, readPages, type PageSpan} from '../src/lib/pages.js'

describe('readPages: every rule table, on the example each entry exists for', () => {
  test.each([...PAGE_LABELS, PAGE_EMPHASIS, ...PAGE_VALUE_RULES, PAGE_COUNT])('$name ($example)', ({example, expected}) => {
    expect(readPages(example)).toEqual(expected)
  })

  test.each(PAGE_LABELS.flatMap((rule) => rule.words.map((w) => [w, rule.label] as const)))('every label: %s 12–15 → %s', (word, label) => {
    expect(readPages(`${word} 12–15`)).toEqual({page: '12–15', label})
    expect(readPages(`${word[0]!.toUpperCase()}${word.slice(1)} 12-15.`)).toEqual({page: '12–15', label})
  })

  test.each(PAGE_EMPHASIS.words)('every emphasis word is dropped: %s pp. 12–15', (word) => {
    expect(readPages(`${word} pp. 12–15`)).toEqual({page: '12–15', label: 'page'})
  })
})

/** The cases of the brief, each with what it gives. */
const CASES: Array<[string, PageSpan]> = [
  ['pp. 12–15', {page: '12–15', label: 'page'}],
  ['pp. 12-15', {page: '12–15', label: 'page'}],
  ['12--15', {page: '12–15', label: 'page'}],
  ['12—15', {page: '12–15', label: 'page'}],
  ['12\u201115', {page: '12–15', label: 'page'}],
  ['12\u201015', {page: '12–15', label: 'page'}],
  ['S. 12 bis 15', {page: '12–15', label: 'page'}],
  ['46, 302–303', {page: '46, 302–303', label: 'page'}],
  ['pp. 20-32, 113-28, 193-206.', {page: '20–32, 113–28, 193–206', label: 'page'}],
  ['p. 5', {page: '5', label: 'page'}],
  ['S. 5', {page: '5', label: 'page'}],
  ['s. 5', {page: '5', label: 'page'}],
  ['pág. 5', {page: '5', label: 'page'}],
  ['págs. 5-7', {page: '5–7', label: 'page'}],
  ['p 5', {page: '5', label: 'page'}],
  ['p.5', {page: '5', label: 'page'}],
  ['p162-164', {page: '162–164', label: 'page'}],
  ['Seite 5', {page: '5', label: 'page'}],
  ['col. 345', {page: '345', label: 'column'}],
  ['Sp. 345', {page: '345', label: 'column'}],
  ['fol. 12r', {page: '12r', label: 'folio'}],
  ['fols. 12r-14v', {page: '12r–14v', label: 'folio'}],
  ['f. 12', {page: '12', label: 'folio'}],
  ['ff. 12–14', {page: '12–14', label: 'folio'}],
  ['c. 12v', {page: '12v', label: 'folio'}],
  ['cc. 12v-15r', {page: '12v–15r', label: 'folio'}],
  ['n. 23', {page: '23', label: 'note'}],
  ['Anm. 23', {page: '23', label: 'note'}],
  ['chap. 3', {page: '3', label: 'chapter'}],
  ['Kap. 3', {page: '3', label: 'chapter'}],
  ['cap. 3', {page: '3', label: 'chapter'}],
  ['§ 12', {page: '12', label: 'section'}],
  ['§12', {page: '12', label: 'section'}],
  ['Rn. 15', {page: '15', label: 'paragraph'}],
  ['para. 4', {page: '4', label: 'paragraph'}],
  ['vol. 2', {page: '2', label: 'volume'}],
  ['t. III', {page: 'III', label: 'volume'}],
  ['fig. 3', {page: '3', label: 'figure'}],
  // “and following” stays as written, spacing included
  ['12 f.', {page: '12 f.', label: 'page'}],
  ['S. 12 ff.', {page: '12 ff.', label: 'page'}],
  ['12ff.', {page: '12ff.', label: 'page'}],
  ['12 sq.', {page: '12 sq.', label: 'page'}],
  ['12 sqq.', {page: '12 sqq.', label: 'page'}],
  ['12 et seq.', {page: '12 et seq.', label: 'page'}],
  ['p. 63 e sgg.', {page: '63 e sgg.', label: 'page'}],
  ['12–15 passim', {page: '12–15 passim', label: 'page'}],
  // Roman numerals and prefixes stay
  ['xii–xv', {page: 'xii–xv', label: 'page'}],
  ['pp. xii-xv', {page: 'xii–xv', label: 'page'}],
  ['p. XVI.', {page: 'XVI', label: 'page'}],
  ['S4', {page: 'S4', label: 'page'}],
  ['S4-S10', {page: 'S4–S10', label: 'page'}],
  ['A12', {page: 'A12', label: 'page'}],
  ['A 12', {page: 'A 12', label: 'page'}],
  ['e123', {page: 'e123', label: 'page'}],
  ['P25-P32', {page: 'P25–P32', label: 'page'}],
  // as a labeler cuts a span
  ['p. 68).', {page: '68', label: 'page'}],
  ['[p. 2]', {page: '2', label: 'page'}],
  ['p. 248 (282).', {page: '248 (282)', label: 'page'}],
  ['pp, 136, 141', {page: '136, 141', label: 'page'}],
  ['a pag. 156,', {page: '156', label: 'page'}],
  ['hier S. 14', {page: '14', label: 'page'}]
]

describe('readPages: the cases of the brief', () => {
  test.each(CASES)('%s', (text, span) => {
    expect(readPages(text)).toEqual(span)
  })

  test('an empty span, or a label alone, gives an empty page; the first label only is read', () => {
    expect(readPages('')).toEqual({page: '', label: 'page'})
    expect(readPages('pp.')).toEqual({page: '', label: 'page'})
    expect(readPages('Sp.')).toEqual({page: '', label: 'column'})
    expect(readPages('p. 12, n. 3')).toEqual({page: '12, n. 3', label: 'page'})
  })

  test('property: any range of pages, with any dash or range word and spacing, gives an en dash', () => {
    const pageNumber = fc.oneof(fc.integer({min: 1, max: 9999}).map(String), fc.constantFrom('xii', 'xv', 'S4', 'A12', '12r', '14v'))
    const dash = fc.constantFrom('-', '--', '–', '—', '\u2010', '\u2011', '\u2212', ' - ', ' – ', ' bis ', ' to ')
    const label = fc.constantFrom('', 'p. ', 'pp. ', 'S. ', 'pág. ', 'pp.')
    fc.assert(
      fc.property(label, pageNumber, dash, pageNumber, (l, a, d, b) => {
        expect(readPages(`${l}${a}${d}${b}`)).toEqual({page: `${a}–${b}`, label: 'page'})
      }),
      {numRuns: 1000}
    )
  })

  test('property: any text gives a span without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const span = readPages(text)
        expect(typeof span.page).toBe('string')
        expect(typeof span.label).toBe('string')
      }),
      {numRuns: 1000}
    )
  })
})

describe('PAGE_ABBREVIATION: the page labels of PAGE_LABELS, for the rules after a citation', () => {
  const pattern = new RegExp(`^(?:${PAGE_ABBREVIATION})\\.$`, 'u')
  it.each(['p.', 'pp.', 'S.', 'pág.', 'págs.', 'pag.', 'Pagg.'])('%s is a page label', (label) => {
    expect(pattern.test(label)).toBe(true)
  })
  it.each(['fol.', 'Sp.', 'Anm.', 'c.', 'n.'])('%s is not', (label) => {
    expect(pattern.test(label)).toBe(false)
  })
})
