/**
 * Work a caller may keep between renders (the CLI keeps it on disk, under its cache folder), so
 * that a new process does not do it again: most of a PDF's time in a new process is its code
 * running cold on work an earlier render of the same words already did. The kinds of work kept
 * (`STORE_KINDS`): the words the layout measured (hyphenated, shaped, cut by the break rules),
 * the font subsets the writer made with their compressed bytes, the words it shaped on them, the
 * streams it compressed (pages, character maps) and pdf-lib's object streams compressed
 * (objects.ts), by the SHA-256 of their bytes, and each paragraph's lines (paragraphs.ts).
 * What is kept is exactly what the work gave, so a render that finds it writes the same bytes as
 * one that does the work.
 *
 * Values are kept by scope (one kind of work on one set of font files, in one language) and key
 * (a word, a set of characters). A scope names the font files by their fingerprint
 * (`fontFingerprint`); the code of the renderer and the hyphenation patterns it is given are not
 * in it: a store holds the work of one build of the renderer with one set of patterns per
 * language (the CLI keeps a store per build of Octavo). What a store gives back is checked
 * (`STORE_KINDS[kind].valid`): a value of another shape is not used, and the work is done anew.
 */
import {decodeUnit, encodeUnit} from './unit-store.js'
import {latin1Json} from './json.js'
import type {StoredUnit} from './unit-store.js'

/** Where a caller keeps work between renders: values by scope, then by key. */
export interface RenderStore {
  get(scope: string, key: string): unknown
  set(scope: string, key: string, value: unknown): void
}

/** A word measured once per document and style, at size 1: its boxes (by face: a `FaceKey`), hyphens and breaks. */
export type WordPart = {type: 'box'; text: string; face: string; units: number} | {type: 'hyphen'; face: string; units: number} | {type: 'break'; penalty: number; flagged: boolean}

/** A font subset as embedded: its bytes, and the same compressed (the FontFile stream). */
export interface StoredSubset {
  subset: Uint8Array
  deflated: Uint8Array
}

/** A word shaped on a subset: runs of glyph ids as hex and the TJ adjustments between them, and the characters of each glyph. */
export interface StoredShape {
  parts: Array<string | number>
  glyphs: Array<[number, string]>
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** JSON's value of `text`, undefined when it is not JSON (a damaged store). */
function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** A word's parts as kept: JSON, a box `[text, face, units]`, a hyphen `[face, units]`, a break `[penalty, flagged]`. */
function encodeWord(parts: readonly WordPart[]): string {
  return JSON.stringify(parts.map((p) => (p.type === 'box' ? [p.text, p.face, p.units] : p.type === 'hyphen' ? [p.face, p.units] : [p.penalty, p.flagged])))
}

/** One part kept, undefined when it is none (or names a face not in `faces`). */
function decodePart(value: unknown, faces: ReadonlySet<string>): WordPart | undefined {
  if (!Array.isArray(value)) return undefined
  const [a, b, c] = value as unknown[]
  if (value.length === 3 && typeof a === 'string' && faces.has(b as string) && finite(c)) return {type: 'box', text: a, face: b as string, units: c}
  if (value.length === 2 && faces.has(a as string) && finite(b)) return {type: 'hyphen', face: a as string, units: b}
  if (value.length === 2 && finite(a) && typeof b === 'boolean') return {type: 'break', penalty: a, flagged: b}
  return undefined
}

/** The parts kept of `word` measured in faces `faces`, undefined when they cannot be: its boxes must spell the word (soft hyphens and zero-width spaces aside). */
function decodeWord(stored: unknown, word: string, faces: ReadonlySet<string>): WordPart[] | undefined {
  const value = parseJson(stored)
  if (!Array.isArray(value) || value.length === 0) return undefined
  const parts: WordPart[] = []
  let text = ''
  for (const item of value as unknown[]) {
    const part = decodePart(item, faces)
    if (!part) return undefined
    if (part.type === 'box') text += part.text
    parts.push(part)
  }
  return text === word.replace(/[\u00ad\u200b]/g, '') ? parts : undefined
}

/** A subset as kept: as it is (two byte arrays). */
const encodeSubset = (subset: StoredSubset): StoredSubset => subset

/** The subset kept, undefined when it cannot be one: a TrueType or OpenType file and its compressed bytes. */
function decodeSubset(value: unknown): StoredSubset | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const {subset, deflated} = value as Partial<StoredSubset>
  return subset instanceof Uint8Array && subset.byteLength >= 12 && deflated instanceof Uint8Array && deflated.byteLength > 0 ? {subset, deflated} : undefined
}

/** Bytes compressed as kept: as they are. */
const encodeDeflated = (bytes: Uint8Array): Uint8Array => bytes

/** The compressed bytes kept, undefined when they cannot be (zlib's header: 0x78 first). */
function decodeDeflated(value: unknown): Uint8Array | undefined {
  return value instanceof Uint8Array && value.byteLength >= 2 && value[0] === 0x78 ? value : undefined
}

/** A word shaped as kept: JSON, its parts then the characters of each glyph in order (the ids are in the parts). */
function encodeShape(shape: StoredShape): string {
  return JSON.stringify([shape.parts, shape.glyphs.map(([, chars]) => chars)])
}

/** The word shaped kept, undefined when it cannot be: hex runs of 4-digit glyph ids and finite adjustments, one string of characters a glyph. */
function decodeShape(stored: unknown): StoredShape | undefined {
  const value = parseJson(stored)
  if (!Array.isArray(value) || value.length !== 2 || !Array.isArray(value[0]) || !Array.isArray(value[1])) return undefined
  const [parts, chars] = value as [unknown[], unknown[]]
  const glyphs: Array<[number, string]> = []
  for (const part of parts) {
    if (typeof part === 'string' && /^(?:[0-9A-F]{4})+$/.test(part)) for (let i = 0; i < part.length; i += 4) glyphs.push([parseInt(part.slice(i, i + 4), 16), ''])
    else if (!finite(part)) return undefined
  }
  if (chars.length !== glyphs.length || !chars.every((c) => typeof c === 'string')) return undefined
  glyphs.forEach((glyph, i) => (glyph[1] = chars[i] as string))
  return {parts: parts as Array<string | number>, glyphs}
}

/** An item of a paragraph's line as kept (a `LayoutItem` of the layout: text, anchor or link), its `tag` a reference to a structure element (see paragraphs.ts). */
export type StoredItem =
  | {type: 'text'; tag?: number; x: number; y: number; text: string; font: string; size: number; wordSpace?: number; width: number; softHyphen?: true}
  | {type: 'anchor'; name: string; x: number; y: number}
  | {type: 'link'; tag?: number; rect: [number, number, number, number]; dest?: string; url?: string}

/**
 * A paragraph's lines as kept (paragraphs.ts): the structure elements it opened, each its type,
 * its parent (-1 the paragraph's element, -2 the note number's link, else the index of one opened
 * before it) and its language; the notes it referenced first; its lines, whose items' `tag`s are
 * such references.
 */
export interface StoredParagraph {
  opens: Array<[type: 'Link' | 'Span', parent: number, lang?: string]>
  firsts: string[]
  lines: Array<{items: StoredItem[]; refs: string[]; hyphenated?: true}>
}

/**
 * An item of a line as kept: an array, its fields in the order the layout writes them (`x`, `y`,
 * … as `setLine` makes an item), absent optional fields as null: a text `["t", x, y, text, font,
 * size, width, wordSpace, tag, softHyphen 0 or 1]`, an anchor `["a", name, x, y]`, a link `["l",
 * rect, url, dest, tag]`. An item read back has its fields in that order (the document's /ID
 * hashes the page as JSON): `canonicalItem` says whether an item has them so, and can be kept.
 */
function encodeItem(item: StoredItem): unknown[] {
  if (item.type === 'anchor') return ['a', item.name, item.x, item.y]
  if (item.type === 'link') return ['l', item.rect, item.url ?? null, item.dest ?? null, item.tag ?? null]
  return ['t', item.x, item.y, item.text, item.font, item.size, item.width, item.wordSpace ?? null, item.tag ?? null, item.softHyphen ? 1 : 0]
}

/** The fields of an item in the order `setLine` writes them. */
function fieldOrder(item: StoredItem): string[] {
  if (item.type === 'anchor') return ['type', 'name', 'x', 'y']
  const has = (key: string) => (item as Record<string, unknown>)[key] !== undefined
  if (item.type === 'link') return ['type', 'rect', ...['url', 'dest', 'tag'].filter(has)]
  return ['type', 'x', 'y', 'text', 'font', 'size', 'width', ...['wordSpace', 'tag'].filter(has), ...(item.softHyphen ? ['softHyphen'] : [])]
}

/** Whether an item is one a paragraph kept gives back as it is: a text, anchor or link with its fields in the layout's order. */
export function canonicalItem(item: {type: string}): item is StoredItem {
  if (item.type !== 'text' && item.type !== 'anchor' && item.type !== 'link') return false
  const keys = Object.keys(item)
  const order = fieldOrder(item as StoredItem)
  return keys.length === order.length && keys.every((key, i) => key === order[i])
}

/** A paragraph as kept: JSON (`latin1Json`), `[opens, firsts, lines]`, a line `[items, refs, hyphenated 0 or 1]`, each item an array (`encodeItem`). */
function encodeParagraph(paragraph: StoredParagraph): string {
  return latin1Json([paragraph.opens, paragraph.firsts, paragraph.lines.map((line) => [line.items.map(encodeItem), line.refs, line.hyphenated ? 1 : 0])])
}

const isString = (value: unknown): value is string => typeof value === 'string'
const optional = (value: unknown, is: (v: unknown) => boolean): boolean => value === null || is(value)
const isTag = (opened: number) => (tag: unknown) => Number.isInteger(tag) && (tag as number) >= -2 && (tag as number) < opened

/** An item kept, undefined when it cannot be one: in faces `faces`, its tag naming one of `opened` elements (or -1, -2). */
function decodeItem(value: unknown, faces: ReadonlySet<string>, opened: number): StoredItem | undefined {
  if (!Array.isArray(value)) return undefined
  const v = value as unknown[]
  if (v[0] === 'a' && v.length === 4 && isString(v[1]) && finite(v[2]) && finite(v[3])) return {type: 'anchor', name: v[1], x: v[2], y: v[3]}
  if (v[0] === 'l' && v.length === 5) {
    const [, rect, url, dest, tag] = v
    if (!Array.isArray(rect) || rect.length !== 4 || !rect.every(finite) || !optional(url, isString) || !optional(dest, isString) || !optional(tag, isTag(opened))) return undefined
    const link: StoredItem = {type: 'link', rect: rect as [number, number, number, number]}
    if (url !== null) link.url = url as string
    if (dest !== null) link.dest = dest as string
    if (tag !== null) link.tag = tag as number
    return link
  }
  if (v[0] !== 't' || v.length !== 10) return undefined
  const [, x, y, text, font, size, width, wordSpace, tag, softHyphen] = v
  if (!finite(x) || !finite(y) || !isString(text) || !faces.has(font as string) || !finite(size) || !finite(width)) return undefined
  if (!optional(wordSpace, finite) || !optional(tag, isTag(opened)) || (softHyphen !== 0 && softHyphen !== 1)) return undefined
  const item: StoredItem = {type: 'text', x, y, text, font: font as string, size, width}
  if (wordSpace !== null) item.wordSpace = wordSpace as number
  if (tag !== null) item.tag = tag as number
  if (softHyphen === 1) item.softHyphen = true
  return item
}

/** The elements a paragraph opened, undefined when one is not a Link or Span under an element before it. */
function decodeOpens(value: unknown): StoredParagraph['opens'] | undefined {
  if (!Array.isArray(value)) return undefined
  const ok = value.every((open: unknown, i) => {
    if (!Array.isArray(open) || open.length < 2 || open.length > 3) return false
    const [type, parent, lang] = open as unknown[]
    return (type === 'Link' || type === 'Span') && Number.isInteger(parent) && (parent as number) >= -2 && (parent as number) < i && (lang === undefined || isString(lang))
  })
  return ok ? (value as StoredParagraph['opens']) : undefined
}

/** The paragraph kept, undefined when it cannot be one: elements that are Links or Spans, items of the three kinds in `faces`, tags naming the elements. */
function decodeParagraph(stored: unknown, faces: ReadonlySet<string>): StoredParagraph | undefined {
  const value = parseJson(stored)
  if (!Array.isArray(value) || value.length !== 3) return undefined
  const [rawOpens, firsts, rawLines] = value as unknown[]
  const opens = decodeOpens(rawOpens)
  if (!opens || !Array.isArray(firsts) || !firsts.every(isString) || !Array.isArray(rawLines) || rawLines.length === 0) return undefined
  const lines: StoredParagraph['lines'] = []
  for (const line of rawLines as unknown[]) {
    if (!Array.isArray(line) || line.length !== 3) return undefined
    const [items, refs, hyphenated] = line as unknown[]
    if (!Array.isArray(items) || !Array.isArray(refs) || !refs.every(isString) || (hyphenated !== 0 && hyphenated !== 1)) return undefined
    const decoded: StoredItem[] = []
    for (const item of items as unknown[]) {
      const one = decodeItem(item, faces, opens.length)
      if (!one) return undefined
      decoded.push(one)
    }
    lines.push(hyphenated === 1 ? {items: decoded, refs: refs as string[], hyphenated: true} : {items: decoded, refs: refs as string[]})
  }
  return {opens, firsts, lines}
}

/** A page's content stream as kept: compressed, the element of each of its marked-content ids, and the glyphs its words draw (face, id, characters). */
export interface StoredPage {
  deflated: Uint8Array
  marks: number[]
  /** Each glyph its words draw, once, as three values one after another: its face, its id and its characters (one array a page, not one a glyph: read back for every page of a volume). */
  glyphs: Array<string | number>
}

/** A page as kept: its compressed stream as it is, the rest as JSON `[marks, glyphs]`. */
function encodePage(page: StoredPage): {deflated: Uint8Array; rest: string} {
  return {deflated: page.deflated, rest: JSON.stringify([page.marks, page.glyphs])}
}

/** Glyphs as a page keeps them: a face, a 16-bit id and characters, again and again. */
function validGlyphs(glyphs: unknown[]): boolean {
  if (glyphs.length % 3 !== 0) return false
  for (let i = 0; i < glyphs.length; i += 3) {
    const id = glyphs[i + 1]
    if (!isString(glyphs[i]) || !Number.isInteger(id) || (id as number) < 0 || (id as number) > 0xffff || !isString(glyphs[i + 2])) return false
  }
  return true
}

/** The page kept, undefined when it cannot be one: zlib's bytes, marks that are element numbers, glyphs of a face, a 16-bit id and characters. */
function decodePage(value: unknown): StoredPage | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const {deflated, rest} = value as {deflated?: unknown; rest?: unknown}
  const parsed = decodeDeflated(deflated) && parseJson(rest)
  if (!Array.isArray(parsed) || parsed.length !== 2) return undefined
  const [marks, glyphs] = parsed as unknown[]
  if (!Array.isArray(marks) || !marks.every((m) => Number.isInteger(m) && (m as number) > 0)) return undefined
  if (!Array.isArray(glyphs) || !validGlyphs(glyphs)) return undefined
  return {deflated: deflated as Uint8Array, marks: marks as number[], glyphs: glyphs as StoredPage['glyphs']}
}

/**
 * The kinds of work kept, each with its scope (its first word is the kind), how a value is kept
 * (`encode`: compact, few objects, quick to read back) and read back (`decode`: undefined when
 * what the store gave cannot be such a value), and an example: a value and how it is kept.
 */
export const STORE_KINDS = {
  word: {
    scope: (fonts: string, lang: string, style: string) => `word ${fonts} ${lang} ${style}`,
    encode: encodeWord,
    decode: decodeWord,
    example: {
      key: 'office',
      value: [
        {type: 'box', text: 'of', face: 'regular', units: 0.813},
        {type: 'hyphen', face: 'regular', units: 0.274},
        {type: 'box', text: 'fice', face: 'regular', units: 1.235}
      ] as WordPart[],
      stored: '[["of","regular",0.813],["regular",0.274],["fice","regular",1.235]]'
    }
  },
  subset: {
    scope: (font: string) => `subset ${font}`,
    encode: encodeSubset,
    decode: decodeSubset,
    example: {
      key: ' -,.ACKNaeinorstu',
      value: {subset: new Uint8Array([0, 1, 0, 0, 0, 10, 0, 128, 0, 3, 0, 32]), deflated: new Uint8Array([120, 1])} as StoredSubset,
      stored: {subset: new Uint8Array([0, 1, 0, 0, 0, 10, 0, 128, 0, 3, 0, 32]), deflated: new Uint8Array([120, 1])} as StoredSubset
    }
  },
  deflated: {
    scope: () => 'deflated',
    encode: encodeDeflated,
    decode: decodeDeflated,
    example: {
      key: '5b7d09a0c3b09d4a1f3fd5c8b5a9b2b8e6f4fd4f1a0e06d6e0c8b7f2b6a3f1c2 1200',
      value: new Uint8Array([120, 218, 43, 73, 45, 46, 1, 0]),
      stored: new Uint8Array([120, 218, 43, 73, 45, 46, 1, 0])
    }
  },
  shaped: {
    scope: (font: string, chars: string, lang: string) => `shaped ${font} ${chars} ${lang}`,
    encode: encodeShape,
    decode: decodeShape,
    example: {
      key: 'office',
      value: {
        parts: ['0052', 12.5, '01A30047'],
        glyphs: [
          [82, 'o'],
          [419, 'ffi'],
          [71, 'ce']
        ]
      } as StoredShape,
      stored: '[["0052",12.5,"01A30047"],["o","ffi","ce"]]'
    }
  },
  page: {
    // Its glyphs in one array (`page 2`): those kept before, a triple each, are under the old scope.
    scope: () => 'page 2',
    encode: encodePage,
    decode: decodePage,
    example: {
      key: '(the SHA-256 of the page: pageKey in write.ts)',
      value: {
        deflated: new Uint8Array([120, 218, 43, 73, 45, 46, 1, 0]),
        marks: [3, 3, 4],
        glyphs: ['regular', 82, 'o', 'regular', 419, 'ffi']
      } as StoredPage,
      stored: {deflated: new Uint8Array([120, 218, 43, 73, 45, 46, 1, 0]), rest: '[[3,3,4],["regular",82,"o","regular",419,"ffi"]]'}
    }
  },
  objects: {
    // Compressed by fflate (`deflate`): pako's, kept before, are under the old scope.
    scope: () => 'objects 2',
    encode: encodeDeflated,
    decode: decodeDeflated,
    example: {
      key: '0f343b0931126a20f133d67c2b018a3b5b1b2d1a5e4c9c3f7a2e6d9b8c7f6e5d 4862',
      value: new Uint8Array([120, 156, 43, 73, 45, 46, 1, 0]),
      stored: new Uint8Array([120, 156, 43, 73, 45, 46, 1, 0])
    }
  },
  unit: {
    scope: (fonts: string, lang: string) => `unit ${fonts} ${lang}`,
    encode: encodeUnit,
    decode: decodeUnit,
    example: {
      key: '(the SHA-256 of the article and all it depends on: unitKey in units.ts)',
      value: {
        flow: [{type: 'H1', parent: 0}],
        notes: [],
        pages: [{items: [{type: 'text', x: 72, y: 600, text: 'Title', font: 'regular', size: 20, width: 50, tag: 1}]}],
        outline: [{title: 'Title', depth: 0, dest: 'article-a1', page: 0}],
        chars: {regular: 'Tiel'},
        firsts: [],
        after: {headingCount: 0, lastHeading: 1, flush: true},
        reported: [],
        noted: []
      } as StoredUnit,
      stored:
        '[[{"type":"H1","parent":0}],[],[{"items":[{"type":"text","x":72,"y":600,"text":"Title","font":"regular","size":20,"width":50,"tag":1}]}],[{"title":"Title","depth":0,"dest":"article-a1","page":0}],{"regular":"Tiel"},[],{"headingCount":0,"lastHeading":1,"flush":true},[],[]]'
    }
  },
  paragraph: {
    scope: (fonts: string, lang: string) => `paragraph ${fonts} ${lang}`,
    encode: encodeParagraph,
    decode: decodeParagraph,
    example: {
      key: '(the SHA-256 of the paragraph and all it depends on: paragraphKey)',
      value: {
        opens: [['Link', -1]],
        firsts: ['1'],
        lines: [
          {
            items: [
              {type: 'text', x: 0, y: 0, text: 'A claim.', font: 'regular', size: 11.5, width: 38.5, tag: -1},
              {type: 'anchor', name: 'ref-1', x: 38.5, y: 11.5},
              {type: 'text', x: 38.5, y: 4.37, text: '1', font: 'regular', size: 7.13, width: 3.42, tag: 0},
              {type: 'link', rect: [38.5, 2.588, 41.92, 10.074], dest: 'note-1', tag: 0}
            ],
            refs: ['1']
          }
        ]
      } as StoredParagraph,
      stored:
        '[[["Link",-1]],["1"],[[[["t",0,0,"A claim.","regular",11.5,38.5,null,-1,0],["a","ref-1",38.5,11.5],["t",38.5,4.37,"1","regular",7.13,3.42,null,0,0],["l",[38.5,2.588,41.92,10.074],null,"note-1",0]],["1"],0]]]'
    }
  }
} as const

export type StoreKind = keyof typeof STORE_KINDS
