// An article of a volume kept whole (units.ts): a render that places an unchanged article from the
// store writes the same bytes and the same structure as one that sets it; what the article depends
// on, changed alone, makes it again; where it starts and how its elements are numbered are given
// to it when it is placed; a damaged unit is not used.
import {serialize} from 'node:v8'
import {describe, expect, test} from 'vitest'
import type {FootnoteDefinition, Paragraph, Root, RootContent} from 'mdast'
import type {Article} from '@octavo/parser'
import {STORE_KINDS, layout, renderPdf} from '../src/index.js'
import type {FontFiles, RenderOptions, RenderStore} from '../src/index.js'
import {makePng, patterns, testFonts} from './helpers.js'
import {latin1Json} from '../src/lib/json.js'

/** A store in memory that counts the values set of each kind. */
class MemoryStore implements RenderStore {
  readonly values = new Map<string, Map<string, unknown>>()
  readonly sets = new Map<string, number>()
  get(scope: string, key: string): unknown {
    return this.values.get(scope)?.get(key)
  }
  set(scope: string, key: string, value: unknown): void {
    const kind = scope.split(' ')[0]!
    this.sets.set(kind, (this.sets.get(kind) ?? 0) + 1)
    let values = this.values.get(scope)
    if (!values) this.values.set(scope, (values = new Map()))
    values.set(key, value)
  }
  /** How many units were set since `from` (a count of `sets`). */
  units(from = 0): number {
    return (this.sets.get('unit') ?? 0) - from
  }
  /** How many pages' content streams were set since `from`. */
  pages(from = 0): number {
    return (this.sets.get('page') ?? 0) - from
  }
}

const words = 'migration border policy nationality ethnic archives provincial relations government historical'.split(' ')
const sentence = (n: number, seed: number) => Array.from({length: n}, (_, i) => words[(i * 3 + seed) % words.length]).join(' ') + '.'
const ref = (id: string) => ({type: 'footnoteReference' as const, identifier: id, label: id})
const para = (...children: Paragraph['children']): Paragraph => ({type: 'paragraph', children})
const def = (id: string, text: string): FootnoteDefinition => ({type: 'footnoteDefinition', identifier: id, label: id, children: [para({type: 'text', value: text})]})

/** An article with a heading, `paragraphs` paragraphs each with a note, and a link. */
function article(n: number, meta: Record<string, unknown> = {}, paragraphs = 4): Article {
  const children: RootContent[] = [{type: 'heading', depth: 2, children: [{type: 'text', value: `Part ${n}`}]}]
  for (let i = 1; i <= paragraphs; i++) children.push(para({type: 'text', value: sentence(90, i + n)}, ref(`n${i}`)))
  children.push(para({type: 'link', url: 'https://example.org/', children: [{type: 'text', value: 'a link'}]}))
  for (let i = 1; i <= paragraphs; i++) children.push(def(`n${i}`, `Article ${n}, note ${i}.`))
  return {type: 'article', children, data: {meta: {title: `Article ${n}`, author: [{given: 'A.', family: `Author${n}`}], ...meta}}}
}

const volume = (articles: Article[], notes?: RootContent[]): Root => ({
  type: 'root',
  children: [...articles, ...(notes ?? [])],
  data: {meta: {title: 'A Reader', editor: [{given: 'E.', family: 'Editor'}], lang: 'en'}, volume: {rectoStarts: true}}
})

/** The test fonts as new byte arrays: a render with them is as a new process's. */
const fresh = (fonts: FontFiles = testFonts()): FontFiles => ({
  regular: fonts.regular.slice(),
  ...Object.fromEntries((['italic', 'bold', 'boldItalic', 'mono'] as const).flatMap((style) => (fonts[style] ? [[style, fonts[style].slice()]] : []))),
  ...(fonts.fallbacks ? {fallbacks: fonts.fallbacks.map((bytes) => bytes.slice())} : {})
})
const options: RenderOptions = {fonts: testFonts(), hyphenation: {en: patterns('en-us')}, date: new Date(0), pageSize: 'a5'}
const render = async (tree: Root, store?: RenderStore, more: Partial<RenderOptions> = {}) =>
  Buffer.from((await renderPdf(tree, {...options, ...more, fonts: fresh(more.fonts), ...(store ? {store} : {})})).pdf)
const three = (changed: Partial<Record<1 | 2 | 3, Article>> = {}) => volume([changed[1] ?? article(1), changed[2] ?? article(2), changed[3] ?? article(3)])

describe('an article of a volume kept whole', () => {
  test('the same bytes, layout and structure without a store, with an empty one (each article kept) and with the full one (none set again)', async () => {
    const store = new MemoryStore()
    const none = await render(three())
    expect(await render(three(), store)).toEqual(none)
    expect(store.units()).toBe(3)
    const sets = store.units()
    expect(await render(three(), store)).toEqual(none)
    expect(store.units(sets)).toBe(0)
    const plain = layout(three(), {...options, fonts: fresh()})
    const kept = layout(three(), {...options, fonts: fresh(), store})
    expect(kept.layout.structure).toEqual(plain.layout.structure)
    expect(JSON.stringify(kept.layout.pages)).toBe(JSON.stringify(plain.layout.pages))
    expect(kept.layout.outline).toEqual(plain.layout.outline)
    expect(kept.layout.charsets).toEqual(plain.layout.charsets)
    expect(kept.diagnostics).toEqual(plain.diagnostics)
  })

  test('the render after the one that made an article finds its pages’ content streams (keyed as when it is placed), with and without notes; the same bytes', async () => {
    const noNotes = (n: number): Article => ({
      ...article(n),
      children: article(n)
        .children.filter((c) => c.type !== 'footnoteDefinition')
        .map((c) => (c.type === 'paragraph' ? para(...c.children.filter((k) => k.type !== 'footnoteReference')) : c))
    })
    const tree = (second = article(2)) => volume([article(1), second, noNotes(3)])
    const store = new MemoryStore()
    expect(await render(tree(), store)).toEqual(await render(tree()))
    let [units, pages] = [store.units(), store.pages()]
    expect(await render(tree(), store)).toEqual(await render(tree()))
    expect([store.units(units), store.pages(pages)]).toEqual([0, 0])
    // An article edited: made again with its pages; the render after it sets nothing.
    const edited = article(2, {}, 5)
    ;[units, pages] = [store.units(), store.pages()]
    expect(await render(tree(edited), store)).toEqual(await render(tree(edited)))
    expect(store.units(units)).toBe(1)
    expect(store.pages(pages)).toBeGreaterThan(0)
    ;[units, pages] = [store.units(), store.pages()]
    expect(await render(tree(edited), store)).toEqual(await render(tree(edited)))
    expect([store.units(units), store.pages(pages)]).toEqual([0, 0])
  })

  test('an edited article’s pages the edit left as they were are found by their JSON, and kept under the key the next render places them with', async () => {
    const reworded = {...article(2), children: article(2).children.map((child, i) => (i === 4 ? para({type: 'text', value: sentence(90, 6).replace('border', 'bridge')}, ref('n4')) : child))}
    const store = new MemoryStore()
    await render(three(), store)
    const pageValues = () => new Set([...store.values].filter(([scope]) => scope.startsWith('page')).flatMap(([, values]) => [...values.values()]))
    const before = pageValues()
    expect(await render(three({2: reworded}), store)).toEqual(await render(three({2: reworded})))
    const made = [...pageValues()].filter((value) => !before.has(value)).length
    const {layout: laid} = layout(three({2: reworded}), {...options, fonts: fresh()})
    const [from, to] = ['Article 2', 'Article 3'].map((title) => laid.outline.find((entry) => entry.title === title)!.page)
    expect(to! - from!).toBeGreaterThan(1)
    expect(made).toBeGreaterThan(0)
    expect(made).toBeLessThan(to! - from!)
    const pages = store.pages()
    expect(await render(three({2: reworded}), store)).toEqual(await render(three({2: reworded})))
    expect(store.pages(pages)).toBe(0)
  })

  // Each input changed alone: `set` says which articles are made again; the bytes are always a render's without a store.
  const changes: Array<{name: string; tree: () => Root; more?: Partial<RenderOptions>; set: number}> = [
    // Its start page and its elements' numbers are given when it is placed: articles 2 and 3 move, and are kept.
    {name: 'the start page and structure numbers (the first article longer)', tree: () => three({1: article(1, {}, 9)}), set: 1},
    // The running head is the article's own (its short title): it alone is made again.
    {name: 'the running head', tree: () => three({2: article(2, {'short-title': 'Short'})}), set: 1},
    // The notes are numbered in the article's scope (a2/, a3/): an article put before them renumbers both.
    {name: 'the note numbering (an article put first)', tree: () => volume([article(9), article(1), article(2)]), set: 3},
    // The heading ids are counted through the volume (h-1, h-2 …): one heading more in the first changes those after it.
    {
      name: 'the heading ids (a heading more in the first)',
      tree: () => three({1: {...article(1), children: [{type: 'heading', depth: 2, children: [{type: 'text', value: 'More'}]}, ...article(1).children]}}),
      set: 3
    },
    // Other fonts: another scope; every article is made again.
    {name: 'the fonts', tree: () => three(), more: {fonts: {...testFonts(), regular: testFonts().fallbacks![0]!}}, set: 3}
  ]
  test('an article given a digest of its children is kept by it and the rest of its data: the digest changed alone makes it again; its children are not hashed', async () => {
    const digested = (n: number, digest: string, heading = `Part ${n}`): Article => {
      const made = article(n)
      const children = made.children.map((child) => (child.type === 'heading' ? {...child, children: [{type: 'text' as const, value: heading}]} : child))
      return {...made, children, data: {...made.data, digest}}
    }
    const tree = (second = digested(2, 'd2')) => volume([digested(1, 'd1'), second, digested(3, 'd3')])
    const store = new MemoryStore()
    const none = await render(tree())
    expect(await render(tree(), store)).toEqual(none)
    expect(store.units()).toBe(3)
    let sets = store.units()
    expect(await render(tree(), store)).toEqual(none)
    expect(store.units(sets)).toBe(0)
    // Another digest, the same children: made again, the same bytes.
    sets = store.units()
    expect(await render(tree(digested(2, 'another')), store)).toEqual(none)
    expect(store.units(sets)).toBe(1)
    // Other children under a digest already kept: the caller said they are the same, and the kept article is placed (the store is trusted with what the digest names).
    sets = store.units()
    const renamed = await render(tree(digested(2, 'd2', 'Another Heading')))
    expect(renamed).not.toEqual(none)
    expect(await render(tree(digested(2, 'd2', 'Another Heading')), store)).toEqual(none)
    expect(store.units(sets)).toBe(0)
    // The same children without a digest: keyed by them.
    sets = store.units()
    expect(await render(three(), store)).toEqual(await render(three()))
    expect(store.units(sets)).toBe(3)
  })

  test.each(changes)('$name: made again or placed anew, the same bytes as without a store', async ({tree, more, set}) => {
    const store = new MemoryStore()
    // Twice: the second render keeps the streams of the pages placed from units (keyed by them, write.ts).
    await render(three(), store)
    await render(three(), store)
    const before = store.units()
    expect(await render(tree(), store, more)).toEqual(await render(tree(), undefined, more))
    expect(store.units(before)).toBe(set)
  })

  test("the content streams of pages placed from a unit: kept by the unit's text, the page's place in it and the numbers its tags are given; set again when one changes alone", async () => {
    const store = new MemoryStore()
    const none = await render(three())
    await render(three(), store)
    // Placed from units for the first time: their pages are found under the keys the render that made them gave them (not their JSON).
    let sets = store.pages()
    expect(await render(three(), store)).toEqual(none)
    expect(store.pages(sets)).toBe(0)
    sets = store.pages()
    expect(await render(three(), store)).toEqual(none)
    expect(store.pages(sets)).toBe(0)
    // The second article's numbers moved alone, its pages where they were: its Part (a paragraph with a link more in the first article's
    // flow, one fewer in the third's), then its notes' first element (one more in the third's flow: the notes' elements follow the flows');
    // and its own text (a word of it changed: its unit is another, its pages and numbers the same).
    const isLink = (child: RootContent) => child.type === 'paragraph' && child.children[0]?.type === 'link'
    const longer = {...article(1), children: [...article(1).children, article(1).children.find(isLink)!]}
    const shorter = {...article(3), children: article(3).children.filter((child) => !isLink(child))}
    const reworded = {...article(2), children: article(2).children.map((child, i) => (i === 1 ? para({type: 'text', value: sentence(90, 3).replace('border', 'bridge')}, ref('n1')) : child))}
    const third = {...article(3), children: [...article(3).children, article(3).children.find(isLink)!]}
    const second = (tree: Root) => {
      const {layout: made} = layout(tree, {...options, fonts: fresh()})
      const from = made.outline.find((entry) => entry.title === 'Article 2')!.page
      const to = made.outline.find((entry) => entry.title === 'Article 3')!.page
      return [from, to]
    }
    // Its page numbers alone (the first article's paragraphs longer, as many elements), and its running heads alone (the volume's title).
    const wordier = {
      ...article(1),
      children: article(1).children.map((child) =>
        child.type === 'paragraph' && child.children[0]?.type === 'text' ? para({type: 'text', value: sentence(300, 1)}, ...child.children.slice(1)) : child
      )
    }
    const retitled = {...three(), data: {...three().data, meta: {...three().data!.meta, title: 'Another Reader'}}} as Root
    for (const [tree, moves] of [
      [three({1: longer, 3: shorter}), false],
      [three({3: third}), false],
      [three({2: reworded}), false],
      [three({1: wordier}), true],
      [retitled, false]
    ] as const) {
      expect(second(tree)[0] === second(three())[0]).toBe(!moves)
      const moved = await render(tree)
      await render(three(), store)
      expect(await render(tree, store)).toEqual(moved)
      expect(await render(tree, store)).toEqual(moved)
      sets = store.pages()
      expect(await render(tree, store)).toEqual(moved)
      expect(store.pages(sets)).toBe(0)
    }
    // Damaged streams kept for them are not used.
    for (const [scope, values] of store.values) if (scope.startsWith('page')) for (const key of values.keys()) values.set(key, 'damaged')
    expect(await render(three(), store)).toEqual(none)
  })

  test('an image given for a figure printed as a placeholder (its file was missing) makes its article again', async () => {
    const figure = {...article(2), children: [para({type: 'image', url: 'fig.png', alt: 'A figure'}), ...article(2).children]}
    const tree = () => three({2: figure})
    const store = new MemoryStore()
    await render(tree(), store)
    expect(store.units()).toBe(3)
    const given = {images: {'fig.png': makePng(40, 20)}}
    const sets = store.units()
    expect(await render(tree(), store, given)).toEqual(await render(tree(), undefined, given))
    // (made again, and not kept: it draws an image)
    expect(store.units(sets)).toBe(0)
    expect(await render(tree(), store)).toEqual(await render(tree()))
  })

  test('a damaged unit is not used: the same bytes, and the unit set again', async () => {
    const store = new MemoryStore()
    const none = await render(three())
    await render(three(), store)
    const units = [...store.values].find(([scope]) => scope.startsWith('unit '))![1]
    const [first, value] = [...units][0]!
    const text = value as string
    // Cut short, empty, a page with an image, an item of no known kind, bytes (not a string).
    const damaged = [
      text.slice(0, -5),
      '[]',
      JSON.stringify(JSON.parse(text).map((part: unknown, i: number) => (i === 2 ? [{items: [{type: 'image'}]}] : part))),
      JSON.stringify(JSON.parse(text).map((part: unknown, i: number) => (i === 2 ? [{items: [{type: 'x', x: 1, y: 2}]}] : part))),
      new TextEncoder().encode(text)
    ]
    for (const bad of damaged) {
      expect(STORE_KINDS.unit.decode(bad, new Set(['regular']))).toBeUndefined()
      units.set(first, bad)
      const sets = store.units()
      expect(await render(three(), store)).toEqual(none)
      expect(store.units(sets)).toBe(1)
    }
  })

  test('a volume with a note no reference points to (set on its last page) and one in endnotes: the same bytes with a full store', async () => {
    const orphan = {...article(3), children: [...article(3).children, def('lost', 'Never referenced.')]}
    for (const [tree, more] of [
      [three({3: orphan}), {}],
      [three(), {notes: 'endnotes' as const}]
    ] as const) {
      const store = new MemoryStore()
      const none = await render(tree, undefined, more)
      expect(await render(tree, store, more)).toEqual(none)
      expect(await render(tree, store, more)).toEqual(none)
    }
  })
})

describe('latin1Json: JSON a store keeps in one byte a character', () => {
  test.each([
    ['ASCII', ['a', 1]],
    ['long, beyond Latin-1', Array.from({length: 200}, (_, i) => `line ${i}: “quoted” — ${'한'.repeat(i % 7)}`)],
    ['Latin-1', ['café', {é: 'ü'}]],
    ['beyond Latin-1: quotation marks, Hangul, an emoji (a surrogate pair)', ['’t', '한국', '🦜']]
  ])('%s: read back the same, every character below U+0100', (_, value) => {
    const text = latin1Json(value)
    expect(JSON.parse(text)).toEqual(value)
    expect([...text].every((char) => char.charCodeAt(0) < 0x100)).toBe(true)
    // Held in one byte a character: V8's serializer (the CLI's store file) writes it so.
    expect(serialize(text).length).toBeLessThan(text.length + 8)
  })
})
