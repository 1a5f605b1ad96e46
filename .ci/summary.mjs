// Sums the per-package vitest summaries of a `npm test` log into one closing line.
import {readFileSync} from 'node:fs'
import {stripVTControlCharacters} from 'node:util'

const log = stripVTControlCharacters(readFileSync(process.argv[2], 'utf8'))
let passed = 0
let failed = 0
let skipped = 0
for (const line of log.split('\n')) {
  const match = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line)
  if (!match) continue
  for (const [, count, kind] of match[1].matchAll(/(\d+) (passed|failed|skipped)/g)) {
    if (kind === 'passed') passed += Number(count)
    else if (kind === 'failed') failed += Number(count)
    else skipped += Number(count)
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
