/**
 * Raw HTML blocks read into the tree (src/lib/markdown-html.ts): each case
 * names what it exists for, the HTML as the lessons write it, and the tree
 * it becomes, written back as Markdown by `toMarkdown` (what a reader of the
 * edition sees), plus what Markdown cannot show (`data.alert`, `data.lang`).
 */
import {describe, expect, it} from 'vitest'
import type {Nodes, Root} from 'mdast'
import {parse, toMarkdown} from '@octavo/parser'
import {LIMITS} from '../src/lib/limits.js'
import {htmlDepth, unbalanced} from '../src/lib/markdown-html.js'
import {eachNode} from '@octavo/tree'

const md = (text: string, typography = false) => parse(text, {format: 'markdown', typography})

function find<T extends Nodes['type']>(tree: Root, type: T): Array<Extract<Nodes, {type: T}>> {
  const found: Array<Extract<Nodes, {type: T}>> = []
  eachNode(tree, (node) => {
    if (node.type === type) found.push(node as Extract<Nodes, {type: T}>)
    return true
  })
  return found
}

interface Case {
  name: string
  /** The HTML (with the Markdown around it) as an article writes it. */
  example: string
  /** The tree, as `toMarkdown` writes it. */
  becomes: string
  /** What the Markdown cannot show. */
  holds?: (tree: Root) => void
  typography?: boolean
}

const CASES: Case[] = [
  {
    name: 'an alert is a block quotation, its kind in data.alert, the Markdown in it read (the stylometry lesson)',
    example: '<div class="alert alert-warning">\nIf the files fail to load, see the `data` folder, **not** _this_.\n</div>\n',
    becomes: '> If the files fail to load, see the `data` folder, **not** *this*.\n',
    holds: (tree) => expect(find(tree, 'blockquote').map((q) => q.data)).toEqual([{alert: 'warning'}])
  },
  {
    name: 'a bare `alert` class is a note',
    example: '<div class="alert">\nMind the gap.\n</div>\n',
    becomes: '> Mind the gap.\n',
    holds: (tree) => expect(find(tree, 'blockquote')[0]?.data).toEqual({alert: 'note'})
  },
  {
    name: 'HTML phrasing elements are mdast phrasing (the French lesson: <i>, <code>, <a>)',
    example: '<div>\nThe <i>baseline</i>, the <b>layout</b>, the button <code>Info</code> and <a href="#definition">the needs</a>.\n</div>\n',
    becomes: 'The *baseline*, the **layout**, the button `Info` and [the needs](#definition).\n'
  },
  {
    name: 'a table: its caption a paragraph before it, Markdown in its cells read (the French lesson, table 2)',
    example:
      '<table>\n<caption>Tableau&nbsp;2&nbsp;: Lecture du <i>α</i></caption>\n<thead>\n<tr><th>Transcription</th><th>Variation</th></tr>\n</thead>\n<tbody>\n<tr>\n<td markdown="span">**ἀ**ληθινῷ</td>\n<td markdown="span">**ἀ**</td>\n</tr>\n</tbody>\n</table>\n',
    becomes: 'Tableau\u00a02\u00a0: Lecture du *α*\n\n| Transcription | Variation |\n| ------------- | --------- |\n| **ἀ**ληθινῷ   | **ἀ**     |\n'
  },
  {
    name: 'a table without a head: no empty header row, and data.headerless (its first row is not a header)',
    example: '<table>\n<tr><td>a</td><td>b</td></tr>\n<tr><td>c</td><td>d</td></tr>\n</table>\n',
    becomes: '| a | b |\n| - | - |\n| c | d |\n',
    holds: (tree) => expect(find(tree, 'table').map((table) => table.data)).toEqual([{headerless: true}])
  },
  {
    name: 'a table whose first row is <th> cells, or with a <thead>, has its header',
    example: '<table>\n<tr><th>a</th><th>b</th></tr>\n<tr><td>c</td><td>d</td></tr>\n</table>\n\n<table>\n<thead><tr><td>e</td></tr></thead>\n<tbody><tr><td>f</td></tr></tbody>\n</table>\n',
    becomes: '| a | b |\n| - | - |\n| c | d |\n\n| e |\n| - |\n| f |\n',
    holds: (tree) => expect(find(tree, 'table').map((table) => table.data?.headerless)).toEqual([undefined, undefined])
  },
  {
    name: 'a caption in a wrapper before a Markdown table is a paragraph (the French lesson, table 1)',
    example: '<div class="table-wrapper" markdown="block">\n<caption>Tableau&nbsp;1&nbsp;: Diacritiques</caption>\n\n| Signe | Code |\n| --- | --- |\n| ᾿ | U+1FBF |\n\n</div>\n',
    becomes: 'Tableau\u00a01\u00a0: Diacritiques\n\n| Signe | Code   |\n| ----- | ------ |\n| ᾿     | U+1FBF |\n'
  },
  {
    name: 'a table of figures only is its figures (the French lesson, figure 0 side by side)',
    example:
      '<table>\n<tr>\n<td>\n{% include figure.html filename="a.jpg" alt="A" caption="Figure 0: left" %}</td>\n<td>\n{% include figure.html filename="b.jpg" alt="B" caption="Figure 0: right" %}\n</td>\n</tr>\n</table>\n',
    becomes: '![A](a.jpg "Figure 0: left")\n\n![B](b.jpg "Figure 0: right")\n'
  },
  {
    name: 'a figure in a table with text stays in its cell (the French lesson, table 3)',
    example:
      '<table>\n<thead><tr><th>Source</th><th>Data</th></tr></thead>\n<tbody><tr><td><code>gaza-iliad</code></td><td>{% include figure.html filename="gaza/14.png" alt="A line" caption="" %}</td></tr></tbody>\n</table>\n',
    becomes: '| Source       | Data                   |\n| ------------ | ---------------------- |\n| `gaza-iliad` | ![A line](gaza/14.png) |\n'
  },
  {
    name: 'a lang attribute is data.lang, and the typography follows it',
    example: '<p lang="fr">"Oui", dit-il.</p>\n\n<div>\nHe said <span lang="de">"ja"</span> twice.\n</div>\n',
    becomes: '«\u202fOui\u202f», dit-il.\n\nHe said „ja“ twice.\n',
    typography: true,
    holds: (tree) => {
      expect(tree.children[0]?.data).toEqual({lang: 'fr'})
      expect(
        find(tree, 'text')
          .filter((text) => text.data?.lang)
          .map((text) => [text.value, text.data?.lang])
      ).toEqual([['„ja“', 'de']])
    }
  },
  {
    name: 'an inline <span lang> in a paragraph: its tags go, what it holds carries data.lang (texts and emphasis), and the typography follows it',
    example: 'He said <span lang="fr">"oui" *mon ami*</span> and <span lang=\'de\'>"ja" <span lang="la">sic</span></span>.\n',
    becomes: 'He said «\u202foui\u202f» *mon ami* and „ja“ sic.\n',
    typography: true,
    holds: (tree) => {
      expect(
        find(tree, 'text')
          .filter((text) => text.data?.lang)
          .map((text) => [text.value, text.data?.lang])
      ).toEqual(
        [
          ['«\u202foui\u202f» ', 'fr'],
          ['mon ami', undefined],
          ['„ja“ ', 'de'],
          ['sic', 'la']
        ].filter(([, lang]) => lang)
      )
      expect(find(tree, 'emphasis').map((node) => node.data?.lang)).toEqual(['fr'])
    }
  },
  {
    name: 'a lone phrasing element in an HTML block is a paragraph (it stood among the blocks)',
    example: 'Before.\n\n<a href="https://example.org">\nThe site\n</a>\n\nAfter.\n',
    becomes: 'Before.\n\n[The site](https://example.org)\n\nAfter.\n',
    holds: (tree) => expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
  },
  {
    name: 'comments go; a block of comments only stays (`<!-- note missing in the source -->` means a lost note)',
    example: '<div>\nA<!-- hidden -->B\n</div>\n\n<!-- kept -->\n',
    becomes: 'AB\n\n<!-- kept -->\n'
  },
  {
    name: 'a note reference inside HTML is a note reference',
    example: '<div class="alert alert-info">\nSee the note.[^1]\n</div>\n\n[^1]: The note.\n',
    becomes: '> See the note.[^1]\n\n[^1]: The note.\n',
    holds: (tree) => expect(find(tree, 'footnoteReference').map((ref) => ref.data?.number)).toEqual([1])
  },
  {
    name: 'an escaped tag stays text: `&lt;b&gt;` is not HTML again',
    example: '<div>\n&lt;b&gt; is a tag, 3 &lt; 4.\n</div>\n',
    becomes: '\\<b> is a tag, 3 < 4.\n'
  },
  {
    name: 'a closing tag alone (the end of a wrapper) leaves nothing',
    example: 'Text.\n\n</div>\n',
    becomes: 'Text.\n'
  }
]

describe('HTML blocks read into the tree', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const {tree, diagnostics} = md(c.example, c.typography)
      expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
      expect(toMarkdown(tree)).toBe(c.becomes)
      expect(
        find(tree, 'html')
          .map((node) => node.value)
          .filter((value) => !value.startsWith('<!--'))
      ).toEqual([])
      c.holds?.(tree)
    })
  }

  it('places what HTML becomes where it is written, inside a block quotation too (a text found in the source as it is)', () => {
    const {tree} = md('Intro.\n\n<div class="alert">\nA **bold** word.\n</div>\n')
    const strong = find(tree, 'strong')[0]
    expect([strong?.position?.start, strong?.position?.end].map((p) => `${p?.line}:${p?.column}`)).toEqual(['4:3', '4:11'])
    const quoted = md('> <div class="alert">\n> A **bold** word.\n> </div>\n').tree
    const inner = find(quoted, 'strong')[0]
    expect([inner?.position?.start, inner?.position?.end].map((p) => `${p?.line}:${p?.column}`)).toEqual(['2:5', '2:13'])
    // A text whose white space the HTML reading changed (a line break inside) is placed at its element.
    const folded = md('<div>\nA **bold**\nword.\n</div>\n').tree
    expect(find(folded, 'strong')[0]?.position).toMatchObject({start: {line: 1, column: 6}, end: {line: 4, column: 1}})
  })

  it('gives every node a position', () => {
    const {tree} = md(CASES.map((c) => c.example).join('\n'))
    eachNode(tree, (node) => {
      if (node.type !== 'root') expect(node.position, node.type).toBeDefined()
      return true
    })
  })
})

describe('inline spans that name no language, or do not close where they open, stay as written', () => {
  it.each([
    ['no lang', 'A <span class="x">plain</span> word.\n', ['<span class="x">', '</span>']],
    ['an empty lang', 'A <span lang="">plain</span> word.\n', ['<span lang="">', '</span>']],
    ['closed in another paragraph', 'A <span lang="fr">mot\n\nlà</span> here.\n', ['<span lang="fr">', '</span>']]
  ])('%s', (_, example, html) => {
    const {tree} = md(example)
    expect(find(tree, 'html').map((node) => node.value)).toEqual(html)
    expect(find(tree, 'text').some((text) => text.data?.lang)).toBe(false)
  })
})

describe('<iframe>: embedded content an edition cannot show', () => {
  it('is an image with data.embed (its address, its title), alone in a paragraph; one warning each, at it', () => {
    const {tree, diagnostics} = md(
      'Before.\n\n<iframe src="https://www.youtube.com/embed/abc" title="A talk" width="560"></iframe>\n\n<div>\nSee <iframe src="https://example.org/map"></iframe> here.\n</div>\n'
    )
    const images = find(tree, 'image')
    expect(images.map(({url, alt, title, data}) => ({url, alt, title, data}))).toEqual([
      {url: 'https://www.youtube.com/embed/abc', alt: 'A talk', title: 'A talk', data: {embed: 'iframe'}},
      {url: 'https://example.org/map', alt: '', title: 'https://example.org/map', data: {embed: 'iframe'}}
    ])
    expect(tree.children[1]).toMatchObject({type: 'paragraph', children: [{type: 'image'}]})
    expect(diagnostics.map((d) => `${d.position?.start.line}:${d.position?.start.column}: ${d.severity}: ${d.message}`)).toEqual([
      '3:1: warning: an <iframe> ("A talk", https://www.youtube.com/embed/abc) cannot be shown in print or an e-book: a placeholder with its title and address stands in its place',
      '6:5: warning: an <iframe> (https://example.org/map) cannot be shown in print or an e-book: a placeholder with its title and address stands in its place'
    ])
  })
})

describe('htmlDepth limit', () => {
  const nested = (n: number) => `${'<blockquote>'.repeat(n)}x${'</blockquote>'.repeat(n)}\n`

  it('estimates nesting from the tags, void and self-closed elements left out', () => {
    expect(htmlDepth('<div><p>a<br>b<img src="x"/></p><p>c</p></div>')).toBe(2)
    expect(htmlDepth(nested(7))).toBe(7)
  })

  it(`reads ${LIMITS.htmlDepth.value} levels into the tree; past them the block stays raw HTML, with a warning at it`, () => {
    const at = md(nested(LIMITS.htmlDepth.value))
    expect(at.diagnostics).toEqual([])
    expect(find(at.tree, 'blockquote')).toHaveLength(LIMITS.htmlDepth.value)
    const past = md(`Text.\n\n${nested(LIMITS.htmlDepth.value + 1)}`)
    expect(past.diagnostics.map((d) => [d.severity, d.source, d.position?.start.line])).toEqual([['warning', 'parser:limits', 3]])
    expect(past.tree.children.map((node) => node.type)).toEqual(['paragraph', 'html'])
  })
})

describe('unbalanced: an HTML block that opens a phrasing element another block closes stays raw', () => {
  it('names what a block leaves open or closes without opening (optional end tags, void and self-closed elements aside)', () => {
    expect(unbalanced('<div class="alert">Text <b>bold</b></div>')).toEqual([])
    expect(unbalanced('<table><tr><td>a<td>b</table>')).toEqual([])
    expect(unbalanced('<p>One<p>Two<br><img src="x"/>')).toEqual([])
    expect(unbalanced('<b>')).toEqual(['b'])
    expect(unbalanced('</b>')).toEqual(['b'])
    expect(unbalanced('<div class="table-wrapper" markdown="block">')).toEqual(['div'])
  })

  it('<b> … </b> around paragraphs: both tags stay html nodes, the paragraphs between them are read (the renderers repair it)', () => {
    const {tree} = md('<b>\n\nPara one.\n\nPara two.\n\n</b>\n\nAfter.\n')
    expect(tree.children.map((node) => (node.type === 'html' ? node.value : node.type))).toEqual(['<b>', 'paragraph', 'paragraph', '</b>', 'paragraph'])
  })
})
