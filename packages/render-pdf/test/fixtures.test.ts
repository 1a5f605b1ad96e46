/**
 * Fixture folders: `fixtures/<case>/input.md` and its reviewed `pages.txt` (the pages as text: body
 * lines, then `--- notes: …` and the note lines; see pages-text.ts). One case, `COORDINATES`, keeps
 * its whole layout as JSON too (`layout.json`: every item's position).
 * `UPDATE=1 npx vitest run test/fixtures.test.ts` rewrites the expectations: read them before committing.
 * Options come from the front matter's `octavo:` map (pageSize, notes); image files in the folder
 * (`.png`, `.jpg`, `.svg`, `.gif`) are given as `images`, keyed by their file name.
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import {parse} from '@octavo/parser'
import {geometries, layout} from '../src/index.js'
import type {LayoutOptions} from '../src/index.js'
import {patterns, testFonts} from './helpers.js'
import {pagesText} from './pages-text.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const cases = readdirSync(root).filter((name) => existsSync(path.join(root, name, 'input.md')))
/** The case whose layout is kept with its coordinates. */
const COORDINATES = 'notes-lists-quote'

test('four cases', () => expect(cases).toHaveLength(4))

test.each(cases)('%s', (name) => {
  const {tree} = parse(readFileSync(path.join(root, name, 'input.md')), {format: 'markdown'})
  const own = (tree.data?.meta?.octavo ?? {}) as Partial<Pick<LayoutOptions, 'pageSize' | 'notes'>>
  const images = Object.fromEntries(
    readdirSync(path.join(root, name))
      .filter((file) => /\.(png|jpe?g|svg|gif)$/.test(file))
      .map((file) => [file, new Uint8Array(readFileSync(path.join(root, name, file)))])
  )
  const result = layout(tree, {fonts: testFonts(), hyphenation: {en: patterns('en-us')}, images, ...own})
  const expected: Array<[string, string]> = [['pages.txt', pagesText(result.layout, geometries[own.pageSize ?? 'a4'], result.diagnostics)]]
  if (name === COORDINATES) expected.push(['layout.json', JSON.stringify({diagnostics: result.diagnostics, layout: result.layout}, null, 1) + '\n'])
  for (const [file, actual] of expected) {
    const at = path.join(root, name, file)
    if (process.env.UPDATE === '1') writeFileSync(at, actual)
    expect(existsSync(at), `${name}: no ${file} (run with UPDATE=1, then read it)`).toBe(true)
    expect(actual, `${name}/${file}`).toBe(readFileSync(at, 'utf8'))
  }
})

test('the coordinates case is one of the cases', () => expect(cases).toContain(COORDINATES))
