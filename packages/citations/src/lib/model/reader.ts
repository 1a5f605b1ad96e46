import {featureHashes, type Italics} from './features.js'
import {LABEL_COUNT, tokenMarginals, viterbi} from './model.js'
import {readSpans, type ModelCitation} from './spans.js'
import {storedEmissions, type StoredModel} from './store.js'
import {tokenize, type Token} from './tokens.js'

/** A citation as labeled by the model, with how sure it is (0–1). */
export interface LabeledCitation extends ModelCitation {
  confidence: number
}

export interface LabeledNote {
  tokens: Token[]
  labels: Int32Array
  citations: LabeledCitation[]
}

/**
 * How sure the model is of a citation: the geometric mean, over its tokens,
 * of the probability of the label each was given (forward–backward over the
 * note), so one doubtful field lowers it and a long citation is not punished
 * for its length.
 */
function confidenceOf(c: ModelCitation, labels: Int32Array, p: Float64Array): number {
  let sum = 0
  for (let i = c.first; i < c.last; i++) sum += Math.log(Math.max(1e-9, p[i * LABEL_COUNT + labels[i]!]!))
  return Math.exp(sum / Math.max(1, c.last - c.first))
}

/** Label a note's tokens and read its citations. */
export function labelNote(text: string, italics: Italics | undefined, model: StoredModel): LabeledNote {
  const tokens = tokenize(text)
  if (tokens.length === 0) return {tokens, labels: new Int32Array(0), citations: []}
  const E = storedEmissions(model, featureHashes(tokens, italics))
  // Exact decoding: a beam of 8 labels per token missed the best labeling of 17% of the corpora's notes (fold 0 field F1 0.3–1.1 points lower).
  const labels = viterbi(E, tokens.length, model.transitions)
  const spans = readSpans(text, tokens, labels)
  if (spans.length === 0) return {tokens, labels, citations: []}
  const p = tokenMarginals(E, tokens.length, model.expTransitions)
  return {tokens, labels, citations: spans.map((c) => ({...c, confidence: confidenceOf(c, labels, p)}))}
}
