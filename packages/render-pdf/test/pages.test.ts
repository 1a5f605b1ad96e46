// Pages made directly (src/lib/pages.ts): the same objects, numbers and bytes as pdf-lib's
// `addPage` followed by the writer's former steps (a content stream added, the fonts, images and
// annotations set on the page).
import {PDFDocument, PDFName, type PDFRef} from 'pdf-lib'
import {describe, expect, test} from 'vitest'
import {pageLeaf, reservePages} from '../src/lib/pages.js'
import {savePdf} from '../src/lib/objects.js'

interface PageSpec {
  fonts: number
  images: number
  annots: number
}

/** Refs of objects every page may point at: a font, an image, annotations (made before the pages, as the writer does). */
async function start(): Promise<{doc: PDFDocument; font: PDFRef; image: PDFRef}> {
  const doc = await PDFDocument.create({updateMetadata: false})
  return {doc, font: doc.context.register(doc.context.obj({Type: 'Font'})), image: doc.context.register(doc.context.obj({Type: 'XObject'}))}
}

function named(prefix: string, count: number, ref: PDFRef): Map<string, PDFRef> {
  return new Map(Array.from({length: count}, (_, i) => [`${prefix}${i + 1}`, ref] as const))
}

/** The former way: `addPage`, then per page its annotations, its content stream and what the writer set on it. */
async function byAddPage(specs: PageSpec[], width: number, height: number): Promise<Uint8Array> {
  const {doc, font, image} = await start()
  const pages = specs.map(() => doc.addPage([width, height]))
  specs.forEach((spec, n) => {
    const page = pages[n]!
    const annots = Array.from({length: spec.annots}, () => doc.context.register(doc.context.obj({Type: 'Annot', P: page.ref})))
    page.node.addContentStream(doc.context.register(doc.context.stream(new Uint8Array([n]))))
    const fonts = named('F', spec.fonts, font)
    const images = named('Im', spec.images, image)
    if (fonts.size > 0 || images.size > 0) {
      const dict = page.node.Resources() ?? doc.context.obj({})
      if (fonts.size > 0) dict.set(PDFName.of('Font'), doc.context.obj(Object.fromEntries(fonts) as never))
      if (images.size > 0) dict.set(PDFName.of('XObject'), doc.context.obj(Object.fromEntries(images) as never))
      page.node.set(PDFName.of('Resources'), dict)
    }
    if (annots.length > 0) page.node.set(PDFName.of('Annots'), doc.context.obj(annots))
  })
  return doc.save({useObjectStreams: false})
}

/** The new way: the pages' references reserved, each page's dictionary made whole once its content stream is. */
async function byPageLeaf(specs: PageSpec[], width: number, height: number): Promise<Uint8Array> {
  const {doc, font, image} = await start()
  const {refs, parent} = reservePages(doc, specs.length)
  specs.forEach((spec, n) => {
    const annots = Array.from({length: spec.annots}, () => doc.context.register(doc.context.obj({Type: 'Annot', P: refs[n]!})))
    const contents = doc.context.register(doc.context.stream(new Uint8Array([n])))
    const page = {width, height, contents, fonts: named('F', spec.fonts, font), images: named('Im', spec.images, image), annots}
    doc.context.assign(refs[n]!, pageLeaf(doc.context, parent, page))
  })
  return doc.save({useObjectStreams: false, addDefaultPage: specs.length === 0})
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1')

describe('pages made directly', () => {
  test('the same bytes as addPage for pages with and without fonts, images and annotations', async () => {
    const specs: PageSpec[] = [
      {fonts: 0, images: 0, annots: 0},
      {fonts: 2, images: 0, annots: 0},
      {fonts: 1, images: 1, annots: 3},
      {fonts: 0, images: 2, annots: 1}
    ]
    const made = await byPageLeaf(specs, 432, 648.5)
    expect(text(made)).toBe(text(await byAddPage(specs, 432, 648.5)))
    expect(text(made)).toContain('/Count 4')
    expect(text(made)).toContain('/MediaBox [ 0 0 432 648.5 ]')
  })

  test('a document with no page still gets pdf-lib default page, as before', async () => {
    const made = await byPageLeaf([], 432, 648)
    expect(text(made)).toBe(text(await byAddPage([], 432, 648)))
    expect(text(made)).toContain('/Count 1')
  })

  test('savePdf adds the default page only when told the document has none', async () => {
    const doc = await PDFDocument.create({updateMetadata: false})
    const {refs, parent} = reservePages(doc, 1)
    const contents = doc.context.register(doc.context.stream(new Uint8Array([1])))
    doc.context.assign(refs[0]!, pageLeaf(doc.context, parent, {width: 100, height: 200, contents, fonts: new Map(), images: new Map(), annots: []}))
    const saved = await PDFDocument.load(await savePdf(doc, undefined, false))
    const empty = await PDFDocument.load(await savePdf(await PDFDocument.create({updateMetadata: false}), undefined, true))
    expect(saved.getPages().map((page) => page.getSize())).toEqual([{width: 100, height: 200}])
    expect(empty.getPageCount()).toBe(1)
  })
})
