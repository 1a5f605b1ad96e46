/**
 * The plain-text reader's rules one by one: what is a reference, what is a
 * title, a heading, an abstract; and its speed on a large input.
 */
import {describe, expect, it} from 'vitest'
import type {FootnoteDefinition, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {parse} from '@octavo/parser'

const references = (tree: Root) => {
  const out: number[] = []
  visit(tree, 'footnoteReference', (r) => {
    out.push(r.data?.number ?? -1)
  })
  return out
}
const bodyText = (tree: Root) =>
  tree.children
    .filter((c) => c.type !== 'footnoteDefinition')
    .map((c) => toString(c))
    .join('\n')
const notes = (n: number) => Array.from({length: n}, (_, i) => `\n\n\nSource ${i + 1}.`).join('')

describe('what is a note reference', () => {
  it('takes a number glued to a word or punctuation only when it is the next in the sequence', () => {
    const {tree} = parse(`Prices rose 4.1 percent in 1961.1 Then the mid-1962 slump came.2 It cost 3,000.3${notes(3)}`)
    expect(references(tree)).toEqual([1, 2, 3])
    expect(bodyText(tree)).toContain('Prices rose 4.1 percent in 1961. Then the mid-1962 slump came. It cost 3,000.')
  })

  it('reads digits after a quantity as a reference only before a new sentence', () => {
    const {tree} = parse(`The count was 74,335.1 The next year saw 2.2 million more.2${notes(2)}`)
    expect(references(tree)).toEqual([1, 2])
    expect(bodyText(tree)).toContain('74,335. The next year saw 2.2 million more.')
  })

  it('keeps a glued number that jumps too far, or that nothing confirms, as text, with a warning at it', () => {
    const text = `The first.1 Route A25 opened.2 A second road.9 The end.3${notes(3)}`
    const {tree, diagnostics} = parse(text)
    expect(references(tree)).toEqual([1, 2, 3])
    expect(bodyText(tree)).toContain('Route A25 opened. A second road.9 The end.')
    const warnings = diagnostics.filter((d) => d.severity === 'warning')
    expect(warnings.map((d) => d.message)).toEqual(['number 9 looks like a note reference but note 3 is expected here: it is kept as text'])
    expect(warnings[0]?.position?.start.offset).toBe(text.indexOf('road.9') + 5)
  })

  it('warns about a reference-like number that is not the next one (came last.4 where 3 is expected)', () => {
    const text = `One.1 Two.2 Then it came last.”4 And so on.3${notes(3)}`
    const {tree, diagnostics} = parse(text)
    expect(references(tree)).toEqual([1, 2, 3])
    const warnings = diagnostics.filter((d) => d.severity === 'warning')
    expect(warnings.map((d) => d.message)).toEqual(['number 4 looks like a note reference but note 3 is expected here: it is kept as text'])
    expect(warnings[0]?.position?.start.offset).toBe(text.indexOf('”4') + 1)
  })

  it('gives no such warning for years, quantities, far numbers, or digits inside words and codes', () => {
    const text = `One.1 In 19612 there were 37,000–40,000 men.2 Route A25 and B4 and COVID-19 stayed. Page 1961. A total of 2.163 million.3 Still.90${notes(3)}`
    const {tree, diagnostics} = parse(text)
    expect(references(tree)).toEqual([1, 2, 3])
    expect(diagnostics.filter((d) => d.severity === 'warning')).toEqual([])
  })

  it('does not take the digits that end a web address or a DOI', () => {
    const {tree, diagnostics} = parse(`The first.1 See http://example.org/item2 and doi 10.1353/jcws_a_2 for more.2 Also www.example.org.3${notes(3)}`)
    expect(references(tree)).toEqual([1, 2, 3])
    expect(bodyText(tree)).toContain('See http://example.org/item2 and doi 10.1353/jcws_a_2 for more. Also www.example.org.')
    expect(diagnostics).toEqual([])
  })

  it('reads bracketed and superscript ranges and lists as consecutive references, and the sequence goes on', () => {
    const text = `One [1] then [2, 3] then [4–6] and [7-8].⁹ Then¹⁰⁻¹² and¹³,¹⁴ the end.15${notes(15)}`
    const {tree, diagnostics} = parse(text)
    expect(references(tree)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
    expect(diagnostics).toEqual([])
    expect(bodyText(tree)).toContain('One  then  then  and . Then and the end.')
    const positions: number[] = []
    visit(tree, 'footnoteReference', (r) => {
      if (r.data?.number === 5) positions.push(r.position?.start.offset ?? -1, r.position?.end.offset ?? -1)
    })
    expect(positions).toEqual([text.indexOf('[4–6]'), text.indexOf('[4–6]') + 5])
  })

  it('keeps a bracketed list with a gap that does not fit the sequence as text, with a warning at it; years stay text silently', () => {
    const text = `One [1] then [2, 5] and two [2]. In [1990-2020] nothing.${notes(2)}`
    const {tree, diagnostics} = parse(text)
    expect(references(tree)).toEqual([1, 2])
    expect(bodyText(tree)).toContain('then [2, 5] and two . In [1990-2020] nothing.')
    expect(diagnostics.map((d) => [d.severity, d.message, d.position?.start.offset, d.position?.end.offset])).toEqual([
      ['warning', 'note references [2, 5] do not fit the sequence (note 2 is expected here): kept as text', text.indexOf('[2, 5]'), text.indexOf('[2, 5]') + 6]
    ])
  })

  it('reads a bracketed list with a gap as one reference per number when the numbers fit the sequence', () => {
    const text = `A [1] b [2] c [3]. Then [4, 6] and [7] end. Back to [1,3] here.${notes(7)}`
    const {tree, diagnostics} = parse(text)
    expect(references(tree)).toEqual([1, 2, 3, 4, 6, 7, 1, 3])
    expect(bodyText(tree)).toContain('Then  and  end. Back to  here.')
    expect(diagnostics.filter((d) => d.severity === 'warning').map((d) => [d.message, d.position?.start.offset])).toEqual([
      ['note references [4, 6] skip note 5: not in the text', text.indexOf('[4, 6]')],
      ['note references [1, 3] point back to notes 1, 3 already referenced', text.indexOf('[1,3]')],
      ['note 5 is never referenced in the text', text.indexOf('Source 5.')]
    ])
    // Nothing after the list confirms its jump: it stays text.
    const end = parse(`A [1] and last [2, 9].${notes(2)}`)
    expect(references(end.tree)).toEqual([1])
    expect(end.diagnostics.map((d) => d.message)).toContain('note references [2, 9] do not fit the sequence (note 2 is expected here): kept as text')
  })

  it('reads an abbreviation glued to its number (vol.4, no.3, p.12, pp.4-5, ch.2) as text, without a warning', () => {
    const text = `See vol.4 and no.3 of it.1 Then p.12, pp.4-5. And ch.2. The end.2${notes(2)}`
    const {tree, diagnostics} = parse(text)
    expect(references(tree)).toEqual([1, 2])
    expect(bodyText(tree)).toContain('See vol.4 and no.3 of it. Then p.12, pp.4-5. And ch.2. The end.')
    expect(diagnostics.filter((d) => d.severity === 'warning')).toEqual([])
  })

  it('reads bracketed numbers and Unicode superscripts, and reports a jump in the sequence', () => {
    const {tree, diagnostics} = parse(`One [1] two² and four.⁴ Five [5].${notes(5)}`)
    expect(references(tree)).toEqual([1, 2, 4, 5])
    expect(diagnostics.map((d) => d.message)).toEqual(['note references jump from 2 to 4: 3 is not in the text', 'note 3 is never referenced in the text'])
    expect(diagnostics[0]?.position?.start).toMatchObject({line: 1, column: 23})
  })
})

describe('what the blocks are', () => {
  it('reads a short first line as the title, not a heading', () => {
    const {tree} = parse('The Salt Roads\n\nSalt went north.1\n\n\nA source.')
    expect(tree.data?.meta?.title).toBe('The Salt Roads')
    expect(tree.children.some((c) => c.type === 'heading')).toBe(false)
    expect(references(tree)).toEqual([1])
  })

  it('does not read a sentence, or a line holding note 1, as the title', () => {
    expect(parse('Salt went north. Mules carried it\n\nMore text.').tree.data?.meta?.title).toBeUndefined()
    expect(parse('Salt went north [1]\n\nMore text.\n\n\nA source.').tree.data?.meta?.title).toBeUndefined()
  })

  it('reads a subtitle and a byline after the title, never as headings, with an info', () => {
    const text = 'The Salt Roads\n\nTrade and Empire in the Sahel\n\nBy A. B. Smith and Jane van Doe\n\nThe text begins.'
    const {tree, diagnostics} = parse(text)
    expect(tree.data?.meta).toMatchObject({
      title: 'The Salt Roads',
      subtitle: 'Trade and Empire in the Sahel',
      author: [
        {family: 'Smith', given: 'A. B.'},
        {family: 'Doe', given: 'Jane', 'non-dropping-particle': 'van'}
      ]
    })
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph'])
    expect(diagnostics.map((d) => [d.severity, d.message])).toEqual([['info', 'read the subtitle “Trade and Empire in the Sahel” and the byline (2 authors) from the title block']])
    expect(diagnostics[0]?.position?.end.offset).toBe(text.indexOf(' Doe') + 4)
  })

  it('reads a subtitle after a colon, and a byline of names with initials without `By`', () => {
    const a = parse('The Salt Roads: Trade in the Sahel\n\nA. Smith, B. Jones\n\nThe text begins.').tree
    expect(a.data?.meta).toMatchObject({
      title: 'The Salt Roads',
      subtitle: 'Trade in the Sahel',
      author: [
        {family: 'Smith', given: 'A.'},
        {family: 'Jones', given: 'B.'}
      ]
    })
    const b = parse('The Salt Roads:\n\nTrade in the Sahel\n\nThe text begins.').tree
    expect(b.data?.meta).toMatchObject({title: 'The Salt Roads', subtitle: 'Trade in the Sahel'})
    expect(b.children.map((c) => c.type)).toEqual(['paragraph'])
  })

  it('reads a Chinese or Korean name in a byline by the one name rule (@octavo/tree parseName): family first as written, or given name first', () => {
    const {tree} = parse('The Salt Roads\n\nBy Sun Chunri and Zhihua Shen\n\nThe text begins.')
    expect(tree.data?.meta?.author).toEqual([
      {family: 'Sun', given: 'Chunri'},
      {family: 'Shen', given: 'Zhihua'}
    ])
  })

  it('keeps a short line after the title as a heading when no byline follows it', () => {
    const {tree, diagnostics} = parse('The Salt Roads\n\nEarly Years\n\nThe text begins.\n\nMore text.')
    expect(tree.data?.meta).toEqual({title: 'The Salt Roads'})
    expect(tree.children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'paragraph'])
    expect(diagnostics).toEqual([])
  })

  it('lets the metadata given (a .meta.yaml, --meta) win over the title and byline read from the text', () => {
    expect(parse('The Salt Roads\n\nText.', {meta: {title: 'Other'}}).tree.data?.meta?.title).toBe('Other')
    expect(parse('The Salt Roads\n\nText.').tree.data?.meta?.title).toBe('The Salt Roads')
  })

  it('reads short lines without final punctuation as headings, `?` allowed, not the last line', () => {
    const {tree} = parse('Para one is here.\n\nWhy Salt?\n\nPara two.\n\nEnds with a stop.\n\nMore text.\n\nLast line')
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph'])
  })

  it('reads a first paragraph as the abstract only when the article echoes it', () => {
    const abstract = 'This essay shows that the hill villages shaped the tariff more than the capital.'
    const echoed = parse(`${abstract}\n\nBody begins.\n\nIn the end the hill villages shaped the tariff more than the capital did.`)
    expect(echoed.tree.children[0]?.type).toBe('abstract')
    const plain = parse(`${abstract}\n\nBody begins.\n\nNothing repeats here at all, in any way.`)
    expect(plain.tree.children[0]?.type).toBe('paragraph')
  })

  it('reads the paragraph after one ending in `:` or `,` as a quotation', () => {
    const {tree} = parse('He wrote:\n\nCome home.\n\nShe answered,\n\nNot yet.\n\nThe end.')
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'blockquote', 'paragraph', 'blockquote', 'paragraph'])
  })
})

describe('quotations of several paragraphs', () => {
  it('keeps indented paragraphs after an introducing colon in one quotation', () => {
    const text = 'He wrote:\n\n    Come home.\n\n    The harvest is in.\n\nThe end came soon.\n\nAnd then more.'
    const {tree} = parse(text)
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'blockquote', 'paragraph', 'paragraph'])
    const quote = tree.children[1]
    expect(quote?.type === 'blockquote' ? quote.children.map((p) => toString(p)) : []).toEqual(['Come home.', 'The harvest is in.'])
    expect(quote?.position?.start.offset).toBe(text.indexOf('Come'))
    expect(quote?.position?.end.offset).toBe(text.indexOf('in.') + 3)
  })

  it('keeps the first paragraph only when the next one is not indented, or a double gap parts them', () => {
    const {tree} = parse('He wrote:\n\nCome home.\n\nThe harvest is in.\n\nQuoted:\n\n    One.\n\n\n    Two.\n\nEnd.')
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'blockquote', 'paragraph', 'paragraph', 'blockquote', 'sectionBreak', 'blockquote', 'paragraph'])
  })

  it('keeps an unindented quotation of several paragraphs together while its quotation mark stays open', () => {
    const {tree} = parse('She wrote:\n\n“The roof leaks.\n\n“The well is dry.\n\n“Come soon.”\n\nHe did not come.')
    const types = tree.children.map((c) => (c.type === 'blockquote' ? `blockquote of ${c.children.length}` : c.type))
    expect(types).toEqual(['paragraph', 'blockquote of 3', 'paragraph'])
  })

  it('does not join the paragraph after a quotation whose mark is closed, or one that opens no quotation, or after a double gap', () => {
    const shapes = (text: string) => parse(text).tree.children.map((c) => (c.type === 'blockquote' ? `blockquote of ${c.children.length}` : c.type))
    expect(shapes('She wrote:\n\n“The roof leaks.”\n\n“I said so,” he answered.')).toEqual(['paragraph', 'blockquote of 1', 'paragraph'])
    expect(shapes('She wrote:\n\n“The roof leaks.\n\nHe did not answer.')).toEqual(['paragraph', 'blockquote of 1', 'paragraph'])
    expect(shapes('She wrote:\n\n“The roof leaks.\n\n\n“The well is dry.”')).toEqual(['paragraph', 'blockquote of 1', 'sectionBreak', 'paragraph'])
  })

  it('keeps an unindented quotation wrapped narrower than the body together, and only in wrapped text', () => {
    const wide = 'x'.repeat(60)
    const para = (n: number) => Array.from({length: n}, () => `${wide} ${'y'.repeat(9)}`).join('\n')
    const narrow = Array.from({length: 3}, () => 'z'.repeat(40)).join('\n')
    const text = `${para(4)} He wrote:\n\n${narrow}\n\n${narrow}\n\n${para(3)}\n\n${para(3)}`
    const shapes = (t: string) => parse(t).tree.children.map((c) => (c.type === 'blockquote' ? `blockquote of ${c.children.length}` : c.type))
    expect(shapes(text)).toEqual(['paragraph', 'blockquote of 2', 'paragraph', 'paragraph'])
    // The same paragraphs on one line each: no width to compare, the second stays a paragraph.
    expect(shapes(text.replace(/(?<!\n)\n(?!\n)/g, ' ').replace(/ {2,}/g, ' '))).toEqual(['paragraph', 'blockquote of 1', 'paragraph', 'paragraph', 'paragraph'])
  })
})

describe('the notes after the body', () => {
  it('keeps later notes on their numbers when one is lost, and says where', () => {
    const text = 'A.1 B.2 C.3 D.4\n\n\nNote one.\n\n\nNote two.\n\n\n\n\nNote four.'
    const {tree, diagnostics} = parse(text)
    const defs = tree.children.filter((c): c is FootnoteDefinition => c.type === 'footnoteDefinition')
    expect(defs.map((d) => [d.data?.number, d.data?.missing ?? false, toString(d)])).toEqual([
      [1, false, 'Note one.'],
      [2, false, 'Note two.'],
      [3, true, ''],
      [4, false, 'Note four.']
    ])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({severity: 'warning', source: 'parser:text'})
    expect(diagnostics[0]?.position?.start.line).toBe(8)
  })

  it('does not take one unnumbered note that begins with a number for a numbered list', () => {
    const {tree, diagnostics} = parse('A.1 B.2 C.3\n\n\n1 October 1949, in the city archive.\n\n\nNote two.\n\n\nNote three.')
    const defs = tree.children.filter((c): c is FootnoteDefinition => c.type === 'footnoteDefinition')
    expect(defs.map((d) => toString(d))).toEqual(['1 October 1949, in the city archive.', 'Note two.', 'Note three.'])
    expect(diagnostics).toEqual([])
  })

  it('reports a note numbered twice', () => {
    const {tree, diagnostics} = parse('A.1 B.2\n\nNotes\n\n1. One.\n1. Again.\n2. Two.')
    const defs = tree.children.filter((c): c is FootnoteDefinition => c.type === 'footnoteDefinition')
    expect(defs.map((d) => toString(d))).toEqual(['One.\n1. Again.', 'Two.'])
    expect(diagnostics.map((d) => [d.message, d.position?.start.line])).toEqual([['note 1 is numbered twice: the second is read as part of the first', 6]])
  })

  it('does not take the gap after the note on the title for a lost note unless it is clearly wide', () => {
    // The thanks stand three blank lines apart (as in the journal's export); the last note is lost.
    const text = 'A.1 B.2 C.3\n\n\nThe author thanks the council.\n\n\n\nNote one.\n\n\nNote two.'
    const {tree, diagnostics} = parse(text)
    const defs = tree.children.filter((c): c is FootnoteDefinition => c.type === 'footnoteDefinition')
    expect(defs.map((d) => toString(d))).toEqual(['Note one.', 'Note two.', ''])
    expect(defs[2]?.data).toEqual({number: 3, missing: true})
    expect(diagnostics.map((d) => d.severity)).toEqual(['info', 'warning'])
    expect(diagnostics[1]?.message).toMatch(/^note 3 is missing in the source .*put last/)
  })

  it('takes a gap merely wider than usual for the lost note, and says it is a guess', () => {
    const text = 'A.1 B.2 C.3 D.4\n\n\nNote one.\n\n\nNote two.\n\n\n\nNote four.'
    const {tree, diagnostics} = parse(text)
    const defs = tree.children.filter((c): c is FootnoteDefinition => c.type === 'footnoteDefinition')
    expect(defs.map((d) => toString(d))).toEqual(['Note one.', 'Note two.', '', 'Note four.'])
    expect(diagnostics.map((d) => d.message.slice(0, 40))).toEqual(['3 note paragraphs for 4 references: wher', 'note 3 is missing in the source (3 note '])
  })

  it('says when it cannot tell where the lost note stood', () => {
    const {tree, diagnostics} = parse('A.1 B.2 C.3\n\n\nNote one.\n\n\nNote two.')
    const defs = tree.children.filter((c): c is FootnoteDefinition => c.type === 'footnoteDefinition')
    expect(defs.at(-1)?.data).toEqual({number: 3, missing: true})
    expect(diagnostics[0]?.message).toMatch(/no wider gap shows where it stood/)
  })
})

describe('speed', () => {
  // Its time is measured by `npm run bench` (target ≤ 2 s), not asserted here.
  it('reads 10 MB of text with 9,000 notes, every reference and note found', {tags: ['slow']}, () => {
    // Up to 9,999 notes (four digits, as far as references go): long paragraphs make up the size.
    const sentence = (n: number) => `In ${1800 + (n % 200)} the council counted ${n % 97},000 loads, some 2.5 million in all, and the ledgers kept every figure.`
    const paragraph = (n: number) => `${Array.from({length: 11}, () => sentence(n)).join(' ')}${n}`
    const count = 9_000
    const parts: string[] = []
    for (let n = 1; n <= count; n++) parts.push(paragraph(n), '\n\n')
    parts.push('\n')
    for (let n = 1; n <= count; n++) parts.push(`Ledger ${n}, fol. ${n % 300}, a long enough note to weigh something in the file.\n\n\n`)
    const text = parts.join('')
    expect(text.length).toBeGreaterThan(10_000_000)
    const {tree, diagnostics} = parse(text)
    expect(references(tree)).toHaveLength(count)
    expect(tree.children.filter((c) => c.type === 'footnoteDefinition')).toHaveLength(count)
    expect(diagnostics).toEqual([])
  })
})
