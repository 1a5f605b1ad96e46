import type {Root, FootnoteDefinition, FootnoteReference, Parent, Nodes, PhrasingContent} from 'mdast'
import type {Position} from 'unist'
import type {Citation, CslItem, CslName, Diagnostic, NoteCitation, TitleNote} from '@octavo/tree'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {segmentNote} from './notes-reader.js'
import type {CitationReading} from './read-citation.js'
import type {Italics} from './model/features.js'
import type {StoredModel} from './model/store.js'
import type {LabelStore} from './label-store.js'
import {nameEndsWith, WorkRegistry} from './resolve.js'
import {comparable} from './dedupe.js'
import type {NoteRecord} from './notes-json.js'
import type {NoteDiagnostic} from './diagnostics.js'
import {cleanItem} from './export.js'
import {capitalizeFirst, dropFinalPeriod, pandocCite, pandocForm, PandocFormatter, type PandocCite} from './pandoc.js'
import {append, greatest, least, spliceItems} from '@octavo/tree'

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
  /** Another notes model than the shipped one (training, evaluation). */
  model?: StoredModel
  /** The model's labels of notes kept between runs (label-store.ts; of the model used). */
  labels?: LabelStore
}

export interface ProcessCitationsResult {
  tree: Root
  notes: NoteRecord[]
  items: CslItem[]
  diagnostics: Diagnostic[]
}

const SOURCE = 'citations:notes'

/** Whether a reading names a work: a title, a name, a container, an archive, a link. */
function has(item: CitationReading['item']): boolean {
  return ['title', 'author', 'editor', 'container-title', 'collection-title', 'archive', 'archive_location', 'URL', 'DOI'].some((k) => item[k] !== undefined)
}

/** Under this confidence a citation is one an editor should check (`octavo build` says which, once). */
export const LOW_CONFIDENCE = 0.6
/** At most this many notes are named in that warning. */
const LOW_CONFIDENCE_NOTES = 10

/**
 * One warning naming the notes whose citations the reader is least sure of,
 * the least sure first: where an editor should look. Undefined when every
 * citation reaches `LOW_CONFIDENCE`.
 */
export function lowConfidenceWarning(notes: readonly NoteRecord[]): {message: string; note: number} | undefined {
  const doubtful = notes
    .map((n) => ({note: n.note, least: least(n.citations.map((c) => c.confidence ?? 1))}))
    .filter((n) => n.least < LOW_CONFIDENCE)
    .sort((a, b) => a.least - b.least || a.note - b.note)
  if (doubtful.length === 0) return undefined
  const named = doubtful.slice(0, LOW_CONFIDENCE_NOTES)
  const more = doubtful.length - named.length
  const list = named.map((n) => `${n.note} (${n.least.toFixed(2)})`).join(', ')
  return {message: `citations read with low confidence in note${doubtful.length > 1 ? 's' : ''} ${list}${more > 0 ? ` and ${more} more` : ''}: check them`, note: named[0]!.note}
}

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
 * Where a note's italic runs and links are in its text (the text being its
 * paragraphs' `mdast-util-to-string`, joined by a blank line): the same walk,
 * counting lengths. Nothing when the count does not come out at `text`.
 */
function noteLayout(def: FootnoteDefinition, text: string): {italics: Italics; links: Array<{start: number; end: number; url: string}>} {
  const italics: Array<[number, number]> = []
  const links: Array<{start: number; end: number; url: string}> = []
  let offset = 0
  const walk = (node: Nodes): void => {
    const start = offset
    if ('value' in node && typeof node.value === 'string') offset += node.value.length
    else if (node.type === 'image' && node.alt) offset += node.alt.length
    else if ('children' in node) for (const child of node.children) walk(child as Nodes)
    if (node.type === 'emphasis' && offset > start) italics.push([start, offset])
    if (node.type === 'link' && /^(?:https?:|www\.)/i.test(node.url)) links.push({start, end: offset, url: node.url})
  }
  def.children.forEach((child, i) => {
    if (i > 0) offset += 2
    walk(child as Nodes)
  })
  return offset === text.length ? {italics, links} : {italics: [], links: []}
}

/**
 * The bibliography's items that a Pandoc citation of the tree cites, in the
 * bibliography's order: citeproc registers only these, as Pandoc does, so an
 * uncited entry costs nothing (a bibliography of 10,000 entries with 2 cited
 * took 6 s) and never makes a cited one ambiguous.
 */
function citedItems(tree: Root, bibliography: ReadonlyMap<string, CslItem>): CslItem[] {
  const keys = new Set<string>()
  visit(tree, 'citation', (node: Citation) => {
    for (const item of node.items) keys.add(item.key)
  })
  return [...bibliography.values()].filter((item) => keys.has(item.id))
}

/**
 * The work a `wie Anm. 5` / `supra note 5` points to among those of that
 * note: the one by the names written; of two by the author (`ders.:
 * Kanalisierung (wie Anm. 5)`), the one its short title names.
 */
function workOfNote(p: CitationReading, works: readonly CslItem[], registry: WorkRegistry): CslItem | undefined {
  const families = p.shortNames.map(comparable)
  const written = (n: CslName) => comparable([n.given, n.family, n.literal].filter((x) => x).join(' '))
  const named = works.filter((i) => families.length === 0 || (i.author ?? i.editor ?? []).some((n) => families.some((f) => nameEndsWith(written(n), f))))
  return (named.length > 1 && p.shortTitle !== '' ? registry.matchShort(p, named) : undefined) ?? named[0]
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
  let after = greatest(written.map((w) => w.number), 0)
  const cited = bodyCitations.map(({node, parent}) => ({node, parent, number: node.data?.noteNumber ?? ++after}))
  const numbered: Array<{def: FootnoteDefinition; number: number} | {node: Citation; parent: Parent; number: number}> = [...written, ...cited]
  numbered.sort((a, b) => a.number - b.number)
  const formatter = new PandocFormatter(citedItems(tree, bibliography), options.style === undefined ? undefined : {style: options.style, ...(options.lang === undefined ? {} : {lang: options.lang}), diagnostics})
  const ibid = options.ibid ?? true
  const identifiers = new Set(defs.map((def) => def.identifier))
  const generated: FootnoteDefinition[] = []

  const notes: NoteRecord[] = []
  let previous: NoteCitation[] = []
  // Whether the source marks italics at all (Markdown emphasis in some note): plain text does not, and then no run is known to be roman either.
  const marksItalics = defs.some((def) => {
    let found = false
    visit(def, 'emphasis', () => {
      found = true
      return false
    })
    return found
  })
  let lastRef: string | undefined
  /** Works mentioned so far (by `ref`), in notes before this one or earlier in it. */
  const seen = new Set<string>()
  /** The works each note cites (`supra note 12`). */
  const refsByNote = new Map<number, string[]>()

  /**
   * The item a citation stands for, and its locator: `Ibid.` the work cited
   * just before, a short form (`Lee, Minority, p. 9`; `Müller, a.a.O.`;
   * `Smith, supra note 12`) an earlier work, `Id.`/`ders.` the author cited
   * just before; a full citation its own work (the same work keeps one item).
   */
  const resolve = (p: CitationReading, written: string, number: number, first: boolean, here: readonly NoteCitation[], position: Position | undefined): {item: CslItem; locator: string | null} | undefined => {
    const lastItem = () => {
      const ref = here.length > 0 ? here[here.length - 1]!.ref : lastRef
      return ref === undefined ? undefined : registry.get(ref)
    }
    if (p.backref?.kind === 'idem') {
      // `Id.`, `ders.`: the names of the work cited just before.
      const names = lastItem()?.author ?? lastItem()?.editor
      if (names && p.item.author === undefined) {
        p.item.author = names
        p.shortNames = names.map((n) => [n.given, n.family, n.literal].filter((x) => x).join(' ')).filter((n) => n !== '')
      }
      if (!p.shortTitle && p.form !== 'full') return ibidOf()
    }
    if (p.form === 'ibid') return ibidOf()
    if (p.form === 'short') {
      const item = shortOf()
      return item ? {item, locator: p.locator} : undefined
    }
    if (!has(p.item)) {
      // Nothing names a work (`p. 5` read alone): no item is made of it.
      warn(`note ${number}: “${written}” names no work; not read as a citation`, position)
      return undefined
    }
    const known = registry.items.length
    const item = registry.add(p)
    // A work cited again in full with other pages (`pp. 137–138` of an article on 137–142): those pages are the pinpoint.
    if (registry.items.length === known && p.locator === null && typeof p.item.page === 'string' && p.item.page !== item.page) return {item, locator: p.item.page}
    return {item, locator: p.locator}

    function ibidOf(): {item: CslItem; locator: string | null} | undefined {
      if (first && previous.length !== 1 && here.length === 0) {
        warn(
          previous.length === 0
            ? `note ${number}: Ibid. follows a note without a citation`
            : `note ${number}: Ibid. follows a note with ${previous.length} sources; taken as the last one`,
          position,
          'warning',
          {kind: previous.length === 0 ? 'ibid-after-none' : 'ibid-after-several', note: number, citation: written}
        )
      }
      const item = lastItem()
      if (!item) {
        warn(`note ${number}: Ibid. with nothing before it`, position)
        return undefined
      }
      return {item, locator: p.locator}
    }

    function shortOf(): CslItem | undefined {
      if (p.backref?.kind === 'supra' && p.backref.note !== undefined) {
        const pick = workOfNote(p, (refsByNote.get(p.backref.note) ?? []).map((r) => registry.get(r)!), registry)
        if (pick) return pick
      }
      const found = registry.findShort(p)
      if (found) return found
      if (p.shortTitle === '' && p.backref === undefined) {
        // `Smith, p. 7` with no Smith before: nothing identifies a work.
        warn(`note ${number}: short form “${written}” names no earlier work; not read as a citation`, position)
        return undefined
      }
      warn(`note ${number}: short form “${written}” has no earlier full citation`, position, 'warning', {kind: 'short-without-full', note: number, citation: written})
      return registry.add(p)
    }
  }

  /** A diagnostic; `about`: its kind, note and citation, for those a program acts on (diagnostics.ts). */
  const warn = (message: string, position: Position | undefined, severity: Diagnostic['severity'] = 'warning', about?: Pick<NoteDiagnostic, 'kind' | 'note' | 'citation'>): void => {
    diagnostics.push({severity, message, position, source: SOURCE, ...about})
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
      spliceItems(parent.children as never[], index, 1, [...((author ?? []) as never[]), reference as never])
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
    const layout = noteLayout(def, text)
    const seg = segmentNote(masked, {...(marksItalics ? {italics: layout.italics} : {}), links: layout.links, known: (p) => registry.matchShort(p) !== undefined, ...(options.model ? {model: options.model} : {}), ...(options.labels ? {labels: options.labels} : {})})
    for (const w of seg.warnings) warn(`note ${number}: ${w}`, def.position)
    let first = true
    for (const s of seg.segments) {
      const p = s.parsed
      const resolved = resolve(p, s.text, number, first, citations, def.position)
      first = false
      if (!resolved) continue
      const {item, locator} = resolved
      citations.push({ref: item.id, form: p.form, text: s.text, locator, label: p.label, prefix: s.prefix, start: s.start, end: s.end, confidence: Math.round(p.confidence * 1000) / 1000})
      lastRef = item.id
    }
    citations.sort((a, b) => (a.start ?? 0) - (b.start ?? 0))
    data.citations = citations
    data.commentary = seg.commentary
    if (text.trim() && citations.length === 0 && !seg.commentary) data.commentary = true
    for (const c of citations) seen.add(c.ref)
    notes.push({note: number, text, commentary: data.commentary, citations})
    refsByNote.set(number, citations.map((c) => c.ref))
    previous = citations
  }

  // The generated notes join the written ones at the end of the root, in number order.
  if (generated.length > 0) {
    const definitions = tree.children.filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition')
    const rest = tree.children.filter((node) => node.type !== 'footnoteDefinition')
    tree.children = [...rest, ...[...definitions, ...generated].sort((a, b) => (a.data?.number ?? 0) - (b.data?.number ?? 0))]
  }

  const doubtful = lowConfidenceWarning(notes)
  if (doubtful) warn(doubtful.message, defs.find((d) => d.data?.number === doubtful.note)?.position, 'warning', {kind: 'low-confidence', note: doubtful.note})
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
            append(parts, tail.children as PhrasingContent[])
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
