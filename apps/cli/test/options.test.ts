import {copyFile, readFile, writeFile} from 'node:fs/promises'
import {spawn} from 'node:child_process'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from '../src/index.js'
import {bin, listFiles, octavoBin, outputs, repo, tempDir} from './helpers.js'

async function inFolder(dir: string, ...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const status = await run(argv, {stdout: (t) => (stdout += t), stderr: (t) => (stderr += t)}, dir)
  return {status, stdout, stderr}
}

async function exampleFolder() {
  const dir = await tempDir()
  for (const name of ['course-packs.md', 'course-packs.txt', 'course-packs.meta.yaml']) await copyFile(path.join(repo, 'examples', name), path.join(dir, name))
  return dir
}

describe('--json', () => {
  it('prints what was written and the diagnostics, with positions, as JSON', async () => {
    const dir = await exampleFolder()
    await writeFile(path.join(dir, 'bad.md'), 'Text.[^1] More.[^2]\n\n[^1]: A note.\n')
    const out = path.join(dir, 'out')
    const ok = await inFolder(dir, 'build', path.join(dir, 'course-packs.md'), '-o', out, '--to', 'csl-json,ris', '--json')
    expect(ok.stderr).toBe('')
    expect(JSON.parse(ok.stdout)).toEqual({status: 0, written: [path.join(out, 'course-packs.csl.json'), path.join(out, 'course-packs.ris')], diagnostics: []})
    const bad = await inFolder(dir, 'check', path.join(dir, 'bad.md'), '--json')
    const summary = JSON.parse(bad.stdout) as {status: number; diagnostics: Array<{file: string; line: number; column: number; severity: string}>}
    expect(bad.status).toBe(1)
    expect(summary.status).toBe(1)
    expect(summary.diagnostics.find((d) => d.severity === 'error')).toMatchObject({file: path.join(dir, 'bad.md'), line: 1, severity: 'error'})
  })
})

describe('octavo.yaml', () => {
  it('gives defaults that the command line overrides', async () => {
    const dir = await exampleFolder()
    await writeFile(path.join(dir, 'octavo.yaml'), 'output: built\nto: csl-json\n')
    const first = await inFolder(dir, 'build', path.join(dir, 'course-packs.md'), '--quiet')
    expect(first.status).toBe(0)
    expect(await listFiles(path.join(dir, 'built'))).toEqual(['course-packs.csl.json'])
    const second = await inFolder(dir, 'build', path.join(dir, 'course-packs.md'), '--quiet', '--to', 'ris')
    expect(second.status).toBe(0)
    expect(await listFiles(path.join(dir, 'built'))).toEqual(['course-packs.csl.json', 'course-packs.ris'])
  })

  it('is validated with line numbers', async () => {
    const dir = await exampleFolder()
    await writeFile(path.join(dir, 'octavo.yaml'), 'output: built\npage-size: a5\ncolour: red\n')
    const {status, stderr} = await inFolder(dir, 'build', path.join(dir, 'course-packs.md'))
    expect(status).toBe(2)
    expect(stderr).toBe(
      `${path.join(dir, 'octavo.yaml')}:2:12: error: 'page-size' must be one of a4, letter, 6x9\n` +
        `${path.join(dir, 'octavo.yaml')}:3:1: error: unknown key 'colour' (expected one of output, to, page-size, notes, pdf-standard, csl, restyle-notes)\n`
    )
  })
})

describe('progress of a reader', () => {
  it('prints one plain line per article when not on a terminal', async () => {
    const dir = await exampleFolder()
    await writeFile(path.join(dir, 'r.yaml'), 'title: R\narticles:\n  - course-packs.md\n  - course-packs.txt\n')
    const {status, stderr} = await inFolder(dir, 'reader', path.join(dir, 'r.yaml'), '-o', path.join(dir, 'out'))
    expect(status).toBe(0)
    const lines = stderr.split('\n').filter((line) => line.startsWith('['))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^\[1\/2\] .*course-packs\.md$/)
    expect(lines[1]).toMatch(/^\[2\/2\] .*course-packs\.txt$/)
  })
})

/** The built command with --watch; `seen(pattern, n)` waits until its messages hold `pattern` n times. */
function watching(argv: string[]) {
  const child = spawn(process.execPath, [bin, ...argv, '--watch'], {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, SOURCE_DATE_EPOCH: '1700000000'}})
  let stderr = ''
  const seen = (pattern: RegExp, count: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => ((stderr.match(pattern) ?? []).length >= count ? resolve() : undefined)
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        check()
      })
      child.on('exit', () => reject(new Error(`exited early:\n${stderr}`)))
      check()
    })
  return {child, seen}
}

describe('--watch', () => {
  it('builds again when the input changes', async () => {
    const dir = await exampleFolder()
    const input = path.join(dir, 'course-packs.md')
    const out = path.join(dir, 'out')
    const {child, seen} = watching(['build', input, '-o', out, '--to', 'csl-json'])
    try {
      await seen(/watching \d+ file/g, 1)
      const before = await readFile(path.join(out, 'course-packs.csl.json'), 'utf8')
      expect(before).not.toContain('Watched Press')
      const source = await readFile(input, 'utf8')
      await writeFile(input, source.replace('Simon & Schuster', 'Watched Press'))
      await seen(/watching \d+ file/g, 2)
      expect(await readFile(path.join(out, 'course-packs.csl.json'), 'utf8')).toContain('Watched Press')
    } finally {
      child.kill('SIGINT')
    }
  })

  it("rebuilds with the PDF's work of the earlier builds kept in memory: after each edit, the bytes of a build without any cache", async () => {
    const dir = await exampleFolder()
    const input = path.join(dir, 'course-packs.md')
    const out = path.join(dir, 'out')
    const source = await readFile(input, 'utf8')
    const {child, seen} = watching(['build', input, '-o', out, '--to', 'pdf,epub'])
    try {
      await seen(/watching \d+ file/g, 1)
      for (const [edit, word] of [
        [1, 'pressing'],
        [2, 'pressing kept']
      ] as const) {
        const text = source.replace('answered a real need', `answered a real ${word} need`)
        expect(text).not.toBe(source)
        await writeFile(input, text)
        await seen(/watching \d+ file/g, edit + 1)
        const fresh = await tempDir()
        await copyFile(input, path.join(fresh, 'course-packs.md'))
        const alone = await octavoBin(['build', path.join(fresh, 'course-packs.md'), '-o', path.join(fresh, 'out'), '--to', 'pdf,epub'], {OCTAVO_CACHE_DIR: 'off', SOURCE_DATE_EPOCH: '1700000000'})
        expect(alone.status).toBe(0)
        expect(await outputs(out)).toEqual(await outputs(path.join(fresh, 'out')))
      }
    } finally {
      child.kill('SIGINT')
    }
  })
})
