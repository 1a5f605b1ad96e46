import type {FootnoteDefinition, Image} from 'mdast'
import {visit} from 'unist-util-visit'
import type {ArticleMeta, Bibliography, CslItem, Diagnostic, Root} from '@octavo/parser'
import {guessLanguage, labelsFor, parse, smartenTree} from '@octavo/parser'
import type {BibliographyNodeOptions, Correction, FormattedStore, LabelStore, NoteRecord, ReadingStore} from '@octavo/citations'
import type {PdfStandard, RenderStore} from '@octavo/render-pdf'
import {
  applyCorrections,
  bibliographyNode,
  bibliographyDocument,
  formatBibliography,
  bibliographyFormat,
  parseCorrections,
  processCitations,
  readBibliography,
  restyleNotes,
  toBibtex,
  toCitationsJson,
  toCslJson,
  toRis
} from '@octavo/citations'
import path from 'node:path'
import type {SourceFile} from './input.js'
import {reason, readStyle, readText, whyNot} from './input.js'
import type {OutputKind} from './outputs.js'
import {hasErrors} from './diagnostics.js'
import {dropEchoes} from './echoes.js'
import {buildDate, loadFonts, loadHyphenation} from './world.js'
import {pdfRenderer} from './renderers.js'
import {isInside, readInputFile, type Confinement} from './files.js'
import {checkFrontMatter, titleHint} from './meta-check.js'
import {mark} from './timings.js'
import {append} from '@octavo/tree'

export interface RenderSettings {
  to: readonly OutputKind[]
  pageSize: 'a4' | 'letter' | '6x9'
  notes: 'footnotes' | 'endnotes'
  /** The standards the PDF claims (`--pdf-standard`); render-pdf's default (`ua`) when absent. */
  pdfStandards?: readonly PdfStandard[] | undefined
  /** The CSL style (XML). */
  style: string
  /** Formatted bibliographies kept between builds (bib-store.ts), when the cache is on. */
  store?: FormattedStore | undefined
  /** The PDF renderer's work kept between builds (render-store.ts), when the cache is on. */
  pdfStore?: RenderStore | undefined
  /** Where the PDF's pages are compressed when there is no `pdfStore` (a worker thread: parallel.ts's `Deflater`). */
  pdfDeflate?: ((bytes: Uint8Array) => Promise<Uint8Array>) | undefined
  /** Another thread that makes the EPUB while this one makes the PDF (`--watch` keeps one, parallel.ts). */
  aside?: EpubAside | undefined
}

/** What the EPUB is made from: the tree (its typography set), how notes print, the images read, the build's date. */
export interface EpubTask {
  tree: Root
  notes: RenderSettings['notes']
  images: ReadonlyMap<string, Uint8Array>
  date: Date
}

export interface EpubMade {
  epub: Uint8Array
  diagnostics: Diagnostic[]
}

/** Somewhere else to make an EPUB (a worker thread): the same bytes and diagnostics as `makeEpub` here. */
export interface EpubAside {
  epub(task: EpubTask): Promise<EpubMade>
}

/** The EPUB of a tree (render-epub, loaded when first asked for). */
export async function makeEpub(task: EpubTask): Promise<EpubMade> {
  const {renderEpub} = await import('@octavo/render-epub')
  return renderEpub(task.tree, {modified: task.date, notes: task.notes, images: task.images})
}

export interface BuildSettings extends RenderSettings {
  meta?: ArticleMeta | undefined
  /** True when `style` was chosen on the command line: it then wins over the front matter's `csl`. */
  styleGiven?: boolean
  /** A folder to look for images in when they are not next to the article (`--images`). */
  images?: string | undefined
  /** Print the notes from their parsed citations (`--restyle-notes`). */
  restyleNotes?: 'cmos17' | 'cmos18' | undefined
  /** The notes model's labels kept between builds (label-store.ts), when the cache is on. */
  labels?: LabelStore | undefined
  /** The notes' whole readings kept between builds (label-store.ts), when the cache is on. */
  readings?: ReadingStore | undefined
}

export interface BuildResult {
  /** File name (relative to the output folder) → content. Empty when there were errors. */
  files: Map<string, Uint8Array | string>
  diagnostics: Diagnostic[]
}

export interface PrepareOptions {
  meta?: ArticleMeta | undefined
  /** The CSL style (XML) to use unless the front matter names one. */
  style: string
  /** True when `style` was chosen by the user (command line, reader): it then wins over the front matter's `csl`. */
  styleGiven?: boolean
  /** The folder the bibliographies must stay in (a reader's); images always stay in the article's folder. */
  confine?: Confinement | undefined
  /** A folder to look for images in when they are not next to the article (`--images`). */
  images?: string | undefined
  /** Set the smart typography of an edition (default true); a build writing only citation files has no use for it. */
  typography?: boolean
  /** The notes model's labels kept between runs (label-store.ts). */
  labels?: LabelStore | undefined
  /** The notes' whole readings kept between runs (label-store.ts). */
  readings?: ReadingStore | undefined
}

export interface PreparedArticle {
  /** Files read besides the source (style, bibliographies, images), absolute. */
  inputs: string[]
  /** Files looked for and not there (an image tried next to the article before `--images`): their appearing changes the build. */
  absent?: string[]
  /** The CSL style used (the front matter's `csl`, or the one given). */
  style: string
  /** Image files the article shows, by the absolute path its `image` nodes now name. */
  images: Map<string, Uint8Array>
  tree: Root
  notes: NoteRecord[]
  items: CslItem[]
  diagnostics: Diagnostic[]
  /** The article's own bibliography, when a reader asked for it. */
  bibliography?: Bibliography
}

/**
 * Parse an article and read its notes into citations; the bibliography files
 * its metadata names (for Pandoc citations) are read relative to it.
 */
export async function prepareArticle(source: SourceFile, options: PrepareOptions): Promise<PreparedArticle> {
  const {meta, confine} = options
  // The source's characters for the notes reader (citations.json keeps each note's text as in the source, contracts §2);
  // smart typography for the edition comes after it (below).
  const parsed = parse(source.bytes, {format: source.format, ...(meta ? {meta} : {})})
  mark('parse')
  // A front matter the parser refused may hold the title: no warning about a missing one then.
  const diagnostics = [...parsed.diagnostics, ...checkFrontMatter(parsed.frontMatterKeys), ...(hasErrors(parsed.diagnostics) ? [] : noTitle(source, parsed.tree))]
  let style = options.style
  const inputs: string[] = []
  if (hasErrors(diagnostics)) return {inputs, images: new Map(), tree: parsed.tree, notes: [], items: [], diagnostics, style}
  // A style named by the front matter, unless one was chosen on the command line or by a reader.
  const csl = parsed.tree.data?.meta?.csl
  if (csl && !options.styleGiven) {
    const file = path.resolve(path.dirname(source.path), csl)
    inputs.push(file)
    try {
      const read = await readStyle(file, confine)
      const shown = path.isAbsolute(csl) ? csl : path.join(path.dirname(source.path), csl)
      append(
        diagnostics,
        read.diagnostics.map((d) => ({...d, file: shown}))
      )
      style = read.xml
    } catch (error) {
      diagnostics.push({severity: 'error', message: `cannot read style '${csl}' named by the front matter: ${await whyNot(file, error, csl)}`, source: 'cli:style'})
    }
    if (hasErrors(diagnostics)) return {inputs, images: new Map(), tree: parsed.tree, notes: [], items: [], diagnostics, style}
  }
  const articleMeta = parsed.tree.data?.meta
  if (articleMeta && articleMeta.lang === undefined) {
    const lang = guessLanguage(parsed.tree, diagnostics)
    if (lang) articleMeta.lang = lang
  }
  const bibliography: CslItem[] = []
  for (const name of parsed.tree.data?.meta?.bibliography ?? []) {
    const file = path.resolve(path.dirname(source.path), name)
    inputs.push(file)
    const shown = path.join(path.dirname(source.path), name)
    const format = bibliographyFormat(name)
    if (!format) {
      diagnostics.push({severity: 'error', message: `bibliography '${name}': unknown format (expected .json, .bib or .ris)`, source: 'cli:bibliography'})
      continue
    }
    let text: string
    try {
      text = await readText(file, 'bibliography', confine)
    } catch (error) {
      diagnostics.push({severity: 'error', message: `cannot read bibliography '${name}': ${await whyNot(file, error, name)}`, source: 'cli:bibliography'})
      continue
    }
    const read = readBibliography(text, format)
    append(
      diagnostics,
      read.diagnostics.map((d) => ({...d, file: shown}))
    )
    append(bibliography, read.items)
  }
  const absent: string[] = []
  const corrections = await readCorrections(source, {inputs, absent}, diagnostics, confine)
  if (hasErrors(diagnostics)) return {inputs, images: new Map(), tree: parsed.tree, notes: [], items: [], diagnostics, style}
  const images = await readImages(parsed.tree, source.path, {inputs, absent}, diagnostics, options.images)
  const lang = parsed.tree.data?.meta?.lang
  mark('bibliography files and images')
  const cited = processCitations(parsed.tree, {
    style,
    bibliography,
    ...(lang ? {lang} : {}),
    ...(options.labels ? {labels: options.labels} : {}),
    ...(options.readings ? {readings: options.readings} : {})
  })
  // The editor's corrections, before anything is made of the citations (citations.json, exports, bibliography, restyled notes).
  const corrected = corrections.list.length > 0 ? applyCorrections(cited, corrections.list) : cited
  append(
    diagnostics,
    corrected.diagnostics.map((d) => (d.source === 'citations:corrections' ? {...d, file: corrections.shown} : d))
  )
  mark('notes reader')
  // Smart typography for an edition (build, check, reader), once the notes are read; `import` keeps the source's characters.
  if (options.typography !== false) {
    smartenTree(parsed.tree, lang ?? 'en')
    mark('typography')
  }
  return {inputs, absent, images, tree: parsed.tree, notes: corrected.notes, items: corrected.items, diagnostics, style}
}

/** The corrections file of an article: `<stem>.corrections.yaml` beside it (issue 17, README "Corrections"). */
export function correctionsPath(sourcePath: string, stem: string): string {
  return path.join(path.dirname(sourcePath), `${stem}.corrections.yaml`)
}

/**
 * The article's corrections, when it has a corrections file: read and parsed
 * (its errors, at their line and column, stop the build). The file is an
 * input of the build, or an absent one whose appearing changes it.
 */
async function readCorrections(source: SourceFile, read: {inputs: string[]; absent: string[]}, diagnostics: Diagnostic[], confine?: Confinement): Promise<{list: Correction[]; shown: string}> {
  const shown = correctionsPath(source.path, source.stem)
  const file = path.resolve(shown)
  let text: string
  try {
    text = await readText(file, 'corrections', confine)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      read.absent.push(file)
      return {list: [], shown}
    }
    read.inputs.push(file)
    diagnostics.push({severity: 'error', message: `cannot read the corrections file '${shown}': ${await whyNot(file, error, shown)}`, source: 'cli:corrections'})
    return {list: [], shown}
  }
  read.inputs.push(file)
  const parsed = parseCorrections(text)
  append(
    diagnostics,
    parsed.diagnostics.map((d) => ({...d, file: shown}))
  )
  return {list: parsed.corrections, shown}
}

/** A warning when the article has no title (it would be printed as "Untitled"), saying where one goes. */
function noTitle(source: SourceFile, tree: Root): Diagnostic[] {
  const title = tree.data?.meta?.title
  if (tree.children.length === 0 || (typeof title === 'string' && title.trim() !== '')) return []
  return [{severity: 'warning', message: `the article has no title: ${titleHint(source.format, source.stem)}`, source: 'cli:meta'}]
}

/** An article of a reader to prepare, here or on a worker thread (parallel.ts). */
export interface PrepareTask {
  source: SourceFile
  meta: ArticleMeta | undefined
  style: string
  /** Make the article's own bibliography node too. */
  bibliography: boolean
  /** The folder every file the article names must stay in (the reader's). */
  confine: Confinement
  /** A folder to look for images in when they are not next to the article (`--images`, the reader's `images`). */
  images?: string | undefined
  /** Formatted bibliographies kept between builds (on this thread only: a worker is given none). */
  store?: FormattedStore | undefined
}

/** An article of a reader: prepared with the reader's style, and with its own bibliography when `bibliography` is true. */
export async function prepareReaderArticle(task: PrepareTask): Promise<PreparedArticle> {
  const {source, meta, style, confine, images} = task
  const prepared = await prepareArticle(source, {meta, style, styleGiven: true, confine, images})
  // A reader writes no citations.json and restyles no notes (renderVolume is given none): its articles keep no note records,
  // which were ≈ a fifth of the real article's prepared entry (108 of 490 kB), read back and sent to the worker for nothing.
  prepared.notes = []
  if (task.bibliography && !hasErrors(prepared.diagnostics)) {
    const lang = prepared.tree.data?.meta?.lang ?? 'en'
    prepared.bibliography = editionBibliography(prepared.items, {style, lang, title: labelsFor(lang).bibliography, ...(task.store ? {store: task.store} : {})})
  }
  return prepared
}

/**
 * The bibliography an edition prints: citeproc's entries set with the smart
 * typography of the article's language, as its text is (a straight quotation
 * mark in a title stands inside the style's curly ones). The bibliography
 * files keep citeproc's characters.
 */
export function editionBibliography(items: readonly CslItem[], options: BibliographyNodeOptions): Bibliography {
  const node = bibliographyNode(items, options)
  smartenTree({type: 'root', children: [node]}, options.lang ?? 'en')
  return node
}

/** The outputs set with the edition's smart typography; the citation files keep the source's characters. */
const EDITION_KINDS: ReadonlySet<OutputKind> = new Set(['pdf', 'epub', 'bibliography'])

/**
 * Parse a source and make every requested output in memory. Writes nothing.
 * `inputs` are the files it read besides the source (style, bibliographies, images).
 */
export async function buildArticle(source: SourceFile, settings: BuildSettings): Promise<BuildResult & {inputs: string[]; absent?: string[]}> {
  // The edition's typography shows only in the PDF, the EPUB and the bibliography files (the title heads bibliography.html).
  const typography = settings.to.some((kind) => EDITION_KINDS.has(kind))
  const article = await prepareArticle(source, {
    meta: settings.meta,
    style: settings.style,
    styleGiven: settings.styleGiven ?? false,
    images: settings.images,
    typography,
    labels: settings.labels,
    readings: settings.readings
  })
  const inputs = article.inputs
  if (hasErrors(article.diagnostics)) return {files: new Map(), diagnostics: article.diagnostics, inputs}
  const style = article.style
  if (settings.restyleNotes) restyle(article, settings.restyleNotes, style)
  // The bibliography in the tree is for the PDF and the EPUB: citeproc (the slow start of a build) runs only for them.
  if (settings.to.includes('pdf') || settings.to.includes('epub')) {
    // In the article's language (its CSL locale: « et », „Hrsg.“), as the bibliography files.
    const lang = article.tree.data?.meta?.lang
    // its heading in that language too (the PDF translated the default English title, the EPUB printed it)
    const title = labelsFor(lang ?? 'en').bibliography
    if (article.items.length > 0) article.tree.children.push(editionBibliography(article.items, {style, title, ...(lang ? {lang} : {}), ...(settings.store ? {store: settings.store} : {})}))
    mark('citeproc: bibliography')
  }
  return {...(await renderOutputs(source.stem, article.tree, article.items, article.notes, {...settings, style}, article.diagnostics, article.images)), inputs, absent: article.absent ?? []}
}

/**
 * The local image files an article shows (relative URLs): looked for next to
 * the article, then in the `--images` folder, each inside its folder once
 * links are followed; read, and the `image` nodes pointed at their absolute
 * path, the key the renderers look them up by. A figure whose file is not
 * found is one warning at it: the renderers print it as a placeholder.
 * Remote images are left to the renderers.
 */
async function readImages(tree: Root, sourcePath: string, read: {inputs: string[]; absent: string[]}, diagnostics: Diagnostic[], imagesFolder?: string): Promise<Map<string, Uint8Array>> {
  const images = new Map<string, Uint8Array>()
  const folders: Confinement[] = [{folder: path.resolve(path.dirname(sourcePath)), name: "the article's folder"}]
  if (imagesFolder !== undefined) folders.push({folder: path.resolve(imagesFolder), name: `the images folder '${imagesFolder}'`})
  const nodes: Image[] = []
  visit(tree, 'image', (node) => {
    nodes.push(node)
  })
  for (const node of nodes) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(node.url) || node.url.startsWith('/') || node.url === '') continue
    const found = await findImage(imageName(node.url), folders, images)
    for (const file of found.absent) if (!read.absent.includes(file)) read.absent.push(file)
    if ('problem' in found) {
      diagnostics.push({severity: 'warning', message: `image '${node.url}' ${found.problem}: the figure will print as a placeholder`, position: node.position, source: 'cli:images'})
      continue
    }
    if (!images.has(found.file)) {
      images.set(found.file, found.bytes)
      read.inputs.push(found.file)
    }
    node.url = found.file
  }
  return images
}

/** The file name an image URL stands for (`a%20b.png?x` → `a b.png`). */
function imageName(url: string): string {
  const name = url.split(/[?#]/)[0] ?? ''
  try {
    return decodeURI(name)
  } catch {
    return name
  }
}

/**
 * The first of `folders` that holds `name` (inside it, links followed), with
 * its bytes (from `read` when read before); or why none does.
 */
async function findImage(name: string, folders: readonly Confinement[], read: ReadonlyMap<string, Uint8Array>): Promise<({file: string; bytes: Uint8Array} | {problem: string}) & {absent: string[]}> {
  const missing: string[] = []
  const absent: string[] = []
  for (const confine of folders) {
    const file = path.resolve(confine.folder, name)
    if (!isInside(confine.folder, file)) {
      missing.push(`is outside ${confine.name}`)
      continue
    }
    const known = read.get(file)
    if (known) return {file, bytes: known, absent}
    try {
      return {file, bytes: (await readInputFile(file, 'image', confine)).bytes, absent}
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return {problem: `not included: ${reason(error)}`, absent}
      missing.push(`is not in ${confine.name}`)
      absent.push(file)
    }
  }
  const hint = folders.length === 1 ? ' (--images DIR names a folder of images)' : ''
  return {problem: `${missing.join(' and ')}${hint}`, absent}
}

/** Replace each note's printed text by the notes formatted from its citations (first mention full, then short or Ibid.). */
function restyle(article: PreparedArticle, edition: 'cmos17' | 'cmos18', style: string) {
  const byNumber = new Map<number, FootnoteDefinition>()
  for (const node of article.tree.children) {
    if (node.type === 'footnoteDefinition' && node.data?.number !== undefined) byNumber.set(node.data.number, node)
  }
  // in the article's language, as the bibliography (German notes: „…“, vom, S., Ebd.)
  const lang = article.tree.data?.meta?.lang
  for (const note of restyleNotes(article.notes, article.items, {style, edition, ...(lang ? {lang} : {}), diagnostics: article.diagnostics})) {
    const definition = byNumber.get(note.note)
    if (definition && note.restyled) definition.data = {...definition.data, restyled: note.children}
  }
}

/** What a writer of one output kind is given: the tree, its works and notes, and the files written so far. */
interface OutputContext {
  stem: string
  tree: Root
  items: CslItem[]
  notes: NoteRecord[] | undefined
  settings: RenderSettings
  diagnostics: Diagnostic[]
  images: ReadonlyMap<string, Uint8Array>
  date: Date
  lang: string | undefined
  files: Map<string, Uint8Array | string>
  /** The EPUB being made on another thread, started before the PDF (`settings.aside`). */
  aside?: Promise<EpubMade | undefined> | undefined
}

/**
 * The writer of each output kind (`OUTPUT_KINDS`), in the order they run:
 * a kind added to the table and not here does not type-check.
 */
const WRITERS = {
  async pdf(c: OutputContext) {
    // The renderers load only when asked for (`check`, `import` and `--to csl-json` start faster).
    const [{renderPdf}, fonts, hyphenation] = await Promise.all([pdfRenderer(), loadFonts(), loadHyphenation(c.lang)])
    mark('pdf: load code, fonts, hyphenation')
    const standards = c.settings.pdfStandards === undefined ? {} : {standards: c.settings.pdfStandards}
    const store = c.settings.pdfStore === undefined ? {} : {store: c.settings.pdfStore}
    const deflate = c.settings.pdfDeflate === undefined ? {} : {deflate: c.settings.pdfDeflate}
    const options = {fonts, hyphenation, pageSize: c.settings.pageSize, notes: c.settings.notes, date: c.date, images: c.images, ...standards, ...store, ...deflate}
    const pdf = await renderPdf(c.tree, options)
    append(c.diagnostics, pdf.diagnostics)
    c.files.set(`${c.stem}.pdf`, pdf.pdf)
    mark('pdf: layout and write')
  },
  async epub(c: OutputContext) {
    // One that failed on the other thread is made here (the tree is as it was: the PDF does not change it).
    const epub = (await c.aside) ?? (await makeEpub({tree: c.tree, notes: c.settings.notes, images: c.images, date: c.date}))
    append(c.diagnostics, epub.diagnostics)
    c.files.set(`${c.stem}.epub`, epub.epub)
    mark('epub')
  },
  bibliography(c: OutputContext) {
    const title = c.tree.data?.meta?.title
    const source = typeof title === 'string' && title.trim() ? {source: title.trim()} : {}
    const formatting = {style: c.settings.style, ...(c.lang ? {lang: c.lang} : {}), ...(c.settings.store ? {store: c.settings.store} : {}), diagnostics: c.diagnostics}
    c.files.set(`${c.stem}.bibliography.html`, bibliographyDocument(c.items, {...formatting, heading: labelsFor(c.lang ?? 'en').bibliography, ...source}))
    c.files.set(`${c.stem}.bibliography.txt`, formatBibliography(c.items, {...formatting, format: 'text'}))
    mark('bibliography.html, .txt')
  },
  'csl-json': (c: OutputContext) => c.files.set(`${c.stem}.csl.json`, toCslJson(c.items)),
  ris: (c: OutputContext) => c.files.set(`${c.stem}.ris`, toRis(c.items)),
  bibtex: (c: OutputContext) => c.files.set(`${c.stem}.bib`, toBibtex(c.items)),
  citations: (c: OutputContext) => c.notes && c.files.set(`${c.stem}.citations.json`, toCitationsJson({notes: c.notes, items: c.items}))
} satisfies Record<OutputKind, (c: OutputContext) => unknown>

/**
 * Every requested output of a tree (an article or a volume) in memory, each
 * by its writer (`WRITERS`). `notes` are written as citations.json when given.
 */
export async function renderOutputs(
  stem: string,
  tree: Root,
  items: readonly CslItem[],
  notes: NoteRecord[] | undefined,
  settings: RenderSettings,
  diagnostics: Diagnostic[],
  images: ReadonlyMap<string, Uint8Array> = new Map()
): Promise<BuildResult> {
  const files = new Map<string, Uint8Array | string>()
  const want = new Set(settings.to)
  const context: OutputContext = {stem, tree, items: [...items], notes, settings, diagnostics, images, date: buildDate(), lang: tree.data?.meta?.lang, files}
  // With the PDF too and another thread to spare, the EPUB is made there meanwhile (its tree copied before the PDF starts); its file and diagnostics take their place in the order all the same.
  if (settings.aside && want.has('pdf') && want.has('epub')) context.aside = settings.aside.epub({tree, notes: settings.notes, images, date: context.date}).catch(() => undefined)
  for (const [kind, write] of Object.entries(WRITERS) as Array<[OutputKind, (c: OutputContext) => unknown]>) if (want.has(kind)) await write(context)
  mark('csl-json, ris, bibtex, citations')
  if (hasErrors(diagnostics)) files.clear()
  // One warning per missing figure: the CLI's (it says where it looked), not the renderers' echoes of it.
  return {files, diagnostics: dropEchoes(diagnostics)}
}
