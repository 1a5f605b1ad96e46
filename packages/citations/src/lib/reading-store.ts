import {createHash} from 'node:crypto'
import {isSpan} from './label-store.js'
import type {Italics} from './model/features.js'
import type {CitationReading} from './read-citation.js'
import type {NoteSegmentation} from './segment.js'

/**
 * Where whole readings of notes are kept between runs, by `readingKey`: a
 * note read before, whose reading asked nothing about the works cited before
 * it (`known`), is not read again (its spans mended, each citation read into
 * fields); only `Ibid.`, short forms and the registry run over it. The rules
 * and the model of the build that made a reading are those of the build that
 * reads it: a caller keeps a store per build of Octavo and model (the CLI's
 * file names carry the build, which ships its model).
 */
export interface ReadingStore {
  get(key: string): NoteSegmentation | undefined
  set(key: string, value: NoteSegmentation): void
}

/** The store key of a note's reading: its text, italic runs and links. */
export function readingKey(text: string, italics: Italics | undefined, links: ReadonlyArray<{start: number; end: number; url: string}> | undefined): string {
  return createHash('sha256')
    .update('reading\0')
    .update(text)
    .update('\0')
    .update(JSON.stringify([italics ?? null, links ?? null]))
    .digest('hex')
}

type Known = (parsed: CitationReading) => boolean

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string')

/** Whether `value` can be the reading of a note of `length` characters (a store's bytes may be damaged): else the note is read anew. */
export function validReading(value: unknown, length: number): value is NoteSegmentation {
  if (!isObject(value) || typeof value['commentary'] !== 'boolean' || !isStrings(value['warnings']) || !Array.isArray(value['segments'])) return false
  return value['segments'].every((s: unknown) => {
    if (!isObject(s) || !isSpan(s, length) || typeof s['text'] !== 'string' || !(s['prefix'] === null || typeof s['prefix'] === 'string')) return false
    const p = s['parsed']
    return (
      isObject(p) &&
      ['full', 'short', 'ibid'].includes(p['form'] as string) &&
      isObject(p['item']) &&
      (p['locator'] === null || typeof p['locator'] === 'string') &&
      typeof p['label'] === 'string' &&
      isStrings(p['shortNames']) &&
      typeof p['shortTitle'] === 'string' &&
      typeof p['confidence'] === 'number' &&
      isStrings(p['warnings'])
    )
  })
}

/**
 * The note's reading from `store`, or made by `read` and kept there when it
 * asked nothing about the works cited before (`read` is given a `known` that
 * records being asked); fresh copies (callers change them).
 */
export function storedReading(
  store: ReadingStore | undefined,
  note: {text: string; italics?: Italics | undefined; links?: ReadonlyArray<{start: number; end: number; url: string}> | undefined; known?: Known | undefined},
  read: (known: Known | undefined) => NoteSegmentation
): NoteSegmentation {
  const {known} = note
  if (!store) return read(known)
  const k = readingKey(note.text, note.italics, note.links)
  const kept = store.get(k)
  if (kept !== undefined && validReading(kept, note.text.length)) return structuredClone(kept)
  let asked = false
  const made = read(
    known &&
      ((parsed) => {
        asked = true
        return known(parsed)
      })
  )
  if (!asked) store.set(k, structuredClone(made))
  return made
}
