import {expect, test} from 'vitest'
import {renderEpub} from '../src/index.js'
import {entry, md} from './helpers.js'

const modified = new Date('2026-12-01T00:00:00Z')
const opf = (source: string): string => entry(renderEpub(md(source), {modified}).epub, 'OEBPS/content.opf')

test("an open range in front matter prints 133– (the warning is the CLI's, at the value)", () => {
  const source = '---\ntitle: T\ncontainer-title: Journal\nvolume: 16\npage: 133-\nlang: en\n---\n\nText.\n'
  const {epub, diagnostics} = renderEpub(md(source), {modified})
  expect(diagnostics.filter((d) => d.message.includes('page'))).toEqual([])
  expect(entry(epub, 'OEBPS/content.opf')).toContain('<dc:source>Journal 16: 133–</dc:source>')
})

test('dc:rights from rights, then license, as written; none when neither is given', () => {
  expect(opf('---\ntitle: T\nlicense: CC BY 4.0\n---\n\nText.')).toContain('<dc:rights>CC BY 4.0</dc:rights>')
  const both = opf('---\ntitle: T\nrights: © 2023 The Authors\nlicense: https://creativecommons.org/licenses/by/4.0/\n---\n\nText.')
  expect([...both.matchAll(/<dc:rights>([^<]*)<\/dc:rights>/g)].map((m) => m[1])).toEqual(['© 2023 The Authors', 'https://creativecommons.org/licenses/by/4.0/'])
  expect(opf('---\ntitle: T\n---\n\nText.')).not.toContain('dc:rights')
})

test("dc:rights in a volume: the volume's (the reader YAML), then each article's that has any, with its title", () => {
  const article = (title: string, id: string, license?: string) => ({type: 'article' as const, data: {meta: {title, ...(license ? {license} : {})}, id}, children: md('Text.').children})
  const volume = {type: 'root' as const, data: {meta: {title: 'Reader', lang: 'en', rights: '© 2027 The Editors'}}, children: [article('One', 'a1', 'CC BY 4.0'), article('Two', 'a2')]}
  const found = [...entry(renderEpub(volume, {modified}).epub, 'OEBPS/content.opf').matchAll(/<dc:rights>([^<]*)<\/dc:rights>/g)].map((m) => m[1])
  expect(found).toEqual(['© 2027 The Editors', 'One: CC BY 4.0'])
})
