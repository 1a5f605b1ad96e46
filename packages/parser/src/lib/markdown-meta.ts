import {isAlias, isMap, isScalar, parseDocument, visit, type Document} from 'yaml'
import type {Position} from 'unist'
import citeName from '@citation-js/name'
import citeDate from '@citation-js/date'
import {parseName as parsePersonName} from '@octavo/tree'
import type {ArticleMeta, CslDate, CslName, Diagnostic, FrontMatterKey} from './types.js'
import type {Locator} from './markdown-util.js'
import {LIMITS} from './limits.js'

/** A Markdown string from the front matter (`abstract:`, `thanks:`) and where it stands. */
export interface FrontMatterText {
  value: string
  position: Position
}

export interface FrontMatter {
  meta: ArticleMeta
  abstract?: FrontMatterText
  thanks?: FrontMatterText
  /** The keys as written, each at its place (when the front matter was read). */
  keys?: FrontMatterKey[]
}

const SOURCE = 'parser:front-matter'
const NAME_FIELDS = ['family', 'given', 'literal', 'non-dropping-particle', 'dropping-particle', 'suffix'] as const

/**
 * Read YAML front matter (`yaml`, the text between the fences, starting at
 * `contentStart` in the source) into CSL-named metadata. Invalid YAML is an
 * error at the YAML error's line and column in the file.
 */
export function readFrontMatter(yaml: string, contentStart: number, fallback: Position | undefined, locator: Locator, diagnostics: Diagnostic[]): FrontMatter {
  const document = parseDocument(yaml, {prettyErrors: false})
  const at = (offset: number | undefined, end?: number): Position | undefined => (offset === undefined ? fallback : locator.position(contentStart + offset, contentStart + (end ?? offset)))
  for (const warning of document.warnings) {
    diagnostics.push({severity: 'warning', message: `front matter: ${firstLine(warning.message)}`, position: at(warning.pos[0], warning.pos[1]), source: SOURCE})
  }
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const message = /call stack/i.test(error.message) ? 'nested too deep' : firstLine(error.message)
      diagnostics.push({severity: 'error', message: `invalid YAML front matter: ${message}`, position: at(error.pos[0], error.pos[1]), source: SOURCE})
    }
    return {meta: {}}
  }
  const contents = document.contents
  if (contents === null) return {meta: {}}
  if (!isMap(contents)) {
    const range = contents.range
    diagnostics.push({severity: 'error', message: 'front matter must be a YAML mapping (key: value)', position: at(range?.[0], range?.[1]), source: SOURCE})
    return {meta: {}}
  }
  const value = toValue(document)
  if (value instanceof Error) {
    const range = firstAlias(document, /^Unresolved alias.*: (\S+)$/.exec(value.message)?.[1])
    diagnostics.push({severity: 'error', message: `invalid YAML front matter: ${value.message}`, position: at(range?.[0], range?.[1]), source: SOURCE})
    return {meta: {}}
  }
  const where = (key: string): Position | undefined => {
    const node = contents.get(key, true)
    const range = node && typeof node === 'object' && 'range' in node ? node.range : undefined
    return range ? at(range[0], range[1]) : fallback
  }
  const keys = contents.items.map((pair): FrontMatterKey => {
    const key = {key: isScalar(pair.key) ? String(pair.key.value) : '', position: at(pair.key?.range?.[0]) ?? locator.position(contentStart, contentStart)}
    const value = pair.value
    if (!isScalar(value) || value.value === null || typeof value.value === 'object') return key
    const valuePosition = at(value.range?.[0])
    return {...key, value: String(value.value), ...(valuePosition ? {valuePosition} : {})}
  })
  const result: FrontMatter = {meta: normalizeMeta(value, diagnostics, where), keys}
  for (const key of ['abstract', 'thanks'] as const) {
    if (!(key in value)) continue
    const text = value[key]
    const position = where(key)
    if (typeof text === 'string' || typeof text === 'number') {
      if (String(text).trim() !== '' && position) result[key] = {value: String(text), position}
    } else if (text !== null) {
      diagnostics.push({severity: 'warning', message: `front matter: \`${key}\` should be text; ignored`, position, source: SOURCE})
    }
  }
  return result
}

/**
 * The front matter as plain data, its aliases expanded to at most
 * `LIMITS.yamlAliases` nodes; an error (an unresolved alias, an alias bomb)
 * as an error, not thrown.
 */
function toValue(document: Document): Record<string, unknown> | Error {
  try {
    return document.toJS({maxAliasCount: LIMITS.yamlAliases.value}) as Record<string, unknown>
  } catch (error) {
    if (!(error instanceof Error)) throw error
    const bomb = /excessive alias count/i.test(error.message)
    return new Error(bomb ? `its aliases expand past ${LIMITS.yamlAliases.value} nodes (an alias bomb?): write the values out` : firstLine(error.message))
  }
}

/** Where the first alias (`*name`, or any) of the document stands. */
function firstAlias(document: Document, name?: string): [number, number] | undefined {
  let range: [number, number] | undefined
  visit(document, {
    Alias(_, node) {
      if (!isAlias(node) || (name !== undefined && node.source !== name)) return undefined
      if (node.range) range = [node.range[0], node.range[1]]
      return visit.BREAK
    }
  })
  return range
}

/**
 * Metadata as written by people (Pandoc/Jekyll front matter, a `.meta.yaml`)
 * into CSL variable names: `author`/`authors` → CSL names, `date` → `issued`,
 * `bibliography` → string[]. Other keys are kept as they are. `abstract` and
 * `thanks` are left out: they become nodes.
 */
export function normalizeMeta(value: Record<string, unknown>, diagnostics: Diagnostic[], where: (key: string) => Position | undefined = () => undefined): ArticleMeta {
  const meta: ArticleMeta = {}
  const warn = (key: string, message: string) => diagnostics.push({severity: 'warning', message: `front matter: ${message}`, position: where(key), source: SOURCE})
  for (const [key, raw] of Object.entries(value)) {
    if (raw === null || raw === undefined) continue
    switch (key) {
      case 'abstract':
      case 'thanks':
        break
      case 'title':
      case 'subtitle':
      case 'title-short':
      case 'lang':
      case 'csl': {
        if (typeof raw === 'string' || typeof raw === 'number') meta[key] = String(raw).trim()
        else warn(key, `\`${key}\` should be text; ignored`)
        break
      }
      case 'author':
      case 'authors': {
        if (key === 'authors' && value['author'] !== undefined && value['author'] !== null) {
          warn(key, '`authors` ignored: `author` is given')
          break
        }
        const names = toNames(raw, (message) => warn(key, message))
        if (names.length > 0) meta.author = names
        break
      }
      case 'date':
      case 'issued': {
        if (key === 'date' && value['issued'] !== undefined && value['issued'] !== null) {
          meta['date'] = raw
          break
        }
        const date = toDate(raw)
        if (date) meta.issued = date
        else warn(key, `\`${key}\` is not a date; ignored`)
        break
      }
      case 'bibliography': {
        const files = (Array.isArray(raw) ? raw : [raw]).filter((file): file is string => typeof file === 'string' && file.trim() !== '')
        if (files.length !== (Array.isArray(raw) ? raw.length : 1)) warn(key, '`bibliography` should be a file name or a list of them')
        if (files.length > 0) meta.bibliography = files.map((file) => file.trim())
        break
      }
      case 'doi':
      case 'url': {
        const upper = key.toUpperCase()
        if (value[upper] === undefined) meta[upper] = raw
        else meta[key] = raw
        break
      }
      default:
        meta[key] = raw
    }
  }
  return meta
}

/** A name written as `François Dominic Laramée`, `Laramée, François` or a CSL name object. */
function toNames(raw: unknown, warn: (message: string) => void): CslName[] {
  const list = Array.isArray(raw) ? raw : [raw]
  const names: CslName[] = []
  for (const item of list) {
    if (typeof item === 'string') {
      if (item.trim() !== '') names.push(parseName(item))
    } else if (item && typeof item === 'object') {
      const object = item as Record<string, unknown>
      const name: CslName = {}
      for (const field of NAME_FIELDS) {
        const part = object[field]
        if (typeof part === 'string' || typeof part === 'number') name[field] = String(part)
      }
      if (Object.keys(name).length > 0) names.push(name)
      else if (typeof object['name'] === 'string') names.push(parseName(object['name']))
      else warn('an author should be a name or a CSL name (family, given); ignored')
    } else {
      warn('an author should be a name or a CSL name (family, given); ignored')
    }
  }
  return names
}

/** One word is a body (`UNESCO`); a person's name is read by the one name parser (`Sun Chunri` is Sun, Chunri, as in the notes). */
function parseName(text: string): CslName {
  const trimmed = text.trim().replace(/\s+/g, ' ')
  if (!/\s|,/.test(trimmed)) return {literal: trimmed}
  return parsePersonName(trimmed)
}

/** The CSL name as a person would write it, when it reads back as the same name; else undefined. */
export function nameToText(name: CslName): string | undefined {
  const text = name.literal !== undefined && Object.keys(name).length === 1 ? name.literal : citeName.format(name)
  if (typeof text !== 'string' || text.trim() === '' || text !== text.trim()) return undefined
  return sameName(parseName(text), name) ? text : undefined
}

function sameName(a: CslName, b: CslName): boolean {
  const keys = Object.keys(a) as Array<keyof CslName>
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

function toDate(raw: unknown): CslDate | undefined {
  if (typeof raw === 'number' && Number.isInteger(raw)) return {'date-parts': [[raw]]}
  if (typeof raw === 'string') {
    if (raw.trim() === '') return undefined
    const date = citeDate.parse(raw.trim())
    return date['date-parts'] ? {'date-parts': date['date-parts']} : {raw: raw.trim()}
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const object = raw as Record<string, unknown>
    if (Array.isArray(object['date-parts']) || typeof object['literal'] === 'string' || typeof object['raw'] === 'string') return object as CslDate
  }
  return undefined
}

/** The date as `YYYY-MM-DD` (or shorter) when it reads back as the same date; else undefined. */
export function dateToText(date: CslDate): string | undefined {
  if (Object.keys(date).length !== 1) return undefined
  if (date.raw !== undefined) return toDate(date.raw) && JSON.stringify(toDate(date.raw)) === JSON.stringify(date) ? date.raw : undefined
  const parts = date['date-parts']
  if (!parts || parts.length !== 1 || !parts[0]) return undefined
  const [year, month, day] = parts[0]
  if (typeof year !== 'number') return undefined
  const text = [String(year).padStart(4, '0'), month, day]
    .filter((part) => part !== undefined)
    .map((part) => String(part).padStart(2, '0'))
    .join('-')
  return JSON.stringify(toDate(text)) === JSON.stringify(date) ? text : undefined
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
