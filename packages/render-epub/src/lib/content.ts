import type {Element, ElementContent, Root as HastRoot} from 'hast'
import type {Nodes, Root} from 'mdast'
import {toHast} from 'mdast-util-to-hast'
import {raw} from 'hast-util-raw'
import {sanitize} from 'hast-util-sanitize'
import {toHtml} from 'hast-util-to-html'
import type {Diagnostic} from '@octavo/tree'
import type {BookMeta, NotesMode, TocEntry, XhtmlResult} from './types.js'
import type {Note} from './notes.js'
import {numberNotes} from './notes.js'
import {labelsFor} from './labels.js'
import {resolveMeta} from './metadata.js'
import {createHandlers, withLang, createUnknownHandler, noteId, noteRefId, noteref, titleNoteId, titleNoteRefId, type RenderContext} from './handlers.js'
import {classes, el, textOf, tx} from './hast.js'
import {contentSchema} from './schema.js'
import {normalizeTree} from './normalize.js'
import {createImagePackager, type ImageSources} from './images.js'
import {prefixIds} from './volume-ids.js'
import {repairContent} from './repair.js'
import {markIndents} from './indent.js'
import {placeholdFigures} from './figures.js'
import {tagScripts} from './scripts.js'
import {applyPolicy, escapeCdataEnd, finalizeDocument, markLessThanInAttributes, restoreLessThan} from './policy.js'
import {append, prepend} from '@octavo/tree'

/** The file names inside the container (all under `OEBPS/`). */
export const files = {
  content: 'content.xhtml',
  cover: 'cover.xhtml',
  nav: 'nav.xhtml',
  ncx: 'toc.ncx',
  css: 'css/book.css',
  opf: 'content.opf'
} as const

export interface ToXhtmlOptions {
  /** `footnotes` (default) or `endnotes`. */
  notes?: NotesMode | undefined
  /** Language when the tree's metadata has none (BCP 47). Default `en`. */
  lang?: string | undefined
  /**
   * The title block (title, authors, source) at the top. Default `true`;
   * `false` for the back matter of a volume (its combined bibliography).
   */
  titleBlock?: boolean | undefined
  /** Image files to package (see `RenderEpubOptions.images`). */
  images?: ImageSources | undefined
  /**
   * Put before every id of the document (and its fragment links and
   * table-of-contents entries): `renderEpub` gives each article of a volume
   * its file stem and `-`, so that ids are unique across the book.
   */
  idPrefix?: string | undefined
}

/** The text a missing note prints (contracts §3). */
export const missingNoteText = '[note missing in the source]'

/**
 * The content document of the book: mdast → hast (our handlers) → sections,
 * notes, title block → safe, well-formed XHTML.
 */
export function toXhtml(tree: Root, options: ToXhtmlOptions = {}): XhtmlResult {
  const diagnostics: Diagnostic[] = []
  const result = renderContent(normalizeTree(tree, diagnostics), options)
  prepend(result.diagnostics, diagnostics)
  return result
}

/** `toXhtml` on a tree `normalizeTree` has made safe to walk. */
export function renderContent(tree: Root, options: ToXhtmlOptions = {}): XhtmlResult {
  const diagnostics: Diagnostic[] = []
  const book = resolveMeta(tree.data?.meta, options.lang, options.titleBlock === false ? [] : diagnostics)
  const labels = labelsFor(book.lang)
  const mode: NotesMode = options.notes === 'endnotes' ? 'endnotes' : 'footnotes'
  if (options.notes !== undefined && options.notes !== 'footnotes' && options.notes !== 'endnotes') {
    diagnostics.push({
      severity: 'warning',
      message: `unknown notes mode "${String(options.notes)}"; using footnotes`,
      source: 'render-epub:notes'
    })
  }
  const table = numberNotes(tree)
  const context: RenderContext = {
    notes: table.notes,
    citationNotes: table.citations,
    bodies: new Map(),
    titleNote: undefined,
    headingOffset: headingOffset(tree),
    labels,
    diagnostics
  }

  const hast = toHast(tree, {
    handlers: withLang(createHandlers(context)),
    unknownHandler: createUnknownHandler(context),
    allowDangerousHtml: true
  }) as HastRoot
  let flow = hast.children as ElementContent[]

  const notes = [...context.notes.values()].sort((a, b) => a.number - b.number)
  const noteElement = (note: Note): Element => renderNote(note, context, mode)
  const titleNote = context.titleNote ? renderTitleNote(context.titleNote, mode) : undefined

  const toc: TocEntry[] = []
  let trailing: ElementContent[] = []
  if (mode === 'footnotes') {
    const placed = placeFootnotes(flow, notes, noteElement)
    flow = placed.flow
    trailing = placed.unplaced
  }
  const body: ElementContent[] = options.titleBlock === false ? [] : [titleBlock(book, titleNote !== undefined)]
  if (titleNote && mode === 'footnotes') body.push(titleNote)
  append(append(body, sectionize(flow, toc)), trailing)
  if (mode === 'endnotes' && (notes.length > 0 || titleNote)) {
    const items = [...(titleNote ? [titleNote] : []), ...notes.map(noteElement)]
    body.push(
      el('section', {id: 'endnotes', className: ['endnotes'], 'epub:type': 'endnotes', role: 'doc-endnotes'}, lines([el('h2', {}, [tx(labels.notes)]), el('ol', {className: ['notes']}, lines(items))]))
    )
    toc.push({id: 'endnotes', text: labels.notes, children: []})
  }

  const packager = createImagePackager(options.images, diagnostics)
  let root: HastRoot = {type: 'root', children: lines(body)}
  // The policy runs before parsing raw HTML (hast-util-raw drops positions,
  // and diagnostics should point into the source), then again on what the
  // raw HTML became.
  applyPolicy(root, diagnostics, packager)
  if (hasRaw(root)) {
    root = raw(root) as HastRoot
    applyPolicy(root, diagnostics, packager)
    reportUnsafeHtml(root, diagnostics)
  }
  root = sanitize(root, contentSchema) as HastRoot
  repairContent(root, diagnostics)
  const omitted = placeholdFigures(root, labels)
  tagScripts(root, book.lang)
  markIndents(root)
  finalizeDocument(root, diagnostics)
  if (options.idPrefix) prefixIds(root, toc, options.idPrefix, diagnostics)

  const document: HastRoot = {
    type: 'root',
    children: [
      {type: 'doctype'},
      tx('\n'),
      el(
        'html',
        {xmlns: 'http://www.w3.org/1999/xhtml', 'xmlns:epub': 'http://www.idpf.org/2007/ops', lang: book.lang, xmlLang: book.lang},
        lines([
          el('head', {}, lines([el('title', {}, [tx(book.title)]), el('link', {rel: ['stylesheet'], type: 'text/css', href: files.css})])),
          el('body', {}, [tx('\n'), ...(root.children as ElementContent[]), tx('\n')])
        ])
      ),
      tx('\n')
    ]
  }
  escapeCdataEnd(document)
  markLessThanInAttributes(document)
  const xhtml = '<?xml version="1.0" encoding="UTF-8"?>\n' + restoreLessThan(toHtml(document, {closeSelfClosing: true, upperDoctype: true, allowDangerousHtml: true}))
  return {xhtml, toc, book, images: packager.images, omitted, diagnostics}
}

/** Offset so that the shallowest heading becomes `h2` (the title is `h1`). */
function headingOffset(tree: Root): number {
  let min = 7
  const walk = (node: Nodes): void => {
    if (node.type === 'heading') min = Math.min(min, Number.isInteger(node.depth) ? node.depth : 1)
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(tree)
  return min === 7 ? 0 : 2 - min
}

/** Children separated by line breaks, for a readable document. */
function lines(children: ElementContent[]): ElementContent[] {
  const result: ElementContent[] = [tx('\n')]
  for (const child of children) result.push(child, tx('\n'))
  return result
}

/** Raw HTML elements the sanitizer will drop (their text kept, or not for `strip` ones): one warning. */
function reportUnsafeHtml(root: HastRoot, diagnostics: Diagnostic[]): void {
  const allowed = new Set(contentSchema.tagNames ?? [])
  const found = new Set<string>()
  const walk = (node: HastRoot | ElementContent): void => {
    if (node.type === 'element' && !allowed.has(node.tagName)) found.add(node.tagName)
    if ('children' in node) for (const child of node.children as ElementContent[]) walk(child)
  }
  walk(root)
  if (found.size > 0) {
    diagnostics.push({
      severity: 'warning',
      message: `raw HTML elements not allowed in the EPUB were removed: ${[...found]
        .sort()
        .map((name) => `<${name}>`)
        .join(', ')}`,
      source: 'render-epub:content'
    })
  }
}

function hasRaw(node: HastRoot | ElementContent): boolean {
  if (node.type === 'raw') return true
  return 'children' in node && (node.children as ElementContent[]).some(hasRaw)
}

/** The title block: title (with the `*` of the title note), subtitle, authors, source. */
function titleBlock(book: BookMeta, hasTitleNote: boolean): Element {
  const title: ElementContent[] = [tx(book.title)]
  if (hasTitleNote) title.push(noteref(titleNoteId, titleNoteRefId, '*'))
  const children: ElementContent[] = [el('h1', {className: ['title']}, title)]
  if (book.subtitle) children.push(el('p', {className: ['subtitle'], role: 'doc-subtitle'}, [tx(book.subtitle)]))
  if (book.authors.length > 0) children.push(el('p', {className: ['authors']}, [tx(joinNames(book.authors, book.lang))]))
  if (book.source) children.push(el('p', {className: ['source']}, [tx(book.source)]))
  return el('header', {className: ['title-block']}, lines(children))
}

/** `A and B`, `A, B, and C` in the book's language. */
export function joinNames(names: string[], lang: string): string {
  try {
    let format = listFormats.get(lang)
    if (!format) {
      format = new Intl.ListFormat(lang, {type: 'conjunction', style: 'long'})
      listFormats.set(lang, format)
    }
    return format.format(names)
  } catch {
    return names.join(', ')
  }
}
/** Intl formatters are costly to make: one per language. */
const listFormats = new Map<string, Intl.ListFormat>()

/** A note as an `aside` (footnotes) or a list item (endnotes), with its back-links. */
function renderNote(note: Note, context: RenderContext, mode: NotesMode): Element {
  const body = note.missing
    ? [el('p', {className: ['note-missing']}, [tx(missingNoteText)])]
    : // Each note is rendered once: its body is used as it is.
      (context.bodies.get(note.key) ?? [])
  const number = String(note.number)
  const backlinks: Element[] = []
  for (let n = 2; n <= note.references; n++) {
    backlinks.push(el('a', {href: '#' + noteRefId(note.number, n), role: 'doc-backlink', className: ['backlink'], ariaLabel: `${context.labels.backToReference} ${n}`}, [tx(`↩${n}`)]))
  }
  const label =
    note.references > 0
      ? el('a', {href: '#' + noteRefId(note.number, 1), role: 'doc-backlink', className: ['note-label']}, [tx(number + '.')])
      : el('span', {className: ['note-label']}, [tx(number + '.')])
  return noteContainer(noteId(note.number), label, body, backlinks, mode, note.missing)
}

function renderTitleNote(content: ElementContent[], mode: NotesMode): Element {
  const label = el('a', {href: '#' + titleNoteRefId, role: 'doc-backlink', className: ['note-label']}, [tx('*')])
  return noteContainer(titleNoteId, label, content, [], mode, false)
}

function noteContainer(id: string, label: Element, body: ElementContent[], backlinks: Element[], mode: NotesMode, missing: boolean): Element {
  const blocks = body.filter((node) => node.type === 'element')
  const first = blocks[0]
  if (first && first.tagName === 'p') first.children.unshift(label, tx(' '))
  else blocks.unshift(el('p', {}, [label]))
  if (backlinks.length > 0) {
    const last = blocks[blocks.length - 1]
    const target = last && last.tagName === 'p' ? last : el('p')
    if (target !== last) blocks.push(target)
    for (const link of backlinks) target.children.push(tx(' '), link)
  }
  const className = [mode === 'footnotes' ? 'footnote' : 'endnote', ...(missing ? ['missing'] : [])]
  return mode === 'footnotes'
    ? el('aside', {id, className, 'epub:type': 'footnote', role: 'doc-footnote'}, lines(blocks))
    : // No `role="doc-endnote"`: DPUB-ARIA 1.1 deprecates it (the list in its `doc-endnotes` section says it all).
      el('li', {id, className, 'epub:type': 'endnote'}, lines(blocks))
}

/**
 * Footnotes: each note's `aside` right after the top-level block holding its
 * first reference (notes referenced from notes follow those); notes never
 * referenced are returned apart.
 */
function placeFootnotes(flow: ElementContent[], notes: Note[], render: (note: Note) => Element): {flow: ElementContent[]; unplaced: Element[]} {
  const byId = new Map(notes.map((note) => [noteId(note.number), note]))
  const placed = new Set<Note>()
  const result: ElementContent[] = []
  const collect = (node: ElementContent, out: Element[]): void => {
    if (node.type !== 'element') return
    if (node.tagName === 'a' && node.properties['epub:type'] === 'noteref') {
      const note = byId.get(String(node.properties['href']).slice(1))
      if (note && !placed.has(note)) {
        placed.add(note)
        const aside = render(note)
        out.push(aside)
        collect(aside, out)
      }
    }
    for (const child of node.children) collect(child, out)
  }
  for (const node of flow) {
    result.push(node)
    const asides: Element[] = []
    collect(node, asides)
    append(result, asides)
  }
  const unplaced = notes.filter((note) => !placed.has(note)).map(render)
  return {flow: result, unplaced}
}

/** Ids the renderer gives its own elements. */
const reservedIds = ['title', 'bibliography', 'credits', 'endnotes', 'toc', 'landmarks']
/** Sections the handlers make whole (a bibliography, a volume's credits): each closes the open sections and is a contents entry of its own, its class its id. */
const backMatter = ['bibliography', 'credits'] as const

/** The ids given so far, and for each slug the number to try next after it. */
export class SectionIds {
  readonly used: Set<string>
  private readonly next = new Map<string, number>()
  constructor(reserved: Iterable<string> = []) {
    this.used = new Set(reserved)
  }

  /**
   * `slug`, or `slug-N` with the first N from 1 that is free. The search for
   * a slug starts where its last one ended (every number below is taken, the
   * set only grows): 100,000 headings of one text take a step each, not all
   * the numbers before theirs.
   */
  take(slug: string): string {
    let id = slug
    let n = this.next.get(slug) ?? 1
    for (; this.used.has(id); n++) id = `${slug}-${n}`
    if (id !== slug) this.next.set(slug, n)
    this.used.add(id)
    return id
  }
}

/**
 * A section's id from its heading, as kramdown and GitHub make them (so that
 * the source's own `#heading` links keep working): lower case, letters,
 * digits, `-` and `_` kept, spaces as `-`; `-1`, `-2` … when taken; `sec-N`
 * when nothing is left or the slug could be mistaken for a note's id.
 */
export function sectionId(text: string, count: number, ids: SectionIds): string {
  let slug = text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s+/g, '-')
  if (slug === '' || /^(?:fn|ref-|sec-|np-)/.test(slug)) slug = `sec-${count}`
  return ids.take(slug)
}

/**
 * Wrap the flow in nested `section`s by heading level, collecting the table of
 * contents. The bibliography section closes every open section.
 */
function sectionize(flow: ElementContent[], toc: TocEntry[]): ElementContent[] {
  const out: ElementContent[] = []
  const stack: Array<{level: number; section: Element; entry: TocEntry}> = []
  const used = new SectionIds(reservedIds)
  let count = 0
  const close = (): void => {
    const top = stack.pop()
    if (top) top.section.children.push(tx('\n'))
  }
  const append = (node: ElementContent): void => {
    const top = stack[stack.length - 1]
    if (top) top.section.children.push(tx('\n'), node)
    else out.push(node)
  }
  for (const node of flow) {
    if (node.type === 'text' && node.value.trim() === '') continue
    if (node.type === 'element' && /^h[2-6]$/.test(node.tagName)) {
      const level = Number(node.tagName.slice(1))
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) close()
      count++
      const text = textOf(node).replace(/\s+/g, ' ').trim()
      const id = sectionId(text, count, used)
      const section = el('section', {id}, [tx('\n'), node])
      const entry: TocEntry = {id, text: text || `§ ${count}`, children: []}
      const parent = stack[stack.length - 1]
      ;(parent ? parent.entry.children : toc).push(entry)
      append(section)
      stack.push({level, section, entry})
    } else if (node.type === 'element' && node.tagName === 'section' && backMatter.some((name) => classes(node).includes(name))) {
      while (stack.length > 0) close()
      out.push(node)
      const heading = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'h2')
      const id = backMatter.find((name) => classes(node).includes(name))!
      toc.push({id, text: heading ? textOf(heading) : id, children: []})
    } else append(node)
  }
  while (stack.length > 0) close()
  return out
}
