/**
 * The plain-text source cut into lines and blocks (paragraphs), with the
 * number of blank lines before each block, and positions computed from
 * offsets through one line index (binary search, no rescans).
 */
import type {Position, Point} from 'unist'
import {location} from 'vfile-location'

/** One non-blank line: `start`/`end` bound its content without surrounding whitespace. */
export interface Line {
  start: number
  end: number
}

/** A paragraph of the source: non-blank lines between blank lines. */
export interface Block {
  index: number
  /** First non-whitespace character. */
  start: number
  /** After the last non-whitespace character. */
  end: number
  lines: Line[]
  /** Blank lines between this block and the previous one (or the start of the text). */
  blanksBefore: number
  /** Offset where the blank lines before it begin (the start of the first one). */
  gapStart: number
  /** Every line starts with a tab or four spaces. */
  indented: boolean
}

export interface Source {
  text: string
  blocks: Block[]
  point(offset: number): Point
  position(start: number, end: number): Position
  /** The block's text with each line break (and the whitespace around it) as one `\n`. */
  slice(start: number, end: number): string
}

const lineBreak = /\r\n|\r|\n/g
const softBreak = /\s*(?:\r\n|\r|\n)\s*/g
const notBlank = /[^\s\u200b]/

export function readSource(text: string): Source {
  const loc = location(text)
  const point = (offset: number): Point => loc.toPoint(offset) ?? {line: 1, column: offset + 1, offset}
  const blocks: Block[] = []
  let current: Line[] = []
  let currentIndented = true
  let blanks = 0
  let gapStart = 0
  let lineStart = 0

  const flush = () => {
    const first = current[0]
    const last = current.at(-1)
    if (first && last) {
      blocks.push({
        index: blocks.length,
        start: first.start,
        end: last.end,
        lines: current,
        blanksBefore: blanks,
        gapStart,
        indented: currentIndented
      })
    }
    current = []
    currentIndented = true
  }

  const takeLine = (start: number, end: number) => {
    const raw = text.slice(start, end)
    const m = notBlank.exec(raw)
    if (!m) {
      if (current.length > 0) {
        flush()
        blanks = 0
        gapStart = start
      }
      blanks++
      return
    }
    let e = raw.length
    while (e > 0 && !notBlank.test(raw.charAt(e - 1))) e--
    if (!/^(?:\t| {4})/.test(raw)) currentIndented = false
    current.push({start: start + m.index, end: start + e})
  }

  lineBreak.lastIndex = 0
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    takeLine(lineStart, m.index)
    lineStart = m.index + m[0].length
  }
  takeLine(lineStart, text.length)
  flush()

  return {
    text,
    blocks,
    point,
    position: (start, end) => ({start: point(start), end: point(end)}),
    slice: (start, end) => text.slice(start, end).replace(softBreak, '\n')
  }
}

/** The text of a whole block, line breaks normalized. */
export function blockText(source: Source, block: Block): string {
  return source.slice(block.start, block.end)
}
