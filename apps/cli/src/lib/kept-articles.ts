/**
 * A volume sent to a worker (parallel.ts's `RenderTask`) with its kept articles as the bytes of
 * their prepared-article entries (`CachedArticle.body`, V8's serialization as kept on disk)
 * instead of their trees: the structured clone of forty articles' trees (≈ 540 kB of
 * serialization each) cost the main thread ≈ 1.5 ms an article; their bytes are copied whole,
 * and the worker reads the trees back from them. The same trees: the bytes are those the main
 * thread's articles were read from or written as.
 */
import {deserialize} from 'node:v8'
import type {RootContent} from 'mdast'
import type {Root} from '@octavo/parser'
import type {CachedArticle} from './prepared-store.js'

/** An article of the volume sent as bytes: the root's child `at` lacks its first `count` children, its prepared tree's. */
export interface KeptArticle {
  at: number
  count: number
  body: Uint8Array
}

/** The root's children as sent: each kept article without its prepared tree's children (`volumeWithout`'s inverse is `volumeWith`). */
export function volumeWithout(volume: Root, kept: readonly KeptArticle[]): Root {
  if (kept.length === 0) return volume
  const children = [...volume.children]
  for (const {at, count} of kept) {
    const article = children[at]
    if (article?.type !== 'article' || article.children.length < count) throw new Error(`child ${at} of the volume is not an article of ${count} children or more`)
    children[at] = {...article, children: article.children.slice(count)}
  }
  return {...volume, children}
}

/** The volume with each kept article's prepared children read back from its bytes and put first. */
export function volumeWith(volume: Root, kept: readonly KeptArticle[] | undefined): Root {
  if (!kept || kept.length === 0) return volume
  const children: RootContent[] = [...volume.children]
  for (const {at, count, body} of kept) {
    const article = children[at]
    const entry = deserialize(body) as CachedArticle
    const own = entry.prepared?.tree?.children
    if (article?.type !== 'article' || own?.length !== count) throw new Error(`the kept article ${at} does not read back as sent`)
    children[at] = {...article, children: [...own, ...article.children]}
  }
  return {...volume, children}
}
