// npm run bench:typography — the typographic counters of issue 12, read back from the PDFs.
//
// Builds the five real PDFs with the CLI (the article with its meta, the four lessons), reads
// each back with poppler's `pdftohtml -xml` (text runs with their font and position) and counts:
//   quotes    straight quotes (" and ') in text that is not code
//   --        literal `--` in text that is not code
//   parted    p./pp./no./vol./n./S./ch./fig./art./fol. at a line end, its number on the next line
//   compound  a word that holds a hyphen, broken at a hyphen that is not its own (estab-|lished-in)
//   number    a number broken at its hyphen or dash (118-|00175, 254–|256)
//   page-hyph a hyphen the typesetter added, at the foot of a page
//   code-cut  a code line wrapped inside a token (the source has the pieces joined) although a space was within 20 characters
//   chars     median characters per full line of body text (the measure)
//
//   node bench/typography.js                 build (npm run build, then the CLI) into a temp folder and count
//   node bench/typography.js --dir DIR       count the PDFs already in DIR (no build)
//   node bench/typography.js --page-size letter
//   node bench/typography.js --json          the counts as JSON
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpus = path.resolve(root, '../shared/corpus')

/** The five inputs of the issue: a label and the source file (its text is used to tell a compound's own hyphen from an added one). */
const INPUTS = [
  {label: 'the real article', file: path.join(corpus, 'koreans-1950-1962.txt')},
  {label: 'stylometry lesson', file: path.join(corpus, 'real/ph-stylometry-python.md')},
  {label: 'French lesson', file: path.join(corpus, 'real/ph-fr-transcription-graphies-non-latines.md')},
  {label: 'GPT narrative lesson', file: path.join(corpus, 'real/ph-interrogating-national-narrative-gpt.md')},
  {label: 'linear regression lesson', file: path.join(corpus, 'real/ph-linear-regression.md')}
]

/** Abbreviations that must stay with the number after them (slice 1 of issue 12). */
const LOCATOR = /(?:^|[\s(])(p|pp|no|vol|n|s|ch|fig|art|fol)\.$/i

function args() {
  const argv = process.argv.slice(2)
  const value = (name) => {
    const i = argv.indexOf(name)
    return i >= 0 ? argv[i + 1] : undefined
  }
  return {dir: value('--dir'), pageSize: value('--page-size'), json: argv.includes('--json')}
}

function build(pageSize) {
  execFileSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']})
  const dir = mkdtempSync(path.join(tmpdir(), 'octavo-typography-'))
  for (const {file} of INPUTS) {
    const extra = pageSize ? ['--page-size', pageSize] : []
    execFileSync(process.execPath, [path.join(root, 'apps/cli/bin/octavo.js'), 'build', file, '--to', 'pdf', '-o', dir, ...extra], {stdio: ['ignore', 'ignore', 'ignore']})
  }
  return dir
}

const ENTITIES = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}
const decode = (s) =>
  s.replace(/<[^>]*>/g, '').replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (m, e) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m)))

/** Pages of lines; a line is runs `{text, x, width, size, mono}` sorted left to right (points: pdftohtml at zoom 2, halved). */
function readRuns(pdf) {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-zoom', '2', pdf], {encoding: 'utf8', maxBuffer: 1 << 28})
  const fonts = new Map()
  const pages = []
  for (const page of xml.split(/<page /).slice(1)) {
    for (const m of page.matchAll(/<fontspec id="(\d+)" size="(-?\d+)" family="([^"]*)"/g)) fonts.set(m[1], {size: Number(m[2]) / 2, mono: /mono/i.test(m[3])})
    const runs = []
    for (const m of page.matchAll(/<text top="(-?\d+)" left="(-?\d+)" width="(\d+)" height="(\d+)" font="(\d+)">([\s\S]*?)<\/text>/g)) {
      const font = fonts.get(m[5]) ?? {size: 0, mono: false}
      runs.push({top: Number(m[1]) / 2, x: Number(m[2]) / 2, width: Number(m[3]) / 2, height: Number(m[4]) / 2, size: font.size, mono: font.mono, text: decode(m[6])})
    }
    pages.push(toLines(runs))
  }
  return pages
}

/** Runs grouped into lines: a run belongs to the line whose vertical middle it covers. */
function toLines(runs) {
  const lines = []
  for (const run of [...runs].sort((a, b) => a.top + a.height - (b.top + b.height))) {
    const middle = run.top + run.height / 2
    const line = lines.find((l) => middle > l.top && middle < l.top + l.height)
    if (line) line.runs.push(run)
    else lines.push({top: run.top, height: run.height, runs: [run]})
  }
  lines.sort((a, b) => a.top - b.top)
  return lines.map((line) => {
    const sorted = line.runs.sort((a, b) => a.x - b.x)
    let text = ''
    let right = -Infinity
    for (const run of sorted) {
      if (text && run.x - right > run.size * 0.15 && !text.endsWith(' ')) text += ' '
      text += run.text
      right = run.x + run.width
    }
    const chars = (pred) => sorted.filter(pred).reduce((n, r) => n + r.text.length, 0)
    const mono = chars((r) => r.mono) > chars((r) => !r.mono)
    const size = mostCommon(sorted.filter((r) => !r.mono).map((r) => [r.size, r.text.length])) ?? 0
    return {text: text.trim(), runs: sorted, mono, size, left: sorted[0].x, right, top: line.top}
  })
}

function mostCommon(pairs) {
  const counts = new Map()
  for (const [key, n] of pairs) counts.set(key, (counts.get(key) ?? 0) + n)
  let best
  for (const [key, n] of counts) if (best === undefined || n > counts.get(best)) best = key
  return best
}

const median = (xs) => {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** Whether the break `before-` | `after` is a hyphen the typesetter added (the source has the word whole). */
function addedHyphen(before, after, source) {
  const stem = before.slice(0, -1)
  const a = stem.match(/[\p{L}\p{N}]+$/u)?.[0] ?? ''
  const b = after.match(/^[\p{L}\p{N}]+/u)?.[0] ?? ''
  if (!a || !b) return false
  return !source.includes(`${a}-${b}`) && source.includes(`${a}${b}`)
}

function count(pdf, sourceText) {
  const pages = readRuns(pdf)
  const all = pages.flat()
  const bodySize = mostCommon(all.filter((l) => !l.mono).map((l) => [l.size, l.text.length]))
  const c = {quotes: 0, dashes: 0, parted: 0, compound: 0, number: 0, pageHyphen: 0, codeCut: 0, chars: 0, pages: pages.length}
  const examples = {quotes: [], dashes: [], parted: [], compound: [], number: [], codeCut: []}
  const note = (kind, text) => examples[kind].length < 3 && examples[kind].push(text)
  for (const line of all) {
    const prose = line.runs
      .filter((r) => !r.mono)
      .map((r) => r.text)
      .join(' ')
    const quotes = (prose.match(/["']/g) ?? []).length
    const dashes = (prose.match(/--/g) ?? []).length
    c.quotes += quotes
    c.dashes += dashes
    if (quotes) note('quotes', prose)
    if (dashes) note('dashes', prose)
  }
  const source = sourceText.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ')
  pages.forEach((lines, p) => {
    const text = lines.filter((l) => !l.mono)
    text.forEach((line, i) => {
      const next = text[i + 1] ?? pages[p + 1]?.find((l) => !l.mono && l.size === line.size)
      if (!next) return
      const last = line.text.split(/\s+/).pop() ?? ''
      const first = next.text.split(/\s+/)[0] ?? ''
      if (LOCATOR.test(' ' + last) && /^[\dIVXLCivxlc]/.test(first)) {
        c.parted++
        note('parted', `${last} | ${first}`)
      }
      if (/\d[-\u2010\u2013]$/.test(last) && /^\d/.test(first)) {
        c.number++
        note('number', `${last} | ${first}`)
      }
      if (/[\p{L}\p{N}]-$/u.test(last) && addedHyphen(last, first, source)) {
        if (/[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(last.slice(0, -1)) || /[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(first)) {
          c.compound++
          note('compound', `${last} | ${first}`)
        }
        if (i === text.length - 1 || !text[i + 1]) c.pageHyphen++
      }
    })
    // Code: a wrapped line (a continuation mark at its end or at the next line's start, or reaching the right edge) cut between two characters of a token.
    const code = lines.filter((l) => l.mono)
    const edge = Math.max(0, ...code.map((l) => l.right))
    code.forEach((line, i) => {
      const next = code[i + 1]
      if (!next) return
      const marked = /[\u21aa\u23ce\u2192\u21b5]\s*$/.test(line.text) || /^[\u21aa\u23ce\u2192\u21b5]/.test(next.text)
      const wrapped = marked || line.right > edge - line.runs[0].size * 0.7
      if (!wrapped) return
      const head = line.text.replace(/\s*[\u21aa\u23ce\u2192\u21b5]\s*$/, '')
      const tail = next.text.replace(/^[\u21aa\u23ce\u2192\u21b5]\s*/, '')
      // cut inside a token: the source has the two pieces joined with no space (a wrap at a space loses the space)
      const a = head.slice(-12)
      const b = tail.slice(0, 12)
      const inside = source.includes(a + b) && !source.includes(`${a} ${b}`)
      if (inside && /[\w.]$/.test(head) && /^[\w.]/.test(tail) && /\s/.test(head.slice(-20))) {
        c.codeCut++
        note('codeCut', `${head.slice(-15)} | ${tail.slice(0, 15)}`)
      }
    })
  })
  const body = all.filter((l) => !l.mono && l.size === bodySize)
  const widest = median(
    body
      .map((l) => l.right - l.left)
      .sort((a, b) => b - a)
      .slice(0, 20)
  )
  c.chars = median(body.filter((l) => l.right - l.left > widest * 0.97).map((l) => [...l.text].length))
  return {counts: c, examples}
}

function table(results) {
  const head = [
    'input',
    'pages',
    'straight quotes',
    'literal --',
    'p./pp./no. parted',
    'compound re-hyphenated',
    'number broken at -/–',
    'added hyphen at page foot',
    'code cut mid-token',
    'chars/line (median)'
  ]
  const rows = results.map(({label, counts: c}) => [label, c.pages, c.quotes, c.dashes, c.parted, c.compound, c.number, c.pageHyphen, c.codeCut, c.chars])
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')
}

const options = args()
const dir = options.dir ?? build(options.pageSize)
const results = []
for (const {label, file} of INPUTS) {
  const pdf = path.join(dir, path.basename(file).replace(/\.[^.]+$/, '') + '.pdf')
  if (!existsSync(pdf)) {
    console.error(`no ${pdf}`)
    continue
  }
  results.push({label, ...count(pdf, readFileSync(file, 'utf8'))})
}
if (options.json) console.log(JSON.stringify(results, null, 2))
else {
  console.log(`PDFs in ${dir}\n`)
  console.log(table(results))
  console.log('\nexamples (first three of each):')
  for (const {label, examples} of results) for (const [kind, list] of Object.entries(examples)) if (list.length) console.log(`  ${label}, ${kind}: ${list.join('   ')}`)
}
