/**
 * Properties of the plain-text reader over generated articles: no text is
 * lost or doubled, every reference has its note, a lost note keeps the
 * others on their numbers, positions point at what they hold.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {FootnoteDefinition, Nodes} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {parse} from '@octavo/parser'

const vocabulary = ['river', 'salt', 'ledger', 'village', 'mule', 'tariff', 'road', 'winter', 'harbour', 'bell', 'mill', 'petition', 'council']
const word = fc.constantFrom(...vocabulary)
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)

/** Filler that looks like numbers a reader must keep: years, quantities, decimals. */
const number = fc.oneof(
  fc.integer({min: 1000, max: 2020}).map(String),
  fc.integer({min: 1, max: 99}).map((n) => `${n},000`),
  fc.tuple(fc.integer({min: 1, max: 9}), fc.integer({min: 1, max: 99})).map(([a, b]) => `${a}.${b} million`)
)
const phrase = fc.array(fc.oneof({weight: 4, arbitrary: word}, {weight: 1, arbitrary: number}), {minLength: 2, maxLength: 9})

type Marker = 'glued' | 'bracket' | 'superscript'
const superscript = (n: number) => [...String(n)].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.charAt(Number(d))).join('')

interface Sentence {
  words: string[]
  end: '.' | '?' | '!' | '.”'
  note: boolean
}
const sentence = fc.record({
  // A sentence starts with a word: `1,000.1 1000 …` would read as a quantity.
  words: fc.tuple(word, phrase).map(([w, p]) => [w, ...p]),
  end: fc.constantFrom<Sentence['end']>('.', '.', '?', '!', '.”'),
  note: fc.boolean()
})
const block = fc.oneof(
  {weight: 5, arbitrary: fc.record({kind: fc.constant('paragraph' as const), sentences: fc.array(sentence, {minLength: 1, maxLength: 4}), gap: fc.constantFrom(1, 1, 1, 2)})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('heading' as const), words: fc.array(word, {minLength: 1, maxLength: 5}), gap: fc.constant(1)})}
)
const article = fc.record({
  title: fc.option(fc.array(word, {minLength: 1, maxLength: 6}), {nil: undefined}),
  blocks: fc.array(block, {minLength: 1, maxLength: 12}),
  marker: fc.constantFrom<Marker>('glued', 'bracket', 'superscript'),
  noteWords: fc.array(phrase, {minLength: 40, maxLength: 40}),
  lose: fc.option(fc.nat(), {nil: undefined}),
  thanks: fc.boolean(),
  crlf: fc.boolean()
})

interface Built {
  text: string
  notes: number
  lost: number | undefined
  noteTexts: string[]
}

function build(a: typeof article extends fc.Arbitrary<infer T> ? T : never): Built {
  const out: string[] = []
  let n = 0
  const marker = (text: string) => {
    n++
    return a.marker === 'glued' ? `${text}${n}` : a.marker === 'bracket' ? `${text} [${n}]` : `${text}${superscript(n)}`
  }
  if (a.title) out.push(a.title.map(capital).join(' '), '\n\n')
  // The body ends on a reference: an untitled last section without any
  // reference, after a double gap, reads as notes (PLAIN-TEXT.md, limits).
  const last = a.blocks.at(-1)
  if (last?.kind === 'paragraph') last.sentences.at(-1)!.note = true
  a.blocks.forEach((b, i) => {
    if (i > 0) out.push('\n'.repeat(b.gap + 1))
    if (b.kind === 'heading') {
      out.push(b.words.map(capital).join(' '), '\n\n')
      const closing = `The ${b.words.join(' ')} came last.`
      out.push(i === a.blocks.length - 1 ? marker(closing) : closing)
      return
    }
    out.push(
      b.sentences
        .map((s) => {
          const text = `${capital(s.words.join(' '))}${s.end}`
          return s.note ? marker(text) : text
        })
        .join(' ')
    )
  })
  const noteTexts = Array.from({length: n}, (_, i) => `Source ${a.noteWords[i % 40]!.join(' ')} item ${i + 1}.`)
  const lost = a.lose === undefined || n < 2 ? undefined : 2 + (a.lose % (n - 1))
  if (n > 0) {
    out.push('\n\n\n')
    // An acknowledgment, standing a little apart as in the journal's export.
    if (a.thanks) out.push('The author thanks the river council for its help.', '\n\n\n\n')
    noteTexts.forEach((t, i) => {
      if (i + 1 === lost) {
        out.push('\n\n')
        return
      }
      if (i > 0) out.push('\n\n\n')
      out.push(t)
    })
  }
  const text = out.join('')
  return {text: a.crlf ? text.replace(/\n/g, '\r\n') : text, notes: n, lost, noteTexts}
}

describe('plain-text reader properties', {tags: ['slow']}, () => {
  it('loses no text and doubles none: text nodes, markers and the title cover the source', () => {
    fc.assert(
      fc.property(article, (a) => {
        const {text} = build(a)
        const {tree} = parse(text)
        const pieces: Array<[number, string]> = []
        visit(tree, (node: Nodes) => {
          const p = node.position
          if (!p) return
          if (node.type === 'text') pieces.push([p.start.offset!, node.value])
          if (node.type === 'footnoteReference') pieces.push([p.start.offset!, text.slice(p.start.offset, p.end.offset)])
        })
        if (tree.data?.meta?.title) pieces.push([0, tree.data.meta.title])
        pieces.sort((x, y) => x[0] - y[0])
        expect(
          pieces
            .map((p) => p[1])
            .join('')
            .replace(/\s/g, '')
        ).toBe(text.replace(/\s/g, ''))
      }),
      {numRuns: 300}
    )
  })

  it('pairs every reference with its note, numbers kept, the lost one marked and reported', () => {
    fc.assert(
      fc.property(article, (a) => {
        const {text, notes, lost, noteTexts} = build(a)
        const {tree, diagnostics} = parse(text)
        const refs: number[] = []
        visit(tree, 'footnoteReference', (r) => {
          refs.push(r.data?.number ?? -1)
        })
        expect(refs).toEqual(Array.from({length: notes}, (_, i) => i + 1))
        const defs = tree.children.filter((c): c is FootnoteDefinition => c.type === 'footnoteDefinition')
        expect(defs.map((d) => d.identifier)).toEqual(refs.map(String))
        expect(tree.children.filter((c) => c.type === 'titleNote')).toHaveLength(a.thanks && notes > 0 ? 1 : 0)
        defs.forEach((d, i) => {
          if (i + 1 === lost) {
            expect(d.data).toEqual({number: i + 1, missing: true})
            expect(d.children).toEqual([])
          } else {
            expect(toString(d)).toBe(noteTexts[i])
          }
        })
        const warnings = diagnostics.filter((d) => d.severity === 'warning')
        if (lost === undefined) expect(warnings).toEqual([])
        else {
          expect(warnings).toHaveLength(1)
          expect(warnings[0]?.message).toMatch(new RegExp(`^note ${lost} is missing in the source`))
        }
      }),
      {numRuns: 300}
    )
  })

  it('puts positions on every node, pointing at what the node holds', () => {
    fc.assert(
      fc.property(article, (a) => {
        const {text} = build(a)
        const {tree} = parse(text)
        visit(tree, (node: Nodes) => {
          expect(node.position).toBeDefined()
          const {start, end} = node.position!
          expect(start.offset! <= end.offset!).toBe(true)
          const slice = text.slice(start.offset, end.offset)
          if (node.type === 'text') expect(slice.replace(/\s*\r?\n\s*/g, '\n')).toBe(node.value)
        })
      }),
      {numRuns: 200}
    )
  })
})
