/**
 * Pandoc citations (`[see @key, p. 4]`) formatted as notes with the CSL style,
 * the way Pandoc's citeproc does for a notes style (Chicago notes and
 * bibliography): a citation in the body becomes a footnote of its own, a
 * citation inside a footnote is formatted in place. The first mention of a
 * work is full, a later one short, and "Ibid." (CMOS 17) when the note just
 * before cites that one work alone.
 *
 * The forms are decided here (`pandocForm`), from the notes in number order;
 * citeproc-js renders each cite with the position given, through the engine
 * of `cite-js.ts`.
 */
import type {PhrasingContent} from 'mdast'
import type {CitationItem, CslItem, NoteCitation} from '@octavo/tree'
import {toString} from 'mdast-util-to-string'
import {citeprocEngine, type CiteprocCitationItem, type CiteprocEngine} from './cite-js.js'
import {htmlPhrasing} from './html-phrasing.js'
import {guarded, prepareForStyle, resolveStyle, type StyleOptions} from './format.js'
import {capitalizeFirst, citeprocItem, type RestyleForm} from './restyle.js'

export {capitalizeFirst}

/** One cite of a Pandoc citation, resolved to an item, with the form it is given. */
export interface PandocCite {
  ref: string
  form: RestyleForm
  locator: string | null
  label: string
  prefix: string | null
  /** What follows the locator (`and passim`), as written. */
  suffix?: string
  /** `-@key`: the author is left out. */
  suppressAuthor?: boolean
}

/** A formatted cluster: its phrasing, its plain text, and where each cite stands in that text. */
export interface FormattedCluster {
  children: PhrasingContent[]
  text: string
  /** One per cite: offsets in `text`, the prefix left out. */
  spans: Array<{start: number; end: number}>
}

/** citeproc-js cite fields our `CiteprocCitationItem` leaves out. */
type FullCite = CiteprocCitationItem & {suffix?: string; 'suppress-author'?: boolean; 'author-only'?: boolean}

/**
 * The form of a citation of `ref`: full at the first mention, else "Ibid."
 * (when `ibid`: CMOS 17) if it is the first citation of its note and the note
 * before cites this one work alone, with the same locator or with a locator
 * of its own; else short. `seen` holds the works mentioned so far (written
 * notes count only with the `ref` they were resolved to); `previous` the
 * citations of the note before.
 */
export function pandocForm(ref: string, locator: string | null, index: number, seen: ReadonlySet<string>, previous: readonly Pick<NoteCitation, 'ref' | 'locator'>[], ibid: boolean): RestyleForm {
  if (!seen.has(ref)) return 'full'
  const only = previous.length === 1 ? previous[0] : undefined
  if (ibid && index === 0 && only !== undefined && only.ref === ref && (locator !== null || only.locator === null)) return 'ibid'
  return 'short'
}

/** The cite of a citation item given its form. */
export function pandocCite(item: CitationItem, ref: string, form: RestyleForm): PandocCite {
  const cite: PandocCite = {ref, form, locator: item.locator ?? null, label: item.label ?? 'page', prefix: item.prefix ?? null}
  if (item.suffix !== undefined) cite.suffix = item.suffix
  if (item.suppressAuthor) cite.suppressAuthor = true
  return cite
}

/** Drop the final period of formatted phrasing (a citation followed by `.` in a written note). */
export function dropFinalPeriod(children: PhrasingContent[]): PhrasingContent[] {
  const last = children.at(-1)
  if (last?.type === 'text' && last.value.endsWith('.') && !/\bIbid\.$/.test(last.value)) last.value = last.value.slice(0, -1)
  return children
}

/**
 * Formats Pandoc citations with a CSL style: one citeproc engine over the
 * bibliography, made at the first use. Without a style (or when citeproc
 * fails: an error diagnostic) `cluster` gives undefined and the caller keeps
 * the citation as written.
 */
export class PandocFormatter {
  private engine: CiteprocEngine | undefined
  private made = false

  constructor(
    private readonly items: readonly CslItem[],
    private readonly options: StyleOptions | undefined
  ) {}

  private get(): CiteprocEngine | undefined {
    if (!this.made) {
      this.made = true
      const options = this.options
      if (options && this.items.length > 0) {
        const {name, lang} = resolveStyle(options)
        this.engine = guarded(options, undefined, () =>
          citeprocEngine(
            this.items.map((item) => prepareForStyle(item, options.diagnostics)),
            name,
            lang,
            'html'
          )
        )
      }
    }
    return this.engine
  }

  private format(cites: FullCite[]): PhrasingContent[] | undefined {
    const engine = this.get()
    if (!engine || !this.options) return undefined
    const html = guarded(this.options, '', () => engine.makeCitationCluster(cites))
    return html === '' ? undefined : htmlPhrasing(html)
  }

  /** A Pandoc citation's cites as one note text (`see David Owen, Copies in Seconds (…, 2004), 4.`). */
  cluster(cites: readonly PandocCite[]): FormattedCluster | undefined {
    if (cites.length === 0) return undefined
    const children = this.format(cites.map((cite, index) => toCiteproc(cite, index, true)))
    if (!children) return undefined
    const text = toString({type: 'paragraph', children})
    // Each cite alone, without its prefix, found in the cluster's text in turn
    // (ignoring case: after a prefix, citeproc writes `see ibid.`).
    const lower = text.toLowerCase()
    const folded = lower.length === text.length ? lower : text
    let from = 0
    const spans = cites.map((cite, index) => {
      const alone = this.format([toCiteproc(cite, index, false)])
      const full = alone ? toString({type: 'paragraph', children: alone}) : ''
      const bare = /\bIbid\.$/.test(full) ? full : full.replace(/\.$/, '')
      for (const candidate of [bare, full]) {
        const at = candidate === '' ? -1 : folded.indexOf(candidate.toLowerCase(), from)
        if (at !== -1) {
          from = at + candidate.length
          return {start: at, end: at + candidate.length}
        }
      }
      return {start: from, end: text.length}
    })
    return {children, text, spans}
  }

  /** The author of an author-in-text citation (`@owen2004 says` → `David Owen`, later `Owen`). */
  author(cite: PandocCite): PhrasingContent[] | undefined {
    const position = cite.form === 'full' ? 0 : 1
    return this.format([{id: cite.ref, position, 'author-only': true}])
  }
}

function toCiteproc(cite: PandocCite, index: number, withPrefix: boolean): FullCite {
  const out: FullCite = citeprocItem(cite, cite.form, index)
  if (!withPrefix) delete out.prefix
  if (cite.suffix !== undefined) out.suffix = (cite.locator === null ? ', ' : ' ') + cite.suffix
  if (cite.suppressAuthor) out['suppress-author'] = true
  return out
}
