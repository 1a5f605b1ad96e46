/**
 * How fast the notes reader reads, and whether a change keeps what it reads:
 *
 *   npx tsx train/speed.ts [--against DIR] [--passes N] [--no-hash]
 *
 * - Output: a sha256 of `JSON.stringify(segmentNote(text))` over every record
 *   of the four footnote corpora (about 36,000 notes). A change made for speed
 *   must leave it as it was (the confidences are floats: the same sums in the
 *   same order).
 * - Speed: `segmentNote` over the OpenEdition and EXCITE notes (the notes of
 *   `bench:notes`), in CPU time. With `--against DIR` (a copy of this package
 *   at another commit, at least its `src/` and `model/`, placed so that it
 *   finds this repository's node_modules), that code and this one read the
 *   same chunks of notes in turn, and the median ratio of their times is
 *   printed: the machine is shared, and only figures taken side by side
 *   compare.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {SHARED} from './data.js'

type Reader = (text: string) => unknown

const args = process.argv.slice(2)
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const passes = Number(option('--passes') ?? 3)
const CHUNKS = 10

const texts = (corpus: string): string[] =>
  readFileSync(new URL(`data/footnotes/${corpus}.jsonl`, SHARED), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as {text: string}).text)

async function reader(dir: string): Promise<Reader> {
  return ((await import(resolve(dir, 'src/lib/notes-reader.ts'))) as {segmentNote: Reader}).segmentNote
}

/** CPU time (ms) of reading `notes`. */
function cpu(read: Reader, notes: readonly string[]): number {
  const start = process.cpuUsage()
  for (const n of notes) read(n)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

const here = await reader(new URL('..', import.meta.url).pathname)
if (!args.includes('--no-hash')) {
  const all = createHash('sha256')
  let count = 0
  for (const corpus of ['linkedbooks', 'grobid-citation', 'openedition', 'excite']) {
    for (const t of texts(corpus)) {
      all.update(JSON.stringify(here(t))).update('\n')
      count++
    }
  }
  console.log(`output: ${all.digest('hex').slice(0, 16)} (sha256 of segmentNote over the ${count} notes of the four corpora)`)
}

const notes = [...texts('openedition'), ...texts('excite')]
const against = option('--against')
const readers = against ? [here, await reader(against)] : [here]
for (const read of readers) for (const n of notes) read(n)
const size = Math.ceil(notes.length / CHUNKS)
const totals = readers.map(() => 0)
const ratios: number[] = []
for (let p = 0; p < passes; p++) {
  for (let c = 0; c < CHUNKS; c++) {
    const chunk = notes.slice(c * size, (c + 1) * size)
    const times = readers.map(() => 0)
    // Which reads first alternates, so neither is always the one that runs on a warmer or quieter machine.
    for (let k = 0; k < readers.length; k++) {
      const j = (k + p + c) % readers.length
      times[j] = cpu(readers[j]!, chunk)
    }
    times.forEach((t, j) => (totals[j]! += t))
    if (against) ratios.push(times[1]! / times[0]!)
  }
}
const rate = (ms: number) => Math.round((passes * notes.length) / (ms / 1000))
console.log(`speed: ${rate(totals[0]!)} notes/s (segmentNote, CPU time, ${passes} passes over ${notes.length} OpenEdition and EXCITE notes)`)
if (against) {
  ratios.sort((a, b) => a - b)
  const q = (x: number) => ratios[Math.floor(x * (ratios.length - 1))]!.toFixed(3)
  console.log(`against ${against}: ${rate(totals[1]!)} notes/s; its time / this one's, per chunk: median ${q(0.5)} (quartiles ${q(0.25)}–${q(0.75)}, ${ratios.length} chunks)`)
}
