import {constants} from 'node:fs'
import {open, realpath} from 'node:fs/promises'
import path from 'node:path'

const MiB = 1024 * 1024

/**
 * Every kind of file a command reads, with the most bytes it may have and
 * why: a cap keeps `/dev/zero`, a runaway log or a mistyped path from
 * filling the memory. Each is far above what a real file of its kind holds.
 */
export const READ_LIMITS = {
  /** War and Peace is 3.2 MB of plain text; a 1,000-page reader is 40 files of ~100 KB. */
  article: {noun: 'an article', bytes: 32 * MiB},
  /**
   * The Markdown parser (micromark) holds ~350 bytes per character of a paragraph while it reads
   * it: a 32 MB paragraph would need 11 GB. War and Peace as Markdown is 3.2 MB.
   */
  markdown: {noun: 'a Markdown article', bytes: 4 * MiB},
  /** Notes for `octavo notes`: the 36,314 labelled notes of data/footnotes are 14 MB. */
  notes: {noun: 'a notes file', bytes: 128 * MiB},
  /** Front matter and `.meta.yaml`: a few hundred bytes. */
  metadata: {noun: 'a metadata file', bytes: 1 * MiB},
  /** A reader lists its articles: 40 articles are 2 KB. */
  reader: {noun: 'a reader', bytes: 1 * MiB},
  /** octavo.yaml: a dozen options. */
  config: {noun: 'a configuration file', bytes: 1 * MiB},
  /** The longest CSL style in the official repository is under 150 KB. */
  style: {noun: 'a CSL style', bytes: 4 * MiB},
  /** An article's corrections (`<stem>.corrections.yaml`): one is ~150 bytes, 10,000 are 1.5 MB. */
  corrections: {noun: 'a corrections file', bytes: 8 * MiB},
  /** A 100,000-entry BibTeX library is ~40 MB. */
  bibliography: {noun: 'a bibliography', bytes: 64 * MiB},
  /** A 600 dpi full-page scan as PNG is ~30 MB. */
  image: {noun: 'an image', bytes: 64 * MiB}
} as const

export type FileKind = keyof typeof READ_LIMITS

/** A folder a file must stay in, after its links are followed. */
export interface Confinement {
  folder: string
  /** How messages name it: "the reader's folder". */
  name: string
}

/** A file read, with the path it really is (links followed). */
export interface FileRead {
  bytes: Uint8Array
  real: string
}

/** Why a file was refused; its message is the reason, and never quotes the file. */
export class FileRefused extends Error {
  override name = 'FileRefused'
  readonly code = 'EREFUSED'
  constructor(
    message: string,
    /** What was found instead of a file ("a folder", "a named pipe"), when that was the reason. */
    readonly found?: string
  ) {
    super(message)
  }
}

/**
 * Read a file a command was given or an input names, as the main input is
 * read: it must be a regular file (not a folder, named pipe, device or
 * socket: opened without blocking, so a pipe cannot hang the build), no
 * larger than its kind's cap (read in pieces, so a file that lies about its
 * size, like those of /proc, is caught too), and, when `confine` is given,
 * inside that folder once links are followed. Throws `FileRefused`, or the
 * system's error (ENOENT …).
 */
export async function readInputFile(file: string, kind: FileKind, confine?: Confinement): Promise<FileRead> {
  const real = await realpath(file)
  if (confine && !isInside(await realpath(confine.folder), real)) {
    throw new FileRefused(`it is outside ${confine.name} (links followed)`)
  }
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new FileRefused(`it is ${whatItIs(info)}, not a file`, whatItIs(info))
    const limit = READ_LIMITS[kind]
    if (info.size > limit.bytes) throw new FileRefused(tooLarge(limit))
    return {bytes: await readCapped(handle, limit, info.size), real}
  } finally {
    await handle.close()
  }
}

/** Whether `file` is `folder` or inside it (`..notes.md` is inside; `../notes.md` is not). */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file)
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
}

/**
 * The bytes of an open file, at most `limit`'s. Read into a buffer of the size the file says it
 * has (and one byte more, to see its end), then in growing pieces if it lies (files of /proc say
 * 0): a fixed 4 MB first buffer was allocated for every file, a metadata file's few hundred bytes
 * included, and kept whole behind each article's bytes (a 40-article reader held 160 MB outside
 * V8's heap, which made V8 collect its old space again and again).
 */
async function readCapped(handle: Awaited<ReturnType<typeof open>>, limit: (typeof READ_LIMITS)[FileKind], size: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  let want = size + 1
  for (;;) {
    const chunk = new Uint8Array(Math.min(Math.max(want, 64 * 1024), 4 * MiB, limit.bytes + 1 - total))
    const filled = await fill(handle, chunk)
    total += filled
    if (total > limit.bytes) throw new FileRefused(tooLarge(limit))
    if (filled > 0) chunks.push(chunk.subarray(0, filled))
    if (filled < chunk.length) break
    want = total
  }
  // One piece: its buffer when it is the piece's size (and the byte that saw the end), else a copy that does not keep the rest.
  if (chunks.length === 1) return chunks[0]!.byteLength + 1 >= chunks[0]!.buffer.byteLength ? chunks[0]! : chunks[0]!.slice()
  const bytes = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  return bytes
}

/** Read into `chunk` until it is full or the file ends; the bytes read. */
async function fill(handle: Awaited<ReturnType<typeof open>>, chunk: Uint8Array): Promise<number> {
  let filled = 0
  while (filled < chunk.length) {
    const {bytesRead} = await handle.read(chunk, filled, chunk.length - filled, null)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return filled
}

function tooLarge(limit: (typeof READ_LIMITS)[FileKind]): string {
  return `it is larger than the ${limit.bytes / MiB} MB ${limit.noun} may have`
}

function whatItIs(info: {isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean}): string {
  if (info.isDirectory()) return 'a folder'
  if (info.isFIFO()) return 'a named pipe'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  return 'not a regular file'
}
