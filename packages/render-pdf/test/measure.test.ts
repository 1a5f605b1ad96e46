// A measure a reader can read (issue 12): 60–75 characters a body line at every page size, notes
// proportionally smaller, a gutter for bound output, a ragged bibliography with a hanging indent.
// Everything read back from the PDF with poppler (words, their boxes and heights).
import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import type {Paragraph, Root, RootContent} from 'mdast'
import {parse} from '@octavo/parser'
import type {Article, ArticleMeta} from '@octavo/parser'
import {PAGE_SCALES, geometries, layout, writePdf} from '../src/index.js'
import type {PageSizeName} from '../src/index.js'
import {NOTE_SCALE} from '../src/lib/geometry.js'
import {has, patterns, readBack, shared, tempFile, testFonts} from './helpers.js'
import type {PopplerLine, PopplerPage} from './helpers.js'

const poppler = has('pdftotext')
const hyphenation = {en: patterns('en-us')}
let article: Root

beforeAll(() => {
  const meta = parseYaml(readFileSync(`${shared}/corpus/koreans-1950-1962.meta.yaml`, 'utf8')) as ArticleMeta
  article = parse(readFileSync(`${shared}/corpus/koreans-1950-1962.txt`), {format: 'text', meta}).tree
})

async function readPdf(tree: Root, pageSize: PageSizeName = 'a4'): Promise<PopplerPage[]> {
  const pdf = await writePdf(layout(tree, {fonts: testFonts(), hyphenation, pageSize}).layout, {fonts: testFonts()})
  return readBack(tempFile(`measure-${pageSize}.pdf`, pdf))
}

const text = (line: PopplerLine) => line.words.map((w) => w.text).join(' ')
const right = (line: PopplerLine) => Math.max(...line.words.map((w) => w.xMax))
const height = (line: PopplerLine) => {
  const heights = line.words.map((w) => w.yMax - w.yMin).sort((a, b) => a - b)
  return heights[Math.floor(heights.length / 2)]!
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** Body lines: of the most common height, full (reaching the right margin within 2 pt). */
function fullBodyLines(pages: PopplerPage[]): PopplerLine[] {
  const lines = pages.flatMap((p) => p.lines)
  const body = median(lines.map(height))
  const same = lines.filter((l) => Math.abs(height(l) - body) < 0.3)
  const widest = median(
    same
      .map((l) => right(l) - l.xMin)
      .sort((a, b) => b - a)
      .slice(0, 30)
  )
  return same.filter((l) => right(l) - l.xMin > widest - 2)
}

describe.skipIf(!poppler)('the measure, read back from the PDF', {tags: ['corpus']}, () => {
  test.each(Object.keys(PAGE_SCALES) as PageSizeName[])('%s: the real article`s body lines hold 60–75 characters (median)', async (pageSize) => {
    const pages = await readPdf(article, pageSize)
    const lines = fullBodyLines(pages)
    expect(lines.length).toBeGreaterThan(200)
    const chars = median(lines.map((l) => [...text(l)].length))
    expect(chars).toBeGreaterThanOrEqual(60)
    expect(chars).toBeLessThanOrEqual(75)
    // and the text block is where the table puts it: equal margins on an article
    const g = geometries[pageSize]
    expect(g.inner).toBe(g.outer)
    expect(median(lines.map((l) => l.xMin))).toBeCloseTo(g.inner, 0)
  })

  test('notes are set NOTE_SCALE of the body size', async () => {
    const pages = await readPdf(article)
    const body = median(fullBodyLines(pages).map(height))
    // the note lines: below the body on pages with notes, opening with "12." or continuing
    const notes = pages.flatMap((p) => p.lines.filter((l) => /^\d+\.$/.test(l.words[0]!.text) && l.xMin > geometries.a4.inner + 5)).map(height)
    expect(notes.length).toBeGreaterThan(80)
    expect(median(notes) / body).toBeCloseTo(NOTE_SCALE, 1)
  })

  test('the bibliography is ragged right with a hanging indent', async () => {
    // the entries the citations package makes of the article's notes (a few of them, as nodes)
    const entries = [
      'Chae-Jin Lee. China’s Korean Minority: The Politics of Ethnic Education. Boulder: Westview Press, 1986.',
      'Chong-Sik Lee. “Witch Hunt among the Guerrillas: The Min-Sheng-T’uan Incident.” The China Quarterly, no. 26 (April–June 1966): 107–117.',
      'Shen Zhihua. Sulian zhuanjia zai Zhongguo [Soviet Experts in China]. Beijing: Zhongguo Guoji Guangbo Chubanshe, 2003.',
      'Carter J. Eckert. Offspring of Empire: The Koch’ang Kims and the Origins of Korean Capitalism. Seattle: University of Washington Press, 1991.',
      'An Longzhen. Yanbian Chaoxianzu zizhizhou zhouzhi [Yanbian Korean Autonomous Prefecture Gazetteer]. Beijing: Zhonghua Shuju, 1996.',
      'Francis C. Jones. Manchuria since 1931. London: Royal Institute of International Affairs, 1949.'
    ]
    const bibliography = {
      type: 'bibliography' as const,
      title: 'Bibliography',
      children: entries.map((value, i) => ({type: 'bibliographyEntry' as const, id: `e${i}`, children: [{type: 'text' as const, value}]}))
    }
    const pages = await readPdf({...article, children: [...article.children, bibliography]})
    const start = pages.findIndex((p) => p.lines.some((l) => text(l) === 'Bibliography'))
    expect(start).toBeGreaterThan(0)
    const lines = pages.slice(start).flatMap((p) => p.lines.filter((l) => height(l) > 8 && l.words.length > 1 && text(l) !== 'Bibliography'))
    const left = Math.min(...lines.map((l) => l.xMin))
    const hung = lines.filter((l) => l.xMin > left + 5)
    // entries start at the margin, their other lines hang (by typography.bibliographyHang ems)
    expect(hung.length).toBeGreaterThan(lines.length / 4)
    expect(median(hung.map((l) => l.xMin - left))).toBeGreaterThan(15)
    // ragged: the lines an entry continues after end anywhere (justified, they would all end at the margin)
    const continued = lines.filter((l, i) => lines[i + 1] !== undefined && lines[i + 1]!.xMin > left + 5).map(right)
    expect(continued.length).toBeGreaterThan(4)
    expect(Math.max(...continued) - Math.min(...continued)).toBeGreaterThan(10)
  })
})

describe.skipIf(!poppler)('bound output: a volume has a gutter', () => {
  const words = 'migration border policy nationality ethnic archives provincial relations government historical'.split(' ')
  const sentence = (n: number, seed: number) => Array.from({length: n}, (_, i) => words[(i * 3 + seed) % words.length]).join(' ') + '.'
  const para = (value: string): Paragraph => ({type: 'paragraph', children: [{type: 'text', value}]})
  const piece = (n: number): Article => ({
    type: 'article',
    children: Array.from({length: 8}, (_, i) => para(sentence(150, i + n))) as RootContent[],
    data: {meta: {title: `Article ${n}`, author: [{given: 'A.', family: 'Writer'}]}}
  })

  test('the inside margin is wider, on the left of recto pages and the right of verso pages', async () => {
    const tree: Root = {type: 'root', children: [piece(1), piece(2)], data: {meta: {title: 'A Reader', lang: 'en'}, volume: {rectoStarts: true}}}
    const pages = await readPdf(tree)
    const g = geometries.a4
    const gutter = PAGE_SCALES.a4.gutter
    const margins = pages
      .slice(2)
      .filter((p) => p.lines.length > 20)
      .map((p, i) => {
        const lines = fullBodyLines([p])
        return {recto: (i + 3) % 2 === 1, left: median(lines.map((l) => l.xMin)), right: p.width - median(lines.map(right))}
      })
    const recto = margins.filter((m) => m.recto)
    const verso = margins.filter((m) => !m.recto)
    expect(recto.length).toBeGreaterThan(2)
    expect(verso.length).toBeGreaterThan(2)
    for (const m of recto) expect(m.left - m.right).toBeCloseTo(gutter, 0)
    for (const m of verso) expect(m.right - m.left).toBeCloseTo(gutter, 0)
    expect(median(recto.map((m) => m.left))).toBeCloseTo(g.inner + gutter / 2, 0)
  })
})
