/**
 * CLI transcripts (as Pandoc's test/command/*.md): each file under
 * test/command/ holds a command in a ```sh block; the runner appends (or, with
 * UPDATE=1, rewrites) its stdout, stderr and exit status as blocks after it.
 * A transcript without expectations fails: run with UPDATE=1, then read it.
 */
import {readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from '../src/index.js'
import {here} from './helpers.js'

const folder = path.join(here, 'command')
const files = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort()

function split(argv: string): string[] {
  return [...argv.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '')
}

describe('CLI transcripts', () => {
  it('six transcripts', () => expect(files).toHaveLength(6))

  it.each(files)('%s', async (name) => {
    const file = path.join(folder, name)
    const text = await readFile(file, 'utf8')
    const command = /```sh\n(.*)\n```/.exec(text)?.[1]
    expect(command, 'a ```sh block with the command').toBeDefined()
    const [, ...argv] = split(command!)
    let stdout = ''
    let stderr = ''
    const cwd = path.resolve(here, '..')
    const previous = process.cwd()
    process.chdir(cwd)
    let status: number
    try {
      status = await run(argv, {stdout: (t) => (stdout += t), stderr: (t) => (stderr += t)}, cwd)
    } finally {
      process.chdir(previous)
    }
    const head = text.slice(0, text.indexOf('```sh'))
    const actual = `${head}\`\`\`sh\n${command}\n\`\`\`\n\nstdout:\n\n\`\`\`\n${stdout}\`\`\`\n\nstderr:\n\n\`\`\`\n${stderr}\`\`\`\n\nexit: ${status}\n`
    if (process.env['UPDATE'] === '1') await writeFile(file, actual)
    else expect(text).toBe(actual)
  })
})
