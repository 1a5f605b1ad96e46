import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {parseReference} from '../src/index.js'
import {chicagoLike, scoreAnystyle, type AnystyleRecord} from '../bench/anystyle-score.mjs'

const data = new URL('../../../../shared/data/anystyle-gold/', import.meta.url)

describe('AnyStyle labelled references (Chicago-like subset of gold, core, good)', () => {
  it('reads most fields right', () => {
    const records: AnystyleRecord[] = []
    const seen = new Set<string>()
    for (const file of ['gold.jsonl', 'core.jsonl', 'good.jsonl']) {
      for (const line of readFileSync(new URL(file, data), 'utf8').split('\n')) {
        if (!line.trim()) continue
        const r = JSON.parse(line) as AnystyleRecord
        if (chicagoLike(r) && !seen.has(r.text)) {
          seen.add(r.text)
          records.push(r)
        }
      }
    }
    expect(records.length).toBeGreaterThan(300)
    const score = scoreAnystyle(records, parseReference)
    if (process.env.VERBOSE) console.log(score)
    // Measured 0.795 (bench/anystyle.mjs); a floor, to catch regressions.
    expect(score.accuracy).toBeGreaterThan(0.77)
    expect(score.fields.author![0] / score.fields.author![1]).toBeGreaterThan(0.9)
  })
})
