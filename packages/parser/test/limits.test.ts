/**
 * The limits of `src/lib/limits.ts`, each run on the hostile input it exists
 * for (ten times over) and at the limit itself, where nothing may change.
 */
import {describe, expect, it} from 'vitest'
import type {Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {parse} from '../src/index.js'
import {LIMITS} from '../src/lib/limits.js'
import {eachNode} from '@octavo/tree'

const markdown = (text: string) => parse(text, {format: 'markdown'})
const limitWarnings = (text: string) => markdown(text).diagnostics.filter((d) => d.source === 'parser:limits')

/** The deepest node's depth, walked without recursion. */
function depth(tree: Root): number {
  const depths = new Map<Nodes, number>([[tree, 0]])
  let deepest = 0
  eachNode(tree, (node) => {
    const own = depths.get(node)!
    deepest = Math.max(deepest, own)
    if ('children' in node) for (const child of node.children) depths.set(child, own + 1)
    return true
  })
  return deepest
}

/** How many nodes of `type` stand inside one another at most. */
function nesting(tree: Root, type: string): number {
  const depths = new Map<Nodes, number>([[tree, 0]])
  let deepest = 0
  eachNode(tree, (node) => {
    const own = depths.get(node)! + (node.type === type ? 1 : 0)
    deepest = Math.max(deepest, own)
    if ('children' in node) for (const child of node.children) depths.set(child, own)
    return true
  })
  return deepest
}

describe('every limit holds on the input it exists for', {tags: ['slow']}, () => {
  for (const [name, limit] of Object.entries(LIMITS)) {
    it(`${name}: ${limit.counts}, ${limit.value} (${limit.before})`, () => {
      const text = limit.example(limit.value * 10)
      const {tree, diagnostics} = markdown(text)
      const reported = diagnostics.filter((d) => d.source === 'parser:limits' || d.source === 'parser:front-matter')
      expect(reported.length).toBeGreaterThan(0)
      for (const d of reported) {
        expect(d.position?.start.line).toBeGreaterThanOrEqual(1)
        expect(d.position?.end.offset).toBeLessThanOrEqual(text.length)
      }
      expect(depth(tree)).toBeLessThanOrEqual(2 * LIMITS.containerDepth.value + LIMITS.inlineDepth.value + 5)
    })
  }
})

describe('containerDepth', () => {
  const lists = (n: number) => Array.from({length: n}, (_, i) => `${'  '.repeat(i)}- item ${i + 1}`).join('\n')

  it('keeps 100 nested lists as they are', () => {
    expect(nesting(markdown(lists(100)).tree, 'list')).toBe(100)
    expect(limitWarnings(lists(100))).toEqual([])
  })

  it('reads the marker of the 101st level as text, with a warning at it', () => {
    const {tree} = markdown(lists(101))
    expect(nesting(tree, 'list')).toBe(100)
    expect(toString(tree)).toContain('- item 101')
    const [warning] = limitWarnings(lists(101))
    expect(warning?.position?.start).toMatchObject({line: 101, column: 201})
  })

  it('warns once for a run of lines nested too deep, at its first marker; a later run warns again', () => {
    const text = `${lists(105)}\n\nA paragraph.\n\n${lists(103)}`
    const warnings = limitWarnings(text)
    expect(warnings.map((w) => [w.position?.start.line, w.message])).toEqual([
      [101, 'lists and quotations nested deeper than 100 levels: the markers of this line and the 4 after it are read as text'],
      [209, 'lists and quotations nested deeper than 100 levels: the markers of this line and the 2 after it are read as text']
    ])
  })

  it('holds 100,000 `>` and 10,000 nested note definitions to 100 levels', () => {
    const quotes = markdown(`${'>'.repeat(100_000)} a`).tree
    expect(nesting(quotes, 'blockquote')).toBe(100)
    expect(toString(quotes)).toBe(`${'>'.repeat(99_900)} a`)
    expect(nesting(markdown(`${'[^a]: '.repeat(10_000)}x`).tree, 'footnoteDefinition')).toBeLessThanOrEqual(100)
  })

  it('leaves a long thematic break alone', () => {
    const text = `a\n\n${'- '.repeat(300)}\n\nb`
    expect(markdown(text).tree.children.map((node) => node.type)).toEqual(['paragraph', 'sectionBreak', 'paragraph'])
  })
})

describe('inlineMarks', () => {
  it('reads 500 citations in one paragraph (1,000 brackets)', () => {
    const {tree, diagnostics} = markdown('[@doe99]'.repeat(500))
    expect(diagnostics.filter((d) => d.source === 'parser:limits')).toEqual([])
    expect(tree.children[0]).toMatchObject({type: 'paragraph'})
    expect((tree.children[0] as {children: Nodes[]}).children.filter((node) => node.type === 'citation')).toHaveLength(500)
  })

  it('reads the markup of a paragraph past the limit as plain text, other paragraphs as usual', () => {
    const crowded = '[@doe99]'.repeat(501)
    const {tree, diagnostics} = markdown(`*Before* [@roe05].\n\n${crowded}\n\n*After*`)
    const [before, middle, after] = tree.children as Array<{children: Nodes[]}>
    expect(before!.children.map((node) => node.type)).toEqual(['emphasis', 'text', 'citation', 'text'])
    expect(middle!.children).toEqual([{type: 'text', value: crowded, position: expect.anything()}])
    expect(after!.children.map((node) => node.type)).toEqual(['emphasis'])
    const warning = diagnostics.find((d) => d.source === 'parser:limits')
    expect(warning?.message).toMatch(/^1,002 markup characters in one paragraph/)
    expect(warning?.position?.start).toMatchObject({line: 3, column: 1})
  })

  it('keeps the text, escapes, references and line endings of such a paragraph as written, every position true', () => {
    const crowded = `${'\\[a&amp;*b*_'.repeat(200)}\n${'`c` <d>'.repeat(100)}`
    const {tree} = markdown(`# Title\n\n${crowded}\n\nEnd *here*.`)
    expect(toString(tree.children[1])).toBe(crowded)
    const end = tree.children[2]!
    expect(end.position?.start).toMatchObject({line: 6, column: 1})
    expect(end.type).toBe('paragraph')
  })

  it('counts each table cell and list item apart', () => {
    const rows = Array.from({length: 400}, (_, i) => `| [a${i}](x) | *b* |`).join('\n')
    expect(limitWarnings(`| a | b |\n| - | - |\n${rows}`)).toEqual([])
    const items = Array.from({length: 400}, (_, i) => `- *Title ${i}* [link](x)`).join('\n')
    expect(limitWarnings(items)).toEqual([])
  })
})

describe('inlineDepth', () => {
  const nested = (n: number) => `${'*a '.repeat(n)}b${' c*'.repeat(n)}`

  it('keeps 100 levels of emphasis', () => {
    expect(nesting(markdown(nested(100)).tree, 'emphasis')).toBe(100)
  })

  it('drops the emphasis below 100 levels, keeping its text', () => {
    const {tree, diagnostics} = markdown(nested(150))
    expect(nesting(tree, 'emphasis')).toBe(100)
    expect(toString(tree)).toBe(`${'a '.repeat(150)}b${' c'.repeat(150)}`)
    expect(diagnostics.filter((d) => d.source === 'parser:limits')).toHaveLength(1)
  })
})

describe('yamlAliases', () => {
  it('reads a few aliases', () => {
    const {tree, diagnostics} = markdown('---\nname: &n Jane Doe\nauthor: [*n]\ntitle: T\n---\n\nText.')
    expect(diagnostics).toEqual([])
    expect(tree.data?.meta?.author).toEqual([{family: 'Doe', given: 'Jane'}])
  })

  it('makes an alias bomb an error at its first alias, the body still read', () => {
    const {tree, diagnostics} = markdown(LIMITS.yamlAliases.example(1000))
    expect(diagnostics).toEqual([expect.objectContaining({severity: 'error', message: expect.stringMatching(/aliases expand past 100 nodes/)})])
    expect(diagnostics[0]?.position?.start.line).toBe(3)
    expect(toString(tree)).toBe('Text.')
  })

  it('makes an unresolved alias an error at that alias', () => {
    const {diagnostics} = markdown('---\ntitle: x\na: &a 1\nb: *zz\n---\n\nText.')
    expect(diagnostics).toEqual([expect.objectContaining({severity: 'error', message: expect.stringMatching(/Unresolved alias.*zz/)})])
    expect(diagnostics[0]?.position?.start).toMatchObject({line: 4, column: 4})
  })

  it('makes YAML nested too deep an error, not a crash', () => {
    const {diagnostics} = markdown(`---\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\n\nText.`)
    expect(diagnostics[0]).toMatchObject({severity: 'error', message: 'invalid YAML front matter: nested too deep'})
  })
})

/**
 * Array elements that `splice` moved while `run` ran: the work of removing
 * from and inserting into the middle of micromark's event lists, which is
 * what grew with the square of a paragraph's length. A count, not a time.
 */
function movedBySplice(run: () => void): number {
  const splice = Array.prototype.splice
  let moved = 0
  Array.prototype.splice = function (this: unknown[], start: number, ...rest: unknown[]) {
    moved += Math.max(0, this.length - (start < 0 ? Math.max(0, this.length + start) : start))
    return splice.call(this, start, ...(rest as [number, ...unknown[]]))
  } as typeof splice
  try {
    run()
  } finally {
    Array.prototype.splice = splice
  }
  return moved
}

describe('linear work on a long paragraph (patches/micromark+4.0.3.patch)', () => {
  const paragraph = (lines: number) => Array.from({length: lines}, (_, i) => `lorem ipsum *dolor* sit ${i}`).join('\n')

  it('moves a bounded number of events per line, however many lines (was one move of the rest of the paragraph per line)', () => {
    for (const lines of [500, 2000]) {
      const moved = movedBySplice(() => markdown(paragraph(lines)))
      expect(moved / lines).toBeLessThan(100)
    }
  })

  it('still merges the text of each line into one node per run, with its position', () => {
    const {tree} = markdown('one two three\nfour five six\n*seven* eight')
    const paragraph = tree.children[0]
    expect(paragraph?.type).toBe('paragraph')
    const texts = paragraph && 'children' in paragraph ? paragraph.children : []
    expect(texts.map((node) => node.type)).toEqual(['text', 'emphasis', 'text'])
    expect(texts[0]).toMatchObject({value: 'one two three\nfour five six\n', position: {start: {line: 1, column: 1, offset: 0}, end: {line: 3, column: 1, offset: 28}}})
    expect(texts[2]).toMatchObject({value: ' eight', position: {start: {line: 3, column: 8}, end: {line: 3, column: 14}}})
  })
})

/** Elements that `Array.from` copied while `run` ran (micromark copied its open tokens on every attempt). */
function copiedByArrayFrom(run: () => void): number {
  const from = Array.from
  let copied = 0
  Array.from = function (this: unknown, items: ArrayLike<unknown>, ...rest: unknown[]) {
    const result = (from as (...args: unknown[]) => unknown[]).call(this, items, ...rest)
    copied += result.length
    return result
  } as typeof from
  try {
    run()
  } finally {
    Array.from = from
  }
  return copied
}

/** CPU-independent enough: the best wall time of three runs, in ms. */
function best(run: () => void): number {
  let fastest = Infinity
  for (let i = 0; i < 3; i++) {
    const start = performance.now()
    run()
    fastest = Math.min(fastest, performance.now() - start)
  }
  return fastest
}

describe('linear work in deeply nested lists (patches/micromark*, patches/mdast-util-from-markdown*)', {tags: ['slow']}, () => {
  // 100 nested lists (the limit), then `lines` lines of the innermost item, each indented by `indent` spaces.
  const nested = (depth: number, lines: number, indent: number) =>
    [...Array.from({length: depth}, (_, i) => `${'  '.repeat(i)}- item ${i}`), ...Array.from({length: lines}, (_, i) => `${' '.repeat(indent)}line ${i}`)].join('\n')

  // Counts measured on main before the patches: 24,300 events moved and 32,700 tokens copied per line.
  it('moves events in proportion to the lines, not to the lines times the lists (each enclosing list moved all of them again)', () => {
    for (const lines of [400, 1600]) {
      const moved = movedBySplice(() => markdown(nested(100, lines, 200)))
      expect(moved / lines).toBeLessThan(3000)
    }
  })

  it('keeps one indent token per line, not one per open item (every later pass walked and moved 100 per line)', () => {
    // Measured before the indents of a line were joined: 2,039 events moved per line; after: 257.
    for (const lines of [400, 1600]) {
      const moved = movedBySplice(() => markdown(nested(100, lines, 200)))
      expect(moved / lines).toBeLessThan(500)
    }
  })

  it('copies no open token per line (every attempt on every line copied the 100 open lists)', () => {
    const copied = copiedByArrayFrom(() => markdown(nested(100, 400, 200)))
    expect(copied / 400).toBeLessThan(100)
  })

  it('reads a line indented by n spaces in 100 nested items in time with n, not 100 × n', () => {
    // Same size: 100 items around lines of 2,000 spaces, against one item around them.
    const deep = nested(100, 200, 2000)
    const shallow = nested(1, 200, 2000) + ' '.repeat(deep.length - nested(1, 200, 2000).length)
    const ratio = best(() => markdown(deep)) / best(() => markdown(shallow))
    // Was about 60: each item's blank-line check scanned the rest of the indentation.
    expect(ratio).toBeLessThan(15)
  })

  it('still reads nested lists, their blank lines and lazy lines as before the patches (the same tree as main)', () => {
    const {tree} = markdown('- a\n\n  - b\n  - c\n\n- d\n> - e\n>\n>   f\n1. x\n2. y\n\n    - z\n      lazy\ncontinued')
    const lists = tree.children.filter((node) => node.type === 'list')
    expect(lists.map((list) => [list.spread, list.children.map((item) => [item.spread, item.position?.end.line])])).toEqual([
      [
        true,
        [
          [true, 4],
          [false, 6]
        ]
      ],
      [
        true,
        [
          [false, 10],
          [true, 15]
        ]
      ]
    ])
  })
})

/** Calls of `Array.prototype.push` while `run` ran: micromark pushes two events for each token it makes. */
function pushes(run: () => void): number {
  const push = Array.prototype.push
  let calls = 0
  Array.prototype.push = function (this: unknown[], ...items: unknown[]) {
    calls++
    return push.apply(this, items)
  }
  try {
    run()
  } finally {
    Array.prototype.push = push
  }
  return calls
}

describe('bounded work on a paragraph read as plain text and on long table rows (patches/micromark-extension-gfm-table*)', () => {
  // Measured on main before: 9.0 and 3.0 pushes per character (a 4 MB paragraph of emphasis markers held 2.7 GB).
  it('makes few tokens for a crowded paragraph (micromark tried an e-mail address at every word)', () => {
    const text = `${'*a '.repeat(20_000)}b${' c*'.repeat(20_000)}`
    expect(pushes(() => markdown(text)) / text.length).toBeLessThan(4)
  })

  it('makes one token for the words of a table cell, not one for each word and each space between', () => {
    const text = `| ${'word '.repeat(20_000)}|\n|---|\n| ${'cell '.repeat(20_000)}|`
    expect(pushes(() => markdown(text)) / text.length).toBeLessThan(2)
  })

  it('gives back every character of a crowded paragraph as written: letters, digits, other scripts, tabs, private-use characters', () => {
    const crowded = `${'[x] *9* _Zoë_\t\uE000 `é` '.repeat(200)}end`
    const {tree} = markdown(`Before.\n\n${crowded}\n\nAfter *this*.`)
    expect(tree.children[1]).toMatchObject({type: 'paragraph', children: [{type: 'text', value: crowded}]})
    expect(tree.children[1]?.position?.start).toMatchObject({line: 3, column: 1, offset: 9})
    expect((tree.children[2] as {children: Nodes[]}).children.map((node) => node.type)).toEqual(['text', 'emphasis', 'text'])
  })

  it('reads table cells with inner spaces as before: content from the first to the last word, outer spaces dropped', () => {
    const {tree} = markdown('|  a  b  | c |\n|---|---|\n|   d e\tf   |  g  |')
    const rows = (tree.children[0] as {children: Array<{children: Array<{children: Nodes[]}>}>}).children
    expect(rows.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
      ['a  b', 'c'],
      ['d e\tf', 'g']
    ])
    expect((rows[1]!.children[0] as unknown as {children: Nodes[]}).children[0]?.position).toMatchObject({start: {column: 5}, end: {column: 10}})
  })
})
