import type {ArticleMeta, CslItem, Diagnostic, Root} from '@octavo/parser'
import {parse} from '@octavo/parser'
import type {NoteRecord} from '@octavo/citations'
import {
  appendBibliography,
  formatBibliography,
  processCitations,
  toBibtex,
  toCitationsJson,
  toCslJson,
  toRis
} from '@octavo/citations'
import {renderPdf} from '@octavo/render-pdf'
import {renderEpub} from '@octavo/render-epub'
import type {SourceFile} from './input.js'
import type {OutputKind} from './outputs.js'
import {hasErrors} from './diagnostics.js'
import {buildDate, loadFonts, loadHyphenation} from './world.js'

export interface RenderSettings {
  to: readonly OutputKind[]
  pageSize: 'a4' | 'letter' | '6x9'
  notes: 'footnotes' | 'endnotes'
  /** The CSL style (XML). */
  style: string
}

export interface BuildSettings extends RenderSettings {
  meta?: ArticleMeta | undefined
}

export interface BuildResult {
  /** File name (relative to the output folder) → content. Empty when there were errors. */
  files: Map<string, Uint8Array | string>
  diagnostics: Diagnostic[]
}

export interface PreparedArticle {
  tree: Root
  notes: NoteRecord[]
  items: CslItem[]
  diagnostics: Diagnostic[]
}

/** Parse an article and read its notes into citations. */
export function prepareArticle(source: SourceFile, meta: ArticleMeta | undefined, style: string): PreparedArticle {
  const parsed = parse(source.bytes, {format: source.format, ...(meta ? {meta} : {})})
  const diagnostics = [...parsed.diagnostics]
  if (hasErrors(diagnostics)) return {tree: parsed.tree, notes: [], items: [], diagnostics}
  const cited = processCitations(parsed.tree, {style})
  diagnostics.push(...cited.diagnostics)
  return {tree: parsed.tree, notes: cited.notes, items: cited.items, diagnostics}
}

/** Parse a source and make every requested output in memory. Writes nothing. */
export async function buildArticle(source: SourceFile, settings: BuildSettings): Promise<BuildResult> {
  const article = prepareArticle(source, settings.meta, settings.style)
  if (hasErrors(article.diagnostics)) return {files: new Map(), diagnostics: article.diagnostics}
  appendBibliography(article.tree, article.items, {style: settings.style})
  return renderOutputs(source.stem, article.tree, article.items, article.notes, settings, article.diagnostics)
}

/**
 * Every requested output of a tree (an article or a volume) in memory.
 * `notes` are written as citations.json when given.
 */
export async function renderOutputs(
  stem: string,
  tree: Root,
  items: readonly CslItem[],
  notes: NoteRecord[] | undefined,
  settings: RenderSettings,
  diagnostics: Diagnostic[]
): Promise<BuildResult> {
  const files = new Map<string, Uint8Array | string>()
  const want = new Set(settings.to)
  const date = buildDate()
  const lang = tree.data?.meta?.lang
  if (want.has('pdf')) {
    const [fonts, hyphenation] = await Promise.all([loadFonts(), loadHyphenation(lang)])
    const pdf = await renderPdf(tree, {fonts, hyphenation, pageSize: settings.pageSize, notes: settings.notes, date})
    diagnostics.push(...pdf.diagnostics)
    files.set(`${stem}.pdf`, pdf.pdf)
  }
  if (want.has('epub')) {
    const epub = await renderEpub(tree, {modified: date, notes: settings.notes})
    diagnostics.push(...epub.diagnostics)
    files.set(`${stem}.epub`, epub.epub)
  }
  const bibliography = [...items]
  if (want.has('bibliography')) {
    files.set(`${stem}.bibliography.html`, formatBibliography(bibliography, {style: settings.style, format: 'html', diagnostics}))
    files.set(`${stem}.bibliography.txt`, formatBibliography(bibliography, {style: settings.style, format: 'text', diagnostics}))
  }
  if (want.has('csl-json')) files.set(`${stem}.csl.json`, toCslJson(bibliography))
  if (want.has('ris')) files.set(`${stem}.ris`, toRis(bibliography))
  if (want.has('bibtex')) files.set(`${stem}.bib`, toBibtex(bibliography))
  if (want.has('citations') && notes) files.set(`${stem}.citations.json`, toCitationsJson({notes, items: bibliography}))
  if (hasErrors(diagnostics)) files.clear()
  return {files, diagnostics}
}
