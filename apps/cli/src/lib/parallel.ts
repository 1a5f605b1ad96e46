import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import Tinypool from 'tinypool'
import type {ArticleMeta, CslItem, Root} from '@octavo/parser'
import type {BuildResult, PreparedArticle, RenderSettings} from './build.js'
import type {SourceFile} from './input.js'

/**
 * Work for other cores (worker threads, by tinypool): preparing articles
 * (parse, notes, bibliography) and the outputs other than the PDF, while this
 * thread does its share. The worker script is always the built one
 * (`dist/lib/worker.js`): the sources, run by the tests, use it too, and run
 * on one thread when it has not been built.
 */
const WORKER = new URL('../../dist/lib/worker.js', import.meta.url)

/**
 * This process's Node flags for the workers, without export conditions: the
 * worker is the built script and must load the built packages, even when this
 * thread runs the sources (as the tests do, with `--conditions`).
 */
function workerFlags(): string[] {
  const flags: string[] = []
  const given = process.execArgv
  for (let i = 0; i < given.length; i++) {
    const flag = given[i]!
    if (flag === '--conditions' || flag === '-C') i++
    else if (!flag.startsWith('--conditions=') && !flag.startsWith('-C=')) flags.push(flag)
  }
  return flags
}

/** A reader smaller than this is bound on one thread: starting a worker costs more than it saves. */
export const PARALLEL_FROM = 4

/** Threads to use by default: the cores there are, at most four. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 4))
}

export interface PrepareTask {
  source: SourceFile
  meta: ArticleMeta | undefined
  style: string
  /** Make the article's own bibliography node too. */
  bibliography: boolean
}

export interface RenderTask {
  stem: string
  tree: Root
  items: readonly CslItem[]
  settings: RenderSettings
  images: ReadonlyMap<string, Uint8Array>
}

/** Worker threads for `jobs - 1` more cores; undefined when one thread it is. */
export class Workers {
  readonly #pool: Tinypool

  private constructor(pool: Tinypool) {
    this.#pool = pool
  }

  static start(jobs: number): Workers | undefined {
    if (jobs < 2 || !existsSync(fileURLToPath(WORKER))) return undefined
    const threads = jobs - 1
    // Two tasks in flight per worker: the next is already there when one ends,
    // whatever this thread is busy with.
    return new Workers(new Tinypool({filename: WORKER.href, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: 2, execArgv: workerFlags()}))
  }

  /** The number of worker threads. */
  get size(): number {
    return this.#pool.options.maxThreads
  }

  prepare(task: PrepareTask): Promise<PreparedArticle> {
    return this.#pool.run(task, {name: 'prepare'}) as Promise<PreparedArticle>
  }

  render(task: RenderTask): Promise<BuildResult> {
    return this.#pool.run(task, {name: 'render'}) as Promise<BuildResult>
  }

  stop(): Promise<void> {
    return this.#pool.destroy()
  }
}
