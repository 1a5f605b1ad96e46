import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import Tinypool from 'tinypool'
import type {CslItem, Root} from '@octavo/parser'
import type {BuildResult, EpubAside, EpubMade, EpubTask, PreparedArticle, PrepareTask, RenderSettings} from './build.js'

/**
 * Work for other cores (worker threads, by tinypool): preparing articles
 * (parse, notes, bibliography) and the outputs other than the PDF, while this
 * thread does its share. The worker script is always the built one
 * (`dist/lib/worker.js`): the sources, run by the tests, use it too, and run
 * on one thread when it has not been built. The workers get none of this
 * process's Node flags: those that name an entry (`-e`, `--input-type`) or
 * export conditions (`--conditions`, as the tests run the sources) would break
 * the built worker script.
 */
const WORKER = new URL('../../dist/lib/worker.js', import.meta.url)

/** A reader smaller than this is bound on one thread: starting a worker costs more than it saves. */
export const PARALLEL_FROM = 4

/** Threads to use by default: the cores there are, at most four. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 4))
}

/**
 * The threads to start for `work` articles: those asked for (`--jobs`, else
 * `defaultJobs`), but never more than the cores there are nor than the
 * articles (a thread with nothing to do costs its memory all the same:
 * `--jobs 1000` once started a thousand workers).
 */
export function jobsFor(asked: number | undefined, work: number): number {
  return Math.max(1, Math.min(asked ?? defaultJobs(), availableParallelism(), work))
}

export interface RenderTask {
  stem: string
  tree: Root
  items: readonly CslItem[]
  settings: RenderSettings
  images: ReadonlyMap<string, Uint8Array>
}

/** Worker threads for `jobs - 1` more cores; undefined when one thread it is. */
export class Workers implements EpubAside {
  readonly #pool: Tinypool

  private constructor(pool: Tinypool) {
    this.#pool = pool
  }

  static start(jobs: number): Workers | undefined {
    if (jobs < 2 || !existsSync(fileURLToPath(WORKER))) return undefined
    const threads = jobs - 1
    // A worker is given its whole share at once (see prepareAll in reader.ts).
    return new Workers(new Tinypool({filename: WORKER.href, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: 1024, execArgv: []}))
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

  /** An article's EPUB, made while this thread makes its PDF (`--watch`). */
  epub(task: EpubTask): Promise<EpubMade> {
    return this.#pool.run(task, {name: 'epub'}) as Promise<EpubMade>
  }

  stop(): Promise<void> {
    return this.#pool.destroy()
  }
}
