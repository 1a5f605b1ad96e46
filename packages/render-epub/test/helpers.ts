import {execFile, execFileSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import * as path from 'node:path'
import {strFromU8, unzipSync} from 'fflate'
import type {Root} from 'mdast'
import {parse} from '@octavo/parser'

/** A file of the shared corpus (`../shared` beside the clone; never copied into the repository). */
export const shared = (relative: string): URL => new URL(`../../../../shared/${relative}`, import.meta.url)

/** Markdown → tree, as the CLI does. */
export function md(source: string): Root {
  return parse(source, {format: 'markdown'}).tree
}

/** The entries of a zip as text, in archive order. */
export function unzipText(epub: Uint8Array): Array<[string, string]> {
  return Object.entries(unzipSync(epub)).map(([name, data]) => [name, strFromU8(data)])
}

export function entry(epub: Uint8Array, name: string): string {
  const found = unzipText(epub).find(([n]) => n === name)
  if (!found) throw new Error(`no ${name} in the EPUB`)
  return found[1]
}

/** Whether `java -jar /usr/bin/epubcheck` can run here. */
export const epubcheckJar = '/usr/bin/epubcheck'
export function epubcheckAvailable(): boolean {
  try {
    execFileSync('java', ['-jar', epubcheckJar, '--version'], {stdio: 'pipe'})
    return true
  } catch {
    return false
  }
}

export interface EpubcheckReport {
  name: string
  fatals: number
  errors: number
  warnings: number
  output: string
}

/** Run EPUBCheck on several books, `concurrency` JVMs at a time. */
export async function epubcheck(books: Array<[name: string, epub: Uint8Array]>, concurrency = 2): Promise<EpubcheckReport[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'octavo-epubcheck-'))
  const run = (name: string, epub: Uint8Array): Promise<EpubcheckReport> => {
    const file = path.join(dir, name.replace(/[^\w.-]+/g, '_') + '.epub')
    writeFileSync(file, epub)
    return new Promise((resolve) => {
      execFile('java', ['-XX:TieredStopAtLevel=1', '-Xshare:auto', '-jar', epubcheckJar, file], {maxBuffer: 1 << 24}, (_error, stdout, stderr) => {
        const output = stdout + stderr
        const m = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(output)
        resolve({
          name,
          fatals: m ? Number(m[1]) : -1,
          errors: m ? Number(m[2]) : -1,
          warnings: m ? Number(m[3]) : -1,
          output
        })
      })
    })
  }
  const reports: EpubcheckReport[] = []
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < books.length) {
      const book = books[next++]
      if (book) reports.push(await run(book[0], book[1]))
    }
  }
  await Promise.all(Array.from({length: concurrency}, worker))
  return reports.sort((a, b) => a.name.localeCompare(b.name))
}
