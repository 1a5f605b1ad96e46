import type {FootnoteDefinition} from 'mdast'
import type {Position} from 'unist'
import type {CslItem, Diagnostic, NoteCitation} from '@octavo/tree'
import type {StoredModel} from './model/store.js'
import type {LabelStore} from './label-store.js'
import type {ReadingStore} from './reading-store.js'
import type {PreparedNote} from './prepare-notes.js'
import type {WorkRegistry} from './resolve.js'
import type {NoteRecord} from './notes-json.js'
import type {NoteDiagnostic} from './diagnostics.js'
import type {PandocFormatter} from './pandoc.js'

/**
 * What the steps of `processCitations` share while they read one article's
 * notes in number order (as mdast-util-to-hast's `state`): the works so far,
 * the notes read so far, and what was cited last. One per call; the steps
 * (`process.ts`, `back-references.ts`, `pandoc-notes.ts`) take it first.
 */
export interface NotesState {
  readonly diagnostics: Diagnostic[]
  /** Every work cited, one item each (`resolve.ts`). */
  readonly registry: WorkRegistry
  /** The bibliography's items by key, for Pandoc citations (clean copies). */
  readonly bibliography: ReadonlyMap<string, CslItem>
  /** Formats Pandoc citations with the style (or keeps them as written). */
  readonly formatter: PandocFormatter
  /** Whether a repeated Pandoc citation may be "Ibid.". */
  readonly ibid: boolean
  /** The article's language (front matter `lang`), when given: names are read as its writers write them. */
  readonly lang: string | undefined
  /** Another notes model than the shipped one. */
  readonly model: StoredModel | undefined
  /** The model's labels of notes kept between runs. */
  readonly labels: LabelStore | undefined
  /** Whole readings of notes kept between runs. */
  readonly readings: ReadingStore | undefined
  /** Notes read ahead (`prepareNote`), by their definition. */
  readonly prepared: ReadonlyMap<FootnoteDefinition, PreparedNote> | undefined
  /** Whether the source marks italics at all (Markdown emphasis in some note): plain text does not, and then no run is known to be roman either. */
  readonly marksItalics: boolean
  /** Footnote identifiers taken, the written notes' and the generated ones'. */
  readonly identifiers: Set<string>
  /** The notes made of Pandoc citations in the body. */
  readonly generated: FootnoteDefinition[]
  /** The `citations.json` records, in number order. */
  readonly notes: NoteRecord[]
  /** Works mentioned so far (by `ref`), in notes before this one or earlier in it. */
  readonly seen: Set<string>
  /** The works each note cites (`supra note 12`). */
  readonly refsByNote: Map<number, string[]>
  /** The citations of the note before this one. */
  previous: NoteCitation[]
  /** The work cited last (`Ibid.` when the note has none before it). */
  lastRef: string | undefined
}

const SOURCE = 'citations:notes'

/** A diagnostic; `about`: its kind, note and citation, for those a program acts on (diagnostics.ts). */
export function warn(
  state: NotesState,
  message: string,
  position: Position | undefined,
  severity: Diagnostic['severity'] = 'warning',
  about?: Pick<NoteDiagnostic, 'kind' | 'note' | 'citation'>
): void {
  state.diagnostics.push({severity, message, position, source: SOURCE, ...about})
}
