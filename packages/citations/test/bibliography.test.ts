import {readFileSync} from 'node:fs'
import type {PhrasingContent, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {describe, expect, test} from 'vitest'
import type {CslItem} from '@octavo/parser'
import {appendBibliography, bibliographyNode, formatBibliography} from '../src/index.js'
import {gold} from './gold-data.js'

const style = readFileSync(new URL('../styles/chicago-notes-bibliography.csl', import.meta.url), 'utf8')

function types(nodes: readonly PhrasingContent[]): string[] {
  return nodes.flatMap((node) => ['children' in node ? types(node.children as PhrasingContent[]) : [], node.type].flat())
}

describe('bibliographyNode', () => {
  const node = bibliographyNode(gold.items, {style})
  const text = formatBibliography(gold.items, {style, format: 'text'}).trimEnd().split('\n')

  test('one bibliographyEntry per item, ids = CSL ids, in the order of the text bibliography', () => {
    expect(node.type).toBe('bibliography')
    expect(node.title).toBe('Bibliography')
    expect(node.children).toHaveLength(gold.items.length)
    expect(new Set(node.children.map((entry) => entry.id))).toEqual(new Set(gold.items.map((item) => item.id)))
    // the text of each entry is exactly the text bibliography's line
    expect(node.children.map((entry) => toString(entry))).toEqual(text)
  })

  test('entries hold only text, emphasis and link', () => {
    const seen = new Set(node.children.flatMap((entry) => types(entry.children)))
    expect([...seen].sort()).toEqual(['emphasis', 'link', 'text'])
  })

  test('italic titles become emphasis, URLs links, translations stay roman', () => {
    const sun = node.children.find((entry) => entry.id === 'sun2009')
    expect(sun?.children).toEqual([
      {type: 'text', value: 'Sun, Chunri. '},
      {type: 'emphasis', children: [{type: 'text', value: 'Zhongguo Chaoxianzu yiminshi'}]},
      {type: 'text', value: ' [A History of Migration of the Koreans in China]. Beijing: Zhonghua Shuju, 2009.'}
    ])
    const smith = node.children.find((entry) => entry.id === 'smith-nkidp-edossier11')
    expect(smith?.children).toContainEqual({
      type: 'link',
      url: 'http://www.wilsoncenter.org/nkidp',
      children: [{type: 'text', value: 'http://www.wilsoncenter.org/nkidp'}]
    })
  })

  test('HTML entities and special characters come through as text', () => {
    const items: CslItem[] = [{id: 'amp', type: 'book', title: 'Rock & Roll <Live>', publisher: 'A & B', issued: {'date-parts': [[2000]]}}]
    const entry = bibliographyNode(items, {style}).children[0]
    expect(toString(entry)).toBe('Rock & Roll <Live>. A & B, 2000.')
  })

  test('a title of our choice; no items, no entries', () => {
    expect(bibliographyNode([], {style, title: 'Works Cited'})).toEqual({
      type: 'bibliography',
      title: 'Works Cited',
      children: []
    })
  })
})

describe('appendBibliography', () => {
  test('appends the node at the end of the root', () => {
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'Body.'}]}]}
    const out = appendBibliography(tree, gold.items.slice(0, 3), {style})
    expect(out).toBe(tree)
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'bibliography'])
    expect(tree.children[1]).toEqual(bibliographyNode(gold.items.slice(0, 3), {style}))
  })

  test('no items: the tree is left as it was', () => {
    const tree: Root = {type: 'root', children: []}
    appendBibliography(tree, [], {style})
    expect(tree.children).toEqual([])
  })
})
