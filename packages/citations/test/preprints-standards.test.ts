import {readFileSync} from 'node:fs'
import {toString} from 'mdast-util-to-string'
import {describe, expect, test} from 'vitest'
import type {CslItem} from '@octavo/parser'
import {formatBibliography, restyleNotes, type RestyleNoteInput} from '../src/index.js'
import {ARXIV_ID, isPreprint, PREPRINT_WORD, STANDARD_DESIGNATION} from '../src/lib/preprints-standards.js'

const style = readFileSync(new URL('../styles/chicago-notes-bibliography.csl', import.meta.url), 'utf8')

/** Two preprints and four standards as the notes reader reads them. */
const items: CslItem[] = [
  {
    id: 'halko',
    type: 'article',
    author: [
      {family: 'Halko', given: 'Nathan'},
      {family: 'Martinsson', given: 'Per-Gunnar'},
      {family: 'Tropp', given: 'Joel A.'}
    ],
    title: 'Finding Structure with Randomness',
    number: 'arXiv:0909.4061 [Math]',
    publisher: 'arXiv',
    issued: {'date-parts': [[2009, 9, 22]]},
    URL: 'https://arxiv.org/abs/0909.4061'
  },
  {id: 'doe', type: 'article', author: [{family: 'Doe', given: 'Jane'}], title: 'Protein Folding at Scale', genre: 'preprint', publisher: 'bioRxiv', issued: {'date-parts': [[2023]]}},
  {
    id: 'iso',
    type: 'standard',
    authority: 'International Organization for Standardization',
    title: 'Identification cards – Contactless integrated circuit cards – Proximity cards',
    number: 'ISO/IEC 14443-3:2011',
    issued: {'date-parts': [[2011]]}
  },
  {
    id: 'din',
    type: 'standard',
    title: 'Qualitätsmanagementsysteme – Anforderungen',
    number: 'DIN EN ISO 9001:2015-11',
    publisher: 'Beuth',
    'publisher-place': 'Berlin',
    issued: {'date-parts': [[2015, 11]]}
  },
  {id: 'nist', type: 'standard', number: 'NIST SP 800-171', version: 'Rev. 2', status: 'Draft'},
  {
    id: 'rfc',
    type: 'standard',
    author: [
      {family: 'Fielding', given: 'R.'},
      {family: 'Nottingham', given: 'M.'},
      {family: 'Reschke', given: 'J.'}
    ],
    title: 'HTTP Semantics',
    number: 'RFC 9110',
    issued: {'date-parts': [[2022, 6]]}
  }
]

describe('preprints and standards in the Chicago style', () => {
  test('the bibliography: a preprint by its identifier (else its repository), its kind and date; a standard by its body, title, designation, imprint', () => {
    expect(formatBibliography(items, {style, format: 'text'}).trimEnd().split('\n')).toEqual([
      'Doe, Jane. “Protein Folding at Scale.” Preprint, bioRxiv, 2023.',
      'Fielding, R., M. Nottingham, and J. Reschke. HTTP Semantics. RFC 9110. June 2022.',
      'Halko, Nathan, Per-Gunnar Martinsson, and Joel A. Tropp. “Finding Structure with Randomness.” arXiv:0909.4061 [Math], September 22, 2009. https://arxiv.org/abs/0909.4061.',
      'International Organization for Standardization. Identification cards – Contactless integrated circuit cards – Proximity cards. ISO/IEC 14443-3:2011. 2011.',
      'NIST SP 800-171 Rev. 2, Draft.',
      'Qualitätsmanagementsysteme – Anforderungen. DIN EN ISO 9001:2015-11. Berlin: Beuth, November 2015.'
    ])
  })

  test('the notes: full, then short (a standard with no title by its designation)', () => {
    const notes: RestyleNoteInput[] = [...items, ...items].map((item, i) => ({
      note: i + 1,
      text: 'x',
      commentary: false,
      citations: [{ref: item.id, locator: i >= items.length ? '4' : null, label: 'page', prefix: null}]
    }))
    const restyled = restyleNotes(notes, items, {style, edition: 'cmos18'}).map((n) => toString({type: 'paragraph', children: n.children}))
    expect(restyled).toEqual([
      'Nathan Halko, Per-Gunnar Martinsson, and Joel A. Tropp, “Finding Structure with Randomness,” arXiv:0909.4061 [Math] (September 22, 2009), https://arxiv.org/abs/0909.4061.',
      'Jane Doe, “Protein Folding at Scale,” bioRxiv (preprint, 2023).',
      'Identification cards – Contactless integrated circuit cards – Proximity cards, ISO/IEC 14443-3:2011 (2011).',
      'Qualitätsmanagementsysteme – Anforderungen, DIN EN ISO 9001:2015-11 (Berlin: Beuth, November 2015).',
      'NIST SP 800-171 Rev. 2, Draft.',
      'R. Fielding, M. Nottingham, and J. Reschke, HTTP Semantics, RFC 9110 (June 2022).',
      'Halko, Martinsson, and Tropp, “Finding Structure with Randomness,” 4.',
      'Doe, “Protein Folding at Scale,” 4.',
      'Identification cards – Contactless integrated circuit cards – Proximity cards, 4.',
      'Qualitätsmanagementsysteme – Anforderungen, 4.',
      'NIST SP 800-171 Rev. 2, Draft, 4.',
      'Fielding, Nottingham, and Reschke, HTTP Semantics, 4.'
    ])
  })
})

test('an article from a bibliography file with a container prints it', () => {
  const item: CslItem = {id: 'a', type: 'article', title: 'Notes on Copying', 'container-title': 'Working Papers in Book History', publisher: 'SSRN', issued: {'date-parts': [[2019]]}}
  expect(formatBibliography([item], {style, format: 'text'}).trim()).toBe('“Notes on Copying.” Working Papers in Book History. SSRN, 2019.')
})

describe('the signs the reader goes by', () => {
  test.each([
    ['arXiv:2406.09246', '2406.09246', undefined],
    ['arXiv:0909.4061 [Math]', '0909.4061', 'Math'],
    ['arXiv :hep-ph/9911415v2 [hep-ph]', 'hep-ph/9911415v2', 'hep-ph'],
    ['arXiv: 1703.02050', '1703.02050', undefined]
  ])('ARXIV_ID: %s', (text, id, cls) => {
    const m = ARXIV_ID.exec(text)
    expect(m?.[1]).toBe(id)
    expect(m?.[2]).toBe(cls)
  })
  test.each([
    ['ISO/IEC 14443-3:2011', 'ISO/IEC 14443-3:2011', undefined],
    ['DIN EN ISO 9001:2015-11, Qualitätsmanagementsysteme', 'DIN EN ISO 9001:2015-11', undefined],
    ['NIST SP 800-171 Rev. 2', 'NIST SP 800-171', 'Rev. 2'],
    ['RFC 9110', 'RFC 9110', undefined],
    ['IEEE Std 802.11-2020', 'IEEE Std 802.11-2020', undefined],
    ['ASTM D638-14', 'ASTM D638-14', undefined]
  ])('STANDARD_DESIGNATION: %s', (text, number, revision) => {
    const m = STANDARD_DESIGNATION.exec(text)
    expect(m?.[1]).toBe(number)
    expect(m?.[2]).toBe(revision)
  })
  test('no designation in a year, a page, an ISBN, a product name', () => {
    for (const text of ['Berlin 2011, S. 9001', 'ISBN 978-3-16-148410-0', 'Windows 2000', 'p. 171']) expect(STANDARD_DESIGNATION.exec(text)?.[1], text).toBeUndefined()
  })
  test('a preprint: its repository or its kind, with no journal', () => {
    expect(isPreprint({type: 'book', publisher: 'arXiv'})).toBe(true)
    expect(isPreprint({type: 'book', genre: 'preimpresión'})).toBe(true)
    expect(isPreprint({type: 'book', publisher: 'arXiv', 'container-title': 'Physical Review D', volume: '12'})).toBe(false)
    expect(isPreprint({type: 'book', publisher: 'Suhrkamp'})).toBe(false)
    expect(PREPRINT_WORD.test('imprint')).toBe(false)
  })
})
