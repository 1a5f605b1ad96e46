import * as hb from 'harfbuzzjs'

/**
 * Text shaping with HarfBuzz (harfbuzzjs, WebAssembly): OpenType GSUB (ligatures, contextual
 * forms, `locl` for the language) and GPOS (kerning, marks). Used both for measuring (the layout)
 * and for the glyphs drawn (the writer, on the subset font), so both see the same shaping.
 *
 * HarfBuzz objects live in the wasm heap: one buffer is reused for every call (shaping is
 * synchronous), and a shaper's blob, face and font are kept for the life of the shaper (harfbuzzjs
 * frees them when the shaper is collected).
 */

/** Glyphs of a shaped run, in visual order. Advances in font units. */
export interface ShapedRun {
  /** Glyph ids. */
  ids: number[]
  /** For each glyph, the index (UTF-16) of the first character of its cluster in the text. */
  clusters: number[]
  /** Advance of each glyph after positioning (kerning included). */
  advances: number[]
}

let shared: hb.Buffer | undefined

/** The one buffer, emptied and filled with `text` in the given language. */
function fill(text: string, lang: string | undefined): hb.Buffer {
  const buffer = (shared ??= new hb.Buffer())
  buffer.clearContents()
  buffer.addText(text)
  if (lang) buffer.setLanguage(lang)
  buffer.guessSegmentProperties()
  return buffer
}

export class Shaper {
  /** Font units per em. */
  readonly upem: number
  private readonly face: hb.Face
  private readonly font: hb.Font

  /** A shaper for the first face of the font file `bytes` (TrueType or OpenType). */
  constructor(bytes: Uint8Array) {
    const blob = new hb.Blob(bytes)
    this.face = new hb.Face(blob, 0)
    this.upem = this.face.upem
    this.font = new hb.Font(this.face)
  }

  /** The bytes of the face's table `tag` (`head`, `OS/2`, …), undefined when it has none. */
  table(tag: string): Uint8Array | undefined {
    // A copy: the view HarfBuzz gives is into its heap, which may move.
    return this.face.referenceTable(tag)?.slice()
  }

  /** The face's name `id` in English (6: its PostScript name), '' when it has none. */
  name(id: number): string {
    return this.face.getName(id, 'en')
  }

  /** The glyph the face's character map gives `codePoint`, 0 when it has none. */
  glyphFor(codePoint: number): number {
    return this.font.nominalGlyph(codePoint) ?? 0
  }

  /** The top of glyph `id`'s outline (its yMax), in font units; 0 for an empty glyph. */
  glyphTop(id: number): number {
    return this.font.glyphExtents(id)?.yBearing ?? 0
  }

  /** The advance width of `text` shaped, in font units. */
  advance(text: string, lang?: string): number {
    const buffer = fill(text, lang)
    hb.shape(this.font, buffer)
    let units = 0
    for (const position of buffer.getGlyphPositions()) units += position.xAdvance
    return units
  }

  /** `text` shaped: glyph ids, clusters and advances. */
  shape(text: string, lang?: string): ShapedRun {
    const buffer = fill(text, lang)
    hb.shape(this.font, buffer)
    const infos = buffer.getGlyphInfos()
    const positions = buffer.getGlyphPositions()
    const run: ShapedRun = {ids: [], clusters: [], advances: []}
    infos.forEach((info, i) => {
      run.ids.push(info.codepoint)
      run.clusters.push(info.cluster)
      run.advances.push(positions[i]?.xAdvance ?? 0)
    })
    return run
  }

  /** The advance width of glyph `id` alone (its `hmtx` entry), in font units. */
  glyphAdvance(id: number): number {
    return this.font.glyphHAdvance(id)
  }
}
