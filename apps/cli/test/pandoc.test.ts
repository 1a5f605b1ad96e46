import {execFileSync} from 'node:child_process'
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

  it('makes each body citation a footnote in reading order, its Chicago text at the foot of the PDF page, the same in the EPUB and citations.json', async () => {
    const out = await tempDir()
    const {status, stderr} = await octavo('build', path.join(fixture, 'notes.md'), '-o', out, '--to', 'pdf,epub,citations', '--quiet')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const notes = [
      'A plain note, written by the author.',
      'See David Owen, Copies in Seconds (New York: Simon & Schuster, 2004), 4.',
      'Ibid., 5.',
      'Lisa Gitelman, Paper Knowledge: Toward a Media History of Documents (Durham, NC: Duke University Press, 2014), 83; Owen, Copies in Seconds.',
      'On paper, see Gitelman, Paper Knowledge, chap. 2.'
    ]
    const json = JSON.parse(await readFile(path.join(out, 'notes.citations.json'), 'utf8')) as {
      notes: Array<{note: number; text: string; citations: Array<{form: string; prefix: string | null; locator: string | null}>}>
    }
    expect(json.notes.map((n) => [n.note, n.text])).toEqual(notes.map((text, i) => [i + 1, text]))
    expect(json.notes.map((n) => n.citations.map((c) => c.form))).toEqual([[], ['full'], ['ibid'], ['full', 'short'], ['short']])
    expect(json.notes[1]!.citations[0]).toMatchObject({prefix: 'see', locator: '4'})

    // The PDF read back: markers 1…5 in order after their punctuation, each note's text below the body.
    const pdf = path.join(out, 'notes.pdf')
    const text = execFileSync('pdftotext', [pdf, '-'], {encoding: 'utf8'}).replace(/\s+/g, ' ')
    expect(text).toContain('Copying changed the reading list.1 Offices bought copiers.2 Paper stayed.3 Documents have a history.45 Bibliography')
    expect(text).not.toContain('@')
    const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], {encoding: 'utf8'})
    const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(bbox)?.[1])
    const words = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({y: Number(m[1]), word: m[2]!.replace(/&amp;/g, '&')}))
    const body = words.find((w) => w.word === 'Copying')!
    for (const note of notes) {
      const first = note.split(' ')[0]!
      const lines = words.filter((w) => w.word === first && w.y > body.y)
      expect(lines.length, `note “${note}” is printed below the body`).toBeGreaterThan(0)
      expect(lines.at(-1)!.y / height, `note “${note}” is at the foot of the page`).toBeGreaterThan(0.6)
    }
    const foot = words
      .filter((w) => w.y / height > 0.6)
      .map((w) => w.word)
      .join(' ')
    for (const [i, note] of notes.entries()) expect(foot).toContain(`${i + 1}. ${note}`)

    // The e-book: the same notes, in the same order, each linked from its marker.
    const entries = unzipSync(new Uint8Array(await readFile(path.join(out, 'notes.epub'))))
    const xhtml = Object.entries(entries)
      .filter(([name]) => name.endsWith('.xhtml'))
      .map(([, bytes]) => new TextDecoder().decode(bytes))
      .join('')
    const asides = [...xhtml.matchAll(/<aside id="(fn\d+)"[^>]*>([\s\S]*?)<\/aside>/g)].map((m) => [
      m[1],
      m[2]!
        .replace(/<[^>]+>/g, '')
        .replace(/&#x26;/g, '&')
        .replace(/\s+/g, ' ')
        .trim()
    ])
    expect(asides).toEqual(notes.map((note, i) => [`fn${i + 1}`, `${i + 1}. ${note}`]))
    expect([...xhtml.matchAll(/href="#fn(\d+)" id="fnref\d+"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5])
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
    expect(stderr).toContain(
      `${path.join(dir, 'article/a.md')}:5:1: warning: image '../outside.png' is outside the article's folder (--images DIR names a folder of images): the figure will print as a placeholder`
    )
    const entries = unzipSync(new Uint8Array(await readFile(path.join(out, 'a.epub'))))
    const images = Object.keys(entries).filter((name) => /\.png$/.test(name))
    expect(images).toHaveLength(1)
    expect(images[0]).toMatch(/^OEBPS\/images\/[0-9a-f]+\.png$/)
    expect([...entries[images[0]!]!]).toEqual([...png])
    const xhtml = Object.entries(entries).find(([name]) => name.endsWith('.xhtml') && new TextDecoder().decode(entries[name]).includes('A dot'))
    expect(new TextDecoder().decode(xhtml?.[1])).not.toContain(dir)
  })
})

describe('a style named by the front matter', () => {
  it('formats the notes made from Pandoc citations and the bibliography', async () => {
    const dir = await tempDir()
    for (const name of ['refs.bib', 'tiny.csl']) await writeFile(path.join(dir, name), await readFile(path.join(fixture, name)))
    await writeFile(path.join(dir, 'a.md'), '---\nbibliography: refs.bib\ncsl: tiny.csl\n---\n\nCopying changed the reading list [@owen2004].\n')
    const out = path.join(dir, 'out')
    const {status} = await octavo('build', path.join(dir, 'a.md'), '-o', out, '--to', 'citations,bibliography', '--quiet')
    expect(status).toBe(0)
    const json = JSON.parse(await readFile(path.join(out, 'a.citations.json'), 'utf8')) as {notes: Array<{text: string}>}
    expect(json.notes.map((note) => note.text)).toEqual(['Copies in Seconds'])
    expect(await readFile(path.join(out, 'a.bibliography.txt'), 'utf8')).toBe('TINY: Copies in Seconds / 2004\n')
  })
})
