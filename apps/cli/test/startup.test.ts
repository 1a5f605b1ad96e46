// @module-tag slow
import {execFileSync, spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, realArticle, tempDir} from './helpers.js'

/**
 * What a new `octavo` process loads: the files of code and data it opens
 * (JavaScript, JSON, wasm), counted with strace. The command is one bundled
 * program and its start (bundle.mjs); what is left are the packages kept outside it (HarfBuzz,
 * citeproc, hyphenation patterns, tinypool). A budget per command keeps a new
 * dependency from bringing back hundreds of files at start-up (24 and 7 when
 * citation-js was bundled; 162 and 135 before, with its fetch libraries).
 */
const BUDGETS = [
  {name: 'all 8 outputs', args: [], files: 40},
  {name: 'exports only (no citeproc, no renderer)', args: ['--to', 'csl-json,ris,bibtex,citations'], files: 15}
]

const hasStrace = spawnSync('strace', ['-V']).status === 0

/** The distinct code and data files (`.bin`: the notes model) a build of the real article opens. */
async function filesOpened(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string[]> {
  const dir = await tempDir()
  const trace = path.join(dir, 'trace.txt')
  execFileSync('strace', ['-f', '-e', 'trace=openat', '-o', trace, process.execPath, bin, 'build', realArticle, '-o', path.join(dir, 'out'), '-q', ...args], {env: {...process.env, ...env}})
  const opened = readFileSync(trace, 'utf8')
    .split('\n')
    .filter((line) => !line.includes('ENOENT'))
    .flatMap((line) => /"([^"]+\.(?:js|mjs|cjs|json|wasm|bin))"/.exec(line)?.[1] ?? [])
  return [...new Set(opened)]
}

describe.skipIf(!hasStrace)('start-up: the files a new process loads, within a budget (strace; .ci/run installs it)', () => {
  it.each(BUDGETS)('$name: at most $files files', async ({args, files}) => {
    const opened = await filesOpened(args)
    expect(opened.length).toBeLessThanOrEqual(files)
    // The bundle is what runs, not the workspace packages' own modules.
    expect(opened.some((f) => f.endsWith('dist/bundle/octavo.js'))).toBe(true)
    expect(opened.filter((f) => /packages\/(?:parser|citations|render-pdf|render-epub)\/(?:src|dist)\//.test(f))).toEqual([])
  })

  it('an exports-only build loads no renderer and no citeproc', async () => {
    const opened = await filesOpened(BUDGETS[1]!.args)
    expect(opened.filter((f) => /harfbuzz|citeproc|hyphen\/patterns/.test(f))).toEqual([])
    // Of the bundle, the start (octavo.js, CommonJS as package.json says) and the program (program.cjs: the renderers in it
    // run only when asked for); the notes model (notes-model.bin) as the notes' labels are kept or not: below.
    expect(
      opened
        .filter((f) => f.includes('dist/bundle/') && !f.endsWith('.bin'))
        .map((f) => path.basename(f))
        .sort()
    ).toEqual(['octavo.js', 'package.json', 'program.cjs'])
    // No ES module loader: the start is CommonJS (bin/octavo.js and dist/bundle/octavo.js).
    expect(opened.filter((f) => f.endsWith('.mjs'))).toEqual([])
  })

  it('a build whose notes are all labeled in the cache reads no notes model; one without a cache does', async () => {
    const cache = await tempDir()
    const args = ['--to', 'citations']
    const model = (files: string[]) => files.filter((f) => f.endsWith('dist/bundle/notes-model.bin'))
    expect(model(await filesOpened(args, {OCTAVO_CACHE_DIR: cache}))).toHaveLength(1) // the labels made and kept
    for (const name of readdirSync(cache)) if (name.endsWith('.octavo-cache')) rmSync(path.join(cache, name)) // not the whole build copied
    expect(model(await filesOpened(args, {OCTAVO_CACHE_DIR: cache}))).toEqual([])
    expect(model(await filesOpened(args, {OCTAVO_CACHE_DIR: 'off'}))).toHaveLength(1)
  })

  it('a full build loads both renderers, and no fontkit (HarfBuzz reads the faces)', async () => {
    const opened = await filesOpened(BUDGETS[0]!.args)
    expect(
      chunksHolding(opened, RENDERER_MARKS)
        .map((c) => c.mark)
        .sort()
    ).toEqual(['render-epub', 'render-pdf'])
    expect(opened.filter((f) => /harfbuzz\.wasm|hyphen\/patterns/.test(f)).length).toBe(2)
    expect(chunksHolding(opened, {fontkit: 'TrueTypeCollection'})).toEqual([])
    expect(opened.filter((f) => f.includes('fontkit'))).toEqual([])
    // citation-js is in the bundle, its core and plugins together; its fetch libraries are not loaded.
    expect(opened.filter((f) => /@citation-js\/|node-fetch|sync-fetch|fetch-blob/.test(f))).toEqual([])
  })
})

/** A string only each renderer's code holds. */
const RENDERER_MARKS = {'render-pdf': 'Octavo render-pdf (pdf-lib)', 'render-epub': 'application/epub+zip'}

/** The bundle files among `opened` that hold one of `marks`, with the mark's name. */
function chunksHolding(opened: string[], marks: Record<string, string>): Array<{file: string; mark: string}> {
  return opened
    .filter((file) => file.includes('dist/bundle/'))
    .flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return Object.entries(marks).flatMap(([mark, needle]) => (text.includes(needle) ? [{file: path.basename(file), mark}] : []))
    })
}
