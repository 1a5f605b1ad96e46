// The course-reader benchmark: readers of 10, 20 and 40 articles built from our examples,
// the real article and the Markdown lessons (about 1,000 pages at 40), each in a fresh process.
import {execFileSync, spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {PDFDocument} from 'pdf-lib'
import {readFileSync} from 'node:fs'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const shared = path.resolve(repo, '../shared')

/** SHA-256 of every file in a folder, by name. */
export function hashes(dir) {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(path.join(dir, name)))
          .digest('hex')
      ])
  )
}

/** The names of the files whose hashes (`hashes`) differ between two folders, or that only one has. */
export function differingFiles(a, b) {
  return Object.keys({...a, ...b}).filter((name) => a[name] !== b[name])
}

/** A folder with `count` articles (cycling through the inputs) and its reader YAML. */
export function makeReader(count) {
  const dir = mkdtempSync(path.join(tmpdir(), 'octavo-reader-'))
  const sources = [
    ['koreans-1950-1962.txt', path.join(shared, 'corpus/koreans-1950-1962.txt'), path.join(shared, 'corpus/koreans-1950-1962.meta.yaml')],
    ['course-packs.md', path.join(repo, 'examples/course-packs.md')],
    ['koreans-1950-1962.txt', path.join(shared, 'corpus/koreans-1950-1962.txt'), path.join(shared, 'corpus/koreans-1950-1962.meta.yaml')],
    ...readdirSync(path.join(shared, 'corpus/real'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => [name, path.join(shared, 'corpus/real', name)])
  ]
  const entries = []
  for (let i = 0; i < count; i++) {
    const [name, file, meta] = sources[i % sources.length]
    const folder = path.join(dir, String(i + 1).padStart(2, '0'))
    mkdirSync(folder)
    copyFileSync(file, path.join(folder, name))
    if (meta) copyFileSync(meta, path.join(folder, name.replace(/\.txt$/, '.meta.yaml')))
    entries.push(`  - ${path.basename(folder)}/${name}`)
  }
  const yaml = path.join(dir, 'reader.yaml')
  writeFileSync(yaml, `title: Benchmark Reader\neditor: A. Teacher\ncourse: BENCH 101\nrecto-starts: true\npage-size: 6x9\narticles:\n${entries.join('\n')}\n`)
  return {dir, yaml}
}

/**
 * Build a reader as a user does: `octavo reader` in a fresh process, timed
 * from its start to its exit (Node start-up and loading included); peak
 * memory of the process (all its threads). `jobs` is passed as `--jobs`.
 */
export function buildReader(count, jobs) {
  const {dir, yaml} = makeReader(count)
  const out = path.join(dir, 'out')
  const script = `
    const {run} = await import(${JSON.stringify(path.join(repo, 'apps/cli/dist/index.js'))})
    const status = await run(['reader', ${JSON.stringify(yaml)}, '-o', ${JSON.stringify(out)}, '--quiet'${jobs ? `, '--jobs', '${jobs}'` : ''}], {stdout: () => {}, stderr: (s) => process.stderr.write(s)})
    process.stdout.write(JSON.stringify({status, maxRSS: process.resourceUsage().maxRSS}))`
  const start = performance.now()
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {env: {...process.env, SOURCE_DATE_EPOCH: '0'}, encoding: 'utf8', maxBuffer: 1 << 26})
  const ms = performance.now() - start
  if (child.status !== 0) throw new Error(`reader of ${count} failed: ${child.stderr}`)
  const result = JSON.parse(child.stdout)
  if (result.status !== 0) throw new Error(`reader of ${count} exited ${result.status}: ${child.stderr}`)
  return {...result, ms, dir, out}
}

export async function pageCount(file) {
  return (await PDFDocument.load(readFileSync(file), {updateMetadata: false})).getPageCount()
}

/** Pandoc on the same Markdown, when it is installed. */
export function pandocTime(markdown) {
  const which = spawnSync('pandoc', ['--version'], {encoding: 'utf8'})
  if (which.error || which.status !== 0) return 'pandoc not installed'
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'octavo-pandoc-')), 'out.pdf')
  const t = performance.now()
  try {
    execFileSync('pandoc', [markdown, '-o', out], {stdio: 'pipe'})
  } catch (error) {
    return `pandoc failed (${String(error.stderr ?? error.message)
      .split('\n')[0]
      .slice(0, 60)})`
  }
  return `${(performance.now() - t).toFixed(0)} ms`
}
