/**
 * LIMITS.blocks: an article of more blocks than the limit is refused before it is parsed
 * (markdown-blocks.ts counts them from the lines); within it, nothing changes.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {LIMITS} from '../src/lib/limits.js'
import {blockPastLimit} from '../src/lib/markdown-blocks.js'

const limit = LIMITS.blocks.value
const front = '---\ntitle: T\nlang: en\n---\n\n'

describe('blocks counted from the lines', () => {
  it('the block past the limit is found at its line, whatever starts it', () => {
    for (const block of ['# H', '- item', '1. item', '[^n]: note', 'a paragraph']) {
      const text = front + `${block}\n\n`.repeat(limit + 1)
      expect(blockPastLimit(text), block).toBe(front.length + limit * (block.length + 2))
      expect(blockPastLimit(front + `${block}\n\n`.repeat(limit)), block).toBeUndefined()
    }
  })

  it('headings, list items, note definitions and `|` table rows count without a blank line between them; paragraph lines do not', () => {
    for (const block of ['## H', '* item', '10) item', '[^note-1]: note', '| a | b |']) expect(blockPastLimit(`${block}\n`.repeat(limit + 1)), block).toBe(limit * (block.length + 1))
    expect(blockPastLimit('a line of a paragraph\n'.repeat(4 * limit))).toBeUndefined()
    expect(blockPastLimit('> a quotation line\n'.repeat(4 * limit))).toBeUndefined()
  })

  it('lines of fenced or indented code and of the front matter start no block', () => {
    const lines = 'x\n\n'.repeat(2 * limit)
    expect(blockPastLimit('```js\n' + lines + '```\n')).toBeUndefined()
    expect(blockPastLimit('~~~~\n' + lines + '~~~\n```\n' + lines)).toBeUndefined()
    expect(blockPastLimit('    code\n\n'.repeat(2 * limit))).toBeUndefined()
    expect(blockPastLimit(`---\n${'key: value\n\n'.repeat(2 * limit)}---\n\nText.\n`)).toBeUndefined()
    // After the closing fence, blocks count again.
    expect(blockPastLimit('```\n' + lines + '```\n\n' + lines)).toBeDefined()
  })
})

describe('an article past the limit', () => {
  it('is one error at the line of the first block past it, and an empty tree (nothing parsed)', () => {
    const text = front + Array.from({length: 4 * limit}, (_, i) => `x[^${i}]\n\n[^${i}]: note ${i}\n\n`).join('')
    const {tree, diagnostics} = parse(text, {format: 'markdown'})
    expect(tree.children).toEqual([])
    expect(diagnostics).toHaveLength(1)
    const [error] = diagnostics
    expect(error).toMatchObject({severity: 'error', source: 'parser:limits', position: {start: {line: 6 + 2 * limit, column: 1}}})
    expect(error!.message).toMatch(/^more than 25,000 blocks .*not read.*octavo reader/)
    expect(error!.message).not.toMatch(/\n/)
  })

  it('a plain-text article is refused the same way, at the line and column of the first block past it', () => {
    const {tree, diagnostics} = parse('a\n\n'.repeat(limit + 5), {format: 'text'})
    expect(tree.children).toEqual([])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({severity: 'error', source: 'parser:limits', position: {start: {line: 2 * limit + 1, column: 1}}})
    // Within the limit it is read as before.
    expect(parse('A title\n\nOne paragraph.\n', {format: 'text'}).diagnostics.filter((d) => d.source === 'parser:limits')).toEqual([])
  })

  it('at the limit, the article is read as before', {tags: ['slow'], timeout: 120_000}, () => {
    const text = front + Array.from({length: limit}, (_, i) => `# H${i}\n\n`).join('')
    const {tree, diagnostics} = parse(text, {format: 'markdown'})
    expect(diagnostics).toEqual([])
    expect(tree.children).toHaveLength(limit)
  })
})
