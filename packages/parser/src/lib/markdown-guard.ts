/**
 * Markdown read within the limits of `limits.ts`: before micromark sees the
 * source, markers that would nest lists and quotations past the limit, and
 * the markup characters of a paragraph with more of them than the limit,
 * are hidden (each replaced by a private-use character of its own, so every
 * offset stays true); after the parse each is given back in the tree's text,
 * and formatting nested past the limit is unwrapped. A document within the
 * limits is parsed as it is, untouched. Every pass here is iterative and
 * linear in the size of the source.
 */
import type {Nodes, Parent, Root} from 'mdast'
import type {Position} from 'unist'
import type {Diagnostic} from './types.js'
import type {Locator} from './markdown-util.js'
import {LIMITS} from './limits.js'
import {eachNode} from '@octavo/tree'

const SOURCE = 'parser:limits'

/** Parsers of the same Markdown: `parse` in full, `blocks` without inline constructs (linear, for finding paragraphs). */
export interface Reader {
  parse: (text: string) => Root
  blocks: (text: string) => Root
}

export interface Guarded {
  tree: Root
  /** Source ranges whose markup was read as plain text, in order. */
  plain: Array<[number, number]>
}

/**
 * Parse `text` within the limits. Warnings go to `diagnostics`, at their
 * place in `text` (through `locator`) or, when given, at `at` (a front
 * matter string, whose offsets are not the file's).
 */
export function guardedParse(text: string, reader: Reader, locator: Locator, diagnostics: Diagnostic[], at?: Position): Guarded {
  const place = (start: number, end: number) => at ?? locator.position(start, end)
  const tooDeep: number[] = []
  const hidden = containerMarkers(text, (offset) => tooDeep.push(offset))
  warnDepth(diagnostics, tooDeep, place)
  const plain: Array<[number, number]> = []
  const crowded = mayOverflowInline(text)
  const marks = hidden.length > 0 || crowded ? placeholders(text) : undefined
  if (marks && crowded) {
    const blocks = reader.blocks(hide(text, hidden, marks.hide))
    for (const [start, end] of crowdedUnits(text, blocks)) {
      plain.push([start, end])
      warnCrowded(diagnostics, markupIn(text, start, end), place(start, end))
    }
  }
  if (!marks || (hidden.length === 0 && plain.length === 0)) return {tree: flattenInline(reader.parse(text), diagnostics, at), plain}
  const tree = reader.parse(fill(hide(text, hidden, marks.hide), plain, marks))
  restore(tree, marks, text)
  // Hidden line endings moved micromark's lines: every point again from its offset.
  if (plain.length > 0) relocate(tree, locator)
  return {tree: flattenInline(tree, diagnostics, at), plain}
}

/**
 * One warning for each run of lines whose markers nest too deep (1,000
 * nested list items are one warning, not 900), at the run's first marker.
 */
function warnDepth(diagnostics: Diagnostic[], offsets: readonly number[], place: (start: number, end: number) => Position) {
  const {value} = LIMITS.containerDepth
  const runs: Array<{first: Position; lines: number; last: number}> = []
  for (const offset of offsets) {
    const position = place(offset, offset + 1)
    const line = position.start.line
    const run = runs[runs.length - 1]
    if (run && (line === run.last || line === run.last + 1)) {
      if (line !== run.last) run.lines++
      run.last = line
    } else runs.push({first: position, lines: 1, last: line})
  }
  for (const {first, lines} of runs) {
    const where = lines === 1 ? 'this marker is' : `the markers of this line and the ${(lines - 1).toLocaleString('en')} after it are`
    diagnostics.push({severity: 'warning', message: `lists and quotations nested deeper than ${value} levels: ${where} read as text`, position: first, source: SOURCE})
  }
}

function warnCrowded(diagnostics: Diagnostic[], count: number, position: Position) {
  const {value} = LIMITS.inlineMarks
  const message = `${count.toLocaleString('en')} markup characters in one paragraph (more than ${value.toLocaleString('en')}): its markup is read as plain text`
  diagnostics.push({severity: 'warning', message, position, source: SOURCE})
}

/** Characters that may be hidden: container markers and inline markup. */
const HIDDEN = '>-+*.)[]_~`<\\&\n\r'

interface Marks {
  hide: Map<string, string>
  restore: Map<string, string>
  /** Stands for every ASCII letter and digit of a paragraph read as plain text. */
  filler: string
}

/** A private-use character absent from `text` for each character of `HIDDEN` and for the filler, and the way back. */
function placeholders(text: string): Marks {
  const taken = new Set(text.match(/[\uE000-\uF8FF]/g))
  const hide = new Map<string, string>()
  const restore = new Map<string, string>()
  let filler = ''
  for (let code = 0xe000; !filler; code++) {
    const mark = String.fromCharCode(code)
    if (taken.has(mark)) continue
    if (hide.size === HIDDEN.length) {
      filler = mark
      continue
    }
    const char = HIDDEN.charAt(hide.size)
    hide.set(char, mark)
    restore.set(mark, char)
  }
  return {hide, restore, filler}
}

/**
 * In each range read as plain text (sorted), its markup hidden and its ASCII
 * letters and digits replaced by the filler: micromark then reads the range
 * as one run of text. Letters and digits may start an e-mail or web address,
 * so micromark tried one at every word and kept a token for each: a
 * paragraph of 4 MB held 2.7 GB.
 */
function fill(text: string, ranges: ReadonlyArray<readonly [number, number]>, marks: Marks): string {
  const parts: string[] = []
  let last = 0
  for (const [start, end] of ranges) {
    parts.push(
      text.slice(last, start),
      text.slice(start, end).replace(FILLED, (char) => marks.hide.get(char) ?? marks.filler)
    )
    last = end
  }
  parts.push(text.slice(last))
  return parts.join('')
}

const FILLED = /[[\]*_~`<\\&\n\rA-Za-z0-9]/g

/** `text` with the characters at `offsets` (sorted) replaced by their placeholders. */
function hide(text: string, offsets: readonly number[], marks: Map<string, string>): string {
  const parts: string[] = []
  let last = 0
  for (const offset of offsets) {
    const char = text.charAt(offset)
    parts.push(text.slice(last, offset), marks.get(char) ?? char)
    last = offset + 1
  }
  parts.push(text.slice(last))
  return parts.join('')
}

/**
 * The hidden characters given back in every string of the tree; the filler
 * from the source, at the text's offsets (a text of a range read as plain
 * text is one line, character for character the source's).
 */
function restore(tree: Root, marks: Marks, source: string) {
  const pattern = new RegExp(`[${[...marks.restore.keys()].join('')}]`, 'g')
  const back = (value: string) => value.replace(pattern, (mark) => marks.restore.get(mark) ?? mark)
  const fillers = new RegExp(`${marks.filler}+`, 'g')
  eachNode(tree, (node) => {
    const start = node.position?.start.offset
    if (node.type === 'text' && start !== undefined && node.value.includes(marks.filler)) {
      node.value = node.value.replace(fillers, (run, at: number) => source.slice(start + at, start + at + run.length))
    }
    const fields = node as unknown as Record<string, unknown>
    for (const key of ['value', 'alt', 'url', 'title']) {
      const value = fields[key]
      if (typeof value === 'string' && pattern.test(value)) fields[key] = back(value)
      pattern.lastIndex = 0
    }
    return true
  })
}

const LINE_END = /\r\n?|\n/g
const LIST_MARKER = /(?:[-+*]|\d{1,9}[.)])(?=[ \t\r\n]|$)/y
const NOTE_DEFINITION = /\[\^[^\]\s]{1,999}\]:/y
const THEMATIC_BREAK = /([-*_])(?:[ \t]*\1){2,}[ \t]*(?=[\r\n]|$)/y

/**
 * Offsets of the container markers that would open a level past the limit
 * (the character to hide), one line at a time, sorted. `warn` is told each.
 */
export function containerMarkers(text: string, warn: (offset: number) => void): number[] {
  const markers: number[] = []
  let start = 0
  LINE_END.lastIndex = 0
  for (let match = LINE_END.exec(text); ; match = LINE_END.exec(text)) {
    const end = match ? match.index : text.length
    const offset = lineMarker(text, start, end)
    if (offset !== undefined) {
      markers.push(offset)
      warn(offset)
    }
    if (!match) return markers
    start = match.index + match[0].length
  }
}

/**
 * The container markers (`>`, list markers, `[^note]:`) that open a line,
 * counted with the columns of indentation before the first list marker
 * (each level of a list takes two at least): an upper bound on the line's
 * nesting. Gives the offset of the character to hide when it passes the limit.
 */
function lineMarker(text: string, start: number, end: number): number | undefined {
  let column = 0
  let spaces = 0
  let markers = 0
  let padding = false
  for (let i = start; i < end;) {
    const code = text.charCodeAt(i)
    if (code === 32 || code === 9) {
      const width = code === 9 ? 4 - (column % 4) : 1
      column += width
      if (!padding) spaces += width
      i++
      continue
    }
    const marker = markerAt(text, i)
    if (!marker) return undefined
    markers++
    if (markers + Math.floor(spaces / 2) > LIMITS.containerDepth.value) return isThematicBreak(text, i) ? undefined : i + marker.hide
    // The space after `>` belongs to it; after a list marker or a note label, spaces are its padding.
    if (marker.quote) {
      if (text.charCodeAt(i + 1) === 32) i++
    } else {
      padding = true
    }
    column += marker.length
    i += marker.length
  }
  return undefined
}

/** A container marker at `i`: its length, and where the character to hide stands in it. */
function markerAt(text: string, i: number): {length: number; hide: number; quote: boolean} | undefined {
  if (text.charCodeAt(i) === 62) return {length: 1, hide: 0, quote: true}
  LIST_MARKER.lastIndex = i
  const list = LIST_MARKER.exec(text)
  // An ordered marker is hidden at its `.` or `)`.
  if (list) return {length: list[0].length, hide: /\d/.test(list[0]) ? list[0].length - 1 : 0, quote: false}
  NOTE_DEFINITION.lastIndex = i
  const note = NOTE_DEFINITION.exec(text)
  return note ? {length: note[0].length, hide: 0, quote: false} : undefined
}

function isThematicBreak(text: string, i: number): boolean {
  THEMATIC_BREAK.lastIndex = i
  return THEMATIC_BREAK.test(text)
}

/**
 * Characters that open or close inline markup (or escape, or refer to, a
 * character, or end a line): micromark's time on a paragraph grows with their
 * number times its length.
 */
const MARKUP = new Set(['[', ']', '*', '_', '~', '`', '<', '\\', '&', '\n', '\r'])

/** Count the markup characters of `text` in `[start, end)`, telling `found` each one's offset. */
export function markupIn(text: string, start: number, end: number, found?: (offset: number) => void): number {
  let count = 0
  for (let i = start; i < end; i++) {
    if (!MARKUP.has(text.charAt(i))) continue
    count++
    found?.(i)
  }
  return count
}

/**
 * Whether a paragraph may hold more markup than the limit: some stretch
 * between blank lines does (a paragraph, heading or cell never spans a
 * blank line). Only then are the paragraphs found and counted one by one.
 */
function mayOverflowInline(text: string): boolean {
  let count = 0
  let start = 0
  LINE_END.lastIndex = 0
  for (let match = LINE_END.exec(text); ; match = LINE_END.exec(text)) {
    const end = match ? match.index : text.length
    const marks = markupIn(text, start, end)
    count = marks === 0 && /^[ \t]*$/.test(text.slice(start, end)) ? 0 : count + marks + 1
    if (count > LIMITS.inlineMarks.value) return true
    if (!match) return false
    start = match.index + match[0].length
  }
}

/** Node types whose children are one run of inline content. */
const INLINE_UNITS = new Set(['paragraph', 'heading', 'tableCell'])

/** The source ranges of the paragraphs, headings and table cells that hold more markup than the limit. */
function crowdedUnits(text: string, blocks: Root): Array<[number, number]> {
  const units: Array<[number, number]> = []
  eachNode(blocks, (node) => {
    if (!INLINE_UNITS.has(node.type)) return true
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined && markupIn(text, start, end) > LIMITS.inlineMarks.value) units.push([start, end])
    return false
  })
  return units
}

/** Every position in `tree` computed again from its offsets. */
function relocate(tree: Root, locator: Locator) {
  eachNode(tree, (node) => {
    const position = node.position
    if (position?.start.offset !== undefined && position.end.offset !== undefined) node.position = locator.position(position.start.offset, position.end.offset)
    return true
  })
}

/** Phrasing that wraps phrasing: what nests inline. */
const WRAPPERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])

/**
 * Unwrap formatting nested past `LIMITS.inlineDepth` (its text stays, in
 * place), with a warning at each place it happened.
 */
function flattenInline(tree: Root, diagnostics: Diagnostic[], at?: Position): Root {
  const depths = new Map<Nodes, number>([[tree, 0]])
  eachNode(tree, (node) => {
    const depth = depths.get(node) ?? 0
    if (!('children' in node)) return false
    const parent = node as Parent
    for (const child of parent.children) depths.set(child, WRAPPERS.has(child.type) ? depth + 1 : depth)
    if (depth < LIMITS.inlineDepth.value) return true
    const deep = parent.children.find((child) => WRAPPERS.has(child.type))
    if (deep === undefined) return true
    parent.children = unwrapped(parent.children as Nodes[]) as Parent['children']
    diagnostics.push({
      severity: 'warning',
      message: `emphasis and links nested deeper than ${LIMITS.inlineDepth.value} levels: the formatting below is dropped, its text kept`,
      position: at ?? deep.position,
      source: SOURCE
    })
    return false
  })
  return tree
}

/** The children with every wrapper inside them replaced by what it wraps, neighbouring text joined. */
function unwrapped(children: Nodes[]): Nodes[] {
  const out: Nodes[] = []
  const stack = [...children].reverse()
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (WRAPPERS.has(node.type) && 'children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
      continue
    }
    const last = out.at(-1)
    if (last?.type === 'text' && node.type === 'text' && last.position && node.position) {
      last.value += node.value
      last.position = {start: last.position.start, end: node.position.end}
    } else {
      out.push(node.type === 'text' ? {...node} : node)
    }
  }
  return out
}
