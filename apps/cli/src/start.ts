/**
 * The `octavo` command as it starts (dist/bundle/octavo.js): the program is
 * one CommonJS file (dist/bundle/program.cjs, bundle.mjs) compiled with
 * `vm.Script` and V8's code cache kept under the cache folder
 * (lib/code-cache.ts): a run compiles only what no earlier run of its kind
 * compiled. With `OCTAVO_CACHE_DIR=off` or `--no-cache` nothing is read or
 * kept.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import v8 from 'node:v8'
import vm from 'node:vm'
import {cacheFolder} from './lib/cache.js'
import {codeCacheFile, codeProfile, readCodeCache, writeCodeCache} from './lib/code-cache.js'
import {setImportHook} from './lib/import-hook.js'
import {v8FlagsFor} from './lib/v8-flags.js'

const program = fileURLToPath(new URL('./program.cjs', import.meta.url))
const argv = process.argv.slice(2)
// Before anything is compiled: the code cache below is made and used under them (lib/v8-flags.ts).
const flags = v8FlagsFor(argv)
for (const flag of flags) v8.setFlagsFromString(flag)

/** The cache entry for this run, or undefined when the cache is off (`OCTAVO_CACHE_DIR=off`, `--no-cache`) or the build unknown. */
function entry(): string | undefined {
  const folder = cacheFolder()
  if (folder === undefined || argv.includes('--no-cache')) return undefined
  let build: string
  try {
    build = readFileSync(new URL('./build-id', import.meta.url), 'utf8').trim()
  } catch {
    return undefined
  }
  const options = JSON.stringify([process.execArgv, process.env['NODE_OPTIONS'] ?? '', ...flags])
  return codeCacheFile(folder, {build, node: `${process.version} ${process.arch}`, flags: options, profile: codeProfile(argv)})
}

/** A warning about the cache on standard error (not with `--quiet`): the run goes on without it. */
function warn(message: string): void {
  if (!argv.includes('--quiet') && !argv.includes('-q')) process.stderr.write(`octavo: warning: ${message}\n`)
}

const file = entry()
const kept = file === undefined ? undefined : readCodeCache(file)
if (kept && 'problem' in kept) warn(`a damaged code cache entry was not used (${file}: ${kept.problem}); made again`)
const cachedData = kept && 'bytes' in kept ? kept.bytes : undefined
// The same wrapper as Node's for a CommonJS module.
// ASCII (bundle-ascii.mjs): Latin-1 is the same text, read without decoding, held by V8 as one byte a character.
const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(program, 'latin1')}\n})`
const script = new vm.Script(source, {filename: program, ...(cachedData ? {cachedData} : {})})
if (cachedData && script.cachedDataRejected === true) warn(`the code cache entry ${file} was made by another build of Node or V8 and was not used; made again`)
if (file !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
  // At exit the functions this run compiled are in the script: the next run of its kind compiles none of them.
  process.once('exit', () => writeCodeCache(file, script.createCachedData()))
}
setImportHook((specifier) => import(specifier))
const module = {exports: {}}
;(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(program), module, program, path.dirname(program))
