// npm run bench:typst — the 40-article reader against Typst, per page. The same articles
// (bench/reader.js's makeReader) are parsed with @octavo/parser and written as one Typst document
// (headings, paragraphs, emphasis, lists, quotations, code, each note a footnote on its page,
// each article on a recto, EB Garamond justified and hyphenated on 6×9 inches, page numbers),
// then compiled to PDF by @myriaddreamin/typst-ts-node-compiler in a new process, start to exit,
// paired with `octavo reader` of the same folder (new process, no cache), alternating.
// Typst is not a dependency: it is used when it can be imported from here, or from the folder
// BENCH_TYPST_FROM names (a folder where `npm install @myriaddreamin/typst-ts-node-compiler` ran).
// BENCH_RUNS (5), BENCH_SIZES (40). BENCH_BASE=path to another bundle's octavo.js pairs it in the same
// run (alternating, its outputs checked against this one's: SHA-256 of every file). Numbers printed,
// never asserted; the load average printed.
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {loadavg} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse as parseYaml} from 'yaml'
import {parse} from '@octavo/parser'
import {differingFiles, hashes, makeReader, pageCount} from './reader.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bundle = process.env['BENCH_BIN'] ? path.resolve(process.env['BENCH_BIN']) : path.join(repo, 'apps/cli/dist/bundle/octavo.js')
const require = createRequire(import.meta.url)

const median = (values) => {
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** The compiler's module file, undefined when it is not installed. */
function typstModule() {
  for (const from of [import.meta.url, process.env['BENCH_TYPST_FROM'] && path.join(path.resolve(process.env['BENCH_TYPST_FROM']), 'x.js')].filter(Boolean)) {
    try {
      return createRequire(from).resolve('@myriaddreamin/typst-ts-node-compiler')
    } catch {
      // not there
    }
  }
  return undefined
}

/** Typst's markup characters, escaped in text. */
const escape = (text) => text.replace(/[\\*_`#$@<>[\]~=\-+/]/g, (c) => `\\${c}`)

/** A node of an octavo tree as Typst markup; `notes` the footnote definitions by identifier. An embedded expression ends with `;` (a `.` after it would be read as a field). */
function typst(node, notes) {
  const inner = (n) => (n.children ?? []).map((c) => typst(c, notes)).join('')
  switch (node.type) {
    case 'text':
      return escape(node.value)
    case 'emphasis':
      return `#emph[${inner(node)}];`
    case 'strong':
      return `#strong[${inner(node)}];`
    case 'inlineCode':
      return `#raw(${JSON.stringify(node.value)});`
    case 'break':
      return ' \\\n'
    case 'link':
      return `#link(${JSON.stringify(node.url)})[${inner(node)}];`
    case 'footnoteReference': {
      const def = notes.get(node.identifier)
      return def ? `#footnote[${def.children.map((c) => typst(c, notes).trim()).join(' ')}];` : ''
    }
    case 'heading':
      return `${'='.repeat(Math.min(node.depth + 1, 6))} ${inner(node)}\n\n`
    case 'paragraph':
      return `${inner(node)}\n\n`
    case 'blockquote':
      return `#quote(block: true)[${inner(node)}]\n\n`
    case 'list':
      return `${node.children.map((item) => `${node.ordered ? '+' : '-'} ${inner(item).trim().replace(/\n\n/g, '\n  ')}\n`).join('')}\n`
    case 'code':
      return `#raw(block: true, ${JSON.stringify(node.value)})\n\n`
    case 'thematicBreak':
      return '#line(length: 100%)\n\n'
    case 'footnoteDefinition':
    case 'html':
    case 'image':
    case 'definition':
      return ''
    default:
      return node.children ? inner(node) : node.value ? escape(String(node.value)) : ''
  }
}

/** The reader's articles as one Typst document. */
export function readerAsTypst(dir, yaml) {
  const entries = parseYaml(readFileSync(yaml, 'utf8')).articles
  const parts = [
    '#set page(width: 6in, height: 9in, margin: (inside: 0.75in, outside: 0.6in, y: 0.7in), numbering: "1")',
    '#set text(font: "EB Garamond", size: 11pt, lang: "en", hyphenate: true)',
    '#set par(justify: true, first-line-indent: 1em)',
    '#show heading: set text(size: 12pt)'
  ]
  for (const entry of entries) {
    const file = path.join(dir, entry)
    const metaFile = file.replace(/\.txt$/, '.meta.yaml')
    const meta = file.endsWith('.txt') ? parseYaml(readFileSync(metaFile, 'utf8')) : undefined
    const {tree} = parse(new Uint8Array(readFileSync(file)), {format: file.endsWith('.txt') ? 'text' : 'markdown', ...(meta ? {meta} : {})})
    const notes = new Map()
    for (const node of tree.children) if (node.type === 'footnoteDefinition') notes.set(node.identifier, node)
    const title = tree.data?.meta?.title ?? path.basename(file)
    parts.push(`#pagebreak(to: "odd", weak: true)\n#align(center)[#text(size: 16pt)[${escape(String(title))}]]\n`)
    parts.push(tree.children.map((node) => typst(node, notes)).join(''))
  }
  return parts.join('\n')
}

/** Typst compiling `main` to `out` in a new process, start to exit (ms). */
function typstRun(module, fonts, main, out) {
  const script = `const {NodeCompiler} = require(${JSON.stringify(module)})
    const compiler = NodeCompiler.create({fontArgs: [{fontPaths: ${JSON.stringify(fonts)}}]})
    const pdf = compiler.pdf({mainFileContent: require('node:fs').readFileSync(${JSON.stringify(main)}, 'utf8')})
    require('node:fs').writeFileSync(${JSON.stringify(out)}, pdf)`
  const start = performance.now()
  const child = spawnSync(process.execPath, ['-e', script], {encoding: 'utf8'})
  const ms = performance.now() - start
  if (child.status !== 0) throw new Error(`typst failed: ${child.stderr}`)
  return ms
}

const base = process.env['BENCH_BASE'] ? path.resolve(process.env['BENCH_BASE']) : undefined

/** `octavo reader` of the folder in a new process, no cache, start to exit (ms). */
function octavoRun(yaml, out, bin = bundle) {
  const start = performance.now()
  const child = spawnSync(process.execPath, [bin, 'reader', yaml, '-o', out, '--quiet'], {encoding: 'utf8', env: {...process.env, SOURCE_DATE_EPOCH: '0', OCTAVO_CACHE_DIR: 'off'}})
  const ms = performance.now() - start
  if (child.status !== 0) throw new Error(`octavo reader failed: ${child.stderr}`)
  return ms
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const module = typstModule()
  if (!module) {
    console.log('@myriaddreamin/typst-ts-node-compiler is not installed (BENCH_TYPST_FROM names a folder where it is): nothing to compare')
    process.exit(0)
  }
  const runs = Number(process.env['BENCH_RUNS'] ?? 5)
  const fonts = [
    path.dirname(require.resolve('@expo-google-fonts/eb-garamond/400Regular/EBGaramond_400Regular.ttf', {paths: [path.join(repo, 'apps/cli')]})),
    '400Regular_Italic',
    '700Bold',
    '700Bold_Italic'
  ].map((f, i, all) => (i === 0 ? f : path.join(path.dirname(all[0]), f)))
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the start`
  )
  for (const count of (process.env['BENCH_SIZES'] ?? '40').split(',').map(Number)) {
    const {dir, yaml} = makeReader(count)
    const main = path.join(dir, 'reader.typ')
    writeFileSync(main, readerAsTypst(dir, yaml))
    const typstPdf = path.join(dir, 'typst.pdf')
    const out = path.join(dir, 'out')
    typstRun(module, fonts, main, typstPdf) // untimed: the first run reads the fonts from disk
    const times = {typst: [], octavo: [], base: []}
    const baseOut = path.join(dir, 'base-out')
    for (let i = 0; i < runs; i++) {
      const pair = [() => times.typst.push(typstRun(module, fonts, main, typstPdf)), () => times.octavo.push(octavoRun(yaml, out))]
      if (base) pair.push(() => times.base.push(octavoRun(yaml, baseOut, base)))
      for (const run of i % 2 ? pair.reverse() : pair) run()
    }
    const pages = {
      typst: await pageCount(typstPdf),
      octavo: await pageCount(
        path.join(
          out,
          readdirSync(out).find((n) => n.endsWith('.pdf'))
        )
      )
    }
    const per = (who) => (median(times[who]) / pages[who]) * 1000
    console.log(`Typst ${count} articles: ${(median(times.typst) / 1000).toFixed(2)} s, ${pages.typst} pages, ${per('typst').toFixed(0)} µs/page (median of ${runs}, new processes)`)
    console.log(
      `octavo reader ${count} articles, no cache: ${(median(times.octavo) / 1000).toFixed(2)} s, ${pages.octavo} pages, ${per('octavo').toFixed(0)} µs/page: ${(per('octavo') / per('typst')).toFixed(2)}× Typst per page`
    )
    if (base) {
      const perBase = (median(times.base) / pages.octavo) * 1000
      console.log(
        `octavo reader (BENCH_BASE) ${count} articles, no cache: ${(median(times.base) / 1000).toFixed(2)} s, ${perBase.toFixed(0)} µs/page: ${(perBase / per('typst')).toFixed(2)}× Typst per page; this / base ${(median(times.octavo) / median(times.base)).toFixed(3)}`
      )
      const [ours, theirs] = [hashes(out), hashes(baseOut)]
      const differ = differingFiles(ours, theirs)
      console.log(differ.length === 0 ? `outputs byte-identical to BENCH_BASE's (${Object.keys(ours).length} files, SHA-256)` : `outputs DIFFER from BENCH_BASE's: ${differ.join(', ')}`)
    }
    console.log(
      `all runs (s): ${Object.entries(times)
        .filter(([, t]) => t.length > 0)
        .map(([who, t]) => `${who} ${t.map((ms) => (ms / 1000).toFixed(2)).join(' ')}`)
        .join('; ')}`
    )
    rmSync(dir, {recursive: true, force: true})
  }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the end`
  )
}
