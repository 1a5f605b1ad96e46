/**
 * The one place that talks to citation-js 0.8 (core + CSL, RIS and BibTeX
 * plugins). Everything else in this package goes through these typed
 * functions.
 */
import {createHash} from 'node:crypto'
import type {CslItem} from '@octavo/tree'
import {loadCore, PLUGIN_LOADERS} from './cite-js-plugins.js'

/** citation-js's registers of plugins (its core loaded on first use). */
const plugins = () => loadCore().plugins

/**
 * citation-js's plugins, each loaded (and registered with the core) the
 * first time it is needed: a build that writes no bibliography never loads
 * citeproc-js, one that reads no BibTeX never loads the BibTeX parser.
 * They are CommonJS, as the core is, so they register with the same core
 * (see `cite-js-plugins.ts`).
 */
const loaded = new Set<keyof typeof PLUGIN_LOADERS>()

function plugin(name: keyof typeof PLUGIN_LOADERS): void {
  if (loaded.has(name)) return
  PLUGIN_LOADERS[name]()
  loaded.add(name)
}

/** A CSL engine (citeproc-js) as far as we use it. */
export interface CiteprocEngine {
  updateItems(ids: string[]): string[]
  makeCitationCluster(items: CiteprocCitationItem[]): string
  opt: {development_extensions: {wrap_url_and_doi: boolean}}
}

/** A cite as citeproc-js takes it; `position` is citeproc's number (0 first, 1 subsequent, 2 ibid, 3 ibid with locator). */
export interface CiteprocCitationItem {
  id: string
  locator?: string
  label?: string
  prefix?: string
  position?: number
}

interface Register {
  has(name: string): boolean
  add(name: string, value: string): void
}
interface CslConfig {
  styles: Register
  locales: Register
  engine(data: CslItem[], style: string, lang: string | undefined, format: string): CiteprocEngine
}

/** The CSL plugin's configuration (styles, locales, engines), loading the plugin. */
function csl(): CslConfig {
  plugin('csl')
  return plugins().config.get('@csl') as CslConfig
}

/**
 * citeproc-js keeps names and item ids as keys of plain objects
 * (`namereg[family].ikey[initials].skey[given]`, `registry[id]`, …), so a
 * value equal to an `Object.prototype` key (`constructor`, `toString`,
 * `__proto__`) finds the inherited function instead of nothing and citeproc
 * throws, or silently drops the item. Such a value gets this mark appended
 * before citeproc sees it, and every string citeproc returns has the mark
 * taken out again, so the printed text is the one written. U+FDD0 is a
 * Unicode noncharacter, reserved for a program's internal use: it is never
 * meant to be in interchanged text, and `prepareForStyle` removes it from the
 * input.
 */
export const KEY_MARK = '\uFDD0'
const MARKS = /\uFDD0/g

/** `value` as citeproc can use it as an object key: with `KEY_MARK` appended when (periods and outer white space aside, as citeproc's keys drop them) it is an `Object.prototype` key. */
export function citeprocKey(value: string): string {
  const bare = value.replace(/\./g, '').trim()
  if (!Object.prototype.hasOwnProperty.call(Object.prototype, bare)) return value
  // before trailing periods and spaces: citeproc takes those off some keys (`__proto__.`)
  return value.replace(/[.\s]*$/, (tail) => KEY_MARK + tail)
}

/** Text from citeproc without the marks `citeprocKey` added. */
export function unmark(text: string): string {
  return text.replace(MARKS, '')
}

/**
 * citation-js caches one citeproc engine per (style name, locale) and reuses
 * it for the next call with the same style. An engine that threw midway may
 * be left in any state, so after a throw `resetEngines` moves every style to
 * a new name (the generation is part of the name): the next call gets a fresh
 * engine, formatting exactly as in a new process.
 */
let generation = 0

/** Start afresh: the next call of any formatter builds a new citeproc engine. */
export function resetEngines(): void {
  generation += 1
}

/**
 * Register a CSL style given as XML and return its name in citation-js's
 * register. The name is derived from the XML itself (a SHA-256 digest), so two
 * different styles never share a name and the same style is registered once
 * per engine generation (see `resetEngines`).
 */
export function registerStyle(xml: string): string {
  const digest = createHash('sha256').update(xml).digest('hex').slice(0, 16)
  styleXml.set(digest, xml)
  const name = `octavo-${digest}-${generation}`
  const config = csl()
  if (!config.styles.has(name)) config.styles.add(name, xml)
  return name
}
const styleXml = new Map<string, string>()

/** The name of a registered style in the current engine generation (after `resetEngines`, a new name). */
export function currentStyleName(name: string): string {
  const xml = styleXml.get(name.split('-')[1] ?? '')
  return xml === undefined ? name : registerStyle(xml)
}

/** Whether citation-js has the locale (en-US is bundled). */
export function hasLocale(lang: string): boolean {
  return csl().locales.has(lang)
}

/** Format a bibliography: entries in the style's order, each `[id, formatted]`. */
export function bibliographyEntries(items: CslItem[], styleName: string, format: 'text' | 'html', lang: string): Array<[string, string]> {
  plugin('csl')
  const entries = plugins().output.format('bibliography', items, {
    template: styleName,
    format,
    lang,
    hyperlinks: format === 'html',
    asEntryArray: true
  }) as Array<[string, string]>
  return entries.map(([id, text]) => [unmark(id), unmark(text)])
}

/** A citeproc-js engine loaded with `items`, for formatting notes. */
export function citeprocEngine(items: CslItem[], styleName: string, lang: string, format: 'text' | 'html'): CiteprocEngine {
  const engine = csl().engine(items, styleName, lang, format)
  engine.opt.development_extensions.wrap_url_and_doi = format === 'html'
  engine.updateItems(items.map((item) => item.id))
  return {
    updateItems: (ids) => engine.updateItems(ids.map(citeprocKey)),
    makeCitationCluster: (cites) => unmark(engine.makeCitationCluster(cites.map((cite) => ({...cite, id: citeprocKey(cite.id)})))),
    opt: engine.opt
  }
}

/** Read bibliography data (CSL-JSON, BibTeX/BibLaTeX or RIS text) into CSL-JSON items with citation-js. */
export function readWithCiteJs(text: string, forceType: '@csl/list+object' | '@biblatex/text' | '@ris/file'): CslItem[] {
  if (forceType === '@biblatex/text') plugin('bibtex')
  if (forceType === '@ris/file') plugin('ris')
  const data: unknown = forceType === '@csl/list+object' ? JSON.parse(text) : text
  // What `new Cite(data)` does, but for its `this.data.push(...items)`: past ~150,000 entries that overflowed the stack.
  const items = (plugins().input as {chain(data: unknown, options: {forceType: string}): CslItem[]}).chain(data, {forceType})
  return withIds(items)
}

/**
 * An entry with no id (a RIS record without `ID`) is given `temp_id_<n>`,
 * the first not taken, as `Cite` gave it one (random, and found by a linear
 * search of the ids per entry). Such an entry cannot be cited.
 */
function withIds(items: CslItem[]): CslItem[] {
  const taken = new Set(items.map((item) => String(item.id)))
  let n = 0
  for (const item of items) {
    if (Object.prototype.hasOwnProperty.call(item, 'id')) continue
    while (taken.has(`temp_id_${++n}`));
    item.id = `temp_id_${n}`
  }
  return items
}
