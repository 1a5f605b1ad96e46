import type {CslItem, NoteCitation} from '@octavo/tree'

/** One entry of `citations.json` (contracts §2). */
export interface NoteRecord {
  note: number
  text: string
  commentary: boolean
  citations: NoteCitation[]
}

/** CSL variables in the order we write them; others follow sorted by name. */
const ITEM_ORDER = [
  'id',
  'type',
  'title',
  'title-short',
  'author',
  'editor',
  'translator',
  'container-title',
  'collection-title',
  'volume',
  'issue',
  'number',
  'page',
  'edition',
  'publisher',
  'publisher-place',
  'issued',
  'original-date',
  'genre',
  'medium',
  'archive',
  'archive_location',
  'language',
  'URL',
  'DOI',
  'note'
]

/** An item with its keys in a fixed order (same input → same bytes). */
export function orderItem(item: CslItem): CslItem {
  const out: Record<string, unknown> = {}
  for (const k of ITEM_ORDER) if (item[k] !== undefined) out[k] = item[k]
  for (const k of Object.keys(item).sort()) if (!(k in out) && item[k] !== undefined) out[k] = item[k]
  return out as CslItem
}

/** Write `citations.json` exactly as contracts §2 has it (key order included), with a final newline. */
export function toCitationsJson(input: {notes: NoteRecord[]; items: CslItem[]}): string {
  const notes = input.notes.map((n) => ({
    note: n.note,
    text: n.text,
    commentary: n.commentary,
    citations: n.citations.map((c) => ({
      ref: c.ref,
      form: c.form,
      text: c.text,
      locator: c.locator,
      label: c.label,
      prefix: c.prefix,
      ...(c.confidence === undefined ? {} : {confidence: c.confidence})
    }))
  }))
  return `${JSON.stringify({notes, items: input.items.map(orderItem)}, null, 2)}\n`
}
