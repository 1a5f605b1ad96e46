/**
 * The Octavo tree: mdast plus our own node types, declared by augmenting
 * mdast's content maps (as `mdast-util-directive` does), so that every
 * package sees one typed tree.
 *
 * Content model (see README.md):
 * - `abstract`      (FlowContent)    children: Paragraph[]
 * - `titleNote`     (FlowContent)    children: Paragraph[] — an unnumbered note on the title (acknowledgments), printed as `*`
 * - `sectionBreak`  (FlowContent)    no children — an untitled section break
 * - `citation`      (PhrasingContent) a Pandoc citation `[@key, p. 5; see @other]`
 * - `bibliography`  (FlowContent)    children: BibliographyEntry[] — appended by `@octavo/citations`
 * - `bibliographyEntry`              children: PhrasingContent[] — one formatted entry
 * - `article`       (FlowContent, root only) children: the article's own flow content — one article of a volume (`octavo reader`)
 * - `credits`       (root only)      children: Paragraph[] — a volume's credits: each article's source and licence (back matter)
 *
 * Standard nodes carry extra data:
 * - `Root.data.meta`: the article's metadata (`ArticleMeta`).
 * - `FootnoteReference.data.number` / `FootnoteDefinition.data.number`: the note's number.
 * - `FootnoteDefinition.data.missing`: the note was lost in the source; it has no children.
 * - `FootnoteDefinition.data.citations`: set by `@octavo/citations`.
 */
import type {Data, Parent, PhrasingContent, Paragraph, Literal, Node, Root, RootContent} from 'mdast'
import type {Position} from 'unist'

/** A CSL-JSON name. */
export interface CslName {
  family?: string
  given?: string
  literal?: string
  'non-dropping-particle'?: string
  'dropping-particle'?: string
  suffix?: string
  /** Printed in the order given, family name first, with no comma (`Sun Chunri`). */
  'static-ordering'?: boolean
}

/** A CSL-JSON date. */
export interface CslDate {
  'date-parts'?: Array<Array<number | string>>
  literal?: string
  raw?: string
  season?: number | string
  circa?: boolean | number | string
}

/** The variables of a CSL-JSON 1.0.2 item (those we use are typed, others pass through). */
export interface CslFields {
  type: string
  title?: string
  author?: CslName[]
  editor?: CslName[]
  translator?: CslName[]
  issued?: CslDate
  [variable: string]: unknown
}

/** A CSL-JSON 1.0.2 item: its variables and its id. */
export interface CslItem extends CslFields {
  id: string
}

/** Metadata of an article: CSL-JSON variable names, plus a few of our own. */
export interface ArticleMeta {
  title?: string
  subtitle?: string
  'title-short'?: string
  author?: CslName[]
  issued?: CslDate
  /** BCP 47 language tag, e.g. `en`, `fr`. */
  lang?: string
  abstract?: string
  'container-title'?: string
  volume?: string
  issue?: string
  page?: string
  DOI?: string
  URL?: string
  /** Bibliography file(s) named by the front matter, relative to the input. */
  bibliography?: string[]
  /** CSL style file named by the front matter. */
  csl?: string
  /** A volume's editors (`octavo reader`). */
  editor?: CslName[]
  /** A volume's course and term, e.g. `HIST 390`, `Spring 2027`. */
  course?: string
  term?: string
  [key: string]: unknown
}

/** A diagnostic from any stage, with a position in the source when one applies. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info'
  message: string
  /** Where in the source: 1-based line and column, 0-based offset. */
  position?: Position | undefined
  /** Which stage or rule produced it, e.g. `parser:notes`. */
  source?: string
  /**
   * The file the position is in, when it is not the input's own: in a volume,
   * renderers copy the enclosing article's `data.file` here.
   */
  file?: string
}

/** One cited source inside a Pandoc citation `[see @key, p. 5]`. */
export interface CitationItem {
  /** The citation key, without `@`. */
  key: string
  prefix?: string
  suffix?: string
  /** The pinpoint without its label, e.g. `5`. */
  locator?: string
  /** CSL locator label, `page` when none is written. */
  label?: string
  /** `-@key`: author suppressed. */
  suppressAuthor?: boolean
  /** `@key` without brackets: author in text. */
  authorInText?: boolean
}

/** A Pandoc citation in the text. */
export interface Citation extends Node {
  type: 'citation'
  /** The source text, e.g. `[@key, p. 5]`. */
  value: string
  items: CitationItem[]
  data?: CitationData
}
export interface CitationData extends Data {
  /**
   * A citation in the body (not in a note): the number of the note it
   * becomes, in reading order with the note references (set by the Markdown
   * parser; `@octavo/citations` replaces the citation by that note).
   */
  noteNumber?: number
}

export interface Abstract extends Parent {
  type: 'abstract'
  children: Paragraph[]
}

export interface TitleNote extends Parent {
  type: 'titleNote'
  children: Paragraph[]
}

export interface SectionBreak extends Node {
  type: 'sectionBreak'
}

export interface Bibliography extends Parent {
  type: 'bibliography'
  /** The heading to print above it, e.g. `Bibliography`. */
  title: string
  children: BibliographyEntry[]
}

export interface BibliographyEntry extends Parent {
  type: 'bibliographyEntry'
  /** The CSL item id. */
  id: string
  children: PhrasingContent[]
}

/**
 * One article of a volume bound by `octavo reader`. The root of a volume
 * holds `article` nodes (and, when asked, a combined `bibliography` after
 * them); the root's `data.meta` describes the volume (title, editor, course,
 * term), each article's `data.meta` the article. Each article is a tree of
 * its own: its notes are numbered afresh, its `footnoteReference`s point to
 * `footnoteDefinition`s inside the same article (identifiers are scoped to
 * the article), and its own `bibliography` node, if any, stands at its end.
 */
export interface Article extends Parent {
  type: 'article'
  children: RootContent[]
  data?: ArticleNodeData
}
export interface ArticleNodeData extends Data {
  meta?: ArticleMeta
  /** A stable id for anchors and file names, unique in the volume, e.g. `a03-koreans-1950-1962`. */
  id?: string
  /** The article's source file as the user named it, for diagnostics. */
  file?: string
  /**
   * A digest of the article's children given by whoever made it (the CLI: its prepared article as
   * kept on disk, and its bibliography): articles with the same `digest` have the same children.
   * The PDF renderer keys the article kept whole by it (with the rest of `data`) instead of hashing
   * its children again; without it, by its children.
   */
  digest?: string
}

/**
 * The credits of a volume (`octavo reader`): one paragraph per article giving its
 * title, authors, source and licence (a CC BY article's attribution), after the
 * articles and the combined bibliography. Renderers print the heading themselves
 * (`credits` in the labels table) and treat it as back matter.
 */
export interface Credits extends Parent {
  type: 'credits'
  children: Paragraph[]
}

/** Options of a volume, on `root.data.volume`. */
export interface VolumeOptions {
  /** Start each article on a right-hand (odd) page. */
  rectoStarts?: boolean
  /** Per-article bibliographies, one combined bibliography, or both. */
  bibliography?: 'per-article' | 'combined' | 'both'
}

/** A citation in a note as parsed by `@octavo/citations` (contracts §2). */
export interface NoteCitation {
  ref: string
  form: 'full' | 'short' | 'ibid'
  text: string
  locator: string | null
  label: string
  prefix: string | null
  /** Offsets of `text` inside the note's text. */
  start?: number
  end?: number
  /** How sure the notes reader is of this citation, 0–1 (absent for citations it did not read: Pandoc's). */
  confidence?: number
}

declare module 'mdast' {
  interface RootContentMap {
    abstract: Abstract
    titleNote: TitleNote
    sectionBreak: SectionBreak
    citation: Citation
    bibliography: Bibliography
    bibliographyEntry: BibliographyEntry
    article: Article
    credits: Credits
  }
  interface BlockContentMap {
    abstract: Abstract
    titleNote: TitleNote
    sectionBreak: SectionBreak
    bibliography: Bibliography
  }
  interface PhrasingContentMap {
    citation: Citation
  }
  interface RootData {
    meta?: ArticleMeta
    /** Set on the root of a volume (`octavo reader`). */
    volume?: VolumeOptions
  }
  interface ImageData {
    /**
     * An image standing for embedded content the edition cannot show
     * (`<iframe src title>` → `iframe`): `url` is its address, `title` its
     * title. Renderers print a placeholder naming both (`embeddedContent` in
     * the labels table), never look for an image file.
     */
    embed?: 'iframe'
  }
  interface TableData {
    /**
     * True for a table the source gave no header (an HTML table whose first
     * row is `<td>` cells): mdast's first row is a header, the renderers set
     * it as a row like the others (no bold, no `th`/TH, not repeated).
     */
    headerless?: boolean
  }
  interface BlockquoteData {
    /** A block quotation made from an alert (`<div class="alert alert-info">` → `info`). */
    alert?: string
  }
  interface FootnoteReferenceData {
    number?: number
  }
  interface FootnoteDefinitionData {
    number?: number
    missing?: boolean
    /**
     * True for a note that `@octavo/citations` made from a Pandoc citation in
     * the body (`[see @key, p. 5]`): its text is the citation formatted by the
     * CSL style, not written by the author.
     */
    generated?: boolean
    citations?: NoteCitation[]
    /** True when the note says more than its citations. */
    commentary?: boolean
    /** Formatted text of the note when re-styled (`--restyle-notes`). */
    restyled?: PhrasingContent[]
  }
}

declare module 'unist' {
  interface Data {
    /** The language of a passage (BCP 47), from an HTML `lang` attribute; the typography follows it. */
    lang?: string
  }
}

export type {Root, Literal}
