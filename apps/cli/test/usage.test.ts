import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {listFiles, octavo, repo, tempDir} from './helpers.js'

describe('usage', () => {
  it('prints help with every command and exits 0', async () => {
    const {status, stdout} = await octavo('--help')
    expect(status).toBe(0)
    for (const command of ['build', 'reader', 'import', 'check', 'notes']) expect(stdout).toContain(command)
  })

  it('prints the version', async () => {
    const {status, stdout} = await octavo('--version')
    expect(status).toBe(0)
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('refuses an unknown command with one line and exit 2', async () => {
    const {status, stderr} = await octavo('bulid', 'x.md')
    expect(status).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/^octavo: error: unknown command 'bulid'/)
  })

  it('refuses an unknown output kind with exit 2', async () => {
    const {status, stderr} = await octavo('build', 'x.md', '--to', 'pdf,docx')
    expect(status).toBe(2)
    expect(stderr).toBe("octavo: error: unknown output kind 'docx' for --to (expected pdf, epub, bibliography, csl-json, ris, bibtex, citations)\n")
  })

  it('refuses a bad page size with exit 2', async () => {
    const {status, stderr} = await octavo('build', 'x.md', '--page-size', 'a5')
    expect(status).toBe(2)
    expect(stderr).toMatch(/^octavo: error: option '--page-size <size>' argument 'a5' is invalid/)
  })

  it('asks for the input when it is missing', async () => {
    const {status, stderr} = await octavo('build')
    expect(status).toBe(2)
    expect(stderr).toBe("octavo: error: missing required argument 'input'\n")
  })
})

describe('bad input files', () => {
  it('a missing file: one line, exit 1, nothing written', async () => {
    const dir = await tempDir()
    const out = path.join(dir, 'out')
    const {status, stderr} = await octavo('build', path.join(dir, 'nope.md'), '-o', out)
    expect(status).toBe(1)
    expect(stderr).toBe(`octavo: error: cannot read '${path.join(dir, 'nope.md')}': no such file or directory\n`)
    expect(await listFiles(out)).toEqual([])
  })

  it('a directory: one line, exit 1, nothing written', async () => {
    const dir = await tempDir()
    await mkdir(path.join(dir, 'article.md'))
    const out = path.join(dir, 'out')
    const {status, stderr} = await octavo('build', path.join(dir, 'article.md'), '-o', out)
    expect(status).toBe(1)
    expect(stderr).toBe(`octavo: error: '${path.join(dir, 'article.md')}' is a folder, not an article\n`)
    expect(await listFiles(out)).toEqual([])
  })

  it('a binary file: file:line:column, exit 1, nothing written', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'image.txt')
    await writeFile(file, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))
    const out = path.join(dir, 'out')
    const {status, stderr} = await octavo('build', file, '-o', out)
    expect(status).toBe(1)
    expect(stderr).toBe(`${file}:1:1: error: invalid UTF-8 at byte offset 0: is the file in another encoding (Windows-1252, Latin-1)? Save it as UTF-8\n`)
    expect(await listFiles(out)).toEqual([])
  })

  it('a text file with a NUL byte: its position', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'a.txt')
    await writeFile(file, 'Title\n\nSome text\0 here.\n')
    const {status, stderr} = await octavo('check', file)
    expect(status).toBe(1)
    expect(stderr).toBe(`${file}:3:10: error: NUL byte in the input: is this a binary file, or UTF-16 without a byte order mark?\n`)
  })

  it('bad YAML metadata: its file, line and column', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'a.txt')
    await writeFile(file, 'A Title\n\nSome text.\n')
    await writeFile(path.join(dir, 'a.meta.yaml'), 'title: "unclosed\nauthor: [\n')
    const {status, stderr} = await octavo('check', file)
    expect(status).toBe(1)
    expect(stderr).toMatch(new RegExp(`^${path.join(dir, 'a.meta.yaml').replace(/[.]/g, '\\.')}:\\d+:\\d+: error: invalid YAML: `))
  })

  it('metadata, a reader or a style not in UTF-8: the line and column, never replacement characters', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'a.txt')
    await writeFile(file, 'A Title\n\nSome text.\n')
    // "author: José" saved as Latin-1 (é = 0xE9).
    await writeFile(path.join(dir, 'a.meta.yaml'), new Uint8Array([...new TextEncoder().encode('title: T\nauthor: Jos'), 0xe9, 0x0a]))
    const meta = await octavo('build', file, '-o', path.join(dir, 'out'))
    expect(meta.status).toBe(1)
    expect(meta.stderr).toBe(`octavo: error: cannot read metadata '${path.join(dir, 'a.meta.yaml')}': invalid UTF-8 at line 2, column 12: save the file as UTF-8\n`)
    await writeFile(path.join(dir, 'r.yaml'), new Uint8Array([...new TextEncoder().encode('title: Caf'), 0xe9, 0x0a]))
    const reader = await octavo('reader', path.join(dir, 'r.yaml'), '-o', path.join(dir, 'out'))
    expect(reader.status).toBe(1)
    expect(reader.stderr).toContain('invalid UTF-8 at line 1, column 11')
    expect(await listFiles(path.join(dir, 'out'))).toEqual([])
  })

  it('an output folder that is a file: one line, exit 1', async () => {
    const dir = await tempDir()
    const out = path.join(dir, 'out')
    await writeFile(out, 'not a folder')
    const {status, stderr} = await octavo('build', path.join(repo, 'examples/course-packs.md'), '-o', out, '--to', 'ris')
    expect(status).toBe(1)
    expect(stderr).toBe(`octavo: error: cannot write into '${out}': '${out}' is not a folder\n`)
  })
})
