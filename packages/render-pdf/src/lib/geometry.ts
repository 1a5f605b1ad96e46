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
    width: scale.width, height: scale.height, top: scale.top, bottom: scale.bottom, inner: scale.side + half, outer: scale.side - half,
    size, leading, noteSize: round(size * NOTE_SCALE), noteLeading: round(leading * NOTE_SCALE)
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
  pieceFill: 0.98,
  /** Hanging indent of a bibliography entry, in ems of its type. */
  bibliographyHang: 1.8,
  /** Code is set with its x-height matched to the text's, its size kept within these shares of the text size (EB Garamond and DejaVu Sans Mono: 0.73). */
  codeScale: {least: 0.6, most: 1},
  /** Leading of code blocks, in multiples of their size. */
  codeLeading: 1.3,
  /** Space inside the box of a missing figure's placeholder, around its caption, in note leadings. */
  placeholderPadding: 1.5,
  /**
   * An article's title block, in multiples of the body size: each line's type size and leading;
   * the title note's `*` and how high it rises; space above the authors; space below the block in
   * body leadings.
   */
  titleBlock: {
    title: {size: 1.6, leading: 2},
    star: {size: 1.1, rise: 0.55},
    subtitle: {size: 1.25, leading: 1.7},
    authors: {size: 1.15, leading: 1.6, above: 0.8},
    journal: {size: 0.9, leading: 1.4},
    below: 2
  },
  /**
   * Headings: type size by depth (1, 2, 3 and deeper) in multiples of the body size, bold to depth
   * 2 and bold italic below; leading in multiples of their size (never less than the text's); space
   * above (depth 1–2, deeper) and below in body leadings.
   */
  headings: {sizes: [1.3, 1.12, 1], leading: 1.25, above: {major: 1.3, minor: 0.9}, below: 0.45},
  /** The abstract: its type this share of the size in force, indented by `indent` ems on both sides, its label's leading in its leadings, space after it in leadings. */
  abstract: {scale: 0.92, indent: 2.5, labelLeading: 1.2, below: 1.5},
  /** A volume's title page, in multiples of the body size (the space above the title is `VOLUME_SCALE.titleDrop`). */
  volumeTitlePage: {
    title: {size: 2, leading: 2.6},
    subtitle: {size: 1.3, leading: 1.8},
    editors: {size: 1.15, leading: 1.6, above: 2},
    course: {size: 1, leading: 1.5}
  },
  /** Running heads and folios: their type this share of the body size. */
  furniture: 0.8
} as const
