import {inflateSync} from 'node:zlib'
import {limits} from './limits.js'

/**
 * Why image bytes cannot be packaged, or undefined when they can: the structure a reading system
 * decodes, checked before the image goes into the container. PNG: whole chunks, a non-zero size
 * within the pixel cap, image data that inflates to exactly the size its header announces. JPEG:
 * markers from SOI to EOI, a frame of non-zero size within the cap, a scan (the compressed data
 * itself is not decoded). GIF: a non-zero screen within the cap, blocks up to the trailer, an image.
 */
export function imageProblem(data: Uint8Array, mediaType: 'image/png' | 'image/jpeg' | 'image/gif'): string | undefined {
  let known = checked.get(data)
  if (known === undefined) {
    const check = mediaType === 'image/png' ? pngProblem : mediaType === 'image/jpeg' ? jpegProblem : gifProblem
    known = check(data, new DataView(data.buffer, data.byteOffset, data.byteLength)) ?? null
    checked.set(data, known)
  }
  return known ?? undefined
}
const checked = new WeakMap<Uint8Array, string | null>()

/** Why a `width` × `height` image is refused: no pixels, or more than the cap. */
function sizeProblem(width: number, height: number): string | undefined {
  if (width === 0 || height === 0) return `has a size of ${width} × ${height} pixels`
  const megapixels = (width * height) / 1e6
  const cap = limits.imagePixels.value / 1e6
  return width * height > limits.imagePixels.value ? `has ${megapixels.toFixed(0)} megapixels (${width} × ${height}), more than the ${cap} this renderer decodes` : undefined
}

const pngChannels: Readonly<Record<number, number>> = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
const adam7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2]
] as const

function pngProblem(data: Uint8Array, view: DataView): string | undefined {
  if (data.length < 33 || String.fromCharCode(...data.subarray(12, 16)) !== 'IHDR') return 'is cut short or has no header'
  const [width, height] = [view.getUint32(16), view.getUint32(20)]
  const size = sizeProblem(width, height)
  if (size) return size
  const channels = pngChannels[data[25]!]
  const depth = data[24]!
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(depth) || data[28]! > 1) return 'has an unknown pixel format'
  const rows = (w: number, h: number): number => (w > 0 && h > 0 ? h * (Math.ceil((w * channels * depth) / 8) + 1) : 0)
  const expected = data[28] === 0 ? rows(width, height) : adam7.reduce((n, [x0, y0, dx, dy]) => n + rows(Math.ceil(Math.max(0, width - x0) / dx), Math.ceil(Math.max(0, height - y0) / dy)), 0)
  const compressed = pngData(data, view)
  if (typeof compressed === 'string') return compressed
  try {
    if (inflateSync(compressed, {maxOutputLength: expected + 1}).length === expected) return undefined
  } catch {
    return 'has image data that cannot be decompressed'
  }
  return 'has image data of the wrong size'
}

/** The concatenated IDAT chunks of a PNG, or why its chunks cannot be read. */
function pngData(data: Uint8Array, view: DataView): Uint8Array | string {
  const parts: Uint8Array[] = []
  for (let at = 8; at + 12 <= data.length;) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...data.subarray(at + 4, at + 8))
    if (at + 12 + length > data.length) break
    if (type === 'IDAT') parts.push(data.subarray(at + 8, at + 8 + length))
    if (type === 'IEND') return parts.length > 0 ? Buffer.concat(parts) : 'has no image data'
    at += 12 + length
  }
  return 'is cut short'
}

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
const isFrame = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc

function jpegProblem(data: Uint8Array, view: DataView): string | undefined {
  let frame = false
  let scan = false
  let at = 2
  while (at + 1 < data.length) {
    if (data[at] !== 0xff) return 'has a broken marker structure'
    const marker = data[at + 1]!
    if (marker === 0xff) at++
    else if (marker === 0xd9) return frame && scan ? undefined : 'has no image data'
    else if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) at += 2
    else {
      if (at + 4 > data.length) break
      const length = view.getUint16(at + 2)
      if (length < 2) return 'has a broken marker structure'
      if (at + 2 + length > data.length) break
      if (isFrame(marker)) {
        const size = at + 9 < data.length ? sizeProblem(view.getUint16(at + 7), view.getUint16(at + 5)) : 'has a broken frame header'
        if (size) return size
        frame = true
      }
      at += 2 + length
      if (marker === 0xda) {
        if (!frame) return 'has a scan before its frame header'
        scan = true
        at = scanEnd(data, at)
      }
    }
  }
  return 'is cut short'
}

/** The first marker after entropy-coded data (stuffed 0xFF00 and restart markers are part of it). */
function scanEnd(data: Uint8Array, from: number): number {
  let at = from
  while (at + 1 < data.length) {
    const next = data[at + 1]!
    if (data[at] === 0xff && next !== 0 && !(next >= 0xd0 && next <= 0xd7)) return at
    at++
  }
  return data.length
}

function gifProblem(data: Uint8Array, view: DataView): string | undefined {
  if (data.length < 13) return 'is cut short'
  const size = sizeProblem(view.getUint16(6, true), view.getUint16(8, true))
  if (size) return size
  let at = 13 + colourTable(data[10]!)
  let images = 0
  while (at < data.length) {
    const block = data[at]!
    if (block === 0x3b) return images > 0 ? undefined : 'has no image'
    if (block === 0x21) at = subBlocks(data, at + 2)
    else if (block === 0x2c) {
      if (at + 10 > data.length) break
      images++
      at = subBlocks(data, at + 10 + colourTable(data[at + 9]!) + 1)
    } else return 'has a broken block structure'
  }
  return 'is cut short'
}

/** Bytes of a GIF colour table announced by a packed field. */
const colourTable = (packed: number): number => (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0)

/** The end of a run of GIF data sub-blocks (a zero-length block ends it); past the end when cut short. */
function subBlocks(data: Uint8Array, from: number): number {
  let at = from
  while (at < data.length && data[at] !== 0) at += data[at]! + 1
  return at + 1
}
