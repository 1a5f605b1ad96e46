// The block handlers of the text: paragraphs (a lone image as a figure), headings, quotations, section breaks, the abstract.
import type {Blockquote, FootnoteDefinition, Heading, Paragraph, PhrasingContent} from 'mdast'
import type {Style} from '../fonts.js'
import {typography} from '../typography.js'
import type {BlockContext, BlockHandlers, InlineContext, Typesetter} from '../typesetter.js'
import {figure} from './figure.js'
import {stripTags} from './inline.js'

export const blockHandlers = {
  paragraph(t, node: Paragraph, ctx) {
    const only = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
    if (only.length === 1 && only[0]!.type === 'image' && !ctx.inNote && figure(t, only[0]!, ctx)) return
    t.paragraph(node.children, ctx, node.position)
  },
  heading(t, node: Heading, ctx) {
    if (!ctx.inNote) t.headingLevel(node)
    const scale = typography.headings
    const size = t.geo.size * scale.sizes[Math.min(Math.max(node.depth, 1), scale.sizes.length) - 1]!
    const style: Style = node.depth <= 2 ? 'bold' : 'boldItalic'
    if (ctx.target.length > 0) t.space(ctx, t.geo.leading * (node.depth <= 2 ? scale.above.major : scale.above.minor))
    const b = t.builder(node.position)
    const id = t.nextHeadingId()
    const ictx: InlineContext = {b, style, size, inNote: ctx.inNote}
    for (const child of node.children) t.inline(child, ictx)
    const first = b.items.find((item) => item.type === 'box')
    if (first?.type === 'box' && !first.anchor) first.anchor = id
    const lines = b.set({width: ctx.width, align: 'left'})
    const els = t.pushLines(lines, ctx, Math.max(ctx.leading, size * scale.leading))
    for (const el of els) el.keep = true
    if (els[0] && !ctx.inNote) els[0].outline = {title: plain(node.children).trim() || '—', depth: node.depth, dest: id}
    t.space(ctx, t.geo.leading * scale.below, true)
    ctx.flush = true
  },
  blockquote(t, node: Blockquote, ctx) {
    const quote = typography.blockquote
    t.space(ctx, ctx.leading * quote.space)
    const inner: BlockContext = {...ctx, ...indented(t, ctx, ctx.size * quote.indent, ctx.size * quote.indent), ...smaller(t, ctx, quote.scale), flush: true}
    for (const child of node.children) t.block(child, inner)
    t.space(ctx, ctx.leading * quote.space)
    ctx.flush = false
  },
  html(t, node, ctx) {
    const text = stripTags(node.value)
    if (text) t.paragraph([{type: 'text', value: text}], ctx, node.position)
  },
  thematicBreak(t, _node, ctx) {
    sectionMark(t, ctx)
  },
  sectionBreak(t, _node, ctx) {
    sectionMark(t, ctx)
  },
  definition() {
    // Link definitions are resolved where they are used.
  },
  footnoteDefinition(t, node: FootnoteDefinition, ctx) {
    // Set at the foot of their reference's page (or as endnotes); a definition inside a note is left where it is.
    void t
    void node
    void ctx
  },
  yaml() {
    // Front matter is metadata (root.data.meta).
  },
  abstract(t, node, ctx) {
    const scale = typography.abstract
    const {size, leading} = smaller(t, ctx, scale.scale)
    const inner: BlockContext = {...ctx, ...indented(t, ctx, ctx.size * scale.indent, ctx.size * scale.indent), size, leading, flush: true}
    const b = t.builder(node.position)
    b.text(t.labels.abstract, 'bold', size, {hyphenate: false})
    const els = t.pushLines(b.set({width: inner.width, align: 'left'}), inner, inner.leading * scale.labelLeading)
    for (const el of els) el.keep = true
    for (const child of node.children) {
      t.block(child, inner)
      inner.flush = true
    }
    t.space(ctx, ctx.leading * scale.below)
    ctx.flush = true
  },
  titleNote() {
    // Printed as the `*` note on the title.
  }
} satisfies Partial<BlockHandlers>

function plain(nodes: PhrasingContent[]): string {
  let out = ''
  for (const node of nodes) {
    if ('value' in node && typeof node.value === 'string') out += node.type === 'html' ? '' : node.value
    else if ('children' in node) out += plain(node.children as PhrasingContent[])
    else if (node.type === 'image') out += node.alt ?? ''
  }
  return out
}

function sectionMark(t: Typesetter, ctx: BlockContext): void {
  t.space(ctx, ctx.leading * typography.sectionBreak.space)
  const b = t.builder(undefined)
  b.text('*   *   *', 'regular', ctx.size, {hyphenate: false})
  t.pushLines(b.set({width: ctx.width, align: 'center'}), ctx)
  t.space(ctx, ctx.leading * typography.sectionBreak.space)
  ctx.flush = true
}

/** The measure `left` and `right` points further in; no further in once it would be narrower than `typography.minMeasure`. */
export function indented(t: Typesetter, ctx: BlockContext, left: number, right: number): {indent: number; width: number} {
  const width = ctx.width - left - right
  return width >= t.textWidth * typography.minMeasure ? {indent: ctx.indent + left, width} : {indent: ctx.indent, width: ctx.width}
}

/** Type and leading `factor` times smaller, down to `typography.minSize` of the body's. */
export function smaller(t: Typesetter, ctx: BlockContext, factor: number): {size: number; leading: number} {
  const floor = typography.minSize
  return {size: Math.max(ctx.size * factor, t.geo.size * floor), leading: Math.max(ctx.leading * factor, t.geo.leading * floor)}
}
