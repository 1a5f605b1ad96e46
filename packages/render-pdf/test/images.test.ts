/** Images: PNG and JPEG alone in a paragraph print as figures; anything else prints its alt text with a warning. */
import {describe, expect, test} from 'vitest'
import fc from 'fast-check'
import type {Root} from 'mdast'
import {parse} from '@octavo/parser'
import type {Diagnostic} from '@octavo/parser'
import {geometries, layout, renderPdf, writePdf} from '../src/index.js'
import type {ImageItem, LayoutPage, LayoutResult, TextItem} from '../src/index.js'
import {readFileSync, readdirSync} from 'node:fs'
import {fitImage, imageInfo, pngProblem} from '../src/lib/images.js'
import {has, jpeg40x20, makePng, pdfimagesList, qpdfCheck, tempFile, testFonts} from './helpers.js'

const poppler = has('pdfimages') && has('pdftotext') && has('qpdf')
if (!poppler) console.warn('render-pdf image read-back tests skipped: poppler-utils (pdfimages) and qpdf are not installed')

const wide = makePng(800, 400)
const small = makePng(100, 50, [20, 160, 20], [20, 20, 160])
const tall = makePng(400, 2000, [0, 0, 0], [250, 250, 250])
const sources = new Map<string, Uint8Array>([
  ['/art/wide.png', wide],
  ['/art/copy of wide.png', wide],
  ['/art/small.png', small],
  ['/art/tall.png', tall],
  ['/art/photo.jpg', jpeg40x20],
  ['/art/drawing.svg', new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')],
  ['/art/anim.gif', Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0, 0x3b])],
  ['/art/broken.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])]
])

const md = (body: string): Root => parse(`---\ntitle: Figures\nlang: en\n---\n\n${body}`, {format: 'markdown'}).tree
const lay = (tree: Root, images: ReadonlyMap<string, Uint8Array> | Record<string, Uint8Array> = sources, pageSize: 'a4' | '6x9' = 'a4'): LayoutResult =>
  layout(tree, {fonts: testFonts(), images, pageSize})
const imagesOf = (page: LayoutPage) => page.items.filter((i): i is ImageItem => i.type === 'image')
const textsOf = (page: LayoutPage) => page.items.filter((i): i is TextItem => i.type === 'text')
const geo = geometries.a4
const measure = geo.width - geo.inner - geo.outer

describe('image headers and sizes (properties)', () => {
  const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]
  const u16 = (n: number) => [(n >>> 8) & 0xff, n & 0xff]
  const pngHeader = (w: number, h: number) => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...u32(w), ...u32(h), 8, 2, 0, 0, 0])
  // SOI, an APP0 segment, then a DQT of some length, then SOFn (baseline, progressive, …).
  const jpegHeader = (w: number, h: number, sof: number, dqt: number) =>
    Uint8Array.from([
      0xff,
      0xd8,
      0xff,
      0xe0,
      0,
      16,
      0x4a,
      0x46,
      0x49,
      0x46,
      0,
      1,
      1,
      0,
      0,
      1,
      0,
      1,
      0,
      0,
      0xff,
      0xdb,
      ...u16(dqt + 2),
      ...new Array<number>(dqt).fill(1),
      0xff,
      sof,
      0,
      17,
      8,
      ...u16(h),
      ...u16(w),
      3
    ])

  test('the pixel size is read from any PNG IHDR and any JPEG SOF header', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 100_000}), fc.integer({min: 1, max: 65_535}), fc.constantFrom(0xc0, 0xc1, 0xc2, 0xc3), fc.integer({min: 0, max: 200}), (w, h, sof, dqt) => {
        expect(imageInfo(pngHeader(w, h))).toEqual({format: 'png', width: w, height: h})
        expect(imageInfo(jpegHeader(Math.min(w, 65_535), h, sof, dqt))).toEqual({format: 'jpeg', width: Math.min(w, 65_535), height: h})
      })
    )
    expect(imageInfo(pngHeader(0, 10))).toBeUndefined()
    expect(imageInfo(jpegHeader(10, 10, 0xc4, 4))).toBeUndefined() // DHT is not a frame header: the data ends before one
  })

  test('whole PNGs pass the data check: generated ones of any size, and the pages in docs/ (written by pdftoppm)', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 40}), fc.integer({min: 1, max: 40}), (w, h) => {
        expect(pngProblem(makePng(w, h))).toBeUndefined()
      }),
      {numRuns: 30}
    )
    const docs = new URL('../docs/', import.meta.url)
    const pages = readdirSync(docs).filter((name) => name.endsWith('.png'))
    expect(pages.length).toBeGreaterThan(0)
    for (const name of pages) {
      const data = new Uint8Array(readFileSync(new URL(name, docs)))
      expect(imageInfo(data)?.format).toBe('png')
      expect(pngProblem(data)).toBeUndefined()
    }
  })

  test('the printed size fits the box, keeps the aspect, and is never larger than the image at 96 per inch', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 20_000}),
        fc.integer({min: 1, max: 20_000}),
        fc.double({min: 10, max: 600, noNaN: true}),
        fc.double({min: 10, max: 600, noNaN: true}),
        (w, h, maxW, maxH) => {
          const size = fitImage({format: 'png', width: w, height: h}, maxW, maxH)
          expect(size.width).toBeLessThanOrEqual(maxW * (1 + 1e-9))
          expect(size.height).toBeLessThanOrEqual(maxH * (1 + 1e-9))
          expect(size.width).toBeLessThanOrEqual(w * 0.75 * (1 + 1e-9))
          expect(size.width / size.height).toBeCloseTo(w / h, 6)
          // as large as the box allows: one side touches it, or the image is at its natural size
          const touches = Math.abs(size.width - maxW) < 1e-6 || Math.abs(size.height - maxH) < 1e-6 || Math.abs(size.width - w * 0.75) < 1e-6
          expect(touches).toBe(true)
        }
      )
    )
  })
})

describe('the layout', () => {
  test('a PNG alone in its paragraph is a figure scaled to the measure, aspect kept, its title as the caption', () => {
    const {layout: laid, diagnostics} = lay(md('Before.\n\n![A gradient](/art/wide.png "Figure 1. A gradient.")\n\nAfter.\n'))
    expect(diagnostics).toEqual([])
    const [image] = imagesOf(laid.pages[0]!)
    // 800 × 400 px at 96/in is 600 × 300 pt: scaled down to the 431.28 pt measure.
    expect(image).toMatchObject({x: geo.inner, width: measure})
    expect(image!.height).toBeCloseTo(measure / 2, 1)
    expect(laid.images).toEqual({[image!.image]: {src: '/art/wide.png', format: 'png', pixelWidth: 800, pixelHeight: 400}})
    const texts = textsOf(laid.pages[0]!)
    const caption = texts.find((t) => t.text.startsWith('Figure 1'))!
    expect(
      texts
        .filter((t) => t.text.startsWith('Figure 1'))
        .map((t) => t.text)
        .join(' ')
    ).toBe('Figure 1. A gradient.')
    expect(caption.size).toBe(geo.noteSize)
    // centred under the image, text before above it and text after below the caption
    const captionLine = texts.filter((t) => t.y === caption.y)
    const left = Math.min(...captionLine.map((t) => t.x))
    const right = Math.max(...captionLine.map((t) => t.x + t.width))
    expect((left + right) / 2).toBeCloseTo(geo.inner + measure / 2, 0)
    expect(caption.y).toBeLessThan(image!.y)
    expect(texts.find((t) => t.text === 'Before.')!.y).toBeGreaterThan(image!.y + image!.height)
    expect(texts.find((t) => t.text === 'After.')!.y).toBeLessThan(caption.y)
  })

  test('a small image keeps its size and is centred; the alt text is the caption when there is no title', () => {
    const {layout: laid} = lay(md('![Green to blue](/art/small.png)\n'), {'/art/small.png': small})
    const [image] = imagesOf(laid.pages[0]!)
    expect(image).toMatchObject({width: 75, height: 37.5})
    expect(image!.x).toBeCloseTo(geo.inner + (measure - 75) / 2, 2)
    expect(textsOf(laid.pages[0]!).map((t) => t.text)).toContain('Green to blue')
  })

  test('a tall image is at most 60% of the page height, aspect kept; a JPEG is sized from its SOF header', () => {
    const {layout: laid} = lay(md('![](/art/tall.png)\n\n![](/art/photo.jpg)\n'))
    const [tallItem, photo] = laid.pages.flatMap(imagesOf)
    expect(tallItem!.height).toBeCloseTo(geo.height * 0.6, 1)
    expect(tallItem!.width).toBeCloseTo((geo.height * 0.6) / 5, 1)
    expect(photo).toMatchObject({width: 30, height: 15})
    expect(Object.values(laid.images!).map((i) => [i.format, i.pixelWidth, i.pixelHeight])).toEqual([
      ['png', 400, 2000],
      ['jpeg', 40, 20]
    ])
  })

  test('the same bytes used twice (under two names) are one image of the layout', () => {
    const {layout: laid} = lay(md('![One](/art/wide.png)\n\n![Two](/art/copy%20of%20wide.png)\n\n![Three](/art/wide.png)\n'))
    const items = laid.pages.flatMap(imagesOf)
    expect(items).toHaveLength(3)
    expect(new Set(items.map((i) => i.image)).size).toBe(1)
    expect(Object.keys(laid.images!)).toHaveLength(1)
  })

  test('SVG, GIF, a broken PNG and a remote URL print their alt text, bytes not given a placeholder; each a warning naming it with its position', () => {
    const body = ['![Vector art](/art/drawing.svg)', '![Animation](/art/anim.gif)', '![Broken](/art/broken.png)', '![Lost](/art/lost.png)', '![Remote](https://example.org/x.png)'].join('\n\n')
    const {layout: laid, diagnostics} = lay(md(body + '\n'))
    expect(laid.pages.flatMap(imagesOf)).toEqual([])
    expect(laid.images).toBeUndefined()
    expect(diagnostics.map((d) => [d.severity, d.position?.start.line, d.position?.start.column, d.source])).toEqual([
      ['warning', 6, 1, 'render-pdf:image'],
      ['warning', 8, 1, 'render-pdf:image'],
      ['warning', 10, 1, 'render-pdf:image'],
      ['warning', 12, 1, 'render-pdf:image'],
      ['warning', 14, 1, 'render-pdf:image']
    ])
    expect(diagnostics.map((d) => d.message)).toEqual([
      'image "/art/drawing.svg" is an SVG file, not PNG or JPEG; its alt text is printed instead',
      'image "/art/anim.gif" is a GIF file, not PNG or JPEG; its alt text is printed instead',
      'image "/art/broken.png" is a PNG file whose header cannot be read; its alt text is printed instead',
      'image "/art/lost.png" was not found (no image file was given for it); a captioned placeholder is printed instead',
      'image "https://example.org/x.png" is remote (only local image files are printed); its alt text is printed instead'
    ])
    const text = textsOf(laid.pages[0]!)
      .map((t) => t.text)
      .join(' ')
    for (const alt of ['Vector art', 'Animation', 'Broken', 'Remote']) expect(text).toContain(`${alt}]`)
    expect(text).not.toContain('Lost]')
    expect(text).toContain('Figure: Lost — image not available')
    // only the remote image's alt text links to it
    expect(laid.pages[0]!.items.filter((i) => i.type === 'link').map((i) => (i.type === 'link' ? i.url : ''))).toEqual(['https://example.org/x.png'])
  })

  test('an image inside a line of text, or in a note, prints its alt text (info)', () => {
    const {layout: laid, diagnostics} = lay(md('Text with ![a dot](/art/small.png) inside.[^1]\n\n[^1]: ![In a note](/art/small.png)\n'))
    expect(laid.pages.flatMap(imagesOf)).toEqual([])
    expect(diagnostics.map((d) => [d.severity, d.position?.start.line])).toEqual([
      ['info', 6],
      ['info', 8]
    ])
    const text = textsOf(laid.pages[0]!)
      .map((t) => t.text)
      .join(' ')
    expect(text).toContain('a dot]')
    expect(text).toContain('In a note]')
  })

  test('a figure never splits: it moves to the next page whole, and every note stays on the page of its reference', () => {
    const sentence = 'The archive holds the letters of the provincial government and the registers of the border posts.'
    const moved: boolean[] = []
    for (const fill of [30, 34, 38, 42]) {
      const paragraphs = Array.from({length: 6}, (_, i) => `${Array.from({length: Math.round(fill / 6)}, () => sentence).join(' ')}[^${i + 1}]`).join('\n\n')
      const notes = Array.from({length: 6}, (_, i) => `[^${i + 1}]: Note ${i + 1}, ${sentence}`).join('\n')
      const tree = md(`${paragraphs}\n\n![Tall](/art/tall.png)\n\nAfter the figure, more text.[^7]\n\n${notes}\n[^7]: The last note.\n`)
      const {layout: laid} = lay(tree)
      const pages = laid.pages.filter((p) => imagesOf(p).length > 0)
      expect(pages).toHaveLength(1)
      const page = pages[0]!
      const [image] = imagesOf(page)
      // inside the text block, above the note area, overlapping no text
      expect(image!.y).toBeGreaterThanOrEqual((page.notes?.top ?? geo.bottom) - 0.01)
      expect(image!.y + image!.height).toBeLessThanOrEqual(geo.height - geo.top + 0.01)
      for (const t of textsOf(page)) expect(t.y > image!.y + image!.height || t.y < image!.y).toBe(true)
      // the figure did not fit below the text of the page before: it moved, leaving that room empty
      const before = laid.pages[page.number - 2]
      if (before) {
        const lowest = Math.min(
          ...textsOf(before)
            .filter((t) => t.size === geo.size)
            .map((t) => t.y)
        )
        moved.push(lowest - geo.leading - (before.notes?.top ?? geo.bottom) < image!.height)
      }
      // each note starts on the page of its first reference
      for (const p of laid.pages) {
        for (const item of p.items) {
          if (item.type === 'anchor' && item.name.startsWith('ref-')) {
            expect(p.notes?.starts ?? []).toContain(item.name.slice('ref-'.length))
          }
        }
      }
    }
    // every case has the figure moved to the page after the one its paragraph would have started
    expect(moved).toContain(true)
  })

  test('a figure in a list item or a quotation fits their measure; the label stands beside its top', () => {
    const {layout: laid} = lay(md('- ![Wide](/art/wide.png)\n\n> ![Wide](/art/wide.png)\n'))
    const [inList, inQuote] = laid.pages.flatMap(imagesOf)
    const bullet = textsOf(laid.pages[0]!).find((t) => t.text === '•')!
    expect(inList!.x).toBeGreaterThan(bullet.x)
    expect(inList!.x + inList!.width).toBeCloseTo(geo.inner + measure, 1)
    expect(bullet.y).toBeGreaterThan(inList!.y + inList!.height - 2 * geo.size)
    expect(bullet.y).toBeLessThan(inList!.y + inList!.height)
    expect(inQuote!.width).toBeLessThan(measure - 3 * geo.size)
    expect(inQuote!.x).toBeGreaterThan(geo.inner)
  })

  test('a record of images works like a map, and a figure fits the 6×9 measure', () => {
    const {layout: laid} = lay(md('![Wide](/art/wide.png)\n'), {'/art/wide.png': wide}, '6x9')
    const g = geometries['6x9']
    const [image] = imagesOf(laid.pages[0]!)
    expect(image!.width).toBeCloseTo(g.width - g.inner - g.outer, 2)
  })
})

describe.skipIf(!poppler)('the PDF, read back', () => {
  const tree = md('Before the figures.\n\n![Wide](/art/wide.png "A gradient")\n\n![Photo](/art/photo.jpg)\n\n![Again](/art/copy%20of%20wide.png)\n\n![Vector](/art/drawing.svg)\n')
  const render = () => renderPdf(tree, {fonts: testFonts(), images: sources, date: new Date('2024-05-01T00:00:00Z')})

  test('pdfimages lists the PNG and the JPEG at their pixel size; the PNG used twice is one object', async () => {
    const {pdf, diagnostics} = await render()
    expect(diagnostics.map((d) => d.message)).toEqual(['image "/art/drawing.svg" is an SVG file, not PNG or JPEG; its alt text is printed instead'])
    const file = tempFile('images.pdf', pdf)
    const list = pdfimagesList(file)
    expect(list.map((i) => [i.width, i.height, i.color, i.enc])).toEqual([
      [800, 400, 'rgb', 'image'],
      [40, 20, 'rgb', 'jpeg'],
      [800, 400, 'rgb', 'image']
    ])
    expect(list[0]!.object).toBe(list[2]!.object)
    expect(list[1]!.object).not.toBe(list[0]!.object)
    expect(qpdfCheck(file).ok).toBe(true)
  })

  test('a PNG whose header reads but whose data is corrupt or cut short: its alt text, a warning; never handed to pdf-lib (whose decoder can hang on it)', async () => {
    const good = makePng(60, 30)
    const corrupt = good.slice()
    for (let i = 41; i < corrupt.length - 16; i++) corrupt[i] = (i * 31) & 0xff
    const short = good.slice(0, good.length - 30)
    const images = {'/art/corrupt.png': corrupt, '/art/short.png': short, '/art/good.png': good}
    const {pdf, diagnostics} = await renderPdf(md('![Corrupt](/art/corrupt.png)\n\n![Short](/art/short.png)\n\nText after.\n'), {fonts: testFonts(), images})
    expect(diagnostics.map((d) => [d.severity, d.source, d.position?.start.line, d.message])).toEqual([
      ['warning', 'render-pdf:image', 6, 'image "/art/corrupt.png" is a PNG file that has image data that cannot be decompressed; its alt text is printed instead'],
      ['warning', 'render-pdf:image', 8, 'image "/art/short.png" is a PNG file that is cut short; its alt text is printed instead']
    ])
    const file = tempFile('corrupt.pdf', pdf)
    expect(pdfimagesList(file)).toEqual([])
    expect(qpdfCheck(file).ok).toBe(true)
    // the writer checks too: a layout made with good bytes, written with corrupt ones under the same name
    const {layout: laid} = layout(md('![Good](/art/good.png)\n'), {fonts: testFonts(), images})
    const writerDiagnostics: Diagnostic[] = []
    const written = await writePdf(laid, {fonts: testFonts(), images: {'/art/good.png': corrupt}, diagnostics: writerDiagnostics})
    expect(writerDiagnostics.map((d) => d.message)).toEqual(['image "/art/good.png" is a PNG file that has image data that cannot be decompressed; its place is left blank'])
    expect(pdfimagesList(tempFile('blank.pdf', written))).toEqual([])
  })

  test('the same input and date give the same bytes', async () => {
    const [a, b] = [await render(), await render()]
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true)
  })
})
