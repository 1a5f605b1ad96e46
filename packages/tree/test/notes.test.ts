import type {FootnoteDefinition, FootnoteReference, PhrasingContent, Root, RootContent} from 'mdast'
import {describe, expect, test} from 'vitest'
import {NOTE_PROBLEMS, noteTable, type Article, type Citation} from '@octavo/tree'

/** A tree from the small notation of `NOTE_PROBLEMS`' examples; block `i` stands on line `i + 1`. */
function fromExample(example: string): Root {
  const at = (line: number) => ({start: {line, column: 1}, end: {line, column: 2}})
  const phrasing = (text: string, line: number): PhrasingContent[] =>
    text.split(/(\[\^[^\]=]+(?:=\d+)?\])/).flatMap((part): PhrasingContent[] => {
      const ref = /^\[\^([^\]=]+)(?:=(\d+))?\]$/.exec(part)
      if (!ref) return part ? [{type: 'text', value: part}] : []
      const node: FootnoteReference = {type: 'footnoteReference', identifier: ref[1]!.toLowerCase(), label: ref[1]!, position: at(line)}
      if (ref[2]) node.data = {number: Number(ref[2])}
      return [node]
    })
  const children = example.split('  ').map((block, i): RootContent => {
    const definition = /^\[\^([^\]]+)\]: (.*)$/.exec(block)
    if (!definition) return {type: 'paragraph', children: phrasing(block, i + 1), position: at(i + 1)}
    return {
      type: 'footnoteDefinition',
      identifier: definition[1]!.toLowerCase(),
      label: definition[1]!,
      children: [{type: 'paragraph', children: phrasing(definition[2]!, i + 1)}],
      position: at(i + 1)
    }
  })
  return {type: 'root', children}
}

describe('NOTE_PROBLEMS: each example gives its problem, once, and no other', () => {
  test.each(Object.entries(NOTE_PROBLEMS))('%s', (name, {example, severity}) => {
    const {problems} = noteTable(fromExample(example))
    expect(problems.map((p) => [p.severity, p.source])).toEqual([[severity, 'tree:notes']])
    const expected: Record<string, string> = {
      unreferenced: 'note [^2] is never referenced',
      twice: 'note [^1] is defined twice; the second definition is ignored (the first is at line 2)',
      undefined: 'note reference [^9] has no note; it is printed as missing',
      renumbered: 'note [^b] has the number of another note (or none usable); it is renumbered'
    }
    expect(problems[0]!.message).toBe(expected[name])
    expect(problems[0]!.position?.start.line).toBe(name === 'undefined' ? 1 : 3)
  })
})

describe('noteTable numbering', () => {
  const numbers = (tree: Root | Article) => noteTable(tree).notes.map((n) => [n.label, n.number, n.references.length, n.missing])

  test('without numbers: order of first reference, a note referenced twice keeps one number, then notes never referenced', () => {
    expect(numbers(fromExample('A.[^b] B.[^a] C.[^b]  [^z]: Z.  [^a]: A.  [^b]: B.'))).toEqual([
      ['b', 1, 2, false],
      ['a', 2, 1, false],
      ['z', 3, 0, false]
    ])
  })

  test('numbers the tree carries are kept (a note whose reference was lost keeps its slot), a clash is renumbered to the next free one', () => {
    expect(numbers(fromExample('A.[^1=1] B.[^3=3]  [^1]: One.  [^3]: Three.'))).toEqual([
      ['1', 1, 1, false],
      ['3', 3, 1, false]
    ])
    expect(numbers(fromExample('Text.[^a=2] More.[^b=2]  [^a]: A.  [^b]: B.'))).toEqual([
      ['b', 1, 1, false],
      ['a', 2, 1, false]
    ])
  })

  test('a note lost in the source, and a reference to no note, are missing', () => {
    const tree = fromExample('A.[^1] B.[^2] C.[^3]  [^1]: One.  [^2]: lost')
    const lost = tree.children[2] as FootnoteDefinition
    lost.children = []
    lost.data = {missing: true}
    expect(numbers(tree)).toEqual([
      ['1', 1, 1, false],
      ['2', 2, 1, true],
      ['3', 3, 1, true]
    ])
  })

  test('a body citation with data.noteNumber is a note of its own; one in a note or in the title note is not', () => {
    const citation = (value: string, noteNumber: number): Citation => ({type: 'citation', value, items: [{key: 'x'}], data: {noteNumber}})
    const tree = fromExample('A.[^a=1]  [^a]: A.')
    const body = citation('[@x]', 2)
    ;(tree.children[0] as {children: PhrasingContent[]}).children.push(body)
    ;((tree.children[1] as FootnoteDefinition).children[0] as {children: PhrasingContent[]}).children.push(citation('[@y]', 7))
    tree.children.push({type: 'titleNote', children: [{type: 'paragraph', children: [citation('[@z]', 8)]}]})
    const table = noteTable(tree)
    expect(table.notes.map((n) => [n.number, n.citation?.value ?? n.label])).toEqual([
      [1, 'a'],
      [2, '[@x]']
    ])
    expect(table.byCitation.get(body)?.number).toBe(2)
    expect(table.byIdentifier.get('a')?.number).toBe(1)
    expect(table.problems).toEqual([])
  })

  test('a volume: each article is a scope of its own; the root does not look into its articles', () => {
    const article = (example: string): Article => ({type: 'article', children: fromExample(example).children})
    const first = article('A.[^1=1]  [^1]: One.')
    const second = article('B.[^1=1] C.[^2=2]  [^1]: One.  [^2]: Two.')
    const volume: Root = {type: 'root', children: [first, second]}
    expect(noteTable(volume).notes).toEqual([])
    expect(numbers(first)).toEqual([['1', 1, 1, false]])
    expect(numbers(second).map(([, n]) => n)).toEqual([1, 2])
  })

  test('a tree of any depth (no recursion)', () => {
    let deep: RootContent = {type: 'paragraph', children: [{type: 'footnoteReference', identifier: 'd', label: 'd'}]}
    for (let i = 0; i < 100_000; i++) deep = {type: 'blockquote', children: [deep]}
    const tree: Root = {type: 'root', children: [deep, {type: 'footnoteDefinition', identifier: 'd', label: 'd', children: []}]}
    expect(numbers(tree)).toEqual([['d', 1, 1, false]])
  })
})
