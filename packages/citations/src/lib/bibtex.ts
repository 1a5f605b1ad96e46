/**
 * BibTeX export (citation-js's BibTeX writer). BibTeX, and Zotero's BibTeX
 * import, have no field for archive data: for archival documents the archive
 * and the file number are written at the head of `note` (which BibTeX's
 * `@unpublished` requires). For Zotero, use CSL-JSON or RIS.
 */
import type {CslItem} from '@octavo/parser'
import {bibtexText} from './cite-js.js'
import {cleanItems} from './export.js'
import {fieldsFor} from './mapping.js'

/** A BibTeX key from an item id: letters, digits and `-_:.` kept, others `-`. */
export function bibtexKey(id: string): string {
  const key = id.normalize('NFKD').replace(/[^A-Za-z0-9\-_:.]/g, '-')
  return key === '' ? 'item' : key
}

/** The item as we hand it to citation-js: its key, and variables BibTeX lacks folded into `note`. */
function forBibtex(item: CslItem): CslItem {
  const out: CslItem = {...item, 'citation-key': bibtexKey(item.id)}
  // text variables BibTeX has no field for (archive, archive_location, archive-place)
  const rows = fieldsFor(item.type).filter(
    (row) => row.bibtex === 'note' && row.csl !== 'note' && typeof item[row.csl] === 'string' && item[row.csl] !== ''
  )
  if (rows.length > 0) {
    const note = typeof item['note'] === 'string' && item['note'] !== '' ? `. ${item['note']}` : ''
    out['note'] = rows.map((row) => item[row.csl] as string).join(', ') + note
    for (const row of rows) delete out[row.csl]
  }
  return out
}

/** The items as BibTeX, keys = item ids (made safe), one entry per item. */
export function toBibtex(items: readonly CslItem[]): string {
  const clean = cleanItems(items)
  if (clean.length === 0) return ''
  return bibtexText(clean.map(forBibtex))
}
