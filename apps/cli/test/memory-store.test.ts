import {describe, expect, it} from 'vitest'
import {MemoryStore} from '../src/lib/memory-store.js'

describe('MemoryStore (--watch keeps labels and bibliographies in memory)', () => {
  it('gives back what was set, at most `limit` entries, the least recently set going first', () => {
    const store = new MemoryStore<number>(2)
    store.set('a', 1)
    store.set('b', 2)
    store.set('a', 3) // set again: the most recent
    store.set('c', 4)
    expect([store.get('a'), store.get('b'), store.get('c'), store.size]).toEqual([3, undefined, 4, 2])
  })
})
