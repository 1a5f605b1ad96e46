import {describe, expect, it} from 'vitest'
import {parseCorrections, WRITE_REPLACES, writeCorrection, type Correction} from '../src/index.js'

const FILE = `octavo-corrections: 1
# Checked against the gazetteer, 2026-11-30.
corrections:
  # Note 11: the author was read as the container of a chapter.
  - note: 11
    citation: c56b895f     # An Longzhen, Yanbian Chaoxianzu zizhizhou zhouzhi
    set:
      type: book     # a gazetteer
      locator: "277"
  - {note: 40, citation: 1e0c9a7d, commentary: true}
`

/** The corrections a text reads as, without positions. */
function read(text: string): Correction[] {
  const parsed = parseCorrections(text)
  expect(parsed.diagnostics).toEqual([])
  return parsed.corrections.map(({position: _p, at: {position: _q, ...at}, ...rest}) => ({at, ...rest}) as Correction)
}

describe('writeCorrection', () => {
  it('into the entry of its citation: the field replaced, the other fields, every comment and the other entries kept', () => {
    const out = writeCorrection(FILE, {at: {note: 11, citation: 'c56b895f'}, set: {author: [{family: 'An', given: 'Longzhen'}], locator: '254–256, 277'}})
    for (const comment of ['# Checked against the gazetteer', '# Note 11: the author', '# An Longzhen, Yanbian', '# a gazetteer']) expect(out).toContain(comment)
    expect(out).toContain('      locator: 254–256, 277\n      author: [{family: An, given: Longzhen}]\n  - {note: 40, citation: 1e0c9a7d, commentary: true}\n')
    expect(read(out)).toEqual([
      {at: {note: 11, citation: 'c56b895f'}, set: {type: 'book', locator: '254–256, 277', author: [{family: 'An', given: 'Longzhen'}]}},
      {at: {note: 40, citation: '1e0c9a7d'}, commentary: true}
    ])
  })

  it('a new entry at the end, its citation’s text as a comment; into an empty file, the file made', () => {
    const out = writeCorrection('', {at: {note: 24, citation: 'f14d344b'}, sameWorkAs: {note: 11, citation: 'c56b895f'}}, 'An, Yanbian Chaoxianzu zizhizhou zhouzhi, p. 276')
    expect(out).toMatch(
      /^octavo-corrections: 1\ncorrections:\n {2}- note: 24\n {4}citation: f14d344b # An, Yanbian Chaoxianzu zizhizhou zhouzhi, p. 276\n {4}same-work-as: \{note: 11, citation: c56b895f\}\n$/
    )
    const more = writeCorrection(FILE, {at: {note: 26, citation: '8df29d42', index: 3}, set: {issued: {'date-parts': [[1950, 10], [1962]]}, volume: null}})
    expect(read(more).at(-1)).toEqual({at: {note: 26, citation: '8df29d42', index: 3}, set: {issued: {'date-parts': [[1950, 10], [1962]]}, volume: null}})
    // The file as it was (white space before a comment as one space), the entry after it.
    expect(more.startsWith(FILE.replace(/(\S) +#/g, '$1 #'))).toBe(true)
  })

  it('a hash YAML would read as a number is quoted; the comment of a long citation is cut', () => {
    const out = writeCorrection('', {at: {note: 3, citation: '00120034'}, set: {locator: '9'}}, 'x'.repeat(100))
    expect(out).toContain('citation: "00120034" # ' + 'x'.repeat(59) + '…')
    expect(read(out)[0]!.at).toEqual({note: 3, citation: '00120034'})
  })

  it('the index tells entries apart: another index is another entry', () => {
    const one = writeCorrection('', {at: {note: 8, citation: 'aaaaaaaa', index: 0}, set: {locator: '1'}})
    const two = writeCorrection(one, {at: {note: 8, citation: 'aaaaaaaa', index: 1}, set: {locator: '2'}})
    expect(read(two).map((c) => [c.at.index, c.set?.['locator']])).toEqual([
      [0, '1'],
      [1, '2']
    ])
  })

  describe('WRITE_REPLACES: each operation takes out of the entry what it cannot stand beside', () => {
    const base = writeCorrection(writeCorrection('', {at: {note: 5, citation: 'bbbbbbbb'}, set: {locator: '4'}}), {at: {note: 5, citation: 'bbbbbbbb'}, cites: {note: 2, citation: 'cccccccc'}})
    const operations: Record<string, Correction> = {
      set: {at: {note: 5, citation: 'bbbbbbbb'}, set: {title: 'T'}},
      commentary: {at: {note: 5, citation: 'bbbbbbbb'}, commentary: true},
      split: {at: {note: 5, citation: 'bbbbbbbb'}, split: ['a', 'b']},
      cites: {at: {note: 5, citation: 'bbbbbbbb'}, cites: {note: 1, citation: 'dddddddd'}},
      'same-work-as': {at: {note: 5, citation: 'bbbbbbbb'}, sameWorkAs: {note: 1, citation: 'dddddddd'}}
    }
    it.each(WRITE_REPLACES)('$operation ($why)', ({operation}) => {
      const out = writeCorrection(base, operations[operation]!)
      const [entry] = read(out)
      expect(read(out)).toHaveLength(1)
      const has = Object.keys(entry!).filter((k) => k !== 'at')
      expect(has).toContain(operation === 'same-work-as' ? 'sameWorkAs' : operation)
      const removed = WRITE_REPLACES.find((r) => r.operation === operation)!.removes.map((k) => (k === 'same-work-as' ? 'sameWorkAs' : k))
      for (const key of removed) expect(has).not.toContain(key)
    })
  })
})
