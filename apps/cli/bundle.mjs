/**
 * The `octavo` command as one bundled program (esbuild): a start-up reads a
 * handful of files instead of ~1,000 modules. The program is one CommonJS
 * file (dist/bundle/program.cjs) that the start (src/start.ts,
 * dist/bundle/octavo.js) compiles with V8's code cache, kept under the cache
 * folder (src/lib/code-cache.ts; Node 20 caches no ES module). The
 * renderers, citation-js's plugins and the modules behind them stay behind
 * esbuild's lazy wrappers: they run only when a build asks for them.
 * Packages that find their own files at run time (HarfBuzz's wasm,
 * tinypool's workers, citeproc, hyphenation patterns picked by language)
 * stay outside and are loaded from node_modules as before. The workspace
 * packages are bundled from their TypeScript sources. The worker threads of
 * a reader run the unbundled `dist/lib/worker.js` (built by tsc).
 */
import {Buffer} from 'node:buffer'
import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {build} from 'esbuild'
import {asciiOnly} from './bundle-ascii.mjs'

/** Packages loaded from node_modules at run time, each with why. */
const EXTERNAL = {
  harfbuzzjs: 'finds harfbuzz.wasm beside its own module (import.meta.url)',
  tinypool: 'starts workers from its own files',
  citeproc: 'loaded through @citation-js/plugin-csl when a bibliography is formatted (one file, 1 MB)',
  hyphen: 'patterns are imported by language at run time',
  open: 'runs the xdg-open script it ships beside itself'
}

/**
 * Packages the program imports statically but few builds use: each import
 * gives functions that load the package when first called (it sits behind
 * an esbuild lazy wrapper), so a start-up does not run it. Each with the
 * functions imported and why. Only functions can be lazy this way.
 */
const LAZY = {
  'hast-util-from-html': {names: ['fromHtml'], why: "parse5 and its entity tables (≈ 10 ms at every start-up): used for HTML in Markdown and for an edition's formatted bibliography only"}
}

// Files of an earlier build (chunks of the ES module bundle before) would stay beside the new ones (and in the build id).
rmSync('dist/bundle', {recursive: true, force: true})

/** Converters and fetch libraries loaded and never used (see bundle-stubs/no-woff.cjs, no-fetch.cjs). */
const ALIAS = {wawoff2: './bundle-stubs/no-woff.cjs', 'woff2sfnt-sfnt2woff': './bundle-stubs/no-woff.cjs', 'sync-fetch': './bundle-stubs/no-fetch.cjs', 'node-fetch': './bundle-stubs/no-fetch.cjs'}

// The program: one CommonJS file, which src/start.ts compiles with V8's code cache (Node 20 caches
// no ES module). Modules loaded on demand (the renderers, citation-js's plugins) stay behind
// esbuild's lazy wrappers: they run, and with a code cache are compiled, only when used.
await build({
  entryPoints: {program: 'src/main.ts'},
  outdir: 'dist/bundle',
  outExtension: {'.js': '.cjs'},
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // import() becomes require(): a script compiled from a code cache cannot import on Node 20
  // (harfbuzzjs, an ES module with top-level await, goes through src/lib/import-hook.ts).
  supported: {'dynamic-import': false},
  conditions: ['@octavo/source'],
  mainFields: ['module', 'main'],
  external: Object.keys(EXTERNAL),
  alias: ALIAS,
  // import.meta.url is the program's file (beside it: notes-model.bin, build-id, review.js).
  define: {'import.meta.url': '__octavoModuleUrl'},
  banner: {js: "var __octavoModuleUrl = require('node:url').pathToFileURL(__filename).href;"},
  plugins: [
    // The renderer's static import of harfbuzzjs finds the module src/lib/renderers.ts imported before it.
    {
      name: 'harfbuzzjs',
      setup: (b) => b.onResolve({filter: /^harfbuzzjs$/}, (args) => (args.kind === 'dynamic-import' ? {path: 'harfbuzzjs', external: true} : {path: path.resolve('bundle-stubs/harfbuzzjs.cjs')}))
    },
    // commander's node:child_process, loaded when first used (see bundle-stubs/child-process.cjs).
    {
      name: 'child-process',
      setup: (b) => b.onResolve({filter: /^node:child_process$/}, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? {path: path.resolve('bundle-stubs/child-process.cjs')} : undefined))
    },
    // tinypool, an ES module required (see bundle-stubs/tinypool.cjs); the stub's own require stays outside.
    {
      name: 'tinypool',
      setup: (b) => b.onResolve({filter: /^tinypool$/}, (args) => (args.importer.endsWith('tinypool.cjs') ? {path: 'tinypool', external: true} : {path: path.resolve('bundle-stubs/tinypool.cjs')}))
    },
    // The packages of LAZY: an import of one is a module of functions that require it when called.
    {
      name: 'lazy',
      setup: (b) => {
        b.onResolve({filter: new RegExp(`^(?:${Object.keys(LAZY).join('|')})$`)}, (args) => (args.namespace === 'lazy' ? undefined : {path: args.path, namespace: 'lazy'}))
        b.onLoad({filter: /.*/, namespace: 'lazy'}, (args) => ({
          contents: LAZY[args.path].names.map((name) => `export function ${name}(...args) { return require(${JSON.stringify(args.path)}).${name}(...args) }`).join('\n'),
          resolveDir: process.cwd(),
          loader: 'js'
        }))
      }
    },
    // The notes model's bytes read from a file beside the bundle when first needed (see bundle-stubs/notes-model.js).
    {name: 'notes-model', setup: (b) => b.onResolve({filter: /^\.\/shipped-bytes\.js$/}, () => ({path: path.resolve('bundle-stubs/notes-model.js')}))},
    // citation-js's core and plugins bundled together (see bundle-stubs/cite-js-plugins.js), all
    // as CommonJS (their `main`: one core for all; citeproc required when the CSL plugin runs).
    {name: 'cite-js-plugins', setup: (b) => b.onResolve({filter: /\/cite-js-plugins\.js$/}, () => ({path: path.resolve('bundle-stubs/cite-js-plugins.js')}))},
    {name: 'cite-js-commonjs', setup: (b) => b.onResolve({filter: /^@citation-js\/[^/]+$/}, (args) => ({path: createRequire(path.join(args.resolveDir, 'x.js')).resolve(args.path)}))}
  ],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'linked',
  logLevel: 'warning'
})

// The program in ASCII, read as Latin-1 by the start (see bundle-ascii.mjs).
writeFileSync('dist/bundle/program.cjs', asciiOnly(readFileSync('dist/bundle/program.cjs', 'utf8')))

// What `node dist/bundle/octavo.js` runs: the program above, through V8's code cache. CommonJS
// too (dist/bundle/package.json says so, as bin/package.json for bin/octavo.js): Node then starts
// no ES module loader (≈ 8 ms of CPU at every start-up), unless the PDF's harfbuzzjs is imported.
await build({
  entryPoints: {octavo: 'src/start.ts'},
  outdir: 'dist/bundle',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  conditions: ['@octavo/source'],
  define: {'import.meta.url': '__octavoModuleUrl'},
  banner: {js: "var __octavoModuleUrl = require('node:url').pathToFileURL(__filename).href;"},
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'linked',
  logLevel: 'warning'
})

writeFileSync('dist/bundle/package.json', '{"type": "commonjs"}\n')

// The page of `octavo review` (client/): one script and one style sheet for the browser, served by the command itself.
await build({
  entryPoints: {review: 'client/review.tsx', 'review-style': 'client/review.css'},
  outdir: 'dist/bundle',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome110', 'firefox115'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning'
})
renameSync('dist/bundle/review-style.css', 'dist/bundle/review.css')

// The worker thread of `octavo notes --jobs` (src/lib/notes-parallel.ts): an ES module of its own
// (tinypool imports it), the notes reader and nothing else; the model read from notes-model.bin beside it.
await build({
  entryPoints: {'notes-worker': 'src/lib/notes-worker.ts'},
  outdir: 'dist/bundle',
  outExtension: {'.js': '.mjs'},
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['@octavo/source'],
  mainFields: ['module', 'main'],
  plugins: [{name: 'notes-model', setup: (b) => b.onResolve({filter: /^\.\/shipped-bytes\.js$/}, () => ({path: path.resolve('bundle-stubs/notes-model.js')}))}],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'linked',
  logLevel: 'warning'
})

// The notes model's bytes, for bundle-stubs/notes-model.js.
{
  const citations = path.dirname(createRequire(import.meta.url).resolve('@octavo/citations')) // its dist/
  writeFileSync('dist/bundle/notes-model.bin', Buffer.from((await import(path.join(citations, '../model/notes-model.js'))).default, 'base64'))
}

// Which build this is, for the build cache (src/lib/build-cache.ts): a hash of
// the bundle's files and of the dependency lock (the fonts, citeproc and the
// hyphenation patterns are loaded from node_modules at run time).
{
  const {createHash} = await import('node:crypto')
  const {existsSync, readdirSync, readFileSync, writeFileSync} = await import('node:fs')
  const hash = createHash('sha256')
  for (const name of readdirSync('dist/bundle')
    .filter((n) => n !== 'build-id')
    .sort())
    hash.update(`${name}\0`).update(readFileSync(`dist/bundle/${name}`))
  for (const lock of ['../../package-lock.json', 'package.json']) if (existsSync(lock)) hash.update(readFileSync(lock))
  writeFileSync('dist/bundle/build-id', `${hash.digest('hex')}\n`)
}
