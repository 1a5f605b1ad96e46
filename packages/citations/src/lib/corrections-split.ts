/**
 * `split` of a corrections file: one citation the notes reader read as one
 * (`Lee, Minority, 15; Jones, Manchuria, 72`) becomes several, each part read
 * as a citation of its own by the notes reader (`parseReference`): a full
 * citation is the work it names (an existing one when the same work is cited
 * elsewhere), a short form the earlier work it names, an `Ibid.` the work of
 * the part or citation just before it.
 */
import type {CslItem, NoteCitation} from '@octavo/tree'
import type {NoteRecord} from './notes-json.js'
import {parseReference} from './notes-reader.js'
import {workKey} from './dedupe.js'
import {WorkRegistry} from './resolve.js'

/**
 * The citations `parts` of `citation` (in note `note` of `notes`) stand for,
 * works made for them added to `items`; or why the split cannot be made.
 */
export function splitCitation(notes: readonly NoteRecord[], note: NoteRecord, citation: NoteCitation, parts: readonly string[], items: Map<string, CslItem>): NoteCitation[] | string {
  const spans = partSpans(citation.text, parts)
  if (typeof spans === 'string') return spans
  // The works a part may be: every one but the whole's, unless another citation cites it too.
  const whole = notes.some((n) => n.citations.some((c) => c !== citation && c.ref === citation.ref)) ? undefined : citation.ref
  const others = [...items.values()].filter((item) => item.id !== whole)
  const registry = new WorkRegistry()
  for (const item of others) registry.addGiven(item)
  const known = new Map(others.map((item) => [workKey(item), item]))
  let before = previousRef(notes, note, citation)
  const out: NoteCitation[] = []
  for (const [i, {start, end}] of spans.entries()) {
    const text = citation.text.slice(start, end)
    const reading = parseReference(text)
    if (!reading) return `part ${i + 1} (“${text}”) is not read as a citation`
    let item: CslItem | undefined
    if (reading.form === 'ibid') item = before === undefined ? undefined : items.get(before)
    else if (reading.form === 'short') item = registry.findShort(reading)
    if (!item && reading.form !== 'ibid') item = known.get(workKey(reading.item)) ?? registry.add(reading)
    if (!item) return `part ${i + 1} (“${text}”) is an Ibid. with nothing before it`
    items.set(item.id, item)
    before = item.id
    const offset = citation.start === undefined ? {} : {start: citation.start + start, end: citation.start + end}
    out.push({
      ref: item.id,
      form: reading.form,
      text,
      locator: reading.locator,
      label: reading.label,
      prefix: i === 0 ? citation.prefix : null,
      ...offset,
      confidence: Math.round(reading.confidence * 1000) / 1000
    })
  }
  return out
}

/** Where each part is in the citation's text, in order, white space around it left out; or which part is not there. */
function partSpans(text: string, parts: readonly string[]): Array<{start: number; end: number}> | string {
  const spans: Array<{start: number; end: number}> = []
  let from = 0
  for (const [i, part] of parts.entries()) {
    const wanted = part.trim()
    const start = text.indexOf(wanted, from)
    if (start === -1) return `part ${i + 1} (“${wanted}”) is not in the citation’s text${from > 0 ? ' after the part before it' : ''}`
    spans.push({start, end: start + wanted.length})
    from = start + wanted.length
  }
  return spans
}

/** The work cited just before `citation`: earlier in its note, else last in the note before. */
function previousRef(notes: readonly NoteRecord[], note: NoteRecord, citation: NoteCitation): string | undefined {
  const index = note.citations.indexOf(citation)
  if (index > 0) return note.citations[index - 1]!.ref
  const at = notes.indexOf(note)
  return at > 0 ? notes[at - 1]!.citations.at(-1)?.ref : undefined
}
