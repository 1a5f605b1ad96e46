import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {CODE_CACHE_FORMAT, codeCacheFile, codeProfile, readCodeCache, writeCodeCache} from '../src/lib/code-cache.js'
import {octavoBin, outputs, tempDir} from './helpers.js'

/** The kind of run a code cache entry is for: the command and its `--to`, as written. */
const PROFILES = [
  {name: 'a full build', argv: ['build', 'a.md', '-o', 'out'], profile: 'build '},
  {name: 'a build of some outputs', argv: ['build', 'a.md', '--to', 'csl-json,ris'], profile: 'build csl-json,ris'},
  {name: '--to=', argv: ['build', '--to=pdf', 'a.md'], profile: 'build pdf'},
  {name: 'options before the command', argv: ['--quiet', 'reader', 'r.yaml'], profile: 'reader '},
  {name: 'no command', argv: ['--version'], profile: ' '}
]

describe('codeProfile', () => {
  it.each(PROFILES)('$name: "$profile"', ({argv, profile}) => {
    expect(codeProfile(argv)).toBe(profile)
  })
})

describe('a code cache entry', () => {
  const key = {build: 'b1', node: 'v20.20.2 x64', flags: '[[],""]', profile: 'build '}

  it('reads back the bytes written, and is named by every part of its key', async () => {
    const folder = await tempDir()
    const file = codeCacheFile(folder, key)
    expect(readCodeCache(file)).toEqual({absent: true})
    writeCodeCache(file, Buffer.from('v8 bytes'))
    const read = readCodeCache(file)
    expect('bytes' in read && read.bytes.toString()).toBe('v8 bytes')
    for (const part of Object.keys(key) as Array<keyof typeof key>) expect(codeCacheFile(folder, {...key, [part]: `${key[part]}x`})).not.toBe(file)
    expect(readdirSync(folder)).toEqual([path.basename(file)]) // no temporary file left
  })

  it('is not used when its bytes do not match their hash, or it is not one', async () => {
    const folder = await tempDir()
    const file = codeCacheFile(folder, key)
    writeCodeCache(file, Buffer.from('v8 bytes'))
    const whole = readFileSync(file)
    whole.writeUInt8(whole.readUInt8(whole.length - 1) ^ 1, whole.length - 1)
    writeFileSync(file, whole)
    expect(readCodeCache(file)).toEqual({problem: 'its bytes do not match their hash'})
    writeFileSync(file, 'something else\n')
    expect(readCodeCache(file)).toEqual({problem: 'not an Octavo code cache of this version'})
  })
})

describe('the command with a code cache (built CLI)', {tags: ['slow']}, () => {
  const article = path.resolve(import.meta.dirname, '../../../examples/course-packs.md')
  const env = (cache: string) => ({OCTAVO_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1700000000'})
  const codeEntries = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.octavo-code'))

  it('keeps one entry per kind of run; outputs the same with it, without it and with a damaged one (warned)', async () => {
    const cache = await tempDir()
    const runs = await Promise.all([0, 1, 2, 3].map(() => tempDir()))
    // No build cache entry to copy from: each run builds (different output folders share none).
    const build = async (out: string, extra: NodeJS.ProcessEnv = {}) => {
      for (const name of readdirSync(cache)) if (name.endsWith('.octavo-cache')) writeFileSync(path.join(cache, name), '')
      return octavoBin(['build', article, '--to', 'pdf,csl-json', '-o', out], {...env(cache), ...extra})
    }
    const made = await build(runs[0]!)
    expect(made.status).toBe(0)
    expect(codeEntries(cache)).toHaveLength(1)
    const entry = path.join(cache, codeEntries(cache)[0]!)
    expect(readFileSync(entry).subarray(0, CODE_CACHE_FORMAT.length).toString()).toBe(CODE_CACHE_FORMAT)
    const used = await build(runs[1]!)
    expect(used.stderr).not.toContain('code cache')
    await octavoBin(['build', article, '--to', 'pdf,csl-json', '-o', runs[2]!], {...env(cache), OCTAVO_CACHE_DIR: 'off'})
    // A damaged entry: a warning, the same outputs, the entry made again.
    const whole = readFileSync(entry)
    whole.writeUInt8(whole.readUInt8(whole.length - 100) ^ 0xff, whole.length - 100)
    writeFileSync(entry, whole)
    const damaged = await build(runs[3]!)
    expect(damaged.status).toBe(0)
    expect(damaged.stderr).toMatch(/warning: a damaged code cache entry was not used \(.*its bytes do not match their hash\); made again/)
    expect('bytes' in readCodeCache(entry)).toBe(true)
    const first = await outputs(runs[0]!)
    expect(first.size).toBe(2)
    for (const out of runs.slice(1)) expect(await outputs(out)).toEqual(first)
    // Another kind of run, another entry.
    await octavoBin(['build', article, '--to', 'csl-json', '-o', await tempDir()], env(cache))
    expect(codeEntries(cache)).toHaveLength(2)
  }, 120_000)

  it('keeps nothing with --no-cache or OCTAVO_CACHE_DIR=off', async () => {
    const cache = await tempDir()
    await octavoBin(['build', article, '--to', 'csl-json', '--no-cache', '-o', await tempDir()], env(cache))
    expect(readdirSync(cache)).toEqual([])
  }, 60_000)

  it('V8 refusing an entry (made under other flags): a warning, the entry made again', async () => {
    const cache = await tempDir()
    const out = await tempDir()
    await octavoBin(['build', article, '--to', 'csl-json', '-o', out], env(cache))
    const [name] = codeEntries(cache)
    // Bytes of another program under the same name: their hash holds, V8 refuses them.
    const other = Buffer.from(new (await import('node:vm')).Script('1 + 1').createCachedData())
    writeCodeCache(path.join(cache, name!), other)
    const refused = await octavoBin(['build', article, '--to', 'csl-json', '-o', out], env(cache))
    expect(refused.status).toBe(0)
    expect(refused.stderr).toMatch(/warning: the code cache entry .* was made by another build of Node or V8 and was not used; made again/)
    const again = readCodeCache(path.join(cache, name!))
    expect('bytes' in again && again.bytes.length).toBeGreaterThan(other.length)
    expect(existsSync(path.join(out, path.basename(article).replace(/\.md$/, '.csl.json')))).toBe(true)
  }, 60_000)
})
