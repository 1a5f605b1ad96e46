// @module-tag slow
import {execFileSync} from 'node:child_process'
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {PDFDocument} from 'pdf-lib'
import {unzipSync} from 'fflate'
import {Cite} from '@citation-js/core'
import '@citation-js/plugin-ris'
import '@citation-js/plugin-bibtex'
import {listFiles, octavo, octavoBin, realArticle, repo, tempDir, type Outcome} from './helpers.js'

const EIGHT = ['.bib', '.bibliography.html', '.bibliography.txt', '.citations.json', '.csl.json', '.epub', '.pdf', '.ris']
const env = {SOURCE_DATE_EPOCH: '1700000000'}

describe('octavo build on the real article', () => {
  let out: string
  let result: Outcome
  const file = (suffix: string) => path.join(out, `koreans-1950-1962${suffix}`)

  beforeAll(async () => {
    out = await tempDir()
    result = await octavoBin(['build', realArticle, '-o', out], env)
  })

  it('exits 0 and writes the eight files of the contract, nothing else', async () => {
    expect(result.stderr).not.toMatch(/error/)
    expect(result.status).toBe(0)
    expect(await listFiles(out)).toEqual(EIGHT.map((suffix) => `koreans-1950-1962${suffix}`).sort())
  })

  it('writes a PDF that opens and has pages', async () => {
    const pdf = await PDFDocument.load(await readFile(file('.pdf')))
    expect(pdf.getPageCount()).toBeGreaterThan(5)
    expect(pdf.getTitle()).toContain('Chinese–North Korean Relations')
  })

  it('writes an EPUB whose first entry is an uncompressed mimetype', async () => {
    const bytes = new Uint8Array(await readFile(file('.epub')))
    // Local file header: signature, then compression method (0 = stored) at offset 8, name at 30.
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    expect(bytes[8]! | (bytes[9]! << 8)).toBe(0)
    expect(new TextDecoder().decode(bytes.subarray(30, 38))).toBe('mimetype')
    expect(new TextDecoder().decode(bytes.subarray(38, 58))).toBe('application/epub+zip')
    const entries = unzipSync(bytes)
    expect(Object.keys(entries)).toContain('META-INF/container.xml')
  })

  it('writes CSL-JSON: an array of items with unique ids', async () => {
    const items = JSON.parse(await readFile(file('.csl.json'), 'utf8')) as Array<{id: string; type: string}>
    expect(Array.isArray(items)).toBe(true)
    expect(items.length).toBeGreaterThan(40)
    for (const item of items) {
      expect(typeof item.id).toBe('string')
      expect(typeof item.type).toBe('string')
    }
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length)
  })

  it('writes RIS and BibTeX that citation-js reads back, one entry per item', async () => {
    const items = JSON.parse(await readFile(file('.csl.json'), 'utf8')) as unknown[]
    const ris = await Cite.async(await readFile(file('.ris'), 'utf8'), {forceType: '@ris/file'})
    const bib = await Cite.async(await readFile(file('.bib'), 'utf8'), {forceType: '@biblatex/text'})
    expect(ris.data).toHaveLength(items.length)
    expect(bib.data).toHaveLength(items.length)
  })

  it('writes citations.json with all 96 notes, note 30 empty', async () => {
    const json = JSON.parse(await readFile(file('.citations.json'), 'utf8')) as {notes: Array<{note: number; text: string; citations: unknown[]}>; items: unknown[]}
    expect(json.notes.map((note) => note.note)).toEqual(Array.from({length: 96}, (_, i) => i + 1))
    expect(json.notes[29]).toMatchObject({note: 30, text: '', citations: []})
  })

  it('keeps each note’s text as in the source in citations.json (contracts §2), while the edition sets it with curly quotes', async () => {
    const source = await readFile(realArticle, 'utf8')
    const json = JSON.parse(await readFile(file('.citations.json'), 'utf8')) as {notes: Array<{text: string}>}
    const texts = json.notes.map((n) => n.text).filter(Boolean)
    expect(texts.every((t) => source.includes(t))).toBe(true)
    expect(texts.join('').match(/["']/g)?.length).toBeGreaterThan(10) // the source's straight quotes, kept
    const pdfText = execFileSync('pdftotext', [file('.pdf'), '-'], {encoding: 'utf8'})
    expect(pdfText.match(/["']/g)).toBeNull()
  })

  it('writes a sorted bibliography as text and HTML', async () => {
    const text = await readFile(file('.bibliography.txt'), 'utf8')
    const html = await readFile(file('.bibliography.html'), 'utf8')
    expect(text).toContain('Sun, Chunri')
    expect(html).toMatch(/<div class="csl-bib-body">/)
    // A page of its own, in the article's language, titled after it.
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/)
    expect(html).toContain('<title>Bibliography — ')
    expect(html).toMatch(/<h1>Bibliography<\/h1>\n<p class="source">[^<]*Korean/)
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
  })

  it('warns about the note lost in the export, with its position', () => {
    expect(result.stderr).toMatch(/koreans-1950-1962\.txt:\d+:\d+: warning: .*note 30/)
  })
})

describe("the edition's bibliography in smart typography", () => {
  it("sets a title's straight quotation marks (inside the style's curly ones) in the PDF and the EPUB; the bibliography files keep citeproc's", async () => {
    const dir = await tempDir()
    const items = [{id: 'v', type: 'manuscript', title: 'Validity is concerned with "major threats', author: [{family: "O'Neil", given: 'Ann'}], issued: {'date-parts': [[2001]]}}]
    await writeFile(path.join(dir, 'refs.json'), JSON.stringify(items))
    await writeFile(path.join(dir, 'a.md'), '---\ntitle: Quotes\nlang: en\nbibliography: refs.json\n---\n\nA claim.[^1]\n\n[^1]: See [@v].\n')
    const result = await octavo('build', path.join(dir, 'a.md'), '-o', dir, '--to', 'pdf,epub,bibliography')
    expect(result.status).toBe(0)
    const pdfText = execFileSync('pdftotext', [path.join(dir, 'a.pdf'), '-'], {encoding: 'utf8'})
    expect(pdfText).toContain('‘major threats')
    expect(pdfText.match(/["']/g)).toBeNull()
    const xhtml = Object.entries(unzipSync(new Uint8Array(await readFile(path.join(dir, 'a.epub')))))
      .filter(([name]) => name.endsWith('.xhtml'))
      .map(([, bytes]) => new TextDecoder().decode(bytes))
      .join('')
    expect(xhtml).toContain('‘major threats')
    expect(await readFile(path.join(dir, 'a.bibliography.txt'), 'utf8')).toContain('"major threats')
  })
})

describe('reproducible builds', () => {
  it('gives byte-identical PDF and EPUB for the same input and SOURCE_DATE_EPOCH', async () => {
    const input = path.join(repo, 'examples/course-packs.md')
    const [a, b] = [await tempDir(), await tempDir()]
    const [ra, rb] = await Promise.all([octavoBin(['build', input, '-o', a, '--to', 'pdf,epub'], env), octavoBin(['build', input, '-o', b, '--to', 'pdf,epub'], env)])
    expect(ra.status).toBe(0)
    expect(rb.status).toBe(0)
    for (const name of ['course-packs.pdf', 'course-packs.epub']) {
      const [x, y] = await Promise.all([readFile(path.join(a, name)), readFile(path.join(b, name))])
      expect(x.length).toBeGreaterThan(1000)
      expect(x.equals(y)).toBe(true)
    }
  })

  it('changes the PDF date with SOURCE_DATE_EPOCH', async () => {
    const input = path.join(repo, 'examples/course-packs.md')
    const dir = await tempDir()
    const r = await octavoBin(['build', input, '-o', dir, '--to', 'pdf'], {SOURCE_DATE_EPOCH: '0'})
    expect(r.status).toBe(0)
    const pdf = await PDFDocument.load(await readFile(path.join(dir, 'course-packs.pdf')), {updateMetadata: false})
    expect(pdf.getModificationDate()?.toISOString()).toBe('1970-01-01T00:00:00.000Z')
  })
})

describe('the bundled examples', () => {
  // The plain-text version has no italics to tell titles by: the notes reader may be less sure of a
  // citation there and say so (the advisory naming the notes to check); nothing else is to be said.
  it.each([
    ['course-packs.md', []],
    ['course-packs.txt', [/: warning: citations read with low confidence in note 6 \(0\.\d\d\): check them$/]]
  ] as const)('%s builds with no warning but the expected advisories', async (name, advisories) => {
    const dir = await tempDir()
    const r = await octavoBin(['build', path.join(repo, 'examples', name), '-o', dir], env)
    const said = r.stderr.split('\n').filter((line) => /: (error|warning):/.test(line))
    expect(said).toHaveLength(advisories.length)
    said.forEach((line, i) => expect(line).toMatch(advisories[i]!))
    expect(r.status).toBe(0)
    expect(await listFiles(dir)).toHaveLength(8)
  })

  it('the Markdown and plain-text versions give the same notes', async () => {
    const [a, b] = [await tempDir(), await tempDir()]
    await octavoBin(['build', path.join(repo, 'examples/course-packs.md'), '-o', a, '--to', 'citations'], env)
    await octavoBin(['build', path.join(repo, 'examples/course-packs.txt'), '-o', b, '--to', 'citations'], env)
    const read = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'course-packs.citations.json'), 'utf8')) as {notes: Array<{citations: Array<{ref: string; form: string}>}>}
    const [x, y] = [await read(a), await read(b)]
    expect(x.notes).toHaveLength(8)
    expect(y.notes.map((n) => n.citations.map((c) => c.form))).toEqual(x.notes.map((n) => n.citations.map((c) => c.form)))
  })
})

describe('the bibliography in the article’s language', () => {
  it('a French article: « Bibliographie », the French CSL locale (« et »), lang="fr"', async () => {
    const dir = await tempDir()
    const input = path.join(dir, 'sel.md')
    // An invented article and work.
    await writeFile(
      input,
      '---\ntitle: Les routes du sel\nlang: fr\n---\n\nLe sel voyageait à dos de mulet.[^1]\n\n[^1]: Marta Vellido et Luis Ortiz, *Las rutas de la sal* (Madrid : Ediciones Norte, 2011), 44.\n'
    )
    const out = await tempDir()
    expect((await octavoBin(['build', input, '--to', 'bibliography', '-o', out], env)).status).toBe(0)
    const html = await readFile(path.join(out, 'sel.bibliography.html'), 'utf8')
    expect(html).toMatch(/<html lang="fr">/)
    expect(html).toContain('<h1>Bibliographie</h1>')
    expect(await readFile(path.join(out, 'sel.bibliography.txt'), 'utf8')).toContain('Vellido, Marta, et Luis Ortiz')
  })
})

describe('restyled notes in the article’s language', () => {
  it('a German article (examples/rechtsquellen.md) with --restyle-notes: German terms, „vom“, S., short notes for later mentions, the heading Literaturverzeichnis', async () => {
    const out = await tempDir()
    const built = await octavoBin(['build', path.join(repo, 'examples/rechtsquellen.md'), '--to', 'epub', '--restyle-notes', 'cmos17', '-o', out], env)
    expect(built.status, built.stderr).toBe(0)
    const entries = unzipSync(new Uint8Array(await readFile(path.join(out, 'rechtsquellen.epub'))))
    const xhtml = Object.keys(entries)
      .filter((name) => name.endsWith('.xhtml'))
      .map((name) => new TextDecoder().decode(entries[name]))
      .join('\n')
    expect(xhtml).toContain('Gesetz über die Preisbindung für Bücher (Buchpreisbindungsgesetz) vom 2. September 2002, BGBl. I, S.\u00a03448.')
    expect(xhtml).toContain('LT-Drs. Hamburg 21/12361 vom 23. März 2018.')
    // note 7 cites the paper of note 2 again: the short form, its page labelled
    expect(xhtml).toContain('BT-Drs. 18/12329, S.\u00a038.')
    expect(xhtml).not.toMatch(/September 2, 2002|p\.\u00a0/)
    // the bibliography's heading in German too, in the text and the table of contents
    expect(xhtml).toContain('<h2>Literaturverzeichnis</h2>')
    expect(xhtml).not.toContain('Bibliography')
  })
})
