/**
 * Shared by the exporters: a clean copy of the items (no citation-js
 * internals, variables spelled as Zotero reads them), in a stable order.
 */
import type {CslItem} from '@octavo/tree'

/** Variables spelled differently by some tools, and the spelling Zotero's CSL-JSON import reads. */
export const CSL_SPELLING: Readonly<Record<string, string>> = {
  'archive-location': 'archive_location'
}

/** A deep copy of `item` without keys starting with `_`, with Zotero's spelling of variables. */
export function cleanItem(item: CslItem): CslItem {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(item)) {
    if (key.startsWith('_') || value === undefined) continue
    const name = CSL_SPELLING[key] ?? key
    if (name in out && key !== name) continue
    out[name] = structuredClone(value)
  }
  return out as CslItem
}

/** Items cleaned, in their given order (exports keep the caller's order). */
export function cleanItems(items: readonly CslItem[]): CslItem[] {
  return items.map(cleanItem)
}
