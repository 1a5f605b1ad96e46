import type {Root, FootnoteDefinition, Parent, Nodes} from 'mdast'
import type {Citation, CslItem, Diagnostic, NoteCitation, TitleNote} from '@octavo/tree'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {segmentNote} from './notes-reader.js'
import type {Segment, NoteSegmentation} from './segment.js'
import type {Italics} from './model/features.js'
import type {StoredModel} from './model/store.js'
import {labelKey, type LabelStore} from './label-store.js'
import type {ReadingStore} from './reading-store.js'
import type {PreparedNote} from './prepare-notes.js'
import type {LabeledCitation} from './model/reader.js'
import {WorkRegistry} from './resolve.js'
import type {NoteRecord} from './notes-json.js'
import {cleanItem} from './export.js'
import {PandocFormatter} from './pandoc.js'
import {greatest, least} from '@octavo/tree'
import {warn, type NotesState} from './process-state.js'
import {resolveMention} from './back-references.js'
import {withDoubleFamilyNames, type CitationReading} from './read-citation.js'
import {formatInNote, generateNote, noteText} from './pandoc-notes.js'

export interface ProcessCitationsOptions {
  /** Items for Pandoc citations (`[@key, p. 5]`), from the article's bibliography file(s). */
  bibliography?: CslItem[]
  /**
   * The CSL style (XML) that formats Pandoc citations as notes (first mention
   * full, later short, Ibid.). Without it they are kept as written.
   */
  style?: string
  /** A CSL locale for the formatted citations; default `en-US`. */
  lang?: string
  /** Whether a repeated citation may be "Ibid." (CMOS 17, the default); false: the short form (CMOS 18). */
  ibid?: boolean
  /** Another notes model than the shipped one (training, evaluation). */
  model?: StoredModel
  /** The model's labels of notes kept between runs (label-store.ts; of the model used). */
  labels?: LabelStore
  /** Whole readings of notes kept between runs (reading-store.ts; of this build of the package and the model used). */
  readings?: ReadingStore
  /**
   * Notes read ahead by `prepareNote` (another thread; the same model), by
   * their definition in the tree: used for a note whose text is the one
   * prepared and that has no italics or links; other notes are read here.
   */
  prepared?: ReadonlyMap<FootnoteDefinition, PreparedNote>
}

export interface ProcessCitationsResult {
  tree: Root
  notes: NoteRecord[]
  items: CslItem[]
  diagnostics: Diagnostic[]
}

/** Under this confidence a citation is one an editor should check (`octavo build` says which, once). */
export const LOW_CONFIDENCE = 0.6
/** At most this many notes are named in that warning. */
const LOW_CONFIDENCE_NOTES = 10

/**
 * One warning naming the notes whose citations the reader is least sure of,
 * the least sure first: where an editor should look. Undefined when every
 * citation reaches `LOW_CONFIDENCE`.
 */
export function lowConfidenceWarning(notes: readonly NoteRecord[]): {message: string; note: number} | undefined {
  const doubtful = notes
    .map((n) => ({note: n.note, least: least(n.citations.map((c) => c.confidence ?? 1))}))
    .filter((n) => n.least < LOW_CONFIDENCE)
    .sort((a, b) => a.least - b.least || a.note - b.note)
  if (doubtful.length === 0) return undefined
  const named = doubtful.slice(0, LOW_CONFIDENCE_NOTES)
  const more = doubtful.length - named.length
  const list = named.map((n) => `${n.note} (${n.least.toFixed(2)})`).join(', ')
  return {message: `citations read with low confidence in note${doubtful.length > 1 ? 's' : ''} ${list}${more > 0 ? ` and ${more} more` : ''}: check them`, note: named[0]!.note}
}

/**
 * One walk over a note: its italic runs (`*Title*`, in Markdown the titles of
 * books and journals) and its Pandoc citations.
 */
function noteParts(def: FootnoteDefinition): {italics: string[]; citations: Citation[]} {
  const italics: string[] = []
  const citations: Citation[] = []
  const walk = (node: Nodes): void => {
    if (node.type === 'emphasis') {
      const t = toString(node)
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\s,.:;]+$/u, '')
      if (t.length >= 3) italics.push(t)
    } else if (node.type === 'citation') citations.push(node)
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(def)
  return {italics, citations}
}

/**
 * Where a note's italic runs and links are in its text (the text being its
 * paragraphs' `mdast-util-to-string`, joined by a blank line): the same walk,
 * counting lengths. Nothing when the count does not come out at `text`.
 */
function noteLayout(def: FootnoteDefinition, text: string): {italics: Italics; links: Array<{start: number; end: number; url: string}>} {
  const italics: Array<[number, number]> = []
  const links: Array<{start: number; end: number; url: string}> = []
  let offset = 0
  const walk = (node: Nodes): void => {
    const start = offset
    if ('value' in node && typeof node.value === 'string') offset += node.value.length
    else if (node.type === 'image' && node.alt) offset += node.alt.length
    else if ('children' in node) for (const child of node.children) walk(child as Nodes)
    if (node.type === 'emphasis' && offset > start) italics.push([start, offset])
    if (node.type === 'link' && /^(?:https?:|www\.)/i.test(node.url)) links.push({start, end: offset, url: node.url})
  }
  def.children.forEach((child, i) => {
    if (i > 0) offset += 2
    walk(child as Nodes)
  })
  return offset === text.length ? {italics, links} : {italics: [], links: []}
}

/**
 * The bibliography's items that a Pandoc citation of the tree cites, in the
 * bibliography's order: citeproc registers only these, as Pandoc does, so an
 * uncited entry costs nothing (a bibliography of 10,000 entries with 2 cited
 * took 6 s) and never makes a cited one ambiguous.
 */
function citedItems(tree: Root, bibliography: ReadonlyMap<string, CslItem>): CslItem[] {
  const keys = new Set<string>()
  visit(tree, 'citation', (node: Citation) => {
    for (const item of node.items) keys.add(item.key)
  })
  return [...bibliography.values()].filter((item) => keys.has(item.id))
}

/**
 * Read every footnote into citations (a tree → tree step): segment, parse,
 * resolve `Ibid.` and short forms, deduplicate works. Sets
 * `data.citations` and `data.commentary` on each `footnoteDefinition` and
 * returns the `citations.json` records. Never throws on bad input.
 *
 * Pandoc citations, as Pandoc's citeproc treats them in a notes style: one in
 * the body becomes a note of its own, numbered as the parser said
 * (`citation.data.noteNumber`, in reading order with the written notes): a
 * `footnoteReference` where the citation was and a generated
 * `footnoteDefinition` (`data.generated`) holding the citation formatted with
 * `options.style` (full, short or Ibid. by position; written notes count as
 * earlier mentions when their citations resolve to the same item). One inside
 * a written note is replaced there by its formatted text.
 *
 * The steps, sharing one `NotesState` (`process-state.ts`): find the notes
 * (`findNotes`) and number them (`numberNotes`); then note by note, format
 * its Pandoc citations in place (`pandoc-notes.ts`), segment the rest
 * (`segment`, the notes model), resolve each citation, back-references and
 * short forms included (`resolveSegments`, `back-references.ts`), to a work of
 * the registry (`WorkRegistry`, `resolve.ts`, whose items are the result's
 * `items`), and record the note (`record`); last, the generated notes join
 * the tree (`appendGenerated`) and the low-confidence warning is given
 * (`warnLowConfidence`).
 */
export function processCitations(tree: Root, options: ProcessCitationsOptions = {}): ProcessCitationsResult {
  const found = findNotes(tree)
  const state = startState(tree, options, found.defs)
  // The acknowledgment note on the title comes first and has no number: its citations are formatted in place.
  for (const note of found.titleNotes) readTitleNote(state, note)
  for (const entry of numberNotes(found)) readEntry(state, entry)
  appendGenerated(tree, state.generated)
  warnLowConfidence(state, found.defs)
  return {tree, notes: state.notes, items: state.registry.items, diagnostics: state.diagnostics}
}

/** The notes of a tree: footnote definitions, title notes, and the Pandoc citations of the body (each a note of its own). */
interface FoundNotes {
  defs: FootnoteDefinition[]
  titleNotes: TitleNote[]
  bodyCitations: Array<{node: Citation; parent: Parent}>
}

/** A note to read, by its number: a written one, or a body citation that becomes one. */
type NumberedNote = {def: FootnoteDefinition; number: number} | {node: Citation; parent: Parent; number: number}

/** The tree's notes, in document order. */
function findNotes(tree: Root): FoundNotes {
  const found: FoundNotes = {defs: [], titleNotes: [], bodyCitations: []}
  visit(tree, (node: Nodes, _index, parent: Parent | undefined) => {
    if (node.type === 'footnoteDefinition' || node.type === 'titleNote') {
      if (node.type === 'footnoteDefinition') found.defs.push(node)
      else found.titleNotes.push(node)
      return 'skip'
    }
    if (node.type === 'citation' && parent) found.bodyCitations.push({node, parent})
    return undefined
  })
  return found
}

/** The written notes and the body citations in number order; a citation the parser did not number (a tree made elsewhere) comes after the written notes. */
function numberNotes({defs, bodyCitations}: FoundNotes): NumberedNote[] {
  const written = defs.map((def, i) => ({def, number: def.data?.number ?? i + 1}))
  let after = greatest(
    written.map((w) => w.number),
    0
  )
  const cited = bodyCitations.map(({node, parent}) => ({node, parent, number: node.data?.noteNumber ?? ++after}))
  const numbered: NumberedNote[] = [...written, ...cited]
  return numbered.sort((a, b) => a.number - b.number)
}

/** The state of one call: nothing read yet; the bibliography's cited items given to the formatter. */
function startState(tree: Root, options: ProcessCitationsOptions, defs: readonly FootnoteDefinition[]): NotesState {
  const diagnostics: NotesState['diagnostics'] = []
  const bibliography = new Map<string, CslItem>()
  // Clean copies: citation-js's internals (`_graph`) are no CSL-JSON for citations.json.
  for (const item of options.bibliography ?? []) if (item && typeof item.id === 'string') bibliography.set(item.id, cleanItem(item))
  const style = options.style === undefined ? undefined : {style: options.style, ...(options.lang === undefined ? {} : {lang: options.lang}), diagnostics}
  return {
    diagnostics,
    registry: new WorkRegistry(),
    bibliography,
    formatter: new PandocFormatter(citedItems(tree, bibliography), style),
    ibid: options.ibid ?? true,
    lang: options.lang,
    model: options.model,
    labels: options.labels,
    readings: options.readings,
    prepared: options.prepared,
    marksItalics: defs.some(hasEmphasis),
    identifiers: new Set(defs.map((def) => def.identifier)),
    generated: [],
    notes: [],
    seen: new Set(),
    refsByNote: new Map(),
    previous: [],
    lastRef: undefined
  }
}

/** Whether a note has Markdown emphasis. */
function hasEmphasis(def: FootnoteDefinition): boolean {
  let found = false
  visit(def, 'emphasis', () => {
    found = true
    return false
  })
  return found
}

/** The note on the title: its Pandoc citations formatted in place; no record. */
function readTitleNote(state: NotesState, note: TitleNote): void {
  const nodes: Citation[] = []
  visit(note, 'citation', (node: Citation) => {
    nodes.push(node)
  })
  formatInNote(state, note, nodes, [])
  state.previous = []
}

/** One numbered note: a body citation made a note, a note generated by an earlier run (kept), a missing one, or a written one read. */
function readEntry(state: NotesState, entry: NumberedNote): void {
  if ('node' in entry) return generateNote(state, entry.node, entry.parent, entry.number)
  const data = (entry.def.data ??= {})
  if (data.generated && data.citations) keepGenerated(state, entry.def, entry.number, data.citations)
  else if (data.missing) {
    data.citations = []
    data.commentary = false
    record(state, {note: entry.number, text: '', commentary: false, citations: []})
  } else readNote(state, entry.def, entry.number)
}

/** A note made from a citation by an earlier run: kept as it is, its works registered. */
function keepGenerated(state: NotesState, def: FootnoteDefinition, number: number, citations: NoteCitation[]): void {
  for (const c of citations) {
    const item = state.bibliography.get(c.ref)
    if (item) state.registry.addGiven(item)
    state.seen.add(c.ref)
  }
  record(state, {note: number, text: noteText(def), commentary: false, citations})
}

/** A note's record joins `citations.json`; its citations are the previous note's for the next. */
function record(state: NotesState, note: NoteRecord): void {
  state.notes.push(note)
  state.previous = note.citations
}

/**
 * A written note read: its Pandoc citations formatted in place, the rest
 * segmented into citations, each resolved to its work; `data.citations` and
 * `data.commentary` set.
 */
function readNote(state: NotesState, def: FootnoteDefinition, number: number): void {
  const citations: NoteCitation[] = []
  const text = formatInNote(state, def, noteParts(def).citations, citations)
  const seg = segment(state, def, text, citations)
  for (const w of seg.warnings) warn(state, `note ${number}: ${w}`, def.position)
  resolveSegments(state, seg.segments, number, citations, def.position)
  citations.sort((a, b) => (a.start ?? 0) - (b.start ?? 0))
  const data = (def.data ??= {})
  data.citations = citations
  data.commentary = seg.commentary || (text.trim() !== '' && citations.length === 0)
  for (const c of citations) state.seen.add(c.ref)
  state.refsByNote.set(
    number,
    citations.map((c) => c.ref)
  )
  record(state, {note: number, text, commentary: data.commentary, citations})
}

/** The note's text, its Pandoc citations blanked out, read by the notes model. */
function segment(state: NotesState, def: FootnoteDefinition, text: string, citations: readonly NoteCitation[]): NoteSegmentation {
  let masked = text
  for (const c of citations) masked = masked.slice(0, c.start) + ' '.repeat((c.end ?? 0) - (c.start ?? 0)) + masked.slice(c.end)
  const layout = noteLayout(def, text)
  const ready = state.marksItalics || layout.links.length > 0 ? undefined : state.prepared?.get(def)
  if (ready?.text === masked && 'segmentation' in ready) return ready.segmentation
  const labels = ready?.text === masked && 'labels' in ready ? preparedLabels(ready.text, ready.labels) : state.labels
  return segmentNote(masked, {
    ...(state.marksItalics ? {italics: layout.italics} : {}),
    links: layout.links,
    known: (p) => state.registry.matchShort(p) !== undefined,
    ...(state.model ? {model: state.model} : {}),
    ...(labels ? {labels} : {}),
    ...(state.readings ? {readings: state.readings} : {})
  })
}

/** The labels of a note prepared ahead, as a store that holds them alone. */
function preparedLabels(text: string, labels: readonly LabeledCitation[]): LabelStore {
  const key = labelKey(text, undefined)
  return {get: (k) => (k === key ? labels : undefined), set: () => undefined}
}

/** Each segment's work and locator, pushed to `citations` (a segment that names none is left out). */
function resolveSegments(state: NotesState, segments: readonly Segment[], number: number, citations: NoteCitation[], position: FootnoteDefinition['position']): void {
  segments.forEach((s, i) => {
    const p = inArticleLanguage(s.parsed, state.lang)
    const resolved = resolveMention(state, {reading: p, written: s.text, number, first: i === 0, here: citations, position})
    if (!resolved) return
    citations.push({
      ref: resolved.item.id,
      form: p.form,
      text: s.text,
      locator: resolved.locator,
      label: p.label,
      prefix: s.prefix,
      start: s.start,
      end: s.end,
      confidence: Math.round(p.confidence * 1000) / 1000
    })
    state.lastRef = resolved.item.id
    state.registry.cited(resolved.item)
  })
}

/**
 * A reading with its names as the article's language writes them: in a
 * Spanish article, a name's last given word that is no given name a reader
 * knows is its first family name (`Víctor Ruiz Albéniz, op. cit.`, a note
 * too short to read as Spanish by itself). A copy: readings may be kept.
 */
function inArticleLanguage(p: CitationReading, lang: string | undefined): CitationReading {
  if (!lang || !/^(?:es|ca|pt)\b/iu.test(lang)) return p
  const item = withDoubleFamilyNames(p.item)
  return item === p.item ? p : {...p, item}
}

/** The generated notes join the written ones at the end of the root, in number order. */
function appendGenerated(tree: Root, generated: readonly FootnoteDefinition[]): void {
  if (generated.length === 0) return
  const definitions = tree.children.filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition')
  const rest = tree.children.filter((node) => node.type !== 'footnoteDefinition')
  tree.children = [...rest, ...[...definitions, ...generated].sort((a, b) => (a.data?.number ?? 0) - (b.data?.number ?? 0))]
}

/** One warning naming the notes read with low confidence, at the first of them. */
function warnLowConfidence(state: NotesState, defs: readonly FootnoteDefinition[]): void {
  const doubtful = lowConfidenceWarning(state.notes)
  if (doubtful) warn(state, doubtful.message, defs.find((d) => d.data?.number === doubtful.note)?.position, 'warning', {kind: 'low-confidence', note: doubtful.note})
}
