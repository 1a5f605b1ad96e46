import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'

it('pins the public exports of @octavo/tree (types are not listed: they vanish at run time)', async () => {
  const api = await import('@octavo/tree')
  expect(Object.keys(api).sort()).toEqual([
    'EAST_ASIAN_FAMILY_NAMES',
    'NAME_CASES',
    'NOTE_PROBLEMS',
    'PAGE_RANGE_CASES',
    'append',
    'boundDepth',
    'eachNode',
    'familyFirst',
    'fold',
    'greatest',
    'isPinyin',
    'labelsByLanguage',
    'labelsFor',
    'least',
    'noteTable',
    'pageRange',
    'parseName',
    'prepend',
    'scriptOf',
    'scriptRules',
    'scriptRuns',
    'spliceItems'
  ])
})

const PARSING = ['remark-parse', 'unified', 'franc-min']

it('only the parser depends on remark-parse, unified and franc-min; the packages that read the tree depend on @octavo/tree', () => {
  const manifest = (folder: string) => JSON.parse(readFileSync(new URL(`../../${folder}/package.json`, import.meta.url), 'utf8')) as {dependencies?: Record<string, string>}
  const runtime = (folder: string) => Object.keys(manifest(folder).dependencies ?? {})
  expect(runtime('tree').filter((name) => name.startsWith('@octavo/'))).toEqual([])
  for (const folder of ['citations', 'render-pdf', 'render-epub']) {
    expect(
      runtime(folder).filter((name) => PARSING.includes(name) || name === '@octavo/parser'),
      folder
    ).toEqual([])
    expect(runtime(folder), folder).toContain('@octavo/tree')
  }
  expect(runtime('parser')).toEqual(expect.arrayContaining(PARSING))
})
