// Work kept between renders (store.ts): what a render finds in a `RenderStore` is what it would
// have made, so the bytes are the same without a store, with an empty one, with a full one (where
// nothing is made again) and with a damaged one; and a value kept is what is used.
import {readFileSync} from 'node:fs'
import {deflateSync, inflateSync} from 'node:zlib'
import {describe, expect, test} from 'vitest'
import type {Root} from 'mdast'
import {parse} from '@octavo/parser'
import {STORE_KINDS, renderPdf} from '../src/index.js'
import type {FontFiles, RenderOptions, RenderStore} from '../src/index.js'
import {patterns, shared, testFonts} from './helpers.js'

/** A store in memory that counts what is asked of it. */
class MemoryStore implements RenderStore {
  readonly values = new Map<string, Map<string, unknown>>()
  gets = 0
  hits = 0
  sets = 0
  get(scope: string, key: string): unknown {
    this.gets++
    const value = this.values.get(scope)?.get(key)
    if (value !== undefined) this.hits++
    return value
  }
  set(scope: string, key: string, value: unknown): void {
    this.sets++
    let values = this.values.get(scope)
    if (!values) this.values.set(scope, (values = new Map()))
    values.set(key, value)
  }
  /** The values of the scopes of a kind. */
  of(kind: string): Array<[string, string, unknown]> {
    return [...this.values].filter(([scope]) => scope.split(' ')[0] === kind).flatMap(([scope, values]) => [...values].map(([key, value]): [string, string, unknown] => [scope, key, value]))
  }
}

/** The test fonts as new byte arrays: a render with them is as a new process's (the renderer keeps faces and subsets in memory by their bytes). */
const fresh = (fonts: FontFiles = testFonts()): FontFiles => ({
  regular: fonts.regular.slice(),
  ...Object.fromEntries((['italic', 'bold', 'boldItalic', 'mono'] as const).flatMap((style) => (fonts[style] ? [[style, fonts[style].slice()]] : []))),
  ...(fonts.fallbacks ? {fallbacks: fonts.fallbacks.map((bytes) => bytes.slice())} : {})
})
const options: RenderOptions = {fonts: testFonts(), hyphenation: {en: patterns('en-us')}, date: new Date(0)}
const small = (): Root =>
  parse(Buffer.from('---\ntitle: The office of hyphenation\nlang: en\n---\n\nThe office of hyphenation in Sino-Korean relations, *efficiently*.[^1]\n\n[^1]: Ann Writer, *The Office* (2001), 4.\n'), {
    format: 'markdown'
  }).tree
const render = async (tree: Root, store?: RenderStore, more: Partial<RenderOptions> = {}) => Buffer.from((await renderPdf(tree, {...options, fonts: fresh(more.fonts), ...(store ? {store} : {})})).pdf)

describe('STORE_KINDS: how each kind of work is kept and read back', () => {
  test.each(Object.entries(STORE_KINDS))('%s: its example is kept as shown and read back whole', (kind, entry) => {
    const {key, value, stored} = entry.example
    expect((entry.encode as (v: unknown) => unknown)(value)).toEqual(stored)
    const faces = new Set(['regular'])
    const decoded =
      kind === 'word'
        ? STORE_KINDS.word.decode(stored, key, faces)
        : kind === 'paragraph' || kind === 'unit'
          ? STORE_KINDS[kind].decode(stored as string, faces)
          : (entry.decode as (v: unknown) => unknown)(stored)
    expect(decoded).toEqual(value)
  })

  test("the word example is what the layout keeps for 'office' in EB Garamond (hyphenated of-fice)", async () => {
    const store = new MemoryStore()
    await render(small(), store)
    expect(store.of('word').find(([scope, key]) => key === 'office' && scope.endsWith(' en regular'))?.[2]).toBe(STORE_KINDS.word.example.stored)
  })

  const damagedWords: Array<[string, unknown]> = [
    ['not JSON', '[["of","regular",0.813]'],
    ['not a string', [['of', 'regular', 0.813]]],
    ['no parts', '[]'],
    ['a face the fonts do not have', '[["of","bold",0.813],["regular",0.274],["fice","regular",1.235]]'],
    ['boxes that do not spell the word', '[["of","regular",0.813],["regular",0.274],["face","regular",1.235]]'],
    ['a width that is not a finite number', '[["of","regular",1e999],["regular",0.274],["fice","regular",1.235]]'],
    ['a part of no known shape', '[["of","regular",0.813],{"type":"hyphen"},["fice","regular",1.235]]']
  ]
  test.each(damagedWords)('a word kept that is %s is not used', (_, stored) => {
    expect(STORE_KINDS.word.decode(stored, 'office', new Set(['regular']))).toBeUndefined()
  })

  const damaged: Array<[string, keyof typeof STORE_KINDS, unknown]> = [
    ['a shaped word with lower-case hex', 'shaped', '[["0052",12.5,"01a30047"],["o","ffi","ce"]]'],
    ['a shaped word with fewer characters than glyphs', 'shaped', '[["0052",12.5,"01A30047"],["o","ffi"]]'],
    ['a shaped word with a glyph id cut short', 'shaped', '[["005",12.5,"01A30047"],["o","ffi","ce"]]'],
    ['a subset too short to be a font', 'subset', {subset: new Uint8Array(4), deflated: new Uint8Array([120, 1])}],
    ['a subset without its compressed bytes', 'subset', {subset: new Uint8Array(12)}],
    ['compressed bytes without a zlib header', 'deflated', new Uint8Array([1, 2, 3])]
  ]
  test.each(damaged)('%s is not used', (_, kind, stored) => {
    expect((STORE_KINDS[kind].decode as (v: unknown) => unknown)(stored)).toBeUndefined()
  })
})

describe('a render with a store', () => {
  test('the same bytes without a store, with an empty one (filled) and with the filled one (nothing made again)', async () => {
    const store = new MemoryStore()
    const none = await render(small())
    expect(await render(small(), store)).toEqual(none)
    // (an article of a volume is kept whole as a unit: units.test.ts)
    expect(Object.keys(STORE_KINDS).filter((kind) => store.of(kind).length === 0)).toEqual(['unit'])
    const made = store.sets
    // A new process: the same store, the in-process memos of another document (a tree parsed anew).
    expect(await render(small(), store)).toEqual(none)
    expect(store.sets).toBe(made)
    expect(store.hits).toBeGreaterThan(0)
  })

  test('values that are not the work are made anew: the same bytes, and the store mended', async () => {
    const store = new MemoryStore()
    const none = await render(small())
    await render(small(), store)
    for (const values of store.values.values()) for (const key of values.keys()) values.set(key, typeof values.get(key) === 'string' ? 'damaged' : new Uint8Array([0, 1, 2]))
    const sets = store.sets
    expect(await render(small(), store)).toEqual(none)
    expect(store.sets - sets).toBe([...store.values.values()].reduce((n, values) => n + values.size, 0))
    expect(await render(small(), store)).toEqual(none)
  })

  test('a value kept is what is used: a word measured wider moves the text, a word shaped otherwise draws other glyphs', async () => {
    const store = new MemoryStore()
    const none = await render(small())
    await render(small(), store)
    const [scope] = store.of('word').find(([, key]) => key === 'hyphenation')!
    store.values.get(scope)!.set('hyphenation', '[["hyphenation","regular",9]]')
    // (the paragraphs' lines and the pages kept whole are let go: the words are what is read then)
    for (const kind of ['paragraph', 'page']) for (const [kept] of store.of(kind)) store.values.delete(kept)
    const wider = await render(small(), store)
    expect(wider).not.toEqual(none)
    const shaped = new MemoryStore()
    await render(small(), shaped)
    const [shapedScope, , value] = shaped.of('shaped').find(([, key]) => key === 'relations,')!
    const run = STORE_KINDS.shaped.decode(value)!
    const swapped = {parts: run.parts.map((part) => (typeof part === 'string' ? part.replace(/^..../, '0003') : part)), glyphs: run.glyphs}
    shaped.values.get(shapedScope)!.set('relations,', STORE_KINDS.shaped.encode(swapped))
    shaped.values.delete(STORE_KINDS.page.scope())
    // (the deflated streams are by their bytes: the page's new content is compressed anew)
    expect(await render(small(), shaped)).not.toEqual(none)
  })

  test("pdf-lib's object streams: kept compressed by their bytes, and what is kept is what is written", async () => {
    const store = new MemoryStore()
    const none = await render(small())
    await render(small(), store)
    const objects = store.of('objects')
    expect(objects.length).toBeGreaterThan(0)
    // Each value is the uncompressed stream's bytes compressed: its length is in the key.
    for (const [, key, value] of objects) expect(inflateSync(value as Uint8Array).byteLength).toBe(Number(key.split(' ')[1]))
    const [scope, key, value] = objects[0]!
    const other = deflateSync(Buffer.concat([inflateSync(value as Uint8Array), Buffer.from('\n% kept\n')]))
    store.values.get(scope)!.set(key, new Uint8Array(other))
    const written = await render(small(), store)
    expect(written).not.toEqual(none)
    expect(written.includes(other)).toBe(true)
  })

  test("a page kept whole is what is written, with its glyphs in the fonts' maps: a word gone from an earlier page still maps on a later one", async () => {
    const sentence = 'The office of the affine fields ran efficiently across the flat country, and the staff filed their reports. '
    const text = (first: string) => `---\ntitle: Pages\nlang: en\n---\n\n${first}\n\n${Array.from({length: 24}, () => sentence.repeat(4)).join('\n\n')}\n\nThe last paragraph: waffles.\n`
    const tree = (first: string) => parse(Buffer.from(text(first)), {format: 'markdown'}).tree
    const pdf = async (first: string, s?: RenderStore) => Buffer.from((await renderPdf(tree(first), {...options, fonts: fresh(), pageSize: 'a5', ...(s ? {store: s} : {})})).pdf)
    const store = new MemoryStore()
    await pdf('An office file: waffles.', store)
    const pages = store.of('page').length
    expect(pages).toBeGreaterThan(3)
    // The first page's words change, its characters do not (the subsets stay): no ffl ligature there now, only on the last
    // page, which is the store's (its glyphs mapped again).
    expect(await pdf('An office file: wales, fluff.', store)).toEqual(await pdf('An office file: wales, fluff.'))
    expect(store.of('page').length - pages).toBeLessThan(pages / 2)
    const [scope, key, value] = store.of('page').at(-1)!
    const page = STORE_KINDS.page.decode(value)!
    const other = new Uint8Array(deflateSync(Buffer.concat([inflateSync(page.deflated), Buffer.from('% kept\n')])))
    store.values.get(scope)!.set(key, STORE_KINDS.page.encode({...page, deflated: other}))
    expect((await pdf('An office file: wales, fluff.', store)).includes(Buffer.from(other))).toBe(true)
  })

  const damagedPages: Array<[string, (page: {deflated: Uint8Array; rest: string}) => unknown]> = [
    ['not zlib bytes', (page) => ({...page, deflated: new Uint8Array([1, 2, 3])})],
    ['marks that are not element numbers', (page) => ({...page, rest: page.rest.replace(/^\[\[\d+/, '[[-1')})],
    ['a glyph id beyond 16 bits', (page) => ({...page, rest: page.rest.replace(/("regular",)\d+/, '$170000')})],
    ['a face the document does not have', (page) => ({...page, rest: page.rest.replaceAll('"regular"', '"nonesuch"')})],
    ['a mark beyond the structure tree', (page) => ({...page, rest: page.rest.replace(/^\[\[\d+/, '[[99999')})],
    ['not JSON', (page) => ({...page, rest: page.rest.slice(1)})],
    ['a glyph without its characters (glyphs not in threes)', (page) => ({...page, rest: page.rest.replace(/,"[^"]*"\]\]$/, ']]')})]
  ]
  test.each(damagedPages)('a page kept with %s is not used: the same bytes', async (_, damage) => {
    const store = new MemoryStore()
    const none = await render(small())
    await render(small(), store)
    for (const [scope, key, value] of store.of('page')) store.values.get(scope)!.set(key, damage(value as {deflated: Uint8Array; rest: string}))
    expect(await render(small(), store)).toEqual(none)
  })

  test('the work of other font files is not used: a store filled with EB Garamond, the text set in Noto Serif', async () => {
    const store = new MemoryStore()
    await render(small(), store)
    const noto = {fonts: {...testFonts(), regular: testFonts().fallbacks![0]!}}
    expect(await render(small(), undefined, noto)).not.toEqual(await render(small()))
    expect(await render(small(), store, noto)).toEqual(await render(small(), undefined, noto))
  })

  test('the real article: the same bytes without a store, with an empty one, a full one and a damaged one', {tags: ['corpus'], timeout: 120_000}, async () => {
    const meta = {title: 'Chinese–North Korean Relations', lang: 'en'}
    const article = () => parse(readFileSync(`${shared}/corpus/koreans-1950-1962.txt`), {format: 'text', meta}).tree
    const store = new MemoryStore()
    const none = await render(article())
    expect(await render(article(), store)).toEqual(none)
    const made = store.sets
    expect(await render(article(), store)).toEqual(none)
    expect(store.sets).toBe(made)
    for (const values of store.values.values()) for (const key of [...values.keys()].filter((_, i) => i % 2 === 0)) values.set(key, 'damaged')
    expect(await render(article(), store)).toEqual(none)
  })
})
