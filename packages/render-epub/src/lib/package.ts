import type {Element, ElementContent, Root} from 'xast'
import {x} from 'xastscript'
import {toXml} from 'xast-util-to-xml'
import type {BookMeta, TocEntry} from './types.js'
import type {Labels} from './labels.js'
import {files, joinNames} from './content.js'

/** Accessibility metadata of every book we write (schema.org, EPUB Accessibility). */
export const accessibilityMetadata: ReadonlyArray<readonly [property: string, value: string]> = [
  ['schema:accessMode', 'textual'],
  ['schema:accessModeSufficient', 'textual'],
  ['schema:accessibilityFeature', 'structuralNavigation'],
  ['schema:accessibilityFeature', 'tableOfContents'],
  ['schema:accessibilityFeature', 'readingOrder'],
  ['schema:accessibilityFeature', 'displayTransformability'],
  ['schema:accessibilityHazard', 'none'],
  [
    'schema:accessibilitySummary',
    'Text-only publication with a navigable table of contents, headings in order, ' +
      'and notes linked both ways (shown as pop-ups where the reading system supports them). ' +
      'Images of the source are not included; their alternative text stands in their place.'
  ]
]

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** Text for xast, with `]]>` (not allowed in XML character data) escaped. */
function text(value: string): Array<ElementContent> {
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

export interface PackageInfo {
  /** `urn:uuid:…`, derived from the content. */
  identifier: string
  /** `CCYY-MM-DDThh:mm:ssZ`. */
  modified: string
  /** A description (the abstract's text), if any. */
  description?: string | undefined
}

/** The package document (`content.opf`). */
export function packageDocument(book: BookMeta, info: PackageInfo): string {
  const metadata: Element[] = [
    x('dc:identifier', {id: 'uid'}, text(info.identifier)),
    x('dc:title', {id: 'title'}, text(book.title)),
    x('meta', {refines: '#title', property: 'title-type'}, 'main')
  ]
  if (book.subtitle) {
    metadata.push(
      x('dc:title', {id: 'subtitle'}, text(book.subtitle)),
      x('meta', {refines: '#subtitle', property: 'title-type'}, 'subtitle')
    )
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
  metadata.push(x('dc:language', text(book.lang)))
  if (book.date) metadata.push(x('dc:date', book.date))
  if (book.source) metadata.push(x('dc:source', text(book.source)))
  if (book.doi) metadata.push(x('dc:identifier', {id: 'doi'}, text(`urn:doi:${book.doi}`)))
  if (info.description) metadata.push(x('dc:description', text(info.description)))
  metadata.push(x('meta', {property: 'dcterms:modified'}, info.modified))
  for (const [property, value] of accessibilityMetadata) metadata.push(x('meta', {property}, value))

  const xhtml = 'application/xhtml+xml'
  const pkg = x(
    'package',
    {xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'uid', 'xml:lang': book.lang},
    [
      x('metadata', {'xmlns:dc': 'http://purl.org/dc/elements/1.1/'}, metadata),
      x('manifest', [
        x('item', {id: 'nav', href: files.nav, 'media-type': xhtml, properties: 'nav'}),
        x('item', {id: 'ncx', href: files.ncx, 'media-type': 'application/x-dtbncx+xml'}),
        x('item', {id: 'css', href: files.css, 'media-type': 'text/css'}),
        x('item', {id: 'cover', href: files.cover, 'media-type': xhtml}),
        x('item', {id: 'content', href: files.content, 'media-type': xhtml})
      ]),
      x('spine', {toc: 'ncx'}, [
        x('itemref', {idref: 'cover'}),
        x('itemref', {idref: 'content'}),
        x('itemref', {idref: 'nav', linear: 'no'})
      ])
    ]
  )
  return serialize(indent(pkg))
}

function xhtmlDocument(book: BookMeta, title: string, bodyAttributes: Record<string, string>, body: Element[]): string {
  return serialize(
    indent(
      x('html', {xmlns: 'http://www.w3.org/1999/xhtml', 'xmlns:epub': 'http://www.idpf.org/2007/ops', lang: book.lang, 'xml:lang': book.lang}, [
        x('head', [x('title', text(title)), x('link', {rel: 'stylesheet', type: 'text/css', href: files.css})]),
        x('body', bodyAttributes, body)
      ])
    )
  ).replace(xmlDeclaration, xmlDeclaration + '<!DOCTYPE html>\n')
}

/** The navigation document: table of contents and landmarks. */
export function navDocument(book: BookMeta, toc: TocEntry[], labels: Labels): string {
  const list = (entries: TocEntry[]): Element =>
    x(
      'ol',
      entries.map((entry) =>
        x('li', [
          x('a', {href: `${files.content}#${entry.id}`}, text(entry.text)),
          ...(entry.children.length > 0 ? [list(entry.children)] : [])
        ])
      )
    )
  const contents = list(toc)
  contents.children.unshift(x('li', [x('a', {href: files.content}, text(book.title))]))
  const landmarks = [
    x('li', [x('a', {'epub:type': 'cover', href: files.cover}, text(labels.cover))]),
    x('li', [x('a', {'epub:type': 'toc', href: `${files.nav}#toc`}, text(labels.contents))]),
    x('li', [x('a', {'epub:type': 'bodymatter', href: files.content}, text(labels.start))])
  ]
  for (const entry of toc) {
    if (entry.id === 'bibliography' || entry.id === 'endnotes') {
      landmarks.push(x('li', [x('a', {'epub:type': entry.id, href: `${files.content}#${entry.id}`}, text(entry.text))]))
    }
  }
  return xhtmlDocument(book, labels.contents, {}, [
    x('nav', {'epub:type': 'toc', id: 'toc', role: 'doc-toc'}, [x('h1', text(labels.contents)), contents]),
    x('nav', {'epub:type': 'landmarks', id: 'landmarks', hidden: 'hidden'}, [x('h2', text(labels.landmarks)), x('ol', landmarks)])
  ])
}

/** `toc.ncx` for EPUB 2 reading systems. */
export function ncxDocument(book: BookMeta, toc: TocEntry[], identifier: string): string {
  let order = 0
  let depth = 1
  const point = (label: string, src: string, children: TocEntry[], level: number): Element => {
    order++
    depth = Math.max(depth, level)
    return x('navPoint', {id: `np-${order}`, playOrder: String(order)}, [
      x('navLabel', [x('text', text(label))]),
      x('content', {src}),
      ...children.map((entry) => point(entry.text, `${files.content}#${entry.id}`, entry.children, level + 1))
    ])
  }
  const points = [point(book.title, files.content, [], 1), ...toc.map((entry) => point(entry.text, `${files.content}#${entry.id}`, entry.children, 1))]
  const ncx = x('ncx', {xmlns: 'http://www.daisy.org/z3986/2005/ncx/', version: '2005-1', 'xml:lang': book.lang}, [
    x('head', [
      x('meta', {name: 'dtb:uid', content: identifier}),
      x('meta', {name: 'dtb:depth', content: String(depth)}),
      x('meta', {name: 'dtb:totalPageCount', content: '0'}),
      x('meta', {name: 'dtb:maxPageNumber', content: '0'})
    ]),
    x('docTitle', [x('text', text(book.title))]),
    ...(book.authors.length > 0 ? [x('docAuthor', [x('text', text(joinNames(book.authors, book.lang)))])] : []),
    x('navMap', points)
  ])
  return serialize(indent(ncx))
}

/** The generated cover page: title, subtitle, authors. */
export function coverDocument(book: BookMeta, labels: Labels): string {
  const children: Element[] = [x('h1', {class: 'cover-title'}, text(book.title))]
  if (book.subtitle) children.push(x('p', {class: 'cover-subtitle'}, text(book.subtitle)))
  if (book.authors.length > 0) children.push(x('p', {class: 'cover-authors'}, text(joinNames(book.authors, book.lang))))
  if (book.source) children.push(x('p', {class: 'cover-source'}, text(book.source)))
  return xhtmlDocument(book, labels.cover, {'epub:type': 'cover'}, [
    x('section', {class: 'cover', 'aria-label': labels.cover}, children)
  ])
}
