/**
 * The notes model's labels of an article's notes kept on disk between runs
 * (the citations package's `LabelStore`), beside the build cache: a build
 * of an edited article labels only the notes whose text changed (the model
 * is the slowest part of reading notes in a new process). One file an
 * article, `<hash>.octavo-notes`: a format line, then the labels by note
 * key in V8's serialization. It keeps the notes of the article's last run
 * only (`save`), so it does not grow with its edits; one that does not read
 * back is not used, and is reported.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {deserialize, serialize} from 'node:v8'
import type {LabeledCitation, LabelStore} from '@octavo/citations'
import {entryFile, writeWholeSync} from './cache.js'

const FORMAT = 'octavo-notes 1\n'

type Labels = readonly LabeledCitation[]

export class DiskLabelStore implements LabelStore {
  /** Entries that could not be used, for the build's warnings. */
  readonly problems: string[] = []
  private readonly kept: Map<string, Labels>
  private readonly used = new Map<string, Labels>()
  private changed = false

  /** `tool`: the build of Octavo (the model comes with it); one store per article. */
  constructor(
    private readonly folder: string,
    private readonly tool: string,
    private readonly article: string
  ) {
    this.kept = this.read()
  }

  private file(): string {
    return entryFile(this.folder, '.octavo-notes', this.tool, path.resolve(this.article))
  }

  private read(): Map<string, Labels> {
    let bytes: Buffer
    try {
      bytes = readFileSync(this.file())
    } catch {
      return new Map()
    }
    try {
      if (bytes.subarray(0, FORMAT.length).toString('latin1') === FORMAT) {
        const map = deserialize(bytes.subarray(FORMAT.length)) as unknown
        if (map instanceof Map && [...map].every(([key, labels]) => typeof key === 'string' && Array.isArray(labels))) return map as Map<string, Labels>
      }
    } catch {
      // falls through
    }
    this.problems.push(`${this.file()}: not the notes' labels of this build`)
    return new Map()
  }

  get(key: string): Labels | undefined {
    const labels = this.kept.get(key)
    if (labels) this.used.set(key, labels)
    return labels
  }

  set(key: string, labels: Labels): void {
    this.used.set(key, labels)
    this.changed = true
  }

  /** Keep the labels of this run's notes (those it read from the file or made), when any changed. Never fails the build. */
  save(): void {
    if (!this.changed && this.used.size === this.kept.size) return
    try {
      writeWholeSync(this.file(), Buffer.concat([Buffer.from(FORMAT, 'latin1'), serialize(this.used)]))
    } catch {
      // A read-only or full cache folder: the build stands without it.
    }
  }
}
