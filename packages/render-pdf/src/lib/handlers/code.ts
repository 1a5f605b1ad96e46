// Code blocks: in the mono face, each line too long wrapped with a continuation mark.
import type {Code} from 'mdast'
import {typography} from '../typography.js'
import {round} from '../inline.js'
import type {SetLine} from '../inline.js'
import {CONTINUATION, wrapCode} from '../code.js'
import type {LayoutItem} from '../types.js'
import type {BlockHandlers} from '../typesetter.js'

export const codeHandlers = {
  code(t, node: Code, ctx) {
    const block = typography.codeBlock
    t.space(ctx, ctx.leading * block.space)
    const size = ctx.size * t.codeScale
    const leading = size * typography.codeLeading
    const face = t.fonts.styleFace('mono')
    const charWidth = t.fonts.width(face, 'M', size)
    const indent = ctx.size * block.indent
    const columns = Math.max(block.minColumns, Math.floor((ctx.width - indent) / charWidth))
    const lines: SetLine[] = []
    t.builder(node.position)
    const draw = (text: string, x: number, items: LayoutItem[]): void => {
      for (const segment of t.fonts.segments('mono', text, (char, index) => t.reportMissing(char, index))) {
        const width = t.fonts.width(segment.face, segment.text, size)
        if (segment.text.trim() !== '') {
          t.fonts.use(segment.face, segment.text)
          items.push({type: 'text', x: round(x), y: 0, text: segment.text, font: segment.face, size: round(size), width: round(width)})
        }
        x += width
      }
    }
    for (const raw of node.value.replace(/\t/g, '    ').split('\n')) {
      // A line too long is wrapped (src/lib/code.ts): each continuation keeps its indent and opens with a mark.
      const {indent: own, pieces} = wrapCode(raw, columns)
      pieces.forEach((piece, i) => {
        const items: LayoutItem[] = []
        if (i === 0) draw(piece, indent, items)
        else draw(`${own}${CONTINUATION} ${piece}`, indent, items)
        lines.push({items, refs: []})
      })
    }
    const els = t.pushLines(lines, ctx, leading)
    if (els.length > 0 && els.length <= block.keepUpTo) for (const el of els.slice(0, -1)) el.keep = true
    t.space(ctx, ctx.leading * block.space)
    ctx.flush = true
  }
} satisfies Partial<BlockHandlers>
