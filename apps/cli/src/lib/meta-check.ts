import {isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair} from 'yaml'
import type {Diagnostic, FrontMatterKey} from '@octavo/parser'
import {pageRange} from '@octavo/parser'
import {suggestion} from './suggest.js'
import type {ParsedYaml} from './yaml.js'

/** A kind of metadata value: the keys that take it, the mistake it exists for, and what it must be. */
export interface MetaRule {
  name: string
  keys: readonly string[]
  example: string
  /** What the value must be, said to the user. */
  expected: string
  accepts: (node: YamlNode, document: Document.Parsed) => boolean
}

const NAME_PARTS = ['family', 'given', 'literal', 'non-dropping-particle', 'dropping-particle', 'suffix', 'name']

/**
 * Every metadata key Octavo uses (front matter, `.meta.yaml`, `--meta`), by
 * the kind of its value. `null` (`title:` with nothing after it) is no value
 * and always accepted.
 */
export const META_RULES: readonly MetaRule[] = [
  {
    name: 'text',
    keys: [
      'title',
      'subtitle',
      'title-short',
      'short-title',
      'lang',
      'abstract',
      'thanks',
      'container-title',
      'volume',
      'issue',
      'page',
      'DOI',
      'doi',
      'URL',
      'url',
      'course',
      'term',
      'csl',
      'license',
      'rights'
    ],
    example: 'title: [A, B]',
    expected: 'text',
    accepts: (node, document) => isText(node, document)
  },
  {
    name: 'names',
    keys: ['author', 'authors', 'editor'],
    example: 'author: [[Smith, Ann]]',
    expected: "a name ('Ann Smith' or 'Smith, Ann'), name parts ({family: Smith, given: Ann}) or a list of them",
    accepts: (node, document) => (isSeq(node) ? node.items.every((item) => isName(item as YamlNode, document)) : isName(node, document))
  },
  {
    name: 'date',
    keys: ['date', 'issued'],
    example: 'date: [2001, 5]',
    expected: 'a date (2001, 2001-05-31, or {date-parts: [[2001, 5, 31]]})',
    accepts: (node, document) => isText(node, document) || (isMap(node) && ['date-parts', 'literal', 'raw'].some((key) => node.has(key)))
  },
  {
    name: 'files',
    keys: ['bibliography'],
    example: 'bibliography: {file: refs.bib}',
    expected: 'a file name or a list of file names',
    accepts: (node, document) => (isSeq(node) ? node.items.every((item) => isText(item as YamlNode, document)) : isText(node, document))
  }
]

const KNOWN = META_RULES.flatMap((rule) => rule.keys)

/** A value of the right kind that the edition prints otherwise than written: a warning at the value saying how. */
export interface MetaNotice {
  name: string
  keys: readonly string[]
  example: string
  /** The warning for a text value, or nothing. */
  notice: (value: string) => string | undefined
}

/** What is said about values the editions print otherwise than written, each run on its example by `test/meta-check.test.ts`. */
export const META_NOTICES: readonly MetaNotice[] = [
  {
    name: 'open page range',
    keys: ['page'],
    example: 'page: 133-',
    notice: (value) => {
      const range = pageRange(value)
      return range.open ? `the page range '${value}' is open (no last page given); printed as '${range.printed}'` : undefined
    }
  }
]

function deref(node: YamlNode | null, document: Document.Parsed): YamlNode | null {
  return isAlias(node) ? ((node.resolve(document) as YamlNode | undefined) ?? null) : node
}

function isText(node: YamlNode, document: Document.Parsed): boolean {
  const value = deref(node, document)
  return isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number')
}

function isName(node: YamlNode, document: Document.Parsed): boolean {
  const value = deref(node, document)
  if (isScalar(value) && typeof value.value === 'string') return true
  if (!isMap(value)) return false
  const pairs = value.items as Array<Pair<YamlNode, YamlNode | null>>
  return (
    pairs.some((pair) => NAME_PARTS.includes(String(isScalar(pair.key) ? pair.key.value : ''))) &&
    pairs.every((pair) => pair.value === null || isText(pair.value, document) || (isScalar(pair.value) && pair.value.value === null))
  )
}

/**
 * The keys of a metadata mapping checked against `META_RULES`: an unknown
 * key is a warning with the known key it is closest to (`titel:` → title),
 * a value of the wrong kind an error (`types: false` leaves those to the
 * parser, which warns about them in front matter). Each at its key or value.
 */
export function checkMeta(parsed: ParsedYaml, source: string, {types = true}: {types?: boolean} = {}): Diagnostic[] {
  const {document, at} = parsed
  if (!isMap(document.contents)) return []
  const diagnostics: Diagnostic[] = []
  for (const pair of document.contents.items as Array<Pair<YamlNode, YamlNode | null>>) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const rule = META_RULES.find((r) => r.keys.includes(key))
    if (!rule) {
      diagnostics.push(unknownKey(key, at(pair.key?.range?.[0]), source))
      continue
    }
    const value = deref(pair.value, document)
    if (value === null || (isScalar(value) && value.value === null)) continue
    if (!rule.accepts(value, document)) {
      if (types) diagnostics.push({severity: 'error', message: `'${key}' must be ${rule.expected}`, position: at(pair.value?.range?.[0]), source})
      continue
    }
    if (isScalar(value)) diagnostics.push(...notices(key, String(value.value)).map((message): Diagnostic => ({severity: 'warning', message, position: at(value.range?.[0]), source})))
  }
  return diagnostics
}

/** The warnings of `META_NOTICES` about the text value of `key`. */
export function notices(key: string, value: string): string[] {
  return META_NOTICES.filter((rule) => rule.keys.includes(key)).flatMap((rule) => rule.notice(value) ?? [])
}

function unknownKey(key: string, position: Diagnostic['position'], source: string): Diagnostic {
  return {severity: 'warning', message: `unknown metadata key '${key}': not used${suggestion(key, KNOWN)}`, position, source}
}

/**
 * A Markdown article's unknown front-matter keys (`titel:`), from the keys
 * the parser read (`ParseResult.frontMatterKeys`: the YAML is parsed once):
 * warnings at their place, with the known key each is closest to. Syntax
 * errors, YAML aliases (a bomb, an alias with no anchor) and the types of the
 * values are the parser's, which reports them (and then gives no keys).
 * Scalar values get the notices of `META_NOTICES` (an open page range).
 */
export function checkFrontMatter(keys: readonly FrontMatterKey[] | undefined): Diagnostic[] {
  return (keys ?? []).flatMap(({key, position, value, valuePosition}): Diagnostic[] => {
    if (!KNOWN.includes(key)) return [unknownKey(key, position, 'cli:front-matter')]
    if (value === undefined) return []
    return notices(key, value).map((message) => ({severity: 'warning', message, position: valuePosition ?? position, source: 'cli:front-matter'}))
  })
}

/** Where a title can be given, for the warning about an article that has none. */
export function titleHint(format: 'markdown' | 'text', stem: string): string {
  const where = format === 'markdown' ? 'its front matter' : `${stem}.meta.yaml beside it`
  return `add 'title: …' to ${where}, or give a metadata file with --meta (in a reader: meta:)`
}
