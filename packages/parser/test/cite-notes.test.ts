import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import type {FootnoteDefinition, FootnoteReference, Nodes, Root} from 'mdast'
import type {Citation} from '../src/index.js'
import {parse} from '../src/index.js'

const md = (text: string): Root => parse(new TextEncoder().encode(text), {format: 'markdown'}).tree

/** The note numbers met in reading order in the body: references and citations. */
function bodyMarks(tree: Root): Array<{kind: 'ref' | 'cite'; label: string; number: number | undefined}> {
  const out: Array<{kind: 'ref' | 'cite'; label: string; number: number | undefined}> = []
  const walk = (node: Nodes) => {
    if (node.type === 'footnoteDefinition' || node.type === 'titleNote') return
    if (node.type === 'footnoteReference') out.push({kind: 'ref', label: node.identifier, number: node.data?.number})
    if (node.type === 'citation') out.push({kind: 'cite', label: node.value, number: node.data?.noteNumber})
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return out
}

function all<T extends Nodes['type']>(tree: Nodes, type: T): Array<Extract<Nodes, {type: T}>> {
  const out: Nodes[] = []
  const walk = (node: Nodes) => {
    if (node.type === type) out.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return out as Array<Extract<Nodes, {type: T}>>
}

describe('body citations are notes numbered in reading order with the note references', () => {
  it('First.[^a] Cited [@x]. Then.[^b] → 1, 2, 3', () => {
    const tree = md('First.[^a] Cited [@x]. Then.[^b]\n\n[^a]: A.\n[^b]: B.\n')
    expect(bodyMarks(tree)).toEqual([
      {kind: 'ref', label: 'a', number: 1},
      {kind: 'cite', label: '[@x]', number: 2},
      {kind: 'ref', label: 'b', number: 3}
    ])
    const definitions = tree.children.filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition')
    expect(definitions.map((d) => [d.identifier, d.data?.number])).toEqual([
      ['a', 1],
      ['b', 3]
    ])
  })

  it('a citation inside a note stays in it, unnumbered; a note referenced twice keeps its number', () => {
    const tree = md('A.[^n] B [@x, p. 4]. C.[^n] D @y [p. 2].\n\n[^n]: See [@z].\n')
    expect(bodyMarks(tree).map((m) => m.number)).toEqual([1, 2, 1, 3])
    const definition = tree.children.find((node): node is FootnoteDefinition => node.type === 'footnoteDefinition')!
    expect(definition.data?.number).toBe(1)
    const inNote = all(definition, 'citation')
    expect(inNote.map((c) => c.value)).toEqual(['[@z]'])
    expect(inNote[0]!.data?.noteNumber).toBeUndefined()
  })

  it('labels 1…N are not kept as numbers once citations take slots', () => {
    const tree = md('A.[^1] B [@x]. C.[^2]\n\n[^1]: One.\n[^2]: Two.\n')
    expect(bodyMarks(tree).map((m) => m.number)).toEqual([1, 2, 3])
  })

  it('a citation in the thanks (a note of its own) is not numbered', () => {
    const tree = md('---\ntitle: T\nthanks: With thanks to [@x].\n---\n\nA [@y].\n')
    expect(all(tree, 'citation').map((c) => [c.value, c.data?.noteNumber])).toEqual([
      ['[@x]', undefined],
      ['[@y]', 1]
    ])
  })

  it('property: for any mix of note references and citations, the body numbers are 1…N in reading order', () => {
    const mark = fc.oneof(
      fc.constantFrom('a', 'b', 'c', 'd').map((label) => ({kind: 'ref' as const, label})),
      fc.constantFrom('[@x]', '[see @y, p. 4]', '@z', '[@x; @y]').map((label) => ({kind: 'cite' as const, label}))
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('Word', 'Two words.', 'A, b'), mark), {maxLength: 12}), (parts) => {
        const body = parts.map(([words, m]) => `${words}${m.kind === 'ref' ? `[^${m.label}]` : ` ${m.label}`}`).join(' ')
        const labels = [...new Set(parts.flatMap(([, m]) => (m.kind === 'ref' ? [m.label] : [])))]
        const tree = md(`${body}\n\n${labels.map((l) => `[^${l}]: Note ${l}.`).join('\n')}\n`)
        const marks = bodyMarks(tree)
        expect(marks.map((m) => m.kind)).toEqual(parts.map(([, m]) => m.kind))
        // Each first mention takes the next number; a repeated reference keeps its note's number.
        const expected: number[] = []
        const given = new Map<string, number>()
        let next = 1
        for (const m of marks) {
          if (m.kind === 'cite') expected.push(next++)
          else {
            if (!given.has(m.label)) given.set(m.label, next++)
            expected.push(given.get(m.label)!)
          }
        }
        expect(marks.map((m) => m.number)).toEqual(expected)
        const numbers = new Set(marks.map((m) => m.number))
        expect([...numbers].sort((a, b) => a! - b!)).toEqual(Array.from({length: numbers.size}, (_, i) => i + 1))
        const definitions = tree.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition')
        expect(definitions.map((d) => d.data?.number)).toEqual(definitions.map((d) => given.get(d.identifier)))
        const refs = all(tree, 'footnoteReference') as FootnoteReference[]
        expect(refs.every((r) => r.data?.number === given.get(r.identifier))).toBe(true)
        const cites = all(tree, 'citation') as Citation[]
        expect(cites.length).toBe(parts.filter(([, m]) => m.kind === 'cite').length)
      }),
      {numRuns: 150}
    )
  })
})
