import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {stageTimes} from '../src/lib/timings.js'
import {octavoBin, realArticle, tempDir} from './helpers.js'

/** The stages a build marks (OCTAVO_TIMINGS=1), from its line on standard error. */
function stagesOf(stderr: string): string[] | undefined {
  const line = stderr.split('\n').find((l) => l.startsWith('octavo-timings '))
  return line === undefined ? undefined : Object.keys(JSON.parse(line.slice('octavo-timings '.length)) as object)
}

describe('stage timings (OCTAVO_TIMINGS=1, read by npm run bench:cold)', () => {
  it('each stage lasts from the previous mark; a stage marked twice adds up', () => {
    const times = stageTimes([
      ['boot', 50],
      ['parse', 60],
      ['pdf', 100],
      ['parse', 130],
      ['exit', 131]
    ])
    expect([...times]).toEqual([
      ['boot', 50],
      ['parse', 40],
      ['pdf', 40],
      ['exit', 1]
    ])
  })

  it('a build writing only citation files reads the notes and sets no typography, no citeproc, no renderer', async () => {
    const out = path.join(await tempDir(), 'out')
    const result = await octavoBin(['build', realArticle, '-o', out, '-q', '--to', 'csl-json,ris,bibtex,citations'], {OCTAVO_TIMINGS: '1', OCTAVO_CACHE_DIR: 'off'})
    expect(result.status).toBe(0)
    expect(stagesOf(result.stderr)).toEqual([
      'boot: node, load the bundle',
      'read style, article, metadata',
      'parse',
      'bibliography files and images',
      'notes reader',
      'csl-json, ris, bibtex, citations',
      'write',
      'exit'
    ])
  })

  it('prints nothing unless asked', async () => {
    const out = path.join(await tempDir(), 'out')
    const result = await octavoBin(['build', realArticle, '-o', out, '-q', '--to', 'csl-json'], {OCTAVO_CACHE_DIR: 'off'})
    expect([result.status, stagesOf(result.stderr), result.stderr]).toEqual([0, undefined, ''])
  })
})
