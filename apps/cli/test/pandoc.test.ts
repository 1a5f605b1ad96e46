import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {unzipSync} from 'fflate'
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

describe('images', () => {
  // A 1×1 transparent PNG.
  const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'))

  it('packages an image beside the article into the EPUB, and warns about one outside its folder', async () => {
    const dir = await tempDir()
    await mkdir(path.join(dir, 'article'))
    await writeFile(path.join(dir, 'article/dot.png'), png)
    await writeFile(path.join(dir, 'outside.png'), png)
    await writeFile(path.join(dir, 'article/a.md'), '# Figures\n\n![A dot](dot.png)\n\n![Another](../outside.png)\n')
    const out = path.join(dir, 'out')
    const {status, stderr} = await octavo('build', path.join(dir, 'article/a.md'), '-o', out, '--to', 'epub')
    expect(status).toBe(0)
    expect(stderr).toContain(`${path.join(dir, 'article/a.md')}:5:1: warning: image '../outside.png' is outside the article's folder: not included`)
    const entries = unzipSync(new Uint8Array(await readFile(path.join(out, 'a.epub'))))
    const images = Object.keys(entries).filter((name) => /\.png$/.test(name))
    expect(images).toHaveLength(1)
    expect(images[0]).toMatch(/^OEBPS\/images\/[0-9a-f]+\.png$/)
    expect([...entries[images[0]!]!]).toEqual([...png])
    const xhtml = Object.entries(entries).find(([name]) => name.endsWith('.xhtml') && new TextDecoder().decode(entries[name]).includes('A dot'))
    expect(new TextDecoder().decode(xhtml?.[1])).not.toContain(dir)
  })
})
