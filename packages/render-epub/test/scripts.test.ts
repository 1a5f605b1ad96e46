import {expect, test} from 'vitest'
import {readFileSync} from 'node:fs'
import {parse} from '@octavo/parser'
import {renderEpub, toXhtml} from '../src/index.js'
import {scriptOf, scriptRules} from '../src/lib/scripts.js'
import {entry, md, shared} from './helpers.js'

const spans = (xhtml: string): Array<[lang: string, text: string]> => [...xhtml.matchAll(/<span lang="([^"]+)" xml:lang="\1">([^<]*)<\/span>/g)].map((m) => [m[1]!, m[2]!])

test.each(scriptRules.map((rule) => [rule.script, rule] as const))('%s: a run in an English book gets its tag', (_script, {example}) => {
  expect(spans(toXhtml(md(`---\ntitle: T\nlang: en\n---\n\n${example.text}`)).xhtml)).toEqual([[example.lang, example.run]])
})

test('Greek: a monotonic run is Modern Greek; a letter alone is a symbol', () => {
  expect(spans(toXhtml(md('The word ελευθερία (freedom); the coefficient β is 0.5.')).xhtml)).toEqual([['el', 'ελευθερία']])
})

test('Greek: a run with acutes only, beside a polytonic one, is Ancient Greek too (the French lesson: "νώπαν θυμόν), yet αἴθων")', () => {
  expect(spans(toXhtml(md('the reading νώπαν θυμόν, yet αἴθων, which')).xhtml)).toEqual([
    ['grc', 'νώπαν θυμόν'],
    ['grc', 'αἴθων']
  ])
})

test('CJK: kana make it Japanese, Hangul Korean', () => {
  const found = spans(toXhtml(md('Japanese ひらがなと漢字 and Korean 조선족 here.')).xhtml)
  expect(found).toEqual([
    ['ja', 'ひらがなと漢字'],
    ['ko', '조선족']
  ])
})

test("a run in the book's own script is not tagged (a Greek book), nor a passage whose language the source gives", () => {
  expect(spans(toXhtml(md('---\ntitle: T\nlang: el\n---\n\nΗ λέξη ἄνθρωπος.')).xhtml)).toEqual([])
  // The source's span (the parser's data.lang) is the only one: its Greek is not tagged again inside it.
  const {xhtml} = toXhtml(md('Raw <span lang="grc">λόγος καὶ</span> kept.'))
  expect(xhtml).toContain('<p>Raw <span lang="grc" xml:lang="grc">λόγος καὶ</span> kept.</p>')
  expect(spans(xhtml)).toEqual([['grc', 'λόγος καὶ']])
})

test('the script of a language: its script subtag first, then its primary language, else Latin', () => {
  expect([scriptOf('sr-Latn'), scriptOf('sr'), scriptOf('el'), scriptOf('fr'), scriptOf('zh-Hant-TW')]).toEqual(['Latn', 'Cyrl', 'Grek', 'Latn', 'Hani'])
})

test('the French lesson on non-Latin scripts: its Greek passages are tagged grc, the book passes EPUBCheck in the epubcheck test', {tags: ['corpus']}, () => {
  const {tree} = parse(readFileSync(shared('corpus/real/ph-fr-transcription-graphies-non-latines.md')), {format: 'markdown'})
  const xhtml = entry(renderEpub(tree, {modified: new Date('2026-12-01T00:00:00Z'), lang: 'fr'}).epub, 'OEBPS/content.xhtml')
  const found = spans(xhtml)
  expect(found.length).toBeGreaterThan(20)
  expect(new Set(found.map(([lang]) => lang))).toEqual(new Set(['grc'])) // its Greek is all Ancient Greek
  // no Greek letter is left untagged outside a span that names its language (single-letter symbols aside)
  const untagged = xhtml.replace(/<span lang="[^"]+"[^>]*>[^<]*<\/span>/g, '').match(/\p{Script=Greek}{2,}/gu) ?? []
  expect(untagged).toEqual([])
})
