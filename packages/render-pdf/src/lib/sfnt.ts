import type {Shaper} from './shaper.js'

/**
 * The fields of a face's tables that the layout and the PDF font descriptor
 * read, from the table bytes HarfBuzz hands out (OpenType 1.9: `head`, `hhea`,
 * `post`, `OS/2`), each with where it is and an example (EB Garamond Regular).
 * `minVersion` is the first version of the table that has the field: an older
 * table leaves it undefined.
 */
export const FACE_FIELDS = {
  unitsPerEm: {table: 'head', offset: 18, type: 'uint16', example: 1000},
  xMin: {table: 'head', offset: 36, type: 'int16', example: -290},
  yMin: {table: 'head', offset: 38, type: 'int16', example: -324},
  xMax: {table: 'head', offset: 40, type: 'int16', example: 2500},
  yMax: {table: 'head', offset: 42, type: 'int16', example: 985},
  ascent: {table: 'hhea', offset: 4, type: 'int16', example: 1007},
  descent: {table: 'hhea', offset: 6, type: 'int16', example: -298},
  italicAngle: {table: 'post', offset: 4, type: 'fixed', example: 0},
  isFixedPitch: {table: 'post', offset: 12, type: 'uint32', example: 0},
  xHeight: {table: 'OS/2', offset: 86, type: 'int16', minVersion: 2, example: 400},
  capHeight: {table: 'OS/2', offset: 88, type: 'int16', minVersion: 2, example: 650}
} as const satisfies Record<string, {table: string; offset: number; type: 'uint16' | 'int16' | 'uint32' | 'fixed'; minVersion?: number; example: number}>

export type FaceField = keyof typeof FACE_FIELDS

/** The fields of FACE_FIELDS of a face; undefined where its table lacks one. */
export type FaceMetrics = Record<FaceField, number | undefined> & {
  /** CFF outlines (an OpenType `OTTO` font): embedded as FontFile3. */
  cff: boolean
  /** Its PostScript name (name ID 6), '' when it has none. */
  postscriptName: string
}

/** One field read from its table's bytes (big-endian; `fixed` is 16.16). */
function readField(data: Uint8Array | undefined, field: (typeof FACE_FIELDS)[FaceField]): number | undefined {
  if (!data) return undefined
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  if ('minVersion' in field && (data.byteLength < 2 || view.getUint16(0) < field.minVersion)) return undefined
  const size = field.type === 'uint16' || field.type === 'int16' ? 2 : 4
  if (field.offset + size > data.byteLength) return undefined
  switch (field.type) {
    case 'uint16':
      return view.getUint16(field.offset)
    case 'int16':
      return view.getInt16(field.offset)
    case 'uint32':
      return view.getUint32(field.offset)
    case 'fixed':
      return view.getInt32(field.offset) / 65536
  }
}

/** The metrics of the face a shaper sets text in (read once per face). */
export function faceMetrics(shaper: Shaper): FaceMetrics {
  const tables = new Map<string, Uint8Array | undefined>()
  const table = (tag: string) => {
    if (!tables.has(tag)) tables.set(tag, shaper.table(tag))
    return tables.get(tag)
  }
  const fields = Object.fromEntries(Object.entries(FACE_FIELDS).map(([name, field]) => [name, readField(table(field.table), field)])) as Record<FaceField, number | undefined>
  return {...fields, cff: (table('CFF ')?.byteLength ?? 0) > 0, postscriptName: shaper.name(6)}
}

/**
 * A font file's fingerprint for the keys of a `RenderStore`: its length and its `head` table's
 * checkSumAdjustment (a checksum of the whole file the font carries), read from the table
 * directory; `length-` when it has no `head` table.
 */
export function fontFingerprint(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tables = bytes.byteLength >= 12 ? view.getUint16(4) : 0
  for (let i = 0; i < tables && 12 + 16 * i + 16 <= bytes.byteLength; i++) {
    const record = 12 + 16 * i
    if (view.getUint32(record) !== 0x68656164 /* head */) continue
    const at = view.getUint32(record + 8) + 8
    return at + 4 <= bytes.byteLength ? `${bytes.byteLength}-${view.getUint32(at).toString(16)}` : `${bytes.byteLength}-`
  }
  return `${bytes.byteLength}-`
}
