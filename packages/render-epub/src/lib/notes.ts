import type {FootnoteDefinition, Root} from 'mdast'
import {noteTable, type Citation} from '@octavo/tree'

/** The key of a note: its identifier upper-cased (as mdast-util-to-hast does); tolerant of a malformed node. */
export function noteKey(node: {identifier?: unknown; label?: unknown}): string {
  return String(node.identifier ?? node.label ?? '').toUpperCase()
}

/** One note of the book, keyed by its normalized identifier. */
export interface Note {
  /** `identifier`, upper-cased as mdast-util-to-hast does. */
  key: string
  /** The printed number. */
  number: number
  /** The definition, absent when the tree has a reference without one. */
  definition: FootnoteDefinition | undefined
  /** Lost in the source (`data.missing`) or never defined. */
  missing: boolean
  /** How many references the text has made so far (filled while rendering). */
  references: number
  /**
   * A Pandoc citation in the body that `@octavo/citations` made a note of
   * (`data.noteNumber`): the citation is the reference, its text the note.
   */
  citation?: Citation
}

/** The notes of a tree, and which body citations are notes. */
export interface NoteTable {
  notes: Map<string, Note>
  citations: Map<Citation, Note>
}

/**
 * The notes of a tree as the EPUB prints them: the note table's numbers
 * (`noteTable`, data.number when the tree carries it, else order of first
 * reference), keyed as mdast-util-to-hast keys them. What is wrong with the
 * notes (never referenced, no definition, defined twice) the parser reports,
 * once for the whole build: the renderer says nothing more about it.
 */
export function numberNotes(tree: Root): NoteTable {
  const notes = new Map<string, Note>()
  const citations = new Map<Citation, Note>()
  for (const entry of noteTable(tree).notes) {
    const key = entry.citation ? entry.identifier : noteKey(entry)
    if (notes.has(key)) continue
    const note: Note = {key, number: entry.number, definition: entry.definition, missing: entry.missing, references: 0}
    if (entry.citation) {
      note.citation = entry.citation
      citations.set(entry.citation, note)
    }
    notes.set(key, note)
  }
  return {notes, citations}
}
