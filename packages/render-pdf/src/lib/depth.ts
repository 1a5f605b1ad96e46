import type {Nodes, Root, RootContent} from 'mdast'
import type {Position} from 'unist'

type Parent = Extract<Nodes, {children: unknown}>

/** Parents whose children are phrasing content: collapsed, they keep one text node. */
const phrasingParents = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'bibliographyEntry'])

/** Parents inside a line of text: no space is put before their text. */
const inlineParents = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])

/** What a collapse reports: how many subtrees, and where the first one was. */
export interface Collapsed {
  count: number
  position: Position | undefined
}

/**
 * The tree with every node at `max` ancestors that has children collapsed: it keeps its type and
 * fields, and its content becomes its plain text (in a paragraph, an item, a row, as its type
 * needs). Iterative; the tree itself when nothing is that deep (the common case: no copy).
 */
export function boundDepth(tree: Root, max: number): {tree: Root; collapsed: Collapsed | undefined} {
  if (!tooDeep(tree, max)) return {tree, collapsed: undefined}
  const collapsed: Collapsed = {count: 0, position: undefined}
  const root: Root = {...tree, children: []}
  const stack: Array<{node: RootContent; depth: number; parent: Parent}> = []
  const pushChildren = (node: Parent, copy: Parent, depth: number): void => {
    const children = node.children as RootContent[]
    for (let i = children.length - 1; i >= 0; i--) stack.push({node: children[i]!, depth, parent: copy})
  }
  pushChildren(tree, root, 1)
  while (stack.length > 0) {
    const {node, depth, parent} = stack.pop()!
    let copy: RootContent = node
    if ('children' in node && Array.isArray(node.children)) {
      if (depth >= max) {
        copy = collapse(node)
        collapsed.count++
        collapsed.position ??= node.position
      } else {
        copy = {...node, children: []} as RootContent
        pushChildren(node as Parent, copy as Parent, depth + 1)
      }
    }
    ;(parent.children as RootContent[]).push(copy)
  }
  return {tree: root, collapsed}
}

/** Whether any node has `max` ancestors or more and children. */
function tooDeep(tree: Root, max: number): boolean {
  const stack: Array<[Nodes, number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (!('children' in node) || !Array.isArray(node.children)) continue
    if (depth >= max) return true
    for (const child of node.children as Nodes[]) stack.push([child, depth + 1])
  }
  return false
}

/** A node whose content is replaced by its plain text, in the children its type needs. */
function collapse(node: Parent & RootContent): RootContent {
  const value = plainText(node)
  const text = {type: 'text' as const, value}
  const paragraph = {type: 'paragraph' as const, children: [text]}
  let children: unknown[]
  if (value === '') children = []
  else if (phrasingParents.has(node.type)) children = [text]
  else if (node.type === 'list') children = [{type: 'listItem', children: [paragraph]}]
  else if (node.type === 'table') children = [{type: 'tableRow', children: [{type: 'tableCell', children: [text]}]}]
  else if (node.type === 'tableRow') children = [{type: 'tableCell', children: [text]}]
  else if (node.type === 'bibliography') children = [{type: 'bibliographyEntry', id: '', children: [text]}]
  else children = [paragraph]
  return {...node, children} as RootContent
}

/** The text of a subtree, iteratively: literal values, blocks separated by a space (parts joined once: a growing string is never read). */
export function plainText(node: Nodes): string {
  const parts: string[] = []
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const next = stack.pop()!
    if ('value' in next && typeof next.value === 'string' && next.type !== 'html') parts.push(next.value)
    else if (next.type === 'image') parts.push(next.alt ?? '')
    if (!('children' in next) || !Array.isArray(next.children)) continue
    if (!inlineParents.has(next.type)) parts.push(' ')
    const children = next.children as Nodes[]
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
  return parts.join('').replace(/\s+/g, ' ').trim()
}
