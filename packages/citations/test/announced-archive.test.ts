import {describe, expect, it} from 'vitest'
import {ANNOUNCEMENTS} from '../src/lib/lexicon.js'
import {announcedArchive} from '../src/lib/segment.js'
import type {LabeledCitation} from '../src/lib/model/reader.js'

/** A citation the model ended at its archive (the rest of the note read as outside it). */
function endedAtArchive(note: string, archive: string): LabeledCitation {
  const start = note.indexOf(archive)
  return {start: 0, end: start + archive.length, first: 0, last: 0, confidence: 0.9, fields: [{field: 'archive', start, end: start + archive.length, text: archive}]}
}

describe('announcedArchive: a citation ended at an archive that announces its abbreviation', () => {
  it.each(ANNOUNCEMENTS)('takes the announcement and the call number after it: (%s XYZ)', (words) => {
    const note = `«Padrón de vecinos», 1752, Archivo Municipal de Valdemora (${words} AMV), legajo 123, exp. 4.`
    const [c] = announcedArchive(note, [endedAtArchive(note, 'Archivo Municipal de Valdemora')])
    expect(c!.fields.map((f) => [f.field, f.text])).toEqual([
      ['archive', `Archivo Municipal de Valdemora (${words} AMV)`],
      ['archive_location', 'legajo 123, exp. 4']
    ])
    expect(note.slice(c!.start, c!.end)).toBe(`«Padrón de vecinos», 1752, Archivo Municipal de Valdemora (${words} AMV), legajo 123, exp. 4`)
  })

  it('leaves a parenthesis that announces nothing, or no call number after it', () => {
    for (const note of ['Report, Archivo Municipal (a fine archive), legajo 123.', 'Report, Archivo Municipal (en adelante, AM), which burned.']) {
      const c = endedAtArchive(note, 'Archivo Municipal')
      expect(announcedArchive(note, [c])).toEqual([c])
    }
  })
})
