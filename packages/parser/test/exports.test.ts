import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {parse, toMarkdown} from '@octavo/parser'

it('pins the public exports of @octavo/parser (types are not listed: they vanish at run time)', async () => {
  const api = await import('@octavo/parser')
  expect(Object.keys(api).sort()).toEqual([
    'PAGE_RANGE_CASES',
    'boundDepth',
    'guessLanguage',
    'labelsByLanguage',
    'labelsFor',
    'normalizeMeta',
    'pageRange',
    'parse',
    'scriptOf',
    'scriptRules',
    'scriptRuns',
    'smartenString',
    'smartenTree',
    'toMarkdown'
  ])
  for (const name of ['guessLanguage', 'normalizeMeta', 'parse', 'toMarkdown'] as const) expect(typeof api[name]).toBe('function')
})

it('the README example prints what the README says', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const block = (after: string, lang: string) => {
    const start = readme.indexOf(`\`\`\`${lang}\n`, readme.indexOf(after)) + lang.length + 4
    return readme.slice(start, readme.indexOf('\n```\n', start) + 1)
  }
  const input = block('`salt.md`:', 'markdown')
  const expected = block('Output:', 'text')
  // The same steps as the README's script.
  const {tree, diagnostics} = parse(new TextEncoder().encode(input), {format: 'markdown'})
  const lines = diagnostics.map((d) => `salt.md:${d.position?.start.line}:${d.position?.start.column}: ${d.severity}: ${d.message}\n`)
  lines.push(JSON.stringify(tree.data?.meta) + '\n')
  lines.push(tree.children.map((node) => node.type).join(' ') + '\n')
  const paragraph = tree.children[1]
  lines.push(JSON.stringify(paragraph && 'children' in paragraph ? paragraph.children[3] : undefined) + '\n')
  lines.push(toMarkdown(tree))
  expect(lines.join('')).toBe(expected)
})
