/**
 * CSL-JSON export, as Zotero's CSL-JSON import reads it (File > Import).
 */
import type {CslItem} from '@octavo/parser'
import {cleanItem} from './export.js'

/** Keys first in every item; the others follow in alphabetical order. */
const LEADING = ['id', 'type']

function ordered(item: CslItem): Record<string, unknown> {
  const keys = Object.keys(item).sort((a, b) => {
    const ia = LEADING.indexOf(a)
    const ib = LEADING.indexOf(b)
    if (ia !== -1 || ib !== -1) return (ia === -1 ? LEADING.length : ia) - (ib === -1 ? LEADING.length : ib)
    return a < b ? -1 : a > b ? 1 : 0
  })
  const out: Record<string, unknown> = {}
  for (const key of keys) out[key] = item[key]
  return out
}

/**
 * The items as a CSL-JSON array (2-space indented, a final newline): internal
 * keys dropped, `archive-location` written `archive_location` (Zotero drops
 * the hyphenated spelling), keys in a stable order.
 */
export function toCslJson(items: readonly CslItem[]): string {
  return JSON.stringify(items.map((item) => ordered(cleanItem(item))), null, 2) + '\n'
}
