/**
 * What the `octavo review` page shows, made from a prepared article (its
 * notes and works with the corrections applied, and the build's
 * diagnostics), and the previews of a citation being corrected: formatted by
 * citeproc with the article's CSL style, as `octavo build` formats it. No I/O.
 */
import type {PhrasingContent} from 'mdast'
import type {CslItem, Diagnostic} from '@octavo/parser'
import {
  applyCorrections,
  bibliographyNode,
  citationHash,
  CORRECTION_FIELDS,
  LOCATOR_LABELS,
  parseCorrections,
  restyleNotes,
  TYPE_MAP,
  writeCorrection,
  type Correction,
  type NoteRecord
} from '@octavo/citations'
import {formatDiagnostic} from './diagnostics.js'
import type {PreviewRequest, PreviewResult, ReviewKey, ReviewNote, ReviewProposal, ReviewState, ReviewWarning, ReviewWork, Run, SaveRequest} from './review-api.js'
import {least} from '@octavo/tree'

/** The article as the page reviews it. */
export interface ReviewArticle {
  input: string
  corrections: string
  notes: NoteRecord[]
  items: CslItem[]
  diagnostics: Diagnostic[]
  /** The CSL style (XML) and language the previews are formatted with. */
  style: string
  lang?: string | undefined
}

/** A title folded for comparing: lower case, no accents, no punctuation, single spaces. */
function folded(title: unknown): string {
  return typeof title === 'string'
    ? title
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
    : ''
}

/** Two works the page proposes to merge, each rule with an example pair it finds. */
export const DUPLICATE_RULES: ReadonlyArray<{name: string; example: [Partial<CslItem>, Partial<CslItem>]; same: (a: CslItem, b: CslItem) => boolean}> = [
  {
    name: 'the same title (folded), read as two works',
    example: [
      {type: 'chapter', title: 'Yanbian Chaoxianzu zizhizhou zhouzhi', 'container-title': 'An Longzhen'},
      {type: 'manuscript', title: 'Yanbian Chaoxianzu Zizhizhou Zhouzhi'}
    ],
    same: (a, b) => folded(a.title).split(' ').length >= 2 && folded(a.title) === folded(b.title)
  },
  {
    name: 'a short title that begins the other’s, by the same first author',
    example: [
      {type: 'book', title: 'China’s Korean Minority', author: [{family: 'Lee'}]},
      {type: 'book', title: 'China’s Korean minority: the politics of ethnic education', author: [{family: 'Lee', given: 'Chae-Jin'}]}
    ],
    same: (a, b) => {
      const [x, y] = [folded(a.title), folded(b.title)].sort((p, q) => p.length - q.length) as [string, string]
      const family = (item: CslItem) => folded(item.author?.[0]?.family ?? item.author?.[0]?.literal)
      return x.split(' ').length >= 2 && x !== y && y.startsWith(`${x} `) && family(a) !== '' && family(a) === family(b)
    }
  }
]

/** The pairs of works the rules find, each once, in the order of the works. */
export function proposals(items: readonly CslItem[]): ReviewProposal[] {
  const out: ReviewProposal[] = []
  items.forEach((a, i) => {
    for (const b of items.slice(i + 1)) {
      const rule = DUPLICATE_RULES.find((r) => r.same(a, b))
      if (rule) out.push({works: [a.id, b.id], why: rule.name})
    }
  })
  return out
}

/** The key of the `index`th citation of a note: the index only when another citation of the note has the same text. */
function keyOf(note: NoteRecord, index: number): ReviewKey {
  const hash = citationHash(note.citations[index]!.text)
  const twins = note.citations.filter((c) => citationHash(c.text) === hash).length
  return {note: note.note, citation: hash, ...(twins > 1 ? {index} : {})}
}

/** The note a diagnostic is about: as it says (`note`), else as its message begins (`note 26: …`, `note 11, citation …`). */
function noteOf(diagnostic: Diagnostic): number | undefined {
  const said = (diagnostic as {note?: unknown}).note
  if (typeof said === 'number') return said
  const match = /^note (\d+)\b/.exec(diagnostic.message)
  return match ? Number(match[1]) : undefined
}

function warning(article: ReviewArticle, diagnostic: Diagnostic): ReviewWarning {
  const formatted = formatDiagnostic(diagnostic.file ?? article.input, diagnostic)
  const where = formatted.slice(0, formatted.indexOf(`: ${diagnostic.severity}: `))
  const note = noteOf(diagnostic)
  return {severity: diagnostic.severity, message: diagnostic.message, where, ...(note === undefined ? {} : {note})}
}

/** A work's name in a choice: its first name, its title, its type and the note that first cites it. */
function label(item: CslItem, note: number): string {
  const name = item.author?.[0] ?? item.editor?.[0]
  const who = name ? (name.family ?? name.literal ?? '') : ''
  const title = typeof item.title === 'string' ? item.title : typeof item['container-title'] === 'string' ? item['container-title'] : item.id
  return `${[who, title].filter((x) => x !== '').join(', ')} (${item.type}, note ${note})`
}

/** The page's state: every note with its citations and warnings, the works, the proposed merges. */
export function reviewState(article: ReviewArticle): ReviewState {
  const warnings = article.diagnostics.map((d) => warning(article, d))
  const notes: ReviewNote[] = article.notes.map((note) => {
    const citations = note.citations.map((c, i) => ({
      key: keyOf(note, i),
      text: c.text,
      ...(c.start === undefined || c.end === undefined ? {} : {start: c.start, end: c.end}),
      form: c.form,
      locator: c.locator,
      label: c.label,
      ref: c.ref,
      confidence: c.confidence ?? 1
    }))
    return {
      note: note.note,
      text: note.text,
      commentary: note.commentary,
      confidence: least(
        citations.map((c) => c.confidence),
        1
      ),
      citations,
      warnings: warnings.filter((w) => w.note === note.note)
    }
  })
  const numbers = new Set(notes.map((n) => n.note))
  const firsts = new Map<string, ReviewKey>()
  for (const note of article.notes) note.citations.forEach((c, i) => firsts.has(c.ref) || firsts.set(c.ref, keyOf(note, i)))
  const works: ReviewWork[] = article.items
    .filter((item) => firsts.has(item.id))
    .map((item) => ({id: item.id, item: {...item}, label: label(item, firsts.get(item.id)!.note), first: firsts.get(item.id)!}))
  return {
    input: article.input,
    corrections: article.corrections,
    notes,
    works,
    proposals: proposals(article.items.filter((item) => firsts.has(item.id))),
    warnings: warnings.filter((w) => w.note === undefined || !numbers.has(w.note)),
    fields: CORRECTION_FIELDS.map(({field, kind, example}) => ({field, kind, example})),
    types: TYPE_MAP.map((t) => t.csl),
    labels: [...LOCATOR_LABELS]
  }
}

/**
 * A correction from the page as the corrections file reads it: written into
 * an empty file and parsed back, so that the page's values are checked as a
 * hand-written file's are. The problems otherwise.
 */
export function checkedCorrection(request: SaveRequest): {correction: Correction} | {problems: string[]} {
  let text: string
  try {
    text = writeCorrection('', request as Correction)
  } catch (error) {
    return {problems: [(error as Error).message]}
  }
  const parsed = parseCorrections(text)
  if (parsed.diagnostics.length > 0) return {problems: parsed.diagnostics.map((d) => d.message)}
  const correction = parsed.corrections[0]
  return correction ? {correction} : {problems: ['the correction says nothing to do']}
}

/** A citation as the page would see it with `request.set` saved: its note (full, as first cited) and its bibliography entry. */
export function preview(article: ReviewArticle, request: PreviewRequest): PreviewResult | {problems: string[]} {
  if (typeof request?.key?.note !== 'number' || typeof request.key.citation !== 'string' || typeof request.set !== 'object' || request.set === null)
    return {problems: ['a preview is {key: {note, citation, index?}, set: {field: value}}']}
  const checked = Object.keys(request.set).length === 0 ? {correction: undefined} : checkedCorrection({at: request.key, set: request.set})
  if ('problems' in checked) return checked
  const corrected = checked.correction ? applyCorrections({notes: article.notes, items: article.items}, [checked.correction]) : article
  if (corrected.diagnostics.some((d) => d.source === 'citations:corrections')) return {problems: corrected.diagnostics.map((d) => d.message)}
  const note = corrected.notes.find((n) => n.note === request.key.note)
  const citation = note?.citations.find((c, i) => citationHash(c.text) === request.key.citation && (request.key.index === undefined || request.key.index === i))
  const item = citation && corrected.items.find((i) => i.id === citation.ref)
  if (!citation || !item) return {problems: [`note ${request.key.note} has no citation ${request.key.citation}`]}
  const options = {style: article.style, ...(article.lang === undefined ? {} : {lang: article.lang})}
  const [restyled] = restyleNotes([{note: 1, text: citation.text, commentary: false, citations: [{...citation, prefix: null}]}], [item], {...options, edition: 'cmos17'})
  const entry = bibliographyNode([item], options).children[0]
  return {note: runs(restyled?.children ?? []), bibliography: runs(entry?.children ?? [])}
}

/** Formatted phrasing as runs of text: roman, italic, links. */
function runs(children: readonly PhrasingContent[], italic = false, url?: string): Run[] {
  return children.flatMap((child): Run[] => {
    if (child.type === 'text') return [{text: child.value, ...(italic ? {italic} : {}), ...(url === undefined ? {} : {url})}]
    if (child.type === 'emphasis') return runs(child.children, !italic, url)
    if (child.type === 'link') return runs(child.children, italic, child.url)
    return 'children' in child ? runs(child.children as PhrasingContent[], italic, url) : 'value' in child ? [{text: String(child.value)}] : []
  })
}
