import {readFileSync, writeFileSync, mkdtempSync} from 'node:fs'
import {execFileSync, spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {deflateSync} from 'node:zlib'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Paragraph, Root} from 'mdast'
import type {FontFiles} from '../src/index.js'

const require = createRequire(import.meta.url)
const here = path.dirname(fileURLToPath(import.meta.url))

/** ../shared beside the repository. */
export const shared = path.resolve(here, '../../../../shared')

function font(pkg: string, file: string): Uint8Array {
  const dir = path.dirname(require.resolve(`${pkg}/package.json`))
  return new Uint8Array(readFileSync(path.join(dir, file)))
}

let cached: FontFiles | undefined
/** EB Garamond, Noto Serif as the fallback, DejaVu Sans Mono for code. */
export function testFonts(): FontFiles {
  cached ??= {
    regular: font('@expo-google-fonts/eb-garamond', '400Regular/EBGaramond_400Regular.ttf'),
    italic: font('@expo-google-fonts/eb-garamond', '400Regular_Italic/EBGaramond_400Regular_Italic.ttf'),
    bold: font('@expo-google-fonts/eb-garamond', '700Bold/EBGaramond_700Bold.ttf'),
    boldItalic: font('@expo-google-fonts/eb-garamond', '700Bold_Italic/EBGaramond_700Bold_Italic.ttf'),
    mono: font('dejavu-fonts-ttf', 'ttf/DejaVuSansMono.ttf'),
    fallbacks: [font('@expo-google-fonts/noto-serif', '400Regular/NotoSerif_400Regular.ttf'), font('dejavu-fonts-ttf', 'ttf/DejaVuSans.ttf')]
  }
  return cached
}

export function patterns(lang: string): unknown {
  return require(`hyphen/patterns/${lang}`)
}

/** Whether a command-line tool is installed. */
export function has(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0
}

export function tempFile(name: string, bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'render-pdf-'))
  const file = path.join(dir, name)
  writeFileSync(file, bytes)
  return file
}

export interface PopplerWord {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}
export interface PopplerLine {
  words: PopplerWord[]
  yMin: number
  yMax: number
  xMin: number
}
export interface PopplerPage {
  width: number
  height: number
  lines: PopplerLine[]
}

/** `pdftotext -bbox-layout`: pages of lines of words with boxes (y from the top of the page). */
export function readBack(file: string): PopplerPage[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], {encoding: 'utf8', maxBuffer: 1 << 28})
  const pages: PopplerPage[] = []
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
  for (const pageMatch of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const lines: PopplerLine[] = []
    for (const lineMatch of pageMatch[3]!.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words: PopplerWord[] = []
      for (const w of lineMatch[4]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/word>/g)) {
        words.push({text: unescape(w[5]!), xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4])})
      }
      lines.push({words, xMin: Number(lineMatch[1]), yMin: Number(lineMatch[2]), yMax: Number(lineMatch[3])})
    }
    pages.push({width: Number(pageMatch[1]), height: Number(pageMatch[2]), lines})
  }
  return pages
}

/** Letters and digits only, lowercased: what must survive from source to page, whatever the breaks. */
export function letters(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase()
}

export function pdffonts(file: string): Array<{name: string; emb: boolean; sub: boolean}> {
  const out = execFileSync('pdffonts', [file], {encoding: 'utf8'})
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/)
      // name type... emb sub uni object ID
      const n = cols.length
      return {name: cols[0]!, emb: cols[n - 5] === 'yes', sub: cols[n - 4] === 'yes'}
    })
}

export function qpdfCheck(file: string): {ok: boolean; output: string} {
  const r = spawnSync('qpdf', ['--check', file], {encoding: 'utf8'})
  return {ok: r.status === 0, output: r.stdout + r.stderr}
}

export interface ReadBackPage {
  number: number
  width: number
  height: number
  /** Lines above the note area (running head and folio left out), superscripts separated. */
  body: PopplerLine[]
  notes: PopplerLine[]
  /** Superscript digits in the body, in reading order. */
  refs: string[]
  /** Notes starting on the page (`12.` opening a line of the note area). */
  noteStarts: string[]
}

/**
 * Split each page read back by poppler into body and note area. The boundary (the top of the
 * note area) is the layout's; everything else — words, sizes, positions — is what poppler reads.
 */
export function readPages(file: string, noteTops: Array<number | undefined>, geometry: {top: number; bottom: number; inner: number; outer: number}): ReadBackPage[] {
  const read = readBack(file)
  // The text's height, over the whole document (a page of code alone would make small type look like text).
  const all = read.flatMap((page) => page.lines.flatMap((l) => l.words.map((w) => w.yMax - w.yMin))).sort((a, b) => a - b)
  const median = all[Math.floor(all.length / 2)] ?? 12
  return read.map((page, n) => {
    const noteTop = noteTops[n]
    const body: PopplerLine[] = []
    const notes: PopplerLine[] = []
    for (const line of inPageOrder(page.lines)) {
      if (line.yMax < geometry.top - 4) continue // running head
      if (line.yMin > page.height - geometry.bottom + 4) continue // folio
      if (noteTop !== undefined && line.yMin > page.height - noteTop) notes.push(line)
      else body.push(line)
    }
    const refs: string[] = []
    // a reference is small and raised above its line (a number in smaller code type stands on the line)
    for (const line of body) for (const w of line.words) if (/^(\d+|\*)$/.test(w.text) && w.yMax - w.yMin < median * 0.75 && w.yMax < line.yMax - median * 0.15) refs.push(w.text)
    const noteStarts: string[] = []
    for (const line of notes) {
      const first = line.words[0]
      const match = first && /^(\d+|\*)\.?$/.exec(first.text)
      if (match && first.xMin > ((n + 1) % 2 === 1 ? geometry.inner : geometry.outer) + 3) noteStarts.push(match[1]!)
    }
    return {number: n + 1, width: page.width, height: page.height, body, notes, refs, noteStarts}
  })
}

/**
 * Lines in the order of the page: rows top to bottom (a line belongs to the row its vertical middle
 * falls in: code in a smaller face stands lower in its box), each row left to right. Poppler's own
 * order may put the short last line of a list item after the next item.
 */
function inPageOrder(lines: PopplerLine[]): PopplerLine[] {
  const rows: Array<{yMin: number; yMax: number; lines: PopplerLine[]}> = []
  for (const line of [...lines].sort((a, b) => a.yMin - b.yMin)) {
    const middle = (line.yMin + line.yMax) / 2
    const row = rows.find((r) => middle > r.yMin && middle < r.yMax)
    if (row) row.lines.push(line)
    else rows.push({yMin: line.yMin, yMax: line.yMax, lines: [line]})
  }
  return rows.flatMap((r) => r.lines.sort((a, b) => a.xMin - b.xMin))
}

/** The words of lines, superscripts (smaller than most of the text and raised above their line) left out. */
export function lineText(lines: PopplerLine[], dropSmall = true): string {
  const heights = lines.flatMap((l) => l.words.map((w) => w.yMax - w.yMin)).sort((a, b) => a - b)
  const median = heights[Math.floor(heights.length / 2)] ?? 12
  return lines
    .map((l) =>
      l.words
        .filter((w) => !dropSmall || !(/^(\d+|\*)$/.test(w.text) && w.yMax - w.yMin < median * 0.75 && w.yMax < l.yMax - median * 0.15))
        .map((w) => w.text)
        .join(' ')
    )
    .join('\n')
}

/**
 * Where each note is first referenced and where it starts, read back; the notes of `keys` whose
 * reference or start is missing or whose pages differ, as `12: ref p.3, note p.4`.
 */
export function notesElsewhere(pages: ReadBackPage[], keys: string[]): string[] {
  const refPage = new Map<string, number>()
  const notePage = new Map<string, number>()
  for (const page of pages) {
    for (const ref of page.refs) if (!refPage.has(ref)) refPage.set(ref, page.number)
    for (const start of page.noteStarts) if (!notePage.has(start)) notePage.set(start, page.number)
  }
  return keys.filter((k) => refPage.get(k) === undefined || refPage.get(k) !== notePage.get(k)).map((k) => `${k}: ref p.${refPage.get(k)}, note p.${notePage.get(k)}`)
}

/** The paragraphs of a tree, outside the node types given (notes, tables, …). */
export function paragraphsOutside(tree: Root, skip: string[]): Paragraph[] {
  const out: Paragraph[] = []
  const visit = (node: Root | Root['children'][number]) => {
    if (skip.includes(node.type)) return
    if (node.type === 'paragraph') out.push(node)
    else if ('children' in node) for (const child of node.children) visit(child as Root['children'][number])
  }
  visit(tree)
  return out
}

const crcTable = Array.from({length: 256}, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/**
 * A real RGB PNG of `width` × `height` pixels: a diagonal gradient from `from` to `to`
 * (so that every image made with other colours has other bytes).
 */
export function makePng(width: number, height: number, from: [number, number, number] = [200, 30, 30], to: [number, number, number] = [30, 30, 200]): Uint8Array {
  const raw = new Uint8Array((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0 // filter: none
    for (let x = 0; x < width; x++) {
      const t = (x / Math.max(1, width - 1) + y / Math.max(1, height - 1)) / 2
      for (let c = 0; c < 3; c++) raw[y * (width * 3 + 1) + 1 + x * 3 + c] = Math.round(from[c]! + (to[c]! - from[c]!) * t)
    }
  }
  const chunk = (type: string, data: Uint8Array): Uint8Array => {
    const out = new Uint8Array(12 + data.length)
    const view = new DataView(out.buffer)
    view.setUint32(0, data.length)
    out.set(new TextEncoder().encode(type), 4)
    out.set(data, 8)
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
    return out
  }
  const ihdr = new Uint8Array(13)
  const view = new DataView(ihdr.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  ihdr.set([8, 2, 0, 0, 0], 8) // 8 bits, RGB, deflate, no filter method, no interlace
  const parts = [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', new Uint8Array(deflateSync(raw))), chunk('IEND', new Uint8Array(0))]
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    png.set(part, at)
    at += part.length
  }
  return png
}

/** A 40 × 20 baseline JPEG (a red–blue gradient, made with ImageMagick for these tests). */
export const jpeg40x20 = Uint8Array.from(
  Buffer.from(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAAUACgDASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAQG/8QAFxABAQEBAAAAAAAAAAAAAAAAABMBEv/EABYBAQEBAAAAAAAAAAAAAAAAAAAGBP/EABkRAAIDAQAAAAAAAAAAAAAAAAABEhVhUf/aAAwDAQACEQMRAD8AzVSqKpVuqMKe00tqVRVKlRgtNLaiKoVGC00l6060FvFcI+THWnWgRXBJjrQCK4JM/9k=',
    'base64'
  )
)

/** `pdfimages -list`: one row per image drawn (the same image drawn twice is two rows with one object id). */
export function pdfimagesList(file: string): Array<{page: number; width: number; height: number; color: string; enc: string; object: number}> {
  const out = execFileSync('pdfimages', ['-list', file], {encoding: 'utf8'})
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const f = line.trim().split(/\s+/)
      return {page: Number(f[0]), width: Number(f[3]), height: Number(f[4]), color: f[5]!, enc: f[8]!, object: Number(f[10])}
    })
}
