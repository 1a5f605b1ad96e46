import type {Root} from 'mdast'

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
          {type: 'bibliographyEntry', id: 'lee1986', children: [{type: 'text', value: 'Lee, Chae-Jin. '}, {type: 'emphasis', children: [{type: 'text', value: 'China’s Korean Minority'}]}, {type: 'text', value: '. Boulder: Westview, 1986.'}]},
          {type: 'bibliographyEntry', id: 'sun 2009/x', children: [{type: 'text', value: 'Sun Chunri. Beijing: Zhonghua Shuju, 2009.'}]}
        ]
      }
    ]
  }
}
