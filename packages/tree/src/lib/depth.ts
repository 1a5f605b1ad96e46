import type {Position} from 'unist'

/** A node as it may come: any object with a type, maybe children. */
interface Node {
  type?: unknown
  children?: unknown
  position?: Position
  value?: unknown
  alt?: unknown
  [field: string]: unknown
}

/** Parents whose children are phrasing content: collapsed, they keep one text node. */
const phrasingParents = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'bibliographyEntry'])
/** Parents inside a line of text: no space is put before their text. */
const inlineParents = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])

/** What a collapse reports: how many subtrees, and where the first one was. */
export interface Collapsed {
  count: number
  position: Position | undefined
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null
const childrenOf = (node: Node): unknown[] | undefined => (Array.isArray(node.children) ? node.children : undefined)

/**
 * Used by both renderers before they recurse over a tree (their own limits
 * say how deep). The tree with every node at `max` ancestors that has children collapsed: it keeps its type and
 * fields, and its content becomes its plain text (in a paragraph, an item, a row, as its type
 * needs). Iterative; the tree itself when nothing is that deep (no copy). Anything that is not a
 * node is left as it is (the renderers report it).
 */
export function boundDepth<T>(tree: T, max: number): {tree: T; collapsed: Collapsed | undefined} {
  if (!isNode(tree) || !tooDeep(tree, max)) return {tree, collapsed: undefined}
  const collapsed: Collapsed = {count: 0, position: undefined}
  const root: Node = {...tree, children: []}
  const stack: Array<{node: unknown; depth: number; parent: unknown[]}> = []
  const pushChildren = (children: unknown[], parent: unknown[], depth: number): void => {
    for (let i = children.length - 1; i >= 0; i--) stack.push({node: children[i], depth, parent})
  }
  pushChildren(childrenOf(tree)!, root.children as unknown[], 1)
  while (stack.length > 0) {
    const {node, depth, parent} = stack.pop()!
    const children = isNode(node) ? childrenOf(node) : undefined
    if (!isNode(node) || !children) parent.push(node)
    else if (depth >= max) {
      parent.push(collapse(node))
      collapsed.count++
      collapsed.position ??= node.position
    } else {
      const copy: Node = {...node, children: []}
      parent.push(copy)
      pushChildren(children, copy.children as unknown[], depth + 1)
    }
  }
  return {tree: root as T, collapsed}
}

/** Whether any node has `max` ancestors or more and children. */
function tooDeep(tree: Node, max: number): boolean {
  const stack: Array<[Node, number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    const children = childrenOf(node)
    if (!children) continue
    if (depth >= max) return true
    for (const child of children) if (isNode(child)) stack.push([child, depth + 1])
  }
  return false
}

/** A node whose content is replaced by its plain text, in the children its type needs. */
function collapse(node: Node): Node {
  const value = plainText(node)
  const text = {type: 'text', value}
  const paragraph = {type: 'paragraph', children: [text]}
  const type = String(node.type)
  let children: unknown[]
  if (value === '') children = []
  else if (phrasingParents.has(type)) children = [text]
  else if (type === 'list') children = [{type: 'listItem', children: [paragraph]}]
  else if (type === 'table') children = [{type: 'tableRow', children: [{type: 'tableCell', children: [text]}]}]
  else if (type === 'tableRow') children = [{type: 'tableCell', children: [text]}]
  else if (type === 'bibliography') children = [{type: 'bibliographyEntry', id: '', children: [text]}]
  else children = [paragraph]
  return {...node, children}
}

/** The text of a subtree, iteratively: literal values, blocks separated by a space (parts joined once: a growing string is never read). */
function plainText(node: Node): string {
  const parts: string[] = []
  const stack: unknown[] = [node]
  while (stack.length > 0) {
    const next = stack.pop()
    if (!isNode(next)) continue
    if (typeof next.value === 'string' && next.type !== 'html') parts.push(next.value)
    else if (next.type === 'image' && typeof next.alt === 'string') parts.push(next.alt)
    const children = childrenOf(next)
    if (!children) continue
    if (!inlineParents.has(String(next.type))) parts.push(' ')
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
  return parts.join('').replace(/\s+/g, ' ').trim()
}
