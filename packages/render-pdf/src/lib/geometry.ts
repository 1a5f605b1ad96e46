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
