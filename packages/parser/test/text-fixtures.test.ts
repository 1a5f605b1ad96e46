/**
 * Fixture folders `test/fixtures/text-<case>/`: `input.txt` (bytes, as a
 * user's file) and `tree.json`, the reviewed tree and diagnostics, positions
 * written compactly as `line:column-line:column`. `UPDATE=1` rewrites them.
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from '@octavo/parser'

const fixtures = new URL('./fixtures/', import.meta.url)
const cases = readdirSync(fixtures).filter((name) => name.startsWith('text-')).sort()

interface PointLike {
  line: number
  column: number
}

function compact(value: unknown): string {
  return JSON.stringify(
    value,
    (key, v: unknown) => {
      if (key === 'position' && v && typeof v === 'object' && 'start' in v && 'end' in v) {
        const {start, end} = v as {start: PointLike; end: PointLike}
        return `${start.line}:${start.column}-${end.line}:${end.column}`
      }
      return v
    },
    2
  ) + '\n'
}

describe('plain-text fixtures', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8)
  })
  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(new URL(`${name}/input.txt`, fixtures))
      const result = parse(new Uint8Array(input))
      const actual = compact(result)
      const expected = new URL(`${name}/tree.json`, fixtures)
      if (process.env.UPDATE) writeFileSync(expected, actual)
      expect(existsSync(expected), `${name}/tree.json is missing: run with UPDATE=1 and review it`).toBe(true)
      expect(actual).toBe(readFileSync(expected, 'utf8'))
    })
  }
})
