/**
 * Bibliography formatting with a CSL style (our Chicago notes-bibliography
 * style, or any other) through citation-js.
 */
import type {CslItem, Diagnostic} from '@octavo/tree'
import {citeprocKey, hasLocale, KEY_MARK, registerStyle, resetEngines} from './cite-js.js'
import {formatProblems, htmlEntries} from './entries.js'
import {entriesText, formattedKey, keptEntries, storedEntries, type FormattedStore} from './formatted-store.js'
import {cleanItem} from './export.js'
import {forLegalPrinting} from './legal-printing.js'
import {append} from '@octavo/tree'

/** Options shared by the formatting functions. */
export interface StyleOptions {
  /** The CSL style as XML text (e.g. `styles/chicago-notes-bibliography.csl`, read by the caller). */
  style: string
  /** A locale citation-js has (en-US is bundled); default `en-US`. */
  lang?: string
  /** Problems are pushed here (an unknown locale, a style citeproc cannot run). */
  diagnostics?: Diagnostic[]
  /** Formatted bibliographies kept between runs (formatted-store.ts): the same one is not formatted again. */
  store?: FormattedStore
}

export interface FormatBibliographyOptions extends StyleOptions {
  format: 'text' | 'html'
}

/**
 * Where the style finds what a CSL item can only say in `note`: CSL 1.0.2 has
 * no variable for a translated title, so before formatting we copy
 * `Translated title: …` into `reviewed-title` and `Translated container
 * title: …` into `references`, two variables our item types do not use and
 * our style prints in brackets after the title / container title.
 */
export const NOTE_FIELDS: ReadonlyArray<{label: string; variable: string}> = [
  {label: 'Translated title', variable: 'reviewed-title'},
  {label: 'Translated container title', variable: 'references'}
]

/** The parts of a note: separated by `; ` or line breaks. */
function noteParts(note: unknown): string[] {
  if (typeof note !== 'string') return []
  return note
    .split(/;\s+|\n+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

const NAME_PARTS = ['family', 'given', 'literal', 'suffix', 'dropping-particle', 'non-dropping-particle'] as const

/** Only white space (citeproc-js throws on some such fields): treated as absent. */
const blank = (value: unknown): boolean => typeof value === 'string' && !/\S/.test(value)

/**
 * What citeproc-js cannot take as it is: strings of only white space are
 * dropped (a name left with no part is dropped, a name list left empty too),
 * the noncharacter `KEY_MARK` is removed from every string, and an id or name
 * part equal to an `Object.prototype` key is marked (`citeprocKey`; the mark
 * is taken out of citeproc's output again).
 */
function forCiteproc(item: CslItem, diagnostics: Diagnostic[] | undefined): CslItem {
  const out: CslItem = {...item, id: citeprocKey(item.id.split(KEY_MARK).join(''))}
  const record = out as Record<string, unknown>
  for (const [key, value] of Object.entries(record)) {
    if (key === 'id') continue
    if (typeof value === 'string') {
      const text = value.split(KEY_MARK).join('')
      if (blank(text)) delete record[key]
      // a cite that renders as one field alone (a title) is a key of citeproc's `ambigcites`
      else record[key] = key === 'type' ? text : citeprocKey(text)
    } else if (Array.isArray(value) && value.every((name) => typeof name === 'object' && name !== null && !Array.isArray(name))) {
      const names = (value as Array<Record<string, unknown>>).flatMap((name) => {
        const copy: Record<string, unknown> = {...name}
        for (const part of NAME_PARTS) {
          const text = copy[part]
          if (typeof text !== 'string') continue
          const clean = text.split(KEY_MARK).join('')
          if (blank(clean)) delete copy[part]
          else copy[part] = citeprocKey(clean)
        }
        return NAME_PARTS.some((part) => typeof copy[part] === 'string') ? [copy] : []
      })
      if (names.length > 0) record[key] = names
      else if (value.length > 0) delete record[key]
    }
  }
  if (typeof item.title === 'string' && out.title === undefined) {
    diagnostics?.push({
      severity: 'warning',
      message: `Item ${item.id} has a title of only white space; it is formatted without a title`,
      source: 'citations:format'
    })
  }
  return out
}

/**
 * A copy of `item` ready for our style: translated titles from `note` (see
 * `NOTE_FIELDS`), a bare DOI (no `https://doi.org/` or `doi:`), what a legal
 * item says twice printed once (`LEGAL_PRINTING`), and a short title (the
 * title before its subtitle) when the item has none. Strings of
 * only white space count as absent (a warning names the item when that leaves
 * it without a title), and ids and name parts citeproc-js would take for
 * `Object.prototype` keys (`constructor`, `toString`, `__proto__`) are marked
 * so that it does not (they print as written).
 */
export function prepareForStyle(item: CslItem, diagnostics?: Diagnostic[]): CslItem {
  const out = forLegalPrinting(forCiteproc(cleanItem(item), diagnostics))
  for (const part of noteParts(item['note'])) {
    for (const {label, variable} of NOTE_FIELDS) {
      const prefix = label + ':'
      if (part.startsWith(prefix) && out[variable] === undefined) {
        const value = part.slice(prefix.length).trim()
        if (value !== '') out[variable] = citeprocKey(value.split(KEY_MARK).join(''))
      }
    }
  }
  // a DOI written as a link or with a `doi:` prefix: the style adds https://doi.org/ itself
  if (typeof out['DOI'] === 'string') {
    out['DOI'] = out['DOI'].replace(/^\s*(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '').trim()
  }
  if (out['title-short'] === undefined && typeof out.title === 'string') {
    const colon = out.title.indexOf(': ')
    if (colon > 0) out['title-short'] = out.title.slice(0, colon)
  }
  return out
}

/**
 * The CSL locale for a BCP 47 tag: the tag itself, else its language's main
 * region (`en` → `en-US`, `fr` → `fr-FR`), else undefined.
 */
export function cslLocale(tag: string): string | undefined {
  const normal = tag.replace(/_/g, '-')
  const primary = (normal.split('-')[0] ?? '').toLowerCase()
  const candidates = [normal, primary === 'en' ? 'en-US' : `${primary}-${primary.toUpperCase()}`]
  return candidates.find((candidate) => primary !== '' && hasLocale(candidate))
}

/** Resolve the style and the locale, reporting problems. */
export function resolveStyle(options: StyleOptions): {name: string; lang: string} {
  const name = registerStyle(options.style)
  let lang = cslLocale(options.lang ?? 'en-US') ?? options.lang ?? 'en-US'
  if (!hasLocale(lang)) {
    options.diagnostics?.push({
      severity: 'warning',
      message: `No CSL locale for "${lang}"; the bibliography is formatted in en-US`,
      source: 'citations:format'
    })
    lang = 'en-US'
  }
  return {name, lang}
}

/**
 * Run a formatter, turning citeproc's exceptions (a broken style) into a
 * diagnostic; the engine that threw is thrown away (`resetEngines`).
 */
export function guarded<T>(options: StyleOptions, fallback: T, run: () => T): T {
  try {
    return run()
  } catch (error) {
    resetEngines()
    options.diagnostics?.push({
      severity: 'error',
      message: `The CSL style could not format the items: ${error instanceof Error ? error.message : String(error)}`,
      source: 'citations:format'
    })
    return fallback
  }
}

/**
 * The bibliography as text (one entry a line) or HTML (citation-js's
 * `csl-bib-body`, URLs as links), sorted by the style. Same items and style →
 * same string.
 */
export function formatBibliography(items: readonly CslItem[], options: FormatBibliographyOptions): string {
  if (items.length === 0) return ''
  const prepared = items.map((item) => prepareForStyle(item, options.diagnostics))
  const entries = formatEntries(prepared, options)
  if (entries.length === 0) return ''
  if (options.format === 'html') return `<div class="csl-bib-body">\n${entries.map(([, html]) => html).join('')}</div>`
  return entriesText(entries)
}

/**
 * Report what citeproc could not format: one error per item it threw on
 * (that entry is left out), or one error for a style it cannot run.
 */
export function reportProblems(prepared: CslItem[], name: string, lang: string, options: StyleOptions): void {
  const {failures, styleError} = formatProblems(prepared, name, lang)
  if (styleError !== undefined) {
    options.diagnostics?.push({
      severity: 'error',
      message: `The CSL style could not format the items: ${styleError}`,
      source: 'citations:format'
    })
  }
  for (const {id, message} of failures) {
    options.diagnostics?.push({
      severity: 'error',
      message: `item ${id} could not be formatted (left out of the bibliography): ${message}`,
      source: 'citations:format'
    })
  }
}

/**
 * citeproc's HTML entries for `prepared` (items already through
 * `prepareForStyle`), from `options.store` when it has them; the problems of
 * formatting them (an unknown locale, items citeproc threw on) are pushed to
 * `options.diagnostics` either way. A bibliography with an error is not kept.
 */
export function formatEntries(prepared: CslItem[], options: StyleOptions): Array<[string, string]> {
  const key = options.store && prepared.length > 0 ? formattedKey(options.style, options.lang, prepared) : undefined
  const kept = key === undefined ? undefined : options.store!.get(key)
  if (kept) {
    if (options.diagnostics) append(options.diagnostics, kept.diagnostics)
    return keptEntries(kept)
  }
  const diagnostics: Diagnostic[] = []
  const local: StyleOptions = {...options, diagnostics}
  const {name, lang} = resolveStyle(local)
  const entries = guarded(local, [] as Array<[string, string]>, () => {
    reportProblems(prepared, name, lang, local)
    return htmlEntries(prepared, name, lang)
  })
  if (options.diagnostics) append(options.diagnostics, diagnostics)
  if (key !== undefined && !diagnostics.some((d) => d.severity === 'error')) options.store!.set(key, storedEntries(entries, diagnostics))
  return entries
}
