/**
 * `npm run bench:notes`: how well and how fast the notes reader reads notes.
 *
 *   npx tsx train/bench.ts [--folds 0,1,2,3,4] [--quick]
 *
 * - Held-out folds: for each fold K asked for (default 0), a model trained
 *   without the documents of fold K (cached in node_modules/.cache by a hash
 *   of the training code and data) reads those documents of LinkedBooks and
 *   GROBID, and all of OpenEdition and EXCITE (never trained on); the shared
 *   scorer's figures per corpus and language, and pooled.
 * - The shipped model: the real article's notes 1–48 (score-citations.py)
 *   and the Chicago-like AnyStyle references.
 * - Speed: notes per second through `segmentNote` with the shipped model in
 *   one thread, best of several rounds (the machine is shared); and the whole
 *   `octavo notes` process on the same notes, `--jobs 1` against the default
 *   (all the cores), paired (`--no-cli` leaves it out; it needs `npm run build`).
 */
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {performance} from 'node:perf_hooks'
import {decodeModel, type StoredModel} from '../src/lib/model/store.js'
import {shippedModel} from '../src/lib/model/shipped.js'
import {segmentNote} from '../src/lib/notes-reader.js'
import {loadFootnotes, SHARED, type LabeledRecord} from './data.js'
import {scorePipeline} from './evaluate.js'
import {anystyleReport, devArticleReport, goldReport} from './gold.js'
import {DEFAULTS, foldOf, trainingRecords, trainModel} from './pipeline.js'

const args = process.argv.slice(2)
const folds = (args.includes('--folds') ? args[args.indexOf('--folds') + 1]! : '0').split(',').map(Number)
const log = (s: string) => process.stderr.write(`${s}\n`)
const here = new URL('./', import.meta.url)
const cache = new URL('../../../node_modules/.cache/octavo-notes/', import.meta.url)

/** Tools beside the training code that do not change what a model learns. */
const NOT_TRAINING = new Set(['bench.ts', 'errors.ts', 'eval-model.ts', 'evaluate.ts', 'gold.ts', 'show.ts', 'speed.ts', 'train.ts'])

/** What a fold model depends on: the training and model code, the data files, the options. */
function trainingKey(): string {
  const hash = createHash('sha256')
  for (const dir of [here, new URL('synthetic/', here), new URL('../src/lib/model/', here)]) {
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !NOT_TRAINING.has(f))
      .sort())
      hash.update(f).update(readFileSync(new URL(f, dir)))
  }
  for (const f of ['anystyle-gold/core.jsonl', 'footnotes/linkedbooks.jsonl', 'footnotes/grobid-citation.jsonl']) hash.update(readFileSync(new URL(`data/${f}`, SHARED)))
  hash.update(JSON.stringify(DEFAULTS))
  return hash.digest('hex').slice(0, 16)
}

function foldModel(k: number, records: readonly LabeledRecord[]): StoredModel {
  const file = new URL(`fold-${k}-${trainingKey()}.bin`, cache)
  if (existsSync(file)) return decodeModel(new Uint8Array(readFileSync(file)))
  log(`training the model without fold ${k} (about 10 minutes; cached in ${cache.pathname})`)
  const start = performance.now()
  const {bytes, model} = trainModel(
    records.filter((r) => foldOf(r.doc) !== k),
    {...DEFAULTS, holdout: k, log: (l) => log(`  ${l}`)}
  )
  mkdirSync(cache, {recursive: true})
  writeFileSync(file, bytes)
  log(`  trained in ${((performance.now() - start) / 60000).toFixed(1)} min`)
  return model
}

// `--key`: the cache key of the fold models for the code and data as they are (to keep a model after a change that does not affect training).
if (args.includes('--key')) {
  console.log(trainingKey())
  process.exit(0)
}

const headline = (out: string) =>
  out
    .trim()
    .split('\n')
    .at(-1)!
    .replace(/^footnotes: /, '')
const lines = (out: string) =>
  out
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('  ') && !l.startsWith('footnotes:'))

if (!args.includes('--quick')) {
  const records = trainingRecords({synthetic: DEFAULTS.synthetic, log})
  const copyleft = [...loadFootnotes('openedition.jsonl'), ...loadFootnotes('excite.jsonl')]
  for (const k of folds) {
    const model = foldModel(k, records)
    const held = records.filter((r) => foldOf(r.doc) === k && (r.source === 'linkedbooks' || r.source === 'grobid-citation'))
    console.log(`\n## Held-out fold ${k} (LinkedBooks and GROBID documents of fold ${k}; OpenEdition and EXCITE whole, never trained on)\n`)
    console.log('| corpus | records | result |')
    console.log('|---|---|---|')
    const pooled: LabeledRecord[] = []
    for (const [name, part] of [
      ['linkedbooks', held.filter((r) => r.source === 'linkedbooks')],
      ['grobid-citation', held.filter((r) => r.source === 'grobid-citation')],
      ['openedition', copyleft.filter((r) => r.source === 'openedition')],
      ['excite', copyleft.filter((r) => r.source === 'excite')]
    ] as const) {
      pooled.push(...part)
      console.log(`| ${name} | ${part.length} | ${headline(scorePipeline(model, part))} |`)
    }
    const all = scorePipeline(model, pooled, ['--by', 'lang'])
    console.log(`| **pooled** | ${pooled.length} | ${headline(all)} |`)
    console.log('\nBy language (pooled):\n')
    for (const l of lines(all)) console.log(`    ${l}`)
  }
}

const model = shippedModel()
console.log(`\n## Shipped model (${JSON.stringify(model.info.sources)})\n`)
console.log(`- real article, gold notes 1–48: ${goldReport(model)}`)
console.log(`- AnyStyle Chicago-like references (never trained on): ${anystyleReport(model)}`)
for (const name of ['en-short-notes', 'de-thesis', 'es-lesson']) console.log(`- dev article ${name} (invented, test/fixtures/dev-articles): ${devArticleReport(name, model)}`)

// Speed: the notes of OpenEdition and EXCITE (real notes and references of all lengths).
const speedRecords = [...loadFootnotes('openedition.jsonl'), ...loadFootnotes('excite.jsonl')]
const notes = speedRecords.map((r) => r.text)
segmentNote(notes[0]!)
let best = Infinity
for (let round = 0; round < 5; round++) {
  const start = performance.now()
  for (const n of notes) segmentNote(n)
  best = Math.min(best, performance.now() - start)
}
console.log(
  `- speed, one thread: ${Math.round(notes.length / (best / 1000))} notes/s (segmentNote, best of 5 rounds of ${notes.length} OpenEdition and EXCITE notes; ${cpus()[0]?.model ?? 'cpu'}, Node ${process.versions.node})`
)
if (!args.includes('--no-cli')) console.log(`- speed, whole process: ${commandSpeed(speedRecords)}`)

/**
 * `octavo notes --to jsonl` on the same notes (a temporary .jsonl file, their
 * documents kept), wall time of the whole process (start-up, reading the file,
 * writing the output) with `--jobs 1` and with the default (the cores there
 * are), in turn: medians of `PAIRS` pairs, and the median ratio of the pairs.
 */
function commandSpeed(records: readonly LabeledRecord[]): string {
  const PAIRS = 5
  const bin = fileURLToPath(new URL('../../../apps/cli/bin/octavo.js', import.meta.url))
  if (!existsSync(bin)) return 'not measured: the command is not built (npm run build)'
  const dir = mkdtempSync(join(tmpdir(), 'octavo-bench-notes-'))
  const file = join(dir, 'notes.jsonl')
  writeFileSync(file, records.map((r) => `${JSON.stringify({id: r.id, text: r.text, doc: r.doc})}\n`).join(''))
  const run = (jobs: string[]) => {
    const start = performance.now()
    execFileSync(process.execPath, [bin, 'notes', file, '--to', 'jsonl', '-q', ...jobs], {env: {...process.env, OCTAVO_CACHE_DIR: 'off'}, stdio: ['ignore', 'ignore', 'inherit']})
    return performance.now() - start
  }
  const one: number[] = []
  const all: number[] = []
  for (let pair = 0; pair < PAIRS; pair++) {
    // Which runs first alternates (the machine is shared).
    const order = pair % 2 === 0 ? [one, all] : [all, one]
    for (const times of order) times.push(run(times === one ? ['--jobs', '1'] : []))
  }
  rmSync(dir, {recursive: true, force: true})
  const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  const ratios = one.map((t, i) => t / all[i]!).sort((a, b) => a - b)
  const rate = (ms: number) => Math.round(records.length / (ms / 1000)).toLocaleString('en')
  return (
    `${rate(median(all))} notes/s with the default jobs (${availableParallelism()} cpus), ${rate(median(one))} notes/s with --jobs 1 ` +
    `(octavo notes --to jsonl, ${records.length} OpenEdition and EXCITE notes, wall time of the process, start-up included, medians of ${PAIRS} pairs; ` +
    `--jobs 1 / default per pair: median ${ratios[Math.floor(PAIRS / 2)]!.toFixed(2)}, range ${ratios[0]!.toFixed(2)}–${ratios[PAIRS - 1]!.toFixed(2)}; load average ${loadavg()[0]!.toFixed(1)} at the end)`
  )
}
