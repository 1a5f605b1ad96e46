/**
 * The number of blocks of a Markdown article, counted from its lines before
 * micromark reads it: every block costs the parser and the renderers about
 * the same (100,000 one-line headings or notes took over a minute), so an
 * article of more blocks than `LIMITS.blocks` is refused before that work.
 * A block starts at a line that follows a blank line, or that opens a
 * heading, a list item, a note definition or a table row written with a
 * leading `|` (every row costs like a block); lines indented four columns or
 * more and the lines of a fenced code block start none, nor does the front
 * matter.
 */
import type {Position} from 'unist'
import {LIMITS} from './limits.js'
import type {Diagnostic} from './types.js'

const LINE_END = /\r\n?|\n/g
const BLANK = /^[ \t]*$/
/** A heading, list item, note definition or table row (one that starts with `|`) opened after at most three spaces. */
const OPENS_BLOCK = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|[-+*][ \t]|\d{1,9}[.)][ \t]|\[\^[^\]\s]+\]:|\|)/
/** A code fence after at most three spaces: its character and length are what close it. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const INDENTED = /^(?: {4}|\t| {1,3}\t)/

/** The offset of the line that starts block `LIMITS.blocks.value + 1`, or undefined when the article has no more blocks than that. */
export function blockPastLimit(text: string): number | undefined {
  let count = 0
  let afterBlank = true
  let fence: string | undefined
  let start = frontMatterEnd(text)
  LINE_END.lastIndex = start
  for (let match = LINE_END.exec(text); ; match = LINE_END.exec(text)) {
    const end = match ? match.index : text.length
    const line = text.slice(start, end)
    const blank = BLANK.test(line)
    if (fence !== undefined) {
      if (closes(line, fence)) fence = undefined
    } else {
      if (!blank && !INDENTED.test(line) && (afterBlank || OPENS_BLOCK.test(line)) && ++count > LIMITS.blocks.value) return start
      fence = FENCE.exec(line)?.[1]
    }
    afterBlank = blank
    if (!match) return undefined
    start = match.index + match[0].length
  }
}

/** Whether `line` closes a code block opened by `fence` (the same character, at least as many, nothing after but spaces). */
function closes(line: string, fence: string): boolean {
  const found = FENCE.exec(line)?.[1]
  return found !== undefined && found[0] === fence[0] && found.length >= fence.length && BLANK.test(line.slice(line.indexOf(found) + found.length))
}

/** Where the body starts: after a front matter (`---` … `---` or `...` on the first line), else 0. */
function frontMatterEnd(text: string): number {
  if (!/^---[ \t]*(?:\r\n?|\n)/.test(text)) return 0
  const close = /(?:\r\n?|\n)(?:---|\.\.\.)[ \t]*(?:\r\n?|\n|$)/g
  close.lastIndex = 3
  const found = close.exec(text)
  return found ? found.index + found[0].length : 0
}

/** The error of an article of more blocks than `LIMITS.blocks`, at the line that starts the first block past it. */
export function tooManyBlocks(position: Position): Diagnostic {
  const limit = LIMITS.blocks.value.toLocaleString('en')
  const message = `more than ${limit} blocks (paragraphs, headings, list items, notes): the article is not read; this line starts block ${(LIMITS.blocks.value + 1).toLocaleString('en')}. Bind a longer text as several articles of a reader (octavo reader)`
  return {severity: 'error', message, position, source: 'parser:limits'}
}

/** Where `offset` is in `text`: its line and column (1-based), for a diagnostic before any locator is made. */
export function positionAt(text: string, offset: number): Position {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  const point = {line, column: offset - lineStart + 1, offset}
  return {start: point, end: point}
}
