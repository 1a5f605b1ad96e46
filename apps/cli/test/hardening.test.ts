import {execFileSync, spawn} from 'node:child_process'
import {link, mkdir, readFile, readdir, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {printable, printableJson} from '../src/lib/diagnostics.js'
import {isInside, READ_LIMITS} from '../src/lib/files.js'
import {listFiles, octavo, repo, tempDir} from './helpers.js'

/** A file outside the folders a build may read, standing for /etc/shadow or /proc/self/environ. */
const SECRET = 'SECRET_TOKEN=hunter2'

async function secretFile(dir: string, name: string): Promise<string> {
  const file = path.join(dir, name)
  await writeFile(file, `${SECRET}\nroot:*:20000:0:99999:7:::\n`)
  return file
}

/** Every file under `dir`, recursively, relative to it. */
async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => [])
  return entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
}

const ARTICLE = (front: string) => `---\ntitle: Hardened\nlang: en\n${front}---\n\nText with a note.[^1]\n\n[^1]: Jane Doe, *A Book* (London: Press, 1999), 12.\n`

describe('files an input names are read like the input itself', () => {
  it('an image that is a link to a file outside the article folder is not embedded', async () => {
    const dir = await tempDir()
    const outside = await secretFile(await tempDir(), 'photo.png')
    await mkdir(path.join(dir, 'article'))
    await symlink(outside, path.join(dir, 'article', 'photo.png'))
    await writeFile(path.join(dir, 'article', 'a.md'), `---\ntitle: T\nlang: en\n---\n\n![A photo](photo.png)\n\nText.\n`)
    const out = path.join(dir, 'out')
    const {status, stderr} = await octavo('build', path.join(dir, 'article', 'a.md'), '-o', out, '--to', 'epub')
    expect(status).toBe(0)
    expect(stderr).toContain("a.md:6:1: warning: image 'photo.png' not included: it is outside the article's folder (links followed)")
    const listing = execFileSync('unzip', ['-l', path.join(out, 'a.epub')], {encoding: 'utf8'})
    expect(listing).not.toMatch(/images\//)
    expect((await readFile(path.join(out, 'a.epub'))).includes(Buffer.from(SECRET))).toBe(false)
  })

  it("a reader's article may not read a bibliography outside the reader's folder, directly or through a link", async () => {
    const root = await tempDir()
    const dir = path.join(root, 'reader')
    await mkdir(dir)
    await writeFile(path.join(root, 'outside.bib'), '@book{k, title={Outside}, author={Roe, R}, year={2000}}\n')
    await symlink(path.join(root, 'outside.bib'), path.join(dir, 'linked.bib'))
    await writeFile(path.join(dir, 'one.md'), ARTICLE('bibliography: ../outside.bib\n'))
    await writeFile(path.join(dir, 'two.md'), ARTICLE('bibliography: linked.bib\n'))
    await writeFile(path.join(dir, 'r.yaml'), 'title: R\narticles:\n  - one.md\n  - two.md\n')
    const out = path.join(root, 'out')
    const {status, stderr} = await octavo('reader', path.join(dir, 'r.yaml'), '-o', out, '-q')
    expect(status).toBe(1)
    expect(stderr).toContain("error: cannot read bibliography '../outside.bib': it is outside the reader's folder (links followed)")
    expect(stderr).toContain("error: cannot read bibliography 'linked.bib': it is outside the reader's folder (links followed)")
    expect(await listFiles(out)).toEqual([])
  })

  it('a single build may read a bibliography beside its folder, as Pandoc does', async () => {
    const root = await tempDir()
    await mkdir(path.join(root, 'paper'))
    await writeFile(path.join(root, 'library.bib'), '@book{k, title={Shared Library}, author={Roe, Rita}, year={2000}, publisher={P}, address={L}}\n')
    await writeFile(path.join(root, 'paper', 'p.md'), '---\ntitle: P\nlang: en\nbibliography: ../library.bib\n---\n\nText [@k].\n')
    const {status, stdout} = await octavo('build', path.join(root, 'paper', 'p.md'), '-o', path.join(root, 'out'), '--to', 'csl-json', '--json')
    expect(status).toBe(0)
    expect(JSON.parse(stdout).written).toEqual([path.join(root, 'out', 'p.csl.json')])
    expect(await readFile(path.join(root, 'out', 'p.csl.json'), 'utf8')).toContain('Shared Library')
  })

  it.each<[string, (secret: string) => [string, string[]]]>([
    ['a style named by the front matter', (secret) => [ARTICLE(`csl: ${secret}\n`), []]],
    ['a style given with --csl', (secret) => [ARTICLE(''), ['--csl', secret]]],
    ['a CSL-JSON bibliography', (secret) => [ARTICLE(`bibliography: ${secret}.json\n`), []]]
  ])('%s that is some other file: refused, and its content never quoted', async (_, setup) => {
    const dir = await tempDir()
    const secret = await secretFile(dir, 'environ')
    await writeFile(`${secret}.json`, await readFile(secret))
    const [article, extra] = setup(secret)
    await writeFile(path.join(dir, 'a.md'), article)
    const {status, stderr, stdout} = await octavo('build', path.join(dir, 'a.md'), '-o', path.join(dir, 'out'), ...extra)
    expect(status).toBe(1)
    expect(stderr).toMatch(/:1:1: error: (not a CSL style: the file is not well-formed XML|invalid JSON: invalid symbol)/)
    expect(stderr + stdout).not.toContain('SECRET')
    expect(stderr + stdout).not.toContain('root:')
    expect(await listFiles(path.join(dir, 'out'))).toEqual([])
  })

  it('a style with a DOCTYPE (external entities) is refused before citeproc sees it', async () => {
    const dir = await tempDir()
    const secret = await secretFile(dir, 'shadow')
    await writeFile(
      path.join(dir, 'xxe.csl'),
      `<?xml version="1.0"?>\n<!DOCTYPE style [<!ENTITY x SYSTEM "file://${secret}">]>\n<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><info><title>&x;</title></info></style>\n`
    )
    await writeFile(path.join(dir, 'a.md'), ARTICLE(''))
    const {status, stderr} = await octavo('build', path.join(dir, 'a.md'), '-o', path.join(dir, 'out'), '--csl', path.join(dir, 'xxe.csl'))
    expect(status).toBe(1)
    expect(stderr).toContain('xxe.csl:2:')
    expect(stderr).toContain('it declares a DOCTYPE')
    expect(stderr).not.toContain('SECRET')
  })

  it.each([
    ['--csl', (file: string) => ['--csl', file]],
    ['--meta', (file: string) => ['--meta', file]],
    ['the front matter csl', () => []]
  ] as const)('a named pipe given as %s is refused at once (it would block forever)', async (_, option) => {
    const dir = await tempDir()
    const fifo = path.join(dir, 'pipe.csl')
    execFileSync('mkfifo', [fifo])
    await writeFile(path.join(dir, 'a.md'), ARTICLE(option(fifo).length === 0 ? `csl: pipe.csl\n` : ''))
    const {status, stderr} = await octavo('build', path.join(dir, 'a.md'), '-o', path.join(dir, 'out'), ...option(fifo))
    expect(status).toBe(1)
    expect(stderr).toContain('it is a named pipe, not a file')
  })

  it('a device is refused, not read until the memory runs out', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'a.md'), ARTICLE(''))
    const {status, stderr} = await octavo('build', path.join(dir, 'a.md'), '-o', path.join(dir, 'out'), '--csl', '/dev/zero')
    expect(status).toBe(1)
    expect(stderr).toBe("octavo: error: cannot read style '/dev/zero': it is a device, not a file\n")
  })

  it('a file larger than its kind may be is refused with the cap', async () => {
    const dir = await tempDir()
    const style = path.join(dir, 'huge.csl')
    await writeFile(style, Buffer.alloc(READ_LIMITS.style.bytes + 1, 0x20))
    await writeFile(path.join(dir, 'a.md'), ARTICLE(''))
    const {status, stderr} = await octavo('build', path.join(dir, 'a.md'), '-o', path.join(dir, 'out'), '--csl', style)
    expect(status).toBe(1)
    expect(stderr).toBe(`octavo: error: cannot read style '${style}': it is larger than the 4 MB a CSL style may have\n`)
  })
})

describe('diagnostics never put a control character on the terminal', () => {
  it.each([
    ['ESC (retitle a window, clear the screen)', '\u001b]0;pwned\u0007\u001b[2J', '\\x1b]0;pwned\\x07\\x1b[2J'],
    ['C1 CSI in one character', 'a\u009b2Jb', 'a\\x9b2Jb'],
    ['a right-to-left override', 'gpj.\u202Eexe', 'gpj.\\u202eexe'],
    ['an isolate', 'x\u2067y\u2069', 'x\\u2067y\\u2069'],
    ['text as it is', 'Ibid., 12–14 «ok»', 'Ibid., 12–14 «ok»']
  ])('%s', (_, raw, shown) => {
    expect(printable(raw)).toBe(shown)
  })

  it('JSON keeps its value: C1 and bidi controls as \\u escapes', () => {
    const json = JSON.stringify({m: 'a\u009bb\u202Ec\u001b'})
    expect(printableJson(json)).toBe('{"m":"a\\u009bb\\u202ec\\u001b"}')
    expect(JSON.parse(printableJson(json))).toEqual({m: 'a\u009bb\u202Ec\u001b'})
  })

  it('an image named to retitle the terminal is reported escaped', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'a.md'), `---\ntitle: T\nlang: en\n---\n\n![x](<\u001b]0;pwned\u0007.png>)\n\nText.\n`)
    const {stderr} = await octavo('build', path.join(dir, 'a.md'), '-o', path.join(dir, 'out'), '--to', 'epub')
    expect(stderr).toContain('\\x1b]0;pwned\\x07.png')
    // eslint-disable-next-line no-control-regex -- no control character but the newline may reach the terminal
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
  })
})

describe('outputs never overwrite inputs, and are written all or nothing', () => {
  async function paper(dir: string) {
    await writeFile(path.join(dir, 'paper.bib'), '@book{k, title={A Book}, author={Doe, Jane}, year={1999}, publisher={P}, address={L}}\n@book{u, title={Uncited}, author={Roe, R}, year={2000}}\n')
    await writeFile(path.join(dir, 'paper.md'), '---\ntitle: Paper\nlang: en\nbibliography: paper.bib\n---\n\nText [@k].\n')
  }

  it('-o beside the article: the BibTeX export would replace the bibliography, so nothing is written', async () => {
    const dir = await tempDir()
    await paper(dir)
    const before = await allFiles(dir)
    const bib = await readFile(path.join(dir, 'paper.bib'))
    const {status, stderr} = await octavo('build', path.join(dir, 'paper.md'), '-o', dir)
    expect(status).toBe(2)
    expect(stderr).toBe(`octavo: error: the output '${path.join(dir, 'paper.bib')}' is a file this build reads: nothing written (write the outputs elsewhere with -o DIR)\n`)
    expect(await readFile(path.join(dir, 'paper.bib'))).toEqual(bib)
    expect(await allFiles(dir)).toEqual(before)
  })

  it.each([
    ['a link', (from: string, to: string) => symlink(from, to)],
    ['a hard link', (from: string, to: string) => link(from, to)]
  ])('an output that is %s to an input is refused', async (_, make) => {
    const dir = await tempDir()
    await paper(dir)
    await mkdir(path.join(dir, 'out'))
    await make(path.join(dir, 'paper.bib'), path.join(dir, 'out', 'paper.bib'))
    const {status, stdout} = await octavo('build', path.join(dir, 'paper.md'), '-o', path.join(dir, 'out'), '--json')
    expect(status).toBe(2)
    expect(JSON.parse(stdout)).toMatchObject({status: 2, written: [], error: expect.stringContaining('is a file this build reads')})
    expect(await allFiles(path.join(dir, 'out'))).toEqual(['paper.bib'])
  })

  it('when one file cannot be replaced, the earlier outputs are put back as they were', async () => {
    const dir = await tempDir()
    const out = path.join(dir, 'out')
    const article = path.join(repo, 'examples/course-packs.md')
    expect((await octavo('build', article, '-o', out, '--to', 'ris,csl-json,bibtex')).status).toBe(0)
    const before = new Map(await Promise.all((await allFiles(out)).map(async (f) => [f, await readFile(path.join(out, f))] as const)))
    // The next build also writes citations.json, and a folder stands where it goes: that replacement fails.
    await mkdir(path.join(out, 'course-packs.citations.json'))
    const {status, stderr} = await octavo('build', article, '-o', out, '--to', 'ris,csl-json,bibtex,citations')
    expect(status).toBe(1)
    expect(stderr).toContain(`cannot write '${path.join(out, 'course-packs.citations.json')}': it is a folder; nothing written`)
    expect(await allFiles(out)).toEqual([...before.keys()])
    for (const [file, bytes] of before) expect(await readFile(path.join(out, file))).toEqual(bytes)
  })

  it('what a killed build left is cleared by the next one: staged files removed, a kept old file put back', async () => {
    const dir = await tempDir()
    const out = path.join(dir, 'out')
    await mkdir(out)
    const dead = 2 ** 22 + 12345 // above Linux's default pid_max (4,194,304): no process has it
    await writeFile(path.join(out, `.course-packs.pdf.octavo-${dead}-abc123.tmp`), 'partial')
    await writeFile(path.join(out, `.notes.txt.octavo-${dead}-abc123.old`), "the user's earlier output")
    await writeFile(path.join(out, `.other.octavo-${process.pid}-abc123.tmp`), 'this process has no build running: cleared too')
    expect((await octavo('build', path.join(repo, 'examples/course-packs.md'), '-o', out, '--to', 'ris', '-q')).status).toBe(0)
    expect(await allFiles(out)).toEqual(['course-packs.ris', 'notes.txt'])
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe("the user's earlier output")
  })

  it('SIGINT while writing: the old files stay, no temporary file is left', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'a.pdf'), 'old a')
    const script = `
      import {writeAll} from ${JSON.stringify(path.join(repo, 'apps/cli/src/lib/outputs.ts'))}
      const big = new Uint8Array(768 * 1024 * 1024)
      await writeAll(${JSON.stringify(dir)}, new Map([['a.pdf', 'new a'], ['b.bin', big]]))
    `
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {cwd: repo, stdio: 'ignore'})
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    for (let i = 0; i < 600 && !(await readdir(dir)).some((f) => f.startsWith('.b.bin.')); i++) await new Promise((r) => setTimeout(r, 50))
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    expect(await allFiles(dir)).toEqual(['a.pdf'])
    expect(await readFile(path.join(dir, 'a.pdf'), 'utf8')).toBe('old a')
  })
})

describe('a Markdown article is read within what its parser can hold', () => {
  it('a 5 MB Markdown file on one line is refused with the cap, not read until the memory runs out', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'huge.md')
    await writeFile(file, 'word '.repeat((READ_LIMITS.markdown.bytes + 1024) / 5))
    const {status, stderr} = await octavo('build', file, '-o', path.join(dir, 'out'))
    expect(status).toBe(1)
    expect(stderr).toBe(`octavo: error: cannot read '${file}': it is larger than the 4 MB a Markdown article may have\n`)
  })
})

describe('isInside: the one test of "inside a folder" (images, readers, every confined read)', () => {
  it.each([
    ['the folder itself', '/r', '/r', true],
    ['a file in it', '/r', '/r/a.md', true],
    ['a file whose name starts with two dots', '/r', '/r/..notes.md', true],
    ['the parent', '/r', '/', false],
    ['a sibling through ..', '/r', '/r/../s/a.md', false],
    ['a folder that only starts the same', '/r', '/rx/a.md', false]
  ])('%s', (_, folder, file, inside) => {
    expect(isInside(folder, file)).toBe(inside)
  })
})
