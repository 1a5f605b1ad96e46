import type {FootnoteDefinition, FootnoteReference, Parent, PhrasingContent, Text} from 'mdast'
import type {Citation, NoteCitation, TitleNote} from '@octavo/tree'
import {toString} from 'mdast-util-to-string'
import {append, spliceItems} from '@octavo/tree'
import {capitalizeFirst, dropFinalPeriod, pandocCite, pandocForm, type PandocCite} from './pandoc.js'
import {warn, type NotesState} from './process-state.js'

/** A note's text: its paragraphs' `mdast-util-to-string`, joined by a blank line. */
export function noteText(def: FootnoteDefinition | TitleNote): string {
  return def.children.map((child) => toString(child)).join('\n\n')
}

/** A Pandoc citation resolved and formatted. */
interface Cluster {
  /** Its cites, each with its form (full at first mention, Ibid. or short later). */
  cites: PandocCite[]
  /** Its formatted text as phrasing content (the citation as written when there is no style). */
  children: PhrasingContent[]
  text: string
  /** Each cite's record, with its span in `text`. */
  citations: NoteCitation[]
  /** Whether the style formatted it. */
  formatted: boolean
}

/**
 * A Pandoc citation (`[see @key, p. 5]`) resolved and formatted. `index`
 * counts the citations of the note before it.
 */
function cluster(state: NotesState, node: Citation, index: number): Cluster {
  const cites = resolveCites(state, node, index)
  const formatted = state.formatter.cluster(cites)
  const children: PhrasingContent[] = formatted?.children ?? [{type: 'text', value: node.value}]
  const text = formatted?.text ?? node.value
  const citations = cites.map((cite, i): NoteCitation => {
    const span = formatted?.spans[i] ?? {start: 0, end: text.length}
    return {ref: cite.ref, form: cite.form, text: text.slice(span.start, span.end), locator: cite.locator, label: cite.label, prefix: cite.prefix, start: span.start, end: span.end}
  })
  return {cites, children, text, citations, formatted: formatted !== undefined}
}

/**
 * Each key of a Pandoc citation looked up in the bibliography and given its
 * form; an unknown key is an error. With no bibliography at all, no key can
 * cite anything (an `@name` is a handle: `…, @samplereality. May 2, 2012`;
 * `Open Discourse [@OpenDiscourseDE], Tweet`): its text stays, with a
 * warning that says how to cite by key, as Pandoc keeps going with one.
 */
function resolveCites(state: NotesState, node: Citation, index: number): PandocCite[] {
  const cites: PandocCite[] = []
  for (const ci of node.items) {
    const item = state.bibliography.get(ci.key)
    if (!item) {
      const handle = state.bibliography.size === 0
      if (handle)
        warn(state, `@${ci.key} kept as text: no bibliography is given, so it cites nothing (add \`bibliography:\` to the front matter to cite by key, or write \\@)`, node.position, 'warning')
      else warn(state, `unknown citation key @${ci.key}`, node.position, 'error')
      continue
    }
    state.registry.addGiven(item)
    const form = pandocForm(item.id, ci.locator ?? null, index + cites.length, state.seen, state.previous, state.ibid)
    state.seen.add(item.id)
    cites.push(pandocCite(ci, item.id, form))
    state.lastRef = item.id
    state.registry.cited(item)
  }
  return cites
}

/**
 * A Pandoc citation in the body becomes note `number`: a
 * `footnoteReference` in its place, a generated `footnoteDefinition`
 * (`state.generated`) and its record.
 */
export function generateNote(state: NotesState, node: Citation, parent: Parent, number: number): void {
  const formatted = cluster(state, node, 0)
  if (formatted.formatted) capitalizeFirst(formatted.children)
  const text = toString({type: 'paragraph', children: formatted.children})
  const identifier = newIdentifier(state, number)
  const position = node.position
  const reference: FootnoteReference = {type: 'footnoteReference', identifier, label: identifier, data: {number}, ...(position ? {position} : {})}
  placeReference(state, node, parent, reference, formatted)
  // Capitalising changes no length: the spans hold in the note's text.
  const citations = formatted.citations.map((c) => ({...c, text: text.slice(c.start, c.end)}))
  state.generated.push({
    type: 'footnoteDefinition',
    identifier,
    label: identifier,
    children: [{type: 'paragraph', children: formatted.children, ...(position ? {position} : {})}],
    data: {number, generated: true, citations, commentary: false},
    ...(position ? {position} : {})
  })
  state.notes.push({note: number, text, commentary: false, citations})
  state.previous = citations
}

/** `cite-N`, or `cite-N-2`… when a written note has that identifier. */
function newIdentifier(state: NotesState, number: number): string {
  let identifier = `cite-${number}`
  for (let n = 2; state.identifiers.has(identifier); n++) identifier = `cite-${number}-${n}`
  state.identifiers.add(identifier)
  return identifier
}

/** The reference replaces the citation in the body; `@key says`: the author's name stays in the text, the note follows it. */
function placeReference(state: NotesState, node: Citation, parent: Parent, reference: FootnoteReference, formatted: Cluster): void {
  const first = formatted.cites[0]
  const author = node.items[0]?.authorInText && first && formatted.formatted ? state.formatter.author(first) : undefined
  if (author && node.position) for (const child of author) child.position = node.position
  const index = parent.children.indexOf(node as never)
  if (index === -1) return
  spliceItems(parent.children as never[], index, 1, [...((author ?? []) as never[]), reference as never])
  if (!author) afterPunctuation(parent.children as PhrasingContent[], reference)
}

/**
 * A note made of a citation goes after the punctuation that follows it, and
 * the space before it goes, as Pandoc does for a notes style (`a claim
 * [@x].` → `a claim.¹`).
 */
function afterPunctuation(children: PhrasingContent[], reference: FootnoteReference): void {
  const index = children.indexOf(reference)
  const before = children[index - 1]
  if (before?.type === 'text') trimEnd(before)
  const next = children[index + 1]
  const mark = next?.type === 'text' ? /^[.,;:!?]+/.exec(next.value) : null
  if (!next || next.type !== 'text' || !mark) return
  const length = mark[0].length
  const at = next.position?.start
  const moved: PhrasingContent = {type: 'text', value: mark[0]}
  if (at) {
    const shifted = {line: at.line, column: at.column + length, ...(at.offset === undefined ? {} : {offset: at.offset + length})}
    moved.position = {start: at, end: shifted}
    next.position = {start: shifted, end: next.position!.end}
  }
  next.value = next.value.slice(length)
  if (next.value === '') children.splice(index + 1, 1)
  // Joined to the text before it, so that it sets as one word with it; its
  // position then runs to the punctuation (over the citation's source).
  if (before?.type === 'text') {
    before.value += mark[0]
    if (before.position && moved.position) before.position = {start: before.position.start, end: moved.position.end}
  } else children.splice(index, 0, moved)
}

/** The space at the end of a text goes (unless it is all space), its position with it. */
function trimEnd(before: Text): void {
  const trimmed = before.value.replace(/\s+$/, '')
  const cut = before.value.length - trimmed.length
  if (cut === 0 || trimmed === '') return
  before.value = trimmed
  const end = before.position?.end
  const start = before.position?.start
  if (!start || !end) return
  // Where the text now ends, counted from where it starts.
  const lines = trimmed.split('\n')
  const column = lines.length === 1 ? start.column + trimmed.length : lines.at(-1)!.length + 1
  before.position = {start, end: {line: start.line + lines.length - 1, column, ...(end.offset === undefined ? {} : {offset: end.offset - cut})}}
}

/** Where a citation stood while the note's text is read: a private-use marker with its index. */
const marker = (i: number) => `\u{F0000}${i}\u{F0001}`
const MARKERS = /\u{F0000}(\d+)\u{F0001}/gu
const MARKER = /\u{F0000}(\d+)\u{F0001}/u

/**
 * Replace the Pandoc citations of a written note by their formatted text
 * and push their citations (offsets in the note's text) to `out`; the
 * note's text. Each citation stands as a marker first, so that its place in
 * the note's text is known.
 */
export function formatInNote(state: NotesState, def: FootnoteDefinition | TitleNote, nodes: readonly Citation[], out: NoteCitation[]): string {
  if (nodes.length === 0) return noteText(def)
  const clusters: Cluster[] = []
  for (const node of nodes) clusters.push(cluster(state, node, out.length + clusters.reduce((n, f) => n + f.cites.length, 0)))
  swapCitations(def, nodes, (i) => [{type: 'text', value: marker(i)}])
  const {text, pieces} = fillMarkers(noteText(def), clusters, out)
  restoreMarkers(def, pieces)
  return text
}

/** Each citation of `nodes` under `parent` replaced by what `replace` makes of it (by its index). */
function swapCitations(parent: Parent, nodes: readonly Citation[], replace: (i: number) => PhrasingContent[]): void {
  parent.children = parent.children.flatMap((child) => {
    const i = child.type === 'citation' ? nodes.indexOf(child) : -1
    if (child.type === 'citation' && i !== -1) return replace(i) as never[]
    if ('children' in child) swapCitations(child, nodes, replace)
    return [child]
  }) as typeof parent.children
}

/**
 * The note's text with each marker replaced by its citation's formatted text
 * (capitalised at the note's start, without its final period before
 * punctuation), each cite pushed to `out` with its offsets; `pieces`: the
 * formatted phrasing content by marker index.
 */
function fillMarkers(withMarkers: string, clusters: readonly Cluster[], out: NoteCitation[]): {text: string; pieces: PhrasingContent[][]} {
  let text = ''
  let last = 0
  const pieces: PhrasingContent[][] = []
  for (const match of withMarkers.matchAll(MARKERS)) {
    const i = Number(match[1])
    const f = clusters[i]!
    text += withMarkers.slice(last, match.index)
    last = match.index + match[0].length
    if (f.formatted) {
      if (text.trim() === '') capitalizeFirst(f.children)
      if (/^[.,;:!?]/.test(withMarkers.slice(last))) dropFinalPeriod(f.children)
    }
    const plain = toString({type: 'paragraph', children: f.children})
    for (const c of f.citations) {
      const cut = Math.min(c.end ?? plain.length, plain.length)
      out.push({...c, text: plain.slice(c.start ?? 0, cut), start: text.length + (c.start ?? 0), end: text.length + cut})
    }
    text += plain
    pieces[i] = f.children
  }
  return {text: text + withMarkers.slice(last), pieces}
}

/** The markers under `parent` become the formatted citations. */
function restoreMarkers(parent: Parent, pieces: readonly PhrasingContent[][]): void {
  parent.children = parent.children.flatMap((child) => {
    const match = child.type === 'text' ? MARKER.exec(child.value) : null
    if (child.type === 'text' && match) {
      const before = child.value.slice(0, match.index)
      const rest = child.value.slice(match.index + match[0].length)
      const parts: PhrasingContent[] = [...(before ? [{...child, value: before}] : []), ...(pieces[Number(match[1])] ?? [])]
      if (rest) {
        const tail: Parent = {type: 'paragraph', children: [{...child, value: rest}]}
        restoreMarkers(tail, pieces)
        append(parts, tail.children as PhrasingContent[])
      }
      return parts as never[]
    }
    if ('children' in child) restoreMarkers(child, pieces)
    return [child]
  }) as typeof parent.children
}
