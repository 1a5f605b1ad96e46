import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {here, octavo, tempDir} from './helpers.js'

const fixture = path.join(here, 'fixtures/pandoc-citations')

describe('Markdown with Pandoc citations and a bibliography file', () => {
  it('resolves the keys against the BibTeX file named in the front matter', async () => {
    const out = await tempDir()
    const {status, stderr} = await octavo('build', path.join(fixture, 'input.md'), '-o', out, '--to', 'csl-json,bibliography', '--quiet')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const items = JSON.parse(await readFile(path.join(out, 'input.csl.json'), 'utf8')) as Array<{id: string}>
    expect(items.map((item) => item.id).sort()).toEqual(['gitelman2014', 'owen2004'])
    const text = await readFile(path.join(out, 'input.bibliography.txt'), 'utf8')
    expect(text).toContain('Gitelman, Lisa. Paper Knowledge')
  })

  it('formats the bibliography with the style given by --csl', async () => {
    const out = await tempDir()
    const {status} = await octavo('build', path.join(fixture, 'input.md'), '-o', out, '--to', 'bibliography', '--csl', path.join(fixture, 'tiny.csl'))
    expect(status).toBe(0)
    const text = await readFile(path.join(out, 'input.bibliography.txt'), 'utf8')
    expect(text.trim().split('\n')).toEqual(['TINY: Copies in Seconds / 2004', 'TINY: Paper Knowledge: Toward a Media History of Documents / 2014'])
  })

  it('reports an unknown key with its position and writes nothing', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'refs.bib'), await readFile(path.join(fixture, 'refs.bib')))
    await writeFile(path.join(dir, 'a.md'), '---\nbibliography: refs.bib\n---\n\nAs shown [@nobody2020, p. 4].\n')
    const out = path.join(dir, 'out')
    const {status, stderr} = await octavo('build', path.join(dir, 'a.md'), '-o', out)
    expect(stderr).toMatch(new RegExp(`^${path.join(dir, 'a.md').replace(/\./g, '\\.')}:5:10: error: .*nobody2020`, 'm'))
    expect(status).toBe(1)
  })

  it('reports a missing bibliography file', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'a.md'), '---\nbibliography: nope.bib\n---\n\nText [@x].\n')
    const {status, stderr} = await octavo('check', path.join(dir, 'a.md'))
    expect(stderr).toContain("cannot read bibliography 'nope.bib': no such file or directory")
    expect(status).toBe(1)
  })
})
