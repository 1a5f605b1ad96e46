/**
 * The notes model is the slowest part of reading an article's notes in a new
 * process (its code runs cold). A caller may keep the model's labeling of
 * each note between runs in a `LabelStore` (the CLI keeps it on disk, per
 * article): a note whose text and italics are those of an earlier run is
 * not labeled again. What is kept is exactly what the model gave (its
 * citations, their fields and confidence); what follows (the rules that
 * drop a span, the readings, `Ibid.` and short forms) runs as always, so the
 * notes read are the same either way. A store holds the labels of one model.
 */
import {createHash} from 'node:crypto'
import type {Italics} from './model/features.js'
import {FIELD_LABELS} from './model/labels.js'
import type {LabeledCitation} from './model/reader.js'

/** Where the model's labels of notes are kept between runs, by `labelKey`. */
export interface LabelStore {
  get(key: string): readonly LabeledCitation[] | undefined
  set(key: string, value: readonly LabeledCitation[]): void
}

/** The store key of a note: its text and its italic runs, as the model sees them. */
export function labelKey(text: string, italics: Italics | undefined): string {
  return createHash('sha256')
    .update(text)
    .update('\0')
    .update(JSON.stringify(italics ?? null))
    .digest('hex')
}

const FIELDS: ReadonlySet<string> = new Set(FIELD_LABELS.filter((f) => f !== 'other'))
export const isSpan = (v: {start?: unknown; end?: unknown}, length: number): boolean =>
  Number.isInteger(v.start) && Number.isInteger(v.end) && 0 <= (v.start as number) && (v.start as number) <= (v.end as number) && (v.end as number) <= length

/** Whether `value` can be labels of a note of `length` characters (a store's bytes may be damaged): else the note is labeled anew. */
export function validLabels(value: unknown, length: number): value is LabeledCitation[] {
  if (!Array.isArray(value)) return false
  return value.every(
    (c: Partial<LabeledCitation> | null) =>
      typeof c === 'object' &&
      c !== null &&
      isSpan(c, length) &&
      Number.isInteger(c.first) &&
      Number.isInteger(c.last) &&
      typeof c.confidence === 'number' &&
      Array.isArray(c.fields) &&
      c.fields.every((f) => typeof f === 'object' && f !== null && FIELDS.has(f.field) && typeof f.text === 'string' && isSpan(f, length))
  )
}

/**
 * The note's labels from `store`, or made by `label` and kept there (also
 * when what the store held cannot be labels of this note); fresh copies
 * (callers may change them).
 */
export function storedLabels(store: LabelStore | undefined, text: string, italics: Italics | undefined, label: () => LabeledCitation[]): LabeledCitation[] {
  if (!store) return label()
  const key = labelKey(text, italics)
  const kept = store.get(key)
  if (kept && validLabels(kept, text.length)) return structuredClone(kept) as LabeledCitation[]
  const made = label()
  store.set(key, structuredClone(made))
  return made
}
