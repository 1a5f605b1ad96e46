// The PDF renderer's work kept on disk between builds (src/lib/render-store.ts): read back whole,
// a damaged or foreign file reported and not used, written only when a build made something, and
// bounded per kind of work.
import {readdir, readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {STORE_KINDS} from '@octavo/render-pdf'
import {DiskRenderStore, MemoryRenderStore, RENDER_STORE_KEEP} from '../src/lib/render-store.js'
import {tempDir} from './helpers.js'

const file = async (folder: string) =>
  path.join(
    folder,
    (await readdir(folder)).find((n) => n.endsWith('.octavo-pdf'))!
  )
const WORD = 'word fonts en regular'

describe('DiskRenderStore', () => {
  it('reads back what a build kept: strings and bytes, by scope and key, in a file of its own per build of Octavo', async () => {
    const folder = await tempDir()
    const first = new DiskRenderStore(folder, 'build-1')
    expect(first.get(WORD, 'office')).toBeUndefined()
    first.set(WORD, 'office', STORE_KINDS.word.example.stored)
    first.set('subset font', ' -ab', {subset: new Uint8Array(12), deflated: new Uint8Array([120, 1])})
    first.save()
    const again = new DiskRenderStore(folder, 'build-1')
    expect(again.get(WORD, 'office')).toBe(STORE_KINDS.word.example.stored)
    expect(again.get('subset font', ' -ab')).toEqual({subset: new Uint8Array(12), deflated: new Uint8Array([120, 1])})
    expect(again.problems).toEqual([])
    expect(new DiskRenderStore(folder, 'build-2').get(WORD, 'office')).toBeUndefined()
    expect((await readFile(await file(folder))).subarray(0, 13).toString('latin1')).toBe('octavo-pdf 1\n')
  })

  it('writes nothing when a build made nothing new (a build that found all its work)', async () => {
    const folder = await tempDir()
    const first = new DiskRenderStore(folder, 'build-1')
    first.set(WORD, 'office', 'kept')
    first.save()
    const before = (await stat(await file(folder))).mtimeMs
    const again = new DiskRenderStore(folder, 'build-1')
    expect(again.get(WORD, 'office')).toBe('kept')
    again.save()
    expect((await stat(await file(folder))).mtimeMs).toBe(before)
    expect(await readdir(folder)).toHaveLength(1)
  })

  const damage: Array<[string, (bytes: Buffer) => Buffer | string, RegExp]> = [
    ['a byte changed', (bytes) => Buffer.concat([bytes.subarray(0, -1), Buffer.from([bytes.at(-1)! ^ 1])]), /do not match their hash/],
    ['cut short', (bytes) => bytes.subarray(0, bytes.length - 10), /do not match their hash/],
    ['another format', (bytes) => Buffer.concat([Buffer.from('octavo-pdf 0\n'), bytes.subarray(13)]), /not the PDF work of this build/],
    ['empty', () => '', /not the PDF work of this build/]
  ]
  it.each(damage)('does not use a file %s: it says why, finds nothing, and a build writes it anew', async (_, change, why) => {
    const folder = await tempDir()
    const first = new DiskRenderStore(folder, 'build-1')
    first.set(WORD, 'office', 'kept')
    first.save()
    const name = await file(folder)
    await writeFile(name, change(await readFile(name)))
    const again = new DiskRenderStore(folder, 'build-1')
    expect(again.get(WORD, 'office')).toBeUndefined()
    expect(again.problems).toEqual([expect.stringMatching(why)])
    again.set(WORD, 'office', 'made anew')
    again.save()
    expect(new DiskRenderStore(folder, 'build-1').get(WORD, 'office')).toBe('made anew')
  })

  it('keeps at most RENDER_STORE_KEEP values of each kind, those of the last build first; other kinds not at all', async () => {
    const folder = await tempDir()
    const bound = RENDER_STORE_KEEP.get('subset')!
    const first = new DiskRenderStore(folder, 'build-1')
    for (let i = 0; i < bound; i++) first.set('subset a', `old ${i}`, `value ${i}`)
    first.set('other kind', 'key', 'value')
    first.save()
    const second = new DiskRenderStore(folder, 'build-1')
    expect(second.get('subset a', 'old 0')).toBe('value 0')
    second.set('subset b', 'new', 'value')
    second.save()
    const third = new DiskRenderStore(folder, 'build-1')
    const kept = [...Array(bound).keys()].filter((i) => third.get('subset a', `old ${i}`) !== undefined)
    // old 0 (used by the second build) and the new one first, then the earliest others up to the bound
    expect([kept.length, kept[0], third.get('subset b', 'new'), third.get('other kind', 'key')]).toEqual([bound - 1, 0, 'value', undefined])
    expect([...RENDER_STORE_KEEP.keys()].sort()).toEqual(Object.keys(STORE_KINDS).sort())
  })
})

describe('MemoryRenderStore (--watch keeps the PDF work in memory)', () => {
  it('gives back what was set; once RENDER_STORE_KEEP × scale values of a kind were set or used, those not used since go at the next turn; other kinds not kept', () => {
    const bound = RENDER_STORE_KEEP.get('subset')! * 2
    const store = new MemoryRenderStore(2)
    for (let i = 0; i < bound; i++) store.set('subset a', `k${i}`, i)
    expect(store.get('subset a', 'k0')).toBe(0)
    store.set('subset b', 'new', 'value') // a turn: k0…k(bound-1) are the earlier values now
    expect(store.get('subset a', 'k1')).toBe(1) // used: kept for the next turn
    for (let i = 0; i < bound; i++) store.set('subset c', `n${i}`, i) // another turn
    store.set('other kind', 'key', 'value')
    expect([store.get('subset a', 'k1'), store.get('subset b', 'new'), store.get('subset a', 'k2'), store.get('subset a', 'k0'), store.get('other kind', 'key')]).toEqual([
      1,
      'value',
      undefined,
      undefined,
      undefined
    ])
    expect(store.size('subset')).toBeLessThanOrEqual(2 * bound)
  })
})

describe('DiskRenderStore scaled (a reader: one file of its own, bound by its number of articles)', () => {
  it('keeps RENDER_STORE_KEEP × scale values of a kind, in a file apart from the articles’ one', async () => {
    const folder = await tempDir()
    const bound = RENDER_STORE_KEEP.get('subset')!
    const volume = new DiskRenderStore(folder, 'build-1', 3, ['reader', '/r.yaml'])
    for (let i = 0; i < 3 * bound + 5; i++) volume.set('subset a', `k${i}`, i)
    volume.save()
    const again = new DiskRenderStore(folder, 'build-1', 3, ['reader', '/r.yaml'])
    const kept = [...Array(3 * bound + 5).keys()].filter((i) => again.get('subset a', `k${i}`) !== undefined)
    expect([kept.length, new DiskRenderStore(folder, 'build-1').get('subset a', 'k0'), (await readdir(folder)).length]).toEqual([3 * bound, undefined, 1])
  })
})
