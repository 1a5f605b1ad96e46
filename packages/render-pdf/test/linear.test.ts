/**
 * Work that grows linearly with the document (issue 18), counted, never timed: each case names
 * what was quadratic before.
 */
import {describe, expect, it} from 'vitest'
import {PDFDocument, PDFPageLeaf} from 'pdf-lib'

describe('linear work in writing a PDF', () => {
  it('appending a page looks up a constant number of objects (about 30), not every page before it (patches/pdf-lib+1.17.1.patch)', async () => {
    const doc = await PDFDocument.create()
    const context = doc.context
    const lookup = context.lookup.bind(context)
    let lookups = 0
    context.lookup = ((...args: Parameters<typeof lookup>) => {
      lookups++
      return lookup(...args)
    }) as typeof context.lookup
    const n = 3000
    // Each page a size of its own, to see their order.
    for (let i = 0; i < n; i++) doc.addPage([100 + i, 200])
    // Before: pdf-lib's insertLeafNode looked up every kid to find the end, n²/2 lookups (4.5 million).
    expect(lookups).toBeLessThan(100 * n)
    const kids = doc.catalog
      .Pages()
      .Kids()
      .asArray()
      .map((ref) => lookup(ref))
    expect(kids.every((kid) => kid instanceof PDFPageLeaf)).toBe(true)
    const reread = await PDFDocument.load(await doc.save())
    expect(reread.getPageCount()).toBe(n)
    expect(reread.getPages().map((page) => page.getWidth())).toEqual(Array.from({length: n}, (_, i) => 100 + i))
  })

  it('inserting before the end still walks the tree: a page inserted first and in the middle lands there', async () => {
    const doc = await PDFDocument.create()
    for (let i = 0; i < 5; i++) doc.addPage([100 + i, 200])
    doc.insertPage(0, [50, 200])
    doc.insertPage(3, [70, 200])
    expect(doc.getPages().map((page) => page.getWidth())).toEqual([50, 100, 101, 70, 102, 103, 104])
  })
})
