import {mkdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import {randomBytes} from 'node:crypto'
import path from 'node:path'

/** The kinds of output `build --to` accepts, with the files each writes (contracts §1). */
export const OUTPUT_KINDS = {
  pdf: ['.pdf'],
  epub: ['.epub'],
  bibliography: ['.bibliography.html', '.bibliography.txt'],
  'csl-json': ['.csl.json'],
  ris: ['.ris'],
  bibtex: ['.bib'],
  citations: ['.citations.json']
} as const satisfies Record<string, readonly string[]>

export type OutputKind = keyof typeof OUTPUT_KINDS

export function isOutputKind(value: string): value is OutputKind {
  return Object.hasOwn(OUTPUT_KINDS, value)
}

/**
 * Write every file, or none: each goes to a temporary file in the target
 * folder first, and all are renamed into place only once all are written.
 */
export async function writeAll(dir: string, files: ReadonlyMap<string, Uint8Array | string>): Promise<string[]> {
  await ensureFolder(dir)
  const tag = randomBytes(6).toString('hex')
  const pending: Array<[string, string]> = []
  try {
    for (const [name, content] of files) {
      const target = path.join(dir, name)
      const temporary = path.join(dir, `.${name}.${tag}.tmp`)
      pending.push([temporary, target])
      await writeFile(temporary, content)
    }
    for (const [temporary, target] of pending) await rename(temporary, target)
  } catch (error) {
    await Promise.all(pending.map(([temporary]) => rm(temporary, {force: true})))
    throw error
  }
  return pending.map(([, target]) => target)
}

/**
 * Make the output folder and the missing folders above it, one at a time
 * (Node's recursive mkdir can spin forever on some special file systems).
 */
async function ensureFolder(dir: string): Promise<void> {
  const missing: string[] = []
  let current = path.resolve(dir)
  for (;;) {
    const info = await stat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`'${current}' is not a folder`), {code: 'ENOTDIR'})
      break
    }
    missing.unshift(current)
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const folder of missing) await mkdir(folder)
}
