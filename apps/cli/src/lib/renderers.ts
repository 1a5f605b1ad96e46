import type * as RenderPdf from '@octavo/render-pdf'
import {importHook} from './import-hook.js'

/**
 * The PDF renderer, loaded when a build asks for a PDF. Its shaper's
 * harfbuzzjs is an ES module that waits for its WebAssembly at its top
 * level, which CommonJS cannot `require`: it is imported here first and
 * left under `HARFBUZZ`, where the CommonJS build of the command (bundle.mjs,
 * run from a V8 code cache by src/start.ts) finds it
 * (bundle-stubs/harfbuzzjs.cjs). In the ES module builds the renderer's own
 * import finds the module already loaded.
 */
export const HARFBUZZ = Symbol.for('octavo.harfbuzzjs')

export async function pdfRenderer(): Promise<typeof RenderPdf> {
  const shared = globalThis as {[HARFBUZZ]?: unknown}
  shared[HARFBUZZ] ??= await (importHook()?.('harfbuzzjs') ?? import('harfbuzzjs'))
  return import('@octavo/render-pdf')
}
