/**
 * The corrections file, `<stem>.corrections.yaml` beside an article: an
 * editor's fixes to the citations the notes reader made of it, kept in a
 * text file that re-parsing does not undo. Each correction names its
 * citation by the note's number and a short hash of the citation's text
 * (`citationHash`), with the citation's index in the note to tell apart two
 * of the same text; never by offsets.
 *
 * ```yaml
 * octavo-corrections: 1
 * corrections:
 *   - note: 11
 *     citation: 5d2c0e1a   # An Longzhen, Yanbian Chaoxianzu zizhizhou zhouzhi …
 *     set:
 *       author: [{family: An, given: Longzhen}]
 *       locator: "277"
 * ```
 *
 * This module reads the file (text in, corrections and positioned
 * diagnostics out; no I/O); `applyCorrections` (corrections-apply.ts) applies
 * them to the notes and items of `processCitations`.
 */
import {createHash} from 'node:crypto'
import {isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode} from 'yaml'
import type {CslName, Diagnostic, NoteCitation} from '@octavo/tree'
import {TYPE_MAP} from './mapping.js'

type Position = NonNullable<Diagnostic['position']>

/** The format's version, the value of the file's first key `octavo-corrections`. */
export const CORRECTIONS_VERSION = 1

/** A citation named by its note and text: the text's `citationHash`, and its index in the note (0-based) when two share a text. */
export interface CitationKey {
  note: number
  citation: string
  index?: number
  /** Where the key stands in the file. */
  position?: Position
}

/** The value of one corrected field: text, a list of names, a CSL date; `null` removes a work's variable. */
export type FieldValue = string | CslName[] | {'date-parts': number[][]} | null

/** One correction: the citation it is about and what to do to it. */
export interface Correction {
  at: CitationKey
  /** Fields to set: the citation's own (`locator`, `label`, `form`) and its work's CSL variables. */
  set?: Record<string, FieldValue>
  /** The span is no citation: it is dropped, and the note keeps it as commentary. */
  commentary?: true
  /** This citation (a short form, an Ibid.) cites the work that citation cites. */
  cites?: CitationKey
  /** This citation's work is the same as that citation's: the two works become one (the second's id stays). */
  sameWorkAs?: CitationKey
  /** The citation is several: the text of each, in order, each read as a citation of its own. */
  split?: string[]
  /** Where the correction starts in the file. */
  position?: Position
}

export interface ParsedCorrections {
  corrections: Correction[]
  /** Errors at `line:column` of the file; a file with any is not applied. */
  diagnostics: Diagnostic[]
}

/** What a field holds, how it is written in the file, and how it is checked. */
type FieldKind = 'text' | 'names' | 'date' | 'type' | 'label' | 'form' | 'locator'

/**
 * The fields a correction may `set`, each with an example as written in the
 * file. The citation's own fields first (`locator`, `label`, `form`); the
 * others are CSL variables of the work it cites (every citation of that work
 * sees them). `null` removes a work's variable (`volume: null`).
 */
export const CORRECTION_FIELDS: ReadonlyArray<{field: string; kind: FieldKind; example: string}> = [
  {field: 'locator', kind: 'locator', example: 'locator: 72–76'},
  {field: 'label', kind: 'label', example: 'label: chapter'},
  {field: 'form', kind: 'form', example: 'form: short'},
  {field: 'type', kind: 'type', example: 'type: article-journal'},
  {field: 'author', kind: 'names', example: 'author: [{family: An, given: Longzhen}]'},
  {field: 'editor', kind: 'names', example: 'editor: [{literal: Chinese Academy of Social Sciences}]'},
  {field: 'translator', kind: 'names', example: 'translator: [{family: Lee, given: Chae-Jin}]'},
  {field: 'title', kind: 'text', example: 'title: Manchuria since 1931'},
  {field: 'container-title', kind: 'text', example: 'container-title: Yanbian daxue xuebao'},
  {field: 'collection-title', kind: 'text', example: 'collection-title: NKIDP e-Dossier'},
  {field: 'issued', kind: 'date', example: 'issued: 1996-05'},
  {field: 'volume', kind: 'text', example: 'volume: 12'},
  {field: 'issue', kind: 'text', example: 'issue: 3'},
  {field: 'number', kind: 'text', example: 'number: 11'},
  {field: 'page', kind: 'text', example: 'page: 165–190'},
  {field: 'edition', kind: 'text', example: 'edition: 2'},
  {field: 'publisher', kind: 'text', example: 'publisher: Royal Institute of International Affairs'},
  {field: 'publisher-place', kind: 'text', example: 'publisher-place: London'},
  {field: 'archive', kind: 'text', example: 'archive: CFMA'},
  {field: 'archive_location', kind: 'text', example: 'archive_location: 118-00806-03'},
  {field: 'URL', kind: 'text', example: 'URL: http://www.wilsoncenter.org/nkidp'},
  {field: 'DOI', kind: 'text', example: 'DOI: 10.1162/jcws_a_00001'}
]

/** CSL's locator labels (CSL 1.0.2, "Locators"). */
export const LOCATOR_LABELS = [
  'act',
  'appendix',
  'article-locator',
  'book',
  'canon',
  'chapter',
  'column',
  'elocation',
  'equation',
  'figure',
  'folio',
  'issue',
  'line',
  'note',
  'opus',
  'page',
  'paragraph',
  'part',
  'rule',
  'scene',
  'section',
  'sub-verbo',
  'supplement',
  'table',
  'timestamp',
  'title-locator',
  'verse',
  'version',
  'volume'
] as const

const FORMS: ReadonlyArray<NoteCitation['form']> = ['full', 'short', 'ibid']
const NAME_PARTS = ['family', 'given', 'literal', 'suffix', 'dropping-particle', 'non-dropping-particle']

/**
 * The operations of a correction, each a key of its entry beside `note`,
 * `citation` and `index`. `set`, `cites` and `same-work-as` may go
 * together (the fields are set on the work the citation cites afterwards);
 * `commentary` and `split` stand alone.
 */
export const CORRECTION_OPERATIONS: ReadonlyArray<{key: string; does: string; example: string}> = [
  {key: 'set', does: "correct the citation's fields and its work's", example: 'set: {locator: "15–16", form: short}'},
  {key: 'commentary', does: 'the span is no citation: drop it', example: 'commentary: true'},
  {key: 'cites', does: 'point this citation (a short form, an Ibid.) at the work another citation cites', example: 'cites: {note: 5, citation: 0c9e4f7b}'},
  {key: 'same-work-as', does: "this citation's work and another's are one: merge them", example: 'same-work-as: {note: 3, citation: 9a8b7c6d}'},
  {key: 'split', does: 'the citation is several: the text of each part, in order', example: 'split: ["Lee, China’s Korean Minority, 19", "Jones, Manchuria since 1931, 90"]'}
]

const KEY_FIELDS = ['note', 'citation', 'index']

/** Normalized as the hash sees it: NFC, runs of white space as one space, trimmed (re-wrapping a note changes no hash). */
function normalized(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** The short hash naming a citation in the corrections file: the first 8 hex digits of SHA-256 of its normalized text. */
export function citationHash(text: string): string {
  return createHash('sha256').update(normalized(text)).digest('hex').slice(0, 8)
}

/** The key of the `index`th citation of a note, as a corrections file names it. */
export function citationKey(note: {note: number; citations: readonly NoteCitation[]}, index: number): CitationKey {
  return {note: note.note, citation: citationHash(note.citations[index]?.text ?? ''), index}
}

/** A problem at a node of the file. */
class Problem extends Error {
  constructor(
    readonly node: YamlNode | null | undefined,
    message: string
  ) {
    super(message)
  }
}

/**
 * Read a corrections file. Bad YAML, an unknown key or operation, a value of
 * the wrong type: an error at its `line:column`, and no corrections (a file
 * is applied whole or not at all). Aliases are refused (a corrections file
 * has no use for them).
 */
export function parseCorrections(text: string): ParsedCorrections {
  const lines = new LineCounter()
  const document = parseDocument(text, {lineCounter: lines, prettyErrors: false, uniqueKeys: true})
  const at = (offset: number): Position => {
    const {line, col} = lines.linePos(offset)
    const point = {line, column: col, offset}
    return {start: point, end: point}
  }
  const error = (message: string, offset: number): Diagnostic => ({severity: 'error', message, position: at(offset), source: SOURCE})
  const syntax = document.errors[0]
  if (syntax) return {corrections: [], diagnostics: [error(`invalid YAML: ${syntax.message.split('\n')[0]}`, syntax.pos[0])]}
  const diagnostics: Diagnostic[] = []
  const corrections: Correction[] = []
  const problem = (p: unknown) => {
    if (!(p instanceof Problem)) throw p
    diagnostics.push(error(p.message, p.node?.range?.[0] ?? 0))
  }
  try {
    const entries = topLevel(document.contents)
    for (const entry of entries) {
      try {
        corrections.push(correction(entry, at))
      } catch (p) {
        problem(p)
      }
    }
  } catch (p) {
    problem(p)
  }
  return diagnostics.length > 0 ? {corrections: [], diagnostics} : {corrections, diagnostics}
}

const SOURCE = 'citations:corrections'

/** The file's map: `octavo-corrections: 1` and the list `corrections`. */
function topLevel(contents: YamlNode | null): YamlNode[] {
  if (contents === null || (isScalar(contents) && contents.value === null)) return []
  const map = asMap(contents, `the file must be a map: octavo-corrections: ${CORRECTIONS_VERSION}, then corrections: a list`)
  const version = map.values.get('octavo-corrections')
  if (version === undefined) throw new Problem(contents, `the file must start with octavo-corrections: ${CORRECTIONS_VERSION}`)
  if (!isScalar(version) || version.value !== CORRECTIONS_VERSION) throw new Problem(version, `octavo-corrections must be ${CORRECTIONS_VERSION} (the only version of the format)`)
  unknownKeys(map, ['octavo-corrections', 'corrections'], 'at the top of the file')
  const list = map.values.get('corrections')
  if (list === undefined || (isScalar(list) && list.value === null)) return []
  if (!isSeq(list)) throw new Problem(list, 'corrections must be a list, each item starting with note: and citation:')
  return list.items as YamlNode[]
}

/** A map of the file: its values by key, its key nodes (for positions), itself. */
interface YamlMap {
  node: YamlNode
  keys: YamlNode[]
  values: Map<string, YamlNode | null>
}

/** A map node read (each key a plain word), or a problem saying what was expected. */
function asMap(node: YamlNode | null | undefined, message: string): YamlMap {
  refuseAlias(node)
  if (!isMap(node)) throw new Problem(node, message)
  const out: YamlMap = {node, keys: [], values: new Map()}
  for (const pair of node.items) {
    if (!isPair(pair) || !isScalar(pair.key) || typeof pair.key.value !== 'string') throw new Problem(node, 'every key must be a plain word')
    refuseAlias(pair.value as YamlNode | null)
    out.values.set(pair.key.value, (pair.value as YamlNode | null) ?? null)
    out.keys.push(pair.key)
  }
  return out
}

function refuseAlias(node: YamlNode | null | undefined): void {
  if (isAlias(node)) throw new Problem(node, 'aliases (*name) are not allowed in a corrections file: write the value out')
}

function unknownKeys(map: YamlMap, known: readonly string[], where: string): void {
  for (const key of map.keys) {
    const name = String((key as {value: unknown}).value)
    if (!known.includes(name)) throw new Problem(key, `unknown key '${name}' ${where} (known: ${known.join(', ')})`)
  }
}

function correction(node: YamlNode, at: (offset: number) => Position): Correction {
  const map = asMap(node, 'a correction must be a map: note: N, citation: HASH, then what to do (set, commentary, cites, same-work-as, split)')
  unknownKeys(map, [...KEY_FIELDS, ...CORRECTION_OPERATIONS.map((o) => o.key)], 'in a correction')
  const out: Correction = {at: key(map, at), position: at(node.range?.[0] ?? 0)}
  const {set, commentary, cites, 'same-work-as': same, split} = Object.fromEntries(map.values) as Record<string, YamlNode | null | undefined>
  if (set === undefined && commentary === undefined && cites === undefined && same === undefined && split === undefined)
    throw new Problem(node, `a correction says what to do: ${CORRECTION_OPERATIONS.map((o) => o.key).join(', ')}`)
  if (commentary !== undefined) {
    if (!isScalar(commentary) || commentary.value !== true) throw new Problem(commentary, 'commentary must be true')
    if (set !== undefined || cites !== undefined || same !== undefined || split !== undefined)
      throw new Problem(commentary, 'commentary stands alone: a dropped citation has nothing to set, split or point at')
    out.commentary = true
  }
  if (split !== undefined) {
    if (set !== undefined || cites !== undefined || same !== undefined) throw new Problem(split, 'split stands alone: correct the parts in corrections of their own (each named by its own text)')
    out.split = parts(split)
  }
  if (cites !== undefined && same !== undefined) throw new Problem(same, 'cites and same-work-as exclude each other: point the citation at a work, or merge its work with another')
  if (cites !== undefined) out.cites = target(cites, 'cites', at)
  if (same !== undefined) out.sameWorkAs = target(same, 'same-work-as', at)
  if (set !== undefined) out.set = fields(asMap(set, `set must be a map of fields, as {${CORRECTION_FIELDS[0]!.example}}`))
  return out
}

/** The texts of `split`: two or more, each some text. */
function parts(node: YamlNode | null): string[] {
  refuseAlias(node)
  const example = CORRECTION_OPERATIONS.find((o) => o.key === 'split')!.example
  if (!isSeq(node) || node.items.length < 2) throw new Problem(node, `split must be a list of two or more texts, as ${example}`)
  return node.items.map((item) => {
    refuseAlias(item as YamlNode)
    if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') throw new Problem(item as YamlNode, 'each part of split must be text: the part of the citation as written')
    return item.value
  })
}

/** The citation `cites` or `same-work-as` names: a map of `note`, `citation`, `index`. */
function target(node: YamlNode | null, operation: string, at: (offset: number) => Position): CitationKey {
  const map = asMap(node, `${operation} must be a map: {note: N, citation: HASH}`)
  unknownKeys(map, KEY_FIELDS, `in ${operation}`)
  return key(map, at)
}

/** `note`, `citation`, `index` of a map (a correction, or the target of `cites`). */
function key(map: YamlMap, at: (offset: number) => Position): CitationKey {
  const note = map.values.get('note')
  const citation = map.values.get('citation')
  if (note === undefined) throw new Problem(map.node, 'note: the number of the note is missing')
  if (!isScalar(note) || !Number.isInteger(note.value) || (note.value as number) < 0) throw new Problem(note, 'note must be a note number (0 or more)')
  if (citation === undefined) throw new Problem(map.node, "citation: the hash of the citation's text (8 hex digits) is missing")
  // As written: a plain `36684e08` or `00120034` is a number to YAML.
  const hash = isScalar(citation) ? (citation.type === 'PLAIN' && typeof citation.source === 'string' ? citation.source : String(citation.value)) : ''
  if (!isScalar(citation) || !/^[0-9a-f]{8}$/.test(hash)) throw new Problem(citation, "citation must be the hash of the citation's text: 8 hex digits, as 5d2c0e1a")
  const out: CitationKey = {note: note.value as number, citation: hash, position: at(map.node.range?.[0] ?? 0)}
  const index = map.values.get('index')
  if (index !== undefined) {
    if (!isScalar(index) || !Number.isInteger(index.value) || (index.value as number) < 0) throw new Problem(index, 'index must be the citation’s place in its note, counted from 0')
    out.index = index.value as number
  }
  return out
}

function fields(map: YamlMap): Record<string, FieldValue> {
  unknownKeys(
    map,
    CORRECTION_FIELDS.map((f) => f.field),
    'in set'
  )
  const out: Record<string, FieldValue> = {}
  for (const {field, kind} of CORRECTION_FIELDS) {
    const node = map.values.get(field)
    if (node === undefined) continue
    out[field] = value(node, field, kind)
  }
  return out
}

/** A field's value, checked against its kind. */
function value(node: YamlNode | null, field: string, kind: FieldKind): FieldValue {
  const example = CORRECTION_FIELDS.find((f) => f.field === field)!.example
  const scalar = isScalar(node) ? node.value : undefined
  if (node === null || (isScalar(node) && scalar === null)) {
    if (kind === 'label' || kind === 'form' || kind === 'type') throw new Problem(node, `${field} cannot be removed, only changed (as ${example})`)
    return null
  }
  const text = typeof scalar === 'string' || typeof scalar === 'number' ? String(scalar).trim() : undefined
  switch (kind) {
    case 'names':
      return names(node, field, example)
    case 'date':
      return date(node, text, field, example)
    case 'type':
      if (text === undefined || !TYPE_MAP.some((t) => t.csl === text)) throw new Problem(node, `type must be a CSL type: ${TYPE_MAP.map((t) => t.csl).join(', ')}`)
      return text
    case 'label':
      if (text === undefined || !(LOCATOR_LABELS as readonly string[]).includes(text)) throw new Problem(node, `label must be a CSL locator label: ${LOCATOR_LABELS.join(', ')}`)
      return text
    case 'form':
      if (text === undefined || !(FORMS as readonly string[]).includes(text)) throw new Problem(node, `form must be one of ${FORMS.join(', ')}`)
      return text
    default:
      if (text === undefined || text === '') throw new Problem(node, `${field} must be text (as ${example}); null removes it`)
      return text
  }
}

function names(node: YamlNode, field: string, example: string): CslName[] {
  if (!isSeq(node)) throw new Problem(node, `${field} must be a list of names, as ${example}`)
  return node.items.map((item) => {
    const map = asMap(item as YamlNode, `${field}: write each name as a map, as ${example}`)
    unknownKeys(map, NAME_PARTS, `in a name`)
    const name: Record<string, string> = {}
    for (const [part, value] of map.values) {
      if (!isScalar(value) || (typeof value.value !== 'string' && typeof value.value !== 'number')) throw new Problem(value ?? map.node, `${part} must be text`)
      name[part] = String(value.value).trim()
    }
    if (!name['family'] && !name['literal']) throw new Problem(map.node, 'a name needs a family name (family: An) or a literal one (literal: Foreign Ministry)')
    return name as CslName
  })
}

/** `1996`, `1996-05`, `1996-05-12`, or a range `1950/1962`. */
function date(node: YamlNode, text: string | undefined, field: string, example: string): {'date-parts': number[][]} {
  const parts = (text ?? '').split('/').map((one) => /^(\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(one))
  if (text === undefined || parts.length > 2 || parts.some((m) => !m)) throw new Problem(node, `${field} must be a date as 1996, 1996-05, 1996-05-12 or a range 1950/1962 (${example})`)
  const dateParts = parts.map((m) =>
    m!
      .slice(1)
      .filter((x) => x !== undefined)
      .map(Number)
  )
  if (dateParts.some(([, month, day]) => (month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 31)))) throw new Problem(node, `${field}: no such month or day`)
  return {'date-parts': dateParts}
}
