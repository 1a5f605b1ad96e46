import {renameSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {filesState} from '../src/lib/watch.js'
import {tempDir} from './helpers.js'

/** What a writer may do to a watched file while the settle runs, each seen as a change. */
const CHANGES: ReadonlyArray<{name: string; change: (file: string) => void}> = [
  {name: 'written with other bytes (truncated, then written)', change: (file) => writeFileSync(file, 'a longer text')},
  {name: 'written with as many bytes, a later time', change: (file) => (writeFileSync(file, 'TEXT'), utimesSync(file, 1, 2_000_000))},
  {name: 'its time alone changed', change: (file) => utimesSync(file, 1, 3_000_000)},
  {name: 'replaced by a file written beside it (an editor saving)', change: (file) => (writeFileSync(`${file}~`, 'text'), renameSync(`${file}~`, file), utimesSync(file, 1, 1_000_000))},
  {name: 'deleted', change: (file) => rmSync(file)}
]

describe('--watch looks at the files again before it builds (filesState)', () => {
  it('is the same while nothing changed, an absent file included', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'a.md')
    writeFileSync(file, 'text')
    expect(filesState([file, path.join(dir, 'absent.md')])).toBe(filesState([file, path.join(dir, 'absent.md')]))
  })

  for (const {name, change} of CHANGES) {
    it(`sees a file ${name}`, async () => {
      const dir = await tempDir()
      const file = path.join(dir, 'a.md')
      writeFileSync(file, 'text')
      utimesSync(file, 1, 1_000_000)
      const other = path.join(dir, 'b.md')
      writeFileSync(other, 'other')
      const before = filesState([other, file])
      change(file)
      expect(filesState([other, file])).not.toBe(before)
    })
  }

  it('sees an absent file appear', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'corrections.yaml')
    const before = filesState([file])
    writeFileSync(file, '')
    expect(filesState([file])).not.toBe(before)
  })
})
