import {describe, expect, it} from 'vitest'
import type {FootnoteDefinition, Paragraph, Root} from 'mdast'
import {labelKey, processCitations, readingKey, segmentNote, type LabeledCitation, type LabelStore, type NoteSegmentation, type ReadingStore} from '../src/index.js'
import {validLabels} from '../src/lib/label-store.js'
import {validReading} from '../src/lib/reading-store.js'
import {shippedModel} from '../src/lib/model/shipped.js'
import {readNote} from '../src/lib/segment.js'

/** A store in a map that counts its look-ups and what they found (a LabelStore or a ReadingStore). */
class MapStore<T> {
  readonly map = new Map<string, T>()
  gets = 0
  hits = 0
  get(key: string): T | undefined {
    this.gets++
    const found = this.map.get(key)
    if (found) this.hits++
    return found
  }
  set(key: string, value: T): void {
    this.map.set(key, value)
  }
}

/** The model's labels of notes. */
class LabelMap extends MapStore<readonly LabeledCitation[]> implements LabelStore {}

/** The same notes, items and messages as a run with no store. */
function expectSameReading(result: ReturnType<typeof processCitations>, plain: ReturnType<typeof processCitations>): void {
  expect(result.notes).toEqual(plain.notes)
  expect(result.items).toEqual(plain.items)
  expect(result.diagnostics).toEqual(plain.diagnostics)
}

const NOTES = [
  'See Hazel Smith, Explaining Migration (Washington, DC: Woodrow Wilson Center, 2005), p. 1.',
  'Ibid., 4.',
  'Andrei Lankov, From Stalin to Kim Il Sung (London: Hurst, 2002), 45–47; a long story.\n\nSee also Smith, Explaining Migration, 9.'
]

function tree(): Root {
  const def = (text: string, i: number): FootnoteDefinition => ({
    type: 'footnoteDefinition',
    identifier: String(i + 1),
    label: String(i + 1),
    data: {number: i + 1},
    children: text.split('\n\n').map((t): Paragraph => ({type: 'paragraph', children: [{type: 'text', value: t}]}))
  })
  return {type: 'root', children: NOTES.map(def)}
}

describe('a label store (the notes model’s labels kept between runs)', () => {
  it('gives the same notes, items and messages as no store, from its labels the second time', () => {
    const plain = processCitations(tree())
    const store = new LabelMap()
    const first = processCitations(tree(), {labels: store})
    expect(store.map.size).toBe(NOTES.length)
    expect(store.hits).toBe(0)
    const second = processCitations(tree(), {labels: store})
    expect(store.hits).toBe(NOTES.length)
    for (const result of [first, second]) expectSameReading(result, plain)
  })

  it('is what the reader uses: a note whose kept labels say “no citation” reads as commentary', () => {
    const store = new LabelMap()
    const first = processCitations(tree(), {labels: store})
    expect(first.notes[0]!.citations).not.toEqual([])
    store.map.set(labelKey(NOTES[0]!, undefined), [])
    const second = processCitations(tree(), {labels: store})
    expect(second.notes[0]!.citations).toEqual([])
    expect(second.notes[0]!.commentary).toBe(true)
  })

  it('labels a note anew when what the store holds cannot be its labels (damaged bytes)', () => {
    const plain = processCitations(tree())
    const store = new LabelMap()
    processCitations(tree(), {labels: store})
    const key = labelKey(NOTES[0]!, undefined)
    const good = store.map.get(key)!
    const damaged: unknown[] = [[{...good[0]!, end: 10_000}], [{...good[0]!, fields: [{...good[0]!.fields[0]!, field: 'no such field'}]}], [{...good[0]!, confidence: '1'}], 'labels']
    for (const value of damaged) {
      expect(validLabels(value, NOTES[0]!.length)).toBe(false)
      store.map.set(key, value as LabeledCitation[])
      expect(processCitations(tree(), {labels: store}).notes).toEqual(plain.notes)
      expect(store.map.get(key)).toEqual(good) // made again and kept
    }
    expect(validLabels(good, NOTES[0]!.length)).toBe(true)
  })

  it('asks for the model only when a note is labeled (a store holding every note needs none)', () => {
    const store = new LabelMap()
    const text = NOTES[0]!
    const made = readNote(text, {model: shippedModel, labels: store})
    const noModel = () => {
      throw new Error('the model was asked for')
    }
    expect(readNote(text, {model: noModel, labels: store})).toEqual(made)
    expect(() => readNote(`${text} More.`, {model: noModel, labels: store})).toThrow('the model was asked for')
  })

  it('keys a note by its text and its italics', () => {
    expect(labelKey('a', undefined)).toBe(labelKey('a', undefined))
    expect(labelKey('a', undefined)).not.toBe(labelKey('b', undefined))
    expect(labelKey('a', [[0, 1]])).not.toBe(labelKey('a', undefined))
  })
})

/** Whole readings of notes. */
class ReadingMap extends MapStore<NoteSegmentation> implements ReadingStore {}

describe('a reading store (whole readings of notes kept between runs)', () => {
  it('gives the same notes, items and messages as no store, from its readings the second time, with no model', () => {
    const plain = processCitations(tree())
    const readings = new ReadingMap()
    const first = processCitations(tree(), {readings})
    expect(readings.map.size).toBe(NOTES.length)
    const noModel = () => {
      throw new Error('the model was asked for')
    }
    const second = processCitations(tree(), {readings, model: noModel as never})
    expect(readings.hits).toBe(NOTES.length)
    for (const result of [first, second]) expectSameReading(result, plain)
  })

  it('keeps no reading that asked about the works cited before (a name and title in prose)', () => {
    const readings = new ReadingMap()
    const text = 'This point was first made to me by M. Hallam, curator of the Ledger Town collection, during a visit in the spring.'
    let asked = 0
    const known = () => {
      asked++
      return false
    }
    segmentNote(text, {known, readings})
    expect(asked).toBe(1)
    expect(readings.map.size).toBe(0)
    segmentNote(NOTES[0]!, {known, readings})
    expect(readings.map.size).toBe(1)
  })

  it('reads a note anew when what the store holds cannot be its reading (damaged bytes), and keeps the new one', () => {
    const readings = new ReadingMap()
    const text = NOTES[0]!
    const made = segmentNote(text, {readings})
    const key = readingKey(text, undefined, undefined)
    const good = readings.map.get(key)!
    const segment = good.segments[0]!
    const damaged: unknown[] = [
      'reading',
      {...good, commentary: 'yes'},
      {...good, segments: [{...segment, end: 10_000}]},
      {...good, segments: [{...segment, parsed: {...segment.parsed, form: 'whole'}}]},
      {...good, segments: [{...segment, parsed: {...segment.parsed, item: null}}]}
    ]
    for (const value of damaged) {
      expect(validReading(value, text.length)).toBe(false)
      readings.map.set(key, value as NoteSegmentation)
      expect(segmentNote(text, {readings})).toEqual(made)
      expect(readings.map.get(key)).toEqual(good)
    }
    expect(validReading(good, text.length)).toBe(true)
  })

  it('keys a reading by the note’s text, italics and links', () => {
    const link = [{start: 0, end: 1, url: 'https://example.org/'}]
    expect(readingKey('a', undefined, undefined)).toBe(readingKey('a', undefined, undefined))
    expect(readingKey('a', undefined, undefined)).not.toBe(readingKey('b', undefined, undefined))
    expect(readingKey('a', [[0, 1]], undefined)).not.toBe(readingKey('a', undefined, undefined))
    expect(readingKey('a', undefined, link)).not.toBe(readingKey('a', undefined, undefined))
    expect(readingKey('a', undefined, link)).not.toBe(readingKey('a', undefined, [{...link[0]!, url: 'https://example.org/b'}]))
    expect(readingKey('a', undefined, undefined)).not.toBe(labelKey('a', undefined))
  })
})
