/**
 * The notes model's labels of an article's notes kept on disk between runs
 * (the citations package's `LabelStore`), and the notes' whole readings
 * where they asked nothing of the notes before them (its `ReadingStore`,
 * `readings`), beside the build cache: a build of an edited article labels
 * and reads only the notes whose text changed (the model and the reading
 * rules, run cold, are the slowest part of reading notes in a new process).
 * One file an article, `<hash>.octavo-notes`: a format line, then both maps
 * by note key in V8's serialization. It keeps the notes of the article's
 * last run only (`save`), so it does not grow with its edits; one that does
 * not read back is not used, and is reported.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {deserialize, serialize} from 'node:v8'
import type {LabeledCitation, LabelStore, NoteSegmentation} from '@octavo/citations'
import {entryFile, writeWholeSync} from './cache.js'

const FORMAT = 'octavo-notes 2\n'

type Labels = readonly LabeledCitation[]

/** One of the file's two maps: what it held, and what this run used or made (what `save` writes). */
export class KeptMap<T> {
  readonly used = new Map<string, T>()
  changed = false

  constructor(readonly kept: Map<string, T>) {}

  get(key: string): T | undefined {
    const value = this.kept.get(key)
    if (value !== undefined) this.used.set(key, value)
    return value
  }

  set(key: string, value: T): void {
    this.used.set(key, value)
    this.changed = true
  }

  /** This run's entries differ from the file's. */
  get dirty(): boolean {
    return this.changed || this.used.size !== this.kept.size
  }
}

const isMap = (value: unknown, entry: (v: unknown) => boolean): boolean => value instanceof Map && [...value].every(([key, v]) => typeof key === 'string' && entry(v))

export class DiskLabelStore implements LabelStore {
  /** Entries that could not be used, for the build's warnings. */
  readonly problems: string[] = []
  private readonly labels: KeptMap<Labels>
  /** The notes' whole readings, kept in the same file. */
  readonly readings: KeptMap<NoteSegmentation>

  /** `tool`: the build of Octavo (the model and the reading rules come with it); one store per article. */
  constructor(
    private readonly folder: string,
    private readonly tool: string,
    private readonly article: string
  ) {
    const kept = this.read()
    this.labels = new KeptMap(kept.labels)
    this.readings = new KeptMap(kept.readings)
  }

  private file(): string {
    return entryFile(this.folder, '.octavo-notes', this.tool, path.resolve(this.article))
  }

  private read(): {labels: Map<string, Labels>; readings: Map<string, NoteSegmentation>} {
    let bytes: Buffer
    try {
      bytes = readFileSync(this.file())
    } catch {
      return {labels: new Map(), readings: new Map()}
    }
    try {
      if (bytes.subarray(0, FORMAT.length).toString('latin1') === FORMAT) {
        const both = deserialize(bytes.subarray(FORMAT.length)) as {labels?: unknown; readings?: unknown}
        const object = (v: unknown) => typeof v === 'object' && v !== null
        if (isMap(both.labels, Array.isArray) && isMap(both.readings, object)) return {labels: both.labels as Map<string, Labels>, readings: both.readings as Map<string, NoteSegmentation>}
      }
    } catch {
      // falls through
    }
    this.problems.push(`${this.file()}: not the notes' labels of this build`)
    return {labels: new Map(), readings: new Map()}
  }

  get(key: string): Labels | undefined {
    return this.labels.get(key)
  }

  set(key: string, labels: Labels): void {
    this.labels.set(key, labels)
  }

  /** Keep the labels and readings of this run's notes (those it read from the file or made), when any changed. Never fails the build. */
  save(): void {
    if (!this.labels.dirty && !this.readings.dirty) return
    try {
      const both = {labels: this.labels.used, readings: this.readings.used}
      writeWholeSync(this.file(), Buffer.concat([Buffer.from(FORMAT, 'latin1'), serialize(both)]))
    } catch {
      // A read-only or full cache folder: the build stands without it.
    }
  }
}
