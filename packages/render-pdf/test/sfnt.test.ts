import * as fontkitModule from '@pdf-lib/fontkit'
import {describe, expect, it} from 'vitest'
import {FACE_FIELDS, faceMetrics, type FaceField} from '../src/lib/sfnt.js'
import {Shaper} from '../src/lib/shaper.js'
import {testFonts} from './helpers.js'

/** fontkit, a second reader of font files (UMD under ESM puts it on `default`). */
const fontkit = (fontkitModule as unknown as {default?: typeof fontkitModule}).default ?? fontkitModule

/** What fontkit (which render-pdf used before) reads for each field, as the font descriptor used it. */
const FONTKIT: Record<FaceField, (font: ReturnType<typeof fontkit.create>) => number | undefined> = {
  unitsPerEm: (f) => f.unitsPerEm,
  xMin: (f) => f.bbox.minX,
  yMin: (f) => f.bbox.minY,
  xMax: (f) => f.bbox.maxX,
  yMax: (f) => f.bbox.maxY,
  ascent: (f) => f.ascent,
  descent: (f) => f.descent,
  italicAngle: (f) => f.italicAngle,
  isFixedPitch: (f) => (f as unknown as {post: {isFixedPitch: number}}).post.isFixedPitch,
  xHeight: (f) => f.xHeight,
  capHeight: (f) => f.capHeight
}

const fonts = testFonts()
const faces = {...fonts, fallbacks: undefined, noto: fonts.fallbacks![0]!, dejavu: fonts.fallbacks![1]!}

describe('FACE_FIELDS: the fields of head, hhea, post and OS/2 render-pdf reads', () => {
  it.each(Object.entries(FACE_FIELDS))('%s reads its example from EB Garamond Regular', (name, field) => {
    expect(faceMetrics(new Shaper(fonts.regular!))[name as FaceField]).toBe(field.example)
  })

  it.each(Object.entries(faces).filter(([, bytes]) => bytes instanceof Uint8Array))('%s: every field and the PostScript name as fontkit reads them', (_, bytes) => {
    const metrics = faceMetrics(new Shaper(bytes as Uint8Array))
    const font = fontkit.create(bytes as Uint8Array)
    for (const [name, read] of Object.entries(FONTKIT)) expect([name, metrics[name as FaceField]]).toEqual([name, read(font)])
    expect(metrics.postscriptName).toBe(font.postscriptName)
    expect(metrics.cff).toBe(false)
  })

  it.each(Object.entries(faces).filter(([, bytes]) => bytes instanceof Uint8Array))('%s: the character map and the top of `x` (x-height of an old OS/2) as fontkit reads them', (_, bytes) => {
    const shaper = new Shaper(bytes as Uint8Array)
    const font = fontkit.create(bytes as Uint8Array)
    for (const cp of [0x61, 0x78, 0xe9, 0x2014, 0x3b1, 0x5d0, 0xac00, 0x1f600]) expect([cp, shaper.glyphFor(cp)]).toEqual([cp, font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).id : 0])
    expect(shaper.glyphTop(shaper.glyphFor(0x78))).toBe(font.glyphForCodePoint(0x78).bbox.maxY)
  })

  it('a field past the end of a short table, or missing from an old OS/2, is undefined', () => {
    const shaper = new Shaper(fonts.regular!)
    const os2 = shaper.table('OS/2')!.slice()
    new DataView(os2.buffer).setUint16(0, 1) // version 1: no xHeight, no capHeight
    const old = {table: (tag: string) => (tag === 'OS/2' ? os2 : tag === 'head' ? shaper.table('head')!.slice(0, 20) : shaper.table(tag)), name: () => ''}
    const metrics = faceMetrics(old as unknown as Shaper)
    expect([metrics.xHeight, metrics.capHeight, metrics.unitsPerEm, metrics.xMin]).toEqual([undefined, undefined, 1000, undefined])
  })
})
