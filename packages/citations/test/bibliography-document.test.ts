import {readFileSync} from 'node:fs'
import {fromHtml} from 'hast-util-from-html'
import type {Element, Nodes} from 'hast'
import {describe, expect, it} from 'vitest'
import {bibliographyDocument} from '../src/index.js'
import type {CslItem} from '@octavo/parser'

/** Elements of `tree` with this tag (and class), in document order. */
function selectAll(tag: string, tree: Nodes, className?: string): Element[] {
  const out: Element[] = []
  const walk = (node: Nodes): void => {
    if (node.type === 'element' && node.tagName === tag && (!className || (node.properties.className as string[] | undefined)?.includes(className))) out.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return out
}
const select = (tag: string, tree: Nodes, className?: string): Element | undefined => selectAll(tag, tree, className)[0]
function toString(node: Nodes): string {
  return node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => toString(c)).join('') : ''
}

const style = readFileSync(new URL('../styles/chicago-notes-bibliography.csl', import.meta.url), 'utf8')
// Invented works.
const items: CslItem[] = [
  {
    id: 'vellido2011',
    type: 'book',
    author: [{family: 'Vellido', given: 'Marta'}],
    title: 'The Salt Roads of Castile',
    publisher: 'Ediciones Norte',
    'publisher-place': 'Madrid',
    issued: {'date-parts': [[2011]]}
  },
  {
    id: 'reinholt1998',
    type: 'article-journal',
    author: [{family: 'Reinholt', given: 'Tomas'}],
    title: 'Ledger Towns',
    'container-title': 'Journal of Maritime Commerce',
    volume: '12',
    issue: '3',
    page: '201-230',
    issued: {'date-parts': [[1998]]}
  }
]

describe('bibliographyDocument', () => {
  it('is a whole page: doctype, language, character set, title, style sheet, one entry per item in the style’s order', () => {
    const html = bibliographyDocument(items, {style, lang: 'fr', heading: 'Bibliographie', source: 'Routes & <marchés>'})
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true)
    const tree = fromHtml(html)
    expect(selectAll('meta', tree).find((m) => m.properties.charSet === 'utf-8')).toBeTruthy()
    expect(toString(select('title', tree)!)).toBe('Bibliographie — Routes & <marchés>')
    expect(toString(select('h1', tree)!)).toBe('Bibliographie')
    expect(toString(select('p', tree, 'source')!)).toBe('Routes & <marchés>')
    expect(toString(select('style', tree)!)).toMatch(/\.csl-entry \{[^}]*text-indent: -2em/)
    const entries = selectAll('div', tree, 'csl-entry').map((e) => toString(e))
    expect(entries).toHaveLength(2)
    expect(entries[0]).toMatch(/^Reinholt, Tomas/)
    expect(entries[1]).toMatch(/^Vellido, Marta/)
  })

  it('formats the entries in the locale of `lang` (a French bibliography says « et », not “and”)', () => {
    const two: CslItem[] = [
      {
        ...items[0]!,
        author: [
          {family: 'Vellido', given: 'Marta'},
          {family: 'Ortiz', given: 'Luis'}
        ]
      }
    ]
    expect(toString(select('div', fromHtml(bibliographyDocument(two, {style, lang: 'fr', heading: 'Bibliographie'})), 'csl-entry')!)).toContain(' et Luis Ortiz')
    expect(toString(select('div', fromHtml(bibliographyDocument(two, {style, heading: 'Bibliography'})), 'csl-entry')!)).toContain(' and Luis Ortiz')
  })

  it('writes nothing for no items, and no source line when no source is given', () => {
    expect(bibliographyDocument([], {style, heading: 'Bibliography'})).toBe('')
    expect(bibliographyDocument(items, {style, heading: 'Bibliography'})).not.toContain('class="source"')
  })
})
