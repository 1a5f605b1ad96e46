// npm run bench:reader — what an unchanged article costs in `octavo reader`, as users run it: the
// bundled command in a new process, start to exit, with a cache folder of its own kept from run
// to run (the prepared articles and the PDF's work of earlier runs), one article edited before
// each run (a word of it changed, never to a text built before). Readers of 10 and 40 articles
// (bench/reader.js, 6×9, recto starts): the difference of their medians over the 30 articles
// between them is what each unchanged article costs. Also each reader with no cache
// (OCTAVO_CACHE_DIR=off, every article new) and run again with nothing changed.
//
// BENCH_RUNS runs per case (5); BENCH_SIZES=10,40; BENCH_WAYS=off,unchanged,edited picks the ways. BENCH_BASE=path to another bundle's octavo.js
// pairs it in the same run, alternating (each with its own copy of the reader and cache folder).
// The outputs of the last edited run are checked against a run with no cache (SHA-256 of every
// file, SOURCE_DATE_EPOCH=0). Numbers printed, never asserted; the load average printed.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {differingFiles, hashes, makeReader, pageCount} from './reader.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bundle = process.env['BENCH_BIN'] ? path.resolve(process.env['BENCH_BIN']) : path.join(repo, 'apps/cli/dist/bundle/octavo.js')
const cpuAtExit = path.join(repo, 'bench/cpu-at-exit.cjs')

/** The ways each reader runs (BENCH_WAYS): with no cache, with nothing changed, with one article edited. */
const ways = (process.env['BENCH_WAYS'] ?? 'off,unchanged,edited').split(',')

const median = (values) => {
  if (values.length === 0) return NaN
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** A reader of `count` articles for one variant: its folder, a cache folder, and the first article's file to edit. */
function setUp(count) {
  const {dir, yaml} = makeReader(count)
  const first = path.join(dir, '01')
  const file = path.join(
    first,
    readdirSync(first).find((n) => !n.endsWith('.yaml'))
  )
  return {dir, yaml, file, text: readFileSync(file, 'utf8'), cache: mkdtempSync(path.join(tmpdir(), 'octavo-reader-cache-')), edits: 0}
}

/** One new `octavo reader` process: wall ms start to exit, and CPU ms of its main thread (bench/cpu-at-exit.cjs; the PDF is made there). */
function run(bin, reader, cache) {
  const out = path.join(reader.dir, 'out')
  const start = performance.now()
  const child = spawnSync(process.execPath, ['-r', cpuAtExit, bin, 'reader', reader.yaml, '-o', out, '--quiet'], {
    encoding: 'utf8',
    env: {...process.env, SOURCE_DATE_EPOCH: '0', OCTAVO_CACHE_DIR: cache}
  })
  const wall = performance.now() - start
  if (child.status !== 0) throw new Error(`octavo reader failed (${child.status}): ${child.stderr}`)
  const line = child.stderr.split('\n').find((l) => l.startsWith('octavo-cpu '))
  return {wall, main: line ? JSON.parse(line.slice('octavo-cpu '.length)).main : undefined}
}

/** Change a word of the reader's first article to one it never had. */
function edit(reader) {
  const at = reader.text.indexOf(' the ', Math.floor(reader.text.length / 2))
  writeFileSync(reader.file, `${reader.text.slice(0, at)} edit${++reader.edits} ${reader.text.slice(at + 5)}`)
}

/** Per variant: medians of no cache, nothing changed, one article edited; the pages; the outputs checked. */
export function readerRuns(count, variants, runs) {
  const readers = variants.map(() => setUp(count))
  const times = variants.map(() => ({off: [], unchanged: [], edited: []}))
  readers.forEach((reader, v) => run(variants[v].bin, reader, reader.cache)) // fills the cache, untimed
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? [...variants.keys()].reverse() : [...variants.keys()]
    for (const v of order) {
      const reader = readers[v]
      if (ways.includes('unchanged')) times[v].unchanged.push(run(variants[v].bin, reader, reader.cache))
      edit(reader)
      if (ways.includes('edited')) times[v].edited.push(run(variants[v].bin, reader, reader.cache))
      if (ways.includes('off')) times[v].off.push(run(variants[v].bin, reader, 'off'))
    }
  }
  return Promise.all(
    variants.map(async (variant, v) => {
      const reader = readers[v]
      const out = path.join(reader.dir, 'out')
      run(variant.bin, reader, 'off')
      const fresh = hashes(out)
      run(variant.bin, reader, reader.cache)
      const cached = hashes(out)
      const differ = differingFiles(fresh, cached)
      if (differ.length > 0) throw new Error(`reader of ${count} [${variant.name}]: outputs with the cache differ from those without: ${differ.join(', ')}`)
      const pages = await pageCount(path.join(out, 'reader.pdf'))
      rmSync(reader.dir, {recursive: true, force: true})
      rmSync(reader.cache, {recursive: true, force: true})
      const medians = (key) => Object.fromEntries(Object.entries(times[v]).map(([way, samples]) => [way, median(samples.map((s) => s[key]))]))
      return {variant: variant.name, count, pages, files: Object.keys(cached).length, wall: medians('wall'), main: medians('main')}
    })
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.env['BENCH_RUNS'] ?? 5)
  const sizes = (process.env['BENCH_SIZES'] ?? '10,40').split(',').map(Number)
  const variants = [{name: 'this', bin: bundle}]
  if (process.env['BENCH_BASE']) variants.unshift({name: 'base', bin: path.resolve(process.env['BENCH_BASE'])})
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the start`
  )
  const results = []
  for (const count of sizes) {
    for (const r of await readerRuns(count, variants, runs)) {
      results.push(r)
      const s = (ms) => `${(ms / 1000).toFixed(2)} s`
      const ways = (key) => `no cache ${s(r[key].off)} (${((r[key].off / r.pages) * 1000).toFixed(0)} µs/page), nothing changed ${s(r[key].unchanged)}, one article edited ${s(r[key].edited)}`
      console.log(`octavo reader, ${count} articles (${r.pages} pages) [${r.variant}], medians of ${runs}; ${r.files} outputs the same with the cache`)
      console.log(`    wall:             ${ways('wall')}`)
      console.log(`    main-thread CPU:  ${ways('main')}`)
    }
  }
  for (const v of variants) {
    const [small, large] = sizes.map((count) => results.find((r) => r.variant === v.name && r.count === count))
    if (!small || !large || large.count === small.count) continue
    for (const key of ['wall', 'main']) {
      const per = (way) => ((large[key][way] - small[key][way]) / (large.count - small.count)).toFixed(0)
      console.log(
        `[${v.name}] ${key === 'wall' ? 'wall' : 'main-thread CPU'} of each added article (${small.count} → ${large.count}), one other edited: ${per('edited')} ms; nothing changed ${per('unchanged')} ms; no cache ${per('off')} ms`
      )
    }
  }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the end`
  )
}
