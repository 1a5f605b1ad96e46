import {readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import type {Root} from 'mdast'
import type {Article} from '@octavo/parser'
import {renderEpub} from '../src/index.js'
import {entry, md, unzipText} from './helpers.js'

test('the README volume example prints what the README says', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('### Volumes'), readme.indexOf('## API'))
  const blocks = (lang: string): string[] => [...section.matchAll(new RegExp('```' + lang + '\\n([^]*?)```', 'g'))].map((m) => m[1] as string)
  const [one, two] = blocks('markdown')
  const [nav, body] = blocks('xml')
  expect([one, two, nav, body].every((block) => typeof block === 'string' && block.length > 0)).toBe(true)

  const article = (source: string, id: string, file: string): Article => {
    const tree = md(source)
    return {type: 'article', data: {meta: tree.data?.meta ?? {}, id, file}, children: tree.children}
  }
  const volume: Root = {
    type: 'root',
    data: {meta: {title: 'HIST 390 Reader', editor: [{family: 'Roe', given: 'Richard'}], course: 'HIST 390', term: 'Spring 2027', lang: 'en'}},
    children: [article(one as string, 'a01-one', 'one.md'), article(two as string, 'a02-two', 'two.md')]
  }
  const {epub, diagnostics} = renderEpub(volume, {modified: new Date('2026-01-01T00:00:00Z')})
  expect(diagnostics).toEqual([])
  expect(
    unzipText(epub)
      .map(([name]) => name)
      .filter((name) => name.endsWith('.xhtml') && name !== 'OEBPS/nav.xhtml')
  ).toEqual(['OEBPS/cover.xhtml', 'OEBPS/titlepage.xhtml', 'OEBPS/a01-one.xhtml', 'OEBPS/a02-two.xhtml'])
  expect(/<ol>[^]*?<\/ol>\n(?= {4}<\/nav>)/.exec(entry(epub, 'OEBPS/nav.xhtml'))?.[0]).toBe(nav)
  expect(/<body>[^]*<\/body>\n/.exec(entry(epub, 'OEBPS/a02-two.xhtml'))?.[0]).toBe(body)
})
