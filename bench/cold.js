// npm run bench:cold — a cold `octavo build` of the real article as users run it: new processes,
// no build cache (OCTAVO_CACHE_DIR=off), start to exit, with the time of each stage inside the
// process (OCTAVO_TIMINGS=1, apps/cli/src/lib/timings.ts). Medians; numbers printed, never asserted.
//
// BENCH_BASE=/path/to/other/dist/bundle/octavo.js pairs this bundle with another one (say main's,
// copied beside this checkout's node_modules) in the same run, alternating, so that a shared
// machine's load falls on both alike. BENCH_RUNS sets the number of processes per variant (7).
// Pandoc is timed beside them when installed (the real article through pandoc → PDF is not
// possible: it is plain text; the paired figure of the issue, Pandoc 2.17 + pdflatex on it
// converted, was 0.89 s).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const article = path.resolve(repo, '../shared/corpus/koreans-1950-1962.txt')
const bundle = path.join(repo, 'apps/cli/dist/bundle/octavo.js')

/** The commands timed: every output, and the exports alone (no citeproc, no renderer). */
export const COLD_TASKS = [
  {name: 'all 8 outputs', args: []},
  {name: '--to csl-json,ris,bibtex,citations', args: ['--to', 'csl-json,ris,bibtex,citations']}
]

const median = (values) => {
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** One new process: wall ms start to exit, and its stages. */
function once(bin, args) {
  const out = mkdtempSync(path.join(tmpdir(), 'octavo-cold-'))
  const start = performance.now()
  const run = spawnSync(process.execPath, [bin, 'build', article, '-o', out, '--quiet', ...args], {encoding: 'utf8', env: {...process.env, SOURCE_DATE_EPOCH: '0', OCTAVO_CACHE_DIR: 'off', OCTAVO_TIMINGS: '1'}})
  const wall = performance.now() - start
  rmSync(out, {recursive: true, force: true})
  if (run.status !== 0) throw new Error(`octavo build failed (${run.status}): ${run.stderr}`)
  const line = run.stderr.split('\n').find((l) => l.startsWith('octavo-timings '))
  return {wall, stages: line ? JSON.parse(line.slice('octavo-timings '.length)) : {}}
}

/** `node -e 0`: Node's own start-up, the floor of any command. */
function nodeAlone(runs) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    spawnSync(process.execPath, ['-e', '0'])
    times.push(performance.now() - start)
  }
  return median(times)
}

/** Medians of `runs` new processes per variant and task, variants alternating. */
export function coldBuilds({runs = 7, variants = [{name: 'this', bin: bundle}]} = {}) {
  const results = []
  for (const task of COLD_TASKS) {
    const samples = variants.map(() => [])
    for (let i = 0; i < runs; i++) {
      const order = i % 2 ? [...variants.keys()].reverse() : [...variants.keys()]
      for (const v of order) samples[v].push(once(variants[v].bin, task.args))
    }
    variants.forEach((variant, v) => {
      const stages = new Map()
      for (const sample of samples[v]) for (const [stage, ms] of Object.entries(sample.stages)) stages.set(stage, [...(stages.get(stage) ?? []), ms])
      results.push({task: task.name, variant: variant.name, wall: median(samples[v].map((s) => s.wall)), walls: samples[v].map((s) => s.wall), stages: new Map([...stages].map(([stage, times]) => [stage, median(times)]))})
    })
  }
  return results
}

/** Print the results: wall medians, then a table of stage medians (variants side by side). */
export function printCold(results, floor) {
  for (const r of results) console.log(`octavo build, ${r.task} (new process, no cache) [${r.variant}]`.padEnd(76) + `${(r.wall / 1000).toFixed(2)} s`.padStart(8) + `   median of ${r.walls.length}; node -e 0 ${floor.toFixed(0)} ms`)
  for (const task of COLD_TASKS) {
    const rows = results.filter((r) => r.task === task.name)
    console.log(`\nstages of a cold build, ${task.name} (median ms per stage; each ends at its mark)`)
    console.log('stage'.padEnd(40) + rows.map((r) => r.variant.padStart(12)).join(''))
    const stages = [...new Set(rows.flatMap((r) => [...r.stages.keys()]))]
    for (const stage of stages) console.log(stage.padEnd(40) + rows.map((r) => (r.stages.has(stage) ? r.stages.get(stage).toFixed(0) : '–').padStart(12)).join(''))
    console.log('sum of stage medians'.padEnd(40) + rows.map((r) => [...r.stages.values()].reduce((a, b) => a + b, 0).toFixed(0).padStart(12)).join(''))
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.env['BENCH_RUNS'] ?? 7)
  const variants = [{name: 'this', bin: bundle}]
  if (process.env['BENCH_BASE']) variants.unshift({name: 'base', bin: path.resolve(process.env['BENCH_BASE'])})
  const floor = nodeAlone(5)
  printCold(coldBuilds({runs, variants}), floor)
}
