/** Diagnostics as data: inside an article of a volume they name its file; a font that cannot be parsed is an error, never an exception. */
import {describe, expect, test} from 'vitest'
import type {Root, RootContent} from 'mdast'
import type {Article} from '@octavo/parser'
import {parse} from '@octavo/parser'
import {layout, renderPdf} from '../src/index.js'
import type {FontFiles, TextItem} from '../src/index.js'
import {testFonts} from './helpers.js'

const parrot = '\u{1F99C}' // no test font has it

function article(file: string | undefined, source: string): Article {
  const {tree} = parse(source, {format: 'markdown'})
  const node: Article = {type: 'article', children: tree.children as RootContent[], data: {meta: tree.data?.meta ?? {}}}
  if (file !== undefined) node.data!.file = file
  return node
}

describe('diagnostics inside the articles of a volume', () => {
  const first = article('articles/first.md', `---\ntitle: First ${parrot}\n---\n\nText with a parrot ${parrot} and a lost image.[^1]\n\n![Lost](lost.png)\n\n[^1]: A note with a parrot ${parrot}.\n`)
  const second = article('articles/second.md', `---\ntitle: Second\n---\n\nPlain text.[^1]\n\n[^1]: A note.\n[^2]: A note no one cites.\n`)
  const anonymous = article(undefined, `---\ntitle: Third\n---\n\nAnother parrot ${parrot}.\n`)
  const tree: Root = {
    type: 'root',
    children: [
      first,
      second,
      anonymous,
      {type: 'bibliography', title: 'Works Cited', children: [{type: 'bibliographyEntry', id: 'x', children: [{type: 'text', value: `A book about a parrot ${parrot}.`}]}]}
    ],
    data: {meta: {title: 'A Reader', lang: 'en'}}
  }
  const {diagnostics} = layout(tree, {fonts: testFonts()})

  test('each names the file of the article it is in: title, text, image, a note set during pagination', () => {
    const of = (file: string | undefined) => diagnostics.filter((d) => d.file === file).map((d) => [d.source, d.position?.start.line])
    expect(of('articles/first.md')).toEqual([
      ['render-pdf:font', undefined], // the parrot in the title (from the metadata: no position)
      ['render-pdf:font', 5],
      ['render-pdf:image', 7],
      ['render-pdf:font', 9] // in the note, set lazily while the pages are made
    ])
    // A note never referenced is the parser's warning (the note table's), not the renderer's: one per build.
    expect(of('articles/second.md')).toEqual([])
  })

  test('an article without a file, and the volume’s own bibliography, give diagnostics without one', () => {
    expect(diagnostics.filter((d) => d.file === undefined).map((d) => [d.source, d.position?.start.line])).toEqual([
      ['render-pdf:font', 5],
      ['render-pdf:font', undefined]
    ])
    expect(diagnostics).toHaveLength(6)
  })
})

describe('a font that cannot be parsed', () => {
  const garbage = Uint8Array.from({length: 4096}, (_, i) => (i * 7919 + 13) & 0xff)
  const truncated = testFonts().regular.slice(0, 300) // a real font's header, cut short
  const tree = parse('---\ntitle: Fonts\n---\n\nSome text, with *emphasis* and Greek: λόγος.\n', {format: 'markdown'}).tree
  const printed = (fonts: FontFiles) => {
    const result = layout(tree, {fonts})
    return {result, text: result.layout.pages.flatMap((p) => p.items.filter((i): i is TextItem => i.type === 'text').map((i) => i.text)).join(' ')}
  }

  test('as a fallback: an error naming it; the text is set without it', () => {
    const fonts = {...testFonts(), fallbacks: [garbage, ...testFonts().fallbacks!]}
    const {result, text} = printed(fonts)
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.source, d.message.replace(/\(.*\)/, '(…)')])).toEqual([
      ['render-pdf:font', 'font file given as the fallbacks[0] face cannot be parsed (…); it is left out']
    ])
    expect(text).toContain('λόγος')
    expect(Object.keys(result.layout.charsets)).not.toContain('fallback0')
  })

  test('as the regular face (garbage or cut short): an error, and another face given stands in', async () => {
    for (const bad of [garbage, truncated]) {
      const fonts: FontFiles = {...testFonts(), regular: bad}
      const {result, text} = printed(fonts)
      expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message.replace(/\(.*\)/, '(…)'))).toEqual([
        'font file given as the regular face cannot be parsed (…); another face given stands in for it'
      ])
      expect(text).toContain('Some text')
      expect(Object.keys(result.layout.charsets)).not.toContain('regular')
      const {pdf, diagnostics} = await renderPdf(tree, {fonts})
      expect(diagnostics.some((d) => d.severity === 'error')).toBe(true)
      expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-')
    }
  })

  test('when no face can be parsed: an error, no pages, no exception', async () => {
    const {result} = printed({regular: garbage, fallbacks: [truncated]})
    expect(result.layout.pages).toEqual([])
    expect(result.diagnostics.map((d) => [d.severity, d.message.replace(/\(.*\)/, '(…)')])).toEqual([
      ['error', 'font file given as the fallbacks[0] face cannot be parsed (…); it is left out'],
      ['error', 'font file given as the regular face cannot be parsed (…); no font can be used, nothing is typeset']
    ])
    const {diagnostics} = await renderPdf(tree, {fonts: {regular: new Uint8Array(0)}})
    expect(diagnostics.map((d) => d.severity)).toEqual(['error'])
  })
})
