import type {Diagnostic, Root} from '@octavo/parser'
import {parse} from '@octavo/parser'
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
import type {ArticleMeta} from '@octavo/parser'

export interface BuildSettings {
  to: readonly OutputKind[]
  meta?: ArticleMeta | undefined
  pageSize: 'a4' | 'letter' | '6x9'
  notes: 'footnotes' | 'endnotes'
  /** The CSL style (XML). */
  style: string
}

export interface BuildResult {
  /** File name (relative to the output folder) → content. Empty when there were errors. */
  files: Map<string, Uint8Array | string>
  diagnostics: Diagnostic[]
}

/** Parse a source and make every requested output in memory. Writes nothing. */
export async function buildArticle(source: SourceFile, settings: BuildSettings): Promise<BuildResult> {
  const parsed = parse(source.bytes, {format: source.format, ...(settings.meta ? {meta: settings.meta} : {})})
  const diagnostics = [...parsed.diagnostics]
  const files = new Map<string, Uint8Array | string>()
  if (hasErrors(diagnostics)) return {files, diagnostics}

  const tree: Root = parsed.tree
  const cited = processCitations(tree, {style: settings.style})
  diagnostics.push(...cited.diagnostics)
  appendBibliography(tree, cited.items, {style: settings.style})
  if (hasErrors(diagnostics)) return {files, diagnostics}

  const want = new Set(settings.to)
  const stem = source.stem
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
  if (want.has('bibliography')) {
    files.set(`${stem}.bibliography.html`, formatBibliography(cited.items, {style: settings.style, format: 'html'}))
    files.set(`${stem}.bibliography.txt`, formatBibliography(cited.items, {style: settings.style, format: 'text'}))
  }
  if (want.has('csl-json')) files.set(`${stem}.csl.json`, toCslJson(cited.items))
  if (want.has('ris')) files.set(`${stem}.ris`, toRis(cited.items))
  if (want.has('bibtex')) files.set(`${stem}.bib`, toBibtex(cited.items))
  if (want.has('citations')) files.set(`${stem}.citations.json`, toCitationsJson({notes: cited.notes, items: cited.items}))
  if (hasErrors(diagnostics)) files.clear()
  return {files, diagnostics}
}
