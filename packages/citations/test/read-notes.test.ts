import {describe, expect, it} from 'vitest'
import {readNotes, type NoteInput} from '../src/index.js'

// Invented notes (fictional authors and works).
const SALT = 'Marta Vellido, The Salt Roads of Castile: Trade and Taxation, 1450–1620 (Madrid: Ediciones Norte, 2011), pp. 44–46.'
const LEDGER = 'See Tomas Reinholt, “Ledger Towns,” Journal of Maritime Commerce 12, no. 3 (1998): 201–30.'
const OLIVE = 'Marta Vellido, Olive Oil and Empire (Seville: Prensa del Sur, 2011), p. 7.'

const at = (line: number) => ({start: {line, column: 1, offset: 0}, end: {line, column: 2, offset: 1}})

describe('readNotes', () => {
  it('reads notes without a document as one document: Ibid. and short forms resolve across them, in order', () => {
    const inputs: NoteInput[] = [
      {id: '1', text: SALT},
      {id: '2', text: 'Ibid., p. 52.'},
      {id: '3', text: LEDGER},
      {id: '4', text: 'Vellido, Salt Roads of Castile, p. 90.'}
    ]
    const {records, items, diagnostics} = readNotes(inputs)
    expect(diagnostics).toEqual([])
    expect(records.map((r) => r.id)).toEqual(['1', '2', '3', '4'])
    expect(records.map((r) => r.doc)).toEqual(['', '', '', ''])
    expect(records.map((r) => r.citations.map((c) => [c.form, c.ref, c.locator]))).toEqual([
      [['full', 'vellido2011', '44–46']],
      [['ibid', 'vellido2011', '52']],
      [['full', 'reinholt1998', null]],
      [['short', 'vellido2011', '90']]
    ])
    expect(records[2]!.citations[0]!.prefix).toBe('See')
    expect(items.map((i) => i.id)).toEqual(['vellido2011', 'reinholt1998'])
    expect(Object.keys(items[0]!).slice(0, 3)).toEqual(['id', 'type', 'title'])
    // Offsets into each input's text.
    records.forEach((record, i) => {
      for (const c of record.citations) expect(inputs[i]!.text.slice(c.start, c.end)).toBe(c.text)
    })
  })

  it('keeps offsets in UTF-16 code units: an astral character before a citation counts two', () => {
    // A signal before the citation (the model reads `𝔄 and 🙂 come first. Marta Vellido, …` as one citation,
    // the sentence as its authors: counted in test/fixtures/examples).
    const text = `𝔄 and 🙂 come first. See ${SALT}`
    const {records} = readNotes([{id: 'x', text}])
    const c = records[0]!.citations[0]!
    expect(c.start).toBe(text.indexOf('Marta'))
    expect(c.start).toBe(26) // 24 code points
    expect(text.slice(c.start, c.end)).toBe(c.text)
  })

  it('resolves Ibid. and short forms within a document, never across, whatever the interleaving', () => {
    const {records, items, diagnostics} = readNotes([
      {id: 'a1', text: SALT, doc: 'A', position: at(1)},
      {id: 'b1', text: 'Ibid., p. 3.', doc: 'B', position: at(2)},
      {id: 'b2', text: LEDGER, doc: 'B', position: at(3)},
      {id: 'a2', text: 'Ibid., p. 50.', doc: 'A', position: at(4)},
      {id: 'b3', text: 'Ibid., 210.', doc: 'B', position: at(5)}
    ])
    expect(records.map((r) => [r.id, r.doc, r.citations.map((c) => `${c.form}:${c.ref}`)])).toEqual([
      ['a1', 'A', ['full:vellido2011']],
      ['b1', 'B', []],
      ['b2', 'B', ['full:reinholt1998']],
      ['a2', 'A', ['ibid:vellido2011']],
      ['b3', 'B', ['ibid:reinholt1998']]
    ])
    expect(items.map((i) => i.id)).toEqual(['vellido2011', 'reinholt1998'])
    // The Ibid. that opens document B is reported on its own input, named by its id.
    expect(diagnostics.length).toBeGreaterThan(0)
    for (const d of diagnostics) {
      expect(d).toMatchObject({severity: 'warning', position: at(2)})
      expect(d.message).toMatch(/^note b1: Ibid\. /)
    }
  })

  it('a work cited in two documents is one item; two works with the same id get distinct ids', () => {
    const {records, items} = readNotes([
      {id: '1', text: SALT, doc: 'first'},
      {id: '2', text: LEDGER, doc: 'first'},
      {id: '3', text: OLIVE, doc: 'second'},
      {id: '4', text: LEDGER, doc: 'second'},
      {id: '5', text: 'Vellido, Olive Oil and Empire, p. 9.', doc: 'second'}
    ])
    expect(records.map((r) => r.citations.map((c) => c.ref))).toEqual([['vellido2011'], ['reinholt1998'], ['vellido2011b'], ['reinholt1998'], ['vellido2011b']])
    expect(items.map((i) => [i.id, i.title])).toEqual([
      ['vellido2011', 'The Salt Roads of Castile: Trade and Taxation, 1450–1620'],
      ['reinholt1998', 'Ledger Towns'],
      ['vellido2011b', 'Olive Oil and Empire']
    ])
  })

  it('a short form with no full citation in its document is a warning; the work it names still merges with the same work elsewhere', () => {
    const {records, items, diagnostics} = readNotes([
      {id: 'x1', text: LEDGER, doc: 'X'},
      {id: 'y1', text: 'Reinholt, “Ledger Towns,” 215.', doc: 'Y'}
    ])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({severity: 'warning', message: expect.stringMatching(/^note y1: short form .*Ledger Towns/)})
    // Same names and title: the same work by the identity mergeItems uses (as `octavo reader` does across articles).
    expect(records.map((r) => r.citations.map((c) => `${c.form}:${c.ref}`))).toEqual([['full:reinholt1998'], ['short:reinholt1998']])
    expect(items).toHaveLength(1)
  })

  it('orders the items by first citation across documents, in the order of the inputs', () => {
    const {items} = readNotes([
      {id: '1', text: 'A remark without a source.', doc: 'A'},
      {id: '2', text: LEDGER, doc: 'B'},
      {id: '3', text: SALT, doc: 'A'}
    ])
    expect(items.map((i) => i.id)).toEqual(['reinholt1998', 'vellido2011'])
  })

  it('marks a note that says more than its citations as commentary; reads nothing from none', () => {
    const {records} = readNotes([
      {id: '1', text: `The figures are disputed. ${SALT}`},
      {id: '2', text: SALT}
    ])
    expect(records.map((r) => r.commentary)).toEqual([true, false])
    expect(readNotes([])).toEqual({records: [], items: [], diagnostics: []})
  })
})
