/**
 * A seeded pseudo-random generator (mulberry32) with the few helpers the
 * generator needs. Nothing here reads `Math.random` or the clock: the same
 * seed gives the same sequence on every machine.
 */

/** Mixes numbers and strings into a 32-bit seed (FNV-1a over their text, then a final avalanche). */
export function seedOf(...parts: Array<number | string>): number {
  let hash = 0x811c9dc5
  for (const char of parts.join('\u0000')) {
    hash ^= char.charCodeAt(0)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b) >>> 0
  hash ^= hash >>> 13
  return hash >>> 0
}

export class Rng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(values: readonly T[]): T {
    if (values.length === 0) throw new Error('pick from an empty list')
    return values[Math.floor(this.next() * values.length)] as T
  }

  /** One of `[value, weight]` pairs, in proportion to the weights. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
    let target = this.next() * total
    for (const [value, weight] of entries) {
      target -= weight
      if (target < 0) return value
    }
    const last = entries.at(-1)
    if (last === undefined) throw new Error('weighted pick from an empty list')
    return last[0]
  }

  /** `count` distinct values (fewer when the list is shorter), in random order. */
  sample<T>(values: readonly T[], count: number): T[] {
    const copy = [...values]
    const out: T[] = []
    while (out.length < count && copy.length > 0) {
      out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0] as T)
    }
    return out
  }

  /** A child generator whose sequence does not depend on how much of this one is used later. */
  fork(label: string | number): Rng {
    return new Rng(seedOf(this.state, label))
  }
}
