/**
 * The parser's own result types. The tree's types (the mdast augmentation,
 * `Diagnostic`, CSL-JSON) live in `@octavo/tree`; they are re-exported here,
 * as the parser's API has always offered them.
 */
import type {Position} from 'unist'
import type {Diagnostic, Root} from '@octavo/tree'

export type {
  Abstract,
  Article,
  ArticleMeta,
  ArticleNodeData,
  Bibliography,
  BibliographyEntry,
  Citation,
  CitationData,
  CitationItem,
  Credits,
  CslDate,
  CslFields,
  CslItem,
  CslName,
  Diagnostic,
  Literal,
  NoteCitation,
  Root,
  SectionBreak,
  TitleNote,
  VolumeOptions
} from '@octavo/tree'

/** A key of a Markdown front matter as written (`titel`), and where it stands in the file. */
export interface FrontMatterKey {
  key: string
  position: Position
  /** The value when it is a scalar (`page: 133-`), as text, and where it stands: for checks of values. */
  value?: string
  valuePosition?: Position
}

/** The result of parsing. */
export interface ParseResult {
  tree: Root
  diagnostics: Diagnostic[]
  /**
   * Markdown: the front matter's keys in the order written, each at its
   * place, when the front matter was read (a YAML mapping without errors);
   * for a caller that checks them against its own keys (the CLI warns about
   * unknown ones) without reading the YAML again.
   */
  frontMatterKeys?: FrontMatterKey[]
}
