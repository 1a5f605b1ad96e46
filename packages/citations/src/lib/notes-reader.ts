import type {Italics} from './model/features.js'
import {shippedModel} from './model/shipped.js'
import type {StoredModel} from './model/store.js'
import type {LabelStore} from './label-store.js'
import {storedReading, type ReadingStore} from './reading-store.js'
import type {CitationReading} from './read-citation.js'
import {readNote, type NoteSegmentation} from './segment.js'

/**
 * Find the citations in a note: the notes model labels its words, each
 * citation is read into an item, the words before it give its prefix, the
 * rest of the note is commentary. `italics`: the note's italic runs as
 * `[start, end)` offsets (Markdown emphasis), when the source has them.
 */
export function segmentNote(
  text: string,
  options: {
    italics?: Italics
    links?: ReadonlyArray<{start: number; end: number; url: string}>
    model?: StoredModel
    known?: (parsed: CitationReading) => boolean
    labels?: LabelStore
    readings?: ReadingStore
  } = {}
): NoteSegmentation {
  // The note's reading kept (`readings`), else read: the model's labels (kept in `labels`), then the rules that mend them.
  return storedReading(options.readings, {text, italics: options.italics, links: options.links, known: options.known}, (known) =>
    readNote(text, {
      model: options.model ?? shippedModel, // decoded when a note is labeled: not when every label is kept (labels)
      ...(options.italics ? {italics: options.italics} : {}),
      ...(options.links ? {links: options.links} : {}),
      ...(known ? {known} : {}),
      ...(options.labels ? {labels: options.labels} : {})
    })
  )
}

/**
 * Read one reference string (a bibliography entry, a line of a syllabus): the
 * longest citation the model finds in it, or undefined when it finds none.
 */
export function parseReference(text: string, options: {model?: StoredModel} = {}): CitationReading | undefined {
  const segments = segmentNote(text, options).segments
  let best: (typeof segments)[number] | undefined
  for (const s of segments) if (!best || s.end - s.start > best.end - best.start) best = s
  return best?.parsed
}
