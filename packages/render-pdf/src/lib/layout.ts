import type {
  Blockquote, Code, Definition, FootnoteDefinition, FootnoteReference, Heading, Image, List, ListItem, Nodes, Paragraph,
  PhrasingContent, Root, RootContent, Table, TableCell, TableRow
} from 'mdast'
import type {Position} from 'unist'
import createHyphenator from 'hyphen'
import type {Article, ArticleMeta, CslName, Diagnostic} from '@octavo/tree'
import {append, boundDepth, labelsFor, noteTable, pageRange, scriptRuns} from '@octavo/tree'
import type {ScriptRun} from '@octavo/tree'
import type {Labels} from '@octavo/tree'
import {FontSet} from './fonts.js'
import type {Style} from './fonts.js'
import {geometryOf, typography} from './geometry.js'
import type {Geometry} from './geometry.js'
import {fitImage, imageBytes, imageId, imageInfo, pngProblem, sniffFormat} from './images.js'
import type {ImageInfo} from './images.js'
import {limits} from './limits.js'
import {CONTINUATION, wrapCode} from './code.js'
import {InlineBuilder, makeHyphenator, round} from './inline.js'
import type {InlineItem, InlineShared, SetLine, SetOptions, Target} from './inline.js'
import {paginate} from './paginate.js'
import type {Element, LineElement, RunningHeads} from './paginate.js'
import type {HyphenationPatterns, LayoutImage, LayoutItem, LayoutOptions, LayoutResult, StructType} from './types.js'
import {BLOCK_TAGS, headingShift, headingTag, Structure} from './structure.js'
import {atVolumeRoot, authorsHead, backMatterOf, backMatterStart, contentsNumber, frontMatter, rectoStarts, runningHead, VOLUME_SCALE} from './volume.js'

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
  /** A box (the note number) to put before the first paragraph's text. */
  prefix?: ((b: InlineBuilder) => void) | undefined
}

/** The context inline content is set in. */
interface InlineContext {
  b: InlineBuilder
  style: Style
  size: number
  link?: Target | undefined
  inNote: boolean
  /** The language an inline ancestor named (`data.lang`): its texts are in it, not cut by script. */
  lang?: string
}

type BlockType = Exclude<RootContent['type'], PhrasingContent['type']> | 'html'
type BlockHandlers = {[T in BlockType]: (t: Typesetter, node: Extract<RootContent, {type: T}>, ctx: BlockContext) => void}
type InlineHandlers = {[T in PhrasingContent['type']]: (t: Typesetter, node: Extract<PhrasingContent, {type: T}>, ctx: InlineContext) => void}

interface Note {
  key: string
  def?: FootnoteDefinition
  /** Laid out lazily, once. */
  lines?: LineElement[]
}

/** Lay out an Octavo tree into pages of positioned items. Pure: same tree and options, same layout. */
export function layout(tree: Root, options: LayoutOptions): LayoutResult {
  const bounded = boundDepth(tree, limits.treeDepth.value)
  const t = new Typesetter(bounded.tree, options)
  if (bounded.collapsed) {
    const {count, position} = bounded.collapsed
    const what = count === 1 ? 'one part of the document is' : `${count} parts of the document are`
    t.report({severity: 'warning', message: `${what} nested more than ${limits.treeDepth.value} levels deep: set as plain text below that level`, position, source: 'render-pdf:depth'})
  }
  if (!t.fonts.usable) {
    const geo = t.geo
    return {layout: {width: geo.width, height: geo.height, pages: [], outline: [], info: {title: '', author: '', lang: 'en'}, charsets: {}, structure: t.structure.elements}, diagnostics: t.diagnostics}
  }
  return t.run()
}

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
  private readonly numbers = new Map<string, string>()
  private headingCount = 0
  /** The source file of each article of a volume, by note scope (`a3/`), for diagnostics. */
  private readonly files = new Map<string, string>()
  /** Images drawn, by id (hash of their bytes). */
  readonly images = new Map<string, LayoutImage>()
  /** The structure tree (tagged PDF), and the element the lines being set belong to. */
  readonly structure = new Structure()
  blockTag = 0
  /** Headings are H(depth + headingShift): see `headingShift`. */
  headingShift = 0
  /** The element holding each note's first reference: the note is read after it (a Note inside it). */
  readonly noteParents = new Map<string, number>()
  /** Position and text of the node being set, for diagnostics about its characters. */
  private position: Position | undefined
  text: string | undefined

  constructor(
    readonly tree: Root,
    readonly options: LayoutOptions
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
    this.geo = geometryOf(options.pageSize ?? 'a4', tree.children.some((c) => c.type === 'article'))
    this.textWidth = this.geo.width - this.geo.inner - this.geo.outer
    this.notesMode = options.notes ?? 'footnotes'
    this.meta = tree.data?.meta ?? {}
    this.codeScale = this.fonts.usable ? codeScaleFor(this.fonts) : 1
    this.labels = labelsFor(typeof this.meta.lang === 'string' ? this.meta.lang : 'en')
    this.lang = typeof this.meta.lang === 'string' && this.meta.lang ? this.meta.lang : 'en'
    const patterns = pickPatterns(options.hyphenation, typeof this.meta.lang === 'string' ? this.meta.lang : 'en')
    this.shared = {words: new Map(), hyphenate: patterns ? hyphenatorFor(patterns) : undefined}
  }

  run(): LayoutResult {
    const ctx = this.bodyContext()
    const depths: number[] = []
    visitHeadings(this.tree, depths)
    this.headingShift = headingShift(depths)
    const articles = this.tree.children.filter((c): c is Article => c.type === 'article')
    this.collectNotes(this.tree, '')
    articles.forEach((article, i) => {
      const scope = `a${i + 1}/`
      this.scopes.set(article, scope)
      if (typeof article.data?.file === 'string') this.files.set(scope, article.data.file)
      this.collectNotes(article, scope)
    })
    const contents = articles.length > 0 ? frontMatter(this, ctx, articles) : []
    if (articles.length === 0) this.articleStart(this.meta, ctx, false)
    this.flow(this.tree.children, ctx, articles.length > 0 ? undefined : this.meta)
    if (this.notesMode === 'footnotes') this.unreferencedNotes()
    let pages = paginate(this)
    if (contents.length > 0) {
      // The contents lines have their height already (a column is kept for the numbers): the second pass only fills them in.
      const labelOf = new Map(pages.outline.map((entry) => [entry.dest, pages.pages[entry.page - 1]?.label ?? String(entry.page)]))
      for (const entry of contents) contentsNumber(this, entry, labelOf.get(entry.dest) ?? '')
      pages = paginate(this)
    }
    const charsets: Record<string, string> = {}
    for (const [face, set] of [...this.fonts.used].sort(([a], [b]) => (a < b ? -1 : 1))) charsets[face] = [...set].sort().join('')
    const author = authorLine(this.meta)
    const info: LayoutResult['layout']['info'] = {title: typeof this.meta.title === 'string' ? this.meta.title : '', author, lang: typeof this.meta.lang === 'string' ? this.meta.lang : 'en'}
    const subject = [this.meta['container-title'], this.meta.volume].filter((v) => v !== undefined && v !== '').join(' ')
    if (subject) info.subject = subject
    const result: LayoutResult = {
      layout: {width: this.geo.width, height: this.geo.height, pages: pages.pages, outline: pages.outline, info, charsets, structure: this.structure.elements},
      diagnostics: this.diagnostics
    }
    if (pages.labels.length > 0) result.layout.pageLabels = pages.labels
    if (this.images.size > 0) result.layout.images = Object.fromEntries(this.images)
    return result
  }

  /** Record a diagnostic; inside an article of a volume it names the article's file. */
  report(diagnostic: Diagnostic): void {
    const file = this.files.get(this.scope)
    this.diagnostics.push(file !== undefined && diagnostic.file === undefined ? {...diagnostic, file} : diagnostic)
  }

  /** Why an image cannot be printed (remote, not given, not PNG or JPEG, broken header), or its bytes and size. */
  imageFor(node: Image): {info: ImageInfo; data: Uint8Array} | {problem: string; missing?: true} {
    const data = imageBytes(this.options.images, node.url)
    if (!data) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(node.url) && !/^file:/i.test(node.url)) return {problem: 'is remote (only local image files are printed)'}
      return {problem: 'was not found (no image file was given for it)', missing: true}
    }
    const info = imageInfo(data)
    if (info) {
      const problem = info.format === 'png' ? pngProblem(data) : undefined
      return problem === undefined ? {info, data} : {problem: `is a PNG file that ${problem}`}
    }
    const format = sniffFormat(data)
    if (format === 'png' || format === 'jpeg') return {problem: `is a ${format.toUpperCase()} file whose header cannot be read`}
    return {problem: `is ${format ? `a${format === 'svg' ? 'n' : ''} ${format.toUpperCase()} file` : 'not an image file this renderer knows'}, not PNG or JPEG`}
  }

  /**
   * An image alone in its paragraph, as a figure: scaled down to the measure and to 60% of the page
   * height, centred, its title (or alt text) as a caption in small type. One element: it never
   * splits, and goes to the next page when it does not fit. False when the image cannot be printed.
   */
  figure(node: Image, ctx: BlockContext): boolean {
    if (node.data?.embed) {
      // Embedded content (an iframe): nothing to look for; the parser warned about it.
      this.placeholder(node, ctx)
      return true
    }
    const found = this.imageFor(node)
    if ('problem' in found) {
      if (!found.missing) return false
      this.report({severity: 'warning', message: `image "${node.url}" ${found.problem}; a captioned placeholder is printed instead`, position: node.position, source: 'render-pdf:image'})
      this.placeholder(node, ctx)
      return true
    }
    const {info, data} = found
    let id = ids.get(data)
    if (id === undefined) ids.set(data, (id = imageId(data)))
    if (!this.images.has(id)) this.images.set(id, {src: node.url, format: info.format, pixelWidth: info.width, pixelHeight: info.height})
    const size = fitImage(info, ctx.width, this.geo.height * 0.6)
    const captionText = (node.title ?? '').trim() || (node.alt ?? '').trim()
    const items: LayoutItem[] = [{type: 'image', x: round(ctx.indent + (ctx.width - size.width) / 2), y: 0, width: round(size.width), height: round(size.height), image: id}]
    let height = size.height
    if (captionText) {
      const b = this.builder(node.position)
      this.text = captionText
      b.text(captionText, 'regular', this.geo.noteSize, {})
      this.text = undefined
      const lines = b.set({width: ctx.width, align: 'center'})
      const gap = this.geo.noteLeading * 0.6
      // The caption is the Figure's Caption element, read after the figure's alternate text.
      const caption = this.structure.open('Caption', this.blockTag)
      lines.forEach((line, i) => {
        const baseline = -(gap + this.geo.noteLeading * 0.78 + i * this.geo.noteLeading)
        for (const item of shift(line.items, ctx.indent)) items.push(inCell(this, item.type === 'text' || item.type === 'anchor' ? {...item, y: round(item.y + baseline)} : item, caption))
      })
      height += gap + lines.length * this.geo.noteLeading
    }
    this.space(ctx, ctx.leading * 0.6)
    // The paragraph that is only this image is a Figure, read as its alternate text.
    const element = this.structure.elements[this.blockTag]
    if (element && element.type === 'P') Object.assign(element, {type: 'Figure', alt: (node.alt ?? '').trim() || captionText || 'Image'})
    if (!captionText) this.report({severity: 'warning', message: `image '${node.url}' has no alternative text: a screen reader says only "Image" (write ![what it shows](${node.url}))`, position: node.position, source: 'render-pdf:figure'})
    ctx.target.push({kind: 'line', height, ascent: size.height, items, tag: this.blockTag, refs: [], keep: false})
    this.space(ctx, ctx.leading * 0.6)
    ctx.flush = true
    return true
  }

  /**
   * A figure whose image was not given: a ruled box the width of the measure holding its caption,
   * `Figure: caption — image not available` in the document's language; a Figure read as its alt text.
   */
  placeholder(node: Image, ctx: BlockContext): void {
    const caption = (node.title ?? '').trim() || (node.alt ?? '').trim()
    const {figure, figureSeparator, imageNotAvailable} = this.labels
    // A caption that names itself (`Figure 3: …`) is not named again.
    const named = caption.toLowerCase().startsWith(figure.toLowerCase())
    const text = node.data?.embed ? embedText(node, this.labels) : `${caption ? `${named ? '' : figure + figureSeparator}${caption}` : figure} — ${imageNotAvailable}`
    const size = this.geo.noteSize
    const leading = this.geo.noteLeading
    const pad = leading * typography.placeholderPadding
    const b = this.builder(node.position)
    this.text = text
    b.text(text, 'italic', size, {})
    this.text = undefined
    const lines = b.set({width: ctx.width - 2 * pad, align: 'center'})
    const height = round(lines.length * leading + 2 * pad)
    const items: LayoutItem[] = []
    lines.forEach((line, i) => {
      const baseline = height - pad - leading * 0.78 - i * leading
      for (const item of shift(line.items, ctx.indent + pad)) items.push(item.type === 'text' || item.type === 'anchor' ? {...item, y: round(item.y + baseline)} : item)
    })
    const [left, right] = [round(ctx.indent), round(ctx.indent + ctx.width)]
    for (const [x1, y1, x2, y2] of [[left, 0, right, 0], [left, height, right, height], [left, 0, left, height], [right, 0, right, height]] as const) {
      items.push({type: 'rule', x1, y1, x2, y2, thickness: 0.5})
    }
    this.space(ctx, ctx.leading * 0.6)
    const element = this.structure.elements[this.blockTag]
    if (element && element.type === 'P') Object.assign(element, {type: 'Figure', alt: node.data?.embed ? text : (node.alt ?? '').trim() || caption || figure})
    ctx.target.push({kind: 'line', height, ascent: height, items, tag: this.blockTag, refs: [], keep: false})
    this.space(ctx, ctx.leading * 0.6)
    ctx.flush = true
  }

  /** The flow of an article (or of the root): the abstract from metadata when no node gives it; endnotes before the bibliography. */
  flow(children: RootContent[], ctx: BlockContext, meta: ArticleMeta | undefined): void {
    if (meta && !children.some((c) => c.type === 'abstract') && typeof meta.abstract === 'string' && meta.abstract.trim()) {
      this.block({type: 'abstract', children: [{type: 'paragraph', children: [{type: 'text', value: meta.abstract}]}]}, ctx)
    }
    const endnotes = this.notesMode === 'endnotes'
    let endnotesDone = false
    for (const child of children) {
      if (child.type === 'bibliography' && endnotes && !endnotesDone) {
        this.endnotes(ctx)
        endnotesDone = true
      }
      this.block(child, ctx)
    }
    if (endnotes && !endnotesDone) this.endnotes(ctx)
  }

  /** Notes no reference points to are set at the foot of the last page of text. */
  private unreferencedNotes(): void {
    const lines = this.body.filter((e): e is LineElement => e.kind === 'line')
    const last = lines[lines.length - 1]
    if (!last) return
    for (const key of this.noteOrder) if (!this.referenced.has(key)) last.refs.push(key)
  }

  bodyContext(): BlockContext {
    return {indent: 0, width: this.textWidth, size: this.geo.size, leading: this.geo.leading, style: 'regular', target: this.body, flush: true, inNote: false}
  }

  /** Dispatch a block node to its handler; unknown nodes are diagnostics. */
  block(node: RootContent, ctx: BlockContext): void {
    const handler = (blockHandlers as Record<string, ((t: Typesetter, node: never, ctx: BlockContext) => void) | undefined>)[node.type]
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
    if (node.type in inlineHandlers) {
      // Phrasing content where a block is expected: set it as a paragraph.
      this.paragraph([node as PhrasingContent], ctx, node.position)
      return
    }
    this.unknown(node)
  }

  /** The level of the last heading of the text, for `headingLevel`. */
  private lastHeading = 1

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
    const handler = (inlineHandlers as Record<string, ((t: Typesetter, node: never, ctx: InlineContext) => void) | undefined>)[node.type]
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
    this.report({severity: 'warning', message: `no font has a glyph for ${code} (${char}); it prints as a blank box (a blank space under PDF/A-2u, which forbids drawing the font's .notdef glyph)`, position: this.locate(index), source: 'render-pdf:font'})
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

  /** Set phrasing content as one paragraph. */
  paragraph(children: PhrasingContent[], ctx: BlockContext, position: Position | undefined, set: Partial<SetOptions> = {}): LineElement[] {
    const b = this.builder(position)
    if (ctx.prefix) {
      ctx.prefix(b)
      ctx.prefix = undefined
    }
    const ictx: InlineContext = {b, style: ctx.style, size: ctx.size, inNote: ctx.inNote}
    for (const child of children) {
      if (child.position) this.position = child.position
      this.inline(child, ictx)
    }
    const indent = ctx.flush ? 0 : ctx.size * 1.5
    const lines = b.set({width: ctx.width, firstIndent: indent, restIndent: 0, align: 'justify', ...set})
    ctx.flush = false
    this.checkOverfull(lines, ctx.width, position)
    return this.pushLines(lines, ctx)
  }

  /** A line wider than its measure (a word or URL too long to break) is a warning, with the paragraph's position. */
  private checkOverfull(lines: SetLine[], width: number, position: Position | undefined): void {
    for (const line of lines) {
      let right = 0
      for (const item of line.items) if (item.type === 'text') right = Math.max(right, item.x + item.width)
      if (right > width + 1) {
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
      ascent: leading * 0.78,
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

  /**
   * Number the notes of one scope (the root, or one article of a volume, whose notes are numbered
   * afresh): `data.number`, else order of first reference; collect the definitions.
   */
  private collectNotes(scopeRoot: Root | Article, scope: string): void {
    const saved = this.scope
    this.scope = scope
    try {
      this.collectScope(scopeRoot, scope)
    } finally {
      this.scope = saved
    }
  }

  /**
   * The note numbers are the note table's (`noteTable`: the tree's own, else order of first reference); what is
   * wrong with the notes (never referenced, no definition, defined twice) the parser reports, once per build.
   */
  private collectScope(scopeRoot: Root | Article, scope: string): void {
    const visit = (node: Nodes): void => {
      if (node.type === 'article' && node !== scopeRoot) return
      if (node.type === 'definition') this.definitions.set(node.identifier, node)
      if (node.type === 'titleNote') {
        const key = scope + '*'
        this.notes.set(key, {key, def: {type: 'footnoteDefinition', identifier: '*', children: node.children, ...(node.position ? {position: node.position} : {})}})
      }
      if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
    }
    visit(scopeRoot)
    for (const {identifier, number, definition, citation} of noteTable(scopeRoot).notes) {
      if (citation) continue
      const key = scope + String(number)
      this.numbers.set(scope + identifier, key)
      this.notes.set(key, definition ? {key, def: definition} : {key})
      this.noteOrder.push(key)
    }
  }

  /** The key of the note an identifier names, in the current scope. */
  noteKey(identifier: string): string {
    return this.numbers.get(this.scope + identifier) ?? this.scope + identifier
  }

  /** The lines of a note, set once at note size under the text measure. */
  noteLines(key: string): LineElement[] {
    const note = this.notes.get(key)
    if (!note) return []
    if (note.lines) return note.lines
    const target: Element[] = []
    const size = this.geo.noteSize
    const ctx: BlockContext = {indent: 0, width: this.textWidth, size, leading: this.geo.noteLeading, style: 'regular', target, flush: false, inNote: true}
    note.lines = []
    // Notes are set lazily (during pagination): in their own scope, for references and diagnostics.
    const saved = this.scope
    this.scope = noteScope(key)
    try {
      // Read after the element that holds its reference (a note no reference points to: at the end).
      const saved = this.blockTag
      this.blockTag = this.noteParents.get(key) ?? 0
      try {
        this.within('Note', () => this.setNoteContent(note, ctx))
      } finally {
        this.blockTag = saved
      }
    } finally {
      this.scope = saved
    }
    note.lines = target.filter((e): e is LineElement => e.kind === 'line')
    return note.lines
  }

  private setNoteContent(note: Note, ctx: BlockContext): void {
    const key = note.key
    const label = noteLabel(key) === '*' ? '*' : `${noteLabel(key)}.`
    // The number is the Note's Lbl (its own element: read first), in footnotes and endnotes alike.
    const lbl = this.structure.open('Lbl', this.blockTag)
    const back = this.linkTo({dest: `ref-${key}`}, lbl)
    ctx.prefix = (b) => {
      b.box(label, 'regular', ctx.size, {link: back, anchor: `note-${key}`})
      b.space('regular', ctx.size)
    }
    const def = note.def
    if (!def || def.data?.missing || def.children.length === 0) {
      this.paragraph([{type: 'emphasis', children: [{type: 'text', value: `[${this.labels.noteMissing}]`}]}], ctx, def?.position)
      return
    }
    // Re-styled notes (`--restyle-notes`): the formatted text replaces the source's.
    const restyled = def.data?.restyled
    const children: RootContent[] = Array.isArray(restyled) ? [{type: 'paragraph', children: restyled, ...(def.position ? {position: def.position} : {})}] : def.children
    for (const child of children) {
      if ((ctx.prefix as BlockContext['prefix']) !== undefined && child.type !== 'paragraph') this.paragraph([], ctx, child.position)
      this.block(child, ctx)
    }
  }

  /** Title, subtitle, authors and journal line from the metadata; the title note as `*`. */
  articleStart(meta: ArticleMeta, ctx: BlockContext, inVolume: boolean, dest?: string): void {
    const size = this.geo.size
    const scale = typography.titleBlock
    const title = typeof meta.title === 'string' ? meta.title.trim() : ''
    const star = this.scope + '*'
    if (!title && !meta.author) return
    if (title) {
      const b = this.builder(undefined)
      const id = dest ?? this.nextHeadingId()
      b.text(title, 'bold', size * scale.title.size, {hyphenate: false})
      const first = b.items.find((item) => item.type === 'box')
      if (first?.type === 'box') first.anchor = id
      let els: LineElement[] = []
      this.within('H1', () => {
        // The title note's `*` is a Link inside the title, and its Note read there: after the title, not before it or at the end.
        if (this.notes.has(star)) this.noteParents.set(star, this.blockTag)
        if (this.notes.has(star)) b.box('*', 'regular', size * scale.star.size, {rise: size * scale.star.rise, noteRef: star, link: this.linkTo({dest: `note-${star}`}), anchor: `ref-${star}`})
        els = this.pushLines(b.set({width: this.textWidth, align: 'center'}), ctx, size * scale.title.leading)
      })
      for (const el of els) el.keep = true
      if (inVolume && els[0]) els[0].outline = {title, depth: 0, dest: id}
    }
    const subtitle = typeof meta.subtitle === 'string' ? meta.subtitle.trim() : ''
    if (subtitle) this.within('P', () => this.centered(subtitle, 'italic', size * scale.subtitle.size, size * scale.subtitle.leading, ctx))
    const authors = authorLine(meta)
    if (authors) {
      this.space(ctx, size * scale.authors.above, true)
      this.within('P', () => this.centered(authors, 'regular', size * scale.authors.size, size * scale.authors.leading, ctx))
    }
    const journal = journalLine(meta)
    if (journal) this.within('P', () => this.centered(journal, 'italic', size * scale.journal.size, size * scale.journal.leading, ctx))
    this.space(ctx, this.geo.leading * scale.below)
    if (this.notesMode === 'endnotes' && this.notes.has(star)) {
      const note = this.notes.get(star)!
      const noteCtx: BlockContext = {...ctx, size: this.geo.noteSize, leading: this.geo.noteLeading, flush: true}
      this.within('Note', () => this.setNoteContent(note, noteCtx))
      this.space(ctx, this.geo.leading)
    }
    ctx.flush = true
  }

  centered(text: string, style: Style, size: number, leading: number, ctx: BlockContext): void {
    const b = this.builder(undefined)
    b.text(text, style, size, {hyphenate: false})
    const els = this.pushLines(b.set({width: this.textWidth, align: 'center'}), ctx, leading)
    for (const el of els) el.keep = true
  }

  /** Endnotes: a heading and every note of the current scope, in order. */
  private endnotes(ctx: BlockContext): void {
    const keys = this.noteOrder.filter((key) => noteScope(key) === this.scope)
    if (keys.length === 0) return
    this.block({type: 'heading', depth: 2, children: [{type: 'text', value: this.labels.notes}]}, ctx)
    const noteCtx: BlockContext = {...ctx, size: ctx.size * 0.9, leading: ctx.leading * 0.9}
    for (const key of keys) {
      const note = this.notes.get(key)!
      noteCtx.flush = true
      this.within('Note', () => this.setNoteContent(note, noteCtx))
      this.space(noteCtx, ctx.leading * 0.25)
    }
  }

  private heads: RunningHeads | undefined
  /** Running heads of the document (a volume's articles have their own). */
  get runningHeads(): RunningHeads {
    this.heads ??= this.headsFor(this.meta)
    return this.heads
  }

  /** The authors on even pages, the short title on odd pages (`short-title` or `title-short`, else the title shortened by `HEAD_RULES`). */
  headsFor(meta: ArticleMeta): RunningHeads {
    const size = this.geo.size * typography.furniture
    const face = this.fonts.styleFace('italic')
    const fits = (s: string): boolean => this.fonts.width(face, s, size) <= this.textWidth * VOLUME_SCALE.headRoom
    const named = [meta['short-title'], meta['title-short'], meta.title].find((v): v is string => typeof v === 'string' && v.trim() !== '')
    const list = Array.isArray(meta.author) ? meta.author : Array.isArray(meta.authors) ? (meta.authors as Array<CslName | string>) : Array.isArray(meta.editor) ? (meta.editor as Array<CslName | string>) : []
    return {even: authorsHead(list.map(nameOf).filter(Boolean).map(clip), fits), odd: runningHead(clip(named ?? ''), fits)}
  }

  reportMissing(char: string, index: number): void {
    this.missingChar(char, index)
  }

  nextHeadingId(): string {
    return `h-${++this.headingCount}`
  }
}

/** A text cut to `limits.fittedTextUpTo` characters (never inside a surrogate pair), before it is fitted to a line. */
function clip(text: string): string {
  const max = limits.fittedTextUpTo.value
  if (text.length <= max) return text
  const code = text.charCodeAt(max - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)
}

function shift(items: LayoutItem[], dx: number): LayoutItem[] {
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

/** Ids of image bytes (a hash of them), per array (memoization: a large image used often is hashed once). */
const ids = new WeakMap<Uint8Array, string>()

/** One hyphenator per patterns object, its results kept across documents (memoization only). */
const hyphenators = new WeakMap<object, (word: string) => string>()
function hyphenatorFor(patterns: HyphenationPatterns): (word: string) => string {
  const key = patterns as object
  let hyphenator = hyphenators.get(key)
  if (!hyphenator) hyphenators.set(key, (hyphenator = makeHyphenator(createHyphenator(patterns, {hyphenChar: '\u00ad', minWordLength: 5}))))
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

/** The printed number of a note key (`a3/12` → `12`). */
export function noteLabel(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1)
}

function noteScope(key: string): string {
  return key.slice(0, key.lastIndexOf('/') + 1)
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1]
}

export function nameOf(name: CslName | string): string {
  if (typeof name === 'string') return name
  if (!name || typeof name !== 'object') return '' // metadata from the user's YAML may hold anything
  if (name.literal) return name.literal
  return [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix].filter(Boolean).join(' ')
}

export function authorLine(meta: ArticleMeta): string {
  const list = Array.isArray(meta.author) ? meta.author : Array.isArray(meta.authors) ? (meta.authors as Array<CslName | string>) : Array.isArray(meta.editor) ? (meta.editor as Array<CslName | string>) : []
  return joinNames(list.map(nameOf).filter(Boolean))
}

function journalLine(meta: ArticleMeta): string {
  const container = typeof meta['container-title'] === 'string' ? meta['container-title'] : ''
  if (!container) return ''
  let line = container
  if (meta.volume !== undefined) line += `, vol. ${String(meta.volume)}`
  if (meta.issue !== undefined) line += `, no. ${String(meta.issue)}`
  const year = meta.issued?.['date-parts']?.[0]?.[0] ?? (typeof meta.issued === 'number' || typeof meta.issued === 'string' ? meta.issued : meta.issued?.literal ?? meta.issued?.raw)
  if (year !== undefined) line += ` (${String(year)})`
  if (typeof meta.page === 'string' || typeof meta.page === 'number') line += `, pp. ${pageRange(meta.page).printed}`
  return line
}

function plain(nodes: PhrasingContent[]): string {
  let out = ''
  for (const node of nodes) {
    if ('value' in node && typeof node.value === 'string') out += node.type === 'html' ? '' : node.value
    else if ('children' in node) out += plain(node.children as PhrasingContent[])
    else if (node.type === 'image') out += node.alt ?? ''
  }
  return out
}

function stripTags(html: string): string {
  return cutSpans(cutSpans(html, '<!--', '-->'), '<', '>').replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim()
}

/** `text` without the spans from `open` to the next `close` (linear: once no `close` follows, nothing more is cut). */
function cutSpans(text: string, open: string, close: string): string {
  let out = ''
  let at = 0
  for (;;) {
    const start = text.indexOf(open, at)
    const end = start < 0 ? -1 : text.indexOf(close, start + open.length)
    if (end < 0) return out + text.slice(at)
    out += text.slice(at, start)
    at = end + close.length
  }
}

/** A note reference: a superscript linked to its note; the first one anchors the note's page. */
function noteRefBox(t: Typesetter, key: string, ctx: InlineContext): void {
  const size = ctx.size * 0.62
  const first = !ctx.inNote && !t.referenced.has(key)
  if (first) {
    t.referenced.add(key)
    t.noteParents.set(key, t.blockTag)
  }
  const attrs: {rise: number; link: Target; anchor?: string; noteRef?: string} = {rise: ctx.size * 0.38, link: t.linkTo({dest: `note-${key}`})}
  if (first) {
    attrs.anchor = `ref-${key}`
    attrs.noteRef = key
  }
  ctx.b.box(noteLabel(key), 'regular', size, attrs)
}

const inlineHandlers = {
  text(t, node, ctx) {
    t.text = node.value
    let from = 0
    for (const run of t.languageRuns(node.value, langOf(node) ?? ctx.lang)) {
      const tag = run.lang === undefined ? undefined : t.structure.open('Span', ctx.link?.tag ?? t.blockTag, {lang: run.lang})
      ctx.b.text(run.text, ctx.style, ctx.size, {link: ctx.link, tag, from})
      from += run.text.length
    }
    t.text = undefined
  },
  emphasis(t, node, ctx) {
    const style: Style = ctx.style === 'bold' || ctx.style === 'boldItalic' ? 'boldItalic' : ctx.style === 'italic' ? 'regular' : 'italic'
    for (const child of node.children) t.inline(child, {...ctx, style})
  },
  strong(t, node, ctx) {
    const style: Style = ctx.style === 'italic' || ctx.style === 'boldItalic' ? 'boldItalic' : 'bold'
    for (const child of node.children) t.inline(child, {...ctx, style})
  },
  delete(t, node, ctx) {
    for (const child of node.children) t.inline(child, ctx)
  },
  inlineCode(t, node, ctx) {
    ctx.b.text(node.value, 'mono', ctx.size * t.codeScale, {link: ctx.link, hyphenate: false})
  },
  break(_t, _node, ctx) {
    ctx.b.lineBreak()
  },
  link(t, node, ctx) {
    const link = t.linkTo({url: node.url})
    for (const child of node.children) t.inline(child, {...ctx, link})
  },
  linkReference(t, node, ctx) {
    const definition = t.definitions.get(node.identifier)
    const link: Target | undefined = definition ? t.linkTo({url: definition.url}) : ctx.link
    for (const child of node.children) t.inline(child, {...ctx, link})
  },
  image(t, node, ctx) {
    if (node.data?.embed) {
      ctx.b.text(`[${embedText(node, t.labels)}]`, 'italic', ctx.size, node.url ? {link: {url: node.url}} : {link: ctx.link})
      return
    }
    // Reached for an image that is not a figure: inline with text, in a note, or not printable.
    const found = t.imageFor(node)
    const name = node.alt || node.title || node.url
    if ('problem' in found) t.report({severity: 'warning', message: `image "${node.url}" ${found.problem}; its alt text is printed instead`, position: node.position, source: 'render-pdf:image'})
    else t.report({severity: 'info', message: `image "${node.url}" is not alone in its paragraph${ctx.inNote ? ' (or is in a note)' : ''}; its alt text is printed instead (an image in a paragraph of its own prints as a figure)`, position: node.position, source: 'render-pdf:image'})
    const remote = /^(https?|ftp):/i.test(node.url)
    ctx.b.text(`[${t.labels.image}: ${name}]`, 'italic', ctx.size, remote ? {link: {url: node.url}} : {link: ctx.link})
  },
  imageReference(t, node, ctx) {
    ctx.b.text(`[${t.labels.image}: ${node.alt || node.identifier}]`, 'italic', ctx.size)
  },
  footnoteReference(t, node: FootnoteReference, ctx) {
    noteRefBox(t, t.noteKey(node.identifier), ctx)
  },
  citation(t, node, ctx) {
    const number = node.data?.noteNumber
    if (number !== undefined) noteRefBox(t, String(number), ctx)
    else ctx.b.text(node.value, ctx.style, ctx.size, {link: ctx.link})
  },
  html(_t, node, ctx) {
    const text = stripTags(node.value)
    if (text) ctx.b.text(text, ctx.style, ctx.size, {link: ctx.link})
  }
} satisfies InlineHandlers

const blockHandlers = {
  paragraph(t, node: Paragraph, ctx) {
    const only = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
    if (only.length === 1 && only[0]!.type === 'image' && !ctx.inNote && t.figure(only[0]!, ctx)) return
    t.paragraph(node.children, ctx, node.position)
  },
  heading(t, node: Heading, ctx) {
    if (!ctx.inNote) t.headingLevel(node)
    const scale = typography.headings
    const size = t.geo.size * scale.sizes[Math.min(Math.max(node.depth, 1), scale.sizes.length) - 1]!
    const style: Style = node.depth <= 2 ? 'bold' : 'boldItalic'
    if (ctx.target.length > 0) t.space(ctx, t.geo.leading * (node.depth <= 2 ? scale.above.major : scale.above.minor))
    const b = t.builder(node.position)
    const id = t.nextHeadingId()
    const ictx: InlineContext = {b, style, size, inNote: ctx.inNote}
    for (const child of node.children) t.inline(child, ictx)
    const first = b.items.find((item) => item.type === 'box')
    if (first?.type === 'box' && !first.anchor) first.anchor = id
    const lines = b.set({width: ctx.width, align: 'left'})
    const els = t.pushLines(lines, ctx, Math.max(ctx.leading, size * scale.leading))
    for (const el of els) el.keep = true
    if (els[0] && !ctx.inNote) els[0].outline = {title: plain(node.children).trim() || '—', depth: node.depth, dest: id}
    t.space(ctx, t.geo.leading * scale.below, true)
    ctx.flush = true
  },
  blockquote(t, node: Blockquote, ctx) {
    t.space(ctx, ctx.leading * 0.5)
    const inner: BlockContext = {...ctx, ...indented(t, ctx, ctx.size * 2, ctx.size * 2), ...smaller(t, ctx, 0.92), flush: true}
    for (const child of node.children) t.block(child, inner)
    t.space(ctx, ctx.leading * 0.5)
    ctx.flush = false
  },
  list(t, node: List, ctx) {
    t.space(ctx, ctx.leading * 0.3)
    let n = node.start ?? 1
    const labelWidth = ctx.size * (node.ordered ? 2 : 1.4)
    // Past the narrowest measure, a nested list's labels stand where its parent's do.
    const labelX = ctx.width - labelWidth >= t.textWidth * typography.minMeasure ? ctx.indent : Math.max(0, ctx.indent - labelWidth)
    const inner = {indent: labelX + labelWidth, width: ctx.width - (labelX + labelWidth - ctx.indent)}
    for (const item of node.children) {
      const label = node.ordered ? `${n++}.` : '•'
      const set = () => setListItem(t, item, {...ctx, ...inner, flush: true}, label, labelX)
      if (ctx.inNote) set()
      else t.within('LI', set)
      if (node.spread) t.space(ctx, ctx.leading * 0.3)
    }
    t.space(ctx, ctx.leading * 0.3)
    ctx.flush = true
  },
  listItem(t, node: ListItem, ctx) {
    setListItem(t, node, {...ctx, flush: true}, '•', ctx.indent)
  },
  code(t, node: Code, ctx) {
    t.space(ctx, ctx.leading * 0.4)
    const size = ctx.size * t.codeScale
    const leading = size * typography.codeLeading
    const face = t.fonts.styleFace('mono')
    const charWidth = t.fonts.width(face, 'M', size)
    const indent = ctx.size
    const columns = Math.max(8, Math.floor((ctx.width - indent) / charWidth))
    const lines: SetLine[] = []
    t.builder(node.position)
    const draw = (text: string, x: number, items: LayoutItem[]): void => {
      for (const segment of t.fonts.segments('mono', text, (char, index) => t.reportMissing(char, index))) {
        const width = t.fonts.width(segment.face, segment.text, size)
        if (segment.text.trim() !== '') {
          t.fonts.use(segment.face, segment.text)
          items.push({type: 'text', x: round(x), y: 0, text: segment.text, font: segment.face, size: round(size), width: round(width)})
        }
        x += width
      }
    }
    for (const raw of node.value.replace(/\t/g, '    ').split('\n')) {
      // A line too long is wrapped (src/lib/code.ts): each continuation keeps its indent and opens with a mark.
      const {indent: own, pieces} = wrapCode(raw, columns)
      pieces.forEach((piece, i) => {
        const items: LayoutItem[] = []
        if (i === 0) draw(piece, indent, items)
        else draw(`${own}${CONTINUATION} ${piece}`, indent, items)
        lines.push({items, refs: []})
      })
    }
    const els = t.pushLines(lines, ctx, leading)
    if (els.length > 0 && els.length <= 6) for (const el of els.slice(0, -1)) el.keep = true
    t.space(ctx, ctx.leading * 0.4)
    ctx.flush = true
  },
  html(t, node, ctx) {
    const text = stripTags(node.value)
    if (text) t.paragraph([{type: 'text', value: text}], ctx, node.position)
  },
  thematicBreak(t, _node, ctx) {
    sectionMark(t, ctx)
  },
  sectionBreak(t, _node, ctx) {
    sectionMark(t, ctx)
  },
  table(t, node: Table, ctx) {
    setTable(t, node, ctx)
  },
  tableRow(t, node: TableRow, ctx) {
    setTable(t, {type: 'table', children: [node]}, ctx)
  },
  tableCell(t, node: TableCell, ctx) {
    t.paragraph(node.children, ctx, node.position)
  },
  definition() {
    // Link definitions are resolved where they are used.
  },
  footnoteDefinition(t, node: FootnoteDefinition, ctx) {
    // Set at the foot of their reference's page (or as endnotes); a definition inside a note is left where it is.
    void t
    void node
    void ctx
  },
  yaml() {
    // Front matter is metadata (root.data.meta).
  },
  abstract(t, node, ctx) {
    const scale = typography.abstract
    const {size, leading} = smaller(t, ctx, scale.scale)
    const inner: BlockContext = {...ctx, ...indented(t, ctx, ctx.size * scale.indent, ctx.size * scale.indent), size, leading, flush: true}
    const b = t.builder(node.position)
    b.text(t.labels.abstract, 'bold', size, {hyphenate: false})
    const els = t.pushLines(b.set({width: inner.width, align: 'left'}), inner, inner.leading * scale.labelLeading)
    for (const el of els) el.keep = true
    for (const child of node.children) {
      t.block(child, inner)
      inner.flush = true
    }
    t.space(ctx, ctx.leading * scale.below)
    ctx.flush = true
  },
  titleNote() {
    // Printed as the `*` note on the title.
  },
  article(t, node: Article, ctx) {
    // One article of a volume: a new (recto) page, its own title block, running heads and notes.
    const saved = t.scope
    t.scope = t.scopes.get(node) ?? ''
    const meta = node.data?.meta ?? {}
    // The first article starts the arabic numbering, on a recto.
    const first = t.scope === 'a1/'
    ctx.target.push({kind: 'break', height: 0, keep: false, recto: first || rectoStarts(t), heads: t.headsFor(meta), ...(first ? {numbering: 'arabic' as const, folio: true} : {})})
    ctx.flush = true
    t.articleStart(meta, ctx, true, `article-${t.scope.slice(0, -1)}`)
    t.flow(node.children, ctx, meta)
    t.scope = saved
  },
  bibliography(t, node, ctx) {
    // A volume's combined bibliography is back matter: a page of its own, its title as running head.
    const back = atVolumeRoot(t) ? backMatterOf(t, node) : undefined
    if (back) backMatterStart(t, ctx, back.title, back.dest)
    else t.within(headingTag(2, t.headingShift), () => blockHandlers.heading(t, {type: 'heading', depth: 2, children: [{type: 'text', value: bibliographyTitle(t, node.title)}]}, ctx))
    t.within('L', () => {
      // An entry has no label: its LI holds only its LBody.
      for (const entry of node.children) t.within('LI', () => t.within('LBody', () => blockHandlers.bibliographyEntry(t, entry, ctx)))
    })
  },
  credits(t, node, ctx) {
    // Each article's attribution (title, authors, source, licence), ragged right with a hanging indent.
    const back = backMatterOf(t, node)
    if (back) backMatterStart(t, ctx, back.title, back.dest)
    const hang = ctx.size * VOLUME_SCALE.creditsHang
    for (const entry of node.children) {
      t.within('P', () => t.paragraph(entry.children, {...ctx, flush: true}, entry.position, {firstIndent: 0, restIndent: hang, align: 'left'}))
      t.space(ctx, ctx.leading * 0.5)
    }
  },
  bibliographyEntry(t, node, ctx) {
    // Ragged right with a hanging indent: the author names down the left edge.
    const hang = ctx.size * typography.bibliographyHang
    t.paragraph(node.children, {...ctx, flush: true}, node.position, {firstIndent: 0, restIndent: hang, align: 'left'})
    t.space(ctx, ctx.leading * 0.2)
  }
} satisfies BlockHandlers

/** The size of code relative to the text: the ratio of the text face's x-height to the mono face's, within `typography.codeScale`. */
function codeScaleFor(fonts: FontSet): number {
  const ratio = fonts.xHeight(fonts.styleFace('regular')) / fonts.xHeight(fonts.styleFace('mono'))
  return Math.min(typography.codeScale.most, Math.max(typography.codeScale.least, ratio))
}

/** A bibliography's heading: its own title, or the document's word for it when it has none or the English default (the CLI's). */
function bibliographyTitle(t: Typesetter, title: string): string {
  return !title || title === labelsFor('en').bibliography ? t.labels.bibliography : title
}

function sectionMark(t: Typesetter, ctx: BlockContext): void {
  t.space(ctx, ctx.leading * 0.5)
  const b = t.builder(undefined)
  b.text('*   *   *', 'regular', ctx.size, {hyphenate: false})
  t.pushLines(b.set({width: ctx.width, align: 'center'}), ctx)
  t.space(ctx, ctx.leading * 0.5)
  ctx.flush = true
}

/** The measure `left` and `right` points further in; no further in once it would be narrower than `typography.minMeasure`. */
function indented(t: Typesetter, ctx: BlockContext, left: number, right: number): {indent: number; width: number} {
  const width = ctx.width - left - right
  return width >= t.textWidth * typography.minMeasure ? {indent: ctx.indent + left, width} : {indent: ctx.indent, width: ctx.width}
}

/** Type and leading `factor` times smaller, down to `typography.minSize` of the body's. */
function smaller(t: Typesetter, ctx: BlockContext, factor: number): {size: number; leading: number} {
  const floor = typography.minSize
  return {size: Math.max(ctx.size * factor, t.geo.size * floor), leading: Math.max(ctx.leading * factor, t.geo.leading * floor)}
}

/**
 * A list item: its content, then its label (bullet, number or check box) beside its first line.
 * In the structure (PDF/UA: an LI holds an Lbl and an LBody) the label is the LI's Lbl, read
 * first, and the content its LBody; inside a note (no structure of its own) both are the Note's.
 */
function setListItem(t: Typesetter, item: ListItem, ctx: BlockContext, label: string, labelX: number): void {
  const start = ctx.target.length
  const inner: BlockContext = {...ctx, flush: true}
  const setContent = () => {
    for (const child of item.children) {
      t.block(child, inner)
      inner.flush = true
    }
  }
  const lbl = ctx.inNote ? undefined : t.structure.open('Lbl', t.blockTag)
  if (ctx.inNote) setContent()
  else t.within('LBody', setContent)
  const first = ctx.target.slice(start).find((e): e is LineElement => e.kind === 'line')
  const b = t.builder(item.position)
  const box = item.checked === true ? '☑' : item.checked === false ? '☐' : label
  b.box(box, 'regular', ctx.size, lbl === undefined ? {} : {tag: lbl})
  const labelItems = b.set({width: ctx.size * 3, align: 'left'})[0]?.items ?? []
  let shifted = shift(labelItems, labelX)
  // A figure's baseline is its bottom: its label goes beside its top.
  if (first?.items.some((item) => item.type === 'image')) {
    const dy = first.ascent - ctx.size
    shifted = shifted.map((item) => (item.type === 'text' || item.type === 'anchor' ? {...item, y: round(item.y + dy)} : item))
  }
  if (first) append(first.items, shifted)
  else t.pushLines([{items: shifted, refs: []}], {...ctx, indent: 0})
}

/** A table row of more lines than this may break across pages. */
const ROW_SPLIT_FROM = 6

function setTable(t: Typesetter, node: Table, ctx: BlockContext): void {
  const rows = node.children
  const columns = rows.reduce((most, row) => Math.max(most, row.children.length), 0)
  if (columns === 0) return
  const size = ctx.size * typography.tableSize
  const cells = measureCells(t, rows, columns, size, ctx.inNote, !node.data?.headerless)
  const fitted = fitTable(t, cells, size, ctx.width)
  const parts = columnParts(cells.minimum, fitted, ctx.width)
  if (fitted < size) {
    const split = parts.length > 1 ? `; set in ${parts.length} parts of consecutive columns (${parts.slice(0, 3).map(([a, b]) => `${a + 1}–${b}`).join(', ')}${parts.length > 3 ? ', …' : ''})` : ''
    const message = `a table of ${columns} column${columns === 1 ? '' : 's'} is too wide for the line: set at ${fitted.toFixed(1)} pt instead of ${size.toFixed(1)} pt${split}`
    t.report({severity: 'warning', message, position: node.position, source: 'render-pdf:table'})
  }
  for (const part of parts) setRows(t, node, cells, part, fitted, ctx)
}

/** The inline items of each cell (the header row bold, when the table has one), and the natural and minimum (longest word) width of each column. */
interface TableCells {
  items: InlineItem[][][]
  natural: number[]
  minimum: number[]
}

function measureCells(t: Typesetter, rows: TableRow[], columns: number, size: number, inNote: boolean, header: boolean): TableCells {
  const natural = new Array<number>(columns).fill(0)
  const minimum = new Array<number>(columns).fill(0)
  const items = rows.map((row, r) =>
    row.children.map((cell, c) => {
      const b = t.builder(cell.position)
      for (const child of cell.children) t.inline(child, {b, style: r === 0 && header ? 'bold' : 'regular', size, inNote})
      const widths = cellWidths(b.items)
      minimum[c] = Math.max(minimum[c]!, widths.minimum)
      natural[c] = Math.max(natural[c]!, widths.natural)
      return b.items
    })
  )
  return {items, natural, minimum}
}

/** The width of a cell's text on one line, and of its widest word. */
function cellWidths(items: InlineItem[]): {natural: number; minimum: number} {
  let word = 0
  let natural = 0
  let minimum = 0
  for (const item of items) {
    if (item.type === 'box') {
      word += item.width
      natural += item.width
    } else {
      if (item.type === 'glue') natural += item.width
      minimum = Math.max(minimum, word)
      word = 0
    }
  }
  return {natural, minimum: Math.max(minimum, word)}
}

/**
 * The type size of a table: its own, or smaller (down to `typography.tableMinSize` of the body's)
 * when its widest words and padding do not fit the line. The items are scaled to it.
 */
function fitTable(t: Typesetter, cells: TableCells, size: number, width: number): number {
  const needed = cells.minimum.reduce((a, b) => a + b, 0) + cells.minimum.length * size
  if (needed <= width) return size
  const fitted = Math.max(t.geo.size * typography.tableMinSize, (size * width) / needed)
  if (fitted >= size) return size
  const ratio = fitted / size
  for (const row of cells.items) for (const items of row) scaleItems(items, ratio)
  for (const widths of [cells.natural, cells.minimum]) widths.forEach((w, i) => (widths[i] = w * ratio))
  return fitted
}

/** Inline items set `ratio` times their size (widths are proportional to it). */
function scaleItems(items: InlineItem[], ratio: number): void {
  for (const item of items) {
    item.width *= ratio
    if (item.type === 'glue') {
      item.stretch *= ratio
      item.shrink *= ratio
    }
    if (item.type !== 'penalty') {
      item.size *= ratio
      item.rise *= ratio
    } else if (item.hyphen) item.hyphen = {...item.hyphen, size: item.hyphen.size * ratio, rise: item.hyphen.rise * ratio}
  }
}

/** Consecutive columns `[from, to)` that fit the line side by side at their minimum widths (a column wider than the line alone). */
function columnParts(minimum: number[], size: number, width: number): Array<[number, number]> {
  const parts: Array<[number, number]> = []
  let from = 0
  let used = 0
  minimum.forEach((w, c) => {
    if (c > from && used + w + size > width) {
      parts.push([from, c])
      from = c
      used = 0
    }
    used += w + size
  })
  parts.push([from, minimum.length])
  return parts
}

/** The rows of a table (of its columns `span`): each row one element, or one per line when long; the header repeated after a page break. */
function setRows(t: Typesetter, node: Table, cells: TableCells, span: [number, number], size: number, ctx: BlockContext): void {
  const [from, to] = span
  const pad = size * 0.5
  const widths = fitColumns(cells.natural.slice(from, to), cells.minimum.slice(from, to), ctx.width - (to - from) * 2 * pad)
  const align = (node.align ?? []).slice(from, to)
  const table: RowGeometry = {size, widths, total: widths.reduce((a, b) => a + b, 0) + (to - from) * 2 * pad, rows: node.children.length, header: !node.data?.headerless}
  t.space(ctx, ctx.leading * 0.5)
  let header: LineElement | undefined
  const groups: RowGroups = {}
  node.children.forEach((row, r) => {
    const cellTags = ctx.inNote ? undefined : tableRowTags(t, groups, r === 0 && table.header, to - from)
    const cellLines = cells.items[r]!.slice(from, to).map((items, c) => {
      const a = align[c]
      return setCell(t, items, widths[c]!, a === 'right' ? 'right' : a === 'center' ? 'center' : 'left', row.children[from + c]?.position)
    })
    for (const element of rowElements(t, cellLines, r, table, ctx, cellTags)) {
      // Rows after the header repeat it at the top of a page they open.
      if (r === 0 && table.header) header ??= element
      else if (header && !ctx.inNote) element.header = header
      ctx.target.push(element)
    }
  })
  t.space(ctx, ctx.leading * 0.5)
  ctx.flush = true
}

/** What the rows of one table share: type size, column widths, total width, number of rows, whether its first row is a header (not `data.headerless`). */
interface RowGeometry {
  size: number
  widths: number[]
  total: number
  rows: number
  header: boolean
}

/**
 * The elements of row `r` from its cells' lines: one element, or one per line when the row is
 * long, so that it can continue on the next page (two lines at least on each side) instead of
 * running off it.
 */
function rowElements(t: Typesetter, cellLines: SetLine[][], r: number, table: RowGeometry, ctx: BlockContext, cellTags?: number[]): LineElement[] {
  const {size, widths} = table
  const leading = size * 1.3
  const pad = size * 0.5
  const lineCount = cellLines.reduce((most, lines) => Math.max(most, lines.length), 1)
  const pieces = lineCount > ROW_SPLIT_FROM ? Array.from({length: lineCount}, (_, i) => [i, i + 1] as const) : [[0, lineCount] as const]
  return pieces.map(([from, to], p) => {
    const first = p === 0
    const last = p === pieces.length - 1
    const ascent = size * 0.95 + (first ? pad / 2 : 0)
    const height = (to - from) * leading + (first ? pad / 2 : 0) + (last ? pad / 2 : 0)
    const items: LayoutItem[] = []
    let x = 0
    cellLines.forEach((lines, c) => {
      const cell = cellTags?.[c]
      lines.slice(from, to).forEach((line, n) => {
        const dy = n * leading
        append(items, shift(line.items, x + pad).map((item) => inCell(t, item.type === 'text' || item.type === 'anchor' ? {...item, y: round(item.y - dy)} : item.type === 'link' ? {...item, rect: [item.rect[0], round(item.rect[1] - dy), item.rect[2], round(item.rect[3] - dy)] as [number, number, number, number]} : item, cell)))
      })
      x += widths[c]! + 2 * pad
    })
    const topY = round(ascent)
    const bottomY = round(ascent - height)
    if (r === 0 && first) items.push({type: 'rule', x1: 0, y1: topY, x2: round(table.total), y2: topY, thickness: 0.8})
    if (last) items.push({type: 'rule', x1: 0, y1: bottomY, x2: round(table.total), y2: bottomY, thickness: (r === 0 && table.header) || r === table.rows - 1 ? 0.6 : 0.25})
    const refs = cellLines.flatMap((lines) => lines.slice(from, to).flatMap((l) => l.refs))
    // No break after the header, inside a short row, or leaving fewer than two lines of a long one.
    const keep = (r === 0 && table.header) || (!last && (from < 1 || to > lineCount - 2))
    return {kind: 'line', height, ascent, items: shift(items, ctx.indent), tag: t.blockTag, refs: ctx.inNote || t.notesMode === 'endnotes' ? [] : refs, keep}
  })
}

/** A table's row groups as structure: its THead (the header row) and TBody, opened when their first row comes. */
interface RowGroups {
  head?: number
  body?: number
}

/** A row of a table as structure: a TR in the table's THead or TBody, a TH (a header row: column headers) or TD for each of its `cells`. */
function tableRowTags(t: Typesetter, groups: RowGroups, header: boolean, cells: number): number[] {
  const group = header ? (groups.head ??= t.structure.open('THead', t.blockTag)) : (groups.body ??= t.structure.open('TBody', t.blockTag))
  const row = t.structure.open('TR', group)
  return Array.from({length: cells}, () => t.structure.open(header ? 'TH' : 'TD', row))
}

/**
 * An item of a cell (or a figure's caption) with that structure element (its text, images and links). A link's
 * (or a span's) text keeps its Link (Span) element, which moves under the cell (the cells were measured, and their
 * links made, before the row's elements).
 */
function inCell(t: Typesetter, item: LayoutItem, cell: number | undefined): LayoutItem {
  if (cell === undefined || !(item.type === 'text' || item.type === 'image' || item.type === 'link')) return item
  const own = item.tag === undefined ? undefined : t.structure.elements[item.tag]
  if (own?.type !== 'Link' && own?.type !== 'Span') return {...item, tag: cell}
  // A Span inside a Link stays there; the outermost moves under the cell.
  let outer = own
  while (outer.parent >= 0 && ['Link', 'Span'].includes(t.structure.elements[outer.parent]!.type)) outer = t.structure.elements[outer.parent]!
  outer.parent = cell
  return item
}

/** A cell's items set in lines (a builder of its own, so that a word wider than the column is reported). */
function setCell(t: Typesetter, items: InlineItem[], width: number, align: SetOptions['align'], position: Position | undefined): SetLine[] {
  const b = t.builder(position)
  append(b.items, items)
  return b.set({width, align})
}

/** Column widths: natural widths when they fit, else shares between minimum and natural. */
function fitColumns(natural: number[], minimum: number[], available: number): number[] {
  const sumNatural = natural.reduce((a, b) => a + b, 0)
  if (sumNatural <= available) return natural.map((w) => Math.max(w, 1))
  const sumMin = minimum.reduce((a, b) => a + b, 0)
  if (sumMin >= available) return minimum.map((w) => (w / sumMin) * available)
  const extra = available - sumMin
  const want = natural.map((w, i) => w - minimum[i]!)
  const sumWant = want.reduce((a, b) => a + b, 0) || 1
  return minimum.map((w, i) => w + (want[i]! / sumWant) * extra)
}

/** The depths of the headings of the text (not of notes), iteratively: a deep tree must not overflow the stack. */
function visitHeadings(root: Root, depths: number[]): void {
  const stack: Array<{type: string; children?: unknown[]; depth?: number}> = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'heading' && typeof node.depth === 'number') depths.push(node.depth)
    if (node.type === 'footnoteDefinition' || !Array.isArray(node.children)) continue
    for (const child of node.children) stack.push(child as {type: string})
  }
}

/** What stands for embedded content (an iframe): `Embedded content: its title — its address` in the document's language. */
function embedText(node: Image, labels: Labels): string {
  const title = (node.alt ?? '').trim()
  const address = node.url.trim()
  return [`${labels.embeddedContent}${title ? labels.figureSeparator + title : ''}`, address].filter(Boolean).join(' — ')
}

/** The language a node names (`data.lang`, from an HTML `lang` attribute), if any. */
function langOf(node: Nodes): string | undefined {
  const lang = (node.data as {lang?: unknown} | undefined)?.lang
  return typeof lang === 'string' && lang !== '' ? lang : undefined
}
