import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import Tinypool from 'tinypool'
import type {PreparedNote} from '@octavo/citations'

/**
 * `octavo notes` on more cores: worker threads (tinypool) read the notes
 * ahead, each as far as it can be read alone (`prepareNote`: the model's
 * labels, the citations' fields), chunk by chunk; this thread reads them in
 * order as they come (`readNotesAhead`: a document once its notes are there;
 * `Ibid.`, short forms, one item per work), as it would have on its own: the
 * output is the same whatever the number of threads. The
 * worker script is the bundled one (dist/bundle/notes-worker.mjs, from the
 * sources too, as the tests run them; none built: one thread).
 */
const WORKER = new URL('../../dist/bundle/notes-worker.mjs', import.meta.url)

/**
 * Fewer notes than this are read in this thread: a worker takes about 0.1 s
 * of one core to start (Node, the notes reader, the model), the time of
 * reading a few hundred notes. Set from that start-up cost, not from a
 * measured crossing: the machine was never idle (citations README, "Both
 * cores").
 */
export const NOTES_PARALLEL_FROM = 1000

/** Notes sent to a worker at a time: small enough that the threads end together, large enough that a message costs nothing. */
export const NOTES_CHUNK = 250

/** The threads to read `notes` notes with: those asked for (`--jobs`), else the cores there are; never more than the cores or the chunks. */
export function notesJobs(asked: number | undefined, notes: number): number {
  if (notes < NOTES_PARALLEL_FROM) return 1
  return Math.max(1, Math.min(asked ?? availableParallelism(), availableParallelism(), Math.ceil(notes / NOTES_CHUNK)))
}

/** Notes being read ahead in worker threads: each input's reading when it comes; `stop` ends the threads. */
export interface NotesAhead {
  note(index: number): Promise<PreparedNote | undefined>
  stop(): Promise<void>
}

/**
 * Start reading `texts` ahead in `jobs` worker threads, `NOTES_CHUNK` at a
 * time, in order; undefined when one thread it is (`jobs` 1, or no worker
 * script built): `readNotes` then reads them all itself. A chunk a worker
 * fails on is read in this thread (`note` gives undefined for its notes):
 * the output is the same.
 */
export function startNotesAhead(texts: readonly string[], jobs: number): NotesAhead | undefined {
  if (jobs < 2 || !existsSync(fileURLToPath(WORKER))) return undefined
  // Two chunks in flight per worker: the next is already there when one ends, while this thread reads the notes that came.
  const pool = new Tinypool({filename: WORKER.href, minThreads: jobs, maxThreads: jobs, concurrentTasksPerWorker: 2, execArgv: []})
  const chunks: Array<Promise<PreparedNote[] | undefined>> = []
  for (let at = 0; at < texts.length; at += NOTES_CHUNK) {
    chunks.push((pool.run(texts.slice(at, at + NOTES_CHUNK), {name: 'prepare'}) as Promise<PreparedNote[]>).catch(() => undefined))
  }
  return {
    note: async (index) => (await chunks[Math.floor(index / NOTES_CHUNK)])?.[index % NOTES_CHUNK],
    stop: () => pool.destroy()
  }
}
