/**
 * Optimal line breaking (Knuth & Plass, "Breaking paragraphs into lines", 1981) over boxes, glue
 * and penalties, with fitness classes, flagged (hyphen) penalties and an emergency pass that
 * always returns a breaking (an overfull line only when a single box is wider than the measure).
 */

export interface Box {
  type: 'box'
  width: number
}
export interface Glue {
  type: 'glue'
  width: number
  stretch: number
  shrink: number
}
export interface Penalty {
  type: 'penalty'
  width: number
  penalty: number
  flagged: boolean
}
export type Item = Box | Glue | Penalty

import {typography} from './typography.js'

export const INFINITY = 10_000

export interface BreakOptions {
  /** Largest adjustment ratio accepted, tried in order (e.g. `[1.5, 4]`); an emergency pass follows. */
  tolerances?: number[]
  linePenalty?: number
  flaggedDemerits?: number
  fitnessDemerits?: number
  /** Added to a third (and later) hyphenated line in a row (two in a row already cost `flaggedDemerits`). */
  tripleHyphenDemerits?: number
  /** Penalties from this value up are last resorts: breaks tried only when no breaking without them is within the tolerances. */
  lastResortFrom?: number
}

/** One line: items `[start, end)`, broken at item `end` (a glue, a penalty, or the end). */
export interface Line {
  start: number
  end: number
  /** Adjustment ratio: > 0 stretches the glue, < 0 shrinks it. */
  ratio: number
}

interface Node {
  position: number
  line: number
  fitness: number
  width: number
  stretch: number
  shrink: number
  demerits: number
  /** Lines in a row ending at a flagged break (a hyphen), this one included. */
  hyphens: number
  previous: Node | undefined
}

/** Candidates are kept per fitness class and per run of hyphenated lines (none, one, two or more): 4 × 3. */
const RUNS = 3

/**
 * Break `items` into lines of the widths given by `measure(lineIndex)`.
 * The paragraph must end with a forced break (penalty -INFINITY).
 */
export function breakLines(items: Item[], measure: (line: number) => number, options: BreakOptions = {}): Line[] {
  const tolerances = options.tolerances ?? typography.lineBreaking.tolerances
  const lastResort = options.lastResortFrom ?? typography.lineBreaking.lastResortFrom
  const hasLastResort = items.some((item) => item.type === 'penalty' && item.penalty >= lastResort && item.penalty < INFINITY)
  // With last resorts allowed, any stretch is allowed too: a last resort then costs more than a line looser than ~3.
  const passes: Array<[number, readonly number[]]> = hasLastResort
    ? [
        [lastResort, tolerances],
        [INFINITY, [Infinity]]
      ]
    : [[INFINITY, tolerances]]
  for (const [allowed, tolerancesOfPass] of passes) {
    for (const tolerance of tolerancesOfPass) {
      const lines = run(items, measure, tolerance, false, options, allowed)
      if (lines) return lines
    }
  }
  return run(items, measure, Infinity, true, options, INFINITY) ?? []
}

/** Prefix sums of width, stretch and shrink before each item (`sw[i]`: the width of items `[0, i)`). */
interface Sums {
  sw: Float64Array
  sy: Float64Array
  sz: Float64Array
}

/** One pass of the algorithm: its items and sums, its limits, its demerits, and the best new node per fitness class and hyphen run at the current breakpoint (reused: no arrays allocated per item). */
interface Pass {
  items: Item[]
  sums: Sums
  measure: (line: number) => number
  tolerance: number
  emergency: boolean
  linePenalty: number
  flaggedDemerits: number
  fitnessDemerits: number
  tripleHyphenDemerits: number
  candidates: Array<Node | undefined>
}

/** What a legal breakpoint costs: its penalty, the width it adds (a hyphen), whether it is flagged. */
interface Breakpoint {
  penalty: number
  width: number
  flagged: boolean
}

const GLUE_BREAK: Breakpoint = {penalty: 0, width: 0, flagged: false}

/** One pass: breaks within `tolerance`, at penalties below `allowed` (an emergency pass always finds one). */
function run(items: Item[], measure: (line: number) => number, tolerance: number, emergency: boolean, options: BreakOptions, allowed: number): Line[] | undefined {
  const pass: Pass = {
    items,
    sums: prefixSums(items),
    measure,
    tolerance,
    emergency,
    linePenalty: options.linePenalty ?? typography.lineBreaking.linePenalty,
    flaggedDemerits: options.flaggedDemerits ?? typography.lineBreaking.flaggedDemerits,
    fitnessDemerits: options.fitnessDemerits ?? typography.lineBreaking.fitnessDemerits,
    tripleHyphenDemerits: options.tripleHyphenDemerits ?? typography.lineBreaking.tripleHyphenDemerits,
    candidates: new Array<Node | undefined>(4 * RUNS).fill(undefined)
  }
  let active: Node[] = [{position: 0, line: 0, fitness: 1, width: 0, stretch: 0, shrink: 0, demerits: 0, hyphens: 0, previous: undefined}]
  // Reused at every breakpoint: the next active list.
  let spare: Node[] = []
  for (let b = 0; b < items.length; b++) {
    const item = items[b]!
    const legal = item.type === 'glue' ? b > 0 && items[b - 1]!.type === 'box' : item.type === 'penalty' && item.penalty < allowed
    if (!legal) continue
    const next = spare
    next.length = 0
    const dropped = consider(pass, active, b, item.type === 'penalty' ? item : GLUE_BREAK, next)
    admit(pass, b, next, dropped)
    spare = active
    active = next
    if (active.length === 0) return undefined
  }
  let best: Node | undefined
  for (const a of active) if (a.position === items.length - 1 && (!best || a.demerits < best.demerits)) best = a
  return best ? linesOf(pass, best) : undefined
}

/** Prefix sums of width, stretch and shrink before item i. */
function prefixSums(items: Item[]): Sums {
  const n = items.length
  const sw = new Float64Array(n + 1)
  const sy = new Float64Array(n + 1)
  const sz = new Float64Array(n + 1)
  for (let i = 0; i < n; i++) {
    const item = items[i]!
    sw[i + 1] = sw[i]! + (item.type === 'penalty' ? 0 : item.width)
    sy[i + 1] = sy[i]! + (item.type === 'glue' ? item.stretch : 0)
    sz[i + 1] = sz[i]! + (item.type === 'glue' ? item.shrink : 0)
  }
  return {sw, sy, sz}
}

/**
 * A line from each active node to breakpoint `b`: the nodes kept go to `next`, the best line
 * per class to `pass.candidates`; returns the node dropped last (the latest one: an emergency
 * pass breaks after it).
 */
function consider(pass: Pass, active: Node[], b: number, at: Breakpoint, next: Node[]): Node | undefined {
  const {sw, sy, sz} = pass.sums
  const candidates = pass.candidates
  candidates.fill(undefined)
  let dropped: Node | undefined
  for (const a of active) {
    const width = sw[b]! - a.width + at.width
    const available = pass.measure(a.line)
    let ratio: number
    if (width < available) {
      const stretch = sy[b]! - a.stretch
      ratio = stretch > 0 ? (available - width) / stretch : INFINITY
    } else if (width > available) {
      const shrink = sz[b]! - a.shrink
      ratio = shrink > 0 ? (available - width) / shrink : -INFINITY
    } else ratio = 0
    if (ratio < -1 || at.penalty <= -INFINITY) {
      // In an emergency the latest break wins: an overfull box alone on its line, not a merged line.
      if (!dropped || a.position > dropped.position || (a.position === dropped.position && a.demerits < dropped.demerits)) dropped = a
    } else next.push(a)
    if (ratio >= -1 && ratio <= pass.tolerance) candidate(pass, a, b, at, ratio)
  }
  return dropped
}

/** The line from node `a` to breakpoint `b` at adjustment `ratio`: its demerits, and the node it makes if it is the best of its class so far. */
function candidate(pass: Pass, a: Node, b: number, at: Breakpoint, ratio: number): void {
  const penalty = at.penalty
  const badness = 100 * Math.abs(ratio) ** 3
  let demerits = (pass.linePenalty + badness) ** 2
  if (penalty >= 0) demerits += penalty ** 2
  else if (penalty > -INFINITY) demerits -= penalty ** 2
  const hyphens = at.flagged ? a.hyphens + 1 : 0
  if (hyphens >= 2) demerits += pass.flaggedDemerits
  if (hyphens >= 3) demerits += pass.tripleHyphenDemerits
  const fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3
  if (Math.abs(fitness - a.fitness) > 1) demerits += pass.fitnessDemerits
  demerits += a.demerits
  const slot = fitness * RUNS + Math.min(hyphens, RUNS - 1)
  const best = pass.candidates[slot]
  if (!best || demerits < best.demerits) {
    pass.candidates[slot] = {position: b, line: a.line + 1, fitness, width: 0, stretch: 0, shrink: 0, demerits, hyphens, previous: a}
  }
}

/** The candidates at `b` made active (with the sums after the break); in an emergency with none and nothing left, a break after the node dropped. */
function admit(pass: Pass, b: number, next: Node[], dropped: Node | undefined): void {
  const candidates = pass.candidates
  let found = candidates.some((c) => c !== undefined)
  if (!found && next.length === 0 && dropped && pass.emergency) {
    // Nothing fits: break here anyway (an overfull or very loose line) rather than fail.
    candidates[RUNS] = {position: b, line: dropped.line + 1, fitness: 1, width: 0, stretch: 0, shrink: 0, demerits: dropped.demerits + 1e8, hyphens: 0, previous: dropped}
    found = true
  }
  if (!found) return
  const [w, y, z] = sumsAfter(pass, b)
  for (const c of candidates) {
    if (!c) continue
    c.width = w
    c.stretch = y
    c.shrink = z
    next.push(c)
  }
}

/** Sums after a break at b: skip the glue and penalties that vanish at a line start. */
function sumsAfter(pass: Pass, b: number): [number, number, number] {
  const {items, sums} = pass
  const n = items.length
  let i = b
  if (i < n && items[i]!.type !== 'box') i++
  while (i < n) {
    const item = items[i]!
    if (item.type === 'box') break
    if (item.type === 'penalty' && item.penalty <= -INFINITY && i > b) break
    i++
  }
  return [sums.sw[i]!, sums.sy[i]!, sums.sz[i]!]
}

/** The lines of the breaking that ends at node `best`, each with its adjustment ratio. */
function linesOf(pass: Pass, best: Node): Line[] {
  const {items, measure} = pass
  const {sw, sy, sz} = pass.sums
  const n = items.length
  const breaks: Node[] = []
  for (let node: Node | undefined = best; node && node.previous; node = node.previous) breaks.push(node)
  breaks.reverse()
  const lines: Line[] = []
  let start = 0
  for (const node of breaks) {
    const b = node.position
    const item = items[b]!
    const width = sw[b]! - sw[start]! + (item.type === 'penalty' ? item.width : 0)
    const available = measure(lines.length)
    let ratio = 0
    if (width < available) {
      const stretch = sy[b]! - sy[start]!
      ratio = stretch > 0 ? (available - width) / stretch : 0
    } else if (width > available) {
      const shrink = sz[b]! - sz[start]!
      ratio = shrink > 0 ? Math.max(-1, (available - width) / shrink) : 0
    }
    lines.push({start, end: b, ratio})
    start = b
    // the next line starts after discardable items
    if (start < n && items[start]!.type !== 'box') start++
    while (start < n && items[start]!.type !== 'box' && !(items[start]!.type === 'penalty' && (items[start] as Penalty).penalty <= -INFINITY)) start++
  }
  return lines
}

/**
 * First-fit breaking for ragged-right text (headings, table cells, code): no stretching. A last
 * resort (a penalty from `lastResortFrom` up) is taken only for a line with no other break.
 */
export function breakGreedy(items: Item[], measure: (line: number) => number, lastResortFrom: number = typography.lineBreaking.lastResortFrom): Line[] {
  const lines: Line[] = []
  let start = 0
  let width = 0
  let lastBreak = -1
  let resort = -1
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    const breakable = (item.type === 'glue' && i > 0 && items[i - 1]!.type === 'box') || (item.type === 'penalty' && item.penalty < INFINITY)
    if (breakable) {
      const extra = item.type === 'penalty' ? item.width : 0
      const forced = item.type === 'penalty' && item.penalty <= -INFINITY
      const candidate = lastBreak >= 0 ? lastBreak : resort
      if (width + extra > measure(lines.length) + 0.01 && candidate >= 0) {
        lines.push({start, end: candidate, ratio: 0})
      } else if (forced) {
        lines.push({start, end: i, ratio: 0})
      } else {
        if (item.type === 'penalty' && item.penalty >= lastResortFrom) resort = i
        else lastBreak = i
        width += item.type === 'glue' ? item.width : 0
        continue
      }
      start = skip(items, lines[lines.length - 1]!.end)
      width = 0
      lastBreak = -1
      resort = -1
      i = start - 1
      continue
    }
    if (item.type !== 'penalty') width += item.width
  }
  return lines
}

function skip(items: Item[], b: number): number {
  let i = b + 1
  while (i < items.length && items[i]!.type !== 'box' && !(items[i]!.type === 'penalty' && (items[i] as Penalty).penalty <= -INFINITY)) i++
  return i
}
