// @module-tag corpus
/**
 * The four Markdown lessons of ../shared/corpus/real (code blocks, lists, tables, `ᵒ`, emoji):
 * typeset, read back with poppler, each note starting on the page of its first reference.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {toString} from 'mdast-util-to-string'
import type {Root} from 'mdast'
import {parse} from '@octavo/parser'
import {geometries, layout, writePdf} from '../src/index.js'
import {has, letters, lineText, notesElsewhere, paragraphsOutside, patterns, pdffonts, qpdfCheck, readPages, shared, tempFile, testFonts} from './helpers.js'

const poppler = has('pdftotext') && has('pdffonts') && has('qpdf')
if (!poppler) console.warn('render-pdf corpus tests skipped: poppler-utils and qpdf are not installed')
const dir = `${shared}/corpus/real`
const lessons = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')

test('the four lessons', () => expect(lessons).toHaveLength(4))

describe.skipIf(!poppler).each(lessons)('%s', (name) => {
  test('every note starts on the page of its reference; text, fonts and structure are sound', async () => {
    const {tree} = parse(readFileSync(`${dir}/${name}`), {format: 'markdown'})
    const lang = typeof tree.data?.meta?.lang === 'string' ? tree.data.meta.lang : 'en'
    const {layout: laid, diagnostics} = layout(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us'), fr: patterns('fr')}})
    const file = tempFile(name.replace(/\.md$/, '.pdf'), await writePdf(laid, {fonts: testFonts(), date: new Date(0)}))
    const pages = readPages(
      file,
      laid.pages.map((p) => p.notes?.top),
      geometries.a4
    )

    // Notes: numbered by first reference, each starting where it is first referenced.
    const numbers = new Map<string, number>()
    const visitRefs = (node: Root | Root['children'][number]) => {
      if (node.type === 'footnoteReference' && !numbers.has(node.identifier)) numbers.set(node.identifier, numbers.size + 1)
      if (node.type === 'footnoteDefinition') return
      if ('children' in node) for (const child of node.children) visitRefs(child as Root['children'][number])
    }
    visitRefs(tree)
    expect(numbers.size).toBeGreaterThanOrEqual(15)
    expect(notesElsewhere(pages, [...numbers.values()].map(String))).toEqual([])

    // Every paragraph outside notes and tables is printed in full.
    const body = letters(pages.map((p) => lineText(p.body)).join('\n'))
    const all = paragraphsOutside(tree, ['footnoteDefinition', 'table'])
    // A paragraph that is only an image is a figure: its file is not in the corpus, so its placeholder prints its caption (its alt text is the Figure's /Alt).
    const figures = all.filter((p) => p.children.length === 1 && p.children[0]!.type === 'image')
    const paragraphs = all.filter((p) => !figures.includes(p))
    const missing = paragraphs.map((p) => toString(p, {includeHtml: false})).filter((text) => letters(text) && !body.includes(letters(text)))
    expect(missing).toEqual([])
    const captions = figures.map((p) => (p.children[0]!.type === 'image' ? (p.children[0]!.title ?? p.children[0]!.alt ?? '') : ''))
    expect(captions.filter((caption) => !body.includes(letters(caption)))).toEqual([])
    const notes = letters(pages.map((p) => lineText(p.notes, false)).join('\n'))
    const definitions = tree.children.filter((c) => c.type === 'footnoteDefinition')
    expect(definitions.map((d) => toString(d)).filter((text) => !notes.includes(letters(text)))).toEqual([])

    // Code blocks in the monospace face; fonts embedded as subsets; a sound file.
    const fonts = pdffonts(file)
    expect(fonts.filter((f) => !f.emb || !f.sub)).toEqual([])
    if (tree.children.some((c) => c.type === 'code')) expect(fonts.some((f) => f.name.includes('Mono'))).toBe(true)
    expect(qpdfCheck(file).ok).toBe(true)
    // Characters no font has are reported, by code point and position.
    for (const d of diagnostics.filter((d) => d.source === 'render-pdf:font')) {
      expect(d.message).toMatch(/U\+[0-9A-F]{4,6}/)
      expect(d.position?.start.line).toBeGreaterThan(0)
    }
    void lang
  })
})
