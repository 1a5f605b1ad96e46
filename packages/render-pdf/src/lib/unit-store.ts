/**
 * An article of a volume as a store keeps it (`STORE_KINDS.unit`, units.ts): JSON in one-byte text
 * (`latin1Json`), `[flow, notes, pages, outline, chars, firsts, after, reported, noted]`, its pages'
 * items as the layout wrote them (their fields in that order: the document's /ID hashes a page as
 * JSON). Read back only when every part has the shape it was written in: elements naming one of
 * the unit's, items of the four kinds a page holds in the document's faces, tags naming the unit's
 * elements, outline entries on its pages, diagnostics.
 */
import type {Diagnostic} from '@octavo/tree'
import {latin1Json} from './json.js'

/** A structure element of an article as kept (a layout's `StructElement`, its parent relative). */
export interface UnitElement {
  type: string
  parent: number
  alt?: string
  lang?: string
}

/** An item of a page as kept (a layout's `LayoutItem`: text, rule, anchor or link), its fields as the layout wrote them. */
export type UnitItem = {type: string; tag?: number} & Record<string, unknown>

/** A page of an article as kept: its items before the furniture (tags relative) and its notes area (a `LayoutPage`'s). */
export interface UnitPage {
  items: UnitItem[]
  notes?: {top: number; bottom: number; starts: string[]; continued?: string}
}

/** An outline entry of an article (a layout's `OutlineEntry`), its page counted from 0, its first. */
export interface UnitOutlineEntry {
  title: string
  depth: number
  dest: string
  page: number
}

/** The pages of an article ready to be placed (tags absolute), and its outline entries (pages from 0, its first). */
export interface KeptPages {
  pages: UnitPage[]
  outline: UnitOutlineEntry[]
}

/** An article as kept (`STORE_KINDS.unit`). */
export interface StoredUnit {
  /** Elements its flow opened after its Part, then those its notes opened: parents relative (-1 the Document). */
  flow: UnitElement[]
  notes: UnitElement[]
  pages: UnitPage[]
  outline: UnitOutlineEntry[]
  /** The characters it printed, by face. */
  chars: Record<string, string>
  /** Notes it referenced. */
  firsts: string[]
  after: {headingCount: number; lastHeading: number; flush: boolean}
  /** What it reported while its flow was set, and while its notes were. */
  reported: Diagnostic[]
  noted: Diagnostic[]
}

/** Where pagination put an article's pages (its last pagination): pages, outline entries, and each page's items before its furniture. */
export interface Segment {
  pages: [number, number]
  outline: [number, number]
  items: number[]
}

/** An article of a volume as a unit: kept (its pages are placed), or being made (and kept when it can be). */
export interface UnitSlot {
  key: string
  /** Its Part element. */
  part: number
  /**
   * Kept: read back, its `digest` its key (the SHA-256 of all it is made from; hashing the text read, 290 kB an article of
   * the bench reader, cost more than the page keys it spares), its notes' elements numbered from `base` once placed.
   */
  kept?: StoredUnit & KeptPages & {placed?: boolean; digest: string; base?: number}
  /** Being made: where its flow's elements end, what it printed, and what pagination saw. */
  made?: {
    end: number
    chars: Map<string, Set<string>>
    firsts: string[]
    after: StoredUnit['after']
    reported: Diagnostic[]
    noted: Diagnostic[]
    /** No image, no element outside it: it can be kept. */
    clean: boolean
    /** The structure elements its notes opened, one after another (first pagination). */
    notes?: [number, number]
  }
  segment?: Segment
}

/**
 * The pages placed from a kept unit (paginate.ts), each with what its first `items` items (the unit's, tags
 * absolute) are made from: the unit's key, the page's index in it, its Part and the first number of
 * its notes' elements. The writer keys such a page's content stream by these and the items after
 * them (its furniture), not by the page's JSON (write.ts). A page copied or read from elsewhere is
 * not here: it is keyed by its JSON.
 */
const unitPages = new WeakMap<object, {origin: string; items: number; made: boolean}>()

/**
 * A page of the unit keyed `digest` (its Part `part`, its notes' elements numbered from `base`; -1 when it
 * has no notes, whose numbers then name none of its items), its `index`th, its first `items` items the
 * unit's: placed from the store (paginate.ts), or `made` and kept in this layout (units.ts; the writer
 * looks such a page up by its JSON too, and keeps it under both keys), so that the run after the one
 * that made it finds its content stream under the key it is placed with.
 */
export function markUnitPage(page: object, unit: {digest: string; part: number; base: number}, index: number, items: number, made = false): void {
  unitPages.set(page, {origin: `${unit.digest} ${index} ${unit.part} ${unit.base}`, items, made})
}

/** Where a page of a unit comes from (`markUnitPage`), undefined for any other page. */
export function unitPageOrigin(page: object): {origin: string; items: number; made: boolean} | undefined {
  return unitPages.get(page)
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const isString = (value: unknown): value is string => typeof value === 'string'
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const optional = (value: unknown, is: (v: unknown) => boolean): boolean => value === undefined || is(value)
const isInt = (value: unknown, min: number, below: number): boolean => Number.isInteger(value) && (value as number) >= min && (value as number) < below

/**
 * An article kept: JSON in one-byte text (`latin1Json`), its items as the objects they are (read
 * back in 1.9 ms an article of the bench reader, checked; packed in arrays, a third smaller, 3.1 to
 * 4.2 ms: an array an item, then the object, is more for the collector).
 */
export function encodeUnit(unit: StoredUnit): string {
  return latin1Json([unit.flow, unit.notes, unit.pages, unit.outline, unit.chars, unit.firsts, unit.after, unit.reported, unit.noted])
}

/** Diagnostics as reported: a severity, a message and a source. */
function validDiagnostics(value: unknown): boolean {
  const severities = new Set(['error', 'warning', 'info'])
  return (
    Array.isArray(value) && value.every((d) => isObject(d) && severities.has(d['severity'] as string) && isString(d['message']) && optional(d['source'], isString) && optional(d['file'], isString))
  )
}

/** Elements whose parents are -1 or one of the unit's `count` elements (a table's cells are opened after the Spans in them). */
function validElements(value: unknown, count: number): boolean {
  if (!Array.isArray(value)) return false
  return value.every((el: unknown) => {
    if (!isObject(el) || !isString(el['type']) || !isInt(el['parent'], -1, count)) return false
    return Object.keys(el).every((k) => k === 'type' || k === 'parent' || ((k === 'alt' || k === 'lang') && isString(el[k])))
  })
}

/** Whether an item is one a page holds: text, rule, anchor or link, in `faces`, tagged with one of `elements` (or -1). Read for every item of every page kept: no array or closure made per item. */
function validItem(item: unknown, faces: ReadonlySet<string>, elements: number): boolean {
  if (!isObject(item)) return false
  const tag = item['tag']
  const tagged = tag === undefined || isInt(tag, -1, elements)
  switch (item['type']) {
    case 'text':
      return (
        tagged &&
        finite(item['x']) &&
        finite(item['y']) &&
        finite(item['size']) &&
        finite(item['width']) &&
        isString(item['text']) &&
        faces.has(item['font'] as string) &&
        (item['wordSpace'] === undefined || finite(item['wordSpace'])) &&
        (item['softHyphen'] === undefined || item['softHyphen'] === true)
      )
    case 'rule':
      return finite(item['x1']) && finite(item['y1']) && finite(item['x2']) && finite(item['y2']) && finite(item['thickness'])
    case 'anchor':
      return isString(item['name']) && finite(item['x']) && finite(item['y'])
    case 'link': {
      const rect = item['rect']
      return tagged && Array.isArray(rect) && rect.length === 4 && rect.every(finite) && optional(item['dest'], isString) && optional(item['url'], isString)
    }
    default:
      return false
  }
}

/** A page kept: items and, when it has them, its notes area. */
function validPage(page: unknown, faces: ReadonlySet<string>, elements: number): page is UnitPage {
  if (!isObject(page) || !Array.isArray(page['items']) || !page['items'].every((item) => validItem(item, faces, elements))) return false
  const notes = page['notes']
  if (notes === undefined) return true
  return isObject(notes) && finite(notes['top']) && finite(notes['bottom']) && Array.isArray(notes['starts']) && notes['starts'].every(isString) && optional(notes['continued'], isString)
}

/** The article kept, undefined when it cannot be one (see above). */
export function decodeUnit(stored: unknown, faces: ReadonlySet<string>): (StoredUnit & KeptPages) | undefined {
  if (typeof stored !== 'string') return undefined
  let value: unknown
  try {
    value = JSON.parse(stored)
  } catch {
    return undefined
  }
  if (!Array.isArray(value) || value.length !== 9) return undefined
  const [flow, notes, pages, outline, chars, firsts, after, reported, noted] = value as unknown[]
  if (!validDiagnostics(reported) || !validDiagnostics(noted)) return undefined
  if (!Array.isArray(flow) || !Array.isArray(notes)) return undefined
  const elements = 1 + flow.length + notes.length
  if (!validElements(flow, elements) || !validElements(notes, elements)) return undefined
  if (!Array.isArray(pages) || pages.length === 0 || !pages.every((page) => validPage(page, faces, elements))) return undefined
  const entry = (e: unknown) => isObject(e) && isString(e['title']) && Number.isInteger(e['depth']) && isString(e['dest']) && isInt(e['page'], 0, pages.length)
  if (!Array.isArray(outline) || !outline.every(entry) || !isObject(chars) || !Object.entries(chars).every(([face, text]) => faces.has(face) && isString(text))) return undefined
  if (
    !Array.isArray(firsts) ||
    !firsts.every(isString) ||
    !isObject(after) ||
    !Number.isInteger(after['headingCount']) ||
    !Number.isInteger(after['lastHeading']) ||
    typeof after['flush'] !== 'boolean'
  )
    return undefined
  return {flow, notes, pages, outline, chars, firsts, after, reported, noted} as StoredUnit & KeptPages
}
