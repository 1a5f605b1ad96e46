import {describe, expect, it} from 'vitest'
import {labelNote} from '../src/lib/model/reader.js'
import {shippedModel} from '../src/lib/model/shipped.js'
import {QUOTED_IN_SIGNALS} from '../src/lib/next-work.js'
import {ibidAlone, joinContainers, mostlyCovered, signalInside, NOT_CITATIONS, notACitation, quotedWhole, readNote} from '../src/lib/segment.js'

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

  const plain = {alone: false, known: () => false, signal: false, last: false, quotedFrom: false}

  it('bare title: a title alone is prose; quoted, in italics or with a locator it is a citation', () => {
    expect(notACitation({text: 'Korean civic groups and community organizations', parsed: reading({type: 'book', title: 'x'}), marked: false, ...plain})).toBe('bare title')
    expect(notACitation({text: '“Ledger Towns”', parsed: reading({type: 'book', title: 'x'}), marked: true, ...plain})).toBeUndefined()
    expect(notACitation({text: 'Ledger Towns, 4', parsed: reading({type: 'book', title: 'x'}, '4'), marked: false, ...plain})).toBeUndefined()
    expect(notACitation({text: 'Reinholt, Ledger Towns', parsed: reading({type: 'book', title: 'x', author: [{family: 'Reinholt'}]}), marked: false, ...plain, alone: true})).toBeUndefined()
  })

  it('name and title in prose: kept when alone in its note, after a signal, naming an earlier work, or set off', () => {
    const name = reading({type: 'book', author: [{family: 'Hallam', given: 'M.'}]})
    const titled = reading({type: 'book', title: 'Les routes du sel', author: [{family: 'Moreau', given: 'J.'}]})
    expect(notACitation({text: 'M. Hallam', parsed: name, marked: false, ...plain})).toBe('name and title in prose')
    expect(notACitation({text: 'J. Moreau, Les routes du sel', parsed: titled, marked: false, ...plain})).toBe('name and title in prose')
    expect(notACitation({text: 'J. Moreau, Les routes du sel', parsed: titled, marked: false, ...plain, alone: true})).toBeUndefined()
    expect(notACitation({text: 'J. Moreau, Les routes du sel', parsed: titled, marked: false, ...plain, signal: true})).toBeUndefined()
    expect(notACitation({text: 'Moreau, Routes du sel', parsed: titled, marked: false, ...plain, known: () => true})).toBeUndefined()
    expect(notACitation({text: 'J. Moreau, Les routes du sel', parsed: titled, marked: true, ...plain})).toBeUndefined()
    expect(notACitation({text: 'J. Moreau, Les routes du sel', parsed: titled, marked: false, ...plain, last: true})).toBeUndefined()
    expect(notACitation({text: 'J. Moreau, Les routes du sel…', parsed: titled, marked: false, ...plain})).toBeUndefined()
    expect(
      notACitation({text: 'J. Moreau, Les routes du sel, 1998', parsed: reading({type: 'book', title: 'x', author: [{family: 'Moreau'}], issued: {'date-parts': [[1998]]}}), marked: false, ...plain})
    ).toBeUndefined()
  })

  it('a span that names a work cited earlier stays a citation (the caller says which it knows)', () => {
    const example = NOT_CITATIONS.find((r) => r.name === 'name and title in prose')!.example
    expect(readNote(example, {model, known: () => false}).segments).toEqual([])
    expect(readNote(example, {model, known: () => true}).segments.map((s) => s.parsed.item.author)).toEqual([[{family: 'Hallam', given: 'M.'}]])
  })

  for (const {lang, example} of QUOTED_IN_SIGNALS) {
    it(`a work followed by the source it is quoted from stays a citation (${lang}): ${example}`, () => {
      const [work] = example.split(/,\s*(?:cited in|zitiert nach|cité dans|citado en|citato in)\s/u)
      const texts = readNote(`${example}.`, {model}).segments.map((s) => s.text)
      expect(texts).toHaveLength(2)
      expect(texts[0]).toBe(work)
    })
  }

  it('without the source after it, the same name and title in prose is commentary', () => {
    const titled = reading({type: 'book', title: 'Two Treatises of Government', author: [{family: 'Locke', given: 'John'}]})
    expect(notACitation({text: 'John Locke, Two Treatises of Government', parsed: titled, marked: false, ...plain})).toBe('name and title in prose')
    expect(notACitation({text: 'John Locke, Two Treatises of Government', parsed: titled, marked: false, ...plain, quotedFrom: true})).toBeUndefined()
  })

  it('a signal keeps a first mention in prose: Sur ce point, voir J. Moreau, Les routes du sel, qui reste la meilleure synthèse.', () => {
    const read = readNote('Sur ce point, voir J. Moreau, Les routes du sel, qui reste la meilleure synthèse.', {model})
    expect(read.segments.map((s) => [s.prefix, s.text])).toEqual([['Sur ce point, voir', 'J. Moreau, Les routes du sel']])
  })

  it('an italic word inside prose does not set a span off as a title; a title in italics does', () => {
    const text = 'Dans une architecture word-based, chaque mot constitue une classe à part entière.'
    const at = text.indexOf('word-based')
    expect(readNote(text, {model, italics: [[at, at + 'word-based'.length]]}).segments).toEqual([])
    expect(mostlyCovered(0, 20, [[0, 12]])).toBe(true)
    expect(mostlyCovered(0, 20, [[0, 9]])).toBe(false)
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

  it('signalInside: a signal the model read into the citation becomes its prefix; an initial stays', () => {
    const text = 'So bereits Hoffmann; Keller, a.a.O., S. 70.'
    const c = {
      start: 0,
      end: 41,
      first: 0,
      last: 12,
      confidence: 0.9,
      fields: [
        {field: 'author' as const, start: 0, end: 27, text: 'So bereits Hoffmann; Keller'},
        {field: 'abbrev' as const, start: 29, end: 35, text: 'a.a.O.'}
      ]
    }
    expect(signalInside(text, c)).toMatchObject({start: 11, fields: [{field: 'author', start: 11, text: 'Hoffmann; Keller'}, {field: 'abbrev'}]})
    const initial = 'V. Rossi, Storia di Venezia, p. 4'
    const r = {start: 0, end: initial.length, first: 0, last: 9, confidence: 0.9, fields: [{field: 'author' as const, start: 0, end: 8, text: 'V. Rossi'}]}
    expect(signalInside(initial, r)).toBe(r)
    expect(readNote(text, {model}).segments.map((s) => [s.prefix, s.text])).toEqual([['So bereits', 'Hoffmann; Keller, a.a.O., S. 70']])
  })

  it('signalInside: the end of a signal begun before the citation leaves it (`Siehe zum | Beispiel Marjan Bakker`)', () => {
    const text = 'Siehe zum Beispiel Marjan Bakker: The Rules of the Game, in: Perspectives 7 (2012), S. 543.'
    const start = text.indexOf('Beispiel')
    const c = {start, end: text.length - 1, first: 2, last: 20, confidence: 0.8, fields: [{field: 'author' as const, start, end: text.indexOf(':'), text: 'Beispiel Marjan Bakker'}]}
    expect(signalInside(text, c)).toMatchObject({start: text.indexOf('Marjan'), fields: [{field: 'author', text: 'Marjan Bakker'}]})
    // No signal across the start: as it was.
    const plain = 'Dazu Marjan Bakker: The Rules, S. 5.'
    const d = {start: 5, end: plain.length - 1, first: 1, last: 9, confidence: 0.8, fields: [{field: 'author' as const, start: 5, end: 18, text: 'Marjan Bakker'}]}
    expect(signalInside(plain, d)).toBe(d)
  })

  it('joinContainers: a chapter cut at its `in` before editors is one citation, the names its editors', () => {
    const make = (text: string, names: string) => {
      const span = (field: string, s: string) => ({field, start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s}) as const
      const chapter = {start: 0, end: text.indexOf(' in '), first: 0, last: 8, confidence: 0.9, fields: [span('author', 'Anna Berg'), span('title', 'Harbour Towns')]}
      const book = {
        start: text.indexOf('Tomas'),
        end: text.length,
        first: 10,
        last: 40,
        confidence: 0.8,
        fields: [span('author', names), span('container-title', 'Ledger Towns'), span('publisher', 'Harbour Books')]
      }
      return {chapter, book, span}
    }
    const text = 'Anna Berg, “Harbour Towns,” in Tomas Reinholt and Marta Vellido (eds.), Ledger Towns (London: Harbour Books, 1998), 45–67'
    const {chapter, book, span} = make(text, 'Tomas Reinholt and Marta Vellido (eds')
    const [joined, ...rest] = joinContainers(text, [chapter, book] as never)
    expect(rest).toEqual([])
    expect(joined).toMatchObject({start: 0, end: text.length, confidence: 0.8})
    expect(joined!.fields.map((f) => `${f.field}=${f.text}`)).toEqual([
      'author=Anna Berg',
      'title=Harbour Towns',
      'editor=Tomas Reinholt and Marta Vellido',
      'container-title=Ledger Towns',
      'publisher=Harbour Books'
    ])
    // The mark after the names, not in them: the same.
    const after = make(text, 'Tomas Reinholt and Marta Vellido')
    expect(joinContainers(text, [after.chapter, after.book] as never)).toHaveLength(1)
    // Without the editors' mark, or after a citation that says more than names and a title, two citations stay.
    const plainText = text.replace(' (eds.)', '')
    const plain = make(plainText, 'Tomas Reinholt and Marta Vellido')
    expect(joinContainers(plainText, [plain.chapter, plain.book] as never)).toHaveLength(2)
    expect(joinContainers(text, [{...chapter, fields: [...chapter.fields, span('issued', '1998')]}, book] as never)).toHaveLength(2)
  })

  it('ibidAlone: an Ibid. citation ends with the sentence of its locator; a sentence the model ran on into it is commentary', () => {
    const text = 'Ibid., 106, 114-120. Statistical conclusion validity is concerned with "major threats" to validity (115).'
    const read = readNote(text, {model})
    expect(read.segments.map((s) => [s.text, s.parsed.form])).toEqual([['Ibid., 106, 114-120', 'ibid']])
    expect(read.commentary).toBe(true)
    // Where no sentence ends right before the field that names a work, nothing is cut.
    const c = {
      start: 0,
      end: 20,
      first: 0,
      last: 4,
      confidence: 1,
      fields: [
        {field: 'abbrev' as const, start: 0, end: 4, text: 'Ibid'},
        {field: 'title' as const, start: 9, end: 20, text: 'Ledger Town'}
      ]
    }
    expect(ibidAlone('Ibid, p. Ledger Town', c)).toBe(c)
    expect(ibidAlone('Ibid. p 5 Ledger Town', c)).toBe(c)
    // The page left in no field (the sentence after it read as a title) is the Ibid.'s page.
    const cut = ibidAlone('Ibid., 5. Ledger Town', {...c, fields: [c.fields[0]!, {...c.fields[1]!, start: 10, end: 21}]})
    expect(cut.end).toBe(8)
    expect(cut.fields.map((f) => `${f.field}: ${f.text}`)).toEqual(['abbrev: Ibid', 'page: 5'])
  })
})
