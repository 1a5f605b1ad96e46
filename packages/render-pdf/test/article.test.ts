// @module-tag corpus
/**
 * The real article (../shared/corpus/koreans-1950-1962.txt), typeset and read back with poppler:
 * every note starts on the page of its reference, every paragraph and note is there in full,
 * fonts are embedded subsets, qpdf finds nothing wrong, two builds give the same bytes.
 */
import {readFileSync} from 'node:fs'
import {createHash} from 'node:crypto'
import {execFileSync} from 'node:child_process'
import {beforeAll, describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {toString} from 'mdast-util-to-string'
import type {Root} from 'mdast'
import {parse} from '@octavo/parser'
import type {ArticleMeta} from '@octavo/parser'
import {geometries, layout, writePdf} from '../src/index.js'
import type {Layout} from '../src/index.js'
import {has, letters, lineText, notesElsewhere, paragraphsOutside, patterns, pdffonts, qpdfCheck, readPages, shared, tempFile, testFonts} from './helpers.js'
import type {ReadBackPage} from './helpers.js'

const poppler = has('pdftotext') && has('pdffonts') && has('qpdf')
if (!poppler) console.warn('render-pdf article tests skipped: poppler-utils (pdftotext, pdffonts) and qpdf are not installed')

const date = new Date('2024-05-01T12:00:00Z')
let tree: Root
let laid: Layout
let pdf: Uint8Array
let file: string
let pages: ReadBackPage[]
let diagnostics: Array<{message: string}>

beforeAll(async () => {
  const meta = parseYaml(readFileSync(`${shared}/corpus/koreans-1950-1962.meta.yaml`, 'utf8')) as ArticleMeta
  tree = parse(readFileSync(`${shared}/corpus/koreans-1950-1962.txt`), {format: 'text', meta}).tree
  const result = layout(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}})
  laid = result.layout
  diagnostics = result.diagnostics
  pdf = await writePdf(laid, {fonts: testFonts(), date})
  file = tempFile('koreans.pdf', pdf)
  if (poppler)
    pages = readPages(
      file,
      laid.pages.map((p) => p.notes?.top),
      geometries.a4
    )
})

describe.skipIf(!poppler)('the real article read back from the PDF', () => {
  test('has its 96 references, each note starting on the page of its reference', () => {
    expect(
      notesElsewhere(
        pages,
        Array.from({length: 96}, (_, i) => String(i + 1))
      )
    ).toEqual([])
    // the acknowledgment as `*` on the title, its note on page 1
    expect(pages[0]!.body.slice(0, 3).flatMap((l) => l.words.map((w) => w.text))).toContain('*')
    expect(pages[0]!.noteStarts[0]).toBe('*')
  })

  test('prints note 30 as missing', () => {
    const notes = pages.map((p) => lineText(p.notes)).join('\n')
    expect(notes).toMatch(/30\. \[note missing in the source\]/)
  })

  test('prints every body paragraph and every note in full', () => {
    const body = letters(pages.map((p) => lineText(p.body)).join('\n'))
    const notes = letters(pages.map((p) => lineText(p.notes, false)).join('\n'))
    const paragraphs = paragraphsOutside(tree, ['footnoteDefinition', 'titleNote'])
    expect(paragraphs.length).toBeGreaterThan(55)
    const lost = paragraphs.map((p) => toString(p)).filter((text) => !body.includes(letters(text)))
    expect(lost).toEqual([])
    const definitions = tree.children.filter((c) => c.type === 'footnoteDefinition' && c.children.length > 0)
    expect(definitions.length).toBe(95)
    const lostNotes = definitions.map((d) => toString(d)).filter((text) => !notes.includes(letters(text)))
    expect(lostNotes).toEqual([])
  })

  test('prints the characters of the source: curly quotes, dashes, ellipsis, é, ŏ', () => {
    const text = pages.map((p) => lineText(p.body) + '\n' + lineText(p.notes, false)).join('\n')
    for (const char of ['’', '“', '”', '–', '—', 'é', 'ŏ']) {
      if (toString(tree).includes(char)) expect(text, char).toContain(char)
    }
    expect(diagnostics.filter((d) => d.message.includes('glyph'))).toEqual([])
  })

  test('prints the open page range of its metadata (page: 133-) as 133– on the title page', () => {
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], {encoding: 'utf8'})
    expect(first).toContain('Journal of Cold War Studies, vol. 16, no. 4 (2014), pp. 133–')
    expect(first).not.toContain('133-')
  })

  test('justifies: full lines of body text end at the right margin', () => {
    const left = (n: number) => (n % 2 === 1 ? geometries.a4.inner : geometries.a4.outer)
    let full = 0
    let ragged = 0
    for (const page of pages.slice(1)) {
      const right = left(page.number) + laid.width - geometries.a4.inner - geometries.a4.outer
      for (const line of page.body) {
        const end = Math.max(...line.words.map((w) => w.xMax))
        if (line.xMin < left(page.number) + 1 && Math.abs(end - right) < 1.5) full++
        else if (end > right + 1.5) ragged++
      }
    }
    expect(ragged).toBe(0)
    expect(full).toBeGreaterThan(350)
  })

  test('embeds every font as a subset, and qpdf finds no error', () => {
    const fonts = pdffonts(file)
    expect(fonts.length).toBeGreaterThanOrEqual(3)
    expect(fonts.filter((f) => !f.emb || !f.sub)).toEqual([])
    const check = qpdfCheck(file)
    expect(check.output).toContain('No syntax or stream encoding errors')
    expect(check.ok).toBe(true)
  })
})

describe.skipIf(!poppler)('the real article in other formats, read back', () => {
  test('6x9: every note starts on the page of its reference', async () => {
    const small = layout(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}, pageSize: '6x9'}).layout
    const smallFile = tempFile('koreans-6x9.pdf', await writePdf(small, {fonts: testFonts(), date}))
    const read = readPages(
      smallFile,
      small.pages.map((p) => p.notes?.top),
      geometries['6x9']
    )
    expect(read[0]!.width).toBe(432)
    expect(
      notesElsewhere(
        read,
        Array.from({length: 96}, (_, i) => String(i + 1))
      )
    ).toEqual([])
    expect(small.pages.length).toBeGreaterThan(laid.pages.length)
  })

  test('endnotes: no note area; all notes after the text under “Notes”, in order', async () => {
    const end = layout(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}, notes: 'endnotes'}).layout
    expect(end.pages.every((p) => p.notes === undefined)).toBe(true)
    const endFile = tempFile('koreans-end.pdf', await writePdf(end, {fonts: testFonts(), date}))
    const text = execFileSync('pdftotext', [endFile, '-'], {encoding: 'utf8'})
    const notesAt = text.lastIndexOf('\nNotes\n')
    expect(notesAt).toBeGreaterThan(text.length / 2)
    const numbers = [...text.slice(notesAt).matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]))
    expect(numbers).toEqual(Array.from({length: 96}, (_, i) => i + 1))
    expect(text.slice(notesAt)).toContain('30. [note missing in the source]')
  })
})

describe('the real article as layout', () => {
  test('has no overfull line', () => {
    const width = laid.width - geometries.a4.inner - geometries.a4.outer
    const over = laid.pages.flatMap((page) => {
      const left = page.number % 2 === 1 ? geometries.a4.inner : geometries.a4.outer
      return page.items.filter((item) => item.type === 'text' && item.x + item.width > left + width + 0.5).map((item) => `p.${page.number}: ${item.type === 'text' ? item.text : ''}`)
    })
    expect(over).toEqual([])
  })

  test('same input and date, same bytes', async () => {
    const again = await writePdf(layout(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}}).layout, {fonts: testFonts(), date})
    expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true)
    if (!poppler) return
    const text = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], {encoding: 'latin1', maxBuffer: 1 << 28})
    expect(text).toContain('/Lang (en)')
    expect(text).toMatch(/\/ID \[\s*<[0-9a-f]{32}>/i)
    expect(text).toContain('/Outlines')
    // a link from each reference to its note and one back: 96 notes and the title's `*`
    expect(text.match(/\/Subtype \/Link/g)?.length).toBe(2 * 97)
  })

  test('the /ID is the first 128 bits of the SHA-256 of the file written with an /ID of zeros: another byte anywhere, another /ID', () => {
    const text = Buffer.from(pdf).toString('latin1')
    const found = /\/ID \[ <([0-9a-f]{32})> <([0-9a-f]{32})> \]/.exec(text)
    expect(found?.[1]).toBe(found?.[2])
    const zeros = text.replace(found![0], `/ID [ <${'0'.repeat(32)}> <${'0'.repeat(32)}> ]`)
    expect(createHash('sha256').update(Buffer.from(zeros, 'latin1')).digest('hex').slice(0, 32)).toBe(found![1])
    const changed = Buffer.from(zeros, 'latin1')
    changed[changed.length >> 1]! ^= 1
    expect(createHash('sha256').update(changed).digest('hex').slice(0, 32)).not.toBe(found![1])
  })

  test('the outline holds the headings, in order', () => {
    if (!poppler) return
    const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], {encoding: 'utf8'})) as {outlines: Array<{title: string}>}
    const headings = tree.children.filter((c) => c.type === 'heading').map((h) => toString(h))
    expect(headings.length).toBe(10)
    expect(json.outlines.map((o) => o.title)).toEqual(headings)
  })
})
