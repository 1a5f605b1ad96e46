// @module-tag browser
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {renderEpub, type ToXhtmlOptions} from '../src/index.js'
import {epubcheck, epubcheckAvailable, md, realArticle, realLesson, realMarkdown} from './helpers.js'
import {arbitraryTree, imageFiles, imageSource, scholarlyTree, volumeTree} from './trees.js'
import fc from 'fast-check'
import {strToU8, unzipSync, zipSync} from 'fflate'

/**
 * EPUBCheck on every fixture, the constructed scholarly tree, the four
 * Markdown lessons and the real article: 0 fatals, 0 errors, 0 warnings.
 * All books are checked in one batch, two JVMs at a time.
 */
const available = epubcheckAvailable()
const modified = new Date('2026-11-28T00:00:00Z')

describe.skipIf(!available)('EPUBCheck (java -jar /usr/bin/epubcheck)', () => {
  test('every book passes clean', async () => {
    const books: Array<[string, Uint8Array]> = []
    const fixtures = new URL('fixtures/', import.meta.url)
    for (const name of readdirSync(fixtures).sort()) {
      const dir = new URL(`${name}/`, fixtures)
      if (!existsSync(new URL('input.md', dir))) continue
      const options = existsSync(new URL('options.json', dir)) ? (JSON.parse(readFileSync(new URL('options.json', dir), 'utf8')) as ToXhtmlOptions) : {}
      books.push([`fixture-${name}`, renderEpub(md(readFileSync(new URL('input.md', dir), 'utf8')), {modified, ...options}).epub])
    }
    expect(books, 'the seven fixtures').toHaveLength(7)
    books.push(['tree-footnotes', renderEpub(scholarlyTree(), {modified}).epub])
    books.push(['tree-endnotes', renderEpub(scholarlyTree(), {modified, notes: 'endnotes'}).epub])
    books.push(['images', renderEpub(md(imageSource), {modified, images: imageFiles}).epub])
    books.push(['figure-packaged', renderEpub(md('![A map](figures/map.png "The border")'), {modified, images: imageFiles}).epub])
    books.push(['volume-footnotes', renderEpub(volumeTree(), {modified}).epub])
    books.push(['volume-endnotes', renderEpub(volumeTree(), {modified, notes: 'endnotes'}).epub])
    for (const name of realMarkdown) books.push([`real-${name}`, renderEpub(realLesson(name), {modified}).epub])
    // Random trees (fixed seed, so that a failure can be replayed).
    fc.sample(arbitraryTree, {seed: 20261128, numRuns: 8}).forEach((tree, i) => {
      books.push([`random-${i}`, renderEpub(tree, {modified, notes: i % 2 === 0 ? 'footnotes' : 'endnotes'}).epub])
    })
    books.push(['koreans-footnotes', renderEpub(realArticle(), {modified}).epub])
    books.push(['koreans-endnotes', renderEpub(realArticle(), {modified, notes: 'endnotes'}).epub])

    // A control: a book with its mimetype entry compressed must fail, so that the check is known to be live.
    const {mimetype: _stored, ...rest} = unzipSync(renderEpub(md('Text.'), {modified}).epub)
    const control = zipSync({mimetype: [strToU8('application/epub+zip'), {level: 9}], ...rest}, {mtime: modified})

    const reports = await epubcheck([...books, ['control-broken', control]], 2)
    const broken = reports.find((r) => r.name === 'control-broken')
    expect(broken && broken.errors + broken.fatals + broken.warnings).toBeGreaterThan(0)
    const checked = reports.filter((r) => r !== broken)
    const summary = checked.map((r) => `${r.name}: ${r.fatals} fatals / ${r.errors} errors / ${r.warnings} warnings`)
    const failures = checked.filter((r) => r.fatals !== 0 || r.errors !== 0 || r.warnings !== 0)
    expect(
      failures.map((r) => r.output),
      summary.join('\n')
    ).toEqual([])
    expect(checked).toHaveLength(books.length)
  }, 120_000)
})

test.runIf(!available)('EPUBCheck is not installed: the validation test is skipped (install java and epubcheck to run it)', () => {
  expect(available).toBe(false)
})
