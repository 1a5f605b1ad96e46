/** What the fixture tests share: compact JSON for trees, and reviewed expectations. */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {expect} from 'vitest'

interface PointLike {
  line: number
  column: number
}

/** A tree as JSON, positions written compactly as `line:column-line:column`. */
export function compact(value: unknown): string {
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

/** Compare with a reviewed expectation file; `UPDATE=1` rewrites it (then read it before committing). */
export function check(file: URL, actual: string): void {
  if (process.env['UPDATE'] === '1') writeFileSync(file, actual)
  expect(existsSync(file), `${file.pathname} is missing: run with UPDATE=1 and review it`).toBe(true)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
