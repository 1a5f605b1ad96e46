/**
 * citeproc's HTML (an entry, a formatted note) into mdast phrasing content:
 * `text`, `emphasis` and `link` only, through hast (`hast-util-from-html`,
 * `hast-util-to-mdast`).
 */
import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toMdast} from 'hast-util-to-mdast'
import type {PhrasingContent} from 'mdast'
import {append} from '@octavo/tree'

function findEntry(node: HastRoot | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    const classes = child.properties['className']
    if (Array.isArray(classes) && classes.includes('csl-entry')) return child
    const inner = findEntry(child)
    if (inner) return inner
  }
  return undefined
}

/** Keep `text`, `emphasis` and `link`; anything else gives its children; adjacent texts merge. */
function normalise(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  const push = (node: PhrasingContent): void => {
    const last = out.at(-1)
    if (node.type === 'text' && last?.type === 'text') last.value += node.value
    else out.push(node)
  }
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value !== '') push({type: 'text', value: node.value})
    } else if (node.type === 'emphasis') {
      push({type: 'emphasis', children: normalise(node.children)})
    } else if (node.type === 'link') {
      push({type: 'link', url: node.url, children: normalise(node.children)})
    } else if ('children' in node) {
      for (const child of normalise(node.children as PhrasingContent[])) push(child)
    } else if ('value' in node && typeof node.value === 'string') {
      push({type: 'text', value: node.value})
    }
  }
  return out
}

/** Phrasing content of one entry's HTML (`<div class="csl-entry">…</div>`). */
export function entryPhrasing(html: string): PhrasingContent[] {
  const hast = fromHtml(html, {fragment: true})
  const entry = findEntry(hast)
  return hastPhrasing(entry ? entry.children : [])
}

/** Phrasing content of an HTML fragment of inline markup (a formatted note). */
export function htmlPhrasing(html: string): PhrasingContent[] {
  return hastPhrasing(fromHtml(html, {fragment: true}).children as ElementContent[])
}

/** hast inline content → mdast `text` / `emphasis` / `link`, trimmed at both ends. */
function hastPhrasing(children: ElementContent[]): PhrasingContent[] {
  const paragraph: Element = {type: 'element', tagName: 'p', properties: {}, children}
  const mdast = toMdast({type: 'root', children: [paragraph]})
  const phrasing: PhrasingContent[] = []
  if (mdast.type === 'root') {
    for (const block of mdast.children) {
      if (block.type === 'paragraph') append(phrasing, block.children)
    }
  }
  const out = normalise(phrasing)
  const first = out[0]
  if (first?.type === 'text') first.value = first.value.trimStart()
  const last = out.at(-1)
  if (last?.type === 'text') last.value = last.value.trimEnd()
  return out
}
