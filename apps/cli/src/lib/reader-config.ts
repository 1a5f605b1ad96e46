import {realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode, type Pair} from 'yaml'
import type {Diagnostic} from '@octavo/parser'

/** One article of a reader, as the YAML names it. */
export interface ReaderEntry {
  /** Absolute path of the article. */
  path: string
  /** Absolute path of its metadata file, when the entry names one. */
  meta?: string
}

export interface ReaderConfig {
  title: string
  subtitle?: string
  editor?: unknown
  course?: string
  term?: string
  articles: ReaderEntry[]
  notes?: 'footnotes' | 'endnotes'
  bibliography?: 'per-article' | 'combined' | 'both'
  pageSize?: 'a4' | 'letter' | '6x9'
  rectoStarts?: boolean
  csl?: string
}

const TOP_KEYS = ['title', 'subtitle', 'editor', 'course', 'term', 'articles', 'notes', 'bibliography', 'page-size', 'recto-starts', 'csl'] as const
const ENTRY_KEYS = ['path', 'meta'] as const
const CHOICES = {
  notes: ['footnotes', 'endnotes'],
  bibliography: ['per-article', 'combined', 'both'],
  'page-size': ['a4', 'letter', '6x9']
} as const

/**
 * Read and validate a reader's YAML in one pass: every problem is a
 * diagnostic naming its line (unknown keys, wrong values, missing files,
 * paths that leave the reader's folder). Returns no config when any is an error.
 */
export async function readReaderConfig(file: string, text: string): Promise<{config?: ReaderConfig; diagnostics: Diagnostic[]}> {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const diagnostics: Diagnostic[] = []
  const at = (offset: number | undefined) => {
    const {line, col} = lineCounter.linePos(offset ?? 0)
    const point = {line, column: col, offset: offset ?? 0}
    return {start: point, end: point}
  }
  const error = (message: string, node: {range?: [number, number, number] | null | undefined} | null | undefined) =>
    diagnostics.push({severity: 'error', message, position: at(node?.range?.[0]), source: 'cli:reader'})

  for (const problem of document.errors) {
    diagnostics.push({severity: 'error', message: `invalid YAML: ${problem.message.split('\n')[0]}`, position: at(problem.pos[0]), source: 'cli:reader'})
  }
  if (diagnostics.length > 0) return {diagnostics}
  const root = document.contents
  if (!isMap(root)) {
    error('a reader is a YAML mapping with at least `title` and `articles`', root)
    return {diagnostics}
  }

  const folder = path.dirname(path.resolve(file))
  const realFolder = await realpath(folder)
  const config: Partial<ReaderConfig> = {}
  let articlesNode: YamlNode | null = null

  for (const pair of root.items as Array<Pair<YamlNode, YamlNode | null>>) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const value = pair.value
    if (!(TOP_KEYS as readonly string[]).includes(key)) {
      error(`unknown key '${key}' (expected one of ${TOP_KEYS.join(', ')})`, pair.key)
      continue
    }
    const scalar = isScalar(value) ? value.value : undefined
    switch (key) {
      case 'title':
      case 'subtitle':
      case 'course':
      case 'term':
        if (typeof scalar !== 'string' && typeof scalar !== 'number') error(`'${key}' must be text`, value ?? pair.key)
        else config[key] = String(scalar)
        break
      case 'editor':
        config.editor = value?.toJSON()
        break
      case 'notes':
      case 'bibliography':
      case 'page-size': {
        const choices = CHOICES[key] as readonly string[]
        if (typeof scalar !== 'string' || !choices.includes(scalar)) error(`'${key}' must be one of ${choices.join(', ')}`, value ?? pair.key)
        else if (key === 'page-size') config.pageSize = scalar as NonNullable<ReaderConfig['pageSize']>
        else if (key === 'notes') config.notes = scalar as NonNullable<ReaderConfig['notes']>
        else config.bibliography = scalar as NonNullable<ReaderConfig['bibliography']>
        break
      }
      case 'recto-starts':
        if (typeof scalar !== 'boolean') error("'recto-starts' must be true or false", value ?? pair.key)
        else config.rectoStarts = scalar
        break
      case 'csl': {
        if (typeof scalar !== 'string') error("'csl' must be a file name", value ?? pair.key)
        else {
          const resolved = await inside(realFolder, folder, scalar, value, error)
          if (resolved) config.csl = resolved
        }
        break
      }
      case 'articles':
        articlesNode = value
        break
    }
  }

  if (config.title === undefined && !diagnostics.some((d) => d.message.startsWith("'title'"))) error("a reader needs a 'title'", root)
  if (!articlesNode) {
    error("a reader needs 'articles', a list of the articles' files", root)
  } else if (!isSeq(articlesNode) || articlesNode.items.length === 0) {
    error("'articles' must be a non-empty list of files", articlesNode)
  } else {
    config.articles = []
    for (const entry of articlesNode.items as YamlNode[]) {
      let articlePath: string | undefined
      let metaPath: string | undefined
      let pathNode: YamlNode | null = entry
      let metaNode: YamlNode | null = null
      if (isScalar(entry) && typeof entry.value === 'string') {
        articlePath = entry.value
      } else if (isMap(entry)) {
        pathNode = null
        for (const pair of entry.items as Array<Pair<YamlNode, YamlNode | null>>) {
          const key = isScalar(pair.key) ? String(pair.key.value) : ''
          if (!(ENTRY_KEYS as readonly string[]).includes(key)) {
            error(`unknown key '${key}' in an article (expected path, meta)`, pair.key)
            continue
          }
          const value = isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value.value : undefined
          if (value === undefined) {
            error(`'${key}' must be a file name`, pair.value ?? pair.key)
            continue
          }
          if (key === 'path') {
            articlePath = value
            pathNode = pair.value
          } else {
            metaPath = value
            metaNode = pair.value
          }
        }
        if (articlePath === undefined && pathNode === null && !diagnostics.some((d) => d.position?.start.offset === entry.range?.[0])) {
          error("an article needs a 'path'", entry)
        }
      } else {
        error('an article is a file name or a mapping with path (and meta)', entry)
      }
      if (articlePath === undefined) continue
      const resolved = await inside(realFolder, folder, articlePath, pathNode, error)
      const resolvedMeta = metaPath === undefined ? undefined : await inside(realFolder, folder, metaPath, metaNode, error)
      if (resolved) config.articles.push({path: resolved, ...(resolvedMeta ? {meta: resolvedMeta} : {})})
    }
  }
  if (diagnostics.length > 0) return {diagnostics}
  return {config: config as ReaderConfig, diagnostics}
}

/** A file named relative to the reader's folder, refused when it leaves that folder or does not exist. */
async function inside(
  realFolder: string,
  folder: string,
  name: string,
  node: YamlNode | null,
  error: (message: string, node: YamlNode | null) => void
): Promise<string | undefined> {
  if (path.isAbsolute(name)) {
    error(`'${name}' is an absolute path: name files relative to the reader's folder`, node)
    return undefined
  }
  const resolved = path.resolve(folder, name)
  const relative = path.relative(folder, resolved)
  if (relative.startsWith('..')) {
    error(`'${name}' leaves the reader's folder: refused`, node)
    return undefined
  }
  const info = await stat(resolved).catch(() => undefined)
  if (!info) {
    error(`'${name}' does not exist`, node)
    return undefined
  }
  if (!info.isFile()) {
    error(`'${name}' is not a file`, node)
    return undefined
  }
  const real = await realpath(resolved)
  if (path.relative(realFolder, real).startsWith('..')) {
    error(`'${name}' leads out of the reader's folder through a link: refused`, node)
    return undefined
  }
  return resolved
}
