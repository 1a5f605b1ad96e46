import type {PageSizeName} from './types.js'

/** Page size, margins and type sizes of one page format, in points. */
export interface Geometry {
  width: number
  height: number
  top: number
  bottom: number
  inner: number
  outer: number
  /** Body type size and leading. */
  size: number
  leading: number
  /** Note type size and leading. */
  noteSize: number
  noteLeading: number
}

/** Page formats as data: trim size, margins, type sizes. */
export const geometries: Record<PageSizeName, Geometry> = {
  a4: {width: 595.28, height: 841.89, top: 80, bottom: 86, inner: 82, outer: 82, size: 11.5, leading: 15, noteSize: 9, noteLeading: 11.25},
  letter: {width: 612, height: 792, top: 72, bottom: 82, inner: 88, outer: 88, size: 11.5, leading: 15, noteSize: 9, noteLeading: 11.25},
  '6x9': {width: 432, height: 648, top: 58, bottom: 64, inner: 54, outer: 50, size: 10.5, leading: 13.5, noteSize: 8.25, noteLeading: 10.25}
}

/** Typographic values of the rules for extreme input (fractions of the text width or of the type size in force). */
export const typography = {
  /** Lists, quotes and abstracts indent no further once the measure would fall below this share of the text width. */
  minMeasure: 1 / 3,
  /** Quotes (set smaller at each level) are set no smaller than this share of the body size. */
  minSize: 0.6,
  /** Table type, as a share of the size in force. */
  tableSize: 0.82,
  /** A table too wide for the measure is set smaller, down to this share of the body size, before its columns are split into parts. */
  tableMinSize: 0.6,
  /** A word wider than the line is cut into pieces filling at most this share of it (a piece shaped whole may kern a little wider than its letters). */
  pieceFill: 0.98
} as const
