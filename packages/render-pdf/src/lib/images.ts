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
