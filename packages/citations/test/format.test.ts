import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import type {CslItem, Diagnostic} from '@octavo/parser'
import {bibliographyNode, formatBibliography, prepareForStyle, toBibtex, toCslJson, toRis} from '../src/index.js'

const style = readFileSync(new URL('../styles/chicago-notes-bibliography.csl', import.meta.url), 'utf8')
const shared = new URL('../../../../shared/', import.meta.url)
const fixtures = new URL('./fixtures/', import.meta.url)
const gold = JSON.parse(readFileSync(new URL('gold/koreans-1950-1962.dev.json', shared), 'utf8')) as {
  items: CslItem[]
}

/** A fixture's items: `input.json` (CSL items), or `input.source` naming a file under ../shared. */
function fixtureItems(dir: URL): CslItem[] {
  const own = new URL('input.json', dir)
  if (existsSync(own)) return JSON.parse(readFileSync(own, 'utf8')) as CslItem[]
  const source = readFileSync(new URL('input.source', dir), 'utf8').trim()
  const data = JSON.parse(readFileSync(new URL(source, shared), 'utf8')) as CslItem[] | {items: CslItem[]}
  return Array.isArray(data) ? data : data.items
}

/** Every output of a fixture, by expectation file name. */
const OUTPUTS: Record<string, (items: CslItem[]) => string> = {
  'bibliography.txt': (items) => formatBibliography(items, {style, format: 'text'}),
  'bibliography.html': (items) => formatBibliography(items, {style, format: 'html'}),
  'bibliography.json': (items) => JSON.stringify(bibliographyNode(items, {style}), null, 2) + '\n',
  'items.csl.json': (items) => toCslJson(items),
  'items.ris': (items) => toRis(items),
  'items.bib': (items) => toBibtex(items)
}

describe('fixtures (test/fixtures/bib-*; UPDATE=1 rewrites the expectations)', () => {
  const cases = readdirSync(fixtures).filter((name) => name.startsWith('bib-'))
  test('there are fixtures', () => {
    expect(cases).toHaveLength(3)
  })
  for (const name of cases) {
    const dir = new URL(`${name}/`, fixtures)
    for (const [file, make] of Object.entries(OUTPUTS)) {
      test(`${name}/${file}`, () => {
        const actual = make(fixtureItems(dir))
        const expected = new URL(file, dir)
        if (process.env['UPDATE'] === '1') writeFileSync(expected, actual)
        expect(existsSync(expected), `missing expectation ${name}/${file}`).toBe(true)
        expect(actual).toBe(readFileSync(expected, 'utf8'))
      })
    }
  }
})

describe('formatBibliography', () => {
  test('text: one entry per item, sorted by author then title, ending in a period', () => {
    const text = formatBibliography(gold.items, {style, format: 'text'})
    const lines = text.trimEnd().split('\n')
    expect(lines).toHaveLength(gold.items.length)
    for (const line of lines) expect(line.endsWith('.')).toBe(true)
    // Sorted: the leading author (or title) block, quotes dropped, never goes backwards
    // (3-em dash lines repeat the author above them).
    const keys = lines
      .filter((line) => !line.startsWith('———'))
      .map((line) => (line.replace(/^[“‘"]+/, '').split(/\. |[,.]?” /)[0] ?? '').toLowerCase())
      // word by word, punctuation ignored (CMOS 16.58)
      .map((key) => key.replace(/[^\p{L}\p{N} ]/gu, ''))
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en')))
  })

  test('the order of the input does not matter (property: any subset, any order)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(gold.items, {minLength: 1, maxLength: 12}), (items) => {
        const reversed = [...items].reverse()
        expect(formatBibliography(items, {style, format: 'text'})).toBe(formatBibliography(reversed, {style, format: 'text'}))
      }),
      {numRuns: 15}
    )
  })

  test('HTML: a csl-bib-body with one csl-entry per item, titles in <i>, URLs as links', () => {
    const html = formatBibliography(gold.items, {style, format: 'html'})
    expect(html.match(/class="csl-entry"/g)).toHaveLength(gold.items.length)
    expect(html).toContain('<i>China’s Korean Minority: The Politics of Ethnic Education</i>')
    expect(html).toContain('<a href="http://www.wilsoncenter.org/nkidp">')
  })

  test('property: any well-typed items give one entry each, any strings (white space only, Object.prototype keys) as titles, names and ids', {tags: ['slow']}, () => {
    // citeproc-js throws on some of these, or drops the item, unless
    // prepareForStyle adapts them (test/NOTES.md, "citeproc-js limitations").
    const protoKeys = [...Object.getOwnPropertyNames(Object.prototype), 'constructor.', ' toString ']
    const text = (maxLength: number) => fc.oneof(fc.string({maxLength}), fc.constantFrom(...protoKeys, ' ', '\t\n', '\u00a0', ''))
    const name = fc.oneof(fc.record({family: text(12), given: text(12)}), fc.record({literal: text(20)}))
    const item = fc.record(
      {
        type: fc.constantFrom('book', 'chapter', 'article-journal', 'article-newspaper', 'manuscript', 'report', 'webpage', 'thesis', 'dataset'),
        title: text(40),
        author: fc.array(name, {maxLength: 4}),
        editor: fc.array(name, {maxLength: 2}),
        'container-title': text(20),
        publisher: text(10),
        issued: fc.record({'date-parts': fc.tuple(fc.tuple(fc.integer({min: 1500, max: 2030}), fc.integer({min: 1, max: 12})))}),
        archive: text(10),
        page: fc.constantFrom('1', '10–20', 'iv–x')
      },
      {requiredKeys: ['type', 'title']}
    )
    const ids = fc.uniqueArray(fc.oneof(fc.string({minLength: 1, maxLength: 8}), fc.constantFrom(...protoKeys)), {minLength: 1, maxLength: 6})
    fc.assert(
      fc.property(
        ids.chain((list) => fc.tuple(fc.constant(list), fc.array(item, {minLength: list.length, maxLength: list.length}))),
        ([idList, list]) => {
          const items = list.map((it, i) => ({...it, id: idList[i]!}) as CslItem)
          const diagnostics: Diagnostic[] = []
          const node = bibliographyNode(items, {style, diagnostics})
          // the only diagnostics: a warning for each item whose title is white space only
          const blankTitles = items.filter((it) => typeof it.title === 'string' && !/\S/.test(it.title))
          expect(diagnostics).toEqual(
            blankTitles.map((it) => ({
              severity: 'warning',
              message: `Item ${it.id} has a title of only white space; it is formatted without a title`,
              source: 'citations:format'
            }))
          )
          expect(node.children.map((entry) => entry.id).sort()).toEqual(items.map((it) => it.id).sort())
          // printed as written: no mark of ours left in the output
          expect(JSON.stringify(node)).not.toContain('\uFDD0')
        }
      ),
      {numRuns: 60, seed: 20261128}
    )
  })

  test('regressions: names and ids equal to Object.prototype keys print as written; white-space-only titles count as absent', () => {
    const book = {type: 'book', title: 'T', issued: {'date-parts': [[2000]]}}
    /** The text of one book `a` with `fields` (undefined: left out). */
    const one = (fields: Record<string, unknown>) => {
      const diagnostics: Diagnostic[] = []
      const item = Object.fromEntries(Object.entries({...book, id: 'a', ...fields}).filter(([, value]) => value !== undefined))
      const text = formatBibliography([item as CslItem], {style, format: 'text', diagnostics})
      return {text, diagnostics}
    }
    // citeproc's name register: namereg[family].ikey[initials].skey[given] on plain objects
    expect(one({author: [{family: 'X', given: 'constructor'}]})).toEqual({text: 'X, constructor. T. 2000.\n', diagnostics: []})
    expect(one({author: [{family: 'toString', given: 'hasOwnProperty'}]})).toEqual({
      text: 'toString, hasOwnProperty. T. 2000.\n',
      diagnostics: []
    })
    expect(one({author: [{family: 'X', given: '__proto__.'}]}).text).toBe('X, __proto__. T. 2000.\n')
    // ids: citation-js's item store and citeproc's registry are plain objects (the entry used to vanish)
    for (const id of ['__proto__', 'toString', 'constructor']) {
      const node = bibliographyNode([{...book, id} as CslItem], {style})
      expect(node.children.map((entry) => entry.id)).toEqual([id])
      expect(formatBibliography([{...book, id} as CslItem], {style, format: 'html'})).toContain(`data-csl-entry-id="${id}"`)
    }
    // white space only: dropped, with a warning naming the item when it was the title
    const blank = one({title: ' \t', author: [{family: ' ', given: 'Ann'}, {literal: '  '}], publisher: ' '})
    expect(blank.text).toBe(one({title: undefined, author: [{given: 'Ann'}]}).text)
    expect(blank.diagnostics).toEqual([{severity: 'warning', message: 'Item a has a title of only white space; it is formatted without a title', source: 'citations:format'}])
    // the internal mark is not taken from the input into the output
    expect(one({title: 'A\uFDD0B'}).text).toBe(one({title: 'AB'}).text)
    // normal items: prepareForStyle leaves names and ids alone
    const lee = gold.items.find((i) => i.id === 'lee1986') as CslItem
    expect(prepareForStyle(lee).author).toEqual(lee.author)
  })

  test('an item citeproc throws on is reported by id and left out; the others are formatted', () => {
    const bad = {type: 'book', id: 'bad', title: 'Bad', author: [{family: 'Bad', given: 5}]} as unknown as CslItem
    const good = gold.items.slice(0, 3)
    const diagnostics: Diagnostic[] = []
    const text = formatBibliography([bad, ...good], {style, format: 'text', diagnostics})
    expect(text).toBe(formatBibliography(good, {style, format: 'text'}))
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({severity: 'error', source: 'citations:format'})
    expect(diagnostics[0]!.message).toMatch(/^item bad could not be formatted/)
    const node = bibliographyNode([...good, bad], {style, diagnostics: []})
    expect(node.children.map((entry) => entry.id)).toEqual(bibliographyNode(good, {style}).children.map((entry) => entry.id))
  })

  test('after citeproc throws (a broken item, a broken style), the next formatting gives the bytes of a fresh process', () => {
    const dir = new URL('bib-archival/', fixtures)
    const items = fixtureItems(dir)
    // the fixture expectations were written by a fresh process (and are reviewed)
    const expectedText = readFileSync(new URL('bibliography.txt', dir), 'utf8')
    const expectedHtml = readFileSync(new URL('bibliography.html', dir), 'utf8')
    // an ill-typed title (a String object gets past prepareForStyle's string checks) that makes
    // citeproc throw halfway through registering the item (its cite `constructor` is looked up
    // in a plain object), leaving the cached engine broken: reused, it throws on every call
    const bad = {type: 'book', id: 'bad', title: new String('constructor')} as unknown as CslItem
    // same style, same engine: citeproc throws midway through the items
    const diagnostics: Diagnostic[] = []
    formatBibliography([...items, bad], {style, format: 'html', diagnostics})
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^item bad could not be formatted/)])
    // (input orders not formatted before, so that citeproc runs again rather than the cache answering)
    const reversed = [...items].reverse()
    expect(formatBibliography(reversed, {style, format: 'text'})).toBe(expectedText)
    expect(formatBibliography(reversed, {style, format: 'html'})).toBe(expectedHtml)
    // a style citeproc cannot run, then ours again
    const broken = '<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info/></style>'
    formatBibliography(items, {style: broken, format: 'text', diagnostics: []})
    expect(formatBibliography([...items.slice(1), items[0]!], {style, format: 'text'})).toBe(expectedText)
  })

  test('no items, no bibliography', () => {
    expect(formatBibliography([], {style, format: 'text'})).toBe('')
  })

  test('an unknown locale is a warning, and en-US is used', () => {
    const diagnostics: Diagnostic[] = []
    const text = formatBibliography(gold.items.slice(0, 2), {style, format: 'text', lang: 'xx-XX', diagnostics})
    expect(text).toBe(formatBibliography(gold.items.slice(0, 2), {style, format: 'text'}))
    expect(diagnostics).toMatchObject([{severity: 'warning', source: 'citations:format'}])
  })

  test('a language tag finds its CSL locale (en → en-US, fr → fr-FR) without a warning', () => {
    const diagnostics: Diagnostic[] = []
    const items = gold.items.filter((i) => i.id === 'lee1966')
    expect(formatBibliography(items, {style, format: 'text', lang: 'en', diagnostics})).toBe(formatBibliography(items, {style, format: 'text'}))
    const french = formatBibliography(items, {style, format: 'text', lang: 'fr', diagnostics})
    expect(french).toContain('avril')
    expect(diagnostics).toEqual([])
  })

  test('a style citeproc cannot run is an error diagnostic, not an exception', () => {
    const diagnostics: Diagnostic[] = []
    const broken = '<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info/></style>'
    expect(formatBibliography(gold.items.slice(0, 2), {style: broken, format: 'text', diagnostics})).toBe('')
    expect(diagnostics).toMatchObject([{severity: 'error', source: 'citations:format'}])
  })

  test('two different styles in one process do not clash', () => {
    const other = style.replace('<layout suffix=".">', '<layout suffix="!">')
    const item = gold.items.filter((i) => i.id === 'lee1986')
    expect(formatBibliography(item, {style: other, format: 'text'}).trim().endsWith('1986!')).toBe(true)
    expect(formatBibliography(item, {style, format: 'text'}).trim().endsWith('1986.')).toBe(true)
  })
})

describe('prepareForStyle', () => {
  test('moves translated titles from note into the variables the style prints', () => {
    const zhou = prepareForStyle(gold.items.find((i) => i.id === 'zhou1946') as CslItem)
    expect(zhou['references']).toBe("Collection of Important Documents of Yanbian Prefectural Commissioner's Office, CCP Yanbian Jidong and Jidun Prefecture")
    expect(zhou['reviewed-title']).toBeUndefined()
    const sun = prepareForStyle(gold.items.find((i) => i.id === 'sun2009') as CslItem)
    expect(sun['reviewed-title']).toBe('A History of Migration of the Koreans in China')
  })

  test('a short title is the title before its subtitle; the input is not changed', () => {
    const lee = gold.items.find((i) => i.id === 'lee1986') as CslItem
    expect(prepareForStyle(lee)['title-short']).toBe("China's Korean Minority")
    expect(lee['title-short']).toBeUndefined()
    const jones = gold.items.find((i) => i.id === 'jones1949') as CslItem
    expect(prepareForStyle(jones)['title-short']).toBeUndefined()
  })
})
