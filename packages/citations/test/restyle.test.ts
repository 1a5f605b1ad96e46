import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import fc from 'fast-check'
import {toString} from 'mdast-util-to-string'
import {describe, expect, test} from 'vitest'
import type {Diagnostic} from '@octavo/parser'
import {restyleForms, restyleNotes, type RestyleNoteInput} from '../src/index.js'
import {gold} from './gold-data.js'

const style = readFileSync(new URL('../styles/chicago-notes-bibliography.csl', import.meta.url), 'utf8')

const text = (n: {children: Parameters<typeof toString>[0][]}): string => n.children.map((c) => toString(c)).join('')

describe('restyleNotes on the gold notes', () => {
  const cmos17 = restyleNotes(gold.notes, gold.items, {style, edition: 'cmos17'})
  const cmos18 = restyleNotes(gold.notes, gold.items, {style, edition: 'cmos18'})
  const byNote = (list: typeof cmos17, n: number): string => text(list.find((r) => r.note === n) ?? {children: []})

  for (const [edition, list] of [
    ['cmos17', cmos17],
    ['cmos18', cmos18]
  ] as const) {
    test(`${edition}: pinned output (test/fixtures/bib-koreans/restyled-${edition}.txt; UPDATE=1 rewrites)`, () => {
      const actual = list.map((r) => `${r.note}${r.restyled ? '' : ' (kept)'} ${text(r)}`).join('\n') + '\n'
      const file = new URL(`./fixtures/bib-koreans/restyled-${edition}.txt`, import.meta.url)
      if (process.env['UPDATE'] === '1') writeFileSync(file, actual)
      expect(existsSync(file)).toBe(true)
      expect(actual).toBe(readFileSync(file, 'utf8'))
    })
  }

  test('first mention full, later short', () => {
    expect(byNote(cmos17, 5)).toBe(
      'Chae-Jin Lee, China’s Korean Minority: The Politics of Ethnic Education (Boulder: Westview Press, 1986), 15–16; Shaoquan Yang, ZhongChao guanxi shi lunwenji [Collected Papers on the History of Sino-North Korean Relations] (Beijing: Shijie Zhishi Chubanshe, 1988), 305; Sun, Zhongguo Chaoxianzu yiminshi, 61–75, 106–37.'
    )
    expect(byNote(cmos17, 9)).toBe('Lee, China’s Korean Minority, 15–17.')
    // locator ranges in the Chicago abbreviated form, like page ranges
    expect(byNote(cmos17, 11)).toContain('(Beijing: Zhonghua Shuju, 1996), 254–56, 277.')
  })

  test('CMOS 17 uses Ibid. after a single-source note; CMOS 18 the short form', () => {
    expect(byNote(cmos17, 8)).toBe('Ibid., 72–76; Lee, China’s Korean Minority, 19–27.')
    expect(byNote(cmos18, 8)).toBe('Jones, Manchuria since 1931, 72–76; Lee, China’s Korean Minority, 19–27.')
    expect(cmos18.flatMap((r) => r.forms)).not.toContain('ibid')
  })

  test('never Ibid. after a note citing several sources (note 9 follows note 8, which cites two)', () => {
    expect(cmos17.find((r) => r.note === 9)?.forms).toEqual(['short'])
  })

  test('a signal word after "; " is lower-cased (note 48: Also see → also see)', () => {
    expect(byNote(cmos17, 48)).toContain('; also see Balázs Szalontai, Kim Il Sung in the Khrushchev Era')
    expect(byNote(cmos17, 48)).toContain('; quoted in Balázs Szalontai')
  })

  test('prefixes are kept; titles are emphasis', () => {
    const note16 = cmos17.find((r) => r.note === 16)
    expect(text(note16 ?? {children: []}).startsWith('See Sun, Zhongguo Chaoxianzu yiminshi, 688–90')).toBe(true)
    expect(note16?.children).toContainEqual({type: 'emphasis', children: [{type: 'text', value: 'Zhongguo Chaoxianzu yiminshi'}]})
  })

  test('commentary notes keep their text but count as mentions; a lost note stays empty', () => {
    const note1 = cmos17.find((r) => r.note === 1)
    expect(note1?.restyled).toBe(false)
    expect(text(note1 ?? {children: []})).toBe(gold.notes[0]?.text)
    expect(note1?.forms).toEqual(['full', 'full'])
    expect(cmos17.find((r) => r.note === 30)).toEqual({note: 30, children: [], forms: [], restyled: false})
  })

  test('short form of a volume of a multivolume book: volume:page', () => {
    const cite = (ref: string, locator: string | null): RestyleNoteInput['citations'][number] => ({ref, locator, label: 'page', prefix: null})
    const notes: RestyleNoteInput[] = [
      {note: 1, text: '', commentary: false, citations: [cite('zhou-enlai-wengao2008', '345')]},
      {note: 2, text: '', commentary: false, citations: [cite('lee1986', '5')]},
      {note: 3, text: '', commentary: false, citations: [cite('zhou-enlai-wengao2008', '381')]}
    ]
    const out = restyleNotes(notes, gold.items, {style, edition: 'cmos17'})
    expect(text(out[2] ?? {children: []})).toBe('Zhonggongzhongyang wenxian yanjiushi and Zhongyang dang’anguan, Jianguo yilai Zhou Enlai wengao, 3:381.')
  })

  test('a citation of an unknown item: warning, text kept', () => {
    const diagnostics: Diagnostic[] = []
    const notes: RestyleNoteInput[] = [{note: 1, text: 'Nobody, Nothing.', commentary: false, citations: [{ref: 'nope', locator: null, label: 'page', prefix: null}]}]
    const [out] = restyleNotes(notes, gold.items, {style, edition: 'cmos17', diagnostics})
    expect(out?.restyled).toBe(false)
    expect(diagnostics).toMatchObject([{severity: 'warning', source: 'citations:restyle'}])
  })
})

describe('restyleForms (property)', () => {
  const refs = ['a', 'b', 'c', 'd']
  const notes = fc.array(fc.array(fc.record({ref: fc.constantFrom(...refs), locator: fc.option(fc.constantFrom('1', '2-3'), {nil: null})}), {maxLength: 3}), {maxLength: 12}).map((list) =>
    list.map((citations, i): RestyleNoteInput => ({
      note: i + 1,
      text: 'x',
      commentary: false,
      citations: citations.map((c) => ({...c, label: 'page', prefix: null}))
    }))
  )

  test('full exactly at first mentions; ibid only after a single-source note of the same work; none in CMOS 18', () => {
    fc.assert(
      fc.property(notes, (list) => {
        const f17 = restyleForms(list, 'cmos17')
        const f18 = restyleForms(list, 'cmos18')
        const seen = new Set<string>()
        list.forEach((note, i) => {
          note.citations.forEach((c, j) => {
            const first = !seen.has(c.ref)
            seen.add(c.ref)
            expect(f17[i]?.[j] === 'full').toBe(first)
            expect(f18[i]?.[j]).toBe(first ? 'full' : 'short')
            if (f17[i]?.[j] === 'ibid') {
              const previous = list[i - 1]
              expect(j).toBe(0)
              expect(previous?.citations.map((p) => p.ref)).toEqual([c.ref])
            }
          })
        })
      }),
      {numRuns: 200}
    )
  })
})
