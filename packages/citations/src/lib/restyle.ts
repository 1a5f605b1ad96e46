/**
 * Re-styled notes (`--restyle-notes cmos17|cmos18`): each note's citations
 * formatted anew with the CSL style, the first mention of a work in full and
 * later ones short. CMOS 17 may use "Ibid." (never after a note citing more
 * than one source); CMOS 18 uses the short form instead.
 *
 * The positions (full, short, ibid) are decided here, from the notes, and the
 * style renders each with citeproc-js (`makeCitationCluster` with the
 * position given).
 */
import type {PhrasingContent} from 'mdast'
import type {CslItem, Diagnostic} from '@octavo/tree'
import {citeprocEngine, type CiteprocCitationItem} from './cite-js.js'
import {htmlPhrasing} from './bibliography.js'
import {guarded, prepareForStyle, resolveStyle, type StyleOptions} from './format.js'

/** A note as in `citations.json` (contracts §2; the notes reader's `NoteRecord` fits): only these fields are read. */
export interface RestyleNoteInput {
  note: number
  text: string
  commentary: boolean
  citations: ReadonlyArray<{
    ref: string
    locator: string | null
    label: string
    prefix: string | null
  }>
}

export type RestyleForm = 'full' | 'short' | 'ibid'

export interface RestyledNote {
  note: number
  /** The note's new text. Commentary notes, and notes without citations, keep their text. */
  children: PhrasingContent[]
  /** The form given to each citation, in order (commentary notes included: they count as mentions). */
  forms: RestyleForm[]
  /** False when the note's text was kept as it is. */
  restyled: boolean
}

export interface RestyleOptions extends StyleOptions {
  edition: 'cmos17' | 'cmos18'
}

/** citeproc's position numbers. */
const POSITION = {first: 0, subsequent: 1, ibid: 2, ibidWithLocator: 3} as const

/**
 * Decide each citation's form: the first mention of a work is full; a later
 * one is short, or, in CMOS 17, "Ibid." when it is the first citation of its
 * note and the note just before (by number) cites that one work alone, with
 * the same locator or with a locator of its own.
 */
export function restyleForms(notes: readonly RestyleNoteInput[], edition: RestyleOptions['edition']): RestyleForm[][] {
  const seen = new Set<string>()
  const byNumber = new Map(notes.map((note) => [note.note, note]))
  return notes.map((note) =>
    note.citations.map((citation, index) => {
      if (!seen.has(citation.ref)) {
        seen.add(citation.ref)
        return 'full'
      }
      const previous = byNumber.get(note.note - 1)
      const only = previous?.citations.length === 1 ? previous.citations[0] : undefined
      const ibid = edition === 'cmos17' && index === 0 && only !== undefined && only.ref === citation.ref && (citation.locator !== null || only.locator === null)
      return ibid ? 'ibid' : 'short'
    })
  )
}

/** Signal words that open a prefix, lower-cased after `; ` (CMOS 14.36): `Also see` → `also see`. */
const SIGNALS = new Set(['See', 'Also', 'Cf.', 'Compare', 'For', 'Quoted', 'Cited', 'But', 'On'])

function midSentence(prefix: string): string {
  const first = prefix.split(' ')[0] ?? ''
  return SIGNALS.has(first) ? first.toLowerCase() + prefix.slice(first.length) : prefix
}

function position(form: RestyleForm, locator: string | null): number {
  if (form === 'full') return POSITION.first
  if (form === 'short') return POSITION.subsequent
  return locator === null ? POSITION.ibid : POSITION.ibidWithLocator
}

/** Upper-case the first letter of formatted phrasing (a note starts with a capital: `see` → `See`). */
export function capitalizeFirst(children: PhrasingContent[]): PhrasingContent[] {
  const first = children[0]
  if (!first) return children
  if (first.type === 'text') first.value = first.value.replace(/^(\P{L}*)(\p{Ll})/u, (_, before: string, letter: string) => before + letter.toUpperCase())
  else if ('children' in first) capitalizeFirst(first.children as PhrasingContent[])
  return children
}

/**
 * A citation as citeproc-js takes it: its form as citeproc's position, the
 * locator (an en dash range written with a hyphen, so that the style's page
 * range format applies), and the prefix (a signal word after the first cite
 * of a cluster in lower case).
 */
export function citeprocItem(citation: {ref: string; locator: string | null; label: string; prefix: string | null}, form: RestyleForm, index: number): CiteprocCitationItem {
  const cite: CiteprocCitationItem = {id: citation.ref, position: position(form, citation.locator)}
  if (citation.locator !== null) {
    // citeproc applies the style's page-range format (Chicago: 254–56) to hyphenated ranges only
    cite.locator = citation.locator.replace(/(\d)\s*[\u2013\u2014]\s*(\d)/g, '$1-$2')
    cite.label = citation.label
  }
  if (citation.prefix !== null) cite.prefix = (index === 0 ? citation.prefix : midSentence(citation.prefix)) + ' '
  return cite
}

/**
 * For each note, its re-styled text as phrasing content (`text`, `emphasis`,
 * `link`), ready for `footnoteDefinition.data.restyled`.
 */
export function restyleNotes(notes: readonly RestyleNoteInput[], items: readonly CslItem[], options: RestyleOptions): RestyledNote[] {
  const forms = restyleForms(notes, options.edition)
  const known = new Set(items.map((item) => item.id))
  const keep = (note: RestyleNoteInput, noteForms: RestyleForm[]): RestyledNote => ({
    note: note.note,
    children: note.text === '' ? [] : [{type: 'text', value: note.text}],
    forms: noteForms,
    restyled: false
  })
  if (items.length === 0) return notes.map((note, i) => keep(note, forms[i] ?? []))
  const {name, lang} = resolveStyle(options)
  const engine = guarded(options, undefined, () =>
    citeprocEngine(
      items.map((item) => prepareForStyle(item, options.diagnostics)),
      name,
      lang,
      'html'
    )
  )
  return notes.map((note, i) => {
    const noteForms = forms[i] ?? []
    if (!engine || note.commentary || note.citations.length === 0) return keep(note, noteForms)
    const missing = note.citations.filter((c) => !known.has(c.ref))
    if (missing.length > 0) {
      options.diagnostics?.push({
        severity: 'warning',
        message: `Note ${note.note} cites ${missing.map((c) => `"${c.ref}"`).join(', ')}, not among the items; its text is kept`,
        source: 'citations:restyle'
      } satisfies Diagnostic)
      return keep(note, noteForms)
    }
    const cites = note.citations.map((citation, j) => citeprocItem(citation, noteForms[j] ?? 'full', j))
    const html = guarded(options, '', () => engine.makeCitationCluster(cites))
    if (html === '') return keep(note, noteForms)
    // A note starts with a capital (a prefix written `see` in a Pandoc citation).
    return {note: note.note, children: capitalizeFirst(htmlPhrasing(html)), forms: noteForms, restyled: true}
  })
}
