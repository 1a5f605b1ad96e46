// @module-tag slow
/**
 * The typographic table (src/lib/typography.ts) is the one the layout uses: each value, changed in
 * turn, moves the layout of a document that has what it sets; and the values the page shows where
 * a reader can measure them (the footnote rule, the running head, the folio) are where the table
 * says.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import type {Root, RootContent} from 'mdast'
import {parse} from '@octavo/parser'
import {PDFArray, PDFDict, PDFDocument, PDFName} from 'pdf-lib'
import type {PDFNumber} from 'pdf-lib'
import {geometries, layout, writePdf} from '../src/index.js'
import type {AnchorItem, LayoutOptions, LayoutPage, RuleItem, TextItem} from '../src/index.js'
import {typography} from '../src/lib/typography.js'
import {hyphenatable, makeHyphenator} from '../src/lib/inline.js'
import {breakLines} from '../src/lib/linebreak.js'
import type {Item} from '../src/lib/linebreak.js'
import {patterns, testFonts} from './helpers.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const words = 'migration border policy nationality ethnic archives provincial relations government historical'.split(' ')
const sentence = (n: number, seed: number) => Array.from({length: n}, (_, i) => words[(i * 7 + seed) % words.length]).join(' ') + '.'

/** An article with one of everything the table sets: title block, abstract, headings, notes (one carried to the next page), quote, lists, code, table, figures, a section break, links. */
const ARTICLE = `---
title: Tabled Values
subtitle: Every One in Force
author: Ann Smith
container-title: Journal of Tests
abstract: ${sentence(40, 1)}
lang: en
---

# Depth One

${sentence(60, 2)} A [link](https://example.org/a) here.[^1]

${sentence(80, 3)}[^2]

## Depth Two

> ${sentence(50, 4)}

1. ${sentence(20, 5)}

2. ${sentence(20, 6)}

- ${sentence(12, 7)}
- ${sentence(12, 8)}

\`\`\`
const total = items.map((item) => item.value * item.weight).reduce((sum, value) => sum + value, 0) // a line too long for the measure
\`\`\`

### Depth Three

| Name | Value |
|---|---|
| first | ${sentence(6, 9)} |
| second | ${sentence(6, 10)} |

![A map of the region](map.png "A map of the region")

![A missing drawing](missing.png "A missing drawing")

***

${Array.from({length: 8}, (_, i) => sentence(70, 11 + i)).join('\n\n')}[^3]

[^1]: ${sentence(30, 20)}
[^2]: ${sentence(25, 21)}
[^3]: ${Array.from({length: 6}, (_, i) => sentence(60, 22 + i)).join(' ')}
`

const images = {'map.png': new Uint8Array(readFileSync(path.join(fixtures, 'figures-6x9', 'map.png')))}
const options: LayoutOptions = {fonts: testFonts(), hyphenation: {en: patterns('en-us')}, images}

/** The article as a tree, with a title note (the \`*\` on the title). */
function article(): Root {
  const tree = parse(ARTICLE, {format: 'markdown'}).tree
  tree.children.unshift({type: 'titleNote', children: [{type: 'paragraph', children: [{type: 'text', value: sentence(20, 30)}]}]} as unknown as RootContent)
  return tree
}

/** A volume: title page, contents, an article, the combined bibliography and the credits. */
function volume(): Root {
  const tree = article()
  const bibliography: RootContent = {
    type: 'bibliography',
    title: 'Bibliography',
    children: Array.from({length: 4}, (_, i) => ({type: 'bibliographyEntry' as const, id: `b${i}`, children: [{type: 'text' as const, value: `Author ${i}. ${sentence(30, i)}`}]}))
  }
  const credits: RootContent = {
    type: 'credits',
    children: [0, 1].map((i) => ({type: 'paragraph' as const, children: [{type: 'text' as const, value: `Tabled Values ${i}. Ann Smith. ${sentence(30, i)}`}]}))
  }
  // A long title: its contents entry wraps (a hanging indent beside the page-number column), its running head is cut.
  const meta = {...tree.data?.meta, title: 'Tabled Values Every One in Force, Measured on the Page Against the Table of Named Typographic Values of the Layout'}
  const child = {type: 'article', data: {meta, id: 'a01'}, children: tree.children} as unknown as RootContent
  return {
    type: 'root',
    children: [child, bibliography, credits],
    data: {meta: {title: 'A Reader', subtitle: 'Readings in Tables', editor: [{family: 'Teacher', given: 'A.'}], course: 'HIST 390', lang: 'en'}, volume: {bibliography: 'both'}}
  } as unknown as Root
}

/** The documents a value is seen in: the article with footnotes, with endnotes, a volume, and the extreme inputs some values are for. */
const documents: Record<string, () => string> = {
  footnotes: () => typeset(article(), {}),
  endnotes: () => typeset(article(), {notes: 'endnotes', pageSize: '6x9'}),
  volume: () => typeset(volume(), {}),
  extremes: () => typeset(parse(EXTREMES, {format: 'markdown'}).tree, {}),
  /** Long paragraphs of long words: many lines end with a hyphen, some at the foot of a page. */
  hyphens: () =>
    typeset(
      {
        type: 'root',
        data: {meta: {title: 'Hyphens', lang: 'en'}},
        children: Array.from({length: 12}, (_, i) => ({
          type: 'paragraph',
          children: [{type: 'text', value: Array.from({length: 220}, (_, j) => LONG_WORDS[(j * 7 + i) % LONG_WORDS.length]).join(' ') + '.'}]
        }))
      },
      {}
    ),
  /** A table row taller than a page. */
  longRow: () => typeset(parse(`| Name | Value |\n|---|---|\n| long | ${sentence(1500, 3)} |\n`, {format: 'markdown'}).tree, {})
}

const LONG_WORDS = 'international administrative representation historiographical documentation interpretation responsibility transnational'.split(' ')

/** Lists and quotes nested past the narrowest measure, a table too wide for the line, a word wider than it, numbers (never hyphenated) of many lengths: loose lines. */
const EXTREMES = `${Array.from({length: 14}, (_, i) => '  '.repeat(i) + `- ${sentence(14, i)}`).join('\n')}

${Array.from({length: 14}, (_, i) => '>'.repeat(i + 1) + ` ${sentence(10, i)}`).join('\n>\n')}

| ${Array.from({length: 14}, (_, i) => `Heading${i}`).join(' | ')} |
|${'---|'.repeat(14)}
| ${Array.from({length: 14}, (_, i) => `value${i}`).join(' | ')} |

${'abcdefghij'.repeat(60)}

${Array.from({length: 60}, (_, i) => String(7 ** (10 + (i % 9))).slice(0, 4 + ((i * 5) % 11))).join(' ')}
`

function typeset(tree: Root, own: Partial<LayoutOptions>): string {
  const {layout: laid, diagnostics} = layout(tree, {...options, ...own})
  return JSON.stringify({laid, diagnostics})
}

/** Every number of the table, by its path (`footnotes.ruleThickness`, `headings.sizes.0`). */
function leaves(value: unknown, at: string[] = []): string[][] {
  if (typeof value === 'number') return [at]
  return Object.entries(value as object).flatMap(([key, inner]) => leaves(inner, [...at, key]))
}

/** Set the table's value at `at` (the table is a plain object: `as const` is for the compiler), giving back the old one. */
function setValue(at: readonly string[], value: number): number {
  let holder = typography as unknown as Record<string, unknown>
  for (const key of at.slice(0, -1)) holder = holder[key] as Record<string, unknown>
  const last = at[at.length - 1]!
  const old = holder[last] as number
  holder[last] = value
  return old
}

/**
 * Values seen only in some documents, or only when changed a certain way (the rest: the footnoted
 * article, the value times 1.5). Each value of the table must be seen: a value no layout uses fails.
 */
const SEEN: Record<string, {in?: keyof typeof documents; to?: (value: number) => number}> = {
  minMeasure: {in: 'extremes'},
  minSize: {in: 'extremes'},
  tableMinSize: {in: 'extremes'},
  pieceFill: {in: 'extremes', to: (v) => v * 0.8},
  'codeScale.most': {to: (v) => v * 0.5},
  'titleBlock.noteBelow': {in: 'endnotes'},
  'volumeTitlePage.title.size': {in: 'volume'},
  'volumeTitlePage.title.leading': {in: 'volume'},
  'volumeTitlePage.subtitle.size': {in: 'volume'},
  'volumeTitlePage.subtitle.leading': {in: 'volume'},
  'volumeTitlePage.editors.size': {in: 'volume'},
  'volumeTitlePage.editors.leading': {in: 'volume'},
  'volumeTitlePage.editors.above': {in: 'volume'},
  'volumeTitlePage.course.size': {in: 'volume'},
  'volumeTitlePage.course.leading': {in: 'volume'},
  'endnotes.scale': {in: 'endnotes'},
  'endnotes.between': {in: 'endnotes'},
  'entrySpace.bibliography': {in: 'volume'},
  'entrySpace.credits': {in: 'volume'},
  bibliographyHang: {in: 'volume'},
  'volume.titleDrop': {in: 'volume'},
  'volume.contentsFigures': {in: 'volume', to: () => 20},
  'volume.contentsGap': {in: 'volume', to: () => 10},
  hyphenPageLines: {in: 'hyphens', to: () => 0},
  'table.rowSplitFrom': {in: 'longRow', to: () => 10_000},
  'volume.contentsHang': {in: 'volume'},
  'volume.contentsLeading': {in: 'volume'},
  'volume.contentsSpace': {in: 'volume'},
  'volume.headRoom': {in: 'volume'},
  'volume.creditsHang': {in: 'volume'},
  'lineBreaking.tolerances.0': {to: () => 0.3},
  'lineBreaking.linePenalty': {to: () => 1000},
  'lineBreaking.flaggedDemerits': {to: () => 1e7},
  'lineBreaking.fitnessDemerits': {to: () => 1e7},
  'lineBreaking.lastResortFrom': {to: () => 0},
  'hyphenation.penalty': {to: () => 5000},
  overfull: {to: () => -1},
  'footnotes.ruleMaxLength': {to: () => 50},
  'footnotes.textKept': {to: () => 40},
  'list.labelMeasure': {to: () => 0.1},
  'codeBlock.minColumns': {to: () => 200},
  'figure.maxHeight': {to: () => 0.01},
  'lineBreaking.tripleHyphenDemerits': {to: () => -1e9}
}

/** Values a layout cannot show, each with its own test below: a keep shows only at a page break; the second tolerance finds the breaks the emergency pass would (sooner); the hyphenator is made once per patterns (its letters), and the destinations are the PDF writer's. */
const ELSEWHERE = new Set([
  'codeBlock.keepUpTo',
  'lineBreaking.tolerances.1',
  'hyphenation.minWord',
  'hyphenation.left',
  'hyphenation.right',
  'destination.left',
  'destination.above',
  'destination.outlineAbove'
])

describe('each value of the table moves the layout', () => {
  const baselines = new Map<string, string>()
  const baseline = (name: string) => {
    if (!baselines.has(name)) baselines.set(name, documents[name]!())
    return baselines.get(name)!
  }
  const paths = leaves(typography).filter((at) => !ELSEWHERE.has(at.join('.')))

  test('the table has its values (every one seen below or in a test of its own)', () => {
    expect(paths.length + ELSEWHERE.size).toBe(leaves(typography).length)
    expect(paths.length).toBeGreaterThan(90)
    for (const name of Object.keys(SEEN)) expect(paths.map((at) => at.join('.'))).toContain(name)
  })

  const cases = paths.map((at) => [at.join('.'), at] as const)
  // `volume.titleDrop` among them: a space at the top of the title page, kept there (a drop), where other space vanishes.
  test.each(cases)('%s', (name, at) => moves(name, at))

  function moves(name: string, at: readonly string[]): void {
    const seen = SEEN[name] ?? {}
    const document = seen.in ?? 'footnotes'
    const before = baseline(document)
    const old = setValue(at, 0)
    setValue(at, (seen.to ?? ((v) => v * 1.5))(old))
    try {
      expect(documents[document]!() === before, `${name} changed, ${document} laid out the same`).toBe(false)
    } finally {
      setValue(at, old)
    }
    expect(documents[document]!()).toBe(before)
  }
})

const texts = (page: LayoutPage) => page.items.filter((i): i is TextItem => i.type === 'text')
const rules = (page: LayoutPage) => page.items.filter((i): i is RuleItem => i.type === 'rule')

describe('what the page shows is where the table says', () => {
  const {layout: laid} = layout(parse(ARTICLE, {format: 'markdown'}).tree, options)
  const a4 = geometries.a4
  const textWidth = a4.width - a4.inner - a4.outer

  test('the footnote rule: its length, thickness and height above the notes; the separator above it', () => {
    const page = laid.pages.find((p) => p.notes)!
    const notes = page.notes!
    const rule = rules(page).find((r) => r.y1 < notes.top && r.y1 > a4.bottom)!
    const {ruleMaxLength, ruleShare, ruleThickness, ruleHeight, separator} = typography.footnotes
    expect(rule.thickness).toBe(ruleThickness)
    expect(rule.x2 - rule.x1).toBeCloseTo(Math.min(ruleMaxLength, textWidth * ruleShare), 2)
    // The notes' area: their lines, the separator above them; the rule stands `ruleHeight` note leadings above the lines.
    expect(notes.top - rule.y1).toBeCloseTo(a4.noteLeading * (separator - ruleHeight), 2)
  })

  test('the running head stands headRaise body leadings above the text block, the folio folioHeight of the bottom margin up, both furniture.size of the body size', () => {
    const page = laid.pages[1]!
    const head = texts(page).find((t) => t.y > a4.height - a4.top)!
    const folio = texts(page).find((t) => t.y < a4.bottom)!
    const {size, headRaise, folioHeight} = typography.furniture
    expect(head.y).toBeCloseTo(a4.height - a4.top + a4.leading * headRaise, 2)
    expect(folio.y).toBeCloseTo(a4.bottom * folioHeight, 2)
    expect(folio.text).toBe('2')
    for (const item of [head, folio]) expect(item.size).toBeCloseTo(a4.size * size, 2)
  })

  test('a note reference is noteRef.size of the text and rises noteRef.rise ems', () => {
    const all = texts(laid.pages[0]!)
    const ref = all.find((t) => t.text === '1' && t.size < a4.size)!
    const before = all.filter((t) => t.size === a4.size && t.x < ref.x && Math.abs(t.y - ref.y) < a4.size / 2)
    expect(ref.size).toBeCloseTo(a4.size * typography.noteRef.size, 2)
    expect(before.length).toBeGreaterThan(0)
    expect(ref.y - before[0]!.y).toBeCloseTo(a4.size * typography.noteRef.rise, 2)
  })
})

describe('hyphenation letters', () => {
  const {minWord, left, right} = typography.hyphenation
  test(`a word of fewer than ${minWord} letters in a row is not hyphenated; one of ${minWord} may be`, () => {
    expect(hyphenatable('a'.repeat(minWord - 1))).toBe(false)
    expect(hyphenatable('a'.repeat(minWord))).toBe(true)
  })

  test(`the hyphenator leaves at least ${left} letters before a hyphen and ${right} after it`, () => {
    // Patterns that would break between every two letters.
    const hyphenate = makeHyphenator((word) => [...word].join('\u00ad'))
    const marked = hyphenate('historical')
    const pieces = marked.split('\u00ad')
    expect(pieces[0]).toHaveLength(left)
    expect(pieces[pieces.length - 1]).toHaveLength(right)
    expect(pieces.join('')).toBe('historical')
  })
})

describe('line breaking', () => {
  test('a paragraph no line of which fits within the first tolerance is set by the second pass: its loose line within the second tolerance', () => {
    const [first, second] = typography.lineBreaking.tolerances
    const box = (width: number): Item => ({type: 'box', width})
    const glue: Item = {type: 'glue', width: 3, stretch: 1.8, shrink: 1}
    const items: Item[] = [box(10), glue, box(10), glue, box(10), {type: 'glue', width: 0, stretch: 10_000, shrink: 0}, {type: 'penalty', width: 0, penalty: -10_000, flagged: false}]
    // Two boxes and a space fill 23 pt of 27.5: the space stretches 4.5 pt, a ratio of 2.5; three boxes do not fit.
    const lines = breakLines(items, () => 27.5)
    expect(lines.map((line) => line.end)).toEqual([3, 6])
    expect(lines[0]!.ratio).toBeCloseTo(2.5, 6)
    expect(lines[0]!.ratio).toBeGreaterThan(first)
    expect(lines[0]!.ratio).toBeLessThanOrEqual(second)
  })
})

describe('code blocks', () => {
  const code = (lines: number) => '```\n' + Array.from({length: lines}, (_, i) => `line ${i + 1}`).join('\n') + '\n```\n'
  /** The pages the first and last lines of a code block of `lines` lines are on, after `filler` one-line paragraphs. */
  const pages = (filler: number, lines: number): [number, number] => {
    const source = Array.from({length: filler}, (_, i) => `Line ${i}.`).join('\n\n') + '\n\n' + code(lines)
    const laid = layout(parse(source, {format: 'markdown'}).tree, options).layout
    const on = (text: string) => laid.pages.findIndex((p) => texts(p).some((t) => t.text === text))
    return [on('line 1'), on(`line ${lines}`)]
  }
  test(`a code block of up to ${typography.codeBlock.keepUpTo} lines is kept on one page; a longer one may break`, () => {
    const keep = typography.codeBlock.keepUpTo
    // The filler after which a longer block breaks across the page.
    const filler = Array.from({length: 40}, (_, i) => 30 + i).find((n) => {
      const [a, b] = pages(n, keep + 1)
      return a === 0 && b === 1
    })
    expect(filler).toBeDefined()
    const [a, b] = pages(filler!, keep)
    expect(a).toBe(b)
  })
})

describe('destinations', () => {
  test('a note reference takes the viewer destination.left pt left of the note and destination.above pt above it; an outline entry outlineAbove pt above its heading', async () => {
    const {layout: laid} = layout(article(), options)
    const doc = await PDFDocument.load(await writePdf(laid, {fonts: testFonts(), images}))
    const anchors = new Map(laid.pages.flatMap((p) => p.items.filter((i): i is AnchorItem => i.type === 'anchor')).map((a) => [a.name, a]))
    const numbers = (array: PDFArray) =>
      array
        .asArray()
        .slice(2)
        .map((n) => (n as PDFNumber).asNumber())
    // The first note reference's link: to `note-1`, its anchor on the page of the note.
    const link = laid.pages.flatMap((p) => p.items).find((i) => i.type === 'link' && i.dest === 'note-1')
    expect(link).toBeDefined()
    const note = anchors.get('note-1')!
    const dests = doc
      .getPages()
      .flatMap((page) => (page.node.Annots()?.asArray() ?? []).map((ref) => doc.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of('Dest'), PDFArray)))
      .filter((d): d is PDFArray => d !== undefined)
    const {left, above, outlineAbove} = typography.destination
    expect(dests.map(numbers)).toContainEqual([expect.closeTo(Math.max(0, note.x - left), 2), expect.closeTo(note.y + above, 2), 0])
    // The outline's first entry: the first heading.
    const outlines = doc.context.lookup(doc.catalog.get(PDFName.of('Outlines')), PDFDict)
    const first = doc.context.lookup(outlines.get(PDFName.of('First')), PDFDict)
    const heading = anchors.get(laid.outline[0]!.dest)!
    expect(numbers(first.lookup(PDFName.of('Dest'), PDFArray))).toEqual([0, expect.closeTo(heading.y + outlineAbove, 2), 0])
  })
})
