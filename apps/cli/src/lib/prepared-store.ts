/**
 * Prepared articles of a reader kept on disk between runs, beside the build
 * cache: an article of a reader whose bytes, metadata, style and files read
 * (bibliographies, images) did not change is not parsed and read into
 * citations again by the next `octavo reader`. One file an article,
 * `<hash>.octavo-prep`: a format line, the key, then the prepared article in
 * V8's serialization (the structured clone of its tree, items and images);
 * one that does not read back is not used, and the article is prepared anew.
 */
import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {deserialize, serialize} from 'node:v8'
import {entryFile, writeWhole} from './cache.js'
import type {PreparedArticle} from './build.js'

const FORMAT = 'octavo-prep 1'

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** A prepared article and the content hash it was made from. */
export interface CachedArticle {
  key: string
  prepared: PreparedArticle
  /** Hashes of the other files it read (bibliographies). */
  extra: Array<[string, string]>
  /**
   * The SHA-256 of the entry as kept (its V8 serialization, this field left out), set when it is
   * written or read: what the PDF renderer keys the article's unit by (`ArticleNodeData.digest`)
   * instead of hashing its tree again. Never written.
   */
  digest?: string
  /** The entry as kept (its V8 serialization, `digest`'s bytes), set when it is written or read: sent to a worker instead of the tree (kept-articles.ts). Never written. */
  body?: Uint8Array
}

export class DiskPreparedStore {
  /** Entries that could not be read, for the reader's warnings. */
  readonly problems: string[] = []

  /** `tool`: the build of Octavo (a prepared article is made by its code). */
  constructor(
    private readonly folder: string,
    private readonly tool: string
  ) {}

  private file(articlePath: string): string {
    return entryFile(this.folder, '.octavo-prep', this.tool, path.resolve(articlePath))
  }

  /** The article kept for this path when it was made from `key` (its inputs are checked by the caller). */
  async get(articlePath: string, key: string): Promise<CachedArticle | undefined> {
    let bytes: Buffer
    try {
      bytes = await readFile(this.file(articlePath))
    } catch {
      return undefined
    }
    const head = `${FORMAT}\n${key}\n`
    if (bytes.subarray(0, head.length).toString('utf8') !== head) return undefined // another version of the article: stale, not damaged
    try {
      const body = bytes.subarray(head.length)
      const entry = deserialize(body) as CachedArticle
      if (entry.key === key && Array.isArray(entry.extra) && entry.prepared && Array.isArray(entry.prepared.diagnostics)) return {...entry, digest: sha256(body), body}
    } catch {
      // falls through
    }
    this.problems.push(`${this.file(articlePath)}: not a prepared article of this build`)
    return undefined
  }

  /** Keep `entry` (and give it its `digest`). */
  async set(articlePath: string, entry: CachedArticle): Promise<void> {
    const body = serialize({key: entry.key, prepared: entry.prepared, extra: entry.extra})
    entry.digest = sha256(body)
    entry.body = body
    try {
      await writeWhole(this.file(articlePath), Buffer.concat([Buffer.from(`${FORMAT}\n${entry.key}\n`, 'utf8'), body]))
    } catch {
      // A read-only or full cache folder: the reader stands without it.
    }
  }
}
