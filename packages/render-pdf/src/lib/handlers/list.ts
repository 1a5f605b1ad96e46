// Lists: each item's label (bullet, number, check box) beside its first line, as an LI of Lbl and LBody.
import type {List, ListItem} from 'mdast'
import {typography} from '../typography.js'
import {round} from '../inline.js'
import type {LineElement} from '../elements.js'
import type {BlockContext, BlockHandlers, Typesetter} from '../typesetter.js'
import {shift} from '../typesetter.js'
import {append} from '@octavo/tree'

export const listHandlers = {
  list(t, node: List, ctx) {
    t.space(ctx, ctx.leading * typography.list.space)
    let n = node.start ?? 1
    const labelWidth = ctx.size * (node.ordered ? typography.list.ordered : typography.list.bullet)
    // Past the narrowest measure, a nested list's labels stand where its parent's do.
    const labelX = ctx.width - labelWidth >= t.textWidth * typography.minMeasure ? ctx.indent : Math.max(0, ctx.indent - labelWidth)
    const inner = {indent: labelX + labelWidth, width: ctx.width - (labelX + labelWidth - ctx.indent)}
    for (const item of node.children) {
      const label = node.ordered ? `${n++}.` : '•'
      const set = () => setListItem(t, item, {...ctx, ...inner, flush: true}, label, labelX)
      if (ctx.inNote) set()
      else t.within('LI', set)
      if (node.spread) t.space(ctx, ctx.leading * typography.list.space)
    }
    t.space(ctx, ctx.leading * typography.list.space)
    ctx.flush = true
  },
  listItem(t, node: ListItem, ctx) {
    setListItem(t, node, {...ctx, flush: true}, '•', ctx.indent)
  }
} satisfies Partial<BlockHandlers>

/**
 * A list item: its content, then its label (bullet, number or check box) beside its first line.
 * In the structure (PDF/UA: an LI holds an Lbl and an LBody) the label is the LI's Lbl, read
 * first, and the content its LBody; inside a note (no structure of its own) both are the Note's.
 */
function setListItem(t: Typesetter, item: ListItem, ctx: BlockContext, label: string, labelX: number): void {
  const start = ctx.target.length
  const inner: BlockContext = {...ctx, flush: true}
  const setContent = () => {
    for (const child of item.children) {
      t.block(child, inner)
      inner.flush = true
    }
  }
  const lbl = ctx.inNote ? undefined : t.structure.open('Lbl', t.blockTag)
  if (ctx.inNote) setContent()
  else t.within('LBody', setContent)
  const first = ctx.target.slice(start).find((e): e is LineElement => e.kind === 'line')
  const b = t.builder(item.position)
  const box = item.checked === true ? '☑' : item.checked === false ? '☐' : label
  b.box(box, 'regular', ctx.size, lbl === undefined ? {} : {tag: lbl})
  const labelItems = b.set({width: ctx.size * typography.list.labelMeasure, align: 'left'})[0]?.items ?? []
  let shifted = shift(labelItems, labelX)
  // A figure's baseline is its bottom: its label goes beside its top.
  if (first?.items.some((item) => item.type === 'image')) {
    const dy = first.ascent - ctx.size
    shifted = shifted.map((item) => (item.type === 'text' || item.type === 'anchor' ? {...item, y: round(item.y + dy)} : item))
  }
  if (first) append(first.items, shifted)
  else t.pushLines([{items: shifted, refs: []}], {...ctx, indent: 0})
}
