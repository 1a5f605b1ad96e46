// The text form of the page goldens (pages-text.ts) on a page made by hand: a head, a line with a note
// reference, a table row, notes continued and started, the folio.
import {expect, test} from 'vitest'
import {geometries} from '../src/index.js'
import type {Layout, TextItem} from '../src/index.js'
import {pagesText} from './pages-text.js'

const geo = geometries.a4
const text = (x: number, y: number, value: string, size = 12): TextItem => ({type: 'text', x, y, text: value, font: 'regular', size, width: value.length * size * 0.5})

test('a page as text: head, body lines with ^references, columns, `--- notes: 3 (cont.), 4`, note lines, folio', () => {
  const top = geo.height - geo.top
  const layout: Layout = {
    width: geo.width,
    height: geo.height,
    info: {title: '', author: '', lang: 'en'},
    charsets: {},
    outline: [],
    pages: [
      {
        number: 2,
        items: [
          text(100, top + 20, 'A Short Title', 9),
          // "Words" is 30 wide: "here" follows after a word space (4 pt), the reference raised 4.6 pt, no space before it.
          text(100, top - 20, 'Words'),
          text(134, top - 20, 'here'),
          text(158, top - 15.4, '4', 7.4),
          // Cells a column gap (12 pt, one em) apart.
          text(100, top - 40, 'Type'),
          text(136, top - 40, 'Count'),
          {type: 'rule', x1: 100, y1: top - 45, x2: 200, y2: top - 45, thickness: 0.6},
          text(100, geo.bottom + 30, '3 continued.', 9.6),
          text(100, geo.bottom + 18, '4. A new note.', 9.6),
          text(290, geo.bottom / 2, '2', 10)
        ],
        notes: {top: geo.bottom + 45, bottom: geo.bottom, starts: ['4'], continued: '3'}
      }
    ]
  }
  const expected = ['=== page 2', '| head: A Short Title', 'Words here^4', 'Type  |  Count', '[rule 100]', '--- notes: 3 (cont.), 4', '3 continued.', '4. A new note.', '| folio: 2', '']
  expect(pagesText(layout, geo)).toBe(expected.join('\n'))
})
