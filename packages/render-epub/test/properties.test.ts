import {describe, expect, test} from 'vitest'
import fc from 'fast-check'
import {fromHtml} from 'hast-util-from-html'
import type {Element} from 'hast'
import {renderEpub, toXhtml} from '../src/index.js'
import {all, entry, md, text, unzipText} from './helpers.js'
import {anyText, arbitraryTree} from './trees.js'

// eslint-disable-next-line no-control-regex -- the characters XML forbids
const invalidXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** What a reader sees of a text: XML-forbidden characters removed, line ends normalized (as any XML parser does). */
const strip = (value: string): string => value.replace(new RegExp(invalidXml.source, 'g'), '').replace(/\r\n?/g, '\n')

/** What XML needs of every document: no forbidden character, `&` only as a reference, no `]]>`. */
function assertXmlSafe(document: string): void {
  expect(document).not.toMatch(invalidXml)
  // No `<` inside an attribute value (XML forbids it; HTML serializers allow it).
  for (const [, value] of document.matchAll(/="([^"]*)"/g)) expect(value).not.toContain('<')
  // `]]>` is allowed in attribute values, not in character data.
  expect(document.replace(/="[^"]*"/g, '=""')).not.toContain(']]>')
  expect(document.replace(/&#x[0-9A-F]+;/gi, '')).not.toContain('&')
}

describe('properties', {tags: ['slow']}, () => {
  test('any text (controls, lone surrogates, markup characters) is escaped or removed, never lost otherwise', () => {
    fc.assert(
      fc.property(anyText, anyText, (title, body) => {
        const {xhtml} = toXhtml({type: 'root', data: {meta: {title}}, children: [{type: 'paragraph', children: [{type: 'text', value: body}]}]})
        assertXmlSafe(xhtml)
        const html = fromHtml(xhtml)
        const h1 = all(html, (e) => e.tagName === 'h1')[0] as Element
        const cleanTitle = strip(title).replace(/\s+/g, ' ').trim()
        expect(text(h1)).toBe(cleanTitle === '' ? 'Untitled' : cleanTitle)
        const paragraphs = all(html, (e) => e.tagName === 'p')
        // White space around line ends is Markdown's to trim (mdast-util-to-hast does): compared collapsed.
        const collapse = (value: string): string => value.replace(/\s+/g, ' ').trim()
        expect(collapse(paragraphs.map(text).join(''))).toBe(collapse(strip(body)))
      }),
      {numRuns: 150}
    )
  })

  test('every reference has its note, every id is unique, back-links return to each reference', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 1, max: 5}), {minLength: 1, maxLength: 15}), fc.constantFrom('footnotes' as const, 'endnotes' as const), (refs, notes) => {
        const source = refs.map((n) => `Text[^n${n}].`).join(' ') + '\n\n' + [1, 2, 3, 4, 5].map((n) => `[^n${n}]: Note ${n}.`).join('\n\n') + '\n'
        const {xhtml} = toXhtml(md(source), {notes})
        const html = fromHtml(xhtml)
        const ids = all(html, (e) => typeof e.properties['id'] === 'string').map((e) => String(e.properties['id']))
        expect(new Set(ids).size).toBe(ids.length)
        const noterefs = all(html, (e) => e.properties['epub:type'] === 'noteref')
        expect(noterefs).toHaveLength(refs.length)
        const idSet = new Set(ids)
        for (const a of noterefs) expect(idSet.has(String(a.properties['href']).slice(1))).toBe(true)
        const backlinks = all(html, (e) => e.properties['role'] === 'doc-backlink').map((a) => String(a.properties['href']).slice(1))
        expect(backlinks.sort()).toEqual(noterefs.map((a) => String(a.properties['id'])).sort())
        // Notes are numbered in order of first reference.
        const firsts = [...new Set(refs)]
        expect(noterefs.map((a) => text(a))).toEqual(refs.map((n) => String(firsts.indexOf(n) + 1)))
      }),
      {numRuns: 60}
    )
  })

  test('random trees: every document is XML-safe and two builds are identical', () => {
    const modified = new Date('2026-11-28T00:00:00Z')
    fc.assert(
      fc.property(arbitraryTree, (tree) => {
        const a = renderEpub(tree, {modified})
        const b = renderEpub(structuredClone(tree), {modified})
        expect(Buffer.from(a.epub).equals(Buffer.from(b.epub))).toBe(true)
        for (const [name, content] of unzipText(a.epub)) if (!name.endsWith('.css')) assertXmlSafe(content)
        expect(entry(a.epub, 'mimetype')).toBe('application/epub+zip')
      }),
      {numRuns: 40}
    )
  })
})

describe('malformed trees', {tags: ['slow']}, () => {
  const types = [
    'abstract',
    'titleNote',
    'sectionBreak',
    'citation',
    'bibliography',
    'bibliographyEntry',
    'article',
    'footnoteReference',
    'footnoteDefinition',
    'heading',
    'paragraph',
    'text',
    'link',
    'image',
    'table',
    'list',
    'code',
    'html',
    'mystery'
  ]
  const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string({maxLength: 5}), fc.constant([]), fc.constant({}))
  const node = fc.letrec((tie) => ({
    node: fc.record(
      {
        type: fc.constantFrom(...types),
        identifier: junk,
        label: junk,
        value: junk,
        items: fc.oneof(junk, fc.constant([{key: 'k'}])),
        depth: junk,
        url: junk,
        title: junk,
        id: junk,
        data: fc.oneof(fc.constant(undefined), fc.record({number: junk, missing: fc.boolean(), noteNumber: junk, restyled: fc.oneof(junk, fc.array(tie('node'), {maxLength: 2}))})),
        children: fc.oneof(fc.constant(undefined), fc.array(tie('node'), {maxLength: 3}))
      },
      {requiredKeys: ['type']}
    )
  }))

  test('never throw: problems are diagnostics, the EPUB is still written', () => {
    fc.assert(
      fc.property(fc.array(node.node, {maxLength: 6}), junk, (children, title) => {
        const tree = {type: 'root', data: {meta: {title}}, children} as unknown as Parameters<typeof renderEpub>[0]
        const result = renderEpub(tree, {modified: new Date('2026-11-28T00:00:00Z')})
        expect(result.epub.byteLength).toBeGreaterThan(0)
        for (const [name, content] of unzipText(result.epub)) if (!name.endsWith('.css')) assertXmlSafe(content)
      }),
      {numRuns: 150}
    )
  })
})
