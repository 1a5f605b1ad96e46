/**
 * `octavo notes <file>`: notes or reference strings without an article
 * around them (a list of references, a JSON Lines export) into citations, as
 * AnyStyle's `parse` does. Reading the input and writing the output are here;
 * the reading of the notes is `readNotes` of `@octavo/citations`.
 */
import path from 'node:path'
import type {Diagnostic, NoteCitation} from '@octavo/parser'
import {readNotes, readNotesAhead, toBibtex, toCitationsJson, toCslJson, toRis, type NoteInput, type ReadNotesResult} from '@octavo/citations'
import type {NotesAhead} from './notes-parallel.js'
import {jsonErrorMessage, jsonErrorOffset} from './json-position.js'
import {append} from '@octavo/tree'

/** What `notes --to` writes. */
export const NOTES_FORMATS = ['jsonl', 'csl-json', 'ris', 'bibtex', 'citations'] as const
export type NotesFormat = (typeof NOTES_FORMATS)[number]

/** One note of the input, with where it is. */
export interface NoteLine {
  /** The id as the input gave it (a JSON Lines id may be a number): written back as it is. */
  given: string | number
  id: string
  text: string
  /** The document it belongs to, when the input names one. */
  doc?: string
  /** 1-based line of its first line, and the offset of that line in the file. */
  line: number
  offset: number
}

export interface ReadInput {
  notes: NoteLine[]
  diagnostics: Diagnostic[]
}

/** At most this many malformed lines are reported one by one. */
const MAX_LINE_ERRORS = 20

const SOURCE = 'cli:notes'

type Position = NonNullable<Diagnostic['position']>

function at(line: number, column: number, offset: number): Position {
  const point = {line, column, offset}
  return {start: point, end: point}
}

/** The lines of a text with their numbers and offsets (`\n` or `\r\n`). */
function lines(text: string): Array<{text: string; line: number; offset: number}> {
  const out: Array<{text: string; line: number; offset: number}> = []
  let offset = 0
  text.split('\n').forEach((raw, index) => {
    out.push({text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, line: index + 1, offset})
    offset += raw.length + 1
  })
  return out
}

/**
 * Plain text: one note a line, blank lines skipped; with `paragraphs`, one
 * note a paragraph (blank-line separated), its lines joined with one space.
 * A note's text is trimmed; ids are `1`, `2`, … in order.
 */
export function readTextNotes(text: string, paragraphs: boolean): ReadInput {
  const notes: NoteLine[] = []
  let open: {parts: string[]; line: number; offset: number} | undefined
  const close = () => {
    if (!open) return
    const id = String(notes.length + 1)
    notes.push({given: id, id, text: open.parts.join(' '), line: open.line, offset: open.offset})
    open = undefined
  }
  for (const {text: raw, line, offset} of lines(text)) {
    const trimmed = raw.trim()
    if (trimmed === '') {
      close()
      continue
    }
    if (!paragraphs) close()
    if (open) open.parts.push(trimmed)
    else open = {parts: [trimmed], line, offset}
  }
  close()
  return {notes, diagnostics: []}
}

/** The column of `"key":` in a JSON line (a good guess for a message about that key), else 1. */
function keyColumn(raw: string, key: string): number {
  const match = new RegExp(`"${key}"\\s*:`).exec(raw)
  return match ? match.index + 1 : 1
}

function kind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

/**
 * JSON Lines: one object a line, `{"id": string | number, "text": string,
 * "doc"?: string}` (other keys are ignored; `"doc": null` is no doc). Blank
 * lines are skipped. A line that is not such an object, or repeats an id, is an
 * error at its line (and the column of the fault when known).
 */
export function readJsonlNotes(text: string): ReadInput {
  const notes: NoteLine[] = []
  const diagnostics: Diagnostic[] = []
  const seen = new Map<string, number>()
  let errors = 0
  let hidden: Position | undefined
  const error = (line: number, column: number, offset: number, message: string) => {
    errors++
    const position = at(line, column, offset + column - 1)
    if (errors <= MAX_LINE_ERRORS) diagnostics.push({severity: 'error', message, position, source: SOURCE})
    else hidden ??= position
  }
  for (const {text: raw, line, offset} of lines(text)) {
    if (raw.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (problem) {
      const column = (jsonErrorOffset(raw) ?? 0) + 1
      error(line, column, offset, `invalid JSON: ${jsonErrorMessage(problem)}`)
      continue
    }
    const first = raw.length - raw.trimStart().length + 1
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      error(line, first, offset, `expected a JSON object {"id": …, "text": …}, found ${kind(value)}`)
      continue
    }
    const record = value as Record<string, unknown>
    const {id, text: noteText, doc} = record
    if (!Object.hasOwn(record, 'text')) {
      error(line, first, offset, 'missing "text"')
      continue
    }
    if (typeof noteText !== 'string') {
      error(line, keyColumn(raw, 'text'), offset, `"text" must be a string, found ${kind(noteText)}`)
      continue
    }
    if (noteText.trim() === '') {
      error(line, keyColumn(raw, 'text'), offset, '"text" is empty')
      continue
    }
    if (!Object.hasOwn(record, 'id')) {
      error(line, first, offset, 'missing "id"')
      continue
    }
    if (typeof id !== 'string' && typeof id !== 'number') {
      error(line, keyColumn(raw, 'id'), offset, `"id" must be a string or a number, found ${kind(id)}`)
      continue
    }
    if (typeof id === 'string' && id.trim() === '') {
      error(line, keyColumn(raw, 'id'), offset, '"id" is empty')
      continue
    }
    if (doc !== undefined && doc !== null && typeof doc !== 'string') {
      error(line, keyColumn(raw, 'doc'), offset, `"doc" must be a string, found ${kind(doc)}`)
      continue
    }
    if (doc === '') {
      error(line, keyColumn(raw, 'doc'), offset, '"doc" is empty (leave it out for notes of no named document)')
      continue
    }
    const key = String(id)
    const before = seen.get(key)
    if (before !== undefined) {
      error(line, keyColumn(raw, 'id'), offset, `duplicate id ${JSON.stringify(key)} (first on line ${before})`)
      continue
    }
    seen.set(key, line)
    notes.push({given: id, id: key, text: noteText, ...(typeof doc === 'string' ? {doc} : {}), line, offset})
  }
  if (hidden) {
    const more = errors - MAX_LINE_ERRORS
    diagnostics.push({severity: 'error', message: `${more} more malformed line${more === 1 ? '' : 's'} from here on, not shown`, position: hidden, source: SOURCE})
  }
  return {notes, diagnostics}
}

/** Whether a file is read as JSON Lines (by its extension; everything else is plain text). */
export function isJsonl(file: string): boolean {
  return path.extname(file).toLowerCase() === '.jsonl'
}

/** The notes as `readNotes` takes them: each positioned at its line, column 1. */
export function noteInputs(notes: readonly NoteLine[]): NoteInput[] {
  return notes.map((note) => ({id: note.id, text: note.text, ...(note.doc === undefined ? {} : {doc: note.doc}), position: at(note.line, 1, note.offset)}))
}

/** UTF-16 offsets in `text` → code point offsets (an astral character counts one). */
function codePoints(text: string): (offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset
  const table: number[] = []
  let points = 0
  for (let i = 0; i < text.length; i++) {
    table[i] = points
    const c = text.charCodeAt(i)
    // The low half of a pair maps where its high half does.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) points++
    else table[i] = points - 1
  }
  table[text.length] = points
  return (offset) => table[Math.max(0, Math.min(offset, text.length))] ?? points
}

/** `confidence` when the notes reader gives one (0–1), else null. */
function confidence(citation: NoteCitation): number | null {
  const value = (citation as {confidence?: unknown}).confidence
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** A citation on a line of `--to jsonl`: offsets in code points into the note's text, the fields of the work it cites. */
export interface JsonlCitation {
  start: number | null
  end: number | null
  form: NoteCitation['form']
  ref: string
  fields: Record<string, unknown> | null
  locator: string | null
  label: string
  prefix: string | null
  confidence: number | null
}

/** A line of `--to jsonl`: the input record's id and its citations. */
export interface JsonlRecord {
  id: string | number
  citations: JsonlCitation[]
}

/** One JSON line per note: its citations with offsets in code points and the fields of the work each cites. */
function toJsonl(notes: readonly NoteLine[], result: ReadNotesResult): string {
  const byId = new Map(result.items.map((item) => [item.id, item]))
  const fields = (ref: string): Record<string, unknown> | null => {
    const item = byId.get(ref)
    if (!item) return null
    const {id: _id, ...rest} = item
    return rest
  }
  return notes
    .map((note, index) => {
      const points = codePoints(note.text)
      const citations = (result.records[index]?.citations ?? []).map((c): JsonlCitation => ({
        start: c.start === undefined ? null : points(c.start),
        end: c.end === undefined ? null : points(c.end),
        form: c.form,
        ref: c.ref,
        fields: fields(c.ref),
        locator: c.locator,
        label: c.label,
        prefix: c.prefix,
        confidence: confidence(c)
      }))
      return `${JSON.stringify({id: note.given, citations} satisfies JsonlRecord)}\n`
    })
    .join('')
}

/**
 * `citations.json` (contracts §2) with the notes numbered 1.. in input order.
 * When the input names documents, each note also has `doc` (after `note`;
 * null for a note of no named document).
 */
function toCitations(notes: readonly NoteLine[], result: ReadNotesResult): string {
  const records = notes.map((note, index) => ({
    note: index + 1,
    text: note.text,
    commentary: result.records[index]?.commentary ?? false,
    citations: result.records[index]?.citations ?? []
  }))
  const json = toCitationsJson({notes: records, items: result.items})
  if (!notes.some((note) => note.doc !== undefined)) return json
  const parsed = JSON.parse(json) as {notes: Array<Record<string, unknown>>; items: unknown[]}
  const withDoc = parsed.notes.map(({note, ...rest}, index) => ({note, doc: notes[index]?.doc ?? null, ...rest}))
  return `${JSON.stringify({notes: withDoc, items: parsed.items}, null, 2)}\n`
}

/** The output of `notes --to format`. */
export function notesOutput(format: NotesFormat, notes: readonly NoteLine[], result: ReadNotesResult): string {
  switch (format) {
    case 'jsonl':
      return toJsonl(notes, result)
    case 'csl-json':
      return toCslJson(result.items)
    case 'ris':
      return toRis(result.items)
    case 'bibtex':
      return toBibtex(result.items)
    case 'citations':
      return toCitations(notes, result)
  }
}

/**
 * Read the notes of an input (already decoded) into citations. `ahead`:
 * starts reading the notes' texts ahead in other threads (notes-parallel.ts),
 * or gives undefined to have them all read here; the result is the same.
 */
export async function readNoteFile(
  text: string,
  options: {jsonl: boolean; paragraphs: boolean; ahead?: (texts: string[]) => NotesAhead | undefined}
): Promise<{notes: NoteLine[]; result: ReadNotesResult | undefined; diagnostics: Diagnostic[]}> {
  const input = options.jsonl ? readJsonlNotes(text) : readTextNotes(text, options.paragraphs)
  const diagnostics = [...input.diagnostics]
  if (diagnostics.some((d) => d.severity === 'error')) return {notes: input.notes, result: undefined, diagnostics}
  if (input.notes.length === 0) {
    diagnostics.push({severity: 'error', message: 'no notes in the file: it is empty or blank', position: at(1, 1, 0), source: SOURCE})
    return {notes: input.notes, result: undefined, diagnostics}
  }
  const ahead = options.ahead?.(input.notes.map((note) => note.text))
  let result: ReadNotesResult
  try {
    result = ahead ? await readNotesAhead(noteInputs(input.notes), ahead.note) : readNotes(noteInputs(input.notes))
  } finally {
    await ahead?.stop()
  }
  append(diagnostics, result.diagnostics)
  return {notes: input.notes, result, diagnostics}
}
