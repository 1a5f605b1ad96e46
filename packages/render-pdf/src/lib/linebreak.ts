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
  const tolerances = options.tolerances ?? [1.5, 4]
  const lastResort = options.lastResortFrom ?? 1000
  const hasLastResort = items.some((item) => item.type === 'penalty' && item.penalty >= lastResort && item.penalty < INFINITY)
  // With last resorts allowed, any stretch is allowed too: a last resort then costs more than a line looser than ~3.
  const passes: Array<[number, number[]]> = hasLastResort ? [[lastResort, tolerances], [INFINITY, [Infinity]]] : [[INFINITY, tolerances]]
  for (const [allowed, tolerancesOfPass] of passes) {
    for (const tolerance of tolerancesOfPass) {
      const lines = run(items, measure, tolerance, false, options, allowed)
      if (lines) return lines
    }
  }
  return run(items, measure, Infinity, true, options, INFINITY) ?? []
}

/** One pass: breaks within `tolerance`, at penalties below `allowed` (an emergency pass always finds one). */
function run(items: Item[], measure: (line: number) => number, tolerance: number, emergency: boolean, options: BreakOptions, allowed: number): Line[] | undefined {
  const linePenalty = options.linePenalty ?? 10
  const flaggedDemerits = options.flaggedDemerits ?? 3000
  const fitnessDemerits = options.fitnessDemerits ?? 100
  const tripleHyphenDemerits = options.tripleHyphenDemerits ?? 1_000_000
  const n = items.length
  // Prefix sums of width, stretch, shrink before item i.
  const sw = new Float64Array(n + 1)
  const sy = new Float64Array(n + 1)
  const sz = new Float64Array(n + 1)
  for (let i = 0; i < n; i++) {
    const item = items[i]!
    sw[i + 1] = sw[i]! + (item.type === 'penalty' ? 0 : item.width)
    sy[i + 1] = sy[i]! + (item.type === 'glue' ? item.stretch : 0)
    sz[i + 1] = sz[i]! + (item.type === 'glue' ? item.shrink : 0)
  }
  let active: Node[] = [{position: 0, line: 0, fitness: 1, width: 0, stretch: 0, shrink: 0, demerits: 0, hyphens: 0, previous: undefined}]
  // Reused at every breakpoint (no arrays allocated per item): the next active list and the best new node per fitness class and hyphen run.
  let spare: Node[] = []
  const candidates: Array<Node | undefined> = new Array<Node | undefined>(4 * RUNS).fill(undefined)

  // Sums after a break at b: skip the glue and penalties that vanish at a line start.
  const after = (b: number): [number, number, number] => {
    let i = b
    if (i < n && items[i]!.type !== 'box') i++
    while (i < n) {
      const item = items[i]!
      if (item.type === 'box') break
      if (item.type === 'penalty' && item.penalty <= -INFINITY && i > b) break
      i++
    }
    return [sw[i]!, sy[i]!, sz[i]!]
  }

  for (let b = 0; b < n; b++) {
    const item = items[b]!
    let legal = false
    let penalty = 0
    let penaltyWidth = 0
    let flagged = false
    if (item.type === 'glue') legal = b > 0 && items[b - 1]!.type === 'box'
    else if (item.type === 'penalty') {
      legal = item.penalty < allowed
      penalty = item.penalty
      penaltyWidth = item.width
      flagged = item.flagged
    }
    if (!legal) continue
    candidates.fill(undefined)
    const next = spare
    next.length = 0
    let dropped: Node | undefined
    for (const a of active) {
      const width = sw[b]! - a.width + penaltyWidth
      const available = measure(a.line)
      let ratio: number
      if (width < available) {
        const stretch = sy[b]! - a.stretch
        ratio = stretch > 0 ? (available - width) / stretch : INFINITY
      } else if (width > available) {
        const shrink = sz[b]! - a.shrink
        ratio = shrink > 0 ? (available - width) / shrink : -INFINITY
      } else ratio = 0
      const forced = penalty <= -INFINITY
      if (ratio < -1 || forced) {
        // In an emergency the latest break wins: an overfull box alone on its line, not a merged line.
        if (!dropped || a.position > dropped.position || (a.position === dropped.position && a.demerits < dropped.demerits)) dropped = a
      } else next.push(a)
      if (ratio >= -1 && ratio <= tolerance) {
        const badness = 100 * Math.abs(ratio) ** 3
        let demerits = (linePenalty + badness) ** 2
        if (penalty >= 0) demerits += penalty ** 2
        else if (penalty > -INFINITY) demerits -= penalty ** 2
        const hyphens = flagged ? a.hyphens + 1 : 0
        if (hyphens >= 2) demerits += flaggedDemerits
        if (hyphens >= 3) demerits += tripleHyphenDemerits
        const fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3
        if (Math.abs(fitness - a.fitness) > 1) demerits += fitnessDemerits
        demerits += a.demerits
        const slot = fitness * RUNS + Math.min(hyphens, RUNS - 1)
        const best = candidates[slot]
        if (!best || demerits < best.demerits) {
          candidates[slot] = {position: b, line: a.line + 1, fitness, width: 0, stretch: 0, shrink: 0, demerits, hyphens, previous: a}
        }
      }
    }
    let found = candidates.some((c) => c !== undefined)
    if (!found && next.length === 0 && dropped && emergency) {
      // Nothing fits: break here anyway (an overfull or very loose line) rather than fail.
      candidates[RUNS] = {position: b, line: dropped.line + 1, fitness: 1, width: 0, stretch: 0, shrink: 0, demerits: dropped.demerits + 1e8, hyphens: 0, previous: dropped}
      found = true
    }
    if (found) {
      const [w, y, z] = after(b)
      for (const c of candidates) {
        if (!c) continue
        c.width = w
        c.stretch = y
        c.shrink = z
        next.push(c)
      }
    }
    spare = active
    active = next
    if (active.length === 0) return undefined
  }
  let best: Node | undefined
  for (const a of active) if (a.position === n - 1 && (!best || a.demerits < best.demerits)) best = a
  if (!best) return undefined
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
export function breakGreedy(items: Item[], measure: (line: number) => number, lastResortFrom = 1000): Line[] {
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
