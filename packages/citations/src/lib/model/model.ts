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

/** Per transition matrix, its `-Infinity`-for-not-allowed copy in 64-bit floats, made once and kept while the matrix lives. */
const DECODING = new WeakMap<Float32Array | Float64Array, Float64Array>()

/** The transitions with `-Infinity` where one is not allowed (never the best, as skipping it was). */
function decodingTransitions(transitions: Float32Array | Float64Array): Float64Array {
  let t = DECODING.get(transitions)
  if (!t) DECODING.set(transitions, (t = Float64Array.from(transitions, (w, k) => (ALLOWED[k] ? w : -Infinity))))
  return t
}

/**
 * The best label sequence (Viterbi) for emission scores `E` (n × L). The
 * loops run over the previous label outside and the next one inside, so the
 * inner loop's updates are independent of each other (the same comparisons in
 * the same order as label by label: the same labels).
 */
export function viterbi(E: Float32Array | Float64Array, n: number, transitions: Float32Array | Float64Array): Int32Array {
  const L = LABEL_COUNT
  const out = new Int32Array(n)
  if (n === 0) return out
  const T = decodingTransitions(transitions)
  const score = new Float64Array(n * L)
  const back = new Int32Array(n * L)
  const best = new Float64Array(L)
  for (let y = 0; y < L; y++) score[y] = E[y]! + T[L * L + y]!
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L
    const here = i * L
    best.fill(-Infinity)
    for (let p = 0; p < L; p++) {
      const from = score[prev + p]!
      if (from === -Infinity) continue
      const row = p * L
      for (let y = 0; y < L; y++) {
        const s = from + T[row + y]!
        if (s > best[y]!) {
          best[y] = s
          back[here + y] = p
        }
      }
    }
    for (let y = 0; y < L; y++) score[here + y] = best[y]! + E[here + y]!
  }
  let top = -Infinity
  let arg = 0
  for (let y = 0; y < L; y++) {
    const s = score[(n - 1) * L + y]!
    if (s > top) {
      top = s
      arg = y
    }
  }
  out[n - 1] = arg
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!
  return out
}

/** Per matrix of `exp` transitions, its transpose (`[q * L + y]`: from `y` into `q`), made once and kept while the matrix lives. */
const INTO = new WeakMap<Float64Array, Float64Array>()

function expInto(expTransitions: Float64Array): Float64Array {
  let into = INTO.get(expTransitions)
  if (into) return into
  const L = LABEL_COUNT
  into = new Float64Array(L * L)
  for (let q = 0; q < L; q++) for (let y = 0; y < L; y++) into[q * L + y] = expTransitions[y * L + q]!
  INTO.set(expTransitions, into)
  return into
}

/**
 * Token marginals of the CRF (forward–backward, scaled): n × L probabilities
 * that token i has label y. `expTransitions`: `exp` of the transition
 * weights, 0 where a transition is not allowed, row L the note's start.
 */
export function tokenMarginals(E: Float32Array, n: number, expTransitions: Float64Array): Float64Array {
  const L = LABEL_COUNT
  const expE = new Float64Array(n * L)
  for (let i = 0; i < n; i++) {
    let max = -Infinity
    for (let y = 0; y < L; y++) max = Math.max(max, E[i * L + y]!)
    for (let y = 0; y < L; y++) expE[i * L + y] = Math.exp(E[i * L + y]! - max)
  }
  const alpha = new Float64Array(n * L)
  const beta = new Float64Array(n * L)
  const norm = new Float64Array(n)
  let z = 0
  for (let y = 0; y < L; y++) z += alpha[y] = expTransitions[L * L + y]! * expE[y]!
  norm[0] = z || 1
  for (let y = 0; y < L; y++) alpha[y]! /= norm[0]!
  // Both passes run over one label outside and the other inside, summing into `sum` in the order a label-by-label loop would (the same sums).
  const sum = new Float64Array(L)
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L
    const here = i * L
    sum.fill(0)
    for (let p = 0; p < L; p++) {
      const a = alpha[prev + p]!
      const row = p * L
      for (let y = 0; y < L; y++) sum[y]! += a * expTransitions[row + y]!
    }
    z = 0
    for (let y = 0; y < L; y++) z += alpha[here + y] = sum[y]! * expE[here + y]!
    norm[i] = z || 1
    for (let y = 0; y < L; y++) alpha[here + y]! /= norm[i]!
  }
  const into = expInto(expTransitions)
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 1
  for (let i = n - 2; i >= 0; i--) {
    const here = i * L
    const after = (i + 1) * L
    sum.fill(0)
    for (let q = 0; q < L; q++) {
      const e = expE[after + q]!
      const b = beta[after + q]!
      const row = q * L
      for (let y = 0; y < L; y++) sum[y]! += into[row + y]! * e * b
    }
    for (let y = 0; y < L; y++) beta[here + y] = sum[y]! / norm[i + 1]!
  }
  for (let k = 0; k < n * L; k++) alpha[k]! *= beta[k]!
  return alpha
}
