import type {CslItem} from '@octavo/parser'
import type {PhrasingContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {bibliographyEntries} from './cite-js.js'
import {entryPhrasing} from './html-phrasing.js'

/**
 * citeproc is the slow part of a build: a bibliography of a hundred items
 * takes it tens of milliseconds, and a build wants the same bibliography as
 * HTML, as text and as a tree. So it runs once per (items, style, language),
 * as HTML entries; the other forms are derived from them. A few recent results
 * are kept.
 */
interface Formatted {
  key: string
  entries: Array<[string, string]>
  phrasing?: PhrasingContent[][]
}
const recent: Formatted[] = []
const KEEP = 4

function formatted(prepared: CslItem[], styleName: string, lang: string): Formatted {
  const key = `${styleName}\u0000${lang}\u0000${JSON.stringify(prepared)}`
  const known = recent.find((entry) => entry.key === key)
  if (known) return known
  const result: Formatted = {key, entries: bibliographyEntries(prepared, styleName, 'html', lang)}
  recent.unshift(result)
  recent.length = Math.min(recent.length, KEEP)
  return result
}

/** The bibliography as `[id, html]` entries in the style's order. */
export function htmlEntries(prepared: CslItem[], styleName: string, lang: string): Array<[string, string]> {
  return formatted(prepared, styleName, lang).entries
}

/** The entries as phrasing content (fresh copies: callers may change them). */
export function phrasingEntries(prepared: CslItem[], styleName: string, lang: string): Array<[string, PhrasingContent[]]> {
  const result = formatted(prepared, styleName, lang)
  result.phrasing ??= result.entries.map(([, html]) => entryPhrasing(html))
  return result.entries.map(([id], index) => [id, structuredClone(result.phrasing![index]!)])
}

/** The entries as plain text, one a line. */
export function textEntries(prepared: CslItem[], styleName: string, lang: string): string {
  return phrasingEntries(prepared, styleName, lang).map(([, phrasing]) => `${toString(phrasing)}\n`).join('')
}
