/**
 * An article of a volume kept whole between renders (issue 16): an unchanged article of a reader
 * is not set or paginated again. Each article starts on a recto, so its pages (their parity, and
 * so their layout) do not depend on where it starts: only its folios (furniture, added again),
 * its pages' numbers, its outline entries' pages and the numbers of its structure elements do,
 * and those are given to it when it is placed. What else it depends on is in `unitKey`: its tree
 * (data and positions included; or its data alone when that gives a `digest` of its children), the link definitions it resolves and the image bytes given for it, its note scope (`a3/`), the
 * measure and geometry, the notes mode, the heading shift, the heading ids given before it and
 * the level of the heading before it, the languages and labels, the fonts (the store's scope),
 * hyphenation, and every value of `typography` and `limits`.
 *
 * Kept with its pages (tags relative: 0 its Part, then the elements its flow opened, then those
 * its notes opened), the structure elements (parents relative the same way, -1 the Document),
 * its outline entries (pages relative), the characters it printed in each face, the notes it
 * referenced, and the heading count and level and paragraph state after it. An article is kept
 * with what it reported (reported again when it is placed), and only when it drew no image, is followed by a part that opens a page (an
 * article, the bibliography, the credits) or nothing, and names no element outside its own; a
 * volume with notes no reference points to lays out every article anew.
 */
import {createHash} from 'node:crypto'
import type {Article} from '@octavo/tree'
import type {Nodes} from 'mdast'
import type {BreakElement} from './elements.js'
import type {LayoutItem, LayoutPage, OutlineEntry, StructElement} from './types.js'
import type {BlockContext, Typesetter} from './typesetter.js'
import {STORE_KINDS} from './store.js'
import {noteScope} from './notes.js'
import {imageBytes} from './images.js'
import {markUnitPage, type StoredUnit, type UnitItem, type UnitPage, type UnitSlot} from './unit-store.js'

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** SHA-256 of image bytes, per array (memoization: an image is hashed once a process). */
const imageDigests = new WeakMap<Uint8Array, string>()

/** What an image URL gives the layout: the SHA-256 of its bytes, or null when none were given (the figure is a placeholder). */
function imageDigest(t: Typesetter, url: string): string | null {
  const bytes = imageBytes(t.options.images, url)
  if (!bytes) return null
  let digest = imageDigests.get(bytes)
  if (digest === undefined) imageDigests.set(bytes, (digest = createHash('sha256').update(bytes).digest('hex')))
  return digest
}

/** What an article's references resolve to: the link definitions (the volume's: later articles' win), and the bytes given for its images. */
function resolvedOf(t: Typesetter, node: Article): unknown[] {
  const out: unknown[] = []
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (n.type === 'linkReference' || n.type === 'imageReference' || n.type === 'definition') {
      const def = t.definitions.get(n.identifier)
      out.push(n.identifier, def ? [def.url, def.title ?? null] : null)
      if (n.type === 'imageReference' && def) out.push(imageDigest(t, def.url))
    }
    if (n.type === 'image') out.push(n.url, imageDigest(t, n.url))
    if ('children' in n) for (const child of n.children as Nodes[]) stack.push(child)
  }
  return out
}

/** The key of an article as a unit: SHA-256 of all it depends on (see above); undefined when its data JSON cannot write. */
export function unitKey(t: Typesetter, node: Article, recto: boolean): string | undefined {
  const context = [
    t.scope,
    t.files.get(t.scope) ?? null,
    t.geo,
    t.textWidth,
    t.notesMode,
    t.headingShift,
    t.headingCount,
    t.lastHeading,
    t.lang,
    t.meta.lang ?? null,
    t.labels,
    t.codeScale,
    t.shared.hyphenate !== undefined,
    recto
  ]
  // Given a digest of its children (`ArticleNodeData.digest`), the article is keyed by it and the rest of its data, not by its children.
  const content = node.data?.digest === undefined ? node : ['digest', node.data]
  try {
    return sha256(JSON.stringify(['article 1', t.settingsHash, context, resolvedOf(t, node), content]))
  } catch {
    return undefined
  }
}

/** Whether `node`, a child of the root, may be a unit: followed by a part that opens a page, or by nothing. */
export function unitPlace(t: Typesetter, node: Article, ctx: BlockContext): boolean {
  if (ctx.target !== t.body || !t.shared.store || t.unitsOff || t.structure.elements.length - 1 !== t.blockTag) return false
  const siblings = t.tree.children
  const at = siblings.indexOf(node)
  const next = siblings[at + 1]
  return at >= 0 && (next === undefined || next.type === 'article' || next.type === 'bibliography' || next.type === 'credits')
}

/** The element number of relative `ref` (-1 the Document, then the Part and its flow's, then its notes' from `notes`). */
function absolute(ref: number, part: number, flow: number, notes: number): number {
  if (ref === -1) return 0
  return ref <= flow ? part + ref : notes + ref - flow - 1
}

/** Replay a kept article's flow: its elements opened, its characters used, its notes referenced, the state after it set. */
export function replayFlow(t: Typesetter, slot: UnitSlot, ctx: BlockContext): void {
  const kept = slot.kept!
  for (const el of kept.flow) t.structure.elements.push({...el, parent: absolute(el.parent, slot.part, kept.flow.length, 0)} as StructElement)
  for (const [face, chars] of Object.entries(kept.chars)) t.fonts.use(face, chars)
  for (const key of kept.firsts) t.referenced.add(key)
  t.diagnostics.push(...kept.reported)
  t.headingCount = kept.after.headingCount
  t.lastHeading = kept.after.lastHeading
  ctx.flush = kept.after.flush
}

/** When pagination first places a kept article: its notes' elements opened, its pages' tags made absolute. */
export function placeUnit(t: Typesetter, slot: UnitSlot): void {
  const kept = slot.kept!
  if (kept.placed) return
  kept.placed = true
  const base = t.structure.elements.length
  kept.base = base
  const abs = (ref: number) => absolute(ref, slot.part, kept.flow.length, base)
  for (const el of kept.notes) t.structure.elements.push({...el, parent: abs(el.parent)} as StructElement)
  t.diagnostics.push(...kept.noted)
  for (const page of kept.pages) for (const item of page.items) if ('tag' in item && item.tag !== undefined) item.tag = abs(item.tag)
}

/** The relative number of element `n` of a unit (flow from `part` to `end`, notes in `notes`), undefined when it is not the unit's. */
function relative(n: number, part: number, end: number, notes: [number, number]): number | undefined {
  if (n === 0) return -1
  if (n >= part && n < end) return n - part
  if (n >= notes[0] && n < notes[1]) return end - part + n - notes[0]
  return undefined
}

/** Elements `from` to `to` with parents relative; undefined when one names an element not the unit's. */
function relativeElements(elements: readonly StructElement[], from: number, to: number, rel: (n: number) => number | undefined): StructElement[] | undefined {
  const out: StructElement[] = []
  for (let i = from; i < to; i++) {
    const el = elements[i]!
    const parent = rel(el.parent)
    if (parent === undefined) return undefined
    out.push({...el, parent})
  }
  return out
}

/** A page's items with tags relative, undefined when one names an element not the unit's or is an image. */
function relativeItems(items: readonly LayoutItem[], rel: (n: number) => number | undefined): LayoutItem[] | undefined {
  const out: LayoutItem[] = []
  for (const item of items) {
    // A -0 is kept as 0 (JSON): the writer writes both as 0, in the streams and in the /ID's JSON.
    if (item.type === 'image') return undefined
    if (!('tag' in item) || item.tag === undefined) {
      out.push(item)
      continue
    }
    const tag = rel(item.tag)
    if (tag === undefined) return undefined
    out.push({...item, tag})
  }
  return out
}

/** A unit made in this layout as kept (its pages the layout's), undefined when it cannot be (see above). */
export function keptUnit(t: Typesetter, slot: UnitSlot, pages: readonly LayoutPage[], outline: readonly OutlineEntry[]): StoredUnit | undefined {
  const {made, segment} = slot
  const [from, to] = segment?.pages ?? [0, 0]
  if (!made || !made.clean || !segment || from % 2 !== 0 || to <= from) return undefined
  const notesRange = made.notes ?? [made.end, made.end]
  const rel = (n: number) => relative(n, slot.part, made.end, notesRange)
  const flow = relativeElements(t.structure.elements, slot.part + 1, made.end, rel)
  const notes = relativeElements(t.structure.elements, notesRange[0], notesRange[1], rel)
  if (!flow || !notes) return undefined
  const kept: UnitPage[] = []
  for (let p = from; p < to; p++) {
    const page = pages[p]!
    const items = relativeItems(page.items.slice(0, segment.items[p - from]), rel)
    if (!items) return undefined
    // A kept page is the layout's (its items as they were written): the store's types are its own (unit-store.ts).
    const unitItems = items as unknown as UnitItem[]
    kept.push(page.notes ? {items: unitItems, notes: page.notes} : {items: unitItems})
  }
  const entries = outline.slice(segment.outline[0], segment.outline[1]).map((entry) => ({...entry, page: entry.page - from - 1}))
  const chars = Object.fromEntries([...made.chars].map(([face, set]) => [face, [...set].join('')]))
  return {flow, notes, pages: kept, outline: entries, chars, firsts: made.firsts, after: made.after, reported: made.reported, noted: made.noted}
}

/** The unit of an article whose page break is `brk`: kept (from the store), else to be made; none when it cannot be one. */
export function unitOf(t: Typesetter, node: Article, brk: BreakElement, ctx: BlockContext): UnitSlot | undefined {
  if (!brk.recto || !unitPlace(t, node, ctx)) return undefined
  const key = unitKey(t, node, brk.recto)
  if (key === undefined) return undefined
  const slot: UnitSlot = {key, part: t.blockTag}
  const kept = t.shared.store!.get(t.unitScope, key)
  const decoded = kept === undefined ? undefined : STORE_KINDS.unit.decode(kept, t.fonts.faceKeys)
  if (decoded) slot.kept = {...decoded, digest: key}
  t.units.set(t.scope, slot)
  brk.unit = slot
  return slot
}

/** Set an article's flow (`set`), recording what its unit keeps: the elements, the characters printed, the notes referenced, the state after. */
export function makeFlow(t: Typesetter, slot: UnitSlot | undefined, ctx: BlockContext, set: () => void): void {
  if (!slot) return set()
  const before = {diagnostics: t.diagnostics.length, images: t.images.size, referenced: t.referenced.size}
  const chars = new Map<string, Set<string>>()
  const saved = t.fonts.recorder
  t.fonts.recorder = chars
  try {
    set()
  } finally {
    t.fonts.recorder = saved
  }
  const clean = t.images.size === before.images && ctx.prefix === undefined
  const after = {headingCount: t.headingCount, lastHeading: t.lastHeading, flush: ctx.flush}
  const reported = t.diagnostics.slice(before.diagnostics)
  slot.made = {end: t.structure.elements.length, chars, firsts: [...t.referenced].slice(before.referenced), after, reported, noted: [], clean}
}

/** A note's lines (`set`), its characters and elements recorded for the unit of its article when one is being made. */
export function unitNoteLines<T>(t: Typesetter, key: string, set: () => T): T {
  const made = t.units.get(noteScope(key))?.made
  // A note's lines are set once: asked for again, nothing is recorded.
  if (!made || t.notes.get(key)?.lines !== undefined) return set()
  const before = {diagnostics: t.diagnostics.length, elements: t.structure.elements.length}
  const saved = t.fonts.recorder
  t.fonts.recorder = made.chars
  try {
    return set()
  } finally {
    t.fonts.recorder = saved
    const after = t.structure.elements.length
    if (made.notes && made.notes[1] !== before.elements) made.clean = false
    made.notes = [made.notes?.[0] ?? before.elements, after]
    made.noted.push(...t.diagnostics.slice(before.diagnostics))
  }
}

/** Keep the units made in this layout that can be kept (after its last pagination). */
export function keepUnits(t: Typesetter, pages: readonly LayoutPage[], outline: readonly OutlineEntry[]): void {
  for (const slot of t.units.values()) {
    const unit = slot.made && keptUnit(t, slot, pages, outline)
    if (!unit) continue
    t.shared.store!.set(t.unitScope, slot.key, STORE_KINDS.unit.encode(unit))
    markMadePages(slot, unit, pages)
  }
}

/**
 * The pages of a unit made and kept in this layout keyed as they are when it is placed from the
 * store (`markUnitPage`): its notes' elements numbered from the first its notes opened, as placing
 * it numbers them in the same volume. Keyed by their JSON, the run after an edit made the edited
 * article's content streams again, and wrote the whole store for them.
 */
function markMadePages(slot: UnitSlot, unit: StoredUnit, pages: readonly LayoutPage[]): void {
  const {made, segment} = slot
  const [from, to] = segment!.pages
  const base = unit.notes.length > 0 ? made!.notes![0] : -1
  for (let p = from; p < to; p++) markUnitPage(pages[p]!, {digest: slot.key, part: slot.part, base}, p - from, segment!.items[p - from]!, true)
}
