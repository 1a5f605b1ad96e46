/**
 * The real article (../shared/corpus/koreans-1950-1962.txt), read as a user
 * gives it to us: every structure the issue asks for, counted and checked.
 */
import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import type {FootnoteDefinition, FootnoteReference, Nodes, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {parse} from '@octavo/parser'
import type {Diagnostic} from '@octavo/parser'

const shared = new URL('../../../../shared/', import.meta.url)
const text = readFileSync(new URL('corpus/koreans-1950-1962.txt', shared), 'utf8')
const gold = JSON.parse(readFileSync(new URL('gold/koreans-1950-1962.dev.json', shared), 'utf8')) as {
  notes: Array<{note: number; text: string}>
}

let tree: Root
let diagnostics: Diagnostic[]
let refs: FootnoteReference[]
let defs: FootnoteDefinition[]
const ofType = <T extends RootContent['type']>(type: T) => tree.children.filter((c) => c.type === type)

beforeAll(() => {
  ;({tree, diagnostics} = parse(text))
  refs = []
  visit(tree, 'footnoteReference', (node) => {
    refs.push(node)
  })
  defs = tree.children.filter((c): c is FootnoteDefinition => c.type === 'footnoteDefinition')
})

describe('the real article', () => {
  it('has an abstract first, then the note on the title', () => {
    expect(tree.children[0]?.type).toBe('abstract')
    expect(toString(tree.children[0])).toMatch(/^Making use of Chinese Foreign Ministry archives/)
    expect(tree.children[1]?.type).toBe('titleNote')
    expect(toString(tree.children[1])).toMatch(/^The authors thank Chuck Kraus/)
    expect(ofType('abstract')).toHaveLength(1)
    expect(ofType('titleNote')).toHaveLength(1)
    // No title line: the first line is the abstract.
    expect(tree.data?.meta?.title).toBeUndefined()
  })

  it('has its 10 headings, depth 2', () => {
    const headings = ofType('heading')
    expect(headings.map((h) => toString(h))).toEqual([
      'Overview of the Korean Nationality Issue',
      'From 1945 to 1949',
      'PRC Policy toward Ethnic Koreans in the Early 1950s',
      '“Homeland” or “Motherland”?',
      "China's Policies and Countermeasures toward the Border Crossings",
      'Ethnic Koreans in China as Part of PRC Aid to the DPRK',
      "Illegal Border Crossings and China's Reactions",
      'Mass Exodus, 1961–1962',
      'Rationales for Chinese Policy',
      "North Korea's Responses"
    ])
    expect(headings.every((h) => h.type === 'heading' && h.depth === 2)).toBe(true)
  })

  it('has its 7 block quotations, each after a paragraph ending in `:` or `,`', () => {
    const quotes = ofType('blockquote')
    expect(quotes.map((q) => toString(q).slice(0, 40))).toEqual([
      'Due to historical, political and cultura',
      'In view of the forthcoming local electio',
      'Because of the shortage of labor, the DP',
      'The Foreign Ministry will respond in det',
      'For those Koreans who crossed the border',
      'The migration of ethnic Koreans in China',
      'At present, when international revisioni'
    ])
    for (const q of quotes) {
      const before = tree.children[tree.children.indexOf(q) - 1]
      expect(before?.type).toBe('paragraph')
      expect(toString(before)).toMatch(/[:,]$/)
    }
  })

  it('has one section break, before the untitled last section', () => {
    const breaks = ofType('sectionBreak')
    expect(breaks).toHaveLength(1)
    const after = tree.children[tree.children.indexOf(breaks[0]!) + 1]
    expect(toString(after)).toMatch(/^The migration of ethnic Koreans between northeast China and North Korea was a complicated issue/)
  })

  it('keeps 70 body blocks (paragraphs, quotations, headings, the abstract)', () => {
    const blocks = tree.children.filter((c) => ['paragraph', 'blockquote', 'heading', 'abstract'].includes(c.type))
    expect(blocks).toHaveLength(70)
  })

  it('finds the 96 note references, in order, glued where they were', () => {
    expect(refs.map((r) => r.data?.number)).toEqual(Array.from({length: 96}, (_, i) => i + 1))
    expect(refs.every((r) => r.identifier === String(r.data?.number) && r.label === r.identifier)).toBe(true)
    // The marker digits are gone from the text, and the text before them is intact.
    const before = (n: number) => {
      let previous = ''
      let found = ''
      visit(tree, (node) => {
        if (node.type === 'text') previous = node.value
        if (node.type === 'footnoteReference' && node.data?.number === n) found = previous
      })
      return found
    }
    expect(before(1).endsWith('discrimination.”')).toBe(true)
    expect(before(87).endsWith('Please forgive us!')).toBe(true)
    expect(before(53).endsWith('74,335.')).toBe(true)
    expect(before(5).endsWith('109,000.')).toBe(true)
    expect(before(59).endsWith('in the second half of 1957.')).toBe(true)
    expect(before(14).endsWith('about 1.4 million.')).toBe(true)
  })

  it('keeps numbers that are not references as text', () => {
    const body = tree.children
      .filter((c) => c.type !== 'footnoteDefinition')
      .map((c) => toString(c))
      .join('\n')
    for (const s of ['numbered around 1.83 million people', 'reached 2.163 million', '37,000–40,000 Korean soldiers', 'in 1961. A historical', 'Mass Exodus, 1961–1962']) {
      expect(body).toContain(s)
    }
    // Each marker's digits appear exactly once as a reference: nothing else was taken.
    const numbers = new Set(refs.map((r) => r.data?.number))
    expect(numbers.size).toBe(96)
  })

  it('has 96 notes in number order, note 30 lost and reported with its position', () => {
    expect(defs).toHaveLength(96)
    expect(defs.map((d) => d.data?.number)).toEqual(Array.from({length: 96}, (_, i) => i + 1))
    expect(defs.every((d) => d.identifier === String(d.data?.number) && d.label === d.identifier)).toBe(true)
    const lost = defs[29]!
    expect(lost.data).toEqual({number: 30, missing: true})
    expect(lost.children).toEqual([])
    // The wider gap: the blank lines 232–235 between note 29 (line 231) and note 31 (line 236).
    expect(lost.position?.start).toMatchObject({line: 232, column: 1})
    expect(lost.position?.end).toMatchObject({line: 236, column: 1})
    expect(defs.filter((d) => d.data?.missing)).toHaveLength(1)
    // The definitions close the tree.
    expect(tree.children.slice(-96)).toEqual(defs)
  })

  it('reports exactly the lost note (a warning at the gap) and the acknowledgment (info)', () => {
    expect(diagnostics.map((d) => [d.severity, d.source, d.position?.start.line])).toEqual([
      ['info', 'parser:text', 143],
      ['warning', 'parser:text', 232]
    ])
    expect(diagnostics[1]?.message).toMatch(/^note 30 is missing in the source \(95 note paragraphs for 96 references\)/)
  })

  it('gives no warning for its numbers that are not references (1.83 million, 37,000–40,000, 1961, 2.163 million)', () => {
    for (const n of ['1.83 million', '37,000–40,000', '1961', '2.163 million']) expect(text).toContain(n)
    expect(diagnostics.filter((d) => /kept as text|looks like a note reference/.test(d.message))).toEqual([])
    expect(tree.data?.meta?.subtitle).toBeUndefined()
    expect(tree.data?.meta?.author).toBeUndefined()
  })

  it('pairs every reference with the right note: notes 1–48 match the hand-checked gold', () => {
    for (const g of gold.notes) {
      expect(toString(defs[g.note - 1]), `note ${g.note}`).toBe(g.text)
    }
    expect(toString(defs[30])).toMatch(/^“CCP Central Committee Instruction,” 17 August 1953/)
    expect(toString(defs[86])).toBe('“Cable, Foreign Ministry and Ministry of Public Security to Chinese Embassy in the DPRK,” 24 March 1962, in CFMA, No. 118-01025-02, pp. 4–6.')
    const lastParagraph = text.slice(text.lastIndexOf('\n') + 1)
    expect(toString(defs[95])).toBe(lastParagraph)
    expect(lastParagraph).toMatch(/^This has attracted the attention of many scholars/)
  })

  it('puts a position on every node, and text positions point at their text', () => {
    let nodes = 0
    visit(tree, (node: Nodes) => {
      nodes++
      expect(node.position, node.type).toBeDefined()
      const {start, end} = node.position!
      if (node.type === 'text') expect(text.slice(start.offset, end.offset)).toBe(node.value)
      if (node.type === 'footnoteReference') expect(text.slice(start.offset, end.offset)).toBe(node.identifier)
    })
    expect(nodes).toBeGreaterThan(500)
  })
})
