/**
 * A layout as text a reviewer can read (the page goldens of fixtures.test.ts): for each page its
 * running head, its body lines, then `--- notes: 3 (cont.), 4` and the note lines, then its folio.
 * A line is the text items of one baseline, left to right; a smaller item raised above a baseline
 * (a note reference) is written `^1` on that line. Images and horizontal rules (table borders) show as
 * `[image W×H]` and `[rule W]` in their place; the rule above the notes is left out.
 */
import type {Diagnostic} from '@octavo/tree'
import type {Geometry, Layout, LayoutItem, LayoutPage, TextItem} from '../src/index.js'

/** A gap between two items wider than this share of the type size is a space; wider than `COLUMN_GAP` sizes, a column gap (`  |  `). */
const WORD_GAP = 0.15
const COLUMN_GAP = 0.9
/** An item raised less than this share of the line's type size above its baseline, and smaller than it, is a superscript of that line. */
const RISE = 0.5

export function pagesText(layout: Layout, geo: Geometry, diagnostics: Diagnostic[] = []): string {
  const out: string[] = diagnostics.map((d) => `! ${d.severity}: ${d.message}${d.position ? ` (${d.position.start.line}:${d.position.start.column})` : ''}`)
  for (const page of layout.pages) out.push('', ...pageText(page, layout.height, geo))
  return out.join('\n').trimStart() + '\n'
}

function pageText(page: LayoutPage, height: number, geo: Geometry): string[] {
  const top = height - geo.top
  const noteTop = page.notes?.top ?? geo.bottom
  const rows = lines(page.items)
  const head = rows.filter((row) => row.y > top)
  const body = rows.filter((row) => row.y <= top && row.y >= noteTop)
  const notes = rows.filter((row) => row.y < noteTop && row.y >= geo.bottom)
  const folio = rows.filter((row) => row.y < geo.bottom)
  const out = [`=== page ${page.number}${page.label === undefined ? '' : ` (${page.label})`}`]
  for (const row of head) out.push(`| head: ${row.text}`)
  for (const row of body) out.push(row.text)
  if (page.notes) {
    const continued = page.notes.continued === undefined ? [] : [`${page.notes.continued} (cont.)`]
    out.push(`--- notes: ${[...continued, ...page.notes.starts].join(', ')}`)
    for (const row of notes) if (!row.text.startsWith('[rule')) out.push(row.text)
  }
  for (const row of folio) out.push(`| folio: ${row.text}`)
  return out
}

interface Row {
  /** The baseline (an image's bottom, a rule's height). */
  y: number
  size: number
  items: LayoutItem[]
  text: string
}

/** The page's items in rows by baseline, top to bottom: superscripts joined to the line they are raised over, rules and images as rows of their own unless on a line. */
function lines(items: LayoutItem[]): Row[] {
  const texts = items.filter((item): item is TextItem => item.type === 'text')
  const byY = new Map<number, TextItem[]>()
  for (const item of texts) byY.set(item.y, [...(byY.get(item.y) ?? []), item])
  const rows: Row[] = [...byY].map(([y, row]) => ({y, size: Math.max(...row.map((item) => item.size)), items: row, text: ''}))
  rows.sort((a, b) => b.y - a.y)
  const kept: Row[] = []
  for (const row of rows) {
    const base = rows.find((other) => other.y < row.y && row.y - other.y < RISE * other.size && row.size < other.size)
    if (base) base.items.push(...row.items.map((item) => ({...item, text: `^${item.type === 'text' ? item.text : ''}`})))
    else kept.push(row)
  }
  for (const item of items) {
    if (item.type === 'image') kept.push({y: item.y, size: 0, items: [], text: `[image ${item.width}×${item.height}]`})
    if (item.type === 'rule' && item.y1 === item.y2) kept.push({y: item.y1, size: 0, items: [], text: `[rule ${Math.round(item.x2 - item.x1)}]`})
  }
  for (const row of kept) if (row.size > 0) row.text = joined(row.items as TextItem[])
  return kept.sort((a, b) => b.y - a.y)
}

/** The items of a line left to right, with a space where a gap is wider than a word's, `  |  ` between table columns. */
function joined(items: TextItem[]): string {
  const sorted = [...items].sort((a, b) => a.x - b.x)
  let text = ''
  let end: number | undefined
  for (const item of sorted) {
    const gap = end === undefined ? 0 : item.x - end
    if (end !== undefined && gap > COLUMN_GAP * item.size) text += '  |  '
    else if (end !== undefined && gap > WORD_GAP * item.size && !text.endsWith(' ') && !item.text.startsWith('^')) text += ' '
    text += item.text
    end = item.x + item.width
  }
  return text.trimEnd()
}
