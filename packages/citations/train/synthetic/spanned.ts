/**
 * Text with spans on it: the label spans and italics of rendered citations,
 * and the citations of a note. Pieces are joined (`concat`) and edited
 * (`splice`) with every offset moved along, so labels never have to be found
 * again in the final text.
 */
import type {FieldLabel} from '../../src/lib/model/labels.js'

/** Our label names: the model's field labels plus `locator` (the pinpoint; mapped later). */
export type Label = FieldLabel | 'locator'
export type LabelSpan = [number, number, Label]
export type Range = [number, number]
export type Form = 'full' | 'short' | 'ibid'

/** A citation inside a piece of text; `ref` names the work cited (a key into the document's works). */
export interface CiteSpan {
  start: number
  end: number
  labels: LabelSpan[]
  form: Form
  ref: string
  /** Written by the generator (a hand-written back reference), not by citeproc-js. */
  hand?: boolean
}

export interface Piece {
  text: string
  italics: Range[]
  cites: CiteSpan[]
}

export function plain(text: string): Piece {
  return {text, italics: [], cites: []}
}

function shiftLabel([start, end, label]: LabelSpan, by: number): LabelSpan {
  return [start + by, end + by, label]
}

function shiftCite(cite: CiteSpan, by: number): CiteSpan {
  return {...cite, start: cite.start + by, end: cite.end + by, labels: cite.labels.map((label) => shiftLabel(label, by))}
}

/** The pieces one after the other. */
export function concat(...pieces: Piece[]): Piece {
  const out: Piece = plain('')
  for (const piece of pieces) {
    const by = out.text.length
    out.text += piece.text
    out.italics.push(...piece.italics.map(([start, end]): Range => [start + by, end + by]))
    out.cites.push(...piece.cites.map((cite) => shiftCite(cite, by)))
  }
  return out
}

/** Offsets after replacing `[start, end)` by `length` characters (see `splice`). */
function mapper(start: number, end: number, length: number) {
  const delta = length - (end - start)
  const mapStart = (p: number): number => {
    if (p < start) return p
    if (p === start) return start === end ? p + delta : p
    return p >= end ? p + delta : start + length
  }
  const mapEnd = (p: number): number => {
    if (p <= start) return p
    return p >= end ? p + delta : start + length
  }
  return {mapStart, mapEnd}
}

/**
 * Replaces `[start, end)` by `insert`. A span that starts where text is
 * inserted (nothing removed) stays after it; a span ending there stays before
 * it; spans left empty are dropped.
 */
export function splice(piece: Piece, start: number, end: number, insert: string): Piece {
  const {mapStart, mapEnd} = mapper(start, end, insert.length)
  const mapRange = ([s, e]: Range): Range => [mapStart(s), mapEnd(e)]
  const cites = piece.cites.map((cite): CiteSpan => ({
    ...cite,
    start: mapStart(cite.start),
    end: mapEnd(cite.end),
    labels: cite.labels.map(([s, e, label]): LabelSpan => [mapStart(s), mapEnd(e), label]).filter(([s, e]) => s < e)
  }))
  return {
    text: piece.text.slice(0, start) + insert + piece.text.slice(end),
    italics: piece.italics.map(mapRange).filter(([s, e]) => s < e),
    cites: cites.filter((cite) => cite.start < cite.end)
  }
}

/** Applies several replacements, given in any order, that do not overlap. */
export function spliceAll(piece: Piece, edits: ReadonlyArray<{start: number; end: number; insert: string}>): Piece {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end)
  return sorted.reduce((out, edit) => splice(out, edit.start, edit.end, edit.insert), piece)
}

/** The text of one citation as a piece of its own: one cite spanning all of it. */
export function citePiece(text: string, labels: LabelSpan[], italics: Range[], form: Form, ref: string): Piece {
  return {text, italics, cites: [{start: 0, end: text.length, labels, form, ref}]}
}
