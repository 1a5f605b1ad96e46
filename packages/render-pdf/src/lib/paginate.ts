import type {Typesetter} from './layout.js'
import {round} from './inline.js'
import type {LayoutItem, LayoutPage, OutlineEntry, PageLabelRange} from './types.js'
import {folioLabel} from './folio.js'
import type {Element, LineElement, RunningHeads} from './elements.js'
import {typography} from './geometry.js'

/** How the pages being made are numbered: the style, the index of the first page so numbered, and whether the folio is printed. */
interface Numbering {
  style: 'roman' | 'arabic'
  first: number
  folio: boolean
}

interface NoteLine {
  key: string
  line: LineElement
}

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

/**
 * Break the body into pages with each note starting at the foot of the page that holds its
 * first reference. A note too long for the rest of the page starts there and continues on the
 * next; a line whose note cannot start on the page goes to the next page with its note.
 * Page breaks respect `keep` (no orphans, no widows, headings kept with what follows).
 */
export function paginate(t: Typesetter): {pages: LayoutPage[]; outline: OutlineEntry[]; labels: PageLabelRange[]} {
  const geo = t.geo
  const body = t.body
  const available = geo.height - geo.top - geo.bottom
  const separator = geo.noteLeading * 1.6
  const notesHeight = (h: number) => (h > 0 ? h + separator : 0)
  const placed = new Set<string>()
  const pages: LayoutPage[] = []
  const outline: OutlineEntry[] = []
  let carry: NoteLine[] = []
  let start = 0

  const fill = (from: number, carryIn: NoteLine[], limit: number): Fill => {
    const notes: NoteLine[] = []
    let noteH = 0
    // The continued note first, as much of it as leaves room for a few lines of text.
    let c = 0
    for (; c < carryIn.length; c++) {
      const h = carryIn[c]!.line.height
      if (notesHeight(noteH + h) > available - 3 * geo.leading) break
      notes.push(carryIn[c]!)
      noteH += h
    }
    let carryOut = carryIn.slice(c)
    const started: string[] = []
    const local = new Set<string>()
    let bodyH = 0
    let i = from
    while (i < body.length && body[i]!.kind === 'space') i++
    const opener = body[i]
    const header = opener?.kind === 'line' ? opener.header : undefined
    if (header) bodyH += header.height
    for (; i < limit; i++) {
      const el = body[i]!
      if (el.kind === 'break') break
      if (el.kind === 'space') {
        if (bodyH + el.height + notesHeight(noteH) > available) break
        bodyH += el.height
        continue
      }
      const fresh = el.refs.filter((k) => !placed.has(k) && !local.has(k))
      const freshLines = fresh.map((k) => t.noteLines(k))
      const freshH = freshLines.reduce((s, lines) => s + lines.reduce((a, l) => a + l.height, 0), 0)
      if (fresh.length === 0 || carryOut.length === 0) {
        if (bodyH + el.height + notesHeight(noteH + freshH) <= available + 0.01) {
          bodyH += el.height
          noteH += freshH
          fresh.forEach((k, n) => {
            local.add(k)
            started.push(k)
            for (const line of freshLines[n]!) notes.push({key: k, line})
          })
          continue
        }
        if (fresh.length > 0) {
          // The last new note starts here and continues on the next page.
          const lastLines = freshLines[freshLines.length - 1]!
          const others = freshH - lastLines.reduce((a, l) => a + l.height, 0)
          let room = available - bodyH - el.height - notesHeight(noteH + others)
          if (noteH + others === 0) room = available - bodyH - el.height - separator
          let k = 0
          let used = 0
          while (k < lastLines.length && used + lastLines[k]!.height <= room + 0.01) used += lastLines[k++]!.height
          const enough = k >= Math.min(2, lastLines.length - 1) && k >= 1 && k < lastLines.length
          if (enough) {
            fresh.forEach((key, n) => {
              local.add(key)
              started.push(key)
              const lines = freshLines[n]!
              const upto = n === fresh.length - 1 ? k : lines.length
              for (const line of lines.slice(0, upto)) notes.push({key, line})
              if (n === fresh.length - 1) carryOut = lines.slice(k).map((line) => ({key, line}))
            })
            i++
            break
          }
        }
      }
      break
    }
    return {end: i, notes, carry: carryOut, started, ...(header && i > from ? {header} : {})}
  }

  let heads = t.runningHeads
  let opening = true
  let numbering: Numbering = {style: 'arabic', first: 0, folio: true}
  const labels: PageLabelRange[] = []
  /** The number of the next page as printed (its label), and whether it prints it. */
  const folio = (): {label: string; shown: boolean; labelled: boolean} => ({
    label: folioLabel(numbering.style, pages.length + 1 - numbering.first),
    shown: numbering.folio,
    labelled: labels.length > 0
  })
  while (start < body.length || carry.length > 0) {
    while (start < body.length && body[start]!.kind === 'space') start++
    const next = body[start]
    if (next?.kind === 'break') {
      if (carry.length > 0) {
        // the previous article's last note continues on pages of its own
        const result = fill(start, carry, start)
        pages.push(compose(t, pages.length + 1, body, start, result, carry[0]!.key, outline, separator, heads, false, folio()))
        carry = result.carry
        continue
      }
      heads = next.heads
      opening = true
      // A blank verso before a recto start prints nothing, not even its folio.
      if ((next.recto || next.numbering === 'arabic') && pages.length % 2 === 1) pages.push(blank(pages.length + 1, folio()))
      if (next.numbering) {
        numbering = {...numbering, style: next.numbering, first: pages.length}
        labels.push({page: pages.length, style: next.numbering})
      }
      if (next.folio !== undefined) numbering = {...numbering, folio: next.folio}
      start++
      continue
    }
    if (start >= body.length && carry.length === 0) break
    let result = fill(start, carry, body.length)
    if (result.end < body.length && result.end > start && body[result.end]!.kind !== 'break') {
      // Respect keeps: move back to the last line after which a break is allowed.
      let j = result.end
      while (j > start + 1 && body[j - 1]!.keep) j--
      j = beforeHyphen(body, j, start)
      if (j > start + 1 && j !== result.end) result = fill(start, carry, j)
    }
    if (result.end === start && start < body.length && result.notes.length === carry.length && carry.length === 0) {
      // Nothing fits on an empty page (a huge table row or note): set the element anyway.
      result = forceOne(start)
    }
    pages.push(compose(t, pages.length + 1, body, start, result, carry.length > 0 ? carry[0]!.key : undefined, outline, separator, heads, opening, folio()))
    opening = false
    for (const key of result.started) placed.add(key)
    carry = result.carry
    start = result.end
    if (pages.length > 100_000) break
  }
  return {pages, outline, labels}

  function forceOne(index: number): Fill {
    const el = body[index]!
    const notes: NoteLine[] = []
    const started: string[] = []
    const fresh = el.kind === 'line' ? el.refs.filter((key) => !placed.has(key)) : []
    for (const k of fresh) {
      started.push(k)
      for (const line of t.noteLines(k)) notes.push({key: k, line})
    }
    // notes beyond the page continue
    let h = 0
    let cut = notes.length
    for (let n = 0; n < notes.length; n++) {
      h += notes[n]!.line.height
      if (h + separator + el.height > available) {
        cut = Math.max(1, n)
        break
      }
    }
    return {end: index + 1, notes: notes.slice(0, cut), carry: notes.slice(cut), started}
  }
}

/** Lines a page may end early rather than after a line ending with an added hyphen. */
const HYPHEN_PAGE_LINES = 2

/** A page break before `j`, moved up (by `HYPHEN_PAGE_LINES` at most) to after a line that ends with no added hyphen and may end a page. */
function beforeHyphen(body: Element[], j: number, start: number): number {
  const last = body[j - 1]
  if (last?.kind !== 'line' || !last.hyphenated) return j
  for (let k = j - 1; k >= j - HYPHEN_PAGE_LINES && k > start + 1; k--) {
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

function compose(t: Typesetter, number: number, body: Element[], start: number, fill: Fill, continued: string | undefined, outline: OutlineEntry[], separator: number, heads: RunningHeads, opening: boolean, folio: Folio): LayoutPage {
  const geo = t.geo
  const left = number % 2 === 1 ? geo.inner : geo.outer
  const items: LayoutItem[] = []
  const place = (el: LineElement, baseline: number, tag = el.tag) => {
    for (const item of el.items) items.push(tagged(move(item, left, baseline), tag))
  }
  let top = geo.height - geo.top
  if (fill.header) {
    place(fill.header, top - fill.header.ascent, ARTIFACT)
    top -= fill.header.height
  }
  let i = start
  while (i < fill.end && body[i]!.kind === 'space') i++
  for (; i < fill.end; i++) {
    const el = body[i]!
    if (el.kind === 'break') continue
    if (el.kind === 'space') {
      top -= el.height
      continue
    }
    const baseline = top - el.ascent
    place(el, baseline)
    if (el.outline) outline.push({...el.outline, page: number})
    top -= el.height
  }
  const page: LayoutPage = {number, ...(folio.labelled ? {label: folio.label} : {}), items}
  if (fill.notes.length > 0) {
    const h = fill.notes.reduce((a, n) => a + n.line.height, 0)
    const areaTop = geo.bottom + h + separator
    const ruleY = round(geo.bottom + h + geo.noteLeading * 0.55)
    items.push({type: 'rule', x1: round(left), y1: ruleY, x2: round(left + Math.min(110, t.textWidth / 4)), y2: ruleY, thickness: 0.4})
    let noteTop = geo.bottom + h
    for (const note of fill.notes) {
      place(note.line, noteTop - note.line.ascent)
      noteTop -= note.line.height
    }
    page.notes = {top: round(areaTop), bottom: geo.bottom, starts: fill.started}
    if (continued !== undefined) page.notes.continued = continued
  }
  furniture(t, page, left, opening ? undefined : heads, folio.shown ? folio.label : undefined)
  return page
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
function furniture(t: Typesetter, page: LayoutPage, left: number, heads: RunningHeads | undefined, folio: string | undefined): void {
  const geo = t.geo
  const size = geo.size * typography.furniture
  if (folio !== undefined) {
    const regular = t.fonts.styleFace('regular')
    const folioWidth = t.fonts.width(regular, folio, size)
    t.fonts.use(regular, folio)
    page.items.push({type: 'text', x: round(left + (t.textWidth - folioWidth) / 2), y: round(geo.bottom * 0.5), text: folio, font: regular, size: round(size), width: round(folioWidth)})
  }
  if (!heads) return
  const head = page.number % 2 === 0 ? heads.even : heads.odd
  if (!head) return
  const face = t.fonts.styleFace('italic')
  const width = t.fonts.width(face, head, size)
  t.fonts.use(face, head)
  const x = page.number % 2 === 0 ? left : left + t.textWidth - width
  page.items.push({type: 'text', x: round(x), y: round(geo.height - geo.top + geo.leading * 1.5), text: head, font: face, size: round(size), width: round(width)})
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
