// @module-tag slow
/**
 * Work that grows linearly with the input (issue 18, "linear time … for every
 * stage"), counted, never timed. Each case names the input that was quadratic
 * before and the operation that made it so.
 */
import {afterEach, describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'

const article = (body: string) => `---\ntitle: T\nlang: en\n---\n\n${body}`

/** Array elements scanned by `Array.prototype.includes` while `run` runs. */
function elementsScannedByIncludes(run: () => void): number {
  const original = Array.prototype.includes
  let scanned = 0
  Array.prototype.includes = function (this: unknown[], ...args: Parameters<typeof original>) {
    scanned += this.length
    return original.apply(this, args)
  }
  try {
    run()
  } finally {
    Array.prototype.includes = original
  }
  return scanned
}

const CASES = [
  {
    name: 'n footnote references and their definitions',
    example: (n: number) => article(Array.from({length: n}, (_, i) => `x[^${i}]\n\n`).join('') + Array.from({length: n}, (_, i) => `[^${i}]: note ${i}\n\n`).join('')),
    // Before: micromark-extension-gfm-footnote kept the defined labels in an array and called
    // `includes` on it for every definition and every reference: n²/2 + n² elements (1.5·10⁷ at 3,000).
    cause: 'defined labels looked up in an array (patches/micromark-extension-gfm-footnote+2.1.0.patch)',
    // A constant number of short arrays per node is fine; a scan of all n per node is not.
    bound: (n: number) => 100 * n
  },
  {
    name: 'n link references and their definitions',
    // Definitions need no blank line between them, and a paragraph may hold many references.
    example: (n: number) =>
      article(
        Array.from({length: n}, (_, i) => `[${i}]: /u${i}`).join('\n') +
          '\n\n' +
          Array.from({length: n / 100}, (_, p) => Array.from({length: 100}, (_, i) => `[a][${p * 100 + i}]`).join(' ')).join('\n\n')
      ),
    // Before: micromark's label end called `includes` on the array of every definition for each
    // reference, twice for a full one: 2n² elements (1.9·10⁷ at 3,000).
    cause: 'defined identifiers looked up in an array (patches/micromark-core-commonmark+2.0.4.patch)',
    // micromark scans its short lists of constructs at every character (about 300 elements a reference here).
    bound: (n: number) => 1000 * n
  }
]

describe('linear work in the parser', () => {
  afterEach(() => expect(Array.prototype.includes.name).toBe('includes'))
  for (const {name, example, cause, bound} of CASES) {
    it(`${name}: no scan per node (${cause})`, () => {
      const n = 3000
      const scanned = elementsScannedByIncludes(() => parse(example(n), {format: 'markdown'}))
      expect(scanned).toBeLessThan(bound(n))
    })
  }
})
