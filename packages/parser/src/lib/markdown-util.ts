import type {Point, Position} from 'unist'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'

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

/** Whether a backslash escapes the character at `index`. */
export function isEscaped(source: string, index: number): boolean {
  let backslashes = 0
  for (let i = index - 1; i >= 0 && source.charCodeAt(i) === 92; i--) backslashes++
  return backslashes % 2 === 1
}

/** A text node's value aligned with its source: where each character came from and whether it was written as itself. */
export interface Alignment {
  /** Source offset where each character of the value starts… */
  offsets: number[]
  /** …and ends (after an escape or a character reference: its whole length). */
  ends: number[]
  /**
   * True when the character was written as itself, or as a character
   * reference to a letter or digit (Markdown writers use those only to keep
   * `*`/`_` from joining the letter); false when escaped or a reference to
   * anything else.
   */
  literal: boolean[]
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
const REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/

/**
 * Align a text node's value with the source it was read from (between
 * `start` and `end`): a backslash escape or a character reference stands for
 * one character; source characters the value lacks (container prefixes such
 * as `> `, stripped spaces) are skipped.
 */
export function align(value: string, source: string, start: number, end: number): Alignment {
  const offsets: number[] = []
  const ends: number[] = []
  const literal: boolean[] = []
  const push = (from: number, to: number, isLiteral: boolean) => {
    offsets.push(from)
    ends.push(to)
    literal.push(isLiteral)
  }
  let i = start
  for (let j = 0; j < value.length; j++) {
    const char = value.charAt(j)
    for (; i < end; i++) {
      const here = source.charAt(i)
      if (here === '\\' && ASCII_PUNCTUATION.test(source.charAt(i + 1)) && source.charAt(i + 1) === char) {
        push(i, i + 2, false)
        i += 2
        break
      }
      if (here === '&') {
        const reference = REFERENCE.exec(source.slice(i, i + 40))
        if (reference && decodeReference(reference[0]) === String.fromCodePoint(value.codePointAt(j)!)) {
          const length = reference[0].length
          push(i, i + length, /^[\p{L}\p{N}]$/u.test(char))
          // A reference may decode to two UTF-16 units: both come from it.
          if (j + 1 < value.length && value.codePointAt(j)! > 0xffff) {
            push(i, i + length, false)
            j++
          }
          i += length
          break
        }
      }
      if (here === char) {
        push(i, i + 1, true)
        i++
        break
      }
    }
    if (offsets.length <= j) {
      // Not found (should not happen): the rest maps to the end, not literal.
      for (; j < value.length; j++) push(end, end, false)
    }
  }
  return {offsets, ends, literal}
}

/** The character a reference (`&amp;`, `&#x20;`, `&#160;`) stands for, or undefined. */
function decodeReference(reference: string): string | undefined {
  const body = reference.slice(1, -1)
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
    // CommonMark: 0 and invalid code points become U+FFFD.
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code)
  }
  const named = decodeNamedCharacterReference(body)
  return named === false ? undefined : named
}

/** Whether `offset` lies in one of `ranges` (sorted, not overlapping). */
export function inRanges(ranges: ReadonlyArray<readonly [number, number]>, offset: number | undefined): boolean {
  if (offset === undefined || ranges.length === 0) return false
  let low = 0
  let high = ranges.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (ranges[mid]![0] <= offset) low = mid
    else high = mid - 1
  }
  const [start, end] = ranges[low]!
  return start <= offset && offset < end
}
