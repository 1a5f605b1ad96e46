import {readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import {toXhtml} from '../src/index.js'
import {md} from './helpers.js'

test('the README example prints what the README says', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const input = /```markdown\n([^]*?)```/.exec(readme)?.[1]
  const output = /```xhtml\n([^]*?)```/.exec(readme)?.[1]
  expect(input).toBeDefined()
  expect(output).toBeDefined()
  const {xhtml, diagnostics} = toXhtml(md(input as string))
  expect(diagnostics).toEqual([])
  const body = /<body>[^]*<\/body>\n/.exec(xhtml)?.[0]
  expect(body).toBe(output)
})
