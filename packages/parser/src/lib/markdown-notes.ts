import type {FootnoteDefinition, FootnoteReference, Nodes, Parent, Root} from 'mdast'
import type {Citation, Diagnostic} from './types.js'
import {align, type Locator} from './markdown-util.js'

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
 * when nothing defines it), a note never referenced (warning; it is kept,
 * numbered after the referenced ones), a second definition of a label
 * (warning; the first is kept, the second dropped).
 */
export function numberNotes(tree: Root, source: string, locator: Locator, diagnostics: Diagnostic[]): void {
  const definitions = new Map<string, FootnoteDefinition>()
  const inDocumentOrder: FootnoteDefinition[] = []
  takeDefinitions(tree)

  // Order of first reference: the body, then the notes in that order (a note
  // may refer to another), then notes never referenced, in document order.
  // `slots` is the numbering: note identifiers and, in the body, citations.
  const order: string[] = []
  const slots: Array<string | Citation> = []
  const references: FootnoteReference[] = []
  let inBody = true
  const visitReferences = (node: Nodes) => {
    if (node.type === 'footnoteReference' && definitions.has(node.identifier)) {
      references.push(node)
      if (!order.includes(node.identifier)) {
        order.push(node.identifier)
        slots.push(node.identifier)
      }
    }
    if (node.type === 'citation' && inBody) slots.push(node)
    if (node.type === 'titleNote') return
    if ('children' in node) for (const child of node.children) visitReferences(child)
  }
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
    if (order.includes(definition.identifier)) continue
    diagnostics.push({
      severity: 'warning',
      message: `note [^${definition.label ?? definition.identifier}] is never referenced`,
      position: definition.position,
      source: SOURCE
    })
    order.push(definition.identifier)
    slots.push(definition.identifier)
    follow(order.length - 1)
  }
  // Labels that already count 1…N in reading order are kept as numbers, so a
  // note whose reference was lost keeps its slot (as a plain-text import
  // writes them); otherwise notes are numbered by first reference.
  const asNumbers = order.map((identifier) => (/^[1-9]\d*$/.test(identifier) ? Number(identifier) : Number.NaN))
  const keepLabels =
    citations.length === 0 &&
    asNumbers.every((n) => n <= order.length) &&
    new Set(asNumbers).size === order.length &&
    asNumbers.slice(0, referenced).every((n, i, list) => i === 0 || n > list[i - 1]!)
  const numbers = new Map<string, number>()
  slots.forEach((slot, index) => {
    if (typeof slot !== 'string') slot.data = {...slot.data, noteNumber: index + 1}
    else numbers.set(slot, keepLabels ? asNumbers[order.indexOf(slot)]! : index + 1)
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
  tree.children.push(...numbered)
  reportUndefined(tree, source, diagnostics, locator)

  function takeDefinitions(parent: Parent) {
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index]!
      if (child.type === 'footnoteDefinition') {
        parent.children.splice(index, 1)
        index--
        // An item left with one block is no longer spread.
        const container = parent as Nodes
        if (container.type === 'listItem' && container.children.length < 2) container.spread = false
        const first = definitions.get(child.identifier)
        if (first) {
          diagnostics.push({
            severity: 'warning',
            message: `note [^${child.label ?? child.identifier}] is defined twice; the second definition is ignored (the first is at line ${first.position?.start.line ?? '?'})`,
            position: child.position,
            source: SOURCE
          })
          continue
        }
        definitions.set(child.identifier, child)
        inDocumentOrder.push(child)
        takeDefinitions(child)
      } else if ('children' in child) {
        takeDefinitions(child)
      }
    }
  }
}

function setNumber(node: FootnoteReference | FootnoteDefinition, number: number) {
  node.data = {...node.data, number}
}

/** `[^x]` left as text: written as a note reference, but no note has that label. */
function reportUndefined(tree: Root, source: string, diagnostics: Diagnostic[], locator: Locator) {
  const visit = (node: Nodes) => {
    if (node.type === 'link' || node.type === 'linkReference') return
    if (node.type === 'text' && node.value.includes('[^') && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
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
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
}
