import {createHash} from 'node:crypto'
import type {Position} from 'unist'
import type {Diagnostic} from '@octavo/tree'
import {packagedPrefix, type ImagePackager} from './policy.js'
import {imageProblem} from './image-check.js'

/** An image to put in the container. */
export interface PackagedImage {
  /** Path under `OEBPS/`: `images/<hash>.<ext>` (never a name from the input). */
  file: string
  mediaType: 'image/png' | 'image/jpeg' | 'image/gif'
  data: Uint8Array
  /** Whether every use of it has alternative text. */
  alt: boolean
}

/** Images given to the renderer, keyed by the URL as the source writes it. */
export type ImageSources = ReadonlyMap<string, Uint8Array> | Readonly<Record<string, Uint8Array>>

/** The media type of image bytes, from their signature (core media types of EPUB 3.2 only). */
export function sniffImage(data: Uint8Array): PackagedImage['mediaType'] | undefined {
  const starts = (...bytes: number[]): boolean => bytes.every((byte, i) => data[i] === byte)
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0x47, 0x49, 0x46, 0x38) && (data[4] === 0x37 || data[4] === 0x39) && data[5] === 0x61) return 'image/gif'
  return undefined
}

const extensions = {'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif'} as const

/**
 * Packages the images whose bytes were given: named by their content's hash
 * (so no path from the input reaches the container, and one image used twice
 * is stored once); unknown formats are not packaged, with a warning.
 */
export function createImagePackager(sources: ImageSources | undefined, diagnostics: Diagnostic[]): ImagePackager & {images: PackagedImage[]} {
  const lookup = (src: string): Uint8Array | undefined => {
    if (!sources) return undefined
    const keys = [src]
    try {
      keys.push(decodeURI(src))
    } catch {
      // not percent-encoded
    }
    for (const key of keys) {
      const data = sources instanceof Map ? sources.get(key) : Object.hasOwn(sources, key) ? (sources as Record<string, Uint8Array>)[key] : undefined
      if (data instanceof Uint8Array) return data
    }
    return undefined
  }
  const byFile = new Map<string, PackagedImage>()
  const images: PackagedImage[] = []
  return {
    images,
    use(src: string, alt: string, position: Position | undefined): string | undefined {
      const data = lookup(src)
      if (!data) return undefined
      const mediaType = sniffImage(data)
      if (!mediaType) {
        diagnostics.push({
          severity: 'warning',
          message: `image "${src}" is not a PNG, JPEG or GIF file; not packaged`,
          position,
          source: 'render-epub:resources'
        })
        return undefined
      }
      const problem = imageProblem(data, mediaType)
      if (problem) {
        diagnostics.push({
          severity: 'warning',
          message: `image "${src}" is a ${extensions[mediaType].replace('jpg', 'jpeg').toUpperCase()} file that ${problem}; not packaged`,
          position,
          source: 'render-epub:resources'
        })
        return undefined
      }
      if (alt.trim() === '') {
        diagnostics.push({
          severity: 'warning',
          message: `image "${src}" has no alternative text`,
          position,
          source: 'render-epub:resources'
        })
      }
      const file = `${packagedPrefix}${createHash('sha1').update(data).digest('hex').slice(0, 16)}.${extensions[mediaType]}`
      let image = byFile.get(file)
      if (!image) {
        image = {file, mediaType, data, alt: true}
        byFile.set(file, image)
        images.push(image)
      }
      if (alt.trim() === '') image.alt = false
      return file
    }
  }
}
