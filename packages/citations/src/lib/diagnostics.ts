/**
 * The notes reader's warnings that a program acts on, by kind rather than by
 * wording: each carries its `kind`, the number of its note and, when it is
 * about one citation, that citation's text. `SETTLED` (corrections-apply.ts)
 * matches on these; `octavo review` puts a warning beside its note.
 */
import type {Diagnostic} from '@octavo/tree'

/** The kinds, each with an example of its message (as `processCitations` words it). */
export const NOTE_WARNINGS = {
  'short-without-full': {
    does: 'a short form with no full citation before it (read as a work of its own)',
    example: 'note 26: short form “An, Yanbian Chaoxianzu zizhizhou zhouzhi, p. 503” has no earlier full citation'
  },
  'ibid-after-several': {does: 'an Ibid. after a note of several sources (taken as the last one)', example: 'note 8: Ibid. follows a note with 2 sources; taken as the last one'},
  'ibid-after-none': {does: 'an Ibid. after a note without a citation', example: 'note 8: Ibid. follows a note without a citation'},
  'low-confidence': {does: 'citations read with low confidence (the note named first is the least sure)', example: 'citations read with low confidence in note 94 (0.47): check them'}
} as const

export type NoteWarningKind = keyof typeof NOTE_WARNINGS

/** A warning of the notes reader with its kind, its note, and the text of its citation when it is about one. */
export interface NoteDiagnostic extends Diagnostic {
  kind: NoteWarningKind
  note: number
  citation?: string
}

/** Whether a diagnostic is a `NoteDiagnostic` (of kind `kind`, when given). */
export function isNoteDiagnostic(diagnostic: Diagnostic, kind?: NoteWarningKind): diagnostic is NoteDiagnostic {
  const d = diagnostic as Partial<NoteDiagnostic>
  return typeof d.kind === 'string' && d.kind in NOTE_WARNINGS && typeof d.note === 'number' && (kind === undefined || d.kind === kind)
}
