/** Properties of the layout over generated articles (fast-check): notes, margins, the note area. */
import {expect, test} from 'vitest'
import fc from 'fast-check'
import type {FootnoteDefinition, Paragraph, Root, RootContent} from 'mdast'
import {geometries, layout} from '../src/index.js'
import type {TextItem} from '../src/index.js'
import {patterns, testFonts} from './helpers.js'

const vocabulary = 'the of archives border migration nationality government Pyongyang Yanbian relations—and policy’s “exodus” 1961 agreement'.split(' ')
const words = (n: number, seed: number) => Array.from({length: n}, (_, i) => vocabulary[(seed + i * 7) % vocabulary.length]).join(' ')

const article = fc.record({
  pageSize: fc.constantFrom('a4' as const, 'letter' as const, '6x9' as const),
  blocks: fc.array(
    fc.record({
      heading: fc.boolean(),
      words: fc.integer({min: 3, max: 220}),
      refs: fc.array(fc.integer({min: 0, max: 220}), {maxLength: 3}),
      notes: fc.array(fc.oneof(fc.integer({min: 1, max: 160}), fc.integer({min: 300, max: 900})), {maxLength: 3})
    }),
    {minLength: 1, maxLength: 25}
  )
})

test('property: every note starts on its reference’s page; text stays in the margins and out of the note area', () => {
  fc.assert(
    fc.property(article, ({pageSize, blocks}) => {
      const children: RootContent[] = []
      const definitions: FootnoteDefinition[] = []
      let n = 0
      blocks.forEach((block, b) => {
        if (block.heading) children.push({type: 'heading', depth: 2, children: [{type: 'text', value: words(4, b)}]})
        const text = words(block.words, b).split(' ')
        const content: Paragraph['children'] = []
        let from = 0
        for (const at of [...block.refs].sort((x, y) => x - y).slice(0, block.notes.length)) {
          const cut = Math.min(text.length, Math.max(from + 1, at))
          content.push({type: 'text', value: text.slice(from, cut).join(' ')})
          n++
          content.push({type: 'footnoteReference', identifier: String(n), label: String(n)})
          definitions.push({
            type: 'footnoteDefinition',
            identifier: String(n),
            label: String(n),
            children: [{type: 'paragraph', children: [{type: 'text', value: words(block.notes[content.length / 2 - 1] ?? 5, n) + ` end${n}.`}]}]
          })
          content.push({type: 'text', value: ' '})
          from = cut
        }
        content.push({type: 'text', value: text.slice(from).join(' ') + '.'})
        children.push({type: 'paragraph', children: content})
      })
      const tree: Root = {type: 'root', children: [...children, ...definitions], data: {meta: {title: 'Generated', lang: 'en'}}}
      const {layout: laid, diagnostics} = layout(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}, pageSize})
      const g = geometries[pageSize]
      expect(diagnostics.filter((d) => d.source !== 'render-pdf:overfull')).toEqual([])
      for (let i = 1; i <= n; i++) {
        const refPage = laid.pages.find((p) => p.items.some((it) => it.type === 'anchor' && it.name === `ref-${i}`))
        const notePage = laid.pages.find((p) => p.notes?.starts.includes(String(i)))
        expect(notePage?.number, `note ${i}`).toBe(refPage?.number)
        // and ends, in full, on that page or a later one
        const endPage = laid.pages.find((p) => p.items.some((it) => it.type === 'text' && it.y < (p.notes?.top ?? 0) && it.text.includes(`end${i}.`)))
        expect(endPage?.number, `end of note ${i}`).toBeGreaterThanOrEqual(notePage!.number)
      }
      for (const page of laid.pages) {
        const left = page.number % 2 === 1 ? g.inner : g.outer
        const right = left + laid.width - g.inner - g.outer
        for (const t of page.items.filter((i): i is TextItem => i.type === 'text')) {
          expect(t.x).toBeGreaterThanOrEqual(left - 0.01)
          if (!diagnostics.length) expect(t.x + t.width).toBeLessThanOrEqual(right + 0.05)
          expect(t.y).toBeGreaterThan(g.bottom * 0.4)
          expect(t.y).toBeLessThan(laid.height - g.top * 0.4)
        }
        if (page.notes) {
          const noteTop = page.notes.top
          const body = page.items.filter((i): i is TextItem => i.type === 'text' && i.y > g.bottom && i.size > g.noteSize + 0.5)
          // body text above the note area (baselines leave room for descenders)
          for (const t of body) expect(t.y, t.text).toBeGreaterThan(noteTop)
        }
      }
    }),
    {numRuns: Number(process.env.RUNS ?? 25)}
  )
})
