import {describe, expect, test} from 'vitest'
import type {Root, RootContent} from 'mdast'
import {toXhtml} from '../src/index.js'

/**
 * The node → element mapping, as a table (the README's table says the same).
 * Each row: a node (in a root with a title), and what the content document
 * must contain for it.
 */
const p = (value: string) => ({type: 'paragraph' as const, children: [{type: 'text' as const, value}]})
const table: Array<[string, RootContent[], RegExp]> = [
  ['abstract', [{type: 'abstract', children: [p('Summary.')]}], /<section class="abstract" epub:type="abstract" role="doc-abstract" aria-label="Abstract">\s*<p>Summary\.<\/p>\s*<\/section>/],
  [
    'titleNote',
    [{type: 'titleNote', children: [p('Thanks.')]}],
    /<h1 class="title">T<sup class="noteref"><a epub:type="noteref" role="doc-noteref" href="#fn-title" id="fnref-title">\*<\/a><\/sup><\/h1>[^]*<aside id="fn-title" class="footnote" epub:type="footnote" role="doc-footnote">\s*<p><a href="#fnref-title" role="doc-backlink" class="note-label">\*<\/a> Thanks\.<\/p>/
  ],
  ['sectionBreak', [p('a'), {type: 'sectionBreak'}, p('b')], /<p>a<\/p>\s*<hr class="section-break" \/>\s*<p>b<\/p>/],
  ['thematicBreak', [{type: 'thematicBreak'}], /<hr class="section-break" \/>/],
  [
    'citation',
    [{type: 'paragraph', children: [{type: 'citation', value: '[@a; @b, p. 5]', items: [{key: 'a'}, {key: 'b', locator: '5'}]}]}],
    /<p><span class="citation" data-cites="a b">\[@a; @b, p\. 5\]<\/span><\/p>/
  ],
  [
    'citation made a note (data.noteNumber)',
    [
      {
        type: 'paragraph',
        children: [
          {type: 'text', value: 'As shown'},
          {type: 'citation', value: '[@a, p. 5]', items: [{key: 'a', locator: '5'}], data: {noteNumber: 2}},
          {type: 'text', value: '.'}
        ]
      }
    ],
    /<p>As shown<sup class="noteref"><a epub:type="noteref" role="doc-noteref" href="#fn2" id="fnref2">2<\/a><\/sup>\.<\/p>\s*<aside id="fn2" class="footnote" epub:type="footnote" role="doc-footnote">\s*<p><a href="#fnref2" role="doc-backlink" class="note-label">2\.<\/a> <span class="citation" data-cites="a">\[@a, p\. 5\]<\/span><\/p>/
  ],
  [
    'bibliography + bibliographyEntry',
    [{type: 'bibliography', title: 'Works Cited', children: [{type: 'bibliographyEntry', id: 'doe 2020', children: [{type: 'emphasis', children: [{type: 'text', value: 'Book'}]}]}]}],
    /<section class="bibliography" id="bibliography" epub:type="bibliography" role="doc-bibliography"><h2>Works Cited<\/h2><ul class="bibliography-entries"><li id="ref-doe-2020" class="csl-entry"><em>Book<\/em><\/li><\/ul><\/section>/
  ],
  [
    'footnoteReference + footnoteDefinition',
    [
      {
        type: 'paragraph',
        children: [
          {type: 'text', value: 'x'},
          {type: 'footnoteReference', identifier: '7', data: {number: 7}}
        ]
      },
      {type: 'footnoteDefinition', identifier: '7', data: {number: 7}, children: [p('Seven.')]}
    ],
    /<p>x<sup class="noteref"><a epub:type="noteref" role="doc-noteref" href="#fn7" id="fnref7">7<\/a><\/sup><\/p>\s*<aside id="fn7" class="footnote" epub:type="footnote" role="doc-footnote">\s*<p><a href="#fnref7" role="doc-backlink" class="note-label">7\.<\/a> Seven\.<\/p>/
  ],
  [
    'footnoteDefinition with data.restyled (--restyle-notes)',
    [
      {type: 'paragraph', children: [{type: 'footnoteReference', identifier: '1', data: {number: 1}}]},
      {
        type: 'footnoteDefinition',
        identifier: '1',
        data: {
          number: 1,
          restyled: [
            {type: 'text', value: 'Lee, '},
            {type: 'emphasis', children: [{type: 'text', value: 'Minority'}]},
            {type: 'text', value: ', 15.'}
          ]
        },
        children: [p('Lee, China’s Korean Minority, 15.')]
      }
    ],
    /<p><a href="#fnref1" role="doc-backlink" class="note-label">1\.<\/a> Lee, <em>Minority<\/em>, 15\.<\/p>/
  ],
  [
    'footnoteDefinition (missing)',
    [
      {type: 'paragraph', children: [{type: 'footnoteReference', identifier: '3', data: {number: 3}}]},
      {type: 'footnoteDefinition', identifier: '3', data: {number: 3, missing: true}, children: []}
    ],
    /<aside id="fn3" class="footnote missing" epub:type="footnote" role="doc-footnote">\s*<p class="note-missing"><a href="#fnref3" role="doc-backlink" class="note-label">3\.<\/a> \[note missing in the source\]<\/p>/
  ],
  ['heading', [{type: 'heading', depth: 1, children: [{type: 'text', value: 'Intro'}]}, p('a')], /<section id="intro">\s*<h2>Intro<\/h2>\s*<p>a<\/p>\s*<\/section>/],
  ['blockquote', [{type: 'blockquote', children: [p('Quoted.')]}], /<blockquote>\s*<p>Quoted\.<\/p>\s*<\/blockquote>/],
  ['code', [{type: 'code', lang: 'py', value: 'a < b'}], /<pre><code class="language-py">a &#x3C; b\n<\/code><\/pre>/],
  [
    'table',
    [{type: 'table', align: ['right'], children: [{type: 'tableRow', children: [{type: 'tableCell', children: [{type: 'text', value: 'h'}]}]}]}],
    /<table>\s*<thead>\s*<tr>\s*<th class="align-right">h<\/th>/
  ],
  ['image', [{type: 'paragraph', children: [{type: 'image', url: 'fig.png', alt: 'A figure'}]}], /<p><span class="image-alt">\[A figure\]<\/span><\/p>/],
  ['link (remote)', [{type: 'paragraph', children: [{type: 'link', url: 'https://example.org', children: [{type: 'text', value: 'site'}]}]}], /<a href="https:\/\/example\.org">site<\/a>/],
  [
    'link to a heading (its slug)',
    [
      {type: 'heading', depth: 2, children: [{type: 'text', value: 'Définition des besoins'}]},
      {type: 'paragraph', children: [{type: 'link', url: '#d%C3%A9finition-des-besoins', children: [{type: 'text', value: 'see'}]}]}
    ],
    /<section id="définition-des-besoins">[^]*<a href="#d%C3%A9finition-des-besoins">see<\/a>/
  ],
  ['link (local file)', [{type: 'paragraph', children: [{type: 'link', url: '../etc/passwd', children: [{type: 'text', value: 'file'}]}]}], /<span class="link">file<\/span>/],
  ['break', [{type: 'paragraph', children: [{type: 'text', value: 'a'}, {type: 'break'}, {type: 'text', value: 'b'}]}], /<p>a<br \/>\s*b<\/p>/]
]

describe('node → element', () => {
  test.each(table)('%s', (_name, children, expected) => {
    const tree: Root = {type: 'root', data: {meta: {title: 'T', lang: 'en'}}, children}
    const {xhtml} = toXhtml(tree)
    expect(xhtml).toMatch(expected)
  })

  test('section ids: slugs, unique, never a note or reserved id', () => {
    const heading = (value: string) => ({type: 'heading' as const, depth: 2 as const, children: [{type: 'text' as const, value}]})
    const tree: Root = {
      type: 'root',
      data: {meta: {title: 'T'}},
      children: [heading('Intro'), heading('Intro'), heading('Bibliography'), heading('FN 1'), heading('?!'), heading('Ça va, “bien”?')]
    }
    const {toc} = toXhtml(tree)
    expect(toc.map((entry) => entry.id)).toEqual(['intro', 'intro-1', 'bibliography-1', 'sec-4', 'sec-5', 'ça-va-bien'])
  })

  test('an unknown node type is a warning, and its content is kept', () => {
    const tree = {
      type: 'root',
      data: {meta: {title: 'T', lang: 'en'}},
      children: [{type: 'mystery', children: [{type: 'text', value: 'kept'}], position: {start: {line: 4, column: 2, offset: 9}, end: {line: 4, column: 8, offset: 15}}}]
    } as unknown as Root
    const {xhtml, diagnostics} = toXhtml(tree)
    expect(xhtml).toContain('kept')
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        message: 'unknown node type "mystery": rendered its content only',
        position: {start: {line: 4, column: 2, offset: 9}, end: {line: 4, column: 8, offset: 15}},
        source: 'render-epub:content'
      }
    ])
  })
})
