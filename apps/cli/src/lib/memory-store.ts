/**
 * A store kept in memory for the life of the process (`--watch`): the
 * notes model's labels (the citations package's `LabelStore`) and the
 * formatted bibliographies (`FormattedStore`) of earlier rebuilds, so that an
 * edit rebuilds with the model and citeproc run only for what changed. At
 * most `limit` entries; the oldest go first.
 */
export class MemoryStore<T> {
  private readonly map = new Map<string, T>()

  constructor(private readonly limit = 10_000) {}

  get(key: string): T | undefined {
    return this.map.get(key)
  }

  set(key: string, value: T): void {
    this.map.delete(key)
    this.map.set(key, value)
    for (const oldest of this.map.keys()) {
      if (this.map.size <= this.limit) break
      this.map.delete(oldest)
    }
  }

  get size(): number {
    return this.map.size
  }
}
