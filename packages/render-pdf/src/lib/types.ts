import type {Diagnostic} from '@octavo/parser'

/** The faces a document is set in. Every face is the bytes of a TrueType/OpenType font. */
export interface FontFiles {
  regular: Uint8Array
  italic?: Uint8Array
  bold?: Uint8Array
  boldItalic?: Uint8Array
  /** Monospace face for code; the regular face when absent. */
  mono?: Uint8Array
  /** Faces tried, in order, for characters the text face lacks (Greek, Cyrillic, CJK, symbols). */
  fallbacks?: Uint8Array[]
}

/** A `hyphen` patterns object (e.g. `hyphen/patterns/en-us`). Opaque to us. */
export type HyphenationPatterns = unknown

export type PageSizeName = 'a4' | 'letter' | '6x9'

export interface LayoutOptions {
  fonts: FontFiles
  /** Patterns for the document's language, or a map from BCP 47 tag (`en`, `en-us`, `fr`) to patterns. */
  hyphenation?: HyphenationPatterns | Record<string, HyphenationPatterns>
  /** Default `a4`. */
  pageSize?: PageSizeName
  /** Default `footnotes`. */
  notes?: 'footnotes' | 'endnotes'
}

export interface WriteOptions {
  /** The same fonts the layout was made with. */
  fonts: FontFiles
  /** Creation and modification date of the document. Default: 1970-01-01T00:00:00Z. */
  date?: Date
}

export interface RenderOptions extends LayoutOptions {
  date?: Date
}

/** Keys of the faces in a layout: `regular`, `italic`, `bold`, `boldItalic`, `mono`, `fallback0`, … */
export type FaceKey = string

/** A run of text in one face and size on one baseline. PDF coordinates (points, origin bottom left). */
export interface TextItem {
  type: 'text'
  x: number
  /** Baseline. */
  y: number
  text: string
  font: FaceKey
  size: number
  /** Extra space added to each space character (justification), in points. */
  wordSpace?: number
  /** Width of the run as laid out, in points. */
  width: number
}

export interface RuleItem {
  type: 'rule'
  x1: number
  y1: number
  x2: number
  y2: number
  thickness: number
}

/** A clickable area: to a named destination in the document or to a URL. */
export interface LinkItem {
  type: 'link'
  rect: [number, number, number, number]
  dest?: string
  url?: string
}

/** A named destination (target of internal links and of outline entries). */
export interface AnchorItem {
  type: 'anchor'
  name: string
  x: number
  y: number
}

export type LayoutItem = TextItem | RuleItem | LinkItem | AnchorItem

export interface NoteArea {
  /** Top of the note area (the rule), bottom of it. */
  top: number
  bottom: number
  /** Numbers (or `*`) of the notes that start on this page, in order. */
  starts: string[]
  /** The note continued from the previous page, if any. */
  continued?: string
}

export interface LayoutPage {
  /** 1-based folio. */
  number: number
  items: LayoutItem[]
  notes?: NoteArea
}

export interface OutlineEntry {
  title: string
  depth: number
  dest: string
  page: number
}

export interface Layout {
  width: number
  height: number
  pages: LayoutPage[]
  outline: OutlineEntry[]
  info: {title: string; author: string; lang: string; subject?: string}
  /** Every character printed in each face (what the writer subsets to). */
  charsets: Record<FaceKey, string>
}

export interface LayoutResult {
  layout: Layout
  diagnostics: Diagnostic[]
}
