/**
 * An article of a volume as a store keeps it (`STORE_KINDS.unit`, units.ts): JSON, `[flow, notes,
 * pages, outline, chars, firsts, after]`, its pages' items as the layout wrote them (the fields in
 * their order: the document's /ID hashes a page as JSON). Read back only when every part has the
 * shape it was written in: elements naming one of the unit's, items of the four kinds a page
 * holds in the document's faces, tags naming the unit's elements, outline entries on its pages.
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
  kept?: StoredUnit & KeptPages & {placed?: boolean}
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

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const isString = (value: unknown): value is string => typeof value === 'string'
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const optional = (value: unknown, is: (v: unknown) => boolean): boolean => value === undefined || is(value)
const isInt = (value: unknown, min: number, below: number): boolean => Number.isInteger(value) && (value as number) >= min && (value as number) < below

/** The fields of a text item up to its width, in the layout's order. */
const TEXT_HEAD = ['type', 'x', 'y', 'text', 'font', 'size', 'width']

/** Whether `keys` are `expected`, in that order. */
const inOrder = (keys: string[], expected: string[]): boolean => keys.length === expected.length && keys.every((key, i) => key === expected[i])

/** Where a text item's `softHyphen` is among its last fields: 0 it has none, 1 last, 2 before its tag; undefined when its fields are in no such order. */
function softHyphenAt(item: UnitItem, keys: string[]): number | undefined {
  const head = item['wordSpace'] === undefined ? TEXT_HEAD : [...TEXT_HEAD, 'wordSpace']
  const tag = item.tag === undefined ? [] : ['tag']
  const orders = [tag, [...tag, 'softHyphen'], ['softHyphen', ...tag]]
  const at = orders.findIndex((tail) => inOrder(keys, [...head, ...tail]))
  return at < 0 || (at > 0 && item['softHyphen'] !== true) ? undefined : at
}

/**
 * An item as kept: an array when its fields are in an order the layout writes (a text `["t", x, y,
 * text, font, size, width, wordSpace, tag, softHyphen at]`, an anchor `["a", name, x, y]`, a link
 * `["l", rect, url, dest, tag]`, a rule `["r", x1, y1, x2, y2, thickness]`, absent fields null),
 * else the object as it is.
 */
function packItem(item: UnitItem): unknown {
  const keys = Object.keys(item)
  const v = item as Record<string, unknown>
  if (item.type === 'text') {
    const at = softHyphenAt(item, keys)
    return at === undefined ? item : ['t', v['x'], v['y'], v['text'], v['font'], v['size'], v['width'], v['wordSpace'] ?? null, item.tag ?? null, at]
  }
  if (item.type === 'anchor' && inOrder(keys, ['type', 'name', 'x', 'y'])) return ['a', v['name'], v['x'], v['y']]
  if (item.type === 'rule' && inOrder(keys, ['type', 'x1', 'y1', 'x2', 'y2', 'thickness'])) return ['r', v['x1'], v['y1'], v['x2'], v['y2'], v['thickness']]
  if (item.type === 'link' && inOrder(keys, ['type', 'rect', ...['url', 'dest', 'tag'].filter((k) => v[k] !== undefined)]))
    return ['l', v['rect'], v['url'] ?? null, v['dest'] ?? null, item.tag ?? null]
  return item
}

/** An item kept, with its fields in the order it was written (not yet checked: `validItem`). */
function unpackItem(value: unknown): unknown {
  if (!Array.isArray(value)) return value
  const v = value as unknown[]
  const out: Record<string, unknown> = {}
  const put = (key: string, field: unknown) => {
    if (field !== null) out[key] = field
  }
  if (v[0] === 't' && v.length === 10) {
    Object.assign(out, {type: 'text', x: v[1], y: v[2], text: v[3], font: v[4], size: v[5], width: v[6]})
    put('wordSpace', v[7])
    if (v[9] === 2) out['softHyphen'] = true
    put('tag', v[8])
    if (v[9] === 1) out['softHyphen'] = true
    return v[9] === 0 || v[9] === 1 || v[9] === 2 ? out : undefined
  }
  if (v[0] === 'a' && v.length === 4) return {type: 'anchor', name: v[1], x: v[2], y: v[3]}
  if (v[0] === 'r' && v.length === 6) return {type: 'rule', x1: v[1], y1: v[2], x2: v[3], y2: v[4], thickness: v[5]}
  if (v[0] !== 'l' || v.length !== 5) return undefined
  Object.assign(out, {type: 'link', rect: v[1]})
  put('url', v[2])
  put('dest', v[3])
  put('tag', v[4])
  return out
}

/** An article kept: JSON in one-byte text (`latin1Json`), its items packed (`packItem`). */
export function encodeUnit(unit: StoredUnit): string {
  const pages = unit.pages.map((page) => ({...page, items: page.items.map(packItem)}))
  return latin1Json([unit.flow, unit.notes, pages, unit.outline, unit.chars, unit.firsts, unit.after, unit.reported, unit.noted])
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

/** Whether an item is one a page holds: text, rule, anchor or link, in `faces`, tagged with one of `elements` (or -1). */
function validItem(item: unknown, faces: ReadonlySet<string>, elements: number): boolean {
  if (!isObject(item)) return false
  const tag = optional(item['tag'], (v) => isInt(v, -1, elements))
  switch (item['type']) {
    case 'text':
      return (
        tag &&
        ['x', 'y', 'size', 'width'].every((k) => finite(item[k])) &&
        isString(item['text']) &&
        faces.has(item['font'] as string) &&
        optional(item['wordSpace'], finite) &&
        optional(item['softHyphen'], (v) => v === true)
      )
    case 'rule':
      return ['x1', 'y1', 'x2', 'y2', 'thickness'].every((k) => finite(item[k]))
    case 'anchor':
      return isString(item['name']) && finite(item['x']) && finite(item['y'])
    case 'link': {
      const rect = item['rect']
      return tag && Array.isArray(rect) && rect.length === 4 && rect.every(finite) && optional(item['dest'], isString) && optional(item['url'], isString)
    }
    default:
      return false
  }
}

/** A page kept (its items unpacked in place): items and, when it has them, its notes area. */
function validPage(page: unknown, faces: ReadonlySet<string>, elements: number): page is UnitPage {
  if (!isObject(page) || !Array.isArray(page['items'])) return false
  const items = page['items'] as unknown[]
  for (let i = 0; i < items.length; i++) if (!validItem((items[i] = unpackItem(items[i])), faces, elements)) return false
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
