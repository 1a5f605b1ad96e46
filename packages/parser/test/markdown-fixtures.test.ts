/**
 * Fixture folders `test/fixtures/md-<case>/`: `input.md`, `tree.json` (the
 * reviewed tree and diagnostics, positions written `line:column-line:column`)
 * and `import.md` (what `toMarkdown` prints for that tree). `UPDATE=1`
 * rewrites both; read them before committing.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse, toMarkdown} from '@octavo/parser'
import {check, compact} from './fixture-helpers.js'

const fixtures = new URL('./fixtures/', import.meta.url)
const cases = readdirSync(fixtures)
  .filter((name) => name.startsWith('md-'))
  .sort()

describe('Markdown fixtures', () => {
  it('has its 7 cases', () => {
    expect(cases).toHaveLength(7)
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
