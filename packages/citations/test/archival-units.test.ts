import {describe, expect, it} from 'vitest'
import {ARCHIVAL_UNITS, archivalUnits} from '../src/lib/archival-units.js'
import {readCitation} from '../src/lib/read-citation.js'
import type {FieldSpan} from '../src/lib/model/spans.js'

/** Spans for the given pieces of the note, in order, each at its first occurrence after the one before. */
function spans(note: string, pieces: ReadonlyArray<readonly [FieldSpan['field'], string]>): FieldSpan[] {
  let from = 0
  return pieces.map(([field, text]) => {
    const start = note.indexOf(text, from)
    if (start < 0) throw new Error(`${text} not in ${note}`)
    from = start + text.length
    return {field, start, end: from, text}
  })
}

const shown = (out: readonly FieldSpan[]) => out.map((s) => [s.field, s.text])

describe('archivalUnits: the units of a call number continue it', () => {
  it.each(ARCHIVAL_UNITS)('$lang: $example', ({example}) => {
    // The model read the call number's first unit as the location and stopped; the rest as anything.
    const [archive, first, ...rest] = example.split(', ')
    const note = `Report, ${example}`
    const read = archivalUnits(note, spans(note, [['archive', archive!], ['archive_location', first!], ...rest.map((r) => ['publisher-place', r] as const)]))
    expect(shown(read)).toEqual([
      ['archive', archive],
      ['archive_location', [first, ...rest].join(', ')]
    ])
  })

  it('continues the last part of the call number with a number (`Provveditori al sal, busta 34` + `fasc. 2` read as an issue)', () => {
    const note = 'ASV, Provveditori al sal, busta 34, fasc. 2, lettera del podestà di Cervara ai Provveditori, 12 agosto 1534'
    const read = archivalUnits(
      note,
      spans(note, [
        ['archive', 'ASV'],
        ['archive_location', 'Provveditori al sal'],
        ['archive_location', 'busta 34'],
        ['issue', '2'],
        ['archive_location', 'lettera del podestà di Cervara ai Provveditori'],
        ['issued', '12 agosto 1534']
      ])
    )
    expect(shown(read)).toEqual([
      ['archive', 'ASV'],
      ['archive_location', 'Provveditori al sal'],
      ['archive_location', 'busta 34, fasc. 2'],
      ['archive_location', 'lettera del podestà di Cervara ai Provveditori'],
      ['issued', '12 agosto 1534']
    ])
  })

  it('takes the number before a unit written after its number (Hungarian `5, doboz`)', () => {
    const note = 'Report, 16 May 1955, in Hungarian Foreign Ministry Archive (KTS), 5, doboz, 5/c, 006050/1955'
    const read = archivalUnits(
      note,
      spans(note, [
        ['issued', '16 May 1955'],
        ['archive', 'Hungarian Foreign Ministry Archive (KTS'],
        ['issue', '5'],
        ['archive_location', 'doboz, 5/c, 006050/1955']
      ])
    )
    expect(shown(read).slice(-1)).toEqual([['archive_location', '5, doboz, 5/c, 006050/1955']])
  })

  it('makes the leaves after the call number the pages cited, read as a folio locator', () => {
    const note = '“Cable from Stalin,” 11 October 1950, in RGASPI, Fond (F.) 558, Opis’ (Op.) 11, Delo (D.) 334, Listy (Ll.) 134–135'
    const fields = spans(note, [
      ['title', 'Cable from Stalin'],
      ['issued', '11 October 1950'],
      ['archive', 'RGASPI'],
      ['archive_location', 'Fond (F.) 558, Opis’ (Op.) 11'],
      ['publisher-place', 'Delo (D'],
      ['page', '334, Listy (Ll'],
      ['page', '134–135']
    ])
    expect(shown(archivalUnits(note, fields)).slice(-2)).toEqual([
      ['archive_location', 'Fond (F.) 558, Opis’ (Op.) 11, Delo (D.) 334'],
      ['page', 'Listy (Ll.) 134–135']
    ])
    const r = readCitation(note, {start: 0, end: note.length, fields, confidence: 1})
    expect(r.item).toMatchObject({type: 'manuscript', archive: 'RGASPI', archive_location: 'Fond (F.) 558, Opis’ (Op.) 11, Delo (D.) 334'})
    expect(r.item['publisher-place']).toBeUndefined()
    expect([r.locator, r.label]).toEqual(['134–135', 'folio'])
  })

  it('leaves spans after a call number that are no unit, and citations with no call number', () => {
    const note = 'Report, CFMA, No. 118-00175-01, pp. 1–3'
    const fields = spans(note, [
      ['archive', 'CFMA'],
      ['archive_location', '118-00175-01'],
      ['page', 'pp. 1–3']
    ])
    expect(archivalUnits(note, fields)).toEqual(fields)
    const book = 'Anna Berg, Die Stadt (Wien: Böhlau, 2001), box 3'
    const none = spans(book, [
      ['author', 'Anna Berg'],
      ['title', 'Die Stadt'],
      ['publisher-place', 'Wien'],
      ['publisher', 'Böhlau'],
      ['issued', '2001']
    ])
    expect(archivalUnits(book, none)).toEqual(none)
  })
})
