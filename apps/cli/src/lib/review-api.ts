/**
 * What the `octavo review` server and its page say to each other (JSON over
 * HTTP): types only, imported by both (the page's client in `client/` is
 * bundled by esbuild, which drops them).
 */

/** A CSL name as the page edits it. */
export interface ReviewName {
  family?: string
  given?: string
  literal?: string
}

/** Which citation: as a corrections file names it (`@octavo/citations` `CitationKey`, without a position). */
export interface ReviewKey {
  note: number
  citation: string
  index?: number
}

export interface ReviewCitation {
  key: ReviewKey
  text: string
  /** Where `text` is in the note's text (absent when the notes reader did not say). */
  start?: number
  end?: number
  form: 'full' | 'short' | 'ibid'
  locator: string | null
  label: string
  /** The work it cites (`id` of a work). */
  ref: string
  /** 0–1; 1 for a citation the notes reader did not read (a Pandoc citation). */
  confidence: number
}

/** A diagnostic of the build, where it is (`file:line:column`). */
export interface ReviewWarning {
  severity: 'error' | 'warning' | 'info'
  message: string
  where: string
  /** The note it is about, when it is about one. */
  note?: number
}

export interface ReviewNote {
  note: number
  text: string
  commentary: boolean
  /** Its least sure citation's confidence (1 without citations). */
  confidence: number
  citations: ReviewCitation[]
  warnings: ReviewWarning[]
}

/** A work (a CSL item) and the first citation of it, by which a correction points at it. */
export interface ReviewWork {
  id: string
  /** CSL-JSON fields. */
  item: Record<string, unknown>
  /** Short, for a choice: the first name and title. */
  label: string
  first: ReviewKey
}

/** Two works a build suspects are one. */
export interface ReviewProposal {
  works: [string, string]
  why: string
}

export interface ReviewState {
  /** The article, and its corrections file, as the command was given them. */
  input: string
  corrections: string
  notes: ReviewNote[]
  works: ReviewWork[]
  proposals: ReviewProposal[]
  /** Warnings about no one note (and those of the corrections file). */
  warnings: ReviewWarning[]
  /** The fields a correction may set, with their kinds, and the values a choice offers. */
  fields: Array<{field: string; kind: string; example: string}>
  types: string[]
  labels: string[]
}

/** `POST /api/preview`: the citation formatted with fields changed (nothing saved). */
export interface PreviewRequest {
  key: ReviewKey
  set: Record<string, unknown>
}

/** A run of formatted text: roman, italic, or a link. */
export interface Run {
  text: string
  italic?: boolean
  url?: string
}

export interface PreviewResult {
  note: Run[]
  bibliography: Run[]
}

/** `POST /api/corrections`: one correction to write into the corrections file. */
export interface SaveRequest {
  at: ReviewKey
  set?: Record<string, unknown>
  commentary?: true
  cites?: ReviewKey
  sameWorkAs?: ReviewKey
  split?: string[]
}

/** An answer refused: why, each problem on its own. */
export interface ReviewError {
  error: string
  problems?: string[]
}
