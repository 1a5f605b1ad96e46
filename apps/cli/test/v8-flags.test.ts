import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {V8_FLAGS, v8FlagsFor} from '../src/lib/v8-flags.js'

/** Command lines and the V8 flags the command sets for them. */
const CASES = [
  {name: 'a build', argv: ['build', 'a.md', '--to', 'csl-json'], flags: ['--no-regexp-tier-up']},
  {name: 'options before the command', argv: ['--quiet', 'build', 'a.md'], flags: ['--no-regexp-tier-up']},
  {name: 'a reader (a long process: not measured)', argv: ['reader', 'r.yaml'], flags: []},
  {name: 'no command', argv: ['--version'], flags: []}
]

describe('v8FlagsFor', () => {
  it.each(CASES)('$name: $flags', ({argv, flags}) => {
    expect(v8FlagsFor(argv)).toEqual(flags)
  })

  it('every flag of the table is one V8 knows, says why, and is set for some command', () => {
    expect(V8_FLAGS.length).toBeGreaterThan(0)
    for (const f of V8_FLAGS) {
      expect(f.commands.length).toBeGreaterThan(0)
      expect(f.why.length).toBeGreaterThan(40)
      // v8.setFlagsFromString ignores a flag V8 does not have; node refuses it on its command line ("bad option").
      expect(spawnSync(process.execPath, [f.flag, '-e', '0'], {encoding: 'utf8'}).stderr).toBe('')
    }
  })
})
