// npm run bench:ace — DAISY Ace (axe-core in Chromium) and EPUBCheck on the five real EPUBs: the article and the four lessons.
// Builds each with the CLI (run `npm run build` first), then counts Ace's violations by impact and rule, and EPUBCheck's messages.
// Ace is not a dependency of the repository (Electron, Puppeteer): install it anywhere once,
//   cd /tmp && PUPPETEER_SKIP_DOWNLOAD=1 ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm i @daisy/ace
// and point ACE at its ace-puppeteer (default /tmp/node_modules/.bin/ace-puppeteer); CHROMIUM (default /usr/bin/chromium).
// Options: --keep DIR keeps the EPUBs and reports there; --notes endnotes builds in endnote mode.
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpus = path.resolve(root, '../shared/corpus')
const ace = process.env.ACE ?? '/tmp/node_modules/.bin/ace-puppeteer'
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium'
const option = (name) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}
if (!existsSync(ace)) {
  console.error(`bench:ace: no ace-puppeteer at ${ace} (see the top of bench/ace.js to install it, or set ACE)`)
  process.exit(2)
}
const out = option('--keep') ?? mkdtempSync(path.join(tmpdir(), 'octavo-ace-'))
const notes = option('--notes') ?? 'footnotes'
const cli = path.join(root, 'apps/cli/bin/octavo.js')

const books = [
  ['the article', path.join(corpus, 'koreans-1950-1962.txt'), ['--meta', path.join(corpus, 'koreans-1950-1962.meta.yaml')]],
  ...readdirSync(path.join(corpus, 'real'))
    .filter((name) => name.endsWith('.md') && name !== 'SOURCES.md')
    .sort()
    .map((name) => [name.replace(/\.md$/, ''), path.join(corpus, 'real', name), []])
]

const rows = []
for (const [name, input, extra] of books) {
  spawnSync(process.execPath, [cli, 'build', input, ...extra, '--to', 'epub', '--notes', notes, '-o', out], {encoding: 'utf8'})
  const epub = path.join(out, path.basename(input).replace(/\.[^.]+$/, '.epub'))
  const report = path.join(out, 'ace', path.basename(epub, '.epub'))
  const started = performance.now()
  execFileSync(ace, ['-o', report, '-f', epub], {env: {...process.env, PUPPETEER_EXECUTABLE_PATH: chromium}, stdio: 'ignore'})
  const seconds = (performance.now() - started) / 1000
  const impacts = {critical: 0, serious: 0, moderate: 0, minor: 0}
  const rules = {}
  for (const group of JSON.parse(readFileSync(path.join(report, 'report.json'), 'utf8')).assertions ?? []) {
    for (const assertion of group.assertions ?? []) {
      const {'earl:impact': impact, 'dct:title': rule} = assertion['earl:test']
      impacts[impact] = (impacts[impact] ?? 0) + 1
      rules[`${impact} ${rule}`] = (rules[`${impact} ${rule}`] ?? 0) + 1
    }
  }
  const check = spawnSync('java', ['-jar', '/usr/bin/epubcheck', epub], {encoding: 'utf8'})
  const counts = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(check.stdout + check.stderr)
  rows.push({
    name,
    ...impacts,
    rules:
      Object.entries(rules)
        .map(([rule, n]) => `${rule} ×${n}`)
        .join('; ') || '—',
    epubcheck: counts ? counts.slice(1).join('/') : 'not run',
    seconds: seconds.toFixed(1)
  })
}
console.log(`Ace ${notes} (${out})`)
console.log('| EPUB | critical | serious | moderate | minor | rules | EPUBCheck fatal/error/warning | Ace s |')
console.log('|---|---|---|---|---|---|---|---|')
for (const r of rows) console.log(`| ${r.name} | ${r.critical} | ${r.serious} | ${r.moderate} | ${r.minor} | ${r.rules} | ${r.epubcheck} | ${r.seconds} |`)
