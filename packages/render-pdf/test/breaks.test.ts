// Ties and breaks (issue 12): every rule of src/lib/breaks.ts run on its example, set in lines
// of many widths; the real article and a lesson read back from the PDF.
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import createHyphenator from 'hyphen'
import {parse} from '@octavo/parser'
import type {ArticleMeta} from '@octavo/parser'
import {TIES, URL_BREAKS, WORD_BREAKS, wordBreaks} from '../src/lib/breaks.js'
import {FontSet} from '../src/lib/fonts.js'
import {InlineBuilder, makeHyphenator} from '../src/lib/inline.js'
import type {InlineShared} from '../src/lib/inline.js'
import {breakLines, INFINITY} from '../src/lib/linebreak.js'
import type {Item} from '../src/lib/linebreak.js'
import {layout, writePdf} from '../src/index.js'
import {has, patterns, readBack, shared, tempFile, testFonts} from './helpers.js'
import type {PopplerLine} from './helpers.js'

const hyphenation = {en: patterns('en-us')}

const FILLER = 'Reports from the provincial archives describe the crossings in some detail, and the ministry answered them'

function shared_(): InlineShared {
  return {words: new Map(), hyphenate: makeHyphenator(createHyphenator(patterns('en-us'), {hyphenChar: '\u00ad', minWordLength: 5}))}
}

/** `text` set justified at `width` (points, 10 pt type): the text of each line. */
function lines(text: string, width: number, align: 'justify' | 'left' = 'justify'): string[] {
  const fonts = new FontSet(testFonts(), 'en')
  const b = new InlineBuilder(fonts, shared_(), {missing: () => {}})
  b.text(text, 'regular', 10)
  // An added hyphen is a text item of its own, glued to the word it ends.
  return b.set({width, align}).map((line) =>
    line.items
      .map((item) => (item.type === 'text' ? (item.softHyphen ? '' : ' ') + item.text : ''))
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/** Every pair (end of a line, start of the next) of `text` set at widths `from`–400 pt, justified and ragged. */
function lineEnds(text: string, from = 120): Array<[string, string]> {
  const pairs: Array<[string, string]> = []
  for (let width = from; width <= 400; width += 7) {
    for (const align of ['justify', 'left'] as const) {
      const set = lines(text, width, align)
      for (let i = 0; i + 1 < set.length; i++) pairs.push([set[i]!, set[i + 1]!])
    }
  }
  return pairs
}

describe('ties: a space that never breaks (TIES)', () => {
  test.each(TIES.map((tie) => [tie.name, tie.example] as const))('%s: %s', (_name, example) => {
    const [first, ...rest] = example.split(' ')
    const text = `${FILLER} ${example} ${FILLER}`
    const pairs = lineEnds(text)
    // the example's first word ends a line somewhere only if its tie is broken
    const parted = pairs.filter(([end, start]) => end.endsWith(` ${first!}`) && start.startsWith(rest[0]!.slice(0, 3)))
    expect(parted).toEqual([])
    // and the example does cross the line ends: some line ends right after it
    expect(pairs.some(([end]) => end.endsWith(example) || end.endsWith(example.slice(-4)))).toBe(true)
  })

  test('without the tie the same text does break there (the test can fail)', () => {
    const pairs = lineEnds(`${FILLER} pq. 5 ${FILLER}`)
    expect(pairs.some(([end, start]) => end.endsWith(' pq.') && start.startsWith('5'))).toBe(true)
  })
})

describe('breaks inside words (WORD_BREAKS, URL_BREAKS): each example`s marks are where the rule breaks', () => {
  const cases = [...WORD_BREAKS, ...URL_BREAKS].map((rule) => [rule.name, rule.example] as const)
  test.each(cases)('%s: %s', (_name, example) => {
    for (const marked of example.split(', ')) {
      const word = marked.replace(/^(?:pp|No)\. /, '')
      const expected: number[] = []
      let plain = ''
      for (const char of word) {
        if (char === '|') expected.push(plain.length)
        else plain += char
      }
      const found = wordBreaks(plain).map((b) => b.at)
      for (const at of expected) expect(found, `${plain} at ${at}`).toContain(at)
    }
  })

  test('a number range or archive number breaks at its dash only as a last resort', () => {
    for (const example of ['pp. 254–256', 'No. 118-00175-01', 'from 1850–1860 onward']) {
      // from 280 pt (60 characters of 10 pt): on narrower lines the other breakings may all have a line looser than ~3
      const pairs = lineEnds(`${FILLER} ${example} ${FILLER}`, 280)
      expect(pairs.filter(([end, start]) => /\d[-–]$/.test(end) && /^\d/.test(start))).toEqual([])
    }
    // at a measure barely wider than the number, it is broken rather than overfull
    expect(lines('No. 118-00175-01-118-00175-01', 60, 'justify').length).toBeGreaterThan(1)
  })

  test('a compound is broken only at its own hyphen; other words are hyphenated', () => {
    const text = `${FILLER} Sino-Korean border-crossing internationalization administrative ${FILLER} Chinese-Soviet Addison-Wesley`
    const pairs = lineEnds(text)
    const broken = pairs.filter(([end]) => end.endsWith('-')).map(([end, start]) => [end.split(' ').pop()!, start.split(' ')[0]!] as const)
    // a word of a compound broken at a hyphen: the text has it with that hyphen
    const compounds = broken.filter(([a, b]) => /\p{L}-\p{L}/u.test(a.slice(0, -1) + ' ' + b) || /\p{L}-\p{L}/u.test(b) || /\p{L}-\p{L}/u.test(a.slice(0, -1)) || text.includes(a + b))
    expect(compounds.length).toBeGreaterThan(0)
    expect(compounds.filter(([a, b]) => !text.includes(a + b))).toEqual([])
    // the other words are hyphenated
    expect(broken.some(([a, b]) => text.includes(a.slice(0, -1) + b) && /^(in|ad)/.test(a))).toBe(true)
  })

  test('a URL breaks before its punctuation, with no hyphen added', () => {
    const url = 'https://doi.org/10.1007/978-3-030-86159-9_21'
    const pairs = lineEnds(`${FILLER} ${url}. ${FILLER}`)
    let inside = 0
    for (const [end, start] of pairs) {
      const tail = end.split(' ').pop()!
      if (!url.startsWith(tail) || tail === url) continue
      inside++
      // no hyphen added: the two pieces are the URL
      expect(
        url.startsWith(
          tail +
            start
              .split(' ')[0]!
              .replace(/\.$/, '')
              .slice(0, url.length - tail.length)
        )
      ).toBe(true)
      // CMOS 14.18: the piece ends after // or :, or the next starts with punctuation
      expect(/(\/\/|:)$/.test(tail) || /^[/.,\-_~?#%=&]/.test(start)).toBe(true)
    }
    expect(inside).toBeGreaterThan(0)
  })
})

describe('hyphens in a row', () => {
  /** A paragraph of words that may each be hyphenated in the middle. */
  function hyphenRich(count: number, seed: number): Item[] {
    const items: Item[] = []
    let s = seed
    const random = () => (s = (s * 16807) % 2147483647) / 2147483647
    for (let i = 0; i < count; i++) {
      if (i > 0) items.push({type: 'glue', width: 4, stretch: 3, shrink: 1.5})
      items.push({type: 'box', width: 8 + random() * 14}, {type: 'penalty', width: 2, penalty: 50, flagged: true}, {type: 'box', width: 8 + random() * 14})
    }
    items.push({type: 'glue', width: 0, stretch: INFINITY, shrink: 0}, {type: 'penalty', width: 0, penalty: -INFINITY, flagged: false})
    return items
  }
  const triples = (items: Item[], demerits?: number) => {
    let found = 0
    for (let seed = 1; seed <= 40; seed++) {
      const paragraph = hyphenRich(60, seed)
      const set = breakLines(paragraph, () => 150, demerits === undefined ? {} : {tripleHyphenDemerits: demerits})
      let run = 0
      for (const line of set) {
        const end = paragraph[line.end]
        run = end?.type === 'penalty' && end.flagged ? run + 1 : 0
        if (run >= 3) found++
      }
    }
    void items
    return found
  }
  test('three hyphenated lines in a row are avoided when a breaking within the tolerance avoids them', () => {
    const without = triples([], 0)
    const withDemerits = triples([])
    expect(without).toBeGreaterThan(10)
    // what is left: paragraphs whose every breaking within the first tolerance has three in a row
    expect(withDemerits).toBeLessThan(without / 3)
  })
})

describe.skipIf(!has('pdftotext'))('read back from the PDF', () => {
  /** Pairs (last word of a line, first word of the next) of every page, body and notes. */
  async function readEnds(tree: ReturnType<typeof parse>['tree']): Promise<Array<[string, string]>> {
    const hyphenation = {en: patterns('en-us'), fr: patterns('fr')}
    const pdf = await writePdf(layout(tree, {fonts: testFonts(), hyphenation}).layout, {fonts: testFonts()})
    const pairs: Array<[string, string]> = []
    for (const page of readBack(tempFile('breaks.pdf', pdf))) {
      page.lines.forEach((line, i) => {
        const next = page.lines[i + 1]
        if (next) pairs.push([line.words[line.words.length - 1]!.text, next.words[0]!.text])
      })
    }
    return pairs
  }
  test('the real article: no locator parted from its number, no number or compound broken inside', {tags: ['corpus']}, async () => {
    const meta = parseYaml(readFileSync(`${shared}/corpus/koreans-1950-1962.meta.yaml`, 'utf8')) as ArticleMeta
    const source = readFileSync(`${shared}/corpus/koreans-1950-1962.txt`, 'utf8')
    const pairs = await readEnds(parse(source, {format: 'text', meta}).tree)
    expect(pairs.length).toBeGreaterThan(500)
    expect(pairs.filter(([end, start]) => /^(p|pp|no|vol|n)\.$/i.test(end) && /^\d/.test(start))).toEqual([])
    // One last resort: note 89 ("… situation], in CFMA, No. 106-01128-01, pp. 1–10.") has no other breaking with a line less than 5.7 times looser than its glue allows
    expect(pairs.filter(([end, start]) => /\d[-–]$/.test(end) && /^\d/.test(start))).toEqual([['106-', '01128-01,']])
    // a line ending in a hyphen inside a compound: the source never has the word with that hyphen
    const flat = source.replace(/\s+/g, ' ')
    const reHyphenated = pairs.filter(
      ([end, start]) => /\p{L}-$/u.test(end) && (/\p{L}-\p{L}/u.test(end.slice(0, -1)) || /\p{L}-\p{L}/u.test(start)) && !flat.includes(end + start.replace(/[.,;:”)]+$/, ''))
    )
    expect(reHyphenated).toEqual([])
  })
})

describe.skipIf(!has('pdftotext'))('no page turns after an added hyphen', () => {
  test('the last line of a page ends with a hyphen the typesetter added only when the two lines above do too', async () => {
    const words = 'international administrative representation historiographical documentation interpretation responsibility transnational'.split(' ')
    const paragraph = (seed: number) => ({
      type: 'paragraph' as const,
      children: [{type: 'text' as const, value: Array.from({length: 220}, (_, i) => words[(i * 7 + seed) % words.length]).join(' ') + '.'}]
    })
    const tree = {type: 'root' as const, data: {meta: {title: 'Hyphens', lang: 'en'}}, children: Array.from({length: 12}, (_, i) => paragraph(i))}
    const pdf = await writePdf(layout(tree, {fonts: testFonts(), hyphenation}).layout, {fonts: testFonts()})
    const pages = readBack(tempFile('page-hyphens.pdf', pdf))
    // the body's lines (the folio left out): many end with a hyphen, the last of a page never
    const bodies = pages.map((p) => p.lines.filter((l) => !/^\d+$/.test(l.words.map((w) => w.text).join(''))))
    const ends = bodies.flatMap((lines) => lines.map((l) => l.words[l.words.length - 1]!.text))
    expect(pages.length).toBeGreaterThan(6)
    expect(ends.filter((w) => w.endsWith('-')).length).toBeGreaterThan(pages.length * 4)
    // a page ends after an added hyphen only when the two lines above end with one too (it may end two lines early, no more)
    const last = (line: PopplerLine | undefined) => line?.words.at(-1)!.text ?? ''
    const early = bodies.slice(0, -1).filter((lines) => last(lines.at(-1)).endsWith('-'))
    expect(early.filter((lines) => !(last(lines.at(-2)).endsWith('-') && last(lines.at(-3)).endsWith('-')))).toEqual([])
    expect(early.length).toBeLessThanOrEqual(1)
  })
})
