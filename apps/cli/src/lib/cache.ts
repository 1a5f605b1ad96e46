/**
 * The build cache: the outputs of `octavo build` kept on disk under the
 * user's cache folder, keyed by a hash of everything they are made from
 * (the tool's build, the source's bytes and path, the metadata, the style,
 * the settings, the build date when SOURCE_DATE_EPOCH fixes it) and checked
 * against the files the build read besides (bibliographies, images): an
 * unchanged article costs a copy.
 *
 * An entry is one file `<key>.octavo-cache`: a first line `octavo-cache 1`,
 * a JSON header line (the key, the files read with their SHA-256, the
 * diagnostics, each output's name, length and SHA-256), then the outputs'
 * bytes. A damaged or foreign entry is not used: the build is made anew and
 * says so. Entries are written to a temporary file and renamed into place
 * (two builds at once each see a whole entry or none); the folder is kept
 * under `CACHE_LIMITS.bytes` by removing the least recently used entries.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, renameSync, writeFileSync} from 'node:fs'
import {mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type {Diagnostic} from '@octavo/parser'

export const CACHE_FORMAT = 'octavo-cache 1'

/** How much the cache keeps. */
export const CACHE_LIMITS = {
  /** All entries together; the least recently used go first. */
  bytes: 512 * 1024 * 1024,
  /** One entry (a build whose outputs are larger is not kept). */
  entry: 256 * 1024 * 1024
}

/**
 * The cache folder: `OCTAVO_CACHE_DIR`, else `$XDG_CACHE_HOME/octavo`, else
 * the platform's (`~/Library/Caches/octavo` on macOS, `%LOCALAPPDATA%\octavo`
 * on Windows, `~/.cache/octavo` elsewhere). `OCTAVO_CACHE_DIR=off` turns the
 * cache off.
 */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string | undefined {
  const given = env['OCTAVO_CACHE_DIR']
  if (given === 'off') return undefined
  if (given) return path.resolve(given)
  if (env['XDG_CACHE_HOME']) return path.join(env['XDG_CACHE_HOME'], 'octavo')
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'octavo')
  if (platform === 'win32' && env['LOCALAPPDATA']) return path.join(env['LOCALAPPDATA'], 'octavo')
  return path.join(home, '.cache', 'octavo')
}

/** What a cached build gives back: the same as a build. */
export interface CachedBuild {
  files: Map<string, Uint8Array>
  diagnostics: Diagnostic[]
  /** The files the build read besides its source, metadata and style. */
  inputs: string[]
  /** Files the build looked for and did not find: the entry holds while they stay absent. */
  absent?: string[]
}

interface Header {
  key: string
  inputs: Array<[string, string]>
  diagnostics: Diagnostic[]
  files: Array<[string, number, string]>
}

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex')

/** The key of a build: a hash of its parts, each length-prefixed (no two lists of parts hash alike). */
export function cacheKey(parts: ReadonlyArray<Uint8Array | string>): string {
  const hash = createHash('sha256')
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part
    hash.update(`${bytes.length}:`).update(bytes)
  }
  return hash.digest('hex')
}

/**
 * The kinds of file the cache folder holds, each kept under `CACHE_LIMITS`
 * together: whole builds (here), formatted bibliographies (bib-store.ts),
 * prepared articles of readers (prepared-store.ts), V8's code of the
 * command (code-cache.ts), the notes model's labels (label-store.ts), the
 * PDF renderer's work (render-store.ts).
 */
export const ENTRY_SUFFIXES = ['.octavo-cache', '.octavo-bib', '.octavo-prep', '.octavo-code', '.octavo-notes', '.octavo-pdf'] as const

const entryPath = (folder: string, key: string) => path.join(folder, `${key}${ENTRY_SUFFIXES[0]}`)

/** A file of the cache folder named by a hash of its parts (the build of Octavo first, so that another build never reads it). */
export function entryFile(folder: string, suffix: (typeof ENTRY_SUFFIXES)[number], ...parts: string[]): string {
  const hash = createHash('sha256')
  parts.forEach((part, i) => hash.update(i === 0 ? part : `\0${part}`))
  return path.join(folder, `${hash.digest('hex')}${suffix}`)
}

/** Write a cache file whole: a temporary file beside it, renamed into place (a reader at the same time sees all of it or none). */
export async function writeWhole(file: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, bytes)
  await rename(temporary, file)
}

/** `writeWhole` for callers that cannot wait (the citations package asks its store synchronously). */
export function writeWholeSync(file: string, bytes: Uint8Array | string): void {
  mkdirSync(path.dirname(file), {recursive: true})
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, bytes)
  renameSync(temporary, file)
}

/** Why the bytes of an entry cannot be used, or its header and where its outputs start. */
function parseEntry(bytes: Uint8Array, key: string): {header: Header; at: number} | {problem: string} {
  const first = bytes.indexOf(10)
  const second = first < 0 ? -1 : bytes.indexOf(10, first + 1)
  if (second < 0 || Buffer.from(bytes.subarray(0, first)).toString('utf8') !== CACHE_FORMAT) return {problem: 'not an Octavo cache entry of this version'}
  let header: Header
  try {
    header = JSON.parse(Buffer.from(bytes.subarray(first + 1, second)).toString('utf8')) as Header
  } catch {
    return {problem: 'its header is not JSON'}
  }
  if (header.key !== key || !Array.isArray(header.files) || !Array.isArray(header.inputs) || !Array.isArray(header.diagnostics)) return {problem: 'its header is not the one of this build'}
  const total = header.files.reduce((sum, [, length]) => sum + length, 0)
  if (second + 1 + total !== bytes.length) return {problem: 'it is cut short or has bytes too many'}
  return {header, at: second + 1}
}

/** The outputs of an entry, each checked against its hash. */
function entryFiles(bytes: Uint8Array, header: Header, at: number): Map<string, Uint8Array> | undefined {
  const files = new Map<string, Uint8Array>()
  for (const [name, length, hash] of header.files) {
    const content = bytes.subarray(at, at + length)
    if (sha256(content) !== hash) return undefined
    files.set(name, content)
    at += length
  }
  return files
}

/** What a file holds for the cache: its SHA-256, or `ABSENT`. */
const ABSENT = 'absent'
async function contentHash(file: string): Promise<string> {
  try {
    return sha256(await readFile(file))
  } catch {
    return ABSENT
  }
}

/** The files the build read are as they were, and the ones it did not find still absent (else the entry is stale, not damaged). */
async function inputsUnchanged(inputs: ReadonlyArray<[string, string]>): Promise<boolean> {
  for (const [file, hash] of inputs) if ((await contentHash(file)) !== hash) return false
  return true
}

export type Lookup = {hit: CachedBuild} | {miss: 'absent' | 'stale'} | {damaged: string}

/** The entry of `key`, if there is a whole one whose inputs are unchanged. */
export async function lookup(folder: string, key: string): Promise<Lookup> {
  const file = entryPath(folder, key)
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch {
    return {miss: 'absent'}
  }
  const parsed = parseEntry(bytes, key)
  if ('problem' in parsed) return {damaged: `${file}: ${parsed.problem}`}
  const files = entryFiles(bytes, parsed.header, parsed.at)
  if (!files) return {damaged: `${file}: an output does not match its hash`}
  if (!(await inputsUnchanged(parsed.header.inputs))) return {miss: 'stale'}
  const now = new Date()
  await utimes(file, now, now).catch(() => undefined)
  return {hit: {files, diagnostics: parsed.header.diagnostics, inputs: parsed.header.inputs.map(([f]) => f)}}
}

/**
 * Keep a build's outputs under `key`. Never fails the build: a cache that
 * cannot be written is a cache that is not used.
 */
export async function store(folder: string, key: string, build: CachedBuild): Promise<void> {
  const outputs = [...build.files].map(([name, content]) => [name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content] as const)
  const size = outputs.reduce((sum, [, content]) => sum + content.length, 0)
  if (size > CACHE_LIMITS.entry) return
  try {
    const inputs: Array<[string, string]> = []
    for (const file of [...build.inputs, ...(build.absent ?? [])]) inputs.push([file, await contentHash(file)])
    const header: Header = {key, inputs, diagnostics: build.diagnostics, files: outputs.map(([name, content]) => [name, content.length, sha256(content)])}
    await writeWhole(entryPath(folder, key), Buffer.concat([Buffer.from(`${CACHE_FORMAT}\n${JSON.stringify(header)}\n`, 'utf8'), ...outputs.map(([, content]) => content)]))
    await prune(folder)
  } catch {
    // A full disk or a read-only cache folder: the build stands without it.
  }
}

/** Remove the least recently used entries (and leftover temporary files) until the folder holds at most `CACHE_LIMITS.bytes`. */
export async function prune(folder: string): Promise<void> {
  const entries: Array<{file: string; size: number; used: number}> = []
  for (const name of await readdir(folder)) {
    const file = path.join(folder, name)
    const info = await stat(file).catch(() => undefined)
    if (!info?.isFile()) continue
    if (name.endsWith('.tmp') && Date.now() - info.mtimeMs > 3600_000) await rm(file, {force: true})
    else if (ENTRY_SUFFIXES.some((suffix) => name.endsWith(suffix))) entries.push({file, size: info.size, used: info.mtimeMs})
  }
  let total = entries.reduce((sum, e) => sum + e.size, 0)
  for (const e of entries.sort((a, b) => a.used - b.used)) {
    if (total <= CACHE_LIMITS.bytes) break
    await rm(e.file, {force: true})
    total -= e.size
  }
}
