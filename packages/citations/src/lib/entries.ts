import type {CslItem} from '@octavo/tree'
import {bibliographyEntries, currentStyleName, resetEngines, unmark} from './cite-js.js'

/**
 * citeproc is the slow part of a build: a bibliography of a hundred items
 * takes it tens of milliseconds, and a build wants the same bibliography as
 * HTML, as text and as a tree. So it runs once per (items, style, language),
 * as HTML entries; the other forms are derived from them (formatted-store.ts).
 * A few recent results are kept in memory (and, by a caller that gives a
 * `FormattedStore`, between runs).
 */
interface Formatted {
  key: string
  entries: Array<[string, string]>
  /** Items citeproc could not format (left out of `entries`). */
  failures: Failure[]
  /** Set when citeproc could format none of the items (a broken style): its message. */
  styleError?: string
}

/** An item citeproc threw on when given alone. */
export interface Failure {
  id: string
  message: string
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/**
 * citeproc's HTML entries for `prepared`. When citeproc throws, the engine is
 * thrown away (`resetEngines`) and the items are tried one by one to find
 * the ones it cannot format; the others are formatted together on a fresh
 * engine. When the first two items fail alone with the batch's message, the
 * style itself is taken to be broken (one report, not one per item).
 */
function isolate(prepared: CslItem[], styleName: string, lang: string): Omit<Formatted, 'key'> {
  let batchMessage: string
  try {
    return {entries: bibliographyEntries(prepared, styleName, 'html', lang), failures: []}
  } catch (error) {
    resetEngines()
    batchMessage = message(error)
  }
  const failures: Failure[] = []
  const good: CslItem[] = []
  for (const [index, item] of prepared.entries()) {
    try {
      bibliographyEntries([item], currentStyleName(styleName), 'html', lang)
      good.push(item)
    } catch (error) {
      resetEngines()
      failures.push({id: unmark(item.id), message: message(error)})
      if (index === 1 && good.length === 0 && failures.every((f) => f.message === batchMessage)) {
        return {entries: [], failures: [], styleError: batchMessage}
      }
    }
  }
  if (good.length === 0) return {entries: [], failures: [], styleError: batchMessage}
  try {
    return {entries: bibliographyEntries(good, currentStyleName(styleName), 'html', lang), failures}
  } catch (error) {
    // each item went through alone, but not together
    resetEngines()
    return {entries: [], failures: [], styleError: message(error)}
  }
}
const recent: Formatted[] = []
const KEEP = 4

function formatted(prepared: CslItem[], styleName: string, lang: string): Formatted {
  const key = `${styleName}\u0000${lang}\u0000${JSON.stringify(prepared)}`
  const known = recent.find((entry) => entry.key === key)
  if (known) return known
  const result: Formatted = {key, ...isolate(prepared, styleName, lang)}
  recent.unshift(result)
  recent.length = Math.min(recent.length, KEEP)
  return result
}

/** What went wrong formatting `prepared` (nothing when citeproc did not throw). */
export function formatProblems(prepared: CslItem[], styleName: string, lang: string): {failures: Failure[]; styleError?: string} {
  const {failures, styleError} = formatted(prepared, styleName, lang)
  return styleError === undefined ? {failures} : {failures, styleError}
}

/** The bibliography as `[id, html]` entries in the style's order. */
export function htmlEntries(prepared: CslItem[], styleName: string, lang: string): Array<[string, string]> {
  return formatted(prepared, styleName, lang).entries
}
