import {describe, expect, test} from 'vitest'
import {fromHtml} from 'hast-util-from-html'
import type {Element, Root as HastRoot} from 'hast'
import {accessibilityMetadata, renderEpub, toXhtml} from '../src/index.js'
import {noteTable} from '@octavo/tree'
import {entry, md} from './helpers.js'
import {scholarlyTree} from './trees.js'

const modified = new Date('2026-11-28T09:30:00Z')

/** Local file headers of a zip, in order: name, method, DOS time/date, extra length, data. */
function localHeaders(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const headers: Array<{name: string; method: number; time: number; date: number; extra: number; data: Uint8Array}> = []
  let offset = 0
  while (view.getUint32(offset, true) === 0x04034b50) {
    const method = view.getUint16(offset + 8, true)
    const time = view.getUint16(offset + 10, true)
    const date = view.getUint16(offset + 12, true)
    const size = view.getUint32(offset + 18, true)
    const nameLength = view.getUint16(offset + 26, true)
    const extra = view.getUint16(offset + 28, true)
    const name = new TextDecoder().decode(zip.subarray(offset + 30, offset + 30 + nameLength))
    const start = offset + 30 + nameLength + extra
    headers.push({name, method, time, date, extra, data: zip.subarray(start, start + size)})
    offset = start + size
  }
  return headers
}

function elements(tree: HastRoot | Element, test: (node: Element) => boolean): Element[] {
  const found: Element[] = []
  const walk = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type === 'element') {
        if (test(child)) found.push(child)
        walk(child)
      }
    }
  }
  walk(tree)
  return found
}

describe('the container', () => {
  const {epub, diagnostics} = renderEpub(scholarlyTree(), {modified})

  test('mimetype is the first entry, stored, without extra field', () => {
    const [first] = localHeaders(epub)
    expect(first?.name).toBe('mimetype')
    expect(first?.method).toBe(0)
    expect(first?.extra).toBe(0)
    expect(new TextDecoder().decode(first?.data)).toBe('application/epub+zip')
    expect(new TextDecoder().decode(epub.subarray(30, 38))).toBe('mimetype')
  })

  test('fixed entry order, every other entry deflated, one timestamp from `modified` (UTC)', () => {
    const headers = localHeaders(epub)
    expect(headers.map((h) => h.name)).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'OEBPS/content.opf',
      'OEBPS/nav.xhtml',
      'OEBPS/toc.ncx',
      'OEBPS/css/book.css',
      'OEBPS/cover.xhtml',
      'OEBPS/content.xhtml'
    ])
    expect(headers.slice(1).every((h) => h.method === 8)).toBe(true)
    // DOS date/time of 2026-11-28 09:30:00
    const dosDate = ((2026 - 1980) << 9) | (11 << 5) | 28
    const dosTime = (9 << 11) | (30 << 5)
    expect(new Set(headers.map((h) => h.date))).toEqual(new Set([dosDate]))
    expect(new Set(headers.map((h) => h.time))).toEqual(new Set([dosTime]))
  })

  test('a valid tree gives no diagnostics (a lost note is the reader\u2019s warning, not ours)', () => {
    expect(diagnostics).toEqual([])
  })

  test('two builds give identical bytes, whatever the time zone', () => {
    const saved = process.env['TZ']
    try {
      process.env['TZ'] = 'UTC'
      const a = renderEpub(scholarlyTree(), {modified}).epub
      process.env['TZ'] = 'Pacific/Kiritimati'
      const b = renderEpub(scholarlyTree(), {modified}).epub
      process.env['TZ'] = 'America/Los_Angeles'
      const c = renderEpub(scholarlyTree(), {modified}).epub
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
      expect(Buffer.from(a).equals(Buffer.from(c))).toBe(true)
      expect(Buffer.from(a).equals(Buffer.from(epub))).toBe(true)
    } finally {
      if (saved === undefined) delete process.env['TZ']
      else process.env['TZ'] = saved
    }
  })

  test('the tree is not changed (the CLI renders the PDF from the same tree)', () => {
    const tree = scholarlyTree()
    const before = structuredClone(tree)
    renderEpub(tree, {modified, notes: 'endnotes'})
    renderEpub(tree, {modified})
    expect(tree).toEqual(before)
  })

  test('container.xml points at the package document', () => {
    expect(entry(epub, 'META-INF/container.xml')).toContain('<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>')
  })
})

describe('the package document', () => {
  const {epub} = renderEpub(scholarlyTree(), {modified})
  const opf = entry(epub, 'OEBPS/content.opf')

  test('Dublin Core metadata from root.data.meta, escaped', () => {
    expect(opf).toContain('<dc:title id="title">Relations &#x26; Policy, 1950–1962</dc:title>')
    expect(opf).toContain('<dc:title id="subtitle">A &#x3C;Study></dc:title>')
    expect(opf).toContain('<dc:creator id="creator1">Zhihua Shen</dc:creator>')
    expect(opf).toContain('<meta refines="#creator1" property="file-as">Shen, Zhihua</meta>')
    expect(opf).toContain('<dc:creator id="creator2">Yafeng Xia</dc:creator>')
    expect(opf).toContain('<dc:language>en</dc:language>')
    expect(opf).toContain('<dc:date>2014</dc:date>')
    expect(opf).toContain('<dc:identifier id="doi">urn:doi:10.1162/JCWS_a_00515</dc:identifier>')
    expect(opf).toContain('<dc:description>The abstract of the article.</dc:description>')
    expect(opf).toContain('<meta property="dcterms:modified">2026-11-28T09:30:00Z</meta>')
  })

  test.each(accessibilityMetadata.map(([property, value]) => [property, value]))('accessibility: %s', (property, value) => {
    expect(opf).toContain(`<meta property="${property}">${value}</meta>`)
  })

  test('the identifier is a UUID derived from the content: stable, content-sensitive, date-independent', () => {
    const id = /<dc:identifier id="uid">urn:uuid:([0-9a-f-]{36})<\/dc:identifier>/.exec(opf)?.[1]
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const later = entry(renderEpub(scholarlyTree(), {modified: new Date('2030-01-01T00:00:00Z')}).epub, 'OEBPS/content.opf')
    expect(later).toContain(`urn:uuid:${id}`)
    const changed = scholarlyTree()
    changed.children.push({type: 'paragraph', children: [{type: 'text', value: 'One more line.'}]})
    expect(entry(renderEpub(changed, {modified}).epub, 'OEBPS/content.opf')).not.toContain(`urn:uuid:${id}`)
    expect(entry(epub, 'OEBPS/toc.ncx')).toContain(`<meta name="dtb:uid" content="urn:uuid:${id}"/>`)
  })

  test('manifest and spine', () => {
    expect(opf).toContain('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>')
    expect(opf).toMatch(/<spine toc="ncx">\s*<itemref idref="cover"\/>\s*<itemref idref="content"\/>/)
  })

  test('an invalid `modified` is an error diagnostic, not an exception', () => {
    const result = renderEpub(scholarlyTree(), {modified: new Date('not a date')})
    expect(result.diagnostics.map((d) => d.severity)).toContain('error')
    expect(entry(result.epub, 'OEBPS/content.opf')).toContain('<meta property="dcterms:modified">1980-01-01T00:00:00Z</meta>')
  })
})

describe('navigation', () => {
  const {epub} = renderEpub(scholarlyTree(), {modified})

  test('nav.xhtml: nested table of contents from the headings, and landmarks', () => {
    const nav = entry(epub, 'OEBPS/nav.xhtml')
    const tree = fromHtml(nav)
    const toc = elements(tree, (e) => e.tagName === 'nav' && e.properties['id'] === 'toc')[0]
    expect(toc).toBeDefined()
    const links = elements(toc as Element, (e) => e.tagName === 'a').map((a) => [a.properties['href'], textContent(a)])
    expect(links).toEqual([
      ['content.xhtml', 'Relations & Policy, 1950–1962'],
      ['content.xhtml#introduction', 'Introduction'],
      ['content.xhtml#a-subsection', 'A subsection'],
      ['content.xhtml#bibliography', 'Bibliography']
    ])
    // "A subsection" is nested under "Introduction".
    expect(nav).toMatch(/Introduction<\/a>\s*<ol>\s*<li>\s*<a href="content.xhtml#a-subsection">/)
    expect(nav).toContain('<a epub:type="bibliography" href="content.xhtml#bibliography">')
    expect(nav).toContain('<nav epub:type="landmarks" id="landmarks" hidden="hidden">')
  })

  test('toc.ncx mirrors it with play order', () => {
    const ncx = entry(epub, 'OEBPS/toc.ncx')
    expect([...ncx.matchAll(/playOrder="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4'])
    expect(ncx).toContain('<content src="content.xhtml#a-subsection"/>')
    expect(ncx).toContain('<meta name="dtb:depth" content="2"/>')
  })

  test('the cover page has title and authors', () => {
    const cover = entry(epub, 'OEBPS/cover.xhtml')
    expect(cover).toContain('<h1 class="cover-title">Relations &#x26; Policy, 1950–1962</h1>')
    expect(cover).toContain('<p class="cover-authors">Zhihua Shen and Yafeng Xia</p>')
  })

  test('the built-in stylesheet, or the one given', () => {
    expect(entry(epub, 'OEBPS/css/book.css')).toMatch(/hyphens: auto/)
    expect(entry(renderEpub(scholarlyTree(), {modified, css: 'p { color: black }'}).epub, 'OEBPS/css/book.css')).toBe('p { color: black }')
  })
})

function textContent(node: Element | HastRoot): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textContent(c) : '')).join('')
}

describe('notes', () => {
  test('footnotes: noterefs, asides after their first reference, missing note, title note', () => {
    const {xhtml} = toXhtml(scholarlyTree())
    const tree = fromHtml(xhtml)
    const refs = elements(tree, (e) => e.properties['epub:type'] === 'noteref')
    expect(refs.map((a) => a.properties['id'])).toEqual(['fnref-title', 'fnref1', 'fnref2', 'fnref3', 'fnref1-2', 'fnref4'])
    expect(refs.map((a) => a.properties['href'])).toEqual(['#fn-title', '#fn1', '#fn2', '#fn3', '#fn1', '#fn4'])
    const asides = elements(tree, (e) => e.tagName === 'aside')
    expect(asides.map((a) => [a.properties['id'], a.properties['epub:type'], a.properties['role']])).toEqual([
      ['fn-title', 'footnote', 'doc-footnote'],
      ['fn1', 'footnote', 'doc-footnote'],
      ['fn2', 'footnote', 'doc-footnote'],
      ['fn3', 'footnote', 'doc-footnote'],
      ['fn4', 'footnote', 'doc-footnote']
    ])
    expect(textContent(asides[3] as Element).trim()).toBe('3. [note missing in the source]')
    const backlinks = elements(asides[1] as Element, (e) => e.properties['role'] === 'doc-backlink').map((a) => a.properties['href'])
    expect(backlinks).toEqual(['#fnref1', '#fnref1-2'])
    expect(xhtml).toContain('<h1 class="title">Relations &#x26; Policy, 1950–1962<sup class="noteref"><a epub:type="noteref" role="doc-noteref" href="#fn-title" id="fnref-title">*</a></sup></h1>')
    // The aside of note 1 follows the paragraph of its first reference.
    expect(xhtml).toMatch(/It changed again\.<sup[^]*?<\/p>\s*<aside id="fn1"/)
  })

  test('endnotes: one endnotes section, notes in number order', () => {
    const {xhtml, toc} = toXhtml(scholarlyTree(), {notes: 'endnotes'})
    const tree = fromHtml(xhtml)
    expect(elements(tree, (e) => e.tagName === 'aside')).toEqual([])
    const section = elements(tree, (e) => e.properties['epub:type'] === 'endnotes')
    expect(section).toHaveLength(1)
    expect(section[0]?.properties['role']).toBe('doc-endnotes')
    const items = elements(section[0] as Element, (e) => e.tagName === 'li')
    expect(items.map((li) => li.properties['id'])).toEqual(['fn-title', 'fn1', 'fn2', 'fn3', 'fn4'])
    expect(toc.map((e) => e.id)).toEqual(['introduction', 'bibliography', 'endnotes'])
  })

  test('Markdown notes are numbered by first reference; every reference id is unique', () => {
    const {xhtml} = toXhtml(md('B[^b] then A[^a] then B again[^b] and B[^b].\n\n[^a]: Note A.\n\n[^b]: Note B.\n'))
    const tree = fromHtml(xhtml)
    const refs = elements(tree, (e) => e.properties['epub:type'] === 'noteref')
    expect(refs.map((a) => [a.properties['id'], textContent(a)])).toEqual([
      ['fnref1', '1'],
      ['fnref2', '2'],
      ['fnref1-2', '1'],
      ['fnref1-3', '1']
    ])
    expect(xhtml).toMatch(/<aside id="fn1"[^>]*>\s*<p><a href="#fnref1" role="doc-backlink" class="note-label">1\.<\/a> Note B\./)
  })

  test('a reference without a note is printed as missing, a note without a reference after the others; the parser reports both, not the renderer', () => {
    const tree = scholarlyTree()
    tree.children.push(
      {type: 'paragraph', children: [{type: 'footnoteReference', identifier: '99', label: '99'}]},
      {type: 'footnoteDefinition', identifier: 'orphan', children: [{type: 'paragraph', children: [{type: 'text', value: 'Orphan.'}]}]}
    )
    const {xhtml, diagnostics} = toXhtml(tree)
    // One warning per problem per build: the note table's, reported by the parser (here, by hand).
    expect(diagnostics).toEqual([])
    expect(noteTable(tree).problems.map((d) => d.message)).toEqual(['note [^orphan] is never referenced', 'note reference [^99] has no note; it is printed as missing'])
    expect(xhtml).toMatch(/<aside id="fn5"[^>]*>\s*<p class="note-missing"><a href="#fnref5" role="doc-backlink" class="note-label">5\.<\/a> \[note missing in the source\]/)
    expect(xhtml).toMatch(/<aside id="fn6"[^>]*>\s*<p><span class="note-label">6\.<\/span> Orphan\./)
  })
})
