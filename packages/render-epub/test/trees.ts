import fc from 'fast-check'
import type {PhrasingContent, Root, RootContent} from 'mdast'

/**
 * A tree as the parser and the citations step make it for a plain-text
 * article: every Octavo node type, numbered notes with one lost in the
 * source, a note referenced twice, the bibliography appended.
 */
export function scholarlyTree(): Root {
  const p = (value: string) => ({type: 'paragraph' as const, children: [{type: 'text' as const, value}]})
  const ref = (n: number) => ({type: 'footnoteReference' as const, identifier: String(n), label: String(n), data: {number: n}})
  const def = (n: number, value: string | undefined) => ({
    type: 'footnoteDefinition' as const,
    identifier: String(n),
    label: String(n),
    children: value === undefined ? [] : [p(value)],
    data: value === undefined ? {number: n, missing: true} : {number: n}
  })
  return {
    type: 'root',
    data: {
      meta: {
        title: 'Relations & Policy, 1950–1962',
        subtitle: 'A <Study>',
        author: [
          {family: 'Shen', given: 'Zhihua'},
          {family: 'Xia', given: 'Yafeng'}
        ],
        lang: 'en',
        'container-title': 'Journal of Cold War Studies',
        volume: '16',
        issue: '4',
        issued: {'date-parts': [[2014]]},
        page: '133-158',
        DOI: '10.1162/JCWS_a_00515'
      }
    },
    children: [
      {type: 'abstract', children: [p('The abstract of the article.')]},
      {type: 'titleNote', children: [p('The authors thank the archivists.')]},
      {type: 'heading', depth: 1, children: [{type: 'text', value: 'Introduction'}]},
      {type: 'paragraph', children: [{type: 'text', value: 'The policy changed.'}, ref(1), {type: 'text', value: ' It changed again.'}, ref(2)]},
      {type: 'blockquote', children: [{type: 'paragraph', children: [{type: 'text', value: 'We will never forgive us!'}, ref(3)]}]},
      {type: 'sectionBreak'},
      {
        type: 'paragraph',
        children: [
          {type: 'text', value: 'As argued before '},
          {type: 'citation', value: '[see @lee1986, p. 15]', items: [{key: 'lee1986', prefix: 'see', locator: '15', label: 'page'}]},
          {type: 'text', value: ', and once more.'},
          ref(1)
        ]
      },
      {type: 'heading', depth: 2, children: [{type: 'text', value: 'A subsection'}]},
      {type: 'paragraph', children: [{type: 'text', value: 'Closing words.'}, ref(4)]},
      def(1, 'Lee, China’s Korean Minority, 15–17.'),
      def(2, 'Ibid.'),
      def(3, undefined),
      def(4, 'Sun Chunri, Zhongguo Chaoxianzu yiminshi (Beijing: Zhonghua Shuju, 2009).'),
      {
        type: 'bibliography',
        title: 'Bibliography',
        children: [
          {
            type: 'bibliographyEntry',
            id: 'lee1986',
            children: [
              {type: 'text', value: 'Lee, Chae-Jin. '},
              {type: 'emphasis', children: [{type: 'text', value: 'China’s Korean Minority'}]},
              {type: 'text', value: '. Boulder: Westview, 1986.'}
            ]
          },
          {type: 'bibliographyEntry', id: 'sun 2009/x', children: [{type: 'text', value: 'Sun Chunri. Beijing: Zhonghua Shuju, 2009.'}]}
        ]
      }
    ]
  }
}

/** Any UTF-16 code unit, lone surrogates and controls included. */
export const anyText = fc.string({unit: fc.integer({min: 0, max: 0xffff}).map((c) => String.fromCharCode(c)), maxLength: 40})
/** Text that looks like prose, with markup characters mixed in. */
export const proseText = fc.string({unit: fc.constantFrom('a', 'b', ' ', '<', '>', '&', '"', "'", ']', '\u0007', 'é', '中', '\u2028'), minLength: 1, maxLength: 30})

/**
 * Random Octavo trees: title, authors, abstract, headings of any depth,
 * paragraphs with note references (some notes lost), section breaks,
 * citations, a bibliography.
 */
export const arbitraryTree: fc.Arbitrary<Root> = fc
  .record({
    title: anyText,
    author: fc.array(fc.record({family: proseText, given: proseText}), {maxLength: 3}),
    abstract: fc.option(proseText, {nil: undefined}),
    notes: fc.array(fc.option(proseText, {nil: undefined}), {minLength: 0, maxLength: 6}),
    blocks: fc.array(
      fc.oneof(
        fc.record({kind: fc.constant('heading' as const), depth: fc.integer({min: 1, max: 6}), text: proseText}),
        fc.record({kind: fc.constant('paragraph' as const), text: anyText, refs: fc.array(fc.nat(5), {maxLength: 3})}),
        fc.record({kind: fc.constant('break' as const)}),
        fc.record({kind: fc.constant('citation' as const), key: proseText, note: fc.boolean()})
      ),
      {minLength: 1, maxLength: 12}
    ),
    bibliography: fc.array(fc.record({id: proseText, text: proseText}), {maxLength: 3})
  })
  .map(({title, author, abstract, notes, blocks, bibliography}) => {
    const children: RootContent[] = []
    let citationNotes = 0
    if (abstract !== undefined) children.push({type: 'abstract', children: [{type: 'paragraph', children: [{type: 'text', value: abstract}]}]})
    for (const block of blocks) {
      if (block.kind === 'heading') children.push({type: 'heading', depth: block.depth as 1, children: [{type: 'text', value: block.text}]})
      else if (block.kind === 'break') children.push({type: 'sectionBreak'})
      else if (block.kind === 'citation') {
        const data = block.note ? {noteNumber: notes.length + ++citationNotes} : {}
        children.push({type: 'paragraph', children: [{type: 'citation', value: `[@${block.key}]`, items: [{key: block.key}], data}]})
      } else {
        const phrasing: PhrasingContent[] = [{type: 'text', value: block.text}]
        for (const ref of block.refs) {
          if (ref < notes.length) phrasing.push({type: 'footnoteReference', identifier: String(ref + 1), data: {number: ref + 1}})
        }
        children.push({type: 'paragraph', children: phrasing})
      }
    }
    notes.forEach((text, i) => {
      children.push({
        type: 'footnoteDefinition',
        identifier: String(i + 1),
        data: text === undefined ? {number: i + 1, missing: true} : {number: i + 1},
        children: text === undefined ? [] : [{type: 'paragraph', children: [{type: 'text', value: text}]}]
      })
    })
    if (bibliography.length > 0) {
      children.push({
        type: 'bibliography',
        title: 'Bibliography',
        children: bibliography.map((entry) => ({type: 'bibliographyEntry' as const, id: entry.id, children: [{type: 'text' as const, value: entry.text}]}))
      })
    }
    return {type: 'root', data: {meta: {title, author, lang: 'en'}}, children} satisfies Root
  })

/** A volume (`octavo reader`): two articles, each with notes numbered from 1, and a combined bibliography. */
export function volumeTree(): Root {
  const first = scholarlyTree()
  const second: Root = {
    type: 'root',
    data: {meta: {title: 'A Second Article', author: [{family: 'Doe', given: 'Jane'}], lang: 'en'}},
    children: [
      {type: 'heading', depth: 2, children: [{type: 'text', value: 'Introduction'}]},
      {
        type: 'paragraph',
        children: [
          {type: 'text', value: 'Its own first note.'},
          {type: 'footnoteReference', identifier: '1', data: {number: 1}}
        ]
      },
      {type: 'footnoteDefinition', identifier: '1', data: {number: 1}, children: [{type: 'paragraph', children: [{type: 'text', value: 'Note one of the second article.'}]}]}
    ]
  }
  return {
    type: 'root',
    data: {
      meta: {title: 'HIST 390 Reader', subtitle: 'Migration & Memory', editor: [{family: 'Roe', given: 'Richard'}], course: 'HIST 390', term: 'Spring 2027', lang: 'en'},
      volume: {bibliography: 'both'}
    },
    children: [
      {type: 'article', data: {meta: first.data?.meta ?? {}, id: 'a01-koreans'}, children: first.children},
      {type: 'article', data: {meta: second.data?.meta ?? {}, id: 'title'}, children: second.children},
      {
        type: 'bibliography',
        title: 'Combined Bibliography',
        children: [{type: 'bibliographyEntry', id: 'doe2020', children: [{type: 'text', value: 'Doe, Jane. A Book. 2020.'}]}]
      }
    ]
  }
}

/** A valid 1×1 PNG and the start of a GIF: images the caller read for us. */
export const png = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'))
const notAnImage = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')

export const imageSource = `---
title: Figures
lang: en
---

![A map of the border](figures/map.png)

The same map again: ![The map](figures/map.png), a vector one ![Vector](figures/v.svg),
one we were not given ![Lost](figures/lost.png), and one from far away ![Up](../../../etc/passwd).

<p><img src="figures/map.png" alt="Raw map"></p>
`
export const imageFiles = {'figures/map.png': png, 'figures/v.svg': notAnImage, '../../../etc/passwd': png}
