/**
 * An averaged structured perceptron (Collins 2002) over the notes model's
 * labels: Viterbi decoding with the current weights, an update where the
 * decoded sequence differs from the gold one, the average of all weight
 * vectors as the result. Seeded: same data and seed, same model.
 */
import {LABEL_COUNT, viterbi} from '../src/lib/model/model.js'

/** A sequence's features as ids: token i's ids are `ids[offsets[i]..offsets[i+1])`. */
export interface EncodedSequence {
  ids: Int32Array
  offsets: Int32Array
  labels: Int32Array
}

/** A note's feature hashes as rows of the weight matrix (features not in `index` left out). */
export function encode(features: {hashes: Uint32Array; offsets: Int32Array}, index: ReadonlyMap<number, number>, labels: Int32Array): EncodedSequence {
  const n = features.offsets.length - 1
  const offsets = new Int32Array(n + 1)
  const ids: number[] = []
  for (let i = 0; i < n; i++) {
    for (let k = features.offsets[i]!; k < features.offsets[i + 1]!; k++) {
      const id = index.get(features.hashes[k]!)
      if (id !== undefined) ids.push(id)
    }
    offsets[i + 1] = ids.length
  }
  return {ids: Int32Array.from(ids), offsets, labels}
}

/** mulberry32: a small seeded generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

export interface TrainOptions {
  epochs: number
  seed: number
  /** Called after each epoch with its number and the share of tokens decoded wrong during it. */
  onEpoch?: (epoch: number, tokenError: number, weights: () => {weights: Float32Array; transitions: Float32Array}) => void
}

function emissions(w: Float64Array, s: EncodedSequence, out: Float64Array): void {
  const L = LABEL_COUNT
  const n = s.labels.length
  out.fill(0, 0, n * L)
  for (let i = 0; i < n; i++) {
    const base = i * L
    for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
      const at = s.ids[k]! * L
      for (let y = 0; y < L; y++) out[base + y]! += w[at + y]!
    }
  }
}

export function trainPerceptron(sequences: readonly EncodedSequence[], featureCount: number, options: TrainOptions): {weights: Float32Array; transitions: Float32Array} {
  const L = LABEL_COUNT
  const w = new Float64Array(featureCount * L)
  const wSum = new Float64Array(featureCount * L)
  const t = new Float64Array((L + 1) * L)
  const tSum = new Float64Array((L + 1) * L)
  let c = 1
  const maxLen = Math.max(1, ...sequences.map((s) => s.labels.length))
  const E = new Float64Array(maxLen * L)
  const next = random(options.seed)
  const order = sequences.map((_, i) => i)
  const average = () => {
    const weights = new Float32Array(w.length)
    for (let k = 0; k < w.length; k++) weights[k] = w[k]! - wSum[k]! / c
    const transitions = new Float32Array(t.length)
    for (let k = 0; k < t.length; k++) transitions[k] = t[k]! - tSum[k]! / c
    return {weights, transitions}
  }
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, next)
    let wrong = 0
    let total = 0
    for (const index of order) {
      const s = sequences[index]!
      const n = s.labels.length
      if (n === 0) continue
      emissions(w, s, E)
      const guess = viterbi(E, n, t)
      total += n
      for (let i = 0; i < n; i++) {
        const gold = s.labels[i]!
        const got = guess[i]!
        if (gold !== got) {
          wrong++
          for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
            const at = s.ids[k]! * L
            w[at + gold]! += 1
            wSum[at + gold]! += c
            w[at + got]! -= 1
            wSum[at + got]! -= c
          }
        }
        const gp = i === 0 ? L : s.labels[i - 1]!
        const pp = i === 0 ? L : guess[i - 1]!
        if (gp !== pp || gold !== got) {
          t[gp * L + gold]! += 1
          tSum[gp * L + gold]! += c
          t[pp * L + got]! -= 1
          tSum[pp * L + got]! -= c
        }
      }
      c++
    }
    options.onEpoch?.(epoch, wrong / Math.max(1, total), average)
  }
  return average()
}
