import {describe, expect, it} from 'vitest'
import {parse} from '@octavo/parser'

describe('decoding the source', () => {
  it('reports invalid UTF-8 with its byte offset and line', () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0x63, 0xff, 0x64])
    const {diagnostics} = parse(bytes)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]?.message).toBe('invalid UTF-8 at byte offset 4: is the file in another encoding (Windows-1252, Latin-1)? Save it as UTF-8')
    expect(diagnostics[0]?.position?.start).toEqual({line: 2, column: 3, offset: 4})
  })
  it('reports a NUL byte as a binary file', () => {
    const {diagnostics} = parse(new TextEncoder().encode('abc\n\0def'))
    expect(diagnostics[0]?.severity).toBe('error')
    expect(diagnostics[0]?.position?.start.line).toBe(2)
  })
  it('reports an empty file', () => {
    expect(parse('  \n\n').diagnostics[0]?.message).toBe('the input is empty')
  })
  it('drops a BOM', () => {
    const {tree} = parse(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]), {format: 'markdown'})
    expect(tree.children[0]).toMatchObject({type: 'paragraph', children: [{type: 'text', value: 'hi'}]})
  })
  it('reads UTF-16 with a byte order mark, little- and big-endian, as the same text', () => {
    const text = 'Caf\u00e9 \u201cquoted\u201d.[^1]\n\n[^1]: A note \u{1F4D6}.\n'
    const le = new Uint8Array(2 + text.length * 2)
    const be = new Uint8Array(2 + text.length * 2)
    le.set([0xff, 0xfe])
    be.set([0xfe, 0xff])
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i)
      le.set([unit & 0xff, unit >> 8], 2 + i * 2)
      be.set([unit >> 8, unit & 0xff], 2 + i * 2)
    }
    const expected = parse(text, {format: 'markdown'}).tree
    for (const bytes of [le, be]) {
      const {tree, diagnostics} = parse(bytes, {format: 'markdown'})
      expect(tree).toEqual(expected)
      expect(diagnostics).toEqual([{severity: 'info', message: expect.stringMatching(/^read as UTF-16(LE|BE) \(byte order mark\)/), source: 'parser:decode'}])
    }
  })
  it('reports UTF-16 cut short (an odd number of bytes)', () => {
    const {diagnostics} = parse(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62]))
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({severity: 'error', message: expect.stringContaining('invalid UTF-16LE')})
  })
})
