// npm run bench — speed and memory of every stage on the real article, and of the parser on 10 MB.
// Uses the built packages (npm ci builds them). Numbers are printed, never asserted.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {cpus, tmpdir, totalmem} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse as parseYaml} from 'yaml'
import {PDFDocument} from 'pdf-lib'
import {parse} from '@octavo/parser'
import {appendBibliography, processCitations} from '@octavo/citations'
import {renderPdf} from '@octavo/render-pdf'
import {renderEpub} from '@octavo/render-epub'
import {loadDefaultStyle, loadFonts, loadHyphenation} from '../apps/cli/dist/lib/world.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const shared = path.resolve(repo, '../shared')
const articlePath = path.join(shared, 'corpus/koreans-1950-1962.txt')
const article = new Uint8Array(readFileSync(articlePath))
const meta = parseYaml(readFileSync(articlePath.replace(/\.txt$/, '.meta.yaml'), 'utf8'))
const date = new Date(0)

/** Median wall time in ms of `fn` after `warm` warm-up runs. */
async function time(fn, runs = 15, warm = 3) {
  for (let i = 0; i < warm; i++) await fn()
  const times = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

const rows = []
const row = (what, value, target = '') => {
  rows.push([what, value, target])
  console.log(`${what.padEnd(56)} ${String(value).padStart(14)}   ${target}`)
}
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`)
console.log('')

const style = await loadDefaultStyle()
const fonts = await loadFonts()
const hyphenation = await loadHyphenation('en')
const fresh = () => parse(article, {format: 'text', meta}).tree

// Parser
row('parse real article (warm, median)', `${(await time(() => parse(article, {format: 'text', meta}), 30)).toFixed(1)} ms`, 'target ≤ 30 ms')
const body = new TextDecoder().decode(article).split(/\n{3,}The authors thank/)[0]
for (const mb of [1, 5, 10]) {
  const target = mb * 2 ** 20
  let text = ''
  let n = 0
  const paragraphs = body.replace(/(\D)\d{1,2}(?=\s|$)/g, '$1').split(/\n\n+/)
  const notes = []
  while (text.length < target) {
    for (const p of paragraphs) {
      n++
      text += `${p}${n}\n\n`
      notes.push(`Note ${n}: Sun Chunri, Zhongguo Chaoxianzu yiminshi (Beijing: Zhonghua Shuju, 2009), p. ${n}.`)
      if (text.length >= target) break
    }
  }
  const doc = `${text}\n${notes.join('\n\n\n')}\n`
  const ms = await time(() => parse(doc, {format: 'text'}), 3, 1)
  row(`parse ${mb} MB of text (${n} notes)`, `${ms.toFixed(0)} ms`, mb === 10 ? 'target ≤ 2 s, linear' : `${(ms / mb).toFixed(0)} ms/MB`)
}
// Hostile input: each pathological class at 10k…80k, linear (bench/hostile.js).
console.log('')
;(await import('./hostile.js')).benchHostile()
console.log('')

// Citations
const noteCount = fresh().children.filter((node) => node.type === 'footnoteDefinition').length
// Trees parsed beforehand: the figure is the notes reader's alone.
const trees = Array.from({length: 45}, fresh)
const citeMs = await time(() => processCitations(trees.pop() ?? fresh(), {style}), 30, 10)
row('citations of the real article (warm)', `${citeMs.toFixed(1)} ms`, `${Math.round(noteCount / (citeMs / 1000))} notes/s (target ≥ 5,000)`)

// Renderers
const cited = () => {
  const tree = fresh()
  const result = processCitations(tree, {style})
  appendBibliography(tree, result.items, {style})
  return tree
}
const tree = cited()
let pdf
const pdfMs = await time(
  async () => {
    pdf = (await renderPdf(tree, {fonts, hyphenation, pageSize: 'a4', notes: 'footnotes', date})).pdf
  },
  5,
  2
)
const pages = (await PDFDocument.load(pdf, {updateMetadata: false})).getPageCount()
row('PDF of the real article (warm)', `${pdfMs.toFixed(0)} ms`, `${pages} pages, ${(pages / (pdfMs / 1000)).toFixed(0)} pages/s (target ≤ 300 ms)`)
const epubMs = await time(() => renderEpub(tree, {modified: date, notes: 'footnotes'}), 10)
row('EPUB of the real article (warm)', `${epubMs.toFixed(1)} ms`, 'target ≤ 100 ms')

// The whole command: warm (in this process, as --watch rebuilds) and cold (a new process, as a user runs it).
const {run} = await import('../apps/cli/dist/index.js')
const warmOut = mkdtempSync(path.join(tmpdir(), 'octavo-bench-'))
const quiet = {stdout: () => {}, stderr: () => {}}
const warmMs = await time(() => run(['build', articlePath, '-o', warmOut, '--quiet'], quiet), 5, 1)
row('octavo build, all 8 outputs (warm)', `${warmMs.toFixed(0)} ms`, 'target ≤ 0.5 s')
/** Median wall time of `runs` new `octavo` processes, each start to exit. */
// Cold means no build cache either (OCTAVO_CACHE_DIR=off); the cached row below gives it a folder of its own.
function coldMedian(args, runs = 5, cache = 'off') {
  const times = []
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(path.join(tmpdir(), 'octavo-bench-'))
    const start = performance.now()
    execFileSync(process.execPath, [path.join(repo, 'apps/cli/bin/octavo.js'), ...args, '-o', out, '--quiet'], {env: {...process.env, SOURCE_DATE_EPOCH: '0', OCTAVO_CACHE_DIR: cache}})
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]
}
const bootMs = (() => {
  const times = []
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    execFileSync(process.execPath, ['-e', '0'])
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[2]
})()
row('node -e 0 (a new process, nothing loaded)', `${bootMs.toFixed(0)} ms`, 'median of 5')
row('octavo build, all 8 outputs (cold process)', `${coldMedian(['build', articlePath]).toFixed(0)} ms`, 'median of 5, start to exit; the bundled command (apps/cli/bundle.mjs)')
row(
  'octavo build --to csl-json,ris,bibtex,citations (cold process)',
  `${coldMedian(['build', articlePath, '--to', 'csl-json,ris,bibtex,citations']).toFixed(0)} ms`,
  'median of 5: no citeproc, no renderer loaded'
)
{
  const cache = mkdtempSync(path.join(tmpdir(), 'octavo-bench-cache-'))
  coldMedian(['build', articlePath], 1, cache) // fills the cache
  row(
    'octavo build, all 8 outputs, unchanged article (cold process, build cache)',
    `${coldMedian(['build', articlePath], 5, cache).toFixed(0)} ms`,
    'median of 5: the outputs copied from the build cache (apps/cli/README.md)'
  )
}
// Where a cold build's time goes, stage by stage (bench/cold.js, `npm run bench:cold`).
{
  const {coldBuilds, pandocVariant, printCold} = await import('./cold.js')
  console.log('')
  const pandoc = pandocVariant()
  printCold(coldBuilds({runs: 5, variants: [{name: 'this', bin: path.join(repo, 'apps/cli/dist/bundle/octavo.js')}, ...(pandoc ? [pandoc] : [])], caches: ['off', 'kept']}), bootMs)
  console.log('')
}
row('peak memory of this benchmark', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`, '')

// Course readers of growing size, each a fresh `octavo reader` process timed start to exit,
// on every core (the default) and, for the largest, on one thread (`--jobs 1`).
const {buildReader, pageCount, pandocTime} = await import('./reader.js')
const {availableParallelism} = await import('node:os')
console.log('')
for (const [count, jobs] of [[10], [20], [40], [40, 1]]) {
  const result = buildReader(count, jobs)
  const pages = await pageCount(path.join(result.out, 'reader.pdf'))
  const threads = jobs ?? Math.min(availableParallelism(), 4)
  row(
    `octavo reader, ${count} articles (${pages} pages), ${threads} thread${threads === 1 ? '' : 's'}`,
    `${(result.ms / 1000).toFixed(2)} s`,
    `${(pages / (result.ms / 1000)).toFixed(0)} pages/s, ${(result.ms / pages).toFixed(1)} ms/page, peak ${(result.maxRSS / 1024).toFixed(0)} MiB${count === 40 && !jobs ? ' (target ≤ 10 s, ≤ 1 GiB)' : ''}`
  )
}
const lesson = path.join(shared, 'corpus/real/ph-stylometry-python.md')
const octavoLesson = performance.now()
execFileSync(process.execPath, [path.join(repo, 'apps/cli/bin/octavo.js'), 'build', lesson, '-o', mkdtempSync(path.join(tmpdir(), 'octavo-bench-')), '--to', 'pdf', '--quiet'], {
  env: {...process.env, OCTAVO_CACHE_DIR: 'off'}
})
row('Markdown lesson to PDF: octavo | pandoc', `${(performance.now() - octavoLesson).toFixed(0)} ms`, pandocTime(lesson))
