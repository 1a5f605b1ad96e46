import type {Item, Penalty} from './linebreak.js'
import {INFINITY} from './linebreak.js'
import type {FontSet} from './fonts.js'
import type {InlineBox, Overlong} from './items.js'
import {typography} from './typography.js'

/** Grapheme clusters: a word wider than the line is cut between them (never inside a letter and its marks). */
const segmenter = new Intl.Segmenter('und', {granularity: 'grapheme'})

/** Code units segmented at a time: V8's segmenter takes time quadratic in the string (100 KB: 6 s; in windows: 0.1 s). */
const segmentWindow = 256

/** The grapheme clusters of `text`, segmented window by window (the last cluster of a window is segmented again with what follows). */
export function* graphemes(text: string): Generator<string> {
  let at = 0
  while (at < text.length) {
    const end = Math.min(text.length, at + segmentWindow)
    let last = ''
    for (const {segment} of segmenter.segment(text.slice(at, end))) {
      if (last !== '') yield last
      last = segment
    }
    // A cluster as long as the window (a letter with hundreds of marks) is cut there.
    if (end === text.length || last.length === end - at) {
      yield last
      at = end
    } else at = end - last.length
  }
}

/** A break between two pieces of a word wider than the line: no hyphen, as after a slash. */
function pieceBreak(): Penalty {
  return {type: 'penalty', width: 0, penalty: 0, flagged: false}
}

/** Whether the line breakers may break at item `i`. */
function breaksAt(items: Item[], i: number): boolean {
  const item = items[i]!
  if (item.type === 'glue') return i > 0 && items[i - 1]!.type === 'box'
  return item.type === 'penalty' && item.penalty < INFINITY
}

/** Whether a run of boxes with no break in it is wider than `limit`. */
function hasOverlong(items: Item[], limit: number): boolean {
  let run = 0
  for (let i = 0; i < items.length; i++) {
    if (breaksAt(items, i)) run = 0
    else if (items[i]!.type !== 'penalty') run += items[i]!.width
    if (run > limit) return true
  }
  return false
}

/**
 * The items with every run of boxes that has no break in it made to fit `limit`: a break goes
 * before the box that overflows the run, and a box wider than the line is cut between graphemes
 * into pieces that fill it. Linear; the items themselves when no run is too wide.
 */
export function breakOverlong(items: Item[], limit: number, fonts: FontSet, told?: (run: Overlong) => void): Item[] {
  if (!hasOverlong(items, limit)) return items
  const out: Item[] = []
  let run = 0
  let start = 0
  let reported = -1
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    if (item.type !== 'box') {
      if (breaksAt(items, i)) {
        run = 0
        start = i + 1
      } else if (item.type === 'glue') run += item.width
      out.push(item)
      continue
    }
    if (run + item.width > limit && reported !== start) {
      told?.(describe(items, start))
      reported = start
    }
    if (run + item.width <= limit) run += item.width
    else {
      if (run > 0) out.push(pieceBreak())
      run = item.width
    }
    if (item.width <= limit) out.push(item)
    else run = pushPieces(out, item as InlineBox, limit, fonts)
  }
  return out
}

/** The run of boxes from `start` to the next break: its length and first characters, for the warning. */
function describe(items: Item[], start: number): Overlong {
  let length = 0
  let excerpt = ''
  for (let i = start; i < items.length && !breaksAt(items, i); i++) {
    const text = (items[i] as Partial<InlineBox>).text
    if (typeof text !== 'string') continue
    length += codePoints(text)
    if (excerpt.length < 24) excerpt += text.slice(0, 24)
  }
  const cut = [...excerpt]
  return {item: start, length, excerpt: cut.length > 20 ? cut.slice(0, 20).join('') + '…' : excerpt}
}

/** A box wider than the line, cut between graphemes into pieces of one line each; the width of the last piece. */
function pushPieces(out: Item[], box: InlineBox, limit: number, fonts: FontSet): number {
  const fill = limit * typography.pieceFill
  let piece = ''
  let width = 0
  let first = true
  const flush = (): number => {
    const shaped = fonts.width(box.face, piece, box.size)
    const next: InlineBox = first ? {...box, text: piece, width: shaped} : {...box, text: piece, width: shaped, anchor: undefined, noteRef: undefined}
    out.push(next)
    first = false
    return shaped
  }
  for (const segment of graphemes(box.text)) {
    const w = fonts.width(box.face, segment, box.size)
    if (piece !== '' && width + w > fill) {
      flush()
      out.push(pieceBreak())
      piece = ''
      width = 0
    }
    piece += segment
    width += w
  }
  return flush()
}

/** Characters (code points) in a string, without splitting it. */
function codePoints(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0xdc00 || code > 0xdfff) n++
  }
  return n
}
