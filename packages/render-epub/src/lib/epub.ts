import type {Nodes, Root} from 'mdast'
import type {Diagnostic} from '@octavo/parser'
import type {RenderEpubOptions, RenderEpubResult} from './types.js'
import {files, toXhtml} from './content.js'
import {labelsFor} from './labels.js'
import {modifiedStamp} from './metadata.js'
import {containerXml, coverDocument, navDocument, ncxDocument, packageDocument} from './package.js'
import {defaultCss} from './css.js'
import {uuidV5} from './identifier.js'
import {zipEpub} from './zip.js'
import {cleanText, normalizeSpace} from './text.js'

/**
 * The tree as an EPUB 3 book: cover, content document, nav, NCX, stylesheet,
 * in a deterministic zip. Same tree and options → identical bytes. Never
 * throws on bad input: problems are diagnostics.
 */
export function renderEpub(tree: Root, options: RenderEpubOptions): RenderEpubResult {
  const diagnostics: Diagnostic[] = []
  const {stamp, date} = modifiedStamp(options.modified, diagnostics)
  const content = toXhtml(tree, {notes: options.notes, lang: options.lang})
  diagnostics.push(...content.diagnostics)
  const {book} = content
  const labels = labelsFor(book.lang)
  const css = options.css ?? defaultCss

  const abstract = tree.children.find((node) => node.type === 'abstract')
  const description = abstract ? normalizeSpace(cleanText(plainText(abstract), [], 'the abstract')) : undefined
  // The identifier names the publication: its metadata and content, not the date.
  const identifier = 'urn:uuid:' + uuidV5(JSON.stringify([book, css, content.xhtml]))

  const encoder = new TextEncoder()
  const entries: Array<readonly [string, Uint8Array]> = [
    ['META-INF/container.xml', containerXml()],
    [`OEBPS/${files.opf}`, packageDocument(book, {identifier, modified: stamp, description})],
    [`OEBPS/${files.nav}`, navDocument(book, content.toc, labels)],
    [`OEBPS/${files.ncx}`, ncxDocument(book, content.toc, identifier)],
    [`OEBPS/${files.css}`, css],
    [`OEBPS/${files.cover}`, coverDocument(book, labels)],
    [`OEBPS/${files.content}`, content.xhtml]
  ].map(([path, text]) => [path as string, encoder.encode(text as string)] as const)
  return {epub: zipEpub(entries, date), diagnostics}
}

/** The text of a node; paragraphs joined by a space (for `dc:description`). */
function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if (!('children' in node)) return ''
  const children = node.children as Nodes[]
  return children.map(plainText).join(children.every((child) => child.type === 'paragraph') ? ' ' : '')
}
