// @module-tag corpus
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {describe, expect, test} from 'vitest'
import type {Nodes, Root, RootContent} from 'mdast'
import type {Element, Nodes as HastNodes} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {Article} from '@octavo/parser'
import {bibliographyNode, mergeItems, processCitations} from '@octavo/citations'
import {missingNoteText, renderEpub, type NotesMode} from '../src/index.js'
import {entry, epubcheck, epubcheckAvailable, md, realArticle, realLesson, unzipText} from './helpers.js'

/**
 * A volume bound from real articles the way `apps/cli/src/lib/reader.ts`
 * binds them: the real plain-text article with its metadata, our Markdown
 * example and two Programming Historian lessons (one in French), each parsed,
 * run through `@octavo/citations`, wrapped in an `article` node with its own
 * bibliography, then the combined bibliography.
 */
const modified = new Date('2026-11-28T00:00:00Z')
const style = readFileSync(createRequire(import.meta.url).resolve('@octavo/citations/styles/chicago-notes-bibliography.csl'), 'utf8')

interface Source {
  id: string
  file: string
  tree: () => Root
}
const sources: Source[] = [
  {id: 'a01-koreans-1950-1962', file: 'corpus/koreans-1950-1962.txt', tree: realArticle},
  {id: 'a02-course-packs', file: 'examples/course-packs.md', tree: () => md(readFileSync(new URL('../../../examples/course-packs.md', import.meta.url), 'utf8'))},
  {id: 'a03-ph-linear-regression', file: 'corpus/real/ph-linear-regression.md', tree: () => realLesson('ph-linear-regression')},
  // The lesson does not name its language (test/NOTES.md); a reader's metadata file would say it.
  {id: 'a04-ph-fr-transcription', file: 'corpus/real/ph-fr-transcription-graphies-non-latines.md', tree: () => withLang(realLesson('ph-fr-transcription-graphies-non-latines'), 'fr')}
]

function withLang(tree: Root, lang: string): Root {
  tree.data = {...tree.data, meta: {...tree.data?.meta, lang}}
  return tree
}

function buildVolume(): {volume: Root; articles: Article[]} {
  const prepared = sources.map((source) => {
    const tree = source.tree()
    const {items} = processCitations(tree, {style})
    return {source, tree, items}
  })
  const articles = prepared.map(({source, tree, items}): Article => {
    const children: RootContent[] = [...tree.children]
    if (items.length > 0) children.push(bibliographyNode(items, {style, title: 'Bibliography'}))
    return {type: 'article', children, data: {meta: tree.data?.meta ?? {}, id: source.id, file: source.file}}
  })
  const merged = mergeItems(prepared.map(({items}) => items))
  const volume: Root = {
    type: 'root',
    data: {
      meta: {
        title: 'Copies, Archives, Code',
        subtitle: 'A Course Reader',
        editor: [
          {family: 'Roe', given: 'Richard'},
          {family: 'Moe', given: 'Mia'}
        ],
        course: 'HIST 390',
        term: 'Spring 2027',
        lang: 'en'
      },
      volume: {rectoStarts: false, bibliography: 'both'}
    },
    children: [...articles, bibliographyNode(merged.items, {style, title: 'Combined Bibliography'})]
  }
  return {volume, articles}
}

/** The text of an mdast node. */
function mdText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as Nodes[]).map(mdText).join('')
  return ''
}
/** The text of a hast node, noterefs and back-links left out. */
function htmlText(node: HastNodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' && (node.properties['role'] === 'doc-backlink' || node.properties['role'] === 'doc-noteref')) return ''
  if ('children' in node) return (node.children as HastNodes[]).map(htmlText).join('')
  return ''
}
const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim()

function elements(root: HastNodes, test: (e: Element) => boolean): Element[] {
  const out: Element[] = []
  const walk = (node: HastNodes): void => {
    if (node.type === 'element' && test(node)) out.push(node)
    if ('children' in node) for (const child of node.children as HastNodes[]) walk(child)
  }
  walk(root)
  return out
}

/** The footnote definitions of an article, by number. */
function definitionsOf(article: Article): Map<number, Nodes> {
  const found = new Map<number, Nodes>()
  const walk = (node: Nodes): void => {
    if (node.type === 'footnoteDefinition' && typeof node.data?.number === 'number') found.set(node.data.number, node)
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child)
  }
  walk(article)
  return found
}

describe.each(['footnotes', 'endnotes'] as NotesMode[])('a volume of four real articles (%s)', (notes) => {
  const {volume, articles} = buildVolume()
  const {epub, diagnostics} = renderEpub(volume, {modified, notes})
  const files = unzipText(epub)
  const stems = sources.map((source) => source.id)

  test('one chapter per article, in spine order, after the cover and the title page; the combined bibliography last', () => {
    expect(files.map(([name]) => name)).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'OEBPS/content.opf',
      'OEBPS/nav.xhtml',
      'OEBPS/toc.ncx',
      'OEBPS/css/book.css',
      'OEBPS/cover.xhtml',
      'OEBPS/titlepage.xhtml',
      ...stems.map((stem) => `OEBPS/${stem}.xhtml`),
      'OEBPS/matter-1.xhtml'
    ])
    const opf = entry(epub, 'OEBPS/content.opf')
    const spine = [...opf.matchAll(/<itemref idref="([^"]+)"( linear="no")?\/>/g)].map((m) => m[1])
    expect(spine).toEqual(['cover', 'titlepage', ...stems.map((stem) => `doc-${stem}`), 'doc-matter-1', 'nav'])
    // Each chapter opens with its own article's title block.
    for (const [i, article] of articles.entries()) {
      const xhtml = entry(epub, `OEBPS/${stems[i]}.xhtml`)
      const h1 = elements(fromHtml(xhtml), (e) => e.tagName === 'h1')
      expect(h1).toHaveLength(1)
      expect(squeeze(htmlText(h1[0] as Element))).toBe(squeeze(String(article.data?.meta?.title)))
    }
    // The French lesson is marked French inside an English volume.
    expect(entry(epub, `OEBPS/${stems[3]}.xhtml`)).toContain('xml:lang="fr"')
    expect(opf).toContain('<dc:language>en</dc:language>')
  })

  test('every noteref resolves to the note of its own article, with the text of that article’s definition', () => {
    let total = 0
    for (const [i, article] of articles.entries()) {
      const prefix = `${stems[i]}-`
      const doc = fromHtml(entry(epub, `OEBPS/${stems[i]}.xhtml`))
      const byId = new Map(elements(doc, (e) => typeof e.properties['id'] === 'string').map((e) => [String(e.properties['id']), e]))
      const refs = elements(doc, (e) => e.tagName === 'a' && e.properties['role'] === 'doc-noteref')
      const definitions = definitionsOf(article)
      const numbered = new Set<number>()
      for (const ref of refs) {
        const href = String(ref.properties['href'])
        const number = Number(squeeze(htmlText({...ref, properties: {}})))
        if (href === `#${prefix}fn-title`) continue
        expect(href).toBe(`#${prefix}fn${number}`)
        const note = byId.get(href.slice(1))
        expect(note, `${stems[i]}: ${href}`).toBeDefined()
        expect(note?.properties['epub:type']).toBe(notes === 'footnotes' ? 'footnote' : 'endnote')
        const definition = definitions.get(number)
        expect(definition, `${stems[i]}: note ${number} defined in the article`).toBeDefined()
        const shown = squeeze(htmlText(note as Element)).replace(/^\d+\.\s*/, '')
        const own = squeeze(mdText(definition as Nodes))
        if (own === '') expect(shown).toBe(missingNoteText)
        else expect(shown.slice(0, 12), `${stems[i]}: note ${number}`).toBe(own.slice(0, 12))
        numbered.add(number)
        total++
      }
      // Every defined note is referenced and printed (no note of another article leaks in).
      expect(
        [...numbered].sort((a, b) => a - b),
        stems[i]
      ).toEqual([...definitions.keys()].filter((n) => !isUnreferenced(article, n)).sort((a, b) => a - b))
      const asides = elements(doc, (e) => /^(?:footnote|endnote)$/.test(String(e.properties['epub:type'])))
      expect(asides.every((aside) => String(aside.properties['id']).startsWith(prefix))).toBe(true)
    }
    // As many resolved noterefs as the articles have references (the real article alone has 96).
    const references = articles.reduce((sum, article) => sum + countReferences(article), 0)
    expect(total).toBe(references)
    expect(total).toBeGreaterThan(150)
  })

  test('ids are unique across the whole book', () => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const [name, text] of files) {
      if (!name.endsWith('.xhtml')) continue
      for (const e of elements(fromHtml(text), (el) => typeof el.properties['id'] === 'string')) {
        const id = String(e.properties['id'])
        if (seen.has(id)) clashes.push(`${id} in ${seen.get(id)} and ${name}`)
        else seen.set(id, name)
      }
    }
    expect(clashes).toEqual([])
    expect(seen.size).toBeGreaterThan(300)
  })

  test('nav: each article with its sections nested under it, then the combined bibliography; NCX the same', () => {
    const nav = fromHtml(entry(epub, 'OEBPS/nav.xhtml'))
    const toc = elements(nav, (e) => e.tagName === 'nav' && e.properties['epub:type'] === 'toc')[0] as Element
    const top = (toc.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol') as Element).children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li')
    expect(top.map((li) => squeeze(htmlText(li.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a') as Element)))).toEqual([
      ...articles.map((article) => squeeze(String(article.data?.meta?.title))),
      'Combined Bibliography'
    ])
    for (const [i, li] of top.slice(0, articles.length).entries()) {
      const links = elements(li, (e) => e.tagName === 'a').map((a) => String(a.properties['href']))
      expect(links[0]).toBe(`${stems[i]}.xhtml`)
      expect(links.length).toBeGreaterThan(2)
      // All of an article's entries point into its own chapter, at ids that exist there.
      const ids = new Set(elements(fromHtml(entry(epub, `OEBPS/${stems[i]}.xhtml`)), (e) => typeof e.properties['id'] === 'string').map((e) => String(e.properties['id'])))
      for (const link of links.slice(1)) {
        const [file, fragment] = link.split('#')
        expect(file).toBe(`${stems[i]}.xhtml`)
        expect(ids.has(fragment ?? ''), link).toBe(true)
      }
    }
    // Sections nest: an article of the volume has a heading inside a heading (depth ≥ 3 with the article level).
    const ncx = entry(epub, 'OEBPS/toc.ncx')
    expect(Number(/dtb:depth" content="(\d+)"/.exec(ncx)?.[1])).toBeGreaterThanOrEqual(3)
    const navLinks = elements(toc, (e) => e.tagName === 'a').map((a) => String(a.properties['href']))
    const ncxLinks = [...ncx.matchAll(/<content src="([^"]+)"\/>/g)].map((m) => m[1])
    expect(ncxLinks).toEqual(navLinks)
    expect([...ncx.matchAll(/playOrder="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(navLinks.map((_, i) => i + 1))
    const landmarks = entry(epub, 'OEBPS/nav.xhtml')
    expect(landmarks).toContain('<a epub:type="titlepage" href="titlepage.xhtml">Title page</a>')
    expect(landmarks).toContain(`<a epub:type="bodymatter" href="${stems[0]}.xhtml">`)
    expect(landmarks).toContain('<a epub:type="bibliography" href="matter-1.xhtml#bibliography">Combined Bibliography</a>')
  })

  test('title page and package metadata of the volume', () => {
    const page = entry(epub, 'OEBPS/titlepage.xhtml')
    expect(page).toContain('<section class="title-page" epub:type="titlepage" aria-label="Title page">')
    expect(page).toContain('<h1 class="title">Copies, Archives, Code</h1>')
    expect(page).toContain('<p class="editors">Edited by Richard Roe and Mia Moe</p>')
    expect(page).toContain('<p class="course">HIST 390</p>')
    expect(page).toContain('<p class="term">Spring 2027</p>')
    const opf = entry(epub, 'OEBPS/content.opf')
    expect(opf).toContain('<meta refines="#editor2" property="role" scheme="marc:relators">edt</meta>')
    expect(opf).not.toContain('<dc:creator id="creator1">')
    expect(opf).toContain('<dc:contributor id="contributor1">Zhihua Shen</dc:contributor>')
    expect(opf).toContain('Mara Ortelius</dc:contributor>')
  })

  test('diagnostics of an article name its file', () => {
    const files = new Set(sources.map((source) => source.file))
    for (const d of diagnostics.filter((d) => d.position)) expect(files.has(d.file ?? ''), d.message).toBe(true)
  })
})

function countReferences(node: Nodes): number {
  const own = node.type === 'footnoteReference' ? 1 : 0
  return own + ('children' in node ? (node.children as Nodes[]).reduce((sum, child) => sum + countReferences(child), 0) : 0)
}

/** A definition no reference points at (it is printed, but no noteref resolves to it). */
function isUnreferenced(article: Article, number: number): boolean {
  let referenced = false
  const walk = (node: Nodes): void => {
    if (node.type === 'footnoteReference' && node.data?.number === number) referenced = true
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child)
  }
  walk(article)
  return !referenced
}

test('a warning inside an article carries the article’s file; the volume’s own have none', () => {
  const article = md('---\ntitle: One\n---\n\nSee [the notes](notes.md).\n')
  const volume: Root = {
    type: 'root',
    data: {meta: {title: 'V', lang: 'en'}},
    children: [{type: 'article', data: {meta: article.data?.meta ?? {}, id: 'a01-one', file: 'one.md'}, children: article.children}]
  }
  const {diagnostics} = renderEpub(volume, {modified})
  expect(diagnostics).toEqual([
    expect.objectContaining({
      severity: 'warning',
      message: expect.stringContaining('notes.md') as string,
      file: 'one.md',
      position: expect.objectContaining({start: expect.objectContaining({line: 5})}) as object
    })
  ])
  const {diagnostics: single} = renderEpub(article, {modified})
  expect(single.length).toBeGreaterThan(0)
  expect(single.filter((d) => d.file !== undefined)).toEqual([])
})

describe.skipIf(!epubcheckAvailable())('EPUBCheck on the real volume', () => {
  test('0 fatals, 0 errors, 0 warnings in both note modes', async () => {
    const {volume} = buildVolume()
    const reports = await epubcheck([
      ['volume-real-footnotes', renderEpub(volume, {modified}).epub],
      ['volume-real-endnotes', renderEpub(volume, {modified, notes: 'endnotes'}).epub]
    ])
    expect(
      reports.map((r) => [r.name, r.fatals, r.errors, r.warnings]),
      reports.map((r) => r.output).join('\n')
    ).toEqual([
      ['volume-real-footnotes', 0, 0, 0],
      ['volume-real-endnotes', 0, 0, 0]
    ])
  }, 120_000)
})

test('article ids that name the book’s own files, and back matter between articles: file names and ids stay unique', () => {
  const article = (id: string, title: string): Article => {
    const tree = md(`---\ntitle: ${title}\n---\n\n# Notes\n\nText.[^1]\n\n[^1]: Note of ${title}.\n`)
    return {type: 'article', data: {meta: tree.data?.meta ?? {}, id}, children: tree.children}
  }
  const bibliography = (title: string): RootContent => ({
    type: 'bibliography',
    title,
    children: [{type: 'bibliographyEntry', id: 'doe2020', children: [{type: 'text', value: 'Doe, Jane. A Book. 2020.'}]}]
  })
  const volume: Root = {
    type: 'root',
    data: {meta: {title: 'V', lang: 'en'}},
    children: [article('matter-1', 'One'), bibliography('Between'), article('titlepage', 'Two'), article('cover', 'Three'), bibliography('After')]
  }
  const {epub, diagnostics} = renderEpub(volume, {modified})
  expect(diagnostics).toEqual([])
  const names = unzipText(epub).map(([name]) => name)
  expect(names.slice(6)).toEqual([
    'OEBPS/cover.xhtml',
    'OEBPS/titlepage.xhtml',
    'OEBPS/matter-1.xhtml',
    'OEBPS/matter-1-2.xhtml',
    'OEBPS/titlepage-2.xhtml',
    'OEBPS/cover-2.xhtml',
    'OEBPS/matter-2.xhtml'
  ])
  const ids = unzipText(epub)
    .filter(([name]) => name.endsWith('.xhtml'))
    .flatMap(([, text]) => elements(fromHtml(text), (e) => typeof e.properties['id'] === 'string').map((e) => String(e.properties['id'])))
  expect(ids.length).toBeGreaterThan(10)
  expect(new Set(ids).size).toBe(ids.length)
  expect(entry(epub, 'OEBPS/matter-2.xhtml')).toContain('<section class="bibliography" id="matter-2-bibliography"')
  expect(entry(epub, 'OEBPS/nav.xhtml')).toContain('<a href="matter-2.xhtml#matter-2-bibliography">After</a>')
})
