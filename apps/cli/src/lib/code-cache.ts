/**
 * V8's code cache of the command (issue 16): the bytecode of every function
 * a run compiled, kept under the cache folder (cache.ts, the same
 * `OCTAVO_CACHE_DIR` and its `off`) so that the next process of the same
 * kind compiles nothing it compiled before. Node 20 caches no ES module, so
 * the command is also built as one CommonJS file (bundle.mjs) that
 * src/start.ts compiles with `vm.Script` and this cache.
 *
 * One file per build of Octavo, Node, V8 flags and kind of command
 * (`codeCacheFile`): `<hash>.octavo-code`, a first line `octavo-code 1`, a
 * second with the SHA-256 of the rest, then V8's bytes. The bytes are used
 * only when the hash holds and V8 accepts them (it checks its version, the
 * source and the flags itself); else the entry is made again at exit, with
 * a warning. Written whole (temporary file, rename), at most
 * `CODE_CACHE_LIMITS.entry` bytes; the folder's limit (cache.ts) counts it.
 */
import {createHash} from 'node:crypto'
import {readFileSync, utimesSync} from 'node:fs'
import {entryFile, writeWholeSync} from './cache.js'

export const CODE_CACHE_FORMAT = 'octavo-code 1'

export const CODE_CACHE_LIMITS = {
  /** One entry; a larger one is not written (the whole program compiled is ≈ 6 MB). */
  entry: 64 * 1024 * 1024
}

/** What the cache depends on besides the program's bytes, which V8 checks. */
export interface CodeCacheKey {
  /** The build of Octavo (dist/bundle/build-id). */
  build: string
  /** `process.version`, `process.arch`: V8 rejects another version's code, and the key keeps them apart. */
  node: string
  /** Node's and V8's options (`process.execArgv`, `NODE_OPTIONS`): V8 rejects code made under other flags. */
  flags: string
  /** What kind of run (`codeProfile`): each compiles other functions. */
  profile: string
}

/**
 * The kind of run a cache entry is made by and for: the command and what it
 * writes (`--to`), as given. Runs of one kind compile the same functions: a
 * cache made by `build --to csl-json` would leave a full build's PDF code
 * uncompiled.
 */
export function codeProfile(argv: readonly string[]): string {
  const command = argv.find((arg) => !arg.startsWith('-')) ?? ''
  const at = argv.findIndex((arg) => arg === '--to' || arg.startsWith('--to='))
  const to = at < 0 ? '' : argv[at]!.startsWith('--to=') ? argv[at]!.slice('--to='.length) : (argv[at + 1] ?? '')
  return `${command} ${to}`
}

/** The file of a key in `folder`. */
export function codeCacheFile(folder: string, key: CodeCacheKey): string {
  return entryFile(folder, '.octavo-code', key.build, key.node, key.flags, key.profile)
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** V8's bytes kept in `file`, or why they cannot be used; `absent` when there is no file. */
export function readCodeCache(file: string): {bytes: Buffer} | {absent: true} | {problem: string} {
  let whole: Buffer
  try {
    whole = readFileSync(file)
  } catch {
    return {absent: true}
  }
  const first = whole.indexOf(10)
  const second = first < 0 ? -1 : whole.indexOf(10, first + 1)
  if (second < 0 || whole.subarray(0, first).toString('latin1') !== CODE_CACHE_FORMAT) return {problem: 'not an Octavo code cache of this version'}
  const bytes = whole.subarray(second + 1)
  if (whole.subarray(first + 1, second).toString('latin1') !== sha256(bytes)) return {problem: 'its bytes do not match their hash'}
  try {
    const now = new Date()
    utimesSync(file, now, now) // recently used: the folder's limit removes the least recently used first
  } catch {
    // A read-only cache folder: the entry is still good.
  }
  return {bytes}
}

/** Keep V8's bytes in `file` (whole, or not at all). Never fails the command. */
export function writeCodeCache(file: string, bytes: Uint8Array): void {
  if (bytes.length > CODE_CACHE_LIMITS.entry) return
  try {
    writeWholeSync(file, Buffer.concat([Buffer.from(`${CODE_CACHE_FORMAT}\n${sha256(bytes)}\n`, 'latin1'), bytes]))
  } catch {
    // A full disk or a read-only cache folder: the next run compiles again.
  }
}
