/**
 * pdf-lib's object streams and cross-reference stream, compressed by `deflate` (fflate, as our
 * content streams: three times pako's speed, deterministic), the object streams' compression kept
 * in a `RenderStore` (kind `objects`, issue 16). `doc.save({useObjectStreams: true})` packs the
 * objects that are not streams (pages, the structure tree's thousands of elements, annotations,
 * fonts' dictionaries) 50 to a stream and compresses each: a tenth of an edit's PDF time, for
 * streams most of which an edit leaves as they were. The same bytes compress to the same bytes,
 * so a stream is kept by the SHA-256 and length of its bytes before compression, and what the
 * store gives is used only when it is zlib's. The cross-reference stream (every object's offset:
 * it changes with any edit before the end) is compressed anew each time. pdf-lib has no option
 * for it: its factories (`PDFObjectStream.withContextAndObjects`, `PDFCrossRefStream.create`)
 * are wrapped once, and do this only for the documents `savePdf` is saving (by their context):
 * any other use of pdf-lib in the process is left as it was.
 */
import {createHash} from 'node:crypto'
import {Cache, PDFCrossRefStream, PDFObjectStream} from 'pdf-lib'
import type {PDFContext, PDFDocument} from 'pdf-lib'
import {STORE_KINDS} from './store.js'
import {serializeInPlace} from './dicts.js'
import {deflate} from './content.js'
import type {RenderStore} from './store.js'

/** The documents being saved (by their context), each with its store when it has one. */
const saving = new WeakMap<PDFContext, RenderStore | null>()
let wrapped = false

/** The compressed bytes of an object stream: kept in the store by the SHA-256 and length of `bytes`, else compressed (and kept). */
function kept(bytes: Uint8Array, store: RenderStore): Uint8Array {
  const key = `${createHash('sha256').update(bytes).digest('hex')} ${bytes.byteLength}`
  const found = STORE_KINDS.objects.decode(store.get(STORE_KINDS.objects.scope(), key))
  if (found) return found
  const made = deflate(bytes)
  store.set(STORE_KINDS.objects.scope(), key, STORE_KINDS.objects.encode(made))
  return made
}

/** A pdf-lib stream's contents compressed by `compress` instead of pako. */
function compressedBy(stream: PDFObjectStream | PDFCrossRefStream, compress: () => Uint8Array): void {
  ;(stream as unknown as {contentsCache: Cache<Uint8Array>}).contentsCache = Cache.populatedBy(compress)
}

/** Wrap pdf-lib's factories of object streams and of the cross-reference stream (once): those of a document `savePdf` saves compress through `deflate`. */
function wrap(): void {
  if (wrapped) return
  wrapped = true
  const make = PDFObjectStream.withContextAndObjects
  PDFObjectStream.withContextAndObjects = (context, objects, encode = true) => {
    const stream = make(context, objects, encode)
    const store = encode ? saving.get(context) : undefined
    if (store === undefined) return stream
    compressedBy(stream, store ? () => kept(stream.getUnencodedContents(), store) : () => deflate(stream.getUnencodedContents()))
    return stream
  }
  const create = PDFCrossRefStream.create
  PDFCrossRefStream.create = (dict, encode = true) => {
    const stream = create(dict, encode)
    // Level 1: the offsets of a volume's tens of thousands of objects, 5 times quicker than level 6 and as small (a 40-article reader's: 204 kB, 81 kB either way).
    if (encode && saving.has(dict.context)) compressedBy(stream, () => deflate(stream.getUnencodedContents(), 1))
    return stream
  }
}

/**
 * How pdf-lib writes: objects that are not streams packed in object streams, and no pause. By
 * default it waits for a timer of 0 ms (at least 1 ms in Node, more on a loaded machine) after
 * every 50 objects it writes, so that a page stays responsive: thousands of objects, tens of
 * milliseconds of a rebuild (seconds of a reader) doing nothing. The bytes are the same.
 */
const SAVE_OPTIONS = {useObjectStreams: true, objectsPerTick: Number.POSITIVE_INFINITY}

/**
 * `doc.save(SAVE_OPTIONS)`, its streams compressed by `deflate`, the object streams' compression kept
 * in `store` when there is one: the same bytes with it as without. `noPages`: the document has no
 * page, and pdf-lib adds one as it saves (pages made directly, `pages.ts`, are not counted by
 * `PDFDocument`, which would wrap each to count them).
 */
export async function savePdf(doc: PDFDocument, store: RenderStore | undefined, noPages: boolean): Promise<Uint8Array> {
  serializeInPlace()
  wrap()
  saving.set(doc.context, store ?? null)
  try {
    return await doc.save({...SAVE_OPTIONS, addDefaultPage: noPages})
  } finally {
    saving.delete(doc.context)
  }
}
