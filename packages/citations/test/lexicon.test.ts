import {describe, expect, test} from 'vitest'
import {ROLE_MARKS, roleMarks} from '../src/lib/lexicon.js'
import {readNameList} from '../src/lib/names.js'

describe('ROLE_MARKS: editor and translator marks after the names, by language', () => {
  test.each(ROLE_MARKS)('$lang $role: $example', ({example, role, marks, phrases}) => {
    // The example ends with one of the row's marks, as the readers' patterns built from it see it.
    const own = new RegExp(`\\((?:${[...marks.map((m) => `${m}\\.`), ...phrases].join('|')})\\)$`, 'u')
    expect(example).toMatch(own)
    expect(example).toMatch(new RegExp(`\\((?:${roleMarks([role], '\\.', true)})\\)$`, 'u'))
    // names.ts reads the same role from it.
    expect(readNameList(example).role).toBe(role)
  })

  test('roleMarks: abbreviations with or without their period, phrases only when asked, one role or both', () => {
    const editorBare = new RegExp(`^(?:${roleMarks(['editor'], '', false)})$`, 'u')
    expect(['ed', 'eds', 'Hrsg', 'Hg', 'dir', 'éd', 'éds', 'coord'].filter((w) => editorBare.test(w))).toHaveLength(8)
    expect(editorBare.test('a cura di')).toBe(false)
    expect(editorBare.test('trans')).toBe(false)
    expect(editorBare.test('ed.')).toBe(false)
    const both = new RegExp(`^(?:${roleMarks(['editor', 'translator'], '\\.', true)})$`, 'u')
    expect(['ed.', 'Hrsg.', 'trans.', 'übers.', 'a cura di'].every((w) => both.test(w))).toBe(true)
    expect(both.test('ed')).toBe(false)
  })
})
