/**
 * `octavo build` through the build cache (cache.ts): the outputs of an
 * identical build are copied instead of made again; a build that is not
 * identical takes its formatted bibliography from the cache when its items
 * did not change (bib-store.ts), and the notes model's labels of the notes
 * whose text did not change (label-store.ts).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {DiskFormattedStore} from './bib-store.js'
import {DiskLabelStore} from './label-store.js'
import {DiskRenderStore} from './render-store.js'
import {buildArticle, type BuildResult, type BuildSettings} from './build.js'
import {cacheKey, lookup, store} from './cache.js'
import {hasErrors} from './diagnostics.js'
import type {SourceFile} from './input.js'

let identity: string | null | undefined

/**
 * Which build of Octavo this is: the hash that `bundle.mjs` writes beside the
 * bundle (its files and the dependency lock). Undefined when Octavo runs
 * from its sources (tests, development): no cache then, as any edit would
 * make a cached output stale.
 */
export function toolIdentity(): string | undefined {
  if (identity === undefined) {
    try {
      identity = readFileSync(new URL('./build-id', import.meta.url), 'utf8').trim() || null
    } catch {
      identity = null
    }
  }
  return identity ?? undefined
}

/** Everything an article's outputs are made from, but the files it reads while building (checked by hash in the entry). */
function keyOf(tool: string, source: SourceFile, settings: BuildSettings, epoch: string): string {
  const {style, meta, store: _store, labels: _labels, readings: _readings, pdfStore: _pdfStore, aside: _aside, ...rest} = settings
  return cacheKey([tool, 'build', JSON.stringify(rest), style, JSON.stringify(meta ?? null), path.resolve(source.path), source.bytes, epoch])
}

/**
 * Build an article, or copy the outputs of the identical build kept in
 * `folder` (none: build). A damaged entry is a warning, and the build is made
 * anew; a build with errors is not kept.
 */
export async function cachedBuild(
  source: SourceFile,
  settings: BuildSettings,
  folder: string | undefined,
  env: NodeJS.ProcessEnv = process.env
): Promise<BuildResult & {inputs: string[]; absent?: string[]}> {
  const tool = folder === undefined ? undefined : toolIdentity()
  if (folder === undefined || tool === undefined) return buildArticle(source, settings)
  const key = keyOf(tool, source, settings, env['SOURCE_DATE_EPOCH'] ?? '')
  const found = await lookup(folder, key)
  if ('hit' in found) return {files: found.hit.files, diagnostics: found.hit.diagnostics, inputs: found.hit.inputs}
  const bibliographies = new DiskFormattedStore(folder, tool)
  const labels = new DiskLabelStore(folder, tool, source.path)
  const pdfStore = new DiskRenderStore(folder, tool)
  const result = await buildArticle(source, {...settings, store: bibliographies, labels, readings: labels.readings, pdfStore})
  labels.save()
  pdfStore.save()
  for (const problem of bibliographies.problems)
    result.diagnostics.push({severity: 'warning', message: `a damaged formatted-bibliography cache entry was not used (${problem}); formatted anew`, source: 'cli:cache'})
  for (const problem of labels.problems)
    result.diagnostics.push({severity: 'warning', message: `a damaged notes-labels cache entry was not used (${problem}); the notes labeled anew`, source: 'cli:cache'})
  for (const problem of pdfStore.problems)
    result.diagnostics.push({severity: 'warning', message: `a damaged PDF-work cache entry was not used (${problem}); the words measured and the fonts subset anew`, source: 'cli:cache'})
  if (!hasErrors(result.diagnostics))
    await store(folder, key, {
      files: new Map([...result.files].map(([name, content]) => [name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content])),
      diagnostics: result.diagnostics,
      inputs: result.inputs,
      absent: result.absent ?? []
    })
  if ('damaged' in found) result.diagnostics.push({severity: 'warning', message: `a damaged build cache entry was not used (${found.damaged}); built anew`, source: 'cli:cache'})
  return result
}
