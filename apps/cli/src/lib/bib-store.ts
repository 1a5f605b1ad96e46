/**
 * Formatted bibliographies kept on disk between builds (the citations
 * package's `FormattedStore`), beside the build cache: a build whose items,
 * style and language did not change needs no citeproc (the slowest start of
 * a build), nor parses their HTML (the entries are kept as phrasing content
 * too). One file a bibliography, `<hash>.octavo-bib`: JSON with a format
 * line and the key, checked when read; one that does not check is not used
 * and is reported.
 */
import {readFileSync} from 'node:fs'
import type {FormattedStore, StoredBibliography} from '@octavo/citations'
import {entryFile, writeWholeSync} from './cache.js'

const FORMAT = 'octavo-bib 1'

interface Entry extends StoredBibliography {
  format: string
  key: string
}

const isPair = (value: unknown): value is [string, string] => Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string'

function valid(entry: Partial<Entry>, key: string): entry is Entry {
  return entry.format === FORMAT && entry.key === key && Array.isArray(entry.entries) && entry.entries.every(isPair) && Array.isArray(entry.diagnostics)
}

export class DiskFormattedStore implements FormattedStore {
  /** Entries that could not be used, for the build's warnings. */
  readonly problems: string[] = []
  private readonly memory = new Map<string, StoredBibliography>()

  /** `tool`: the build of Octavo (citeproc and the style code come with it). */
  constructor(
    private readonly folder: string,
    private readonly tool: string
  ) {}

  private file(key: string): string {
    return entryFile(this.folder, '.octavo-bib', this.tool, key)
  }

  get(key: string): StoredBibliography | undefined {
    const known = this.memory.get(key)
    if (known) return known
    let text: string
    try {
      text = readFileSync(this.file(key), 'utf8')
    } catch {
      return undefined
    }
    let entry: Partial<Entry>
    try {
      entry = JSON.parse(text) as Partial<Entry>
    } catch {
      entry = {}
    }
    if (!valid(entry, key)) {
      this.problems.push(`${this.file(key)}: not a formatted bibliography of this build`)
      return undefined
    }
    // The phrasing is checked by the citations package (made anew when it is not phrasing).
    const stored = {entries: entry.entries, diagnostics: entry.diagnostics, ...(entry.phrasing === undefined ? {} : {phrasing: entry.phrasing})}
    this.memory.set(key, stored)
    return stored
  }

  set(key: string, value: StoredBibliography): void {
    this.memory.set(key, value)
    try {
      writeWholeSync(this.file(key), JSON.stringify({format: FORMAT, key, ...value} satisfies Entry))
    } catch {
      // A read-only or full cache folder: the build stands without it.
    }
  }
}
