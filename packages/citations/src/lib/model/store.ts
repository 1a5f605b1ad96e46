import {allowedTransitions, LABEL_COUNT} from './model.js'

/**
 * The model as bytes: features by a 32-bit hash of their name (no strings
 * kept), each feature's weights as a sparse row (the labels whose weight is
 * not negligible), quantized to 8 bits with the row's own scale, and the
 * transitions as 32-bit floats. Read back as typed-array views: nothing is
 * parsed but a small JSON header.
 *
 *   'OCTN' u32 version, u32 labels, u32 rows, u32 entries, u32 info bytes, info (JSON, padded to 4)
 *   u32[rows] hashes (ascending) · u32[rows + 1] row starts · f32[rows] scales
 *   i8[2 × entries] (label, weight) pairs (padded to 4)
 *   f32[(labels + 1) × labels] transitions
 */
export const STORE_VERSION = 3

/**
 * A model ready to score: an open-addressing table of the feature hashes,
 * each slot four words, its key, its row (where its entries start and how
 * many), its row's scale and its state, so that finding a feature and
 * reading where its weights are is one read of memory (a note's features
 * are scattered over the table: these reads, not the sums, were a third of
 * the scoring time); and the rows as the file stores them: (label, 8-bit
 * weight) pairs, only the labels whose weight was kept. The table is filled
 * as features are asked for, each looked up once in the file's sorted
 * hashes (`rows`): a process labels a few notes' features, not the model's
 * 135,000 rows (filling it whole took ≈ 70 ms of every cold start that
 * labels a note).
 */
export interface StoredModel {
  info: Record<string, unknown>
  labels: number
  /** Per slot, four words: the feature's hash, `start << 6 | count` of its row's pairs, its scale (a 32-bit float, read through `slotScales`), its state (`SLOT_STATE`). */
  slots: Int32Array
  slotScales: Float32Array
  mask: number
  /** The file's rows: hashes (ascending), where each row's pairs start (one more), scales. */
  rows: {hashes: Uint32Array; starts: Uint32Array; scales: Float32Array}
  /** Slots filled with a feature the model does not have, so far (at most a quarter of the table); whether every row is in the table (`completeTable`). */
  filled: {absent: number; complete: boolean}
  /** (label, weight) pairs of all rows, one after the other. */
  pairs: Int8Array
  transitions: Float32Array
  /** `exp` of the transitions (0 where a transition is not allowed), for forward–backward. */
  expTransitions: Float64Array
}

/** Words per slot of `StoredModel.slots`. */
const SLOT = 4

/** Labels fit in the 6 bits under a row's start (`StoredModel.slots`). */
const COUNT_BITS = 6

/** The state word of a slot: not filled yet, a feature of the model, a feature the model does not have. */
const SLOT_STATE = {empty: 0, found: 1, absent: 2}

/** The slot of a feature hash, or -1 when the model does not have it; filled from the file's rows the first time. */
export function slotOf(model: StoredModel, hash: number): number {
  const key = hash | 0
  const {slots, mask} = model
  let slot = hash & mask
  for (;;) {
    const state = slots[slot * SLOT + 3]!
    if (state === SLOT_STATE.empty) return model.filled.complete ? -1 : fillSlot(model, slot, hash)
    if (slots[slot * SLOT] === key) return state === SLOT_STATE.found ? slot : -1
    slot = (slot + 1) & mask
  }
}

/**
 * Look a feature up in the file's sorted hashes and keep what was found in
 * the empty `slot` its probe reached. A feature the model does not have is
 * kept as absent while those fill under a quarter of the table (the model's
 * rows fill at most half of it, so an empty slot always ends a probe); past
 * that, the process is reading many notes, and the table is completed with
 * every row (`completeTable`): an empty slot then means absent, and no more
 * searching.
 */
function fillSlot(model: StoredModel, slot: number, hash: number): number {
  const {hashes, starts, scales} = model.rows
  let lo = 0
  let hi = hashes.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const h = hashes[mid]!
    if (h === hash >>> 0) return keep(model, slot, hash, {state: SLOT_STATE.found, packed: (starts[mid]! << COUNT_BITS) | (starts[mid + 1]! - starts[mid]!), scale: scales[mid]!})
    if (h < hash >>> 0) lo = mid + 1
    else hi = mid - 1
  }
  if (model.filled.absent < Math.floor((model.mask + 1) / 4)) {
    keep(model, slot, hash, {state: SLOT_STATE.absent, packed: 0, scale: 0})
    model.filled.absent++
  } else completeTable(model)
  return -1
}

/** Put every row of the file not yet in the table into it (as the table was built whole before issue 16). */
function completeTable(model: StoredModel): void {
  const {hashes} = model.rows
  for (let r = 0; r < hashes.length; r++) slotOf(model, hashes[r]!)
  model.filled.complete = true
}

function keep(model: StoredModel, slot: number, hash: number, row: {state: number; packed: number; scale: number}): number {
  model.slots[slot * SLOT] = hash | 0
  model.slots[slot * SLOT + 1] = row.packed
  model.slotScales[slot * SLOT + 2] = row.scale
  model.slots[slot * SLOT + 3] = row.state
  return slot
}

const pad4 = (n: number) => (n + 3) & ~3

export interface EncodeOptions {
  /** Weights under this share of their row's largest (in absolute value) are dropped. */
  prune: number
  /** Rows whose largest weight (in absolute value) is under this are dropped: they hardly move a score, and they fill the table. */
  minRow: number
}

/** Write a trained model: rows of float weights by feature hash, transitions, info. */
export function encodeModel(
  features: ReadonlyMap<number, number>,
  weights: Float32Array,
  transitions: Float32Array,
  info: Record<string, unknown>,
  options: EncodeOptions = {prune: 0.02, minRow: 0.05}
): Uint8Array {
  const L = LABEL_COUNT
  const rows: Array<{hash: number; scale: number; entries: Array<[number, number]>}> = []
  for (const [hash, row] of features) {
    let max = 0
    for (let y = 0; y < L; y++) max = Math.max(max, Math.abs(weights[row * L + y]!))
    if (max === 0 || max < options.minRow) continue
    const scale = max / 127
    const entries: Array<[number, number]> = []
    for (let y = 0; y < L; y++) {
      const w = weights[row * L + y]!
      if (Math.abs(w) < options.prune * max) continue
      const q = Math.round(w / scale)
      if (q !== 0) entries.push([y, q])
    }
    if (entries.length > 0) rows.push({hash, scale, entries})
  }
  rows.sort((a, b) => a.hash - b.hash)
  const entries = rows.reduce((n, r) => n + r.entries.length, 0)
  const infoBytes = new TextEncoder().encode(JSON.stringify(info))
  const size = 24 + pad4(infoBytes.length) + rows.length * 4 + (rows.length + 1) * 4 + rows.length * 4 + pad4(2 * entries) + (L + 1) * L * 4
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  out.set([0x4f, 0x43, 0x54, 0x4e])
  view.setUint32(4, STORE_VERSION, true)
  view.setUint32(8, L, true)
  view.setUint32(12, rows.length, true)
  view.setUint32(16, entries, true)
  view.setUint32(20, infoBytes.length, true)
  out.set(infoBytes, 24)
  let at = 24 + pad4(infoBytes.length)
  rows.forEach((r, i) => view.setUint32(at + i * 4, r.hash, true))
  at += rows.length * 4
  let k = 0
  rows.forEach((r, i) => {
    view.setUint32(at + i * 4, k, true)
    k += r.entries.length
  })
  view.setUint32(at + rows.length * 4, k, true)
  at += (rows.length + 1) * 4
  rows.forEach((r, i) => view.setFloat32(at + i * 4, r.scale, true))
  at += rows.length * 4
  k = 0
  for (const r of rows) {
    for (const [y, q] of r.entries) {
      out[at + 2 * k] = y
      view.setInt8(at + 2 * k + 1, q)
      k++
    }
  }
  at += pad4(2 * entries)
  for (let t = 0; t < (L + 1) * L; t++) view.setFloat32(at + t * 4, transitions[t]!, true)
  return out
}

/** Read a model written by `encodeModel` (a copy is made only where alignment needs it). */
export function decodeModel(bytes: Uint8Array): StoredModel {
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== 'OCTN') throw new Error('not a notes model')
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice()
  const view = new DataView(aligned.buffer, aligned.byteOffset, aligned.byteLength)
  const version = view.getUint32(4, true)
  if (version !== STORE_VERSION) throw new Error(`notes model version ${version}, expected ${STORE_VERSION}`)
  const L = view.getUint32(8, true)
  if (L !== LABEL_COUNT) throw new Error(`notes model has ${L} labels, expected ${LABEL_COUNT}`)
  const rows = view.getUint32(12, true)
  const entries = view.getUint32(16, true)
  const infoLength = view.getUint32(20, true)
  const info = JSON.parse(new TextDecoder().decode(aligned.subarray(24, 24 + infoLength))) as Record<string, unknown>
  const base = aligned.byteOffset
  let at = 24 + pad4(infoLength)
  const hashes = new Uint32Array(aligned.buffer, base + at, rows)
  at += rows * 4
  const rowStart = new Uint32Array(aligned.buffer, base + at, rows + 1)
  at += (rows + 1) * 4
  const scales = new Float32Array(aligned.buffer, base + at, rows)
  at += rows * 4
  const pairs = new Int8Array(aligned.buffer, base + at, 2 * entries)
  at += pad4(2 * entries)
  const transitions = new Float32Array(aligned.buffer, base + at, (L + 1) * L)
  if (entries >= 2 ** (31 - COUNT_BITS)) throw new Error(`notes model has ${entries} weights, more than its table holds`)
  if (L >= 1 << COUNT_BITS) throw new Error(`notes model has ${L} labels, more than ${(1 << COUNT_BITS) - 1}`)
  const allowed = allowedTransitions()
  const expTransitions = Float64Array.from(transitions, (t, k) => (allowed[k] ? Math.exp(t) : 0))
  return {info, labels: L, ...emptyTable(rows), rows: {hashes, starts: rowStart, scales}, filled: {absent: 0, complete: false}, pairs, transitions, expTransitions}
}

/** An empty open-addressing table for `rows` features (at least twice as many slots), filled by `slotOf`. */
function emptyTable(rows: number): {slots: Int32Array; slotScales: Float32Array; mask: number} {
  let size = 1
  while (size < rows * 2) size *= 2
  const slots = new Int32Array(size * SLOT)
  return {slots, slotScales: new Float32Array(slots.buffer), mask: size - 1}
}

/** Emission scores (tokens × labels) of a stored model for a note's feature hashes. */
export function storedEmissions(model: StoredModel, features: {hashes: Uint32Array; offsets: Int32Array}): Float32Array {
  const L = model.labels
  const n = features.offsets.length - 1
  const out = new Float32Array(n * L)
  for (let i = 0; i < n; i++) {
    for (let f = features.offsets[i]!; f < features.offsets[i + 1]!; f++) addWeights(model, features.hashes[f]!, out, i * L)
  }
  return out
}

/** Add a feature's weights (none if the model does not have it) to the scores `out[base..base + labels)`. */
export function addWeights(model: StoredModel, hash: number, out: Float32Array, base: number): void {
  const slot = slotOf(model, hash)
  if (slot < 0) return
  const {pairs} = model
  const packed = model.slots[slot * SLOT + 1]!
  const scale = model.slotScales[slot * SLOT + 2]!
  const end = 2 * ((packed >>> COUNT_BITS) + (packed & ((1 << COUNT_BITS) - 1)))
  for (let k = 2 * (packed >>> COUNT_BITS); k < end; k += 2) out[base + pairs[k]!]! += pairs[k + 1]! * scale
}
