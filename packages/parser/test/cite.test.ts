import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {parse} from '@octavo/parser'
import type {Citation, CitationItem, Root} from '@octavo/parser'
import {formatCitation, parseCitation, parseSuffix} from '../src/lib/cite.js'

const md = (text: string) => parse(text, {format: 'markdown'}).tree

function citations(tree: Root): Citation[] {
  const found: Citation[] = []
  const walk = (node: {type: string; children?: unknown[]}) => {
    if (node.type === 'citation') found.push(node as Citation)
    for (const child of node.children ?? []) walk(child as {type: string})
  }
  walk(tree)
  return found
}

describe('Pandoc citation syntax', () => {
  const table: Array<[string, CitationItem[]]> = [
    ['[@doe99]', [{key: 'doe99'}]],
    ['[@doe99, p. 33]', [{key: 'doe99', locator: '33', label: 'page'}]],
    [
      '[see @doe99, pp. 33-35; also @smith04, chap. 1]',
      [
        {key: 'doe99', prefix: 'see', locator: '33-35', label: 'page'},
        {key: 'smith04', prefix: 'also', locator: '1', label: 'chapter'}
      ]
    ],
    ['[@doe99, 33]', [{key: 'doe99', locator: '33', label: 'page'}]],
    ['[@doe99, p. 33 and passim]', [{key: 'doe99', locator: '33', label: 'page', suffix: 'and passim'}]],
    ['[@doe99, emphasis added]', [{key: 'doe99', suffix: 'emphasis added'}]],
    ['[-@doe99]', [{key: 'doe99', suppressAuthor: true}]],
    ['[see -@doe99, vol. ii]', [{key: 'doe99', prefix: 'see', locator: 'ii', label: 'volume', suppressAuthor: true}]],
    ['[@doe99, sec. 4, 6–8]', [{key: 'doe99', locator: '4, 6–8', label: 'section'}]],
    ['[@{ISBN 978-0}, § 3]', [{key: 'ISBN 978-0', locator: '3', label: 'section'}]],
    ['[@Wu:2020.a]', [{key: 'Wu:2020.a'}]],
    ['@doe99', [{key: 'doe99', authorInText: true}]],
    ['@doe99 [p. 33]', [{key: 'doe99', locator: '33', label: 'page', authorInText: true}]],
    ['@doe99 [n. 4, with a twist]', [{key: 'doe99', locator: '4', label: 'note', suffix: 'with a twist', authorInText: true}]]
  ]
  for (const [text, items] of table) {
    it(`reads ${text}`, () => {
      expect(parseCitation(text)).toEqual(items)
      const [citation] = citations(md(`Before ${text} after.`))
      expect(citation).toMatchObject({type: 'citation', value: text, items})
    })
  }

  it('is not a citation when a part has no key, or the key is glued to a word', () => {
    expect(parseCitation('[see p. 5]')).toBeUndefined()
    expect(parseCitation('[@doe; see p. 5]')).toBeUndefined()
    expect(parseCitation('[mail@doe]')).toBeUndefined()
  })

  it('reads labels and bare numbers in a suffix', () => {
    expect(parseSuffix(', pp. 46, 302–303')).toEqual({locator: '46, 302–303', label: 'page'})
    expect(parseSuffix(', chapters 3-4')).toEqual({locator: '3-4', label: 'chapter'})
    expect(parseSuffix(' fig. 2b')).toEqual({locator: '2b', label: 'figure'})
    expect(parseSuffix(', s.v. 12')).toEqual({locator: '12', label: 'sub-verbo'})
    expect(parseSuffix(', page one')).toEqual({suffix: 'page one'})
    expect(parseSuffix('')).toEqual({})
  })

  it('writes items back as the same citation (property)', () => {
    const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}(?:[:.-][A-Za-z0-9]{1,4})?$/)
    const word = fc.stringMatching(/^[a-z]{1,8}$/)
    const item = fc
      .record(
        {
          key,
          prefix: fc.array(word, {minLength: 1, maxLength: 3}).map((w) => w.join(' ')),
          locator: fc.oneof(
            fc.integer({min: 1, max: 999}).map(String),
            fc.tuple(fc.integer({min: 1, max: 99}), fc.integer({min: 100, max: 999})).map(([a, b]) => `${a}–${b}`)
          ),
          label: fc.constantFrom('page', 'chapter', 'volume', 'section', 'note', 'figure', 'line'),
          suffix: fc.array(word, {minLength: 1, maxLength: 3}).map((w) => w.join(' ')),
          suppressAuthor: fc.constant(true)
        },
        {requiredKeys: ['key']}
      )
      .map((i): CitationItem => {
        const {label, locator, ...rest} = i
        return locator === undefined ? rest : {...rest, locator, label: label ?? 'page'}
      })
    fc.assert(
      fc.property(fc.array(item, {minLength: 1, maxLength: 3}), (items) => {
        expect(parseCitation(formatCitation(items))).toEqual(items)
      }),
      {numRuns: 300, seed: 20261128}
    )
  })
})

describe('citations in the tree', () => {
  it('splits text around citations with positions into the source', () => {
    const tree = md('As @doe99 [p. 3] shows [see @roe05; @poe]; done.\n')
    const paragraph = tree.children[0]
    expect(paragraph?.type).toBe('paragraph')
    if (paragraph?.type !== 'paragraph') return
    expect(paragraph.children.map((c) => [c.type, 'value' in c ? c.value : '', c.position?.start.column, c.position?.end.column])).toEqual([
      ['text', 'As ', 1, 4],
      ['citation', '@doe99 [p. 3]', 4, 17],
      ['text', ' shows ', 17, 24],
      ['citation', '[see @roe05; @poe]', 24, 42],
      ['text', '; done.', 42, 49]
    ])
  })

  it('never reads e-mails, code, links, escaped text or footnote labels as citations', () => {
    const tree = md('Write to jane@example.org or jane.doe@uni.edu, run `pip install x@1`, see [@doe](https://x.org), \\@roe and \\[\\@poe] stay, price@2.\n\n```\n@decorator\n[@code]\n```\n')
    expect(citations(tree)).toEqual([])
  })

  it('reads a bracketed citation whose prefix or suffix has markup as one citation, markup kept as written', () => {
    const tree = md('As [see *The Book* by @doe99, p. 3 and **passim**] says.\n')
    const paragraph = tree.children[0]
    expect(paragraph?.type === 'paragraph' && paragraph.children.map((c) => c.type)).toEqual(['text', 'citation', 'text'])
    expect(citations(tree)).toMatchObject([
      {
        value: '[see *The Book* by @doe99, p. 3 and **passim**]',
        items: [{key: 'doe99', prefix: 'see *The Book* by', locator: '3', label: 'page', suffix: 'and **passim**'}],
        position: {start: {column: 4}, end: {column: 51}}
      }
    ])
    // Not across a nested bracket, not when the bracket is escaped.
    expect(citations(md('[a *b* [@doe99] c]\n')).map((c) => c.value)).toEqual(['[@doe99]'])
    expect(citations(md('\\[see *b* @doe99]\n')).map((c) => c.value)).toEqual(['@doe99'])
  })

  it('finds citations around bare addresses, which GFM turns into links', () => {
    const source = 'See [@doe99] at https://example.org/a_b and www.example.com, or jane@example.org [@roe05, p. 2].\n'
    const tree = md(source)
    const column = source.indexOf('[@roe05') + 1
    expect(citations(tree).map((c) => [c.value, c.position?.start.column, c.position?.end.column])).toEqual([
      ['[@doe99]', 5, 13],
      ['[@roe05, p. 2]', column, column + 14]
    ])
    const walk = (node: {position?: unknown; children?: unknown[]}): void => {
      expect(node.position).toBeDefined()
      for (const child of node.children ?? []) walk(child as typeof node)
    }
    walk(tree.children[0]!)
  })

  it('finds citations inside notes, emphasis and headings, and strips trailing punctuation from keys', () => {
    const tree = md('# On @doe99\n\nIt is *so [@roe05]*.[^1]\n\n[^1]: See @poe01.\n')
    expect(citations(tree).map((c) => c.items[0]?.key)).toEqual(['doe99', 'roe05', 'poe01'])
  })
})
