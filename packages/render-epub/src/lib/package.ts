import type {Element, ElementContent, Root} from 'xast'
import {x} from 'xastscript'
import {toXml} from 'xast-util-to-xml'
import type {BookMeta, NavEntry} from './types.js'
import type {PackagedImage} from './images.js'
import type {Omitted} from './figures.js'
import type {Labels} from './labels.js'
import {withoutInvalidXml} from './text.js'
import {files, joinNames} from './content.js'

const structure = 'a navigable table of contents, headings in order, ' + 'and notes linked both ways (shown as pop-ups where the reading system supports them).'

/** Accessibility metadata of a book without images (schema.org, EPUB Accessibility). */
export const accessibilityMetadata: ReadonlyArray<readonly [property: string, value: string]> = [
  ['schema:accessMode', 'textual'],
  ['schema:accessModeSufficient', 'textual'],
  ['schema:accessibilityFeature', 'structuralNavigation'],
  ['schema:accessibilityFeature', 'tableOfContents'],
  ['schema:accessibilityFeature', 'readingOrder'],
  ['schema:accessibilityFeature', 'displayTransformability'],
  ['schema:accessibilityHazard', 'none'],
  ['schema:accessibilitySummary', `Text-only publication with ${structure}`]
]

/** What the summary says of what was left out, true to the counts (none: nothing). */
export function omittedSummary(omitted: Omitted): string {
  const sentences: string[] = []
  const {figures, images, embeds} = omitted
  if (figures > 0) {
    sentences.push(
      figures === 1
        ? 'One figure of the source is not included (its image was not available): a placeholder with its caption and alternative text stands in its place.'
        : `${figures} figures of the source are not included (their images were not available): a placeholder with the caption and alternative text stands in the place of each.`
    )
  }
  if (images > 0) {
    sentences.push(
      images === 1
        ? 'One image of the source is not included; its alternative text stands in its place.'
        : `${images} images of the source are not included; their alternative text stands in their place.`
    )
  }
  if (embeds > 0) {
    sentences.push(
      embeds === 1
        ? 'One embedded item of the source (a frame showing another page, video or map) is not included: a placeholder with its title and address stands in its place.'
        : `${embeds} embedded items of the source (frames showing other pages, videos or maps) are not included: a placeholder with the title and address of each stands in its place.`
    )
  }
  return sentences.join(' ')
}

/**
 * The accessibility metadata of a book with these images: the text-only set
 * when there are none; otherwise visual content too, sufficient as text when
 * every image has alternative text. The summary says what was left out.
 */
export function accessibilityFor(images: PackagedImage[], omitted: Omitted = {figures: 0, images: 0, embeds: 0}): ReadonlyArray<readonly [string, string]> {
  const left = omittedSummary(omitted)
  const summary = (text: string): readonly [string, string] => ['schema:accessibilitySummary', left ? `${text} ${left}` : text]
  if (images.length === 0) return [...accessibilityMetadata.slice(0, -1), summary(`Text-only publication with ${structure}`)]
  const allAlt = images.every((image) => image.alt)
  return [
    ['schema:accessMode', 'textual'],
    ['schema:accessMode', 'visual'],
    ['schema:accessModeSufficient', 'textual,visual'],
    ...(allAlt ? [['schema:accessModeSufficient', 'textual'] as const] : []),
    ['schema:accessibilityFeature', 'structuralNavigation'],
    ['schema:accessibilityFeature', 'tableOfContents'],
    ['schema:accessibilityFeature', 'readingOrder'],
    ['schema:accessibilityFeature', 'displayTransformability'],
    ...(allAlt ? [['schema:accessibilityFeature', 'alternativeText'] as const] : []),
    ['schema:accessibilityHazard', 'none'],
    summary(`Text with images, ${structure} ${allAlt ? 'Every image has alternative text.' : 'Some images have no alternative text.'}`)
  ]
}

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>\n'

/**
 * Text for xast: the characters XML cannot carry removed first (a heading's
 * `]]\u0007>` would otherwise become `]]>` once they are gone), then `]]>`
 * (not allowed in XML character data) escaped.
 */
export function text(raw: string): Array<ElementContent> {
  const value = withoutInvalidXml(raw)
  if (!value.includes(']]>')) return [{type: 'text', value}]
  const nodes: ElementContent[] = []
  value.split(']]>').forEach((piece, i) => {
    if (i > 0) nodes.push({type: 'raw', value: ']]&#x3E;'} as unknown as ElementContent)
    if (piece) nodes.push({type: 'text', value: piece})
  })
  return nodes
}

function serialize(root: Root | Element): string {
  return xmlDeclaration + toXml(root, {closeEmptyElements: true, tightClose: true, allowDangerousXml: true}) + '\n'
}

/** Pretty-print: indent children with line breaks (the files are read by people too). */
function indent(element: Element, depth = 0): Element {
  const elements = element.children.filter((child) => child.type === 'element')
  if (elements.length === 0 || elements.length !== element.children.length) return element
  const pad = '\n' + '  '.repeat(depth + 1)
  const children: ElementContent[] = []
  for (const child of elements) children.push({type: 'text', value: pad}, indent(child, depth + 1))
  children.push({type: 'text', value: '\n' + '  '.repeat(depth)})
  element.children = children
  return element
}

/** `META-INF/container.xml`. */
export function containerXml(): string {
  return serialize(
    indent(
      x('container', {version: '1.0', xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container'}, [
        x('rootfiles', [x('rootfile', {'full-path': `OEBPS/${files.opf}`, 'media-type': 'application/oebps-package+xml'})])
      ])
    )
  )
}

/** A content document of the book, in reading order. */
export interface ContentDocument {
  /** Manifest id. */
  id: string
  /** File name under `OEBPS/`. */
  file: string
}

export interface PackageInfo {
  /** `urn:uuid:…`, derived from the content. */
  identifier: string
  /** The content documents, in reading order (after the cover). */
  documents: ContentDocument[]
  /** Authors of the articles of a volume (`dc:contributor`). */
  contributors?: string[] | undefined
  /** Packaged images. */
  images?: PackagedImage[] | undefined
  /** Figures and images left out (the accessibility summary says so). */
  omitted?: Omitted | undefined
  /** `CCYY-MM-DDThh:mm:ssZ`. */
  modified: string
  /** A description (the abstract's text), if any. */
  description?: string | undefined
}

/** The package document (`content.opf`). */
export function packageDocument(book: BookMeta, info: PackageInfo): string {
  const metadata: Element[] = [x('dc:identifier', {id: 'uid'}, text(info.identifier)), x('dc:title', {id: 'title'}, text(book.title)), x('meta', {refines: '#title', property: 'title-type'}, 'main')]
  if (book.subtitle) {
    metadata.push(x('dc:title', {id: 'subtitle'}, text(book.subtitle)), x('meta', {refines: '#subtitle', property: 'title-type'}, 'subtitle'))
  }
  book.authors.forEach((author, i) => {
    const id = `creator${i + 1}`
    metadata.push(
      x('dc:creator', {id}, text(author)),
      x('meta', {refines: '#' + id, property: 'role', scheme: 'marc:relators'}, 'aut'),
      x('meta', {refines: '#' + id, property: 'file-as'}, text(book.authorsFileAs[i] ?? author)),
      x('meta', {refines: '#' + id, property: 'display-seq'}, String(i + 1))
    )
  })
  book.editors.forEach((editor, i) => {
    const id = `editor${i + 1}`
    metadata.push(
      x('dc:creator', {id}, text(editor)),
      x('meta', {refines: '#' + id, property: 'role', scheme: 'marc:relators'}, 'edt'),
      x('meta', {refines: '#' + id, property: 'file-as'}, text(book.editorsFileAs[i] ?? editor))
    )
  })
  ;(info.contributors ?? []).forEach((name, i) => {
    const id = `contributor${i + 1}`
    metadata.push(x('dc:contributor', {id}, text(name)), x('meta', {refines: '#' + id, property: 'role', scheme: 'marc:relators'}, 'aut'))
  })
  metadata.push(x('dc:language', text(book.lang)))
  if (book.date) metadata.push(x('dc:date', book.date))
  if (book.source) metadata.push(x('dc:source', text(book.source)))
  if (book.doi) metadata.push(x('dc:identifier', {id: 'doi'}, text(`urn:doi:${book.doi}`)))
  for (const rights of book.rights) metadata.push(x('dc:rights', text(rights)))
  if (info.description) metadata.push(x('dc:description', text(info.description)))
  metadata.push(x('meta', {property: 'dcterms:modified'}, info.modified))
  for (const [property, value] of accessibilityFor(info.images ?? [], info.omitted)) metadata.push(x('meta', {property}, value))

  const xhtml = 'application/xhtml+xml'
  const pkg = x('package', {xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'uid', 'xml:lang': book.lang}, [
    x('metadata', {'xmlns:dc': 'http://purl.org/dc/elements/1.1/'}, metadata),
    x('manifest', [
      x('item', {id: 'nav', href: files.nav, 'media-type': xhtml, properties: 'nav'}),
      x('item', {id: 'ncx', href: files.ncx, 'media-type': 'application/x-dtbncx+xml'}),
      x('item', {id: 'css', href: files.css, 'media-type': 'text/css'}),
      x('item', {id: 'cover', href: files.cover, 'media-type': xhtml}),
      ...info.documents.map((document) => x('item', {id: document.id, href: document.file, 'media-type': xhtml})),
      ...(info.images ?? []).map((image, i) => x('item', {id: `image${i + 1}`, href: image.file, 'media-type': image.mediaType}))
    ]),
    x('spine', {toc: 'ncx'}, [x('itemref', {idref: 'cover'}), ...info.documents.map((document) => x('itemref', {idref: document.id})), x('itemref', {idref: 'nav', linear: 'no'})])
  ])
  return serialize(indent(pkg))
}

export function xhtmlDocument(book: BookMeta, title: string, bodyAttributes: Record<string, string>, body: Element[]): string {
  return serialize(
    indent(
      x('html', {xmlns: 'http://www.w3.org/1999/xhtml', 'xmlns:epub': 'http://www.idpf.org/2007/ops', lang: book.lang, 'xml:lang': book.lang}, [
        x('head', [x('title', text(title)), x('link', {rel: 'stylesheet', type: 'text/css', href: files.css})]),
        x('body', bodyAttributes, body)
      ])
    )
  ).replace(xmlDeclaration, xmlDeclaration + '<!DOCTYPE html>\n')
}

/** A landmark: `epub:type` and where it points. */
export interface Landmark {
  type: string
  href: string
  text: string
}

/** The navigation document: table of contents and landmarks. */
export function navDocument(book: BookMeta, toc: NavEntry[], landmarks: Landmark[], labels: Labels): string {
  const list = (entries: NavEntry[]): Element =>
    x(
      'ol',
      entries.map((entry) => x('li', [x('a', {href: entry.href}, text(entry.text)), ...(entry.children.length > 0 ? [list(entry.children)] : [])]))
    )
  const marks = [{type: 'cover', href: files.cover, text: labels.cover}, {type: 'toc', href: `${files.nav}#toc`, text: labels.contents}, ...landmarks].map((mark) =>
    x('li', [x('a', {'epub:type': mark.type, href: mark.href}, text(mark.text))])
  )
  return xhtmlDocument(book, labels.contents, {}, [
    x('nav', {'epub:type': 'toc', id: 'toc', role: 'doc-toc'}, [x('h1', text(labels.contents)), list(toc)]),
    x('nav', {'epub:type': 'landmarks', id: 'landmarks', hidden: 'hidden'}, [x('h2', text(labels.landmarks)), x('ol', marks)])
  ])
}

/** `toc.ncx` for EPUB 2 reading systems. */
export function ncxDocument(book: BookMeta, toc: NavEntry[], identifier: string): string {
  let order = 0
  let depth = 1
  const point = (entry: NavEntry, level: number): Element => {
    order++
    depth = Math.max(depth, level)
    return x('navPoint', {id: `np-${order}`, playOrder: String(order)}, [
      x('navLabel', [x('text', text(entry.text))]),
      x('content', {src: entry.href}),
      ...entry.children.map((child) => point(child, level + 1))
    ])
  }
  const points = toc.map((entry) => point(entry, 1))
  const people = book.authors.length > 0 ? book.authors : book.editors
  const ncx = x('ncx', {xmlns: 'http://www.daisy.org/z3986/2005/ncx/', version: '2005-1', 'xml:lang': book.lang}, [
    x('head', [
      x('meta', {name: 'dtb:uid', content: identifier}),
      x('meta', {name: 'dtb:depth', content: String(depth)}),
      x('meta', {name: 'dtb:totalPageCount', content: '0'}),
      x('meta', {name: 'dtb:maxPageNumber', content: '0'})
    ]),
    x('docTitle', [x('text', text(book.title))]),
    ...(people.length > 0 ? [x('docAuthor', [x('text', text(joinNames(people, book.lang)))])] : []),
    x('navMap', points)
  ])
  return serialize(indent(ncx))
}

/** The generated cover page: title, subtitle, authors. */
export function coverDocument(book: BookMeta, labels: Labels): string {
  const children: Element[] = [x('h1', {class: 'cover-title'}, text(book.title))]
  if (book.subtitle) children.push(x('p', {class: 'cover-subtitle'}, text(book.subtitle)))
  if (book.authors.length > 0) children.push(x('p', {class: 'cover-authors'}, text(joinNames(book.authors, book.lang))))
  else if (book.editors.length > 0) {
    children.push(x('p', {class: 'cover-authors'}, text(`${labels.editedBy} ${joinNames(book.editors, book.lang)}`)))
  }
  if (book.source) children.push(x('p', {class: 'cover-source'}, text(book.source)))
  return xhtmlDocument(book, labels.cover, {'epub:type': 'cover'}, [x('section', {class: 'cover', 'aria-label': labels.cover}, children)])
}
