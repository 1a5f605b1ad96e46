import {BEGIN_FIELDS, FIELD_LABELS, type FieldLabel} from './labels.js'

/**
 * The labels of the sequence: `O` (outside any citation), then `^field` for
 * the first token of a citation (the fields of `BEGIN_FIELDS`), then `field`
 * for any other token of a citation.
 */
export const LABELS: readonly string[] = ['O', ...BEGIN_FIELDS.map((f) => `^${f}`), ...FIELD_LABELS]
const BEGINS = BEGIN_FIELDS.length
export const LABEL_COUNT = LABELS.length
const OTHER_BEGIN = 1 + BEGIN_FIELDS.indexOf('other')

/** The label of a citation's first token in field `field` (an index of `FIELD_LABELS`). */
export function beginLabel(field: number): number {
  const at = BEGIN_FIELDS.indexOf(FIELD_LABELS[field]!)
  return at === -1 ? OTHER_BEGIN : 1 + at
}
export function insideLabel(field: number): number {
  return 1 + BEGINS + field
}
/** The field of a label (undefined for `O`) and whether it starts a citation. */
export function fieldOf(label: number): {field: FieldLabel; begins: boolean} | undefined {
  if (label === 0) return undefined
  if (label <= BEGINS) return {field: BEGIN_FIELDS[label - 1]!, begins: true}
  return {field: FIELD_LABELS[label - 1 - BEGINS]!, begins: false}
}

/**
 * Which label may follow which: a citation's inner label only inside a
 * citation (never after `O` or at the note's start). Row `LABEL_COUNT` is the
 * start of the note.
 */
export function allowedTransitions(): Uint8Array {
  const L = LABEL_COUNT
  const allowed = new Uint8Array((L + 1) * L)
  for (let from = 0; from <= L; from++) {
    for (let to = 0; to < L; to++) {
      const inside = to > BEGINS
      const fromOutside = from === 0 || from === L
      allowed[from * L + to] = inside && fromOutside ? 0 : 1
    }
  }
  return allowed
}

const ALLOWED = allowedTransitions()

/** The best label sequence (Viterbi) for emission scores `E` (n × L). */
export function viterbi(E: Float32Array | Float64Array, n: number, transitions: Float32Array | Float64Array): Int32Array {
  const L = LABEL_COUNT
  const out = new Int32Array(n)
  if (n === 0) return out
  const score = new Float64Array(n * L)
  const back = new Int32Array(n * L)
  for (let y = 0; y < L; y++) score[y] = ALLOWED[L * L + y] ? E[y]! + transitions[L * L + y]! : -Infinity
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L
    const here = i * L
    for (let y = 0; y < L; y++) {
      let best = -Infinity
      let arg = 0
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + y]) continue
        const s = score[prev + p]! + transitions[p * L + y]!
        if (s > best) {
          best = s
          arg = p
        }
      }
      score[here + y] = best + E[here + y]!
      back[here + y] = arg
    }
  }
  let best = -Infinity
  let arg = 0
  for (let y = 0; y < L; y++) {
    const s = score[(n - 1) * L + y]!
    if (s > best) {
      best = s
      arg = y
    }
  }
  out[n - 1] = arg
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!
  return out
}

/**
 * Token marginals (forward–backward over the scores divided by `temperature`,
 * as if they were a CRF's; in scaled probability space): n × L probabilities
 * that token i has label y.
 */
export function marginals(E: Float32Array, n: number, transitions: Float32Array, temperature: number): Float64Array {
  const L = LABEL_COUNT
  const expT = new Float64Array((L + 1) * L)
  for (let k = 0; k < (L + 1) * L; k++) expT[k] = ALLOWED[k] ? Math.exp(transitions[k]! / temperature) : 0
  const expE = new Float64Array(n * L)
  for (let i = 0; i < n; i++) {
    let max = -Infinity
    for (let y = 0; y < L; y++) max = Math.max(max, E[i * L + y]!)
    for (let y = 0; y < L; y++) expE[i * L + y] = Math.exp((E[i * L + y]! - max) / temperature)
  }
  const alpha = new Float64Array(n * L)
  const beta = new Float64Array(n * L)
  const norm = new Float64Array(n)
  let z = 0
  for (let y = 0; y < L; y++) z += alpha[y] = expT[L * L + y]! * expE[y]!
  norm[0] = z
  for (let y = 0; y < L; y++) alpha[y]! /= z
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L
    const here = i * L
    z = 0
    for (let y = 0; y < L; y++) {
      let sum = 0
      for (let p = 0; p < L; p++) sum += alpha[prev + p]! * expT[p * L + y]!
      z += alpha[here + y] = sum * expE[here + y]!
    }
    norm[i] = z
    for (let y = 0; y < L; y++) alpha[here + y]! /= z
  }
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 1
  for (let i = n - 2; i >= 0; i--) {
    const here = i * L
    const after = (i + 1) * L
    for (let y = 0; y < L; y++) {
      let sum = 0
      for (let q = 0; q < L; q++) sum += expT[y * L + q]! * expE[after + q]! * beta[after + q]!
      beta[here + y] = sum / norm[i + 1]!
    }
  }
  const out = new Float64Array(n * L)
  for (let k = 0; k < n * L; k++) out[k] = alpha[k]! * beta[k]!
  return out
}

/**
 * The labels kept at each token by a beam search: `labels[i * k + a]`
 * (-1 where fewer were kept).
 */
export interface Beam {
  k: number
  labels: Int32Array
}

/**
 * Viterbi with a beam: at each token only the `k` best partial labelings
 * (by score so far, transitions included) are extended. Each token costs
 * `k × L` instead of `L × L`; with `k = L` it is Viterbi. Returns the best
 * labeling and the labels kept at each token (for `marginalsBeam`).
 */
export function beamSearch(E: Float32Array, n: number, transitions: Float32Array | Float64Array, k: number): {labels: Int32Array; beam: Beam} {
  const L = LABEL_COUNT
  const T = masked(transitions)
  const kept = new Int32Array(n * k).fill(-1)
  if (n === 0) return {labels: new Int32Array(0), beam: {k, labels: kept}}
  const beam: BeamState = {k, kept, score: new Float64Array(n * k).fill(-Infinity), back: new Int32Array(n * k)}
  for (let y = 0; y < L; y++) keepLabel(beam, 0, E[y]! + T[L * L + y]!, y, 0)
  for (let i = 1; i < n; i++) extend(beam, i, T, E)
  const labels = new Int32Array(n)
  let a = 0
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = kept[i * k + a]!
    a = beam.back[i * k + a]!
  }
  return {labels, beam: {k, labels: kept}}
}

/** The labels kept at each token (`kept[i * k + a]`, best first), their scores and which label of the token before each came from. */
interface BeamState {
  k: number
  kept: Int32Array
  score: Float64Array
  back: Int32Array
}

/**
 * Keep the best labels of token i: each label's best score from a label kept
 * at the token before (the first of them, on a tie), along its (masked)
 * transition, plus its emission score.
 */
function extend(beam: BeamState, i: number, T: Float64Array, E: Float32Array): void {
  const L = LABEL_COUNT
  const {k, kept, score} = beam
  const before = (i - 1) * k
  for (let y = 0; y < L; y++) {
    let best = -Infinity
    let from = 0
    for (let a = 0; a < k; a++) {
      const p = kept[before + a]!
      if (p < 0) break
      const s = score[before + a]! + T[p * L + y]!
      if (s > best) {
        best = s
        from = a
      }
    }
    keepLabel(beam, i, best + E[i * L + y]!, y, from)
  }
}

/** Label y with score s (from kept label `from` of the token before) among the k best of token i, if it is one. */
function keepLabel(beam: BeamState, i: number, s: number, y: number, from: number): void {
  const {k, kept, score, back} = beam
  const base = i * k
  if (s === -Infinity || s <= score[base + k - 1]!) return
  let j = k - 1
  while (j > 0 && score[base + j - 1]! < s) {
    score[base + j] = score[base + j - 1]!
    kept[base + j] = kept[base + j - 1]!
    back[base + j] = back[base + j - 1]!
    j--
  }
  score[base + j] = s
  kept[base + j] = y
  back[base + j] = from
}

const MASKED = new WeakMap<object, Float64Array>()

/** The transitions with -Infinity where a transition is not allowed (kept per transitions array). */
function masked(transitions: Float32Array | Float64Array): Float64Array {
  let out = MASKED.get(transitions)
  if (!out) {
    out = Float64Array.from(transitions, (t, j) => (ALLOWED[j] ? t : -Infinity))
    MASKED.set(transitions, out)
  }
  return out
}

/**
 * Token marginals over a beam (labels outside it have probability 0): n × k,
 * in the beam's order. `expTransitions`: `exp` of the transition weights, 0
 * where a transition is not allowed.
 */
export function marginalsBeam(E: Float32Array, n: number, expTransitions: Float64Array, beam: Beam): Float64Array {
  const {k, labels} = beam
  const L = LABEL_COUNT
  const expE = beamExp(E, n, labels, k)
  const alpha = new Float64Array(n * k)
  const beta = new Float64Array(n * k)
  const norm = new Float64Array(n)
  let z = 0
  for (let a = 0; a < k; a++) z += alpha[a] = transition(expTransitions, L, labels[a]!) * expE[a]!
  norm[0] = z || 1
  for (let a = 0; a < k; a++) alpha[a]! /= norm[0]!
  // Labels outside the beam (-1) are skipped: their terms are 0, and adding 0 leaves a sum as it is.
  for (let i = 1; i < n; i++) {
    z = 0
    for (let b = 0; b < k; b++) {
      const to = labels[i * k + b]!
      let sum = 0
      if (to >= 0) {
        for (let a = 0; a < k; a++) {
          const from = labels[(i - 1) * k + a]!
          if (from >= 0) sum += alpha[(i - 1) * k + a]! * expTransitions[from * L + to]!
        }
      }
      z += alpha[i * k + b] = sum * expE[i * k + b]!
    }
    norm[i] = z || 1
    for (let b = 0; b < k; b++) alpha[i * k + b]! /= norm[i]!
  }
  for (let a = 0; a < k; a++) beta[(n - 1) * k + a] = 1
  for (let i = n - 2; i >= 0; i--) {
    for (let a = 0; a < k; a++) {
      const from = labels[i * k + a]!
      let sum = 0
      if (from >= 0) {
        for (let b = 0; b < k; b++) {
          const to = labels[(i + 1) * k + b]!
          if (to >= 0) sum += expTransitions[from * L + to]! * expE[(i + 1) * k + b]! * beta[(i + 1) * k + b]!
        }
      }
      beta[i * k + a] = sum / norm[i + 1]!
    }
  }
  for (let j = 0; j < n * k; j++) alpha[j]! *= beta[j]!
  return alpha
}

/** `exp` of a transition (0 where either label is none: -1). */
function transition(expTransitions: Float64Array, from: number, to: number): number {
  return from >= 0 && to >= 0 ? expTransitions[from * LABEL_COUNT + to]! : 0
}

/** `exp` of each kept label's emission score, less the token's best (0 where no label is kept). */
function beamExp(E: Float32Array, n: number, labels: Int32Array, k: number): Float64Array {
  const L = LABEL_COUNT
  const expE = new Float64Array(n * k)
  for (let i = 0; i < n; i++) {
    let max = -Infinity
    for (let a = 0; a < k; a++) if (labels[i * k + a]! >= 0) max = Math.max(max, E[i * L + labels[i * k + a]!]!)
    for (let a = 0; a < k; a++) if (labels[i * k + a]! >= 0) expE[i * k + a] = Math.exp(E[i * L + labels[i * k + a]!]! - max)
  }
  return expE
}
