import type {Diagnostic} from '@octavo/tree'
import type {ImageSources, PackagedImage} from './images.js'
import type {Omitted} from './figures.js'

/** How notes are placed in the book. */
export type NotesMode = 'footnotes' | 'endnotes'

export interface RenderEpubOptions {
  /**
   * The modification date written as `dcterms:modified` and as the zip
   * entries' timestamp (the CLI passes `SOURCE_DATE_EPOCH`; the library reads
   * no clock).
   */
  modified: Date
  /**
   * `footnotes` (default): each note is an `<aside epub:type="footnote">`
   * placed after the block of its first reference, shown as a pop-up by
   * readers that support it. `endnotes`: all notes in one endnotes section.
   */
  notes?: NotesMode | undefined
  /** A stylesheet replacing the built-in one. */
  css?: string | undefined
  /** Language when the tree's metadata has none (BCP 47). Default `en`. */
  lang?: string | undefined
  /**
   * Image files to package, keyed by the URL as the source writes it
   * (`figures/map.png`); the caller reads them. PNG, JPEG and GIF are
   * packaged under a name made from their content; any other image becomes
   * its alternative text, with a warning.
   */
  images?: ImageSources | undefined
}

/** The content document and what the package needs to know about it. */
export interface XhtmlResult {
  /** The content document (`content.xhtml`), XHTML 5 in XML syntax. */
  xhtml: string
  /** The table of contents, from the headings, nested. */
  toc: TocEntry[]
  /** The resolved metadata used for the title block. */
  book: BookMeta
  /** The images the document uses, to package. */
  images: PackagedImage[]
  /** Figures and inline images left out (their image not available): the accessibility summary says so. */
  omitted: Omitted
  diagnostics: Diagnostic[]
}

/** An entry of the navigation document and NCX: a link into one of the book's files. */
export interface NavEntry {
  /** Path relative to the package document, with its fragment. */
  href: string
  text: string
  children: NavEntry[]
}

export interface TocEntry {
  /** Fragment identifier in the content document. */
  id: string
  text: string
  children: TocEntry[]
}

/** Metadata resolved from `root.data.meta` and the options. */
export interface BookMeta {
  title: string
  subtitle: string | undefined
  /** Display names, `Given Family`. */
  authors: string[]
  /** Sort names, `Family, Given`. */
  authorsFileAs: string[]
  /** Editors (a volume's `editor`), display and sort names. */
  editors: string[]
  editorsFileAs: string[]
  lang: string
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, when the issued date is usable. */
  date: string | undefined
  /** e.g. `Journal of Cold War Studies 16, no. 4 (2014): 133–`, or a volume's `HIST 390, Spring 2027`. */
  source: string | undefined
  doi: string | undefined
  /** `rights` then `license` of the metadata, as written: `dc:rights`. */
  rights: string[]
}

export interface RenderEpubResult {
  epub: Uint8Array
  diagnostics: Diagnostic[]
}
