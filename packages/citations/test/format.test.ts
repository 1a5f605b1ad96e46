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
    expect(cases.length).toBeGreaterThanOrEqual(2)
  })
  for (const name of cases) {
    const dir = new URL(`${name}/`, fixtures)
    for (const [file, make] of Object.entries(OUTPUTS)) {
      test(`${name}/${file}`, () => {
        const actual = make(fixtureItems(dir))
        const expected = new URL(file, dir)
        if (process.env['UPDATE']) writeFileSync(expected, actual)
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
        expect(formatBibliography(items, {style, format: 'text'})).toBe(
          formatBibliography(reversed, {style, format: 'text'})
        )
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

  test('property: any well-typed items give one entry each, without exceptions or diagnostics', () => {
    // citeproc-js itself throws on whitespace-only titles and on names such
    // as `toString` (it looks names up on plain objects): such strings are
    // left out here (known limitation, test/NOTES.md), and the seed is fixed
    // so that a run is repeatable.
    const words = (maxLength: number, minLength = 1) =>
      fc.string({minLength, maxLength}).filter((s) => (minLength === 0 || /\S/.test(s)) && !(s.trim() in Object.prototype))
    const name = fc.oneof(
      fc.record({family: words(12), given: words(12, 0)}),
      fc.record({literal: words(20)})
    )
    const item = fc.record(
      {
        type: fc.constantFrom('book', 'chapter', 'article-journal', 'article-newspaper', 'manuscript', 'report', 'webpage', 'thesis', 'dataset'),
        title: words(40),
        author: fc.array(name, {maxLength: 4}),
        'container-title': fc.string({maxLength: 20}),
        issued: fc.record({'date-parts': fc.tuple(fc.tuple(fc.integer({min: 1500, max: 2030}), fc.integer({min: 1, max: 12})))}),
        archive: fc.string({maxLength: 10}),
        page: fc.constantFrom('1', '10–20', 'iv–x')
      },
      {requiredKeys: ['type', 'title']}
    )
    fc.assert(
      fc.property(fc.array(item, {minLength: 1, maxLength: 6}), (list) => {
        const items = list.map((it, i) => ({...it, id: `item${i}`}) as CslItem)
        const diagnostics: Diagnostic[] = []
        const node = bibliographyNode(items, {style, diagnostics})
        expect(diagnostics).toEqual([])
        expect(node.children.map((entry) => entry.id).sort()).toEqual(items.map((it) => it.id).sort())
      }),
      {numRuns: 40, seed: 20261128}
    )
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
    expect(formatBibliography(items, {style, format: 'text', lang: 'en', diagnostics})).toBe(
      formatBibliography(items, {style, format: 'text'})
    )
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
    expect(zhou['references']).toBe(
      "Collection of Important Documents of Yanbian Prefectural Commissioner's Office, CCP Yanbian Jidong and Jidun Prefecture"
    )
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
