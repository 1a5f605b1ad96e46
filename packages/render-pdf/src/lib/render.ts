import type {Root} from 'mdast'
import type {Diagnostic} from '@octavo/tree'
import {layout} from './layout.js'
import {writePdf} from './write.js'
import type {RenderOptions} from './types.js'

/** Lay out and write an Octavo tree as PDF. */
export async function renderPdf(tree: Root, options: RenderOptions): Promise<{pdf: Uint8Array; diagnostics: Diagnostic[]}> {
  const result = layout(tree, options)
  const pdf = await writePdf(result.layout, {
    fonts: options.fonts,
    diagnostics: result.diagnostics,
    ...(options.date === undefined ? {} : {date: options.date}),
    ...(options.images === undefined ? {} : {images: options.images}),
    ...(options.standards === undefined ? {} : {standards: options.standards}),
    ...(options.store === undefined ? {} : {store: options.store}),
    ...(options.deflate === undefined ? {} : {deflate: options.deflate})
  })
  return {pdf, diagnostics: result.diagnostics}
}
