import {inflateSync} from 'node:zlib'

/** Images given to the renderer, keyed by the image node's `url` (the CLI passes absolute paths). */
export type ImageSources = ReadonlyMap<string, Uint8Array> | Readonly<Record<string, Uint8Array>>

/** What the layout needs to know of an image: its format and its size in pixels. */
export interface ImageInfo {
  format: 'png' | 'jpeg'
  width: number
  height: number
}

/** The bytes given for `url`, tried as written and percent-decoded. */
export function imageBytes(sources: ImageSources | undefined, url: string): Uint8Array | undefined {
  if (!sources) return undefined
  const keys = [url]
  try {
    const decoded = decodeURI(url)
    if (decoded !== url) keys.push(decoded)
  } catch {
    // not percent-encoded
  }
  for (const key of keys) {
    const data = sources instanceof Map ? sources.get(key) : Object.hasOwn(sources, key) ? (sources as Record<string, Uint8Array>)[key] : undefined
    if (data instanceof Uint8Array) return data
  }
  return undefined
}

/** The format of image bytes from their signature: PNG, JPEG, or another (`gif`, `svg`, `webp`, …) for messages. */
export function sniffFormat(data: Uint8Array): 'png' | 'jpeg' | 'gif' | 'svg' | 'webp' | undefined {
  const starts = (bytes: number[], at = 0): boolean => bytes.every((byte, i) => data[at + i] === byte)
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg'
  if (starts([0x47, 0x49, 0x46, 0x38])) return 'gif'
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp'
  const head = new TextDecoder('utf-8', {fatal: false}).decode(data.subarray(0, 512)).trimStart()
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'svg'
  return undefined
}

/**
 * Format and pixel size of a PNG (from its IHDR chunk) or a JPEG (from its first SOF marker),
 * or undefined when the bytes are neither or their header is broken.
 */
export function imageInfo(data: Uint8Array): ImageInfo | undefined {
  const format = sniffFormat(data)
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  if (format === 'png') {
    // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4).
    if (data.length < 24 || String.fromCharCode(...data.subarray(12, 16)) !== 'IHDR') return undefined
    return sized('png', view.getUint32(16), view.getUint32(20))
  }
  if (format === 'jpeg') {
    let at = 2
    while (at + 4 <= data.length) {
      if (data[at] !== 0xff) return undefined
      const marker = data[at + 1]!
      if (marker === 0xff) {
        at++ // fill byte
        continue
      }
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        at += 2 // markers without a length
        continue
      }
      const length = view.getUint16(at + 2)
      // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision (1), height (2), width (2).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        if (at + 9 > data.length) return undefined
        return sized('jpeg', view.getUint16(at + 7), view.getUint16(at + 5))
      }
      if (marker === 0xd9 || marker === 0xda || length < 2) return undefined
      at += 2 + length
    }
  }
  return undefined
}

/** The colour components of a JPEG (1 grey, 3 YCbCr/RGB, 4 CMYK), from its first SOF marker: the byte after the width. */
export function jpegComponents(data: Uint8Array): number | undefined {
  let at = 2
  while (at + 4 <= data.length && data[at] === 0xff) {
    const marker = data[at + 1]!
    if (marker === 0xff) at++
    else if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) at += 2
    else if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return data[at + 9]
    else if (marker === 0xd9 || marker === 0xda) return undefined
    else at += 2 + ((data[at + 2]! << 8) | data[at + 3]!)
  }
  return undefined
}

/** The largest image data checked and embedded (decompressed PNG pixels): 256 MiB. */
const maxPixelBytes = 256 * 1024 * 1024

const checked = new WeakMap<Uint8Array, string | null>()

/**
 * Why PNG bytes whose header reads cannot be embedded, or undefined when they can: the chunks
 * must be whole and the image data must inflate to exactly the size the header announces.
 * (pdf-lib's PNG decoder loops forever on some corrupt data, so it is never handed any.)
 * JPEG data is not decoded by the writer (it is embedded as DCT), so it needs no check.
 */
export function pngProblem(data: Uint8Array): string | undefined {
  const known = checked.get(data)
  if (known !== undefined) return known ?? undefined
  const problem = findPngProblem(data)
  checked.set(data, problem ?? null)
  return problem
}

function findPngProblem(data: Uint8Array): string | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  if (data.length < 33) return 'is cut short'
  const width = view.getUint32(16)
  const height = view.getUint32(20)
  const depth = data[24]!
  const colour = data[25]!
  const interlace = data[28]!
  const channels = ({0: 1, 2: 3, 3: 1, 4: 2, 6: 4} as Record<number, number>)[colour]
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(depth) || interlace > 1) return 'has an unknown pixel format'
  const bits = channels * depth
  const rows = (w: number, h: number) => (w > 0 && h > 0 ? h * (Math.ceil((w * bits) / 8) + 1) : 0)
  let expected = 0
  if (interlace === 0) expected = rows(width, height)
  else {
    for (const [x0, y0, dx, dy] of [
      [0, 0, 8, 8],
      [4, 0, 8, 8],
      [0, 4, 4, 8],
      [2, 0, 4, 4],
      [0, 2, 2, 4],
      [1, 0, 2, 2],
      [0, 1, 1, 2]
    ] as const) {
      expected += rows(Math.ceil(Math.max(0, width - x0) / dx), Math.ceil(Math.max(0, height - y0) / dy))
    }
  }
  if (expected > maxPixelBytes) return `is too large (${width} × ${height} pixels)`
  const parts: Uint8Array[] = []
  let at = 8
  let ended = false
  while (at + 12 <= data.length) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...data.subarray(at + 4, at + 8))
    if (at + 12 + length > data.length) return 'is cut short'
    if (type === 'IDAT') parts.push(data.subarray(at + 8, at + 8 + length))
    at += 12 + length
    if (type === 'IEND') {
      ended = true
      break
    }
  }
  if (!ended) return 'is cut short'
  if (parts.length === 0) return 'has no image data'
  const compressed = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const part of parts) {
    compressed.set(part, offset)
    offset += part.length
  }
  let pixels: Uint8Array
  try {
    pixels = inflateSync(compressed, {maxOutputLength: expected + 1})
  } catch {
    return 'has image data that cannot be decompressed'
  }
  if (pixels.length !== expected) return 'has image data of the wrong size'
  return undefined
}

function sized(format: ImageInfo['format'], width: number, height: number): ImageInfo | undefined {
  return width > 0 && height > 0 ? {format, width, height} : undefined
}

/**
 * The printed size of an image, in points: its pixels at 96 per inch (as a browser shows them),
 * scaled down (never up) to fit `maxWidth` and `maxHeight`, aspect kept.
 */
export function fitImage(info: ImageInfo, maxWidth: number, maxHeight: number): {width: number; height: number} {
  const natural = {width: info.width * 0.75, height: info.height * 0.75}
  const scale = Math.min(1, maxWidth / natural.width, maxHeight / natural.height)
  return {width: natural.width * scale, height: natural.height * scale}
}

/** A short, stable id for image bytes (FNV-1a over the bytes, two lanes, and the length). */
export function imageId(data: Uint8Array): string {
  let a = 0x811c9dc5
  let b = 0x9e3779b9
  for (let i = 0; i < data.length; i++) {
    a = Math.imul(a ^ data[i]!, 0x01000193) >>> 0
    b = Math.imul(b ^ data[i]! ^ (i & 0xff), 0x01000193) >>> 0
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0') + data.length.toString(16)
}
