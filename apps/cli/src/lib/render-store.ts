/**
 * The PDF renderer's work kept on disk between builds (render-pdf's
 * `RenderStore`), beside the build cache: the words measured (hyphenated and
 * shaped), the font subsets with their compressed bytes, and the words shaped
 * on them. A new process that finds them there does not run HarfBuzz, the
 * hyphenator or the subsetter on them again, and writes the same bytes.
 *
 * One file for a build of Octavo (the fonts and hyphenation patterns come
 * with it), `<hash>.octavo-pdf`, shared by every article: a format line, the
 * SHA-256 of the rest, then the values by scope and key in V8's
 * serialization. It is read on the first look-up (a build without a PDF does
 * not read it) and written whole when a build added to it, keeping per scope
 * the values this build used or made first, then earlier ones, up to
 * `RENDER_STORE_KEEP` of its kind. A file that does not check is not used, and is
 * reported; two builds at once each write a whole file (the last one stays).
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {deserialize, serialize} from 'node:v8'
import type {RenderStore} from '@octavo/render-pdf'
import {entryFile, writeWholeSync} from './cache.js'

/**
 * How many values the file keeps of each kind of work (a scope's first word,
 * render-pdf's `STORE_KINDS`), all scopes together, those of the last build
 * first: an article is a few thousand words (measured, and shaped on each
 * face's subset) and some forty pages (their streams compressed, a few kB
 * each), a subset a font's glyphs for one set of characters (tens of kB), an
 * article of a volume kept whole (`unit`: its pages, a few hundred kB; two,
 * so that the one before an edit is still there when the edit is undone).
 * Values of another kind are not kept.
 */
export const RENDER_STORE_KEEP: ReadonlyMap<string, number> = new Map([
  ['word', 30_000],
  ['shaped', 30_000],
  ['subset', 12],
  ['deflated', 160],
  ['paragraph', 3_000],
  ['objects', 400],
  ['page', 400],
  ['unit', 2]
])

const FORMAT = 'octavo-pdf 1\n'
/** The format line, the SHA-256 of the values (64 hex digits) and a line feed. */
const HEADER = FORMAT.length + 65

type Scopes = Map<string, Map<string, unknown>>

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** The values of a file's bytes, or why they cannot be used. */
function parse(bytes: Buffer): Scopes | {problem: string} {
  if (bytes.subarray(0, FORMAT.length).toString('latin1') !== FORMAT) return {problem: 'not the PDF work of this build'}
  const body = bytes.subarray(HEADER)
  if (bytes.subarray(FORMAT.length, HEADER - 1).toString('latin1') !== sha256(body)) return {problem: 'its bytes do not match their hash'}
  let scopes: unknown
  try {
    scopes = deserialize(body)
  } catch {
    return {problem: 'its values cannot be read'}
  }
  const isScopes = scopes instanceof Map && [...scopes].every(([scope, values]) => typeof scope === 'string' && values instanceof Map)
  return isScopes ? (scopes as Scopes) : {problem: 'its values are not by scope and key'}
}

export class DiskRenderStore implements RenderStore {
  /** Files that could not be used, for the build's warnings. */
  readonly problems: string[] = []
  private kept: Scopes | undefined
  /** Values this build used or made, by scope. */
  private readonly used: Scopes = new Map()
  private changed = false

  /**
   * `tool`: the build of Octavo (the renderer's code, the fonts and the hyphenation patterns come with it).
   * `scale`: how many times `RENDER_STORE_KEEP` the file keeps (a reader keeps its volume: one per article).
   * `name`: a file of its own beside the articles' one (a reader's, by its path), so that builds of single articles do not push a volume's work out.
   */
  constructor(
    private readonly folder: string,
    private readonly tool: string,
    private readonly scale = 1,
    private readonly name: readonly string[] = []
  ) {}

  private file(): string {
    return entryFile(this.folder, '.octavo-pdf', this.tool, ...this.name)
  }

  private read(): Scopes {
    let bytes: Buffer
    try {
      bytes = readFileSync(this.file())
    } catch {
      return new Map()
    }
    const scopes = parse(bytes)
    if (!('problem' in scopes)) return scopes
    this.problems.push(`${this.file()}: ${scopes.problem}`)
    return new Map()
  }

  private note(scope: string, key: string, value: unknown): void {
    let values = this.used.get(scope)
    if (!values) this.used.set(scope, (values = new Map()))
    values.set(key, value)
  }

  get(scope: string, key: string): unknown {
    this.kept ??= this.read()
    const value = this.kept.get(scope)?.get(key)
    if (value !== undefined) this.note(scope, key, value)
    return value
  }

  set(scope: string, key: string, value: unknown): void {
    this.note(scope, key, value)
    this.changed = true
  }

  /** Write the values this build used or made, then earlier ones, when it made any. Never fails the build. */
  save(): void {
    if (!this.changed) return
    this.kept ??= this.read()
    const scopes: Scopes = new Map()
    const counts = new Map<string, number>()
    for (const [scope, values] of [...this.used, ...this.kept]) {
      const kind = kindOf(scope)
      const keep = (RENDER_STORE_KEEP.get(kind) ?? 0) * this.scale
      const out = scopes.get(scope) ?? new Map<string, unknown>()
      let count = counts.get(kind) ?? 0
      for (const [key, value] of values) {
        if (count >= keep) break
        if (out.has(key)) continue
        out.set(key, value)
        count++
      }
      counts.set(kind, count)
      if (out.size > 0) scopes.set(scope, out)
    }
    try {
      const body = serialize(scopes)
      writeWholeSync(this.file(), Buffer.concat([Buffer.from(`${FORMAT}${sha256(body)}\n`, 'latin1'), body]))
    } catch {
      // A read-only or full cache folder: the build stands without it.
    }
  }
}

/** Values of one kind of work by scope and key: those set or used since the last turn, and those before it. */
interface Generations {
  current: Map<string, Map<string, unknown>>
  previous: Map<string, Map<string, unknown>>
  size: number
}

/**
 * The PDF renderer's work kept in memory for the life of a process
 * (`--watch`): each rebuild finds the words, subsets and page streams of the
 * earlier ones without reading or writing a file. Bounded per kind of work
 * as the file is: when `RENDER_STORE_KEEP` × `scale` values of a kind were set
 * or used since the last turn, those not used since are let go (at most twice
 * the bound is held); values of another kind are not kept.
 */
export class MemoryRenderStore implements RenderStore {
  private readonly kinds = new Map<string, Generations>()

  /** `scale`: how many times `RENDER_STORE_KEEP` to keep (a reader's volume: one per article; set before each build). */
  constructor(public scale = 1) {}

  get(scope: string, key: string): unknown {
    const kind = this.kinds.get(kindOf(scope))
    if (!kind) return undefined
    const value = kind.current.get(scope)?.get(key)
    if (value !== undefined) return value
    const before = kind.previous.get(scope)?.get(key)
    if (before !== undefined) this.add(kind, scope, key, before)
    return before
  }

  set(scope: string, key: string, value: unknown): void {
    const name = kindOf(scope)
    if (!RENDER_STORE_KEEP.has(name)) return
    let kind = this.kinds.get(name)
    if (!kind) this.kinds.set(name, (kind = {current: new Map(), previous: new Map(), size: 0}))
    this.add(kind, scope, key, value)
  }

  /** How many values are held of a kind of work. */
  size(kind: string): number {
    const held = this.kinds.get(kind)
    return held ? [...held.current.values(), ...held.previous.values()].reduce((sum, values) => sum + values.size, 0) : 0
  }

  private add(kind: Generations, scope: string, key: string, value: unknown): void {
    if (kind.size >= (RENDER_STORE_KEEP.get(kindOf(scope)) ?? 0) * this.scale) {
      kind.previous = kind.current
      kind.current = new Map()
      kind.size = 0
    }
    let values = kind.current.get(scope)
    if (!values) kind.current.set(scope, (values = new Map()))
    if (!values.has(key)) kind.size++
    values.set(key, value)
  }
}

/** The kind of work of a scope: its first word (render-pdf's `STORE_KINDS`); a scope's is found once. */
const kinds = new Map<string, string>()
function kindOf(scope: string): string {
  let kind = kinds.get(scope)
  if (kind === undefined) {
    kind = scope.split(' ', 1)[0]!
    if (kinds.size < 10_000) kinds.set(scope, kind)
  }
  return kind
}
