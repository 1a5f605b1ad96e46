// npm run bench:cold — a cold `octavo build` of the real article as users run it: new processes,
// never a copy from the build cache, start to exit, with the time of each stage inside the
// process (OCTAVO_TIMINGS=1, apps/cli/src/lib/timings.ts). Medians; numbers printed, never asserted.
//
// Each octavo variant runs in two ways (BENCH_CACHE=off,kept picks): `off`, no cache of any kind
// (OCTAVO_CACHE_DIR=off), and `kept`, a cache folder of its own kept from run to run but for its
// build entries (removed before each run: the article changed), so that what a new process may
// reuse is reused (V8's code cache of the command, the formatted bibliography); its first run
// fills it, untimed. CPU time is printed beside wall time (whole process and main thread,
// bench/cpu-at-exit.cjs, preloaded): a shared machine's load inflates wall times, much less CPU.
//
// BENCH_TASKS=full,exports,citations,csl-json picks the commands (full and exports by default).
// BENCH_BASE=/path/to/other/dist/bundle/octavo.js pairs this bundle with another one (say main's,
// copied beside this checkout's node_modules) in the same run, alternating, so that a shared
// machine's load falls on both alike. BENCH_RUNS sets the number of processes per variant (7).
// Pandoc → PDF (pdflatex) is timed in the same alternation when `pandoc` is installed, on the
// real article converted to Markdown by `octavo import` (front matter and footnotes), once,
// before the timing; the ratios to it are printed (BENCH_PANDOC=0 leaves it out).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const article = path.resolve(repo, '../shared/corpus/koreans-1950-1962.txt')
const bundle = path.join(repo, 'apps/cli/dist/bundle/octavo.js')
const cpuAtExit = path.join(repo, 'bench/cpu-at-exit.cjs')

/** The commands that can be timed: every output, the exports alone (no citeproc, no renderer), one file alone. */
export const COLD_TASKS = [
  {id: 'full', name: 'all 8 outputs', args: []},
  {id: 'exports', name: '--to csl-json,ris,bibtex,citations', args: ['--to', 'csl-json,ris,bibtex,citations']},
  {id: 'citations', name: '--to citations', args: ['--to', 'citations']},
  {id: 'csl-json', name: '--to csl-json', args: ['--to', 'csl-json']}
]

/** The tasks run (BENCH_TASKS=full,exports picks; full and exports by default; also citations, csl-json). */
const tasks = () => COLD_TASKS.filter((task) => (process.env['BENCH_TASKS'] ?? 'full,exports').split(',').includes(task.id))

const median = (values) => {
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** The ways each octavo variant runs (BENCH_CACHE): no cache at all, or the caches a changed article can use. */
export const COLD_CACHES = {off: 'no cache', kept: 'caches kept, article changed'}

/** A cache folder for the `kept` way, made once per variant and filled by an untimed run. */
const folders = new Map()
function cacheFor(bin, cache, args) {
  if (cache === 'off') return 'off'
  const key = `${bin}\0${args.join(' ')}`
  if (!folders.has(key)) {
    folders.set(key, mkdtempSync(path.join(tmpdir(), 'octavo-cold-cache-')))
    once(bin, args, folders.get(key))
  }
  return folders.get(key)
}

/** One new process: wall ms start to exit, its stages and CPU times; `cache` a folder (its build entries removed first) or 'off'. */
function once(bin, args, cache = 'off') {
  if (cache !== 'off') for (const name of readdirSync(cache)) if (name.endsWith('.octavo-cache')) rmSync(path.join(cache, name))
  const out = mkdtempSync(path.join(tmpdir(), 'octavo-cold-'))
  const start = performance.now()
  const run = spawnSync(process.execPath, ['-r', cpuAtExit, bin, 'build', article, '-o', out, '--quiet', ...args], {
    encoding: 'utf8',
    env: {...process.env, SOURCE_DATE_EPOCH: '0', OCTAVO_CACHE_DIR: cache, OCTAVO_TIMINGS: '1'}
  })
  const wall = performance.now() - start
  rmSync(out, {recursive: true, force: true})
  if (run.status !== 0) throw new Error(`octavo build failed (${run.status}): ${run.stderr}`)
  const line = (prefix) => {
    const found = run.stderr.split('\n').find((l) => l.startsWith(prefix))
    return found ? JSON.parse(found.slice(prefix.length)) : {}
  }
  const cpu = line('octavo-cpu ')
  return {wall, cpu: cpu.process, main: cpu.main, stages: line('octavo-timings '), stagesCpu: line('octavo-timings-cpu ')}
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
    return {wall, stages: {}, stagesCpu: {}}
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

/** The variants run: each octavo bundle in each way of `caches`, Pandoc as it is. */
function expand(variants, caches) {
  return variants.flatMap((v) => (v.run ? [v] : caches.map((cache) => ({...v, name: caches.length > 1 ? `${v.name}, ${cache}` : v.name, cache}))))
}

/** Medians of `runs` new processes per variant and task, variants alternating. */
export function coldBuilds({runs = 7, variants = [{name: 'this', bin: bundle}], caches = ['off']} = {}) {
  const results = []
  const all = expand(variants, caches)
  for (const task of tasks()) {
    const samples = all.map(() => [])
    for (let i = 0; i < runs; i++) {
      const order = i % 2 ? [...all.keys()].reverse() : [...all.keys()]
      for (const v of order) samples[v].push(all[v].run ? all[v].run() : once(all[v].bin, task.args, cacheFor(all[v].bin, all[v].cache, task.args)))
    }
    all.forEach((variant, v) => {
      const medians = (key) => {
        const stages = new Map()
        for (const sample of samples[v]) for (const [stage, ms] of Object.entries(sample[key])) stages.set(stage, [...(stages.get(stage) ?? []), ms])
        return new Map([...stages].map(([stage, times]) => [stage, median(times)]))
      }
      const cpu = samples[v].map((s) => s.cpu).filter((t) => t !== undefined)
      const main = samples[v].map((s) => s.main).filter((t) => t !== undefined)
      results.push({
        task: task.name,
        variant: variant.name,
        pandoc: variant.pandoc === true,
        wall: median(samples[v].map((s) => s.wall)),
        walls: samples[v].map((s) => s.wall),
        cpu: cpu.length ? median(cpu) : undefined,
        main: main.length ? median(main) : undefined,
        stages: medians('stages'),
        stagesCpu: medians('stagesCpu')
      })
    })
  }
  for (const folder of folders.values()) rmSync(folder, {recursive: true, force: true})
  folders.clear()
  return results
}

/** Print the results: wall medians (and CPU), then a table of stage medians (variants side by side). */
export function printCold(results, floor) {
  for (const r of results) {
    const pandoc = results.find((p) => p.pandoc && p.task === r.task)
    const what = r.pandoc ? `Pandoc → PDF (pdflatex), the article as Markdown [beside: ${r.task.slice(0, 14)}]` : `octavo build, ${r.task} [${r.variant}]`
    const ratio = pandoc && !r.pandoc ? `; ${(r.wall / pandoc.wall).toFixed(2)}× Pandoc` : ''
    const cpu = r.cpu === undefined ? '' : `; CPU ${(r.cpu / 1000).toFixed(2)} s, main thread ${r.main === undefined ? '?' : (r.main / 1000).toFixed(2)} s`
    console.log(what.padEnd(86) + `${(r.wall / 1000).toFixed(2)} s`.padStart(8) + `   median of ${r.walls.length}` + (r.pandoc ? '' : `; node -e 0 ${floor.toFixed(0)} ms${ratio}${cpu}`))
  }
  for (const task of tasks()) {
    const rows = results.filter((r) => r.task === task.name && !r.pandoc)
    for (const [key, what] of [
      ['stages', 'median wall ms per stage; each ends at its mark'],
      ['stagesCpu', 'median main-thread CPU ms per stage, in ticks of 10 ms']
    ]) {
      if (rows.every((r) => r[key].size === 0)) continue
      console.log(`\nstages of a new process, ${task.name} (${what})`)
      console.log(rows.map((r, i) => `  [${i + 1}] ${r.variant}`).join('\n'))
      console.log('stage'.padEnd(40) + rows.map((_, i) => `[${i + 1}]`.padStart(8)).join(''))
      const stages = [...new Set(rows.flatMap((r) => [...r[key].keys()]))]
      for (const stage of stages) console.log(stage.padEnd(40) + rows.map((r) => (r[key].has(stage) ? r[key].get(stage).toFixed(0) : '–').padStart(8)).join(''))
      console.log(
        'sum of stage medians'.padEnd(40) +
          rows
            .map((r) =>
              [...r[key].values()]
                .reduce((a, b) => a + b, 0)
                .toFixed(0)
                .padStart(8)
            )
            .join('')
      )
    }
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
  const caches = (process.env['BENCH_CACHE'] ?? 'off,kept').split(',').filter((c) => c in COLD_CACHES)
  const floor = nodeAlone(5)
  printCold(coldBuilds({runs, variants, caches}), floor)
}
