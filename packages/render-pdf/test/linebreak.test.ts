import {describe, expect, test} from 'vitest'
import fc from 'fast-check'
import {breakGreedy, breakLines} from '../src/index.js'
import type {LineBreakItem} from '../src/index.js'

const INF = 10_000
/** Words of given widths with interword glue, ending in the usual finishing glue and forced break. */
function paragraph(widths: number[], hyphenAfter: Set<number> = new Set()): LineBreakItem[] {
  const items: LineBreakItem[] = []
  widths.forEach((w, i) => {
    if (i > 0) items.push({type: 'glue', width: 3, stretch: 1.5, shrink: 1})
    items.push({type: 'box', width: w})
    if (hyphenAfter.has(i)) {
      items.push({type: 'penalty', width: 2, penalty: 50, flagged: true})
      items.push({type: 'box', width: w / 2})
    }
  })
  items.push({type: 'glue', width: 0, stretch: INF, shrink: 0}, {type: 'penalty', width: 0, penalty: -INF, flagged: false})
  return items
}
function lineWidth(items: LineBreakItem[], start: number, end: number, ratio: number): number {
  let w = 0
  for (let i = start; i < end; i++) {
    const item = items[i]!
    if (item.type === 'box') w += item.width
    else if (item.type === 'glue' && i < end) w += item.width + (ratio > 0 ? ratio * item.stretch : ratio * item.shrink)
  }
  const last = items[end]
  if (last?.type === 'penalty') w += last.width
  return w
}

describe('breakLines (Knuth–Plass)', () => {
  test('property: optimal breaking is never worse than first-fit (total demerits, as Knuth–Plass counts them)', () => {
    // demerits of a breaking: (line penalty + badness)² per line, plus 100 for adjacent lines whose fitness classes differ by more than one
    const demerits = (items: LineBreakItem[], lines: Array<{start: number; end: number}>, measure: number) => {
      let total = 0
      let previous = 1
      for (const line of lines) {
        let natural = 0
        let stretch = 0
        let shrink = 0
        for (let i = line.start; i < line.end; i++) {
          const item = items[i]!
          if (item.type === 'box') natural += item.width
          else if (item.type === 'glue') {
            natural += item.width
            stretch += item.stretch
            shrink += item.shrink
          }
        }
        const r = natural < measure ? (stretch > 0 ? (measure - natural) / stretch : INF) : natural > measure ? (shrink > 0 ? (measure - natural) / shrink : -INF) : 0
        const fitness = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3
        total += (10 + 100 * Math.abs(r) ** 3) ** 2 + (Math.abs(fitness - previous) > 1 ? 100 : 0)
        previous = fitness
      }
      return total
    }
    let better = 0
    fc.assert(
      fc.property(fc.array(fc.integer({min: 5, max: 30}), {minLength: 5, maxLength: 60}), fc.integer({min: 80, max: 160}), (widths, measure) => {
        const items = paragraph(widths)
        const optimal = breakLines(items, () => measure, {tolerances: [1e9]})
        const greedy = breakGreedy(items, () => measure)
        const [d1, d2] = [demerits(items, optimal, measure), demerits(items, greedy, measure)]
        expect(d1).toBeLessThanOrEqual(d2 * (1 + 1e-9))
        if (d1 < d2 * (1 - 1e-9)) better++
      }),
      {numRuns: 300}
    )
    // and strictly better on many paragraphs
    expect(better).toBeGreaterThan(50)
  })

  test('breaks at a hyphenation penalty when that makes better lines', () => {
    const items = paragraph([30, 30, 40, 30], new Set([2]))
    const lines = breakLines(items, () => 80)
    const atHyphen = lines.some((l) => items[l.end]?.type === 'penalty' && (items[l.end] as {flagged: boolean}).flagged)
    expect(atHyphen).toBe(true)
  })

  test('property: every box is set once, in order; no line but an unbreakable one is overfull', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 2, max: 60}), {minLength: 1, maxLength: 80}), fc.integer({min: 40, max: 200}), (widths, measure) => {
        const items = paragraph(widths)
        const lines = breakLines(items, () => measure)
        // lines tile the items
        let boxes = 0
        let previousEnd = -1
        for (const line of lines) {
          expect(line.start).toBeGreaterThan(previousEnd)
          previousEnd = line.end
          for (let i = line.start; i < line.end; i++) if (items[i]!.type === 'box') boxes++
          const width = lineWidth(items, line.start, line.end, line.ratio)
          const single = items.slice(line.start, line.end).filter((i) => i.type === 'box').length === 1
          if (!single) expect(width).toBeLessThanOrEqual(measure + 1e-6)
          expect(line.ratio).toBeGreaterThanOrEqual(-1)
        }
        expect(boxes).toBe(widths.length)
        expect(lines[lines.length - 1]!.end).toBe(items.length - 1)
      }),
      {numRuns: 200}
    )
  })

  test('varying measures: a hanging indent shortens every line after the first', () => {
    const items = paragraph(Array.from({length: 30}, () => 17))
    const lines = breakLines(items, (n) => (n === 0 ? 120 : 100))
    expect(lineWidth(items, lines[0]!.start, lines[0]!.end, lines[0]!.ratio)).toBeCloseTo(120, 6)
    for (const line of lines.slice(1, -1)) expect(lineWidth(items, line.start, line.end, line.ratio)).toBeCloseTo(100, 6)
  })
})
