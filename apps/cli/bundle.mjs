/**
 * The `octavo` command as one bundled program (esbuild): a start-up reads a
 * handful of files instead of ~1,000 modules. Code splitting keeps the
 * renderers in chunks of their own, loaded only when a build asks for a PDF
 * or an EPUB. Packages that find their own files at run time (HarfBuzz's
 * wasm, tinypool's workers, citation-js's plugins registering with their
 * core, hyphenation patterns picked by language) stay outside and are
 * loaded from node_modules as before. The workspace packages are bundled
 * from their TypeScript sources. The worker threads of a reader run the
 * unbundled `dist/lib/worker.js` (built by tsc).
 */
import {renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {build} from 'esbuild'

/** Packages loaded from node_modules at run time, each with why. */
const EXTERNAL = {
  harfbuzzjs: 'finds harfbuzz.wasm beside its own module (import.meta.url)',
  tinypool: 'starts workers from its own files',
  citeproc: 'loaded through @citation-js/plugin-csl when a bibliography is formatted (one file, 1 MB)',
  hyphen: 'patterns are imported by language at run time',
  open: 'runs the xdg-open script it ships beside itself'
}

// Chunks are named by content hash: old ones would stay beside the new ones (and in the build id).
rmSync('dist/bundle', {recursive: true, force: true})

await build({
  entryPoints: {octavo: 'src/main.ts'},
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['@octavo/source'],
  mainFields: ['module', 'main'],
  external: Object.keys(EXTERNAL),
  // Converters and fetch libraries loaded and never used (see bundle-stubs/no-woff.cjs, no-fetch.cjs).
  alias: {wawoff2: './bundle-stubs/no-woff.cjs', 'woff2sfnt-sfnt2woff': './bundle-stubs/no-woff.cjs', 'sync-fetch': './bundle-stubs/no-fetch.cjs', 'node-fetch': './bundle-stubs/no-fetch.cjs'},
  plugins: [
    // The notes model read from a file beside the bundle (see bundle-stubs/notes-model.js).
    {name: 'notes-model', setup: (b) => b.onResolve({filter: /\/model\/notes-model\.js$/}, () => ({path: path.resolve('bundle-stubs/notes-model.js')}))},
    // citation-js's core and plugins bundled together (see bundle-stubs/cite-js-plugins.js), all
    // as CommonJS (their `main`: one core for all; citeproc required when the CSL plugin runs,
    // where their ES module builds would import it at start-up).
    {name: 'cite-js-plugins', setup: (b) => b.onResolve({filter: /\/cite-js-plugins\.js$/}, () => ({path: path.resolve('bundle-stubs/cite-js-plugins.js')}))},
    {name: 'cite-js-commonjs', setup: (b) => b.onResolve({filter: /^@citation-js\/[^/]+$/}, (args) => ({path: createRequire(path.join(args.resolveDir, 'x.js')).resolve(args.path)}))}
  ],
  // CommonJS code in the bundle calls require() for Node's own modules.
  banner: {js: "import {createRequire as __octavoCreateRequire} from 'node:module'; globalThis.require ??= __octavoCreateRequire(import.meta.url);"},
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'linked',
  logLevel: 'warning'
})

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

// The notes model's string, for bundle-stubs/notes-model.js.
{
  const citations = path.dirname(createRequire(import.meta.url).resolve('@octavo/citations')) // its dist/
  writeFileSync('dist/bundle/notes-model.b64', (await import(path.join(citations, '../model/notes-model.js'))).default, 'latin1')
}

// Which build this is, for the build cache (src/lib/build-cache.ts): a hash of
// the bundle's files and of the dependency lock (the fonts, citeproc and the
// hyphenation patterns are loaded from node_modules at run time).
{
  const {createHash} = await import('node:crypto')
  const {existsSync, readdirSync, readFileSync, writeFileSync} = await import('node:fs')
  const hash = createHash('sha256')
  for (const name of readdirSync('dist/bundle').filter((n) => n !== 'build-id').sort()) hash.update(`${name}\0`).update(readFileSync(`dist/bundle/${name}`))
  for (const lock of ['../../package-lock.json', 'package.json']) if (existsSync(lock)) hash.update(readFileSync(lock))
  writeFileSync('dist/bundle/build-id', `${hash.digest('hex')}\n`)
}
