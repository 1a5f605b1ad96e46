/**
 * Fixture folders: `fixtures/<case>/input.md` and its reviewed `layout.json` (the layout as JSON).
 * `UPDATE=1 npx vitest run test/fixtures.test.ts` rewrites the expectations: read them before committing.
 * Options come from the front matter's `octavo:` map (pageSize, notes); image files in the folder
 * (`.png`, `.jpg`, `.svg`, `.gif`) are given as `images`, keyed by their file name.
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import {parse} from '@octavo/parser'
import {layout} from '../src/index.js'
import type {LayoutOptions} from '../src/index.js'
import {patterns, testFonts} from './helpers.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const cases = readdirSync(root).filter((name) => existsSync(path.join(root, name, 'input.md')))

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
  const actual = JSON.stringify({diagnostics: result.diagnostics, layout: result.layout}, null, 1) + '\n'
  const file = path.join(root, name, 'layout.json')
  if (process.env.UPDATE === '1') writeFileSync(file, actual)
  expect(existsSync(file), `${name}: no layout.json (run with UPDATE=1, then read it)`).toBe(true)
  expect(actual).toBe(readFileSync(file, 'utf8'))
})
