import type {Item, Line, Penalty} from './linebreak.js'
import {INFINITY, breakGreedy, breakLines} from './linebreak.js'
import {breakOverlong} from './overlong.js'
import type {Attrs, InlineItem, Overlong, Target} from './items.js'
import type {FontSet, Style} from './fonts.js'
import type {FaceKey, LayoutItem, TextItem} from './types.js'
import type {Position} from 'unist'
import {limits} from './limits.js'
import {typography} from './typography.js'
import {isCompound, isTie, wordBreaks} from './breaks.js'
import type {WordBreak} from './breaks.js'
import {STORE_KINDS} from './store.js'
import type {RenderStore, WordPart} from './store.js'

/** How a text is set besides its style and size. */
export interface TextExtra {
  rise?: number
  link?: Target | undefined
  hyphenate?: boolean
  /** A structure element of its own (a Span in another language) instead of the line's. */
  tag?: number | undefined
  /** Where the text starts in the node's text (for the positions of diagnostics). */
  from?: number
}

/** A laid-out line: items positioned relative to the text block's left edge and the line's baseline. */
export interface SetLine {
  items: LayoutItem[]
  /** Note keys referenced first on this line. */
  refs: string[]
  /** The line ends with a hyphen the typesetter added (a page should not turn after it). */
  hyphenated?: boolean
}

export interface SetOptions {
  width: number
  /** Indent of the first line, and of the other lines (hanging indents, list items). */
  firstIndent?: number
  restIndent?: number
  align: 'justify' | 'left' | 'center' | 'right'
  /** Told of each run of boxes with no break in it that is wider than the narrowest line (it is cut into pieces). */
  overlong?: (run: Overlong) => void
}

/** Break inline items into lines (Knuth–Plass when justified, first-fit otherwise) and set them. */
export function setParagraph(items: InlineItem[], fonts: FontSet, options: SetOptions): SetLine[] {
  if (!items.some((item) => item.type === 'box')) return []
  let all: Item[] = [...items, {type: 'glue', width: 0, stretch: INFINITY, shrink: 0}, {type: 'penalty', width: 0, penalty: -INFINITY, flagged: false}]
  const first = options.firstIndent ?? 0
  const rest = options.restIndent ?? 0
  const measure = (line: number) => options.width - (line === 0 ? first : rest)
  all = breakOverlong(all, Math.min(measure(0), measure(1)), fonts, options.overlong)
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
    const tag = run.attrs.tag ?? run.attrs.link?.tag
    if (tag !== undefined) item.tag = tag
    fonts.use(run.attrs.face, run.text)
    out.push(item)
    run = undefined
  }
  const same = (a: Attrs, b: Attrs) => a.face === b.face && a.size === b.size && a.rise === b.rise && a.link === b.link && a.tag === b.tag
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
  flush()
  // The hyphen added at the break is a run of its own, read as a soft hyphen (see `TextItem.softHyphen`).
  if (hyphen) {
    run = {attrs: hyphen, text: '-', x, width: hyphenWidth, wordSpace: 0}
    flush()
    ;(out[out.length - 1] as TextItem).softHyphen = true
  }
  for (const link of links) {
    const rect: [number, number, number, number] = [round(link.x1), round(link.rise - link.size * typography.link.below), round(link.x2), round(link.rise + link.size * typography.link.above)]
    const linkItem: LayoutItem = {type: 'link', rect}
    if (link.target.url !== undefined) linkItem.url = link.target.url
    if (link.target.dest !== undefined) linkItem.dest = link.target.dest
    if (link.target.tag !== undefined) linkItem.tag = link.target.tag
    out.push(linkItem)
  }
  return hyphen ? {items: out, refs, hyphenated: true} : {items: out, refs}
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

/** What the builders of one document share: word measurements and the hyphenator. */
export interface InlineShared {
  /** Words measured, by style and whether hyphenated, then by text. */
  words: Map<string, Map<string, readonly WordPart[]>>
  hyphenate: ((word: string) => string) | undefined
  /** Where words measured are kept between renders (`RenderStore`), when the caller gave one. */
  store?: RenderStore | undefined
  /** The store's scope of each kind of word (`scopeOf`). */
  scopes?: Map<string, string>
}

/** What a builder tells its typesetter: characters no font has, where text is, words too wide for the line. */
export interface BuilderHooks {
  missing: (char: string, index: number) => void
  /** The source position of the character at `index` of the text being added. */
  locate?: (index: number) => Position | undefined
  /** A word wider than the line, broken between characters; `at` is its position when known. */
  overlong?: (run: Overlong, at: Position | undefined) => void
}

/** Builds the inline items of a paragraph from styled text. */
export class InlineBuilder {
  readonly items: InlineItem[] = []
  /** Long words (see `limits.locatedWordFrom`): their first and last item and their source position. */
  private readonly located: Array<{from: number; to: number; at: Position}> = []
  constructor(
    private readonly fonts: FontSet,
    private readonly shared: InlineShared,
    private readonly hooks: BuilderHooks
  ) {}

  private missing(char: string, index: number): void {
    this.hooks.missing(char, index)
  }

  /** Break the items into lines and set them (see `setParagraph`); words wider than the line are reported. */
  set(options: SetOptions): SetLine[] {
    const overlong = this.hooks.overlong
    if (!overlong) return setParagraph(this.items, this.fonts, options)
    return setParagraph(this.items, this.fonts, {...options, overlong: (run) => overlong(run, this.where(run.item))})
  }

  /** The position of the long word holding item `index`, if one was recorded. */
  private where(index: number): Position | undefined {
    let low = 0
    let high = this.located.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const word = this.located[mid]!
      if (index < word.from) high = mid - 1
      else if (index > word.to) low = mid + 1
      else return word.at
    }
    return undefined
  }

  /** Add text in a style; whitespace becomes glue, words are hyphenated. */
  text(value: string, style: Style, size: number, extra: TextExtra = {}): void {
    // Byte-order marks and word joiners print nothing; a zero-width space is a break opportunity (see measure).
    const parts = value.replace(/[\uFEFF\u2060]/g, '').split(/([ \t\n\r\f\v]+)/)
    let offset = extra.from ?? 0
    for (const part of parts) {
      if (part === '') continue
      if (/^[ \t\n\r\f\v]+$/.test(part)) {
        this.space(style, size, extra.link, extra.tag)
      } else {
        this.word(part, style, size, extra, offset)
      }
      offset += part.length
    }
  }

  space(style: Style, size: number, link?: Target, tag?: number): void {
    const lastItem = this.items[this.items.length - 1]
    if (!lastItem || lastItem.type === 'glue') return
    const face = this.fonts.styleFace(style)
    const width = this.fonts.width(face, ' ', size)
    // A space inside code keeps its width: justification would pull `x = 1` apart.
    const fixed = style === 'mono'
    this.items.push({
      type: 'glue',
      width,
      stretch: fixed ? 0 : width * typography.space.stretch,
      shrink: fixed ? 0 : width * typography.space.shrink,
      face,
      size,
      rise: 0,
      link,
      text: ' ',
      ...(tag === undefined ? {} : {tag})
    })
  }

  /** A forced line break (Markdown hard break). */
  lineBreak(): void {
    const lastItem = this.items[this.items.length - 1]
    if (lastItem?.type === 'glue') this.items.pop()
    this.items.push({type: 'glue', width: 0, stretch: INFINITY, shrink: 0, face: this.fonts.styleFace('regular'), size: 1, rise: 0, text: ''})
    this.items.push({type: 'penalty', width: 0, penalty: -INFINITY, flagged: false})
  }

  /** A box that must not be split: superscripts, labels. */
  box(text: string, style: Style, size: number, attrs: Partial<Attrs> = {}, offset = 0): void {
    let first = true
    for (const segment of this.fonts.segments(style, text, (char, index) => this.missing(char, offset + index))) {
      const width = this.fonts.width(segment.face, segment.text, size)
      this.items.push({
        type: 'box',
        width,
        text: segment.text,
        face: segment.face,
        size,
        rise: attrs.rise ?? 0,
        link: attrs.link,
        anchor: first ? attrs.anchor : undefined,
        noteRef: first ? attrs.noteRef : undefined,
        ...(attrs.tag === undefined ? {} : {tag: attrs.tag})
      })
      first = false
    }
  }

  private word(word: string, style: Style, size: number, extra: TextExtra, offset: number): void {
    const parts = this.partsOf(word, style, offset, extra.hyphenate !== false && this.shared.hyphenate !== undefined)
    this.tie(word)
    const rise = extra.rise ?? 0
    const link = extra.link
    const tag = extra.tag === undefined ? {} : {tag: extra.tag}
    const from = this.items.length
    for (const part of parts) {
      if (part.type === 'box') this.items.push({type: 'box', width: part.units * size, text: part.text, face: part.face, size, rise, link, ...tag})
      else if (part.type === 'hyphen')
        this.items.push({type: 'penalty', width: part.units * size, penalty: typography.hyphenation.penalty, flagged: true, hyphen: {face: part.face, size, rise, link, ...tag}})
      else this.items.push({type: 'penalty', width: 0, penalty: part.penalty, flagged: part.flagged})
    }
    const at = word.length >= limits.locatedWordFrom.value ? this.hooks.locate?.(offset) : undefined
    if (at) this.located.push({from, to: this.items.length - 1, at})
  }

  /**
   * A word's parts: measured before in this document, else kept in the store (a value that is
   * not the word's is measured anew), else measured now, and kept. A word with a character no
   * font has is measured again where it recurs, so that each place is reported.
   */
  private partsOf(word: string, style: Style, offset: number, hyphenate: boolean): readonly WordPart[] {
    const kind = style + (hyphenate ? '\u0001' : '\u0002')
    let words = this.shared.words.get(kind)
    if (!words) this.shared.words.set(kind, (words = new Map()))
    const known = words.get(word)
    if (known) return known
    const store = word.length <= limits.storedWordUpTo.value ? this.shared.store : undefined
    const scope = store && this.scopeOf(kind, style, hyphenate)
    const kept = scope === undefined ? undefined : STORE_KINDS.word.decode(store!.get(scope, word), word, this.fonts.faceKeys)
    if (kept) {
      words.set(word, kept)
      return kept
    }
    let complete = true
    const parts = this.measure(word, style, hyphenate, (char, index) => {
      complete = false
      this.missing(char, offset + index)
    })
    if (complete) {
      words.set(word, parts)
      if (scope !== undefined) store!.set(scope, word, STORE_KINDS.word.encode(parts))
    }
    return parts
  }

  /** The store's scope of the words of a kind (style, hyphenated or not), made once per document: one string, hashed once as a key. */
  private scopeOf(kind: string, style: Style, hyphenate: boolean): string {
    const scopes = (this.shared.scopes ??= new Map())
    let scope = scopes.get(kind)
    if (scope === undefined) scopes.set(kind, (scope = STORE_KINDS.word.scope(this.fonts.identity, this.fonts.lang, hyphenate ? style : `${style}/unhyphenated`)))
    return scope
  }

  /** The space before `word` never breaks when the word before it and `word` are a tie (`p. 5`, `14 GiB`: see `TIES`). */
  private tie(word: string): void {
    const space = this.items.length - 1
    if (this.items[space]?.type !== 'glue') return
    let before = ''
    for (let i = space - 1; i >= 0 && space - i <= 12; i--) {
      const item = this.items[i]!
      if (item.type === 'glue') break
      if (item.type === 'box') before = item.text + before
    }
    if (before && isTie(before, word)) this.items.splice(space, 0, {type: 'penalty', width: 0, penalty: INFINITY, flagged: false})
  }

  /**
   * Measure a word at size 1. Break opportunities: hyphenation points (never in a compound, a URL
   * or a file name), zero-width spaces and the rules of `wordBreaks` (dashes, slashes, URLs). The
   * boxes of one face are measured as differences of the word's shaped prefixes, so that they add
   * up to the word shaped whole (kerning and ligatures across hyphenation points).
   */
  private measure(word: string, style: Style, hyphenate: boolean, missing: (char: string, index: number) => void): WordPart[] {
    const face = this.fonts.styleFace(style)
    const {text, cuts} = cutPoints(word, hyphenate ? this.shared.hyphenate : undefined)
    const parts: WordPart[] = []
    let prefix: {face: FaceKey; text: string} | undefined
    let from = 0
    for (const cut of [...cuts, {at: text.length, kind: 'end' as const}]) {
      const piece = text.slice(from, cut.at)
      const at = from
      for (const segment of piece ? this.fonts.segments(style, piece, (char, index) => missing(char, at + index)) : []) {
        let units: number
        if (prefix && prefix.face === segment.face && prefix.text.length < limits.shapedPrefixUpTo.value) {
          const before = this.fonts.width(segment.face, prefix.text, 1)
          prefix.text += segment.text
          units = this.fonts.width(segment.face, prefix.text, 1) - before
        } else {
          prefix = {face: segment.face, text: segment.text}
          units = this.fonts.width(segment.face, segment.text, 1)
        }
        parts.push({type: 'box', text: segment.text, face: segment.face, units})
      }
      from = cut.at
      if (cut.kind === 'hyphen') parts.push({type: 'hyphen', face, units: this.fonts.width(face, '-', 1)})
      else if (cut.kind === 'break') parts.push({type: 'break', penalty: cut.penalty, flagged: cut.flagged})
    }
    // A word starts and ends with a box.
    while (parts.length > 0 && parts[parts.length - 1]!.type !== 'box') parts.pop()
    while (parts.length > 0 && parts[0]!.type !== 'box') parts.shift()
    return parts
  }
}

type Cut = {at: number; kind: 'hyphen'} | ({kind: 'break'} & WordBreak)

/** A run of letters long enough to hyphenate (`typography.hyphenation.minWord`). */
const HYPHENATABLE_RUN = new RegExp(`\\p{L}{${typography.hyphenation.minWord},}`, 'u')

/** Whether a word may be hyphenated: long enough, not a compound (broken at its own hyphens), not a URL, path, address or file name. */
export function hyphenatable(word: string): boolean {
  return word.length <= limits.hyphenateUpTo.value && HYPHENATABLE_RUN.test(word) && !/[/@_\\]|\w\.\w/u.test(word) && !isCompound(word)
}

/**
 * The word's text (soft hyphens and zero-width spaces taken out) and where it may break: the
 * hyphenator's points (soft hyphens), zero-width spaces, and the rules of `wordBreaks`.
 */
function cutPoints(word: string, hyphenate: ((word: string) => string) | undefined): {text: string; cuts: Cut[]} {
  const marked = hyphenate && hyphenatable(word) ? hyphenate(word) : word
  const cuts: Cut[] = []
  let text = ''
  for (const char of marked) {
    if (char === '\u00ad') cuts.push({at: text.length, kind: 'hyphen'})
    else if (char === '\u200b') cuts.push({at: text.length, kind: 'break', penalty: 0, flagged: false})
    else text += char
  }
  const taken = new Set(cuts.map((cut) => cut.at))
  for (const rule of wordBreaks(text)) if (!taken.has(rule.at)) cuts.push({kind: 'break', ...rule})
  cuts.sort((a, b) => a.at - b.at)
  return {text, cuts}
}

/**
 * A hyphenator for `hyphen` patterns that never breaks inside the first `typography.hyphenation.left`
 * or last `right` letters (TeX's \lefthyphenmin and \righthyphenmin), with its results kept per word.
 */
export function makeHyphenator(hyphenate: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>()
  return (word) => {
    let result = cache.get(word)
    if (result === undefined) {
      const raw = hyphenate(word)
      let out = ''
      let letters = 0
      const total = [...word.replace(/\u00ad/g, '')].filter((c) => /\p{L}/u.test(c)).length
      for (const char of raw) {
        if (char === '\u00ad') {
          if (letters >= typography.hyphenation.left && total - letters >= typography.hyphenation.right) out += char
          continue
        }
        if (/\p{L}/u.test(char)) letters++
        out += char
      }
      result = out
      cache.set(word, result)
    }
    return result
  }
}
