import {describe, expect, test} from 'vitest'
import {renderEpub, toXhtml} from '../src/index.js'
import {entry, md, unzipText} from './helpers.js'
import {imageFiles, imageSource} from './trees.js'

describe('images', () => {
  const modified = new Date('2026-11-28T00:00:00Z')
  const {epub, diagnostics} = renderEpub(md(imageSource), {modified, images: imageFiles})
  const names = unzipText(epub).map(([name]) => name)
  const imageFile = names.find((name) => name.startsWith('OEBPS/images/'))

  test('given PNG/JPEG/GIF bytes are packaged once, under a name made from their content', () => {
    expect(names.filter((name) => name.startsWith('OEBPS/images/'))).toEqual([imageFile])
    expect(imageFile).toMatch(/^OEBPS\/images\/[0-9a-f]{16}\.png$/)
    const content = entry(epub, 'OEBPS/content.xhtml')
    const src = imageFile?.replace('OEBPS/', '')
    expect(content).toContain(`<img src="${src}" alt="A map of the border" />`)
    expect(content).toContain(`<img src="${src}" alt="The map" />`)
    expect(content).toContain(`<img src="${src}" alt="Raw map" />`)
    // A path from the input never becomes a path in the container.
    expect(content).toContain(`<img src="${src}" alt="Up" />`)
    expect(names.some((name) => name.includes('..') || name.includes('passwd'))).toBe(false)
  })

  test('other images become their alternative text, with a warning', () => {
    const content = entry(epub, 'OEBPS/content.xhtml')
    expect(content).toContain('<span class="image-alt">[Vector]</span>')
    expect(content).toContain('<span class="image-alt">[Lost]</span>')
    expect(diagnostics.map((d) => d.message)).toEqual([
      'image "figures/v.svg" is not a PNG, JPEG or GIF file; not packaged',
      'image "figures/v.svg" is not packaged in the EPUB; replaced with its alternative text',
      'image "figures/lost.png" is not packaged in the EPUB; replaced with its alternative text'
    ])
  })

  test('manifest, stored entry, accessibility metadata for visual content', () => {
    const opf = entry(epub, 'OEBPS/content.opf')
    expect(opf).toContain(`<item id="image1" href="${imageFile?.replace('OEBPS/', '')}" media-type="image/png"/>`)
    expect(opf).toContain('<meta property="schema:accessMode">visual</meta>')
    expect(opf).toContain('<meta property="schema:accessibilityFeature">alternativeText</meta>')
    expect(opf).toContain('<meta property="schema:accessModeSufficient">textual</meta>')
  })

  test('an image without alternative text: a warning, and no claim that text suffices', () => {
    const result = renderEpub(md('![](figures/map.png)\n'), {modified, images: imageFiles})
    expect(result.diagnostics.map((d) => d.message)).toContain('image "figures/map.png" has no alternative text')
    const opf = entry(result.epub, 'OEBPS/content.opf')
    expect(opf).not.toContain('<meta property="schema:accessModeSufficient">textual</meta>')
    expect(opf).not.toContain('alternativeText')
  })

  test('without images given, nothing is packaged (toXhtml reports none)', () => {
    expect(toXhtml(md(imageSource)).images).toEqual([])
  })
})
