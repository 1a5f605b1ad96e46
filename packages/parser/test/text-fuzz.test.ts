/**
 * Robustness of the plain-text reader on noisy input made of the pieces its
 * rules look at (glued, bracketed and superscript numbers, lists with gaps,
 * abbreviations, quotation marks, colons, indentation, blank lines, CRLF):
 * it never throws, every node and diagnostic is positioned inside the source,
 * and the notes are numbered 1…n with every reference pointing at one.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {FootnoteDefinition, Nodes} from 'mdast'
import {visit} from 'unist-util-visit'
import {parseText} from '../src/lib/text.js'
import type {Diagnostic} from '../src/lib/types.js'

const piece = fc.oneof(
  fc.constantFrom('river', 'Salt', 'ledger', 'the', 'Mill.', 'council,', 'road:', 'winter;', 'He wrote:', 'Notes', 'Abstract', '* * *', '—'),
  fc.constantFrom('“', '”', '"', '‘', '’', '(', ')', '[', ']', ':', ',', '.', '?', '!', '…'),
  fc.constantFrom('vol.', 'no.', 'pp.', 'p.', 'ch.', 'Fig.', 'http://x.org/a', '10.1000/xyz'),
  fc.integer({min: 0, max: 30}).map(String),
  fc.integer({min: 0, max: 30}).map((n) => `.${n}`),
  fc.array(fc.integer({min: 0, max: 30}), {minLength: 1, maxLength: 4}).map((ns) => `[${ns.join(', ')}]`),
  fc.tuple(fc.integer({min: 0, max: 30}), fc.integer({min: 0, max: 30})).map(([a, b]) => `[${a}–${b}]`),
  fc.stringMatching(/^[⁰¹²³⁴⁵⁶⁷⁸⁹⁻,]{1,4}$/),
  fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n', '\r\n\r\n', '\n    ', '\n\t', '\n\n    ', '  '),
  fc.string({maxLength: 3})
)
const noteLine = fc
  .tuple(
    fc.constantFrom('', '', '1. ', '2. ', '3 ', '[4] ', '⁵ ', '12. ', '1) '),
    fc.array(fc.constantFrom('Ibid.', 'Archive', 'file', '12', 'p.4', 'Thanks to', 'vol.2', '1952', '“', '.'), {minLength: 1, maxLength: 6})
  )
  .map(([head, ws]) => head + ws.join(' '))
const notesTail = fc.array(fc.tuple(fc.constantFrom('\n', '\n\n', '\n\n\n', '\n\n\n\n\n'), noteLine), {maxLength: 12}).map((ls) => ls.map(([gap, l]) => gap + l).join(''))
const document = fc.tuple(fc.array(piece, {maxLength: 120}), fc.option(notesTail, {nil: undefined})).map(([ps, tail]) => ps.join(' ') + (tail === undefined ? '' : `\n\n${tail}`))

function check(text: string): void {
  const diagnostics: Diagnostic[] = []
  const tree = parseText(text, diagnostics)
  visit(tree, (node: Nodes) => {
    if (node.type === 'root') return
    const p = node.position
    expect(p, `${node.type} has a position`).toBeDefined()
    expect(p!.start.offset).toBeGreaterThanOrEqual(0)
    expect(p!.end.offset!).toBeGreaterThanOrEqual(p!.start.offset!)
    expect(p!.end.offset!).toBeLessThanOrEqual(text.length)
  })
  for (const d of diagnostics) {
    if (!d.position) continue
    expect(d.position.start.offset!).toBeLessThanOrEqual(d.position.end.offset!)
    expect(d.position.end.offset!).toBeLessThanOrEqual(text.length)
  }
  const defs = tree.children.filter((c): c is FootnoteDefinition => c.type === 'footnoteDefinition')
  expect(defs.map((d) => d.data?.number)).toEqual(defs.map((_, i) => i + 1))
  expect(defs.map((d) => d.identifier)).toEqual(defs.map((_, i) => String(i + 1)))
  visit(tree, 'footnoteReference', (r) => {
    const n = r.data?.number ?? 0
    expect(n).toBeGreaterThanOrEqual(1)
    expect(n).toBeLessThanOrEqual(defs.length)
    expect(r.identifier).toBe(String(n))
    const marker = text.slice(r.position?.start.offset ?? 0, r.position?.end.offset ?? 0)
    expect(marker).toMatch(/^(?:\d+|\[[\d,\s–-]+\]|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻,]+)$/u)
  })
  expect(parseText(text, [])).toEqual(tree)
}

describe('plain-text reader on noisy input', () => {
  it('never throws, positions everything inside the source, numbers the notes 1…n', () => {
    fc.assert(fc.property(document, check), {numRuns: Number(process.env.FUZZ_RUNS ?? 400), ...(process.env.FUZZ_RUNS ? {} : {seed: 20261128})})
  })

  it('holds on the cases the fuzzing found', () => {
    for (const text of ['', ' ', '\n\n\n', '[0]', '[1, 1]', '[2, 1]', '¹⁻', '⁻¹', 'a.1\n\n\n', '“\n\n“\n\n“', 'x:\n\n\n\n“a\n\n“b', 'vol.1 no.2 [1, 3].3']) check(text)
  })
})
