// A paragraph's lines kept between renders (src/lib/paragraphs.ts, STORE_KINDS.paragraph): the key
// changes with every input the lines depend on, and a layout that takes paragraphs from a store is
// the layout made without one (the same items, the same structure tree, the same bytes), with the
// edited paragraph alone laid out again; what a store gives that is not a paragraph is not used.
import {describe, expect, test} from 'vitest'
import type {PhrasingContent, Root} from 'mdast'
import {parse} from '@octavo/parser'
import {STORE_KINDS, layout, renderPdf} from '../src/index.js'
import type {LayoutOptions, RenderStore} from '../src/index.js'
import {paragraphKey, settingsHash} from '../src/lib/paragraphs.js'
import type {ParagraphInput, ParagraphResolver} from '../src/lib/paragraphs.js'
import {typography} from '../src/lib/typography.js'
import {patterns, testFonts} from './helpers.js'

/** A store in memory that counts what is set, by kind. */
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
  paragraphs(): Array<[string, string, unknown]> {
    return [...this.values].filter(([scope]) => scope.startsWith('paragraph ')).flatMap(([scope, values]) => [...values].map(([key, value]): [string, string, unknown] => [scope, key, value]))
  }
}

const text = (value: string): PhrasingContent => ({type: 'text', value})
const base: ParagraphInput = {
  children: [text('The office of hyphenation in Sino-Korean relations.'), {type: 'footnoteReference', identifier: '1', label: '1'}],
  width: 345,
  size: 11.5,
  style: 'regular',
  inNote: false,
  flush: false,
  set: {},
  lang: 'en',
  codeScale: 0.73,
  hyphenated: true
}
const resolver: ParagraphResolver = {noteKey: (id) => id, referenced: () => false, definition: () => undefined}
const settings = settingsHash()
const prefix = {label: '1.', size: 9, link: {dest: 'ref-1'}, anchor: 'note-1'}

/** Each input the lines depend on, changed alone: [name, input, resolver, settings]. */
const CHANGES: Array<[string, Partial<ParagraphInput>, Partial<ParagraphResolver>?, (() => string)?]> = [
  ['a word of the text', {children: [text('The office of hyphenation in Sino-Korean relation.'), base.children[1]!]}],
  ['a run in italics', {children: [{type: 'emphasis', children: [text('The office of hyphenation in Sino-Korean relations.')]}, base.children[1]!]}],
  ['a run in another language (data.lang)', {children: [{...text('The office of hyphenation in Sino-Korean relations.'), data: {lang: 'fr'}} as PhrasingContent, base.children[1]!]}],
  ['the measure', {width: 344}],
  ['the size', {size: 11}],
  ['the style', {style: 'italic'}],
  ['in a note', {inNote: true}],
  ['flush (no first-line indent)', {flush: true}],
  ['a hanging indent', {set: {firstIndent: 0, restIndent: 20}}],
  ['the alignment', {set: {align: 'left'}}],
  ['a note number before it', {prefix}],
  ["the note number's label", {prefix: {...prefix, label: '2.'}}],
  ["the note number's link", {prefix: {...prefix, link: {dest: 'ref-2'}}}],
  ["the block's language", {lang: 'de'}],
  ['the size of code', {codeScale: 0.8}],
  ['hyphenation off', {hyphenated: false}],
  ['the note the reference names', {}, {noteKey: (id) => `a2/${id}`}],
  ['the reference not the first', {}, {referenced: () => true}],
  ['a value of typography', {}, {}, () => changedTypography()]
]

/** The settings' hash with the paragraph indent changed (the table is a plain object: `as const` is for the compiler). */
function changedTypography(): string {
  const paragraph = typography.paragraph as {indent: number}
  const saved = paragraph.indent
  paragraph.indent = saved + 0.1
  try {
    return settingsHash()
  } finally {
    paragraph.indent = saved
  }
}

describe('paragraphKey: every input of the lines is in the key', () => {
  const key = (input: Partial<ParagraphInput> = {}, resolve: Partial<ParagraphResolver> = {}, hash = settings) => paragraphKey({...base, ...input}, {...resolver, ...resolve}, hash)

  test.each(CHANGES)('%s: another key', (_, input, resolve, hash) => {
    expect(key(input, resolve, hash?.())).not.toBe(key())
  })

  test('every change gives a key of its own', () => {
    const keys = CHANGES.map(([, input, resolve, hash]) => key(input, resolve, hash?.()))
    expect(new Set([key(), ...keys]).size).toBe(CHANGES.length + 1)
  })

  test("a link definition's URL is in the key", () => {
    const children: PhrasingContent[] = [{type: 'linkReference', identifier: 'x', referenceType: 'full', children: [text('a source')]}]
    expect(key({children}, {definition: () => 'https://a.example'})).not.toBe(key({children}, {definition: () => 'https://b.example'}))
  })

  test('where the paragraph is in the source is not (an edit above it keeps its key)', () => {
    const at = (line: number) => ({start: {line, column: 1, offset: line * 80}, end: {line, column: 60, offset: line * 80 + 59}})
    expect(key({children: [{...text('The office.'), position: at(3)}]})).toBe(key({children: [{...text('The office.'), position: at(9)}]}))
  })

  test('a paragraph with an image is never kept', () => {
    expect(key({children: [text('See'), {type: 'image', url: 'map.png', alt: 'a map'}]})).toBeUndefined()
  })

  test('a paragraph whose data JSON cannot write (a BigInt) is never kept', () => {
    expect(key({children: [{type: 'text', value: 'The office.', data: {count: 10n}} as unknown as PhrasingContent]})).toBeUndefined()
  })

  test('the fonts and the document language are in the scope', () => {
    expect(STORE_KINDS.paragraph.scope('regular=a', 'en')).not.toBe(STORE_KINDS.paragraph.scope('regular=b', 'en'))
    expect(STORE_KINDS.paragraph.scope('regular=a', 'en')).not.toBe(STORE_KINDS.paragraph.scope('regular=a', 'en-GB'))
  })
})

const SOURCE = `---
title: Kept paragraphs
lang: en
---

A paragraph with a note,[^1] a [link](https://example.org/a), a word in Greek, λόγος, and \`code\`.[^2] The same note again.[^1]

A second paragraph, with a [reference link][r] and *emphasis* that runs on long enough to be broken into several lines by the optimal line breaker, hyphenating a word or two where it helps.

> A quotation, set smaller, with its own note.[^3]

- an item with [a link](https://example.org/b)
- another item

| a | b |
|---|---|
| a cell with a note[^4] | another cell |

[r]: https://example.org/r

[^1]: The first note, with a [link](https://example.org/n) and Greek: ἀρχή.

    Its second paragraph.

[^2]: The second note.

[^3]: The third note.

[^4]: The fourth note.
`
const tree = (source = SOURCE): Root => parse(Buffer.from(source), {format: 'markdown'}).tree
const options: LayoutOptions = {fonts: testFonts(), hyphenation: {en: patterns('en-us')}}

describe('a layout with paragraphs from a store', () => {
  test('is the layout made without one: items, structure tree and bytes', async () => {
    const store = new MemoryStore()
    const none = layout(tree(), options).layout
    expect(layout(tree(), {...options, store}).layout).toEqual(none)
    const kept = store.paragraphs().length
    expect(kept).toBeGreaterThan(8)
    const sets = store.sets.get('paragraph')
    expect(layout(tree(), {...options, store}).layout).toEqual(none)
    expect(store.sets.get('paragraph')).toBe(sets)
    const pdf = async (s?: RenderStore) => Buffer.from((await renderPdf(tree(), {...options, ...(s ? {store: s} : {}), date: new Date(0)})).pdf)
    expect(await pdf(store)).toEqual(await pdf())
  })

  test('an edit lays out again only the paragraph edited', () => {
    const store = new MemoryStore()
    layout(tree(), {...options, store})
    const sets = store.sets.get('paragraph')!
    const edited = `${SOURCE.replace('A second paragraph, with', 'A second paragraph, now with').replace('title: Kept paragraphs', 'title: Kept paragraphs\nsubtitle: And a line more above')}`
    expect(layout(tree(edited), {...options, store}).layout).toEqual(layout(tree(edited), options).layout)
    expect(store.sets.get('paragraph')! - sets).toBe(1)
  })

  test('a paragraph kept is what is used: its text changed in the store prints', () => {
    const store = new MemoryStore()
    layout(tree(), {...options, store})
    for (const [scope, key, value] of store.paragraphs()) store.values.get(scope)!.set(key, (value as string).replace('A second paragraph', 'A kept paragraph'))
    const texts = layout(tree(), {...options, store}).layout.pages.flatMap((page) => page.items.flatMap((item) => (item.type === 'text' ? [item.text] : [])))
    expect(texts.join(' ')).toContain('A kept paragraph')
  })

  test('a paragraph with a character no font has is laid out each time (each place reported)', () => {
    const store = new MemoryStore()
    const source = SOURCE.replace('The same note again.', 'A parrot 🦜.')
    const first = layout(tree(source), {...options, store})
    const again = layout(tree(source), {...options, store})
    expect(first.diagnostics.filter((d) => d.message.includes('U+1F99C'))).toHaveLength(1)
    expect(again.diagnostics).toEqual(first.diagnostics)
    expect(store.paragraphs().some(([, , value]) => (value as string).includes('parrot'))).toBe(false)
  })

  const DAMAGED: Array<[string, (stored: string) => string]> = [
    ['not JSON', (stored) => stored.slice(1)],
    ['a face the fonts do not have', (stored) => stored.replaceAll('"regular"', '"nonesuch"')],
    ['a tag naming no element it opened', (stored) => stored.replace('"note-1",0]', '"note-1",40]')],
    ['an element that is not a Link or a Span', (stored) => stored.replace('"Link"', '"P"')],
    ['an element under one opened after it', (stored) => stored.replace('["Link",-1]', '["Link",3]')],
    ['an item of another kind', (stored) => stored.replace('["a",', '["r",')],
    ['an item with a field of its own', (stored) => stored.replace('["t",', '["t","red",')],
    ['a text item without its soft-hyphen flag', (stored) => stored.replace(/,([01])\]/, ']')],
    ['no lines', (stored) => JSON.stringify([...(JSON.parse(stored) as unknown[]).slice(0, 2), []])]
  ]
  test.each(DAMAGED)('a paragraph kept that is %s is not used: laid out anew, the same layout', (_, damage) => {
    const store = new MemoryStore()
    const none = layout(tree(), options).layout
    layout(tree(), {...options, store})
    const [scope, key, value] = store.paragraphs().find(([, , v]) => (v as string).includes('A paragraph with a note'))!
    const damaged = damage(value as string)
    expect(damaged).not.toBe(value)
    expect(STORE_KINDS.paragraph.decode(damaged, new Set(Object.keys(none.charsets)))).toBeUndefined()
    store.values.get(scope)!.set(key, damaged)
    expect(layout(tree(), {...options, store}).layout).toEqual(none)
    expect(store.values.get(scope)!.get(key)).toBe(value)
  })

  test("a note's paragraph kept names its number's link: not used where there is no number", () => {
    const store = new MemoryStore()
    const none = layout(tree(), options).layout
    layout(tree(), {...options, store})
    const [scope, , value] = store.paragraphs().find(([, , v]) => (v as string).includes('The second note'))!
    expect(value as string).toContain('"ref-2",-2]')
    // The same lines under the key of the paragraph after it, which has no number before it.
    const [, otherKey] = store.paragraphs().find(([, , v]) => (v as string).includes('Its second paragraph'))!
    store.values.get(scope)!.set(otherKey, value)
    expect(layout(tree(), {...options, store}).layout).toEqual(none)
  })
})
