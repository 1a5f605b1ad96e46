/** Layout on trees we construct: notes, page furniture, options, diagnostics. Assertions on the layout JSON. */
import {describe, expect, test} from 'vitest'
import type {FootnoteDefinition, Paragraph, Root, RootContent} from 'mdast'
import {parse} from '@octavo/parser'
import {geometries, layout, renderPdf} from '../src/index.js'
import type {LayoutPage, TextItem} from '../src/index.js'
import {patterns, testFonts} from './helpers.js'
import {typography} from '../src/lib/typography.js'

const words = 'migration border policy nationality ethnic archives provincial relations government historical committee agreement population'.split(' ')
function sentence(n: number, seed = 1): string {
  return Array.from({length: n}, (_, i) => words[(i * 7 + seed * 3) % words.length]).join(' ') + '.'
}
const para = (text: string, ...rest: Paragraph['children']): Paragraph => ({type: 'paragraph', children: [{type: 'text', value: text}, ...rest]})
const ref = (n: number) => ({type: 'footnoteReference' as const, identifier: String(n), label: String(n), data: {number: n}})
const note = (n: number, text: string, extra: Partial<FootnoteDefinition['data']> = {}): FootnoteDefinition => ({
  type: 'footnoteDefinition',
  identifier: String(n),
  label: String(n),
  data: {number: n, ...extra},
  children: extra?.missing ? [] : [para(text)]
})
const root = (children: RootContent[], meta: NonNullable<Root['data']>['meta'] = {title: 'A Title', author: [{given: 'Ann', family: 'Writer'}], lang: 'en'}): Root => ({
  type: 'root',
  children,
  data: {meta}
})
const options = {fonts: testFonts(), hyphenation: {en: patterns('en-us')}}
const texts = (page: LayoutPage) => page.items.filter((i): i is TextItem => i.type === 'text')

describe('notes', () => {
  test('a note starts on the page of its reference, even when the reference is at the foot of a page', () => {
    const body: RootContent[] = []
    const notes: FootnoteDefinition[] = []
    for (let i = 1; i <= 40; i++) {
      body.push(para(sentence(60 + (i % 5) * 17, i), ref(i), {type: 'text', value: ' ' + sentence(20, i + 1)}))
      notes.push(note(i, `Note ${i} text. ` + sentence(10 + (i % 7) * 12, i)))
    }
    const {layout: laid} = layout(root([...body, ...notes]), options)
    expect(laid.pages.length).toBeGreaterThan(5)
    for (let i = 1; i <= 40; i++) {
      const refPage = laid.pages.find((p) => p.items.some((it) => it.type === 'anchor' && it.name === `ref-${i}`))
      const notePage = laid.pages.find((p) => p.items.some((it) => it.type === 'anchor' && it.name === `note-${i}`))
      expect(refPage?.number, `note ${i}`).toBeDefined()
      expect(notePage?.number, `note ${i}`).toBe(refPage?.number)
      expect(notePage?.notes?.starts).toContain(String(i))
    }
  })

  test('a note too long for the rest of its page starts there and continues on the next', () => {
    const long = Array.from({length: 24}, (_, i) => sentence(40, i)).join(' ')
    const tree = root([para(sentence(400, 1)), para(sentence(200, 2), ref(1)), para(sentence(400, 3)), note(1, 'Begins. ' + long + ' Ends here.')])
    const {layout: laid} = layout(tree, options)
    const start = laid.pages.find((p) => p.notes?.starts.includes('1'))!
    const end = laid.pages.find((p) => texts(p).some((t) => t.text.includes('Ends here.')))!
    expect(end.number).toBeGreaterThan(start.number)
    // every page after the first holds the note's continuation
    for (const page of laid.pages.slice(start.number, end.number)) expect(page.notes?.continued).toBe('1')
    expect(texts(start).some((t) => t.text.includes('Begins.'))).toBe(true)
    // the note area never overlaps the body
    for (const page of laid.pages) {
      if (!page.notes) continue
      const lowest = Math.min(
        ...texts(page)
          .filter((t) => t.y > page.notes!.top)
          .map((t) => t.y)
      )
      expect(lowest).toBeGreaterThan(page.notes.top)
    }
  })

  test('a missing note prints [note missing in the source]; the title note prints as *', () => {
    const tree = root([
      {type: 'titleNote', children: [para('We thank the archivists.')]},
      para('Text with a lost note', ref(1), {type: 'text', value: ' and a kept one'}, ref(2)),
      note(1, '', {missing: true}),
      note(2, 'Kept.')
    ])
    const {layout: laid} = layout(tree, options)
    const first = texts(laid.pages[0]!)
    expect(first.some((t) => t.text === '*' && t.size < 20)).toBe(true)
    expect(laid.pages[0]!.notes?.starts).toEqual(['*', '1', '2'])
    expect(first.some((t) => t.text.includes('[note missing in the source]'))).toBe(true)
    expect(first.some((t) => t.text.includes('We thank the archivists.'))).toBe(true)
  })

  test('a note that opens with a quotation or a list prints its number once, on a line of its own', () => {
    const quote: FootnoteDefinition = {type: 'footnoteDefinition', identifier: '1', label: '1', children: [{type: 'blockquote', children: [para('Quoted words.')]}, para('After the quotation.')]}
    const list: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier: '2',
      label: '2',
      children: [
        {
          type: 'list',
          ordered: false,
          children: [
            {type: 'listItem', children: [para('item one')]},
            {type: 'listItem', children: [para('item two')]}
          ]
        }
      ]
    }
    const {layout: laid} = layout(root([para('Text', ref(1), {type: 'text', value: ' more'}, ref(2)), quote, list]), options)
    const page = laid.pages[0]!
    const all = texts(page).map((t) => t.text)
    expect(all.filter((t) => t === '1.')).toHaveLength(1)
    expect(all.filter((t) => t === '2.')).toHaveLength(1)
    for (const words of ['Quoted words.', 'After the quotation.', 'item one', 'item two'])
      expect(
        all.some((t) => t.includes(words)),
        words
      ).toBe(true)
    const number = texts(page).find((t) => t.text === '1.')!
    const quoted = texts(page).find((t) => t.text.includes('Quoted words.'))!
    expect(quoted.y).toBeLessThan(number.y)
  })

  test('a re-styled note prints its formatted text instead of the source’s', () => {
    const restyled: FootnoteDefinition = {
      ...note(1, 'Lee, China’s Korean Minority, 5.'),
      data: {
        number: 1,
        restyled: [
          {type: 'text', value: 'Chae-Jin Lee, '},
          {type: 'emphasis', children: [{type: 'text', value: 'China’s Korean Minority'}]},
          {type: 'text', value: ' (Boulder: Westview, 1986), 5.'}
        ]
      }
    }
    const {layout: laid} = layout(root([para('Claim', ref(1)), restyled]), options)
    const all = texts(laid.pages[0]!)
    expect(all.some((t) => t.text.includes('Boulder: Westview'))).toBe(true)
    expect(all.find((t) => t.text.includes('Korean Minority'))?.font).toBe('italic')
    expect(all.some((t) => t.text.includes('Lee, China’s'))).toBe(false)
  })

  test('references are true superscripts: smaller and raised, linked to their note and back', () => {
    const {layout: laid} = layout(root([para('Claim', ref(1), {type: 'text', value: ' more text.'}), note(1, 'Source.')]), options)
    const page = laid.pages[0]!
    const claim = texts(page).find((t) => t.text.startsWith('Claim'))!
    const mark = texts(page).find((t) => t.text === '1')!
    expect(mark.size).toBeLessThan(claim.size * 0.75)
    expect(mark.y).toBeGreaterThan(claim.y + 2)
    const links = page.items.filter((i) => i.type === 'link')
    expect(links.some((l) => l.type === 'link' && l.dest === 'note-1')).toBe(true)
    expect(links.some((l) => l.type === 'link' && l.dest === 'ref-1')).toBe(true)
  })

  test('notes: endnotes sets the notes after the text under a heading, none at the foot of pages', () => {
    const tree = root([para('One', ref(1)), para('Two', ref(2)), note(1, 'First note.'), note(2, 'Second note.')])
    const {layout: laid} = layout(tree, {...options, notes: 'endnotes'})
    expect(laid.pages.every((p) => p.notes === undefined)).toBe(true)
    const all = laid.pages.flatMap(texts).map((t) => t.text)
    expect(all.indexOf('Notes')).toBeGreaterThan(all.findIndex((t) => t.startsWith('Two')))
    expect(all.some((t) => t.includes('First note.'))).toBe(true)
    expect(laid.outline.map((o) => o.title)).toContain('Notes')
  })

  test('Markdown footnotes without data.number are numbered by first reference', () => {
    const {tree} = parse('Alpha[^b] and beta[^a] and alpha again[^b].\n\n[^a]: Note A.\n[^b]: Note B.\n', {format: 'markdown'})
    const {layout: laid} = layout(tree, options)
    const page = laid.pages[0]!
    expect(page.notes?.starts).toEqual(['1', '2'])
    const lines = texts(page).map((t) => t.text)
    expect(lines.find((t) => t.includes('Note B.'))).toBeDefined()
    const noteB = texts(page).find((t) => t.text.includes('Note B.'))!
    const noteA = texts(page).find((t) => t.text.includes('Note A.'))!
    expect(noteB.y).toBeGreaterThan(noteA.y)
  })
})

describe('typesetting', () => {
  test('justified paragraphs: every line but the last fills the measure; words are hyphenated', () => {
    const {layout: laid} = layout(root(Array.from({length: 8}, (_, i) => para(sentence(120, i)))), options)
    const g = geometries.a4
    const width = laid.width - g.inner - g.outer
    let full = 0
    let hyphens = 0
    for (const page of laid.pages) {
      const rows = new Map<number, TextItem[]>()
      for (const t of texts(page)) if (t.size === g.size) rows.set(t.y, [...(rows.get(t.y) ?? []), t])
      for (const row of rows.values()) {
        const right = Math.max(...row.map((t) => t.x + t.width))
        const left = page.number % 2 === 1 ? g.inner : g.outer
        if (Math.abs(right - (left + width)) < 0.05) full++
        expect(right).toBeLessThanOrEqual(left + width + 0.05)
        if (row.some((t) => t.text.endsWith('-'))) hyphens++
      }
    }
    expect(full).toBeGreaterThan(60)
    expect(hyphens).toBeGreaterThan(0)
  })

  test('hyphenation follows the document language: patterns for `fr`, none for a language without patterns', () => {
    const text = Array.from({length: 60}, () => 'gouvernementales internationalisation responsabilité').join(' ')
    const hyphens = (lang: string) => {
      const {layout: laid} = layout(root([para(text)], {title: 'T', lang}), {fonts: testFonts(), hyphenation: {en: patterns('en-us'), fr: patterns('fr')}})
      return laid.pages.flatMap(texts).filter((t) => t.text.endsWith('-')).length
    }
    expect(hyphens('fr')).toBeGreaterThan(0)
    expect(hyphens('fr-CA')).toBe(hyphens('fr'))
    expect(hyphens('xx')).toBe(0)
  })

  test('URLs and file names are not hyphenated', () => {
    const url = 'https://papers.nips.cc/paper/2008/file/66368270ffd51418ec58bd793f2d9b1b-Paper.pdf'
    const text = Array.from({length: 30}, () => `see ${url} and representation.pdf or international`).join(' ')
    const {layout: laid} = layout(root([para(text)]), options)
    const lineEnds = laid.pages.flatMap(texts).map((t) => t.text.split(' ').at(-1)!)
    // the URL is broken somewhere (CMOS 14.18: before its punctuation, so the line does not end with a hyphen)
    expect(lineEnds.some((end) => end.length > 8 && end !== url && url.startsWith(end))).toBe(true)
    const ends = lineEnds.filter((end) => end.endsWith('-'))
    // a line may end at the URL's own hyphen, never at one added inside the URL or the file name
    for (const end of ends) {
      if (/[/.]/.test(end)) expect(url.startsWith(end), end).toBe(true)
      else expect(end, end).toMatch(/^\p{L}+-$/u)
      expect('representation.pdf'.startsWith(end.slice(0, -1)) && end.length > 2).toBe(false)
    }
  })

  test('no widows or orphans: a paragraph split by a page leaves at least two lines on each side', () => {
    const paragraphs = Array.from({length: 40}, (_, i) => para(`S${i} ` + sentence(30 + ((i * 37) % 140), i) + ` E${i}`))
    const {layout: laid} = layout(root(paragraphs), options)
    const g = geometries.a4
    const find = (token: string) => {
      for (const page of laid.pages) {
        const item = texts(page).find((t) => t.size === g.size && (t.text.startsWith(token + ' ') || t.text.endsWith(' ' + token) || t.text === token))
        if (item) return {page, y: item.y}
      }
      throw new Error(token)
    }
    const rows = (page: LayoutPage) =>
      [
        ...new Set(
          texts(page)
            .filter((t) => t.size === g.size)
            .map((t) => t.y)
        )
      ].sort((a, b) => b - a)
    let split = 0
    for (let i = 0; i < 40; i++) {
      const start = find(`S${i}`)
      const end = find(`E${i}`)
      if (start.page === end.page) continue
      split++
      expect(rows(start.page).at(-1), `orphan: paragraph ${i}`).not.toBe(start.y)
      expect(rows(end.page)[0], `widow: paragraph ${i}`).not.toBe(end.y)
    }
    expect(split).toBeGreaterThan(3)
  })

  test('headings make the outline and are kept with the next lines', () => {
    const children: RootContent[] = []
    for (let i = 0; i < 12; i++) {
      children.push({type: 'heading', depth: 2, children: [{type: 'text', value: `Section ${i + 1}`}]})
      children.push(para(sentence(150 + i * 9, i)))
    }
    const {layout: laid} = layout(root(children), options)
    expect(laid.outline.map((o) => o.title)).toEqual(Array.from({length: 12}, (_, i) => `Section ${i + 1}`))
    for (const entry of laid.outline) {
      const page = laid.pages[entry.page - 1]!
      // the outline entry points at an anchor on its page
      expect(
        page.items.some((i) => i.type === 'anchor' && i.name === entry.dest),
        entry.title
      ).toBe(true)
      const heading = texts(page).find((t) => t.text === entry.title)!
      // at least two lines of text under the heading on its page
      const below = new Set(
        texts(page)
          .filter((t) => t.y < heading.y && t.size === geometries.a4.size && t.y > geometries.a4.bottom)
          .map((t) => t.y)
      )
      expect(below.size, entry.title).toBeGreaterThanOrEqual(2)
    }
  })

  test('title block, running heads and folios', () => {
    const tree = root(
      Array.from({length: 20}, (_, i) => para(sentence(150, i))),
      {
        title: 'On Borders: A Study',
        author: [
          {given: 'Zhihua', family: 'Shen'},
          {given: 'Yafeng', family: 'Xia'}
        ],
        'container-title': 'Journal of Cold War Studies',
        volume: '16',
        issue: '4',
        issued: {'date-parts': [[2014]]},
        lang: 'en'
      }
    )
    const {layout: laid} = layout(tree, options)
    const first = texts(laid.pages[0]!).map((t) => t.text)
    expect(first).toContain('On Borders: A Study')
    expect(first).toContain('Zhihua Shen and Yafeng Xia')
    expect(first.some((t) => t.startsWith('Journal of Cold War Studies, vol. 16, no. 4 (2014)'))).toBe(true)
    const second = texts(laid.pages[1]!).map((t) => t.text)
    const third = texts(laid.pages[2]!).map((t) => t.text)
    expect(second).toContain('Zhihua Shen and Yafeng Xia')
    expect(third).toContain('On Borders: A Study')
    expect(second).toContain('2')
    expect(laid.info).toEqual({title: 'On Borders: A Study', author: 'Zhihua Shen and Yafeng Xia', lang: 'en', subject: 'Journal of Cold War Studies 16'})
  })

  test('title block, headings, abstract and running heads are set at the sizes of the typographic table (typography in geometry.ts)', () => {
    const source =
      '---\ntitle: Tabled Sizes\nsubtitle: A Subtitle\nauthor: Ann Smith\ncontainer-title: Journal\nabstract: The abstract says this.\nlang: en\n---\n\n# Depth One\n\n## Depth Two\n\n### Depth Three\n\n' +
      Array.from({length: 12}, (_, i) => sentence(150, i)).join('\n\n') +
      '\n'
    for (const pageSize of ['a4', '6x9'] as const) {
      const {layout: laid} = layout(parse(source, {format: 'markdown'}).tree, {...options, pageSize})
      const body = geometries[pageSize].size
      const all = laid.pages.flatMap(texts)
      const sizeOf = (word: string) => all.find((t) => t.text.split(/\s+/).includes(word))?.size
      const close = (value: number | undefined, expected: number) => expect(value).toBeCloseTo(expected, 1)
      close(sizeOf('Tabled'), body * typography.titleBlock.title.size)
      close(sizeOf('Subtitle'), body * typography.titleBlock.subtitle.size)
      close(sizeOf('Smith'), body * typography.titleBlock.authors.size)
      close(sizeOf('Journal'), body * typography.titleBlock.journal.size)
      close(sizeOf('One'), body * typography.headings.sizes[0])
      close(sizeOf('Two'), body * typography.headings.sizes[1])
      close(sizeOf('Three'), body * typography.headings.sizes[2])
      close(sizeOf('abstract'), body * typography.abstract.scale)
      // the running head of a later page (the short title) and its folio
      const later = texts(laid.pages[2]!)
      close(later.find((t) => t.text === 'Tabled Sizes')?.size, body * typography.furniture.size)
      close(later.find((t) => t.text === '3')?.size, body * typography.furniture.size)
    }
    // a volume's title page
    const volume = {
      type: 'root',
      data: {meta: {title: 'Volume Title', subtitle: 'Volume Subtitle', editor: [{family: 'Teacher', given: 'A.'}], course: 'HIST390'}, volume: {rectoStarts: true, bibliography: 'both'}},
      children: [{type: 'article', data: {meta: {title: 'One'}, id: 'a01'}, children: [para('Text.')]}]
    } as unknown as Root
    const first = texts(layout(volume, options).layout.pages[0]!)
    const size = geometries.a4.size
    const page = typography.volumeTitlePage
    expect(first.find((t) => t.text.includes('Volume') && t.text.includes('Title'))?.size).toBeCloseTo(size * page.title.size, 1)
    expect(first.find((t) => t.text.includes('Subtitle'))?.size).toBeCloseTo(size * page.subtitle.size, 1)
    expect(first.find((t) => t.text.includes('Teacher'))?.size).toBeCloseTo(size * page.editors.size, 1)
    expect(first.find((t) => t.text.includes('HIST390'))?.size).toBeCloseTo(size * page.course.size, 1)
  })

  test.each(['a4', 'letter', '6x9'] as const)('page size %s', (pageSize) => {
    const {layout: laid} = layout(root(Array.from({length: 6}, (_, i) => para(sentence(150, i)))), {...options, pageSize})
    const g = geometries[pageSize]
    expect([laid.width, laid.height]).toEqual([g.width, g.height])
    for (const page of laid.pages)
      for (const t of texts(page)) {
        expect(t.x).toBeGreaterThanOrEqual(Math.min(g.inner, g.outer) - 0.01)
        expect(t.x + t.width).toBeLessThanOrEqual(g.width - Math.min(g.inner, g.outer) + 0.01)
      }
  })

  test('a table longer than a page repeats its header row on the next page', () => {
    const rows = Array.from({length: 90}, (_, i) => `| row ${i} | ${sentence(3, i)} |`).join('\n')
    const {tree} = parse(`Before.\n\n| Name | Value |\n|---|---|\n${rows}\n`, {format: 'markdown'})
    const {layout: laid} = layout(tree, options)
    const withRows = laid.pages.filter((p) => texts(p).some((t) => /^row \d+$/.test(t.text)))
    expect(withRows.length).toBeGreaterThan(1)
    for (const page of withRows) {
      const name = texts(page).find((t) => t.text === 'Name')
      expect(name, `page ${page.number}`).toBeDefined()
      expect(name!.y).toBeGreaterThan(
        Math.max(
          ...texts(page)
            .filter((t) => /^row \d+$/.test(t.text))
            .map((t) => t.y)
        )
      )
    }
    expect(laid.pages.flatMap(texts).filter((t) => /^row \d+$/.test(t.text))).toHaveLength(90)
  })

  test('a table row longer than a page continues on the next pages, every word printed inside the text block', () => {
    const long = Array.from({length: 1200}, (_, i) => `w${i}`).join(' ')
    const {tree} = parse(`Before.\n\n| Name | Value |\n|---|---|\n| short | ${long} |\n| next | ${sentence(4)} |\n\nAfter.\n`, {format: 'markdown'})
    const {layout: laid} = layout(tree, {...options, pageSize: '6x9'})
    const geometry = geometries['6x9']
    const printed = laid.pages.flatMap(texts).flatMap((t) => t.text.split(' '))
    for (let i = 0; i < 1200; i++) expect(printed, `w${i}`).toContain(`w${i}`)
    const withRow = laid.pages.filter((p) => texts(p).some((t) => /^w\d+/.test(t.text)))
    expect(withRow.length).toBeGreaterThan(1)
    for (const page of withRow) {
      // The text block: nothing below the bottom margin (folios aside, which sit in it).
      const lowest = Math.min(
        ...texts(page)
          .filter((t) => /^w\d+/.test(t.text))
          .map((t) => t.y)
      )
      expect(lowest, `page ${page.number}`).toBeGreaterThanOrEqual(geometry.bottom)
      expect(
        texts(page).some((t) => t.text === 'Name'),
        `header on page ${page.number}`
      ).toBe(true)
    }
    // A row of a few lines still moves whole: "next" and its value share a page.
    const next = laid.pages.find((p) => texts(p).some((t) => t.text === 'next'))
    expect(next).toBeDefined()
  })

  test('lists, code, tables, quotations, emphasis and links', () => {
    const src = [
      'Some *emphasis*, **strong**, `code` and a [link](https://example.org/).',
      '',
      '> A quotation set smaller and indented.',
      '',
      '1. first item',
      '2. second item',
      '',
      '```python',
      'print("hello")',
      '```',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      '![a cat](cat.png)'
    ].join('\n')
    const {tree} = parse(src, {format: 'markdown'})
    const {layout: laid, diagnostics} = layout(tree, options)
    // no image bytes were given: the image prints its alt text, with a warning (see images.test.ts)
    expect(diagnostics.map((d) => [d.severity, d.source, d.position?.start.line])).toEqual([['warning', 'render-pdf:image', 16]])
    const all = texts(laid.pages[0]!)
    const by = (s: string) => all.find((t) => t.text.includes(s))!
    expect(by('emphasis').font).toBe('italic')
    expect(by('strong').font).toBe('bold')
    expect(by('code').font).toBe('mono')
    expect(by('print("hello")').font).toBe('mono')
    expect(by('A quotation').size).toBeLessThan(geometries.a4.size)
    expect(by('A quotation').x).toBeGreaterThan(geometries.a4.inner + 10)
    expect(all.some((t) => t.text === '1.')).toBe(true)
    // the image file was not given: a captioned placeholder (test/placeholder.test.ts)
    expect(by('Figure: a cat — image not available').font).toBe('italic')
    expect(laid.pages[0]!.items.some((i) => i.type === 'link' && i.url === 'https://example.org/')).toBe(true)
    expect(laid.pages[0]!.items.filter((i) => i.type === 'rule').length).toBeGreaterThanOrEqual(2)
  })
})

test('the bibliography comes last with hanging indents; citations with a note number are references', () => {
  const entry = (id: string, text: string) => ({type: 'bibliographyEntry' as const, id, children: [{type: 'text' as const, value: text}]})
  const tree = root([
    para(
      'A cited claim',
      {type: 'citation', value: '[@lee1986, p. 5]', items: [{key: 'lee1986', locator: '5'}], data: {noteNumber: 1}},
      {type: 'text', value: ' and an unresolved one '},
      {type: 'citation', value: '[@nobody]', items: [{key: 'nobody'}]}
    ),
    note(1, 'Lee, China’s Korean Minority, 5.'),
    {type: 'bibliography', title: 'Bibliography', children: [entry('lee1986', 'Lee, Chae-Jin. ' + sentence(40, 1)), entry('sun2009', 'Sun, Chunri. ' + sentence(40, 2))]}
  ])
  const {layout: laid} = layout(tree, options)
  const page = laid.pages[laid.pages.length - 1]!
  const all = texts(page)
  const heading = all.find((t) => t.text === 'Bibliography')!
  expect(heading.font).toBe('bold')
  expect(page.notes?.starts).toEqual(['1'])
  expect(all.some((t) => t.text.includes('[@nobody]'))).toBe(true)
  const g = geometries.a4
  for (const name of ['Lee, Chae-Jin.', 'Sun, Chunri.']) {
    const first = all.find((t) => t.text.startsWith(name))!
    expect(first.x).toBe(g.inner)
    // the entry's next line hangs
    const next = all.filter((t) => t.y < first.y && t.y > first.y - g.leading * 1.5 && t.size === g.size)
    expect(next.length).toBeGreaterThan(0)
    expect(Math.min(...next.map((t) => t.x))).toBeGreaterThan(g.inner + 10)
  }
})

describe('diagnostics', () => {
  test('a character no font has is a warning naming it and its position', () => {
    const src = 'Old Cyrillic Ѡ prints in the fallback; this does not: \u{1F99C}.\n'
    const {tree} = parse(src, {format: 'markdown'})
    const {layout: laid, diagnostics} = layout(tree, {...options, fonts: {...testFonts(), fallbacks: [testFonts().fallbacks![0]!]}})
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]!.message).toContain('U+1F99C')
    expect(diagnostics[0]!.position?.start).toMatchObject({line: 1, column: src.indexOf('\u{1F99C}') + 1})
    expect(laid.charsets.fallback0).toContain('Ѡ')
    expect(laid.charsets.regular).not.toContain('Ѡ')
  })

  test('invisible characters print nothing; a zero-width space is a place to break', () => {
    const long = Array.from({length: 12}, (_, i) => `segment${i}`).join('\u200b')
    const {layout: laid, diagnostics} = layout(root([para(`\uFEFFWord\u2060joined and ${long} end.`)]), options)
    expect(diagnostics).toEqual([])
    const all = laid.pages.flatMap(texts)
    // (the emergency pass may hyphenate the joined word: its halves are still one word)
    expect(all.map((t) => t.text).join('')).toMatch(/Writer(Word-?joined)/)
    expect(laid.charsets.regular).not.toMatch(/[\uFEFF\u2060\u200b]/)
    expect(new Set(all.filter((t) => t.text.includes('segment')).map((t) => t.y)).size).toBeGreaterThan(1)
  })

  test('the position of a missing character counts lines inside its text', () => {
    const {tree} = parse('First line of a paragraph\nand the \u{1F99C} on its second line.\n', {format: 'markdown'})
    const {diagnostics} = layout(tree, {...options, fonts: {...testFonts(), fallbacks: []}})
    expect(diagnostics[0]!.position?.start).toMatchObject({line: 2, column: 9})
  })

  test('odd metadata (numbers, nulls, strings where lists belong) never throws', () => {
    const meta = {title: 42, author: [null, 7, 'Plain Name', {family: 'Writer'}], editor: 'nobody', issued: 'last year', volume: 3, 'container-title': 'J.'} as unknown as NonNullable<
      Root['data']
    >['meta']
    const {layout: laid} = layout(root([para('Text.')], meta), options)
    expect(laid.info.author).toBe('Plain Name and Writer')
    expect(laid.pages.flatMap(texts).some((t) => t.text.startsWith('J., vol. 3'))).toBe(true)
  })

  test('an unknown node is a diagnostic, not a silent drop', () => {
    const tree = root([para('Kept.'), {type: 'mystery', position: {start: {line: 3, column: 1}, end: {line: 3, column: 5}}} as unknown as RootContent])
    const {diagnostics} = layout(tree, options)
    expect(diagnostics).toEqual([expect.objectContaining({severity: 'warning', source: 'render-pdf:node', message: expect.stringContaining('`mystery`')})])
  })

  test('a note no reference points to is printed at the foot of the last page (the parser reports it, not the renderer)', () => {
    const {layout: laid, diagnostics} = layout(root([para(sentence(30)), note(7, 'An orphan note.')]), options)
    expect(diagnostics.filter((d) => d.source === 'render-pdf:notes')).toEqual([])
    const last = laid.pages[laid.pages.length - 1]!
    expect(last.notes?.starts).toEqual(['7'])
    expect(texts(last).some((t) => t.text.includes('An orphan note.'))).toBe(true)
  })

  test('a word too long for the measure is set overfull and reported', () => {
    const long = 'x'.repeat(140)
    const tree = root([{type: 'paragraph', children: [{type: 'text', value: `Before ${long} after.`}], position: {start: {line: 4, column: 1, offset: 30}, end: {line: 4, column: 160, offset: 189}}}])
    const {diagnostics} = layout(tree, options)
    expect(diagnostics).toEqual([expect.objectContaining({source: 'render-pdf:overfull', position: expect.objectContaining({start: expect.objectContaining({line: 4})})})])
  })

  test('a reference without its note prints the note as missing (the parser reports it, not the renderer)', () => {
    const {layout: laid, diagnostics} = layout(root([para('Text', ref(3))]), options)
    expect(diagnostics.filter((d) => d.source === 'render-pdf:notes')).toEqual([])
    expect(laid.pages.flatMap(texts).some((t) => t.text.includes('[note missing in the source]'))).toBe(true)
  })
})

test('renderPdf: the same tree and date give the same bytes; another date, other bytes', async () => {
  const tree = root([para(sentence(200), ref(1)), note(1, 'A note.')])
  const a = await renderPdf(tree, {...options, date: new Date('2020-01-01T00:00:00Z')})
  const b = await renderPdf(tree, {...options, date: new Date('2020-01-01T00:00:00Z')})
  const c = await renderPdf(tree, {...options, date: new Date('2021-01-01T00:00:00Z')})
  expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true)
  expect(Buffer.from(a.pdf).equals(Buffer.from(c.pdf))).toBe(false)
  expect(new TextDecoder().decode(a.pdf.subarray(0, 8))).toBe('%PDF-1.7')
})
