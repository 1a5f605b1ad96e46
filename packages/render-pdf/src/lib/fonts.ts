import {faceMetrics, fontFingerprint, type FaceMetrics} from './sfnt.js'
import {Shaper} from './shaper.js'
import type {FaceKey, FontFiles} from './types.js'

/** The style of a piece of text, before a face is chosen for each character. */
export type Style = 'regular' | 'italic' | 'bold' | 'boldItalic' | 'mono'

/** A stretch of text set in one face. */
export interface Segment {
  face: FaceKey
  text: string
}

/**
 * A face read with HarfBuzz (validation, metrics, character coverage, shaping) with the widths
 * measured in it per language, kept per font file across documents (memoization only).
 */
interface FaceData {
  bytes: Uint8Array
  shaper: Shaper
  metrics: FaceMetrics
  /** Widths in ems, by language, then by text. */
  widths: Map<string, Map<string, number>>
  /** `fontFingerprint` of the file, for the keys of a `RenderStore`. */
  fingerprint: string
}
const parsed = new WeakMap<Uint8Array, FaceData | {error: string}>()

/** The first four bytes of the font files that are one TrueType or OpenType face. */
const SFNT_TAGS = new Set([0x00010000, 0x4f54544f /* OTTO */, 0x74727565 /* true */])

/** The parsed face, or why the bytes are not a usable font. */
function faceData(bytes: Uint8Array): FaceData | {error: string} {
  let data = parsed.get(bytes)
  if (!data) {
    try {
      if (bytes.byteLength < 12 || !SFNT_TAGS.has(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0))) throw new Error('not a single TrueType/OpenType font')
      const shaper = new Shaper(bytes)
      const metrics = faceMetrics(shaper)
      if (!(metrics.unitsPerEm! > 0) || !shaper.table('cmap')) throw new Error('not a single TrueType/OpenType font')
      if (metrics.ascent === undefined || !shaper.table('hmtx')) throw new Error('no glyph metrics')
      data = {bytes, shaper, metrics, widths: new Map(), fingerprint: fontFingerprint(bytes)}
    } catch (error) {
      data = {error: error instanceof Error ? error.message : String(error)}
    }
    parsed.set(bytes, data)
  }
  return data
}

/** A font file that cannot be used, for the diagnostics: which option, and why. */
export interface FontProblem {
  face: string
  reason: string
}

/** The widths of a face in a language (created on first use). */
function widthsIn(data: FaceData, lang: string): Map<string, number> {
  let widths = data.widths.get(lang)
  if (!widths) data.widths.set(lang, (widths = new Map()))
  return widths
}

/**
 * The faces of a document, for measuring. Words are shaped with HarfBuzz (kerning, ligatures) in
 * the document's language, widths cached per face, language and word. Characters a face lacks go
 * to the first fallback that has them.
 */
export class FontSet {
  readonly faces = new Map<FaceKey, FaceData>()
  private readonly data = new Map<FaceKey, {face: FaceData; widths: Map<string, number>}>()
  private readonly styleFaces: Record<Style, FaceKey>
  private readonly fallbacks: FaceKey[] = []
  private readonly faceCache = new Map<string, FaceKey | undefined>()
  /** Characters actually printed in each face. */
  readonly used = new Map<FaceKey, Set<string>>()

  /** Font files that could not be parsed (they are left out; `regular` is replaced by the first face that works). */
  readonly problems: FontProblem[] = []

  /** `lang`: the document's language (BCP 47), given to the shaper (`locl` forms). */
  constructor(
    files: FontFiles,
    readonly lang = 'en'
  ) {
    const add = (key: FaceKey, bytes: Uint8Array | undefined, option: string): FaceKey | undefined => {
      if (!(bytes instanceof Uint8Array)) return undefined
      if (this.faces.has(key)) return key
      const data = faceData(bytes)
      if ('error' in data) {
        if (!this.problems.some((p) => p.face === option)) this.problems.push({face: option, reason: data.error})
        return undefined
      }
      this.faces.set(key, data)
      this.data.set(key, {face: data, widths: widthsIn(data, lang)})
      return key
    }
    const italic = add('italic', files.italic, 'italic')
    const bold = add('bold', files.bold, 'bold')
    const boldItalic = add('boldItalic', files.boldItalic, 'boldItalic')
    const mono = add('mono', files.mono, 'mono')
    files.fallbacks?.forEach((bytes, i) => {
      const key = add(`fallback${i}`, bytes, `fallbacks[${i}]`)
      if (key) this.fallbacks.push(key)
    })
    // The regular face must work: when it does not, the first face that does stands in for it.
    const regular = add('regular', files.regular, 'regular') ?? italic ?? bold ?? boldItalic ?? this.fallbacks[0] ?? mono
    this.usable = regular !== undefined
    const text = regular ?? 'regular'
    this.styleFaces = {
      regular: text,
      italic: italic ?? text,
      bold: bold ?? text,
      boldItalic: boldItalic ?? bold ?? text,
      mono: mono ?? text
    }
  }

  /** False when no font file given could be parsed: nothing can be set. */
  readonly usable: boolean

  private face(key: FaceKey): FaceData {
    const face = this.faces.get(key)
    if (!face) throw new Error(`no face ${key}`)
    return face
  }

  /** Whether face `key`'s character map has `codePoint`. */
  private has(key: FaceKey, codePoint: number): boolean {
    return this.face(key).shaper.glyphFor(codePoint) !== 0
  }

  /** The face that prints `char` in `style`, or undefined when no face has it. */
  faceFor(style: Style, char: string): FaceKey | undefined {
    const cacheKey = style + char
    if (this.faceCache.has(cacheKey)) return this.faceCache.get(cacheKey)
    const cp = char.codePointAt(0) ?? 0
    const primary = this.styleFaces[style]
    let found: FaceKey | undefined
    if (this.has(primary, cp)) found = primary
    else if (primary !== this.styleFaces.regular && this.has(this.styleFaces.regular, cp)) found = this.styleFaces.regular
    else found = this.fallbacks.find((key) => this.has(key, cp))
    this.faceCache.set(cacheKey, found)
    return found
  }

  /**
   * Split `text` into segments by face. Characters no face has are reported through `missing`
   * and set in the style's face (its .notdef box), so that the gap is visible.
   */
  segments(style: Style, text: string, missing: (char: string, index: number) => void): readonly Segment[] {
    const key = style + '\u0000' + text
    const cached = this.segmentCache.get(key)
    if (cached) return cached
    let complete = true
    const out: Segment[] = []
    let index = 0
    for (const char of text) {
      let face = isInvisible(char) ? this.styleFaces[style] : this.faceFor(style, char)
      if (face === undefined) {
        missing(char, index)
        complete = false
        face = this.styleFaces[style]
      }
      const last = out[out.length - 1]
      if (last && last.face === face) last.text += char
      else out.push({face, text: char})
      index += char.length
    }
    // Words with a missing character are not cached: each occurrence is reported.
    if (complete) this.segmentCache.set(key, out)
    return out
  }
  private readonly segmentCache = new Map<string, readonly Segment[]>()

  /** Width in points of `text` shaped in `face` at `size`. */
  width(face: FaceKey, text: string, size: number): number {
    const data = this.data.get(face)!
    let units = data.widths.get(text)
    if (units === undefined) {
      const shaper = data.face.shaper
      units = shaper.advance(text, this.lang) / shaper.upem
      data.widths.set(text, units)
    }
    return units * size
  }

  /** Record that `text` is printed in `face`. */
  use(face: FaceKey, text: string): void {
    if (this.recorder) record(this.recorder, face, text)
    let set = this.used.get(face)
    if (!set) this.used.set(face, (set = new Set()))
    let seen = this.usedBmp.get(face)
    if (!seen) this.usedBmp.set(face, (seen = new Uint8Array(0x10000)))
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code >= 0xd800 && code <= 0xdfff) {
        // A surrogate pair (or a lone surrogate): the character as a string.
        const char = String.fromCodePoint(text.codePointAt(i)!)
        set.add(char)
        i += char.length - 1
      } else if (seen[code] === 0) {
        seen[code] = 1
        set.add(text[i]!)
      }
    }
  }
  /** When set, every character `use` is given, by face, also goes here (what an article of a volume prints: units.ts). */
  recorder: Map<FaceKey, Set<string>> | undefined
  /** Characters of the Basic Multilingual Plane already in `used`, by face (a fast path for `use`). */
  private readonly usedBmp = new Map<FaceKey, Uint8Array>()

  /** The faces and the file each is (its fingerprint), and the face of each style: what a word's measure depends on besides the language. */
  get identity(): string {
    if (this.identityText === undefined) {
      const faces = [...this.faces].map(([key, data]) => `${key}=${data.fingerprint}`)
      const styles = Object.entries(this.styleFaces).map(([style, key]) => `${style}:${key}`)
      this.identityText = [...faces, ...styles, ...this.fallbacks].join(',')
    }
    return this.identityText
  }
  private identityText: string | undefined

  /** The keys of the faces that can be used. */
  get faceKeys(): ReadonlySet<FaceKey> {
    return (this.keys ??= new Set(this.faces.keys()))
  }
  private keys: Set<FaceKey> | undefined

  styleFace(style: Style): FaceKey {
    return this.styleFaces[style]
  }

  /** The x-height of a face, as a share of its em: its OS/2 sxHeight, else the top of its `x` (old OS/2 tables have none). */
  xHeight(face: FaceKey): number {
    const {shaper, metrics} = this.face(face)
    const x = shaper.glyphFor(0x78)
    const units = metrics.xHeight || (x !== 0 ? shaper.glyphTop(x) : 0)
    return units > 0 ? units / metrics.unitsPerEm! : 0.5
  }
}

/** The characters of `text` (a surrogate pair as one) added to `to` under `face`. */
function record(to: Map<FaceKey, Set<string>>, face: FaceKey, text: string): void {
  let set = to.get(face)
  if (!set) to.set(face, (set = new Set()))
  for (const char of text) set.add(char)
}

function isInvisible(char: string): boolean {
  return char === '\u00ad' || char === '\u200b' || char === '\u2060'
}
