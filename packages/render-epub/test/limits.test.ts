/**
 * Hostile input (issue 18): every limit of `limits` runs the example it exists for; unbalanced
 * HTML, links in links and broken images give books EPUBCheck passes. Behaviour only — times are
 * printed by `bench/hostile.js`, never asserted.
 */
import {describe, expect, test} from 'vitest'
import {deflateSync} from 'node:zlib'
import type {BlockContent, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import {renderEpub} from '../src/index.js'
import {limits} from '../src/lib/limits.js'
import {imageProblem} from '../src/lib/image-check.js'
import {entry, epubcheck, epubcheckAvailable, md, unzipText} from './helpers.js'
import {png} from './trees.js'

const modified = new Date('2026-11-28T00:00:00Z')
const meta = {title: 'Hostile Input', lang: 'en'}
const root = (children: RootContent[]): Root => ({type: 'root', children, data: {meta}})
const para = (value: string): Paragraph => ({type: 'paragraph', children: [{type: 'text', value}]})
/** Markdown with a title and a language (no diagnostics of their own). */
const doc = (source: string): Root => md(`---\ntitle: Hostile Input\nlang: en\n---\n\n${source}`)
const content = (epub: Uint8Array): string => entry(epub, 'OEBPS/content.xhtml')

/** Books made by the tests, checked by EPUBCheck together at the end. */
const books: Array<[string, Uint8Array]> = []
function book(name: string, tree: Root, images?: Record<string, Uint8Array>): {epub: Uint8Array; messages: string[]} {
  const {epub, diagnostics} = renderEpub(tree, {modified, ...(images ? {images} : {})})
  books.push([name, epub])
  return {epub, messages: diagnostics.map((d) => d.message)}
}

function nested(depth: number, wrap: (inner: BlockContent, level: number) => BlockContent, deepest: BlockContent): BlockContent {
  let node = deepest
  for (let level = depth; level >= 1; level--) node = wrap(node, level)
  return node
}

/** A PNG chunk with its CRC. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  let c = 0xffffffff
  for (const byte of body) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  }
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  body.copy(out, 4)
  out.writeUInt32BE((c ^ 0xffffffff) >>> 0, 8 + data.length)
  return out
}
/** A greyscale PNG of the size its header claims, with `rows` rows of pixel data. */
function greyPng(width: number, height: number, rows = height): Uint8Array {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 0, 0, 0, 0], 8)
  const pixels = deflateSync(Buffer.alloc(rows * (width + 1)))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', pixels), chunk('IEND', new Uint8Array())])
}
/** A 40 × 20 baseline JPEG (made with ImageMagick). */
const jpeg = new Uint8Array(
  Buffer.from(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAAUACgDASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAQG/8QAFxABAQEBAAAAAAAAAAAAAAAAABMBEv/EABYBAQEBAAAAAAAAAAAAAAAAAAAGBP/EABkRAAIDAQAAAAAAAAAAAAAAAAABEhVhUf/aAAwDAQACEQMRAD8AzVSqKpVuqMKe00tqVRVKlRgtNLaiKoVGC00l6060FvFcI+THWnWgRXBJjrQCK4JM/9k=',
    'base64'
  )
)
/** A 1 × 1 GIF. */
const gif = new Uint8Array(Buffer.from('R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=', 'base64'))

/** The example each limit exists for, run. */
const examples: Record<keyof typeof limits, () => void> = {
  treeDepth() {
    const list = nested(1000, (inner, level) => ({type: 'list', ordered: level % 2 === 0, children: [{type: 'listItem', children: [para(`level ${level}`), inner]}]}), para('the deepest item'))
    let emphasis: PhrasingContent = {type: 'text', value: 'deeply emphasised'}
    for (let i = 0; i < 10_000; i++) emphasis = {type: 'emphasis', children: [emphasis]}
    for (const [name, tree] of [
      ['deep-list', root([list])],
      ['deep-emphasis', root([{type: 'paragraph', children: [emphasis]}])]
    ] as const) {
      const {epub, messages} = book(name, tree)
      expect(messages).toEqual([`one part of the document is nested more than ${limits.treeDepth.value} levels deep: rendered as plain text below that level`])
      const xhtml = content(epub)
      expect(xhtml).toMatch(/the deepest item|deeply emphasised/)
      if (name === 'deep-list') for (const level of [1, 127, 128, 500, 1000]) expect(xhtml).toContain(`level ${level}`)
    }
  },
  htmlDepth() {
    // Built as a tree (the parser may bound HTML nesting itself): html nodes as Markdown gives them.
    const html = (value: string): PhrasingContent => ({type: 'html', value})
    const spans = {
      type: 'paragraph' as const,
      children: [
        {type: 'text' as const, value: 'Before '},
        html('<span>'.repeat(2000)),
        {type: 'text' as const, value: 'deep text'},
        html('</span>'.repeat(2000)),
        {type: 'text' as const, value: ' after.'}
      ]
    }
    const {epub, messages} = book('deep-spans', root([spans]))
    expect(messages).toEqual([`raw HTML nested more than ${limits.htmlDepth.value} elements deep: 3488 tags beyond that level dropped (their text kept)`])
    const xhtml = content(epub)
    expect(xhtml).toContain('deep text</span>')
    expect(xhtml.split('<span>')).toHaveLength(limits.htmlDepth.value + 1)
  },
  imagePixels() {
    // A 200-megapixel PNG: refused from its header, before anything is inflated.
    const huge = greyPng(20_000, 10_000, 1)
    expect(imageProblem(huge, 'image/png')).toBe('has 200 megapixels (20000 × 10000), more than the 50 this renderer decodes')
    const {epub, messages} = book('huge-image', doc('![A huge map](huge.png)\n'), {'huge.png': huge})
    expect(messages).toContain('image "huge.png" is a PNG file that has 200 megapixels (20000 × 10000), more than the 50 this renderer decodes; not packaged')
    expect(content(epub)).toContain('<span class="image-alt">[A huge map]</span>')
    expect(unzipText(epub).some(([name]) => name.startsWith('OEBPS/images/'))).toBe(false)
  }
}

describe('limits: each runs the example it exists for', () => {
  for (const name of Object.keys(limits) as Array<keyof typeof limits>) test(`${name} (${limits[name].value}): ${limits[name].example}`, examples[name])
})

describe('unbalanced HTML and links in links', () => {
  test('<b> around paragraphs goes inside each of them, with a warning', () => {
    const {epub, messages} = book('b-around-p', doc('<b>\n\nPara one.\n\nPara two.\n\n</b>\n\nAfter.\n'))
    expect(content(epub)).toContain('<p><b>Para one.</b></p>\n<p class="indent"><b>Para two.</b></p>')
    expect(messages).toContain('unbalanced HTML put blocks (paragraphs, lists …) inside <b>; repaired: inline elements moved inside the blocks, paragraphs split around them')
  })

  test('an element left open runs on (as a browser shows it), inside the following paragraphs; misnested tags are closed', () => {
    const {epub} = book('unclosed-em', doc('Text <em>open\n\nNext <i>a <b>b</i> c</b> paragraph.\n'))
    const xhtml = content(epub)
    expect(xhtml).toContain('<p>Text <em>open</em></p>')
    expect(xhtml).toContain('<p class="indent"><em>Next <i>a <b>b</b></i><b> c</b> paragraph.</em></p>')
  })

  test('a note reference in link text: the link is split around it, no link inside a link', () => {
    const {epub, messages} = book('note-in-link', doc('See [the text[^1] here](https://example.org).\n\n[^1]: Note.\n'))
    expect(content(epub)).toContain(
      '<a href="https://example.org">the text</a><sup class="noteref"><a epub:type="noteref" role="doc-noteref" href="#fn1" id="fnref1">1</a></sup><a href="https://example.org"> here</a>.'
    )
    expect(messages).toEqual([])
  })

  test('links nested in a tree: each stands alone', () => {
    const inner: PhrasingContent = {type: 'link', url: 'https://inner.example', children: [{type: 'text', value: 'inner'}]}
    const {epub} = book(
      'link-in-link',
      root([{type: 'paragraph', children: [{type: 'link', url: 'https://outer.example', children: [{type: 'text', value: 'outer '}, inner, {type: 'text', value: ' rest'}]}]}])
    )
    expect(content(epub)).toContain('<a href="https://outer.example">outer </a><a href="https://inner.example">inner</a><a href="https://outer.example"> rest</a>')
  })

  test('a block inside emphasis in a tree: the paragraph is split around it', () => {
    const tree = root([
      {
        type: 'paragraph',
        children: [
          {type: 'text', value: 'Before '},
          {type: 'emphasis', children: [{type: 'text', value: 'in '}, {type: 'blockquote', children: [para('quoted')]} as unknown as PhrasingContent]},
          {type: 'text', value: ' after'}
        ]
      }
    ])
    const {epub} = book('block-in-emphasis', tree)
    expect(content(epub)).toMatch(/<p>Before <em>in <\/em><\/p><blockquote>\s*<p>quoted<\/p>\s*<\/blockquote><p> after<\/p>/)
  })
})

describe('images are checked before they are packaged', () => {
  const cases: Array<[string, Uint8Array, string | undefined]> = [
    ['valid.png', png, undefined],
    ['valid.jpg', jpeg, undefined],
    ['valid.gif', gif, undefined],
    ['zero.png', greyPng(0, 0), 'is a PNG file that has a size of 0 × 0 pixels'],
    ['short-data.png', greyPng(40, 20, 10), 'is a PNG file that has image data of the wrong size'],
    ['cut.png', greyPng(40, 20).subarray(0, 60), 'is a PNG file that is cut short'],
    ['cut.jpg', jpeg.subarray(0, jpeg.length - 40), 'is a JPEG file that is cut short'],
    ['garbage.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...Array.from({length: 300}, (_, i) => (i * 37) % 256)]), 'is a JPEG file that has a broken marker structure'],
    ['cut.gif', gif.subarray(0, 20), 'is a GIF file that is cut short']
  ]
  test.each(cases)('%s', (name, bytes, problem) => {
    const {epub, messages} = book(`image-${name.replace('.', '-')}`, doc(`![Figure ${name}](${name})\n`), {[name]: bytes})
    const packaged = unzipText(epub).filter(([file]) => file.startsWith('OEBPS/images/'))
    if (problem === undefined) {
      expect(messages).toEqual([])
      expect(packaged).toHaveLength(1)
    } else {
      expect(messages).toEqual([`image "${name}" ${problem}; not packaged`, `image "${name}" is not packaged in the EPUB; replaced with its alternative text`])
      expect(packaged).toEqual([])
      expect(content(epub)).toContain(`<span class="image-alt">[Figure ${name}]</span>`)
    }
  })
})

describe.skipIf(!epubcheckAvailable())('EPUBCheck', {tags: ['browser']}, () => {
  test('every book above passes clean', async () => {
    expect(books.length).toBeGreaterThan(15)
    const reports = await epubcheck(books, 2)
    const failures = reports.filter((r) => r.fatals + r.errors + r.warnings > 0)
    expect(failures.map((r) => `${r.name}: ${r.output}`)).toEqual([])
  }, 180_000)
})

describe('no array spread into arguments (issue 18)', {tags: ['slow']}, () => {
  // 200,000 paragraphs of `a` (a 600 KB article): `body.push(...sectionize(flow, toc))` threw "Maximum call stack size exceeded".
  test('a book of 200,000 paragraphs is made, every paragraph in it', {timeout: 300_000}, () => {
    const {epub} = renderEpub(root(Array.from({length: 200_000}, () => para('a'))), {modified})
    expect(content(epub).match(/<p\b[^>]*>a<\/p>/g)?.length).toBe(200_000)
  })
})
