import type {FootnoteDefinition, FootnoteReference, Nodes, Parent, Root} from 'mdast'
import type {Citation, Diagnostic} from './types.js'
import {align, inRanges, type Locator} from './markdown-util.js'
import {eachNode, noteTable} from '@octavo/tree'

const SOURCE = 'parser:notes'

/** How `toMarkdown` writes a note lost in the source, and how we read it back. */
export const MISSING_NOTE_MARK = '<!-- note missing in the source -->'
const MISSING_NOTE = /^<!--\s*note missing in the source\s*-->$/i

/**
 * Number GFM notes in order of first reference (a note referenced three times
 * keeps one number), give every reference and definition `data.number`, and
 * move the definitions to the end of the root in number order. When the
 * labels are already the numbers 1…N, rising in reading order (`[^1]`…`[^N]`,
 * as `toMarkdown` writes a plain-text article), they are kept: a note never
 * referenced keeps its slot instead of moving to the end.
 *
 * A Pandoc citation outside the notes (and outside the `titleNote`, itself a
 * note) is a note of its own, as Pandoc makes it for a notes style: it is
 * numbered in reading order with the note references (`A.[^a] B [@x]. C.[^b]`
 * → 1, 2, 3) and gets `data.noteNumber`. `@octavo/citations` writes its text.
 * A citation inside a note stays in that note. With such citations in the
 * body, labels 1…N are not kept as numbers (the citations take slots).
 *
 * Diagnostics: a reference to no note (error: micromark leaves `[^x]` as text
 * when nothing defines it); and the note table's problems (`noteTable`): a
 * note never referenced (it is kept, numbered after the referenced ones), a
 * second definition of a label (the first is kept, the second dropped). Text in `plain` (source
 * ranges whose markup was read as plain text) holds no reference.
 */
export function numberNotes(tree: Root, source: string, locator: Locator, diagnostics: Diagnostic[], plain: ReadonlyArray<readonly [number, number]> = []): void {
  // The notes' problems as the note table states them (the renderers read the same table and say nothing more).
  for (const problem of noteTable(tree).problems) diagnostics.push({...problem, source: SOURCE})
  const {definitions, inDocumentOrder} = takeDefinitions(tree)

  // Order of first reference: the body, then the notes in that order (a note
  // may refer to another), then notes never referenced, in document order.
  // `slots` is the numbering: note identifiers and, in the body, citations.
  const order: string[] = []
  const ordered = new Set<string>()
  const slots: Array<string | Citation> = []
  const references: FootnoteReference[] = []
  let inBody = true
  const visitReferences = (from: Nodes) =>
    eachNode(from, (node) => {
      if (node.type === 'footnoteReference' && definitions.has(node.identifier)) {
        references.push(node)
        if (!ordered.has(node.identifier)) {
          ordered.add(node.identifier)
          order.push(node.identifier)
          slots.push(node.identifier)
        }
      }
      if (node.type === 'citation' && inBody) slots.push(node)
      return node.type !== 'titleNote'
    })
  /** Visit the notes from `order[from]` on, and the notes they refer to, as they come. */
  const follow = (from: number) => {
    for (let i = from; i < order.length; i++) visitReferences(definitions.get(order[i]!)!)
  }
  visitReferences(tree)
  inBody = false
  const citations = slots.filter((slot): slot is Citation => typeof slot !== 'string')
  follow(0)
  const referenced = order.length
  for (const definition of inDocumentOrder) {
    if (ordered.has(definition.identifier)) continue
    ordered.add(definition.identifier)
    order.push(definition.identifier)
    slots.push(definition.identifier)
    follow(order.length - 1)
  }
  // Labels that already count 1…N in reading order are kept as numbers, so a
  // note whose reference was lost keeps its slot (as a plain-text import
  // writes them); otherwise notes are numbered by first reference.
  const asNumbers = order.map((identifier) => (/^[1-9]\d*$/.test(identifier) ? Number(identifier) : Number.NaN))
  const keepLabels =
    citations.length === 0 && asNumbers.every((n) => n <= order.length) && new Set(asNumbers).size === order.length && asNumbers.slice(0, referenced).every((n, i, list) => i === 0 || n > list[i - 1]!)
  const numbers = new Map<string, number>()
  const orderIndex = new Map(order.map((identifier, index) => [identifier, index]))
  slots.forEach((slot, index) => {
    if (typeof slot !== 'string') slot.data = {...slot.data, noteNumber: index + 1}
    else numbers.set(slot, keepLabels ? asNumbers[orderIndex.get(slot)!]! : index + 1)
  })
  for (const reference of references) setNumber(reference, numbers.get(reference.identifier)!)
  const numbered = order.map((identifier) => definitions.get(identifier)!).sort((a, b) => numbers.get(a.identifier)! - numbers.get(b.identifier)!)
  for (const definition of numbered) {
    setNumber(definition, numbers.get(definition.identifier)!)
    const only = definition.children[0]
    if (definition.children.length === 1 && only?.type === 'html' && MISSING_NOTE.test(only.value.trim())) {
      definition.children = []
      definition.data = {...definition.data, missing: true}
    }
  }
  for (const definition of numbered) tree.children.push(definition)
  reportUndefined(tree, source, diagnostics, locator, plain)
}

/**
 * Take the note definitions out of the tree, in document order (a definition
 * inside another is taken too): the first of each label, a second one is
 * dropped (the note table reports it).
 */
function takeDefinitions(tree: Root) {
  const definitions = new Map<string, FootnoteDefinition>()
  const inDocumentOrder: FootnoteDefinition[] = []
  const emptied = new Set<Parent>()
  const stack: Array<{parent: Parent; index: number}> = [{parent: tree, index: 0}]
  while (stack.length > 0) {
    const frame = stack.at(-1)!
    const child = frame.parent.children[frame.index++] as Nodes | undefined
    if (!child) {
      stack.pop()
      continue
    }
    if (child.type !== 'footnoteDefinition') {
      if ('children' in child) stack.push({parent: child, index: 0})
      continue
    }
    emptied.add(frame.parent)
    if (definitions.has(child.identifier)) continue
    definitions.set(child.identifier, child)
    inDocumentOrder.push(child)
    stack.push({parent: child, index: 0})
  }
  for (const parent of emptied) {
    parent.children = parent.children.filter((child) => child.type !== 'footnoteDefinition')
    // An item left with one block is no longer spread.
    const container = parent as Nodes
    if (container.type === 'listItem' && container.children.length < 2) container.spread = false
  }
  return {definitions, inDocumentOrder}
}

function setNumber(node: FootnoteReference | FootnoteDefinition, number: number) {
  node.data = {...node.data, number}
}

/** `[^x]` left as text: written as a note reference, but no note has that label. */
function reportUndefined(tree: Root, source: string, diagnostics: Diagnostic[], locator: Locator, plain: ReadonlyArray<readonly [number, number]>) {
  eachNode(tree, (node) => {
    if (node.type === 'link' || node.type === 'linkReference') return false
    if (node.type === 'text' && node.value.includes('[^') && node.position?.start.offset !== undefined && node.position.end.offset !== undefined && !inRanges(plain, node.position.start.offset)) {
      const {offsets, ends, literal} = align(node.value, source, node.position.start.offset, node.position.end.offset)
      for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
        // Written as a reference: `[` and `^` themselves, not escaped.
        if (!literal[match.index] || !literal[match.index + 1]) continue
        const start = offsets[match.index]!
        const end = ends[match.index + match[0].length - 1]!
        diagnostics.push({
          severity: 'error',
          message: `note reference [^${match[1]!}] has no note: add \`[^${match[1]!}]: …\``,
          position: locator.position(start, end),
          source: SOURCE
        })
      }
    }
    return true
  })
}
