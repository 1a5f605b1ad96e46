import {describe, expect, test} from 'vitest'
import {renderEpub} from '../src/index.js'
import {entry, epubcheck, epubcheckAvailable, unzipText} from './helpers.js'
import {volumeTree} from './trees.js'

const modified = new Date('2026-11-28T00:00:00Z')

describe('a volume (octavo reader): one content document per article', () => {
  const {epub, diagnostics} = renderEpub(volumeTree(), {modified})
  const names = unzipText(epub).map(([name]) => name)

  test('files: one per article (named by the article id), one for the combined bibliography', () => {
    expect(diagnostics).toEqual([])
    expect(names).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'OEBPS/content.opf',
      'OEBPS/nav.xhtml',
      'OEBPS/toc.ncx',
      'OEBPS/css/book.css',
      'OEBPS/cover.xhtml',
      'OEBPS/titlepage.xhtml',
      'OEBPS/a01-koreans.xhtml',
      'OEBPS/title.xhtml',
      'OEBPS/matter-1.xhtml'
    ])
    const opf = entry(epub, 'OEBPS/content.opf')
    expect(opf).toMatch(/<itemref idref="cover"\/>\s*<itemref idref="titlepage"\/>\s*<itemref idref="doc-a01-koreans"\/>\s*<itemref idref="doc-title"\/>\s*<itemref idref="doc-matter-1"\/>/)
  })

  test('each article numbers its notes afresh, with its own title block', () => {
    const a = entry(epub, 'OEBPS/a01-koreans.xhtml')
    const b = entry(epub, 'OEBPS/title.xhtml')
    expect(a).toContain('<h1 class="title">Relations &#x26; Policy, 1950–1962<sup class="noteref">')
    expect(a).toContain('<aside id="a01-koreans-fn1"')
    expect(b).toContain('<h1 class="title">A Second Article</h1>')
    expect(b).toMatch(
      /<aside id="title-fn1" class="footnote" epub:type="footnote" role="doc-footnote">\s*<p><a href="#title-fnref1" role="doc-backlink" class="note-label">1\.<\/a> Note one of the second article\./
    )
    const back = entry(epub, 'OEBPS/matter-1.xhtml')
    expect(back).not.toContain('title-block')
    expect(back).toContain('<h2>Combined Bibliography</h2>')
  })

  test('volume metadata: title, editors, contributors, course and term', () => {
    const opf = entry(epub, 'OEBPS/content.opf')
    expect(opf).toContain('<dc:title id="title">HIST 390 Reader</dc:title>')
    expect(opf).toContain('<dc:creator id="editor1">Richard Roe</dc:creator>')
    expect(opf).toContain('<meta refines="#editor1" property="role" scheme="marc:relators">edt</meta>')
    expect(opf).toContain('<dc:contributor id="contributor1">Zhihua Shen</dc:contributor>')
    expect(opf).toContain('<dc:contributor id="contributor3">Jane Doe</dc:contributor>')
    expect(opf).toContain('<dc:source>HIST 390, Spring 2027</dc:source>')
    const cover = entry(epub, 'OEBPS/cover.xhtml')
    expect(cover).toContain('<p class="cover-authors">Edited by Richard Roe</p>')
  })

  test('the table of contents nests each article’s sections under its title', () => {
    const nav = entry(epub, 'OEBPS/nav.xhtml')
    const links = [...nav.matchAll(/<a href="([^"]+)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]])
    expect(links).toEqual([
      ['a01-koreans.xhtml', 'Relations &#x26; Policy, 1950–1962'],
      ['a01-koreans.xhtml#a01-koreans-introduction', 'Introduction'],
      ['a01-koreans.xhtml#a01-koreans-a-subsection', 'A subsection'],
      ['a01-koreans.xhtml#a01-koreans-bibliography', 'Bibliography'],
      ['title.xhtml', 'A Second Article'],
      ['title.xhtml#title-introduction', 'Introduction'],
      ['matter-1.xhtml#bibliography', 'Combined Bibliography']
    ])
    expect(nav).toMatch(/1950–1962<\/a>\s*<ol>\s*<li>\s*<a href="a01-koreans.xhtml#a01-koreans-introduction">/)
    expect(nav).toContain('<a epub:type="bodymatter" href="a01-koreans.xhtml">')
    expect(nav).toContain('<a epub:type="bibliography" href="matter-1.xhtml#bibliography">')
    const ncx = entry(epub, 'OEBPS/toc.ncx')
    expect([...ncx.matchAll(/playOrder="(\d+)"/g)]).toHaveLength(7)
    expect(ncx).toContain('<meta name="dtb:depth" content="3"/>')
  })
})

describe("a volume's credits (back matter): each article's source and licence", () => {
  const tree = volumeTree()
  const credits = {
    type: 'credits' as const,
    children: [
      {
        type: 'paragraph' as const,
        children: [
          {type: 'emphasis' as const, children: [{type: 'text' as const, value: 'A Second Article'}]},
          {type: 'text' as const, value: '. Jane Doe. License: CC BY 4.0.'}
        ]
      }
    ]
  }
  tree.children.push(credits)
  const {epub, diagnostics} = renderEpub(tree, {modified})

  test('a section of its own after the combined bibliography, headed in the volume’s language, in the contents', () => {
    expect(diagnostics).toEqual([])
    const back = entry(epub, 'OEBPS/matter-1.xhtml')
    expect(back).toMatch(/<section class="credits" id="credits" epub:type="credits" role="doc-credits">\s*<h2>Credits<\/h2>\s*<p><em>A Second Article<\/em>\. Jane Doe\. License: CC BY 4\.0\.<\/p>/)
    expect(back.indexOf('Combined Bibliography')).toBeLessThan(back.indexOf('Credits'))
    expect(entry(epub, 'OEBPS/nav.xhtml')).toContain('<a href="matter-1.xhtml#credits">Credits</a>')
    const french = renderEpub({...tree, data: {...tree.data, meta: {...tree.data?.meta, lang: 'fr'}}}, {modified}).epub
    expect(entry(french, 'OEBPS/matter-1.xhtml')).toContain('<h2>Crédits</h2>')
  })

  test.skipIf(!epubcheckAvailable())('EPUBCheck: 0 fatals, 0 errors, 0 warnings', {tags: ['browser']}, async () => {
    const [report] = await epubcheck([['volume-credits', epub]])
    expect(report, report?.output).toMatchObject({fatals: 0, errors: 0, warnings: 0})
  })
})
