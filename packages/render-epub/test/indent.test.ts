import {expect, test} from 'vitest'
import {fromHtml} from 'hast-util-from-html'
import type {Element, Root} from 'hast'
import {toXhtml} from '../src/index.js'
import {indentCases, indentClass, markIndents, passedOver} from '../src/lib/indent.js'
import {classes, textOf} from '../src/lib/hast.js'
import {readFileSync} from 'node:fs'
import {parse, type ArticleMeta} from '@octavo/parser'
import {parse as parseYaml} from 'yaml'
import {md, shared} from './helpers.js'

/** Every paragraph of a content document with its text and whether it is indented. */
function paragraphs(xhtml: string): Array<{text: string; indented: boolean}> {
  const found: Array<{text: string; indented: boolean}> = []
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'p')
        found.push({
          text: textOf(child)
            .replace(/^\d+\.\s*/, '')
            .trim(),
          indented: classes(child).includes(indentClass)
        })
      walk(child)
    }
  }
  walk(fromHtml(xhtml))
  return found
}

test.each(indentCases.map((c) => [c.name, c] as const))('indent: %s', (_name, {markdown, indented}) => {
  const found = paragraphs(toXhtml(md(markdown)).xhtml)
  expect(found.length).toBeGreaterThan(0)
  expect(found.filter((p) => p.indented).map((p) => p.text)).toEqual(indented)
})

test('the footnote case is what p + p gets wrong: an aside stands between the two paragraphs', () => {
  const {xhtml} = toXhtml(md(passedOver[0]!.example))
  expect(xhtml).toMatch(/<p>One\.<sup[^]*<\/p>\s*<aside[^]*<\/aside>\s*<p class="indent">Two\.<\/p>/)
})

test('markIndents keeps the classes a paragraph has', () => {
  const root = fromHtml('<p>a</p><p class="x">b</p>', {fragment: true})
  markIndents(root)
  const second = root.children[1] as Element
  expect(classes(second)).toEqual(['x', indentClass])
})

test('the real article: every paragraph after a paragraph with its notes is indented, none after a quotation', () => {
  const meta = parseYaml(readFileSync(shared('corpus/koreans-1950-1962.meta.yaml'), 'utf8')) as ArticleMeta
  const {tree} = parse(readFileSync(shared('corpus/koreans-1950-1962.txt')), {format: 'text', meta})
  const seen = {afterNotes: 0, afterQuote: 0}
  const walk = (node: Root | Element): void => {
    const blocks = (node.children as Array<Root['children'][number]>).filter((child): child is Element => child.type === 'element')
    blocks.forEach((block, i) => {
      if (block.tagName === 'header') return // the title block's lines
      walk(block)
      if (block.tagName !== 'p' || i === 0) return
      let j = i - 1
      while (j > 0 && blocks[j]!.tagName === 'aside') j--
      const before = blocks[j]!.tagName
      if (before === 'p' && j < i - 1) seen.afterNotes++
      if (before === 'blockquote') seen.afterQuote++
      expect(classes(block).includes(indentClass), textOf(block).slice(0, 40)).toBe(before === 'p')
    })
  }
  walk(fromHtml(toXhtml(tree).xhtml))
  expect(seen).toEqual({afterNotes: 28, afterQuote: 7})
})
