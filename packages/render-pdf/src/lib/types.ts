import type {Diagnostic} from '@octavo/tree'
import type {ImageSources} from './images.js'
import type {PdfStandard} from './standards.js'
import type {RenderStore} from './store.js'

export type {ImageSources}

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

export type PageSizeName = 'a4' | 'letter' | 'a5' | '6x9'

export interface LayoutOptions {
  fonts: FontFiles
  /** Patterns for the document's language, or a map from BCP 47 tag (`en`, `en-us`, `fr`) to patterns. */
  hyphenation?: HyphenationPatterns | Record<string, HyphenationPatterns>
  /** Default `a4`. */
  pageSize?: PageSizeName
  /** Default `footnotes`. */
  notes?: 'footnotes' | 'endnotes'
  /**
   * Bytes of the images the tree shows, keyed by the `image` node's `url` (the CLI rewrites local
   * URLs to absolute paths). PNG and JPEG alone in their paragraph are printed as figures; any
   * other image prints its alt text.
   */
  images?: ImageSources
  /** Where the words measured are kept between renders (`RenderStore`, store.ts); none: measured in each render. */
  store?: RenderStore
}

export interface WriteOptions {
  /** The same fonts the layout was made with. */
  fonts: FontFiles
  /** Creation and modification date of the document. Default: 1970-01-01T00:00:00Z. */
  date?: Date
  /** The same images the layout was made with (looked up by `layout.images[id].src`). */
  images?: ImageSources
  /** The writer adds its warnings here (an image pdf-lib cannot decode is left blank). */
  diagnostics?: Diagnostic[]
  /**
   * The standards the PDF claims (`PDF_STANDARDS`): `ua` (PDF/UA-1, claimed only when the layout
   * has a structure), `a-2u` (PDF/A-2u: output intent, PDF/A identification). Default `['ua']`.
   */
  standards?: readonly PdfStandard[]
  /** Where the font subsets and the words shaped on them are kept between renders (`RenderStore`, store.ts); none: made in each render. */
  store?: RenderStore
  /**
   * Compresses the pages' content streams somewhere else (the CLI: on a worker thread, while the
   * writer goes on): it must give exactly the bytes `deflate` gives (the same function run there).
   * Used when there is no `store` (with one, the pages are kept compressed).
   */
  deflate?: (bytes: Uint8Array) => Promise<Uint8Array>
}

export interface RenderOptions extends LayoutOptions {
  date?: Date
  /** See `WriteOptions.standards`. */
  standards?: readonly PdfStandard[]
  /** See `WriteOptions.deflate`. */
  deflate?: (bytes: Uint8Array) => Promise<Uint8Array>
}

/** Keys of the faces in a layout: `regular`, `italic`, `bold`, `boldItalic`, `mono`, `fallback0`, … */
export type FaceKey = string

/** A run of text in one face and size on one baseline. PDF coordinates (points, origin bottom left). */
export interface TextItem {
  type: 'text'
  /** The structure element (`Layout.structure`) the text belongs to; none: a pagination artifact (running head, folio). */
  tag?: number
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
  /**
   * The hyphen the typesetter added where it broke a word: its text is `-`, and it is read as a
   * soft hyphen (U+00AD, the ActualText of its marked content), as ISO 32000-1 §14.8.2.2.3 asks
   * of an incidental word division in Tagged PDF.
   */
  softHyphen?: true
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
  /** The structure element whose text the link is on: its Link element goes there. */
  tag?: number
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

/** A PNG or JPEG image drawn in the box (x, y) (bottom left) to (x + width, y + height). */
export interface ImageItem {
  type: 'image'
  /** The structure element (a Figure) it belongs to. */
  tag?: number
  x: number
  y: number
  width: number
  height: number
  /** Key into `Layout.images`. */
  image: string
}

/** An image the layout draws: where its bytes are (`src`, the key of the `images` option), its format and pixel size. */
export interface LayoutImage {
  src: string
  format: 'png' | 'jpeg'
  pixelWidth: number
  pixelHeight: number
}

export type LayoutItem = TextItem | RuleItem | LinkItem | AnchorItem | ImageItem

/** Standard structure types of a tagged PDF (PDF 32000-1 §14.8.4) that Octavo writes. */
export type StructType =
  | 'Caption'
  | 'THead'
  | 'TBody'
  | 'Lbl'
  | 'LBody'
  | 'Link'
  | 'Span'
  | 'TOC'
  | 'TOCI'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Document'
  | 'Part'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'H5'
  | 'H6'
  | 'P'
  | 'BlockQuote'
  | 'L'
  | 'LI'
  | 'Note'
  | 'Figure'
  | 'Table'
  | 'Code'

/** An element of the structure tree: its type, its parent (an index; -1 for the Document) and, for a Figure, its alternate text. */
export interface StructElement {
  type: StructType
  parent: number
  alt?: string
  /** Its language (BCP 47) when not its parent's: a block or a Span in another language. */
  lang?: string
}

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
  /** 1-based index of the page in the document (its folio, unless `label` says otherwise). */
  number: number
  /** The page's number as printed and as its PDF page label (`iii`, `12`), when the document numbers its parts apart (a volume). */
  label?: string
  items: LayoutItem[]
  notes?: NoteArea
}

/** A run of pages numbered in one style from 1 (the PDF's /PageLabels): front matter in roman, the body in arabic. */
export interface PageLabelRange {
  /** 0-based index of the run's first page. */
  page: number
  style: 'roman' | 'arabic'
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
  /** The structure tree, in reading order (element 0 is the Document): what the items' `tag`s point at. */
  structure?: StructElement[]
  /** The images drawn, by id (a hash of their bytes: the same image used twice is one entry). Absent when none. */
  images?: Record<string, LayoutImage>
  /** How the pages are numbered, when not 1, 2, 3 … throughout (a volume: roman front matter, then arabic). */
  pageLabels?: PageLabelRange[]
}

export interface LayoutResult {
  layout: Layout
  diagnostics: Diagnostic[]
}
