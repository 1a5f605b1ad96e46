import type {Definition, FootnoteDefinition, Heading, Nodes, PhrasingContent, Root, RootContent} from 'mdast'
import type {Position} from 'unist'
import createHyphenator from 'hyphen'
import type {Article, ArticleMeta, Diagnostic} from '@octavo/tree'
import {append, labelsFor, scriptRuns} from '@octavo/tree'
import type {ScriptRun} from '@octavo/tree'
import type {Labels} from '@octavo/tree'
import {FontSet} from './fonts.js'
import type {Style} from './fonts.js'
import {geometryOf} from './geometry.js'
import {typography} from './typography.js'
import type {Geometry} from './geometry.js'
import {InlineBuilder, makeHyphenator, round} from './inline.js'
import type {InlineShared, SetLine, SetOptions} from './inline.js'
import type {Target} from './items.js'
import type {Element, LineElement} from './elements.js'
import type {HyphenationPatterns, LayoutImage, LayoutItem, LayoutOptions, StructType} from './types.js'
import {BLOCK_TAGS, headingTag, Structure} from './structure.js'
import {STORE_KINDS} from './store.js'
import {keptParagraph, paragraphKey, replayParagraph, settingsHash} from './paragraphs.js'
import type {ParagraphPrefix} from './paragraphs.js'
import type {UnitSlot} from './unit-store.js'

/** The context a block is set in. */
export interface BlockContext {
  /** Left edge relative to the text block, and measure. */
  indent: number
  width: number
  size: number
  leading: number
  style: Style
  /** Elements go here: the body, or the lines of a note. */
  target: Element[]
  /** The next paragraph starts flush (no first-line indent). */
  flush: boolean
  /** Set inside notes: references there do not place notes. */
  inNote: boolean
  /** A box (the note number, linked back to its reference) to put before the first paragraph's text, and a space. */
  prefix?: ParagraphPrefix | undefined
}

/** The context inline content is set in. */
export interface InlineContext {
  b: InlineBuilder
  style: Style
  size: number
  link?: Target | undefined
  inNote: boolean
  /** The language an inline ancestor named (`data.lang`): its texts are in it, not cut by script. */
  lang?: string
}

export type BlockType = Exclude<RootContent['type'], PhrasingContent['type']> | 'html'
export type BlockHandlers = {[T in BlockType]: (t: Typesetter, node: Extract<RootContent, {type: T}>, ctx: BlockContext) => void}
export type InlineHandlers = {[T in PhrasingContent['type']]: (t: Typesetter, node: Extract<PhrasingContent, {type: T}>, ctx: InlineContext) => void}

export interface Note {
  key: string
  def?: FootnoteDefinition
  /** Laid out lazily, once. */
  lines?: LineElement[]
}

/** The handlers a Typesetter dispatches to: one per block type, one per inline type. */
export interface Handlers {
  block: BlockHandlers
  inline: InlineHandlers
}

/**
 * The state of one layout, shared by every handler (handlers/*.ts) as mdast-util-to-hast's state
 * is: fonts, geometry, the elements made so far, notes, structure, diagnostics; with the steps
 * every handler uses (dispatch, paragraphs, lines, space, structure elements, diagnostics).
 */
export class Typesetter {
  readonly fonts: FontSet
  readonly geo: Geometry
  readonly diagnostics: Diagnostic[] = []
  /** Word measurements and the hyphenator, shared by every paragraph of the document. */
  readonly shared: InlineShared
  readonly notesMode: 'footnotes' | 'endnotes'
  readonly meta: ArticleMeta
  /** Code is set this share of the text size: the mono face's x-height matched to the text face's (`codeScaleFor`). */
  readonly codeScale: number
  /** The words the edition prints itself (Abstract, Notes, …) in the document's language. */
  readonly labels: Labels
  readonly textWidth: number
  readonly body: Element[] = []
  readonly notes = new Map<string, Note>()
  readonly noteOrder: string[] = []
  readonly definitions = new Map<string, Definition>()
  /** Notes whose first reference has been set. */
  readonly referenced = new Set<string>()
  /** Note scope: `` for an article, `a3/` inside the third article of a volume (its notes are numbered afresh). */
  scope = ''
  readonly scopes = new WeakMap<Article, string>()
  /** The key of each note identifier, by scope (`a3/12` → its number). */
  readonly numbers = new Map<string, string>()
  /** Headings given an id so far (`h-1`, `h-2`, …). */
  headingCount = 0
  /** The source file of each article of a volume, by note scope (`a3/`), for diagnostics. */
  readonly files = new Map<string, string>()
  /** Images drawn, by id (hash of their bytes). */
  readonly images = new Map<string, LayoutImage>()
  /** The structure tree (tagged PDF), and the element the lines being set belong to. */
  readonly structure = new Structure()
  blockTag = 0
  /** Headings are H(depth + headingShift): see `headingShift`. */
  headingShift = 0
  /** The element holding each note's first reference: the note is read after it (a Note inside it). */
  readonly noteParents = new Map<string, number>()
  /** The articles of a volume set as units (units.ts), by note scope; none when `unitsOff`. */
  readonly units = new Map<string, UnitSlot>()
  unitsOff = false
  get unitScope(): string {
    return STORE_KINDS.unit.scope(this.fonts.identity, this.fonts.lang)
  }
  /** Position and text of the node being set, for diagnostics about its characters. */
  private position: Position | undefined
  text: string | undefined

  constructor(
    readonly tree: Root,
    readonly options: LayoutOptions,
    /** The handler of each node type (handlers/index.ts): `block` and `inline` dispatch through them. */
    readonly handlers: Handlers
  ) {
    const lang = tree.data?.meta?.lang
    this.fonts = new FontSet(options.fonts ?? {}, typeof lang === 'string' ? lang : 'en')
    for (const problem of this.fonts.problems) {
      const what = problem.face === 'regular' ? 'the regular face' : `the ${problem.face} face`
      const instead = problem.face === 'regular' ? (this.fonts.usable ? '; another face given stands in for it' : '; no font can be used, nothing is typeset') : '; it is left out'
      this.report({severity: 'error', message: `font file given as ${what} cannot be parsed (${problem.reason})${instead}`, source: 'render-pdf:font'})
    }
    if (!this.fonts.usable && !this.fonts.problems.some((p) => p.face === 'regular')) {
      this.report({severity: 'error', message: 'no font file given: nothing is typeset', source: 'render-pdf:font'})
    }
    // A volume is bound (recto and verso): its inside margin is wider.
    this.geo = geometryOf(
      options.pageSize ?? 'a4',
      tree.children.some((c) => c.type === 'article')
    )
    this.textWidth = this.geo.width - this.geo.inner - this.geo.outer
    this.notesMode = options.notes ?? 'footnotes'
    this.meta = tree.data?.meta ?? {}
    this.codeScale = this.fonts.usable ? codeScaleFor(this.fonts) : 1
    this.labels = labelsFor(typeof this.meta.lang === 'string' ? this.meta.lang : 'en')
    this.lang = typeof this.meta.lang === 'string' && this.meta.lang ? this.meta.lang : 'en'
    const patterns = pickPatterns(options.hyphenation, typeof this.meta.lang === 'string' ? this.meta.lang : 'en')
    this.shared = {words: new Map(), hyphenate: patterns ? hyphenatorFor(patterns) : undefined, store: options.store}
  }

  /** Record a diagnostic; inside an article of a volume it names the article's file. */
  report(diagnostic: Diagnostic): void {
    const file = this.files.get(this.scope)
    this.diagnostics.push(file !== undefined && diagnostic.file === undefined ? {...diagnostic, file} : diagnostic)
  }

  bodyContext(): BlockContext {
    return {indent: 0, width: this.textWidth, size: this.geo.size, leading: this.geo.leading, style: 'regular', target: this.body, flush: true, inNote: false}
  }

  /** Dispatch a block node to its handler; unknown nodes are diagnostics. */
  block(node: RootContent, ctx: BlockContext): void {
    const handler = (this.handlers.block as Record<string, ((t: Typesetter, node: never, ctx: BlockContext) => void) | undefined>)[node.type]
    if (handler) {
      // Inside a note everything is the Note's; elsewhere a block is an element of its own (BLOCK_TAGS).
      const tag = ctx.inNote ? undefined : BLOCK_TAGS[node.type]?.tag(node, this.headingShift)
      const lang = langOf(node)
      const saved = this.lang
      if (lang !== undefined) this.lang = lang
      try {
        if (tag) this.within(tag, () => handler(this, node as never, ctx), lang === undefined || lang === saved ? {} : {lang})
        else handler(this, node as never, ctx)
      } finally {
        this.lang = saved
      }
      return
    }
    if (node.type in this.handlers.inline) {
      // Phrasing content where a block is expected: set it as a paragraph.
      this.paragraph([node as PhrasingContent], ctx, node.position)
      return
    }
    this.unknown(node)
  }

  /** The level of the last heading of the text, for `headingLevel`. */
  lastHeading = 1

  /**
   * A heading's level in the structure: a warning when it skips one (an H4
   * after an H2): a screen reader's outline then has a gap.
   */
  headingLevel(node: Heading): void {
    const level = Number(headingTag(node.depth, this.headingShift).slice(1))
    if (level > this.lastHeading + 1) {
      const message = `heading level skipped (H${level} after H${this.lastHeading}): screen readers show a gap in the outline; use ${'#'.repeat(Math.max(1, this.lastHeading + 1 - this.headingShift))} here`
      this.report({severity: 'warning', message, position: node.position, source: 'render-pdf:structure'})
    }
    this.lastHeading = level
  }

  /** The language of the block being set: the document's, or a block's own (`data.lang`). */
  lang = 'en'

  /**
   * A text in runs of one language: all of it in `own` (a language its node or an ancestor
   * names), or cut where another script starts (`scriptRuns`, the table render-epub uses too);
   * a run in the language of its block has no `lang`.
   */
  languageRuns(value: string, own: string | undefined): ScriptRun[] {
    if (own === undefined) return scriptRuns(value, this.lang)
    return [own.toLowerCase() === this.lang.toLowerCase() ? {text: value} : {text: value, lang: own}]
  }

  /** A link with a Link structure element of its own (under `parent`, the current element by default): its text and its annotations go there, read as one link. */
  linkTo(target: Target, parent = this.blockTag): Target {
    return {...target, tag: this.structure.open('Link', parent)}
  }

  /** Run `set` with the lines it makes belonging to a new structure element of `type` (under the current one). */
  within(type: StructType, set: () => void, extra: {alt?: string; lang?: string} = {}): void {
    const saved = this.blockTag
    this.blockTag = this.structure.open(type, saved, extra)
    try {
      set()
    } finally {
      this.blockTag = saved
    }
  }

  inline(node: PhrasingContent, ctx: InlineContext): void {
    const handler = (this.handlers.inline as Record<string, ((t: Typesetter, node: never, ctx: InlineContext) => void) | undefined>)[node.type]
    const lang = langOf(node)
    if (handler) handler(this, node as never, lang === undefined || node.type === 'text' ? ctx : {...ctx, lang})
    else this.unknown(node)
  }

  unknown(node: Nodes | {type: string; position?: Position}): void {
    this.report({severity: 'warning', message: `render-pdf: no handler for node type \`${node.type}\`; it is left out`, position: node.position, source: 'render-pdf:node'})
  }

  builder(position: Position | undefined): InlineBuilder {
    this.position = position
    return new InlineBuilder(this.fonts, this.shared, {
      missing: (char, index) => this.missingChar(char, index),
      locate: (index) => this.locate(index),
      overlong: (run, at) => {
        const message = `a word of ${run.length} characters (${run.excerpt}) is wider than the line: it is broken between characters`
        this.report({severity: 'warning', message, position: at ?? position, source: 'render-pdf:overfull'})
      }
    })
  }

  private missingChar(char: string, index: number): void {
    const cp = char.codePointAt(0) ?? 0
    const code = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0')
    this.report({
      severity: 'warning',
      message: `no font has a glyph for ${code} (${char}); it prints as a blank box (a blank space under PDF/A-2u, which forbids drawing the font's .notdef glyph)`,
      position: this.locate(index),
      source: 'render-pdf:font'
    })
  }

  /** The position of the character at `index` of the text node being set (its value may span lines). */
  private locate(index: number): Position | undefined {
    const position = this.position
    if (!position) return undefined
    const {line, column} = this.lineAndColumn(index)
    const start = {line: position.start.line + line, column: line > 0 ? column : position.start.column + index}
    return {start: {...start, ...(position.start.offset === undefined ? {} : {offset: position.start.offset + index})}, end: position.end}
  }

  /** Where `index` is in the text being set: lines before it, and its column after the last of them (linear over a node's increasing indices). */
  private lineAndColumn(index: number): {line: number; column: number} {
    const text = this.text ?? ''
    let cursor = this.cursor
    if (cursor?.text !== text || cursor.index > index) cursor = this.cursor = {text, index: 0, lines: 0, lineStart: 0}
    for (let i = cursor.index; i < index && i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        cursor.lines++
        cursor.lineStart = i + 1
      }
    }
    cursor.index = Math.max(cursor.index, index)
    return {line: cursor.lines, column: index - cursor.lineStart + 1}
  }
  private cursor: {text: string; index: number; lines: number; lineStart: number} | undefined

  /**
   * Set phrasing content as one paragraph: its lines as a store kept them (paragraphs.ts: the
   * same content in the same context), else set now, and kept.
   */
  paragraph(children: PhrasingContent[], ctx: BlockContext, position: Position | undefined, set: Partial<SetOptions> = {}): LineElement[] {
    const kept = this.shared.store && this.paragraphSlot(children, ctx, set)
    const tags = {block: this.blockTag, prefix: ctx.prefix?.link.tag}
    const stored = kept && STORE_KINDS.paragraph.decode(this.shared.store!.get(kept.scope, kept.key), this.fonts.faceKeys)
    const replayed = stored && replayParagraph(stored, (type, parent, extra) => this.structure.open(type, parent, extra), tags)
    if (replayed) {
      for (const key of stored.firsts) {
        this.referenced.add(key)
        this.noteParents.set(key, this.blockTag)
      }
      for (const line of replayed) for (const item of line.items) if (item.type === 'text') this.fonts.use(item.font, item.text)
      this.position = children.findLast((child) => child.position)?.position ?? position
      return this.placeLines(replayed, ctx, position)
    }
    const before = {elements: this.structure.elements.length, diagnostics: this.diagnostics.length, referenced: this.referenced.size}
    const lines = this.setLines(children, ctx, position, set)
    if (kept && this.diagnostics.length === before.diagnostics) {
      const firsts = [...this.referenced].slice(before.referenced)
      const record = keptParagraph(lines, this.structure.elements, before.elements, firsts, tags)
      if (record) this.shared.store!.set(kept.scope, kept.key, STORE_KINDS.paragraph.encode(record))
    }
    return this.placeLines(lines, ctx, position)
  }

  /** Where a store keeps this paragraph's lines (scope and key), undefined when it never keeps them. */
  private paragraphSlot(children: PhrasingContent[], ctx: BlockContext, set: Partial<SetOptions>): {scope: string; key: string} | undefined {
    this.settings ??= settingsHash()
    const input = {
      children,
      width: ctx.width,
      size: ctx.size,
      style: ctx.style,
      inNote: ctx.inNote,
      flush: ctx.flush,
      set,
      prefix: ctx.prefix,
      lang: this.lang,
      codeScale: this.codeScale,
      hyphenated: this.shared.hyphenate !== undefined
    }
    const resolve = {noteKey: (id: string) => this.noteKey(id), referenced: (key: string) => this.referenced.has(key), definition: (id: string) => this.definitions.get(id)?.url}
    const key = paragraphKey(input, resolve, this.settings)
    return key === undefined ? undefined : {scope: STORE_KINDS.paragraph.scope(this.fonts.identity, this.fonts.lang), key}
  }
  /** The values of `typography` and `limits` this layout runs with (`settingsHash`). */
  private settings: string | undefined
  get settingsHash(): string {
    return (this.settings ??= settingsHash())
  }

  /** Set phrasing content into lines (the note number first, when there is one). */
  private setLines(children: PhrasingContent[], ctx: BlockContext, position: Position | undefined, set: Partial<SetOptions>): SetLine[] {
    const b = this.builder(position)
    const prefix = ctx.prefix
    if (prefix) {
      b.box(prefix.label, 'regular', prefix.size, {link: prefix.link, anchor: prefix.anchor})
      b.space('regular', prefix.size)
    }
    const ictx: InlineContext = {b, style: ctx.style, size: ctx.size, inNote: ctx.inNote}
    for (const child of children) {
      if (child.position) this.position = child.position
      this.inline(child, ictx)
    }
    const indent = ctx.flush ? 0 : ctx.size * typography.paragraph.indent
    return b.set({width: ctx.width, firstIndent: indent, restIndent: 0, align: 'justify', ...set})
  }

  /** A paragraph's lines into the target: the note number used, the next paragraph indented, overfull lines reported. */
  private placeLines(lines: SetLine[], ctx: BlockContext, position: Position | undefined): LineElement[] {
    ctx.prefix = undefined
    ctx.flush = false
    this.checkOverfull(lines, ctx.width, position)
    return this.pushLines(lines, ctx)
  }

  /** A line wider than its measure (a word or URL too long to break) is a warning, with the paragraph's position. */
  private checkOverfull(lines: SetLine[], width: number, position: Position | undefined): void {
    for (const line of lines) {
      let right = 0
      for (const item of line.items) if (item.type === 'text') right = Math.max(right, item.x + item.width)
      if (right > width + typography.overfull) {
        const text = line.items.map((item) => (item.type === 'text' ? item.text : '')).join('')
        this.report({severity: 'warning', message: `overfull line (${(right - width).toFixed(1)} pt too wide): ${text.slice(0, 60)}`, position, source: 'render-pdf:overfull'})
      }
    }
  }

  /** Lines into elements, with orphan and widow control (a paragraph never leaves one line alone). */
  pushLines(lines: SetLine[], ctx: BlockContext, leading = ctx.leading): LineElement[] {
    const out: LineElement[] = lines.map((line) => ({
      kind: 'line',
      height: leading,
      ascent: leading * typography.paragraph.ascent,
      items: shift(line.items, ctx.indent),
      tag: this.blockTag,
      refs: ctx.inNote || this.notesMode === 'endnotes' ? [] : line.refs,
      keep: false,
      ...(line.hyphenated ? {hyphenated: true} : {})
    }))
    if (out.length >= 2) {
      out[0]!.keep = true
      out[out.length - 2]!.keep = true
    }
    append(ctx.target, out)
    return out
  }

  /** The space a title drops by from the top of its page (a volume's title page): kept there, where other space vanishes. */
  drop(ctx: BlockContext, height: number): void {
    ctx.target.push({kind: 'space', height, keep: true, drop: true})
  }

  space(ctx: BlockContext, height: number, keep = false): void {
    const last = ctx.target[ctx.target.length - 1]
    if (!last) return
    if (last.kind === 'space') {
      last.height = Math.max(last.height, height)
      last.keep ||= keep
      return
    }
    ctx.target.push({kind: 'space', height, keep})
  }

  /** The key of the note an identifier names, in the current scope. */
  noteKey(identifier: string): string {
    return this.numbers.get(this.scope + identifier) ?? this.scope + identifier
  }

  centered(text: string, style: Style, size: number, leading: number, ctx: BlockContext): void {
    const b = this.builder(undefined)
    b.text(text, style, size, {hyphenate: false})
    const els = this.pushLines(b.set({width: this.textWidth, align: 'center'}), ctx, leading)
    for (const el of els) el.keep = true
  }

  reportMissing(char: string, index: number): void {
    this.missingChar(char, index)
  }

  nextHeadingId(): string {
    return `h-${++this.headingCount}`
  }
}

/** The size of code relative to the text: the ratio of the text face's x-height to the mono face's, within `typography.codeScale`. */
function codeScaleFor(fonts: FontSet): number {
  const ratio = fonts.xHeight(fonts.styleFace('regular')) / fonts.xHeight(fonts.styleFace('mono'))
  return Math.min(typography.codeScale.most, Math.max(typography.codeScale.least, ratio))
}

/** Items moved `dx` points to the right (a block's indent). */
export function shift(items: LayoutItem[], dx: number): LayoutItem[] {
  if (dx === 0) return items
  return items.map((item) => {
    switch (item.type) {
      case 'text':
      case 'anchor':
        return {...item, x: round(item.x + dx)}
      case 'rule':
        return {...item, x1: round(item.x1 + dx), x2: round(item.x2 + dx)}
      case 'link':
        return {...item, rect: [round(item.rect[0] + dx), item.rect[1], round(item.rect[2] + dx), item.rect[3]]}
      case 'image':
        return {...item, x: round(item.x + dx)}
    }
  })
}

/** One hyphenator per patterns object, its results kept across documents (memoization only). */
const hyphenators = new WeakMap<object, (word: string) => string>()
function hyphenatorFor(patterns: HyphenationPatterns): (word: string) => string {
  const key = patterns as object
  let hyphenator = hyphenators.get(key)
  if (!hyphenator) hyphenators.set(key, (hyphenator = makeHyphenator(createHyphenator(patterns, {hyphenChar: '\u00ad', minWordLength: typography.hyphenation.minWord}))))
  return hyphenator
}

function pickPatterns(hyphenation: LayoutOptions['hyphenation'], lang: string): HyphenationPatterns | undefined {
  if (hyphenation === undefined || hyphenation === null) return undefined
  if (Array.isArray(hyphenation)) return hyphenation
  const map = hyphenation as Record<string, HyphenationPatterns>
  const tag = lang.toLowerCase()
  const base = tag.split('-')[0] ?? tag
  return map[tag] ?? map[base] ?? (base === 'en' ? map['en-us'] : undefined) ?? Object.entries(map).find(([k]) => k.split('-')[0] === base)?.[1]
}

/** The language a node names (`data.lang`, from an HTML `lang` attribute), if any. */
export function langOf(node: Nodes): string | undefined {
  const lang = (node.data as {lang?: unknown} | undefined)?.lang
  return typeof lang === 'string' && lang !== '' ? lang : undefined
}
