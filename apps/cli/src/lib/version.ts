import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** The version of the `@octavo/cli` package. */
export const VERSION: string = (require('../../package.json') as {version: string}).version

/**
 * The libraries `--version --verbose` names, each with the package it is
 * resolved from (the one that depends on it), so the version shown is the
 * one that runs.
 */
const CORE_LIBRARIES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['@octavo/parser'],
  ['@octavo/citations'],
  ['@octavo/render-pdf'],
  ['@octavo/render-epub'],
  ['commander'],
  ['yaml'],
  ['unified', '@octavo/parser'],
  ['remark-parse', '@octavo/parser'],
  ['@citation-js/core', '@octavo/citations'],
  ['citeproc', '@octavo/citations', '@citation-js/plugin-csl'],
  ['pdf-lib', '@octavo/render-pdf'],
  ['harfbuzzjs', '@octavo/render-pdf'],
  ['hyphen'],
  ['tinypool']
]

/** `name version` lines: Octavo, Node and `CORE_LIBRARIES`. */
export function verboseVersion(): string {
  const lines = [`octavo ${VERSION}`, `node ${process.versions.node}`]
  for (const [name, ...via] of CORE_LIBRARIES) lines.push(`${name} ${libraryVersion(name, via)}`)
  return `${lines.join('\n')}\n`
}

/** The version of `name` as resolved through the packages `via` (each from the one before), or "not found". */
function libraryVersion(name: string, via: readonly string[]): string {
  try {
    const from = via.reduce((resolver, step) => createRequire(resolver.resolve(step)), require)
    let dir = path.dirname(from.resolve(name))
    for (;;) {
      const file = path.join(dir, 'package.json')
      const manifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as {name?: string; version?: string}) : undefined
      if (manifest?.name === name) return manifest.version ?? 'unknown'
      if (path.dirname(dir) === dir) return 'not found'
      dir = path.dirname(dir)
    }
  } catch {
    return 'not found'
  }
}
