/** A volume (`octavo reader`): articles with their own title blocks, running heads and notes numbered afresh. */
import {expect, test} from 'vitest'
import type {FootnoteDefinition, Paragraph, Root, RootContent} from 'mdast'
import type {Article} from '@octavo/parser'
import {layout} from '../src/index.js'
import type {LayoutPage, TextItem} from '../src/index.js'
import {patterns, testFonts} from './helpers.js'

const words = 'migration border policy nationality ethnic archives provincial relations government historical'.split(' ')
const sentence = (n: number, seed: number) => Array.from({length: n}, (_, i) => words[(i * 3 + seed) % words.length]).join(' ') + '.'
const ref = (id: string) => ({type: 'footnoteReference' as const, identifier: id, label: id})
const para = (...children: Paragraph['children']): Paragraph => ({type: 'paragraph', children})
const def = (id: string, text: string): FootnoteDefinition => ({type: 'footnoteDefinition', identifier: id, label: id, children: [para({type: 'text', value: text})]})
const texts = (page: LayoutPage) => page.items.filter((i): i is TextItem => i.type === 'text')

function article(n: number, title: string, family: string): Article {
  const children: RootContent[] = []
  for (let i = 1; i <= 6; i++) children.push(para({type: 'text', value: sentence(140, i + n)}, ref(`n${i}`)))
  for (let i = 1; i <= 6; i++) children.push(def(`n${i}`, `Article ${n}, note ${i}.`))
  return {type: 'article', children, data: {meta: {title, author: [{given: 'A.', family}]}}}
}

test('each article starts on a recto page, with its own heads and notes numbered from 1', () => {
  const tree: Root = {
    type: 'root',
    children: [article(1, 'First Article', 'Alpha'), article(2, 'Second Article', 'Beta')],
    data: {meta: {title: 'A Course Reader', editor: [{given: 'E.', family: 'Editor'}], lang: 'en'}, volume: {rectoStarts: true}}
  }
  const {layout: laid, diagnostics} = layout(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}})
  expect(diagnostics).toEqual([])
  expect(texts(laid.pages[0]!).map((t) => t.text)).toEqual(expect.arrayContaining(['A Course Reader', 'Edited by E. Editor']))
  const opening = (title: string) => laid.pages.find((p) => texts(p).some((t) => t.text === title))!
  const first = opening('First Article')
  const second = opening('Second Article')
  expect(first.number % 2).toBe(1)
  expect(second.number % 2).toBe(1)
  expect(second.number).toBeGreaterThan(first.number)
  // notes numbered afresh in each article, each on the page of its reference
  for (const [scope, n] of [['a1/', 1], ['a2/', 2]] as const) {
    for (let i = 1; i <= 6; i++) {
      const key = `${scope}${i}`
      const refPage = laid.pages.find((p) => p.items.some((it) => it.type === 'anchor' && it.name === `ref-${key}`))
      const notePage = laid.pages.find((p) => p.notes?.starts.includes(key))
      expect(notePage?.number, key).toBe(refPage?.number)
      expect(texts(notePage!).some((t) => t.text.includes(`Article ${n}, note ${i}.`))).toBe(true)
      expect(texts(notePage!).some((t) => t.text === `${i}.`)).toBe(true)
    }
  }
  // running heads: none on opening pages; each article's own after
  const heads = (p: LayoutPage) => texts(p).filter((t) => t.y > laid.height - 80).map((t) => t.text)
  expect(heads(first)).toEqual([])
  expect(heads(second)).toEqual([])
  const inFirst = laid.pages.slice(first.number, second.number - 1).filter((p) => texts(p).length > 1)
  expect(inFirst.length).toBeGreaterThan(0)
  for (const page of inFirst) expect(heads(page)).toEqual([page.number % 2 === 0 ? 'A. Alpha' : 'First Article'])
  // the outline nests each article's title at depth 0
  expect(laid.outline.filter((o) => o.depth === 0).map((o) => [o.title, o.page])).toEqual([
    ['First Article', first.number],
    ['Second Article', second.number]
  ])
  // the contents give each article's first page, and link to it
  const contents = laid.pages.find((p) => texts(p).some((t) => t.text === 'Contents'))!
  expect(contents.number).toBe(2)
  const line = (title: string) => {
    const entry = texts(contents).find((t) => t.text.endsWith(title))!
    return texts(contents).filter((t) => t.y === entry.y).map((t) => t.text)
  }
  expect(line('First Article')).toEqual(['A. Alpha, First Article', String(first.number)])
  expect(line('Second Article')).toEqual(['A. Beta, Second Article', String(second.number)])
  expect(contents.items.filter((i) => i.type === 'link' && i.dest?.startsWith('article-'))).toHaveLength(2)
  for (const entry of laid.outline) expect(laid.pages[entry.page - 1]!.items.some((i) => i.type === 'anchor' && i.name === entry.dest), entry.title).toBe(true)
  expect(laid.info.author).toBe('E. Editor')
})
