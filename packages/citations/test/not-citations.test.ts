import {describe, expect, it} from 'vitest'
import {labelNote} from '../src/lib/model/reader.js'
import {shippedModel} from '../src/lib/model/shipped.js'
import {NOT_CITATIONS, notACitation, quotedWhole, readNote} from '../src/lib/segment.js'

const model = shippedModel()

describe('NOT_CITATIONS: spans the model labels as a citation that stay commentary', () => {
  for (const {name, example} of NOT_CITATIONS) {
    it(`${name}: ${example.slice(0, 60)}…`, () => {
      // The model does take a span of this note for a citation …
      const labeled = labelNote(example, undefined, model).citations
      expect(labeled.length).toBeGreaterThan(0)
      // … and the rule (this one) turns it back into commentary.
      const read = readNote(example, {model})
      expect(read.segments).toEqual([])
      expect(read.commentary).toBe(true)
    })
  }

  const reading = (item: Record<string, unknown>, locator: string | null = null) =>
    ({form: 'short', item, locator, label: 'page', shortNames: [], shortTitle: '', backref: undefined, confidence: 0.9, warnings: []}) as never

  it('bare title: a title alone is prose; quoted, in italics or with a locator it is a citation', () => {
    expect(notACitation({text: 'Korean civic groups and community organizations', parsed: reading({type: 'book', title: 'x'}), marked: false})).toBe('bare title')
    expect(notACitation({text: '“Ledger Towns”', parsed: reading({type: 'book', title: 'x'}), marked: true})).toBeUndefined()
    expect(notACitation({text: 'Ledger Towns, 4', parsed: reading({type: 'book', title: 'x'}, '4'), marked: false})).toBeUndefined()
    expect(notACitation({text: 'Reinholt, Ledger Towns', parsed: reading({type: 'book', title: 'x', author: [{family: 'Reinholt'}]}), marked: false})).toBeUndefined()
  })

  it('keeps a quoted title alone, read in a note', () => {
    const text = 'See “The Salt Roads of Castile.”'
    const read = readNote(text, {model})
    expect(read.segments.map((s) => s.text)).toEqual(['“The Salt Roads of Castile.”'])
    expect(read.segments[0]!.prefix).toBe('See')
  })

  it('quotedWhole: the quotation mark that opens the span closes at its end', () => {
    expect(quotedWhole('“Ledger Towns,”')).toBe(true)
    expect(quotedWhole('« Le paysage urbain »')).toBe(true)
    expect(quotedWhole('„Die Stadt“')).toBe(true)
    expect(quotedWhole('‘The Ledger Town’s Fate’')).toBe(true) // ’s is an apostrophe
    expect(quotedWhole('‘contradictions between ourselves and the enemy’ and to push for a complete break.”')).toBe(false)
    expect(quotedWhole('Ledger Towns')).toBe(false)
  })
})
