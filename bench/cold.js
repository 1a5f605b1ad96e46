// npm run bench:cold — a cold `octavo build` of the real article as users run it: new processes,
// no build cache (OCTAVO_CACHE_DIR=off), start to exit, with the time of each stage inside the
// process (OCTAVO_TIMINGS=1, apps/cli/src/lib/timings.ts). Medians; numbers printed, never asserted.
//
// BENCH_BASE=/path/to/other/dist/bundle/octavo.js pairs this bundle with another one (say main's,
// copied beside this checkout's node_modules) in the same run, alternating, so that a shared
// machine's load falls on both alike. BENCH_RUNS sets the number of processes per variant (7).
// Pandoc → PDF (pdflatex) is timed in the same alternation when `pandoc` is installed, on the
// real article converted to Markdown by `octavo import` (front matter and footnotes), once,
// before the timing; the ratios to it are printed (BENCH_PANDOC=0 leaves it out).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
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

/**
 * Pandoc → PDF on the real article, ready to time: the article as Markdown (`octavo import`) in
 * a folder of its own, which is also the working folder (pdflatex searches the working folder
 * for every file it loads: a crowded one such as /tmp slows it down several times). One header
 * line declares the thin space (U+2009) that pdflatex does not know. Undefined when Pandoc or
 * pdflatex is missing.
 */
export function pandocVariant(bin = bundle) {
  if (process.env['BENCH_PANDOC'] === '0') return undefined
  for (const tool of ['pandoc', 'pdflatex']) if (spawnSync(tool, ['--version']).status !== 0) return undefined
  const dir = mkdtempSync(path.join(tmpdir(), 'octavo-pandoc-'))
  const md = spawnSync(process.execPath, [bin, 'import', article], {encoding: 'utf8', env: {...process.env, OCTAVO_CACHE_DIR: 'off'}})
  if (md.status !== 0) throw new Error(`octavo import failed (${md.status}): ${md.stderr}`)
  writeFileSync(path.join(dir, 'article.md'), md.stdout)
  writeFileSync(path.join(dir, 'header.tex'), '\\DeclareUnicodeCharacter{2009}{\\,}\n')
  const version = spawnSync('pandoc', ['--version'], {encoding: 'utf8'}).stdout.split('\n')[0]
  const run = () => {
    const start = performance.now()
    const pandoc = spawnSync('pandoc', ['article.md', '-H', 'header.tex', '-o', 'out.pdf'], {cwd: dir, encoding: 'utf8'})
    const wall = performance.now() - start
    if (pandoc.status !== 0) throw new Error(`pandoc failed (${pandoc.status}): ${pandoc.stderr}`)
    return {wall, stages: {}}
  }
  run() // TeX's first run fills its caches (fonts, formats): not timed
  return {name: 'pandoc', label: version, run, pandoc: true}
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
      for (const v of order) samples[v].push(variants[v].run ? variants[v].run() : once(variants[v].bin, task.args))
    }
    variants.forEach((variant, v) => {
      const stages = new Map()
      for (const sample of samples[v]) for (const [stage, ms] of Object.entries(sample.stages)) stages.set(stage, [...(stages.get(stage) ?? []), ms])
      results.push({task: task.name, variant: variant.name, pandoc: variant.pandoc === true, wall: median(samples[v].map((s) => s.wall)), walls: samples[v].map((s) => s.wall), stages: new Map([...stages].map(([stage, times]) => [stage, median(times)]))})
    })
  }
  return results
}

/** Print the results: wall medians, then a table of stage medians (variants side by side). */
export function printCold(results, floor) {
  for (const r of results) {
    const pandoc = results.find((p) => p.pandoc && p.task === r.task)
    const what = r.pandoc ? `Pandoc → PDF (pdflatex), the article as Markdown [beside: ${r.task.slice(0, 14)}]` : `octavo build, ${r.task} (new process, no cache) [${r.variant}]`
    const ratio = pandoc && !r.pandoc ? `; ${(r.wall / pandoc.wall).toFixed(2)}× Pandoc` : ''
    console.log(what.padEnd(76) + `${(r.wall / 1000).toFixed(2)} s`.padStart(8) + `   median of ${r.walls.length}` + (r.pandoc ? '' : `; node -e 0 ${floor.toFixed(0)} ms${ratio}`))
  }
  for (const task of COLD_TASKS) {
    const rows = results.filter((r) => r.task === task.name && !r.pandoc)
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
  const pandoc = pandocVariant()
  if (pandoc) {
    variants.push(pandoc)
    console.log(`paired with ${pandoc.label} + pdflatex`)
  } else console.log('Pandoc or pdflatex is not installed: no ratio to Pandoc')
  const floor = nodeAlone(5)
  printCold(coldBuilds({runs, variants}), floor)
}
