/**
 * A linear-chain conditional random field over the notes model's labels,
 * trained by stochastic gradient descent on the log-likelihood with an L2
 * penalty (as CRFsuite's `l2sgd`): forward–backward per sequence in scaled
 * probability space, the gradient of emission and transition weights, weight
 * decay kept as one scale factor. Seeded: same data and seed, same model.
 */
import {allowedTransitions, LABEL_COUNT} from '../src/lib/model/model.js'
import {random, shuffle, type EncodedSequence} from './perceptron.js'

export interface CrfOptions {
  epochs: number
  seed: number
  /** L2 penalty (per sequence: lambda / number of sequences each step). */
  lambda: number
  /** Initial learning rate; it decays as eta0 / (1 + t / decay). */
  eta0: number
  onEpoch?: (epoch: number, loss: number, weights: () => {weights: Float32Array; transitions: Float32Array}) => void
}

const ALLOWED = allowedTransitions()

export function trainCrf(sequences: readonly EncodedSequence[], featureCount: number, options: CrfOptions): {weights: Float32Array; transitions: Float32Array} {
  const L = LABEL_COUNT
  const w = new Float64Array(featureCount * L)
  const t = new Float64Array((L + 1) * L)
  let scale = 1
  const maxLen = Math.max(1, ...sequences.map((s) => s.labels.length))
  const expE = new Float64Array(maxLen * L)
  const alpha = new Float64Array(maxLen * L)
  const beta = new Float64Array(maxLen * L)
  const norm = new Float64Array(maxLen)
  const expT = new Float64Array((L + 1) * L)
  const gradT = new Float64Array((L + 1) * L)
  const next = random(options.seed)
  const order = sequences.map((_, i) => i)
  const N = sequences.length
  const decay = N // the rate halves after one epoch
  let step = 0
  const snapshot = () => {
    const weights = new Float32Array(w.length)
    for (let k = 0; k < w.length; k++) weights[k] = w[k]! * scale
    const transitions = new Float32Array(t.length)
    for (let k = 0; k < t.length; k++) transitions[k] = t[k]! * scale
    return {weights, transitions}
  }
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, next)
    let loss = 0
    for (const index of order) {
      const s = sequences[index]!
      const n = s.labels.length
      if (n === 0) continue
      const eta = options.eta0 / (1 + step / decay)
      step++
      // Potentials.
      for (let k = 0; k < (L + 1) * L; k++) expT[k] = ALLOWED[k] ? Math.exp(t[k]! * scale) : 0
      for (let i = 0; i < n; i++) {
        const base = i * L
        let max = -Infinity
        for (let y = 0; y < L; y++) {
          let e = 0
          for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) e += w[s.ids[k]! * L + y]!
          e *= scale
          alpha[base + y] = e // borrowed to hold the raw score
          if (e > max) max = e
        }
        for (let y = 0; y < L; y++) expE[base + y] = Math.exp(alpha[base + y]! - max)
        loss -= alpha[base + s.labels[i]!]! - max // the gold path's emissions (shifted)
      }
      // Forward, scaled.
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
      // log Z = sum of log norms; loss = log Z - score(gold).
      for (let i = 0; i < n; i++) loss += Math.log(norm[i]!)
      if (process.env.CRF_DEBUG && !Number.isFinite(loss)) {
        console.error('non-finite loss at step', step, 'n', n, 'scale', scale, 'norms', Array.from(norm.subarray(0, n)).slice(0, 5), 'maxT', Math.max(...t))
        process.exit(1)
      }
      loss -= t[L * L + s.labels[0]!]! * scale
      for (let i = 1; i < n; i++) loss -= t[s.labels[i - 1]! * L + s.labels[i]!]! * scale
      // Backward, scaled with the same norms.
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
      // Weight decay as a scale, then the gradient step.
      scale *= 1 - (eta * options.lambda) / N
      if (scale < 1e-9) {
        for (let k = 0; k < w.length; k++) w[k]! *= scale
        for (let k = 0; k < t.length; k++) t[k]! *= scale
        scale = 1
      }
      const lr = eta / scale
      gradT.fill(0)
      for (let i = 0; i < n; i++) {
        const here = i * L
        const gold = s.labels[i]!
        for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
          const at = s.ids[k]! * L
          for (let y = 0; y < L; y++) {
            const p = alpha[here + y]! * beta[here + y]!
            if (p > 1e-7) w[at + y]! -= lr * p
          }
          w[at + gold]! += lr
        }
        // Transitions: expected minus observed.
        if (i === 0) {
          for (let y = 0; y < L; y++) gradT[L * L + y]! += alpha[y]! * beta[y]!
          gradT[L * L + gold]! -= 1
        } else {
          const prev = (i - 1) * L
          for (let a = 0; a < L; a++) {
            const pa = alpha[prev + a]!
            if (pa < 1e-12) continue
            for (let b = 0; b < L; b++) {
              const e = expT[a * L + b]!
              if (e === 0) continue
              gradT[a * L + b]! += (pa * e * expE[here + b]! * beta[here + b]!) / norm[i]!
            }
          }
          gradT[s.labels[i - 1]! * L + gold]! -= 1
        }
      }
      for (let k = 0; k < gradT.length; k++) if (gradT[k] !== 0) t[k]! -= lr * gradT[k]!
    }
    options.onEpoch?.(epoch, loss / N, snapshot)
    if (Number.isNaN(loss)) throw new Error(`CRF training diverged in epoch ${epoch} (lower --eta)`)
  }
  return snapshot()
}
