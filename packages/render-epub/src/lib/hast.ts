import type {Element, ElementContent, Nodes, Properties} from 'hast'

/** A hast element. */
export function el(tagName: string, properties: Properties = {}, children: ElementContent[] = []): Element {
  return {type: 'element', tagName, properties, children}
}

/** A hast text node. */
export function tx(value: string): ElementContent {
  return {type: 'text', value}
}

/** The class list of an element. */
export function classes(node: Element): string[] {
  const value: unknown = node.properties['className']
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
}

/**
 * The text of a hast node, leaving out note references (for the table of
 * contents and the nav labels).
 */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' && classes(node).includes('noteref')) return ''
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('')
  return ''
}
