/**
 * Hostile input, Markdown and plain text, made of the pieces that broke the
 * parser before (deep nesting, bracket, emphasis and backtick runs, YAML
 * front matter with aliases, control characters): `parse` never throws,
 * comes back soon, and every position lies inside the input. Seeded;
 * `FUZZ_RUNS=500` (and `SEED=random`) explores further.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {LIMITS} from '../src/lib/limits.js'
import {eachNode} from '@octavo/tree'

const runs = Number(process.env.FUZZ_RUNS ?? 15)
const seed = process.env.SEED === 'random' ? undefined : 20261202

const size = fc.integer({min: 1, max: 1500})
const run = (pieces: string[]) => fc.tuple(fc.constantFrom(...pieces), size).map(([piece, n]) => piece.repeat(n))
const fragment = fc.oneof(
  run(['[', ']', '[@', '[@a]', '[a](', '![', '*', '_', '**a ', ' a**', '~', '`', '``a', '<span>', '</span>', '\\[', '&amp;', '[^1]', '{%', '%}']),
  run(['>', '> ', '- ', '1. ', '[^a]: ', '  ']),
  fc.integer({min: 1, max: 150}).map((n) => Array.from({length: n}, (_, i) => `${'  '.repeat(i)}- a`).join('\n')),
  fc.constantFrom(LIMITS.yamlAliases.example(1000), '---\na: *x\n---\n', '---\na: &x [1]\nb: [*x, *x]\n---\n', '---\ntitle: [\n---\n'),
  fc.constantFrom('\u0000', '\u0007', '\u001b[2J', '\u0085', '\u202e', '\r', '\r\n', '\n\n', '\t', '\uE000', '\uFFFD'),
  fc.constantFrom('Salt moved on mules.[^1]', '[see @doe99, p. 33]', '1961.1 ', '[12]', '¹²', 'Notes', '\n\n1. A note.')
)
const document = fc.array(fragment, {minLength: 1, maxLength: 8}).map((parts) => parts.join(''))

function check(text: string, format: 'markdown' | 'text') {
  // A hang fails by the test's timeout; `npm run bench:hostile` prints the times.
  const {tree, diagnostics} = parse(text, {format})
  const inside = (offset: number | undefined) => offset === undefined || (offset >= 0 && offset <= text.length)
  eachNode(tree, (node) => {
    expect(inside(node.position?.start.offset) && inside(node.position?.end.offset), `${node.type} inside the input`).toBe(true)
    return true
  })
  for (const d of diagnostics) expect(inside(d.position?.start.offset) && inside(d.position?.end.offset), d.message).toBe(true)
}

describe('hostile input', {tags: ['slow']}, () => {
  for (const format of ['markdown', 'text'] as const) {
    it(`${format}: never throws, comes back, positions inside the input`, () => {
      fc.assert(
        fc.property(document, (text) => check(text, format)),
        {numRuns: runs, ...(seed === undefined ? {} : {seed})}
      )
    })
  }
})
