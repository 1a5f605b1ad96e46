/**
 * The writer's content streams, read back: each page's stream inflates to the operators written
 * (text runs with hex glyph strings and adjustments, rules, images), kerning appears as TJ
 * adjustments, a ligature is one glyph that still extracts as its letters, numbers are never in
 * exponent notation, and the same layout gives the same bytes. Shaping with HarfBuzz: kerning and
 * ligatures in the widths, the document's language, combining marks composed.
 */
import {execFileSync} from 'node:child_process'
import {inflateSync} from 'node:zlib'
import {PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream} from 'pdf-lib'
import type {PDFRef} from 'pdf-lib'
import {describe, expect, test} from 'vitest'
import {parse} from '@octavo/parser'
import {renderPdf, writePdf} from '../src/index.js'
import type {Layout, TextItem} from '../src/index.js'
import {pdfNumber} from '../src/lib/content.js'
import {FontSet} from '../src/lib/fonts.js'
import {Shaper} from '../src/lib/shaper.js'
import {has, qpdfCheck, tempFile, testFonts} from './helpers.js'

const poppler = has('pdftotext') && has('qpdf')

function text(value: string, x: number, y: number, extra: Partial<TextItem> = {}): TextItem {
  return {type: 'text', x, y, text: value, font: 'regular', size: 12, width: 0, ...extra}
}

const sample: Layout = {
  width: 432,
  height: 648,
  pages: [
    {
      number: 1,
      items: [
        text('office affine', 72, 600, {tag: 1}),
        text('AVATAR To Wa', 72, 580, {tag: 1}),
        text('wide  spaced words', 72, 560, {wordSpace: 2.5, tag: 2}),
        {type: 'rule', x1: 72, y1: 540.12345, x2: 200, y2: 540.12345, thickness: 0.4},
        text('mono', 72, 520, {font: 'mono', size: 9.5})
      ]
    },
    {number: 2, items: []}
  ],
  outline: [],
  info: {title: 'Streams', author: 'A. Writer', lang: 'en'},
  charsets: {regular: 'officeaneAVTRTWwidsp', mono: 'mono'},
  // Two paragraphs; the rule and the mono line belong to none: pagination artifacts.
  structure: [
    {type: 'Document', parent: -1},
    {type: 'P', parent: 0},
    {type: 'P', parent: 0}
  ]
}

/** The inflated content stream of each page, and the document. */
async function streams(pdf: Uint8Array): Promise<{doc: PDFDocument; pages: string[]}> {
  const doc = await PDFDocument.load(pdf)
  const pages = doc.getPages().map((page) => {
    const contents = page.node.get(PDFName.of('Contents'))
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents]
    return refs
      .map((ref) => {
        const stream = doc.context.lookup(ref as PDFRef)
        if (!(stream instanceof PDFRawStream)) throw new Error('content stream is not a raw stream')
        expect(stream.dict.get(PDFName.of('Filter'))).toEqual(PDFName.of('FlateDecode'))
        return inflateSync(stream.contents).toString('latin1')
      })
      .join('')
  })
  return {doc, pages}
}

/** The TJ arrays of a content stream, in order. */
function tjArrays(content: string): string[] {
  return [...content.matchAll(/\[ ((?:<[0-9A-F]+> |-?\d+(?:\.\d+)? )*)\] TJ/g)].map((m) => m[1]!)
}

describe('content streams', () => {
  test('inflate to the operators written, one a line', async () => {
    const pdf = await writePdf(sample, {fonts: testFonts()})
    const {pages} = await streams(pdf)
    expect(pages).toHaveLength(2)
    const [first, second] = pages as [string, string]
    expect(second).toBe('')
    const ops = first.split('\n')
    expect(ops.slice(0, 7)).toEqual(['/P <</MCID 0>> BDC', 'BT', '/F1 12 Tf', '1 0 0 1 72 600 Tm', expect.stringMatching(/^\[ <[0-9A-F]+> .*\] TJ$/), 'ET', 'EMC'])
    expect(first).toContain('/P <</MCID 1>> BDC\nBT\n')
    expect(first).toContain('/P <</MCID 2>> BDC\nBT\n')
    expect(first).toContain('/Artifact <</Type /Pagination>> BDC\nq\n0.4 w\n72 540.123 m\n200 540.123 l\nS\nQ\nEMC\n')
    expect(first).toContain('/Artifact <</Type /Pagination>> BDC\nBT\n/F2 9.5 Tf\n1 0 0 1 72 520 Tm\n')
    expect(first.endsWith('ET\nEMC\n')).toBe(true)
    // every operand is a name, a number without exponent, a hex string or an array of those
    for (const line of ops.filter(Boolean)) {
      expect(line).toMatch(/^((\/\w+|-?\d+(\.\d+)?|<[0-9A-F]+>|\[( (<[0-9A-F]+>|-?\d+(\.\d+)?))* \]|<<\/MCID \d+>>|<<\/Type \/Pagination>>) )*(BT|ET|Tf|Tm|TJ|q|Q|w|m|l|S|cm|Do|BDC|EMC)$/)
    }
  })

  test('kerning and justification are TJ adjustments; a ligature is one glyph', async () => {
    const pdf = await writePdf(sample, {fonts: testFonts()})
    const [office, kerned, justified] = tjArrays((await streams(pdf)).pages[0]!) as [string, string, string]
    // "AVATAR To Wa" in EB Garamond: kerning pairs give adjustments between glyphs
    expect(kerned).toMatch(/> -?\d+(\.\d+)? </)
    // justification: 2.5 pt at 12 pt is -208.333 thousandths after each space glyph
    expect(justified.match(/-208\.333/g)).toHaveLength(3)
    // "office affine": 13 characters; the ffi ligature makes fewer glyphs (4 hex digits each)
    const glyphs =
      office
        .replace(/[^<>0-9A-F]|-?\d+\.\d+ /g, '')
        .match(/<([0-9A-F]+)>/g)!
        .join('')
        .replace(/[<>]/g, '').length / 4
    expect(glyphs).toBeLessThan(13)
  })

  test('fonts and ToUnicode maps are compressed streams', async () => {
    const pdf = await writePdf(sample, {fonts: testFonts()})
    const doc = await PDFDocument.load(pdf)
    let fontFiles = 0
    let cmaps = 0
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFRawStream)) continue
      const dict = object.dict
      // The XMP metadata stays uncompressed: tools that are not PDF readers find it by scanning (PDF/A asks for that).
      if (String(dict.get(PDFName.of('Type'))) === '/Metadata') continue
      expect(dict.get(PDFName.of('Filter'))).toEqual(PDFName.of('FlateDecode'))
      const inflated = inflateSync(object.contents)
      if (inflated.toString('latin1').includes('begincmap')) cmaps++
      else if (dict.get(PDFName.of('Length1')) !== undefined || dict.get(PDFName.of('Subtype')) !== undefined) {
        fontFiles++
        const length1 = dict.get(PDFName.of('Length1'))
        if (length1 !== undefined) expect(Number(length1.toString())).toBe(inflated.length)
      }
    }
    expect(fontFiles).toBe(2)
    expect(cmaps).toBe(2)
    expect(doc.context.lookup(doc.getPages()[0]!.node.get(PDFName.of('Resources')), PDFDict).get(PDFName.of('Font'))).toBeDefined()
  })

  test('a ligature extracts as its letters, and qpdf finds nothing wrong', async () => {
    if (!poppler) return
    const file = tempFile('streams.pdf', await writePdf(sample, {fonts: testFonts()}))
    const extracted = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'], {encoding: 'utf8'})
    expect(extracted).toContain('office affine')
    expect(extracted).toContain('AVATAR To Wa')
    expect(extracted.replace(/\s+/g, ' ')).toContain('wide spaced words')
    expect(qpdfCheck(file).ok).toBe(true)
  })

  test('the same layout gives the same bytes', async () => {
    const a = await writePdf(sample, {fonts: testFonts(), date: new Date('2024-05-01T00:00:00Z')})
    const b = await writePdf(structuredClone(sample), {fonts: testFonts(), date: new Date('2024-05-01T00:00:00Z')})
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })
})

describe('pdfNumber', () => {
  test('decimal, never exponent notation', () => {
    expect(pdfNumber(0)).toBe('0')
    expect(pdfNumber(-0)).toBe('0')
    expect(pdfNumber(12)).toBe('12')
    expect(pdfNumber(-208.333)).toBe('-208.333')
    expect(pdfNumber(0.001)).toBe('0.001')
    expect(pdfNumber(1e-7)).toBe('0.0000001')
    expect(pdfNumber(-2.5e-7)).toBe('-0.00000025')
    expect(pdfNumber(1e21)).toBe('1000000000000000000000')
    expect(pdfNumber(123456789.125)).toBe('123456789.125')
  })
})

describe('shaping with HarfBuzz', () => {
  const regular = () => testFonts().regular
  const notoSerif = () => testFonts().fallbacks![0]!

  test('kerning and ligatures in the widths measured', () => {
    const fonts = new FontSet(testFonts())
    const sum = (word: string) => [...word].reduce((s, c) => s + fonts.width('regular', c, 1), 0)
    // "AVA" kerned: narrower than its letters set apart; "ffi" a ligature: one glyph
    expect(fonts.width('regular', 'AVA', 1)).toBeLessThan(sum('AVA') - 0.05)
    const shaper = new Shaper(regular())
    expect(shaper.shape('office').ids).toHaveLength(4)
    expect(shaper.shape('office').clusters).toEqual([0, 1, 4, 5])
    expect(fonts.width('regular', 'office', 12)).toBeCloseTo((shaper.advance('office') / shaper.upem) * 12, 9)
  })

  test('the document language selects the localized forms (Turkish: no fi ligature)', async () => {
    const shaper = new Shaper(regular())
    expect(shaper.shape('fi', 'en').ids).toHaveLength(1)
    expect(shaper.shape('fi', 'tr').ids).toHaveLength(2)
    expect(new FontSet(testFonts(), 'tr').width('regular', 'fi', 1)).not.toBe(new FontSet(testFonts(), 'en').width('regular', 'fi', 1))
    // the writer shapes in the layout's language: more glyphs for "office affine" in Turkish
    const glyphCount = async (lang: string) => {
      const pdf = await writePdf({...sample, info: {...sample.info, lang}}, {fonts: testFonts()})
      const tj = tjArrays((await streams(pdf)).pages[0]!)[0]!
      return (
        tj
          .match(/<([0-9A-F]+)>/g)!
          .join('')
          .replace(/[<>]/g, '').length / 4
      )
    }
    expect(await glyphCount('tr')).toBe((await glyphCount('en')) + 2)
  })

  test('a letter with combining marks is drawn as the precomposed glyph the layout measured, and extracts as its letters', async () => {
    const decomposed = 'ποτε\u0300 δε\u0300' // as in the French lesson's Greek: ε + U+0300
    const shaper = new Shaper(notoSerif())
    expect(shaper.shape('ε\u0300').ids).toEqual(shaper.shape('ὲ').ids)
    const {tree} = parse(`---\ntitle: Greek\nlang: fr\n---\n\n${decomposed} παρὰ\n`, {format: 'markdown'})
    const {pdf} = await renderPdf(tree, {fonts: testFonts()})
    if (!poppler) return
    const file = tempFile('greek.pdf', pdf)
    const extracted = execFileSync('pdftotext', [file, '-'], {encoding: 'utf8'}).normalize('NFC')
    expect(extracted).toContain('ποτὲ δὲ παρὰ')
    expect(qpdfCheck(file).ok).toBe(true)
  })

  test('one buffer serves thousands of words (the same widths when measured again)', () => {
    const shaper = new Shaper(regular())
    const words = Array.from({length: 5000}, (_, i) => `w${i.toString(36)}ord`)
    const first = words.map((w) => shaper.advance(w))
    const again = words.map((w) => shaper.advance(w))
    expect(again).toEqual(first)
    expect(shaper.advance('')).toBe(0)
  })
})

describe('FontSet.use', () => {
  test('records each character once, astral characters and lone surrogates whole', () => {
    const fonts = new FontSet(testFonts())
    fonts.use('regular', 'abba 𝔄𝔄 \ud800x')
    fonts.use('regular', 'ab𝔅')
    expect([...fonts.used.get('regular')!].sort()).toEqual([' ', 'a', 'b', 'x', '\ud800', '𝔄', '𝔅'].sort())
  })
})
