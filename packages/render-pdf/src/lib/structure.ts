import type {RootContent} from 'mdast'
import type {StructElement, StructType} from './types.js'

/**
 * The structure element each kind of block is tagged as (PDF 32000-1 §14.8.4,
 * standard structure types), with the input it exists for. A block not in
 * the table is tagged as its parent (its text is read with it); text that is
 * no block's (running heads, folios, rules, the note separator) is a
 * pagination artifact.
 */
export const BLOCK_TAGS: Record<string, {tag: (node: RootContent, headingShift: number) => StructType; example: string}> = {
  paragraph: {tag: () => 'P', example: 'A paragraph.'},
  heading: {tag: (node, shift) => headingTag(node.type === 'heading' ? node.depth : 1, shift), example: '# A section (H2 under the title, H1)'},
  blockquote: {tag: () => 'BlockQuote', example: '> A quotation.'},
  list: {tag: () => 'L', example: '- an item'},
  listItem: {tag: () => 'LI', example: '- an item'},
  code: {tag: () => 'Code', example: '```\nlet x\n```'},
  table: {tag: () => 'Table', example: '| a | b |\n|---|---|\n| 1 | 2 |'},
  abstract: {tag: () => 'Sect', example: '---\ntitle: T\nabstract: The abstract, from the front matter.\n---\n\nText.'},
  bibliography: {tag: () => 'Sect', example: 'bibliography: its heading, then an L of one LI per entry (a node the citations package makes)'},
  article: {tag: () => 'Part', example: 'article: an article of a reader (a volume made by octavo reader)'},
  credits: {tag: () => 'Sect', example: "credits: a reader's page of each article's source and licence (the CLI makes it)"},
  html: {tag: () => 'P', example: '<div>raw HTML</div>'}
}

/**
 * A heading's level: its depth, moved down by `shift` (1 when the article's
 * title is the H1 and its own headings start at `#`, so that no level is
 * skipped and none repeats the title's), never beyond H6.
 */
export function headingTag(depth: number, shift = 0): StructType {
  return `H${Math.min(6, depth + shift)}` as StructType
}

/** How far headings move down under a title: 1 when the shallowest heading is `#` (depth 1), else 0 (`##` sections are already H2). */
export function headingShift(depths: Iterable<number>): number {
  let shallowest = Infinity
  for (const depth of depths) shallowest = Math.min(shallowest, depth)
  return shallowest === 1 ? 1 : 0
}

/**
 * The structure of a document as the layout builds it: element 0 is the
 * Document; each element names its parent. Elements are numbered in the
 * order the layout meets them, which is the reading order of the source.
 */
export class Structure {
  readonly elements: StructElement[] = [{type: 'Document', parent: -1}]

  /** A new element under `parent`; its number. */
  open(type: StructType, parent: number, extra: Partial<Pick<StructElement, 'alt' | 'lang'>> = {}): number {
    this.elements.push({type, parent, ...extra})
    return this.elements.length - 1
  }
}
