import type {
  Blockquote, Code, Definition, FootnoteDefinition, FootnoteReference, Heading, Image, List, ListItem, Nodes, Paragraph,
  PhrasingContent, Root, RootContent, Table, TableCell, TableRow
} from 'mdast'
import type {Position} from 'unist'
import createHyphenator from 'hyphen'
import type {Article, ArticleMeta, CslName, Diagnostic} from '@octavo/parser'
import {FontSet} from './fonts.js'
import type {Style} from './fonts.js'
import {geometries} from './geometry.js'
import type {Geometry} from './geometry.js'
import {fitImage, imageBytes, imageId, imageInfo, pngProblem, sniffFormat} from './images.js'
import type {ImageInfo} from './images.js'
import {InlineBuilder, makeHyphenator, round, setParagraph} from './inline.js'
import type {InlineShared, SetLine, SetOptions, Target} from './inline.js'
import {paginate} from './paginate.js'
import type {Element, LineElement, RunningHeads} from './paginate.js'
import type {HyphenationPatterns, LayoutImage, LayoutItem, LayoutOptions, LayoutResult} from './types.js'

/** The context a block is set in. */
interface BlockContext {
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
  const t = new Typesetter(tree, options)
  if (!t.fonts.usable) {
    const geo = t.geo
    return {layout: {width: geo.width, height: geo.height, pages: [], outline: [], info: {title: '', author: '', lang: 'en'}, charsets: {}}, diagnostics: t.diagnostics}
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
    this.geo = geometries[options.pageSize ?? 'a4']
    this.textWidth = this.geo.width - this.geo.inner - this.geo.outer
    this.notesMode = options.notes ?? 'footnotes'
    this.meta = tree.data?.meta ?? {}
    const patterns = pickPatterns(options.hyphenation, typeof this.meta.lang === 'string' ? this.meta.lang : 'en')
    this.shared = {words: new Map(), hyphenate: patterns ? hyphenatorFor(patterns) : undefined}
  }

  run(): LayoutResult {
    const ctx = this.bodyContext()
    const articles = this.tree.children.filter((c): c is Article => c.type === 'article')
    this.collectNotes(this.tree, '')
    articles.forEach((article, i) => {
      const scope = `a${i + 1}/`
      this.scopes.set(article, scope)
      if (typeof article.data?.file === 'string') this.files.set(scope, article.data.file)
      this.collectNotes(article, scope)
    })
    const contents = articles.length > 0 ? this.volumeTitle(ctx, articles) : []
    if (articles.length === 0) this.articleStart(this.meta, ctx, false)
    this.flow(this.tree.children, ctx, articles.length > 0 ? undefined : this.meta)
    if (this.notesMode === 'footnotes') this.unreferencedNotes()
    let pages = paginate(this)
    if (contents.length > 0) {
      // The contents lines have their height already: the second pass only fills in the page numbers.
      const pageOf = new Map(pages.outline.map((entry) => [entry.dest, entry.page]))
      for (const entry of contents) entry.line.items = this.contentsLine(entry.title, String(pageOf.get(entry.dest) ?? ''), entry.dest)
      pages = paginate(this)
    }
    const charsets: Record<string, string> = {}
    for (const [face, set] of [...this.fonts.used].sort(([a], [b]) => (a < b ? -1 : 1))) charsets[face] = [...set].sort().join('')
    const author = authorLine(this.meta)
    const info: LayoutResult['layout']['info'] = {title: typeof this.meta.title === 'string' ? this.meta.title : '', author, lang: typeof this.meta.lang === 'string' ? this.meta.lang : 'en'}
    const subject = [this.meta['container-title'], this.meta.volume].filter((v) => v !== undefined && v !== '').join(' ')
    if (subject) info.subject = subject
    const result: LayoutResult = {
      layout: {width: this.geo.width, height: this.geo.height, pages: pages.pages, outline: pages.outline, info, charsets},
      diagnostics: this.diagnostics
    }
    if (this.images.size > 0) result.layout.images = Object.fromEntries(this.images)
    return result
  }

  /** Record a diagnostic; inside an article of a volume it names the article's file. */
  report(diagnostic: Diagnostic): void {
    const file = this.files.get(this.scope)
    this.diagnostics.push(file !== undefined && diagnostic.file === undefined ? {...diagnostic, file} : diagnostic)
  }

  /** Why an image cannot be printed (remote, not given, not PNG or JPEG, broken header), or its bytes and size. */
  imageFor(node: Image): {info: ImageInfo; data: Uint8Array} | {problem: string} {
    const data = imageBytes(this.options.images, node.url)
    if (!data) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(node.url) && !/^file:/i.test(node.url)) return {problem: 'is remote (only local image files are printed)'}
      return {problem: 'was not found (no image file was given for it)'}
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
    const found = this.imageFor(node)
    if ('problem' in found) return false
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
      const lines = setParagraph(b.items, this.fonts, {width: ctx.width, align: 'center'})
      const gap = this.geo.noteLeading * 0.6
      lines.forEach((line, i) => {
        const baseline = -(gap + this.geo.noteLeading * 0.78 + i * this.geo.noteLeading)
        for (const item of shift(line.items, ctx.indent)) items.push(item.type === 'text' || item.type === 'anchor' ? {...item, y: round(item.y + baseline)} : item)
      })
      height += gap + lines.length * this.geo.noteLeading
    }
    this.space(ctx, ctx.leading * 0.6)
    ctx.target.push({kind: 'line', height, ascent: size.height, items, refs: [], keep: false})
    this.space(ctx, ctx.leading * 0.6)
    ctx.flush = true
    return true
  }

  /** The flow of an article (or of the root): the abstract from metadata when no node gives it; endnotes before the bibliography. */
  flow(children: RootContent[], ctx: BlockContext, meta: ArticleMeta | undefined): void {
    if (meta && !children.some((c) => c.type === 'abstract') && typeof meta.abstract === 'string' && meta.abstract.trim()) {
      blockHandlers.abstract(this, {type: 'abstract', children: [{type: 'paragraph', children: [{type: 'text', value: meta.abstract}]}]}, ctx)
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
      handler(this, node as never, ctx)
      return
    }
    if (node.type in inlineHandlers) {
      // Phrasing content where a block is expected: set it as a paragraph.
      this.paragraph([node as PhrasingContent], ctx, node.position)
      return
    }
    this.unknown(node)
  }

  inline(node: PhrasingContent, ctx: InlineContext): void {
    const handler = (inlineHandlers as Record<string, ((t: Typesetter, node: never, ctx: InlineContext) => void) | undefined>)[node.type]
    if (handler) handler(this, node as never, ctx)
    else this.unknown(node)
  }

  unknown(node: Nodes | {type: string; position?: Position}): void {
    this.report({severity: 'warning', message: `render-pdf: no handler for node type \`${node.type}\`; it is left out`, position: node.position, source: 'render-pdf:node'})
  }

  builder(position: Position | undefined): InlineBuilder {
    this.position = position
    return new InlineBuilder(this.fonts, this.shared, (char, index) => this.missingChar(char, index))
  }

  private missingChar(char: string, index: number): void {
    const cp = char.codePointAt(0) ?? 0
    const code = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0')
    const position = this.position
    // Line and column inside the text node (its value may span lines).
    const before = (this.text ?? '').slice(0, index)
    const lines = before.split('\n')
    const line = position ? position.start.line + lines.length - 1 : 0
    const column = position ? (lines.length > 1 ? lines[lines.length - 1]!.length + 1 : position.start.column + index) : 0
    const at = position ? {start: {line, column, ...(position.start.offset === undefined ? {} : {offset: position.start.offset + index})}, end: position.end} : undefined
    this.report({severity: 'warning', message: `no font has a glyph for ${code} (${char}); it prints as a blank box`, position: at, source: 'render-pdf:font'})
  }

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
    const lines = setParagraph(b.items, this.fonts, {width: ctx.width, firstIndent: indent, restIndent: 0, align: 'justify', ...set})
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
      refs: ctx.inNote || this.notesMode === 'endnotes' ? [] : line.refs,
      keep: false
    }))
    if (out.length >= 2) {
      out[0]!.keep = true
      out[out.length - 2]!.keep = true
    }
    ctx.target.push(...out)
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

  private collectScope(scopeRoot: Root | Article, scope: string): void {
    const defs = new Map<string, FootnoteDefinition>()
    const numbers = new Map<string, string>()
    const visit = (node: Nodes): void => {
      if (node.type === 'article' && node !== scopeRoot) return
      if (node.type === 'footnoteDefinition') {
        if (!defs.has(node.identifier)) defs.set(node.identifier, node)
        else this.report({severity: 'warning', message: `note [^${node.label ?? node.identifier}] is defined twice; the first definition is used`, position: node.position, source: 'render-pdf:notes'})
      }
      if (node.type === 'definition') this.definitions.set(node.identifier, node)
      if (node.type === 'footnoteReference' && !numbers.has(node.identifier)) numbers.set(node.identifier, String(node.data?.number ?? numbers.size + 1))
      if (node.type === 'titleNote') {
        const key = scope + '*'
        this.notes.set(key, {key, def: {type: 'footnoteDefinition', identifier: '*', children: node.children, ...(node.position ? {position: node.position} : {})}})
      }
      if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
    }
    visit(scopeRoot)
    // Definitions referenced by no one keep their own number (or the next one).
    for (const [id, def] of defs) {
      if (!numbers.has(id)) {
        numbers.set(id, String(def.data?.number ?? numbers.size + 1))
        this.report({severity: 'warning', message: `note [^${def.label ?? id}] is never referenced${this.notesMode === 'footnotes' ? '; it is printed at the foot of the last page' : ''}`, position: def.position, source: 'render-pdf:notes'})
      }
    }
    for (const [id, number] of [...numbers].sort((a, b) => Number(a[1]) - Number(b[1]))) {
      const key = scope + number
      this.numbers.set(scope + id, key)
      if (this.notes.has(key)) continue
      const def = defs.get(id)
      if (!def) this.report({severity: 'warning', message: `note reference [^${id}] has no definition`, source: 'render-pdf:notes'})
      this.notes.set(key, def ? {key, def} : {key})
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
      this.setNoteContent(note, ctx)
    } finally {
      this.scope = saved
    }
    note.lines = target.filter((e): e is LineElement => e.kind === 'line')
    return note.lines
  }

  private setNoteContent(note: Note, ctx: BlockContext): void {
    const key = note.key
    const label = noteLabel(key) === '*' ? '*' : `${noteLabel(key)}.`
    ctx.prefix = (b) => {
      b.box(label, 'regular', ctx.size, {link: {dest: `ref-${key}`}, anchor: `note-${key}`})
      b.space('regular', ctx.size)
    }
    const def = note.def
    if (!def || def.data?.missing || def.children.length === 0) {
      this.paragraph([{type: 'emphasis', children: [{type: 'text', value: '[note missing in the source]'}]}], ctx, def?.position)
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
    const title = typeof meta.title === 'string' ? meta.title.trim() : ''
    const star = this.scope + '*'
    if (!title && !meta.author) return
    if (title) {
      const b = this.builder(undefined)
      const id = dest ?? this.nextHeadingId()
      b.text(title, 'bold', size * 1.6, {hyphenate: false})
      const first = b.items.find((item) => item.type === 'box')
      if (first?.type === 'box') first.anchor = id
      if (this.notes.has(star)) b.box('*', 'regular', size * 1.1, {rise: size * 0.55, noteRef: star, link: {dest: `note-${star}`}, anchor: `ref-${star}`})
      const lines = setParagraph(b.items, this.fonts, {width: this.textWidth, align: 'center'})
      const els = this.pushLines(lines, ctx, size * 2)
      for (const el of els) el.keep = true
      if (inVolume && els[0]) els[0].outline = {title, depth: 0, dest: id}
    }
    if (typeof meta.subtitle === 'string' && meta.subtitle.trim()) {
      this.centered(meta.subtitle, 'italic', size * 1.25, size * 1.7, ctx)
    }
    const authors = authorLine(meta)
    if (authors) {
      this.space(ctx, size * 0.8, true)
      this.centered(authors, 'regular', size * 1.15, size * 1.6, ctx)
    }
    const journal = journalLine(meta)
    if (journal) this.centered(journal, 'italic', size * 0.9, size * 1.4, ctx)
    this.space(ctx, this.geo.leading * 2)
    if (this.notesMode === 'endnotes' && this.notes.has(star)) {
      const note = this.notes.get(star)!
      const noteCtx: BlockContext = {...ctx, size: this.geo.noteSize, leading: this.geo.noteLeading, flush: true}
      this.setNoteContent(note, noteCtx)
      this.space(ctx, this.geo.leading)
    }
    ctx.flush = true
  }

  /**
   * The title page of a volume (`octavo reader`): title, subtitle, editors, course and term; then
   * the contents, one line per article, whose page numbers are filled in after a first pagination.
   */
  private volumeTitle(ctx: BlockContext, articles: Article[]): Array<{line: LineElement; title: string; dest: string}> {
    const meta = this.meta
    const size = this.geo.size
    const title = typeof meta.title === 'string' ? meta.title.trim() : ''
    if (title) {
      this.space(ctx, this.geo.leading * 8)
      this.centered(title, 'bold', size * 2, size * 2.6, ctx)
      if (typeof meta.subtitle === 'string' && meta.subtitle.trim()) this.centered(meta.subtitle, 'italic', size * 1.3, size * 1.8, ctx)
      const editors = Array.isArray(meta.editor) ? (meta.editor as Array<CslName | string>).map(nameOf).filter(Boolean) : []
      if (editors.length > 0) {
        this.space(ctx, size * 2, true)
        this.centered(`Edited by ${joinNames(editors)}`, 'regular', size * 1.15, size * 1.6, ctx)
      }
      for (const key of ['course', 'term']) {
        const value = meta[key]
        if (typeof value === 'string' && value.trim()) this.centered(value, 'italic', size, size * 1.5, ctx)
      }
      ctx.target.push({kind: 'break', height: 0, keep: false, recto: false, heads: this.runningHeads})
    }
    blockHandlers.heading(this, {type: 'heading', depth: 1, children: [{type: 'text', value: 'Contents'}]}, ctx)
    const entries = articles.map((article, i) => {
      const articleMeta = article.data?.meta ?? {}
      const authors = authorLine(articleMeta)
      const name = typeof articleMeta.title === 'string' ? articleMeta.title : `Article ${i + 1}`
      const line: LineElement = {kind: 'line', height: this.geo.leading * 1.3, ascent: this.geo.leading, items: [], refs: [], keep: false}
      ctx.target.push(line)
      return {line, title: authors ? `${authors}, ${name}` : name, dest: `article-a${i + 1}`}
    })
    ctx.flush = true
    return entries
  }

  /** A line of the contents: the entry, cut to fit, and its page number at the right margin. */
  private contentsLine(text: string, page: string, dest: string): LayoutItem[] {
    const size = this.geo.size
    const face = this.fonts.styleFace('regular')
    const pageWidth = this.fonts.width(face, page, size)
    const room = this.textWidth - pageWidth - size * 2
    let entry = text
    while (entry.length > 1 && this.fonts.width(face, entry, size) > room) {
      const base = entry.endsWith('…') ? entry.slice(0, -1) : entry
      const cut = base.lastIndexOf(' ')
      entry = (cut > 0 ? base.slice(0, cut) : base.slice(0, -1)) + '…'
    }
    this.fonts.use(face, entry + page)
    return [
      {type: 'text', x: 0, y: 0, text: entry, font: face, size: round(size), width: round(this.fonts.width(face, entry, size))},
      {type: 'text', x: round(this.textWidth - pageWidth), y: 0, text: page, font: face, size: round(size), width: round(pageWidth)},
      {type: 'link', rect: [0, round(-size * 0.25), round(this.textWidth), round(size * 0.8)], dest}
    ]
  }

  centered(text: string, style: Style, size: number, leading: number, ctx: BlockContext): void {
    const b = this.builder(undefined)
    b.text(text, style, size, {hyphenate: false})
    const els = this.pushLines(setParagraph(b.items, this.fonts, {width: this.textWidth, align: 'center'}), ctx, leading)
    for (const el of els) el.keep = true
  }

  /** Endnotes: a heading and every note of the current scope, in order. */
  private endnotes(ctx: BlockContext): void {
    const keys = this.noteOrder.filter((key) => noteScope(key) === this.scope)
    if (keys.length === 0) return
    blockHandlers.heading(this, {type: 'heading', depth: 2, children: [{type: 'text', value: 'Notes'}]}, ctx)
    const noteCtx: BlockContext = {...ctx, size: ctx.size * 0.9, leading: ctx.leading * 0.9}
    for (const key of keys) {
      const note = this.notes.get(key)!
      noteCtx.flush = true
      this.setNoteContent(note, noteCtx)
      this.space(noteCtx, ctx.leading * 0.25)
    }
  }

  private heads: RunningHeads | undefined
  /** Running heads of the document (a volume's articles have their own). */
  get runningHeads(): RunningHeads {
    this.heads ??= this.headsFor(this.meta)
    return this.heads
  }

  /** The authors on even pages, the (short) title on odd pages, cut to fit. */
  headsFor(meta: ArticleMeta): RunningHeads {
    const size = this.geo.size * 0.8
    const face = this.fonts.styleFace('italic')
    const fit = (text: string): string => {
      if (this.fonts.width(face, text, size) <= this.textWidth * 0.8) return text
      const colon = text.search(/[:;]/)
      if (colon > 0 && this.fonts.width(face, text.slice(0, colon), size) <= this.textWidth * 0.8) return text.slice(0, colon)
      const words = text.split(/\s+/)
      while (words.length > 1 && this.fonts.width(face, words.join(' ') + '…', size) > this.textWidth * 0.8) words.pop()
      return words.join(' ').replace(/[,;:.]$/, '') + '…'
    }
    const short = typeof meta['title-short'] === 'string' ? meta['title-short'] : typeof meta.title === 'string' ? meta.title : ''
    return {even: fit(authorLine(meta)), odd: fit(short.trim())}
  }

  reportMissing(char: string, index: number): void {
    this.missingChar(char, index)
  }

  nextHeadingId(): string {
    return `h-${++this.headingCount}`
  }
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
  if (typeof meta.page === 'string' || typeof meta.page === 'number') line += `, pp. ${String(meta.page)}`
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
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '').replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim()
}

/** A note reference: a superscript linked to its note; the first one anchors the note's page. */
function noteRefBox(t: Typesetter, key: string, ctx: InlineContext): void {
  const size = ctx.size * 0.62
  const first = !ctx.inNote && !t.referenced.has(key)
  if (first) t.referenced.add(key)
  const attrs: {rise: number; link: Target; anchor?: string; noteRef?: string} = {rise: ctx.size * 0.38, link: {dest: `note-${key}`}}
  if (first) {
    attrs.anchor = `ref-${key}`
    attrs.noteRef = key
  }
  ctx.b.box(noteLabel(key), 'regular', size, attrs)
}

const inlineHandlers = {
  text(t, node, ctx) {
    t.text = node.value
    ctx.b.text(node.value, ctx.style, ctx.size, {link: ctx.link})
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
  inlineCode(_t, node, ctx) {
    ctx.b.text(node.value, 'mono', ctx.size * 0.85, {link: ctx.link, hyphenate: false})
  },
  break(_t, _node, ctx) {
    ctx.b.lineBreak()
  },
  link(t, node, ctx) {
    const link: Target = {url: node.url}
    for (const child of node.children) t.inline(child, {...ctx, link})
  },
  linkReference(t, node, ctx) {
    const definition = t.definitions.get(node.identifier)
    const link: Target | undefined = definition ? {url: definition.url} : ctx.link
    for (const child of node.children) t.inline(child, {...ctx, link})
  },
  image(t, node, ctx) {
    // Reached for an image that is not a figure: inline with text, in a note, or not printable.
    const found = t.imageFor(node)
    const name = node.alt || node.title || node.url
    if ('problem' in found) t.report({severity: 'warning', message: `image "${node.url}" ${found.problem}; its alt text is printed instead`, position: node.position, source: 'render-pdf:image'})
    else t.report({severity: 'info', message: `image "${node.url}" is not alone in its paragraph${ctx.inNote ? ' (or is in a note)' : ''}; its alt text is printed instead (an image in a paragraph of its own prints as a figure)`, position: node.position, source: 'render-pdf:image'})
    const remote = /^(https?|ftp):/i.test(node.url)
    ctx.b.text(`[Image: ${name}]`, 'italic', ctx.size, remote ? {link: {url: node.url}} : {link: ctx.link})
  },
  imageReference(_t, node, ctx) {
    ctx.b.text(`[Image: ${node.alt || node.identifier}]`, 'italic', ctx.size)
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
    const base = t.geo.size
    const size = node.depth === 1 ? base * 1.3 : node.depth === 2 ? base * 1.12 : base
    const style: Style = node.depth <= 2 ? 'bold' : 'boldItalic'
    if (ctx.target.length > 0) t.space(ctx, t.geo.leading * (node.depth <= 2 ? 1.3 : 0.9))
    const b = t.builder(node.position)
    const id = t.nextHeadingId()
    const ictx: InlineContext = {b, style, size, inNote: ctx.inNote}
    for (const child of node.children) t.inline(child, ictx)
    const first = b.items.find((item) => item.type === 'box')
    if (first?.type === 'box' && !first.anchor) first.anchor = id
    const lines = setParagraph(b.items, t.fonts, {width: ctx.width, align: 'left'})
    const els = t.pushLines(lines, ctx, Math.max(ctx.leading, size * 1.25))
    for (const el of els) el.keep = true
    if (els[0] && !ctx.inNote) els[0].outline = {title: plain(node.children).trim() || '—', depth: node.depth, dest: id}
    t.space(ctx, t.geo.leading * 0.45, true)
    ctx.flush = true
  },
  blockquote(t, node: Blockquote, ctx) {
    t.space(ctx, ctx.leading * 0.5)
    const inner: BlockContext = {...ctx, indent: ctx.indent + ctx.size * 2, width: ctx.width - ctx.size * 4, size: ctx.size * 0.92, leading: ctx.leading * 0.92, flush: true}
    for (const child of node.children) t.block(child, inner)
    t.space(ctx, ctx.leading * 0.5)
    ctx.flush = false
  },
  list(t, node: List, ctx) {
    t.space(ctx, ctx.leading * 0.3)
    let n = node.start ?? 1
    const labelWidth = ctx.size * (node.ordered ? 2 : 1.4)
    for (const item of node.children) {
      const label = node.ordered ? `${n++}.` : '•'
      setListItem(t, item, {...ctx, indent: ctx.indent + labelWidth, width: ctx.width - labelWidth, flush: true}, label, ctx.indent)
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
    const size = ctx.size * 0.78
    const leading = size * 1.3
    const face = t.fonts.styleFace('mono')
    const charWidth = t.fonts.width(face, 'M', size)
    const indent = ctx.size
    const columns = Math.max(8, Math.floor((ctx.width - indent) / charWidth))
    const lines: SetLine[] = []
    t.builder(node.position)
    for (const raw of node.value.replace(/\t/g, '    ').split('\n')) {
      const chars = [...raw]
      const chunks: string[] = []
      for (let i = 0; i < chars.length || i === 0; i += columns) chunks.push(chars.slice(i, i + columns).join(''))
      for (const chunk of chunks) {
        const items: LayoutItem[] = []
        let x = indent
        for (const segment of t.fonts.segments('mono', chunk, (char, index) => t.reportMissing(char, index))) {
          const width = t.fonts.width(segment.face, segment.text, size)
          if (segment.text.trim() !== '') {
            t.fonts.use(segment.face, segment.text)
            items.push({type: 'text', x: round(x), y: 0, text: segment.text, font: segment.face, size: round(size), width: round(width)})
          }
          x += width
        }
        lines.push({items, refs: []})
      }
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
    const size = ctx.size * 0.92
    const inner: BlockContext = {...ctx, indent: ctx.indent + ctx.size * 2.5, width: ctx.width - ctx.size * 5, size, leading: ctx.leading * 0.92, flush: true}
    const b = t.builder(node.position)
    b.text('Abstract', 'bold', size, {hyphenate: false})
    const els = t.pushLines(setParagraph(b.items, t.fonts, {width: inner.width, align: 'left'}), inner, inner.leading * 1.2)
    for (const el of els) el.keep = true
    for (const child of node.children) {
      t.block(child, inner)
      inner.flush = true
    }
    t.space(ctx, ctx.leading * 1.5)
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
    ctx.target.push({kind: 'break', height: 0, keep: false, recto: t.tree.data?.volume?.rectoStarts === true, heads: t.headsFor(meta)})
    ctx.flush = true
    t.articleStart(meta, ctx, true, `article-${t.scope.slice(0, -1)}`)
    t.flow(node.children, ctx, meta)
    t.scope = saved
  },
  bibliography(t, node, ctx) {
    blockHandlers.heading(t, {type: 'heading', depth: 2, children: [{type: 'text', value: node.title || 'Bibliography'}]}, ctx)
    for (const entry of node.children) blockHandlers.bibliographyEntry(t, entry, ctx)
  },
  bibliographyEntry(t, node, ctx) {
    const hang = ctx.size * 1.8
    t.paragraph(node.children, {...ctx, flush: true}, node.position, {firstIndent: 0, restIndent: hang})
    t.space(ctx, ctx.leading * 0.2)
  }
} satisfies BlockHandlers

function sectionMark(t: Typesetter, ctx: BlockContext): void {
  t.space(ctx, ctx.leading * 0.5)
  const b = t.builder(undefined)
  b.text('*   *   *', 'regular', ctx.size, {hyphenate: false})
  t.pushLines(setParagraph(b.items, t.fonts, {width: ctx.width, align: 'center'}), ctx)
  t.space(ctx, ctx.leading * 0.5)
  ctx.flush = true
}

function setListItem(t: Typesetter, item: ListItem, ctx: BlockContext, label: string, labelX: number): void {
  const start = ctx.target.length
  const inner: BlockContext = {...ctx, flush: true}
  for (const child of item.children) {
    t.block(child, inner)
    inner.flush = true
  }
  const first = ctx.target.slice(start).find((e): e is LineElement => e.kind === 'line')
  const b = t.builder(item.position)
  const box = item.checked === true ? '☑' : item.checked === false ? '☐' : label
  b.box(box, 'regular', ctx.size)
  const labelItems = setParagraph(b.items, t.fonts, {width: ctx.size * 3, align: 'left'})[0]?.items ?? []
  let shifted = shift(labelItems, labelX)
  // A figure's baseline is its bottom: its label goes beside its top.
  if (first?.items.some((item) => item.type === 'image')) {
    const dy = first.ascent - ctx.size
    shifted = shifted.map((item) => (item.type === 'text' || item.type === 'anchor' ? {...item, y: round(item.y + dy)} : item))
  }
  if (first) first.items.push(...shifted)
  else t.pushLines([{items: shifted, refs: []}], {...ctx, indent: 0})
}

/** A table row of more lines than this may break across pages. */
const ROW_SPLIT_FROM = 6

function setTable(t: Typesetter, node: Table, ctx: BlockContext): void {
  const size = ctx.size * 0.82
  const leading = size * 1.3
  const pad = size * 0.5
  const rows = node.children
  const columns = Math.max(0, ...rows.map((r) => r.children.length))
  if (columns === 0) return
  // Natural and minimum widths of each column.
  const natural = new Array<number>(columns).fill(0)
  const minimum = new Array<number>(columns).fill(0)
  const cellItems = rows.map((row, r) =>
    row.children.map((cell, c) => {
      const b = t.builder(cell.position)
      const style: Style = r === 0 ? 'bold' : 'regular'
      for (const child of cell.children) t.inline(child, {b, style, size, inNote: ctx.inNote})
      let wordWidth = 0
      let total = 0
      for (const item of b.items) {
        if (item.type === 'box') {
          wordWidth += item.width
          total += item.width
        } else {
          if (item.type === 'glue') total += item.width
          minimum[c] = Math.max(minimum[c]!, wordWidth)
          wordWidth = 0
        }
      }
      minimum[c] = Math.max(minimum[c]!, wordWidth)
      natural[c] = Math.max(natural[c]!, total)
      return b.items
    })
  )
  const available = ctx.width - columns * 2 * pad
  const widths = fitColumns(natural, minimum, available)
  const align = node.align ?? []
  t.space(ctx, ctx.leading * 0.5)
  const totalWidth = widths.reduce((a, b) => a + b, 0) + columns * 2 * pad
  let header: LineElement | undefined
  rows.forEach((row, r) => {
    const cells = cellItems[r]!.map((items, c) => {
      const a = align[c]
      return setParagraph(items, t.fonts, {width: widths[c]!, align: a === 'right' ? 'right' : a === 'center' ? 'center' : 'left'})
    })
    const lineCount = Math.max(1, ...cells.map((c) => c.length))
    // A row of a few lines is one piece; a longer one is set line by line, so that it can
    // continue on the next page (two lines at least on each side) instead of running off it.
    const pieces = lineCount > ROW_SPLIT_FROM ? Array.from({length: lineCount}, (_, i) => [i, i + 1] as const) : [[0, lineCount] as const]
    pieces.forEach(([from, to], p) => {
      const first = p === 0
      const last = p === pieces.length - 1
      const ascent = size * 0.95 + (first ? pad / 2 : 0)
      const height = (to - from) * leading + (first ? pad / 2 : 0) + (last ? pad / 2 : 0)
      const items: LayoutItem[] = []
      let x = 0
      cells.forEach((lines, c) => {
        lines.slice(from, to).forEach((line, n) => {
          const dy = n * leading
          items.push(...shift(line.items, x + pad).map((item) => (item.type === 'text' || item.type === 'anchor' ? {...item, y: round(item.y - dy)} : item.type === 'link' ? {...item, rect: [item.rect[0], round(item.rect[1] - dy), item.rect[2], round(item.rect[3] - dy)] as [number, number, number, number]} : item)))
        })
        x += widths[c]! + 2 * pad
      })
      const topY = round(ascent)
      const bottomY = round(ascent - height)
      if (r === 0 && first) items.push({type: 'rule', x1: 0, y1: topY, x2: round(totalWidth), y2: topY, thickness: 0.8})
      if (last) items.push({type: 'rule', x1: 0, y1: bottomY, x2: round(totalWidth), y2: bottomY, thickness: r === 0 || r === rows.length - 1 ? 0.6 : 0.25})
      const refs = cells.flatMap((lines) => lines.slice(from, to).flatMap((l) => l.refs))
      // No break after the header, inside a short row, or leaving fewer than two lines of a long one.
      const keep = r === 0 || (!last && (from < 1 || to > lineCount - 2))
      const element: LineElement = {kind: 'line', height, ascent, items: shift(items, ctx.indent), refs: ctx.inNote || t.notesMode === 'endnotes' ? [] : refs, keep}
      // Rows after the header repeat it at the top of a page they open.
      if (r === 0) {
        if (first) header = element
      } else if (header && !ctx.inNote) element.header = header
      ctx.target.push(element)
    })
  })
  t.space(ctx, ctx.leading * 0.5)
  ctx.flush = true
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
