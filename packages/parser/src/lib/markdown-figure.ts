import type {Image, Paragraph, Parent, PhrasingContent, Root, RootContent, Table} from 'mdast'
import type {Position} from 'unist'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {toString} from 'mdast-util-to-string'
import {eachNode} from '@octavo/tree'

/** A site generator's figure include: `{% include figure.html filename="…" alt="…" caption="…" %}`. */
const FIGURE = /^\{%-?\s*include\s+figure\.html\s/
/** `name="value"` or `name='value'`, in any order. */
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const inline = unified().use(remarkParse).freeze()

/** Whether a template tag is a figure include. */
export function isFigureTag(tag: string): boolean {
  return FIGURE.test(tag)
}

/**
 * The image a figure include shows: url = `filename`, alt = `alt` (else the
 * caption), title = `caption`; other attributes (`width`, `class`) are
 * ignored. Character references (`Figure&nbsp;1`) are decoded and Markdown
 * in alt and caption (`*Pipeline*`) read as plain text. Undefined when the
 * tag names no file.
 */
export function figureImage(tag: string, position: Position): Image | undefined {
  const attributes = new Map<string, string>()
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase()
    if (!attributes.has(name)) attributes.set(name, plain(match[2] ?? match[3] ?? ''))
  }
  const url = attributes.get('filename')?.trim()
  if (!url) return undefined
  const caption = attributes.get('caption') || undefined
  const alt = attributes.get('alt') || caption || ''
  // No caption: a null title, as Markdown's `![alt](file)` reads.
  return {type: 'image', url, alt, title: caption ?? null, position}
}

/** Markdown text (with character references) as the plain text it reads as. */
function plain(value: string): string {
  return toString(inline.parse(value))
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()
}

/**
 * A paragraph's children cut around the figures in it: each figure becomes a
 * paragraph of its own (the renderers print an image alone in its paragraph
 * as a figure), the text around it stays in paragraphs before and after,
 * without the spaces and line breaks that joined them to it.
 */
export function splitAtFigures(paragraph: Paragraph, figures: ReadonlySet<Image>): RootContent[] {
  if (!paragraph.children.some((child) => child.type === 'image' && figures.has(child))) return [paragraph]
  const out: Paragraph[] = []
  let run: PhrasingContent[] = []
  const flush = () => {
    const children = trimmed(run)
    if (children.length > 0) out.push(spanning(children))
    run = []
  }
  for (const child of paragraph.children) {
    if (child.type === 'image' && figures.has(child)) {
      flush()
      out.push({type: 'paragraph', children: [child], ...(child.position ? {position: child.position} : {})})
    } else run.push(child)
  }
  flush()
  return out
}

/** Phrasing without white space or line breaks at either end. */
function trimmed(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children]
  while (out[0]?.type === 'break') out.shift()
  while (out.at(-1)?.type === 'break') out.pop()
  const first = out[0]
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '')
  const last = out.at(-1)
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '')
  return out.filter((child) => child.type !== 'text' || child.value !== '')
}

function spanning(children: PhrasingContent[]): Paragraph {
  const start = children[0]?.position?.start
  const end = children.at(-1)?.position?.end
  return {type: 'paragraph', children, ...(start && end ? {position: {start, end}} : {})}
}

/**
 * A table used to set figures side by side (HTML `<table><tr><td>{% include
 * figure.html … %}</td><td>…</td></tr></table>`, as the lessons do): when
 * every cell holds one image and nothing else, or nothing, the table is its
 * figures, each a paragraph of its own, in reading order. A table with text
 * in any cell stays a table (its images print inline).
 */
export function figureTables(tree: Root): void {
  eachNode(tree, (node) => {
    if (!('children' in node)) return false
    const parent = node as Parent
    if (parent.children.some((child) => child.type === 'table' && figuresOnly(child) !== undefined)) {
      parent.children = parent.children.flatMap((child) => {
        const images = child.type === 'table' ? figuresOnly(child) : undefined
        return images ? images.map((image): Paragraph => ({type: 'paragraph', children: [image], ...(image.position ? {position: image.position} : {})})) : [child]
      }) as Parent['children']
    }
    return true
  })
}

/** The images of a table whose cells each hold one image or nothing, in reading order; undefined for any other table. */
function figuresOnly(table: Table): Image[] | undefined {
  const images: Image[] = []
  for (const row of table.children) {
    for (const cell of row.children) {
      const content = cell.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
      if (content.length > 1 || (content[0] && content[0].type !== 'image')) return undefined
      if (content[0]?.type === 'image') images.push(content[0])
    }
  }
  return images.length > 0 ? images : undefined
}
