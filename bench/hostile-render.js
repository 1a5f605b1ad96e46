// node bench/hostile-render.js — the renderers on the pathological inputs of issue 18, at growing
// sizes: time should grow linearly (the last column, time per unit, stays flat). Uses the built
// packages (npm run build). Numbers are printed, never asserted.
//   node bench/hostile-render.js [--quick]   (--quick: the two smallest sizes of each class)
import {Buffer} from 'node:buffer'
import {deflateSync} from 'node:zlib'
import {layout, writePdf} from '@octavo/render-pdf'
import {renderEpub} from '@octavo/render-epub'
import {loadFonts, loadHyphenation} from '../apps/cli/dist/lib/world.js'

// The fonts and patterns `octavo build` uses (apps/cli's world).
const fonts = await loadFonts()
const hyphenation = {en: await loadHyphenation('en')}
const quick = process.argv.includes('--quick')
const meta = {title: 'Hostile', lang: 'en'}
const root = (children, data = meta) => ({type: 'root', children, data: {meta: data}})
const para = (value) => ({type: 'paragraph', children: [{type: 'text', value}]})
const html = (value) => ({type: 'html', value})
const nest = (depth, wrap, deepest) => {
  let node = deepest
  for (let i = 0; i < depth; i++) node = wrap(node)
  return node
}
const png = (width, height) => {
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    out.write(type, 4, 'latin1')
    data.copy(out, 8)
    return out // CRC left zero: the checks read lengths and data, not CRCs
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 0, 0, 0, 0], 8)
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.alloc(Math.min(height, 1000) * (width + 1)))),
      chunk('IEND', Buffer.alloc(0))
    ])
  )
}

const pdf = async (tree) => {
  const {layout: laid, diagnostics} = layout(tree, {fonts, hyphenation})
  await writePdf(laid, {fonts, date: new Date(0)})
  return `${laid.pages.length} pages, ${diagnostics.length} diagnostics`
}
const epub = (tree, images) => {
  const {epub: bytes, diagnostics} = renderEpub(tree, {modified: new Date(0), ...(images ? {images} : {})})
  return `${(bytes.length / 1024).toFixed(0)} KiB, ${diagnostics.length} diagnostics`
}

/** [name, unit, sizes, make(size) → input, render(input)] */
const classes = [
  ['PDF: one word of n characters', 'char', [10_000, 100_000, 1_000_000], (n) => root([para('A ' + 'abcdefghij'.repeat(n / 10) + ' b.')]), pdf],
  ['PDF: a title of n characters', 'char', [10_000, 20_000, 100_000], (n) => root([para('Text.')], {title: 'word '.repeat(n / 5), lang: 'en'}), pdf],
  [
    'PDF: n authors',
    'author',
    [2_000, 20_000, 100_000],
    (n) => root([para('Text.')], {title: 'T', author: Array.from({length: n}, (_, i) => ({given: 'Ann', family: `Writer${i}`})), lang: 'en'}),
    pdf
  ],
  [
    'PDF: a table of n columns (3 rows)',
    'column',
    [500, 2_000, 10_000],
    (n) =>
      root([
        {type: 'table', children: [0, 1, 2].map((r) => ({type: 'tableRow', children: Array.from({length: n}, (_, c) => ({type: 'tableCell', children: [{type: 'text', value: `r${r}c${c}`}]}))}))}
      ]),
    pdf
  ],
  [
    'PDF: lists nested n deep',
    'level',
    [1_000, 10_000, 100_000],
    (n) => root([nest(n, (inner) => ({type: 'list', children: [{type: 'listItem', children: [para('item'), inner]}]}), para('deepest'))]),
    pdf
  ],
  [
    'PDF: emphasis nested n deep',
    'level',
    [10_000, 100_000, 1_000_000],
    (n) => root([{type: 'paragraph', children: [nest(n, (inner) => ({type: 'emphasis', children: [inner]}), {type: 'text', value: 'deep'})]}]),
    pdf
  ],
  [
    'EPUB: lists nested n deep',
    'level',
    [1_000, 10_000, 100_000],
    (n) => root([nest(n, (inner) => ({type: 'list', children: [{type: 'listItem', children: [para('item'), inner]}]}), para('deepest'))]),
    (tree) => epub(tree)
  ],
  [
    'EPUB: emphasis nested n deep',
    'level',
    [10_000, 100_000, 1_000_000],
    (n) => root([{type: 'paragraph', children: [nest(n, (inner) => ({type: 'emphasis', children: [inner]}), {type: 'text', value: 'deep'})]}]),
    (tree) => epub(tree)
  ],
  [
    'EPUB: raw <span> nested n deep',
    'tag',
    [2_000, 20_000, 200_000],
    (n) => root([{type: 'paragraph', children: [html('<span>'.repeat(n)), {type: 'text', value: 'deep'}, html('</span>'.repeat(n))]}]),
    (tree) => epub(tree)
  ],
  ['EPUB: n paragraphs inside an unclosed <b>', 'paragraph', [1_000, 10_000, 50_000], (n) => root([html('<b>'), ...Array.from({length: n}, (_, i) => para(`Paragraph ${i}.`))]), (tree) => epub(tree)],
  [
    'EPUB: n links each holding a note reference',
    'link',
    [1_000, 10_000, 50_000],
    (n) =>
      root([
        {
          type: 'paragraph',
          children: Array.from({length: n}, (_, i) => ({
            type: 'link',
            url: 'https://example.org',
            children: [
              {type: 'text', value: 'text'},
              {type: 'footnoteReference', identifier: String(i + 1)}
            ]
          }))
        },
        ...Array.from({length: n}, (_, i) => ({type: 'footnoteDefinition', identifier: String(i + 1), children: [para('Note.')]}))
      ]),
    (tree) => epub(tree)
  ],
  [
    'EPUB: a PNG of n megapixels (header; 1,000 rows of data)',
    'megapixel',
    [1, 50, 200],
    (n) => [root([para('x'), {type: 'paragraph', children: [{type: 'image', url: 'i.png', alt: 'An image'}]}]), {'i.png': png(10_000, n * 100)}],
    (args) => epub(...args)
  ]
]

// Warm up (fonts parsed, HarfBuzz loaded, code compiled) before anything is timed.
await pdf(root([para('Warming up the typesetting, hyphenation and shaping.')]))
epub(root([para('Warm up.')]))

console.log(`${'class'.padEnd(48)} ${'size'.padStart(10)} ${'time'.padStart(10)} ${'per unit'.padStart(14)}   result`)
for (const [name, unit, sizes, make, render] of classes) {
  for (const n of quick ? sizes.slice(0, 2) : sizes) {
    const input = make(n)
    const t = performance.now()
    let result
    try {
      result = await render(input)
    } catch (error) {
      result = `THREW ${String(error).slice(0, 60)}`
    }
    const ms = performance.now() - t
    console.log(`${name.padEnd(48)} ${n.toLocaleString('en').padStart(10)} ${`${ms.toFixed(0)} ms`.padStart(10)} ${`${((ms * 1000) / n).toFixed(1)} µs/${unit}`.padStart(14)}   ${result}`)
  }
}
