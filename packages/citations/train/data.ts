/**
 * The training data of the notes model: labeled notes and references from
 * ../shared/data (permissive sets only for training; the copyleft ones for
 * evaluation) and the synthetic notes, read into one record format, then into
 * token sequences with one label per token.
 */
import {alternation} from '../src/lib/alternation.js'
import {ROLE_MARKS, roleMarksWritten} from '../src/lib/lexicon.js'
import {readFileSync} from 'node:fs'
import {FIELD_LABELS, type FieldLabel} from '../src/lib/model/labels.js'
import {beginLabel, insideLabel} from '../src/lib/model/model.js'
import {tokenize, type Token} from '../src/lib/model/tokens.js'
import {chicagoLike} from '../bench/anystyle-score.mjs'

export type Span = [number, number, string]

export interface LabeledCitation {
  start: number
  end: number
  labels: Span[]
  form?: string
  /** The source's CSL fields (kept for the scorer). */
  fields?: Record<string, unknown>
}

export interface LabeledRecord {
  id: string
  source: string
  doc: string
  lang: string
  kind: string
  text: string
  italics?: Array<[number, number]>
  citations: LabeledCitation[]
  /** An AnyStyle reference of the Chicago-like measure (bench/anystyle.mjs): never trained on. */
  heldForBench?: boolean
}

export const SHARED = new URL('../../../../shared/', import.meta.url)

function readJsonl<T>(url: URL): T[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T)
}

/** Source labels → the model's fields; a label not named here is `other`. */
export const LABEL_MAP: Readonly<Record<string, FieldLabel>> = {
  // AnyStyle
  date: 'issued',
  pages: 'page',
  journal: 'container-title',
  location: 'publisher-place',
  url: 'URL',
  doi: 'DOI',
  director: 'author',
  producer: 'author',
  // LinkedBooks
  abbreviation: 'abbrev',
  box: 'archive_location',
  filza: 'archive_location',
  registry: 'archive_location',
  folder: 'archive_location',
  foliation: 'archive_location',
  cartulation: 'archive_location',
  attachment: 'archive_location',
  column: 'page',
  'publicationnumber-year': 'volume',
  // OpenEdition, GROBID
  'title-short': 'title',
  distributor: 'publisher',
  'event-title': 'container-title',
  // synthetic
  locator: 'page'
}

export function fieldFor(label: string): FieldLabel {
  if ((FIELD_LABELS as readonly string[]).includes(label)) return label as FieldLabel
  return LABEL_MAP[label] ?? 'other'
}

/** AnyStyle's records: the text is its segments joined by spaces; one citation spans it. */
export function loadAnystyle(file: string): LabeledRecord[] {
  type Raw = {id: string; text: string; fields: Record<string, string>; segments: Array<[string, string]>; source: string}
  return readJsonl<Raw>(new URL(`data/anystyle-gold/${file}`, SHARED)).map((r) => {
    const labels: Span[] = []
    let at = 0
    for (const [label, text] of r.segments) {
      labels.push([at, at + text.length, label])
      at += text.length + 1
    }
    const held = chicagoLike(r)
    return {
      id: `anystyle:${r.id}`,
      source: 'anystyle',
      doc: `anystyle:${r.id}`,
      lang: 'und',
      kind: 'reference',
      text: r.text,
      citations: [{start: 0, end: r.text.length, labels}],
      ...(held ? {heldForBench: true} : {})
    }
  })
}

/** A file of ../shared/data/footnotes (README there). */
export function loadFootnotes(file: string): LabeledRecord[] {
  type Raw = LabeledRecord
  return readJsonl<Raw>(new URL(`data/footnotes/${file}`, SHARED)).map((r) => ({
    id: r.id,
    source: r.source,
    doc: `${r.source}:${r.doc}`,
    lang: r.lang,
    kind: r.kind,
    text: r.text,
    citations: r.citations.map((c) => ({start: c.start, end: c.end, labels: c.labels, ...(c.fields ? {fields: c.fields as Record<string, unknown>} : {})}))
  }))
}

const SEPARATOR = /^\s*(?:,|;|and|und|e|et|&|y|-|–)?\s*$/u

/** A title's last part after a comma that is one place name, dates after it (`, Bologna` before `1981`). */
const PLACE_TAIL = /,\s+(\p{Lu}[\p{Ll}'’]+(?:[-–]\p{Lu}[\p{Ll}'’]+)?)\s*$/u

/**
 * Some LinkedBooks annotators label the place of publication as part of the
 * title when no publisher stands between them (`U. Tucci, La psicologia del
 * mercante veneziano, Bologna 1981`: title `…veneziano, Bologna`), most do not
 * (`Ugo Foscolo, Epistolario, Firenze, Le Monnier, 1949`): for training, the
 * place is the place, so that the model does not learn to read places into
 * titles. Only the labels change; the gold fields, which the scorer reads, stay.
 */
export function placeOutOfTitle(text: string, labels: readonly Span[]): Span[] {
  if (labels.some(([, , label]) => label === 'publisher-place')) return [...labels]
  const out: Span[] = []
  for (const [i, [start, end, label]] of labels.entries()) {
    const next = labels[i + 1]
    const m = label === 'title' && next?.[2] === 'issued' && /^\s*$/u.test(text.slice(end, next[0])) ? PLACE_TAIL.exec(text.slice(start, end)) : null
    if (!m) {
      out.push([start, end, label])
      continue
    }
    const place = start + m.index + m[0].indexOf(m[1]!)
    out.push([start, start + m.index + 1, label], [place, end, 'publisher-place'])
  }
  return out
}

/**
 * An editor's marks in LinkedBooks: after the names, lexicon.ts ROLE_MARKS's
 * (`(ed.)`, `(dir.)`, `a cura di`) and `a cura d'`, `ed. by`; before them
 * also `edited by`, `hrsg. von`, `a c. di`, `cur.`.
 */
const EDITOR_AFTER: readonly string[] = [...ROLE_MARKS.flatMap((r) => (r.role === 'editor' ? roleMarksWritten(r.lang, r.role) : [])), "a cura d'", 'ed. by']
const EDITOR_BEFORE: readonly string[] = ['edited by', 'hrsg. von', 'hrsg. v.', 'hg. v.', 'a c. di', "a c. d'", 'cur.']

/** An editor's marker in a span LinkedBooks labels `author` (it has no editor label): `a cura di G. Mazzotti`, `B. Pullan (ed. by)`. */
const EDITOR_MARK = new RegExp(`(?:^|[\\s(])(?:${alternation([...EDITOR_AFTER, ...EDITOR_BEFORE])})`, 'iu')
const EDITOR_LEAD = new RegExp(`^\\(?(?:${alternation([...EDITOR_AFTER, ...EDITOR_BEFORE])})\\)?\\s*`, 'iu')
const EDITOR_TRAIL = new RegExp(`\\s*\\(?(?:${alternation(EDITOR_AFTER)})\\)?[\\s,.:;]*$`, 'iu')

/** A journal's number and year in one LinkedBooks span (`publicationnumber-year`): `VII (1983),`, `22, 1808,`, `n. 15 (1982),`. */
const NUMBER_YEAR = /^(.*?[^\s,(])[\s,]*\(?((?:1[5-9]|20)\d\d(?:\s*[-–]\s*(?:(?:1[5-9]|20)?\d\d|\d))?)\)?[,.:;]*$/u

/**
 * The labels of one LinkedBooks citation in the other sources' terms, for
 * training: a span with an editor's marker labeled `author` is the editor's;
 * a journal's number and year labeled together are the volume (or the issue,
 * `n. 15`) and the date.
 */
export function linkedBooksRoles(text: string, labels: readonly Span[]): Span[] {
  return labels.flatMap(([start, end, label]): Span[] => {
    const span = text.slice(start, end)
    if (label === 'author' && EDITOR_MARK.test(span)) {
      // The names only, as the other sources label an editor: the marker before or after them is left out.
      const lead = EDITOR_LEAD.exec(span)?.[0].length ?? 0
      const trail = EDITOR_TRAIL.exec(span.slice(lead))
      return [[start + lead, trail ? start + lead + trail.index : end, 'editor']]
    }
    if (label !== 'publicationnumber-year') return [[start, end, label]]
    const m = NUMBER_YEAR.exec(span)
    if (!m) return [[start, end, /^(?:n[.°º]|nr|no)/iu.test(span) ? 'issue' : 'volume']]
    const number: Span = [start, start + m[1]!.length, /^(?:n[.°º]|nr|no)/iu.test(m[1]!) ? 'issue' : 'volume']
    return [number, [start + m[1]!.length, end, 'issued']]
  })
}

/**
 * LinkedBooks labels each name on its own and every title `title` (the
 * journal's too): names next to each other become one list, as the other
 * sources have it, and a title after the first in a citation is its
 * container's (`Titolo, «Rivista»`, `in Titolo del volume`); a place labeled
 * into a title is the place (`placeOutOfTitle`); editors and a journal's
 * number and year as the others label them (`linkedBooksRoles`).
 */
export function harmonizeLinkedBooks(record: LabeledRecord): LabeledRecord {
  const citations = record.citations.map((c) => {
    const labels: Span[] = []
    let titles = 0
    for (const span of linkedBooksRoles(record.text, placeOutOfTitle(record.text, c.labels))) {
      const last = labels[labels.length - 1]
      const [start, end, label] = span
      if (last && (label === 'author' || label === 'editor') && last[2] === label && SEPARATOR.test(record.text.slice(last[1], start))) {
        last[1] = end
        continue
      }
      if (label === 'title') {
        titles++
        labels.push([start, end, titles > 1 ? 'container-title' : 'title'])
        continue
      }
      labels.push([start, end, label])
    }
    return {...c, labels}
  })
  return {...record, citations}
}

export interface Sequence {
  record: LabeledRecord
  tokens: Token[]
  labels: Int32Array
}

const MARK = /^[^\p{L}\p{N}]+$/u
const FIELD_INDEX = new Map(FIELD_LABELS.map((f, i) => [f as string, i]))
const OTHER = FIELD_INDEX.get('other')!

/**
 * One label per token: `O` outside citations; inside, the field of the span
 * that holds the token's start (`other` when none); punctuation at the edges
 * of a span is `other`, whatever the source included; the first token of a
 * citation gets the citation's start label.
 */
export function toSequence(record: LabeledRecord): Sequence {
  const tokens = tokenize(record.text)
  const field = new Int32Array(tokens.length).fill(-1)
  let t = 0
  for (const c of record.citations) {
    while (t < tokens.length && tokens[t]!.start < c.start) t++
    const first = t
    let last = t
    while (last < tokens.length && tokens[last]!.start < c.end) field[last++] = OTHER
    for (const [start, end, label] of c.labels) {
      const f = FIELD_INDEX.get(fieldFor(label))!
      let a = first
      while (a < last && tokens[a]!.start < start) a++
      let b = a
      while (b < last && tokens[b]!.start < end) b++
      while (b - 1 > a && MARK.test(tokens[b - 1]!.text)) b--
      while (a < b - 1 && MARK.test(tokens[a]!.text)) a++
      if (b - a === 1 && MARK.test(tokens[a]!.text) && f !== FIELD_INDEX.get('abbrev')) continue
      for (let k = a; k < b; k++) field[k] = f
    }
    t = last
  }
  const labels = new Int32Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    if (field[i]! < 0) continue
    const starts = record.citations.some((c) => c.start <= tokens[i]!.start && (i === 0 || tokens[i - 1]!.start < c.start))
    labels[i] = starts ? beginLabel(field[i]!) : insideLabel(field[i]!)
  }
  return {record, tokens, labels}
}

type RawSynthetic = Omit<LabeledRecord, 'citations'> & {citations: Array<{start: number; end: number; labels: Span[]; form?: string; fields?: Record<string, unknown>}>}

/** Synthetic notes written as JSON Lines by train/synthetic (same record format, with italics). */
export function loadSyntheticFile(path: string): LabeledRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => fromSynthetic(JSON.parse(l) as RawSynthetic))
}

/** A synthetic record as a labeled record. */
export function fromSynthetic(r: RawSynthetic): LabeledRecord {
  return {
    id: r.id,
    source: 'synthetic',
    doc: r.doc,
    lang: r.lang,
    kind: r.kind,
    text: r.text,
    ...(r.italics ? {italics: r.italics} : {}),
    citations: r.citations.map((c) => ({start: c.start, end: c.end, labels: c.labels, ...(c.form ? {form: c.form} : {}), ...(c.fields ? {fields: c.fields} : {})}))
  }
}
