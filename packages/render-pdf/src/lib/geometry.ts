import type {PageSizeName} from './types.js'

/** Page size, margins and type sizes of one page format, in points. */
export interface Geometry {
  width: number
  height: number
  top: number
  bottom: number
  /** Margins of a recto page: inside (binding side) and outside; a verso page mirrors them. */
  inner: number
  outer: number
  /** Body type size and leading. */
  size: number
  leading: number
  /** Note type size and leading. */
  noteSize: number
  noteLeading: number
}

/** The typographic scale of one page size: every value named, in points. */
export interface PageScale {
  /** Trim size. */
  width: number
  height: number
  /** Body type and leading: with `side` margins, 60–75 characters of EB Garamond a line (`measure` says how many). */
  body: {size: number; leading: number}
  /** Top and bottom margins (the running head and the folio stand in them). */
  top: number
  bottom: number
  /** Left and right margin of an unbound document (an article): equal. */
  side: number
  /** Bound output (a volume, recto/verso): the inside margin is `side + gutter / 2`, the outside `side - gutter / 2`. */
  gutter: number
  /** Characters a body line holds (the median of the real article and the four lessons, `npm run bench:typography`). */
  measure: string
}

/**
 * One table for every page size: type size, leading and margins. The measure is the text width:
 * the page width less two `side` margins, 26–27 ems of the body type (about 66 characters).
 */
export const PAGE_SCALES: Record<PageSizeName, PageScale> = {
  a4: {width: 595.28, height: 841.89, body: {size: 12, leading: 15.5}, top: 78, bottom: 86, side: 138, gutter: 20, measure: '66'},
  letter: {width: 612, height: 792, body: {size: 12, leading: 15.5}, top: 72, bottom: 82, side: 146, gutter: 20, measure: '66'},
  a5: {width: 419.53, height: 595.28, body: {size: 10.5, leading: 13.5}, top: 52, bottom: 60, side: 70, gutter: 12, measure: '66'},
  '6x9': {width: 432, height: 648, body: {size: 10.5, leading: 13.5}, top: 58, bottom: 64, side: 77, gutter: 12, measure: '66'}
}

/** Notes are set this share of the body's size and leading. */
export const NOTE_SCALE = 0.8

/** The geometry of a page size, bound (inside margin wider, alternating) or not (equal margins). */
export function geometryOf(name: PageSizeName, bound = false): Geometry {
  const scale = PAGE_SCALES[name]
  const half = bound ? scale.gutter / 2 : 0
  const {size, leading} = scale.body
  return {
    width: scale.width,
    height: scale.height,
    top: scale.top,
    bottom: scale.bottom,
    inner: scale.side + half,
    outer: scale.side - half,
    size,
    leading,
    noteSize: round(size * NOTE_SCALE),
    noteLeading: round(leading * NOTE_SCALE)
  }
}

const round = (value: number): number => Math.round(value * 100) / 100

/** Page formats as data (unbound): trim size, margins, type sizes, from `PAGE_SCALES`. */
export const geometries: Record<PageSizeName, Geometry> = {
  a4: geometryOf('a4'),
  letter: geometryOf('letter'),
  a5: geometryOf('a5'),
  '6x9': geometryOf('6x9')
}
