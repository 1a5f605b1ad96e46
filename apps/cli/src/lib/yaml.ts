import {isAlias, isMap, isPair, isSeq, LineCounter, parseDocument, type Document} from 'yaml'
import type {Diagnostic} from '@octavo/parser'

type Position = NonNullable<Diagnostic['position']>

/**
 * How many copies YAML aliases may make in one of the CLI's YAML files (the
 * `yaml` library's `maxAliasCount`). A reader, `octavo.yaml` or metadata
 * needs few or none; nine nested levels of nine aliases (the "billion laughs")
 * would make 9⁹ copies of a node.
 */
export const MAX_ALIAS_COUNT = 100

/** A YAML file of the CLI's, parsed: its document, positions by offset, and every problem so far. */
export interface ParsedYaml {
  document: Document.Parsed
  /** The position of an offset (the start of the file when unknown). */
  at: (offset: number | undefined) => Position
  /** The first syntax error, or else an alias that is unresolved or expands past `MAX_ALIAS_COUNT`, as errors naming their line. */
  diagnostics: Diagnostic[]
}

/** Parse a YAML file the user gave; `source` names the rule (`cli:reader`) in the diagnostics. */
export function parseYaml(text: string, source: string): ParsedYaml {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const at = (offset: number | undefined): Position => {
    const {line, col} = lineCounter.linePos(offset ?? 0)
    const point = {line, column: col, offset: offset ?? 0}
    return {start: point, end: point}
  }
  // The first syntax error only: the others often follow from it (one unclosed `[` makes hundreds).
  const diagnostics: Diagnostic[] = document.errors
    .slice(0, 1)
    .map((problem) => ({severity: 'error', message: `invalid YAML: ${problem.message.split('\n')[0]}`, position: at(problem.pos[0]), source}))
  if (diagnostics.length === 0) {
    const alias = aliasProblem(document)
    if (alias) diagnostics.push({severity: 'error', message: alias.message, position: at(alias.offset), source})
  }
  return {document, at, diagnostics}
}

/** The document as plain data; only for a document `parseYaml` found no problem in. */
export function yamlValue(document: Document.Parsed): unknown {
  return document.toJS({maxAliasCount: MAX_ALIAS_COUNT})
}

/**
 * The alias that cannot be turned into data, if any: one naming no anchor
 * set before it, or the node whose aliases together pass the budget (the
 * smallest part of the document that fails on its own).
 */
function aliasProblem(document: Document.Parsed): {message: string; offset: number | undefined} | undefined {
  if (!fails(document.contents, document)) return undefined
  const node = culprit(document.contents, document)
  if (isAlias(node) && node.resolve(document) === undefined) {
    return {message: 'invalid YAML: an alias (*name) with no anchor (&name) set before it', offset: node.range?.[0]}
  }
  return {message: `YAML aliases here expand past ${MAX_ALIAS_COUNT} copies: refused (write the values out)`, offset: (node as {range?: [number, number, number] | null}).range?.[0]}
}

/** The deepest node under `node` (or `node` itself) that fails to become data on its own. */
function culprit(node: unknown, document: Document.Parsed): unknown {
  for (const child of children(node)) if (fails(child, document)) return culprit(child, document)
  return node
}

function children(node: unknown): unknown[] {
  if (isMap(node) || isSeq(node)) return node.items.flatMap((item) => (isPair(item) ? [item.key, item.value] : [item]))
  return []
}

function fails(node: unknown, document: Document.Parsed): boolean {
  if (!node || typeof node !== 'object' || !('toJS' in node)) return false
  try {
    ;(node as {toJS: (doc: Document.Parsed, options: {maxAliasCount: number}) => unknown}).toJS(document, {maxAliasCount: MAX_ALIAS_COUNT})
    return false
  } catch (error) {
    if (error instanceof ReferenceError) return true
    throw error
  }
}
