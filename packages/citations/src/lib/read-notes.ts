import type {FootnoteDefinition, Root} from 'mdast'
import type {Position} from 'unist'
import type {CslItem, Diagnostic, NoteCitation} from '@octavo/tree'
import {processCitations} from './process.js'
import {mergeItems} from './merge.js'
import {orderItem} from './notes-json.js'
import type {PreparedNote} from './prepare-notes.js'

/** One note or reference string to read (`octavo notes`, AnyStyle's `parse`). */
export interface NoteInput {
  /** The caller's name for it; returned on its record and in its diagnostics' messages. */
  id: string
  /** The note's text, as it is: the citations' offsets count in it. */
  text: string
  /**
   * The document the note belongs to: notes of one document are read in the
   * order given, and `Ibid.` and short forms resolve only within it. Absent
   * (or `''`): the one unnamed document.
   */
  doc?: string
  /** Where the note is in the caller's file: put on the diagnostics about it. */
  position?: Position
}

/** What was read from one input, in the order of the inputs. */
export interface ReadNoteRecord {
  id: string
  /** The input's `doc`; `''` for the unnamed document. */
  doc: string
  /** Offsets (`start`, `end`) in UTF-16 code units of the input's `text`; `ref` an id of `items`. */
  citations: NoteCitation[]
  /** True when the note says more than its citations. */
  commentary: boolean
}

export interface ReadNotesResult {
  records: ReadNoteRecord[]
  /** One CSL-JSON item per distinct work across all documents, in order of first citation. */
  items: CslItem[]
  diagnostics: Diagnostic[]
}

export interface ReadNotesOptions {
  /** CSL locale, passed to `processCitations`. */
  lang?: string
  /**
   * The inputs read ahead by `prepareNote` (in other threads), in the order
   * of the inputs: the result is the same as without them. One whose text is
   * not its input's (or missing) is read here.
   */
  prepared?: ReadonlyArray<PreparedNote | undefined>
}

/** The unnamed document. */
const DEFAULT_DOC = ''

/**
 * Read notes or reference strings that come without an article around them
 * (a list of references, a JSON Lines export): each document's notes become
 * footnote definitions numbered 1..n of a tree of their own, read by
 * `processCitations` (segmented, parsed, `Ibid.` and short forms resolved in
 * that document only), then the documents' items are merged with
 * `mergeItems`: a work cited in several documents is one item with the first
 * document's id; two different works that got the same id in two documents
 * get distinct ids (`b`, `c`, …). No I/O; never throws on bad text.
 */
export function readNotes(inputs: readonly NoteInput[], options: ReadNotesOptions = {}): ReadNotesResult {
  const documents = documentsOf(inputs)
  return mergeDocuments(
    inputs,
    documents.map((indices) => readDocument(inputs, indices, options.prepared, options.lang))
  )
}

/**
 * `readNotes` with the inputs read ahead as they come (worker threads:
 * `prepared(index)` resolves with input `index` read by `prepareNote`, or
 * undefined to read it here): a document is read as soon as its notes are
 * there, while later ones are still being prepared. The same result as
 * `readNotes`.
 */
export async function readNotesAhead(
  inputs: readonly NoteInput[],
  prepared: (index: number) => Promise<PreparedNote | undefined>,
  options: Omit<ReadNotesOptions, 'prepared'> = {}
): Promise<ReadNotesResult> {
  const read: DocumentRead[] = []
  for (const indices of documentsOf(inputs)) {
    const ready: Array<PreparedNote | undefined> = []
    for (const index of indices) ready[index] = await prepared(index)
    read.push(readDocument(inputs, indices, ready, options.lang))
  }
  return mergeDocuments(inputs, read)
}

/** The documents in order of first appearance, each with its inputs in order. */
function documentsOf(inputs: readonly NoteInput[]): number[][] {
  const documents = new Map<string, number[]>()
  inputs.forEach((input, index) => {
    const doc = input.doc ?? DEFAULT_DOC
    const list = documents.get(doc)
    if (list) list.push(index)
    else documents.set(doc, [index])
  })
  return [...documents.values()]
}

/** What one document's notes gave: each note's citations (by input index), the diagnostics, the works. */
interface DocumentRead {
  indices: readonly number[]
  notes: Map<number, {citations: NoteCitation[]; commentary: boolean}>
  diagnostics: Diagnostic[]
  items: CslItem[]
}

/** One document's notes (`indices`, in order) as footnote definitions 1..n of a tree of their own, read by `processCitations`. */
function readDocument(inputs: readonly NoteInput[], indices: readonly number[], ahead: ReadNotesOptions['prepared'], lang: string | undefined): DocumentRead {
  const defs = indices.map((index, i) => definition(inputs[index]!, i + 1))
  const prepared = preparedOf(defs, indices, ahead)
  const tree: Root = {type: 'root', children: defs}
  const result = processCitations(tree, {...(lang === undefined ? {} : {lang}), ...(prepared ? {prepared} : {})})
  const notes = new Map<number, {citations: NoteCitation[]; commentary: boolean}>()
  for (const note of result.notes) {
    const index = indices[note.note - 1]
    if (index !== undefined) notes.set(index, {citations: note.citations, commentary: note.commentary})
  }
  return {indices, notes, diagnostics: result.diagnostics.map((d) => relabel(d, indices, inputs)), items: result.items}
}

/** The documents' works merged (`mergeItems`), each note's refs mapped to the merged ids, the items in order of first citation. */
function mergeDocuments(inputs: readonly NoteInput[], documents: readonly DocumentRead[]): ReadNotesResult {
  /** For each input, its document's place in `documents`. */
  const docOf: number[] = new Array(inputs.length)
  documents.forEach((d, k) => {
    for (const index of d.indices) docOf[index] = k
  })
  // One item per work across the documents; each document's refs mapped to the merged ids.
  const merged = mergeItems(documents.map((d) => d.items))
  const records = inputs.map((input, index): ReadNoteRecord => {
    const k = docOf[index] ?? 0
    const map = merged.idMaps[k]
    const got = documents[k]?.notes.get(index) ?? {citations: [], commentary: input.text.trim() !== ''}
    return {
      id: input.id,
      doc: input.doc ?? DEFAULT_DOC,
      citations: got.citations.map((c) => ({...c, ref: map?.get(c.ref) ?? c.ref})),
      commentary: got.commentary
    }
  })

  // Items in order of first citation, reading the inputs in their order.
  const byId = new Map(merged.items.map((item) => [item.id, item]))
  const items: CslItem[] = []
  const placed = new Set<string>()
  const place = (id: string) => {
    const item = byId.get(id)
    if (item && !placed.has(id)) {
      placed.add(id)
      items.push(orderItem(item))
    }
  }
  for (const record of records) for (const c of record.citations) place(c.ref)
  for (const item of merged.items) place(item.id)
  return {records, items, diagnostics: documents.flatMap((d) => d.diagnostics)}
}

/** A document's notes read ahead, by their definitions (`indices`: the inputs they are). */
function preparedOf(defs: readonly FootnoteDefinition[], indices: readonly number[], prepared: ReadNotesOptions['prepared']): Map<FootnoteDefinition, PreparedNote> | undefined {
  if (!prepared) return undefined
  const out = new Map<FootnoteDefinition, PreparedNote>()
  defs.forEach((def, i) => {
    const ready = prepared[indices[i]!]
    if (ready) out.set(def, ready)
  })
  return out
}

/** The input as note `number` of its document's tree: one paragraph of text. */
function definition(input: NoteInput, number: number): FootnoteDefinition {
  return {
    type: 'footnoteDefinition',
    identifier: String(number),
    label: String(number),
    children: [{type: 'paragraph', children: [{type: 'text', value: input.text}]}],
    data: {number},
    ...(input.position ? {position: input.position} : {})
  }
}

/** `note 3: …` (the note's number in its document's tree) becomes `note <id>: …`. */
function relabel(diagnostic: Diagnostic, indices: readonly number[], inputs: readonly NoteInput[]): Diagnostic {
  const match = /^note (\d+): /.exec(diagnostic.message)
  const index = match ? indices[Number(match[1]) - 1] : undefined
  const input = index === undefined ? undefined : inputs[index]
  if (!match || !input) return diagnostic
  return {...diagnostic, message: `note ${input.id}: ${diagnostic.message.slice(match[0].length)}`}
}
