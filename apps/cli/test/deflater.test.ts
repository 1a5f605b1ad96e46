// The PDF's pages compressed on the worker (parallel.ts's Deflater): sent in batches as the writer
// makes them, each page given back its own bytes, a batch the worker fails compressed here.
import {describe, expect, it} from 'vitest'
import {deflate} from '@octavo/render-pdf'
import {DEFLATE_BATCH, Deflater} from '../src/lib/parallel.js'

/** A worker that records the batches it is sent and answers with `answer`. */
function fakeWorker(answer: (chunks: readonly Uint8Array[]) => Promise<Uint8Array[]>) {
  const batches: number[] = []
  return {
    batches,
    deflate: (chunks: readonly Uint8Array[]) => {
      batches.push(chunks.length)
      return answer(chunks)
    }
  }
}

const page = (n: number, size = DEFLATE_BATCH / 2) => new Uint8Array(size).fill(65 + (n % 26))

describe('pages compressed on the worker', () => {
  it('sends a batch as soon as it holds DEFLATE_BATCH bytes, the rest once the writer stops; each page gets its own bytes', async () => {
    const worker = fakeWorker((chunks) => Promise.resolve(chunks.map((bytes) => deflate(bytes))))
    const deflater = new Deflater(worker, deflate)
    expect(worker.batches).toEqual([0])
    const made = [0, 1, 2].map((n) => deflater.deflate(page(n)))
    expect(worker.batches).toEqual([0, 2])
    const all = await Promise.all(made)
    expect(worker.batches).toEqual([0, 2, 1])
    all.forEach((bytes, n) => expect(Buffer.from(bytes).equals(Buffer.from(deflate(page(n))))).toBe(true))
  })

  it('compresses here what the worker failed or gave no bytes for', async () => {
    let calls = 0
    const worker = fakeWorker((chunks) => (++calls === 2 ? Promise.reject(new Error('worker gone')) : Promise.resolve(chunks.map(() => 'not bytes' as unknown as Uint8Array))))
    const deflater = new Deflater(worker, deflate)
    // The warm-up was call 1; the two pages go in call 2, which fails; page 3 in call 3, which gives no bytes.
    const made = await Promise.all([deflater.deflate(page(1, 10)), deflater.deflate(page(2, 10))])
    made.forEach((bytes, i) => expect(Buffer.from(bytes).equals(Buffer.from(deflate(page(i + 1, 10))))).toBe(true))
    const more = await deflater.deflate(page(3, 10))
    expect(Buffer.from(more).equals(Buffer.from(deflate(page(3, 10))))).toBe(true)
  })
})
