import {describe, expect, it} from 'vitest'
import {parse} from '@octavo/parser'

describe('decoding the source', () => {
  it('reports invalid UTF-8 with its byte offset and line', () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0x63, 0xff, 0x64])
    const {diagnostics} = parse(bytes)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]?.message).toBe('invalid UTF-8 at byte offset 4')
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
})
