// Pagination's guard (MAX_PAGES): pages that make no progress stop it with an error, never silently.
import {expect, test} from 'vitest'
import type {Diagnostic} from '@octavo/tree'
import {geometries} from '../src/index.js'
import {FontSet} from '../src/lib/fonts.js'
import type {LineElement} from '../src/lib/elements.js'
import {MAX_PAGES, paginate} from '../src/lib/paginate.js'
import {testFonts} from './helpers.js'

const line = (height: number, refs: string[] = []): LineElement => ({kind: 'line', height, ascent: height * 0.78, items: [], refs, keep: false})

test('a note line taller than a page: pagination stops at MAX_PAGES with an error naming it', () => {
  const geo = geometries.a4
  // The note's second line can never start a page: it is carried from page to page, which stay empty.
  const note = [line(10), line(geo.height * 2), line(10)]
  const diagnostics: Diagnostic[] = []
  const fonts = new FontSet(testFonts(), 'en')
  const result = paginate({geo, textWidth: 300, fonts, body: [line(14, ['1'])], heads: {even: '', odd: ''}, noteLines: () => note, report: (d) => diagnostics.push(d)})
  expect(result.pages).toHaveLength(MAX_PAGES + 1)
  expect(diagnostics).toEqual([{severity: 'error', message: expect.stringMatching(/^pagination stopped after 100,000 pages: the rest of the document is not printed/), source: 'render-pdf:pages'}])
})
