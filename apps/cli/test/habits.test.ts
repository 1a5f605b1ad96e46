import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {OTHER_KINDS} from '../src/lib/kinds.js'
import {META_NOTICES, META_RULES} from '../src/lib/meta-check.js'
import {READER_KEYS} from '../src/lib/reader-config.js'
import {didYouMean} from '../src/lib/suggest.js'
import {listFiles, octavo, octavoBin, tempDir} from './helpers.js'

const ARTICLE = '---\ntitle: A\nlang: en\n---\n\nText.[^1]\n\n[^1]: Jane Doe, *A Book* (London: Press, 1999), 12.\n'

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir()
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content)
  return dir
}

describe('octavo alone', () => {
  it('prints the help on standard error and exits 2', async () => {
    const {status, stdout, stderr} = await octavo()
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^Usage: octavo /)
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('octavo: error: no command given (see the help above)')
  })
})

describe('option values in any case, where that is unambiguous', () => {
  it.each([
    ['--to', 'CSL-JSON,RIS'],
    ['--page-size', 'A4'],
    ['--notes', 'Endnotes'],
    ['--restyle-notes', 'CMOS17']
  ])('%s %s', async (option, value) => {
    const dir = await folderWith({'a.md': ARTICLE})
    const extra = option === '--to' ? [] : ['--to', 'csl-json']
    const {status, stderr} = await octavo('build', path.join(dir, 'a.md'), '-o', path.join(dir, 'out'), option, value, ...extra, '-q')
    expect(stderr).toBe('')
    expect(status).toBe(0)
  })

  it('octavo.yaml and a reader take them in any case too', async () => {
    const dir = await folderWith({'a.md': ARTICLE, 'octavo.yaml': 'page-size: Letter\nto: csl-json\n', 'r.yaml': 'title: R\npage-size: A4\nnotes: Endnotes\narticles: [a.md]\n'})
    expect((await octavo('--config', path.join(dir, 'octavo.yaml'), 'build', path.join(dir, 'a.md'), '-o', path.join(dir, 'out'), '-q')).status).toBe(0)
    expect((await octavo('reader', path.join(dir, 'r.yaml'), '-o', path.join(dir, 'out'), '-q')).status).toBe(0)
  })
})

describe('did you mean', () => {
  it.each([
    ['titel', ['title', 'subtitle'], 'title'],
    ['artcle.md', ['article.md', 'other.md'], 'article.md'],
    ['ENDNOTE', ['footnotes', 'endnotes'], 'endnotes'],
    ['keywords', ['title', 'lang', 'DOI'], undefined],
    ['title', ['title'], undefined]
  ])('%s among %j: %s', (typed, candidates, expected) => {
    expect(didYouMean(typed, candidates)).toBe(expected)
  })

  it.each([
    ['a mistyped command', ['biuld', 'a.md'], "octavo: error: unknown command 'biuld' (Did you mean build?)"],
    ['a longer form of an option', ['build', 'a.md', '--output-dir', 'x'], "octavo: error: unknown option '--output-dir' (Did you mean --output?)"],
    ['a word of an option', ['build', 'a.md', '--pagesize', 'a4'], "octavo: error: unknown option '--pagesize' (Did you mean --page-size?)"],
    ['a mistyped option', ['build', 'a.md', '--page-sise', 'a4'], "octavo: error: unknown option '--page-sise' (Did you mean --page-size?)"],
    [
      'a mistyped value',
      ['build', 'a.md', '--notes', 'endnote'],
      "octavo: error: option '--notes <mode>' argument 'endnote' is invalid. Allowed choices are footnotes, endnotes. (did you mean 'endnotes'?)"
    ]
  ])('%s: %j', async (_, argv, message) => {
    const {status, stderr} = await octavo(...argv)
    expect(status).toBe(2)
    expect(stderr).toBe(`${message}\n`)
  })

  it.each([
    [
      'the article',
      (dir: string) => ['build', path.join(dir, 'artcle.md')],
      (dir: string) => `octavo: error: cannot read '${path.join(dir, 'artcle.md')}': no such file or directory (did you mean '${path.join(dir, 'article.md')}'?)`
    ],
    [
      'a reader',
      (dir: string) => ['reader', path.join(dir, 'hist.yaml')],
      (dir: string) => `octavo: error: cannot read '${path.join(dir, 'hist.yaml')}': no such file or directory (did you mean '${path.join(dir, 'hist390.yaml')}'?)`
    ],
    [
      '--meta',
      (dir: string) => ['check', path.join(dir, 'article.md'), '--meta', path.join(dir, 'article.meta.yml')],
      (dir: string) => `octavo: error: cannot read metadata '${path.join(dir, 'article.meta.yml')}': no such file or directory (did you mean '${path.join(dir, 'article.meta.yaml')}'?)`
    ],
    [
      'a bibliography the front matter names',
      (dir: string) => ['check', path.join(dir, 'cites.md')],
      (dir: string) => `${path.join(dir, 'cites.md')}: error: cannot read bibliography 'ref.bib': no such file or directory (did you mean 'refs.bib'?)`
    ]
  ])('a mistyped file name (%s): a close name in the same folder', async (_, argv, message) => {
    const dir = await folderWith({
      'article.md': ARTICLE,
      'article.meta.yaml': 'lang: en\n',
      'hist390.yaml': 'title: H\narticles: [article.md]\n',
      'refs.bib': '@book{k, title={T}}\n',
      'cites.md': '---\ntitle: C\nlang: en\nbibliography: ref.bib\n---\n\nText [@k].\n'
    })
    const {status, stderr} = await octavo(...argv(dir))
    expect(status).toBe(1)
    expect(stderr).toBe(`${message(dir)}\n`)
  })
})

describe('--help', () => {
  it.each(['build', 'reader', 'import', 'check', 'notes'])('%s --help has examples', async (command) => {
    const {status, stdout} = await octavo(command, '--help')
    expect(status).toBe(0)
    expect(stdout).toMatch(new RegExp(`\\nExamples?:\\n[\\s\\S]*octavo ${command} `))
  })

  it('reader --help lists every key of the reader YAML', async () => {
    const {stdout} = await octavo('reader', '--help')
    for (const [key] of READER_KEYS) expect(stdout).toMatch(new RegExp(`\\n  ${key}: `))
  })
})

describe('--version', () => {
  it('with --verbose: the versions of Node and the core libraries', async () => {
    const {status, stdout} = await octavo('--version', '--verbose')
    expect(status).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^octavo \d+\.\d+\.\d+$/)
    expect(lines).toContain(`node ${process.versions.node}`)
    for (const library of ['commander', 'yaml', 'citeproc', 'pdf-lib', 'unified']) expect(lines.some((line) => new RegExp(`^${library} \\d+\\.\\d+\\.\\d+`).test(line))).toBe(true)
    expect(stdout).not.toContain('not found')
  })
})

describe('know what you are given', () => {
  /** The files the examples name, as such files are. */
  const FILES: Record<string, string> = {
    'paper.meta.yaml': 'title: P\n',
    'octavo.yaml': 'to: pdf\n',
    'hist390.yaml': 'title: H\narticles: [paper.md]\n',
    'notes.yaml': 'a: 1\n',
    'paper.md': ARTICLE,
    'refs.bib': '@book{k, title={T}}\n',
    'chicago.csl': '<style/>\n'
  }

  it.each(OTHER_KINDS.map((kind) => [kind.what, kind.example, kind] as const))('%s: %s is refused, naming where it goes', async (_, example, kind) => {
    const dir = await folderWith(FILES)
    const [command, name] = example.replace(/^octavo /, '').split(' ') as [string, string]
    const {status, stderr} = await octavo(command, path.join(dir, name), '-o', path.join(dir, 'out'))
    const wanted = command === 'reader' ? 'a reader' : 'an article'
    expect(status).toBe(2)
    expect(stderr).toBe(`octavo: error: '${path.join(dir, name)}' is ${kind.what}, not ${wanted}: ${kind.instead(path.join(dir, name), existsSync)}\n`)
    expect(await listFiles(path.join(dir, 'out'))).toEqual([])
  })

  it('build x.meta.yaml names the article beside it to build: x.md, or x.txt', async () => {
    const dir = await folderWith(FILES)
    const meta = path.join(dir, 'paper.meta.yaml')
    const {status, stderr} = await octavo('build', meta)
    expect(status).toBe(2)
    expect(stderr).toContain(`build the article beside it, 'octavo build ${path.join(dir, 'paper.md')}' (paper.meta.yaml holds its metadata`)
    const text = await folderWith({'x.meta.yaml': 'title: X\n', 'x.txt': 'Text.\n'})
    expect((await octavo('build', path.join(text, 'x.meta.yaml'))).stderr).toContain(`'octavo build ${path.join(text, 'x.txt')}' (x.meta.yaml holds its metadata`)
  })

  it('build x.meta.yaml with no article beside it says which files it looks for', async () => {
    const dir = await folderWith({'x.meta.yaml': 'title: X\n'})
    const {status, stderr} = await octavo('build', path.join(dir, 'x.meta.yaml'))
    expect(status).toBe(2)
    expect(stderr).toContain("build the article it describes ('octavo build x.md' or '.txt', beside it)")
  })

  it('reader x.md names the build command for it', async () => {
    const dir = await folderWith({'x.md': ARTICLE})
    const {status, stderr} = await octavo('reader', path.join(dir, 'x.md'))
    expect(status).toBe(2)
    expect(stderr).toContain(`is an article, not a reader: build it with 'octavo build ${path.join(dir, 'x.md')}'`)
  })
})

describe('article metadata is checked like a reader', () => {
  it.each(META_RULES.map((rule) => [rule.name, rule.example, rule] as const))('%s: %s is an error at its value', async (_, example, rule) => {
    const dir = await folderWith({'a.txt': 'A Title\n\nText.\n', 'a.meta.yaml': `lang: en\n${example}\n`})
    const key = example.split(':')[0]!
    const {status, stderr} = await octavo('build', path.join(dir, 'a.txt'), '-o', path.join(dir, 'out'))
    expect(status).toBe(1)
    expect(stderr).toBe(`${path.join(dir, 'a.meta.yaml')}:2:${key.length + 3}: error: '${key}' must be ${rule.expected}\n`)
    expect(await listFiles(path.join(dir, 'out'))).toEqual([])
  })

  it('what each rule accepts passes', async () => {
    const meta = 'title: T\nsubtitle: 2\nauthor: [Ann Smith, {family: Roe, given: Rita}]\neditor: Smith, Ann\ndate: 2001-05-31\nbibliography: [refs.bib]\nvolume: 3\nlang: en\n'
    const dir = await folderWith({'a.txt': 'Text.\n', 'a.meta.yaml': meta, 'refs.bib': '@book{k, title={T}, author={Roe, R}, year={2000}}\n'})
    const {status, stderr} = await octavo('check', path.join(dir, 'a.txt'))
    expect(stderr).toBe('')
    expect(status).toBe(0)
  })

  it('an unknown key is a warning with the key it is closest to (--meta)', async () => {
    const dir = await folderWith({'a.txt': 'A Title\n\nText.\n', 'm.yaml': 'lang: en\ntitel: The Title\nkeywords: [a]\n'})
    const {status, stderr} = await octavo('check', path.join(dir, 'a.txt'), '--meta', path.join(dir, 'm.yaml'))
    expect(status).toBe(0)
    expect(stderr).toBe(
      `${path.join(dir, 'm.yaml')}:2:1: warning: unknown metadata key 'titel': not used (did you mean 'title'?)\n${path.join(dir, 'm.yaml')}:3:1: warning: unknown metadata key 'keywords': not used\n`
    )
  })

  it('license and rights are known keys (the EPUB’s dc:rights): no warning', async () => {
    const dir = await folderWith({'a.md': '---\ntitle: T\nlang: en\nlicense: CC BY 4.0\nrights: © 2023 Ann Smith\n---\n\nText.\n'})
    const {status, stderr} = await octavo('check', path.join(dir, 'a.md'))
    expect(status).toBe(0)
    expect(stderr).toBe('')
  })

  it.each(META_NOTICES.map((rule) => [rule.name, rule.example] as const))('%s (%s): a warning at its value, in a metadata file and in front matter', async (_, example) => {
    const [key, value] = example.split(': ') as [string, string]
    const dir = await folderWith({
      'a.txt': 'A Title\n\nText.\n',
      'a.meta.yaml': `lang: en\ncontainer-title: J\n${example}\n`,
      'b.md': `---\ntitle: T\nlang: en\ncontainer-title: J\n${example}\n---\n\nText.\n`
    })
    const meta = await octavo('check', path.join(dir, 'a.txt'))
    expect(meta.status).toBe(0)
    expect(meta.stderr).toMatch(new RegExp(`^${path.join(dir, 'a.meta.yaml')}:3:${key.length + 3}: warning: .*'${value}'.*\n$`))
    const front = await octavo('check', path.join(dir, 'b.md'))
    expect(front.status).toBe(0)
    expect(front.stderr).toMatch(new RegExp(`^${path.join(dir, 'b.md')}:5:${key.length + 3}: warning: .*'${value}'.*\n$`))
  })

  it('an open page range: the warning says what prints, and the PDF prints it (pp. 133–)', async () => {
    const dir = await folderWith({'a.md': '---\ntitle: T\nlang: en\ncontainer-title: Journal\nvolume: 16\npage: 133-\n---\n\nText.\n'})
    const {status, stderr} = await octavo('build', path.join(dir, 'a.md'), '-o', dir, '--to', 'pdf')
    expect(status).toBe(0)
    expect(stderr).toContain(`${path.join(dir, 'a.md')}:6:7: warning: the page range '133-' is open (no last page given); printed as '133–'\n`)
    expect(stderr.match(/page range/g)).toHaveLength(1)
    expect(execFileSync('pdftotext', [path.join(dir, 'a.pdf'), '-'], {encoding: 'utf8'})).toContain('Journal, vol. 16, pp. 133–')
  })

  it('in front matter too, at its line in the article', async () => {
    const dir = await folderWith({'a.md': '---\ntitle: T\nlang: en\nauthr: Ann Smith\n---\n\nText.\n'})
    const {status, stderr} = await octavo('check', path.join(dir, 'a.md'))
    expect(status).toBe(0)
    expect(stderr).toBe(`${path.join(dir, 'a.md')}:4:1: warning: unknown metadata key 'authr': not used (did you mean 'author'?)\n`)
  })

  it.each([
    ['a Markdown article', 'a.md', 'Text only.\n', "add 'title: …' to its front matter"],
    ['a plain-text article', 'a.txt', 'just some words that run on and on in a sentence and are plainly not a title at all.\n\nMore.\n', "add 'title: …' to a.meta.yaml beside it"]
  ])('%s with no title: a warning saying where to give one', async (_, name, text, where) => {
    const dir = await folderWith({[name]: text})
    const {status, stderr} = await octavo('check', path.join(dir, name))
    expect(status).toBe(0)
    expect(stderr).toContain(`${path.join(dir, name)}: warning: the article has no title: ${where}, or give a metadata file with --meta (in a reader: meta:)\n`)
  })
})

describe('--json prints its summary on every failure', () => {
  const cases: Array<[string, (dir: string) => string[], Record<string, string>, number]> = [
    ['a missing input', (dir) => ['build', path.join(dir, 'gone.md')], {}, 1],
    ['an unknown output kind', (dir) => ['build', path.join(dir, 'a.md'), '--to', 'docx'], {}, 2],
    ['an unknown option', (dir) => ['build', path.join(dir, 'a.md'), '--output-dir', 'x'], {}, 2],
    ['a reader given to build', (dir) => ['build', path.join(dir, 'r.yaml')], {}, 2],
    ['an article given to reader', (dir) => ['reader', path.join(dir, 'a.md')], {}, 2],
    ['a reader naming a missing file', (dir) => ['reader', path.join(dir, 'bad.yaml')], {}, 1],
    ['octavo.yaml with errors', (dir) => ['--config', path.join(dir, 'octavo.yaml'), 'build', path.join(dir, 'a.md')], {}, 2],
    ['SOURCE_DATE_EPOCH out of range', (dir) => ['build', path.join(dir, 'a.md')], {SOURCE_DATE_EPOCH: '99999999999999999'}, 2],
    ['a missing style', (dir) => ['build', path.join(dir, 'a.md'), '--csl', path.join(dir, 'gone.csl')], {}, 1]
  ]

  it.each(cases)('%s', async (_, argv, env, status) => {
    const dir = await folderWith({'a.md': ARTICLE, 'r.yaml': 'title: R\narticles: [a.md]\n', 'bad.yaml': 'title: R\narticles: [gone.md]\n', 'octavo.yaml': 'colour: red\n'})
    await mkdir(path.join(dir, 'out'))
    const run = await octavoBin([...argv(dir), '-o', path.join(dir, 'out'), '--json'], env)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(status)
    const summary = JSON.parse(run.stdout) as {status: number; written: string[]; diagnostics: unknown[]; error?: string}
    expect(summary.status).toBe(status)
    expect(summary.written).toEqual([])
    expect(summary.error !== undefined || summary.diagnostics.length > 0).toBe(true)
  })
})
