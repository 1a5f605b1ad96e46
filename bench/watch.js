// npm run bench:watch — an edit in `octavo build --watch`, as users see it: one `octavo build
// --watch` process per variant, a word of a paragraph changed by writing the file from here,
// timed from just before that write to the line that says the last output was written (the
// CLI prints `wrote …` once every file of the set is in place). Each edit is a new text (a word
// not used before), so that nothing can be a copy of an earlier build. Medians; numbers printed,
// never asserted.
//
// The articles: the real article (koreans-1950-1962.txt with its metadata) and a small one
// (examples/course-packs.md), each with every output and with `--to pdf,epub` (BENCH_WATCH picks:
// real,real-pdf-epub,small,small-pdf-epub). BENCH_RUNS edits per case (12). BENCH_BASE=path to
// another bundle's octavo.js pairs it in the same run: its own watch process on its own copy,
// edits alternating between the two, so that a shared machine's load falls on both alike.
// At the end the outputs of the last edit are checked against a new process building the same
// text with no cache (SHA-256 of every file, SOURCE_DATE_EPOCH=0): a difference stops the bench.
import {spawn, spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import {setTimeout as sleep} from 'node:timers/promises'
import {clearTimeout, setTimeout} from 'node:timers'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {differingFiles, hashes} from './reader.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const shared = path.resolve(repo, '../shared')
const bundle = process.env['BENCH_BIN'] ? path.resolve(process.env['BENCH_BIN']) : path.join(repo, 'apps/cli/dist/bundle/octavo.js')

/** The cases: an article (and its metadata), the outputs asked for, and the word edited (its first use after the middle of the text). */
export const WATCH_CASES = [
  {id: 'real', name: 'real article, all 8 outputs', file: path.join(shared, 'corpus/koreans-1950-1962.txt'), meta: path.join(shared, 'corpus/koreans-1950-1962.meta.yaml'), args: []},
  {
    id: 'real-pdf-epub',
    name: 'real article, --to pdf,epub',
    file: path.join(shared, 'corpus/koreans-1950-1962.txt'),
    meta: path.join(shared, 'corpus/koreans-1950-1962.meta.yaml'),
    args: ['--to', 'pdf,epub']
  },
  {id: 'small', name: 'small article (course-packs.md), all outputs', file: path.join(repo, 'examples/course-packs.md'), args: []},
  {id: 'small-pdf-epub', name: 'small article (course-packs.md), --to pdf,epub', file: path.join(repo, 'examples/course-packs.md'), args: ['--to', 'pdf,epub']}
]

/** Words that stand for " the " in turn: each edit is a text never built before. */
const WORDS = ['this', 'that', 'our', 'its', 'their', 'each', 'some', 'any', 'every', 'another', 'such', 'one', 'his', 'her', 'your', 'no', 'either', 'neither', 'whichever', 'much']

const median = (values) => {
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** The text with its `edit`-th version of the word edited (edit 0: the original). */
function edited(text, edit) {
  if (edit === 0) return text
  const at = text.indexOf(' the ', Math.floor(text.length / 2))
  if (at < 0) throw new Error('no " the " after the middle of the article')
  return `${text.slice(0, at)} ${WORDS[(edit - 1) % WORDS.length]}${edit > WORDS.length ? edit : ''} ${text.slice(at + 5)}`
}

/** A watch process on a copy of the case's article, in a folder of its own; resolves once its first build is written. */
async function startWatch(bin, kase, env, nodeArgs = []) {
  const dir = mkdtempSync(path.join(tmpdir(), 'octavo-watch-'))
  const file = path.join(dir, path.basename(kase.file))
  const text = readFileSync(kase.file, 'utf8')
  writeFileSync(file, text)
  if (kase.meta) copyFileSync(kase.meta, file.replace(/\.txt$/, '.meta.yaml'))
  const out = path.join(dir, 'out')
  const child = spawn(process.execPath, [...nodeArgs, bin, 'build', file, '-o', out, '--watch', ...kase.args], {
    env: {...process.env, SOURCE_DATE_EPOCH: '0', ...env},
    stdio: ['ignore', 'ignore', 'pipe']
  })
  const lines = []
  let waiting
  let buffer = ''
  let exited
  child.once('exit', (code) => {
    exited = code
    waiting?.()
  })
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk) => {
    buffer += chunk
    let nl
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl)
      buffer = buffer.slice(nl + 1)
      lines.push({line, at: performance.now()})
      waiting?.()
    }
  })
  /** Wait for the next `watching …` line (a build is over); the time of its last `wrote` line. */
  const built = (from) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no rebuild within 60 s: ${lines.map((l) => l.line).join('\n')}`)), 60_000)
      waiting = () => {
        if (exited !== undefined) return reject(new Error(`the watch process exited (${exited}): ${lines.map((l) => l.line).join('\n')}`))
        const done = lines.findIndex((l, i) => i >= from && l.line.startsWith('watching '))
        if (done < 0) return
        clearTimeout(timer)
        waiting = undefined
        const wrote = lines.slice(from, done).filter((l) => l.line.startsWith('wrote '))
        const problems = lines.slice(from, done).filter((l) => !l.line.startsWith('wrote ') && !l.line.startsWith('change seen'))
        if (wrote.length === 0)
          reject(
            new Error(
              `a rebuild wrote nothing: ${lines
                .slice(from, done + 1)
                .map((l) => l.line)
                .join('\n')}`
            )
          )
        else resolve({at: wrote.at(-1).at, wrote: wrote.length, problems: problems.map((l) => l.line)})
      }
      waiting()
    })
  await built(0)
  let edits = 0
  return {
    dir,
    out,
    file,
    text,
    /** Write the next edit; ms from just before the write to the last output written, and the main thread's CPU ms meanwhile. */
    async edit() {
      const from = lines.length
      const next = edited(text, ++edits)
      const cpu = mainThreadCpu(child.pid)
      const start = performance.now()
      writeFileSync(file, next)
      const done = await built(from)
      const after = mainThreadCpu(child.pid)
      return {ms: done.at - start, cpu: cpu === undefined || after === undefined ? undefined : after - cpu, problems: done.problems}
    },
    stop() {
      if (exited !== undefined) return Promise.resolve()
      child.kill('SIGINT')
      return new Promise((resolve) => child.once('exit', resolve))
    },
    last: () => edited(text, edits)
  }
}

/** A process's main-thread CPU time so far in ms (Linux: /proc, ticks of 10 ms), undefined elsewhere. */
function mainThreadCpu(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'latin1')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return undefined
  }
}

/** The watch process's outputs against a new process's with no cache, built from the same text. */
function checkOutputs(bin, kase, watch) {
  const out = mkdtempSync(path.join(tmpdir(), 'octavo-watch-check-'))
  const run = spawnSync(process.execPath, [bin, 'build', watch.file, '-o', out, '--quiet', ...kase.args], {encoding: 'utf8', env: {...process.env, SOURCE_DATE_EPOCH: '0', OCTAVO_CACHE_DIR: 'off'}})
  if (run.status !== 0) throw new Error(`octavo build failed: ${run.stderr}`)
  const want = hashes(out)
  const got = hashes(watch.out)
  rmSync(out, {recursive: true, force: true})
  const differ = differingFiles(want, got)
  if (differ.length > 0) throw new Error(`${kase.name}: the watch outputs differ from a build without cache: ${differ.join(', ')}`)
  return Object.keys(want).length
}

const pause = (ms) => sleep(ms)

/** Median ms per variant of `runs` edits, variants alternating; the outputs checked after the last one. */
export async function watchEdits(kase, variants, runs) {
  const watches = []
  for (const v of variants) watches.push(await startWatch(v.bin, kase, v.env ?? {}, v.nodeArgs))
  const times = variants.map(() => [])
  const cpus = variants.map(() => [])
  const problems = new Set()
  try {
    for (let i = 0; i < runs; i++) {
      const order = i % 2 ? [...variants.keys()].reverse() : [...variants.keys()]
      for (const v of order) {
        await pause(300) // the editor's next keystroke is never at once; lets the watcher settle
        const edit = await watches[v].edit()
        times[v].push(edit.ms)
        if (edit.cpu !== undefined) cpus[v].push(edit.cpu)
        for (const p of edit.problems) problems.add(p)
      }
    }
    const checked = variants.map((v, i) => checkOutputs(v.bin, kase, watches[i]))
    return variants.map((v, i) => ({variant: v.name, median: median(times[i]), times: times[i], cpu: cpus[i].length ? median(cpus[i]) : undefined, checked: checked[i], problems: [...problems]}))
  } finally {
    for (const w of watches) {
      await w.stop()
      rmSync(w.dir, {recursive: true, force: true})
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.env['BENCH_RUNS'] ?? 12)
  const variants = [{name: 'this', bin: bundle}]
  if (process.env['BENCH_BASE']) variants.unshift({name: 'base', bin: path.resolve(process.env['BENCH_BASE'])})
  const ids = (process.env['BENCH_WATCH'] ?? 'real,real-pdf-epub,small,small-pdf-epub').split(',')
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the start`
  )
  for (const kase of WATCH_CASES.filter((c) => ids.includes(c.id))) {
    for (const r of await watchEdits(kase, variants, runs)) {
      const all = r.times.map((t) => t.toFixed(0)).join(' ')
      console.log(
        `${`octavo build --watch, ${kase.name} [${r.variant}]`.padEnd(72)} ${`${r.median.toFixed(0)} ms`.padStart(8)}   median of ${r.times.length} edits (${all}); main-thread CPU ${r.cpu === undefined ? '?' : `${r.cpu.toFixed(0)} ms`} per edit; ${r.checked} outputs as a build without cache`
      )
      for (const p of r.problems) console.log(`    printed: ${p}`)
    }
  }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the end`
  )
}
