import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import Tinypool from 'tinypool'
import type {Bibliography, CslItem, Root} from '@octavo/parser'
import type {BibliographyNodeOptions} from '@octavo/citations'
import type {KeptArticle} from './kept-articles.js'
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
  /** Articles of `tree` sent as their prepared entries' bytes (kept-articles.ts): the worker puts their trees back. */
  kept?: readonly KeptArticle[]
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

  /** A volume's bibliography formatted on the worker (build.ts's `editionBibliography`). */
  bibliography(items: readonly CslItem[], options: BibliographyNodeOptions): Promise<Bibliography> {
    return this.#pool.run({items, options}, {name: 'bibliography'}) as Promise<Bibliography>
  }

  /** Content streams compressed on the worker (render-pdf's `deflate`): `Deflater` gives it pages in batches. */
  deflate(chunks: readonly Uint8Array[]): Promise<Uint8Array[]> {
    return this.#pool.run(chunks, {name: 'deflate'}) as Promise<Uint8Array[]>
  }

  /** An article's EPUB, made while this thread makes its PDF (`--watch`). */
  epub(task: EpubTask): Promise<EpubMade> {
    return this.#pool.run(task, {name: 'epub'}) as Promise<EpubMade>
  }

  stop(): Promise<void> {
    return this.#pool.destroy()
  }
}

/** Bytes of content streams sent to the worker at once: a few dozen pages, so that it compresses while the writer makes the next ones. */
export const DEFLATE_BATCH = 512 * 1024

/**
 * The PDF writer's `deflate` (render-pdf's `WriteOptions.deflate`) on the worker: each page's bytes
 * are queued and sent in batches of `DEFLATE_BATCH` as the writer makes them (the last batch once
 * it stops for breath); a batch that fails on the worker is compressed here, with the same function.
 */
export class Deflater {
  #queue: Array<{bytes: Uint8Array; done: (made: Uint8Array) => void}> = []
  #size = 0

  constructor(
    private readonly workers: Pick<Workers, 'deflate'>,
    private readonly here: (bytes: Uint8Array) => Uint8Array
  ) {
    // The worker loads the compressor (render-pdf) now, between its other tasks, not when the first pages come.
    workers.deflate([]).catch(() => undefined)
  }

  readonly deflate = (bytes: Uint8Array): Promise<Uint8Array> =>
    new Promise((done) => {
      if (this.#queue.length === 0) queueMicrotask(() => this.#send())
      this.#queue.push({bytes, done})
      this.#size += bytes.byteLength
      if (this.#size >= DEFLATE_BATCH) this.#send()
    })

  #send(): void {
    const batch = this.#queue
    if (batch.length === 0) return
    this.#queue = []
    this.#size = 0
    const chunks = batch.map(({bytes}) => bytes)
    void this.workers.deflate(chunks).then(
      (made) => batch.forEach(({done}, i) => done(made[i] instanceof Uint8Array ? made[i] : this.here(chunks[i]!))),
      () => batch.forEach(({bytes, done}) => done(this.here(bytes)))
    )
  }
}
