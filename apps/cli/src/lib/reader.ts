import path from 'node:path'
import type {RootContent} from 'mdast'
import type {Article, ArticleMeta, Bibliography, CslItem, Diagnostic, Root} from '@octavo/parser'
import {normalizeMeta} from '@octavo/parser'
import {mergeItems, type BibliographyNodeOptions, type FormattedStore} from '@octavo/citations'
import type {BuildResult, PrepareTask, RenderSettings} from './build.js'
import {editionBibliography, prepareReaderArticle, renderOutputs} from './build.js'
import {Deflater, jobsFor, PARALLEL_FROM, Workers} from './parallel.js'
import {pdfRenderer} from './renderers.js'
import {isInside, readInputFile, type Confinement} from './files.js'
import {hasErrors} from './diagnostics.js'
import type {CachedArticle, DiskPreparedStore} from './prepared-store.js'
import {volumeWithout, type KeptArticle} from './kept-articles.js'
import {createHash} from 'node:crypto'
import {readMeta, readSource, reason, whyNot, type SourceFile, readStyle, readText} from './input.js'
import {InputError} from './errors.js'
import {refuseOtherKind} from './kinds.js'
import {readReaderConfig, type ReaderConfig} from './reader-config.js'
import {OUTPUT_KINDS, type OutputKind} from './outputs.js'
import {loadDefaultStyle, loadFonts, loadHyphenation} from './world.js'
import {creditsNode} from './credits.js'
import {dropEchoes} from './echoes.js'
import {labelsFor} from '@octavo/parser'
import {append} from '@octavo/tree'
import type {RenderStore} from '@octavo/render-pdf'

/** Diagnostics of one file (the reader's YAML, an article, a metadata file). */
export interface FileDiagnostics {
  file: string
  diagnostics: Diagnostic[]
}

export interface ReaderBuild {
  stem: string
  /** Every file the build read (articles, metadata, bibliographies), for `--watch`. */
  inputs: string[]
  /** Files it looked for and did not find (a corrections file, an image): `--watch` builds again when one appears. */
  absent?: string[]
  result?: BuildResult
  /** Every file's diagnostics, in order. */
  reports: FileDiagnostics[]
}

/** The reader's outputs: all of `build`'s but citations.json, whose notes are numbered per article. */
export const READER_KINDS = (Object.keys(OUTPUT_KINDS) as OutputKind[]).filter((kind) => kind !== 'citations')

export interface ReaderBuildOptions {
  /** Threads to use (this one and workers); default: the cores there are, at most four. The outputs are the same whatever the number. */
  jobs?: number | undefined
  /** Prepared articles kept on disk between runs (prepared-store.ts), when the cache is on. */
  disk?: DiskPreparedStore | undefined
  /** `--images DIR`: a folder to look for images in when they are not next to their article (over the reader's `images`). */
  images?: string | undefined
  /** The PDF renderer's work kept between builds (render-store.ts), given the number of articles (its bound grows with the volume). */
  pdfStore?: ((articles: number) => RenderStore | undefined) | undefined
  /** Formatted bibliographies kept between builds (bib-store.ts, or in memory for --watch): the combined bibliography of an unchanged volume needs no citeproc. */
  bibliographies?: FormattedStore | undefined
}

/**
 * Bind the articles a reader YAML lists into one volume and make its
 * outputs in memory. `progress` is told of each article as it is ready
 * (`done` of `total`); `cache` keeps prepared articles between builds.
 */
export async function buildReader(
  file: string,
  progress: (done: number, total: number, article: string) => void,
  cache?: Map<string, CachedArticle>,
  options: ReaderBuildOptions = {}
): Promise<ReaderBuild> {
  const inputs: string[] = []
  const absent: string[] = []
  const stem = path.basename(file, path.extname(file))
  let text: string
  try {
    text = await readText(file, 'reader')
  } catch (error) {
    throw new InputError(`cannot read '${file}': ${await whyNot(file, error)}`)
  }
  refuseOtherKind(file, 'reader', () => text)
  const {config, diagnostics, named} = await readReaderConfig(file, text)
  const reports: FileDiagnostics[] = [{file, diagnostics}]
  if (!config) return {stem, inputs: named, reports}
  const display = (absolute: string) => path.relative(process.cwd(), absolute) || absolute
  const confine: Confinement = {folder: path.dirname(path.resolve(file)), name: "the reader's folder"}

  let style: string
  if (config.csl) {
    inputs.push(config.csl)
    let read
    try {
      read = await readStyle(config.csl, confine)
    } catch (error) {
      throw new InputError(`cannot read style '${config.csl}': ${reason(error)}`)
    }
    if (read.diagnostics.length > 0) {
      const shown = display(config.csl)
      reports.push({file: shown, diagnostics: read.diagnostics.map((d) => ({...d, file: shown}))})
      return {stem, inputs, reports}
    }
    style = read.xml
  } else {
    style = await loadDefaultStyle()
  }
  const mode = config.bibliography ?? 'both'
  const ownBibliography = mode === 'per-article' || mode === 'both'

  // Read every article and its metadata first (a missing file stops here), then prepare them.
  const loaded: Array<{source: SourceFile; meta: ArticleMeta | undefined; fields: Record<string, unknown> | undefined}> = []
  for (const entry of config.articles) {
    const source = await readSource(entry.path, 'article', confine)
    const meta = await readMeta(source, entry.meta, confine)
    if (meta && meta.diagnostics.length > 0) reports.push({file: display(meta.path), diagnostics: meta.diagnostics})
    if (meta && hasErrors(meta.diagnostics)) continue
    inputs.push(entry.path, ...(meta ? [meta.path] : []))
    loaded.push({source, meta: meta?.meta, fields: entry.fields})
  }
  const workers = loaded.length >= PARALLEL_FROM ? Workers.start(jobsFor(options.jobs, loaded.length)) : undefined
  try {
    let done = 0
    progress(0, loaded.length, '')
    const images = options.images ?? config.images
    const store = options.bibliographies === undefined ? {} : {store: options.bibliographies}
    const made = await prepareAll(
      loaded,
      {style, bibliography: ownBibliography, confine, ...(images === undefined ? {} : {images: path.resolve(images)}), ...store},
      cache,
      workers,
      options.disk,
      (index) => progress(++done, loaded.length, display(loaded[index]!.source.path))
    )
    for (const problem of options.disk?.problems ?? [])
      diagnostics.push({severity: 'warning', message: `a damaged prepared-article cache entry was not used (${problem}); prepared anew`, source: 'cli:cache'})
    // An entry's own metadata (its `meta:` mapping, `short-title:`) over the article's.
    const articles = loaded.map(({source, fields}, index) => {
      const {prepared, digest, body} = made[index]!
      return {source, prepared, digest, body, meta: {...(prepared.tree.data?.meta ?? {}), ...fields} as ArticleMeta}
    })
    for (const {source, prepared} of articles) {
      append(inputs, prepared.inputs)
      append(absent, prepared.absent ?? [])
      reports.push({file: display(source.path), diagnostics: prepared.diagnostics})
    }
    if (reports.some((report) => hasErrors(report.diagnostics))) return {stem, inputs, reports}

    const merged = mergeItems(articles.map(({prepared}) => prepared.items))
    const children: RootContent[] = articles.map(({source, prepared, digest, meta}, index): Article => {
      const content = [...prepared.tree.children]
      const bibliography = ownBibliography && prepared.items.length > 0 ? (prepared.bibliography ?? editionBibliography(prepared.items, {style, title: 'Bibliography', ...store})) : undefined
      if (bibliography) content.push(bibliography)
      const id = `a${String(index + 1).padStart(2, '0')}-${source.stem.replace(/[^A-Za-z0-9_-]+/g, '-')}`
      return {type: 'article', children: content, data: {meta, id, file: display(source.path), ...childrenDigest(digest, bibliography)}}
    })
    const meta = volumeMeta(config, articles[0]?.meta)
    const labels = labelsFor(meta.lang ?? 'en')
    const title = mode === 'both' ? labels.combinedBibliography : labels.bibliography
    const bibliography = {style, ...(meta.lang ? {lang: meta.lang} : {}), title}
    if ((mode === 'combined' || mode === 'both') && merged.items.length > 0) children.push(await combinedBibliography(merged.items, bibliography, options.bibliographies, workers))
    // The credits: each article's source and licence (back matter, after the bibliography).
    children.push(
      creditsNode(
        articles.map(({source, meta}) => ({meta, file: display(source.path)})),
        labels,
        diagnostics
      )
    )
    const volume: Root = {type: 'root', children, data: {meta, volume: {rectoStarts: config.rectoStarts ?? true, bibliography: mode}}}
    const settings = volumeSettings(config, style, options.pdfStore?.(articles.length), options.bibliographies)
    const shown = new Map(articles.flatMap(({prepared}) => [...prepared.images]))
    const kept = articles.flatMap(({prepared, body}, at) => (body ? [{at, count: prepared.tree.children.length, body}] : []))
    const result = await renderVolume(stem, volume, merged.items, settings, shown, workers, kept)
    // One warning per missing figure: the article's (the CLI says where it looked), not the renderers' echoes of it.
    const reported = articles.flatMap(({source, prepared}) => prepared.diagnostics.map((d) => ({...d, file: display(source.path)})))
    reports.push({file, diagnostics: dropEchoes(result.diagnostics, reported)})
    return {stem, inputs, absent, result, reports}
  } finally {
    await workers?.stop()
  }
}

/**
 * The volume's bibliography (all its works: citeproc over each). With no store of formatted
 * bibliographies and a worker, formatted there (its articles are prepared: it waits for this
 * thread's) while this thread loads the PDF's code, fonts and patterns, which it does next.
 */
async function combinedBibliography(items: CslItem[], options: BibliographyNodeOptions, store: FormattedStore | undefined, workers: Workers | undefined): Promise<Bibliography> {
  if (!workers || store) return editionBibliography(items, {...options, ...(store ? {store} : {})})
  const there = workers.bibliography(items, options)
  await Promise.all([pdfRenderer(), loadFonts(), loadHyphenation(options.lang)])
  return there.catch(() => editionBibliography(items, options))
}

/** How the volume's outputs are made: the reader's page size, notes and standards, with the stores kept between builds. */
function volumeSettings(config: ReaderConfig, style: string, pdfStore: RenderStore | undefined, store: FormattedStore | undefined): RenderSettings {
  const kept = {...(pdfStore ? {pdfStore} : {}), ...(store ? {store} : {})}
  return {to: READER_KINDS, pageSize: config.pageSize ?? 'a4', notes: config.notes ?? 'footnotes', pdfStandards: config.pdfStandards, style, ...kept}
}

/**
 * Prepare the articles on this thread and the workers. Each worker gets its
 * share at once (it goes on with its next article without waiting for this
 * busy thread to hand one over): the articles go, in list order, to the
 * thread with the fewest bytes so far, a worker starting with a handicap for
 * its start-up. `done` is told of each article as it is ready.
 */
async function prepareAll(
  loaded: ReadonlyArray<{source: SourceFile; meta: ArticleMeta | undefined}>,
  shared: Omit<PrepareTask, 'source' | 'meta'>,
  cache: Map<string, CachedArticle> | undefined,
  workers: Workers | undefined,
  disk: DiskPreparedStore | undefined,
  done: (index: number) => void
): Promise<Prepared[]> {
  const results: Prepared[] = []
  const total = loaded.reduce((sum, {source}) => sum + source.bytes.length, 0)
  const load = [0, ...Array.from({length: workers?.size ?? 0}, () => total * WORKER_HANDICAP)]
  const shares: number[][] = load.map(() => [])
  loaded.forEach(({source}, index) => {
    const thread = load.indexOf(Math.min(...load))
    shares[thread]!.push(index)
    load[thread]! += source.bytes.length
  })
  const prepare = async (index: number, worker?: Workers) => {
    const {source, meta} = loaded[index]!
    results[index] = await prepareCached({source, meta, ...shared}, cache, worker, disk)
    done(index)
  }
  const here = async () => {
    for (const index of shares[0]!) await prepare(index)
  }
  await Promise.all([here(), ...shares.slice(1).flatMap((share) => share.map((index) => prepare(index, workers)))])
  return results
}

/**
 * A worker's share starts as if it had this fraction of all the bytes: it loads its modules first.
 * 0.1 left the worker idle ≈ 1.4 s at the end of the 40-article reader's preparation (profile,
 * 2026-12-05) while this thread prepared its last articles and formatted the volume's bibliography.
 */
const WORKER_HANDICAP = 0.03

/**
 * The volume's outputs: the PDF here, and the bibliography files when the
 * formatted bibliographies are kept (the worker, given none, would run citeproc
 * over every work of the volume; with none kept it has just formatted the
 * volume's bibliography, `combinedBibliography`), the others on a worker when there is one.
 * Same files, in the same order, and diagnostics in the same order as on one
 * thread (the worker's are the EPUB's: the exports make none).
 */
async function renderVolume(
  stem: string,
  volume: Root,
  items: CslItem[],
  settings: RenderSettings,
  images: ReadonlyMap<string, Uint8Array>,
  workers: Workers | undefined,
  kept: readonly KeptArticle[]
): Promise<BuildResult> {
  if (!workers || !settings.to.includes('pdf')) return renderOutputs(stem, volume, items, undefined, settings, [], images)
  // The stores stay on this thread (a worker is given data only).
  const {pdfStore: _pdfStore, store: _store, ...shared} = settings
  const here: OutputKind[] = settings.store ? ['pdf', 'bibliography'] : ['pdf']
  const others = workers.render({stem, tree: volumeWithout(volume, kept), kept, items, settings: {...shared, to: settings.to.filter((kind) => !here.includes(kind))}, images})
  // With no store of the PDF's work, its pages' content streams are compressed on the worker too, once it has made the other files.
  const deflate = settings.pdfStore ? {} : {pdfDeflate: new Deflater(workers, (await pdfRenderer()).deflate).deflate}
  const pdf = await renderOutputs(stem, volume, items, undefined, {...settings, to: ['pdf'], ...deflate}, [], images)
  const bibliography = await renderOutputs(stem, volume, items, undefined, {...settings, to: settings.to.filter((kind) => kind === 'bibliography' && here.includes(kind))}, [], images)
  const rest = await others
  const diagnostics = [...pdf.diagnostics, ...rest.diagnostics, ...bibliography.diagnostics]
  const made = new Map([...pdf.files, ...rest.files, ...bibliography.files])
  const files = hasErrors(diagnostics) ? new Map<string, Uint8Array | string>() : inKindOrder(made)
  return {files, diagnostics}
}

/** Files in the order of their kinds (`OUTPUT_KINDS`), as one thread writes them. */
function inKindOrder(files: ReadonlyMap<string, Uint8Array | string>): Map<string, Uint8Array | string> {
  const rank = (name: string) => Object.values(OUTPUT_KINDS).findIndex((endings: readonly string[]) => endings.some((ending) => name.endsWith(ending)))
  return new Map([...files].sort(([a], [b]) => rank(a) - rank(b)))
}

/**
 * Prepare an article, or reuse the one made from the same bytes, metadata,
 * style and bibliography files: editing one article of a reader re-parses
 * only that one.
 */
/** A prepared article, with the digest of its entry on disk when it is kept there (`CachedArticle`). */
type Prepared = Pick<CachedArticle, 'prepared' | 'digest' | 'body'>

/**
 * What the PDF renderer keys an article's unit by instead of hashing its children
 * (`ArticleNodeData.digest`): its prepared article as kept on disk (the entry's digest) and the
 * bibliography added after it. None when it is not kept on disk.
 */
function childrenDigest(digest: string | undefined, bibliography: RootContent | undefined): {digest?: string} {
  if (digest === undefined) return {}
  return {
    digest: createHash('sha256')
      .update(`prepared ${digest}\n`)
      .update(JSON.stringify(bibliography ?? null))
      .digest('hex')
  }
}

async function prepareCached(task: PrepareTask, cache: Map<string, CachedArticle> | undefined, workers?: Workers, disk?: DiskPreparedStore): Promise<Prepared> {
  const {source, meta, style} = task
  const {store: _store, ...data} = task
  const prepare = () => (workers ? workers.prepare(data) : prepareReaderArticle(task))
  if (!cache && !disk) return {prepared: await prepare()}
  const key = createHash('sha256')
    .update(source.bytes)
    .update('\0')
    .update(JSON.stringify(meta ?? null))
    .update('\0')
    .update(style)
    .update('\0')
    .update(task.bibliography ? 'own' : '')
    .update('\0')
    .update(task.images ?? '')
    .digest('hex')
  // A file of the images folder is read inside it (it may be outside the reader's folder, given on the command line).
  const folder = (file: string): Confinement => (task.images !== undefined && isInside(task.images, file) ? {folder: task.images, name: 'the images folder'} : task.confine)
  const unchanged = async (entry: CachedArticle | undefined) =>
    entry !== undefined && entry.key === key && (await Promise.all(entry.extra.map(async ([file, hash]) => (await hashFile(file, folder(file))) === hash))).every(Boolean)
  const known = cache?.get(source.path)
  if (await unchanged(known)) return known!
  const kept = await disk?.get(source.path, key)
  if (kept && (await unchanged(kept))) {
    cache?.set(source.path, kept)
    return kept
  }
  const prepared = await prepare()
  const entry: CachedArticle = {
    key,
    prepared,
    extra: await Promise.all([...prepared.inputs, ...(prepared.absent ?? [])].map(async (file): Promise<[string, string]> => [file, await hashFile(file, folder(file))]))
  }
  cache?.set(source.path, entry)
  if (!hasErrors(prepared.diagnostics)) await disk?.set(source.path, entry)
  return entry
}

async function hashFile(file: string, confine: Confinement): Promise<string> {
  try {
    return createHash('sha256')
      .update((await readInputFile(file, 'bibliography', confine)).bytes)
      .digest('hex')
  } catch {
    return 'missing'
  }
}

function volumeMeta(config: ReaderConfig, first: ArticleMeta | undefined): ArticleMeta {
  const ignored: Diagnostic[] = []
  const meta: ArticleMeta = {title: config.title, lang: first?.lang ?? 'en'}
  if (config.subtitle) meta.subtitle = config.subtitle
  if (config.course) meta.course = config.course
  if (config.term) meta.term = config.term
  if (config.license) meta['license'] = config.license
  if (config.rights) meta['rights'] = config.rights
  if (config.editor !== undefined) {
    const editor = normalizeMeta({author: config.editor}, ignored).author
    if (editor) meta.editor = editor
  }
  return meta
}
