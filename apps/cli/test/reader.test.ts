// @module-tag slow
import {copyFile, mkdir, readFile, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {readReaderConfig} from '../src/lib/reader-config.js'
import {listFiles, octavo, octavoBin, repo, tempDir} from './helpers.js'

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir()
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), {recursive: true})
    await writeFile(path.join(dir, name), content)
  }
  return dir
}

async function check(yaml: string, files: Record<string, string> = {}) {
  const dir = await folderWith({...files, 'reader.yaml': yaml})
  const file = path.join(dir, 'reader.yaml')
  const {config, diagnostics} = await readReaderConfig(file, yaml)
  return {dir, config, messages: diagnostics.map((d) => `${d.position?.start.line}:${d.position?.start.column}: ${d.severity}: ${d.message}`)}
}

describe('the reader YAML', () => {
  it('accepts both forms of an entry, paths relative to the YAML', async () => {
    const {dir, config, messages} = await check(
      'title: Borders\neditor: A. Teacher\ncourse: HIST 390\nrecto-starts: true\nbibliography: combined\narticles:\n  - a.md\n  - path: sub/b.txt\n    meta: sub/b.meta.yaml\n',
      {'a.md': '# A\n', 'sub/b.txt': 'B\n', 'sub/b.meta.yaml': 'title: B\n'}
    )
    expect(messages).toEqual([])
    expect(config).toMatchObject({title: 'Borders', course: 'HIST 390', rectoStarts: true, bibliography: 'combined'})
    expect(config?.articles).toEqual([{path: path.join(dir, 'a.md')}, {path: path.join(dir, 'sub/b.txt'), meta: path.join(dir, 'sub/b.meta.yaml')}])
  })

  it('names the line of an unknown key, a bad value and a missing file, all at once', async () => {
    const {config, messages} = await check('title: T\nauthor: me\nnotes: sidenotes\narticles:\n  - a.md\n  - gone.md\n  - path: a.md\n    metta: x\n', {'a.md': 'x\n'})
    expect(config).toBeUndefined()
    expect(messages).toEqual([
      "2:1: error: unknown key 'author' (expected one of title, subtitle, editor, course, term, articles, notes, bibliography, page-size, pdf-standard, recto-starts, csl, images, license, rights)",
      "3:8: error: 'notes' must be one of footnotes, endnotes",
      "6:5: error: 'gone.md' does not exist",
      "8:5: error: unknown key 'metta' in an article (expected path, meta, short-title)"
    ])
  })

  it("takes the volume's license and rights, an entry's short title and metadata written in the entry", async () => {
    const {config, messages} = await check(
      'title: T\nlicense: CC BY 4.0\nrights: © 2027 A. Teacher\narticles:\n  - path: a.md\n    short-title: Short\n    meta: {license: CC BY 4.0, URL: "https://example.org/a"}\n',
      {'a.md': '# A\n'}
    )
    expect(messages).toEqual([])
    expect(config).toMatchObject({license: 'CC BY 4.0', rights: '© 2027 A. Teacher'})
    expect(config?.articles[0]?.fields).toEqual({'short-title': 'Short', license: 'CC BY 4.0', URL: 'https://example.org/a'})
  })

  it('refuses paths that leave the folder, directly or through a link', async () => {
    const outside = await folderWith({'secret.md': 'x\n'})
    const dir = await folderWith({})
    await symlink(path.join(outside, 'secret.md'), path.join(dir, 'link.md'))
    const yaml = `title: T\narticles:\n  - ../x.md\n  - ${path.join(outside, 'secret.md')}\n  - link.md\n`
    const {diagnostics} = await readReaderConfig(path.join(dir, 'reader.yaml'), yaml)
    expect(diagnostics.map((d) => `${d.position?.start.line}: ${d.message}`)).toEqual([
      "3: '../x.md' leaves the reader's folder: refused",
      `4: '${path.join(outside, 'secret.md')}' is an absolute path: name files relative to the reader's folder`,
      "5: 'link.md' leads out of the reader's folder through a link: refused"
    ])
  })

  it('needs a title and a non-empty list of articles', async () => {
    expect((await check('course: X\n')).messages).toEqual(["1:1: error: a reader needs a 'title'", "1:1: error: a reader needs 'articles', a list of the articles' files"])
    expect((await check('title: T\narticles: []\n')).messages).toEqual(["2:11: error: 'articles' must be a non-empty list of files"])
  })

  it('reports bad YAML with its position', async () => {
    const {messages} = await check('title: [unclosed\n')
    expect(messages[0]).toMatch(/^\d+:\d+: error: invalid YAML: /)
  })
})

describe('octavo reader', () => {
  it('binds two articles into one volume and writes its files', async () => {
    const dir = await tempDir()
    for (const name of ['course-packs.md', 'course-packs.txt', 'course-packs.meta.yaml']) await copyFile(path.join(repo, 'examples', name), path.join(dir, name))
    await writeFile(path.join(dir, 'hist390.yaml'), 'title: Paper and Copies\neditor: A. Teacher\narticles:\n  - course-packs.md\n  - course-packs.txt\n')
    const out = path.join(dir, 'out')
    const {status, stderr} = await octavo('reader', path.join(dir, 'hist390.yaml'), '-o', out)
    expect(stderr).not.toMatch(/error/)
    expect(status).toBe(0)
    expect(await listFiles(out)).toEqual(['hist390.bib', 'hist390.bibliography.html', 'hist390.bibliography.txt', 'hist390.csl.json', 'hist390.epub', 'hist390.pdf', 'hist390.ris'])
  })

  it('binds three articles as a book: roman front matter with no folio, arabic from 1, recto starts, full contents, back matter, credits', async () => {
    const dir = await tempDir()
    const shared = path.join(repo, '../shared/corpus')
    for (const name of ['koreans-1950-1962.txt', 'koreans-1950-1962.meta.yaml']) await copyFile(path.join(shared, name), path.join(dir, name))
    for (const name of ['ph-interrogating-national-narrative-gpt.md', 'ph-linear-regression.md']) await copyFile(path.join(shared, 'real', name), path.join(dir, name))
    const lesson = (name: string) => `  - path: ${name}\n    meta: {license: CC BY 4.0, container-title: Programming Historian}\n`
    await writeFile(
      path.join(dir, 'r.yaml'),
      `title: Histories and Methods\neditor: A. Teacher\npage-size: 6x9\nlicense: CC BY 4.0\narticles:\n  - koreans-1950-1962.txt\n${lesson('ph-interrogating-national-narrative-gpt.md')}${lesson('ph-linear-regression.md')}    short-title: Linear Regression\n`
    )
    const {status, stderr} = await octavo('reader', path.join(dir, 'r.yaml'), '-o', path.join(dir, 'out'))
    expect(status, stderr).toBe(0)
    expect(stderr).toMatch(/koreans-1950-1962\.txt names no license or rights/)
    const pdf = path.join(dir, 'out/r.pdf')
    const page = (n: number) => spawnSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], {encoding: 'utf8'}).stdout
    const labels = JSON.parse(spawnSync('qpdf', ['--json', '--json-key=pagelabels', pdf], {encoding: 'utf8'}).stdout) as {pagelabels: Array<{index: number; label: Record<string, string | number>}>}
    expect(labels.pagelabels).toEqual([
      {index: 0, label: {'/S': '/r', '/St': 1}},
      {index: 4, label: {'/S': '/D', '/St': 1}}
    ])
    // i title, ii blank, iii contents, iv blank: no folio; the contents give every title whole, and arabic numbers
    expect(page(1)).toMatch(/Histories and Methods/)
    expect(page(1).trim().split('\n').pop()).toMatch(/A\. Teacher/)
    const contents = page(3).replace(/\s+/g, ' ')
    expect(contents).not.toContain('…')
    for (const title of [
      'China’s Policy toward Ethnic Koreans in China, 1950–1962 1',
      'Interrogating a National Narrative with GPT-2',
      'Regression Analysis with Scikit-Learn (part 1 - Linear)',
      'Combined Bibliography',
      'Credits'
    ])
      expect(contents).toContain(title)
    const starts = [...contents.matchAll(/(?:1950–1962|GPT-2|Linear\)|Bibliography|Credits) (\d+)/g)].map((m) => Number(m[1]))
    expect(starts).toHaveLength(5)
    for (const start of starts) expect(start % 2, `page ${start}`).toBe(1)
    // each part opens on its page (physical = arabic + 4) and a later page of it has its own running head
    const heads = ['Chinese–North Korean Relations and China’s Policy', 'Interrogating a National Narrative with GPT-2', 'Linear Regression', 'Combined Bibliography']
    starts.slice(0, 4).forEach((start, i) => expect(page(start + 4 + 2).split('\n')[0], heads[i]).toContain(heads[i]!))
    expect(page(starts[4]! + 4)).toMatch(
      /Credits[\s\S]*Interrogating a National Narrative with GPT-2\. Chantal Brousseau\.\s+Source: Programming Historian \(2022\), https:\/\/doi\.org\/10\s*\.46430\/phen0104\. License: CC BY 4\.0\./
    )
    expect(spawnSync('qpdf', ['--check', pdf], {encoding: 'utf8'}).status).toBe(0)
  }, 240_000)

  it('writes nothing when the YAML has an error, and exits 1', async () => {
    const dir = await folderWith({'r.yaml': 'title: T\narticles:\n  - missing.md\n'})
    const out = path.join(dir, 'out')
    const {status, stderr} = await octavo('reader', path.join(dir, 'r.yaml'), '-o', out)
    expect(status).toBe(1)
    expect(stderr).toBe(`${path.join(dir, 'r.yaml')}:3:5: error: 'missing.md' does not exist\n`)
    expect(await listFiles(out)).toEqual([])
  })

  it("an open page range in an entry's meta: a warning at its value in the YAML, and the reader is made", async () => {
    const dir = await folderWith({'a.md': '---\ntitle: A\nlang: en\n---\n\nText.\n', 'r.yaml': 'title: T\narticles:\n  - path: a.md\n    meta: {container-title: J, page: 133-, license: CC BY 4.0}\n'})
    const out = path.join(dir, 'out')
    const {status, stderr} = await octavo('reader', path.join(dir, 'r.yaml'), '-o', out, '--no-cache')
    expect(status).toBe(0)
    expect(stderr).toContain(`${path.join(dir, 'r.yaml')}:4:38: warning: the page range '133-' is open (no last page given); printed as '133–'\n`)
    expect(await listFiles(out)).toContain('r.pdf')
  })

  it('gives the same files and messages on one thread and on several', async () => {
    const dir = await tempDir()
    for (const name of ['course-packs.md', 'course-packs.txt', 'course-packs.meta.yaml']) await copyFile(path.join(repo, 'examples', name), path.join(dir, name))
    await writeFile(
      path.join(dir, 'warned.md'),
      '---\ntitle: Warned\n---\n\n{% include figure.html filename="gone.png" %}\n\nA sentence with a note.[^1]\n\n[^1]: Jane Roe, *A Book* (Boston: Beacon, 2001), 4.\n'
    )
    await writeFile(path.join(dir, 'r.yaml'), 'title: Threads\narticles:\n  - course-packs.md\n  - warned.md\n  - course-packs.txt\n  - course-packs.md\n  - warned.md\n')
    const env = {SOURCE_DATE_EPOCH: '1700000000'}
    const one = await octavoBin(['reader', path.join(dir, 'r.yaml'), '-o', path.join(dir, 'one'), '--jobs', '1'], env)
    const two = await octavoBin(['reader', path.join(dir, 'r.yaml'), '-o', path.join(dir, 'two'), '--jobs', '2'], env)
    expect(one.status).toBe(0)
    expect(two.status).toBe(0)
    const warnings = (stderr: string) => stderr.split('\n').filter((line) => /: (warning|error): /.test(line))
    expect(warnings(one.stderr).length).toBeGreaterThanOrEqual(2)
    expect(warnings(two.stderr)).toEqual(warnings(one.stderr))
    const files = await listFiles(path.join(dir, 'one'))
    expect(files).toHaveLength(7)
    expect(await listFiles(path.join(dir, 'two'))).toEqual(files)
    for (const name of files) expect(await readFile(path.join(dir, 'two', name)), name).toEqual(await readFile(path.join(dir, 'one', name)))
  })

  it('with no cache (pages compressed on the worker): the same files and messages (file:line:column) as on one thread', async () => {
    const dir = await tempDir()
    for (const name of ['course-packs.md', 'course-packs.txt', 'course-packs.meta.yaml']) await copyFile(path.join(repo, 'examples', name), path.join(dir, name))
    // A character no font has: the layout's warning, with its place.
    await writeFile(path.join(dir, 'parrot.md'), '---\ntitle: Parrot\n---\n\n# Birds\n\nA parrot \u{1F99C} in a sentence.\n\n## More\n\nText.\n')
    await writeFile(path.join(dir, 'r.yaml'), 'title: Threads\narticles:\n  - course-packs.md\n  - parrot.md\n  - course-packs.txt\n  - parrot.md\n  - course-packs.md\n')
    const env = {SOURCE_DATE_EPOCH: '1700000000', OCTAVO_CACHE_DIR: 'off'}
    const one = await octavoBin(['reader', path.join(dir, 'r.yaml'), '-o', path.join(dir, 'one'), '--jobs', '1'], env)
    const two = await octavoBin(['reader', path.join(dir, 'r.yaml'), '-o', path.join(dir, 'two'), '--jobs', '2'], env)
    expect(one.status).toBe(0)
    expect(two.status).toBe(0)
    const warnings = (stderr: string) => stderr.split('\n').filter((line) => /: (warning|error): /.test(line))
    expect(warnings(one.stderr).filter((line) => line.includes('parrot.md:7:10: warning:') && line.includes('U+1F99C'))).toHaveLength(2)
    expect(warnings(two.stderr)).toEqual(warnings(one.stderr))
    const files = await listFiles(path.join(dir, 'one'))
    expect(await listFiles(path.join(dir, 'two'))).toEqual(files)
    for (const name of files) expect(await readFile(path.join(dir, 'two', name)), name).toEqual(await readFile(path.join(dir, 'one', name)))
  })

  it('stops with the error of an article prepared on another thread, and writes nothing', async () => {
    const dir = await tempDir()
    await copyFile(path.join(repo, 'examples', 'course-packs.md'), path.join(dir, 'a.md'))
    await writeFile(path.join(dir, 'broken.md'), '---\ntitle: Broken\nbibliography: gone.bib\n---\n\nText [@doe].\n')
    await writeFile(path.join(dir, 'r.yaml'), 'title: T\narticles:\n  - a.md\n  - a.md\n  - a.md\n  - broken.md\n')
    const {status, stderr} = await octavo('reader', path.join(dir, 'r.yaml'), '-o', path.join(dir, 'out'), '--jobs', '2')
    expect(status).toBe(1)
    expect(stderr).toMatch(/broken\.md: error: cannot read bibliography 'gone\.bib'/)
    expect(await listFiles(path.join(dir, 'out'))).toEqual([])
  })

  it('refuses a number of threads that is not a whole number of 1 or more', async () => {
    for (const jobs of ['0', 'two', '1.5']) {
      const {status, stderr} = await octavo('reader', 'r.yaml', '--jobs', jobs)
      expect(status, jobs).toBe(2)
      expect(stderr).toMatch(/--jobs <n>.*expected a whole number of threads/)
    }
  })

  it('starts its workers from a process run with -e and --input-type (as scripts embed it)', async () => {
    const dir = await tempDir()
    for (const name of ['course-packs.md', 'course-packs.txt', 'course-packs.meta.yaml']) await copyFile(path.join(repo, 'examples', name), path.join(dir, name))
    await writeFile(path.join(dir, 'r.yaml'), 'title: T\narticles:\n  - course-packs.md\n  - course-packs.txt\n  - course-packs.md\n  - course-packs.txt\n')
    const script = `const {run} = await import(${JSON.stringify(path.join(repo, 'apps/cli/dist/index.js'))})
      process.exitCode = await run(['reader', ${JSON.stringify(path.join(dir, 'r.yaml'))}, '-o', ${JSON.stringify(path.join(dir, 'out'))}, '--quiet', '--jobs', '2'], {stdout: () => {}, stderr: (s) => process.stderr.write(s)})`
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})
    expect(child.stderr).toBe('')
    expect(child.status).toBe(0)
    expect(await listFiles(path.join(dir, 'out'))).toContain('r.pdf')
  })
})
