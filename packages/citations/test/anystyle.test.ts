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
    // Measured 0.899 (bench/anystyle.mjs; 0.808 before the general rules of test/NOTES.md); a floor, to catch regressions.
    expect(score.accuracy).toBeGreaterThan(0.885)
    const rate = (k: string) => score.fields[k]![0] / score.fields[k]![1]
    expect(rate('author')).toBeGreaterThan(0.96)
    expect(rate('title')).toBeGreaterThan(0.86)
    expect(rate('container')).toBeGreaterThan(0.71)
    expect(rate('volume')).toBeGreaterThan(0.75)
    expect(rate('place')).toBeGreaterThan(0.9)
    expect(rate('pages')).toBeGreaterThan(0.9)
  })
})
