/**
 * pdf-lib's object streams, their compression kept in a `RenderStore` (kind `objects`, issue 16).
 * `doc.save({useObjectStreams: true})` packs the objects that are not streams (pages, the structure
 * tree's thousands of elements, annotations, fonts' dictionaries) 50 to a stream and compresses
 * each with pako: a tenth of an edit's PDF time, for streams most of which an edit leaves as they
 * were. The same bytes compress to the same bytes, so a stream is kept by the SHA-256 and length
 * of its bytes before compression, and what the store gives is used only when it is zlib's.
 * pdf-lib has no option for it: its factory of object streams (`withContextAndObjects`) is
 * wrapped once, and does this only for the documents `savePdf` is saving with a store (by their
 * context): any other use of pdf-lib in the process is left as it was.
 */
import {createHash} from 'node:crypto'
import {Cache, PDFObjectStream} from 'pdf-lib'
import type {PDFContext, PDFDocument} from 'pdf-lib'
import {STORE_KINDS} from './store.js'
import {serializeDictsInPlace} from './dicts.js'
import type {RenderStore} from './store.js'

/** The store of each document being saved, by its context. */
const saving = new WeakMap<PDFContext, RenderStore>()
let wrapped = false

/** The compressed bytes of an object stream: kept in the store by the SHA-256 and length of `bytes`, else compressed as pdf-lib does (and kept). */
function kept(bytes: Uint8Array, store: RenderStore, compress: () => Uint8Array): Uint8Array {
  const key = `${createHash('sha256').update(bytes).digest('hex')} ${bytes.byteLength}`
  const found = STORE_KINDS.objects.decode(store.get(STORE_KINDS.objects.scope(), key))
  if (found) return found
  const made = compress()
  store.set(STORE_KINDS.objects.scope(), key, STORE_KINDS.objects.encode(made))
  return made
}

/** Wrap pdf-lib's factory of object streams (once): a stream of a document saved with a store compresses through it. */
function wrap(): void {
  if (wrapped) return
  wrapped = true
  const make = PDFObjectStream.withContextAndObjects
  PDFObjectStream.withContextAndObjects = (context, objects, encode = true) => {
    const stream = make(context, objects, encode)
    const store = encode ? saving.get(context) : undefined
    if (!store) return stream
    const pako = (stream as unknown as {contentsCache: Cache<Uint8Array>}).contentsCache
    const contents = Cache.populatedBy(() => kept(stream.getUnencodedContents(), store, () => pako.access()))
    ;(stream as unknown as {contentsCache: Cache<Uint8Array>}).contentsCache = contents
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

/** `doc.save(SAVE_OPTIONS)`, the object streams' compression kept in `store` when there is one: the same bytes. */
export async function savePdf(doc: PDFDocument, store: RenderStore | undefined): Promise<Uint8Array> {
  serializeDictsInPlace()
  if (!store) return doc.save(SAVE_OPTIONS)
  wrap()
  saving.set(doc.context, store)
  try {
    return await doc.save(SAVE_OPTIONS)
  } finally {
    saving.delete(doc.context)
  }
}
