// @module-tag slow
import {expect, test} from 'vitest'
import fc from 'fast-check'
import type {Root, RootContent} from 'mdast'
import type {Element, Nodes} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {renderEpub, type NotesMode} from '../src/index.js'
import {unzipText} from './helpers.js'
import {arbitraryTree, proseText} from './trees.js'

const modified = new Date('2026-11-28T00:00:00Z')

function elements(root: Nodes, keep: (e: Element) => boolean, out: Element[] = []): Element[] {
  if (root.type === 'element' && keep(root)) out.push(root)
  if ('children' in root) for (const child of root.children as Nodes[]) elements(child, keep, out)
  return out
}

/** Random volumes: one to four random articles (ids may repeat or be unsafe), maybe a combined bibliography. */
const arbitraryVolume = fc
  .record({
    articles: fc.array(fc.record({tree: arbitraryTree, id: fc.oneof(fc.constantFrom('a01-x', 'a01-x', 'cover', 'matter-1', 'titlepage'), proseText)}), {minLength: 1, maxLength: 4}),
    combined: fc.boolean(),
    notes: fc.constantFrom<NotesMode>('footnotes', 'endnotes')
  })
  .map(({articles, combined, notes}) => {
    const children: RootContent[] = articles.map(({tree, id}, i) => ({
      type: 'article',
      data: {meta: tree.data?.meta ?? {}, id, file: `article-${i}.md`},
      children: tree.children
    }))
    if (combined) children.push({type: 'bibliography', title: 'Combined Bibliography', children: [{type: 'bibliographyEntry', id: 'x', children: [{type: 'text', value: 'X.'}]}]})
    const volume: Root = {type: 'root', data: {meta: {title: 'Reader', editor: [{family: 'Roe', given: 'R.'}], course: 'C 1', term: 'T', lang: 'en'}}, children}
    return {volume, notes, count: articles.length}
  })

test('random volumes: one chapter per article, ids unique across the book, every noteref and nav link lands in its own chapter', () => {
  fc.assert(
    fc.property(arbitraryVolume, ({volume, notes, count}) => {
      const {epub, diagnostics} = renderEpub(volume, {modified, notes})
      const files = new Map(unzipText(epub))
      // No entry written twice (unzipping keeps one of each name): the end-of-central-directory record counts them all.
      expect(new DataView(epub.buffer, epub.byteOffset + epub.length - 22).getUint16(10, true)).toBe(files.size)
      expect([...files.keys()].filter((name) => name.endsWith('.xhtml')).length).toBe(3 + count + (volume.children.length > count ? 1 : 0))

      const idsByFile = new Map<string, Set<string>>()
      const all: string[] = []
      for (const [name, text] of files) {
        if (!name.endsWith('.xhtml')) continue
        const ids = elements(fromHtml(text), (e) => typeof e.properties['id'] === 'string').map((e) => String(e.properties['id']))
        idsByFile.set(name.slice('OEBPS/'.length), new Set(ids))
        all.push(...ids)
      }
      expect(new Set(all).size).toBe(all.length)

      for (const [name, text] of files) {
        if (!name.endsWith('.xhtml') || name === 'OEBPS/nav.xhtml') continue
        const own = idsByFile.get(name.slice('OEBPS/'.length)) ?? new Set()
        for (const a of elements(fromHtml(text), (e) => e.tagName === 'a' && typeof e.properties['href'] === 'string')) {
          const href = String(a.properties['href'])
          if (href.startsWith('#')) expect(own.has(decodeURIComponent(href.slice(1))), `${name} ${href}`).toBe(true)
        }
      }
      for (const a of elements(fromHtml(files.get('OEBPS/nav.xhtml') ?? ''), (e) => e.tagName === 'a')) {
        const [file, fragment] = String(a.properties['href']).split('#')
        const ids = idsByFile.get(file ?? '')
        if (file === 'nav.xhtml') continue
        expect(ids, String(a.properties['href'])).toBeDefined()
        if (fragment !== undefined) expect(ids?.has(decodeURIComponent(fragment)), String(a.properties['href'])).toBe(true)
      }
      for (const d of diagnostics) if (d.position) expect(d.file).toMatch(/^article-\d\.md$/)
    }),
    {seed: 20261128, numRuns: 40}
  )
})
