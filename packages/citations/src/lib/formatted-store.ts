/**
 * citeproc is the slowest start of a build (its engine runs cold in every
 * new process). A caller may keep formatted bibliographies between runs in a
 * `FormattedStore` (the CLI keeps them on disk): a build whose items, style
 * and language are those of an earlier one takes its entries from the store
 * and never loads citeproc. What is kept is exactly what citeproc gave (its
 * HTML entries) and what formatting reported, so the outputs and the
 * messages are the same either way; and the entries as phrasing content
 * (`entryPhrasing` of each), so that a build that finds them parses no HTML
 * either (hast and parse5 run cold in a new process).
 */
import {createHash} from 'node:crypto'
import type {CslItem, Diagnostic} from '@octavo/tree'
import type {PhrasingContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {entryPhrasing} from './html-phrasing.js'

/** A formatted bibliography as kept: citeproc's `[id, html]` entries and the messages of formatting them. */
export interface StoredBibliography {
  entries: Array<[string, string]>
  diagnostics: Diagnostic[]
  /** Each entry's phrasing content (`entryPhrasing` of its HTML), in the same order; made anew when absent or not phrasing. */
  phrasing?: PhrasingContent[][]
}

/** Where formatted bibliographies are kept between runs, by `formattedKey`. */
export interface FormattedStore {
  get(key: string): StoredBibliography | undefined
  set(key: string, value: StoredBibliography): void
}

/** The store key of a bibliography: the style's XML, the language asked for and the items as citeproc gets them. */
export function formattedKey(style: string, lang: string | undefined, prepared: readonly CslItem[]): string {
  return createHash('sha256')
    .update(style)
    .update('\0')
    .update(lang ?? '')
    .update('\0')
    .update(JSON.stringify(prepared))
    .digest('hex')
}

const phrasingOf = new WeakMap<ReadonlyArray<[string, string]>, PhrasingContent[][]>()

/** Whether `value` is phrasing content as `entryPhrasing` makes it: `text`, `emphasis` and `link` nodes only (walked without recursion: a damaged store may nest deep). */
function isPhrasing(value: unknown): value is PhrasingContent[] {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const nodes = stack.pop()
    if (!Array.isArray(nodes)) return false
    for (const node of nodes as Array<Record<string, unknown> | null>) {
      if (typeof node !== 'object' || node === null) return false
      if (node['type'] === 'text' && typeof node['value'] === 'string') continue
      if (node['type'] === 'emphasis' || (node['type'] === 'link' && typeof node['url'] === 'string')) stack.push(node['children'])
      else return false
    }
  }
  return true
}

/**
 * The entries as a store keeps them: with their phrasing content, made now
 * (and remembered for `entriesPhrasing`).
 */
export function storedEntries(entries: Array<[string, string]>, diagnostics: Diagnostic[]): StoredBibliography {
  const phrasing = entries.map(([, html]) => entryPhrasing(html))
  phrasingOf.set(entries, phrasing)
  return {entries, diagnostics, phrasing: phrasing.map((nodes) => structuredClone(nodes))}
}

/** The entries a store gave, their phrasing content remembered for `entriesPhrasing` when it was kept whole. */
export function keptEntries(kept: StoredBibliography): Array<[string, string]> {
  if (!phrasingOf.has(kept.entries) && Array.isArray(kept.phrasing) && kept.phrasing.length === kept.entries.length && kept.phrasing.every(isPhrasing)) {
    phrasingOf.set(kept.entries, kept.phrasing)
  }
  return kept.entries
}

/** The entries as phrasing content (fresh copies: callers may change them). */
export function entriesPhrasing(entries: ReadonlyArray<[string, string]>): Array<[string, PhrasingContent[]]> {
  let phrasing = phrasingOf.get(entries)
  if (!phrasing) {
    phrasing = entries.map(([, html]) => entryPhrasing(html))
    phrasingOf.set(entries, phrasing)
  }
  return entries.map(([id], index) => [id, structuredClone(phrasing[index]!)])
}

/** The entries as plain text, one a line. */
export function entriesText(entries: ReadonlyArray<[string, string]>): string {
  return entriesPhrasing(entries)
    .map(([, phrasing]) => `${toString(phrasing)}\n`)
    .join('')
}
