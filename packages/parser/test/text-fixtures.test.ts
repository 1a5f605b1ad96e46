/**
 * Fixture folders `test/fixtures/text-<case>/`: `input.txt` (bytes, as a
 * user's file) and `tree.json`, the reviewed tree and diagnostics, positions
 * written compactly as `line:column-line:column`. `UPDATE=1` rewrites them.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from '@octavo/parser'
import {check, compact} from './fixture-helpers.js'

const fixtures = new URL('./fixtures/', import.meta.url)
const cases = readdirSync(fixtures)
  .filter((name) => name.startsWith('text-'))
  .sort()

describe('plain-text fixtures', () => {
  it('has its 21 cases', () => {
    expect(cases).toHaveLength(21)
  })
  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(new URL(`${name}/input.txt`, fixtures))
      const result = parse(new Uint8Array(input))
      check(new URL(`${name}/tree.json`, fixtures), compact(result))
    })
  }
})
