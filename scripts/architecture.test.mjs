// node --test scripts/: runs scripts/architecture.mjs on a made-up repository that breaks each rule once
// (the examples of its RULES table), with and without exceptions.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {fileURLToPath} from 'node:url'

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'architecture.mjs')
const LONG = 130

/** A repository with one break of each rule, and an app that may use node:fs. */
function repository(exceptions) {
  const root = mkdtempSync(path.join(tmpdir(), 'octavo-architecture-'))
  const files = {
    'packages/lib/src/layout.ts': "import {folio} from './paginate.js'\nexport const page = (): string => folio()\n",
    'packages/lib/src/paginate.ts': "import type {} from './layout.js'\nexport const folio = (): string => 'i'\n",
    'packages/lib/src/read.ts': "import {readFileSync} from 'node:fs'\nexport const read = (file: string): string => readFileSync(file, 'utf8')\n",
    'packages/lib/src/long.ts': `export function long(): number {\n  let n = 0\n${'  n++\n'.repeat(LONG - 4)}  return n\n}\n`,
    'packages/lib/src/short.ts': `export function short(): number {\n  let n = 0\n${'  n++\n'.repeat(100)}  return n\n}\n`,
    'apps/cli/src/files.ts': "import {readFileSync} from 'node:fs'\nexport const read = (file: string): string => readFileSync(file, 'utf8')\n",
    'scripts/architecture-exceptions.json': JSON.stringify({exceptions})
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
    writeFileSync(path.join(root, file), text)
  }
  return root
}

function check(exceptions) {
  const run = spawnSync(process.execPath, [script, repository(exceptions)], {encoding: 'utf8'})
  return {status: run.status, out: run.stdout + run.stderr}
}

const CYCLE = 'no-circular: packages/lib/src/layout.ts -> packages/lib/src/paginate.ts -> packages/lib/src/layout.ts'
const IO = 'library-no-io: packages/lib/src/read.ts -> fs'
const LENGTH = "max-function-lines: packages/lib/src/long.ts: Function 'long'"
const all = [CYCLE, IO, LENGTH].map((key) => ({break: key, issue: 'issue 0: test'}))

test('each rule reports its break, and the app may read files', () => {
  const {status, out} = check([])
  assert.equal(status, 1)
  assert.match(out, /error: no-circular: packages\/lib\/src\/layout\.ts -> packages\/lib\/src\/paginate\.ts -> packages\/lib\/src\/layout\.ts\n/)
  assert.match(out, /error: library-no-io: packages\/lib\/src\/read\.ts -> (node:)?fs\n/)
  assert.match(out, new RegExp(`error: packages/lib/src/long\\.ts:1:8: Function 'long' has ${LONG} lines \\(at most 120\\)\\n`))
  assert.doesNotMatch(out, /short\.ts|apps\/cli\/src/)
  assert.match(out, /3 breaks, 0 allowed, 3 errors/)
})

test('listed breaks pass', () => {
  const {status, out} = check(all.map((entry) => (entry.break === LENGTH ? {...entry, lines: LONG} : entry)))
  assert.equal(status, 0, out)
  assert.match(out, /3 breaks, 3 allowed, 0 errors/)
})

test('a listed function longer than its listed length fails', () => {
  const {status, out} = check(all.map((entry) => (entry.break === LENGTH ? {...entry, lines: LONG - 1} : entry)))
  assert.equal(status, 1)
  assert.match(out, new RegExp(`allows ${LONG - 1}, it may only shrink`))
})

test('an exception that no longer happens fails: the list only shrinks', () => {
  const {status, out} = check([...all, {break: 'no-circular: packages/lib/src/a.ts -> packages/lib/src/b.ts -> packages/lib/src/a.ts', issue: 'issue 0'}])
  assert.equal(status, 1)
  assert.match(out, /lists "no-circular: packages\/lib\/src\/a\.ts .*", which no longer happens: delete it/)
})
