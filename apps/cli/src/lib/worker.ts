/**
 * The worker thread's tasks (see parallel.ts): the same functions the main
 * thread runs, on data sent by structured clone.
 */
import type {BuildResult, EpubMade, EpubTask, PreparedArticle, PrepareTask} from './build.js'
import {editionBibliography, makeEpub, prepareReaderArticle, renderOutputs} from './build.js'
import type {Bibliography, CslItem} from '@octavo/parser'
import type {BibliographyNodeOptions} from '@octavo/citations'
import type {RenderTask} from './parallel.js'
import {pdfRenderer} from './renderers.js'
import {volumeWith} from './kept-articles.js'

export function prepare(task: PrepareTask): Promise<PreparedArticle> {
  return prepareReaderArticle(task)
}

export function render(task: RenderTask): Promise<BuildResult> {
  return renderOutputs(task.stem, volumeWith(task.tree, task.kept), task.items, undefined, task.settings, [], task.images)
}

export function epub(task: EpubTask): Promise<EpubMade> {
  return makeEpub(task)
}

/** Content streams compressed here (render-pdf's `deflate`, the function the writer runs: the same bytes). */
export async function deflate(chunks: readonly Uint8Array[]): Promise<Uint8Array[]> {
  const {deflate} = await pdfRenderer()
  return chunks.map((bytes) => deflate(bytes))
}

export function bibliography(task: {items: readonly CslItem[]; options: BibliographyNodeOptions}): Bibliography {
  return editionBibliography(task.items, task.options)
}
