// @module-tag ocr
/**
 * What is printed is visible: pages of the real article rasterized (pdftoppm) and read by OCR
 * (tesseract); at least 90% of the words poppler extracts from a page must be seen by the OCR.
 * This catches blank glyphs, which text extraction alone does not.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {parse} from '@octavo/parser'
import type {ArticleMeta} from '@octavo/parser'
import {renderPdf} from '../src/index.js'
import {has, patterns, shared, tempFile, testFonts} from './helpers.js'

const tools = has('pdftoppm') && has('tesseract') && has('pdftotext')
if (!tools) console.warn('render-pdf OCR test skipped: pdftoppm (poppler-utils) or tesseract is not installed')

test.skipIf(!tools)('OCR sees at least 90% of the extracted words on a sample page (title, abstract, text, notes)', async () => {
  const meta = parseYaml(readFileSync(`${shared}/corpus/koreans-1950-1962.meta.yaml`, 'utf8')) as ArticleMeta
  const {tree} = parse(readFileSync(`${shared}/corpus/koreans-1950-1962.txt`), {format: 'text', meta})
  const {pdf} = await renderPdf(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}})
  const file = tempFile('ocr.pdf', pdf)
  const dir = mkdtempSync(path.join(tmpdir(), 'render-pdf-ocr-'))
  const words = (text: string) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? []
  for (const page of [1]) {
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', String(page), '-l', String(page), '-singlefile', file, path.join(dir, `p${page}`)])
    const ocr = new Set(
      words(execFileSync('tesseract', [path.join(dir, `p${page}.png`), '-', '--psm', '3'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: {...process.env, OMP_THREAD_LIMIT: '1'}}))
    )
    const extracted = words(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], {encoding: 'utf8'}))
    expect(extracted.length).toBeGreaterThan(250)
    const seen = extracted.filter((w) => ocr.has(w)).length / extracted.length
    console.info(`render-pdf OCR: page ${page}, ${(seen * 100).toFixed(1)}% of ${extracted.length} words seen`)
    expect(seen, `page ${page}`).toBeGreaterThanOrEqual(0.9)
  }
})
