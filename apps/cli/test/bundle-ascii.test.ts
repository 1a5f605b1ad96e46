import {readFileSync} from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import {describe, expect, it} from 'vitest'
import {asciiOnly} from '../bundle-ascii.mjs'

/**
 * Scripts with characters beyond ASCII where esbuild leaves them, each evaluating to what shows the
 * meaning kept (a regular expression's `source` is another text: `\u2019` for `’`).
 */
const CASES = [
  {name: 'a character in a regular expression', code: '/a–b/.exec("x a–b")'},
  {name: 'in a class, with the u flag', code: '"x—y–z".match(/[–—]/gu)'},
  {name: 'an identity escape of one (no u flag)', code: '[/\\’s/.test("’s"), /\\’s/.test("s")]'},
  {name: 'an escape kept whole before one', code: '/\\\\’/.exec("a\\\\’b")'},
  {name: 'a character beyond the BMP, with and without the u flag', code: '[/^😀$/u.test("😀"), /^😀$/.test("😀"), /^[😀]$/u.test("😀")]'},
  {name: 'String.raw', code: 'String.raw`\\d+[’\\`-]\\u{41}…`'},
  {name: 'a string, its identity escape and line continuation', code: '["’", "\\’", "a\\\u2028b"]'},
  {name: 'String.raw made into a regular expression', code: 'new RegExp(String.raw`[\\p{L}’]+`, "u").exec("l’histoire")'}
]

describe('asciiOnly', () => {
  it.each(CASES)('$name: $code', ({code}) => {
    const ascii = asciiOnly(code)
    expect(ascii).not.toMatch(/[\u0080-\uffff]/)
    expect(ascii).not.toBe(code)
    expect(JSON.stringify(vm.runInNewContext(ascii))).toBe(JSON.stringify(vm.runInNewContext(code)))
  })

  it('leaves ASCII as it is', () => {
    const code = 'var a = /[a-z]\\u2019/u, b = String.raw`\\d`, c = "\\u2013"'
    expect(asciiOnly(code)).toBe(code)
  })

  it.each([
    {name: 'an identifier', code: 'var café = 1'},
    {name: 'another tag', code: 'tag`é`'},
    {name: 'String.raw with a substitution', code: 'String.raw`é${x}`'}
  ])('refuses what it cannot write the same in ASCII: $name', ({code}) => {
    expect(() => asciiOnly(code)).toThrow(/cannot write a character beyond ASCII at offset \d+/)
  })

  it('the built program is ASCII (the start reads it as Latin-1)', () => {
    const program = readFileSync(path.resolve(import.meta.dirname, '../dist/bundle/program.cjs'))
    expect(program.length).toBeGreaterThan(1_000_000)
    expect(program.every((byte) => byte < 0x80)).toBe(true)
  })
})
