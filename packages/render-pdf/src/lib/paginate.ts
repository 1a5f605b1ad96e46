import type {Diagnostic} from '@octavo/tree'
import {round} from './inline.js'
import type {LayoutItem, LayoutPage, OutlineEntry, PageLabelRange} from './types.js'
import {folioLabel} from './folio.js'
import {vanishes, type BreakElement, type Element, type LineElement, type RunningHeads} from './elements.js'
import {typography} from './typography.js'
import type {Geometry} from './geometry.js'
import type {FontSet} from './fonts.js'
import {markUnitPage, type UnitSlot} from './unit-store.js'

/** How the pages being made are numbered: the style, the index of the first page so numbered, and whether the folio is printed. */
interface Numbering {
  style: 'roman' | 'arabic'
  first: number
  folio: boolean
}

/** What pagination needs of the typesetter (Typst's flow composer has its config the same way): all of it, nothing else. */
export interface PageConfig {
  geo: Geometry
  /** The measure: the width of the text block. */
  textWidth: number
  /** For the folios and running heads (their characters are recorded as used). */
  fonts: FontSet
  /** The body's elements, in order. */
  body: Element[]
  /** The document's running heads (a volume's articles bring their own at their page breaks). */
  heads: RunningHeads
  /** The lines of a note, set when first asked for (the note's structure element is opened then). */
  noteLines: (key: string) => LineElement[]
  /** Told when pagination cannot go on (`MAX_PAGES`). */
  report: (diagnostic: Diagnostic) => void
  /** Told when an article kept whole (units.ts) is first placed: its notes' elements are opened and its pages' tags made absolute. */
  place?: (unit: UnitSlot) => void
}

/** The pages made, the outline entries found on them, and how the pages are numbered (empty: 1, 2, 3 … throughout). */
export interface Pagination {
  pages: LayoutPage[]
  outline: OutlineEntry[]
  labels: PageLabelRange[]
}

interface NoteLine {
  key: string
  line: LineElement
}

/** What goes on one page: the body up to `end`, the note lines, and the note lines carried to the next page. */
interface Fill {
  end: number
  /** Note lines on the page, in order. */
  notes: NoteLine[]
  /** Lines of a note that continue on the next page. */
  carry: NoteLine[]
  started: string[]
  /** A table header repeated at the top of the page. */
  header?: LineElement
}

/** The state of one pagination: the config, the pages made so far, where the body is, the note lines carried over, the heads and numbering in force. */
interface PageRun {
  config: PageConfig
  /** Height of the text block, and the space between the body and the notes (their rule's). */
  available: number
  separator: number
  /** Notes already started on an earlier page. */
  placed: Set<string>
  pages: LayoutPage[]
  outline: OutlineEntry[]
  labels: PageLabelRange[]
  carry: NoteLine[]
  start: number
  heads: RunningHeads
  /** The next page opens an article (or a part of the back matter): no running heads. */
  opening: boolean
  numbering: Numbering
  /** The article being paginated as a unit being made: where its pages and outline entries start, each page's items before its furniture. */
  segment?: {unit: UnitSlot; pages: number; outline: number; items: number[]} | undefined
}

/** The page count past which pagination stops, with an error: a guard against pages that make no progress (a note line taller than a page). */
export const MAX_PAGES = 100_000

/**
 * Break the body into pages with each note starting at the foot of the page that holds its
 * first reference. A note too long for the rest of the page starts there and continues on the
 * next; a line whose note cannot start on the page goes to the next page with its note.
 * Page breaks respect `keep` (no orphans, no widows, headings kept with what follows).
 * The passes, each a function below: `turnAt` (a page break element), `nextPage` (`fill`, then
 * `keepBack` or `forceOne`), `compose` (the page's items, notes and furniture).
 */
export function paginate(config: PageConfig): Pagination {
  const geo = config.geo
  const run: PageRun = {
    config,
    available: geo.height - geo.top - geo.bottom,
    separator: geo.noteLeading * typography.footnotes.separator,
    placed: new Set(),
    pages: [],
    outline: [],
    labels: [],
    carry: [],
    start: 0,
    heads: config.heads,
    opening: true,
    numbering: {style: 'arabic', first: 0, folio: true}
  }
  const body = config.body
  while (run.start < body.length || run.carry.length > 0) {
    while (run.start < body.length && vanishes(body[run.start])) run.start++
    const next = body[run.start]
    if (next?.kind === 'break') {
      turnAt(run, next)
      continue
    }
    if (run.start >= body.length && run.carry.length === 0) break
    nextPage(run)
    if (run.pages.length > MAX_PAGES) {
      const message = `pagination stopped after ${MAX_PAGES.toLocaleString('en')} pages: the rest of the document is not printed (a note or element that never fits a page?)`
      config.report({severity: 'error', message, source: 'render-pdf:pages'})
      break
    }
  }
  closeSegment(run)
  return {pages: run.pages, outline: run.outline, labels: run.labels}
}

/** The pages of the article being made as a unit end here: told to its unit (the last pagination's stay). */
function closeSegment(run: PageRun): void {
  const segment = run.segment
  if (!segment) return
  segment.unit.segment = {pages: [segment.pages, run.pages.length], outline: [segment.outline, run.outline.length], items: segment.items}
  run.segment = undefined
}

/** An article kept whole (units.ts) placed from the next page: its pages with their numbers and furniture (no heads on its first), its outline entries. */
function placeKept(run: PageRun, unit: UnitSlot): void {
  run.config.place?.(unit)
  const kept = unit.kept!
  const first = run.pages.length
  kept.pages.forEach((stored, i) => {
    const number = run.pages.length + 1
    const folio = folioOf(run)
    // Items the layout wrote, read back checked (unit-store.ts).
    const page: LayoutPage = {number, ...(folio.labelled ? {label: folio.label} : {}), items: [...(stored.items as unknown as LayoutItem[])]}
    if (stored.notes) page.notes = stored.notes
    markUnitPage(page, {digest: kept.digest, part: unit.part, base: kept.notes.length > 0 ? (kept.base ?? -1) : -1}, i, stored.items.length)
    furniture(run.config, page, number % 2 === 1 ? run.config.geo.inner : run.config.geo.outer, i === 0 ? undefined : run.heads, folio.shown ? folio.label : undefined)
    run.pages.push(page)
  })
  for (const entry of kept.outline) run.outline.push({...entry, page: first + entry.page + 1})
  run.opening = false
}

/**
 * A page break element: the last note of the article before it continues on pages of its own;
 * then the new heads, a blank verso before a recto start, and the numbering and folio from here.
 */
function turnAt(run: PageRun, next: BreakElement): void {
  if (run.carry.length > 0) {
    const result = fill(run, run.start, run.carry, run.start)
    run.pages.push(compose(run, result, {continued: run.carry[0]!.key, opening: false}))
    run.carry = result.carry
    return
  }
  closeSegment(run)
  run.heads = next.heads
  run.opening = true
  // A blank verso before a recto start prints nothing, not even its folio.
  if ((next.recto || next.numbering === 'arabic') && run.pages.length % 2 === 1) run.pages.push(blank(run.pages.length + 1, folioOf(run)))
  if (next.numbering) {
    run.numbering = {...run.numbering, style: next.numbering, first: run.pages.length}
    run.labels.push({page: run.pages.length, style: next.numbering})
  }
  if (next.folio !== undefined) run.numbering = {...run.numbering, folio: next.folio}
  run.start++
  if (next.unit?.kept) placeKept(run, next.unit)
  else if (next.unit) run.segment = {unit: next.unit, pages: run.pages.length, outline: run.outline.length, items: []}
}

/** The next page of the body: filled, moved back to respect keeps, or one element forced onto it when nothing fits. */
function nextPage(run: PageRun): void {
  const {start, carry} = run
  const body = run.config.body
  let result = fill(run, start, carry, body.length)
  if (result.end < body.length && result.end > start && body[result.end]!.kind !== 'break') result = keepBack(run, result)
  if (result.end === start && start < body.length && result.notes.length === carry.length && carry.length === 0) {
    // Nothing fits on an empty page (a huge table row or note): set the element anyway.
    result = forceOne(run, start)
  }
  run.pages.push(compose(run, result, {continued: carry.length > 0 ? carry[0]!.key : undefined, opening: run.opening}))
  run.opening = false
  for (const key of result.started) run.placed.add(key)
  run.carry = result.carry
  run.start = result.end
}

/** A page that ends where a break is allowed: back from `result.end` past lines kept with the next, and before a hyphenated line end. */
function keepBack(run: PageRun, result: Fill): Fill {
  const body = run.config.body
  const start = run.start
  let j = result.end
  while (j > start + 1 && body[j - 1]!.keep) j--
  j = beforeHyphen(body, j, start)
  return j > start + 1 && j !== result.end ? fill(run, start, run.carry, j) : result
}

/** A page's notes area: the lines of its notes, their height, and the lines that go on to the next page. */
interface PageNotes {
  notes: NoteLine[]
  noteH: number
  carry: NoteLine[]
  started: string[]
  /** Notes started on this page. */
  local: Set<string>
  bodyH: number
}

/** The notes area's height with its separator (none when empty). */
function notesHeight(run: PageRun, h: number): number {
  return h > 0 ? h + run.separator : 0
}

/** The page from body element `from` (up to `limit`): the carried note first, as much of it as leaves room for a few lines of text, then lines with their notes. */
function fill(run: PageRun, from: number, carryIn: NoteLine[], limit: number): Fill {
  const body = run.config.body
  const page = carried(run, carryIn)
  let i = from
  while (i < body.length && vanishes(body[i])) i++
  const opener = body[i]
  const header = opener?.kind === 'line' ? opener.header : undefined
  if (header) page.bodyH += header.height
  for (; i < limit; i++) {
    const el = body[i]!
    if (el.kind === 'break') break
    if (el.kind === 'space') {
      if (page.bodyH + el.height + notesHeight(run, page.noteH) > run.available) break
      page.bodyH += el.height
      continue
    }
    const step = addLine(run, page, el)
    if (step === 'added') continue
    if (step === 'split') i++
    break
  }
  return {end: i, notes: page.notes, carry: page.carry, started: page.started, ...(header && i > from ? {header} : {})}
}

/** A page's notes area opened with the note carried from the page before: as much of it as leaves room for `typography.footnotes.textKept` lines of text. */
function carried(run: PageRun, carryIn: NoteLine[]): PageNotes {
  const notes: NoteLine[] = []
  let noteH = 0
  let c = 0
  for (; c < carryIn.length; c++) {
    const h = carryIn[c]!.line.height
    if (notesHeight(run, noteH + h) > run.available - typography.footnotes.textKept * run.config.geo.leading) break
    notes.push(carryIn[c]!)
    noteH += h
  }
  return {notes, noteH, carry: carryIn.slice(c), started: [], local: new Set(), bodyH: 0}
}

/**
 * A line of the body onto the page with the notes it references first: `added` when all fit,
 * `split` when the line fits with its last new note started here and continued on the next page,
 * `stop` when the line goes to the next page.
 */
function addLine(run: PageRun, page: PageNotes, el: LineElement): 'added' | 'split' | 'stop' {
  const fresh = el.refs.filter((k) => !run.placed.has(k) && !page.local.has(k))
  const freshLines = fresh.map((k) => run.config.noteLines(k))
  const freshH = freshLines.reduce((s, lines) => s + lines.reduce((a, l) => a + l.height, 0), 0)
  if (fresh.length > 0 && page.carry.length > 0) return 'stop'
  if (page.bodyH + el.height + notesHeight(run, page.noteH + freshH) <= run.available + 0.01) {
    page.bodyH += el.height
    page.noteH += freshH
    fresh.forEach((k, n) => {
      page.local.add(k)
      page.started.push(k)
      for (const line of freshLines[n]!) page.notes.push({key: k, line})
    })
    return 'added'
  }
  return fresh.length > 0 && splitNote(run, page, el, fresh, freshLines, freshH) ? 'split' : 'stop'
}

/** The last new note of line `el` started on this page (two lines at least, one at least left over) and continued on the next; false when it does not fit so. */
function splitNote(run: PageRun, page: PageNotes, el: LineElement, fresh: string[], freshLines: LineElement[][], freshH: number): boolean {
  const lastLines = freshLines[freshLines.length - 1]!
  const others = freshH - lastLines.reduce((a, l) => a + l.height, 0)
  let room = run.available - page.bodyH - el.height - notesHeight(run, page.noteH + others)
  if (page.noteH + others === 0) room = run.available - page.bodyH - el.height - run.separator
  let k = 0
  let used = 0
  while (k < lastLines.length && used + lastLines[k]!.height <= room + 0.01) used += lastLines[k++]!.height
  const enough = k >= Math.min(2, lastLines.length - 1) && k >= 1 && k < lastLines.length
  if (!enough) return false
  fresh.forEach((key, n) => {
    page.local.add(key)
    page.started.push(key)
    const lines = freshLines[n]!
    const upto = n === fresh.length - 1 ? k : lines.length
    for (const line of lines.slice(0, upto)) page.notes.push({key, line})
    if (n === fresh.length - 1) page.carry = lines.slice(k).map((line) => ({key, line}))
  })
  return true
}

/** Element `index` alone on a page, with its new notes: those beyond the page continue on the next. */
function forceOne(run: PageRun, index: number): Fill {
  const el = run.config.body[index]!
  const notes: NoteLine[] = []
  const started: string[] = []
  const fresh = el.kind === 'line' ? el.refs.filter((key) => !run.placed.has(key)) : []
  for (const k of fresh) {
    started.push(k)
    for (const line of run.config.noteLines(k)) notes.push({key: k, line})
  }
  let h = 0
  let cut = notes.length
  for (let n = 0; n < notes.length; n++) {
    h += notes[n]!.line.height
    if (h + run.separator + el.height > run.available) {
      cut = Math.max(1, n)
      break
    }
  }
  return {end: index + 1, notes: notes.slice(0, cut), carry: notes.slice(cut), started}
}

/** The number of the next page as printed (its label), whether it prints it, and whether pages carry labels. */
function folioOf(run: PageRun): Folio {
  return {label: folioLabel(run.numbering.style, run.pages.length + 1 - run.numbering.first), shown: run.numbering.folio, labelled: run.labels.length > 0}
}

/** A page break before `j`, moved up (by `typography.hyphenPageLines` at most) to after a line that ends with no added hyphen and may end a page. */
function beforeHyphen(body: Element[], j: number, start: number): number {
  const last = body[j - 1]
  if (last?.kind !== 'line' || !last.hyphenated) return j
  for (let k = j - 1; k >= j - typography.hyphenPageLines && k > start + 1; k--) {
    const above = body[k - 1]
    if (above?.kind !== 'line') return j
    if (!above.keep && !above.hyphenated) return k
  }
  return j
}

/** A page left blank before a recto start: it prints nothing, not even its folio. */
function blank(number: number, folio: Folio): LayoutPage {
  return {number, ...(folio.labelled ? {label: folio.label} : {}), items: []}
}

/** A page's number as printed, whether it is printed, and whether the page carries it as its label. */
interface Folio {
  label: string
  shown: boolean
  labelled: boolean
}

/**
 * The page being made (number `run.pages.length + 1`) from a fill: the repeated table header, the
 * body's lines (their outline entries), the notes under their rule, then the folio and running heads.
 */
function compose(run: PageRun, fill: Fill, how: {continued: string | undefined; opening: boolean}): LayoutPage {
  const {geo} = run.config
  const number = run.pages.length + 1
  const folio = folioOf(run)
  const left = number % 2 === 1 ? geo.inner : geo.outer
  const items: LayoutItem[] = []
  const place = (el: LineElement, baseline: number, tag = el.tag) => placeLine(items, el, left, baseline, tag)
  let top = geo.height - geo.top
  if (fill.header) {
    place(fill.header, top - fill.header.ascent, ARTIFACT)
    top -= fill.header.height
  }
  const body = run.config.body
  let i = run.start
  while (i < fill.end && vanishes(body[i])) i++
  for (; i < fill.end; i++) {
    const el = body[i]!
    if (el.kind === 'break') continue
    if (el.kind === 'space') {
      top -= el.height
      continue
    }
    place(el, top - el.ascent)
    if (el.outline) run.outline.push({...el.outline, page: number})
    top -= el.height
  }
  const page: LayoutPage = {number, ...(folio.labelled ? {label: folio.label} : {}), items}
  if (fill.notes.length > 0) page.notes = noteArea(run, fill, items, left, how.continued)
  run.segment?.items.push(items.length)
  furniture(run.config, page, left, how.opening ? undefined : run.heads, folio.shown ? folio.label : undefined)
  return page
}

/** The items of a line placed on the page: moved to the page's left edge and the line's baseline, with the line's structure element. */
function placeLine(items: LayoutItem[], el: LineElement, left: number, baseline: number, tag = el.tag): void {
  for (const item of el.items) items.push(tagged(move(item, left, baseline), tag))
}

/** The notes of a page at its foot, under a short rule: their lines added to `items`, and the area they take. */
function noteArea(run: PageRun, fill: Fill, items: LayoutItem[], left: number, continued: string | undefined): NonNullable<LayoutPage['notes']> {
  const {geo, textWidth} = run.config
  const h = fill.notes.reduce((a, n) => a + n.line.height, 0)
  const areaTop = geo.bottom + h + run.separator
  const {ruleHeight, ruleMaxLength, ruleShare, ruleThickness} = typography.footnotes
  const ruleY = round(geo.bottom + h + geo.noteLeading * ruleHeight)
  items.push({type: 'rule', x1: round(left), y1: ruleY, x2: round(left + Math.min(ruleMaxLength, textWidth * ruleShare)), y2: ruleY, thickness: ruleThickness})
  let noteTop = geo.bottom + h
  for (const note of fill.notes) {
    placeLine(items, note.line, left, noteTop - note.line.ascent)
    noteTop -= note.line.height
  }
  const area: NonNullable<LayoutPage['notes']> = {top: round(areaTop), bottom: geo.bottom, starts: fill.started}
  if (continued !== undefined) area.continued = continued
  return area
}

function move(item: LayoutItem, dx: number, dy: number): LayoutItem {
  switch (item.type) {
    case 'text':
    case 'anchor':
    case 'image':
      return {...item, x: round(item.x + dx), y: round(item.y + dy)}
    case 'rule':
      return {...item, x1: round(item.x1 + dx), x2: round(item.x2 + dx), y1: round(item.y1 + dy), y2: round(item.y2 + dy)}
    case 'link':
      return {...item, rect: [round(item.rect[0] + dx), round(item.rect[1] + dy), round(item.rect[2] + dx), round(item.rect[3] + dy)]}
  }
}

/** The folio (none in front matter) and the running heads (authors on even pages, short title on odd; none on an opening page): artifacts. */
function furniture(t: Pick<PageConfig, 'geo' | 'fonts' | 'textWidth'>, page: LayoutPage, left: number, heads: RunningHeads | undefined, folio: string | undefined): void {
  const geo = t.geo
  const {size: scale, headRaise, folioHeight} = typography.furniture
  const size = geo.size * scale
  if (folio !== undefined) {
    const regular = t.fonts.styleFace('regular')
    const folioWidth = t.fonts.width(regular, folio, size)
    t.fonts.use(regular, folio)
    page.items.push({type: 'text', x: round(left + (t.textWidth - folioWidth) / 2), y: round(geo.bottom * folioHeight), text: folio, font: regular, size: round(size), width: round(folioWidth)})
  }
  if (!heads) return
  const head = page.number % 2 === 0 ? heads.even : heads.odd
  if (!head) return
  const face = t.fonts.styleFace('italic')
  const width = t.fonts.width(face, head, size)
  t.fonts.use(face, head)
  const x = page.number % 2 === 0 ? left : left + t.textWidth - width
  page.items.push({type: 'text', x: round(x), y: round(geo.height - geo.top + geo.leading * headRaise), text: head, font: face, size: round(size), width: round(width)})
}

/** Placing a line as a pagination artifact (a table header repeated at the top of a page). */
const ARTIFACT = -1

/** An item of a line with the line's structure element (text, images and links; rules stay untagged: artifacts). */
function tagged(item: LayoutItem, tag: number | undefined): LayoutItem {
  if (item.type !== 'text' && item.type !== 'image' && item.type !== 'link') return item
  // An item with an element of its own (a table cell's) keeps it; a repeated table header is an artifact.
  if (tag === ARTIFACT) {
    const {tag: _own, ...untagged} = item
    return untagged
  }
  return tag !== undefined && item.tag === undefined ? {...item, tag} : item
}
