import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import Tinypool from 'tinypool'
import type {PreparedNote} from '@octavo/citations'

/**
 * `octavo notes` on more cores: worker threads (tinypool) read the notes
 * ahead, each as far as it can be read alone (`prepareNote`: the model's
 * labels, the citations' fields), chunk by chunk; this thread then reads them
 * in order (`readNotes`: `Ibid.`, short forms, one item per work), as it would
 * have on its own: the output is the same whatever the number of threads. The
 * worker script is the bundled one (dist/bundle/notes-worker.mjs, from the
 * sources too, as the tests run them; none built: one thread).
 */
const WORKER = new URL('../../dist/bundle/notes-worker.mjs', import.meta.url)

/**
 * Fewer notes than this are read in this thread: a worker takes about 0.1 s
 * of one core to start (Node, the notes reader, the model), the time of
 * reading a few hundred notes (measured: README, `bench:notes`).
 */
export const NOTES_PARALLEL_FROM = 1000

/** Notes sent to a worker at a time: small enough that the threads end together, large enough that a message costs nothing. */
export const NOTES_CHUNK = 250

/** The threads to read `notes` notes with: those asked for (`--jobs`), else the cores there are; never more than the cores or the chunks. */
export function notesJobs(asked: number | undefined, notes: number): number {
  if (notes < NOTES_PARALLEL_FROM) return 1
  return Math.max(1, Math.min(asked ?? availableParallelism(), availableParallelism(), Math.ceil(notes / NOTES_CHUNK)))
}

/**
 * The notes read ahead by `jobs` worker threads, in the order of `texts`;
 * undefined when one thread it is (`jobs` 1, or no worker script built):
 * `readNotes` then reads them all itself.
 */
export async function prepareNotes(texts: readonly string[], jobs: number): Promise<PreparedNote[] | undefined> {
  if (jobs < 2 || !existsSync(fileURLToPath(WORKER))) return undefined
  // Two chunks in flight per worker: the next is already there when one ends.
  const pool = new Tinypool({filename: WORKER.href, minThreads: jobs, maxThreads: jobs, concurrentTasksPerWorker: 2, execArgv: []})
  try {
    const chunks: Array<Promise<PreparedNote[]>> = []
    for (let at = 0; at < texts.length; at += NOTES_CHUNK) chunks.push(pool.run(texts.slice(at, at + NOTES_CHUNK), {name: 'prepare'}) as Promise<PreparedNote[]>)
    return (await Promise.all(chunks)).flat()
  } finally {
    await pool.destroy()
  }
}
