import type {Image, Nodes, Parent, Root, RootContent} from 'mdast'
import type {Point} from 'unist'
import type {Diagnostic} from './types.js'
import {isEscaped, type Locator} from './markdown-util.js'
import {figureImage, isFigureTag, splitAtFigures} from './markdown-figure.js'
import {spliceItems} from '@octavo/tree'

const SOURCE = 'parser:template'
/** Liquid/Jekyll tags `{% include toc.html %}` and output tags `{{ page.title }}`. */
const BLOCK_TAG = /\{%-?[\s\S]*?-?%\}/g
const OUTPUT_TAG = /\{\{-?\s*[\w.]+(?:\s*\|[^{}\n]*)?\s*-?\}\}/g
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
 * The source is parsed once when no tag is in code: every tag is blanked and
 * the result parsed. When a blanked tag turns out to be inside code, the tags
 * outside code are blanked and parsed again; when a tag holds a backtick or a
 * tilde (which could open or close code), the code is found in the source as
 * written first.
 *
 * A figure include (`{% include figure.html filename=… %}`) becomes an
 * image: its first character is blanked by a mark of its own (`figures` maps
 * that mark to the image), which `removeTemplateMarks` replaces by the image.
 * Other tags are dropped with an info diagnostic each.
 *
 * Returns the source to parse, the mark used, the figures' marks and its
 * tree, or undefined when there is no tag.
 */
export function blankTemplateTags(
  text: string,
  parse: (text: string) => Root,
  locator: Locator,
  diagnostics: Diagnostic[]
): {text: string; mark: string; figures: Map<string, Image>; figureMarks: string; tree: Root} | undefined {
  if (!/\{%|\{\{/.test(text)) return undefined
  const tags = findTags(text).filter((match) => !isEscaped(text, match.index))
  if (tags.length === 0) return undefined
  const [mark = '\uE000', ...free] = freshMarks(text, 1 + tags.filter(([tag]) => isFigureTag(tag)).length)
  const figureMarks = new Map<number, string>()
  for (const {0: tag, index} of tags) if (isFigureTag(tag) && free.length > 0) figureMarks.set(index, free.shift()!)
  // Without backticks or tildes in the tags, blanking them moves no code: the
  // code found in the blanked source is the code of the source as written.
  const movesCode = tags.some(([tag]) => /[`~]/.test(tag))
  let blanked = blank(text, tags, mark, figureMarks)
  let tree = parse(movesCode ? text : blanked)
  let kept = tags
  if (movesCode || hasLiteralMark(tree, mark)) {
    kept = outside(tags, literalRanges(tree))
    if (kept.length === 0) return undefined
    blanked = blank(text, kept, mark, figureMarks)
    tree = parse(blanked)
  }
  const figures = new Map<string, Image>()
  for (const {0: tag, index} of kept) {
    const position = locator.position(index, index + tag.length)
    const figureMark = figureMarks.get(index)
    const image = figureMark ? figureImage(tag, position) : undefined
    if (figureMark && image) figures.set(figureMark, image)
    else diagnostics.push(dropped(tag, position, figureMark !== undefined))
  }
  return {text: blanked, mark, figures, figureMarks: [...figureMarks.values()].join(''), tree}
}

/** The diagnostic for a tag dropped: info (it means nothing outside its site), a warning for a figure that names no file. */
function dropped(tag: string, position: Diagnostic['position'], figure: boolean): Diagnostic {
  const shown = (tag.length > 60 ? `${tag.slice(0, 57)}…` : tag).replace(/\s+/g, ' ')
  return figure
    ? {severity: 'warning', message: `figure \`${shown}\` names no file (filename="…"): dropped`, position, source: SOURCE}
    : {severity: 'info', message: `template tag \`${shown}\` dropped`, position, source: SOURCE}
}

/** `count` private-use characters that `text` does not hold. */
function freshMarks(text: string, count: number): string[] {
  const used = new Set(text.match(/[\uE000-\uF8FF]/g))
  const marks: string[] = []
  for (let code = 0xe000; code <= 0xf8ff && marks.length < count; code++) {
    const char = String.fromCharCode(code)
    if (!used.has(char)) marks.push(char)
  }
  return marks
}

/**
 * The tags in document order, none inside another. A `{%` after the last
 * `%}` opens nothing: it is not searched from (each would scan to the end).
 */
function findTags(text: string): RegExpExecArray[] {
  const blocks = [...text.slice(0, text.lastIndexOf('%}') + 2).matchAll(BLOCK_TAG)]
  const all = [...blocks, ...text.matchAll(OUTPUT_TAG)].sort((a, b) => a.index - b.index)
  const tags: RegExpExecArray[] = []
  for (const tag of all) {
    const last = tags.at(-1)
    if (!last || tag.index >= last.index + last[0].length) tags.push(tag)
  }
  return tags
}

/** The tags (in document order) that overlap none of `ranges` (in document order, not overlapping). */
function outside(tags: RegExpExecArray[], ranges: Array<[number, number]>): RegExpExecArray[] {
  let next = 0
  return tags.filter(({0: tag, index}) => {
    while (next < ranges.length && ranges[next]![1] <= index) next++
    const range = ranges[next]
    return range === undefined || range[0] >= index + tag.length
  })
}

/** `text` with each tag overwritten by the mark, to the tag's length; a figure's first character by its own mark. */
function blank(text: string, tags: RegExpExecArray[], mark: string, figureMarks: ReadonlyMap<number, string>): string {
  let out = ''
  let last = 0
  for (const {0: tag, index} of tags) {
    // Before a letter or digit, the last mark is a space: what follows reads as
    // after a space (so `www.x.org`, `a@b.c` still link), and no word is glued on.
    const marked = tag.replace(/[^\n]/g, mark)
    const blanked = (figureMarks.get(index) ?? mark) + marked.slice(1)
    out += text.slice(last, index) + (/[\p{L}\p{N}]/u.test(text.charAt(index + tag.length)) ? `${blanked.slice(0, -1)} ` : blanked)
    last = index + tag.length
  }
  return out + text.slice(last)
}

/** The source ranges of code and other literal text. */
function literalRanges(tree: Root): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const collect = (node: Nodes) => {
    if (LITERAL.has(node.type) && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      ranges.push([node.position.start.offset, node.position.end.offset])
    }
    if ('children' in node) for (const child of node.children) collect(child)
  }
  collect(tree)
  return ranges
}

/** Whether a mark landed in code or other literal text (a tag that must stay). */
function hasLiteralMark(node: Nodes, mark: string): boolean {
  if (LITERAL.has(node.type) && 'value' in node && node.value.includes(mark)) return true
  return 'children' in node && node.children.some((child) => hasLiteralMark(child, mark))
}

/**
 * Delete the marks left by `blankTemplateTags`; drop text, HTML and
 * paragraphs left empty. A figure's mark in text becomes its image; a
 * paragraph holding figures is cut so that each stands in a paragraph of its
 * own. Returns the figures that found no place (in raw HTML, in a link's
 * address), lost with the text around them.
 */
export function removeTemplateMarks(tree: Root, mark: string, figures: ReadonlyMap<string, Image> = new Map(), figureMarks = ''): Image[] {
  const shown = new Set<Image>()
  const imageMarks = [...figures.keys()].join('')
  const figureRun = new RegExp(`([${imageMarks}])${mark}*`, 'g')
  const hasFigure = new RegExp(`[${imageMarks}]`)
  // Any mark, a figure's too (in HTML, in a link's address, where no image can stand; a figure that names no file).
  const any = `[${mark}${figureMarks}]`
  const anyMark = new RegExp(any)
  const marks = new RegExp(`${any}+`, 'g')
  const spaced = new RegExp(` ${any}+ ?(?= )|${any}+ ?`, 'g')
  const onlyMarks = new RegExp(`^[ \\t]*${any}[${mark}${figureMarks} \\t\\r]*$`)
  // A line that held only tags goes; elsewhere a tag goes with one of the spaces around it.
  const clean = (value: string) =>
    value
      .split('\n')
      .filter((line) => !onlyMarks.test(line))
      .join('\n')
      .replace(spaced, '')
  visit(tree)
  return [...figures.values()].filter((image) => !shown.has(image))

  function visit(parent: Parent) {
    walk(parent)
    if (shown.size > 0) parent.children = parent.children.flatMap((child) => (child.type === 'paragraph' ? splitAtFigures(child, shown) : [child as RootContent])) as Parent['children']
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

  /** A text holding figures' marks as text, image, text…; the texts keep the node's position. */
  function withFigures(text: Extract<Nodes, {type: 'text'}>): Array<Extract<Nodes, {type: 'text' | 'image'}>> {
    const pieces: Array<Extract<Nodes, {type: 'text' | 'image'}>> = []
    let last = 0
    let start = text.position?.start
    const piece = (value: string, end: Point | undefined) => {
      const position = start && end ? {position: {start, end}} : {}
      if (value !== '') pieces.push({type: 'text', value, ...position})
    }
    for (const match of text.value.matchAll(figureRun)) {
      const image = figures.get(match[1]!)!
      piece(text.value.slice(last, match.index), image.position?.start)
      shown.add(image)
      pieces.push(image)
      last = match.index + match[0].length
      start = image.position?.end
    }
    piece(text.value.slice(last), text.position?.end)
    return pieces
  }

  function walk(parent: Parent) {
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index]!
      if (child.type === 'text' && imageMarks !== '' && hasFigure.test(child.value)) {
        spliceItems(parent.children, index, 1, withFigures(child))
        index--
        continue
      }
      if ((child.type === 'text' || child.type === 'html') && anyMark.test(child.value)) {
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
