import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkStyle, readBibliography, STYLE_PROBLEMS, type StyleProblem} from '../src/index.js'

const ours = readFileSync(new URL('../styles/chicago-notes-bibliography.csl', import.meta.url), 'utf8')

describe('checkStyle: what is not a CSL style, each problem with its example', () => {
  it.each(Object.entries(STYLE_PROBLEMS) as Array<[StyleProblem, (typeof STYLE_PROBLEMS)[StyleProblem]]>)('%s', (_, {message, example}) => {
    const [problem, ...more] = checkStyle(example)
    expect(more).toEqual([])
    expect(problem?.message).toBe(message)
    expect(problem?.severity).toBe('error')
  })

  it('our own style passes', () => {
    expect(checkStyle(ours)).toEqual([])
  })

  it('a problem is placed where it is seen: the DOCTYPE on line 2, text on line 1', () => {
    expect(checkStyle(STYLE_PROBLEMS.doctype.example.replace('<!DOCTYPE', '\n<!DOCTYPE'))[0]?.position?.start.line).toBe(2)
    expect(checkStyle('\n\n  root:x:0:0')[0]?.position?.start).toEqual({line: 3, column: 3, offset: 4})
  })

  it('an undefined entity is malformed (saxes expands only the five of XML)', () => {
    expect(checkStyle('<style xmlns="http://purl.org/net/xbiblio/csl">&secret;</style>')[0]?.message).toBe(STYLE_PROBLEMS.malformed.message)
  })

  it('no message quotes the file', () => {
    for (const text of ['SECRET_TOKEN=abc', '<SECRET_TOKEN/>', '<style xmlns="x">SECRET_TOKEN</style>', '<style xmlns="http://purl.org/net/xbiblio/csl"><SECRET_TOKEN></style>']) {
      const [problem] = checkStyle(text)
      expect(problem, text).toBeDefined()
      expect(problem!.message).not.toContain('SECRET')
    }
  })
})

describe('readBibliography: CSL-JSON syntax errors are placed, never quoted', () => {
  it.each([
    ['not JSON at all', 'root:x:0:0:root', {line: 1, column: 1}, 'invalid JSON: invalid symbol'],
    ['a missing comma on line 3', '[\n  {"id": "a", "type": "book"}\n  {"id": "b"}\n]', {line: 3, column: 3}, 'invalid JSON: comma expected'],
    ['an empty file', '', {line: 1, column: 1}, 'invalid JSON: value expected']
  ])('%s', (_, text, at, message) => {
    const {items, diagnostics} = readBibliography(text, 'csl-json')
    expect(items).toEqual([])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({severity: 'error', message, position: {start: at}})
    expect(diagnostics[0]!.message).not.toContain('root')
  })

  it('well-formed CSL-JSON is read', () => {
    expect(readBibliography('[{"id": "a", "type": "book", "title": "T"}]', 'csl-json').items.map((i) => i.id)).toEqual(['a'])
  })
})
