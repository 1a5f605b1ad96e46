import type {Nodes, Parent, Root} from 'mdast'
import type {Diagnostic} from './types.js'
import {isEscaped, type Locator} from './markdown-util.js'

const SOURCE = 'parser:template'
/** Liquid/Jekyll tags `{% include toc.html %}` and output tags `{{ page.title }}`. */
const TAG = /\{%-?[\s\S]*?-?%\}|\{\{-?\s*[\w.]+(?:\s*\|[^{}\n]*)?\s*-?\}\}/g
/** Nodes that go when a tag was all they held. */
const EMPTIED = new Set(['paragraph', 'emphasis', 'strong', 'delete'])
/** Blocks whose text Markdown trims at both ends. */
const BLOCK_TEXT = new Set(['paragraph', 'heading', 'tableCell'])
/** Node types whose text is literal: template tags in them stay. */
const LITERAL = new Set(['code', 'inlineCode', 'yaml', 'math', 'inlineMath'])

/**
 * Template tags (Jekyll/Liquid: `{% include figure.html … %}`) mean nothing
 * outside the site that renders them. Before the real parse, each tag outside
 * code is overwritten in the source by a private-use character repeated to the
 * tag's length, so every offset and position stays true and a tag may span
 * emphasis or sit in HTML; `removeTemplateMarks` then deletes those characters
 * from the tree. A warning with its position is given for each tag; a tag
 * escaped in the source (`\{%`) stays as text.
 *
 * Returns the source to parse and the mark used, or undefined when there is no tag.
 */
export function blankTemplateTags(
  text: string,
  parse: (text: string) => Root,
  locator: Locator,
  diagnostics: Diagnostic[]
): {text: string; mark: string} | undefined {
  if (!/\{%|\{\{/.test(text)) return undefined
  const literal: Array<[number, number]> = []
  const collect = (node: Nodes) => {
    if (LITERAL.has(node.type) && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      literal.push([node.position.start.offset, node.position.end.offset])
    }
    if ('children' in node) for (const child of node.children) collect(child)
  }
  collect(parse(text))
  let mark = '\uE000'
  while (text.includes(mark)) mark = String.fromCharCode(mark.charCodeAt(0) + 1)
  let changed = false
  const blanked = text.replace(TAG, (tag: string, index: number) => {
    if (isEscaped(text, index)) return tag
    if (literal.some(([start, end]) => index < end && index + tag.length > start)) return tag
    changed = true
    const shown = tag.length > 60 ? `${tag.slice(0, 57)}…` : tag
    diagnostics.push({
      severity: 'warning',
      message: `template tag \`${shown.replace(/\s+/g, ' ')}\` dropped`,
      position: locator.position(index, index + tag.length),
      source: SOURCE
    })
    // Before a letter or digit, the last mark is a space: what follows reads as
    // after a space (so `www.x.org`, `a@b.c` still link), and no word is glued on.
    const blank = tag.replace(/[^\n]/g, mark)
    return /[\p{L}\p{N}]/u.test(text.charAt(index + tag.length)) ? `${blank.slice(0, -1)} ` : blank
  })
  return changed ? {text: blanked, mark} : undefined
}

/** Delete the marks left by `blankTemplateTags`; drop text, HTML and paragraphs left empty. */
export function removeTemplateMarks(tree: Root, mark: string): void {
  const marks = new RegExp(`${mark}+`, 'g')
  const spaced = new RegExp(` ${mark}+ ?(?= )|${mark}+ ?`, 'g')
  const onlyMarks = new RegExp(`^[ \\t]*${mark}[${mark} \\t\\r]*$`)
  // A line that held only tags goes; elsewhere a tag goes with one of the spaces around it.
  const clean = (value: string) =>
    value
      .split('\n')
      .filter((line) => !onlyMarks.test(line))
      .join('\n')
      .replace(spaced, '')
  visit(tree)

  function visit(parent: Parent) {
    walk(parent)
    // Text on both sides of what went is one text again.
    const children = parent.children as Nodes[]
    for (let index = children.length - 1; index > 0; index--) {
      const left = children[index - 1]!
      const right = children[index]!
      if (left.type === 'text' && right.type === 'text') {
        left.value += right.value
        if (left.position && right.position) left.position = {start: left.position.start, end: right.position.end}
        children.splice(index, 1)
      }
    }
  }

  function walk(parent: Parent) {
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index]!
      if ((child.type === 'text' || child.type === 'html') && child.value.includes(mark)) {
        child.value = clean(child.value)
        // Markdown trims the spaces that open and close a block's text.
        if (child.type === 'text' && BLOCK_TEXT.has(parent.type)) {
          if (index === 0) child.value = child.value.replace(/^[ \t]+/, '')
          if (index === parent.children.length - 1) child.value = child.value.replace(/[ \t]+$/, '')
        }
        if (child.value.trim() === '' && (child.type === 'html' || parent.children.length === 1 || child.value === '')) {
          parent.children.splice(index, 1)
          index--
        }
        continue
      }
      if ((child.type === 'link' || child.type === 'image') && child.url.includes(mark)) child.url = child.url.replace(marks, '')
      if (child.type === 'image' && child.alt?.includes(mark)) child.alt = clean(child.alt)
      if ('children' in child) {
        visit(child)
        // A line break left at either end of a block's text (its tag gone) means nothing.
        if (BLOCK_TEXT.has(child.type) && !('value' in child)) {
          const phrasing = child.children as Nodes[]
          while (phrasing.at(-1)?.type === 'break') phrasing.pop()
          while (phrasing[0]?.type === 'break') phrasing.shift()
        }
        if (EMPTIED.has(child.type) && child.children.length === 0) {
          parent.children.splice(index, 1)
          index--
        }
      }
    }
  }
}
