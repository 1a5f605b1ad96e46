#!/usr/bin/env node
// Benchmark of the built package (run `npm run build` in packages/render-pdf first; the real
// article also needs a built @octavo/parser). Prints warm times for the real article and, for
// synthetic articles of growing length, time per page and peak memory.
//   node bench/bench.mjs [--pages 1000]
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {layout, writePdf} from '../dist/index.js'

const require = createRequire(import.meta.url)
const here = path.dirname(fileURLToPath(import.meta.url))
const shared = path.resolve(here, '../../../../shared')
const font = (pkg, file) => new Uint8Array(readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file)))
const fonts = {
  regular: font('@expo-google-fonts/eb-garamond', '400Regular/EBGaramond_400Regular.ttf'),
  italic: font('@expo-google-fonts/eb-garamond', '400Regular_Italic/EBGaramond_400Regular_Italic.ttf'),
  bold: font('@expo-google-fonts/eb-garamond', '700Bold/EBGaramond_700Bold.ttf'),
  boldItalic: font('@expo-google-fonts/eb-garamond', '700Bold_Italic/EBGaramond_700Bold_Italic.ttf'),
  mono: font('dejavu-fonts-ttf', 'ttf/DejaVuSansMono.ttf'),
  fallbacks: [font('@expo-google-fonts/noto-serif', '400Regular/NotoSerif_400Regular.ttf')]
}
const hyphenation = {en: require('hyphen/patterns/en-us')}
const args = process.argv.slice(2)
const maxPages = Number(args[args.indexOf('--pages') + 1] || 1000)

// Wall-clock and CPU time (the CPU time is what to compare on a shared machine).
async function render(tree) {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const {layout: laid} = layout(tree, {fonts, hyphenation})
  const t1 = performance.now()
  const pdf = await writePdf(laid, {fonts, date: new Date(0)})
  const t2 = performance.now()
  const cpu = process.cpuUsage(c0)
  return {pages: laid.pages.length, layoutMs: t1 - t0, writeMs: t2 - t1, cpuMs: (cpu.user + cpu.system) / 1000, bytes: pdf.length}
}

// The real article, if the parser is built.
try {
  const {parse} = await import('@octavo/parser')
  const {parse: parseYaml} = await import('yaml')
  const meta = parseYaml(readFileSync(`${shared}/corpus/koreans-1950-1962.meta.yaml`, 'utf8'))
  const {tree} = parse(readFileSync(`${shared}/corpus/koreans-1950-1962.txt`), {format: 'text', meta})
  const notes = tree.children.filter((c) => c.type === 'footnoteDefinition').length
  if (notes < 90) console.log(`real article: the built parser finds ${notes} notes (build @octavo/parser); skipped`)
  else {
    for (let i = 0; i < 3; i++) await render(tree)
    const runs = []
    for (let i = 0; i < 5; i++) runs.push(await render(tree))
    const best = runs.map((r) => r.layoutMs + r.writeMs).sort((a, b) => a - b)
    const cpu = runs.map((r) => r.cpuMs).sort((a, b) => a - b)
    const r = runs[0]
    console.log(`real article: ${r.pages} pages, ${(r.bytes / 1024).toFixed(0)} KiB; warm layout+write median ${best[2].toFixed(0)} ms (min ${best[0].toFixed(0)}), CPU median ${cpu[2].toFixed(0)} ms`)
  }
} catch (error) {
  console.log(`real article: skipped (${error.message.split('\n')[0]})`)
}

// Synthetic articles: sections of varied paragraphs, one note per paragraph.
const words =
  'the of migration border Korean policy nationality ethnic archives provincial relations between government historical consideration responsibility international committee agreement population'.split(
    ' '
  )
function synthetic(paragraphs) {
  let seed = 7
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const children = []
  const defs = []
  for (let p = 0; p < paragraphs; p++) {
    if (p % 12 === 0) children.push({type: 'heading', depth: 2, children: [{type: 'text', value: `Section ${p / 12 + 1}`}]})
    const text = Array.from({length: 90 + Math.floor(rand() * 80)}, () => words[Math.floor(rand() * words.length)]).join(' ')
    const id = String(p + 1)
    children.push({
      type: 'paragraph',
      children: [
        {type: 'text', value: text + '.'},
        {type: 'footnoteReference', identifier: id, label: id}
      ]
    })
    defs.push({
      type: 'footnoteDefinition',
      identifier: id,
      label: id,
      children: [{type: 'paragraph', children: [{type: 'text', value: Array.from({length: 15 + Math.floor(rand() * 40)}, () => words[Math.floor(rand() * words.length)]).join(' ') + '.'}]}]
    })
  }
  return {type: 'root', children: [...children, ...defs], data: {meta: {title: 'A synthetic article', author: [{given: 'A.', family: 'Writer'}], lang: 'en'}}}
}
await render(synthetic(20))
for (const paragraphs of [Math.round((maxPages * 2.7) / 10), Math.round((maxPages * 2.7) / 3), Math.round(maxPages * 2.7)]) {
  if (globalThis.gc) globalThis.gc()
  const r = await render(synthetic(paragraphs))
  const rss = process.memoryUsage().rss / 1024 / 1024
  const ms = r.layoutMs + r.writeMs
  console.log(
    `${r.pages} pages: layout ${r.layoutMs.toFixed(0)} ms + write ${r.writeMs.toFixed(0)} ms = ${(ms / 1000).toFixed(2)} s (CPU ${(r.cpuMs / 1000).toFixed(2)} s, ${(r.cpuMs / r.pages).toFixed(2)} ms/page), rss ${rss.toFixed(0)} MiB, ${(r.bytes / 1024 / 1024).toFixed(1)} MiB`
  )
}
