/**
 * Renders cites and bibliography entries with citeproc-js and labels them.
 *
 * citeproc-js calls `sys.variableWrapper(params, pre, str, post)` for every
 * variable it renders in HTML mode; we wrap `str` in private-use markers
 * carrying an index into a table of those calls, then read the markers back
 * out of the HTML (`html.ts`) as spans of the plain text, and the spans as
 * labels (`labeling.ts`). Parsed styles are cached; engines are shared by the
 * documents of a block (`generate.ts`); item ids are unique per run.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {MARK_CLOSE, MARK_MID, MARK_OPEN, parseMarkedHtml} from './html.js'
import type {CslItem} from './items.js'
import {abbrevLabels, inferVariables, resolveOverlaps, spanLabels, VARIABLE_LABELS} from './labeling.js'
import type {LabelSpan, Range} from './spanned.js'

export const STYLE_DIR = '/usr/share/citation-style-language/styles'
export const LOCALE_DIR = '/usr/share/citation-style-language/locales'

interface WrapperParams {
  variableNames: string[]
  itemData: {id: string}
}

interface CiteprocSys {
  retrieveLocale(lang: string): string | false
  retrieveItem(id: string): CslItem | undefined
  variableWrapper(params: WrapperParams, pre: string, str: string, post: string): string
}

interface CiteprocEngine {
  setOutputFormat(format: string): void
  updateItems(ids: string[]): void
  makeCitationCluster(items: CiteprocCite[]): string
  makeBibliography(): [{entry_ids: string[][]; bibliography_errors: unknown[]}, string[]] | false
}

/** A style as citeproc-js parses it (`CSL.parseXml`); the engine takes it in place of the XML. */
type ParsedStyle = object

interface CiteprocModule {
  Engine: new (sys: CiteprocSys, style: string | ParsedStyle, lang: string, forceLang: boolean) => CiteprocEngine
  parseXml(xml: string): ParsedStyle
}

const require = createRequire(import.meta.url)
const CSL = require('citeproc') as CiteprocModule

/** citeproc-js positions: first, subsequent, ibid, ibid with locator. */
export type Position = 0 | 1 | 2 | 3

export interface CiteprocCite {
  id: string
  locator?: string
  label?: string
  position: Position
  'near-note': boolean
  'first-reference-note-number'?: number
}

/** A rendering with its labels: `text` is plain, offsets are into it. */
export interface Rendered {
  text: string
  labels: LabelSpan[]
  italics: Range[]
  /** Variables the wrapper reported that the label table does not know. */
  unknown: string[]
}

const localeCache = new Map<string, string | false>()

function retrieveLocale(lang: string): string | false {
  let xml = localeCache.get(lang)
  if (xml === undefined) {
    try {
      xml = readFileSync(`${LOCALE_DIR}/locales-${lang}.xml`, 'utf8')
    } catch {
      xml = false
    }
    localeCache.set(lang, xml)
  }
  return xml
}

/** The style with the final suffix of its citation layout removed (we end notes ourselves), and the delimiter of that layout. */
export function prepareStyle(xml: string): {xml: string; delimiter: string | undefined} {
  const citation = xml.indexOf('<citation')
  const layoutAt = citation < 0 ? -1 : xml.indexOf('<layout', citation)
  if (layoutAt < 0) return {xml, delimiter: undefined}
  const tagEnd = xml.indexOf('>', layoutAt)
  const tag = xml.slice(layoutAt, tagEnd)
  const raw = /\sdelimiter="([^"]*)"/.exec(tag)?.[1]
  const delimiter = raw === undefined ? undefined : parseMarkedHtml(raw.replace(/\s/g, '&#32;')).text.replace(/\s/g, ' ')
  const stripped = tag.replace(/\ssuffix="\.?"/, '')
  return {xml: xml.slice(0, layoutAt) + stripped + xml.slice(tagEnd), delimiter}
}

const styleCache = new Map<string, {parsed: ParsedStyle; delimiter: string | undefined}>()

/** The style read, prepared and parsed once per process. */
function loadStyle(style: string): {parsed: ParsedStyle; delimiter: string | undefined} {
  let loaded = styleCache.get(style)
  if (loaded === undefined) {
    const prepared = prepareStyle(readFileSync(`${STYLE_DIR}/${style}.csl`, 'utf8'))
    loaded = {parsed: CSL.parseXml(prepared.xml), delimiter: prepared.delimiter}
    styleCache.set(style, loaded)
  }
  return loaded
}

/**
 * One citeproc-js engine for one style and locale. An engine carries state
 * from one rendering to the next that can change later output (see `BLOCK` in
 * `generate.ts`); reuse it only where that is accounted for.
 */
export class StyleEngine {
  readonly delimiter: string | undefined
  private readonly engine: CiteprocEngine
  private items = new Map<string, CslItem>()
  private calls: WrapperParams[] = []

  constructor(
    readonly style: string,
    readonly locale: string
  ) {
    const prepared = loadStyle(style)
    this.delimiter = prepared.delimiter
    const sys: CiteprocSys = {
      retrieveLocale,
      retrieveItem: (id) => this.items.get(id),
      variableWrapper: (params, pre, str, post) => {
        this.calls.push(params)
        return `${pre}${MARK_OPEN}${this.calls.length - 1}${MARK_MID}${str}${MARK_CLOSE}${post}`
      }
    }
    this.engine = new CSL.Engine(sys, structuredClone(prepared.parsed), locale, true)
    this.engine.setOutputFormat('html')
  }

  /** Makes `items` the engine's whole registry (their ids must be new to it). */
  setItems(items: CslItem[]): void {
    this.items = new Map(items.map((item) => [item.id, structuredClone(item)]))
    this.engine.updateItems(items.map((item) => item.id))
  }

  cite(cite: CiteprocCite, item: CslItem): Rendered {
    this.calls = []
    const html = this.engine.makeCitationCluster([cite])
    return this.label(html, () => item)
  }

  /** The bibliography of the registered items: one rendering per entry, with the id of its item. */
  bibliography(itemsById: ReadonlyMap<string, CslItem>): Array<{id: string; rendered: Rendered}> {
    this.calls = []
    const result = this.engine.makeBibliography()
    if (result === false) return []
    const [meta, entries] = result
    const calls = this.calls
    return entries.flatMap((html, index) => {
      const id = this.entryItem(html, calls) ?? meta.entry_ids[index]?.[0]
      const item = id === undefined ? undefined : itemsById.get(id)
      if (id === undefined || item === undefined) return []
      this.calls = calls
      return [{id, rendered: this.label(html, (wrapped) => itemsById.get(wrapped) ?? item)}]
    })
  }

  /** The item an entry renders, from the wrapper calls it contains (the entry ids of some styles are out of step with the entries). */
  private entryItem(html: string, calls: WrapperParams[]): string | undefined {
    const ids = [...html.matchAll(new RegExp(`${MARK_OPEN}(\\d+)${MARK_MID}`, 'g'))].map((match) => calls[Number(match[1])]?.itemData.id)
    return ids.find((id) => id !== undefined)
  }

  private label(html: string, itemFor: (id: string) => CslItem): Rendered {
    const parsed = parseMarkedHtml(html)
    const unknown: string[] = []
    const candidates = parsed.spans.flatMap((span) => {
      const params = this.calls[span.index]
      if (params === undefined) return []
      for (const name of params.variableNames) if (!(name in VARIABLE_LABELS)) unknown.push(name)
      const item = itemFor(params.itemData.id)
      const variables = params.variableNames.length > 0 ? params.variableNames : inferVariables(parsed.text, span.start, span.end, item)
      return spanLabels(parsed.text, span.start, span.end, item, variables).map((label) => ({span: label, depth: span.depth}))
    })
    const labels = abbrevLabels(parsed.text, resolveOverlaps(parsed.text, candidates))
    return {text: parsed.text, labels, italics: parsed.italics, unknown}
  }
}
