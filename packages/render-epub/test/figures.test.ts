import {describe, expect, test} from 'vitest'
import {renderEpub, toXhtml} from '../src/index.js'
import {placeholderCaption, placeholderCases} from '../src/lib/figures.js'
import {labelsFor} from '../src/lib/labels.js'
import {entry, md, shared} from './helpers.js'
import {imageFiles} from './trees.js'
import {readFileSync} from 'node:fs'
import {parse} from '@octavo/parser'

const modified = new Date('2026-12-01T00:00:00Z')
const summary = (epub: Uint8Array): string => /<meta property="schema:accessibilitySummary">([^<]*)<\/meta>/.exec(entry(epub, 'OEBPS/content.opf'))?.[1] ?? ''

test.each(placeholderCases.map((c) => [c.name, c] as const))('placeholder: %s', (_name, {lang, caption, placeholder}) => {
  expect(placeholderCaption(caption, labelsFor(lang))).toBe(placeholder)
})

describe('a figure (an image alone in its paragraph, with a caption)', () => {
  const source = '---\ntitle: T\nlang: en\n---\n\nBefore.\n\n![A map of the border](figures/map.png "The border in 1952")\n\nAfter.\n'

  test('with its image: figure, img, figcaption (the caption not repeated as a title)', () => {
    const {xhtml, diagnostics} = toXhtml(md(source), {images: imageFiles})
    expect(xhtml).toMatch(/<figure class="figure"><img src="images\/[0-9a-f]{16}\.png" alt="A map of the border" \/><figcaption>The border in 1952<\/figcaption><\/figure>/)
    expect(diagnostics.filter((d) => d.severity === 'warning')).toEqual([])
  })

  test('without it: a visible captioned placeholder with its alternative text, one warning with its position', () => {
    const {xhtml, diagnostics} = toXhtml(md(source))
    expect(xhtml).toContain(
      '<figure class="figure image-missing"><span class="image-alt">[A map of the border]</span><figcaption>Figure: The border in 1952 — image not available</figcaption></figure>'
    )
    const warnings = diagnostics.filter((d) => d.severity === 'warning')
    expect(warnings.map((d) => d.message)).toEqual(['figure "figures/map.png": image not available; a placeholder with its caption and alternative text stands in its place'])
    expect(warnings[0]?.position?.start.line).toBe(8)
  })

  test('an alternative text that only repeats the caption is said once', () => {
    const {xhtml} = toXhtml(md('![Figure 1: A curve.](f.png "Figure 1: A curve.")'))
    expect(xhtml).toContain('<figure class="figure image-missing"><figcaption>Figure 1: A curve. — image not available</figcaption></figure>')
  })

  test("the placeholder speaks the book's language", () => {
    const {xhtml} = toXhtml(md(source.replace('lang: en', 'lang: de')))
    expect(xhtml).toContain('<figcaption>Abbildung: The border in 1952 — Bild nicht verfügbar</figcaption>')
  })

  test('an image without a caption stays where it is, as its alternative text', () => {
    const {xhtml} = toXhtml(md('![A map](figures/map.png)'))
    expect(xhtml).toContain('<p><span class="image-alt">[A map]</span></p>')
    expect(xhtml).not.toContain('<figure')
  })
})

describe('the accessibility summary says what was left out', () => {
  test('nothing left out, no images: text only, no word about images', () => {
    expect(summary(renderEpub(md('# A\n\nText.'), {modified}).epub)).toBe(
      'Text-only publication with a navigable table of contents, headings in order, and notes linked both ways (shown as pop-ups where the reading system supports them).'
    )
  })

  test('two figures and an inline image not available', () => {
    const input = readFileSync(new URL('fixtures/figures/input.md', import.meta.url), 'utf8')
    expect(summary(renderEpub(md(input), {modified}).epub)).toMatch(
      /^Text-only publication with .*\. 2 figures of the source are not included \(their images were not available\): a placeholder with the caption and alternative text stands in the place of each\. One image of the source is not included; its alternative text stands in its place\.$/
    )
  })

  test('a packaged figure: visual content, nothing said to be left out', () => {
    const text = summary(renderEpub(md('![A map](figures/map.png "The border")'), {modified, images: imageFiles}).epub)
    expect(text).toMatch(/^Text with images, .* Every image has alternative text\.$/)
  })

  test('the four lessons: every figure include the parser turns into a captioned image is counted', {tags: ['corpus']}, () => {
    for (const name of ['ph-stylometry-python', 'ph-linear-regression']) {
      const {tree} = parse(readFileSync(shared(`corpus/real/${name}.md`)), {format: 'markdown'})
      const {epub} = renderEpub(tree, {modified})
      const placeholders = entry(epub, 'OEBPS/content.xhtml').match(/<figure class="figure image-missing">/g)?.length ?? 0
      const text = summary(epub)
      if (placeholders === 0) expect(text).not.toMatch(/figures? of the source/)
      else expect(text).toContain(placeholders === 1 ? 'One figure of the source' : `${placeholders} figures of the source`)
    }
  })
})

describe('embedded content (an <iframe>, which the parser makes an image with data.embed)', () => {
  const source =
    '---\ntitle: T\nlang: en\n---\n\n<iframe src="https://www.youtube.com/embed/abc" title="A talk on borders"></iframe>\n\n<p>Inline <iframe src="https://example.org/map"></iframe> here.</p>\n'

  test('alone: a visible placeholder naming its title and linking its address; inline: its text, linked; no image looked for, no warning', () => {
    const {xhtml, diagnostics} = toXhtml(md(source))
    expect(xhtml).toContain(
      '<figure class="embed"><figcaption>Embedded content: A talk on borders — <a href="https://www.youtube.com/embed/abc">https://www.youtube.com/embed/abc</a></figcaption></figure>'
    )
    expect(xhtml).toContain('<p>Inline <span class="image-alt embed"><a href="https://example.org/map">[Embedded content — https://example.org/map]</a></span> here.</p>')
    expect(diagnostics.filter((d) => d.source?.startsWith('render-epub'))).toEqual([])
  })

  test("in the book's language", () => {
    const {xhtml} = toXhtml(md(source.replace('lang: en', 'lang: fr')))
    expect(xhtml).toContain('<figcaption>Contenu intégré\u00a0: A talk on borders — <a')
  })

  test('the accessibility summary says they are left out', () => {
    expect(summary(renderEpub(md(source), {modified}).epub)).toMatch(
      / 2 embedded items of the source \(frames showing other pages, videos or maps\) are not included: a placeholder with the title and address of each stands in its place\.$/
    )
  })
})

describe('a passage naming its language (data.lang, from an HTML lang attribute)', () => {
  test('an inline <span lang> is a span with lang and xml:lang, its emphasis too; a block its element', () => {
    const {xhtml} = toXhtml(md('---\ntitle: T\nlang: en\n---\n\nHe said <span lang="fr">bonjour *mon ami*</span> and left.\n\n<p lang="de">Guten Tag.</p>\n'))
    expect(xhtml).toContain('<p>He said <span lang="fr" xml:lang="fr">bonjour </span><em lang="fr" xml:lang="fr">mon ami</em> and left.</p>')
    expect(xhtml).toMatch(/<p lang="de" xml:lang="de"[^>]*>Guten Tag\.<\/p>/)
    expect(xhtml).not.toContain('&lt;span')
  })
})

describe('an HTML table whose first row is <td> cells (data.headerless)', () => {
  const table = (first: string) => `<table>\n<tr><${first}>Alpha</${first}><${first}>Beta</${first}></tr>\n<tr><td>Gamma</td><td>Delta</td></tr>\n</table>\n`
  test('has no thead and no th: its first row is a body row; with <th> it keeps its header', () => {
    const without = toXhtml(md(table('td'))).xhtml
    expect(without).not.toMatch(/<thead|<th[ >]/)
    expect(without).toMatch(/<tbody>\s*<tr>\s*<td>Alpha<\/td>\s*<td>Beta<\/td>\s*<\/tr>\s*<tr>\s*<td>Gamma<\/td>/)
    const withHeader = toXhtml(md(table('th'))).xhtml
    expect(withHeader).toMatch(/<thead>\s*<tr>\s*<th>Alpha<\/th>/)
  })
})
