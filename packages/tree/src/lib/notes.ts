/**
 * The notes of a tree, numbered and checked once. The parser reports the
 * problems (`parse` adds them to its diagnostics); the citations step and the
 * renderers read the numbers from the same table and report nothing about
 * the notes' structure, so a build says each problem once.
 */
import type {FootnoteDefinition, FootnoteReference, Nodes, Root} from 'mdast'
import type {Article, Citation, Diagnostic} from './types.js'

/** One numbered note of a scope (an article, or a volume's article). */
export interface NoteEntry {
  /** The mdast `identifier` (normalized label); for a body citation made a note, `citation N`. */
  identifier: string
  /** The label as written (`[^Smith]` → `Smith`), else the identifier. */
  label: string
  /** The printed number. */
  number: number
  /** The definition; absent for a reference to no note, and for a body citation. */
  definition?: FootnoteDefinition
  /** The references to it, in document order. */
  references: FootnoteReference[]
  /** A Pandoc citation in the body that is a note of its own (`data.noteNumber`). */
  citation?: Citation
  /** Lost in the source (`data.missing`) or never defined. */
  missing: boolean
}

export interface NoteTable {
  /** In number order. */
  notes: NoteEntry[]
  byIdentifier: ReadonlyMap<string, NoteEntry>
  byCitation: ReadonlyMap<Citation, NoteEntry>
  /** What is wrong with the notes, once each: for the parser to report. */
  problems: Diagnostic[]
}

type Problem = 'unreferenced' | 'undefined' | 'twice' | 'renumbered'

/**
 * The problems a note table finds, each with the example it exists for,
 * written small: paragraphs split by two spaces, `[^a]` a reference, `[^a=1]`
 * one carrying `data.number` 1, `[^a]: …` a definition (a test builds each
 * example's tree and checks it gives that problem and no other).
 */
export const NOTE_PROBLEMS: Readonly<Record<Problem, {severity: Diagnostic['severity']; example: string; message: (label: string, firstLine?: number) => string}>> = {
  unreferenced: {severity: 'warning', example: 'Text.[^1]  [^1]: One.  [^2]: Never referenced.', message: (label) => `note [^${label}] is never referenced`},
  twice: {
    severity: 'warning',
    example: 'Text.[^1]  [^1]: One.  [^1]: Again.',
    message: (label, firstLine) => `note [^${label}] is defined twice; the second definition is ignored (the first is at line ${firstLine ?? '?'})`
  },
  // The Markdown parser leaves `[^9]` as text when nothing defines it (an error of its own): a tree made otherwise.
  undefined: {severity: 'warning', example: 'Text.[^9]', message: (label) => `note reference [^${label}] has no note; it is printed as missing`},
  renumbered: {
    severity: 'warning',
    example: 'Text.[^a=1] More.[^b=1]  [^a]: A.  [^b]: B.',
    message: (label) => `note [^${label}] has the number of another note (or none usable); it is renumbered`
  }
}

const SOURCE = 'tree:notes'

interface Gathered {
  definitions: Map<string, FootnoteDefinition>
  references: Map<string, FootnoteReference[]>
  /** Identifiers in order of first reference, then definitions never referenced. */
  order: string[]
  citations: Citation[]
  problems: Diagnostic[]
}

/**
 * Number and check the notes of one scope: a root, or one `article` of a
 * volume (its notes are numbered afresh; a root does not look into its
 * articles). A note keeps the number the tree gives it (`data.number` on its
 * definition or first reference, as the parser sets it) when that number is
 * a positive integer no other note has; otherwise it takes the next free
 * number, in order of first reference, then definitions never referenced in
 * document order. A body citation with `data.noteNumber` is a note of its own.
 */
export function noteTable(scope: Root | Article): NoteTable {
  const gathered = gather(scope)
  const {definitions, references, problems} = gathered
  const used = new Set<number>()
  const entries: NoteEntry[] = []
  const pending: NoteEntry[] = []
  for (const identifier of gathered.order) {
    const definition = definitions.get(identifier)
    const refs = references.get(identifier) ?? []
    const label = definition?.label ?? refs[0]?.label ?? identifier
    const entry: NoteEntry = {identifier, label, number: 0, references: refs, missing: !definition || definition.data?.missing === true}
    if (definition) entry.definition = definition
    const given = definition?.data?.number ?? refs[0]?.data?.number
    if (usable(given, used)) {
      entry.number = given
      used.add(given)
    } else {
      if (given !== undefined) problems.push(problem('renumbered', label, definition ?? refs[0]))
      pending.push(entry)
    }
    entries.push(entry)
  }
  gathered.citations.forEach((citation, i) => {
    const entry: NoteEntry = {identifier: `citation ${i + 1}`, label: citation.value, number: 0, references: [], citation, missing: false}
    const given = citation.data?.noteNumber
    if (usable(given, used)) {
      entry.number = given
      used.add(given)
    } else {
      problems.push(problem('renumbered', citation.value, citation))
      pending.push(entry)
    }
    entries.push(entry)
  })
  let next = 1
  for (const entry of pending) {
    while (used.has(next)) next++
    entry.number = next
    used.add(next)
  }
  const notes = entries.sort((a, b) => a.number - b.number)
  return {
    notes,
    byIdentifier: new Map(notes.filter((n) => !n.citation).map((n) => [n.identifier, n])),
    byCitation: new Map(notes.flatMap((n) => (n.citation ? [[n.citation, n] as const] : []))),
    problems
  }
}

function usable(given: number | undefined, used: ReadonlySet<number>): given is number {
  return given !== undefined && Number.isInteger(given) && given > 0 && !used.has(given)
}

function problem(kind: Problem, label: string, node: Nodes | undefined, firstLine?: number): Diagnostic {
  const {severity, message} = NOTE_PROBLEMS[kind]
  return {severity, message: message(label, firstLine), position: node?.position, source: SOURCE}
}

/** The definitions, references and body citations of a scope, in document order (explicit stack: any depth). */
function gather(scope: Root | Article): Gathered {
  const gathered: Gathered = {definitions: new Map(), references: new Map(), order: [], citations: [], problems: []}
  const {definitions, references, order} = gathered
  const stack: Array<{node: Nodes; inNote: boolean}> = [{node: scope, inNote: false}]
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const {node, inNote} = frame
    if (node.type === 'article' && node !== scope) continue
    if (node.type === 'footnoteDefinition') {
      const first = definitions.get(node.identifier)
      if (first) gathered.problems.push(problem('twice', node.label ?? node.identifier, node, first.position?.start.line))
      else definitions.set(node.identifier, node)
    } else if (node.type === 'footnoteReference') {
      const list = references.get(node.identifier)
      if (list) list.push(node)
      else {
        references.set(node.identifier, [node])
        order.push(node.identifier)
      }
    } else if (node.type === 'citation' && !inNote && typeof node.data?.noteNumber === 'number') gathered.citations.push(node)
    if (!('children' in node)) continue
    const inside = inNote || node.type === 'footnoteDefinition' || node.type === 'titleNote'
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({node: node.children[i]!, inNote: inside})
  }
  for (const [identifier, definition] of definitions) {
    if (references.has(identifier)) continue
    order.push(identifier)
    gathered.problems.push(problem('unreferenced', definition.label ?? identifier, definition))
  }
  for (const identifier of references.keys()) {
    if (!definitions.has(identifier)) gathered.problems.push(problem('undefined', references.get(identifier)![0]!.label ?? identifier, references.get(identifier)![0]))
  }
  return gathered
}
