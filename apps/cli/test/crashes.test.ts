// @module-tag slow
import {spawn} from 'node:child_process'
import {availableParallelism} from 'node:os'
import {readFile, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {PDFDocument} from 'pdf-lib'
import {unzipSync} from 'fflate'
import {buildDate, LATEST_EPOCH} from '../src/lib/world.js'
import {defaultJobs, jobsFor} from '../src/lib/parallel.js'
import {MAX_ALIAS_COUNT} from '../src/lib/yaml.js'
import {citationHash} from '@octavo/citations'
import {bin, listFiles, octavo, octavoBin, realArticle, tempDir} from './helpers.js'

/** Every message on its own line, no stack trace, no internal error. */
function oneLineEach(stderr: string) {
  expect(stderr).not.toMatch(/internal error|\n\s+at /)
}

describe('a CSL-JSON bibliography of the wrong shape is an error at its line, never a crash', () => {
  it.each([
    ['an author that is text', '"author": "Smith"', "refs.json:3:13: error: entry 1: 'author' must be a list of names"],
    ['a numeric family name', '"author": [{"family": 42}]', "refs.json:3:25: error: entry 1: 'author' has a name whose 'family' is not text"],
    ['a date that is text', '"issued": "2001"', "refs.json:3:13: error: entry 1: 'issued' must be a date"],
    ['a DOI that is an object', '"DOI": {"a": 1}', "refs.json:3:10: error: entry 1: 'DOI' must be text"]
  ])('%s: %s', async (_, field, message) => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'refs.json'), `[\n {"id": "k", "type": "book", "title": "T",\n  ${field}}\n]\n`)
    await writeFile(path.join(dir, 'a.md'), '---\ntitle: A\nlang: en\nbibliography: refs.json\n---\n\nText [@k].\n')
    const {status, stderr} = await octavo('build', path.join(dir, 'a.md'), '-o', path.join(dir, 'out'), '--to', 'csl-json,bibtex,ris')
    expect(status).toBe(1)
    expect(stderr.startsWith(path.join(dir, message))).toBe(true)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(await listFiles(path.join(dir, 'out'))).toEqual([])
  })
})

describe('SOURCE_DATE_EPOCH: only the dates PDF and EPUB can carry (1970 to 9999)', () => {
  it.each([
    ['the last second of 9999', String(LATEST_EPOCH), '9999-12-31T23:59:59.000Z'],
    ['the epoch itself', '0', '1970-01-01T00:00:00.000Z'],
    ['past 9999', String(LATEST_EPOCH + 1), /^SOURCE_DATE_EPOCH must be at most 253402300799 \(9999-12-31T23:59:59Z/],
    ['the adversarial run', '99999999999999999', /^SOURCE_DATE_EPOCH must be at most/],
    ['a negative number', '-1', /^SOURCE_DATE_EPOCH must be a whole number of seconds/]
  ])('%s: %s', (_, epoch, expected) => {
    if (typeof expected === 'string') expect(buildDate({SOURCE_DATE_EPOCH: epoch}).toISOString()).toBe(expected)
    else expect(() => buildDate({SOURCE_DATE_EPOCH: epoch})).toThrow(expected)
  })

  it('a date out of range is a usage error naming the variable, before anything is written', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'a.md'), '---\ntitle: A\nlang: en\n---\n\nText.\n')
    const {status, stdout, stderr} = await octavoBin(['build', path.join(dir, 'a.md'), '-o', path.join(dir, 'out'), '--to', 'pdf'], {SOURCE_DATE_EPOCH: '99999999999999999'})
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('octavo: error: SOURCE_DATE_EPOCH must be at most 253402300799 (9999-12-31T23:59:59Z, the last date PDF and EPUB can carry), not 99999999999999999\n')
    expect(await listFiles(path.join(dir, 'out'))).toEqual([])
  })

  it('the last date there is goes into the PDF and the EPUB', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'a.md'), '---\ntitle: A\nlang: en\n---\n\nText.\n')
    const {status} = await octavoBin(['build', path.join(dir, 'a.md'), '-o', path.join(dir, 'out'), '--to', 'pdf,epub', '-q'], {SOURCE_DATE_EPOCH: String(LATEST_EPOCH)})
    expect(status).toBe(0)
    const pdf = await PDFDocument.load(await readFile(path.join(dir, 'out', 'a.pdf')), {updateMetadata: false})
    expect(pdf.getModificationDate()?.toISOString()).toBe('9999-12-31T23:59:59.000Z')
    const opf = unzipSync(await readFile(path.join(dir, 'out', 'a.epub')))['OEBPS/content.opf']
    expect(new TextDecoder().decode(opf)).toContain('<meta property="dcterms:modified">9999-12-31T23:59:59Z</meta>')
  })
})

describe('--jobs is capped at the work and the cores', () => {
  it.each([
    ['the largest safe integer, four articles', 9007199254740991, 4, Math.min(4, availableParallelism())],
    ['a thousand, two articles', 1000, 2, Math.min(2, availableParallelism())],
    ['one', 1, 10, 1],
    ['not given', undefined, 100, defaultJobs()]
  ])('%s', (_, asked, work, threads) => {
    expect(jobsFor(asked, work)).toBe(threads)
  })

  it('a reader with --jobs 9007199254740991 is built', async () => {
    const dir = await tempDir()
    const articles = ['a', 'b', 'c', 'd']
    for (const name of articles) await writeFile(path.join(dir, `${name}.md`), `---\ntitle: ${name}\nlang: en\n---\n\nText ${name}.\n`)
    await writeFile(path.join(dir, 'r.yaml'), `title: R\narticles: [${articles.map((a) => `${a}.md`).join(', ')}]\n`)
    const {status, stderr} = await octavo('reader', path.join(dir, 'r.yaml'), '-o', path.join(dir, 'out'), '--jobs', '9007199254740991', '-q')
    expect(stderr).toBe('')
    expect(status).toBe(0)
  })
})

describe('YAML aliases: a bomb or an alias with no anchor is an error at its line', () => {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]'].join('\n')
  const asIs = (yaml: string) => `${yaml}\n`
  const fenced = (yaml: string) => `---\n${yaml}\n---\n\nText.\n`
  /** What the CLI's YAML reader (apps/cli/src/lib/yaml.ts) and the parser's front matter say, at the line and column of the YAML. */
  const MESSAGES = {
    cli: {
      bomb: (before: number) => `${3 + before}:7: error: YAML aliases here expand past ${MAX_ALIAS_COUNT} copies: refused (write the values out)`,
      unresolved: (before: number) => `${2 + before}:6: error: invalid YAML: an alias (*name) with no anchor (&name) set before it`
    },
    parser: {
      bomb: (before: number) => `${2 + before}:8: error: invalid YAML front matter: its aliases expand past ${MAX_ALIAS_COUNT} nodes (an alias bomb?): write the values out`,
      unresolved: (before: number) => `${2 + before}:6: error: invalid YAML front matter: Unresolved alias (the anchor must be set before the alias): nowhere`
    }
  }
  /** [what, the file holding the YAML, how the YAML is written in it, the command, its status, lines before the YAML, who reads the YAML] */
  const cases = [
    ['metadata (.meta.yaml)', 'a.meta.yaml', asIs, ['check', 'a.txt'], 1, 0, 'cli'],
    ['a reader', 'r.yaml', asIs, ['reader', 'r.yaml'], 1, 0, 'cli'],
    ['octavo.yaml (--config)', 'octavo.yaml', asIs, ['--config', 'octavo.yaml', 'build', 'a.txt', '--to', 'ris'], 2, 0, 'cli'],
    ['front matter (build)', 'a.md', fenced, ['build', 'a.md', '--to', 'ris'], 1, 1, 'parser'],
    ['front matter (import)', 'a.md', fenced, ['import', 'a.md'], 1, 1, 'parser']
  ] as const

  async function runOn(file: string, content: string, argv: readonly string[]) {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'a.txt'), 'A Title\n\nText.\n')
    await writeFile(path.join(dir, file), content)
    const outcome = await octavo(...argv.map((word) => (word.includes('.') ? path.join(dir, word) : word)), ...(argv.includes('build') || argv.includes('reader') ? ['-o', path.join(dir, 'out')] : []))
    return {...outcome, file: path.join(dir, file), written: await listFiles(path.join(dir, 'out'))}
  }

  it.each(cases)('%s: the bomb (%s) stops at the node where the budget runs out', async (_, file, wrap, argv, status, before, reader) => {
    const run = await runOn(file, wrap(bomb), argv)
    expect(run.status).toBe(status)
    expect(run.stderr).toBe(`${run.file}:${MESSAGES[reader].bomb(before)}\n`)
    expect(run.stdout).toBe('')
    expect(run.written).toEqual([])
  })

  it.each(cases)('%s: an alias with no anchor (%s)', async (_, file, wrap, argv, status, before, reader) => {
    const run = await runOn(file, wrap('title: T\ncsl: *nowhere'), argv)
    expect(run.status).toBe(status)
    expect(run.stderr).toBe(`${run.file}:${MESSAGES[reader].unresolved(before)}\n`)
    expect(run.written).toEqual([])
  })

  it('a few aliases are still fine', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'a.txt'), 'Text.\n')
    await writeFile(path.join(dir, 'a.meta.yaml'), 'title: &t The Title\ntitle-short: *t\n')
    const {status, stderr} = await octavo('check', path.join(dir, 'a.txt'))
    expect(stderr).toBe('')
    expect(status).toBe(0)
  })
})

describe('a closed pipe on standard output', () => {
  it('octavo import x | head -1 ends quietly with status 0', async () => {
    const child = spawn(process.execPath, [bin, 'import', realArticle], {stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    expect(status).toBe(0)
    expect(stderr).not.toMatch(/EPIPE|internal error|Error:/)
  })
})

describe('--watch survives its input going away', () => {
  const children: Array<ReturnType<typeof spawn>> = []
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGINT')
  })

  /** The built command with --watch: `seen(pattern, n)` waits until its messages hold `pattern` n times. */
  function watching(argv: string[]) {
    const child = spawn(process.execPath, [bin, ...argv, '--watch'], {stdio: ['ignore', 'pipe', 'pipe']})
    children.push(child)
    const state = {stderr: '', exited: false}
    child.stderr.on('data', (chunk: Buffer) => (state.stderr += chunk.toString()))
    child.on('exit', () => (state.exited = true))
    const seen = async (pattern: RegExp, count: number) => {
      for (let waited = 0; (state.stderr.match(pattern) ?? []).length < count; waited += 50) {
        if (state.exited || waited > 30_000) throw new Error(`not seen ${pattern} ×${count}:\n${state.stderr}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }
    return {child, state, seen}
  }

  it('deleted, recreated, renamed away and back: reported, watched, built again', async () => {
    const dir = await tempDir()
    const input = path.join(dir, 'a.md')
    const article = (title: string) => `---\ntitle: ${title}\nlang: en\n---\n\nText.\n`
    await writeFile(input, article('First'))
    const {child, state, seen} = watching(['build', input, '-o', path.join(dir, 'out'), '--to', 'csl-json'])
    await seen(/watching 1 file/g, 1)
    await rm(input)
    await seen(/cannot read '.*a\.md': no such file or directory/g, 1)
    await seen(/watching 1 file/g, 2)
    await writeFile(input, article('Second'))
    await seen(/wrote /g, 2)
    await rename(input, path.join(dir, 'b.md'))
    await seen(/no such file or directory \(did you mean '.*b\.md'\?\)/g, 1)
    await rename(path.join(dir, 'b.md'), input)
    await seen(/wrote /g, 3)
    oneLineEach(state.stderr)
    child.kill('SIGINT')
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0)
  })

  it('a bibliography the article names is watched too', async () => {
    const dir = await tempDir()
    const bib = (title: string) => `@book{k, title={${title}}, author={Roe, Rita}, year={2000}}\n`
    await writeFile(path.join(dir, 'refs.bib'), bib('First'))
    await writeFile(path.join(dir, 'a.md'), '---\ntitle: A\nlang: en\nbibliography: refs.bib\n---\n\nText [@k].\n')
    const {seen} = watching(['build', path.join(dir, 'a.md'), '-o', path.join(dir, 'out'), '--to', 'csl-json'])
    await seen(/watching 2 files/g, 1)
    await writeFile(path.join(dir, 'refs.bib'), bib('Second'))
    await seen(/watching 2 files/g, 2)
    expect(await readFile(path.join(dir, 'out', 'a.csl.json'), 'utf8')).toContain('"title": "Second"')
  })

  it('a corrections file written while watching is applied (a file looked for and not found is watched, not counted)', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'a.md'), '---\ntitle: A\nlang: en\n---\n\nSalt.[^1]\n\n[^1]: Marta Vellido, *The Salt Roads of Castile* (Madrid: Ediciones Norte, 2011), 44.\n')
    const {seen} = watching(['build', path.join(dir, 'a.md'), '-o', path.join(dir, 'out'), '--to', 'csl-json'])
    await seen(/watching 1 file /g, 1)
    const hash = citationHash('Marta Vellido, The Salt Roads of Castile (Madrid: Ediciones Norte, 2011), 44')
    await writeFile(path.join(dir, 'a.corrections.yaml'), `octavo-corrections: 1\ncorrections:\n  - {note: 1, citation: "${hash}", set: {publisher: Norte}}\n`)
    await seen(/watching 2 files/g, 1)
    expect(await readFile(path.join(dir, 'out', 'a.csl.json'), 'utf8')).toContain('"publisher": "Norte"')
  })

  it('a reader: an article deleted and put back is built again', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'a.md'), '---\ntitle: A\nlang: en\n---\n\nText.\n')
    await writeFile(path.join(dir, 'r.yaml'), 'title: R\narticles: [a.md]\n')
    const {state, seen} = watching(['reader', path.join(dir, 'r.yaml'), '-o', path.join(dir, 'out')])
    await seen(/watching/g, 1)
    const content = await readFile(path.join(dir, 'a.md'), 'utf8')
    await rm(path.join(dir, 'a.md'))
    await seen(/'a\.md' does not exist/g, 1)
    await seen(/watching/g, 2)
    await writeFile(path.join(dir, 'a.md'), content)
    await seen(/wrote .*r\.pdf/g, 2)
    oneLineEach(state.stderr)
  })
})
