// Tables: cells measured, the type made smaller when the widest words do not fit, columns split into parts when still too wide, rows as TR of TH/TD.
import type {Table, TableCell, TableRow} from 'mdast'
import type {Position} from 'unist'
import {typography} from '../typography.js'
import {round} from '../inline.js'
import type {SetLine, SetOptions} from '../inline.js'
import type {InlineItem} from '../items.js'
import type {LineElement} from '../elements.js'
import type {LayoutItem} from '../types.js'
import type {BlockContext, BlockHandlers, Typesetter} from '../typesetter.js'
import {append} from '@octavo/tree'
import {shift} from '../typesetter.js'

export const tableHandlers = {
  table(t, node: Table, ctx) {
    setTable(t, node, ctx)
  },
  tableRow(t, node: TableRow, ctx) {
    setTable(t, {type: 'table', children: [node]}, ctx)
  },
  tableCell(t, node: TableCell, ctx) {
    t.paragraph(node.children, ctx, node.position)
  }
} satisfies Partial<BlockHandlers>

function setTable(t: Typesetter, node: Table, ctx: BlockContext): void {
  const rows = node.children
  const columns = rows.reduce((most, row) => Math.max(most, row.children.length), 0)
  if (columns === 0) return
  const size = ctx.size * typography.tableSize
  const cells = measureCells(t, rows, columns, size, ctx.inNote, !node.data?.headerless)
  const fitted = fitTable(t, cells, size, ctx.width)
  const parts = columnParts(cells.minimum, cellPadding(fitted), ctx.width)
  if (fitted < size) {
    const split =
      parts.length > 1
        ? `; set in ${parts.length} parts of consecutive columns (${parts
            .slice(0, 3)
            .map(([a, b]) => `${a + 1}–${b}`)
            .join(', ')}${parts.length > 3 ? ', …' : ''})`
        : ''
    const message = `a table of ${columns} column${columns === 1 ? '' : 's'} is too wide for the line: set at ${fitted.toFixed(1)} pt instead of ${size.toFixed(1)} pt${split}`
    t.report({severity: 'warning', message, position: node.position, source: 'render-pdf:table'})
  }
  for (const part of parts) setRows(t, node, cells, part, fitted, ctx)
}

/** The inline items of each cell (the header row bold, when the table has one), and the natural and minimum (longest word) width of each column. */
interface TableCells {
  items: InlineItem[][][]
  natural: number[]
  minimum: number[]
}

function measureCells(t: Typesetter, rows: TableRow[], columns: number, size: number, inNote: boolean, header: boolean): TableCells {
  const natural = new Array<number>(columns).fill(0)
  const minimum = new Array<number>(columns).fill(0)
  const items = rows.map((row, r) =>
    row.children.map((cell, c) => {
      const b = t.builder(cell.position)
      for (const child of cell.children) t.inline(child, {b, style: r === 0 && header ? 'bold' : 'regular', size, inNote})
      const widths = cellWidths(b.items)
      minimum[c] = Math.max(minimum[c]!, widths.minimum)
      natural[c] = Math.max(natural[c]!, widths.natural)
      return b.items
    })
  )
  return {items, natural, minimum}
}

/** The width of a cell's text on one line, and of its widest word. */
function cellWidths(items: InlineItem[]): {natural: number; minimum: number} {
  let word = 0
  let natural = 0
  let minimum = 0
  for (const item of items) {
    if (item.type === 'box') {
      word += item.width
      natural += item.width
    } else {
      if (item.type === 'glue') natural += item.width
      minimum = Math.max(minimum, word)
      word = 0
    }
  }
  return {natural, minimum: Math.max(minimum, word)}
}

/**
 * The type size of a table: its own, or smaller (down to `typography.tableMinSize` of the body's)
 * when its widest words and padding do not fit the line. The items are scaled to it.
 */
function fitTable(t: Typesetter, cells: TableCells, size: number, width: number): number {
  const needed = cells.minimum.reduce((a, b) => a + b, 0) + cells.minimum.length * cellPadding(size)
  if (needed <= width) return size
  const fitted = Math.max(t.geo.size * typography.tableMinSize, (size * width) / needed)
  if (fitted >= size) return size
  const ratio = fitted / size
  for (const row of cells.items) for (const items of row) scaleItems(items, ratio)
  for (const widths of [cells.natural, cells.minimum]) widths.forEach((w, i) => (widths[i] = w * ratio))
  return fitted
}

/** Inline items set `ratio` times their size (widths are proportional to it). */
function scaleItems(items: InlineItem[], ratio: number): void {
  for (const item of items) {
    item.width *= ratio
    if (item.type === 'glue') {
      item.stretch *= ratio
      item.shrink *= ratio
    }
    if (item.type !== 'penalty') {
      item.size *= ratio
      item.rise *= ratio
    } else if (item.hyphen) item.hyphen = {...item.hyphen, size: item.hyphen.size * ratio, rise: item.hyphen.rise * ratio}
  }
}

/** The padding of a cell at type size `size`, both sides together. */
function cellPadding(size: number): number {
  return size * 2 * typography.table.padding
}

/** Consecutive columns `[from, to)` that fit the line side by side at their minimum widths and padding (a column wider than the line alone). */
function columnParts(minimum: number[], padding: number, width: number): Array<[number, number]> {
  const parts: Array<[number, number]> = []
  let from = 0
  let used = 0
  minimum.forEach((w, c) => {
    if (c > from && used + w + padding > width) {
      parts.push([from, c])
      from = c
      used = 0
    }
    used += w + padding
  })
  parts.push([from, minimum.length])
  return parts
}

/** The rows of a table (of its columns `span`): each row one element, or one per line when long; the header repeated after a page break. */
function setRows(t: Typesetter, node: Table, cells: TableCells, span: [number, number], size: number, ctx: BlockContext): void {
  const [from, to] = span
  const pad = size * typography.table.padding
  const widths = fitColumns(cells.natural.slice(from, to), cells.minimum.slice(from, to), ctx.width - (to - from) * 2 * pad)
  const align = (node.align ?? []).slice(from, to)
  const table: RowGeometry = {size, widths, total: widths.reduce((a, b) => a + b, 0) + (to - from) * 2 * pad, rows: node.children.length, header: !node.data?.headerless}
  t.space(ctx, ctx.leading * typography.table.space)
  let header: LineElement | undefined
  const groups: RowGroups = {}
  node.children.forEach((row, r) => {
    const cellTags = ctx.inNote ? undefined : tableRowTags(t, groups, r === 0 && table.header, to - from)
    const cellLines = cells.items[r]!.slice(from, to).map((items, c) => {
      const a = align[c]
      return setCell(t, items, widths[c]!, a === 'right' ? 'right' : a === 'center' ? 'center' : 'left', row.children[from + c]?.position)
    })
    for (const element of rowElements(t, cellLines, r, table, ctx, cellTags)) {
      // Rows after the header repeat it at the top of a page they open.
      if (r === 0 && table.header) header ??= element
      else if (header && !ctx.inNote) element.header = header
      ctx.target.push(element)
    }
  })
  t.space(ctx, ctx.leading * typography.table.space)
  ctx.flush = true
}

/** What the rows of one table share: type size, column widths, total width, number of rows, whether its first row is a header (not `data.headerless`). */
interface RowGeometry {
  size: number
  widths: number[]
  total: number
  rows: number
  header: boolean
}

/**
 * The elements of row `r` from its cells' lines: one element, or one per line when the row is
 * long, so that it can continue on the next page (two lines at least on each side) instead of
 * running off it.
 */
function rowElements(t: Typesetter, cellLines: SetLine[][], r: number, table: RowGeometry, ctx: BlockContext, cellTags?: number[]): LineElement[] {
  const {size, widths} = table
  const {padding, leading: lead, ascent: rise, topRule, headRule, rowRule} = typography.table
  const leading = size * lead
  const pad = size * padding
  const lineCount = cellLines.reduce((most, lines) => Math.max(most, lines.length), 1)
  const pieces = lineCount > typography.table.rowSplitFrom ? Array.from({length: lineCount}, (_, i) => [i, i + 1] as const) : [[0, lineCount] as const]
  return pieces.map(([from, to], p) => {
    const first = p === 0
    const last = p === pieces.length - 1
    const ascent = size * rise + (first ? pad / 2 : 0)
    const height = (to - from) * leading + (first ? pad / 2 : 0) + (last ? pad / 2 : 0)
    const items: LayoutItem[] = []
    let x = 0
    cellLines.forEach((lines, c) => {
      const cell = cellTags?.[c]
      lines.slice(from, to).forEach((line, n) => {
        const dy = n * leading
        append(
          items,
          shift(line.items, x + pad).map((item) =>
            inCell(
              t,
              item.type === 'text' || item.type === 'anchor'
                ? {...item, y: round(item.y - dy)}
                : item.type === 'link'
                  ? {...item, rect: [item.rect[0], round(item.rect[1] - dy), item.rect[2], round(item.rect[3] - dy)] as [number, number, number, number]}
                  : item,
              cell
            )
          )
        )
      })
      x += widths[c]! + 2 * pad
    })
    const topY = round(ascent)
    const bottomY = round(ascent - height)
    if (r === 0 && first) items.push({type: 'rule', x1: 0, y1: topY, x2: round(table.total), y2: topY, thickness: topRule})
    if (last) items.push({type: 'rule', x1: 0, y1: bottomY, x2: round(table.total), y2: bottomY, thickness: (r === 0 && table.header) || r === table.rows - 1 ? headRule : rowRule})
    const refs = cellLines.flatMap((lines) => lines.slice(from, to).flatMap((l) => l.refs))
    // No break after the header, inside a short row, or leaving fewer than two lines of a long one.
    const keep = (r === 0 && table.header) || (!last && (from < 1 || to > lineCount - 2))
    return {kind: 'line', height, ascent, items: shift(items, ctx.indent), tag: t.blockTag, refs: ctx.inNote || t.notesMode === 'endnotes' ? [] : refs, keep}
  })
}

/** A table's row groups as structure: its THead (the header row) and TBody, opened when their first row comes. */
interface RowGroups {
  head?: number
  body?: number
}

/** A row of a table as structure: a TR in the table's THead or TBody, a TH (a header row: column headers) or TD for each of its `cells`. */
function tableRowTags(t: Typesetter, groups: RowGroups, header: boolean, cells: number): number[] {
  const group = header ? (groups.head ??= t.structure.open('THead', t.blockTag)) : (groups.body ??= t.structure.open('TBody', t.blockTag))
  const row = t.structure.open('TR', group)
  return Array.from({length: cells}, () => t.structure.open(header ? 'TH' : 'TD', row))
}

/**
 * An item of a cell (or a figure's caption) with that structure element (its text, images and links). A link's
 * (or a span's) text keeps its Link (Span) element, which moves under the cell (the cells were measured, and their
 * links made, before the row's elements).
 */
export function inCell(t: Typesetter, item: LayoutItem, cell: number | undefined): LayoutItem {
  if (cell === undefined || !(item.type === 'text' || item.type === 'image' || item.type === 'link')) return item
  const own = item.tag === undefined ? undefined : t.structure.elements[item.tag]
  if (own?.type !== 'Link' && own?.type !== 'Span') return {...item, tag: cell}
  // A Span inside a Link stays there; the outermost moves under the cell.
  let outer = own
  while (outer.parent >= 0 && ['Link', 'Span'].includes(t.structure.elements[outer.parent]!.type)) outer = t.structure.elements[outer.parent]!
  outer.parent = cell
  return item
}

/** A cell's items set in lines (a builder of its own, so that a word wider than the column is reported). */
function setCell(t: Typesetter, items: InlineItem[], width: number, align: SetOptions['align'], position: Position | undefined): SetLine[] {
  const b = t.builder(position)
  append(b.items, items)
  return b.set({width, align})
}

/** Column widths: natural widths when they fit, else shares between minimum and natural. */
function fitColumns(natural: number[], minimum: number[], available: number): number[] {
  const sumNatural = natural.reduce((a, b) => a + b, 0)
  if (sumNatural <= available) return natural.map((w) => Math.max(w, 1))
  const sumMin = minimum.reduce((a, b) => a + b, 0)
  if (sumMin >= available) return minimum.map((w) => (w / sumMin) * available)
  const extra = available - sumMin
  const want = natural.map((w, i) => w - minimum[i]!)
  const sumWant = want.reduce((a, b) => a + b, 0) || 1
  return minimum.map((w, i) => w + (want[i]! / sumWant) * extra)
}
