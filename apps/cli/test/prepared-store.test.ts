import {createHash} from 'node:crypto'
import {readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {deserialize, serialize} from 'node:v8'
import {describe, expect, it} from 'vitest'
import {DiskPreparedStore, type CachedArticle} from '../src/lib/prepared-store.js'
import type {PreparedArticle} from '../src/lib/build.js'
import {tempDir} from './helpers.js'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** A prepared article as small as the store takes: a tree of one paragraph. */
function entry(text: string): CachedArticle {
  const prepared = {inputs: [], style: '', images: new Map(), notes: [], items: [], diagnostics: [], tree: {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: text}]}]}}
  return {key: 'k1', prepared: prepared as unknown as PreparedArticle, extra: []}
}

describe('DiskPreparedStore: the digest of an entry (what the PDF renderer keys the article kept whole by)', () => {
  it('is the SHA-256 of the entry as kept, given when it is written and when it is read; another entry, another digest; a damaged one is not read, and said', async () => {
    const folder = await tempDir()
    const store = new DiskPreparedStore(folder, 'tool 1')
    const written = entry('Salt moved inland by mule.')
    await store.set('one/article.md', written)
    const [name] = await readdir(folder)
    const file = path.join(folder, name!)
    const bytes = await readFile(file)
    const head = `octavo-prep 1\nk1\n`.length
    expect(written.digest).toBe(sha256(bytes.subarray(head)))
    expect((await store.get('one/article.md', 'k1'))?.digest).toBe(written.digest)
    // Never written itself: the entry on disk holds no digest.
    expect(Object.keys(deserialize(bytes.subarray(head)) as object).sort()).toEqual(['extra', 'key', 'prepared'])
    // The tree changed in the entry (the same key): read, with another digest.
    const changed = deserialize(bytes.subarray(head)) as CachedArticle
    ;(changed.prepared.tree.children[0] as {children: Array<{value: string}>}).children[0]!.value = 'Salt moved inland by cart.'
    await writeFile(file, Buffer.concat([bytes.subarray(0, head), serialize(changed)]))
    const read = await store.get('one/article.md', 'k1')
    expect(read?.digest).toBeDefined()
    expect(read?.digest).not.toBe(written.digest)
    // Damaged: not read, a problem for the reader's warning.
    await writeFile(file, Buffer.concat([bytes.subarray(0, head), Buffer.from('damaged')]))
    expect(await store.get('one/article.md', 'k1')).toBeUndefined()
    expect(store.problems).toHaveLength(1)
  })
})
