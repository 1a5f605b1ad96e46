/**
 * Applying a corrections file (corrections.ts) to the notes and items that
 * `processCitations` returns: a pure function, the inputs left as they are.
 * A correction whose citation is not found (its note changed, or was
 * renumbered) is a warning at the correction and is not applied; the others
 * are.
 */
import type {CslItem, Diagnostic, NoteCitation} from '@octavo/tree'
import type {NoteRecord} from './notes-json.js'
import {citationHash, type CitationKey, type Correction, type FieldValue} from './corrections.js'
import {splitCitation} from './corrections-split.js'
import {isNoteDiagnostic, NOTE_WARNINGS, type NoteDiagnostic, type NoteWarningKind} from './diagnostics.js'
import {spliceItems} from '@octavo/tree'

export interface CorrectedCitations {
  notes: NoteRecord[]
  items: CslItem[]
  /**
   * The diagnostics given in that still hold (those `SETTLED` by a correction
   * left out), then warnings at the corrections that could not be applied
   * (source `citations:corrections`; `file` is the caller's to set).
   */
  diagnostics: Diagnostic[]
  /** For each correction, in order, whether it was applied. */
  applied: boolean[]
}

const SOURCE = 'citations:corrections'

/**
 * The notes reader's warnings about a citation that a correction settles (any
 * correction applied to it: the editor has looked at it), by their kind
 * (diagnostics.ts), note and citation, never by their wording.
 */
export const SETTLED: ReadonlyArray<{kind: NoteWarningKind; example: string; settles: (warning: NoteDiagnostic, note: number, citation: NoteCitation) => boolean}> = [
  {
    kind: 'short-without-full',
    example: NOTE_WARNINGS['short-without-full'].example,
    settles: (warning, note, citation) => warning.note === note && warning.citation === citation.text
  },
  {
    kind: 'ibid-after-several',
    example: NOTE_WARNINGS['ibid-after-several'].example,
    settles: (warning, note, citation) => citation.form === 'ibid' && warning.note === note && (warning.citation === undefined || warning.citation === citation.text)
  }
]

/** Whether a correction applied to one of `looked` settles `diagnostic` (`SETTLED`). */
function settled(diagnostic: Diagnostic, looked: ReadonlyArray<{note: number; citation: NoteCitation}>): boolean {
  return looked.some(({note, citation}) => SETTLED.some((rule) => isNoteDiagnostic(diagnostic, rule.kind) && rule.settles(diagnostic, note, citation)))
}

/** The fields of `set` that are the citation's own; every other is a CSL variable of its work. */
const CITATION_FIELDS = ['locator', 'label', 'form'] as const

/**
 * The notes and items with the corrections applied, in phases so that the
 * order of the file does not matter: citations are split first (`split`; the
 * parts are then citations of their own, named by their own text), then
 * every other key is found, works are merged (`same-work-as`), citations re-pointed
 * (`cites`), fields set (`set`; when two corrections set one variable of a
 * work, the later wins, with a warning), and citations dropped
 * (`commentary`: the note then says more than its citations). A work no
 * citation cites any more leaves the items.
 */
export function applyCorrections(input: {notes: readonly NoteRecord[]; items: readonly CslItem[]; diagnostics?: readonly Diagnostic[]}, corrections: readonly Correction[]): CorrectedCitations {
  const notes = structuredClone(input.notes) as NoteRecord[]
  const items = new Map((structuredClone(input.items) as CslItem[]).map((item) => [item.id, item]))
  const diagnostics: Diagnostic[] = []
  /** A warning at a correction (or at the key in it that finds nothing); false, the correction not applied. */
  const warn = (message: string, key: CitationKey | Correction): false => {
    diagnostics.push({severity: 'warning', message, position: key.position, source: SOURCE})
    return false
  }
  const before = new Set(notes.flatMap((n) => n.citations.map((c) => c.ref)))
  /** The citations a correction was applied to, as they were (for `SETTLED`). */
  const looked: Array<{note: number; citation: NoteCitation}> = []
  const noteOf = (citation: NoteCitation) => notes.find((n) => n.citations.includes(citation))!

  // Splits first: their parts are citations of their own, which the other corrections may name by their text.
  const split = corrections.map((c) => {
    if (!c.split) return false
    const at = find(notes, c.at)
    if (typeof at === 'string') return warn(`${at}: correction not applied`, c.at)
    const note = noteOf(at)
    const parts = splitCitation(notes, note, at, c.split, items)
    if (typeof parts === 'string') return warn(`note ${c.at.note}, citation ${c.at.citation}: ${parts}: correction not applied`, c)
    looked.push({note: note.note, citation: {...at}})
    spliceItems(note.citations, note.citations.indexOf(at), 1, parts)
    return true
  })

  const located = corrections.map((c) => {
    if (c.split) return undefined
    const at = find(notes, c.at)
    const other = c.cites ?? c.sameWorkAs
    const target = other && find(notes, other)
    if (typeof at === 'string') warn(`${at}: correction not applied`, c.at)
    else if (typeof target === 'string') warn(`${target}: correction not applied`, other!)
    return typeof at === 'string' || typeof target === 'string' ? undefined : {correction: c, citation: at, target}
  })
  for (const l of located) if (l) looked.push({note: noteOf(l.citation).note, citation: {...l.citation}})
  const holding = (input.diagnostics ?? []).filter((d) => !settled(d, looked))

  // Works merged: each id to the one it became.
  const merged = new Map<string, string>()
  const work = (id: string): string => (merged.has(id) ? work(merged.get(id)!) : id)
  for (const l of located) if (l?.correction.sameWorkAs && work(l.citation.ref) !== work(l.target!.ref)) merged.set(work(l.citation.ref), work(l.target!.ref))
  for (const l of located) if (l?.correction.cites) l.citation.ref = l.target!.ref
  for (const note of notes) for (const c of note.citations) c.ref = work(c.ref)

  const setBy = new Map<string, Correction>()
  for (const l of located) {
    if (!l?.correction.set) continue
    for (const [field, value] of Object.entries(l.correction.set)) {
      if ((CITATION_FIELDS as readonly string[]).includes(field)) setCitationField(l.citation, field as (typeof CITATION_FIELDS)[number], value)
      else {
        const item = items.get(l.citation.ref)
        if (!item) continue
        const earlier = setBy.get(`${item.id}\0${field}`)
        if (earlier && JSON.stringify(item[field] ?? null) !== JSON.stringify(value))
          warn(`${field} of work '${item.id}' is also set by the correction at line ${earlier.position?.start.line ?? '?'}: this one wins`, l.correction)
        setBy.set(`${item.id}\0${field}`, l.correction)
        if (value === null) delete item[field]
        else item[field] = value
      }
    }
  }

  const dropped = new Set(located.filter((l) => l?.correction.commentary).map((l) => l!.citation))
  for (const note of notes) {
    const kept = note.citations.filter((c) => !dropped.has(c))
    if (kept.length < note.citations.length) note.commentary = true
    note.citations = kept
  }
  const after = new Set(notes.flatMap((n) => n.citations.map((c) => c.ref)))
  const gone = (id: string) => merged.has(id) || (before.has(id) && !after.has(id))
  return {notes, items: [...items.values()].filter((item) => !gone(item.id)), diagnostics: [...holding, ...diagnostics], applied: located.map((l, i) => l !== undefined || split[i]!)}
}

function setCitationField(citation: NoteCitation, field: (typeof CITATION_FIELDS)[number], value: FieldValue): void {
  if (field === 'locator') citation.locator = value as string | null
  else if (field === 'label') citation.label = value as string
  else citation.form = value as NoteCitation['form']
}

/**
 * The citation a key names: in its note, the one at `index` when its text
 * has the hash, else the only one whose text has it. Otherwise why not (and
 * where a citation with that text is now, when it moved to another note).
 */
function find(notes: readonly NoteRecord[], key: CitationKey): NoteCitation | string {
  const note = notes.find((n) => n.note === key.note)
  const where = `note ${key.note}, citation ${key.citation}`
  if (!note) return `${where}: the article has no note ${key.note}`
  const atIndex = key.index === undefined ? undefined : note.citations[key.index]
  if (atIndex && citationHash(atIndex.text) === key.citation) return atIndex
  const same = note.citations.filter((c) => citationHash(c.text) === key.citation)
  if (same.length === 1) return same[0]!
  if (same.length > 1) return `${where}: the note has ${same.length} citations of this text and no index says which`
  const moved = notes.filter((n) => n.citations.some((c) => citationHash(c.text) === key.citation)).map((n) => n.note)
  return `${where}: no citation of the note has this text any more${moved.length > 0 ? ` (one of note ${moved.join(', ')} has it)` : ' (the note changed)'}`
}
