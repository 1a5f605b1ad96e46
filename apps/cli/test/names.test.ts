/**
 * One name parser (`@octavo/tree`'s `parseName`): `Sun Chunri` written in the
 * front matter and in a note is one person, Sun (family), Chunri (given), in
 * the metadata, in the notes' items and in the bibliography. The front matter
 * read him as family "Chunri" (citation-js alone), the notes as "Sun".
 */
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {unzipSync} from 'fflate'
import {beforeAll, describe, expect, it} from 'vitest'
import {octavo, tempDir, type Outcome} from './helpers.js'

const ARTICLE = `---
title: Koreans in China
author: Sun Chunri
lang: en
---

The migration is told at length.[^1]

[^1]: Sun Chunri, *Zhongguo Chaoxianzu yiminshi* (Beijing: Zhonghua Shuju, 2009), 5.
`

describe('Sun Chunri is the same person in the metadata, the notes and the bibliography', () => {
  let out: string
  let result: Outcome
  beforeAll(async () => {
    out = await tempDir()
    await writeFile(path.join(out, 'sun.md'), ARTICLE)
    result = await octavo('build', path.join(out, 'sun.md'), '-o', out, '--to', 'epub,csl-json,bibliography', '--no-cache')
  })

  it('builds', () => {
    expect(result.stderr).toBe(
      `wrote ${path.join(out, 'sun.epub')}\nwrote ${path.join(out, 'sun.bibliography.html')}\nwrote ${path.join(out, 'sun.bibliography.txt')}\nwrote ${path.join(out, 'sun.csl.json')}\n`
    )
    expect(result.status).toBe(0)
  })

  it('the note’s item: family Sun, given Chunri', async () => {
    const items = JSON.parse(await readFile(path.join(out, 'sun.csl.json'), 'utf8')) as Array<{author?: unknown}>
    expect(items.map((item) => item.author)).toEqual([[{family: 'Sun', given: 'Chunri'}]])
  })

  it('the metadata (the EPUB’s creator, filed as the bibliography files him): Sun, Chunri', async () => {
    const files = unzipSync(new Uint8Array(await readFile(path.join(out, 'sun.epub'))))
    const opf = new TextDecoder().decode(files['OEBPS/content.opf'])
    // Shown given name first, as citeproc prints names (CSL-JSON keeps no order: citations/test/NOTES.md); filed family first.
    expect(opf).toMatch(/<dc:creator id="creator1">Chunri Sun<\/dc:creator>/)
    expect(opf).toContain('<meta refines="#creator1" property="file-as">Sun, Chunri</meta>')
  })

  it('the bibliography: Sun, Chunri', async () => {
    expect(await readFile(path.join(out, 'sun.bibliography.txt'), 'utf8')).toMatch(/^Sun, Chunri\. /)
  })
})
