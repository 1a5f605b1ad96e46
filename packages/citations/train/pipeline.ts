/**
 * The training pipeline of the notes model, as functions: the records (the
 * permissive labeled data and the synthetic notes), the folds, the model.
 * `train.ts` (`npm run train`) and `bench.ts` (`npm run bench:notes`) call it.
 */
import {featureHashes} from '../src/lib/model/features.js'
import {decodeModel, encodeModel, type StoredModel} from '../src/lib/model/store.js'
import {trainCrf} from './crf.js'
import {fromSynthetic, harmonizeLinkedBooks, loadAnystyle, loadFootnotes, loadSyntheticFile, toSequence, type LabeledRecord} from './data.js'
import {encode, trainPerceptron, type EncodedSequence} from './perceptron.js'
import {generateSynthetic} from './synthetic/generate.js'

export interface TrainOptions {
  /** Documents of this fold (0–4, by a hash of `doc`) are kept out. */
  holdout?: number | undefined
  epochs: number
  learner: 'crf' | 'perceptron'
  /** CRF: L2 penalty and initial learning rate. */
  lambda: number
  eta: number
  /** Features seen fewer times are left out. */
  minCount: number
  /** Weights under this share of their row's largest are dropped when stored. */
  prune: number
  /** Rows whose largest weight is under this are dropped when stored. */
  minRow: number
  /** Synthetic documents to generate (seed 1), or a file of them, or none. */
  synthetic: number | string | false
  log: (line: string) => void
}

export const DEFAULTS: Omit<TrainOptions, 'log'> = {epochs: 10, learner: 'crf', lambda: 1, eta: 0.02, minCount: 2, prune: 0.02, minRow: 0.05, synthetic: 3000}

/** FNV-1a: a stable fold for a document. */
export function foldOf(doc: string, folds = 5): number {
  let h = 0x811c9dc5
  for (let i = 0; i < doc.length; i++) h = Math.imul(h ^ doc.charCodeAt(i), 0x01000193) >>> 0
  return h % folds
}

/**
 * Every record the model may learn from: AnyStyle (BSD), LinkedBooks (MIT /
 * CC BY), GROBID (CC BY) and the synthetic notes; never OpenEdition (AGPL)
 * or EXCITE (GPL). The same AnyStyle text in two files counts once; the
 * Chicago-like AnyStyle references are kept out: they are the AnyStyle
 * measure of bench/anystyle.mjs.
 */
export function trainingRecords(options: Pick<TrainOptions, 'synthetic' | 'log'>): LabeledRecord[] {
  const synthetic =
    options.synthetic === false ? [] : typeof options.synthetic === 'string' ? loadSyntheticFile(options.synthetic) : generateSynthetic({seed: 1, documents: options.synthetic}).map(fromSynthetic)
  if (synthetic.length) options.log(`synthetic: ${synthetic.length} records`)
  const all = [
    ...['core.jsonl', 'gold.jsonl', 'good.jsonl', 'bad.jsonl', 'ugly.jsonl'].flatMap(loadAnystyle),
    ...loadFootnotes('linkedbooks.jsonl').map(harmonizeLinkedBooks),
    ...loadFootnotes('grobid-citation.jsonl'),
    ...synthetic
  ]
  const seen = new Set<string>()
  return all.filter((r) => (seen.has(r.text) || r.heldForBench ? false : (seen.add(r.text), true)))
}

export interface Trained {
  /** The stored model's bytes (`encodeModel`), and the model read back from them. */
  bytes: Uint8Array
  model: StoredModel
  info: Record<string, unknown>
}

/** Train on `records` (all of them: the caller keeps a fold out). */
export function trainModel(records: readonly LabeledRecord[], options: TrainOptions): Trained {
  const {log} = options
  const sequences = records.map(toSequence)
  // Features by the 32-bit hash of their name (two names of one hash share a row: a handful in a million).
  const features = sequences.map((s) => featureHashes(s.tokens, s.record.italics))
  const counts = new Map<number, number>()
  for (const seq of features) for (const h of seq.hashes) counts.set(h, (counts.get(h) ?? 0) + 1)
  const index = new Map<number, number>()
  for (const [h] of [...counts].filter(([, n]) => n >= options.minCount).sort((a, b) => a[0] - b[0])) index.set(h, index.size)
  log(`tokens: ${sequences.reduce((a, s) => a + s.tokens.length, 0)}, features: ${counts.size} (kept ${index.size} seen ${options.minCount}+ times)`)
  counts.clear()
  const encoded: EncodedSequence[] = sequences.map((s, i) => encode(features[i]!, index, s.labels))
  features.length = 0
  const seed = 20261202
  const trained =
    options.learner === 'perceptron'
      ? trainPerceptron(encoded, index.size, {epochs: options.epochs, seed, onEpoch: (epoch, error) => log(`epoch ${epoch}: token error ${(error * 100).toFixed(2)}%`)})
      : trainCrf(encoded, index.size, {epochs: options.epochs, seed, lambda: options.lambda, eta0: options.eta, onEpoch: (epoch, loss) => log(`epoch ${epoch}: loss ${loss.toFixed(3)}`)})
  const info = {
    learner: options.learner,
    epochs: options.epochs,
    lambda: options.lambda,
    eta: options.eta,
    minCount: options.minCount,
    prune: options.prune,
    minRow: options.minRow,
    features: index.size,
    records: records.length,
    holdout: options.holdout ?? null,
    sources: Object.fromEntries([...new Set(records.map((r) => r.source))].sort().map((s) => [s, records.filter((r) => r.source === s).length]))
  }
  const bytes = encodeModel(index, trained.weights, trained.transitions, info, {prune: options.prune, minRow: options.minRow})
  return {bytes, model: decodeModel(bytes), info}
}

/**
 * The model as the package ships it: a module exporting its bytes in base64
 * (not compressed: inflating costs more at start-up than the larger file).
 */
export function modelModule(bytes: Uint8Array): string {
  return `// Generated by \`npm run train\` (packages/citations/train/train.ts): the notes model's bytes, base64. Do not edit.\nexport default '${Buffer.from(bytes).toString('base64')}'\n`
}
