import type {Element, ElementContent, Root} from 'hast'
import {append, scriptRuns} from '@octavo/tree'
import {el, tx} from './hast.js'

/** The table of scripts and their tags lives in the parser (shared with render-pdf). */
export {scriptOf, scriptRules, type ScriptRule} from '@octavo/tree'

/**
 * Wrap each run of a foreign script (`scriptRuns`) in `<span lang xml:lang>`, in
 * every text of the tree except inside an element that names its language already.
 */
export function tagScripts(root: Root | Element, bookLang: string): void {
  // A rule's context is the whole book's text: a word of a table cell reads as the Greek of the rest of the book.
  walk(root, bookLang, textOf(root))
}

function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? (node.children as ElementContent[]).map(textOf).join(' ') : ''
}

function walk(parent: Root | Element, bookLang: string, context: string): void {
  const children: ElementContent[] = []
  for (const child of parent.children as ElementContent[]) {
    if (child.type === 'element') {
      if (child.properties['lang'] === undefined && child.properties['xmlLang'] === undefined) walk(child, bookLang, context)
      children.push(child)
    } else if (child.type === 'text') append(children, split(child.value, bookLang, context))
    else children.push(child)
  }
  parent.children = children
}

function split(value: string, bookLang: string, context: string): ElementContent[] {
  return scriptRuns(value, bookLang, context).map(({text, lang}) => (lang === undefined ? tx(text) : el('span', {lang, xmlLang: lang}, [tx(text)])))
}
