/**
 * Hostile input (issue 18): every limit of `limits` and every value of `typography` runs the
 * example it exists for. Behaviour only — times are printed by `bench/hostile.js`, never asserted.
 */
import {describe, expect, test} from 'vitest'
import type {BlockContent, Paragraph, PhrasingContent, Root, RootContent, Table} from 'mdast'
import {geometries, layout, renderPdf} from '../src/index.js'
import type {Layout, LayoutPage, TextItem} from '../src/index.js'
import {limits} from '../src/lib/limits.js'
import {typography} from '../src/lib/typography.js'
import {has, letters, patterns, readBack, tempFile, testFonts} from './helpers.js'

const options = {fonts: testFonts(), hyphenation: {en: patterns('en-us')}}
const a4 = geometries.a4
const textWidth = a4.width - a4.inner - a4.outer
const meta = {title: 'Hostile Input', author: [{given: 'Ann', family: 'Writer'}], lang: 'en'}
const root = (children: RootContent[], data = meta): Root => ({type: 'root', children, data: {meta: data}})
const para = (value: string, line = 1): Paragraph => ({
  type: 'paragraph',
  children: [{type: 'text', value, position: {start: {line, column: 1, offset: 0}, end: {line, column: value.length + 1, offset: value.length}}}],
  position: {start: {line, column: 1, offset: 0}, end: {line, column: value.length + 1, offset: value.length}}
})
const texts = (page: LayoutPage) => page.items.filter((i): i is TextItem => i.type === 'text')
const allText = (laid: Layout) =>
  laid.pages
    .flatMap(texts)
    .map((t) => t.text)
    .join(' ')
    .replace(/\s+/g, ' ')
/** The text set at body size between the running head and the folio. */
const bodyText = (laid: Layout) =>
  laid.pages
    .flatMap(texts)
    .filter((t) => t.size === a4.size && t.y > a4.bottom && t.y < a4.height - a4.top)
    .map((t) => t.text)
    .join('')

/** Every text item of every page lies inside the text block (the running head and folio too). */
function insideTextBlock(laid: Layout): TextItem[] {
  return laid.pages.flatMap((page) => {
    const left = page.number % 2 === 1 ? a4.inner : a4.outer
    return texts(page).filter((t) => t.x < left - 0.5 || t.x + t.width > left + textWidth + 1)
  })
}

function nested(depth: number, wrap: (inner: BlockContent, level: number) => BlockContent, deepest: BlockContent): BlockContent {
  let node = deepest
  for (let level = depth; level >= 1; level--) node = wrap(node, level)
  return node
}

/** A word of `n` characters of the ten letters a–j (hyphenatable: `en-us` patterns find points in it). */
const word = (n: number) => 'abcdefghij'.repeat(Math.ceil(n / 10)).slice(0, n)

/** The example each limit exists for, run. */
const examples: Record<keyof typeof limits, () => void | Promise<void>> = {
  hyphenateUpTo() {
    // A 100 KB word: never hyphenated (no line ends in a hyphen), broken at characters, every letter printed in order.
    const long = word(100_000)
    const {layout: laid, diagnostics} = layout(root([para(`Before ${long} after.`)]), options)
    // “Before” ends its line; the word starts the next one.
    expect(bodyText(laid).startsWith('Beforeabcdefghij')).toBe(true)
    expect(
      bodyText(laid)
        .replace(/[^a-j]/g, '')
        .includes(long)
    ).toBe(true)
    expect(laid.pages.flatMap(texts).filter((t) => t.text.endsWith('-'))).toEqual([])
    expect(insideTextBlock(laid)).toEqual([])
    expect(diagnostics.filter((d) => d.source === 'render-pdf:overfull')).toHaveLength(1)
    // At the limit a word is still hyphenated.
    const atLimit = 'internationalization'.repeat(4).slice(0, limits.hyphenateUpTo.value)
    const narrow = layout(root([{type: 'blockquote', children: [nested(12, (inner) => ({type: 'blockquote', children: [inner]}), para(`Some words ${atLimit} ${atLimit} more words.`))]}]), options)
    expect(narrow.layout.pages.flatMap(texts).some((t) => t.text.endsWith('-'))).toBe(true)
  },
  shapedPrefixUpTo() {
    // 30,000 pieces joined by dashes in one word: broken after its dashes, every piece printed, nothing past the margin.
    const long = Array.from({length: 30_000}, (_, i) => `p${i}`).join('-')
    const {layout: laid, diagnostics} = layout(root([para(long)]), options)
    expect(bodyText(laid)).toBe(long)
    expect(insideTextBlock(laid)).toEqual([])
    expect(diagnostics).toEqual([])
  },
  locatedWordFrom() {
    // The warning names the word's own line and column inside its text node.
    const long = word(100_000)
    const value = `First line of the paragraph\nsecond line, then ${long} and more.`
    const tree = root([
      {
        type: 'paragraph',
        children: [{type: 'text', value, position: {start: {line: 7, column: 3, offset: 100}, end: {line: 8, column: 1, offset: 200}}}],
        position: {start: {line: 7, column: 1, offset: 98}, end: {line: 8, column: 1, offset: 200}}
      }
    ])
    const {diagnostics} = layout(tree, options)
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        source: 'render-pdf:overfull',
        message: expect.stringContaining('a word of 100000 characters (abcdefghijabcdefghij…)'),
        position: expect.objectContaining({start: {line: 8, column: 19, offset: 100 + value.indexOf('abcdefghij')}})
      })
    ])
  },
  storedWordUpTo() {
    // A word at the limit is kept in the store, one character more is not (it is measured in every render).
    const kept = new Map<string, Map<string, unknown>>()
    const store = {
      get: (scope: string, key: string) => kept.get(scope)?.get(key),
      set: (scope: string, key: string, value: unknown) => void (kept.get(scope) ?? kept.set(scope, new Map()).get(scope)!).set(key, value)
    }
    const [atLimit, over] = [word(limits.storedWordUpTo.value), word(limits.storedWordUpTo.value + 1)]
    layout(root([para(`${atLimit} ${over}`)]), {...options, store})
    const words = [...kept].filter(([scope]) => scope.startsWith('word ')).flatMap(([, values]) => [...values.keys()])
    expect(words).toContain(atLimit)
    expect(words).not.toContain(over)
  },
  treeDepth() {
    // Lists nested 1,000 deep and 10,000 nested emphasis: no stack overflow, one warning, the text printed inside the text block.
    const list = nested(1000, (inner, level) => ({type: 'list', ordered: level % 2 === 0, children: [{type: 'listItem', children: [para(`level ${level}`), inner]}]}), para('the deepest item'))
    let emphasis: PhrasingContent = {type: 'text', value: 'deeply emphasised'}
    for (let i = 0; i < 10_000; i++) emphasis = {type: 'emphasis', children: [emphasis]}
    for (const tree of [root([list]), root([{type: 'paragraph', children: [emphasis]}])]) {
      const {layout: laid, diagnostics} = layout(tree, options)
      expect(diagnostics).toEqual([expect.objectContaining({severity: 'warning', source: 'render-pdf:depth', message: expect.stringContaining(`more than ${limits.treeDepth.value} levels deep`)})])
      const printed = allText(laid)
      expect(printed).toMatch(/the deepest item|deeply emphasised/)
      if (tree.children[0]!.type === 'list') for (const level of [1, 2, 100, 127, 128, 500, 1000]) expect(printed).toContain(`level ${level}`)
      expect(insideTextBlock(laid)).toEqual([])
    }
  },
  fittedTextUpTo() {
    // A 20 KB title and 20,000 authors: the title printed whole, the running heads cut to fit.
    const title = Array.from({length: 2000}, (_, i) => `word${i}`).join(' ')
    const author = Array.from({length: 20_000}, (_, i) => ({given: 'Ann', family: `Writer${i}`}))
    const {layout: laid} = layout(root([para('Text.')], {title, author, lang: 'en'}), options)
    expect(allText(laid)).toContain('word1999')
    expect(allText(laid)).toContain('Ann Writer19999')
    expect(insideTextBlock(laid)).toEqual([])
    const heads = laid.pages.slice(1).map((page) => texts(page).find((t) => t.y > a4.height - a4.top))
    // cut at a word (HEAD_RULES), never with an ellipsis
    expect(heads.every((head) => head !== undefined && !head.text.includes('…') && head.text.length > 0 && head.width <= textWidth * 0.8)).toBe(true)
  }
}

describe('limits: each runs the example it exists for', {tags: ['slow']}, () => {
  for (const name of Object.keys(limits) as Array<keyof typeof limits>) {
    test(`${name} (${limits[name].value}): ${limits[name].example}`, examples[name], 60_000)
  }
})

/** A table of `columns` columns (header `Head1`… and two rows of values). */
function wideTable(columns: number): Table {
  const position = {start: {line: 3, column: 1, offset: 20}, end: {line: 5, column: 10, offset: 900}}
  const cell = (value: string) => ({type: 'tableCell' as const, children: [{type: 'text' as const, value}]})
  return {
    type: 'table',
    position,
    children: [0, 1, 2].map((r) => ({type: 'tableRow' as const, children: Array.from({length: columns}, (_, c) => cell(r === 0 ? `Head${c + 1}` : `v${r}.${c + 1}`))}))
  }
}

describe('typography: each value in force', () => {
  test('tableSize and tableMinSize: a 500-column table is warned about with its position, set smaller and in parts, every cell inside the text block', () => {
    const {layout: laid, diagnostics} = layout(root([wideTable(500)]), options)
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        source: 'render-pdf:table',
        position: expect.objectContaining({start: expect.objectContaining({line: 3})}),
        message: expect.stringMatching(/^a table of 500 columns is too wide for the line: set at 7\.2 pt instead of 9\.8 pt; set in \d+ parts of consecutive columns \(1–\d+, /)
      })
    ])
    // (a header repeated at the top of a page is an artifact: no structure element)
    const cells = laid.pages.flatMap(texts).filter((t) => /^(Head|v)\d/.test(t.text) && t.tag !== undefined)
    expect(cells).toHaveLength(1500)
    expect(Math.min(...cells.map((t) => t.size))).toBeCloseTo(a4.size * typography.tableMinSize, 2)
    expect(insideTextBlock(laid)).toEqual([])
    // Every value printed under its own header: the parts repeat no column and lose none.
    for (const c of [1, 250, 500]) expect(cells.filter((t) => t.text === `Head${c}` || t.text === `v1.${c}` || t.text === `v2.${c}`)).toHaveLength(3)
  })

  test('tableSize: a table that fits is set as before, with no warning', () => {
    const {layout: laid, diagnostics} = layout(root([wideTable(4)]), options)
    expect(diagnostics).toEqual([])
    expect(laid.pages.flatMap(texts).find((t) => t.text === 'Head1')?.size).toBeCloseTo(a4.size * typography.tableSize, 2)
  })

  test('tableMinSize: a table a little too wide is set smaller, in one part', () => {
    const {layout: laid, diagnostics} = layout(root([wideTable(10)]), options)
    expect(diagnostics).toEqual([expect.objectContaining({source: 'render-pdf:table', message: expect.not.stringContaining('parts')})])
    const size = laid.pages.flatMap(texts).find((t) => t.text === 'Head1')!.size
    expect(size).toBeLessThan(a4.size * typography.tableSize)
    expect(size).toBeGreaterThanOrEqual(a4.size * typography.tableMinSize - 0.01)
    expect(insideTextBlock(laid)).toEqual([])
  })

  test('minMeasure: lists nested 60 deep indent until the measure is a third of the text width, then no further', () => {
    const list = nested(
      60,
      (inner, level) => ({type: 'list', ordered: false, children: [{type: 'listItem', children: [para(`level ${level} with enough words to fill more than one line of this narrow measure`), inner]}]}),
      para('deepest')
    )
    const {layout: laid} = layout(root([list]), options)
    expect(insideTextBlock(laid)).toEqual([])
    const starts = laid.pages
      .flatMap(texts)
      .filter((t) => t.text.startsWith('level'))
      .map((t) => t.x - a4.inner)
    expect(Math.max(...starts)).toBeLessThanOrEqual(textWidth * (1 - typography.minMeasure) + 0.5)
    expect(Math.max(...starts)).toBeGreaterThan(textWidth * (1 - typography.minMeasure) - 20)
  })

  test('minSize: quotes nested 60 deep are set no smaller than the floor', () => {
    const quote = nested(60, (inner) => ({type: 'blockquote', children: [para('quoted words'), inner]}), para('deepest'))
    const {layout: laid} = layout(root([quote]), options)
    const sizes = laid.pages
      .flatMap(texts)
      .filter((t) => t.text.includes('quoted'))
      .map((t) => t.size)
    expect(Math.min(...sizes)).toBeCloseTo(a4.size * typography.minSize, 2)
    expect(insideTextBlock(laid)).toEqual([])
  })

  test('pieceFill: each piece of a word wider than the line fills it, none wider', () => {
    const long = word(3000)
    const {layout: laid} = layout(root([para(long)]), options)
    const pieces = laid.pages.flatMap(texts).filter((t) => /^[a-j]+$/.test(t.text))
    expect(pieces.map((t) => t.text).join('')).toBe(long)
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.width).toBeLessThanOrEqual(textWidth)
      expect(piece.width).toBeGreaterThan(textWidth * typography.pieceFill - 12)
    }
  })
})

describe.skipIf(!has('pdftotext'))('read back with poppler', () => {
  test('a 20 KB word prints whole, between the margins of every page', async () => {
    const long = word(20_000)
    const {pdf} = await renderPdf(root([para(`A word: ${long} ends.`)]), {...options, date: new Date(0)})
    const pages = readBack(tempFile('long-word.pdf', pdf))
    // The body of each page: below the running head, above the folio.
    const words = pages.flatMap((page) => page.lines.filter((line) => line.yMin > a4.top - 4 && line.yMax < page.height - a4.bottom + 4).flatMap((line) => line.words))
    expect(letters(words.map((w) => w.text).join('')).includes(long)).toBe(true)
    for (const w of words) {
      expect(w.xMin).toBeGreaterThanOrEqual(Math.min(a4.inner, a4.outer) - 1)
      expect(w.xMax).toBeLessThanOrEqual(a4.width - Math.min(a4.inner, a4.outer) + 1)
    }
  })
})

describe('a table cell of 200,000 words', () => {
  test('is set across pages, not a stack overflow (its items were pushed as 200,000 arguments)', () => {
    const words = 'word '.repeat(200_000).trim()
    const cell = (value: string) => ({type: 'tableCell' as const, children: [{type: 'text' as const, value}]})
    const table: Table = {
      type: 'table',
      children: [
        {type: 'tableRow', children: [cell('Head')]},
        {type: 'tableRow', children: [cell(words)]}
      ]
    }
    const {layout: laid} = layout(root([table]), options)
    expect(laid.pages.length).toBeGreaterThan(100)
    expect(allText(laid).split('word').length - 1).toBe(200_000)
  }, 120_000)
})
