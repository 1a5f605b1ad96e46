import type {CslItem} from '@octavo/tree'
import {workKey} from './dedupe.js'

export interface MergedItems {
  /** One item per distinct work, in order of first appearance. */
  items: CslItem[]
  /** For each input list, its ids mapped to the ids of `items`. */
  idMaps: Array<Map<string, string>>
}

/**
 * Merge the bibliographies of several articles (a course reader): one item
 * per work across all of them, recognised by the same identity as inside one
 * article (`workKey`). A work cited in several articles keeps the first
 * article's id; a field only a later mention gives is added; two different
 * works that happen to share an id get distinct ids (`b`, `c`, …).
 */
export function mergeItems(lists: ReadonlyArray<readonly CslItem[]>): MergedItems {
  const byKey = new Map<string, CslItem>()
  const taken = new Set<string>()
  const items: CslItem[] = []
  const idMaps = lists.map((list) => {
    const map = new Map<string, string>()
    for (const item of list) {
      const key = workKey(item)
      const known = byKey.get(key)
      if (known) {
        for (const [field, value] of Object.entries(item)) if (!(field in known)) known[field] = value
        map.set(item.id, known.id)
        continue
      }
      let id = item.id
      for (let n = 1; taken.has(id); n++) id = `${item.id}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ''}`
      taken.add(id)
      const merged: CslItem = {...item, id}
      byKey.set(key, merged)
      items.push(merged)
      map.set(item.id, id)
    }
    return map
  })
  return {items, idMaps}
}
