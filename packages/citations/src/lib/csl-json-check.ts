/**
 * The shape of a CSL-JSON bibliography, checked before anything formats it:
 * citeproc-js and citation-js's exports assume each variable holds what the
 * CSL-JSON schema says (a list of names, a date, text), and throw from deep
 * inside on anything else (`"author": "Smith"` → `names.map is not a
 * function`). Each problem is an error at the value's line and column; the
 * file's text is never quoted (only the names of CSL variables, which come
 * from citeproc's own lists).
 */
import {createRequire} from 'node:module'
import {getNodeValue, parseTree, type Node as JsonNode} from 'jsonc-parser'
import type {CslItem, Diagnostic} from '@octavo/tree'

const require = createRequire(import.meta.url)

/** citeproc-js's own lists of which variables hold names, dates and numbers (read once, when a bibliography is first checked). */
interface CiteprocLists {
  NAME_VARIABLES: string[]
  NAME_PARTS: string[]
  DATE_VARIABLES: string[]
  NUMERIC_VARIABLES: string[]
}

let lists: {names: Set<string>; parts: string[]; dates: Set<string>; numbers: Set<string>} | undefined

/** citeproc-js, the engine citation-js formats with, loaded on first use (a build without a CSL-JSON bibliography never needs it). */
function citeprocLists(): NonNullable<typeof lists> {
  if (lists) return lists
  const citeproc = createRequire(require.resolve('@citation-js/plugin-csl'))('citeproc') as CiteprocLists
  lists = {names: new Set(citeproc.NAME_VARIABLES), parts: citeproc.NAME_PARTS, dates: new Set(citeproc.DATE_VARIABLES), numbers: new Set(citeproc.NUMERIC_VARIABLES)}
  return lists
}

/** Keys whose value is a structure of its own, passed on as it is. */
const STRUCTURED = new Set(['custom', 'categories', 'multi'])

/** A problem with a value: the node it is at, and what was expected. */
interface Problem {
  node: JsonNode
  message: string
}

/** A kind of CSL variable: which variables it is for, the example it exists for, and its check. */
interface VariableRule {
  name: string
  example: string
  applies: (variable: string) => boolean
  check: (node: JsonNode) => Problem | undefined
}

const NAME_EXAMPLE = '{"family": "Smith", "given": "Ann"}'
const DATE_EXAMPLE = '{"date-parts": [[2001, 5, 31]]} or {"literal": "spring 2001"}'

/**
 * The kinds of variable, first match wins. `null` is no value (the key is
 * dropped) and is never a problem; a number where text is expected is taken
 * as text (`normalize`).
 */
export const VARIABLE_RULES: readonly VariableRule[] = [
  {name: 'own structure', example: '"custom": {"zotero-key": 7}', applies: (v) => STRUCTURED.has(v) || v.startsWith('_') || v === 'id', check: () => undefined},
  {name: 'names', example: '"author": "Smith"', applies: (v) => citeprocLists().names.has(v), check: checkNames},
  {name: 'date', example: '"issued": "2001"', applies: (v) => citeprocLists().dates.has(v), check: checkDate},
  {name: 'number', example: '"page": [1, 2]', applies: (v) => citeprocLists().numbers.has(v), check: (node) => expect(node, isText(node) || node.type === 'number', 'text or a number')},
  {name: 'text', example: '"DOI": {"prefix": "10.1"}', applies: () => true, check: (node) => expect(node, isText(node) || node.type === 'number', 'text')}
]

function isText(node: JsonNode): boolean {
  return node.type === 'string'
}

function expect(node: JsonNode, ok: boolean, what: string): Problem | undefined {
  return ok ? undefined : {node, message: `must be ${what}`}
}

/** A list of names, each an object whose parts are text: `"author": "Smith"`, `["Smith"]`, `[{"family": 42}]` are not. */
function checkNames(node: JsonNode): Problem | undefined {
  if (node.type !== 'array') return {node, message: `must be a list of names, as [${NAME_EXAMPLE}]`}
  for (const name of node.children ?? []) {
    if (name.type !== 'object') return {node: name, message: `has a name that is not an object: write each name as ${NAME_EXAMPLE}`}
    for (const [part, value] of properties(name)) {
      if (citeprocLists().parts.includes(part) && value.type !== 'string' && value.type !== 'null') return {node: value, message: `has a name whose '${part}' is not text`}
    }
  }
  return undefined
}

/** A date: `date-parts` (one or two lists of year, month, day as whole numbers), or `literal`/`raw` text. */
function checkDate(node: JsonNode): Problem | undefined {
  if (node.type !== 'object') return {node, message: `must be a date, as ${DATE_EXAMPLE}`}
  const fields = new Map(properties(node))
  const parts = fields.get('date-parts')
  if (parts) return checkDateParts(parts)
  const text = fields.get('literal') ?? fields.get('raw')
  if (text?.type === 'string') return undefined
  return {node: text ?? node, message: `must be a date, as ${DATE_EXAMPLE}`}
}

function checkDateParts(node: JsonNode): Problem | undefined {
  const problem = {node, message: `must be a date, as ${DATE_EXAMPLE}: 'date-parts' is one or two lists of year, month, day`}
  const ranges = node.type === 'array' ? (node.children ?? []) : []
  if (ranges.length < 1 || ranges.length > 2) return problem
  for (const range of ranges) {
    const parts = range.type === 'array' ? (range.children ?? []) : []
    if (parts.length < 1 || parts.length > 3) return {...problem, node: range}
    const bad = parts.find((part) => !(part.type === 'number' && Number.isInteger(part.value)) && !(part.type === 'string' && /^-?\d{1,6}$/.test(part.value as string)))
    if (bad) return {node: bad, message: `must be a date, as ${DATE_EXAMPLE}: year, month and day are whole numbers`}
  }
  return undefined
}

/** The `[key, value]` nodes of an object node. */
function properties(node: JsonNode): Array<[string, JsonNode]> {
  const pairs: Array<[string, JsonNode]> = []
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? []
    if (key && value) pairs.push([String(key.value), value])
  }
  return pairs
}

/**
 * A syntactically valid CSL-JSON text (see `jsonProblems`) into its items,
 * every entry an object and every variable of the kind its rule asks for;
 * each problem is an error diagnostic at the value. Returns no items when
 * there is any.
 */
export function checkCslJson(text: string): {items: unknown[]; diagnostics: Diagnostic[]} {
  const root = parseTree(text)
  if (root?.type !== 'array') return {items: [], diagnostics: [at(text, root, 'a CSL-JSON bibliography is a JSON array of items ({"id": …, "type": …})')]}
  const diagnostics: Diagnostic[] = []
  const items: unknown[] = []
  for (const [index, entry] of (root.children ?? []).entries()) {
    if (entry.type !== 'object') {
      diagnostics.push(at(text, entry, `entry ${index + 1} is not a CSL item: write it as {"id": …, "type": …}`))
      continue
    }
    for (const [variable, value] of properties(entry)) {
      if (value.type === 'null') continue
      const problem = VARIABLE_RULES.find((rule) => rule.applies(variable))?.check(value)
      if (problem) diagnostics.push(at(text, problem.node, `entry ${index + 1}: '${variable}' ${problem.message}`))
    }
    items.push(normalize(getNodeValue(entry) as Record<string, unknown>))
  }
  return diagnostics.length > 0 ? {items: [], diagnostics} : {items, diagnostics}
}

/** An item whose variables passed the rules: `null` values dropped, numbers in text variables as text. */
function normalize(item: Record<string, unknown>): CslItem {
  const entries = Object.entries(item).filter(([, value]) => value !== null)
  const textual = (variable: string) => VARIABLE_RULES.find((rule) => rule.applies(variable))?.name === 'text'
  return Object.fromEntries(entries.map(([variable, value]) => [variable, typeof value === 'number' && textual(variable) ? String(value) : value])) as CslItem
}

function at(text: string, node: JsonNode | undefined, message: string): Diagnostic {
  const offset = node?.offset ?? 0
  const before = text.slice(0, offset).split('\n')
  const point = {line: before.length, column: (before.at(-1)?.length ?? 0) + 1, offset}
  return {severity: 'error', message, position: {start: point, end: point}, source: 'citations:bibliography'}
}
