import {realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {isInside} from './files.js'
import {isMap, isScalar, isSeq, type Node as YamlNode, type Pair} from 'yaml'
import type {Diagnostic} from '@octavo/parser'
import {MAX_ALIAS_COUNT, parseYaml} from './yaml.js'
import {didYouMean} from './suggest.js'
import {parsePdfStandards, PDF_STANDARD_VALUES} from './pdf-standard.js'
import type {PdfStandard} from '@octavo/render-pdf'
import {notices} from './meta-check.js'

/** One article of a reader, as the YAML names it. */
export interface ReaderEntry {
  /** Absolute path of the article. */
  path: string
  /** Absolute path of its metadata file, when the entry names one. */
  meta?: string
  /** Metadata given in the entry itself (`meta:` as a mapping, `short-title:`): over the article's own. */
  fields?: Record<string, unknown>
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
  /** The standards the volume's PDF claims (`pdf-standard: ua,a-2u`). */
  pdfStandards?: PdfStandard[]
  rectoStarts?: boolean
  csl?: string
  /** A folder inside the reader's to look for images in when they are not next to their article (absolute). */
  images?: string
  /** The volume's own licence and rights statement (the EPUB's dc:rights). */
  license?: string
  rights?: string
}

/** The keys of a reader's YAML, with what each takes (shown by `octavo reader --help`). */
export const READER_KEYS = [
  ['title', "the volume's title (required)"],
  ['subtitle', 'its subtitle'],
  ['editor', 'its editor(s): a name or a list of names'],
  ['course', 'the course, e.g. HIST 390'],
  ['term', 'the term, e.g. Spring 2027'],
  ['articles', "the articles' files, in order (required): a file name, or {path, meta}"],
  ['notes', 'footnotes (default) or endnotes'],
  ['bibliography', 'per-article, combined or both (default)'],
  ['page-size', 'a4 (default), letter or 6x9'],
  ['pdf-standard', `the standards the PDF claims: ${PDF_STANDARD_VALUES} (default ua)`],
  ['recto-starts', 'true (default): each article and the back matter start on a right-hand page; false: on the next page'],
  ['csl', 'a CSL style for every article (default: Chicago notes-bibliography)'],
  ['images', "a folder inside the reader's to look for images in when they are not next to their article (--images wins over it)"],
  ['license', "the volume's own licence, e.g. CC BY 4.0 (the EPUB's dc:rights; each article's is on the credits page)"],
  ['rights', "the volume's rights statement, e.g. © 2027 A. Teacher (the EPUB's dc:rights)"]
] as const
const TOP_KEYS = READER_KEYS.map(([key]) => key)
const ENTRY_KEYS = ['path', 'meta', 'short-title'] as const
const CHOICES = {
  notes: ['footnotes', 'endnotes'],
  bibliography: ['per-article', 'combined', 'both'],
  'page-size': ['a4', 'letter', '6x9']
} as const

/** What reading a reader's YAML shares: its document and diagnostics, its folder (as named and real), the config being filled, the files named. */
interface ReaderRead {
  document: ReturnType<typeof parseYaml>['document']
  at: ReturnType<typeof parseYaml>['at']
  diagnostics: Diagnostic[]
  error: (message: string, node: {range?: [number, number, number] | null | undefined} | null | undefined) => void
  folder: string
  realFolder: string
  config: Partial<ReaderConfig>
  named: string[]
}

/**
 * Read and validate a reader's YAML in one pass: every problem is a
 * diagnostic naming its line (unknown keys, wrong values, missing files,
 * paths that leave the reader's folder). Returns no config when any is an error;
 * `named` are the files its articles name, found or not (for `--watch`).
 */
export async function readReaderConfig(file: string, text: string): Promise<{config?: ReaderConfig; diagnostics: Diagnostic[]; named: string[]}> {
  const {document, at, diagnostics} = parseYaml(text, 'cli:reader')
  const error = (message: string, node: {range?: [number, number, number] | null | undefined} | null | undefined) =>
    diagnostics.push({severity: 'error', message, position: at(node?.range?.[0]), source: 'cli:reader'})

  const named: string[] = []
  if (diagnostics.length > 0) return {diagnostics, named}
  const root = document.contents
  if (!isMap(root)) {
    error('a reader is a YAML mapping with at least `title` and `articles`', root)
    return {diagnostics, named}
  }

  const folder = path.dirname(path.resolve(file))
  const read: ReaderRead = {document, at, diagnostics, error, folder, realFolder: await realpath(folder), config: {}, named}
  let articlesNode: YamlNode | null = null
  for (const pair of root.items as Array<Pair<YamlNode, YamlNode | null>>) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (!(TOP_KEYS as readonly string[]).includes(key)) {
      const close = didYouMean(key, TOP_KEYS)
      error(`unknown key '${key}' (${close === undefined ? '' : `did you mean '${close}'? `}expected one of ${TOP_KEYS.join(', ')})`, pair.key)
      continue
    }
    if (key === 'articles') articlesNode = pair.value
    else await readKey(read, key, pair)
  }

  const config = read.config
  if (config.title === undefined && !diagnostics.some((d) => d.message.startsWith("'title'"))) error("a reader needs a 'title'", root)
  if (!articlesNode) {
    error("a reader needs 'articles', a list of the articles' files", root)
  } else if (!isSeq(articlesNode) || articlesNode.items.length === 0) {
    error("'articles' must be a non-empty list of files", articlesNode)
  } else {
    config.articles = []
    for (const entry of articlesNode.items as YamlNode[]) {
      const article = await readArticle(read, entry)
      if (article) config.articles.push(article)
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return {diagnostics, named}
  return {config: config as ReaderConfig, diagnostics, named}
}

/** One key of the reader (not `articles`) into the config, or an error naming its line. */
async function readKey(read: ReaderRead, key: string, pair: Pair<YamlNode, YamlNode | null>): Promise<void> {
  const {error} = read
  const value = pair.value
  const scalar = isScalar(value) ? value.value : undefined
  switch (key) {
    case 'title':
    case 'subtitle':
    case 'course':
    case 'term':
    case 'license':
    case 'rights':
      if (typeof scalar !== 'string' && typeof scalar !== 'number') error(`'${key}' must be text`, value ?? pair.key)
      else read.config[key] = String(scalar)
      break
    case 'editor':
      read.config.editor = value?.toJS(read.document, {maxAliasCount: MAX_ALIAS_COUNT})
      break
    case 'notes':
    case 'bibliography':
    case 'page-size': {
      const choices = CHOICES[key] as readonly string[]
      const chosen = typeof scalar === 'string' ? scalar.toLowerCase() : undefined
      if (chosen === undefined || !choices.includes(chosen)) error(`'${key}' must be one of ${choices.join(', ')}`, value ?? pair.key)
      else if (key === 'page-size') read.config.pageSize = chosen as NonNullable<ReaderConfig['pageSize']>
      else if (key === 'notes') read.config.notes = chosen as NonNullable<ReaderConfig['notes']>
      else read.config.bibliography = chosen as NonNullable<ReaderConfig['bibliography']>
      break
    }
    case 'pdf-standard':
      if (typeof scalar !== 'string') error(`'pdf-standard' must be ${PDF_STANDARD_VALUES}`, value ?? pair.key)
      else {
        try {
          read.config.pdfStandards = parsePdfStandards(scalar)
        } catch (problem) {
          error(`'pdf-standard': ${(problem as Error).message}`, value)
        }
      }
      break
    case 'recto-starts':
      if (typeof scalar !== 'boolean') error("'recto-starts' must be true or false", value ?? pair.key)
      else read.config.rectoStarts = scalar
      break
    case 'csl': {
      if (typeof scalar !== 'string') error("'csl' must be a file name", value ?? pair.key)
      else {
        const resolved = await inside(read.realFolder, read.folder, scalar, value, error)
        if (resolved) read.config.csl = resolved
      }
      break
    }
    case 'images': {
      if (typeof scalar !== 'string') error("'images' must be a folder name", value ?? pair.key)
      else {
        const resolved = await inside(read.realFolder, read.folder, scalar, value, error, 'folder')
        if (resolved) read.config.images = resolved
      }
      break
    }
  }
}

/** One entry of `articles` (a file name, or a mapping with path, meta, short-title): its files resolved inside the reader's folder; none when it has problems. */
async function readArticle(read: ReaderRead, entry: YamlNode): Promise<ReaderEntry | undefined> {
  const {error, folder, realFolder} = read
  const named = readEntry(read, entry)
  if (!named) return undefined
  const {articlePath, metaPath, pathNode, metaNode, fields} = named
  read.named.push(...[articlePath, metaPath].filter((name): name is string => name !== undefined).map((name) => path.resolve(folder, name)))
  const resolved = await inside(realFolder, folder, articlePath, pathNode, error)
  const resolvedMeta = metaPath === undefined ? undefined : await inside(realFolder, folder, metaPath, metaNode, error)
  return resolved ? {path: resolved, ...(resolvedMeta ? {meta: resolvedMeta} : {}), ...(Object.keys(fields).length > 0 ? {fields} : {})} : undefined
}

/** What an entry of `articles` names: its article's file (none: an error was reported), its metadata file, the YAML nodes naming them, the fields written in it. */
interface NamedEntry {
  articlePath: string
  metaPath: string | undefined
  pathNode: YamlNode | null
  metaNode: YamlNode | null
  fields: Record<string, unknown>
}

/** The files and fields an entry of `articles` names, each problem an error or warning at its line; none when it names no article file. */
function readEntry(read: ReaderRead, entry: YamlNode): NamedEntry | undefined {
  const {error, diagnostics, at, document} = read
  let articlePath: string | undefined
  let metaPath: string | undefined
  let pathNode: YamlNode | null = entry
  let metaNode: YamlNode | null = null
  const fields: Record<string, unknown> = {}
  if (isScalar(entry) && typeof entry.value === 'string') {
    articlePath = entry.value
  } else if (isMap(entry)) {
    pathNode = null
    for (const pair of entry.items as Array<Pair<YamlNode, YamlNode | null>>) {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      if (!(ENTRY_KEYS as readonly string[]).includes(key)) {
        error(`unknown key '${key}' in an article (expected ${ENTRY_KEYS.join(', ')})`, pair.key)
        continue
      }
      if (key === 'meta' && isMap(pair.value)) {
        // Metadata written in the entry (license, rights, URL, short-title…): over the article's own.
        Object.assign(fields, pair.value.toJS(document, {maxAliasCount: MAX_ALIAS_COUNT}))
        for (const field of pair.value.items as Array<Pair<YamlNode, YamlNode | null>>) {
          const name = isScalar(field.key) ? String(field.key.value) : ''
          if (!isScalar(field.value) || (typeof field.value.value !== 'string' && typeof field.value.value !== 'number')) continue
          for (const message of notices(name, String(field.value.value))) diagnostics.push({severity: 'warning', message, position: at(field.value.range?.[0]), source: 'cli:reader'})
        }
        continue
      }
      const value = isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value.value : undefined
      if (value === undefined) {
        error(`'${key}' must be a file name`, pair.value ?? pair.key)
        continue
      }
      if (key === 'short-title') {
        fields['short-title'] = value
      } else if (key === 'path') {
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
  if (articlePath === undefined) return undefined
  return {articlePath, metaPath, pathNode, metaNode, fields}
}

/** A file (or folder) named relative to the reader's folder, refused when it leaves that folder or does not exist. */
async function inside(
  realFolder: string,
  folder: string,
  name: string,
  node: YamlNode | null,
  error: (message: string, node: YamlNode | null) => void,
  kind: 'file' | 'folder' = 'file'
): Promise<string | undefined> {
  if (path.isAbsolute(name)) {
    error(`'${name}' is an absolute path: name files relative to the reader's folder`, node)
    return undefined
  }
  const resolved = path.resolve(folder, name)
  if (!isInside(folder, resolved)) {
    error(`'${name}' leaves the reader's folder: refused`, node)
    return undefined
  }
  const info = await stat(resolved).catch(() => undefined)
  if (!info) {
    error(`'${name}' does not exist`, node)
    return undefined
  }
  if (kind === 'file' ? !info.isFile() : !info.isDirectory()) {
    error(`'${name}' is not a ${kind}`, node)
    return undefined
  }
  const real = await realpath(resolved)
  if (!isInside(realFolder, real)) {
    error(`'${name}' leads out of the reader's folder through a link: refused`, node)
    return undefined
  }
  return resolved
}
