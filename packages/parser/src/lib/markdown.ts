import type {List, Nodes, Paragraph, Parent, Root, RootContent} from 'mdast'
import type {Position} from 'unist'
import {unified, type Processor} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import type {Abstract, ArticleMeta, Diagnostic, FrontMatterKey, TitleNote} from './types.js'
import {align, createLocator, type Locator} from './markdown-util.js'
import {readFrontMatter, type FrontMatterText} from './markdown-meta.js'
import {numberNotes} from './markdown-notes.js'
import {blankTemplateTags, removeTemplateMarks} from './markdown-template.js'
import {transformCitations} from './cite.js'
import {expandHtml} from './markdown-html.js'
import {figureTables} from './markdown-figure.js'
import {dropEmptyNotesHeadings} from './markdown-notes-heading.js'
import {guardedParse, type Reader} from './markdown-guard.js'
import {blockPastLimit, tooManyBlocks} from './markdown-blocks.js'
import {eachNode} from '@octavo/tree'

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()
const fragment = unified().use(remarkParse).use(remarkGfm).freeze()
/** Inline constructs turned off: the same blocks, found in linear time. */
const INLINE = {
  disable: {
    null: [
      'attention',
      'autolink',
      'characterEscape',
      'characterReference',
      'codeText',
      'hardBreakEscape',
      'htmlText',
      'labelEnd',
      'labelStartImage',
      'labelStartLink',
      'gfmFootnoteCall',
      'gfmPotentialFootnoteCall',
      'strikethrough',
      'wwwAutolink',
      'protocolAutolink',
      'emailAutolink'
    ]
  }
}
function blocksOnly(this: Processor) {
  const data = this.data()
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), INLINE]
}
const markdownBlocks = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(blocksOnly).freeze()
const fragmentBlocks = unified().use(remarkParse).use(remarkGfm).use(blocksOnly).freeze()
const readers: Record<'document' | 'fragment', Reader> = {
  document: {parse: (text) => markdown.parse(text), blocks: (text) => markdownBlocks.parse(text)},
  fragment: {parse: (text) => fragment.parse(text), blocks: (text) => fragmentBlocks.parse(text)}
}

/**
 * Markdown (CommonMark + GFM footnotes and tables + YAML front matter +
 * Pandoc citations) into the Octavo tree: front matter into `data.meta`
 * (`abstract:` → an `abstract` node, `thanks:` → a `titleNote` node), `***`
 * → `sectionBreak`, citations → `citation` nodes, notes numbered and moved
 * to the end, figure includes → images, other template tags dropped (info).
 */
export function parseMarkdown(text: string, diagnostics: Diagnostic[]): {tree: Root; frontMatterKeys?: FrontMatterKey[]} {
  const locator = createLocator(text)
  const tooMany = blockPastLimit(text)
  if (tooMany !== undefined) {
    diagnostics.push(tooManyBlocks(locator.position(tooMany, tooMany)))
    return {tree: {type: 'root', children: []}}
  }
  // Template tags keep every offset: the limits' warnings of the last parse are the ones of the tree kept.
  let guarded: {plain: Array<[number, number]>; diagnostics: Diagnostic[]} = {plain: [], diagnostics: []}
  const read = (source: string) => {
    const notes: Diagnostic[] = []
    const result = guardedParse(source, readers.document, locator, notes)
    guarded = {plain: result.plain, diagnostics: notes}
    return result.tree
  }
  const blanked = blankTemplateTags(text, read, locator, diagnostics)
  const source = blanked?.text ?? text
  const tree = blanked?.tree ?? read(source)
  for (const diagnostic of guarded.diagnostics) diagnostics.push(diagnostic)
  restorePositions(tree, source, locator)
  let meta: ArticleMeta = {}
  let frontMatterKeys: FrontMatterKey[] | undefined
  const front: RootContent[] = []
  const first = tree.children[0]
  if (first && first.type === 'yaml') {
    tree.children.shift()
    const start = first.position?.start.offset ?? 0
    const contentStart = source.indexOf('\n', start) + 1
    const read = readFrontMatter(first.value, contentStart, first.position, locator, diagnostics)
    meta = read.meta
    frontMatterKeys = read.keys
    if (read.abstract) {
      const abstract: Abstract = {type: 'abstract', children: paragraphs(read.abstract, 'abstract', diagnostics), position: read.abstract.position}
      if (abstract.children.length > 0) front.push(abstract)
    }
    if (read.thanks) {
      const note: TitleNote = {type: 'titleNote', children: paragraphs(read.thanks, 'thanks', diagnostics), position: read.thanks.position}
      if (note.children.length > 0) front.push(note)
    }
  }
  // Before the template marks go: a figure's mark in an HTML table becomes text, then its image.
  expandHtml(tree, source, locator, (fragmentText, at) => readFragment(fragmentText, at, diagnostics), diagnostics)
  if (blanked) {
    for (const lost of removeTemplateMarks(tree, blanked.mark, blanked.figures, blanked.figureMarks)) {
      diagnostics.push({severity: 'warning', message: `figure '${lost.url}' stands where no image can (raw HTML, a link's address): dropped`, position: lost.position, source: 'parser:template'})
    }
  }
  figureTables(tree)
  tidy(tree)
  transformCitations(tree, source, locator, guarded.plain)
  tree.children.unshift(...front)
  numberNotes(tree, source, locator, diagnostics, guarded.plain)
  dropEmptyNotesHeadings(tree, diagnostics)
  tree.data = {...tree.data, meta}
  return frontMatterKeys ? {tree, frontMatterKeys} : {tree}
}

/** Markdown inside HTML, read like a front matter string: its own source, its diagnostics at `at`. */
function readFragment(text: string, at: Position, diagnostics: Diagnostic[]): Root {
  const locator = createLocator(text)
  const {tree} = guardedParse(text, readers.fragment, locator, diagnostics, at)
  restorePositions(tree, text, locator)
  return tree
}

/** A front matter string as Markdown paragraphs; every node gets the string's position. */
function paragraphs(text: FrontMatterText, key: string, diagnostics: Diagnostic[]): Paragraph[] {
  // The string is its own Markdown source: citations are read against it, then
  // every node takes the position of the YAML value in the file.
  const locator = createLocator(text.value)
  const {tree: parsed, plain} = guardedParse(text.value, readers.fragment, locator, diagnostics, text.position)
  restorePositions(parsed, text.value, locator)
  tidy(parsed)
  transformCitations(parsed, text.value, locator, plain)
  const result: Paragraph[] = []
  for (const child of parsed.children) {
    if (child.type === 'paragraph') {
      result.push(child)
    } else {
      diagnostics.push({severity: 'warning', message: `front matter: \`${key}\` may hold paragraphs only; a ${child.type} is ignored`, position: text.position, source: 'parser:front-matter'})
    }
  }
  for (const paragraph of result) place(paragraph, text.position)
  return result
}

function place(tree: Nodes, position: Position) {
  eachNode(tree, (node) => {
    node.position = {start: {...position.start}, end: {...position.end}}
    return true
  })
}

/**
 * Every thematic break (`***`, `---`, `___`) is an untitled section break; a
 * line ending in a code span is a space (CommonMark 6.1; mdast keeps it); a
 * list is spread when an item is, or a blank line separates two items (mdast
 * also counts a blank line after the last one).
 */
function tidy(tree: Parent) {
  eachNode(tree as Root, (node) => {
    if (!('children' in node)) return false
    const parent = node as Parent
    for (const [index, child] of parent.children.entries()) {
      if (child.type === 'thematicBreak') {
        parent.children[index] = child.position ? {type: 'sectionBreak', position: child.position} : {type: 'sectionBreak'}
      } else if (child.type === 'inlineCode') {
        child.value = child.value.replace(/\r?\n|\r/g, ' ')
      } else if (child.type === 'list') {
        child.spread = listSpread(child)
      }
    }
    return true
  })
}

function listSpread(list: List): boolean {
  return list.children.some((item, index) => {
    if (item.spread) return true
    const next = list.children[index + 1]
    const end = item.position?.end.line
    const start = next?.position?.start.line
    return end !== undefined && start !== undefined && start > end + 1
  })
}

/**
 * GFM's autolink-literal step splits text around bare addresses and e-mails
 * into new text and link nodes without positions. Give them back their
 * positions by aligning their text with the source between the positioned
 * siblings around them: every node keeps a position, and citations and note
 * references in that text are read like any other.
 */
function restorePositions(tree: Parent, source: string, locator: Locator) {
  eachNode(tree as Root, (node) => {
    if ('children' in node) restoreChildren(node, source, locator)
    return true
  })
}

function restoreChildren(parent: Parent, source: string, locator: Locator) {
  const children = parent.children as Nodes[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.position) continue
    let cursor = children[index - 1]?.position?.end.offset ?? parent.position?.start.offset
    let last = index
    while (last < children.length && !children[last]!.position) last++
    const limit = children[last]?.position?.start.offset ?? parent.position?.end.offset
    if (cursor === undefined || limit === undefined) continue
    for (let k = index; k < last; k++) {
      const node = children[k]!
      const text = node.type === 'text' ? node : node.type === 'link' && node.children[0]?.type === 'text' ? node.children[0] : undefined
      if (!text || text.value === '') continue
      const {offsets, ends, literal} = align(text.value, source, cursor, limit)
      const start = offsets[0]!
      const end = ends[ends.length - 1]!
      if (literal.length !== text.value.length || end > limit) break
      const position = locator.position(start, end)
      node.position = position
      if (text !== node) text.position = {start: {...position.start}, end: {...position.end}}
      cursor = end
    }
    index = last - 1
  }
}
