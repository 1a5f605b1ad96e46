import {Cite} from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import {describe, expect, test} from 'vitest'
import type {CslItem} from '@octavo/parser'
import {toBibtex} from '../src/index.js'
import {gold} from './gold-data.js'

const bib = toBibtex(gold.items)

describe('toBibtex', () => {
  test('one entry per item, keyed by the item id (hyphens kept)', () => {
    const keys = [...bib.matchAll(/^@\w+\{([^,]+),$/gm)].map((m) => m[1])
    expect(keys).toEqual(gold.items.map((item) => item.id))
  })

  test('entry types: archival documents @unpublished, reports @techreport, chapters @inbook', () => {
    expect(bib).toContain('@unpublished{cfma-118-00175-01,')
    expect(bib).toContain('@techreport{shen-xia2012,')
    expect(bib).toContain('@inbook{smith2005,')
  })

  test('archive and file number head the note (BibTeX has no archive field)', () => {
    expect(bib).toContain('note = {CFMA, 118-00175-01},')
    expect(bib).toMatch(/note = \{KTS, 5, doboz, 5\/c, 006050\/1955\. Archive given as: Hungarian Foreign Ministry Archive \(KTS\)\}/)
  })

  test('special characters are escaped so BibTeX reads them back', () => {
    const items: CslItem[] = [{id: 'x y{z}', type: 'book', title: 'Rock & Roll 100% {live} ~ 2^10 $5 #1 a_b \\ c', issued: {'date-parts': [[1999]]}}]
    const out = toBibtex(items)
    expect(out).toMatch(/^@book\{x-y-z-,$/m)
    const back = new Cite(out).data[0] as CslItem
    expect(back.title).toBe('Rock & Roll 100% {live} ~ 2^10 $5 #1 a_b \\ c')
  })

  test('a key is never empty; the citation-js label check stays on for others', async () => {
    expect(toBibtex([{id: '{}', type: 'book', title: 'T'}])).toMatch(/^@book\{--,$/m)
    const {plugins} = await import('@citation-js/core')
    expect((plugins.config.get('@bibtex') as {format: {checkLabel: boolean}}).format.checkLabel).toBe(true)
  })

  test('no items, empty output', () => {
    expect(toBibtex([])).toBe('')
  })
})
