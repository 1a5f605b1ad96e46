/**
 * A document's pages made directly (issue 16). pdf-lib's `addPage([width, height])` makes each
 * page A4 and then sets its size (looking up its five boxes), appends it to the page tree (its
 * `Count` made again for every page) and wraps it in a `PDFPage` (a colour made for each); the
 * first content stream added to it then "normalizes" it (five look-ups, its `Font`, `XObject`
 * and `ExtGState` dictionaries and `Annots` array made empty through `context.obj`). A volume has
 * a thousand pages. Here the pages' references are taken in the same order (`reservePages`, so
 * every object keeps its number) and each page's dictionary is made once, whole, when its page is
 * written (`pageLeaf`): the same entries in the same order with the same values, the same bytes.
 */
import {PDFDict, PDFName, PDFNumber, PDFPageLeaf} from 'pdf-lib'
import type {PDFContext, PDFDocument, PDFObject, PDFRef} from 'pdf-lib'
import {pdfArray, pdfDict} from './dicts.js'

const NAMES = {
  Annots: PDFName.of('Annots'),
  Contents: PDFName.of('Contents'),
  Count: PDFName.of('Count'),
  ExtGState: PDFName.of('ExtGState'),
  Font: PDFName.of('Font'),
  MediaBox: PDFName.of('MediaBox'),
  Page: PDFName.of('Page'),
  Parent: PDFName.of('Parent'),
  Resources: PDFName.of('Resources'),
  Type: PDFName.of('Type'),
  XObject: PDFName.of('XObject')
} as const

/** The pages of a document: their references in order and the page tree they are the kids of. */
export interface ReservedPages {
  refs: PDFRef[]
  parent: PDFRef
}

/**
 * `count` pages' references, taken one after another as `addPage` takes them, put in the
 * document's page tree as its kids (flat, as pdf-lib appends them) with its `Count`. Each page's
 * dictionary is assigned by `pageLeaf`.
 */
export function reservePages(doc: PDFDocument, count: number): ReservedPages {
  const refs: PDFRef[] = []
  for (let n = 0; n < count; n++) refs.push(doc.context.nextRef())
  const tree = doc.catalog.Pages()
  const kids = tree.Kids()
  for (const ref of refs) kids.push(ref)
  if (count > 0) tree.set(NAMES.Count, PDFNumber.of(tree.Count().asNumber() + count))
  return {refs, parent: doc.catalog.get(PDFName.of('Pages')) as PDFRef}
}

/** What one page's dictionary holds: its size, its content stream, its fonts and images by resource name, its annotations. */
export interface PageEntries {
  width: number
  height: number
  contents: PDFRef
  fonts: ReadonlyMap<string, PDFRef>
  images: ReadonlyMap<string, PDFRef>
  annots: readonly PDFRef[]
}

/**
 * A page's dictionary as pdf-lib's `addPage` and `addContentStream` leave it and the writer then
 * fills it: `Type`, `Parent`, `Resources` (`Font`, `XObject`, `ExtGState`, empty when none),
 * `MediaBox`, `Annots` (empty when none), `Contents`.
 */
export function pageLeaf(context: PDFContext, parent: PDFRef, page: PageEntries): PDFPageLeaf {
  const resources = pdfDict(context, [
    [NAMES.Font, named(context, page.fonts)],
    [NAMES.XObject, named(context, page.images)],
    [NAMES.ExtGState, PDFDict.withContext(context)]
  ])
  const entries = new Map<PDFName, PDFObject>([
    [NAMES.Type, NAMES.Page],
    [NAMES.Parent, parent],
    [NAMES.Resources, resources],
    [NAMES.MediaBox, context.obj([0, 0, page.width, page.height])],
    [NAMES.Annots, pdfArray(context, page.annots)],
    [NAMES.Contents, pdfArray(context, [page.contents])]
  ])
  return PDFPageLeaf.fromMapWithContext(entries, context, false)
}

/** A dictionary of references by name, in their order (as `context.obj` makes it from an object). */
function named(context: PDFContext, refs: ReadonlyMap<string, PDFRef>): PDFDict {
  return pdfDict(
    context,
    [...refs].map(([name, ref]) => [PDFName.of(name), ref] as const)
  )
}
