import type {Box, Glue, Item, Line, Penalty} from './linebreak.js'
import {INFINITY, breakGreedy, breakLines} from './linebreak.js'
import type {FontSet, Style} from './fonts.js'
import type {FaceKey, LayoutItem} from './types.js'

/** What a piece of text links to. */
export interface Target {
  url?: string
  dest?: string
}

/** Attributes shared by the inline items of one style. */
export interface Attrs {
  face: FaceKey
  size: number
  /** Baseline shift (superscripts), points. */
  rise: number
  link?: Target | undefined
  /** A named destination at this box (note references, notes). */
  anchor?: string | undefined
  /** The note whose first reference this box is. */
  noteRef?: string | undefined
}

export type InlineBox = Box & Attrs & {text: string}
export type InlineGlue = Glue & Attrs & {text: string}
export type InlinePenalty = Penalty & {hyphen?: Attrs}
export type InlineItem = InlineBox | InlineGlue | InlinePenalty

/** A laid-out line: items positioned relative to the text block's left edge and the line's baseline. */
export interface SetLine {
  items: LayoutItem[]
  /** Note keys referenced first on this line. */
  refs: string[]
}

export interface SetOptions {
  width: number
  /** Indent of the first line, and of the other lines (hanging indents, list items). */
  firstIndent?: number
  restIndent?: number
  align: 'justify' | 'left' | 'center' | 'right'
}

/** Break inline items into lines (Knuth–Plass when justified, first-fit otherwise) and set them. */
export function setParagraph(items: InlineItem[], fonts: FontSet, options: SetOptions): SetLine[] {
  if (!items.some((item) => item.type === 'box')) return []
  const all: Item[] = [...items, {type: 'glue', width: 0, stretch: INFINITY, shrink: 0}, {type: 'penalty', width: 0, penalty: -INFINITY, flagged: false}]
  const first = options.firstIndent ?? 0
  const rest = options.restIndent ?? 0
  const measure = (line: number) => options.width - (line === 0 ? first : rest)
  const lines: Line[] = options.align === 'justify' ? breakLines(all, measure) : breakGreedy(all, measure)
  return lines.map((line, index) => setLine(all, line, index === 0 ? first : rest, measure(index), options.align, index === lines.length - 1, fonts))
}

function setLine(all: Item[], line: Line, indent: number, measure: number, align: SetOptions['align'], last: boolean, fonts: FontSet): SetLine {
  const out: LayoutItem[] = []
  const refs: string[] = []
  // The line's content: boxes and glue between them (trailing glue and penalties dropped).
  let end = line.end
  while (end > line.start && all[end - 1]!.type !== 'box') end--
  const ratio = align === 'justify' && !last ? line.ratio : align === 'justify' && last ? Math.min(line.ratio, 0) : 0
  const breakItem = all[line.end] as InlineItem | undefined
  const hyphen = breakItem?.type === 'penalty' && breakItem.flagged && breakItem.hyphen ? breakItem.hyphen : undefined
  // natural width, for alignment
  let natural = 0
  for (let i = line.start; i < end; i++) {
    const item = all[i]!
    if (item.type === 'box') natural += item.width
    else if (item.type === 'glue') natural += item.width + (ratio > 0 ? ratio * item.stretch : ratio * item.shrink)
  }
  const hyphenWidth = hyphen ? (breakItem as Penalty).width : 0
  natural += hyphenWidth
  let x = indent
  if (align === 'center') x += Math.max(0, (measure - natural) / 2)
  else if (align === 'right') x += Math.max(0, measure - natural)

  let run: {attrs: Attrs; text: string; x: number; width: number; wordSpace: number} | undefined
  const links: Array<{target: Target; x1: number; x2: number; rise: number; size: number}> = []
  const flush = () => {
    if (!run) return
    // Trailing spaces never end a run: they belong to the gap before the next run.
    const item: LayoutItem = {type: 'text', x: round(run.x), y: round(run.attrs.rise), text: run.text, font: run.attrs.face, size: round(run.attrs.size), width: round(run.width)}
    if (run.wordSpace !== 0 && run.text.includes(' ')) item.wordSpace = round(run.wordSpace)
    fonts.use(run.attrs.face, run.text)
    out.push(item)
    run = undefined
  }
  const same = (a: Attrs, b: Attrs) => a.face === b.face && a.size === b.size && a.rise === b.rise && a.link === b.link
  for (let i = line.start; i < end; i++) {
    const item = all[i] as InlineItem
    if (item.type === 'penalty') continue
    if (item.type === 'glue') {
      const extra = ratio > 0 ? ratio * item.stretch : ratio * item.shrink
      const width = item.width + extra
      const next = all[i + 1] as InlineItem | undefined
      if (run && next && next.type === 'box' && same(run.attrs, item) && same(item, next) && item.text === ' ') {
        run.text += ' '
        run.width += width
        run.wordSpace = extra
      } else flush()
      x += width
      continue
    }
    if (item.noteRef) refs.push(item.noteRef)
    if (item.anchor) out.push({type: 'anchor', name: item.anchor, x: round(x), y: round(item.size + item.rise)})
    if (item.link) {
      const lastLink = links[links.length - 1]
      if (lastLink && lastLink.target === item.link && Math.abs(lastLink.x2 - x) < item.size) lastLink.x2 = x + item.width
      else links.push({target: item.link, x1: x, x2: x + item.width, rise: item.rise, size: item.size})
    }
    if (run && same(run.attrs, item) && Math.abs(run.x + run.width - x) < 0.001) {
      run.text += item.text
      run.width += item.width
    } else {
      flush()
      run = {attrs: item, text: item.text, x, width: item.width, wordSpace: 0}
    }
    x += item.width
  }
  if (hyphen) {
    if (run && same(run.attrs, hyphen)) {
      run.text += '-'
      run.width += hyphenWidth
    } else {
      flush()
      run = {attrs: hyphen, text: '-', x, width: hyphenWidth, wordSpace: 0}
    }
  }
  flush()
  for (const link of links) {
    const rect: [number, number, number, number] = [round(link.x1), round(link.rise - link.size * 0.25), round(link.x2), round(link.rise + link.size * 0.8)]
    const linkItem: LayoutItem = {type: 'link', rect}
    if (link.target.url !== undefined) linkItem.url = link.target.url
    if (link.target.dest !== undefined) linkItem.dest = link.target.dest
    out.push(linkItem)
  }
  return {items: out, refs}
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

/** Builds the inline items of a paragraph from styled text. */
export class InlineBuilder {
  readonly items: InlineItem[] = []
  constructor(
    private readonly fonts: FontSet,
    private readonly hyphenate: ((word: string) => string) | undefined,
    private readonly missing: (char: string, index: number) => void
  ) {}

  /** Add text in a style; whitespace becomes glue, words are hyphenated. */
  text(value: string, style: Style, size: number, extra: {rise?: number; link?: Target | undefined; hyphenate?: boolean} = {}): void {
    const parts = value.split(/([ \t\n\r\f\v]+)/)
    let offset = 0
    for (const part of parts) {
      if (part === '') continue
      if (/^[ \t\n\r\f\v]+$/.test(part)) {
        this.space(style, size, extra.link)
      } else {
        this.word(part, style, size, extra, offset)
      }
      offset += part.length
    }
  }

  space(style: Style, size: number, link?: Target): void {
    this.prefix = undefined
    const lastItem = this.items[this.items.length - 1]
    if (!lastItem || lastItem.type === 'glue') return
    const face = this.fonts.styleFace(style)
    const width = this.fonts.width(face, ' ', size)
    this.items.push({type: 'glue', width, stretch: width * 0.6, shrink: width * 0.3, face, size, rise: 0, link, text: ' '})
  }

  /** A forced line break (Markdown hard break). */
  lineBreak(): void {
    this.prefix = undefined
    const lastItem = this.items[this.items.length - 1]
    if (lastItem?.type === 'glue') this.items.pop()
    this.items.push({type: 'glue', width: 0, stretch: INFINITY, shrink: 0, face: this.fonts.styleFace('regular'), size: 1, rise: 0, text: ''})
    this.items.push({type: 'penalty', width: 0, penalty: -INFINITY, flagged: false})
  }

  /**
   * The word being built: boxes of one word are measured as differences of its shaped prefixes,
   * so that they add up to the word shaped whole (kerning and ligatures across hyphenation points).
   */
  private prefix: {face: FaceKey; size: number; text: string} | undefined

  /** A box that must not be split: superscripts, labels. */
  box(text: string, style: Style, size: number, attrs: Partial<Attrs> = {}, offset = 0): void {
    for (const segment of this.fonts.segments(style, text, (char, index) => this.missing(char, offset + index))) {
      let width: number
      const prefix = this.prefix
      if (prefix && prefix.face === segment.face && prefix.size === size) {
        const before = this.fonts.width(segment.face, prefix.text, size)
        prefix.text += segment.text
        width = this.fonts.width(segment.face, prefix.text, size) - before
      } else {
        this.prefix = {face: segment.face, size, text: segment.text}
        width = this.fonts.width(segment.face, segment.text, size)
      }
      this.items.push({type: 'box', width, text: segment.text, face: segment.face, size, rise: attrs.rise ?? 0, link: attrs.link, anchor: attrs.anchor, noteRef: attrs.noteRef})
      attrs = {...attrs, anchor: undefined, noteRef: undefined}
    }
  }

  private word(word: string, style: Style, size: number, extra: {rise?: number; link?: Target | undefined; hyphenate?: boolean}, offset: number): void {
    // Break opportunities: hyphenation points (soft hyphens) and after explicit dashes and slashes.
    const hyphenated = extra.hyphenate !== false && this.hyphenate && /\p{L}{5,}/u.test(word) ? this.hyphenateWord(word) : word
    const pieces = hyphenated.split(/(\u00ad|(?<=[^\s\u00ad][-\u2010\u2013\u2014/])(?=[^\s\u00ad/]))/u)
    const face = this.fonts.styleFace(style)
    this.prefix = undefined
    let localOffset = offset
    for (const piece of pieces) {
      if (piece === undefined || piece === '') continue
      if (piece === '\u00ad') {
        this.items.push({type: 'penalty', width: this.fonts.width(face, '-', size), penalty: 50, flagged: true, hyphen: {face, size, rise: extra.rise ?? 0, link: extra.link}})
        continue
      }
      this.box(piece, style, size, {rise: extra.rise ?? 0, link: extra.link}, localOffset)
      localOffset += piece.length
      if (/[-\u2010\u2013\u2014/]$/.test(piece) && piece.length > 1) this.items.push({type: 'penalty', width: 0, penalty: piece.endsWith('/') ? 100 : 50, flagged: !piece.endsWith('/')})
    }
    // The split above can leave a trailing break after the last piece; a word ends with a box.
    const lastItem = this.items[this.items.length - 1]
    if (lastItem?.type === 'penalty') this.items.pop()
  }

  private readonly cache = new Map<string, string>()
  private hyphenateWord(word: string): string {
    let result = this.cache.get(word)
    if (result === undefined) {
      // Never hyphenate inside the first two or last three letters (TeX's \lefthyphenmin/\righthyphenmin).
      const raw = this.hyphenate!(word)
      let out = ''
      let letters = 0
      const total = [...word.replace(/\u00ad/g, '')].filter((c) => /\p{L}/u.test(c)).length
      for (const char of raw) {
        if (char === '\u00ad') {
          if (letters >= 2 && total - letters >= 3) out += char
          continue
        }
        if (/\p{L}/u.test(char)) letters++
        out += char
      }
      result = out
      this.cache.set(word, result)
    }
    return result
  }
}
