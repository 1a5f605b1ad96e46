// Code (issue 12): monospace sized to the text face's x-height, long lines wrapped at a space or
// between tokens with a visible continuation mark keeping the indent; read back from the PDF.
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import type {Root} from 'mdast'
import {parse} from '@octavo/parser'
import {CONTINUATION, WRAP_RULES, wrapAt, wrapCode} from '../src/lib/code.js'
import {FontSet} from '../src/lib/fonts.js'
import {layout, writePdf} from '../src/index.js'
import {has, patterns, readBack, shared, tempFile, testFonts} from './helpers.js'

describe('WRAP_RULES: each example wraps where it says', () => {
  test.each(WRAP_RULES.map((rule) => [rule.name, rule.example] as const))('%s', (_name, example) => {
    const at = example.first.indexOf('|')
    expect(wrapAt(example.line, example.columns)).toBe(at)
  })

  test('a wrapped line loses no character, and no piece is longer than its room', () => {
    const line = '        tokens = nltk.word_tokenize(federalist_by_author[author]) + [word.lower() for word in other_words_of_the_corpus]'
    const {indent, pieces} = wrapCode(line, 40)
    expect(indent).toBe('        ')
    expect(pieces[0]!.length).toBeLessThanOrEqual(40)
    for (const piece of pieces.slice(1)) expect(indent.length + 2 + piece.length).toBeLessThanOrEqual(40)
    expect(pieces.join(' ').replace(/\s+/g, '')).toBe(line.replace(/\s+/g, ''))
  })
})

/** pdftohtml -xml at zoom 10: text runs with their font family and size (to 0.1 pt) and position. */
function runs(pdf: Uint8Array): Array<{text: string; family: string; size: number; left: number; top: number}> {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-zoom', '10', tempFile('code.pdf', pdf)], {encoding: 'utf8', maxBuffer: 1 << 28})
  const fonts = new Map<string, {family: string; size: number}>()
  const out: Array<{text: string; family: string; size: number; left: number; top: number}> = []
  for (const page of xml.split('<page ').slice(1)) {
    for (const m of page.matchAll(/<fontspec id="(\d+)" size="(-?\d+)" family="([^"]*)"/g)) fonts.set(m[1]!, {family: m[3]!, size: Number(m[2]) / 10})
    for (const m of page.matchAll(/<text top="(-?\d+)" left="(-?\d+)" width="\d+" height="\d+" font="(\d+)">([\s\S]*?)<\/text>/g)) {
      const font = fonts.get(m[3]!)!
      out.push({
        text: m[4]!
          .replace(/<[^>]*>/g, '')
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&#34;/g, '"')
          .replace(/&#39;/g, "'"),
        family: font.family,
        size: font.size,
        left: Number(m[2]) / 10,
        top: Number(m[1]) / 10
      })
    }
  }
  return out
}

const tools = has('pdftohtml')

describe.skipIf(!tools)('code read back from the PDF', () => {
  const source = readFileSync(`${shared}/corpus/real/ph-stylometry-python.md`, 'utf8')

  test('monospace has the x-height of the text face', {tags: ['slow']}, async () => {
    const {tree} = parse(source, {format: 'markdown'})
    const pdf = await writePdf(layout(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}}).layout, {fonts: testFonts()})
    const all = runs(pdf)
    const mono = all.filter((r) => /Mono/.test(r.family))
    const body = all.filter((r) => /Garamond/.test(r.family))
    const common = (xs: number[]) => [...xs].sort((a, b) => xs.filter((x) => x === b).length - xs.filter((x) => x === a).length)[0]!
    const fonts = new FontSet(testFonts(), 'en')
    const monoX = common(mono.map((r) => r.size)) * fonts.xHeight('mono')
    const textX = common(body.map((r) => r.size)) * fonts.xHeight('regular')
    expect(monoX / textX).toBeCloseTo(1, 1)
  })

  test('long lines wrap with the mark, keep their indent, and are not cut inside a token when a space is near', async () => {
    const line = '    federalist_by_author_length_distributions[author] = nltk.FreqDist(token_lengths) + some_other_long_name'
    const token = '    x = "' + 'a'.repeat(120) + '"'
    const tree: Root = {type: 'root', data: {meta: {title: 'Code', lang: 'en'}}, children: [{type: 'code', lang: 'python', value: `y = 1\n${line}\n${token}`}]}
    const pdf = await writePdf(layout(tree, {fonts: testFonts()}).layout, {fonts: testFonts()})
    // poppler's words and their boxes (the code lines: every line after the title)
    const rows = readBack(tempFile('code-wrap.pdf', pdf))
      .flatMap((p) => p.lines)
      .filter((l) => l.words[0]!.text !== 'Code' && !/^\d+$/.test(l.words[0]!.text))
      .map((l) => ({text: l.words.map((w) => w.text).join(' '), left: l.words[0]!.xMin}))
    const continued = rows.filter((r) => r.text.startsWith(CONTINUATION))
    expect(continued.length).toBeGreaterThanOrEqual(2)
    // the indent kept: the mark stands where its line's first character does (four spaces in), not at the block's edge
    const edge = rows.find((r) => r.text === 'y = 1')!.left
    const first = rows.find((r) => r.text.startsWith('federalist'))!
    expect(first.left).toBeGreaterThan(edge + 10)
    for (const row of continued) expect(row.left).toBeCloseTo(first.left, 0)
    // every wrap of the first line is at a space: its words are whole on one row or another
    const words = line.trim().split(/\s+/)
    const printed = rows.filter((r) => !r.text.includes('aaaa') && r.text !== 'y = 1').flatMap((r) => r.text.replace(CONTINUATION, '').trim().split(' '))
    expect(printed).toEqual(words)
    // the 120-character token is cut at the column (no space near) and loses nothing
    expect(
      rows
        .filter((r) => r.text.includes('aaaa'))
        .map((r) => r.text.replace(CONTINUATION, '').trim())
        .join('')
    ).toBe(token.trim())
  })

  test('spaces inside inline code keep their width in a justified line', async () => {
    const {tree} = parse(
      "---\ntitle: Code\nlang: en\n---\n\nTo tokenize texts in another language, change one line in the code above to feed the proper language to the tokenizer as a parameter. For example: `tokens = nltk.word_tokenize(federalist_by_author[author], language='french')`. Read the documentation of the library for more details about the languages it knows.\n",
      {format: 'markdown'}
    )
    const pdf = await writePdf(layout(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}}).layout, {fonts: testFonts()})
    const words = readBack(tempFile('inline-code.pdf', pdf)).flatMap((p) => p.lines.flatMap((l) => l.words))
    const at = words.findIndex((w) => w.text === 'tokens')
    expect(at).toBeGreaterThan(0)
    const [tokens, equals] = [words[at]!, words[at + 1]!]
    expect(equals.text).toBe('=')
    // one space of the mono face: its advance is the width of one of its characters
    const advance = (tokens.xMax - tokens.xMin) / 'tokens'.length
    expect(equals.xMin - tokens.xMax).toBeCloseTo(advance, 1)
  })
})
