// @module-tag slow
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {deserialize, serialize} from 'node:v8'
import {describe, expect, it} from 'vitest'
import {octavoBin, outputs, tempDir} from './helpers.js'

// Two invented articles of a reader.
const article = (title: string, work: string) => `---
title: ${title}
author: Marta Vellido
lang: en
---

Salt moved inland by mule.[^1]

[^1]: Marta Vellido, *${work}* (Madrid: Ediciones Norte, 2011), 44.
`

async function reader(): Promise<string> {
  const dir = await tempDir()
  for (const [folder, title, work] of [
    ['one', 'The Salt Roads', 'The Salt Roads of Castile'],
    ['two', 'Olive Oil', 'Olive Oil and Empire']
  ] as const) {
    await mkdir(path.join(dir, folder))
    await writeFile(path.join(dir, folder, 'article.md'), article(title, work))
  }
  await writeFile(path.join(dir, 'reader.yaml'), 'title: A Reader of Salt\neditor: A. Teacher\narticles:\n  - one/article.md\n  - two/article.md\n')
  return path.join(dir, 'reader.yaml')
}

const env = (cache: string) => ({OCTAVO_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1700000000'})
const prepared = async (cache: string) => (await readdir(cache).catch(() => [])).filter((n) => n.endsWith('.octavo-prep'))

describe('the prepared-article cache of octavo reader', () => {
  it('keeps each article prepared; the next reader takes them from the cache, with the same files as without it', async () => {
    const [yaml, cache, first, second, fresh] = [await reader(), await tempDir(), await tempDir(), await tempDir(), await tempDir()]
    expect((await octavoBin(['reader', yaml, '-o', first], env(cache))).status).toBe(0)
    expect(await prepared(cache)).toHaveLength(2)
    const again = await octavoBin(['reader', yaml, '-o', second], env(cache))
    const uncached = await octavoBin(['reader', yaml, '-o', fresh], {...env(cache), OCTAVO_CACHE_DIR: 'off'})
    expect(again.status).toBe(0)
    expect(again.stderr.replaceAll(second, 'OUT')).toBe(uncached.stderr.replaceAll(fresh, 'OUT'))
    expect(await outputs(second)).toEqual(await outputs(fresh))
  })

  it('keeps no note records in a prepared article (a reader writes no citations.json), its tree and works all the same', async () => {
    const [yaml, cache] = [await reader(), await tempDir()]
    expect((await octavoBin(['reader', yaml, '-o', await tempDir()], env(cache))).status).toBe(0)
    const names = await prepared(cache)
    expect(names).toHaveLength(2)
    for (const name of names) {
      const bytes = await readFile(path.join(cache, name))
      const entry = deserialize(bytes.subarray(bytes.indexOf(10, bytes.indexOf(10) + 1) + 1)) as {prepared: {notes: unknown[]; items: unknown[]; tree: {children: Array<{type: string}>}}}
      expect([entry.prepared.notes, entry.prepared.items.length, entry.prepared.tree.children.some((c) => c.type === 'footnoteDefinition')]).toEqual([[], 1, true])
    }
  })

  it('uses what the entry holds (an item changed in the entry shows), and prepares anew an article whose bytes changed', async () => {
    const [yaml, cache] = [await reader(), await tempDir()]
    await octavoBin(['reader', yaml, '-o', await tempDir()], env(cache))
    for (const name of await prepared(cache)) {
      const bytes = await readFile(path.join(cache, name))
      const head = bytes.subarray(0, bytes.indexOf(10, bytes.indexOf(10) + 1) + 1)
      const entry = deserialize(bytes.subarray(head.length)) as {prepared: {items: Array<{title: string}>}}
      entry.prepared.items[0]!.title += ' (kept)'
      await writeFile(path.join(cache, name), Buffer.concat([head, serialize(entry)]))
    }
    const out = await tempDir()
    expect((await octavoBin(['reader', yaml, '-o', out], env(cache))).status).toBe(0)
    const titles = (json: string) => (JSON.parse(json) as Array<{title: string}>).map((i) => i.title).sort()
    expect(titles(await readFile(path.join(out, 'reader.csl.json'), 'utf8'))).toEqual(['Olive Oil and Empire (kept)', 'The Salt Roads of Castile (kept)'])
    // The first article edited: prepared anew, the second still from the cache.
    await writeFile(path.join(path.dirname(yaml), 'one/article.md'), article('The Salt Roads', 'The Salt Roads of Aragon'))
    const edited = await tempDir()
    expect((await octavoBin(['reader', yaml, '-o', edited], env(cache))).status).toBe(0)
    expect(titles(await readFile(path.join(edited, 'reader.csl.json'), 'utf8'))).toEqual(['Olive Oil and Empire (kept)', 'The Salt Roads of Aragon'])
  })

  it("keeps the volume's PDF work in a file of its own and its bibliographies formatted: an edited reader's files are those of a run without the cache, and a damaged file is a warning, made anew", async () => {
    const [yaml, cache] = [await reader(), await tempDir()]
    await octavoBin(['build', path.join(path.dirname(yaml), 'one/article.md'), '--to', 'pdf', '-o', await tempDir()], env(cache))
    expect((await octavoBin(['reader', yaml, '-o', await tempDir()], env(cache))).status).toBe(0)
    const kept = (await readdir(cache)).filter((n) => n.endsWith('.octavo-pdf'))
    expect(kept).toHaveLength(2) // the article's builds' and the reader's
    const edit = async (work: string) => {
      await writeFile(path.join(path.dirname(yaml), 'one/article.md'), article('The Salt Roads', work))
      const [out, fresh] = [await tempDir(), await tempDir()]
      const cached = await octavoBin(['reader', yaml, '-o', out], env(cache))
      const uncached = await octavoBin(['reader', yaml, '-o', fresh], {...env(cache), OCTAVO_CACHE_DIR: 'off'})
      expect(await outputs(out)).toEqual(await outputs(fresh))
      return {cached: cached.stderr.replaceAll(out, 'OUT'), uncached: uncached.stderr.replaceAll(fresh, 'OUT')}
    }
    const {cached, uncached} = await edit('The Salt Roads of Aragon')
    expect(cached).toBe(uncached)
    for (const name of kept) {
      const file = path.join(cache, name)
      const bytes = await readFile(file)
      await writeFile(file, Buffer.concat([bytes.subarray(0, -1), Buffer.from([bytes.at(-1)! ^ 1])]))
    }
    // The formatted bibliographies too (the combined one is kept since the reader passes its store).
    const bibliographies = (await readdir(cache)).filter((n) => n.endsWith('.octavo-bib'))
    expect(bibliographies.length).toBeGreaterThan(0)
    for (const name of bibliographies) await writeFile(path.join(cache, name), '{"format": "octavo-bib 0"}')
    const damaged = await edit('The Salt Roads of Aragon') // as before: the combined bibliography's entry is looked for
    expect(damaged.cached).toMatch(/warning: a damaged PDF-work cache entry was not used \(.*do not match their hash\); the words measured and the fonts subset anew/)
    expect(damaged.cached).toMatch(/warning: a damaged formatted-bibliography cache entry was not used/)
  })

  it('keeps nothing with --no-cache', async () => {
    const [yaml, cache] = [await reader(), await tempDir()]
    expect((await octavoBin(['reader', yaml, '--no-cache', '-o', await tempDir()], env(cache))).status).toBe(0)
    expect(await prepared(cache)).toEqual([])
  })
})
