import type {Nodes} from 'mdast'

/**
 * Visit `tree` and its descendants in document order, with an explicit stack
 * (no recursion: a tree of any depth is walked). `enter` returns whether to
 * go into the node's children; it may change them before they are visited.
 */
export function eachNode(tree: Nodes, enter: (node: Nodes) => boolean): void {
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!enter(node) || !('children' in node)) continue
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
}
