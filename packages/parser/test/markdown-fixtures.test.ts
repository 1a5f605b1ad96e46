/**
 * Fixture folders `test/fixtures/md-<case>/`: `input.md`, `tree.json` (the
 * reviewed tree and diagnostics, positions written `line:column-line:column`)
 * and `import.md` (what `toMarkdown` prints for that tree). `UPDATE=1`
 * rewrites both; read them before committing.
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse, toMarkdown} from '@octavo/parser'

const fixtures = new URL('./fixtures/', import.meta.url)
const cases = readdirSync(fixtures).filter((name) => name.startsWith('md-')).sort()

interface PointLike {
  line: number
  column: number
}

function compact(value: unknown): string {
  return (
    JSON.stringify(
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
  )
}

function check(file: URL, actual: string) {
  if (process.env['UPDATE']) writeFileSync(file, actual)
  expect(existsSync(file), `${file.pathname} is missing: run with UPDATE=1 and review it`).toBe(true)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('Markdown fixtures', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(7)
  })
  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(new URL(`${name}/input.md`, fixtures))
      const result = parse(new Uint8Array(input), {format: 'markdown'})
      check(new URL(`${name}/tree.json`, fixtures), compact(result))
      check(new URL(`${name}/import.md`, fixtures), toMarkdown(result.tree))
    })
  }
})
