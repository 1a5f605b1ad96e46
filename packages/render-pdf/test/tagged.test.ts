/**
 * The tagged PDF read back: the structure tree with poppler's `pdfinfo -struct-text`, and with
 * our own walk over the objects and content streams (every text, image and rule operator inside
 * a marked-content sequence: a structure element's, or a pagination artifact's).
 */
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {inflateSync} from 'node:zlib'
import type {PDFRawStream} from 'pdf-lib'
import {PDFArray, PDFDict, PDFDocument, PDFName, type PDFRef} from 'pdf-lib'
import type {Root} from 'mdast'
import {parse as parseYaml} from 'yaml'
import {describe, expect, test} from 'vitest'
import {parse, type ArticleMeta} from '@octavo/parser'
import {renderPdf, writePdf} from '../src/index.js'
import {headingShift, headingTag, BLOCK_TAGS} from '../src/lib/structure.js'
import {has, patterns, shared, tempFile, testFonts} from './helpers.js'

const poppler = has('pdfinfo')
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

async function pdfOf(markdown: string, images: Record<string, Uint8Array> = {}): Promise<Uint8Array> {
  const {tree} = parse(markdown, {format: 'markdown'})
  return (await renderPdf(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}, images})).pdf
}

/** `pdfinfo -struct-text`: one line per element (indented by depth) or text. */
function structureText(pdf: Uint8Array): string[] {
  return execFileSync('pdfinfo', ['-struct-text', tempFile('tagged.pdf', pdf)], {encoding: 'utf8'}).split('\n')
}

/** The element types, in reading order, without their text. */
function elements(lines: string[]): string[] {
  return lines.flatMap((line) => /^\s*([A-Z][A-Za-z0-9]*)(?: \(\w+\))?:?$/.exec(line)?.[1] ?? [])
}

/** The content streams of every page, inflated, as text. */
async function contentStreams(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf)
  return doc.getPages().flatMap((page) => {
    const contents = page.node.get(PDFName.of('Contents'))
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents]
    return refs.map((ref) => inflateSync((doc.context.lookup(ref as PDFRef) as PDFRawStream).contents).toString('latin1'))
  })
}

/** Operators drawing something (text, an image, a path) found outside any BDC … EMC, per page. */
async function unmarked(pdf: Uint8Array): Promise<number> {
  let outside = 0
  for (const stream of await contentStreams(pdf)) {
    let depth = 0
    for (const line of stream.split('\n')) {
      if (line.endsWith(' BDC')) depth++
      else if (line === 'EMC') depth--
      else if ((line === 'BT' || line.endsWith(' Do') || line === 'S') && depth === 0) outside++
    }
  }
  return outside
}

/** A tree for each BLOCK_TAGS example: Markdown, or (bibliography, article: nodes Markdown cannot write) built here. */
function exampleTree(kind: string, example: string): Root {
  const meta = {title: 'T', lang: 'en'}
  const entry = {type: 'bibliographyEntry', id: 'a', children: [{type: 'text', value: 'Doe, Jane. A Book. 1999.'}]}
  if (kind === 'bibliography') return {type: 'root', data: {meta}, children: [{type: 'bibliography', title: 'Bibliography', children: [entry]}]} as unknown as Root
  if (kind === 'article') {
    const article = {type: 'article', data: {meta}, children: [{type: 'paragraph', children: [{type: 'text', value: 'Text.'}]}]}
    return {type: 'root', data: {meta: {title: 'A Reader', lang: 'en'}, volume: {rectoStarts: false, bibliography: 'combined'}}, children: [article]} as unknown as Root
  }
  if (kind === 'credits') {
    const article = {type: 'article', data: {meta}, children: [{type: 'paragraph', children: [{type: 'text', value: 'Text.'}]}]}
    const credits = {type: 'credits', children: [{type: 'paragraph', children: [{type: 'text', value: 'T. By A. Author. License: CC BY 4.0.'}]}]}
    return {type: 'root', data: {meta: {title: 'A Reader', lang: 'en'}, volume: {bibliography: 'combined'}}, children: [article, credits]} as unknown as Root
  }
  return parse(example.startsWith('---') ? example : `---\ntitle: T\nlang: en\n---\n\n${example}`, {format: 'markdown'}).tree
}

/** The structure each example must give, read back from its PDF (written out here, not taken from the table). */
const EXAMPLE_STRUCTURE: Record<string, string[]> = {
  paragraph: ['Document', 'H1', 'P'],
  heading: ['Document', 'H1', 'H2'],
  blockquote: ['Document', 'H1', 'BlockQuote', 'P'],
  list: ['Document', 'H1', 'L', 'LI', 'Lbl', 'LBody', 'P'],
  listItem: ['Document', 'H1', 'L', 'LI', 'Lbl', 'LBody', 'P'],
  code: ['Document', 'H1', 'Code'],
  table: ['Document', 'H1', 'Table', 'THead', 'TR', 'TH', 'TH', 'TBody', 'TR', 'TD', 'TD'],
  abstract: ['Document', 'H1', 'Sect', 'P', 'P'],
  bibliography: ['Document', 'H1', 'Sect', 'H2', 'L', 'LI', 'LBody'],
  article: ['Document', 'H1', 'H1', 'TOC', 'TOCI', 'Link', 'Part', 'H1', 'P'],
  // the credits are back matter: a contents entry, a Sect with its own H1
  credits: ['Document', 'H1', 'H1', 'TOC', 'TOCI', 'Link', 'TOCI', 'Link', 'Part', 'H1', 'P', 'Sect', 'H1', 'P'],
  html: ['Document', 'H1', 'P']
}

describe.skipIf(!poppler)('BLOCK_TAGS: each block kind as its structure element, run on its example', () => {
  test.each(Object.entries(BLOCK_TAGS))('%s', async (kind, {example}) => {
    const {pdf} = await renderPdf(exampleTree(kind, example), {fonts: testFonts(), hyphenation: {en: patterns('en-us')}})
    expect(elements(structureText(pdf))).toEqual(EXAMPLE_STRUCTURE[kind])
  })
})

describe('heading levels', () => {
  test('headings: `#` under the title becomes H2, `##` stays H2 when it is the shallowest; never beyond H6', () => {
    expect(headingTag(1, headingShift([1, 2, 3]))).toBe('H2')
    expect(headingTag(2, headingShift([2, 3]))).toBe('H2')
    expect(headingTag(6, 1)).toBe('H6')
  })
})

describe('heading levels', () => {
  test('a skipped level is a warning at the heading that skips it', async () => {
    const {tree} = parse('---\ntitle: Levels\nlang: en\n---\n\n# One\n\n### Three\n\n## Two\n', {format: 'markdown'})
    const {diagnostics} = await renderPdf(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}})
    const skipped = diagnostics.filter((d) => d.source === 'render-pdf:structure')
    expect(skipped.map((d) => [d.message, d.position?.start.line])).toEqual([['heading level skipped (H4 after H2): screen readers show a gap in the outline; use ## here', 8]])
  })
})

describe.skipIf(!poppler)('a tagged PDF', () => {
  test('headings, paragraphs, a list, a quotation, a table and notes, in reading order; nothing unmarked', async () => {
    const pdf = await pdfOf(
      [
        '---\ntitle: Tagged\nlang: en\n---',
        '# First section',
        'A paragraph with a note.[^1] And a second sentence.',
        '- one\n- two',
        '> A quotation.',
        '| a | b |\n|---|---|\n| 1 | 2 |',
        '## A subsection',
        'The last paragraph.',
        '[^1]: The note, read after its paragraph.'
      ].join('\n\n')
    )
    const lines = structureText(pdf)
    // The reference's Link inside its paragraph's text; the note inside its paragraph, read after it: its number (Lbl, a Link back) first.
    expect(elements(lines)).toEqual([
      'Document',
      'H1',
      'H2',
      'P',
      'Link',
      'Note',
      'Lbl',
      'Link',
      'L',
      'LI',
      'Lbl',
      'LBody',
      'P',
      'LI',
      'Lbl',
      'LBody',
      'P',
      'BlockQuote',
      'P',
      'Table',
      'THead',
      'TR',
      'TH',
      'TH',
      'TBody',
      'TR',
      'TD',
      'TD',
      'H3',
      'P'
    ])
    const text = lines.join('\n')
    expect(text.indexOf('A paragraph with a note.')).toBeLessThan(text.indexOf('The note, read after its paragraph.'))
    expect(text.indexOf('The note, read after its paragraph.')).toBeLessThan(text.indexOf('one'))
    expect(text).toMatch(/Lbl[^\n]*\n\s+Link[^\n]*\n\s+"1\."/)
    // Header cells head their columns.
    expect(text).toMatch(/TH:\n\s+\/Scope \/Column/)
    expect(await unmarked(pdf)).toBe(0)
  })

  test('a list item is an LI of its label (Lbl: the bullet or number, read first) and its content (LBody), nested lists inside the LBody', async () => {
    const lines = structureText(await pdfOf('---\ntitle: Lists\nlang: en\n---\n\n1. First item\n2. Second item\n   - inner bullet\n'))
    expect(elements(lines)).toEqual(['Document', 'H1', 'L', 'LI', 'Lbl', 'LBody', 'P', 'LI', 'Lbl', 'LBody', 'P', 'L', 'LI', 'Lbl', 'LBody', 'P'])
    // Without the `(block)` poppler prints after each element name.
    const text = lines.map((line) => line.replace(/ \(\w+\)$/, '')).join('\n')
    expect(text).toMatch(/Lbl\n\s+"1\."\n\s+LBody\n\s+P\n\s+"First item"/)
    expect(text).toMatch(/Lbl\n\s+"2\."\n\s+LBody\n\s+P\n\s+"Second item"/)
    expect(text).toMatch(/Lbl\n\s+"•"\n\s+LBody\n\s+P\n\s+"inner bullet"/)
  })

  test("a link's text is its Link element's, between the text before and after it, with its annotation: read as the link", async () => {
    const pdf = await pdfOf('---\ntitle: Links\nlang: en\n---\n\nSee [the site](https://example.org) and a note.[^1]\n\n| a |\n|---|\n| [cell link](https://example.com) |\n\n[^1]: The note.')
    const text = structureText(pdf)
      .map((line) => line.replace(/ \(\w+\)$/, ''))
      .join('\n')
    // (poppler trims each text's spaces and names an annotation `Object n 0`.)
    expect(text).toMatch(
      /P\n\s+"See"\n\s+Link\n\s+"the site"\n\s+Object \d+ 0\n\s+"and a note\."\n\s+Link\n\s+"1"\n\s+Object \d+ 0\n\s+Note\n\s+Lbl\n\s+Link\n\s+"1\."\n\s+Object \d+ 0\n\s+"The note\."/
    )
    expect(text).toMatch(/TD\n\s+Link\n\s+"cell link"\n\s+Object \d+ 0/)
    // Each Link holds its annotation (an OBJR) after its text: walked in the objects.
    const doc = await PDFDocument.load(pdf)
    const linkKids: string[][] = []
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFDict) || String(object.get(PDFName.of('S'))) !== '/Link') continue
      const kids = object
        .lookup(PDFName.of('K'), PDFArray)
        .asArray()
        .map((kid) => doc.context.lookup(kid))
      linkKids.push(kids.map((kid) => (kid instanceof PDFDict ? String(kid.get(PDFName.of('Type'))) : 'element')))
    }
    expect(linkKids).toHaveLength(4)
    for (const kids of linkKids) expect(kids).toEqual(['/MCR', '/OBJR'])
  })

  test('a run of another script is a Span with its /Lang (the table render-epub uses: Greek grc when polytonic, else el); a node naming its language (HTML lang) too', async () => {
    const pdf = await pdfOf(
      '---\ntitle: Langues\nlang: fr\n---\n\nLe mot ἄνθρωpos, puis ἄνθρωπος (homme).\n\nEn grec moderne ελευθερία ; le coefficient β.\n\n<p>Voir <i lang="de">das Wort</i> ici.</p>\n\n<p lang="en">An English paragraph.</p>\n'
    )
    const text = structureText(pdf)
      .map((line) => line.replace(/ \(\w+\)$/, ''))
      .join('\n')
    expect(text).toMatch(/P\n\s+"Le mot"\n\s+Span\n\s+"ἄνθρω"/)
    expect(text).toMatch(/Span\n\s+"ἄνθρωπος"\n\s+"\(homme\)\."\n/)
    expect(text).toMatch(/"En grec moderne"\n\s+Span\n\s+"ελευθερία"\n\s+"; le coefficient β\."/)
    expect(text).toMatch(/"Voir"\n\s+Span\n\s+"das Wort"\n\s+"ici\."/)
    const doc = await PDFDocument.load(pdf)
    const langs: Array<[string, string]> = []
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (object instanceof PDFDict && object.get(PDFName.of('Lang')) && object.get(PDFName.of('S'))) langs.push([String(object.get(PDFName.of('S'))), String(object.get(PDFName.of('Lang')))])
    }
    // Beside a polytonic run, even ἄνθρω is Ancient Greek; a monotonic text Modern Greek; a letter alone (β) a symbol: no Span. The HTML paragraph's language is on its P.
    expect(langs).toEqual([
      ['/Span', '(grc)'],
      ['/Span', '(grc)'],
      ['/Span', '(el)'],
      ['/Span', '(de)'],
      ['/P', '(en)']
    ])
  })

  test('an HTML table whose first row is <td> cells (data.headerless): a TBody of TD cells only, its first row not bold; with <th> the first row is a THead of TH, bold', async () => {
    const table = (first: string) => `---\ntitle: Tables\nlang: en\n---\n\n<table>\n<tr><${first}>Alpha</${first}><${first}>Beta</${first}></tr>\n<tr><td>Gamma</td><td>Delta</td></tr>\n</table>\n`
    const without = await pdfOf(table('td'))
    expect(elements(structureText(without))).toEqual(['Document', 'H1', 'Table', 'TBody', 'TR', 'TD', 'TD', 'TR', 'TD', 'TD'])
    const withHeader = await pdfOf(table('th'))
    expect(elements(structureText(withHeader))).toEqual(['Document', 'H1', 'Table', 'THead', 'TR', 'TH', 'TH', 'TBody', 'TR', 'TD', 'TD'])
    // the bold face only for a header row (the title is bold too)
    const boldWords = (pdf: Uint8Array) => {
      const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', tempFile('table-bold.pdf', pdf)], {encoding: 'utf8'})
      return [...xml.matchAll(/<text [^>]*><b>([^<]*)<\/b><\/text>/g)].map((m) => m[1]!.trim())
    }
    expect(boldWords(without)).toEqual(['Tables'])
    expect(boldWords(withHeader)).toEqual(['Tables', 'Alpha', 'Beta'])
  })

  test('an inline <span lang> in a paragraph is a Span with its /Lang (its text and its emphasis); a span naming no language stays text', async () => {
    const pdf = await pdfOf('---\ntitle: Spans\nlang: en\n---\n\nHe said <span lang="fr">bonjour *mon ami*</span> and <span class="x">plain</span> left.\n')
    const text = structureText(pdf)
      .map((line) => line.replace(/ \(\w+\)$/, ''))
      .join('\n')
    expect(text).toMatch(/"He said"\n\s+Span\n\s+"bonjour"\n\s+Span\n\s+"mon ami"\n\s+"and plain left\."/)
    expect(text).not.toContain('<span')
    const doc = await PDFDocument.load(pdf)
    const langs: string[] = []
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (object instanceof PDFDict && object.get(PDFName.of('Lang')) && object.get(PDFName.of('S'))) langs.push(`${String(object.get(PDFName.of('S')))} ${String(object.get(PDFName.of('Lang')))}`)
    }
    expect(langs).toEqual(['/Span (fr)', '/Span (fr)'])
  })

  test('a hyphen added at a line break is read as a soft hyphen (ActualText U+00AD on its marked content); a hyphen of the text stays a hyphen', async () => {
    const words = 'Administrative internationalization characteristically institutionalizes incomprehensibility, and Sino-Korean border-crossing'
    const pdf = await pdfOf(`---\ntitle: Hyphens\nlang: en\n---\n\n${Array.from({length: 8}, () => words).join(' ')}.`)
    const streams = await contentStreams(pdf)
    const soft = [...streams.join('\n').matchAll(/\/P <<\/MCID \d+ \/ActualText <FEFF00AD>>> BDC\nBT\n[^\n]+\n[^\n]+\n\[ <([0-9A-F]+)> \] TJ\nET\nEMC/g)]
    expect(soft.length).toBeGreaterThan(2)
    // Each is one glyph (the hyphen) in a run of its own: poppler lists each added hyphen as a text "-" of its own, and those are all.
    for (const [, glyphs] of soft) expect(glyphs).toHaveLength(4)
    const alone = structureText(pdf).filter((line) => line.trim() === '"-"')
    expect(alone).toHaveLength(soft.length)
    // The text's own hyphens (Sino-Korean, border-crossing) stay in their words' runs, unmarked.
    expect(structureText(pdf).join('\n')).toContain('Sino-Korean')
  })

  test('every link annotation is in the structure (a Link element holding it, its /StructParent) and says where it leads', async () => {
    const doc = await PDFDocument.load(await pdfOf('---\ntitle: Links\nlang: en\n---\n\nSee [the site](https://example.org) and a note.[^1]\n\n[^1]: The note.'))
    const annots = doc
      .getPages()
      .flatMap((page) => page.node.Annots()?.asArray() ?? [])
      .map((ref) => doc.context.lookup(ref as PDFRef, PDFDict))
    expect(annots.map((a) => String(a.get(PDFName.of('Contents'))))).toEqual(expect.arrayContaining(['(https://example.org)', '(Go to note 1)', '(Back to the reference of note 1)']))
    for (const annot of annots) expect(annot.get(PDFName.of('StructParent'))).toBeDefined()
  })

  test('the catalog: marked, its language, the title shown, a structure tree with a parent tree', async () => {
    const doc = await PDFDocument.load(await pdfOf('---\ntitle: Tagged\nlang: fr\n---\n\nUn paragraphe.'))
    const catalog = doc.catalog
    expect(String(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked')))).toBe('true')
    expect(String(catalog.get(PDFName.of('Lang')))).toBe('(fr)')
    expect(String(catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle')))).toBe('true')
    const root = catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)
    expect(root.lookup(PDFName.of('ParentTree'), PDFDict).get(PDFName.of('Nums'))).toBeInstanceOf(PDFArray)
    const xmp = new TextDecoder().decode((catalog.lookup(PDFName.of('Metadata')) as PDFRawStream).contents)
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Tagged</rdf:li>')
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>fr</rdf:li></rdf:Bag></dc:language>')
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>')
    const page = doc.getPages()[0]!.node
    expect(String(page.get(PDFName.of('StructParents')))).toBe('0')
    expect(String(page.get(PDFName.of('Tabs')))).toBe('/S')
  })

  test('a figure carries its alternate text, its printed caption a Caption inside it; the running heads and folios are artifacts', async () => {
    const dir = path.join(fixtures, 'figures-6x9')
    const images = {'map.png': new Uint8Array(readFileSync(path.join(dir, 'map.png'))), 'photo.jpg': new Uint8Array(readFileSync(path.join(dir, 'photo.jpg')))}
    const pdf = await pdfOf(readFileSync(path.join(dir, 'input.md'), 'utf8'), images)
    const doc = await PDFDocument.load(pdf)
    const alts: string[] = []
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (object instanceof PDFDict && String(object.get(PDFName.of('S'))) === '/Figure') alts.push(String(object.get(PDFName.of('Alt'))))
    }
    // The second image has neither alternate text nor title: "Image", with a warning (see layout); the drawing's file is not given: a placeholder, a Figure too.
    expect(alts).toEqual(['(The survey map)', '(Image)', '(A photograph)', '(A drawing)'])
    expect(await unmarked(pdf)).toBe(0)
    // A printed caption is the Figure's Caption element, holding its text.
    const text = structureText(pdf)
      .map((line) => line.replace(/ \(\w+\)$/, ''))
      .join('\n')
    expect(text).toMatch(/Figure\n\s+""\n\s+Caption\n\s+"Map 1\. The border in 1953\."/)
    expect(text).toMatch(/Figure\n\s+""\n\s+Caption\n\s+"A photograph"/)
    expect(elements(text.split('\n')).filter((t) => t === 'Caption')).toHaveLength(2)
  })

  test('a note split across two pages is one Note, its text whole and in order, read after its paragraph', async () => {
    const filler = 'The ferry crossed the estuary twice a day in the summer months, and the toll was collected at the landing stage by the keeper. '
    const noteWords = Array.from({length: 900}, (_, i) => `w${i}`).join(' ')
    const paragraphs = Array.from({length: 14}, () => filler.repeat(4))
    const pdf = await pdfOf(
      ['---\ntitle: Split\nlang: en\n---', ...paragraphs, `The long note is here.[^1] ${filler}`, filler.repeat(6), `[^1]: First words of the note. ${noteWords} last words of the note.`].join('\n\n')
    )
    const pages = execFileSync('pdftotext', ['-layout', tempFile('split.pdf', pdf), '-'], {encoding: 'utf8'}).split('\f')
    const first = pages.findIndex((p) => p.includes('First words of the note.'))
    const last = pages.findIndex((p) => p.includes('w899'))
    expect(first).toBeGreaterThanOrEqual(0)
    expect(last).toBeGreaterThan(first) // split: it goes on over the page
    const lines = structureText(pdf)
    expect(elements(lines).filter((t) => t === 'Note')).toHaveLength(1)
    const text = lines.join('\n')
    expect(text.indexOf('The long note is here.')).toBeGreaterThan(-1)
    expect(text.indexOf('The long note is here.')).toBeLessThan(text.indexOf('First words of the note.'))
    expect(readingStreams(lines).notes).toBe(plain(`First words of the note. ${noteWords} last words of the note.`))
  })

  test('a volume (a reader): its title H1, the contents, one Part per article with its own H1 and sections', async () => {
    const article = (markdown: string) => {
      const {tree} = parse(markdown, {format: 'markdown'})
      return {type: 'article' as const, children: tree.children, data: {meta: tree.data?.meta ?? {}}}
    }
    const volume = {
      type: 'root' as const,
      children: [
        article('---\ntitle: One\n---\n\nText.'),
        article('---\ntitle: Two\n---\n\n# Section\n\nMore.'),
        {type: 'bibliography', title: 'Combined Bibliography', children: [{type: 'bibliographyEntry', id: 'a', children: [{type: 'text', value: 'Doe, Jane. A Book. 1999.'}]}]}
      ],
      data: {meta: {title: 'A Reader', lang: 'en'}, volume: {rectoStarts: false, bibliography: 'combined' as const}}
    }
    const {pdf} = await renderPdf(volume as never, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}})
    // the combined bibliography is back matter: in the contents, a Sect with its own H1 (not an H2 of the last article), its entries LIs of an LBody (no label)
    expect(elements(structureText(pdf))).toEqual([
      'Document',
      'H1',
      'H2',
      'TOC',
      'TOCI',
      'Link',
      'TOCI',
      'Link',
      'TOCI',
      'Link',
      'Part',
      'H1',
      'P',
      'Part',
      'H1',
      'H2',
      'P',
      'Sect',
      'H1',
      'L',
      'LI',
      'LBody'
    ])
    expect(await unmarked(pdf)).toBe(0)
  })

  test('the real article: one H1, its sections, 7 quotations, every note as a Note after its paragraph, nothing unmarked', {tags: ['corpus']}, async () => {
    const meta = parseYaml(readFileSync(`${shared}/corpus/koreans-1950-1962.meta.yaml`, 'utf8')) as ArticleMeta
    const {tree} = parse(readFileSync(`${shared}/corpus/koreans-1950-1962.txt`), {format: 'text', meta})
    const {pdf} = await renderPdf(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}})
    const types = elements(structureText(pdf))
    const count = (type: string) => types.filter((t) => t === type).length
    expect(count('H1')).toBe(1)
    expect(count('H2')).toBeGreaterThanOrEqual(9)
    expect(types.filter((t) => /^H[3-6]$/.test(t))).toEqual([])
    expect(count('BlockQuote')).toBe(7)
    // 96 references (note 30 printed as missing) and the title's acknowledgment note.
    expect(count('Note')).toBe(97)
    expect(count('P')).toBeGreaterThan(55)
    expect(await unmarked(pdf)).toBe(0)
  })
})

/** The catalog's XMP packet, as text. */
function xmpOf(doc: PDFDocument): string {
  return new TextDecoder().decode((doc.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream).contents)
}

describe('the PDF/UA-1 claim (pdfuaid:part 1) is made only with the structure', () => {
  test('a hand-made layout without a structure (everything an artifact) claims nothing', async () => {
    const layout = {
      width: 200,
      height: 200,
      pages: [{number: 1, items: [{type: 'text' as const, x: 10, y: 100, text: 'Hi', font: 'regular', size: 10, width: 10}]}],
      outline: [],
      info: {title: 'T', author: '', lang: 'en'},
      charsets: {regular: 'Hi'}
    }
    const doc = await PDFDocument.load(await writePdf(layout, {fonts: testFonts()}))
    expect(xmpOf(doc)).not.toContain('pdfuaid')
    expect(xmpOf(doc)).toContain('<dc:title>')
  })
})

/** The four lessons of ../shared/corpus/real (its SOURCES.md is not one). */
const lessons = readdirSync(`${shared}/corpus/real`)
  .filter((name) => name.startsWith('ph-') && name.endsWith('.md'))
  .sort()

describe.skipIf(!poppler)('"Done when", first bullet: the real article and the four lessons', {tags: ['corpus']}, () => {
  test('four lessons', () => expect(lessons).toHaveLength(4))
  test.each(['koreans-1950-1962.txt', ...lessons])(
    '%s: marked, /Lang, title shown, PDF/UA claimed, nothing unmarked, every figure with /Alt, every paragraph and note in the structure',
    async (name) => {
      const tree = name.endsWith('.txt')
        ? parse(readFileSync(`${shared}/corpus/${name}`), {format: 'text', meta: parseYaml(readFileSync(`${shared}/corpus/koreans-1950-1962.meta.yaml`, 'utf8')) as ArticleMeta}).tree
        : parse(readFileSync(`${shared}/corpus/real/${name}`), {format: 'markdown'}).tree
      const {pdf} = await renderPdf(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}})
      const doc = await PDFDocument.load(pdf)
      expect(String(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked')))).toBe('true')
      expect(String(doc.catalog.get(PDFName.of('Lang')))).toMatch(/^\([a-z]{2}/)
      expect(String(doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle')))).toBe('true')
      expect(xmpOf(doc)).toContain('<pdfuaid:part>1</pdfuaid:part>')
      expect(await unmarked(pdf)).toBe(0)
      const figures: string[] = []
      for (const [, object] of doc.context.enumerateIndirectObjects()) {
        if (object instanceof PDFDict && String(object.get(PDFName.of('S'))) === '/Figure') figures.push(String(object.get(PDFName.of('Alt')) ?? ''))
      }
      for (const alt of figures) expect(alt).toMatch(/^\(.+\)$/)
      // Reading order: as many P (or Figure: a paragraph that is only an image) and Note elements as the tree has paragraphs and notes.
      const types = elements(structureText(pdf))
      const count = (...names: string[]) => types.filter((t) => names.includes(t)).length
      let paragraphs = 0
      let notes = 0
      const walk = (node: {type: string; children?: unknown[]}, inNote: boolean): void => {
        if (node.type === 'footnoteDefinition') notes++
        else if (node.type === 'paragraph' && !inNote) paragraphs++
        for (const child of (node.children ?? []) as Array<{type: string; children?: unknown[]}>) walk(child, inNote || node.type === 'footnoteDefinition')
      }
      walk(tree, false)
      expect(count('P', 'Figure')).toBeGreaterThanOrEqual(paragraphs)
      expect(count('Note')).toBeGreaterThanOrEqual(notes)
      // Word for word: every body paragraph and heading, in order, in the text read outside the notes; every note, in order, in the notes.
      const {body, notes: noteText} = readingStreams(structureText(pdf))
      const missing = (stream: string, blocks: string[]) => {
        let at = 0
        return blocks.filter((block) => {
          const found = stream.indexOf(block, at)
          if (found < 0) return true
          at = found + block.length
          return false
        })
      }
      const {blocks, footnotes} = sourceText(tree)
      expect(missing(body, blocks)).toEqual([])
      expect(missing(noteText, footnotes)).toEqual([])
    }
  )
})

/** Letters and digits only, lower case: text as read, whatever the punctuation, spaces and quotes. */
const plain = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')

/**
 * What a screen reader reads, from `pdfinfo -struct-text`: the text outside
 * the notes (note references' links left out) and the notes' text (their
 * labels left out), each as one plain string; a hyphen added at a line end
 * (a text of its own, `-`) joins its word again.
 */
function readingStreams(lines: string[]): {body: string; notes: string} {
  const out = {body: '', notes: ''}
  const stack: Array<{indent: number; type: string}> = []
  for (const line of lines) {
    const indent = line.length - line.trimStart().length
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop()
    const text = /^\s*"(.*)"$/.exec(line)?.[1]
    if (text === undefined) {
      const type = /^\s*([A-Z][A-Za-z0-9]*)/.exec(line)?.[1]
      if (type) stack.push({indent, type})
      continue
    }
    const types = stack.map((e) => e.type)
    if (text === '-' || types.includes('Lbl')) continue
    const inNote = types.includes('Note')
    if (!inNote && types[types.length - 1] === 'Link' && /^(?:\*|\d+)$/.test(text)) continue
    if (inNote) out.notes += plain(text)
    else out.body += plain(text)
  }
  return out
}

type Node = {type: string; value?: string; children?: Node[]}

/** The source's body blocks (paragraphs, headings, table cells) and notes (the title's first), in order, as plain strings. */
function sourceText(tree: Root): {blocks: string[]; footnotes: string[]} {
  const textOf = (node: Node): string =>
    node.type === 'text' || node.type === 'inlineCode'
      ? (node.value ?? '')
      : node.type === 'footnoteReference' || node.type === 'image' || node.type === 'html'
        ? ''
        : (node.children ?? []).map(textOf).join('')
  const blocks: string[] = []
  const footnotes: string[] = []
  const walk = (node: Node): void => {
    if (node.type === 'footnoteDefinition' || node.type === 'titleNote') {
      // The title's note (`*`) is read at the title: first of the notes.
      if (node.type === 'titleNote') footnotes.unshift(plain(textOf(node)))
      else footnotes.push(plain(textOf(node)))
      return
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const text = plain(textOf(node))
      if (text) blocks.push(text)
      return
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree as unknown as Node)
  return {blocks, footnotes}
}
