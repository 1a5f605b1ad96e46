import type {FootnoteDefinition, FootnoteReference, Nodes, Root} from 'mdast'
import type {Diagnostic} from '@octavo/parser'

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
}

/**
 * Number the notes: `data.number` when the tree carries it, otherwise in
 * order of first reference (then unreferenced definitions, in order). A
 * number claimed twice is given the next free one, with a warning.
 */
export function numberNotes(tree: Root, diagnostics: Diagnostic[]): Map<string, Note> {
  const definitions = new Map<string, FootnoteDefinition>()
  const firstReference = new Map<string, FootnoteReference>()
  const order: string[] = []

  const walk = (node: Nodes): void => {
    if (node.type === 'footnoteDefinition') {
      const key = node.identifier.toUpperCase()
      if (definitions.has(key)) {
        diagnostics.push({
          severity: 'warning',
          message: `note "${node.label ?? node.identifier}" is defined twice; the first definition is used`,
          position: node.position,
          source: 'render-epub:notes'
        })
      } else definitions.set(key, node)
    } else if (node.type === 'footnoteReference') {
      const key = node.identifier.toUpperCase()
      if (!firstReference.has(key)) {
        firstReference.set(key, node)
        order.push(key)
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(tree)

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

  for (const [key, note] of notes) {
    if (!note.definition) {
      diagnostics.push({
        severity: 'warning',
        message: `note reference "${firstReference.get(key)?.label ?? key}" has no note; marked as missing`,
        position: firstReference.get(key)?.position,
        source: 'render-epub:notes'
      })
    }
  }
  return notes
}
