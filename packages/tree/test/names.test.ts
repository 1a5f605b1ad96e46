import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {EAST_ASIAN_FAMILY_NAMES, NAME_CASES, fold, parseName} from '@octavo/tree'

describe('parseName: one rule for a name as written', () => {
  test.each(NAME_CASES.map((c) => [c.name, c] as const))('%s', (_name, {text, parsed}) => {
    expect(parseName(text)).toEqual(parsed)
  })

  test('fold: lower case without accents, the one used to look words up (names, months, the notes model’s lexicon)', () => {
    expect(fold('Lü')).toBe('lu')
    expect(fold('Août')).toBe('aout')
    expect(fold('SMITH.')).toBe('smith.')
    expect(EAST_ASIAN_FAMILY_NAMES.has(fold('Lü'))).toBe(true)
  })

  test('whitespace is collapsed', () => {
    expect(parseName('  Sun \n Chunri ')).toEqual({family: 'Sun', given: 'Chunri'})
  })

  // The real article (../shared/corpus/koreans-1950-1962.txt): its metadata names its authors
  // as CSL objects (Shen, Xia); written as people write them, they read back as the same persons.
  test('the real article’s authors, and the Chinese and Korean names its notes cite, in either order: one person each', () => {
    const meta = readFileSync(new URL('../../../../shared/corpus/koreans-1950-1962.meta.yaml', import.meta.url), 'utf8')
    const authors = [...meta.matchAll(/- family: (\S+)\n\s+given: (\S+)/g)].map((m) => ({family: m[1]!, given: m[2]!}))
    expect(authors).toHaveLength(2)
    for (const author of authors) expect(parseName(`${author.family} ${author.given}`)).toEqual(author)
    const text = readFileSync(new URL('../../../../shared/corpus/koreans-1950-1962.txt', import.meta.url), 'utf8')
    const people: Array<[string, {family: string; given: string}]> = [
      ['Sun Chunri', {family: 'Sun', given: 'Chunri'}],
      ['Shen Zhihua', {family: 'Shen', given: 'Zhihua'}],
      ['Zhihua Shen', {family: 'Shen', given: 'Zhihua'}],
      ['Yafeng Xia', {family: 'Xia', given: 'Yafeng'}],
      ['Shen Yingshu', {family: 'Shen', given: 'Yingshu'}],
      ['Che Zhejiu', {family: 'Che', given: 'Zhejiu'}],
      ['Kim Il Sung', {family: 'Kim', given: 'Il Sung'}]
    ]
    for (const [written, person] of people) {
      expect(text).toContain(written)
      expect(parseName(written), written).toEqual(person)
    }
  })
})
