import {FIELD_LABELS, type FieldLabel} from './labels.js'

/**
 * The labels of the sequence: `O` (outside any citation), then for each
 * field `^field` (the first token of a citation) and `field` (any other
 * token of a citation).
 */
export const LABELS: readonly string[] = ['O', ...FIELD_LABELS.map((f) => `^${f}`), ...FIELD_LABELS]
export const FIELDS = FIELD_LABELS.length
export const LABEL_COUNT = LABELS.length

export function beginLabel(field: number): number {
  return 1 + field
}
export function insideLabel(field: number): number {
  return 1 + FIELDS + field
}
/** The field of a label (undefined for `O`) and whether it starts a citation. */
export function fieldOf(label: number): {field: FieldLabel; begins: boolean} | undefined {
  if (label === 0) return undefined
  const begins = label <= FIELDS
  return {field: FIELD_LABELS[(label - 1) % FIELDS]!, begins}
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
      const inside = to > FIELDS
      const fromOutside = from === 0 || from === L
      allowed[from * L + to] = inside && fromOutside ? 0 : 1
    }
  }
  return allowed
}

/** A trained model: feature → row of weights over the labels, and transition weights. */
export interface NotesModel {
  features: Map<string, number>
  /** rows × LABEL_COUNT emission weights. */
  weights: Float32Array
  /** (LABEL_COUNT + 1) × LABEL_COUNT transition weights; the last row is the note's start. */
  transitions: Float32Array
  /** What it was trained on, for its README and `octavo --version`. */
  info: Record<string, unknown>
}

/** Emission scores: tokens × labels. */
export function emissions(model: Pick<NotesModel, 'features' | 'weights'>, features: readonly (readonly string[])[]): Float32Array {
  const L = LABEL_COUNT
  const out = new Float32Array(features.length * L)
  const w = model.weights
  for (let i = 0; i < features.length; i++) {
    const base = i * L
    for (const f of features[i]!) {
      const row = model.features.get(f)
      if (row === undefined) continue
      const at = row * L
      for (let y = 0; y < L; y++) out[base + y]! += w[at + y]!
    }
  }
  return out
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

function logSumExp(values: Float64Array, from: number, count: number): number {
  let max = -Infinity
  for (let k = 0; k < count; k++) if (values[from + k]! > max) max = values[from + k]!
  if (max === -Infinity) return max
  let sum = 0
  for (let k = 0; k < count; k++) sum += Math.exp(values[from + k]! - max)
  return max + Math.log(sum)
}

/**
 * Token marginals (forward–backward over the scores divided by `temperature`,
 * as if they were a CRF's): n × L probabilities that token i has label y.
 */
export function marginals(E: Float32Array, n: number, transitions: Float32Array, temperature: number): Float64Array {
  const L = LABEL_COUNT
  const alpha = new Float64Array(n * L)
  const beta = new Float64Array(n * L)
  const tmp = new Float64Array(L)
  const t = (from: number, to: number) => (ALLOWED[from * L + to] ? transitions[from * L + to]! / temperature : -Infinity)
  for (let y = 0; y < L; y++) alpha[y] = t(L, y) + E[y]! / temperature
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      for (let p = 0; p < L; p++) tmp[p] = alpha[(i - 1) * L + p]! + t(p, y)
      alpha[i * L + y] = logSumExp(tmp, 0, L) + E[i * L + y]! / temperature
    }
  }
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 0
  for (let i = n - 2; i >= 0; i--) {
    for (let y = 0; y < L; y++) {
      for (let q = 0; q < L; q++) tmp[q] = t(y, q) + E[(i + 1) * L + q]! / temperature + beta[(i + 1) * L + q]!
      beta[i * L + y] = logSumExp(tmp, 0, L)
    }
  }
  const z = logSumExp(alpha, (n - 1) * L, L)
  const out = new Float64Array(n * L)
  for (let k = 0; k < n * L; k++) out[k] = Math.exp(alpha[k]! + beta[k]! - z)
  return out
}
