import {renameSync, rmSync} from 'node:fs'
import {copyFile, link, lstat, mkdir, readdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import {randomBytes} from 'node:crypto'
import path from 'node:path'

/** The kinds of output `build --to` accepts, with the files each writes (contracts §1). */
export const OUTPUT_KINDS = {
  pdf: ['.pdf'],
  epub: ['.epub'],
  bibliography: ['.bibliography.html', '.bibliography.txt'],
  'csl-json': ['.csl.json'],
  ris: ['.ris'],
  bibtex: ['.bib'],
  citations: ['.citations.json']
} as const satisfies Record<string, readonly string[]>

export type OutputKind = keyof typeof OUTPUT_KINDS

export function isOutputKind(value: string): value is OutputKind {
  return Object.hasOwn(OUTPUT_KINDS, value)
}

/** An output would replace a file the build reads (`-o .` beside `paper.bib`): refused before anything is written. */
export class OutputIsInput extends Error {
  override name = 'OutputIsInput'
}

/**
 * Write every file, or none, and never over a file the build read
 * (`inputs`, compared as the files they are: links and hard links too).
 * Each file is staged as a temporary file in the target folder; then each
 * target is replaced, its old content kept aside until every replacement
 * succeeded, and put back if one fails or the process is interrupted. The
 * temporary and kept files are named `.<name>.octavo-<pid>-<tag>.tmp|.old`;
 * those a killed build left are cleared by the next build into the folder.
 */
export async function writeAll(dir: string, files: ReadonlyMap<string, Uint8Array | string>, inputs: readonly string[] = []): Promise<string[]> {
  await ensureFolder(dir)
  await sweepLeftovers(dir)
  await refuseInputs(dir, [...files.keys()], inputs)
  const commit = new Commit(dir)
  ACTIVE.add(commit)
  const stop = onInterrupt()
  try {
    for (const [name, content] of files) await commit.stage(name, content)
    for (const name of files.keys()) await commit.replace(name)
    await commit.finish()
  } catch (error) {
    commit.rollback()
    throw error
  } finally {
    ACTIVE.delete(commit)
    stop()
  }
  return [...files.keys()].map((name) => path.join(dir, name))
}

const LEFTOVER = /^\.(.+)\.octavo-(\d+)-[0-9a-f]+\.(tmp|old)$/

/** One output set being written: staged files, then targets replaced with their old content kept. */
class Commit {
  readonly #dir: string
  readonly #tag = `octavo-${process.pid}-${randomBytes(6).toString('hex')}`
  readonly #staged = new Map<string, string>()
  /** Targets replaced so far, with where their old content is (undefined: there was none). */
  readonly #replaced: Array<[string, string | undefined]> = []

  constructor(dir: string) {
    this.#dir = dir
  }

  async stage(name: string, content: Uint8Array | string): Promise<void> {
    const temporary = this.#aside(name, 'tmp')
    this.#staged.set(name, temporary)
    await writeFile(temporary, content, {flag: 'wx'}).catch(naming(path.join(this.#dir, name)))
  }

  async replace(name: string): Promise<void> {
    const target = path.join(this.#dir, name)
    const old = this.#aside(name, 'old')
    const kept = await keep(target, old).catch(naming(target))
    this.#replaced.push([target, kept ? old : undefined])
    await rename(this.#staged.get(name)!, target).catch(naming(target))
    this.#staged.delete(name)
  }

  /** Everything replaced: the old contents go. */
  async finish(): Promise<void> {
    await Promise.all(this.#replaced.map(([, old]) => (old ? rm(old, {force: true}) : undefined)))
  }

  /** Put back every replaced target's old content and remove what was staged (synchronous: it also runs on a signal). */
  rollback(): void {
    for (const [target, old] of this.#replaced.reverse()) {
      try {
        if (old) renameSync(old, target)
        else rmSync(target, {force: true})
      } catch {
        // Left for the next build's sweep, which restores a kept file whose target is gone.
      }
    }
    for (const temporary of this.#staged.values()) rmSync(temporary, {force: true})
  }

  #aside(name: string, kind: 'tmp' | 'old'): string {
    return path.join(this.#dir, `.${name}.${this.#tag}.${kind}`)
  }
}

/** A system error, thrown again with the output file it was about (`target`). */
function naming(target: string): (error: unknown) => never {
  return (error) => {
    throw Object.assign(error as Error, {target})
  }
}

/** A second name for the target's current content (a hard link, else a copy); false when there is no target. */
async function keep(target: string, old: string): Promise<boolean> {
  try {
    await link(target, old)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return false
    if (code === 'EISDIR' || code === 'EPERM') {
      if ((await stat(target)).isDirectory()) throw Object.assign(new Error(`'${target}' is a folder`), {code: 'EISDIR'})
    }
    await copyFile(target, old)
    return true
  }
}

const ACTIVE = new Set<Commit>()

/** While a set is being written, SIGINT and SIGTERM put the old files back and remove the staged ones before the process ends. */
function onInterrupt(): () => void {
  const handler = (signal: NodeJS.Signals) => {
    for (const commit of ACTIVE) commit.rollback()
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', handler)
  process.once('SIGTERM', handler)
  return () => {
    process.off('SIGINT', handler)
    process.off('SIGTERM', handler)
  }
}

/**
 * Files a killed build (kill -9, a power cut) left in the folder: staged
 * files are removed; a kept old file is put back when its target is gone,
 * else removed. Files of a build still running (its process alive) are left.
 */
async function sweepLeftovers(dir: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    const match = LEFTOVER.exec(entry)
    if (!match || isRunning(Number(match[2]))) continue
    const file = path.join(dir, entry)
    const target = path.join(dir, match[1]!)
    if (match[3] === 'old' && !(await exists(target))) await rename(file, target).catch(() => undefined)
    else await rm(file, {force: true})
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return ACTIVE.size > 0
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function exists(file: string): Promise<boolean> {
  return (await lstat(file).catch(() => undefined)) !== undefined
}

/** Refuse when a target is (through a link, or a hard link) one of the files the build read. */
async function refuseInputs(dir: string, names: readonly string[], inputs: readonly string[]): Promise<void> {
  const read = new Map<string, string>()
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined)
    if (info) read.set(`${info.dev}:${info.ino}`, input)
  }
  for (const name of names) {
    const target = path.join(dir, name)
    const info = await stat(target).catch(() => undefined)
    const input = info && read.get(`${info.dev}:${info.ino}`)
    if (input === undefined) continue
    const shown = path.relative(process.cwd(), input) || input
    const same = path.resolve(target) === path.resolve(input) ? `the output '${target}'` : `the output '${target}' (the same file as '${shown}')`
    throw new OutputIsInput(`${same} is a file this build reads: nothing written (write the outputs elsewhere with -o DIR)`)
  }
}

/**
 * Make the output folder and the missing folders above it, one at a time
 * (Node's recursive mkdir can spin forever on some special file systems).
 */
async function ensureFolder(dir: string): Promise<void> {
  const missing: string[] = []
  let current = path.resolve(dir)
  for (;;) {
    const info = await stat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`'${current}' is not a folder`), {code: 'ENOTDIR'})
      break
    }
    missing.unshift(current)
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const folder of missing) await mkdir(folder)
}
