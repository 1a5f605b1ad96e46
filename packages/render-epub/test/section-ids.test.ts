import {expect, test} from 'vitest'
import {SectionIds, sectionId} from '../src/lib/content.js'
import {toXhtml} from '../src/index.js'
import {md} from './helpers.js'

test('headings of one text get hi, hi-1, hi-2 …, each found in a step or two (not by trying every number again)', () => {
  const ids = new SectionIds(['toc'])
  let asked = 0
  const has = ids.used.has.bind(ids.used)
  ids.used.has = (id: string) => {
    asked++
    return has(id)
  }
  const given = Array.from({length: 10_000}, (_, i) => sectionId('Hi', i + 1, ids))
  expect(given.slice(0, 3)).toEqual(['hi', 'hi-1', 'hi-2'])
  expect(given.at(-1)).toBe('hi-9999')
  expect(new Set(given).size).toBe(10_000)
  // Before: 50 million questions (every number from 1 again for each heading).
  expect(asked).toBeLessThan(3 * 10_000)
})

test('a slug taken by an earlier heading of its own text is skipped, as before: Hi, Hi 1, Hi, Hi → hi, hi-1, hi-2, hi-3', () => {
  const ids = new SectionIds()
  expect(['Hi', 'Hi 1', 'Hi', 'Hi', 'Hi 1'].map((text, i) => sectionId(text, i + 1, ids))).toEqual(['hi', 'hi-1', 'hi-2', 'hi-3', 'hi-1-1'])
  const {xhtml} = toXhtml(md('# Toc\n\n# Hi\n\n# Hi\n'))
  expect([...xhtml.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1])).toEqual(['toc-1', 'hi', 'hi-1'])
})
