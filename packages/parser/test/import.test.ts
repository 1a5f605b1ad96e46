import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {parse, toMarkdown} from '@octavo/parser'
import type {ArticleMeta, Root} from '@octavo/parser'

const corpus = new URL('../../../../shared/corpus/', import.meta.url)

describe('toMarkdown: front matter', () => {
  it('writes names as people write them when they read back the same, else as CSL names; dates as YYYY-MM-DD', () => {
    const tree: Root = {
      type: 'root',
      children: [{type: 'paragraph', children: [{type: 'text', value: 'Body.'}]}],
      data: {
        meta: {
          title: 'A: title with a colon',
          author: [{given: 'Jane Q.', family: 'Doe'}, {family: 'van der Berg', given: 'Anna'}, {literal: 'UNESCO'}],
          issued: {'date-parts': [[2014, 5]]},
          bibliography: ['refs.bib'],
          volume: '16'
        }
      }
    }
    expect(toMarkdown(tree)).toBe(
      [
        '---',
        'title: "A: title with a colon"',
        'author:',
        '  - Jane Q. Doe',
        '  - family: van der Berg',
        '    given: Anna',
        '  - UNESCO',
        'date: 2014-05',
        'bibliography:',
        '  - refs.bib',
        'volume: "16"',
        '---',
        '',
        'Body.',
        ''
      ].join('\n')
    )
  })

  it('writes a date it cannot write as text as `issued`, and the abstract and title note as Markdown', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'abstract',
          children: [
            {
              type: 'paragraph',
              children: [
                {type: 'emphasis', children: [{type: 'text', value: 'First'}]},
                {type: 'text', value: ' paragraph.'}
              ]
            },
            {type: 'paragraph', children: [{type: 'text', value: 'Second.'}]}
          ]
        },
        {type: 'titleNote', children: [{type: 'paragraph', children: [{type: 'text', value: 'Thanks.'}]}]},
        {type: 'sectionBreak'},
        {type: 'paragraph', children: [{type: 'text', value: 'Body.'}]}
      ],
      data: {
        meta: {
          issued: {
            'date-parts': [
              [2014, 5, 1],
              [2014, 6, 1]
            ]
          }
        }
      }
    }
    expect(toMarkdown(tree)).toBe(
      [
        '---',
        'issued:',
        '  date-parts:',
        '    - - 2014',
        '      - 5',
        '      - 1',
        '    - - 2014',
        '      - 6',
        '      - 1',
        'abstract: |-',
        '  *First* paragraph.',
        '',
        '  Second.',
        'thanks: Thanks.',
        '---',
        '',
        '***',
        '',
        'Body.',
        ''
      ].join('\n')
    )
  })

  it('writes nothing but the body when there is no metadata', () => {
    expect(toMarkdown({type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'x'}]}]})).toBe('x\n')
  })
})

describe('`octavo import` of the real plain-text article', () => {
  const meta = parseYaml(readFileSync(new URL('koreans-1950-1962.meta.yaml', corpus), 'utf8')) as ArticleMeta
  const {tree} = parse(new Uint8Array(readFileSync(new URL('koreans-1950-1962.txt', corpus))), {format: 'text', meta})
  const markdown = toMarkdown(tree)

  it('writes its metadata, abstract and acknowledgment as front matter', () => {
    const front = markdown.slice(4, markdown.indexOf('\n---\n'))
    const yaml = parseYaml(front) as Record<string, unknown>
    expect(yaml['title']).toBe(meta.title)
    expect(yaml['author']).toEqual(['Zhihua Shen', 'Yafeng Xia'])
    expect(yaml['date']).toBe(2014)
    expect(String(yaml['abstract'])).toMatch(/^Making use of Chinese Foreign Ministry archives/)
    expect(String(yaml['thanks'])).toMatch(/^The authors thank/)
  })

  it('writes every note as a GFM note, the lost note 30 marked, and reads back with every reference paired', () => {
    const definitions = markdown.match(/^\[\^\d+\]: /gm) ?? []
    expect(definitions).toHaveLength(96)
    expect(markdown).toContain('\n[^30]: <!-- note missing in the source -->\n')
    const again = parse(markdown, {format: 'markdown'})
    expect(again.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    const notes = again.tree.children.filter((c) => c.type === 'footnoteDefinition')
    expect(notes.map((n) => n.data?.number)).toEqual(Array.from({length: 96}, (_, i) => i + 1))
    expect(notes.filter((n) => n.data?.missing).map((n) => n.data?.number)).toEqual([30])
  })

  it('keeps the numbers in the text from becoming Markdown', () => {
    // No line of prose may start as a list item or heading by accident.
    for (const line of markdown.split('\n')) {
      expect(line).not.toMatch(/^\d+[.)] /)
      expect(line).not.toMatch(/^#{1,6} .*[.:,;]$/)
    }
  })
})
