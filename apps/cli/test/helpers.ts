import {execFile} from 'node:child_process'
import {mkdtemp, readdir, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {run} from '../src/index.js'

export const here = path.dirname(fileURLToPath(import.meta.url))
export const repo = path.resolve(here, '../../..')
export const shared = path.resolve(repo, '../shared')
export const realArticle = path.join(shared, 'corpus/koreans-1950-1962.txt')
export const bin = path.resolve(here, '../bin/octavo.js')

export interface Outcome {
  status: number
  stdout: string
  stderr: string
}

/** Run the command in-process. */
export async function octavo(...argv: string[]): Promise<Outcome> {
  let stdout = ''
  let stderr = ''
  const status = await run(argv, {stdout: (t) => (stdout += t), stderr: (t) => (stderr += t)})
  return {status, stdout, stderr}
}

/** Run the built `octavo` binary as a user would. */
export function octavoBin(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], {env: {...process.env, ...env}, maxBuffer: 64 << 20}, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      resolve({status, stdout, stderr})
    })
  })
}

export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'octavo-cli-'))
}

export async function listFiles(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [])).sort()
}

/** Every file of a folder by name, with its bytes (two builds' outputs compared whole). */
export async function outputs(dir: string): Promise<Map<string, Buffer>> {
  return new Map(await Promise.all((await listFiles(dir)).map(async (name) => [name, await readFile(path.join(dir, name))] as const)))
}
