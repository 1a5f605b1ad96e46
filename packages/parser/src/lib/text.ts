import type {Root, Paragraph} from 'mdast'
import type {Diagnostic} from './types.js'
import {pointAt} from './decode.js'

/**
 * A plain-text article into the Octavo tree. First slice: paragraphs with
 * positions; structure recovery (headings, quotations, notes) comes next.
 */
export function parseText(text: string, _diagnostics: Diagnostic[]): Root {
  const children: Paragraph[] = []
  const re = /[^\n]+(?:\n[^\n]+)*/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = pointAt(text, m.index)
    const end = pointAt(text, m.index + m[0].length)
    children.push({type: 'paragraph', children: [{type: 'text', value: m[0], position: {start, end}}], position: {start, end}})
  }
  return {type: 'root', children, position: {start: pointAt(text, 0), end: pointAt(text, text.length)}}
}
