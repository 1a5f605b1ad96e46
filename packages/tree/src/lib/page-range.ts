/**
 * A page range from the metadata (`page:`) as an edition prints it: hyphens
 * as en dashes (`133-158` → `133–158`, The Chicago Manual of Style 6.78).
 * An open range (`133-`, `133–`: the article's last page not given) prints
 * `133–` and is `open`, which the CLI warns about at the value.
 */
export interface PageRange {
  printed: string
  open: boolean
}

/** The cases `pageRange` exists for, each run by `test/page-range.test.ts`. */
export const PAGE_RANGE_CASES: ReadonlyArray<{name: string; page: string | number} & PageRange> = [
  {name: 'a closed range: hyphen to en dash', page: '133-158', printed: '133–158', open: false},
  {name: "an open range, as the real article's metadata gives it", page: '133-', printed: '133–', open: true},
  {name: 'an open range written with an en dash', page: '133–', printed: '133–', open: true},
  {name: 'an open range with a space before its dash', page: '133 -', printed: '133–', open: true},
  {name: 'one page, written as a number', page: 133, printed: '133', open: false},
  {name: 'roman and arabic pages', page: 'xii-20', printed: 'xii–20', open: false},
  {name: 'two ranges', page: '3-5, 9-12', printed: '3–5, 9–12', open: false}
]

export function pageRange(page: string | number): PageRange {
  const printed = String(page).trim().replace(/-/g, '–')
  const open = /^\S+\s*[–—]$/u.test(printed)
  return {printed: open ? printed.replace(/\s*[–—]$/u, '–') : printed, open}
}
