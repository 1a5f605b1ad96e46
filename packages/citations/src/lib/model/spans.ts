import type {FieldLabel} from './labels.js'
import {fieldOf} from './model.js'
import type {Token} from './tokens.js'

/** A labeled run of a citation: offsets into the note's text. */
export interface FieldSpan {
  field: Exclude<FieldLabel, 'other'>
  start: number
  end: number
  text: string
}

/** The part of `span` before `at` in `text`, without the spaces and commas it then ends with (`span` itself when it ends before `at`). */
export function spanBefore(text: string, span: FieldSpan, at: number): FieldSpan {
  if (span.end <= at) return span
  const kept = text.slice(span.start, at).replace(/[\s,]+$/u, '')
  return {...span, end: span.start + kept.length, text: kept}
}

/** A citation as the model reads it: its span in the note and its fields, in order. */
export interface ModelCitation {
  start: number
  end: number
  /** Index of its first and one past its last token. */
  first: number
  last: number
  fields: FieldSpan[]
}

/**
 * The citations of a labeled token sequence: a citation runs from a token
 * marked as the start of one to the token before the next such mark or the
 * next `O`; inside, consecutive tokens of one field form one span (`other`
 * tokens belong to none).
 */
export function readSpans(text: string, tokens: readonly Token[], labels: ArrayLike<number>): ModelCitation[] {
  const out: ModelCitation[] = []
  let current: ModelCitation | undefined
  let run: FieldSpan | undefined
  let runEnd = -1
  const closeRun = () => {
    if (run && current) {
      run.text = text.slice(run.start, run.end)
      current.fields.push(run)
    }
    run = undefined
  }
  const closeCitation = (last: number) => {
    closeRun()
    if (current) {
      current.last = last
      current.end = tokens[last - 1]!.end
      out.push(current)
    }
    current = undefined
  }
  for (let i = 0; i < tokens.length; i++) {
    const label = fieldOf(labels[i]!)
    if (!label) {
      closeCitation(i)
      continue
    }
    if (label.begins || !current) {
      closeCitation(i)
      current = {start: tokens[i]!.start, end: tokens[i]!.end, first: i, last: i + 1, fields: []}
    }
    if (label.field === 'other') {
      closeRun()
      continue
    }
    if (run && run.field === label.field && runEnd === i - 1) {
      run.end = tokens[i]!.end
    } else {
      closeRun()
      run = {field: label.field, start: tokens[i]!.start, end: tokens[i]!.end, text: ''}
    }
    runEnd = i
  }
  closeCitation(tokens.length)
  return out
}
