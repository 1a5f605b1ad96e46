// @module-tag slow
import {createHash} from 'node:crypto'
import {readdir, readFile, rm, stat, truncate, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {deserialize, serialize} from 'node:v8'
import {describe, expect, it} from 'vitest'
import {CACHE_LIMITS, cacheFolder, cacheKey, prune} from '../src/lib/cache.js'
import {octavoBin, outputs, tempDir} from './helpers.js'

// Two PNG images of one pixel (white, black): an article's figure, changed between builds.
const WHITE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAG7buVgAAAABJRU5ErkJggg==', 'base64')
const BLACK = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABc3UBGAAAAABJRU5ErkJggg==', 'base64')

// An invented article with a note and a figure.
const ARTICLE = `---
title: The Salt Roads
author: Marta Vellido
lang: en
---

Salt moved inland by mule.[^1]

![A mule train on the road to Burgos](mule.png)

[^1]: Marta Vellido, *The Salt Roads of Castile* (Madrid: Ediciones Norte, 2011), 44.
`

const env = (cache: string) => ({OCTAVO_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1700000000'})

async function article(): Promise<string> {
  const dir = await tempDir()
  await writeFile(path.join(dir, 'salt.md'), ARTICLE)
  await writeFile(path.join(dir, 'mule.png'), WHITE)
  return path.join(dir, 'salt.md')
}

const entries = async (cache: string) => (await readdir(cache).catch(() => [])).filter((n) => n.endsWith('.octavo-cache'))

describe('the build cache', () => {
  it('copies the outputs of an identical build: the same bytes and the same messages as a build without the cache', async () => {
    const [input, cache, first, second, fresh] = [await article(), await tempDir(), await tempDir(), await tempDir(), await tempDir()]
    const made = await octavoBin(['build', input, '-o', first], env(cache))
    expect(made.status).toBe(0)
    expect(await entries(cache)).toHaveLength(1)
    const copied = await octavoBin(['build', input, '-o', second], env(cache))
    const uncached = await octavoBin(['build', input, '-o', fresh], {...env(cache), OCTAVO_CACHE_DIR: 'off'})
    expect(copied.status).toBe(0)
    expect(copied.stderr.replaceAll(second, 'OUT')).toBe(uncached.stderr.replaceAll(fresh, 'OUT'))
    expect(await outputs(second)).toEqual(await outputs(fresh))
    expect(await outputs(second)).toEqual(await outputs(first))
    expect([...(await outputs(second)).keys()]).toContain('salt.pdf')
  })

  it('serves a hit from the entry, not from a new build (an entry rewritten whole, hashes and all, is what is copied)', async () => {
    const [input, cache] = [await article(), await tempDir()]
    await octavoBin(['build', input, '--to', 'ris', '-o', await tempDir()], env(cache))
    const [name] = await entries(cache)
    const bytes = await readFile(path.join(cache, name!))
    const [format, line] = bytes.toString('utf8').split('\n')
    const header = JSON.parse(line!) as {files: Array<[string, number, string]>}
    const ris = Buffer.from('TY  - BOOK\nTI  - Served from the cache\nER  - \n')
    header.files = [['salt.ris', ris.length, createHash('sha256').update(ris).digest('hex')]]
    await writeFile(path.join(cache, name!), Buffer.concat([Buffer.from(`${format}\n${JSON.stringify(header)}\n`), ris]))
    const out = await tempDir()
    expect((await octavoBin(['build', input, '--to', 'ris', '-o', out], env(cache))).status).toBe(0)
    expect(await readFile(path.join(out, 'salt.ris'), 'utf8')).toContain('Served from the cache')
  })

  it('takes the bibliography of an edited article from the cache when its items did not change (no citeproc), and a damaged one is formatted anew', async () => {
    const [input, cache] = [await article(), await tempDir()]
    await octavoBin(['build', input, '--to', 'bibliography', '-o', await tempDir()], env(cache))
    const bib = (await readdir(cache)).filter((n) => n.endsWith('.octavo-bib'))
    expect(bib).toHaveLength(1)
    const entry = JSON.parse(await readFile(path.join(cache, bib[0]!), 'utf8')) as {entries: Array<[string, string]>; phrasing?: unknown}
    expect(entry.phrasing).toEqual([
      [
        {type: 'text', value: 'Vellido, Marta. '},
        {type: 'emphasis', children: [{type: 'text', value: 'The Salt Roads of Castile'}]},
        {type: 'text', value: '. Madrid: Ediciones Norte, 2011.'}
      ]
    ])
    // (without the entries' phrasing kept, their HTML is parsed)
    entry.entries = entry.entries.map(([id]) => [id, '<div class="csl-entry">Kept in the cache.</div>'])
    delete entry.phrasing
    await writeFile(path.join(cache, bib[0]!), JSON.stringify(entry))
    // The prose changes, the note does not: a new build, the same items.
    await writeFile(input, ARTICLE.replace('by mule', 'by mule and cart'))
    const edited = await tempDir()
    expect((await octavoBin(['build', input, '--to', 'bibliography', '-o', edited], env(cache))).status).toBe(0)
    expect(await readFile(path.join(edited, 'salt.bibliography.txt'), 'utf8')).toBe('Kept in the cache.\n')
    // Damaged: not used, said, and formatted anew.
    await writeFile(path.join(cache, bib[0]!), '{"format": "octavo-bib 1"')
    await writeFile(input, ARTICLE.replace('by mule', 'by cart'))
    const again = await octavoBin(['build', input, '--to', 'bibliography', '-o', edited], env(cache))
    expect(again.stderr).toMatch(/warning: a damaged formatted-bibliography cache entry was not used/)
    expect(await readFile(path.join(edited, 'salt.bibliography.txt'), 'utf8')).toMatch(/^Vellido, Marta\. The Salt Roads of Castile/)
  })

  it("takes the notes model's labels and the readings of an edited article's unchanged notes from the cache (the same outputs as without it), and a damaged entry is read anew", async () => {
    const [input, cache] = [await article(), await tempDir()]
    await octavoBin(['build', input, '--to', 'csl-json,citations', '-o', await tempDir()], env(cache))
    const kept = (await readdir(cache)).filter((n) => n.endsWith('.octavo-notes'))
    expect(kept).toHaveLength(1)
    const file = path.join(cache, kept[0]!)
    const format = 'octavo-notes 2\n'
    type Both = {labels: Map<string, Array<{fields: Array<{field: string}>}>>; readings: Map<string, {segments: Array<{parsed: {item: {title?: string}}}>}>}
    const both = deserialize((await readFile(file)).subarray(format.length)) as Both
    expect([...both.labels.values()].flat()[0]!.fields.map((f) => f.field)).toContain('title')
    expect([...both.readings.values()].flatMap((r) => r.segments)[0]!.parsed.item.title).toBeTruthy()
    // The prose changes, the note does not: its reading comes from the entry, and the outputs are those of a build without the cache.
    await writeFile(input, ARTICLE.replace('by mule', 'by mule and cart'))
    const [edited, fresh] = [await tempDir(), await tempDir()]
    const rebuilt = await octavoBin(['build', input, '--to', 'csl-json,citations', '-o', edited], env(cache))
    const uncached = await octavoBin(['build', input, '--to', 'csl-json,citations', '-o', fresh], {...env(cache), OCTAVO_CACHE_DIR: 'off'})
    expect(rebuilt.stderr.replaceAll(edited, 'OUT')).toBe(uncached.stderr.replaceAll(fresh, 'OUT'))
    expect(await outputs(edited)).toEqual(await outputs(fresh))
    const written = async (value: Both) => writeFile(file, Buffer.concat([Buffer.from(format), serialize(value)]))
    const citationsOfFirstNote = async () => JSON.parse(await readFile(path.join(edited, 'salt.citations.json'), 'utf8')).notes[0].citations as unknown[]
    // A reading kept that says “no citation”: used (the note becomes commentary), which shows the entry is read.
    await written({labels: both.labels, readings: new Map([...both.readings.keys()].map((key) => [key, {segments: [], commentary: true, warnings: []}]))} as unknown as Both)
    await writeFile(input, ARTICLE.replace('by mule', 'by cart'))
    await octavoBin(['build', input, '--to', 'citations', '-o', edited], env(cache))
    expect(await citationsOfFirstNote()).toEqual([])
    // No reading kept, labels kept that say “no citation”: the labels are used.
    await written({labels: new Map([...both.labels.keys()].map((key) => [key, []])), readings: new Map()})
    await writeFile(input, ARTICLE.replace('by mule', 'by cart, by mule'))
    await octavoBin(['build', input, '--to', 'citations', '-o', edited], env(cache))
    expect(await citationsOfFirstNote()).toEqual([])
    // Damaged: not used, said, and the notes labeled and read anew.
    await writeFile(file, `${format}not V8`)
    await writeFile(input, ARTICLE.replace('by mule', 'by cart and mule'))
    const again = await octavoBin(['build', input, '--to', 'citations', '-o', edited], env(cache))
    expect(again.stderr).toMatch(/warning: a damaged notes-labels cache entry was not used/)
    expect(await citationsOfFirstNote()).toHaveLength(1)
  })

  it("takes the PDF renderer's work of an edited article from the cache (the same PDF as without it), and a damaged entry is made anew", async () => {
    const [input, cache] = [await article(), await tempDir()]
    await octavoBin(['build', input, '--to', 'pdf', '-o', await tempDir()], env(cache))
    const kept = (await readdir(cache)).filter((n) => n.endsWith('.octavo-pdf'))
    expect(kept).toHaveLength(1)
    const file = path.join(cache, kept[0]!)
    const scopes = deserialize((await readFile(file)).subarray('octavo-pdf 1\n'.length + 65)) as Map<string, Map<string, unknown>>
    expect([...scopes.keys()].map((scope) => scope.split(' ')[0]).sort()).toEqual(expect.arrayContaining(['deflated', 'paragraph', 'shaped', 'subset', 'word']))
    const paragraphs = (entries: typeof scopes) => [...entries].filter(([scope]) => scope.startsWith('paragraph ')).flatMap(([, values]) => [...values.values()] as string[])
    expect(paragraphs(scopes).some((lines) => lines.includes('Salt moved inland by mule.'))).toBe(true)
    expect(scopes.get([...scopes.keys()].find((scope) => scope.endsWith(' en regular'))!)?.get('inland')).toMatch(/^\[\["in","regular",/)
    // The prose changes: the words, subsets and unchanged pages come from the entry, and the PDF is that of a build without the cache.
    await writeFile(input, ARTICLE.replace('by mule', 'by mule and cart'))
    const [edited, fresh] = [await tempDir(), await tempDir()]
    const before = (await stat(file)).mtimeMs
    const rebuilt = await octavoBin(['build', input, '--to', 'pdf', '-o', edited], env(cache))
    const uncached = await octavoBin(['build', input, '--to', 'pdf', '-o', fresh], {...env(cache), OCTAVO_CACHE_DIR: 'off'})
    expect(rebuilt.stderr.replaceAll(edited, 'OUT')).toBe(uncached.stderr.replaceAll(fresh, 'OUT'))
    expect(await outputs(edited)).toEqual(await outputs(fresh))
    expect((await stat(file)).mtimeMs).toBeGreaterThan(before) // 'cart' was measured and kept
    // The edited paragraph's lines are kept beside the earlier ones (the note's, unchanged, was taken from the entry).
    const after = paragraphs(deserialize((await readFile(file)).subarray('octavo-pdf 1\n'.length + 65)) as typeof scopes)
    expect(['Salt moved inland by mule.', 'Salt moved inland by mule and cart.', 'The Salt Roads of Castile'].map((text) => after.some((lines) => lines.includes(text)))).toEqual([true, true, true])
    // Damaged: not used, said, and the work done anew (the same PDF).
    const bytes = await readFile(file)
    await writeFile(file, Buffer.concat([bytes.subarray(0, -1), Buffer.from([bytes.at(-1)! ^ 1])]))
    await writeFile(input, ARTICLE.replace('by mule', 'by cart'))
    const [again, alone] = [await tempDir(), await tempDir()]
    const damaged = await octavoBin(['build', input, '--to', 'pdf', '-o', again], env(cache))
    expect(damaged.stderr).toMatch(/warning: a damaged PDF-work cache entry was not used \(.*do not match their hash\); the words measured and the fonts subset anew/)
    await octavoBin(['build', input, '--to', 'pdf', '-o', alone], {...env(cache), OCTAVO_CACHE_DIR: 'off'})
    expect(await outputs(again)).toEqual(await outputs(alone))
  })

  it('builds anew when a file the build read (the figure) changed', async () => {
    const [input, cache, first, second] = [await article(), await tempDir(), await tempDir(), await tempDir()]
    await octavoBin(['build', input, '--to', 'pdf', '-o', first], env(cache))
    await writeFile(path.join(path.dirname(input), 'mule.png'), BLACK)
    expect((await octavoBin(['build', input, '--to', 'pdf', '-o', second], env(cache))).status).toBe(0)
    const [before, after] = [await readFile(path.join(first, 'salt.pdf')), await readFile(path.join(second, 'salt.pdf'))]
    expect(after.equals(before)).toBe(false)
  })

  it('builds anew when a figure that was missing is added (a file looked for and not found is part of the key)', async () => {
    const [input, cache, first, second] = [await article(), await tempDir(), await tempDir(), await tempDir()]
    await rm(path.join(path.dirname(input), 'mule.png'))
    const placeholder = await octavoBin(['build', input, '--to', 'pdf', '-o', first], env(cache))
    expect(placeholder.stderr).toMatch(/image 'mule\.png' is not in the article's folder/)
    await writeFile(path.join(path.dirname(input), 'mule.png'), WHITE)
    const found = await octavoBin(['build', input, '--to', 'pdf', '-o', second], env(cache))
    expect(found.stderr).not.toMatch(/mule\.png/)
    expect((await readFile(path.join(second, 'salt.pdf'))).equals(await readFile(path.join(first, 'salt.pdf')))).toBe(false)
  })

  it('does not use a damaged entry: a warning, and the outputs of a new build', async () => {
    const [input, cache, first, second] = [await article(), await tempDir(), await tempDir(), await tempDir()]
    await octavoBin(['build', input, '--to', 'pdf,ris', '-o', first], env(cache))
    const [entry] = await entries(cache)
    await truncate(path.join(cache, entry!), 2000)
    const again = await octavoBin(['build', input, '--to', 'pdf,ris', '-o', second], env(cache))
    expect(again.status).toBe(0)
    expect(again.stderr).toMatch(/warning: a damaged build cache entry was not used \(.*cut short.*\); built anew/)
    expect(await outputs(second)).toEqual(await outputs(first))
  })

  it('keeps nothing with --no-cache, and nothing for a build with errors', async () => {
    const [input, cache] = [await article(), await tempDir()]
    await octavoBin(['build', input, '--no-cache', '-o', await tempDir()], env(cache))
    expect(await entries(cache)).toEqual([])
    const broken = path.join(path.dirname(input), 'broken.md')
    await writeFile(broken, '---\ntitle: [unclosed\n---\n\nText.\n')
    expect((await octavoBin(['build', broken, '-o', await tempDir()], env(cache))).status).not.toBe(0)
    expect(await entries(cache)).toEqual([])
  })
})

describe('cacheFolder and cacheKey', () => {
  it('finds the folder: OCTAVO_CACHE_DIR (off: none), XDG_CACHE_HOME, then the platform’s', () => {
    expect(cacheFolder({OCTAVO_CACHE_DIR: 'off'}, 'linux', '/home/m')).toBeUndefined()
    expect(cacheFolder({OCTAVO_CACHE_DIR: '/c'}, 'linux', '/home/m')).toBe('/c')
    expect(cacheFolder({XDG_CACHE_HOME: '/x'}, 'linux', '/home/m')).toBe('/x/octavo')
    expect(cacheFolder({}, 'darwin', '/Users/m')).toBe('/Users/m/Library/Caches/octavo')
    expect(cacheFolder({}, 'linux', '/home/m')).toBe('/home/m/.cache/octavo')
  })

  it('keys no two different lists of parts alike (each part is length-prefixed)', () => {
    expect(cacheKey(['ab', 'c'])).not.toBe(cacheKey(['a', 'bc']))
    expect(cacheKey(['ab', 'c'])).toBe(cacheKey(['ab', Buffer.from('c')]))
  })
})

describe('prune', () => {
  it('keeps the folder under its bound counting every kind of entry (builds, bibliographies, prepared articles, PDF work, code, labels of notes), least recently used first; other files stay', async () => {
    const folder = await tempDir()
    const files = ['a.octavo-cache', 'b.octavo-prep', 'c.octavo-bib', 'd.octavo-prep', 'e.octavo-pdf', 'f.octavo-code', 'g.octavo-notes', 'keep.txt']
    for (const [i, name] of files.entries()) {
      await writeFile(path.join(folder, name), Buffer.alloc(100))
      await utimes(path.join(folder, name), 1000 + i, 1000 + i)
    }
    const bound = CACHE_LIMITS.bytes
    CACHE_LIMITS.bytes = 250
    try {
      await prune(folder)
    } finally {
      CACHE_LIMITS.bytes = bound
    }
    expect((await readdir(folder)).sort()).toEqual(['f.octavo-code', 'g.octavo-notes', 'keep.txt'])
  })
})
