import {createHash} from 'node:crypto'
import {PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString} from 'pdf-lib'
import type {PDFDict, PDFObject, PDFRef} from 'pdf-lib'
import {NAME, pdfArray, pdfDict, pdfNumber} from './dicts.js'
import subsetFont from 'subset-font'
import {ContentBuilder, ascii, deflate, round3} from './content.js'
import {faceMetrics, fontFingerprint, type FaceMetrics} from './sfnt.js'
import {hashHex} from './hash.js'
import {unitPageOrigin} from './unit-store.js'
import {Shaper} from './shaper.js'
import {linkDescription, PageMarks, writeStructure, type AnnotationLink} from './tagged.js'
import {CREATOR_TOOL, PRODUCER, writeXmp} from './xmp.js'
import {imageBytes, jpegComponents, pngProblem} from './images.js'
import {DEFAULT_STANDARDS, writeOutputIntent} from './standards.js'
import type {FaceKey, FontFiles, Layout, LayoutPage, LinkItem, TextItem, WriteOptions} from './types.js'
import {typography} from './typography.js'
import {limits} from './limits.js'
import {STORE_KINDS} from './store.js'
import {savePdf} from './objects.js'
import {pageLeaf, reservePages} from './pages.js'
import type {RenderStore, StoredPage, StoredShape, StoredSubset} from './store.js'

interface EmbeddedFace {
  ref: PDFRef
  /** Resource name of the font on every page. */
  name: string
  /** The subset's metrics (head, hhea, post, OS/2). */
  font: FaceMetrics
  /** HarfBuzz on the subset: the glyphs drawn. */
  shaper: Shaper
  /** Language the words are shaped in (the document's, as in the layout). */
  lang: string
  bytes: Uint8Array
  /** The subset's bytes compressed (its FontFile stream). */
  deflated: Uint8Array
  /** Where the words shaped on this subset are kept between renders, and under which scope. */
  kept: {store: RenderStore; scope: string} | undefined
  /** Glyphs drawn, with the characters each stands for (ligatures stand for several). */
  glyphs: Map<number, string>
  /** Shaped words: glyph ids as hex and the TJ adjustments between them; the glyphs with their characters. */
  shaped: Map<string, Shaped>
  space: string
  /** PDF/A: the .notdef glyph is never drawn (its advance in thousandths of an em, left blank instead). */
  notdef: number | undefined
}

interface Shaped extends StoredShape {
  /** The document (its face) whose ToUnicode map has this word's glyphs already. */
  mapped: EmbeddedFace | undefined
}

/**
 * Write a layout as PDF bytes: fonts subset with HarfBuzz (`subset-font`) to the characters
 * printed and embedded whole (pdf-lib's own subsetter draws blank glyphs for many fonts), text
 * shaped with HarfBuzz (kerning, ligatures) into TJ arrays, links, outline, metadata. Deterministic:
 * the dates come from options and the document ID is a hash of the content.
 */
export async function writePdf(layout: Layout, options: WriteOptions): Promise<Uint8Array> {
  const date = options.date ?? new Date(0)
  const standards = new Set(options.standards ?? DEFAULT_STANDARDS)
  const archival = standards.has('a-2u')
  const doc = await PDFDocument.create({updateMetadata: false})
  const faces = await subsetFaces(doc, layout, options, archival)
  const images = await embedImages(doc, layout, options, archival)
  // Pages first: links and the outline point at them.
  const {refs: pages, parent} = reservePages(doc, layout.pages.length)
  const anchors = anchorsOf(layout, pages)
  const marks: number[][] = []
  const links: AnnotationLink[] = []
  const deflater = options.store === undefined ? options.deflate : undefined
  const written: WrittenDoc = {doc, layout, faces, images, anchors, links, store: options.store, parent, ...(deflater ? {deflater, pending: []} : {})}
  layout.pages.forEach((layoutPage, n) => marks.push(writePage(written, layoutPage, pages[n]!, n)))
  writeStructure(doc, layout.structure, pages, marks, links)
  for (const face of faces.values()) {
    const unmapped = embedFace(doc, face)
    if (archival && unmapped.length > 0) {
      const message = `font ${face.name}: ${unmapped.length} glyph(s) drawn stand for no character of their own (ids ${unmapped.slice(0, 5).join(', ')}): PDF/A-2u asks for a Unicode value for each`
      options.diagnostics?.push({severity: 'warning', message, source: 'render-pdf:pdfa'})
    }
  }
  writeOutline(doc, layout, pages)
  writePageLabels(doc, layout)
  writeInfo(doc, layout, date, standards)
  doc.context.trailerInfo.ID = doc.context.obj([UNSET_ID, UNSET_ID])
  await Promise.all(written.pending ?? [])
  return withDocumentId(await savePdf(doc, options.store, pages.length === 0))
}

/** The faces the layout uses, subset to the characters it prints (and those HarfBuzz composes), each with a reference reserved for it. */
async function subsetFaces(doc: PDFDocument, layout: Layout, options: WriteOptions, archival: boolean): Promise<Map<FaceKey, EmbeddedFace>> {
  const faces = new Map<FaceKey, EmbeddedFace>()
  const composed = composedChars(layout)
  for (const [key, chars] of Object.entries(layout.charsets)) {
    const bytes = faceBytes(options.fonts, key)
    if (!bytes) continue
    const all = chars + (composed.get(key) ?? '')
    const {subset, deflated, font, shaper, shaped} = await subsetOf(bytes, all, layout.info.lang, options.store)
    const kept = options.store && {store: options.store, scope: STORE_KINDS.shaped.scope(fontFingerprint(bytes), hashHex(all), layout.info.lang)}
    const tag = hashHex(key + chars)
      .slice(0, 6)
      .replace(/[0-9a-f]/g, (c) => String.fromCharCode(65 + parseInt(c, 16)))
    const spaceGlyph = shaper.shape(' ', layout.info.lang).ids[0]
    const glyphs = new Map<number, string>()
    if (spaceGlyph !== undefined) glyphs.set(spaceGlyph, ' ')
    const notdef = archival ? (shaper.glyphAdvance(0) * 1000) / shaper.upem : undefined
    faces.set(key, {
      ref: doc.context.nextRef(),
      name: `${tag}+${(font.postscriptName || key).replace(/[^A-Za-z0-9-]/g, '')}`,
      font,
      shaper,
      lang: layout.info.lang,
      bytes: subset,
      deflated,
      kept,
      glyphs,
      shaped,
      space: hex4(spaceGlyph ?? 0),
      notdef
    })
  }
  return faces
}

/** Images: each embedded once (the layout keys them by a hash of their bytes), PNG or JPEG by pdf-lib; one that cannot be is a warning and left blank. */
async function embedImages(doc: PDFDocument, layout: Layout, options: WriteOptions, archival: boolean): Promise<Map<string, PDFRef>> {
  const images = new Map<string, PDFRef>()
  for (const [id, image] of Object.entries(layout.images ?? {})) {
    const bytes = imageBytes(options.images, image.src)
    const problem = (why: string) => options.diagnostics?.push({severity: 'warning', message: `image "${image.src}" ${why}; its place is left blank`, source: 'render-pdf:image'})
    if (!bytes) {
      problem('was not given to the writer')
      continue
    }
    const bad = image.format === 'png' ? pngProblem(bytes) : undefined
    if (bad !== undefined) {
      problem(`is a PNG file that ${bad}`) // never handed to pdf-lib, whose decoder can loop forever on it
      continue
    }
    try {
      const embedded = image.format === 'png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes)
      images.set(id, embedded.ref)
      // PDF/A-2 §6.2.4.3: DeviceCMYK only under a CMYK output intent, and ours is sRGB.
      if (archival && image.format === 'jpeg' && jpegComponents(bytes) === 4) {
        options.diagnostics?.push({
          severity: 'warning',
          message: `image "${image.src}" is a CMYK JPEG: PDF/A-2u with an sRGB output intent does not allow it (convert it to RGB)`,
          source: 'render-pdf:pdfa'
        })
      }
    } catch (error) {
      // Bytes whose header the layout could read but whose data pdf-lib cannot decode.
      problem(`cannot be decoded (${error instanceof Error ? error.message : String(error)})`)
    }
  }
  return images
}

/** The named destinations of the layout: the page and point of each anchor. */
function anchorsOf(layout: Layout, pages: PDFRef[]): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>()
  layout.pages.forEach((page, n) => {
    for (const item of page.items) if (item.type === 'anchor') anchors.set(item.name, {page: pages[n]!, x: item.x, y: item.y})
  })
  return anchors
}

interface Anchor {
  page: PDFRef
  x: number
  y: number
}

/** What every page is written with: the document, its layout, the embedded faces and images, the anchors, and the tagged links found so far. */
interface WrittenDoc {
  doc: PDFDocument
  layout: Layout
  faces: Map<FaceKey, EmbeddedFace>
  images: Map<string, PDFRef>
  anchors: Map<string, Anchor>
  links: AnnotationLink[]
  /** Where compressed streams are kept between renders. */
  store: RenderStore | undefined
  /** The page tree every page is a kid of. */
  parent: PDFRef
  /** Where the pages' content streams are compressed (`WriteOptions.deflate`), and those not back yet. */
  deflater?: (bytes: Uint8Array) => Promise<Uint8Array>
  pending?: Array<Promise<void>>
}

/** The resources of one page: fonts and images by resource name, in the order first used. */
interface PageResources {
  fontNames: Map<FaceKey, string>
  fonts: Map<string, PDFRef>
  imageNames: Map<string, string>
  images: Map<string, PDFRef>
}

/** One page: its resources and link annotations, then its content stream (compressed; kept in the store whole); returns its marked-content ids. */
function writePage(written: WrittenDoc, layoutPage: LayoutPage, page: PDFRef, n: number): number[] {
  const {doc, faces, images} = written
  const resources: PageResources = {fontNames: new Map(), fonts: new Map(), imageNames: new Map(), images: new Map()}
  const annots: PDFRef[] = []
  for (const item of layoutPage.items) {
    if (item.type === 'text') {
      const face = faces.get(item.font)
      if (face) resourceName(resources.fontNames, resources.fonts, item.font, 'F', face.ref)
    } else if (item.type === 'image') {
      const ref = images.get(item.image)
      if (ref) resourceName(resources.imageNames, resources.images, item.image, 'Im', ref)
    } else if (item.type === 'link') {
      const annot = linkAnnotation(written, item)
      if (!annot) continue
      annots.push(annot)
      if (item.tag !== undefined) written.links.push({tag: item.tag, annot, page: n})
    }
  }
  const {deflated, marks, raw} = pageContent(written, layoutPage)
  const stream = doc.context.stream(deflated ?? new Uint8Array(0), {Filter: 'FlateDecode'})
  // Compressed elsewhere: its bytes set when they come back (pdf-lib reads them, and their length, when it saves).
  if (raw) written.pending!.push(written.deflater!(raw).then((bytes) => void ((stream as unknown as {contents: Uint8Array}).contents = bytes)))
  const contents = doc.context.register(stream)
  const {width, height} = written.layout
  doc.context.assign(page, pageLeaf(doc.context, written.parent, {width, height, contents, fonts: resources.fonts, images: resources.images, annots}))
  return marks
}

/**
 * A page's content stream compressed and its marked-content ids: kept in the store under the
 * SHA-256 of all it depends on (`pageKey`) with the glyphs its words draw (given to their faces'
 * ToUnicode maps and widths again), else written now (and kept); with no store and a caller's
 * `deflate`, its bytes to compress there (`raw`).
 */
function pageContent(written: WrittenDoc, layoutPage: LayoutPage): {deflated?: Uint8Array; raw?: Uint8Array; marks: number[]} {
  const store = written.store
  const keys = store && pageKeys(written, layoutPage)
  const key = keys?.[0]
  const stored = key === undefined ? undefined : store!.get(STORE_KINDS.page.scope(), key)
  const kept = stored === undefined ? undefined : STORE_KINDS.page.decode(stored)
  const structure = written.layout.structure ?? []
  if (kept && keptFaces(written, kept.glyphs) && kept.marks.every((tag) => tag < structure.length)) {
    // A page of a unit made here, found by its JSON: kept under the key it is placed with too.
    if (keys!.length > 1) store!.set(STORE_KINDS.page.scope(), keys![1]!, stored)
    const glyphs = kept.glyphs
    for (let i = 0; i < glyphs.length; i += 3) mapGlyph(written.faces.get(glyphs[i] as string)!, glyphs[i + 1] as number, glyphs[i + 2] as string)
    return {deflated: kept.deflated, marks: kept.marks}
  }
  const glyphs: StoredPage['glyphs'] = []
  const drawn = {words: new Set<string>(), glyphs: new Set<string>()}
  const marked = new PageMarks(written.layout.structure)
  const content = new ContentBuilder()
  // Resource names as writePage gives them (`F1`, `Im1`: in the order first drawn, fonts and images each counted apart).
  const names = {fonts: new Map<string, string>(), images: new Map<string, string>()}
  for (const item of layoutPage.items) {
    if (item.type === 'text') {
      const face = written.faces.get(item.font)
      if (!face) continue
      const font = resourceName(names.fonts, new Map(), item.font, 'F', face.ref)
      // Each glyph with its characters once (given again, it would change nothing), in the order first drawn: kept with the page (none without a store).
      const record = (word: string, shaped: StoredShape) => {
        if (drawn.words.has(item.font + '\u0000' + word)) return
        drawn.words.add(item.font + '\u0000' + word)
        for (const [id, chars] of shaped.glyphs) {
          const glyph = `${item.font}\u0000${id}\u0000${chars}`
          if (drawn.glyphs.has(glyph)) continue
          drawn.glyphs.add(glyph)
          glyphs.push(item.font, id, chars)
        }
      }
      marked.mark(content, item.tag, () => content.textRun(font, item.size, item.x, item.y, tjArray(face, item, key === undefined ? undefined : record)), item.softHyphen ? '\u00AD' : undefined)
    } else if (item.type === 'rule') {
      marked.mark(content, undefined, () => content.line(item.thickness, item.x1, item.y1, item.x2, item.y2))
    } else if (item.type === 'image') {
      if (!written.images.has(item.image)) continue
      const image = resourceName(names.images, new Map(), item.image, 'Im', written.images.get(item.image)!)
      marked.mark(content, item.tag, () => content.image(image, item.x, item.y, item.width, item.height))
    }
  }
  // Without a store, compressed elsewhere when the caller said where (`WriteOptions.deflate`).
  if (key === undefined && written.deflater) return {raw: ascii(content.toString()), marks: marked.marks}
  // With a store the page is kept whole (below): its stream is not kept a second time by its bytes.
  const deflated = key === undefined ? compressed(ascii(content.toString()), store) : deflate(ascii(content.toString()))
  if (key !== undefined) {
    const value = STORE_KINDS.page.encode({deflated, marks: marked.marks, glyphs})
    for (const each of keys!) store!.set(STORE_KINDS.page.scope(), each, value)
  }
  return {deflated, marks: marked.marks}
}

/** Whether every face a kept page's glyphs name (every third value, from the first) is one of the document's. */
function keptFaces(written: WrittenDoc, glyphs: StoredPage['glyphs']): boolean {
  for (let i = 0; i < glyphs.length; i += 3) if (!written.faces.has(glyphs[i] as string)) return false
  return true
}

/**
 * What a page's content stream depends on, hashed: the page (its items, number, notes area), the type of the element each names
 * (its marked content), and each face it draws in (the subset the words are shaped on, its space
 * glyph, whether .notdef is left blank). Undefined when a face has no store scope (no store).
 * JSON writes -0 as 0: the content stream does too (`pdfNumber`). A page placed from a kept unit
 * is keyed by where its items come from (`unitPageOrigin`: the unit's text, the page's index, the
 * numbers its tags were made absolute with) and the rest of the page, not by its whole JSON. A
 * page of a unit made in this layout has both keys, its JSON's first: an edited article's pages
 * the edit did not change are found by their JSON, and each is kept under the key the next run
 * places it with.
 */
function pageKeys(written: WrittenDoc, layoutPage: LayoutPage): string[] | undefined {
  const unit = unitPageOrigin(layoutPage)
  const byJson = !unit || unit.made ? pageKey(written, layoutPage, undefined) : undefined
  const byUnit = unit ? pageKey(written, layoutPage, unit) : undefined
  if (byJson === undefined && byUnit === undefined) return undefined
  return [byJson, byUnit].filter((key): key is string => key !== undefined)
}

/** A page's key (`pageKeys`): by its JSON, or by the unit its first items come from. */
function pageKey(written: WrittenDoc, layoutPage: LayoutPage, unit: {origin: string; items: number} | undefined): string | undefined {
  const structure = written.layout.structure ?? []
  // The elements a unit's items name are the unit's (its key made them): only the types of the items after them are looked up.
  const from = unit ? unit.items : 0
  const types: Array<string | null> = []
  const faces: unknown[] = []
  const seen = new Set<string>()
  const images: boolean[] = []
  // One pass over the page's items (a unit's page has hundreds): the types, each face once in the order first drawn, the images.
  const all = layoutPage.items
  for (let i = 0; i < all.length; i++) {
    const item = all[i]!
    if (i >= from) types.push('tag' in item && item.tag !== undefined ? (structure[item.tag]?.type ?? null) : null)
    if (item.type === 'image') images.push(written.images.has(item.image))
    if (item.type !== 'text' || seen.has(item.font)) continue
    seen.add(item.font)
    const face = written.faces.get(item.font)
    if (face && !face.kept) return undefined
    faces.push(face ? [item.font, face.kept!.scope, face.space, face.notdef ?? null] : [item.font, null])
  }
  const hash = createHash('sha256').update(JSON.stringify(['page 1', types, faces, images]))
  if (!unit) return hash.update(JSON.stringify(layoutPage)).digest('hex')
  // (A page's JSON starts with `{`: this, with `[`, keys no page of the other kind.)
  const {number, label, items, notes} = layoutPage
  return hash.update(JSON.stringify(['unit', unit.origin, number, label ?? null, notes ?? null, items.length, items.slice(unit.items)])).digest('hex')
}

/** The page's resource name for `key` (`F1`, `Im2`, …): given on first use, in order. */
function resourceName<K>(names: Map<K, string>, refs: Map<string, PDFRef>, key: K, prefix: string, ref: PDFRef): string {
  let name = names.get(key)
  if (!name) {
    name = `${prefix}${names.size + 1}`
    names.set(key, name)
    refs.set(name, ref)
  }
  return name
}

/** A link's annotation (to an anchor of the document or a URI), registered; none for an anchor that does not exist. */
function linkAnnotation(written: WrittenDoc, item: LinkItem): PDFRef | undefined {
  // /F 4: printed (PDF/A-2 §6.3.2 asks for the flag on every annotation).
  const context = written.doc.context
  const zero = pdfNumber(0)
  const entries: Array<[PDFName, PDFObject]> = [
    [NAME.Type, NAME.Annot],
    [NAME.Subtype, NAME.Link],
    [NAME.F, pdfNumber(4)],
    [NAME.Rect, pdfArray(context, item.rect.map(num))],
    [NAME.Border, pdfArray(context, [zero, zero, zero])]
  ]
  if (item.dest !== undefined) {
    const target = written.anchors.get(item.dest)
    if (!target) return undefined
    const left = num(Math.max(0, target.x - typography.destination.left))
    entries.push([NAME.Dest, pdfArray(context, [target.page, NAME.XYZ, left, num(target.y + typography.destination.above), zero])])
  } else if (item.url !== undefined) {
    entries.push([
      NAME.A,
      pdfDict(context, [
        [NAME.Type, NAME.Action],
        [NAME.S, NAME.URI],
        [NAME.URI, PDFString.of(asciiUri(item.url))]
      ])
    ])
  } else return undefined
  entries.push([NAME.Contents, PDFString.of(item.url ?? linkDescription(item.dest ?? ''))])
  return context.register(pdfDict(context, entries))
}

/** The document information and XMP metadata (title, author, subject, language, tools, dates, standards claimed), and the output intent of PDF/A. */
function writeInfo(doc: PDFDocument, layout: Layout, date: Date, standards: Set<string>): void {
  const archival = standards.has('a-2u')
  doc.setTitle(layout.info.title || 'Untitled', {showInWindowTitleBar: true})
  if (layout.info.author) doc.setAuthor(layout.info.author)
  if (layout.info.subject) doc.setSubject(layout.info.subject)
  doc.setLanguage(layout.info.lang)
  doc.setCreator(CREATOR_TOOL)
  doc.setProducer(PRODUCER)
  doc.setCreationDate(date)
  doc.setModificationDate(date)
  // PDF/UA-1 is claimed only for a tagged document: a structure beyond the bare Document.
  writeXmp(doc, layout.info, date, {ua: standards.has('ua') && (layout.structure?.length ?? 0) > 1, a2u: archival})
  if (archival) writeOutputIntent(doc)
}

/** The /ID the document is written with, then given its value (`withDocumentId`): as long as the value, so no offset moves. */
const UNSET_ID = PDFHexString.of('0'.repeat(32))
const UNSET_TRAILER_ID = Buffer.from(`/ID [ ${UNSET_ID.toString()} ${UNSET_ID.toString()} ]`, 'latin1')

/**
 * The document ID, written into the file's bytes: the first 128 bits of the SHA-256 of the whole
 * file as written with `UNSET_ID` (every object, stream, the dates and the standards claimed:
 * everything printed and more). One pass over bytes already made: hashing each page's JSON for it
 * cost an unchanged article of a reader more than writing its pages (issue 16).
 */
function withDocumentId(bytes: Uint8Array): Uint8Array {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = buffer.lastIndexOf(UNSET_TRAILER_ID)
  if (at < 0) throw new Error('render-pdf: the trailer has no /ID to give a value')
  const id = createHash('sha256').update(buffer).digest('hex').slice(0, 32)
  const written = Buffer.from(`/ID [ <${id}> <${id}> ]`, 'latin1')
  written.copy(buffer, at)
  return bytes
}

interface Subset extends StoredSubset {
  font: FaceMetrics
  shaper: Shaper
  /** Shaped words: the same subset shapes the same (in the same language). */
  shaped: Map<string, Shaped>
}
/** Subsets made, per font file and character set (memoization: the same input gives the same subset). */
const subsets = new WeakMap<Uint8Array, Map<string, Promise<Subset>>>()

function subsetOf(bytes: Uint8Array, chars: string, lang: string, store: RenderStore | undefined): Promise<Subset> {
  let byChars = subsets.get(bytes)
  if (!byChars) subsets.set(bytes, (byChars = new Map()))
  const key = lang + '\u0000' + chars
  let result = byChars.get(key)
  if (!result) {
    result = madeSubset(bytes, chars + ' -', store).then(({subset, deflated}) => {
      const shaper = new Shaper(subset)
      return {subset, deflated, font: faceMetrics(shaper), shaper, shaped: new Map()}
    })
    if (byChars.size > 8) byChars.delete(byChars.keys().next().value!)
    byChars.set(key, result)
  }
  return result
}

/** The subset of `bytes` to `chars` with its compressed bytes: kept in the store, else made by subset-font (and kept). */
async function madeSubset(bytes: Uint8Array, chars: string, store: RenderStore | undefined): Promise<StoredSubset> {
  const scope = store && STORE_KINDS.subset.scope(fontFingerprint(bytes))
  const kept = scope === undefined ? undefined : STORE_KINDS.subset.decode(store!.get(scope, chars))
  if (kept) return kept
  const subset = new Uint8Array(await subsetFont(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), chars, {targetFormat: 'sfnt'}))
  const made = {subset, deflated: deflate(subset)}
  if (scope !== undefined) store!.set(scope, chars, STORE_KINDS.subset.encode(made))
  return made
}

/** `bytes` compressed (`deflate`): kept in the store by their SHA-256 and length, else compressed now (and kept). */
function compressed(bytes: Uint8Array, store: RenderStore | undefined): Uint8Array {
  if (!store) return deflate(bytes)
  const key = `${createHash('sha256').update(bytes).digest('hex')} ${bytes.byteLength}`
  const kept = STORE_KINDS.deflated.decode(store.get(STORE_KINDS.deflated.scope(), key))
  if (kept) return kept
  const made = deflate(bytes)
  store.set(STORE_KINDS.deflated.scope(), key, STORE_KINDS.deflated.encode(made))
  return made
}

/**
 * A character from U+0300 on (where the combining marks start), less U+2000 to U+20CF (general
 * punctuation, super- and subscripts, currency signs: no mark among them; a text's quotation marks
 * and dashes): most words of a Latin text have none, and skip the test for marks (a regular
 * expression without `u`: a scan of the text's code units).
 */
const BEYOND_LATIN = /[\u0300-\u1fff]|[\u20d0-\uffff]/

/**
 * Characters the shaper composes from the text, per face: HarfBuzz draws a base letter and its
 * combining marks (`ε` + U+0300) as the precomposed glyph (`ὲ`) when the font has one, as the
 * layout measured it; the subset must keep that character for the writer to shape the same.
 */
function composedChars(layout: Layout): Map<FaceKey, string> {
  const extra = new Map<FaceKey, Set<string>>()
  for (const page of layout.pages) {
    for (const item of page.items) {
      if (item.type !== 'text' || !BEYOND_LATIN.test(item.text) || !/\p{M}/u.test(item.text)) continue
      const nfc = item.text.normalize('NFC')
      if (nfc === item.text) continue
      let set = extra.get(item.font)
      if (!set) extra.set(item.font, (set = new Set()))
      for (const char of nfc) set.add(char)
    }
  }
  return new Map([...extra].map(([face, set]) => [face, [...set].sort().join('')]))
}

function faceBytes(fonts: FontFiles, key: FaceKey): Uint8Array | undefined {
  if (key.startsWith('fallback')) return fonts.fallbacks?.[Number(key.slice('fallback'.length))]
  if (key === 'regular' || key === 'italic' || key === 'bold' || key === 'boldItalic' || key === 'mono') return fonts[key]
  return undefined
}

/**
 * A text item as the inside of a TJ array (`<hex> adjustment <hex> `): glyph ids of each shaped
 * word, kerning, and justification at spaces.
 */
function tjArray(face: EmbeddedFace, item: TextItem, record?: (word: string, shaped: StoredShape) => void): string {
  const spaceAdjust = item.wordSpace ? -(item.wordSpace * 1000) / item.size : 0
  const text = item.text
  let out = ''
  // Adjacent glyph strings are merged into one hex string between adjustments.
  let hex = ''
  const adjust = (value: number) => {
    if (Math.abs(value) < 0.5) return
    if (hex) out += `<${hex}> `
    hex = ''
    out += round3(value) + ' '
  }
  let start = 0
  for (;;) {
    const end = text.indexOf(' ', start)
    const word = end < 0 ? text.slice(start) : text.slice(start, end)
    if (start > 0) {
      hex += face.space
      if (spaceAdjust !== 0) adjust(spaceAdjust)
    }
    if (word) {
      for (const part of shape(face, word, record)) {
        if (typeof part !== 'string') adjust(part)
        else if (face.notdef === undefined || !hasNotdef(part)) hex += part
        else {
          // PDF/A-2 §6.2.11.8: the .notdef glyph is left out, its advance kept as a blank.
          for (let i = 0; i < part.length; i += 4) {
            if (part.startsWith('0000', i)) adjust(-face.notdef)
            else hex += part.slice(i, i + 4)
          }
        }
      }
    }
    if (end < 0) break
    start = end + 1
  }
  if (hex) out += `<${hex}> `
  return out
}

/** Whether a run of glyph ids (4 hex digits each) holds glyph 0, .notdef. */
function hasNotdef(hex: string): boolean {
  for (let i = 0; i < hex.length; i += 4) if (hex.startsWith('0000', i)) return true
  return false
}

function shape(face: EmbeddedFace, word: string, record?: (word: string, shaped: StoredShape) => void): Array<string | number> {
  let shaped = face.shaped.get(word)
  if (!shaped) {
    const kept = word.length <= limits.storedWordUpTo.value ? face.kept : undefined
    const stored = kept && STORE_KINDS.shaped.decode(kept.store.get(kept.scope, word))
    const run = stored ?? shapeWord(face, word)
    if (kept && !stored) kept.store.set(kept.scope, word, STORE_KINDS.shaped.encode(run))
    shaped = {parts: run.parts, glyphs: run.glyphs, mapped: undefined}
    face.shaped.set(word, shaped)
  }
  record?.(word, shaped)
  if (shaped.mapped !== face) {
    shaped.mapped = face
    for (const [id, chars] of shaped.glyphs) mapGlyph(face, id, chars)
  }
  return shaped.parts
}

/**
 * A glyph drawn, for the face's ToUnicode map and widths: a glyph drawn for several texts stands
 * for the shortest (a mark alone rather than with the mark before it in one cluster), the first of
 * equal length. Given a glyph again, it changes nothing: a page kept gives its glyphs again whole.
 */
function mapGlyph(face: EmbeddedFace, id: number, chars: string): void {
  const known = face.glyphs.get(id)
  if (known === undefined || (chars !== '' && (known === '' || chars.length < known.length))) face.glyphs.set(id, chars)
}

/** `word` shaped on a face's subset: runs of glyph ids as hex with the kerning between them, and the characters each glyph stands for. */
function shapeWord(face: EmbeddedFace, word: string): StoredShape {
  const run = face.shaper.shape(word, face.lang)
  const scale = 1000 / face.shaper.upem
  const parts: Array<string | number> = []
  const glyphs: Array<[number, string]> = []
  const {ids, clusters, advances} = run
  // The characters of each glyph: those of its cluster (from its index in the text up to the next
  // cluster's). A ligature stands for all of them; when a cluster has as many glyphs as characters
  // (a letter and its marks, not composed) each glyph stands for one; otherwise the first glyph of
  // the cluster stands for all and the others for none.
  const starts = [...new Set(clusters)].sort((a, b) => a - b)
  const members = new Map<number, number[]>()
  clusters.forEach((cluster, i) => {
    const list = members.get(cluster)
    if (list) list.push(i)
    else members.set(cluster, [i])
  })
  const charsOf = (i: number): string => {
    const cluster = clusters[i]!
    const text = word.slice(cluster, starts.find((s) => s > cluster) ?? word.length)
    const list = members.get(cluster)!
    if (list.length === 1) return text
    const points = [...text]
    if (points.length === list.length) return points[list.indexOf(i)]!
    return list[0] === i ? text : ''
  }
  ids.forEach((id, i) => {
    const chars = charsOf(i)
    glyphs.push([id, chars])
    // Glyphs in one hex string up to the next kerning adjustment.
    const last = parts.length - 1
    if (typeof parts[last] === 'string') parts[last] += hex4(id)
    else parts.push(hex4(id))
    // Kerning: the difference between the glyph's own advance (its width in the font's /W) and the shaped one.
    const adjust = (face.shaper.glyphAdvance(id) - advances[i]!) * scale
    if (adjust !== 0) parts.push(Math.round(adjust * 100) / 100)
  })
  return {parts, glyphs}
}

/**
 * Embed a (HarfBuzz-subset) TrueType or OpenType face as a Type 0 / CID font, Identity-H, with
 * widths and a ToUnicode map for exactly the glyphs drawn, ligatures included (pdf-lib's own
 * embedder maps only glyphs reachable from the cmap, so ligatures would get no width). Returns
 * the glyphs drawn that stand for no character (ToUnicode leaves them out).
 */
function embedFace(doc: PDFDocument, face: EmbeddedFace): number[] {
  const context = doc.context
  const font = face.font
  const scale = 1000 / font.unitsPerEm!
  const ids = [...face.glyphs.keys()].sort((a, b) => a - b)
  const widths: Array<number | number[]> = []
  let run: number[] = []
  ids.forEach((id, i) => {
    if (i === 0 || id !== ids[i - 1]! + 1) {
      if (run.length) widths.push(run)
      widths.push(id)
      run = []
    }
    run.push(Math.round(face.shaper.glyphAdvance(id) * scale))
  })
  if (run.length) widths.push(run)
  const cff = font.cff
  const fontFile = context.stream(face.deflated, {...(cff ? {Subtype: 'OpenType'} : {Length1: face.bytes.length}), Filter: 'FlateDecode'})
  const fontFileRef = context.register(fontFile)
  const italicAngle = font.italicAngle ?? 0
  const ascent = font.ascent ?? 0
  const italic = italicAngle !== 0
  const fixed = font.isFixedPitch ? 1 : 0
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: face.name,
      Flags: fixed | 32 | (italic ? 64 : 0),
      FontBBox: [font.xMin, font.yMin, font.xMax, font.yMax].map((v) => Math.round((v ?? 0) * scale)),
      ItalicAngle: italicAngle,
      Ascent: Math.round(ascent * scale),
      Descent: Math.round((font.descent ?? 0) * scale),
      CapHeight: Math.round((font.capHeight || ascent) * scale),
      StemV: 80,
      [cff ? 'FontFile3' : 'FontFile2']: fontFileRef
    } as never)
  )
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: cff ? 'CIDFontType0' : 'CIDFontType2',
      BaseFont: face.name,
      CIDSystemInfo: {Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0},
      FontDescriptor: descriptor,
      W: widths,
      ...(cff ? {} : {CIDToGIDMap: 'Identity'})
    } as never)
  )
  const toUnicode = context.register(context.stream(compressed(ascii(toUnicodeCMap(ids, face.glyphs)), face.kept?.store), {Filter: 'FlateDecode'}))
  context.assign(face.ref, context.obj({Type: 'Font', Subtype: 'Type0', BaseFont: face.name, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode} as never))
  // The glyphs drawn that ToUnicode cannot map (the second glyph of a cluster; .notdef is never drawn under PDF/A).
  return ids.filter((id) => id !== 0 && face.glyphs.get(id) === '')
}

function toUnicodeCMap(ids: number[], glyphs: Map<number, string>): string {
  const utf16 = (text: string) => {
    let out = ''
    for (let i = 0; i < text.length; i++) out += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase()
    return out
  }
  const entries = ids.filter((id) => (glyphs.get(id) ?? '') !== '')
  let body = ''
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100)
    body += `${chunk.length} beginbfchar\n${chunk.map((id) => `<${hex4(id)}> <${utf16(glyphs.get(id)!)}>`).join('\n')}\nendbfchar\n`
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${body}endcmap
CMapName currentdict /CIDInit /ProcSet findresource defineresource pop
end
end
`
}

function hex4(id: number): string {
  return id.toString(16).padStart(4, '0').toUpperCase()
}

function num(value: number): PDFNumber {
  return pdfNumber(Math.round(value * 1000) / 1000)
}

function asciiUri(url: string): string {
  return encodeURI(decodeURIOrSame(url))
}

function decodeURIOrSame(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

/** Page labels (PDF 32000-1 §12.4.2): the viewer shows `iii` for a front-matter page, `12` from the first article on. */
function writePageLabels(doc: PDFDocument, layout: Layout): void {
  if (!layout.pageLabels || layout.pageLabels.length === 0) return
  const nums = layout.pageLabels.flatMap((range) => [range.page, doc.context.obj({S: range.style === 'roman' ? 'r' : 'D'})])
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({Nums: nums}))
}

/** The outline (bookmarks) from the headings, nested by depth. */
function writeOutline(doc: PDFDocument, layout: Layout, pages: PDFRef[]): void {
  if (layout.outline.length === 0) return
  const context = doc.context
  interface Node {
    ref: PDFRef
    title: string
    page: number
    y: number
    depth: number
    children: Node[]
  }
  const anchorsY = new Map<string, number>()
  for (const page of layout.pages) for (const item of page.items) if (item.type === 'anchor') anchorsY.set(item.name, item.y)
  const root: Node = {ref: context.nextRef(), title: '', page: 0, y: 0, depth: 0, children: []}
  const stack: Node[] = [root]
  for (const entry of layout.outline) {
    const node: Node = {
      ref: context.nextRef(),
      title: entry.title,
      page: entry.page,
      y: (anchorsY.get(entry.dest) ?? layout.height) + typography.destination.outlineAbove,
      depth: entry.depth,
      children: []
    }
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= entry.depth) stack.pop()
    stack[stack.length - 1]!.children.push(node)
    stack.push(node)
  }
  const count = (node: Node): number => node.children.reduce((s, c) => s + 1 + count(c), 0)
  const write = (node: Node, parent: PDFRef): void => {
    node.children.forEach((child, i) => {
      const dict: Record<string, unknown> = {
        Title: PDFHexString.fromText(child.title),
        Parent: parent,
        Dest: [pages[child.page - 1]!, PDFName.of('XYZ'), PDFNumber.of(0), num(child.y), PDFNumber.of(0)]
      }
      const prev = node.children[i - 1]
      const next = node.children[i + 1]
      if (prev) dict.Prev = prev.ref
      if (next) dict.Next = next.ref
      if (child.children.length > 0) {
        dict.First = child.children[0]!.ref
        dict.Last = child.children[child.children.length - 1]!.ref
        dict.Count = -count(child)
      }
      context.assign(child.ref, context.obj(dict as never))
      write(child, child.ref)
    })
  }
  write(root, root.ref)
  const rootDict = context.obj({Type: 'Outlines', First: root.children[0]!.ref, Last: root.children[root.children.length - 1]!.ref, Count: count(root)} as never) as unknown as PDFDict
  context.assign(root.ref, rootDict)
  doc.catalog.set(PDFName.of('Outlines'), root.ref)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
