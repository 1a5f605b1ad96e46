// Notes: numbered from the note table, set once when pagination first asks for them (in their own
// scope, read after the element holding their reference), as footnotes or endnotes.
import type {Nodes, Root, RootContent} from 'mdast'
import type {Article} from '@octavo/tree'
import {noteTable} from '@octavo/tree'
import type {Element, LineElement} from './elements.js'
import type {BlockContext, Note, Typesetter} from './typesetter.js'
import {typography} from './typography.js'

/**
 * Number the notes of one scope (the root, or one article of a volume, whose notes are numbered
 * afresh): `data.number`, else order of first reference; collect the definitions.
 */
export function collectNotes(t: Typesetter, scopeRoot: Root | Article, scope: string): void {
  const saved = t.scope
  t.scope = scope
  try {
    collectScope(t, scopeRoot, scope)
  } finally {
    t.scope = saved
  }
}

/**
 * The note numbers are the note table's (`noteTable`: the tree's own, else order of first reference); what is
 * wrong with the notes (never referenced, no definition, defined twice) the parser reports, once per build.
 */
function collectScope(t: Typesetter, scopeRoot: Root | Article, scope: string): void {
  const visit = (node: Nodes): void => {
    if (node.type === 'article' && node !== scopeRoot) return
    if (node.type === 'definition') t.definitions.set(node.identifier, node)
    if (node.type === 'titleNote') {
      const key = scope + '*'
      t.notes.set(key, {key, def: {type: 'footnoteDefinition', identifier: '*', children: node.children, ...(node.position ? {position: node.position} : {})}})
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
  }
  visit(scopeRoot)
  for (const {identifier, number, definition, citation} of noteTable(scopeRoot).notes) {
    if (citation) continue
    const key = scope + String(number)
    t.numbers.set(scope + identifier, key)
    t.notes.set(key, definition ? {key, def: definition} : {key})
    t.noteOrder.push(key)
  }
}

/** The lines of a note, set once at note size under the text measure. */
export function noteLines(t: Typesetter, key: string): LineElement[] {
  const note = t.notes.get(key)
  if (!note) return []
  if (note.lines) return note.lines
  const target: Element[] = []
  const size = t.geo.noteSize
  const ctx: BlockContext = {indent: 0, width: t.textWidth, size, leading: t.geo.noteLeading, style: 'regular', target, flush: false, inNote: true}
  note.lines = []
  // Notes are set lazily (during pagination): in their own scope, for references and diagnostics.
  const saved = t.scope
  t.scope = noteScope(key)
  try {
    // Read after the element that holds its reference (a note no reference points to: at the end).
    const saved = t.blockTag
    t.blockTag = t.noteParents.get(key) ?? 0
    try {
      t.within('Note', () => setNoteContent(t, note, ctx))
    } finally {
      t.blockTag = saved
    }
  } finally {
    t.scope = saved
  }
  note.lines = target.filter((e): e is LineElement => e.kind === 'line')
  return note.lines
}

/** A note's content: its number (a link back to its reference) before its first paragraph; `[note missing]` when it has none. */
export function setNoteContent(t: Typesetter, note: Note, ctx: BlockContext): void {
  const key = note.key
  const label = noteLabel(key) === '*' ? '*' : `${noteLabel(key)}.`
  // The number is the Note's Lbl (its own element: read first), in footnotes and endnotes alike.
  const lbl = t.structure.open('Lbl', t.blockTag)
  const back = t.linkTo({dest: `ref-${key}`}, lbl)
  ctx.prefix = {label, size: ctx.size, link: back, anchor: `note-${key}`}
  const def = note.def
  if (!def || def.data?.missing || def.children.length === 0) {
    t.paragraph([{type: 'emphasis', children: [{type: 'text', value: `[${t.labels.noteMissing}]`}]}], ctx, def?.position)
    return
  }
  // Re-styled notes (`--restyle-notes`): the formatted text replaces the source's.
  const restyled = def.data?.restyled
  const children: RootContent[] = Array.isArray(restyled) ? [{type: 'paragraph', children: restyled, ...(def.position ? {position: def.position} : {})}] : def.children
  for (const child of children) {
    if ((ctx.prefix as BlockContext['prefix']) !== undefined && child.type !== 'paragraph') t.paragraph([], ctx, child.position)
    t.block(child, ctx)
  }
}

/** Endnotes: a heading and every note of the current scope, in order. */
export function endnotes(t: Typesetter, ctx: BlockContext): void {
  const keys = t.noteOrder.filter((key) => noteScope(key) === t.scope)
  if (keys.length === 0) return
  t.block({type: 'heading', depth: 2, children: [{type: 'text', value: t.labels.notes}]}, ctx)
  const {scale, between} = typography.endnotes
  const noteCtx: BlockContext = {...ctx, size: ctx.size * scale, leading: ctx.leading * scale}
  for (const key of keys) {
    const note = t.notes.get(key)!
    noteCtx.flush = true
    t.within('Note', () => setNoteContent(t, note, noteCtx))
    t.space(noteCtx, ctx.leading * between)
  }
}

/** Notes no reference points to are set at the foot of the last page of text. */
export function unreferencedNotes(t: Typesetter): void {
  const lines = t.body.filter((e): e is LineElement => e.kind === 'line')
  const last = lines[lines.length - 1]
  if (!last) return
  for (const key of t.noteOrder) if (!t.referenced.has(key)) last.refs.push(key)
}

/** The printed number of a note key (`a3/12` → `12`). */
export function noteLabel(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1)
}

export function noteScope(key: string): string {
  return key.slice(0, key.lastIndexOf('/') + 1)
}
