import type {LabeledCitation} from '../src/lib/model/reader.js'

/** A labeled citation over `span` of the note, its fields given by their text, in order (the cut a span rule mends). */
export function cited(note: string, span: string, pieces: ReadonlyArray<readonly [LabeledCitation['fields'][number]['field'], string]>): LabeledCitation {
  const start = note.indexOf(span)
  let from = start
  const fields = pieces.map(([field, text]) => {
    const at = note.indexOf(text, from)
    from = at + text.length
    return {field, start: at, end: from, text}
  })
  return {start, end: start + span.length, first: 0, last: 0, confidence: 0.8, fields}
}
