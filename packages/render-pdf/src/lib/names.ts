// Names and the journal line as printed on the title block, in running heads and in the document information.
import type {ArticleMeta, CslName} from '@octavo/tree'
import {pageRange} from '@octavo/tree'

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1]
}

export function nameOf(name: CslName | string): string {
  if (typeof name === 'string') return name
  if (!name || typeof name !== 'object') return '' // metadata from the user's YAML may hold anything
  if (name.literal) return name.literal
  return [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix].filter(Boolean).join(' ')
}

export function authorLine(meta: ArticleMeta): string {
  const list = Array.isArray(meta.author)
    ? meta.author
    : Array.isArray(meta.authors)
      ? (meta.authors as Array<CslName | string>)
      : Array.isArray(meta.editor)
        ? (meta.editor as Array<CslName | string>)
        : []
  return joinNames(list.map(nameOf).filter(Boolean))
}

export function journalLine(meta: ArticleMeta): string {
  const container = typeof meta['container-title'] === 'string' ? meta['container-title'] : ''
  if (!container) return ''
  let line = container
  if (meta.volume !== undefined) line += `, vol. ${String(meta.volume)}`
  if (meta.issue !== undefined) line += `, no. ${String(meta.issue)}`
  const year = meta.issued?.['date-parts']?.[0]?.[0] ?? (typeof meta.issued === 'number' || typeof meta.issued === 'string' ? meta.issued : (meta.issued?.literal ?? meta.issued?.raw))
  if (year !== undefined) line += ` (${String(year)})`
  if (typeof meta.page === 'string' || typeof meta.page === 'number') line += `, pp. ${pageRange(meta.page).printed}`
  return line
}
