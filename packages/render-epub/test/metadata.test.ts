import {expect, test} from 'vitest'
import {readFileSync} from 'node:fs'
import {parse, type ArticleMeta} from '@octavo/parser'
import {parse as parseYaml} from 'yaml'
import type {Diagnostic} from '@octavo/parser'
import {renderEpub} from '../src/index.js'
import {pageRange, pageRangeCases} from '../src/lib/metadata.js'
import {entry, md, shared} from './helpers.js'

const modified = new Date('2026-12-01T00:00:00Z')
const opf = (source: string): string => entry(renderEpub(md(source), {modified}).epub, 'OEBPS/content.opf')

test.each(pageRangeCases.map((c) => [c.name, c] as const))('page range: %s', (_name, {page, printed, open}) => {
  const diagnostics: Diagnostic[] = []
  expect(pageRange(page, undefined, diagnostics)).toBe(printed)
  expect(diagnostics.map((d) => d.message)).toEqual(open ? [`the page range "${page}" in the metadata is open (no last page); printed as "${printed}"`] : [])
})

test('an open range in front matter: one warning; the source line says 133–', () => {
  const source = '---\ntitle: T\ncontainer-title: Journal\nvolume: 16\npage: 133-\nlang: en\n---\n\nText.\n'
  const {epub, diagnostics} = renderEpub(md(source), {modified})
  const open = diagnostics.filter((d) => d.message.includes('is open'))
  expect(open).toHaveLength(1)
  expect(entry(epub, 'OEBPS/content.opf')).toContain('<dc:source>Journal 16: 133–</dc:source>')
})

test("the real article's metadata (page: 133-): warned about once, in both note modes", () => {
  const meta = parseYaml(readFileSync(shared('corpus/koreans-1950-1962.meta.yaml'), 'utf8')) as ArticleMeta
  const {tree} = parse(readFileSync(shared('corpus/koreans-1950-1962.txt')), {format: 'text', meta})
  for (const notes of ['footnotes', 'endnotes'] as const) {
    const {diagnostics} = renderEpub(tree, {modified, notes})
    expect(diagnostics.filter((d) => d.message.includes('is open')).map((d) => d.message)).toEqual([
      'the page range "133-" in the metadata is open (no last page); printed as "133–"'
    ])
  }
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
