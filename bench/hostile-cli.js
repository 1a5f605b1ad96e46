// node bench/hostile-cli.js — the whole `octavo build` (bundled CLI, OCTAVO_CACHE_DIR=off, every output) on
// each hostile class of issue 18 at n, 2n and 4n: CPU time (user + system, steadier than wall time on a shared
// machine), wall time, peak memory (max RSS) and the growth factor per doubling of the CPU time above a
// one-line article's (≈ 2 for linear, ≈ 4 for quadratic). Uses the built CLI
// (npm run build). Numbers are printed, never asserted.
//   node bench/hostile-cli.js [--quick] [--only <substring>] [--runs k] [--limit s]
// --quick: n and 2n only; --runs: best of k runs per size (default 1; the machine is shared); --limit: a build
// is killed after this many seconds (default 120), and the larger sizes of its class skipped.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// OCTAVO_BIN: another build's apps/cli/bin/octavo.js, to compare (e.g. a worktree of main).
const bin = process.env.OCTAVO_BIN ?? path.join(repo, 'apps/cli/bin/octavo.js')
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i < 0 ? fallback : process.argv[i + 1]
}
const quick = process.argv.includes('--quick')
const only = arg('--only', '')
const runs = Number(arg('--runs', '1'))
const limit = Number(arg('--limit', '120'))

const yamlString = (s) => JSON.stringify(s)
const article = (body, front = 'title: Hostile\nlang: en') => ({'a.md': `---\n${front}\n---\n\n${body}\n`})
const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor'.split(' ')
const line = (i) => `${words[i % 12]} ${words[(i * 7) % 12]} ${words[(i * 5 + 3) % 12]} ${words[(i * 11 + 1) % 12]}`
const items = (n) =>
  Array.from({length: n}, (_, i) => ({
    id: `k${i}`,
    type: 'book',
    title: `Book number ${i}`,
    author: [{family: `Writer${i}`, given: 'Ann'}],
    issued: {'date-parts': [[1900 + (i % 120)]]},
    publisher: 'Press'
  }))

/** [name, base n, make(n) → {file name: content}] ; the article is always a.md. */
export const CLI_CLASSES = [
  ['one paragraph of n lines (Markdown)', 20_000, (n) => article(Array.from({length: n}, (_, i) => line(i)).join('\n'))],
  ['one paragraph of n lines (plain text)', 20_000, (n) => ({'a.txt': `${Array.from({length: n}, (_, i) => line(i)).join('\n')}\n`, 'a.meta.yaml': 'title: Hostile\nlang: en\n'})],
  ['n nested lists `- - - … a`', 5_000, (n) => article(`${'- '.repeat(n)}a`)],
  ['n nested lists, indented (input grows as n²)', 250, (n) => article(Array.from({length: n}, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'))],
  ['n nested block quotations `>`', 5_000, (n) => article(`${'> '.repeat(n)}a`)],
  ['n `[`', 100_000, (n) => article('['.repeat(n))],
  ['n emphasis markers `*a `…` c*`', 40_000, (n) => article(`${'*a '.repeat(n)}b${' c*'.repeat(n)}`)],
  ['a run of n `*`', 100_000, (n) => article(`${'*'.repeat(n)}a${'*'.repeat(n)}`)],
  ['n backtick runs', 20_000, (n) => article(Array.from({length: n}, (_, i) => `${'`'.repeat((i % 50) + 1)}a`).join(' '))],
  ['one word of n characters', 100_000, (n) => article(`A ${'abcdefghij'.repeat(n / 10)} b.`)],
  ['a title of n characters', 20_000, (n) => article('Text.', `title: ${yamlString('word '.repeat(n / 5).trim())}\nlang: en`)],
  ['n authors in front matter', 4_000, (n) => article('Text.', `title: T\nlang: en\nauthor:\n${Array.from({length: n}, (_, i) => `  - {family: Writer${i}, given: Ann}`).join('\n')}`)],
  ['a bibliography of n items, 2 cited', 10_000, (n) => ({...article('Text [@k1] and [@k2].', 'title: T\nlang: en\nbibliography: refs.json'), 'refs.json': JSON.stringify(items(n))})]
]

/** One `octavo build` in a fresh folder: [CPU seconds, wall seconds, peak MiB, exit status, last line of stderr]. */
function build(files) {
  const dir = mkdtempSync(path.join(tmpdir(), 'octavo-hostile-'))
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content)
    const input = Object.keys(files)[0]
    // `timeout` inside `time`: a build past the limit is killed (and its time not known).
    const run = spawnSync('/usr/bin/time', ['-f', '%U %S %e %M', 'timeout', '-s', 'KILL', String(limit), process.execPath, bin, 'build', input, '-o', 'out', '-q'], {
      cwd: dir,
      env: {...process.env, OCTAVO_CACHE_DIR: 'off', SOURCE_DATE_EPOCH: '0'},
      encoding: 'utf8',
      maxBuffer: 2 ** 28
    })
    const lines = run.stderr.trim().split('\n')
    const [user, system, wall, kb] = lines.pop().split(' ').map(Number)
    return [user + system, wall, kb / 1024, run.status, (lines.pop() ?? '').slice(0, 70)]
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

function best(files) {
  let result
  for (let i = 0; i < runs; i++) {
    const r = build(files)
    if (!result || r[0] < result[0]) result = r
  }
  return result
}

const base = [0, 1, 2].map(() => build(article('One line.'))[0]).sort((a, b) => a - b)[0]
console.log(`octavo build, one-line article: ${base.toFixed(2)} s CPU (subtracted below before the growth factors)`)
console.log(`${'class'.padEnd(46)} ${'n'.padStart(8)} ${'CPU'.padStart(8)} ${'wall'.padStart(8)} ${'peak'.padStart(9)} ${'×/2n'.padStart(6)}  exit  last message`)
for (const [name, n0, make] of CLI_CLASSES) {
  if (only && !name.includes(only)) continue
  let previous
  for (const n of quick ? [n0, 2 * n0] : [n0, 2 * n0, 4 * n0]) {
    const [s, wall, mib, status, message] = best(make(n))
    const killed = status === 137 || status === null
    if (killed) {
      console.log(`${name.padEnd(46)} ${n.toLocaleString('en').padStart(8)} ${`> ${limit} s wall: killed`.padStart(27)}`)
      break
    }
    const net = Math.max(s - base, 0.01)
    const factor = previous ? `×${(net / previous).toFixed(1)}` : ''
    previous = net
    console.log(
      `${name.padEnd(46)} ${n.toLocaleString('en').padStart(8)} ${`${s.toFixed(2)} s`.padStart(8)} ${`${wall.toFixed(2)} s`.padStart(8)} ${`${mib.toFixed(0)} MiB`.padStart(9)} ${factor.padStart(6)}  ${String(status).padStart(4)}  ${message}`
    )
  }
}
