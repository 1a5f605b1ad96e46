import type {LabeledCitation} from './model/reader.js'
import {shippedModel} from './model/shipped.js'
import type {StoredModel} from './model/store.js'
import {labelText, readLabels, type NoteSegmentation} from './segment.js'

/**
 * What reading a note needs nothing but the note for, done ahead (in a worker
 * thread: `octavo notes --jobs`): the model's labeling and, most often, the
 * whole segmentation, each citation read into fields. Plain data, as a
 * structured clone carries it. What needs the notes before it in its document
 * (`Ibid.`, short forms, the registry of works) is left to `readNotes`, which
 * reads the notes in order.
 */
export type PreparedNote =
  /** The note as `segmentNote` reads it: no rule asked about the works cited before it. */
  | {text: string; segmentation: NoteSegmentation}
  /**
   * A rule asked whether a span names a work cited earlier in the document
   * (`NOT_CITATIONS`' 'name and title in prose'): only the model's labels,
   * read again in order.
   */
  | {text: string; labels: LabeledCitation[]}

/**
 * Read a note as far as it can be read alone (see `PreparedNote`): the same
 * segmentation `segmentNote` gives, or the labels it starts from. No italics
 * or links (a note of plain text, as `readNotes` takes them).
 */
export function prepareNote(text: string, options: {model?: StoredModel} = {}): PreparedNote {
  const model = options.model ?? shippedModel
  const labels = labelText(text, {model})
  let asked = false
  const known = () => {
    asked = true
    return false
  }
  const segmentation = readLabels(text, labels, {model, known})
  return asked ? {text, labels} : {text, segmentation}
}
