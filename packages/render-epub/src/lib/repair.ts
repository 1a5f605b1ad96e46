import type {Element, ElementContent, Properties, Root} from 'hast'
import type {Diagnostic} from '@octavo/tree'
import {append} from '@octavo/tree'

/** Phrasing content (HTML's content models): what may stand inside a paragraph. */
const phrasing = new Set([
  'a',
  'abbr',
  'audio',
  'b',
  'bdi',
  'bdo',
  'br',
  'button',
  'canvas',
  'cite',
  'code',
  'data',
  'datalist',
  'del',
  'dfn',
  'em',
  'embed',
  'i',
  'iframe',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'map',
  'mark',
  'math',
  'meter',
  'object',
  'output',
  'picture',
  'progress',
  'q',
  'ruby',
  'rp',
  'rt',
  's',
  'samp',
  'select',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'svg',
  'textarea',
  'time',
  'u',
  'var',
  'video',
  'wbr'
])
/** Blocks whose content is phrasing only: split around a block inside them. */
const phrasingBlocks = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre'])
/** Inline elements whose content is phrasing only (`a`, `ins` and `del` too, so that every context allows the result). */
const phrasingInline = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var'
])

const isPhrasing = (node: ElementContent): boolean => node.type !== 'element' || phrasing.has(node.tagName)
const isBlank = (nodes: ElementContent[]): boolean => nodes.every((node) => node.type === 'text' && node.value.trim() === '')

/** What was repaired, for the warnings. */
interface Found {
  /** Inline elements and paragraphs that held blocks (unbalanced raw HTML such as `<b>` around paragraphs). */
  wrappers: Set<string>
  /** Links that held links (a note reference in link text). */
  links: number
}

/**
 * Make the content valid where raw HTML or an odd tree left it invalid: a block inside an inline
 * element or a paragraph (`<b><p>…</p></b>`: the inline element goes inside each block, the
 * paragraph is split around the block), a link inside a link (`[text[^1]](url)`: the outer link
 * is split around the note reference). Bottom-up, so that what a repair moves is already valid.
 */
export function repairContent(root: Root, diagnostics: Diagnostic[]): void {
  const found: Found = {wrappers: new Set(), links: 0}
  root.children = repairAll(root.children as ElementContent[], found)
  if (found.wrappers.size > 0) {
    const names = [...found.wrappers]
      .sort()
      .map((name) => `<${name}>`)
      .join(', ')
    diagnostics.push({
      severity: 'warning',
      message: `unbalanced HTML put blocks (paragraphs, lists …) inside ${names}; repaired: inline elements moved inside the blocks, paragraphs split around them`,
      source: 'render-epub:content'
    })
  }
}

function repairAll(children: ElementContent[], found: Found): ElementContent[] {
  return children.flatMap((child) => (child.type === 'element' ? repair(child, found) : [child]))
}

function repair(node: Element, found: Found): ElementContent[] {
  node.children = repairAll(node.children, found)
  if (node.tagName === 'a' && node.children.some(hasLink)) {
    found.links++
    return splitAround(node, hasLink)
  }
  if (!(phrasingBlocks.has(node.tagName) || phrasingInline.has(node.tagName)) || node.children.every(isPhrasing)) return [node]
  found.wrappers.add(node.tagName)
  return phrasingBlocks.has(node.tagName) ? splitAround(node, (child) => !isPhrasing(child)) : pushDown(node)
}

/** Whether a node is a link or holds one. */
function hasLink(node: ElementContent): boolean {
  return node.type === 'element' && (node.tagName === 'a' || node.children.some(hasLink))
}

/** `node` split around the children that `out` picks: those stand between copies of it holding the rest. */
function splitAround(node: Element, out: (child: ElementContent) => boolean): ElementContent[] {
  const result: ElementContent[] = []
  let run: ElementContent[] = []
  let first = true
  const flush = (): void => {
    if (!isBlank(run)) {
      result.push({...node, properties: first ? node.properties : withoutId(node.properties), children: run})
      first = false
    } else append(result, run)
    run = []
  }
  for (const child of node.children) {
    if (!out(child)) run.push(child)
    else {
      flush()
      result.push(child)
    }
  }
  flush()
  return result
}

/** An inline element around blocks, moved inside them: around each run of phrasing and inside each paragraph or heading. */
function pushDown(node: Element): ElementContent[] {
  let first = true
  const wrap = (children: ElementContent[]): Element => {
    const properties = first ? node.properties : withoutId(node.properties)
    first = false
    return {...node, properties, children}
  }
  const result: ElementContent[] = []
  let run: ElementContent[] = []
  const flush = (): void => {
    if (isBlank(run)) append(result, run)
    else result.push(wrap(run))
    run = []
  }
  for (const child of node.children) {
    if (isPhrasing(child)) run.push(child)
    else {
      flush()
      const inside = child.type === 'element' && phrasingBlocks.has(child.tagName) && !isBlank(child.children)
      result.push(inside ? {...child, children: [wrap(child.children)]} : child)
    }
  }
  flush()
  return result
}

function withoutId(properties: Properties): Properties {
  const {id: _id, ...rest} = properties
  return rest
}
