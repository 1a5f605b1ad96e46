import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {toXhtml, type ToXhtmlOptions} from '../src/index.js'
import {md} from './helpers.js'

/**
 * Fixture folders: `input.md` (+ optional `options.json`) → the content
 * document `expected.xhtml` and the diagnostics `diagnostics.txt`, both
 * reviewed. `UPDATE=1` rewrites the expectations; a missing one fails.
 */
const root = new URL('fixtures/', import.meta.url)
const update = process.env['UPDATE'] === '1'

describe('fixtures', () => {
  test('seven cases', () => expect(readdirSync(root).filter((name) => existsSync(new URL(`${name}/input.md`, root)))).toHaveLength(7))
  for (const name of readdirSync(root).sort()) {
    const dir = new URL(`${name}/`, root)
    if (!existsSync(new URL('input.md', dir))) continue
    test(name, () => {
      const input = readFileSync(new URL('input.md', dir), 'utf8')
      const optionsFile = new URL('options.json', dir)
      const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as ToXhtmlOptions) : {}
      const result = toXhtml(md(input), options)
      const diagnostics = result.diagnostics.map((d) => `${d.position ? `${d.position.start.line}:${d.position.start.column}` : '-'} ${d.severity} ${d.message} [${d.source ?? ''}]`).join('\n') + '\n'
      const expectedXhtml = new URL('expected.xhtml', dir)
      const expectedDiagnostics = new URL('diagnostics.txt', dir)
      if (update) {
        writeFileSync(expectedXhtml, result.xhtml)
        writeFileSync(expectedDiagnostics, diagnostics)
      }
      expect(existsSync(expectedXhtml), `${name}/expected.xhtml is missing (UPDATE=1 writes it)`).toBe(true)
      expect(result.xhtml).toBe(readFileSync(expectedXhtml, 'utf8'))
      expect(existsSync(expectedDiagnostics), `${name}/diagnostics.txt is missing (UPDATE=1 writes it)`).toBe(true)
      expect(diagnostics).toBe(readFileSync(expectedDiagnostics, 'utf8'))
    })
  }
})
