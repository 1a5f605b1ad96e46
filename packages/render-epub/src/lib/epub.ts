import type {Nodes, Root, RootContent} from 'mdast'
import type {Diagnostic} from '@octavo/tree'
import type {BookMeta, NavEntry, RenderEpubOptions, RenderEpubResult, TocEntry, XhtmlResult} from './types.js'
import {files, renderContent} from './content.js'
import {labelsFor} from './labels.js'
import {modifiedStamp, resolveMeta} from './metadata.js'
import {containerXml, coverDocument, navDocument, ncxDocument, packageDocument, type Landmark} from './package.js'
import {defaultCss} from './css.js'
import {uuidV5} from './identifier.js'
import {zipEpub} from './zip.js'
import {normalizeTree} from './normalize.js'
import type {PackagedImage} from './images.js'
import {cleanText, normalizeSpace} from './text.js'
import {titlePageDocument, titlePageFile, titlePageLabel} from './volume.js'
import {inFile} from './volume-ids.js'
import {append} from '@octavo/tree'

interface Part {
  /** Manifest id and file name under `OEBPS/`. */
  id: string
  file: string
  content: XhtmlResult
  /** An article of a volume (its title heads its entries), or the volume's other matter. */
  kind: 'article' | 'matter'
  /** What its ids start with (an article of a volume: its file stem and `-`). */
  prefix?: string
}

/**
 * The tree as an EPUB 3 book: cover, content document(s), nav, NCX,
 * stylesheet, in a deterministic zip. A volume (a root of `article` nodes,
 * `octavo reader`) gets one content document per article, its notes numbered
 * afresh, and one for whatever stands between or after them (the combined
 * bibliography). Same tree and options → identical bytes. Never throws on
 * bad input: problems are diagnostics.
 */
export function renderEpub(input: Root, options: RenderEpubOptions): RenderEpubResult {
  const diagnostics: Diagnostic[] = []
  const tree = normalizeTree(input, diagnostics)
  const {stamp, date} = modifiedStamp(options.modified, diagnostics)
  const css = options.css ?? defaultCss
  const volume = tree.children.some((node) => node.type === 'article')

  const parts: Part[] = []
  let book: BookMeta
  if (!volume) {
    const content = renderContent(tree, {notes: options.notes, lang: options.lang, images: options.images})
    append(diagnostics, content.diagnostics)
    book = content.book
    parts.push({id: 'content', file: files.content, content, kind: 'article'})
  } else {
    book = resolveMeta(tree.data?.meta, options.lang, diagnostics)
    append(parts, volumeParts(tree, options, book, diagnostics))
  }
  const labels = labelsFor(book.lang)

  // Table of contents: a single article lists its title, then its sections;
  // a volume lists each article's title with its sections inside.
  const nav = (file: string, entries: TocEntry[]): NavEntry[] => entries.map((entry) => ({href: `${file}#${entry.id}`, text: entry.text, children: nav(file, entry.children)}))
  const toc: NavEntry[] = []
  for (const part of parts) {
    const sections = nav(part.file, part.content.toc)
    if (part.kind === 'matter') append(toc, sections)
    else if (!volume) append(toc, [{href: part.file, text: part.content.book.title, children: []}, ...sections])
    else toc.push({href: part.file, text: part.content.book.title, children: sections})
  }
  const landmarks: Landmark[] = []
  if (volume) landmarks.push({type: 'titlepage', href: titlePageFile, text: titlePageLabel(book.lang)})
  const first = parts[0]
  if (first) landmarks.push({type: 'bodymatter', href: first.file, text: labels.start})
  for (const type of ['bibliography', 'endnotes']) {
    // In a volume the combined bibliography (in the back matter) is the landmark.
    const has = (p: Part): boolean => p.content.toc.some((entry) => entry.id === (p.prefix ?? '') + type)
    const part = parts.find((p) => p.kind === 'matter' && has(p)) ?? parts.find(has)
    const entry = part?.content.toc.find((e) => e.id === (part.prefix ?? '') + type)
    if (part && entry) landmarks.push({type, href: `${part.file}#${entry.id}`, text: entry.text})
  }

  const abstract = !volume ? tree.children.find((node) => node.type === 'abstract') : undefined
  const description = abstract ? normalizeSpace(cleanText(plainText(abstract), [], 'the abstract')) : undefined
  const contributors = volume ? [...new Set(parts.flatMap((part) => (part.kind === 'article' ? part.content.book.authors : [])))] : undefined
  // The identifier names the publication: its metadata and content, not the date.
  const titlePage = volume ? titlePageDocument(book, tree.data?.meta, labels, diagnostics) : undefined
  const identifier = 'urn:uuid:' + uuidV5(JSON.stringify([book, css, titlePage ?? null, parts.map((part) => [part.file, part.content.xhtml])]))

  // Images: one copy of each (they are named by their content), stored as they are.
  const images = new Map<string, PackagedImage>()
  for (const image of parts.flatMap((part) => part.content.images)) {
    const known = images.get(image.file)
    if (known) known.alt &&= image.alt
    else images.set(image.file, {...image})
  }
  const imageList = [...images.values()]
  const omitted = {
    figures: parts.reduce((sum, part) => sum + part.content.omitted.figures, 0),
    images: parts.reduce((sum, part) => sum + part.content.omitted.images, 0),
    embeds: parts.reduce((sum, part) => sum + part.content.omitted.embeds, 0)
  }

  // A volume's rights: its own, then each article's that names any (a CC BY article carries its attribution).
  const rights = volume ? [...book.rights, ...parts.flatMap((part) => (part.kind === 'article' ? part.content.book.rights.map((r) => `${part.content.book.title}: ${r}`) : []))] : book.rights
  const encoder = new TextEncoder()
  const entries: Array<readonly [string, Uint8Array]> = [
    ['META-INF/container.xml', containerXml()],
    [
      `OEBPS/${files.opf}`,
      packageDocument(
        {...book, rights},
        {identifier, modified: stamp, description, contributors, documents: titlePage ? [{id: 'titlepage', file: titlePageFile}, ...parts] : parts, images: imageList, omitted}
      )
    ],
    [`OEBPS/${files.nav}`, navDocument(book, toc, landmarks, labels)],
    [`OEBPS/${files.ncx}`, ncxDocument(book, toc, identifier)],
    [`OEBPS/${files.css}`, css],
    [`OEBPS/${files.cover}`, coverDocument(book, labels)],
    ...(titlePage ? [[`OEBPS/${titlePageFile}`, titlePage] as const] : []),
    ...parts.map((part) => [`OEBPS/${part.file}`, part.content.xhtml] as const)
  ].map(([path, text]) => [path, encoder.encode(text)] as const)
  return {
    epub: zipEpub(
      entries,
      date,
      imageList.map((image) => [`OEBPS/${image.file}`, image.data] as const)
    ),
    diagnostics
  }
}

/** The text of a node; paragraphs joined by a space (for `dc:description`). */
function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if (!('children' in node)) return ''
  const children = node.children as Nodes[]
  return children.map(plainText).join(children.every((child) => child.type === 'paragraph') ? ' ' : '')
}

/** A volume's parts: its articles, each a file of its own, and the matter between them (front and back), in order. */
function volumeParts(tree: Root, options: RenderEpubOptions, book: BookMeta, diagnostics: Diagnostic[]): Part[] {
  const parts: Part[] = []
  const usedFiles = new Set<string>([...Object.values(files), titlePageFile])
  let matter: RootContent[] = []
  const flushMatter = (): void => {
    if (matter.length === 0) return
    const n = parts.filter((part) => part.kind === 'matter').length + 1
    // An article may have taken the name (its id `matter-1`).
    let stem = `matter-${n}`
    for (let k = 2; usedFiles.has(`${stem}.xhtml`); k++) stem = `matter-${n}-${k}`
    // The first back matter keeps its ids (`#bibliography`); any further one is prefixed, so ids stay unique across the book.
    const prefix = n > 1 ? `${stem}-` : undefined
    const content = renderContent(
      {type: 'root', data: {meta: tree.data?.meta ?? {}}, children: matter},
      {notes: options.notes, lang: book.lang, titleBlock: false, images: options.images, idPrefix: prefix}
    )
    append(diagnostics, content.diagnostics)
    usedFiles.add(`${stem}.xhtml`)
    parts.push({id: `doc-${stem}`, file: `${stem}.xhtml`, content, kind: 'matter', ...(prefix ? {prefix} : {})})
    matter = []
  }
  let articles = 0
  for (const node of tree.children) {
    if (node.type !== 'article') {
      matter.push(node)
      continue
    }
    flushMatter()
    articles++
    const wanted = typeof node.data?.id === 'string' && /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(node.data.id) ? node.data.id : `article-${String(articles).padStart(2, '0')}`
    let stem = wanted
    for (let n = 2; usedFiles.has(`${stem}.xhtml`); n++) stem = `${wanted}-${n}`
    usedFiles.add(`${stem}.xhtml`)
    // Its notes are looked up in this article only (identifiers repeat across articles);
    // its ids get the stem, so that they are unique across the book.
    const prefix = `${stem}-`
    const content = renderContent({type: 'root', data: {meta: node.data?.meta ?? {}}, children: node.children}, {notes: options.notes, lang: book.lang, images: options.images, idPrefix: prefix})
    append(diagnostics, inFile(content.diagnostics, node.data?.file))
    // Manifest ids share the package document's id space with the metadata (`uid`, `title`, …): prefixed.
    parts.push({id: `doc-${stem}`, file: `${stem}.xhtml`, content, kind: 'article', prefix})
  }
  flushMatter()
  return parts
}
