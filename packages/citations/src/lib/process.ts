import type {Root, FootnoteDefinition, FootnoteReference, Parent, Nodes, PhrasingContent} from 'mdast'
import type {Position} from 'unist'
import type {Citation, CslItem, Diagnostic, NoteCitation, TitleNote} from '@octavo/parser'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {segmentNote} from './segment.js'
import {WorkRegistry} from './resolve.js'
import type {NoteRecord} from './notes-json.js'
import {cleanItem} from './export.js'
import {capitalizeFirst, dropFinalPeriod, pandocCite, pandocForm, PandocFormatter, type PandocCite} from './pandoc.js'

export interface ProcessCitationsOptions {
  /** Items for Pandoc citations (`[@key, p. 5]`), from the article's bibliography file(s). */
  bibliography?: CslItem[]
  /**
   * The CSL style (XML) that formats Pandoc citations as notes (first mention
   * full, later short, Ibid.). Without it they are kept as written.
   */
  style?: string
  /** A CSL locale for the formatted citations; default `en-US`. */
  lang?: string
  /** Whether a repeated citation may be "Ibid." (CMOS 17, the default); false: the short form (CMOS 18). */
  ibid?: boolean
}

export interface ProcessCitationsResult {
  tree: Root
  notes: NoteRecord[]
  items: CslItem[]
  diagnostics: Diagnostic[]
}

const SOURCE = 'citations:notes'

/**
 * A note made of a citation goes after the punctuation that follows it, and
 * the space before it goes, as Pandoc does for a notes style (`a claim
 * [@x].` → `a claim.¹`).
 */
function afterPunctuation(children: PhrasingContent[], reference: FootnoteReference): void {
  const index = children.indexOf(reference)
  const before = children[index - 1]
  if (before?.type === 'text') {
    const trimmed = before.value.replace(/\s+$/, '')
    const cut = before.value.length - trimmed.length
    if (cut > 0 && trimmed !== '') {
      before.value = trimmed
      const end = before.position?.end
      const start = before.position?.start
      if (start && end) {
        // Where the text now ends, counted from where it starts.
        const lines = trimmed.split('\n')
        const column = lines.length === 1 ? start.column + trimmed.length : lines.at(-1)!.length + 1
        before.position = {start, end: {line: start.line + lines.length - 1, column, ...(end.offset === undefined ? {} : {offset: end.offset - cut})}}
      }
    }
  }
  const next = children[index + 1]
  const mark = next?.type === 'text' ? /^[.,;:!?]+/.exec(next.value) : null
  if (!next || next.type !== 'text' || !mark) return
  const length = mark[0].length
  const at = next.position?.start
  const moved: PhrasingContent = {type: 'text', value: mark[0]}
  if (at) {
    const shifted = {line: at.line, column: at.column + length, ...(at.offset === undefined ? {} : {offset: at.offset + length})}
    moved.position = {start: at, end: shifted}
    next.position = {start: shifted, end: next.position!.end}
  }
  next.value = next.value.slice(length)
  if (next.value === '') children.splice(index + 1, 1)
  // Joined to the text before it, so that it sets as one word with it; its
  // position then runs to the punctuation (over the citation's source).
  if (before?.type === 'text') {
    before.value += mark[0]
    if (before.position && moved.position) before.position = {start: before.position.start, end: moved.position.end}
  } else children.splice(index, 0, moved)
}

function noteText(def: FootnoteDefinition | TitleNote): string {
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
 *
 * Pandoc citations, as Pandoc's citeproc treats them in a notes style: one in
 * the body becomes a note of its own, numbered as the parser said
 * (`citation.data.noteNumber`, in reading order with the written notes): a
 * `footnoteReference` where the citation was and a generated
 * `footnoteDefinition` (`data.generated`) holding the citation formatted with
 * `options.style` (full, short or Ibid. by position; written notes count as
 * earlier mentions when their citations resolve to the same item). One inside
 * a written note is replaced there by its formatted text.
 */
export function processCitations(tree: Root, options: ProcessCitationsOptions = {}): ProcessCitationsResult {
  const diagnostics: Diagnostic[] = []
  const registry = new WorkRegistry()
  const bibliography = new Map<string, CslItem>()
  // Clean copies: citation-js's internals (`_graph`) are no CSL-JSON for citations.json.
  for (const item of options.bibliography ?? []) if (item && typeof item.id === 'string') bibliography.set(item.id, cleanItem(item))

  // Footnote definitions and Pandoc citations in the body (each a note of its own), in number order.
  const defs: FootnoteDefinition[] = []
  const titleNotes: TitleNote[] = []
  const bodyCitations: Array<{node: Citation; parent: Parent}> = []
  visit(tree, (node: Nodes, _index, parent: Parent | undefined) => {
    if (node.type === 'footnoteDefinition' || node.type === 'titleNote') {
      if (node.type === 'footnoteDefinition') defs.push(node)
      else titleNotes.push(node)
      return 'skip'
    }
    if (node.type === 'citation' && parent) bodyCitations.push({node, parent})
    return undefined
  })
  const written = defs.map((def, i) => ({def, number: def.data?.number ?? i + 1}))
  // A citation the parser did not number (a tree made elsewhere) comes after the written notes.
  let after = Math.max(0, ...written.map((w) => w.number))
  const cited = bodyCitations.map(({node, parent}) => ({node, parent, number: node.data?.noteNumber ?? ++after}))
  const numbered: Array<{def: FootnoteDefinition; number: number} | {node: Citation; parent: Parent; number: number}> = [...written, ...cited]
  numbered.sort((a, b) => a.number - b.number)
  const formatter = new PandocFormatter([...bibliography.values()], options.style === undefined ? undefined : {style: options.style, ...(options.lang === undefined ? {} : {lang: options.lang}), diagnostics})
  const ibid = options.ibid ?? true
  const identifiers = new Set(defs.map((def) => def.identifier))
  const generated: FootnoteDefinition[] = []

  const notes: NoteRecord[] = []
  let previous: NoteCitation[] = []
  let lastRef: string | undefined
  /** Works mentioned so far (by `ref`), in notes before this one or earlier in it. */
  const seen = new Set<string>()

  const warn = (message: string, position: Position | undefined, severity: Diagnostic['severity'] = 'warning'): void => {
    diagnostics.push({severity, message, position, source: SOURCE})
  }

  /**
   * A Pandoc citation (`[see @key, p. 5]`) resolved and formatted: its cites
   * (full at first mention, Ibid. or short later), its formatted text (the
   * citation as written when there is no style), and each cite's span in it.
   * `index` counts the citations of the note before it.
   */
  const pandoc = (node: Citation, index: number) => {
    const cites: PandocCite[] = []
    for (const ci of node.items) {
      const item = bibliography.get(ci.key)
      if (!item) {
        warn(`unknown citation key @${ci.key}`, node.position, 'error')
        continue
      }
      registry.addGiven(item)
      const form = pandocForm(item.id, ci.locator ?? null, index + cites.length, seen, previous, ibid)
      seen.add(item.id)
      cites.push(pandocCite(ci, item.id, form))
      lastRef = item.id
    }
    const formatted = formatter.cluster(cites)
    const children: PhrasingContent[] = formatted?.children ?? [{type: 'text', value: node.value}]
    const text = formatted?.text ?? node.value
    const citations = cites.map((cite, i): NoteCitation => {
      const span = formatted?.spans[i] ?? {start: 0, end: text.length}
      return {ref: cite.ref, form: cite.form, text: text.slice(span.start, span.end), locator: cite.locator, label: cite.label, prefix: cite.prefix, start: span.start, end: span.end}
    })
    return {cites, children, text, citations, formatted: formatted !== undefined}
  }

  /** A body citation becomes note `number`: a reference in its place, a generated definition. */
  const generate = (node: Citation, parent: Parent, number: number): void => {
    const {cites, children, citations, formatted} = pandoc(node, 0)
    if (formatted) capitalizeFirst(children)
    const noteText = toString({type: 'paragraph', children})
    let identifier = `cite-${number}`
    for (let n = 2; identifiers.has(identifier); n++) identifier = `cite-${number}-${n}`
    identifiers.add(identifier)
    const position = node.position
    const reference: FootnoteReference = {type: 'footnoteReference', identifier, label: identifier, data: {number}, ...(position ? {position} : {})}
    // `@key says`: the author's name stays in the text, the note follows it.
    const first = cites[0]
    const author = node.items[0]?.authorInText && first && formatted ? formatter.author(first) : undefined
    if (author && position) for (const child of author) child.position = position
    const index = parent.children.indexOf(node as never)
    if (index !== -1) {
      parent.children.splice(index, 1, ...((author ?? []) as never[]), reference as never)
      if (!author) afterPunctuation(parent.children as PhrasingContent[], reference)
    }
    // Capitalising changes no length: the spans hold in the note's text.
    const noteCitations = citations.map((c) => ({...c, text: noteText.slice(c.start, c.end)}))
    const definition: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier,
      label: identifier,
      children: [{type: 'paragraph', children, ...(position ? {position} : {})}],
      data: {number, generated: true, citations: noteCitations, commentary: false},
      ...(position ? {position} : {})
    }
    generated.push(definition)
    notes.push({note: number, text: noteText, commentary: false, citations: noteCitations})
    previous = noteCitations
  }

  // The acknowledgment note on the title comes first and has no number: its citations are formatted in place.
  for (const note of titleNotes) {
    const nodes: Citation[] = []
    visit(note, 'citation', (node: Citation) => {
      nodes.push(node)
    })
    const citations: NoteCitation[] = []
    inNote(note, nodes, citations)
    previous = []
  }

  for (const entry of numbered) {
    if ('node' in entry) {
      generate(entry.node, entry.parent, entry.number)
      continue
    }
    const {def, number} = entry
    const data = (def.data ??= {})
    if (data.generated && data.citations) {
      // A note made from a citation by an earlier run: kept as it is.
      for (const c of data.citations) {
        const item = bibliography.get(c.ref)
        if (item) registry.addGiven(item)
        seen.add(c.ref)
      }
      notes.push({note: number, text: noteText(def), commentary: false, citations: data.citations})
      previous = data.citations
      continue
    }
    if (data.missing) {
      data.citations = []
      data.commentary = false
      notes.push({note: number, text: '', commentary: false, citations: []})
      previous = []
      continue
    }
    const citations: NoteCitation[] = []
    // Pandoc citations written inside the note: formatted in place; the note is read around them.
    const parts = noteParts(def)
    const text = inNote(def, parts.citations, citations)
    let masked = text
    for (const c of citations) masked = masked.slice(0, c.start) + ' '.repeat((c.end ?? 0) - (c.start ?? 0)) + masked.slice(c.end)
    const seg = segmentNote(masked, {italics: parts.italics})
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
    citations.sort((a, b) => (a.start ?? 0) - (b.start ?? 0))
    data.citations = citations
    data.commentary = seg.commentary
    if (text.trim() && citations.length === 0 && !seg.commentary) data.commentary = true
    for (const c of citations) seen.add(c.ref)
    notes.push({note: number, text, commentary: data.commentary, citations})
    previous = citations
  }

  // The generated notes join the written ones at the end of the root, in number order.
  if (generated.length > 0) {
    const definitions = tree.children.filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition')
    const rest = tree.children.filter((node) => node.type !== 'footnoteDefinition')
    tree.children = [...rest, ...[...definitions, ...generated].sort((a, b) => (a.data?.number ?? 0) - (b.data?.number ?? 0))]
  }

  return {tree, notes, items: registry.items, diagnostics}

  /**
   * Replace the Pandoc citations of a written note by their formatted text
   * and push their citations (offsets in the note's text); the note's text.
   */
  function inNote(def: FootnoteDefinition | TitleNote, nodes: readonly Citation[], out: NoteCitation[]): string {
    if (nodes.length === 0) return noteText(def)
    // Each citation stands as a marker first, so that its place in the note's text is known.
    const formatted = new Map<Citation, ReturnType<typeof pandoc>>()
    const marker = (i: number) => `\u{F0000}${i}\u{F0001}`
    const swap = (parent: Parent, replace: (node: Citation, i: number) => PhrasingContent[]) => {
      parent.children = parent.children.flatMap((child) => {
        const i = child.type === 'citation' ? nodes.indexOf(child) : -1
        if (child.type === 'citation' && i !== -1) return replace(child, i) as never[]
        if ('children' in child) swap(child, replace)
        return [child]
      }) as typeof parent.children
    }
    nodes.forEach((node) => formatted.set(node, pandoc(node, out.length + [...formatted.values()].reduce((n, f) => n + f.cites.length, 0))))
    swap(def, (node, i) => [{type: 'text', value: marker(i)}])
    const withMarkers = noteText(def)
    let text = ''
    let last = 0
    const pieces: PhrasingContent[][] = []
    for (const match of withMarkers.matchAll(/\u{F0000}(\d+)\u{F0001}/gu)) {
      const i = Number(match[1])
      const f = formatted.get(nodes[i]!)!
      text += withMarkers.slice(last, match.index)
      last = match.index + match[0].length
      const children = f.children
      if (f.formatted) {
        if (text.trim() === '') capitalizeFirst(children)
        if (/^[.,;:!?]/.test(withMarkers.slice(last))) dropFinalPeriod(children)
      }
      const plain = toString({type: 'paragraph', children})
      const start = text.length
      for (const c of f.citations) {
        const cut = Math.min(c.end ?? plain.length, plain.length)
        out.push({...c, text: plain.slice(c.start ?? 0, cut), start: start + (c.start ?? 0), end: start + cut})
      }
      text += plain
      pieces[i] = children
    }
    text += withMarkers.slice(last)
    // The markers become the formatted citations.
    const restore = (parent: Parent) => {
      parent.children = parent.children.flatMap((child) => {
        const match = child.type === 'text' ? /\u{F0000}(\d+)\u{F0001}/u.exec(child.value) : null
        if (child.type === 'text' && match) {
          const before = child.value.slice(0, match.index)
          const rest = child.value.slice(match.index + match[0].length)
          const piece = pieces[Number(match[1])] ?? []
          const parts: PhrasingContent[] = [...(before ? [{...child, value: before}] : []), ...piece]
          if (rest) {
            const tail: Parent = {type: 'paragraph', children: [{...child, value: rest}]}
            restore(tail)
            parts.push(...(tail.children as PhrasingContent[]))
          }
          return parts as never[]
        }
        if ('children' in child) restore(child)
        return [child]
      }) as typeof parent.children
    }
    restore(def)
    return text
  }
}
