import {execFile, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import * as path from 'node:path'
import {fileURLToPath} from 'node:url'
import {strFromU8, unzipSync} from 'fflate'
import type {Root} from 'mdast'
import type {Element, Root as HastRoot} from 'hast'
import {parse, type ArticleMeta} from '@octavo/parser'
import {parse as parseYaml} from 'yaml'

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
  // `--version` exits with status 1 ("no file specified") but prints the version.
  const result = spawnSync('java', ['-jar', epubcheckJar, '--version'], {encoding: 'utf8'})
  return /EPUBCheck v\d/.test(`${result.stdout ?? ''}${result.stderr ?? ''}`)
}

export interface EpubcheckReport {
  name: string
  fatals: number
  errors: number
  warnings: number
  output: string
}

/**
 * Run EPUBCheck on several books. All of them in one JVM through
 * `EpubcheckBatch.java` (schemas load once: seconds instead of tens of
 * seconds); when that cannot run (a JRE without compiler), one
 * `java -jar` per book, `concurrency` at a time.
 */
export async function epubcheck(books: Array<[name: string, epub: Uint8Array]>, concurrency = 2, batch = true): Promise<EpubcheckReport[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'octavo-epubcheck-'))
  const files = books.map(([name, epub]) => {
    const file = path.join(dir, name.replace(/[^\w.-]+/g, '_') + '.epub')
    writeFileSync(file, epub)
    return [name, file] as const
  })
  const java = (args: string[]): Promise<string> =>
    new Promise((resolve) => {
      execFile('java', ['-XX:TieredStopAtLevel=1', ...args], {maxBuffer: 1 << 26}, (_error, stdout, stderr) => resolve(stdout + stderr))
    })

  const batchSource = fileURLToPath(new URL('EpubcheckBatch.java', import.meta.url))
  const batchOutput = batch ? await java(['-cp', epubcheckJar, batchSource, ...files.map(([, file]) => file)]) : ''
  const reports: EpubcheckReport[] = []
  for (const [name, file] of files) {
    const m = new RegExp(`^BOOK ${escapeRegExp(file)} fatals=(\\d+) errors=(\\d+) warnings=(\\d+)$`, 'm').exec(batchOutput)
    if (!m) break
    const output = batchOutput
      .split('\n')
      .filter((line) => line.includes(file) && !line.startsWith('BOOK '))
      .join('\n')
    reports.push({name, fatals: Number(m[1]), errors: Number(m[2]), warnings: Number(m[3]), output})
  }
  if (reports.length === files.length) return reports

  reports.length = 0
  let next = 0
  const worker = async (): Promise<void> => {
    for (let item = files[next++]; item; item = files[next++]) {
      const [name, file] = item
      const output = await java(['-jar', epubcheckJar, file])
      const m = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(output)
      reports.push({name, fatals: m ? Number(m[1]) : -1, errors: m ? Number(m[2]) : -1, warnings: m ? Number(m[3]) : -1, output})
    }
  }
  await Promise.all(Array.from({length: concurrency}, worker))
  return reports.sort((a, b) => a.name.localeCompare(b.name))
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The real article as the CLI reads it: plain text with its `.meta.yaml`. */
export function realArticle(): Root {
  const meta = parseYaml(readFileSync(shared('corpus/koreans-1950-1962.meta.yaml'), 'utf8')) as ArticleMeta
  return parse(readFileSync(shared('corpus/koreans-1950-1962.txt')), {format: 'text', meta}).tree
}

/** The four Markdown lessons of `corpus/real/`. */
export const realMarkdown = ['ph-fr-transcription-graphies-non-latines', 'ph-interrogating-national-narrative-gpt', 'ph-linear-regression', 'ph-stylometry-python'] as const
export function realLesson(name: string): Root {
  return md(readFileSync(shared(`corpus/real/${name}.md`), 'utf8'))
}

/** Every element below `tree` that passes `test`, in document order. */
export function all(tree: HastRoot | Element, test: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of tree.children) {
    if (child.type === 'element') {
      if (test(child)) out.push(child)
      all(child, test, out)
    }
  }
  return out
}

/** The text of an element and its descendants. */
export const text = (node: Element): string => node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('')
