import {expect, test} from 'vitest'
import {PAGE_RANGE_CASES, pageRange} from '../src/lib/page-range.js'

test.each(PAGE_RANGE_CASES.map((c) => [c.name, c] as const))('page range: %s', (_name, {page, printed, open}) => {
  expect(pageRange(page)).toEqual({printed, open})
})
