// The pages' content streams compressed elsewhere (`WriteOptions.deflate`, the CLI: on a worker
// thread): the same bytes as compressed by the writer when the caller's function is `deflate`; what
// it gives is what the PDF holds; with a store it is not used (pages are kept compressed).
import {describe, expect, test} from 'vitest'
import type {Root} from 'mdast'
import {deflate, renderPdf} from '../src/index.js'
import type {RenderOptions, RenderStore} from '../src/index.js'
import {patterns, testFonts} from './helpers.js'

const tree: Root = {
  type: 'root',
  children: Array.from({length: 12}, (_, i) => ({type: 'paragraph' as const, children: [{type: 'text' as const, value: `Paragraph ${i}: the archives of the border and its people. `.repeat(10)}]})),
  data: {meta: {title: 'Pages', lang: 'en'}}
}
const options: RenderOptions = {fonts: testFonts(), hyphenation: {en: patterns('en-us')}, date: new Date(0), pageSize: 'a5'}
const render = async (more: Partial<RenderOptions> = {}) => Buffer.from((await renderPdf(tree, {...options, ...more})).pdf)

describe('content streams compressed elsewhere', () => {
  test('the same bytes when the function given is `deflate`, later and out of order', async () => {
    const here = await render()
    const calls: number[] = []
    let n = 0
    const elsewhere = (bytes: Uint8Array) => {
      const i = n++
      calls.push(i)
      return new Promise<Uint8Array>((resolve) => setTimeout(() => resolve(deflate(bytes)), i % 2 ? 1 : 5))
    }
    expect((await render({deflate: elsewhere})).equals(here)).toBe(true)
    expect(calls.length).toBeGreaterThan(1)
  })

  test('what it gives is what the PDF holds; with a store it is not asked', async () => {
    const here = await render()
    let asked = 0
    const level1 = (bytes: Uint8Array) => (asked++, Promise.resolve(deflate(bytes, 1)))
    expect((await render({deflate: level1})).equals(here)).toBe(false)
    const before = asked
    const store: RenderStore = {get: () => undefined, set: () => undefined}
    expect((await render({deflate: level1, store})).equals(here)).toBe(true)
    expect(asked).toBe(before)
  })
})
