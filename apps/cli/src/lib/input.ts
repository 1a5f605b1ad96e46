import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {isMap} from 'yaml'
import type {ArticleMeta, Diagnostic} from '@octavo/parser'
import {checkStyle} from '@octavo/citations'
import {InputError} from './errors.js'
import {hasErrors} from './diagnostics.js'
import {checkMeta} from './meta-check.js'
import {parseYaml, yamlValue} from './yaml.js'
import {didYouMean} from './suggest.js'
import {FileRefused, READ_LIMITS, readInputFile, type Confinement, type FileKind} from './files.js'

export interface SourceFile {
  /** The path as the user wrote it: diagnostics name the file this way. */
  path: string
  bytes: Uint8Array
  format: 'markdown' | 'text'
  /** File name without its extension: the outputs are named after it. */
  stem: string
}

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd'])

/**
 * Read an input file (an article, or notes), refusing what is not a regular
 * file, is too large or (in a reader) leaves the reader's folder, with one
 * clear message.
 */
export async function readSource(file: string, given: 'article' | 'notes' = 'article', confine?: Confinement): Promise<SourceFile> {
  const markdown = MARKDOWN.has(path.extname(file).toLowerCase())
  const kind = given === 'article' && markdown ? 'markdown' : given
  let bytes: Uint8Array
  try {
    bytes = (await readInputFile(file, kind, confine)).bytes
  } catch (error) {
    const found = error instanceof FileRefused ? error.found : undefined
    if (found) throw new InputError(`'${file}' is ${found}, not ${READ_LIMITS[given].noun}`)
    throw new InputError(`cannot read '${file}': ${await whyNot(file, error)}`)
  }
  return {
    path: file,
    bytes,
    format: markdown ? 'markdown' : 'text',
    stem: path.basename(file, path.extname(file))
  }
}

/**
 * `reason`, and for a file that does not exist, a close name in its folder,
 * written as `shown` (the name as the user wrote it) is:
 * `no such file or directory (did you mean 'article.md'?)`.
 */
export async function whyNot(file: string, error: unknown, shown: string = file): Promise<string> {
  const close = (error as NodeJS.ErrnoException).code === 'ENOENT' ? await closeName(file) : undefined
  return `${reason(error)}${close === undefined ? '' : ` (did you mean '${path.join(path.dirname(shown), close)}'?)`}`
}

/** A name in the same folder close to the missing `file`'s (`artcle.md` → `article.md`). */
async function closeName(file: string): Promise<string | undefined> {
  return didYouMean(path.basename(file), await readdir(path.dirname(file)).catch(() => []))
}

export interface MetaFile {
  path: string
  meta: ArticleMeta
  diagnostics: Diagnostic[]
}

/**
 * The metadata of a plain-text article: `--meta`, else `<stem>.meta.yaml`
 * beside it when present, else none.
 */
export async function readMeta(source: SourceFile, explicit: string | undefined, confine?: Confinement): Promise<MetaFile | undefined> {
  const beside = path.join(path.dirname(source.path), `${source.stem}.meta.yaml`)
  if (explicit === undefined && !(await stat(beside).catch(() => undefined))) return undefined
  const file = explicit ?? beside
  let text: string
  try {
    text = await readText(file, 'metadata', confine)
  } catch (error) {
    throw new InputError(`cannot read metadata '${file}': ${await whyNot(file, error)}`)
  }
  return {path: file, ...parseMetaYaml(text)}
}

/**
 * YAML metadata into an object, checked by `checkMeta`: bad YAML and values
 * of the wrong kind are errors, unknown keys warnings, each at its line.
 */
export function parseMetaYaml(text: string): {meta: ArticleMeta; diagnostics: Diagnostic[]} {
  const parsed = parseYaml(text, 'cli:meta')
  const {document, at} = parsed
  if (parsed.diagnostics.length > 0) return {meta: {}, diagnostics: parsed.diagnostics}
  if (document.contents !== null && !isMap(document.contents)) {
    return {meta: {}, diagnostics: [{severity: 'error', message: 'metadata must be a YAML mapping (key: value)', position: at(0), source: 'cli:meta'}]}
  }
  const diagnostics = checkMeta(parsed, 'cli:meta')
  return {meta: hasErrors(diagnostics) ? {} : ((yamlValue(document) ?? {}) as ArticleMeta), diagnostics}
}

/**
 * A text file the user gave (metadata, a reader, a style, a bibliography,
 * `octavo.yaml`) as UTF-8, strictly: invalid bytes are an error naming
 * their line and column, never replacement characters; a file with NUL
 * bytes is binary, not text. A BOM is dropped. Read by `readInputFile`.
 */
export async function readText(file: string, kind: FileKind, confine?: Confinement): Promise<string> {
  const {bytes} = await readInputFile(file, kind, confine)
  if (bytes.includes(0)) throw Object.assign(new Error('it is a binary file, not text'), {code: 'EBINARY'})
  return decodeText(bytes)
}

/** A CSL style file: read as text, then checked to be a CSL style (`checkStyle`: positioned errors, the file never quoted). */
export async function readStyle(file: string, confine?: Confinement): Promise<{xml: string; diagnostics: Diagnostic[]}> {
  const xml = await readText(file, 'style', confine)
  return {xml, diagnostics: checkStyle(xml).map((d) => ({...d, file}))}
}

/** Bytes that are not valid UTF-8, at `line` and `column` (1-based; the column counts UTF-16 code units). */
export class EncodingError extends Error {
  override name = 'EncodingError'
  constructor(
    readonly line: number,
    readonly column: number
  ) {
    super(`invalid UTF-8 at line ${line}, column ${column}: save the file as UTF-8`)
  }
}

/** `readText` on bytes already read: strict UTF-8, BOM dropped; throws `EncodingError`. */
export function decodeText(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  } catch {
    const good = new TextDecoder('utf-8').decode(bytes).split('\uFFFD')[0] ?? ''
    const lines = good.split('\n')
    throw new EncodingError(lines.length, (lines.at(-1)?.length ?? 0) + 1)
  }
}

export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES') return 'permission denied'
  if (code === 'EISDIR') return 'it is a folder'
  if (code === 'ENOTDIR') return (error as Error).message.startsWith("'") ? (error as Error).message : 'a part of the path is not a folder'
  if (code === 'EROFS') return 'read-only file system'
  if (code === 'ENOSPC') return 'no space left on the device'
  return (error as Error).message
}
