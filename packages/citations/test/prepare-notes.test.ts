import {describe, expect, it} from 'vitest'
import {prepareNote, readNotes, readNotesAhead, segmentNote, type NoteInput, type PreparedNote} from '../src/index.js'
import {NOT_CITATIONS} from '../src/lib/segment.js'

// Invented notes (fictional authors and works).
const SALT = 'Marta Vellido, The Salt Roads of Castile: Trade and Taxation, 1450–1620 (Madrid: Ediciones Norte, 2011), pp. 44–46.'
const LEDGER = 'See Tomas Reinholt, “Ledger Towns,” Journal of Maritime Commerce 12, no. 3 (1998): 201–30.'
const OLIVE = 'Marta Vellido, Olive Oil and Empire (Seville: Prensa del Sur, 2011), p. 7.'
/** A span the model takes for a citation that a rule asks about the works cited before it (`known`). */
const PROSE = NOT_CITATIONS.find((r) => r.name === 'name and title in prose')!.example

/** Two documents interleaved, with Ibid., short forms, commentary, a note of two paragraphs and the prose note. */
const INPUTS: NoteInput[] = [
  {id: 'a1', doc: 'salt', text: SALT},
  {id: 'b1', doc: 'olive', text: 'Ibid., p. 3.'},
  {id: 'b2', doc: 'olive', text: OLIVE},
  {id: 'a2', doc: 'salt', text: 'Ibid., p. 50.'},
  {id: 'b3', doc: 'olive', text: LEDGER},
  {id: 'a3', doc: 'salt', text: `${LEDGER} On the ferries, see also ibid., 215.`},
  {id: 'a4', doc: 'salt', text: 'Vellido, Salt Roads of Castile, p. 61.'},
  {id: 'b4', doc: 'olive', text: PROSE},
  {id: 'a5', doc: 'salt', text: `Reinholt, “Ledger Towns,” 210.\n\n${PROSE}`},
  // The prose note names this work: read as a short form of it, as only the registry can tell.
  {id: 'c1', text: 'M. Hallam, Curator of the Ledger Town Collection, during a Visit in the Spring (Leeds: Moor Press, 1990), 4.'},
  {id: 'c2', text: PROSE}
]

/** What a worker thread sends back: a structured clone. */
const aheadOf = (inputs: readonly NoteInput[]): PreparedNote[] => inputs.map((input) => structuredClone(prepareNote(input.text)))

describe('prepareNote: notes read ahead (in another thread), then in order by readNotes', () => {
  it('gives what readNotes gives alone: records, items and diagnostics, Ibid. and short forms resolved in each document', () => {
    const alone = readNotes(INPUTS)
    const ahead = readNotes(INPUTS, {prepared: aheadOf(INPUTS)})
    expect(JSON.stringify(ahead)).toBe(JSON.stringify(alone))
    // The fixture does what it is for: Ibid. and short forms resolved, in two documents.
    expect(alone.records.flatMap((r) => r.citations.map((c) => c.form))).toEqual(expect.arrayContaining(['full', 'ibid', 'short']))
    expect(new Set(alone.records.map((r) => r.doc))).toEqual(new Set(['salt', 'olive', '']))
    // The prose note is a short form after its work (c2), commentary without it (b4).
    expect(alone.records.filter((r) => r.id === 'b4' || r.id === 'c2').map((r) => r.citations.map((c) => c.form))).toEqual([[], ['short']])
  })

  it('a note read alone is its segmentation, as segmentNote gives it', () => {
    const ready = prepareNote(SALT)
    expect('segmentation' in ready && ready.segmentation).toEqual(segmentNote(SALT))
    expect(ready.text).toBe(SALT)
  })

  it('a note a rule asks the earlier works about is its labels only, read again in order', () => {
    const ready = prepareNote(PROSE)
    expect('labels' in ready).toBe(true)
    expect('labels' in ready && ready.labels.length).toBeGreaterThan(0)
  })

  it('a prepared note whose text is not its input’s, or none, is read in place', () => {
    const wrong = INPUTS.map((input, i) => (i % 2 === 0 ? prepareNote(`${input.text} More words.`) : undefined))
    expect(JSON.stringify(readNotes(INPUTS, {prepared: wrong}))).toBe(JSON.stringify(readNotes(INPUTS)))
  })

  it('uses what was prepared: a changed segmentation or changed labels show in the result', () => {
    const ahead = aheadOf(INPUTS)
    const salt = ahead[0]!
    if (!('segmentation' in salt)) throw new Error('expected a segmentation')
    salt.segmentation = {segments: [], commentary: true, warnings: []}
    const prose = ahead[10]!
    if (!('labels' in prose)) throw new Error('expected labels')
    const alone = readNotes(INPUTS)
    prose.labels = []
    const read = readNotes(INPUTS, {prepared: ahead})
    expect([alone.records[0]!.citations.length, alone.records[10]!.citations.length]).toEqual([1, 1])
    expect([read.records[0]!.citations.length, read.records[10]!.citations.length]).toEqual([0, 0])
  })

  it('readNotesAhead: the notes arriving in any order (the last first), each document read once its notes are there: the same result', async () => {
    const ahead = aheadOf(INPUTS)
    const arrived: number[] = []
    const read: number[] = []
    // Input k arrives after (n - k) turns of the event loop.
    const prepared = (index: number) =>
      new Promise<PreparedNote>((resolve) => {
        let turns = INPUTS.length - index
        const wait = () => (--turns > 0 ? setImmediate(wait) : (arrived.push(index), resolve(ahead[index]!)))
        wait()
      })
    const coming = INPUTS.map((_, index) => prepared(index).then((p) => (read.push(index), p)))
    const result = await readNotesAhead(INPUTS, (index) => coming[index]!)
    expect(JSON.stringify(result)).toBe(JSON.stringify(readNotes(INPUTS)))
    expect(arrived[0]).toBe(INPUTS.length - 1)
    expect(read).toHaveLength(INPUTS.length)
  })
})
