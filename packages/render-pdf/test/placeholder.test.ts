// A figure whose image was not given (issue 12): a ruled box with its caption, "Figure: caption —
// image not available" in the document's language, a Figure with /Alt; read back from the PDF
// (text, structure, and the box on the rendered page).
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {PDFDict, PDFDocument, PDFName} from 'pdf-lib'
import {parse} from '@octavo/parser'
import {renderPdf} from '../src/index.js'
import {has, readBack, tempFile, testFonts} from './helpers.js'

const source = (lang: string) =>
  `---\ntitle: Figures\nlang: ${lang}\n---\n\nA paragraph before the figure.\n\n![A map of the border](/art/lost.png "The border in 1950")\n\nA paragraph after it.\n\n![](/art/nameless.png)\n`

async function render(lang: string): Promise<{pdf: Uint8Array; messages: string[]}> {
  const {tree} = parse(source(lang), {format: 'markdown'})
  const {pdf, diagnostics} = await renderPdf(tree, {fonts: testFonts()})
  return {pdf, messages: diagnostics.map((d) => d.message)}
}

const tools = has('pdftotext') && has('pdftoppm')

describe.skipIf(!tools)('a figure whose image was not given, read back from the PDF', () => {
  test.each([
    ['en', 'Figure: The border in 1950 — image not available', 'Figure — image not available'],
    ['fr', 'Figure : The border in 1950 — image non disponible', 'Figure — image non disponible'],
    ['de', 'Abbildung: The border in 1950 — Bild nicht verfügbar', 'Abbildung — Bild nicht verfügbar']
  ])('%s: its caption in the placeholder, one warning per figure', async (lang, captioned, bare) => {
    const {pdf, messages} = await render(lang)
    const text = execFileSync('pdftotext', [tempFile('placeholder.pdf', pdf), '-'], {encoding: 'utf8'}).replace(/[\s\u00a0]+/g, ' ')
    expect(text).toContain(captioned)
    expect(text).toContain(bare)
    expect(text).not.toContain('[Image')
    expect(messages.filter((m) => m.includes('placeholder'))).toEqual([
      'image "/art/lost.png" was not found (no image file was given for it); a captioned placeholder is printed instead',
      'image "/art/nameless.png" was not found (no image file was given for it); a captioned placeholder is printed instead'
    ])
  })

  test('a Figure element read as its alt text (the caption, else the word Figure)', async () => {
    const {pdf} = await render('en')
    const doc = await PDFDocument.load(pdf)
    const alts: string[] = []
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (object instanceof PDFDict && String(object.get(PDFName.of('S'))) === '/Figure') alts.push(String(object.get(PDFName.of('Alt'))))
    }
    expect(alts).toEqual(['(A map of the border)', '(Figure)'])
  })

  test('the caption stands inside a ruled box across the measure (rendered page)', async () => {
    const {pdf} = await render('en')
    const file = tempFile('placeholder-box.pdf', pdf)
    const caption = readBack(file)[0]!.lines.find((l) => l.words.some((w) => w.text === '1950'))!
    // the page at 72 dpi (a pixel a point), grey: rows dark across most of the text block are the box's rules
    const dir = mkdtempSync(path.join(tmpdir(), 'placeholder-'))
    execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'p')])
    const pgm = readFileSync(path.join(dir, 'p.pgm'))
    const header = pgm.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/)!
    const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length]
    const dark = (x: number, y: number) => pgm[offset + y * width + x]! < 128
    const rules: number[] = []
    for (let y = 0; y < height; y++) {
      let run = 0
      for (let x = 0; x < width; x++) run += dark(x, y) ? 1 : 0
      if (run > width * 0.45) rules.push(y)
    }
    // one rule above the caption and one below it, close to it
    expect(rules.some((y) => y < caption.yMin && caption.yMin - y < 40)).toBe(true)
    expect(rules.some((y) => y > caption.yMax && y - caption.yMax < 40)).toBe(true)
  })
})

describe.skipIf(!tools)('embedded content (an <iframe>) read back from the PDF', () => {
  const iframes = (lang: string) =>
    `---\ntitle: Embeds\nlang: ${lang}\n---\n\nA paragraph before.\n\n<iframe src="https://www.youtube.com/embed/abc" title="A talk on borders" width="560"></iframe>\n\n<iframe src="https://example.org/map"></iframe>\n\n<p>Inline: <iframe src="https://example.org/i" title="a map"></iframe> here.</p>\n`
  test.each([
    [
      'en',
      ['Embedded content: A talk on borders — https://www.youtube.com/embed/abc', 'Embedded content — https://example.org/map', 'Inline: [Embedded content: a map — https://example.org/i] here.']
    ],
    ['fr', ['Contenu intégré : A talk on borders — https://www.youtube.com/embed/abc', 'Contenu intégré — https://example.org/map']]
  ])('%s: a ruled placeholder naming its title and address; a Figure read as it; the renderer adds no warning (the parser gave one each)', async (lang, expected) => {
    const {tree, diagnostics: parsed} = parse(iframes(lang), {format: 'markdown'})
    expect(parsed.filter((d) => d.message.includes('<iframe>')).map((d) => `${d.position?.start.line}:${d.position?.start.column}`)).toEqual(['8:1', '10:1', '12:12'])
    const {pdf, diagnostics} = await renderPdf(tree, {fonts: testFonts()})
    expect(diagnostics.filter((d) => /image|iframe|embed/i.test(d.message))).toEqual([])
    const text = execFileSync('pdftotext', [tempFile('embed.pdf', pdf), '-'], {encoding: 'utf8'}).replace(/[\s\u00a0]+/g, ' ')
    for (const line of expected) expect(text).toContain(line.replace(/\u00a0/g, ' '))
    const doc = await PDFDocument.load(pdf)
    const alts: string[] = []
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (object instanceof PDFDict && String(object.get(PDFName.of('S'))) === '/Figure') alts.push(object.get(PDFName.of('Alt'))!.toString())
    }
    expect(alts).toHaveLength(2)
  })
})
