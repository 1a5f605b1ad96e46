import type {FootnoteDefinition, FootnoteReference, Nodes, Root} from 'mdast'
import type {Citation, Diagnostic} from '@octavo/parser'

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
 * Number the notes: `data.number` when the tree carries it, otherwise in
 * order of first reference (then unreferenced definitions, in order). A
 * number claimed twice is given the next free one, with a warning.
 */
export function numberNotes(tree: Root, diagnostics: Diagnostic[]): NoteTable {
  const definitions = new Map<string, FootnoteDefinition>()
  const firstReference = new Map<string, FootnoteReference>()
  const order: string[] = []
  const citationNotes: Citation[] = []

  const walk = (node: Nodes, inNote: boolean): void => {
    if (node.type === 'citation' && !inNote && typeof node.data?.noteNumber === 'number') citationNotes.push(node)
    if (node.type === 'footnoteDefinition') {
      const key = noteKey(node)
      if (definitions.has(key)) {
        diagnostics.push({
          severity: 'warning',
          message: `note "${node.label ?? node.identifier}" is defined twice; the first definition is used`,
          position: node.position,
          source: 'render-epub:notes'
        })
      } else definitions.set(key, node)
    } else if (node.type === 'footnoteReference') {
      const key = noteKey(node)
      if (!firstReference.has(key)) {
        firstReference.set(key, node)
        order.push(key)
      }
    }
    const inside = inNote || node.type === 'footnoteDefinition'
    if ('children' in node) for (const child of node.children) walk(child as Nodes, inside)
  }
  walk(tree, false)

  for (const key of definitions.keys()) {
    if (!firstReference.has(key)) {
      order.push(key)
      const definition = definitions.get(key)
      if (definition && !definition.data?.missing) {
        diagnostics.push({
          severity: 'warning',
          message: `note "${definition.label ?? definition.identifier}" is never referenced in the text`,
          position: definition.position,
          source: 'render-epub:notes'
        })
      }
    }
  }

  const notes = new Map<string, Note>()
  const used = new Set<number>()
  const pending: string[] = []
  for (const key of order) {
    const definition = definitions.get(key)
    const reference = firstReference.get(key)
    const given = definition?.data?.number ?? reference?.data?.number
    if (given !== undefined && Number.isInteger(given) && given > 0 && !used.has(given)) {
      used.add(given)
      notes.set(key, {key, number: given, definition, missing: !definition || definition.data?.missing === true, references: 0})
    } else {
      if (given !== undefined) {
        diagnostics.push({
          severity: 'warning',
          message: `note number ${given} is not usable (taken or not a positive integer); renumbered`,
          position: (definition ?? reference)?.position,
          source: 'render-epub:notes'
        })
      }
      pending.push(key)
    }
  }
  let next = 1
  for (const key of pending) {
    while (used.has(next)) next++
    used.add(next)
    const definition = definitions.get(key)
    notes.set(key, {key, number: next, definition, missing: !definition || definition.data?.missing === true, references: 0})
  }

  // Citations made notes keep the number the citations step gave them.
  const citations = new Map<Citation, Note>()
  citationNotes.forEach((citation, i) => {
    let number = citation.data?.noteNumber ?? 0
    if (!Number.isInteger(number) || number <= 0 || used.has(number)) {
      diagnostics.push({
        severity: 'warning',
        message: `the note number ${number} of citation ${citation.value} is not usable (taken or not a positive integer); renumbered`,
        position: citation.position,
        source: 'render-epub:notes'
      })
      number = Math.max(0, ...used) + 1
    }
    used.add(number)
    const note: Note = {key: `citation ${i + 1}`, number, definition: undefined, missing: false, references: 0, citation}
    notes.set(note.key, note)
    citations.set(citation, note)
  })

  for (const [key, note] of notes) {
    if (!note.definition && !note.citation) {
      diagnostics.push({
        severity: 'warning',
        message: `note reference "${firstReference.get(key)?.label ?? key}" has no note; marked as missing`,
        position: firstReference.get(key)?.position,
        source: 'render-epub:notes'
      })
    }
  }
  return {notes, citations}
}
