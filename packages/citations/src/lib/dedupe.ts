import type {CslItem, CslName} from '@octavo/tree'
import {fold} from '@octavo/tree'
import {yearOf} from './dates.js'
import type {ItemFields} from './read-citation.js'

/** `fold` (lower case, no diacritics), without apostrophes and with punctuation as spaces: for comparing. */
export function comparable(s: string): string {
  return fold(s)
    .replace(/[‘’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export function slug(s: string, max = 40): string {
  const out = comparable(s).replace(/\s+/g, '-')
  return out.length > max ? out.slice(0, max).replace(/-[^-]*$/, '') || out.slice(0, max) : out
}

function nameKey(n: CslName): string {
  return comparable(n.family ?? n.literal ?? '')
}

function names(item: ItemFields | CslItem): CslName[] {
  return (item.author as CslName[] | undefined) ?? (item.editor as CslName[] | undefined) ?? []
}

function dateKey(item: ItemFields | CslItem): string {
  return JSON.stringify(item.issued?.['date-parts'] ?? [])
}

/**
 * The identity of a work: its names and title; a periodical issue without a
 * title by its name, issue and date; an archival document also by its place.
 */
export function workKey(item: ItemFields | CslItem): string {
  const who = names(item).map(nameKey).join('+')
  const title = typeof item.title === 'string' ? comparable(item.title) : ''
  const legalKey = legalWorkKey(item)
  if (legalKey !== undefined) return legalKey
  if (!title) {
    // An untitled archival document is its call number (`ASV, Senato Mar, reg. 12, c. 45r` and `…, reg. 13, c. 2v` are two).
    return [
      'untitled',
      who,
      comparable(String(item['container-title'] ?? '')),
      String(item.issue ?? ''),
      dateKey(item),
      comparable(String(item.archive ?? '')),
      comparable(String(item.archive_location ?? '')),
      // An untitled link is its address (`See https://…` in two notes: two pages).
      String(item.URL ?? item.DOI ?? '')
    ].join('|')
  }
  if (item.type === 'manuscript') return ['ms', who, title, dateKey(item), comparable(String(item.archive_location ?? ''))].join('|')
  return ['work', who, title].join('|')
}

/**
 * A court decision is its court and where it is reported (`BGH, Urt. v.
 * 12.5.2010 – I ZR 69/08, GRUR 2010, 628` and `BGH, GRUR 2010, 628 Rn. 14`
 * are one; `BGH, NJW 2000, 1234` and `BGH, NJW 2000, 2345` are two), else its
 * file number; a parliament's paper its kind and number. Undefined for a
 * decision with neither (it is its name, as other works are).
 */
function legalWorkKey(item: ItemFields | CslItem): string | undefined {
  const court = item.authority ?? item.genre
  if ((item.type !== 'legal_case' && item.type !== 'bill') || typeof court !== 'string') return undefined
  const year = yearOf(item.issued)
  if (item['container-title'] !== undefined && item.page !== undefined)
    return ['case', comparable(court), comparable(String(item['container-title'])), String(item.volume ?? year ?? ''), String(item.page)].join('|')
  return item.number !== undefined ? ['case', comparable(court), String(item.number)].join('|') : undefined
}

/**
 * A readable id: family names and year (`sun2009`, `li-xia2014`), an archival
 * document by archive and place (`cfma-118-00175-01`), a newspaper issue by
 * its name and number or date; collisions get `b`, `c`, … in order of
 * appearance.
 */
export function makeId(item: ItemFields, taken: Set<string>): string {
  const year = yearOf(item.issued)
  const who = names(item)
  let base: string
  if (item.type === 'manuscript' && item.archive && item.archive_location) {
    base = `${slug(String(item.archive), 20)}-${slug(String(item.archive_location), 30)}`
  } else if (who.length > 0) {
    const fam = who.slice(0, who.length > 2 ? 1 : 2).map((n) => slug(n.family ?? n.literal ?? '', 30))
    base = `${fam.join('-')}${who.length > 2 ? '-etal' : ''}${year ?? ''}`
  } else if ((item.type === 'legal_case' || item.type === 'bill') && typeof (item.authority ?? item.genre) === 'string' && !item.title) {
    // An unnamed court decision or a parliament's paper by its court (or kind) and its number or report: `olg-koln-6-u-3-99`, `bgh-njw-2019-1234`, `bt-18-12329`.
    const what = item.number ?? [item['container-title'], item.volume ?? year, item.page].filter((x) => x !== undefined).join(' ')
    base = `${slug(String(item.authority ?? item.genre), 20)}-${slug(String(what), 30)}`
  } else if (!item.title && item['container-title']) {
    const d = item.issued?.['date-parts']?.[0]
    const when = item.issue ? String(item.issue) : d ? d.map((x) => String(x).padStart(2, '0')).join('-') : ''
    base = `${slug(String(item['container-title']), 30)}${when ? `-${slug(when)}` : ''}`
  } else if (!item.title && typeof item.URL === 'string') {
    // An untitled page by its address: `datascience-stackexchange-com-questions`.
    base = slug(item.URL.replace(/^https?:\/\/(?:www\.)?/u, ''), 40)
  } else {
    const words = comparable(String(item.title ?? item.type))
      .split(' ')
      .filter((w) => w.length > 2)
      .slice(0, 3)
    base = `${words.join('-') || 'item'}${year ?? ''}`
  }
  base = base.replace(/^-+|-+$/g, '') || 'item'
  let id = base
  for (let n = 1; taken.has(id); n++) id = `${base}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ''}`
  taken.add(id)
  return id
}
