// The tags of the tests that a developer's quick run (`npm run test:fast`) leaves out, one table for
// every package's vitest.config.ts. A test or a file (`// @module-tag corpus`) carries its tag; the full
// suite (`npm test`, CI) runs everything. Each tag says what makes its tests slow, with an example.
import type {TestTagDefinition} from 'vitest/config'

export const TAGS: TestTagDefinition[] = [
  {name: 'corpus', description: 'reads the real article or lessons of ../shared/corpus end to end (e.g. render-pdf test/corpus.test.ts: four lessons typeset and read back)'},
  {name: 'ocr', description: 'renders pages and reads them with tesseract (render-pdf test/ocr.test.ts)'},
  {name: 'zotero', description: "Zotero's own importers through the translation server (apps/cli test/zotero.test.ts)"},
  {name: 'browser', description: 'a headless browser or a Java validator (EPUBCheck) is started'},
  {name: 'slow', description: 'large generated input or many property runs, seconds each (e.g. parser test/limits.test.ts: 100,000 nested containers)'}
]

/** The quick run: everything but the tagged tests. */
export const FAST = TAGS.map((tag) => `!${tag.name}`).join(' && ')
