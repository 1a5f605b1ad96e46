/**
 * Array edits that never pass an array as arguments. `push(...items)`,
 * `unshift(...items)`, `splice(i, n, ...items)` and `Math.min(...values)`
 * put every element on the stack: past about 120,000 elements (a paragraph
 * of 100,000 words, a bibliography of 150,000 entries, 200,000 paragraphs)
 * V8 throws "Maximum call stack size exceeded". A spread of a few elements
 * (a PNG chunk type, two file names) stays as it is.
 */

/** Above this many items, `spliceItems` rebuilds the tail instead of spreading the items into `splice`. */
const SPREAD_MAX = 1000

/** `items` added at the end of `target`, one by one; `target` returned. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}

/** `items` added at the start of `target`, in their order (`unshift(...items)`); `target` returned. */
export function prepend<T>(target: T[], items: readonly T[]): T[] {
  const rest = target.splice(0)
  append(target, items)
  return append(target, rest)
}

/** `target.splice(start, deleteCount, ...items)` for any number of items: the removed elements. */
export function spliceItems<T>(target: T[], start: number, deleteCount: number, items: readonly T[]): T[] {
  if (items.length <= SPREAD_MAX) return target.splice(start, deleteCount, ...items)
  const tail = target.splice(start)
  const removed = tail.splice(0, deleteCount)
  append(target, items)
  append(target, tail)
  return removed
}

/** The least of `values` and `bound` (`Math.min(bound, ...values)`). */
export function least(values: Iterable<number>, bound = Infinity): number {
  let result = bound
  for (const value of values) result = Math.min(result, value)
  return result
}

/** The greatest of `values` and `bound` (`Math.max(bound, ...values)`). */
export function greatest(values: Iterable<number>, bound = -Infinity): number {
  let result = bound
  for (const value of values) result = Math.max(result, value)
  return result
}
