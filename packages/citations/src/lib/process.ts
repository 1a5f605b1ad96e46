import type {Root, FootnoteDefinition, Parent, Nodes} from 'mdast'
import type {Position} from 'unist'
import type {Citation, CslItem, Diagnostic, NoteCitation} from '@octavo/parser'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {segmentNote} from './segment.js'
import {WorkRegistry} from './resolve.js'
import type {NoteRecord} from './notes-json.js'

export interface ProcessCitationsOptions {
  /** Items for Pandoc citations (`[@key, p. 5]`), from the article's bibliography file(s). */
  bibliography?: CslItem[]
  /** The CSL style (XML); used by the bibliography formatter, not by the note reader. */
  style?: string
}

export interface ProcessCitationsResult {
  tree: Root
  notes: NoteRecord[]
  items: CslItem[]
  diagnostics: Diagnostic[]
}

const SOURCE = 'citations:notes'

function noteText(def: FootnoteDefinition): string {
  return def.children.map((child) => toString(child)).join('\n\n')
}

/**
 * One walk over a note: its italic runs (`*Title*`, in Markdown the titles of
 * books and journals) and its Pandoc citations.
 */
function noteParts(def: FootnoteDefinition): {italics: string[]; citations: Citation[]} {
  const italics: string[] = []
  const citations: Citation[] = []
  const walk = (node: Nodes): void => {
    if (node.type === 'emphasis') {
      const t = toString(node).replace(/\s+/g, ' ').trim().replace(/[\s,.:;]+$/u, '')
      if (t.length >= 3) italics.push(t)
    } else if (node.type === 'citation') citations.push(node)
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(def)
  return {italics, citations}
}

/**
 * Read every footnote into citations (a tree → tree step): segment, parse,
 * resolve `Ibid.` and short forms, deduplicate works. Sets
 * `data.citations` and `data.commentary` on each `footnoteDefinition` and
 * returns the `citations.json` records. Never throws on bad input.
 */
export function processCitations(tree: Root, options: ProcessCitationsOptions = {}): ProcessCitationsResult {
  const diagnostics: Diagnostic[] = []
  const registry = new WorkRegistry()
  const bibliography = new Map<string, CslItem>()
  for (const item of options.bibliography ?? []) if (item && typeof item.id === 'string') bibliography.set(item.id, item)

  // Footnote definitions in number order; Pandoc citations in the body become generated notes.
  const defs: FootnoteDefinition[] = []
  const bodyCitations: Citation[] = []
  visit(tree, (node: Nodes, _index, parent: Parent | undefined) => {
    if (node.type === 'footnoteDefinition') {
      defs.push(node)
      return 'skip'
    }
    if (node.type === 'citation' && parent?.type !== 'footnoteDefinition') bodyCitations.push(node)
    return undefined
  })
  const numbered = defs.map((def, i) => ({def, number: def.data?.number ?? i + 1}))
  numbered.sort((a, b) => a.number - b.number)

  const notes: NoteRecord[] = []
  let previous: NoteCitation[] = []
  let lastRef: string | undefined
  const seenKeys = new Set<string>()

  const warn = (message: string, position: Position | undefined, severity: Diagnostic['severity'] = 'warning'): void => {
    diagnostics.push({severity, message, position, source: SOURCE})
  }

  /** Pandoc citations (`[@key, p. 5]`): full at first mention, ibid when repeating the one before, else short. */
  const pandoc = (node: Citation): NoteCitation[] => {
    const out: NoteCitation[] = []
    for (const ci of node.items) {
      const item = bibliography.get(ci.key)
      if (!item) {
        warn(`unknown citation key @${ci.key}`, node.position, 'error')
        continue
      }
      registry.addGiven(item)
      const form: NoteCitation['form'] = !seenKeys.has(ci.key) ? 'full' : lastRef === ci.key && previous.length <= 1 ? 'ibid' : 'short'
      seenKeys.add(ci.key)
      out.push({ref: item.id, form, text: node.value, locator: ci.locator ?? null, label: ci.label ?? 'page', prefix: ci.prefix ?? null})
      lastRef = ci.key
    }
    return out
  }

  for (const {def, number} of numbered) {
    const data = (def.data ??= {})
    if (data.missing) {
      data.citations = []
      data.commentary = false
      notes.push({note: number, text: '', commentary: false, citations: []})
      previous = []
      continue
    }
    const text = noteText(def)
    const citations: NoteCitation[] = []
    // Pandoc citations written inside the note.
    const parts = noteParts(def)
    for (const node of parts.citations) citations.push(...pandoc(node))
    const seg = segmentNote(text, {italics: parts.italics})
    for (const w of seg.warnings) warn(`note ${number}: ${w}`, def.position)
    let first = true
    for (const s of seg.segments) {
      const p = s.parsed
      let item: CslItem | undefined
      if (p.form === 'ibid') {
        if (first && previous.length !== 1) {
          warn(
            previous.length === 0
              ? `note ${number}: Ibid. follows a note without a citation`
              : `note ${number}: Ibid. follows a note with ${previous.length} sources; taken as the last one`,
            def.position
          )
        }
        const ref = citations.length > 0 ? citations[citations.length - 1]!.ref : lastRef
        item = ref === undefined ? undefined : registry.get(ref)
        if (!item) {
          warn(`note ${number}: Ibid. with nothing before it`, def.position)
          first = false
          continue
        }
      } else if (p.form === 'short') {
        item = registry.findShort(p)
        if (!item && p.shortTitle === '') {
          // `Smith, p. 7` with no Smith before: nothing identifies a work.
          warn(`note ${number}: short form “${s.text}” names no earlier work; not read as a citation`, def.position)
          first = false
          continue
        }
        if (!item) {
          warn(`note ${number}: short form “${s.text}” has no earlier full citation`, def.position)
          item = registry.add(p)
        }
      } else {
        const known = registry.items.length
        item = registry.add(p)
        // A work cited again in full with other pages (`pp. 137–138` of an article on 137–142): those pages are the pinpoint.
        if (registry.items.length === known && p.locator === null && typeof p.item.page === 'string' && p.item.page !== item.page) {
          citations.push({ref: item.id, form: p.form, text: s.text, locator: p.item.page, label: p.label, prefix: s.prefix, start: s.start, end: s.end})
          lastRef = item.id
          first = false
          continue
        }
      }
      citations.push({ref: item.id, form: p.form, text: s.text, locator: p.locator, label: p.label, prefix: s.prefix, start: s.start, end: s.end})
      lastRef = item.id
      first = false
    }
    data.citations = citations
    data.commentary = seg.commentary
    if (text.trim() && citations.length === 0 && !seg.commentary) data.commentary = true
    notes.push({note: number, text, commentary: data.commentary, citations})
    previous = citations
  }

  // Pandoc citations in the body: one generated note each, numbered after the written notes.
  let next = numbered.length > 0 ? numbered[numbered.length - 1]!.number + 1 : 1
  for (const node of bodyCitations) {
    const citations = pandoc(node)
    node.data = {...node.data, noteNumber: next}
    notes.push({note: next, text: node.value, commentary: false, citations})
    previous = citations
    next++
  }

  return {tree, notes, items: registry.items, diagnostics}
}
