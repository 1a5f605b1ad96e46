import type {Html, Nodes, Parent, PhrasingContent, Root, RootContent, Table, Text} from 'mdast'
import type {Element} from 'hast'
import type {Position} from 'unist'
import {fromHtml} from 'hast-util-from-html'
import {defaultHandlers, toMdast, type Handle, type State} from 'hast-util-to-mdast'
import type {Diagnostic} from './types.js'
import type {Locator} from './markdown-util.js'
import {LIMITS} from './limits.js'
import {eachNode} from '@octavo/tree'

/** Parents whose children are blocks: where an HTML block stands. */
const FLOW = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])
/** A block of comments only stays as it is: `<!-- note missing in the source -->` means a lost note (markdown-notes.ts); others print nothing. */
const COMMENTS = /^(?:\s*<!--[\s\S]*?-->)+\s*$/
/** Elements that hold no end tag, for the depth estimate. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
/** A text node produced under an element with `lang`, held apart from its neighbours until `toMdast` has merged texts. */
const LANG_HOLDER = 'octavoLang'

/** Reads Markdown (a fragment) placed at `at`; the readers with their limits live in markdown.ts. */
export type ReadMarkdown = (text: string, at: Position) => Root

interface Context {
  source: string
  locator: Locator
  read: ReadMarkdown
  /** Labels of the note definitions in the document, so that `[^1]` inside HTML is a note reference. */
  notes: ReadonlySet<string>
  diagnostics: Diagnostic[]
}

/**
 * Raw HTML blocks into the tree they mean (`src/lib/markdown-html-rules.ts`
 * lists the cases): the HTML is parsed (`hast-util-from-html`), turned into
 * mdast (`hast-util-to-mdast`: `<i>` → emphasis, `<code>` → inlineCode,
 * `<a>` → link, `<table>` → table…), an alert `<div class="alert
 * alert-info">` into a block quotation (`data.alert`: `info`), a table's
 * `<caption>` into a paragraph before it, a `lang` attribute into
 * `data.lang`; comments go. The text inside is read as Markdown, as the
 * site generators these articles come from read it (`**ἀ**` → strong).
 * Template marks in the HTML become text, so that `removeTemplateMarks` can
 * turn a figure's mark in a table cell into its image. Nodes are placed in
 * the source where the HTML is written as is, else at the HTML block.
 */
export function expandHtml(tree: Root, source: string, locator: Locator, read: ReadMarkdown, diagnostics: Diagnostic[]): void {
  langSpans(tree)
  const notes = new Set<string>()
  eachNode(tree, (node) => {
    if (node.type === 'footnoteDefinition') notes.add(node.label ?? node.identifier)
    return 'children' in node
  })
  const context: Context = {source, locator, read, notes, diagnostics}
  eachNode(tree, (node) => {
    if (FLOW.has(node.type) && 'children' in node) {
      const parent = node as Parent
      if (parent.children.some((child) => child.type === 'html')) {
        parent.children = parent.children.flatMap((child) => (child.type === 'html' && !COMMENTS.test(child.value) ? htmlBlock(child, context) : [child])) as Parent['children']
      }
    }
    return 'children' in node
  })
}

/** One HTML block as blocks; kept as it is past the depth limit. */
function htmlBlock(node: Html, context: Context): RootContent[] {
  const fallback = node.position
  if (htmlDepth(node.value) > LIMITS.htmlDepth.value) {
    context.diagnostics.push({severity: 'warning', message: `HTML nested more than ${LIMITS.htmlDepth.value} levels deep: kept as raw HTML`, position: fallback, source: 'parser:limits'})
    return [node]
  }
  // A phrasing element opened in one block and closed in another (`<b>` … `</b>` around paragraphs) wraps blocks it
  // cannot hold: it stays raw, for the renderers to repair as a browser would (render-epub's repair.ts). A block
  // wrapper (`<div class="table-wrapper">` … `</div>` around a Markdown table) is read: its tags go, its text stays.
  if (unbalanced(node.value).some((name) => !WRAPPERS.has(name))) return [node]
  const mdast = toMdast(fromHtml(node.value, {fragment: true}), {handlers: HANDLERS, nodeHandlers: {comment: () => undefined}}) as Root
  releaseLang(mdast)
  looseCells(mdast)
  placeAll(mdast, node, context)
  readMarkdownIn(mdast, context)
  warnEmbeds(mdast, context.diagnostics)
  return asFlow(mdast.children)
}

/** Phrasing an HTML block made where blocks stand (a lone `<iframe>`, `<a>`): a paragraph of it, so that renderers set it in the flow. */
function asFlow(children: RootContent[]): RootContent[] {
  const out: RootContent[] = []
  const made = new Set<RootContent>()
  for (const child of children) {
    const last = out.at(-1)
    if (!PHRASING.has(child.type)) out.push(child)
    else if (last?.type === 'paragraph' && made.has(last)) last.children.push(child as PhrasingContent)
    else {
      const paragraph: RootContent = {type: 'paragraph', children: [child as PhrasingContent], ...(child.position ? {position: child.position} : {})}
      made.add(paragraph)
      out.push(paragraph)
    }
  }
  return out
}

/** Phrasing node types (what may not stand alone among blocks). */
const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'image', 'imageReference', 'inlineCode', 'inlineMath', 'break', 'footnoteReference', 'citation'])

/**
 * `<iframe src title>`: embedded content (a video, a map, a notebook) an edition
 * cannot show, as an image with `data.embed` whose `url` is its address and
 * whose `title` is its title (else its address): the renderers print a
 * placeholder naming both. Warned about by `warnEmbeds`, once, at the iframe.
 */
function iframe(state: State, node: Element) {
  const src = typeof node.properties.src === 'string' ? node.properties.src.trim() : ''
  const title = typeof node.properties.title === 'string' ? node.properties.title.trim() : ''
  const result = {type: 'image' as const, url: src, alt: title, title: title || src || null, data: {embed: 'iframe' as const}}
  state.patch(node, result)
  return result
}

/** One warning per embedded content (an `<iframe>`), at it. */
function warnEmbeds(tree: Root, diagnostics: Diagnostic[]) {
  eachNode(tree, (node) => {
    if (node.type === 'image' && node.data?.embed) {
      const what = [node.alt ? `"${node.alt}"` : '', node.url].filter(Boolean).join(', ') || 'no address'
      diagnostics.push({
        severity: 'warning',
        message: `an <iframe> (${what}) cannot be shown in print or an e-book: a placeholder with its title and address stands in its place`,
        position: node.position,
        source: 'parser:html'
      })
    }
    return 'children' in node
  })
}

/**
 * The elements `html` opens and does not close, or closes without opening
 * (void and self-closed elements, and those whose end tag may be left out,
 * aside): `[]` for a whole fragment.
 */
export function unbalanced(html: string): string[] {
  const open: string[] = []
  const stray: string[] = []
  for (const [, close, tag, self] of html.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(\/?)>/g)) {
    const name = tag!.toLowerCase()
    if (self || VOID.has(name) || OPTIONAL_END.has(name)) continue
    if (!close) open.push(name)
    else if (open.at(-1) === name) open.pop()
    else stray.push(name)
  }
  return [...stray, ...open]
}

/** Block containers a source opens in one HTML block and closes in a later one, around Markdown (site generators' wrappers). */
const WRAPPERS = new Set(['div', 'section', 'article', 'aside', 'figure', 'main', 'header', 'footer', 'nav', 'details', 'blockquote', 'center'])

/** Elements whose end tag HTML lets an author leave out (`<p>`, `<li>`, `<td>` …): they do not unbalance a block. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'optgroup'])

/**
 * An upper bound of how deep the elements of `html` nest (start tags minus
 * end tags, void and self-closed elements left out), found in one pass
 * without parsing: what `fromHtml` and `toMdast` would recurse into.
 */
export function htmlDepth(html: string): number {
  let depth = 0
  let deepest = 0
  for (const [, close, name, self] of html.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(\/?)>/g)) {
    if (close) depth = Math.max(0, depth - 1)
    else if (!self && !VOID.has(name!.toLowerCase())) deepest = Math.max(deepest, ++depth)
  }
  return deepest
}

/** The handlers: the defaults, an element's `lang` kept, alerts as block quotations, captions before their table. */
const HANDLERS: Record<string, Handle> = Object.fromEntries(
  Object.entries({...defaultHandlers, span: defaultHandlers.span ?? all, div: alertOr(defaultHandlers.div), table: captioned, iframe}).map(([name, handle]) => [name, withLang(handle)])
)

function all(state: State, node: Element) {
  return state.all(node)
}

/** The kind of an alert (`alert alert-warning` → `warning`, a bare `alert` → `note`), or undefined. */
export function alertKind(node: Element): string | undefined {
  const classes = classList(node)
  if (!classes.includes('alert')) return undefined
  return classes.find((name) => name.startsWith('alert-'))?.slice('alert-'.length) || 'note'
}

function classList(node: Element): string[] {
  const value: unknown = node.properties.className
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
}

/** A `<div class="alert …">` as a block quotation with `data.alert`; another div as the default does. */
function alertOr(otherwise: Handle | undefined): Handle {
  return (state, node, parent) => {
    const kind = alertKind(node)
    if (kind === undefined) return otherwise ? otherwise(state, node, parent) : state.toFlow(state.all(node))
    const result = {type: 'blockquote' as const, children: state.toFlow(state.all(node)), data: {alert: kind}}
    state.patch(node, result)
    return result
  }
}

/**
 * A table, its `<caption>` (which `toMdast` ignores) as a paragraph before it;
 * a header row left empty by a table without one goes. A table whose first
 * row has no `<th>` (and no `<thead>`) is `data.headerless`: mdast's first
 * row is a header, the renderers set it as a row like the others.
 */
function captioned(state: State, node: Element, parent: Parameters<Handle>[2]) {
  const table = (defaultHandlers.table as Handle)(state, node, parent) as Table | Text
  if (table.type === 'table' && table.children.length > 1 && table.children[0]!.children.every((cell) => cell.children.length === 0)) table.children.shift()
  if (table.type === 'table' && !hasHeader(node)) table.data = {...table.data, headerless: true}
  const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption')
  if (!caption) return table
  const paragraph = {
    type: 'paragraph' as const,
    children: state.toFlow(state.all(caption)).flatMap((block) => ('children' in block && block.type === 'paragraph' ? block.children : [])) as PhrasingContent[]
  }
  state.patch(caption, paragraph)
  return paragraph.children.length > 0 ? [paragraph, table] : table
}

/** Whether an HTML table has a header: a `<thead>`, or a `<th>` in its first row. */
function hasHeader(table: Element): boolean {
  const elements = (node: Element): Element[] => node.children.filter((child): child is Element => child.type === 'element')
  const sections = elements(table)
  if (sections.some((child) => child.tagName === 'thead')) return true
  const first = sections.flatMap((child) => (child.tagName === 'tr' ? [child] : child.tagName === 'tbody' || child.tagName === 'tfoot' ? elements(child).filter((row) => row.tagName === 'tr') : []))[0]
  return first !== undefined && elements(first).some((cell) => cell.tagName === 'th')
}

/**
 * An element with a `lang` attribute: what it becomes carries `data.lang`.
 * Texts are held in a placeholder node until `toMdast` has merged adjacent
 * texts (which would drop their data); `releaseLang` then frees them.
 */
function withLang(handle: Handle): Handle {
  return (state, node, parent) => {
    const result = handle(state, node, parent)
    const lang = node.properties.lang
    if (typeof lang !== 'string' || lang === '' || !result) return result
    const mark = (child: Nodes): Nodes => (child.type === 'text' ? ({type: 'emphasis', children: [child], data: {[LANG_HOLDER]: lang}} as unknown as Nodes) : {...child, data: {...child.data, lang}})
    return Array.isArray(result) ? result.map(mark) : mark(result)
  }
}

function releaseLang(tree: Root) {
  eachNode(tree, (node) => {
    if (!('children' in node)) return false
    const parent = node as Parent
    parent.children = parent.children.flatMap((child) => {
      const lang = (child.data as Record<string, unknown> | undefined)?.[LANG_HOLDER]
      if (typeof lang !== 'string' || !('children' in child)) return [child]
      return child.children.map((text) => ({...text, data: {...text.data, lang}}))
    }) as Parent['children']
    return true
  })
}

/** An inline `<span lang="…">` as Markdown's raw HTML writes it (its own `html` node); the language in group 1, 2 or 3. */
const LANG_SPAN = /^<span\b[^>]*?\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))[^>]*>$/i

/**
 * Inline `<span lang="fr">…</span>` in a paragraph (Markdown keeps its tags
 * as `html` nodes around what it reads between them): the tags go, and what
 * stands between them carries `data.lang` (a text its own; emphasis, a link…
 * on itself), which both renderers honour. A span whose end is not in the
 * same parent, or that names no language, stays as written.
 */
export function langSpans(tree: Root): void {
  eachNode(tree, (node) => {
    if (!('children' in node)) return false
    const parent = node as Parent
    if (parent.children.some((child) => child.type === 'html' && LANG_SPAN.test(child.value.trim()))) parent.children = withLangSpans(parent.children as PhrasingContent[]) as Parent['children']
    return true
  })
}

function withLangSpans(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    const match = child.type === 'html' ? LANG_SPAN.exec(child.value.trim()) : null
    const lang = (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim()
    const end = match && lang ? closingSpan(children, i) : -1
    if (end < 0) {
      out.push(child)
      continue
    }
    for (const inner of withLangSpans(children.slice(i + 1, end))) out.push({...inner, data: {...inner.data, lang: inner.data?.lang ?? lang}} as PhrasingContent)
    i = end
  }
  return out
}

/** The index of the `</span>` that closes the span opened at `start` (spans nested in it counted), or -1. */
function closingSpan(children: PhrasingContent[], start: number): number {
  let depth = 0
  for (let i = start + 1; i < children.length; i++) {
    const child = children[i]!
    if (child.type !== 'html') continue
    const value = child.value.trim()
    if (/^<span\b[^>]*>$/i.test(value)) depth++
    else if (/^<\/span\s*>$/i.test(value) && depth-- === 0) return i
  }
  return -1
}

/** A row or a cell outside a table (`<td>` alone in a block) as paragraphs of what its cells hold; an empty one goes. */
function looseCells(tree: Root) {
  eachNode(tree, (node) => {
    if (!('children' in node) || node.type === 'table') return false
    const parent = node as Parent
    parent.children = parent.children.flatMap((child) => {
      const cells = child.type === 'tableRow' ? child.children : child.type === 'tableCell' ? [child] : undefined
      if (!cells) return [child]
      return cells.filter((cell) => cell.children.length > 0).map((cell) => ({type: 'paragraph', children: cell.children, ...(cell.position ? {position: cell.position} : {})}))
    }) as Parent['children']
    return true
  })
}

/**
 * Positions: where the HTML is in the source as written (not inside a block
 * quotation's or list's markers), each node at its own place; otherwise, and
 * for nodes the conversion made up, at the HTML block.
 */
function placeAll(tree: Root, html: Html, {source, locator}: Context) {
  const start = html.position?.start.offset
  const end = html.position?.end.offset
  const verbatim = start !== undefined && end !== undefined && source.slice(start, end) === html.value
  eachNode(tree, (node) => {
    const own = node.position?.start.offset
    const ownEnd = node.position?.end.offset
    if (verbatim && own !== undefined && ownEnd !== undefined) node.position = locator.position(start + own, start + ownEnd)
    else if (html.position) node.position = {start: {...html.position.start}, end: {...html.position.end}}
    else delete node.position
    return true
  })
}

/**
 * The text inside HTML read as Markdown: each text node becomes the phrasing
 * its Markdown reads as (`**ἀ**ληθινῷ` → strong + text); a text that reads
 * as blocks and is all its paragraph holds replaces that paragraph. HTML
 * that the Markdown makes of a `&lt;` stays text. Not in links (no link in a
 * link) nor in code.
 */
function readMarkdownIn(tree: Root, context: Context) {
  // What a text read as is not read again (`\\*a\\*` is `*a*`, not emphasis).
  const done = new WeakSet<Nodes>()
  const read = (text: Text, where: 'phrasing' | 'flow') => {
    const nodes = readText(text, context, where)
    for (const node of nodes ?? []) done.add(node)
    return nodes
  }
  eachNode(tree, (node) => {
    if (!('children' in node) || done.has(node) || node.type === 'link' || node.type === 'linkReference') return false
    const parent = node as Parent
    parent.children = parent.children.flatMap((child) => {
      if (child.type === 'text') return read(child, 'phrasing') ?? [child]
      const only = child.type === 'paragraph' && child.children.length === 1 ? child.children[0] : undefined
      if (FLOW.has(parent.type) && only?.type === 'text') return read(only, 'flow') ?? [child]
      return [child]
    }) as Parent['children']
    return true
  })
}

/** A text as the Markdown it holds: phrasing, or blocks where blocks may stand; undefined when it is plain text. */
function readText(text: Text, context: Context, where: 'phrasing' | 'flow'): RootContent[] | undefined {
  if (!/[*_`[\]\\<&~@:]|www\./i.test(text.value)) return undefined
  const position = text.position ?? {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
  const labels = [...text.value.matchAll(/\[\^([^\]\s]+)\]/g)].map((match) => match[1]!).filter((label) => context.notes.has(label))
  const definitions = [...new Set(labels)].map((label) => `\n\n[^${label}]: .`).join('')
  const parsed = context.read(text.value + definitions, position)
  const blocks = parsed.children.filter((child) => child.type !== 'footnoteDefinition')
  placeRead(parsed, text, context)
  eachNode(parsed, (node) => {
    if ('children' in node)
      for (const [index, child] of node.children.entries())
        if (child.type === 'html') (node.children as Nodes[])[index] = {type: 'text', value: child.value, ...(child.position ? {position: child.position} : {})}
    return 'children' in node
  })
  const first = blocks[0]
  if (where === 'flow') return blocks.length > 0 ? blocks : undefined
  return blocks.length === 1 && first?.type === 'paragraph' ? spaced(first.children, text) : undefined
}

/** Phrasing with the white space that opened and closed `text` (a paragraph trims it; between elements it is a space). */
function spaced(children: PhrasingContent[], text: Text): PhrasingContent[] {
  const before = /^\s*/.exec(text.value)![0]
  const after = /\s*$/.exec(text.value)![0]
  const out = [...children]
  const at = text.position ? {position: text.position} : {}
  if (before) out.unshift({type: 'text', value: before, ...at})
  if (after && after !== text.value) out.push({type: 'text', value: after, ...at})
  return merged(out)
}

/** Adjacent texts as one. */
function merged(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const child of children) {
    const last = out.at(-1)
    if (last?.type === 'text' && child.type === 'text' && last.data?.lang === child.data?.lang) {
      out[out.length - 1] = {...last, value: last.value + child.value, ...(last.position && child.position ? {position: {start: last.position.start, end: child.position.end}} : {})}
    } else out.push(child)
  }
  return out
}

/**
 * Positions of what a text read as: shifted to the text's place when the
 * text stands in the source as it is (its white space at either end aside),
 * else the text's own.
 */
function placeRead(parsed: Root, text: Text, {source, locator}: Context) {
  const from = text.position?.start.offset
  const to = text.position?.end.offset
  const index = from !== undefined && to !== undefined ? source.slice(from, to).indexOf(text.value) : -1
  const verbatim = index >= 0
  const start = (from ?? 0) + index
  eachNode(parsed, (node) => {
    const own = node.position?.start.offset
    const ownEnd = node.position?.end.offset
    if (verbatim && own !== undefined && ownEnd !== undefined && ownEnd <= text.value.length) node.position = locator.position(start + own, start + ownEnd)
    else if (text.position) node.position = {start: {...text.position.start}, end: {...text.position.end}}
    return true
  })
}
