import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {parse} from '@octavo/parser'
import type {Diagnostic, Root} from '@octavo/parser'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import {blankTemplateTags} from '../src/lib/markdown-template.js'
import {createLocator} from '../src/lib/markdown-util.js'

const md = (text: string) => parse(text, {format: 'markdown'})
const strip = <T>(value: T): T => JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'position' ? undefined : v))) as T
const at = (d: Diagnostic | undefined) => (d?.position ? `${d.position.start.line}:${d.position.start.column}` : undefined)

describe('front matter', () => {
  it('normalizes title, authors as strings, date, lang, bibliography, csl and keeps other keys', () => {
    const {tree, diagnostics} = md(
      [
        '---',
        'title: |',
        '    Introduction to stylometry',
        'subtitle: A lesson',
        'authors:',
        '- François Dominic Laramée',
        '- Ludwig van Beethoven',
        '- Laramée, François',
        'date: 2018-04-21',
        'lang: fr',
        'bibliography: refs.bib',
        'csl: chicago.csl',
        'difficulty: 2',
        'topics: [distant-reading]',
        'doi: 10.46430/phen0078',
        '---',
        '',
        'Text.'
      ].join('\n')
    )
    expect(diagnostics).toEqual([])
    expect(tree.data?.meta).toEqual({
      title: 'Introduction to stylometry',
      subtitle: 'A lesson',
      author: [
        {given: 'François Dominic', family: 'Laramée'},
        {given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven'},
        {given: 'François', family: 'Laramée'}
      ],
      issued: {'date-parts': [[2018, 4, 21]]},
      lang: 'fr',
      bibliography: ['refs.bib'],
      csl: 'chicago.csl',
      difficulty: 2,
      topics: ['distant-reading'],
      DOI: '10.46430/phen0078'
    })
    expect(tree.children.map((child) => child.type)).toEqual(['paragraph'])
  })

  it('reads an author written as a string by the one name rule (@octavo/tree parseName): `Sun Chunri` is Sun, Chunri, as in the notes', () => {
    expect(md('---\nauthor: [Sun Chunri, Zhihua Shen, Kim Il Sung, Ludwig van Beethoven]\n---\nx').tree.data?.meta?.author).toEqual([
      {family: 'Sun', given: 'Chunri'},
      {family: 'Shen', given: 'Zhihua'},
      {family: 'Kim', given: 'Il Sung'},
      {family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van'}
    ])
  })

  it('accepts one author as a string, CSL name objects, a year, a month and a list of bibliographies', () => {
    expect(md('---\nauthor: Chahan Vidal-Gorène\ndate: 2023\n---\nx').tree.data?.meta).toEqual({
      author: [{given: 'Chahan', family: 'Vidal-Gorène'}],
      issued: {'date-parts': [[2023]]}
    })
    const meta = md('---\nauthor:\n  - family: Shen\n    given: Zhihua\n  - {literal: World Health Organization}\nissued: 2014-05\nbibliography: [a.bib, b.json]\n---\nx').tree.data?.meta
    expect(meta).toEqual({
      author: [{family: 'Shen', given: 'Zhihua'}, {literal: 'World Health Organization'}],
      issued: {'date-parts': [[2014, 5]]},
      bibliography: ['a.bib', 'b.json']
    })
    expect(md('---\ndate: Spring 2020\n---\nx').tree.data?.meta).toEqual({issued: {raw: 'Spring 2020'}})
  })

  it('warns on an author that is no name and keeps going', () => {
    const {tree, diagnostics} = md('---\nauthor: [Jane Doe, 42]\n---\nx')
    expect(tree.data?.meta?.author).toEqual([{given: 'Jane', family: 'Doe'}])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({severity: 'warning', source: 'parser:front-matter'})
    expect(at(diagnostics[0])).toBe('2:9')
  })

  it('makes `abstract:` the first child and `thanks:` a titleNote, Markdown inside, not meta', () => {
    const {tree} = md('---\ntitle: T\nabstract: "An *abstract*.\\n\\nSecond paragraph."\nthanks: We thank [the archivists](https://example.org).\n---\n\nBody.\n')
    expect(tree.data?.meta).toEqual({title: 'T'})
    expect(strip(tree.children)).toEqual([
      {
        type: 'abstract',
        children: [
          {
            type: 'paragraph',
            children: [
              {type: 'text', value: 'An '},
              {type: 'emphasis', children: [{type: 'text', value: 'abstract'}]},
              {type: 'text', value: '.'}
            ]
          },
          {type: 'paragraph', children: [{type: 'text', value: 'Second paragraph.'}]}
        ]
      },
      {
        type: 'titleNote',
        children: [
          {
            type: 'paragraph',
            children: [
              {type: 'text', value: 'We thank '},
              {type: 'link', title: null, url: 'https://example.org', children: [{type: 'text', value: 'the archivists'}]},
              {type: 'text', value: '.'}
            ]
          }
        ]
      },
      {type: 'paragraph', children: [{type: 'text', value: 'Body.'}]}
    ])
    // Every node of the abstract has the position of the YAML value.
    expect(tree.children[0]?.position?.start).toEqual({line: 3, column: 11, offset: 23})
  })

  it('reads citations in the abstract, next to an address too', () => {
    const {tree} = md('---\nabstract: "As [@doe99, p. 3] shows at https://example.org, and @roe05 [chap. 2]."\n---\nBody.\n')
    const abstract = tree.children[0]
    expect(abstract?.type).toBe('abstract')
    const paragraph = abstract?.type === 'abstract' ? abstract.children[0] : undefined
    expect(paragraph?.children.filter((c) => c.type === 'citation').map((c) => c.type === 'citation' && c.value)).toEqual(['[@doe99, p. 3]', '@roe05 [chap. 2]'])
  })

  it('reports invalid YAML at its line and column in the file, and parses the body', () => {
    const {tree, diagnostics} = md('---\ntitle: ok\nauthor: [Jane\nlang: en\n---\n\nBody text.\n')
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(diagnostics[0]).toMatchObject({severity: 'error', source: 'parser:front-matter'})
    expect(diagnostics[0]?.message).toMatch(/^invalid YAML front matter: /)
    expect(diagnostics[0]?.position?.start.line).toBe(4)
    expect(tree.data?.meta).toEqual({})
    expect(strip(tree.children)).toEqual([{type: 'paragraph', children: [{type: 'text', value: 'Body text.'}]}])
  })

  it('reports a duplicate key and front matter that is not a mapping', () => {
    expect(at(md('---\ntitle: a\ntitle: b\n---\nx').diagnostics[0])).toBe('3:1')
    const {diagnostics} = md('---\n- a\n- b\n---\nx')
    expect(diagnostics[0]?.message).toBe('front matter must be a YAML mapping (key: value)')
    expect(at(diagnostics[0])).toBe('2:1')
  })

  it('gives the keys as written with their places (for a caller checking them), none when the front matter is refused', () => {
    const {frontMatterKeys} = md('\uFEFF---\r\ntitle: T\r\n"titel": x\r\nauthor:\r\n  - A B\r\n---\r\n\r\nText.\r\n')
    expect(frontMatterKeys?.map(({key, position}) => `${key} ${position.start.line}:${position.start.column}`)).toEqual(['title 2:1', 'titel 3:1', 'author 4:1'])
    expect(md('---\ntitle: a\ntitle: b\n---\nx').frontMatterKeys).toBeUndefined()
    expect(md('---\na: &a [1]\nb: *c\n---\nx').frontMatterKeys).toBeUndefined()
    expect(md('Text only.').frontMatterKeys).toBeUndefined()
    expect(parse('title: x', {format: 'text'}).frontMatterKeys).toBeUndefined()
  })

  it('lets the front matter win over metadata given outside, and normalizes both', () => {
    const {tree} = parse('---\ntitle: Inside\n---\nx', {format: 'markdown', meta: {title: 'Outside', lang: 'en', issued: 2014 as never, author: ['Jane Doe'] as never}})
    expect(tree.data?.meta).toEqual({title: 'Inside', lang: 'en', issued: {'date-parts': [[2014]]}, author: [{given: 'Jane', family: 'Doe'}]})
  })
})

describe('structure', () => {
  it('turns thematic breaks into sectionBreak nodes with their positions', () => {
    const {tree} = md('One.\n\n***\n\nTwo.\n\n> a\n>\n> ---\n')
    expect(tree.children.map((child) => child.type)).toEqual(['paragraph', 'sectionBreak', 'paragraph', 'blockquote'])
    expect(tree.children[1]?.position?.start).toEqual({line: 3, column: 1, offset: 6})
    expect(strip(tree.children[3])).toMatchObject({children: [{type: 'paragraph'}, {type: 'sectionBreak'}]})
  })

  it('parses GFM tables and keeps code as written', () => {
    const {tree} = md('| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\n# kde plot\nx = {% raw %}\n```\n')
    expect(tree.children.map((child) => child.type)).toEqual(['table', 'code'])
    expect(tree.children[1]).toMatchObject({lang: 'python', value: '# kde plot\nx = {% raw %}'})
  })
})

describe('notes', () => {
  const source = [
    'First[^b] and second[^a], first again[^b].', // 1
    '', // 2
    '[^a]: Note A.', // 3
    '', // 4
    '> Quoted[^c].', // 5
    '>', // 6
    '> [^c]: Note C, inside a quotation.', // 7
    '', // 8
    '[^b]: Note B.', // 9
    ''
  ].join('\n')

  it('numbers notes in order of first reference and moves definitions to the end in number order', () => {
    const {tree, diagnostics} = md(source)
    expect(diagnostics).toEqual([])
    const references: Array<[string, number | undefined]> = []
    const walk = (node: Root | Root['children'][number]) => {
      if (node.type === 'footnoteReference') references.push([node.identifier, node.data?.number])
      if ('children' in node) for (const child of node.children) walk(child as Root['children'][number])
    }
    walk(tree)
    expect(references).toEqual([
      ['b', 1],
      ['a', 2],
      ['b', 1],
      ['c', 3]
    ])
    const definitions = tree.children.filter((child) => child.type === 'footnoteDefinition')
    expect(definitions.map((d) => [d.identifier, d.data?.number, d.position?.start.line])).toEqual([
      ['b', 1, 9],
      ['a', 2, 3],
      ['c', 3, 7]
    ])
    expect(tree.children.slice(-3)).toEqual(definitions)
    expect(tree.children.map((child) => child.type)).toEqual(['paragraph', 'blockquote', 'footnoteDefinition', 'footnoteDefinition', 'footnoteDefinition'])
  })

  it('reports a reference without a note (error), a note never referenced and a duplicate (warnings)', () => {
    const {tree, diagnostics} = md('Text[^1] and[^2] and `[^3]` and \\[^4].\n\n[^1]: One.\n\n[^1]: One again.\n\n[^5]: Five.\n')
    expect(diagnostics.map((d) => [d.severity, d.message, at(d)])).toEqual([
      ['warning', 'note [^1] is defined twice; the second definition is ignored (the first is at line 3)', '5:1'],
      ['warning', 'note [^5] is never referenced', '7:1'],
      ['error', 'note reference [^2] has no note: add `[^2]: …`', '1:13']
    ])
    const definitions = tree.children.filter((child) => child.type === 'footnoteDefinition')
    expect(definitions.map((d) => [d.identifier, d.data?.number])).toEqual([
      ['1', 1],
      ['5', 2]
    ])
  })

  it('keeps numeric labels that count 1…N in reading order, so an unreferenced note keeps its slot', () => {
    const {tree, diagnostics} = md('One[^1] three[^3].\n\n[^1]: A.\n\n[^2]: B, its reference lost.\n\n[^3]: C.\n')
    expect(diagnostics.map((d) => d.message)).toEqual(['note [^2] is never referenced'])
    const numbers = (t: Root) => t.children.filter((c) => c.type === 'footnoteDefinition').map((d) => [d.identifier, d.data?.number])
    expect(numbers(tree)).toEqual([
      ['1', 1],
      ['2', 2],
      ['3', 3]
    ])
    // Referenced out of order: numbered by first reference instead.
    const reordered = md('First[^2] then[^1].\n\n[^1]: A.\n\n[^2]: B.\n').tree
    expect(numbers(reordered)).toEqual([
      ['2', 1],
      ['1', 2]
    ])
  })

  it('reads `<!-- note missing in the source -->` as a note lost in the source', () => {
    const {tree, diagnostics} = md('A[^1].\n\n[^1]: <!-- note missing in the source -->\n')
    expect(diagnostics).toEqual([])
    expect(strip(tree.children[1])).toEqual({type: 'footnoteDefinition', identifier: '1', label: '1', children: [], data: {number: 1, missing: true}})
  })
})

describe('line endings', () => {
  it('reads CRLF files like LF files, positions aside', () => {
    const lf = '---\ntitle: T\nabstract: A.\n---\n\n{% include toc.html %}\n\nText[^1] [@doe].\n\n<div>\n{% include x.html %}\n</div>\n\n***\n\n[^1]: Note.\n'
    const a = md(lf)
    const b = md(lf.replace(/\n/g, '\r\n'))
    expect(b.diagnostics.map((d) => [d.message, at(d)])).toEqual(a.diagnostics.map((d) => [d.message, at(d)]))
    // HTML keeps its line endings as written (mdast does so); all else is alike.
    expect(JSON.stringify(strip(b.tree)).replaceAll('\\r\\n', '\\n')).toBe(JSON.stringify(strip(a.tree)))
    // The HTML held only a tag: nothing is left of it.
    expect(strip(a.tree.children).map((c) => c.type)).toEqual(['abstract', 'paragraph', 'sectionBreak', 'footnoteDefinition'])
  })
})

describe('template tags', () => {
  it('drops a tag inside a link destination and keeps the link', () => {
    const {tree} = md('See [the lesson]({{ site.baseurl }}/en/lessons/x) and ![a figure]({{ site.baseurl }}/img.png).\n')
    expect(strip(tree.children[0])).toMatchObject({
      type: 'paragraph',
      children: [
        {type: 'text', value: 'See '},
        {type: 'link', url: '/en/lessons/x'},
        {type: 'text', value: ' and '},
        {type: 'image', url: '/img.png', alt: 'a figure'},
        {type: 'text', value: '.'}
      ]
    })
  })

  it('drops Liquid tags with an info diagnostic at each, in text, across emphasis and in HTML', () => {
    const {tree, diagnostics} = md(
      ['{% include toc.html %}', '', 'Before {% include note.html text="A *b* c" %} after.', '', '<td>', '{% include toc.html %}Cell</td>', '', 'Kept `{% raw %}` and \\{% escaped %}.', ''].join('\n')
    )
    expect(diagnostics.map((d) => [d.severity, at(d), d.position?.end.column])).toEqual([
      ['info', '1:1', 23],
      ['info', '3:8', 8 + '{% include note.html text="A *b* c" %}'.length],
      ['info', '6:1', 23]
    ])
    expect(diagnostics[0]?.message).toBe('template tag `{% include toc.html %}` dropped')
    expect(strip(tree.children)).toEqual([
      {type: 'paragraph', children: [{type: 'text', value: 'Before after.'}]},
      // A cell outside a table (HTML read into the tree) is a paragraph of its text.
      {type: 'paragraph', children: [{type: 'text', value: 'Cell'}]},
      {
        type: 'paragraph',
        children: [
          {type: 'text', value: 'Kept '},
          {type: 'inlineCode', value: '{% raw %}'},
          {type: 'text', value: ' and {% escaped %}.'}
        ]
      }
    ])
  })
})

describe('figure includes', () => {
  /** Each case: the include as written, the image it becomes. */
  const CASES: Array<[name: string, tag: string, image: {url: string; alt: string; title: string | null}]> = [
    ['all three attributes', '{% include figure.html filename="f1.png" alt="A map" caption="Figure 1: the border" %}', {url: 'f1.png', alt: 'A map', title: 'Figure 1: the border'}],
    ['any order, single quotes, others ignored', "{% include figure.html caption='The map' width=\"200\" filename='maps/f 2.jpg' %}", {url: 'maps/f 2.jpg', alt: 'The map', title: 'The map'}],
    ['no caption: alt only, a null title (as `![Alt](f3.png)` reads)', '{% include figure.html filename="f3.png" alt="Alt" %}', {url: 'f3.png', alt: 'Alt', title: null}],
    [
      'references decoded, Markdown read as text',
      '{% include figure.html filename="f4.png" caption="Figure&nbsp;4&nbsp;: *Pipeline* OCR" %}',
      {url: 'f4.png', alt: 'Figure\u00A04\u00A0: Pipeline OCR', title: 'Figure\u00A04\u00A0: Pipeline OCR'}
    ],
    ['whitespace control', '{%- include figure.html filename="f5.png" -%}', {url: 'f5.png', alt: '', title: null}]
  ]
  for (const [name, tag, image] of CASES) {
    it(`${name}: ${tag}`, () => {
      const {tree, diagnostics} = md(`${tag}\n`)
      expect(diagnostics).toEqual([])
      expect(strip(tree.children)).toEqual([{type: 'paragraph', children: [{type: 'image', ...image}]}])
      expect(at({severity: 'info', message: '', position: tree.children[0]!.position!})).toBe('1:1')
    })
  }

  it('cuts a paragraph around its figures: each in a paragraph of its own, at its position', () => {
    const {tree} = md('Before the figures\n{% include figure.html filename="a.png" %}\n{% include figure.html filename="b.png" %} and after.\n')
    expect(strip(tree.children)).toEqual([
      {type: 'paragraph', children: [{type: 'text', value: 'Before the figures'}]},
      {type: 'paragraph', children: [{type: 'image', url: 'a.png', alt: '', title: null}]},
      {type: 'paragraph', children: [{type: 'image', url: 'b.png', alt: '', title: null}]},
      {type: 'paragraph', children: [{type: 'text', value: 'and after.'}]}
    ])
    expect(tree.children.map((node) => at({severity: 'info', message: '', position: node.position!}))).toEqual(['1:1', '2:1', '3:1', '3:43'])
  })

  it('a figure that names no file is a warning at it, and dropped', () => {
    const {tree, diagnostics} = md('Text.\n\n{% include figure.html caption="Lost" %}\n')
    expect(diagnostics.map((d) => [d.severity, at(d), d.message])).toEqual([['warning', '3:1', 'figure `{% include figure.html caption="Lost" %}` names no file (filename="…"): dropped']])
    expect(strip(tree.children)).toEqual([{type: 'paragraph', children: [{type: 'text', value: 'Text.'}]}])
  })
})

describe('template tags: one parse unless a tag is in code', () => {
  const parseCount = (text: string) => {
    let calls = 0
    const counting = (source: string) => {
      calls++
      return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(source)
    }
    const result = blankTemplateTags(text, counting, createLocator(text), [])
    return {calls, result}
  }
  const body = 'Intro {% include toc.html %} and *a {{ page.title }} b*.\n\n<div>{% include x.html %}</div>\n'

  it('parses once when no tag is in code, twice when one is', () => {
    expect(parseCount(body).calls).toBe(1)
    expect(parseCount(`${body}\n\`{{ kept }}\`\n`).calls).toBe(2)
    expect(parseCount(`${body}\n\`\`\`\n{% kept %}\n\`\`\`\n`).calls).toBe(2)
    // A tag that holds a backtick may open or close code: the source is read as written first.
    expect(parseCount('a {% x `y` %} b {% z %}\n').calls).toBe(2)
  })

  it('blanks the same tags either way', () => {
    const once = parseCount(body).result!
    const twice = parseCount(`${body}\n\`{{ kept }}\`\n`).result!
    expect(twice.text.startsWith(once.text)).toBe(true)
    expect(twice.text.endsWith('`{{ kept }}`\n')).toBe(true)
    expect(once.text).not.toMatch(/\{%|\{\{/)
  })
})

describe('robustness (property)', {tags: ['slow']}, () => {
  const piece = fc.constantFrom(
    '---\n',
    'title: [x\n',
    'author: Jane Doe\n',
    'abstract: "a [@k]"\n',
    '[^1]',
    '[^a]',
    '[^1]: note\n',
    '[^a]: other\n',
    '\n\n',
    '\n',
    '[see @doe, p. 3]',
    '@roe',
    '-@x',
    '[',
    ']',
    '{% x %}',
    '{{ y }}',
    '{%',
    '`',
    '```\n',
    '***\n',
    '> ',
    '- ',
    '1. ',
    '# ',
    '<div>',
    '</div>',
    '*',
    '_',
    '\\',
    'text',
    ' ',
    'é',
    '\r\n',
    'a@b.c',
    'https://x.org/a_b',
    'www.x.com',
    '&amp;',
    '|a|b|\n|-|-|\n'
  )
  it('never throws, gives every node a position, and pairs every reference with a numbered note', () => {
    const start = fc.constantFrom('x', '---\ntitle: T\nthanks: "[@k] *t*"\n---\n', '---\nbad: [\n---\n', '---\n')
    fc.assert(
      fc.property(
        fc.tuple(start, fc.array(piece, {maxLength: 40})).map(([s, p]) => s + p.join('')),
        (source) => {
          const {tree, diagnostics} = md(source)
          const numbers = new Map<string, number | undefined>()
          for (const child of tree.children) if (child.type === 'footnoteDefinition') numbers.set(child.identifier, child.data?.number)
          const walk = (node: Root | Root['children'][number]) => {
            if (node.type === 'footnoteReference') expect(node.data?.number).toBe(numbers.get(node.identifier))
            if (node.type !== 'root') expect(node.position, `${node.type} has a position`).toBeDefined()
            if (node.position) expect(node.position.end.offset ?? 0).toBeLessThanOrEqual(source.length)
            if ('children' in node) for (const child of node.children) walk(child as Root['children'][number])
          }
          walk(tree)
          // Body citations are notes too (`data.noteNumber`): together with the notes they count 1…N.
          const all = [...numbers.values()]
          const cite = (node: Root | Root['children'][number]): void => {
            if (node.type === 'footnoteDefinition') return
            if (node.type === 'citation' && node.data?.noteNumber !== undefined) all.push(node.data.noteNumber)
            if ('children' in node) for (const child of node.children) cite(child as Root['children'][number])
          }
          cite(tree)
          expect(all.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({length: all.length}, (_, i) => i + 1))
          for (const d of diagnostics) expect(['error', 'warning', 'info']).toContain(d.severity)
        }
      ),
      {numRuns: Number(process.env['RUNS'] ?? 300), ...(process.env['SEED'] === 'random' ? {} : {seed: Number(process.env['SEED'] ?? 20261128)})}
    )
  })
})
