import {PDFDict, PDFName, PDFNumber, PDFString, type PDFDocument, type PDFObject, type PDFRef} from 'pdf-lib'
import {NAME, pdfArray, pdfDict, pdfNumber} from './dicts.js'
import type {ContentBuilder} from './content.js'
import type {StructElement} from './types.js'

/** Elements read inside their parent's text (a link, a span in another language), not after it. */
const INLINE = new Set<StructElement['type']>(['Link', 'Span'])

/** A layout without a structure (hand-made in tests) has only the Document: everything it prints is an artifact. */
const NO_STRUCTURE: StructElement[] = [{type: 'Document', parent: -1}]

/**
 * The marked content of one page: each tagged item in a sequence of its own
 * with the next MCID (marked-content identifier), each untagged one as a
 * pagination artifact. `marks[mcid]` is the structure element of MCID.
 */
export class PageMarks {
  readonly marks: number[] = []

  constructor(private readonly structure: readonly StructElement[] = NO_STRUCTURE) {}

  /** Draw `draw` inside the marked-content sequence of `tag` (an artifact when undefined or unknown), read as `actualText` when given. */
  mark(content: ContentBuilder, tag: number | undefined, draw: () => void, actualText?: string): void {
    const element = tag === undefined ? undefined : this.structure[tag]
    if (!element || tag === 0) content.beginMarked('artifact')
    else {
      content.beginMarked({type: element.type, mcid: this.marks.length, ...(actualText === undefined ? {} : {actualText})})
      this.marks.push(tag!)
    }
    draw()
    content.endMarked()
  }
}

/** A link annotation on a page, on the text of structure element `tag`. */
export interface AnnotationLink {
  tag: number
  annot: PDFRef
  page: number
}

/** What a link to a named destination leads to, in words (the annotation's /Contents, read by screen readers). */
export function linkDescription(dest: string): string {
  const note = /^note-(?:a\d+\/)?(.+)$/.exec(dest)
  if (note) return note[1] === '*' ? 'Go to the note on the title' : `Go to note ${note[1]}`
  const ref = /^ref-(?:a\d+\/)?(.+)$/.exec(dest)
  if (ref) return ref[1] === '*' ? 'Back to the title' : `Back to the reference of note ${ref[1]}`
  return 'Go to the section'
}

/**
 * The structure tree (PDF 32000-1 §14.7): one StructElem per element of the
 * layout's structure, its kids its own marked content (MCRs, page by page)
 * then its child elements in reading order; the parent tree that maps each
 * page's MCIDs back to their elements; and in the catalog `/MarkInfo
 * <</Marked true>>` and `/StructTreeRoot`. Pages get `/StructParents` (their
 * index) and `/Tabs /S`.
 */
export function writeStructure(
  doc: PDFDocument,
  structure: readonly StructElement[] | undefined,
  pages: readonly PDFRef[],
  marks: ReadonlyArray<readonly number[]>,
  links: readonly AnnotationLink[] = []
): void {
  const elements = structure ?? NO_STRUCTURE
  const context = doc.context
  const root = context.nextRef()
  const refs = elements.map(() => context.nextRef())
  const kids: PDFObject[][] = elements.map(() => [])
  // An inline element (a Link) stands among its parent's content where its own content starts.
  const placed = new Set<number>()
  const place = (index: number): void => {
    const element = elements[index]!
    if (placed.has(index) || !INLINE.has(element.type)) return
    placed.add(index)
    place(element.parent)
    kids[element.parent]!.push(refs[index]!)
  }
  marks.forEach((pageMarks, page) => {
    pageMarks.forEach((element, mcid) => {
      place(element)
      kids[element]!.push(
        pdfDict(context, [
          [NAME.Type, NAME.MCR],
          [NAME.Pg, pages[page]!],
          [NAME.MCID, pdfNumber(mcid)]
        ])
      )
    })
  })
  // A label (a note's number) is read before its element's text; other children after it.
  elements.forEach((element, index) => {
    if (element.parent < 0 || placed.has(index)) return
    if (element.type === 'Lbl') kids[element.parent]!.unshift(refs[index]!)
    else kids[element.parent]!.push(refs[index]!)
  })
  // Each link annotation, as an object reference: in the Link element of its text, after the text;
  // a link without one (the contents' lines) gets a Link of its own after the text of its element.
  const linkRefs = links.map((link) => {
    const objr = pdfDict(context, [
      [NAME.Type, NAME.OBJR],
      [NAME.Obj, link.annot],
      [NAME.Pg, pages[link.page]!]
    ])
    if (elements[link.tag]?.type === 'Link') {
      kids[link.tag]!.push(objr)
      return refs[link.tag]!
    }
    const ref = context.nextRef()
    const parent = refs[link.tag] ?? refs[0]!
    context.assign(
      ref,
      pdfDict(context, [
        [NAME.Type, NAME.StructElem],
        [NAME.S, NAME.Link],
        [NAME.P, parent],
        [NAME.K, pdfArray(context, [objr])]
      ])
    )
    kids[elements[link.tag] ? link.tag : 0]!.push(ref)
    return ref
  })
  const types = new Map<string, PDFName>()
  elements.forEach((element, index) => {
    const type = types.get(element.type) ?? types.set(element.type, PDFName.of(element.type)).get(element.type)!
    const entries: Array<[PDFName, PDFObject]> = [
      [NAME.Type, NAME.StructElem],
      [NAME.S, type],
      [NAME.P, element.parent >= 0 ? refs[element.parent]! : root],
      [NAME.K, pdfArray(context, kids[index]!)]
    ]
    if (element.alt !== undefined) entries.push([PDFName.of('Alt'), PDFString.of(element.alt)])
    if (element.lang !== undefined) entries.push([PDFName.of('Lang'), PDFString.of(element.lang)])
    // A header cell heads its column (the first row of a Markdown table).
    if (element.type === 'TH') entries.push([NAME.A, context.obj({O: 'Table', Scope: 'Column'})])
    context.assign(refs[index]!, pdfDict(context, entries))
  })
  const nums: PDFObject[] = []
  marks.forEach((pageMarks, page) =>
    nums.push(
      pdfNumber(page),
      pdfArray(
        context,
        pageMarks.map((element) => refs[element]!)
      )
    )
  )
  // An annotation's /StructParent is its key in the parent tree, after the pages'.
  links.forEach((link, k) => {
    const key = marks.length + k
    nums.push(pdfNumber(key), linkRefs[k]!)
    context.lookup(link.annot, PDFDict).set(NAME.StructParent, pdfNumber(key))
  })
  context.assign(root, context.obj({Type: 'StructTreeRoot', K: refs[0]!, ParentTree: context.obj({Nums: nums as never}), ParentTreeNextKey: PDFNumber.of(marks.length + links.length)} as never))
  doc.catalog.set(PDFName.of('StructTreeRoot'), root)
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({Marked: true}))
  pages.forEach((ref, page) => {
    const node = context.lookup(ref, PDFDict)
    node.set(NAME.StructParents, pdfNumber(page))
    node.set(NAME.Tabs, NAME.S)
  })
}
