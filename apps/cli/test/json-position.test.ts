import {describe, expect, it} from 'vitest'
import {jsonErrorMessage, jsonErrorOffset} from '../src/lib/json-position.js'

/** Bad JSON and where it goes wrong: the start of the token that cannot be there (UTF-16 index). */
const BAD: Array<[string, number]> = [
  ['{"id": }', 7],
  ['{"id": 1', 8],
  ['nope', 0],
  ['{"a": "x"} junk', 11],
  ['', 0],
  ['{"a": "\\q"}', 6],
  ['[1,]', 3],
  ['{"a": 1,}', 8],
  ["{'a': 1}", 1],
  ['{"a" 1}', 5],
  ['{"a": 01}', 7],
  ['{"a": -}', 6],
  ['{"a": 1.}', 6],
  ['{"a": "\\u12G4"}', 6],
  ['{"a": "tab\there"}', 6],
  ['{"a": "unterminated', 6],
  ['{"a": tru}', 6],
  ['{"𝔄": [1 2]}', 10],
  ['[[[]]', 5]
]

describe('jsonErrorOffset', () => {
  it.each(BAD)('%j fails at %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow()
    expect(jsonErrorOffset(text)).toBe(offset)
  })

  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', ' [1, -2.5e3, "a\\u00e9\\n", true, false, null, {"b": []}] ', '"x"', '0']) {
      expect(() => JSON.parse(text)).not.toThrow()
      expect(jsonErrorOffset(text)).toBeUndefined()
    }
  })

  it('gives up quietly on nesting deep enough to overflow the scanner', () => {
    expect(jsonErrorOffset(`${'['.repeat(100_000)}x`)).toBeUndefined()
  })
})

describe('jsonErrorMessage', () => {
  it.each([
    ['{"id": }', "Unexpected token '}'"],
    ['{"id": 1', "Expected ',' or '}' after property value"],
    ['{"a": 1} x', 'Unexpected non-whitespace character after JSON'],
    ['', 'Unexpected end of JSON input']
  ])('%j: %s', (text, expected) => {
    let error: unknown
    try {
      JSON.parse(text)
    } catch (caught) {
      error = caught
    }
    expect(jsonErrorMessage(error)).toBe(expected)
  })
})
