/** A volume (`octavo reader`): articles with their own title blocks, running heads and notes numbered afresh. */
import {expect, test} from 'vitest'
import type {FootnoteDefinition, Paragraph, Root, RootContent} from 'mdast'
import type {Article} from '@octavo/parser'
import {geometries, layout} from '../src/index.js'
import {typography} from '../src/lib/typography.js'
import type {LayoutPage, TextItem} from '../src/index.js'
import {patterns, testFonts} from './helpers.js'
import {HEAD_RULES, runningHead} from '../src/lib/volume.js'
import {roman} from '../src/lib/folio.js'

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
  // The title page's title stands `volume.titleDrop` leadings below the top of the text block (the drop is kept at the top of its page).
  const a4 = geometries.a4
  const top = a4.height - a4.top
  const volumeTitle = texts(laid.pages[0]!).find((t) => t.text === 'A Course Reader')!
  expect(top - volumeTitle.y).toBeGreaterThan(a4.leading * typography.volume.titleDrop)
  expect(top - volumeTitle.y).toBeLessThan(a4.leading * (typography.volume.titleDrop + 3))
  const opening = (title: string) => laid.pages.find((p) => texts(p).some((t) => t.text === title))!
  const first = opening('First Article')
  const second = opening('Second Article')
  expect(first.number % 2).toBe(1)
  expect(second.number % 2).toBe(1)
  expect(second.number).toBeGreaterThan(first.number)
  // notes numbered afresh in each article, each on the page of its reference
  for (const [scope, n] of [
    ['a1/', 1],
    ['a2/', 2]
  ] as const) {
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
  const heads = (p: LayoutPage) =>
    texts(p)
      .filter((t) => t.y > laid.height - 80)
      .map((t) => t.text)
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
  // the contents: on a recto after the title page and its blank verso, numbered iii; each article's first page by its label
  const contents = laid.pages.find((p) => texts(p).some((t) => t.text === 'Contents'))!
  expect([contents.number, contents.label]).toEqual([3, 'iii'])
  const line = (title: string) => {
    const entry = texts(contents).find((t) => t.text.endsWith(title))!
    return texts(contents)
      .filter((t) => t.y === entry.y)
      .map((t) => t.text)
  }
  expect(line('First Article')).toEqual(['A. Alpha, First Article', first.label])
  expect(line('Second Article')).toEqual(['A. Beta, Second Article', second.label])
  expect(contents.items.filter((i) => i.type === 'link' && i.dest?.startsWith('article-'))).toHaveLength(2)
  for (const entry of laid.outline)
    expect(
      laid.pages[entry.page - 1]!.items.some((i) => i.type === 'anchor' && i.name === entry.dest),
      entry.title
    ).toBe(true)
  expect(laid.info.author).toBe('E. Editor')
})

/** The printed folio of a page: a text item in the bottom margin. */
const folio = (page: LayoutPage) =>
  texts(page)
    .filter((t) => t.y < 60)
    .map((t) => t.text)

function volume(children: RootContent[], rectoStarts?: boolean): Root {
  return {type: 'root', children, data: {meta: {title: 'A Course Reader', lang: 'en'}, volume: {bibliography: 'both', ...(rectoStarts === undefined ? {} : {rectoStarts})}}}
}

test('front matter in roman with no folio, the articles in arabic from 1 on a recto (page labels)', () => {
  const {layout: laid} = layout(volume([article(1, 'First Article', 'Alpha'), article(2, 'Second Article', 'Beta')], false), {fonts: testFonts(), hyphenation: {en: patterns('en-us')}})
  expect(laid.pageLabels).toEqual([
    {page: 0, style: 'roman'},
    {page: 4, style: 'arabic'}
  ])
  expect(laid.pages.slice(0, 5).map((p) => p.label)).toEqual(['i', 'ii', 'iii', 'iv', '1'])
  // title page, blank verso, contents, blank verso: no folio; the articles print theirs (recto-starts false: the second follows on the next page)
  for (const page of laid.pages.slice(0, 4)) expect(folio(page), page.label).toEqual([])
  for (const page of laid.pages.slice(4)) expect(folio(page), page.label).toEqual([page.label])
  const second = laid.pages.find((p) => texts(p).some((t) => t.text === 'Second Article'))!
  expect(laid.pages[second.number - 2]!.items.length).toBeGreaterThan(0)
})

test('a long title wraps in the contents with a hanging indent, whole, never cut with an ellipsis', () => {
  const long = 'Chinese–North Korean Relations and China’s Policy toward Ethnic Koreans in China, 1950–1962, with a Very Long Subtitle Indeed'
  const {layout: laid} = layout(volume([article(1, long, 'Alpha')]), {fonts: testFonts(), hyphenation: {en: patterns('en-us')}, pageSize: '6x9'})
  const contents = laid.pages.find((p) => texts(p).some((t) => t.text === 'Contents'))!
  const entry = texts(contents).filter((t) => t.text !== 'Contents' && !/^\d+$/.test(t.text))
  expect(entry.length).toBeGreaterThan(1)
  expect(entry.map((t) => t.text).join(' ')).toBe(`A. Alpha, ${long}`)
  expect(laid.pages.flatMap(texts).some((t) => t.text.includes('…'))).toBe(false)
  // the first line flush, the others indented; the page number on the last line, right-aligned
  const [head, ...rest] = entry
  for (const line of rest) expect(line.x).toBeGreaterThan(head!.x + 5)
  const number = texts(contents).find((t) => t.text === '1')!
  expect(number.y).toBe(rest[rest.length - 1]!.y)
  expect(Math.max(...entry.map((t) => t.x + t.width))).toBeLessThan(number.x)
})

test('the combined bibliography and the credits are back matter: each on a recto, its own running heads, outline entry and contents line', () => {
  const bibliography: RootContent = {
    type: 'bibliography',
    title: 'Combined Bibliography',
    children: Array.from({length: 60}, (_, i) => ({type: 'bibliographyEntry' as const, id: `b${i}`, children: [{type: 'text' as const, value: `Author ${i}. ${sentence(14, i)}`}]}))
  }
  const credits: RootContent = {type: 'credits', children: [para({type: 'text', value: 'First Article. A. Alpha. License: CC BY 4.0.'})]}
  const {layout: laid, diagnostics} = layout(volume([article(1, 'First Article', 'Alpha'), bibliography, credits]), {fonts: testFonts(), hyphenation: {en: patterns('en-us')}})
  expect(diagnostics).toEqual([])
  const opening = (title: string) => laid.pages.find((p) => texts(p).some((t) => t.text === title && t.size > 14))!
  const bib = opening('Combined Bibliography')
  const cred = opening('Credits')
  for (const page of [bib, cred]) expect(page.number % 2, page.label).toBe(1)
  expect(laid.outline.filter((o) => o.depth === 0).map((o) => o.title)).toEqual(['First Article', 'Combined Bibliography', 'Credits'])
  // the bibliography's later pages carry its own heads, not the article's
  const heads = (p: LayoutPage) =>
    texts(p)
      .filter((t) => t.y > laid.height - 80)
      .map((t) => t.text)
  const later = laid.pages.slice(bib.number, cred.number - 1).filter((p) => p.items.length > 0)
  expect(later.length).toBeGreaterThan(0)
  for (const page of later) expect(heads(page)).toEqual(['Combined Bibliography'])
  const contents = laid.pages.find((p) => texts(p).some((t) => t.text === 'Contents'))!
  for (const [title, page] of [
    ['Combined Bibliography', bib],
    ['Credits', cred]
  ] as const) {
    const entry = texts(contents).find((t) => t.text === title)!
    expect(
      texts(contents)
        .filter((t) => t.y === entry.y)
        .map((t) => t.text)
    ).toEqual([title, page.label])
  }
})

test('running heads: the short title when given, else a clean cut (HEAD_RULES), never an ellipsis', () => {
  const named = article(1, 'Regression Analysis with Scikit-Learn (part 1 - Linear)', 'Lavin')
  named.data!.meta!['short-title'] = 'Linear Regression'
  const cut = article(2, "Chinese–North Korean Relations and China's Policy toward Ethnic Koreans in China, 1950–1962: A Study of Border Crossings", 'Shen')
  const {layout: laid} = layout(volume([named, cut]), {fonts: testFonts(), hyphenation: {en: patterns('en-us')}, pageSize: '6x9'})
  const heads = new Set(
    laid.pages
      .filter((p) => p.number % 2 === 1)
      .flatMap((p) =>
        texts(p)
          .filter((t) => t.y > laid.height - 50)
          .map((t) => t.text)
      )
  )
  expect([...heads].sort()).toEqual(["Chinese–North Korean Relations and China's Policy", 'Linear Regression'])
})

test.each(HEAD_RULES.map((rule) => [rule.name, rule.example] as const))('HEAD_RULES %s: its example', (name, {title, room, head}) => {
  const fits = (text: string) => text.length <= room
  expect(runningHead(title, fits)).toBe(head)
  // the rules before it give nothing that fits: this is the rule that applies
  const index = HEAD_RULES.findIndex((rule) => rule.name === name)
  for (const rule of HEAD_RULES.slice(0, index)) expect(rule.cut(title).filter(fits), rule.name).toEqual([])
})

test('roman numerals of the front matter', () => {
  expect([1, 2, 3, 4, 5, 9, 14, 40, 90].map(roman)).toEqual(['i', 'ii', 'iii', 'iv', 'v', 'ix', 'xiv', 'xl', 'xc'])
})
