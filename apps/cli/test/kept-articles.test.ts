import {describe, expect, it} from 'vitest'
import type {Root} from '@octavo/parser'
import {DiskPreparedStore, type CachedArticle} from '../src/lib/prepared-store.js'
import type {PreparedArticle} from '../src/lib/build.js'
import {volumeWith, volumeWithout, type KeptArticle} from '../src/lib/kept-articles.js'
import {tempDir} from './helpers.js'

/** A prepared article: a heading and a paragraph with a note reference. */
function entry(text: string): CachedArticle {
  const tree = {
    type: 'root',
    data: {meta: {title: text}},
    children: [
      {type: 'heading', depth: 1, children: [{type: 'text', value: text}]},
      {
        type: 'paragraph',
        children: [
          {type: 'text', value: `${text} moved inland.`},
          {type: 'footnoteReference', identifier: '1', label: '1'}
        ]
      }
    ]
  }
  const prepared = {inputs: [], style: '', images: new Map(), notes: [], items: [], diagnostics: [], tree}
  return {key: 'k1', prepared: prepared as unknown as PreparedArticle, extra: []}
}

/** A volume as the reader binds it: each article its prepared children and a bibliography after them, then the credits. */
function volumeOf(entries: CachedArticle[]): Root {
  const articles = entries.map((e, i) => ({type: 'article', data: {id: `a${i}`}, children: [...e.prepared.tree.children, {type: 'bibliography', children: []}]}))
  return {type: 'root', children: [...articles, {type: 'credits', children: []}]} as unknown as Root
}

describe('a volume sent to a worker with its kept articles as their prepared entries’ bytes', () => {
  it('reads back on the worker as the volume the main thread has, the articles sent whole left as they are', async () => {
    const store = new DiskPreparedStore(await tempDir(), 'tool 1')
    const entries = [entry('Salt'), entry('Silk'), entry('Tea')]
    await store.set('one.md', entries[0]!)
    await store.set('three.md', entries[2]!)
    const read = (await store.get('one.md', 'k1'))!
    const volume = volumeOf([read, entries[1]!, entries[2]!])
    const kept: KeptArticle[] = [
      {at: 0, count: 2, body: read.body!},
      {at: 2, count: 2, body: entries[2]!.body!}
    ]
    const sent = structuredClone(volumeWithout(volume, kept))
    // What is sent holds only what the articles add after their prepared trees.
    expect(sent.children.map((c) => ('children' in c ? c.children.length : 0))).toEqual([1, 3, 1, 0])
    expect(volumeWith(sent, structuredClone(kept))).toEqual(volume)
  })

  it('is refused when an entry does not read back as sent, rather than making another volume', async () => {
    const store = new DiskPreparedStore(await tempDir(), 'tool 1')
    const one = entry('Salt')
    await store.set('one.md', one)
    const volume = volumeOf([one])
    const sent = volumeWithout(volume, [{at: 0, count: 2, body: one.body!}])
    expect(() => volumeWith(sent, [{at: 0, count: 1, body: one.body!}])).toThrow('does not read back as sent')
    expect(() => volumeWithout(volume, [{at: 1, count: 2, body: one.body!}])).toThrow('is not an article')
  })
})
