// The elements the typesetter makes and pagination breaks into pages: lines, spaces, page breaks.
import type {LayoutItem} from './types.js'
import type {UnitSlot} from './unit-store.js'

/** A line of the body or of a note: items relative to the text block's left edge and the baseline. */
export interface LineElement {
  kind: 'line'
  height: number
  /** From the top of the line to its baseline. */
  ascent: number
  items: LayoutItem[]
  /** The structure element its text belongs to (`Layout.structure`). */
  tag?: number
  /** Notes whose first reference is on this line. */
  refs: string[]
  /** No page break after this line (orphans, widows, headings). */
  keep: boolean
  outline?: {title: string; depth: number; dest: string}
  /** A table row: the header row, repeated when this row opens a page. */
  header?: LineElement
  /** Ends with a hyphen the typesetter added: the page turns after it only when it cannot turn one line earlier. */
  hyphenated?: boolean
}

/** Vertical space between blocks; it vanishes at the top of a page, unless it is a drop (a title page's space above the title). */
export interface SpaceElement {
  kind: 'space'
  height: number
  keep: boolean
  /** Kept at the top of a page: the space a title drops by from it (`typography.volume.titleDrop`). */
  drop?: true
}

/** Space that vanishes at the top of a page: any but a drop. */
export function vanishes(el: Element | undefined): boolean {
  return el?.kind === 'space' && !el.drop
}

/** A page break: an article of a volume begins (on a recto page when asked), with its running heads. */
export interface BreakElement {
  kind: 'break'
  height: 0
  keep: false
  recto: boolean
  heads: RunningHeads
  /** The pages from here are numbered afresh from 1 in this style (an arabic 1 is always a recto). */
  numbering?: 'roman' | 'arabic'
  /** Whether the pages from here print their folio (the front matter's do not). */
  folio?: boolean
  /** The article that starts here as a unit (units.ts): its pages kept, or being made. */
  unit?: UnitSlot
}

/** The running heads of a run of pages: the authors on even pages, the short title on odd pages. */
export interface RunningHeads {
  even: string
  odd: string
}

export type Element = LineElement | SpaceElement | BreakElement
