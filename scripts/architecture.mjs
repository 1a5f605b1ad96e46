// npm run architecture: the rules of the code's shape that the compiler and the linter do not see.
// Each rule is a named case with its example; scripts/architecture-exceptions.json lists what breaks a
// rule today, each entry with the issue that removes it. A new break fails, and so does an exception
// that no longer happens (delete it: the list only shrinks). Reads the files, writes nothing.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {cruise} from 'dependency-cruiser'
import {ESLint} from 'eslint'
import tseslint from 'typescript-eslint'

/** The repository checked: this one, or the folder given (the script's test runs it on small made-up trees). */
const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'))
const EXCEPTIONS = 'scripts/architecture-exceptions.json'
const SOURCES = '^(packages|apps)/[^/]+/src/'
const MAX_FUNCTION_LINES = 120
/** Node modules that reach the disk, the network or other processes: only apps/ may import them. */
const IO_MODULES = ['fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'dgram', 'tls', 'child_process', 'worker_threads']
const IO_PATTERN = `^(node:)?(${IO_MODULES.join('|')})$`

/** The rules, each with the kind of break it reports and an example of one. */
export const RULES = [
  {
    name: 'no-circular',
    what: 'no circular import between files in src/ (type-only imports count: they tie the files together as much)',
    example: 'render-pdf layout.ts imports paginate.ts, which imports layout.ts',
    cruise: {from: {path: SOURCES}, to: {circular: true}}
  },
  {
    name: 'library-no-io',
    what: `library packages (packages/*/src) import none of node:${IO_MODULES.join(', node:')}: only apps/cli touches disk`,
    example: "packages/parser/src/lib/read.ts: import {readFileSync} from 'node:fs'",
    cruise: {from: {path: '^packages/[^/]+/src/'}, to: {dependencyTypes: ['core'], path: IO_PATTERN}}
  },
  {
    name: 'max-function-lines',
    what: `no function in src/ over ${MAX_FUNCTION_LINES} lines (ESLint's max-lines-per-function, blank lines and comments included)`,
    example: `packages/citations/src/lib/process.ts: function processCitations, 332 lines (before issue 15 split it)`
  }
]

/** Breaks of the import rules, as `rule: file -> file` lines (a cycle once, from its first file in sort order). */
async function importBreaks() {
  const forbidden = RULES.filter((rule) => rule.cruise).map((rule) => ({name: rule.name, severity: 'error', ...rule.cruise}))
  const options = {includeOnly: `${SOURCES}|${IO_PATTERN}`, tsPreCompilationDeps: true, validate: true, ruleSet: {forbidden}}
  const {output} = await cruise(['packages', 'apps'], {...options, baseDir: root}, {extensionAlias: {'.js': ['.ts', '.js']}})
  const breaks = new Set()
  for (const violation of output.summary.violations) {
    if (violation.rule.name !== 'no-circular') {
      breaks.add(`${violation.rule.name}: ${violation.from} -> ${violation.to}`)
      continue
    }
    const files = [violation.from, ...violation.cycle.map((step) => step.name)].slice(0, -1)
    const first = files.indexOf([...files].sort()[0])
    breaks.add(`no-circular: ${[...files.slice(first), ...files.slice(0, first), files[first]].join(' -> ')}`)
  }
  return breaks
}

/** Functions over the limit, keyed `max-function-lines: file: name`, with their length. */
async function lengthBreaks() {
  const rule = ['error', {max: MAX_FUNCTION_LINES, skipBlankLines: false, skipComments: false, IIFEs: true}]
  const files = ['**/*.ts', '**/*.mts', '**/*.js', '**/*.mjs']
  const eslint = new ESLint({cwd: root, overrideConfigFile: true, overrideConfig: [{files, languageOptions: {parser: tseslint.parser}, rules: {'max-lines-per-function': rule}}]})
  const breaks = new Map()
  for (const result of await eslint.lintFiles(['packages/*/src/**/*.ts', 'apps/*/src/**/*.ts'])) {
    for (const message of result.messages.filter((m) => m.ruleId === 'max-lines-per-function')) {
      const [, name, lines] = /^(.*) has too many lines \((\d+)\)/.exec(message.message) ?? [undefined, message.message, '0']
      const file = path.relative(root, result.filePath)
      const where = `${file}:${message.line}:${message.column}: ${name} has ${lines} lines (at most ${MAX_FUNCTION_LINES})`
      breaks.set(`max-function-lines: ${file}: ${name}`, {where, lines: Number(lines)})
    }
  }
  return breaks
}

/** What the exceptions do not allow: new breaks, functions grown past their listed length, entries that no longer happen. */
function errorsAgainst(found, allowed) {
  const errors = []
  for (const [key, {where, lines}] of found) {
    const entry = allowed.get(key)
    if (!entry) errors.push(where)
    else if (entry.lines !== undefined && lines > entry.lines) errors.push(`${where}: ${EXCEPTIONS} allows ${entry.lines}, it may only shrink`)
  }
  for (const key of allowed.keys()) {
    if (!found.has(key)) errors.push(`${EXCEPTIONS} lists "${key}", which no longer happens: delete it (the list only shrinks)`)
  }
  return errors
}

const exceptions = JSON.parse(readFileSync(path.join(root, EXCEPTIONS), 'utf8'))
const allowed = new Map(exceptions.exceptions.map((entry) => [entry.break, entry]))
const [imports, lengths] = await Promise.all([importBreaks(), lengthBreaks()])
const found = new Map([...[...imports].map((key) => [key, {where: key}]), ...lengths])
for (const [key, {where}] of found) if (allowed.has(key)) console.log(`allowed (${allowed.get(key).issue.replace(/:.*/, '')}): ${where}`)
const errors = errorsAgainst(found, allowed)
for (const error of errors) console.error(`error: ${error}`)
const summary = `architecture: ${RULES.length} rules, ${found.size} breaks, ${allowed.size} allowed, ${errors.length} errors`
if (errors.length === 0) console.log(summary)
else {
  console.error(summary)
  for (const rule of RULES) console.error(`  ${rule.name}: ${rule.what} (e.g. ${rule.example})`)
  process.exitCode = 1
}
