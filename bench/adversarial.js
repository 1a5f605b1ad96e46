// node bench/adversarial.js — every hostile case we have (issue 18), run through the built CLI and checked
// against the issue's "done when": ends within 30 s at exit 0, 1 or 2; every line of standard error a
// one-line message (no stack trace, no "internal error"); no raw control character on the terminal; no
// file content in a message; no temporary file left; after a failure, the outputs of an earlier build
// intact. Cases: each class of bench/hostile.js (parser) as an article at 20,000 repetitions, and the
// cases of the adversarial run that need a file system (FIFOs, devices, links, outputs over inputs), pipes
// and usage. Prints one line per case and the failures; exit 1 if any. Uses the built CLI (npm run build).
//   node bench/adversarial.js [--only <substring>] [--n 20000] [--limit 30]
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {CLASSES} from './hostile.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = process.env.OCTAVO_BIN ?? path.join(repo, 'apps/cli/bin/octavo.js')
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i < 0 ? fallback : process.argv[i + 1]
}
const only = arg('--only', '')
const n = Number(arg('--n', '20000'))
const limit = Number(arg('--limit', '30'))

/** A secret no message may quote: planted in every file a case points at that is not meant to be read. */
const SECRET = 'SECRET_TOKEN_4f1d'
const article = (body, front = 'title: Hostile\nlang: en') => `---\n${front}\n---\n\n${body}\n`

/**
 * [name, setup(dir) → argv (after `octavo`), options]. options.shell: run argv[0] through sh -c (pipes);
 * options.prebuild: build a.md first, then check that its outputs survive this (failing) command;
 * options.status: the statuses allowed (default 0, 1, 2).
 */
const CASES = [
  ...CLASSES.map(([name, format, make]) => [
    `${name} (${n.toLocaleString('en')})`,
    (dir) => {
      const ext = format === 'markdown' ? 'md' : 'txt'
      writeFileSync(path.join(dir, `a.${ext}`), format === 'markdown' ? article(make(n)) : make(n))
      if (format === 'text') writeFileSync(path.join(dir, 'a.meta.yaml'), 'title: Hostile\nlang: en\n')
      // Smart typography is the default of a build.
      return ['build', `a.${ext}`, '-o', 'out']
    }
  ]),
  ['lists nested 1,000 deep, indented', (dir) => write(dir, 'a.md', article(Array.from({length: 1000}, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')))],
  [
    '100 nested lists around 15,000 indented lines (3 MB)',
    (dir) => write(dir, 'a.md', article([...Array.from({length: 100}, (_, i) => `${'  '.repeat(i)}- item ${i}`), ...Array.from({length: 15000}, (_, i) => `${' '.repeat(200)}line ${i}`)].join('\n')))
  ],
  ['a 1 MB paragraph of emphasis markers', (dir) => write(dir, 'a.md', article(`${'*a '.repeat(170_000)}b${' c*'.repeat(170_000)}`))],
  ['a table row of 100,000 words', (dir) => write(dir, 'a.md', article(`| ${'word '.repeat(100_000)}|\n|---|\n| x |`))],
  ['a 10 KB title', (dir) => write(dir, 'a.md', article('Text.', `title: ${JSON.stringify('word '.repeat(2000))}\nlang: en`))],
  [
    'YAML alias bomb in front matter',
    (dir) => write(dir, 'a.md', '---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: *c\n---\n\nText.\n'),
    {prebuild: true}
  ],
  ['an unresolved YAML alias', (dir) => write(dir, 'a.md', '---\ntitle: *nowhere\n---\n\nText.\n'), {prebuild: true}],
  [
    'bibliography: a FIFO',
    (dir) => {
      spawnSync('mkfifo', [path.join(dir, 'refs.json')])
      return write(dir, 'a.md', article('Text [@k].', 'title: T\nlang: en\nbibliography: refs.json'))
    },
    {prebuild: true}
  ],
  ['csl: /dev/zero', (dir) => write(dir, 'a.md', article('Text.', 'title: T\nlang: en\ncsl: /dev/zero')), {prebuild: true}],
  [
    '--meta naming a directory',
    (dir) => {
      mkdirSync(path.join(dir, 'm.yaml'))
      return [...write(dir, 'a.md', article('Text.')), '--meta', 'm.yaml']
    }
  ],
  ['csl: /proc/self/environ (content never quoted)', (dir) => write(dir, 'a.md', article('Text.', 'title: T\nlang: en\ncsl: /proc/self/environ')), {env: {SECRET_ENV: SECRET}}],
  [
    'a bibliography holding a secret that is not JSON',
    (dir) => {
      writeFileSync(path.join(dir, 'refs.json'), `${SECRET} is not JSON`)
      return write(dir, 'a.md', article('Text [@k].', 'title: T\nlang: en\nbibliography: refs.json'))
    },
    {prebuild: true}
  ],
  [
    'an image that is a link outside the folder',
    (dir) => {
      mkdirSync(path.join(dir, 'art'))
      writeFileSync(path.join(dir, 'secret.png'), SECRET)
      symlinkSync(path.join(dir, 'secret.png'), path.join(dir, 'art', 'x.png'))
      writeFileSync(path.join(dir, 'art', 'a.md'), article('![x](x.png)'))
      return ['build', 'art/a.md', '-o', 'out']
    },
    {outside: 'secret.png'}
  ],
  ['an image name that clears the screen', (dir) => write(dir, 'a.md', article('![x](\u001b[2J\u001b]0;owned\u0007.png)'))],
  [
    '-o beside the article with bibliography: a.bib',
    (dir) => {
      writeFileSync(path.join(dir, 'a.bib'), '@book{k, title = {A book}, author = {Doe, Jane}, year = 2001}\n@book{u, title = {Uncited}, year = 2002}\n')
      writeFileSync(path.join(dir, 'a.md'), article('Text [@k].', 'title: T\nlang: en\nbibliography: a.bib'))
      return ['build', 'a.md', '-o', '.']
    },
    {unchanged: ['a.bib']}
  ],
  [
    'CSL-JSON with "author": "Smith"',
    (dir) => {
      writeFileSync(path.join(dir, 'refs.json'), '[{"id": "k", "type": "book", "title": "T", "author": "Smith"}]')
      return write(dir, 'a.md', article('Text [@k].', 'title: T\nlang: en\nbibliography: refs.json'))
    },
    {prebuild: true}
  ],
  ['SOURCE_DATE_EPOCH=99999999999999999', (dir) => write(dir, 'a.md', article('Text.')), {env: {SOURCE_DATE_EPOCH: '99999999999999999'}, prebuild: true}],
  [
    'reader --jobs 9007199254740991',
    (dir) => {
      write(dir, 'a.md', article('Text.'))
      writeFileSync(path.join(dir, 'r.yaml'), 'title: R\narticles:\n  - a.md\n')
      return ['reader', 'r.yaml', '-o', 'out', '--jobs', '9007199254740991']
    }
  ],
  [
    'a style with an external entity',
    (dir) => {
      writeFileSync(
        path.join(dir, 's.csl'),
        `<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file://${path.join(dir, 'secret.txt')}">]><style xmlns="http://purl.org/net/xbiblio/csl">&x;</style>`
      )
      writeFileSync(path.join(dir, 'secret.txt'), SECRET)
      return [...write(dir, 'a.md', article('Text.')), '--csl', 's.csl']
    },
    {prebuild: true}
  ],
  ['a 5 MB line', (dir) => write(dir, 'a.md', 'x'.repeat(5_000_000))],
  [
    'import | head -1 (EPIPE)',
    (dir) => {
      writeFileSync(path.join(dir, 'a.txt'), Array.from({length: 20000}, (_, i) => `Line ${i} of a long text.`).join('\n'))
      return [`node ${JSON.stringify(bin)} import a.txt | head -1 > /dev/null`]
    },
    {shell: true, status: [0], quiet: true}
  ],
  ['octavo alone', () => [], {status: [2]}],
  [
    'build x.meta.yaml',
    (dir) => {
      writeFileSync(path.join(dir, 'x.meta.yaml'), 'title: T\n')
      return ['build', 'x.meta.yaml', '-o', 'out']
    },
    {status: [2], says: /octavo build x\.md|article|reader/}
  ],
  [
    'reader x.md',
    (dir) => {
      writeFileSync(path.join(dir, 'x.md'), article('Text.'))
      return ['reader', 'x.md', '-o', 'out']
    },
    {status: [2], says: /octavo build/}
  ],
  [
    'build a folder',
    (dir) => {
      mkdirSync(path.join(dir, 'x.md'))
      return ['build', 'x.md', '-o', 'out']
    },
    {status: [1, 2]}
  ]
]

function write(dir, name, content) {
  writeFileSync(path.join(dir, name), content)
  return ['build', name, '-o', 'out']
}

/** Every file under `dir` with its bytes, for "intact" and "no temporary file". */
function snapshot(dir) {
  const files = new Map()
  if (!existsSync(dir)) return files
  for (const name of readdirSync(dir, {recursive: true})) {
    const file = path.join(dir, name)
    if (statSync(file).isFile()) files.set(name, readFileSync(file))
  }
  return files
}

function run(dir, argv, options = {}) {
  const env = {...process.env, OCTAVO_CACHE_DIR: 'off', SOURCE_DATE_EPOCH: '0', ...options.env}
  const started = Date.now()
  const result = options.shell
    ? spawnSync('sh', ['-c', argv[0]], {cwd: dir, env, encoding: 'utf8', timeout: limit * 1000, killSignal: 'SIGKILL', maxBuffer: 2 ** 28})
    : spawnSync(process.execPath, [bin, ...argv], {cwd: dir, env, encoding: 'utf8', timeout: limit * 1000, killSignal: 'SIGKILL', maxBuffer: 2 ** 28})
  return {...result, seconds: (Date.now() - started) / 1000}
}

// eslint-disable-next-line no-control-regex -- what may not reach a terminal
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

function check(name, setup, options = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'octavo-adversarial-'))
  const problems = []
  try {
    const argv = setup(dir)
    let before
    if (options.prebuild) {
      const good = path.join(dir, 'good.md')
      writeFileSync(good, article('Good text.'))
      run(dir, ['build', 'good.md', '-o', 'out'])
      before = snapshot(path.join(dir, 'out'))
      if (before.size === 0) problems.push('the earlier build wrote nothing')
    }
    const unchanged = new Map((options.unchanged ?? []).map((file) => [file, readFileSync(path.join(dir, file))]))
    const r = run(dir, argv, options)
    const allowed = options.status ?? [0, 1, 2]
    if (r.error?.code === 'ETIMEDOUT' || r.status === null) problems.push(`still running after ${limit} s`)
    else if (!allowed.includes(r.status)) problems.push(`exit ${r.status}`)
    const stderr = r.stderr ?? ''
    if (/internal error/i.test(stderr)) problems.push('internal error')
    if (/^\s+at .+:\d+:\d+\)?$/m.test(stderr)) problems.push('stack trace')
    if (CONTROL.test(stderr)) problems.push('control character on standard error')
    if (stderr.includes(SECRET) || (r.stdout ?? '').includes(SECRET)) problems.push('file content in a message')
    if (options.quiet && stderr.trim()) problems.push(`not quiet: ${stderr.trim().split('\n')[0]}`)
    if (options.says && !options.says.test(stderr)) problems.push(`message does not name the command: ${stderr.trim().split('\n')[0]}`)
    for (const line of stderr.split('\n')) if (line.length > 2000) problems.push('a message longer than 2,000 characters')
    const after = snapshot(dir)
    const temporary = [...after.keys()].filter((file) => /\.tmp$|\.octavo-(stage|old)/.test(file))
    if (temporary.length > 0) problems.push(`temporary files left: ${temporary.join(', ')}`)
    if (options.outside) for (const [file, bytes] of after) if (file.startsWith('out') && bytes.includes(SECRET)) problems.push(`${options.outside} read from outside the folder into ${file}`)
    for (const [file, bytes] of unchanged) if (!readFileSync(path.join(dir, file)).equals(bytes)) problems.push(`${file} overwritten`)
    if (before && r.status !== 0) {
      const now = snapshot(path.join(dir, 'out'))
      for (const [file, bytes] of before) if (!now.get(file)?.equals(bytes)) problems.push(`earlier output ${file} changed or gone after the failure`)
    }
    const last =
      stderr
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('wrote '))
        .pop() ?? ''
    return {name, status: r.status, seconds: r.seconds, problems, last: last.slice(0, 90)}
  } catch (error) {
    return {name, status: null, seconds: 0, problems: [`runner: ${error.message}`], last: ''}
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

let failed = 0
let total = 0
for (const [name, setup, options] of CASES) {
  if (only && !name.includes(only)) continue
  total++
  const result = check(name, setup, options)
  if (result.problems.length > 0) failed++
  const mark = result.problems.length > 0 ? 'FAIL' : 'ok  '
  console.log(
    `${mark} ${name.padEnd(52)} exit ${String(result.status).padStart(4)} ${`${result.seconds.toFixed(1)} s`.padStart(7)}  ${result.problems.length > 0 ? result.problems.join('; ') : result.last}`
  )
}
console.log(`${total - failed} of ${total} cases well handled`)
process.exitCode = failed > 0 ? 1 : 0
