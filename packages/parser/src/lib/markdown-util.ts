import type {Point, Position} from 'unist'

/** Offsets ↔ points in one source text (1-based line and column, 0-based offset). */
export interface Locator {
  point(offset: number): Point
  position(start: number, end: number): Position
}

export function createLocator(text: string): Locator {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  function point(offset: number): Point {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (lineStarts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return {line: low + 1, column: offset - lineStarts[low]! + 1, offset}
  }
  return {point, position: (start, end) => ({start: point(start), end: point(end)})}
}

/**
 * Where `literal` (a piece of a text node's value) stands in the source,
 * searching from `from` up to `to`: `index` is -1 when it is not there as
 * written (it came from escapes or character references); `escaped` when a
 * backslash precedes it. Either way it is then literal text, not syntax.
 */
export function findInSource(source: string, literal: string, from: number, to: number): {index: number; escaped: boolean} {
  const index = source.indexOf(literal, from)
  if (index === -1 || index + literal.length > to) return {index: -1, escaped: false}
  return {index, escaped: isEscaped(source, index)}
}

/** Whether a backslash escapes the character at `index`. */
export function isEscaped(source: string, index: number): boolean {
  let backslashes = 0
  for (let i = index - 1; i >= 0 && source.charCodeAt(i) === 92; i--) backslashes++
  return backslashes % 2 === 1
}
