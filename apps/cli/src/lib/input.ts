import {stat} from 'node:fs/promises'
import path from 'node:path'
import {parseDocument, isMap} from 'yaml'
import type {ArticleMeta, Diagnostic} from '@octavo/parser'
import {checkStyle} from '@octavo/citations'
import {InputError} from './errors.js'
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
export async function readSource(file: string, kind: 'article' | 'notes' = 'article', confine?: Confinement): Promise<SourceFile> {
  let bytes: Uint8Array
  try {
    bytes = (await readInputFile(file, kind, confine)).bytes
  } catch (error) {
    const found = error instanceof FileRefused ? error.found : undefined
    if (found) throw new InputError(`'${file}' is ${found}, not ${READ_LIMITS[kind].noun}`)
    throw new InputError(`cannot read '${file}': ${reason(error)}`)
  }
  const extension = path.extname(file).toLowerCase()
  return {
    path: file,
    bytes,
    format: MARKDOWN.has(extension) ? 'markdown' : 'text',
    stem: path.basename(file, path.extname(file))
  }
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
    throw new InputError(`cannot read metadata '${file}': ${reason(error)}`)
  }
  return {path: file, ...parseMetaYaml(text)}
}

/** YAML metadata into an object, with positioned diagnostics for bad YAML. */
export function parseMetaYaml(text: string): {meta: ArticleMeta; diagnostics: Diagnostic[]} {
  const document = parseDocument(text, {prettyErrors: false})
  const diagnostics: Diagnostic[] = document.errors.map((error) => {
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1]
    const point = {line, column, offset: error.pos[0]}
    return {severity: 'error', message: `invalid YAML: ${error.message.split('\n')[0]}`, position: {start: point, end: point}, source: 'cli:meta'}
  })
  if (diagnostics.length > 0) return {meta: {}, diagnostics}
  if (document.contents !== null && !isMap(document.contents)) {
    const point = {line: 1, column: 1, offset: 0}
    return {meta: {}, diagnostics: [{severity: 'error', message: 'metadata must be a YAML mapping (key: value)', position: {start: point, end: point}, source: 'cli:meta'}]}
  }
  return {meta: (document.toJS() ?? {}) as ArticleMeta, diagnostics}
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
