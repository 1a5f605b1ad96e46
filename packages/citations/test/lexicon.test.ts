import {describe, expect, test} from 'vitest'
import {
  closingAt,
  closingMarks,
  CONTAINER_JOINS,
  containerJoins,
  EDITIONS,
  KEPT_PERIODS,
  keptPeriods,
  QUOTATION_MARKS,
  quotationClass,
  ROLE_MARKS,
  SEASONS,
  roleMarks,
  roleMarksWritten,
  VERSIONS
} from '../src/lib/lexicon.js'
import {quotedTitleAfter} from '../src/lib/next-work.js'
import {quotedWhole} from '../src/lib/segment.js'
import {cleanValue, FIELD_RULES, readCitation, TYPE_RULES, type ItemFields} from '../src/lib/read-citation.js'
import {readNameList} from '../src/lib/names.js'

describe('ROLE_MARKS: editor and translator marks after the names, by language', () => {
  test.each(ROLE_MARKS)('$lang $role: $example', ({lang, example, role, marks, phrases}) => {
    // The example ends with one of the row's marks, as the readers' patterns built from it see it.
    const own = new RegExp(`\\((?:${[...marks.map((m) => `${m}\\.`), ...phrases].join('|')})\\)$`, 'u')
    expect(example).toMatch(own)
    expect(example).toMatch(new RegExp(`\\((?:${roleMarks([role], '\\.', true)})\\)$`, 'u'))
    // names.ts reads the same role from it, its NAME_ROLES taking the row's marks as written (`roleMarksWritten`).
    expect(readNameList(example).role).toBe(role)
    expect(roleMarksWritten(lang, role)).toContain(/\(([^()]+)\)$/u.exec(example)![1])
  })

  test('roleMarks: abbreviations with or without their period, phrases only when asked, one role or both', () => {
    const editorBare = new RegExp(`^(?:${roleMarks(['editor'], '', false)})$`, 'u')
    expect(['ed', 'eds', 'Hrsg', 'Hg', 'dir', 'éd', 'éds', 'coord'].filter((w) => editorBare.test(w))).toHaveLength(8)
    expect(editorBare.test('a cura di')).toBe(false)
    expect(editorBare.test('trans')).toBe(false)
    expect(editorBare.test('ed.')).toBe(false)
    const both = new RegExp(`^(?:${roleMarks(['editor', 'translator'], '\\.', true)})$`, 'u')
    expect(['ed.', 'Hrsg.', 'trans.', 'übers.', 'a cura di'].every((w) => both.test(w))).toBe(true)
    expect(both.test('ed')).toBe(false)
  })
})

describe('EDITIONS: an edition written after its number, by language', () => {
  const rule = (name: string) => FIELD_RULES.find((r) => r.name === name)!
  const read = (name: string, item: ItemFields): ItemFields => {
    rule(name).apply(item, '')
    return item
  }

  test.each(EDITIONS)('$lang: $example', ({example}) => {
    const number = /^\d+/u.exec(example)![0]
    // After a title, it is the edition, read as its number …
    expect(read('an edition after the title or container is the edition', {type: 'book', title: `Histoire de Paris, ${example}`})).toEqual({type: 'book', title: 'Histoire de Paris', edition: number})
    // … and an edition span is its number.
    expect(read('an edition is its number', {type: 'book', edition: example})).toEqual({type: 'book', edition: number})
  })

  test('a number with no edition word after a title stays; an edition not numbered stays as written', () => {
    expect(read('an edition after the title or container is the edition', {type: 'book', title: 'Histoire de Paris, 2'})).toEqual({type: 'book', title: 'Histoire de Paris, 2'})
    expect(read('an edition is its number', {type: 'book', edition: 'rev. ed.'})).toEqual({type: 'book', edition: 'rev. ed.'})
    expect(read('an edition is its number', {type: 'book', edition: '4a'})).toEqual({type: 'book', edition: '4'})
  })
})

describe("VERSIONS: the word that says a program's version, by language", () => {
  const rule = FIELD_RULES.find((r) => r.name === 'a version is no part of the title')!
  const read = (item: ItemFields): ItemFields => {
    rule.apply(item, '')
    return item
  }
  const software = TYPE_RULES.find((r) => r.type === 'software')!

  test.each(VERSIONS)('$lang: $example', ({example, words}) => {
    const number = /\d.*$/u.exec(example)![0]
    expect(example.startsWith(words[0]!)).toBe(true)
    // Read into a short title, it is the version; written before what the program is, too.
    expect(read({type: 'book', title: `vecindario, ${example}`})).toEqual({type: 'book', title: 'vecindario', version: number})
    expect(read({type: 'book', edition: `${example}, biblioteca de Python`})).toEqual({type: 'book', version: number, genre: 'biblioteca de Python'})
    // Capitalised as German writes it.
    expect(read({type: 'book', title: `Stata, ${example[0]!.toUpperCase()}${example.slice(1)}`}).version).toBe(number)
    // With a publisher and no container, the item is software.
    expect(software.test({type: 'book', title: 'R', publisher: 'R Foundation'}, `R, ${example} (Vienna: R Foundation, 2023)`)).toBe(true)
  })

  test('the words of a link say no program, and a blog’s post is none', () => {
    const page = {type: 'webpage', title: 'ediarum', publisher: 'BBAW', URL: 'http://www.bbaw.de/telota/software/ediarum'}
    expect(software.test(page, 'ediarum, BBAW, URL: http://www.bbaw.de/telota/software/ediarum')).toBe(false)
    expect(software.test({...page, URL: 'https://example.org/ediarum'}, 'ediarum software, BBAW, https://example.org/ediarum')).toBe(true)
    const post = {type: 'webpage', title: 'A standard format for CITATION files', publisher: 'SSI', URL: 'https://www.software.ac.uk/blog/2017-12-12-citation-files'}
    expect(software.test(post, 'A standard format for CITATION files, version 1, SSI, https://www.software.ac.uk/blog/2017-12-12-citation-files')).toBe(false)
  })

  test('the abbreviation says a version only before a dotted number', () => {
    for (const abbreviation of VERSIONS.flatMap((v) => v.abbreviations)) {
      expect(read({type: 'book', title: `Stata ${abbreviation}. 14.2`})).toEqual({type: 'book', title: 'Stata', version: '14.2'})
      expect(read({type: 'book', title: `Stata ${abbreviation}1.2.3`})).toEqual({type: 'book', title: 'Stata', version: '1.2.3'})
      expect(read({type: 'book', title: `Carmina, ${abbreviation}. 12`})).toEqual({type: 'book', title: `Carmina, ${abbreviation}. 12`})
    }
  })
})

describe('CONTAINER_JOINS: the word that joins a contribution to the work it is in, by language', () => {
  const introduced = FIELD_RULES.find((r) => r.name === 'an archive or container is named, not introduced')!
  const chapter = TYPE_RULES.find((r) => r.type === 'chapter' && r.example.includes(', in Zhonggong'))!

  test.each(CONTAINER_JOINS)('$lang: $example', ({example, words}) => {
    const [word] = words
    const container = example.slice(example.indexOf(` ${word!} `) + word!.length + 2)
    // The readers' pattern takes it as written, and capitalised when asked.
    expect(example).toMatch(new RegExp(`\\s(?:${containerJoins(false)})\\s`, 'u'))
    expect(new RegExp(`^(?:${containerJoins(true)})$`, 'u').test(word![0]!.toUpperCase() + word!.slice(1))).toBe(true)
    // A container read with it loses it …
    const item: ItemFields = {type: 'book', 'container-title': `${word!} ${container}`}
    introduced.apply(item, example)
    expect(item['container-title']).toBe(container)
    // … and, but for German `im` (written before journals too), it makes the work a chapter of its book.
    expect(chapter.test({type: 'book', title: 'x', 'container-title': container}, example)).toBe(word !== 'im')
  })

  test('containerJoins: lower case unless capitalised, without the words excepted', () => {
    expect(new RegExp(`^(?:${containerJoins(false)})$`, 'u').test('In')).toBe(false)
    expect(new RegExp(`^(?:${containerJoins(true, ['im'])})$`, 'u').test('Im')).toBe(false)
  })
})

describe('KEPT_PERIODS: abbreviations that keep their period, by kind', () => {
  test.each(KEPT_PERIODS)('$kind: $example', ({kind, example, words}) => {
    // The example ends with one of the row's words and its period, as the readers' patterns see it.
    expect(example).toMatch(new RegExp(`(?:^|[\\s.(])(?:${keptPeriods([kind])})\\.$`, 'u'))
    expect(words.some((w) => example.endsWith(`${w}.`))).toBe(true)
    // A field's value keeps it, but for the kinds only a citation's end keeps (`n.d.`, `12 ff.`: the value is the date's or the page's).
    const value = ['no date', 'following pages'].includes(kind) ? example : cleanValue(example)
    expect(value).toBe(example)
  })

  test('a word not listed loses its period in a value; a listed one keeps it', () => {
    expect(cleanValue('Ledger Towns.')).toBe('Ledger Towns')
    expect(cleanValue('Macmillan & Co.')).toBe('Macmillan & Co.')
    expect(new RegExp(`^(?:${keptPeriods(['company'])})$`, 'u').test('co')).toBe(false)
  })
})

describe('SEASONS: one list for the date reader and the fields', () => {
  test.each([...SEASONS.keys()])('%s, read as a publisher, is no publisher', (season) => {
    const item: ItemFields = {type: 'article-journal', publisher: season[0]!.toUpperCase() + season.slice(1)}
    FIELD_RULES.find((r) => r.name === 'a season is no publisher')!.apply(item, '')
    expect(item).toEqual({type: 'article-journal'})
  })
})

describe('QUOTATION_MARKS: each opening mark with the marks that close it, by language', () => {
  const inner = (example: string) => example.slice(1, -1).replace(/,$/u, '').trim()

  test.each(QUOTATION_MARKS)('$lang: $example', ({example, open, close, apostrophe}) => {
    expect(example[0]).toBe(open)
    expect(closingMarks(open)).toBe(close)
    for (const mark of close) {
      const quoted = `${open}${inner(example)}${mark}`
      // Where it closes (next-work.ts: a quoted title after a citation the model ended at its opening mark, not at an apostrophe) …
      expect(closingAt(`${quoted}, p. 4`, open, 1)).toBe(quoted.length - 1)
      const note = `Ana García, ${quoted}; Rossi, cit.`
      const author = {field: 'author' as const, start: 0, end: 10, text: 'Ana García'}
      const [read] = quotedTitleAfter(note, [{start: 0, end: 13, first: 0, last: 0, confidence: 0.9, fields: [author]}])
      expect(read!.fields.map((f) => f.text)).toEqual(apostrophe ? ['Ana García'] : ['Ana García', inner(example)])
      // … a span quoted whole (segment.ts) …
      expect(quotedWhole(quoted)).toBe(true)
      // … a value without its marks (read-citation.ts), and without the opening mark alone unless it is also an apostrophe.
      expect(cleanValue(quoted)).toBe(inner(example))
      expect(cleanValue(`${open}${inner(example)}`)).toBe(apostrophe ? `${open}${inner(example)}` : inner(example))
      // The character classes hold the marks.
      expect(open).toMatch(new RegExp(`^${quotationClass('open')}$`, 'u'))
      expect(mark).toMatch(new RegExp(`^${quotationClass('close')}$`, 'u'))
    }
    expect(quotedWhole(example)).toBe(true)
  })

  test('a title run past its closing mark ends at the usual one only (read-citation.ts)', () => {
    // The model's title span starts after the opening mark.
    const title = (text: string) => readCitation(text, {start: 0, end: text.length, fields: [{field: 'title', start: 1, end: text.length, text: text.slice(1)}], confidence: 1}).item
    expect(title('„Die Stadt“ (Entwurf)')).toMatchObject({title: 'Die Stadt', genre: 'Entwurf'})
    // `”` closes `„` too, but here a quotation inside the title.
    expect(title('„Magic Microfinance” – bald auch eine Erfolgsgeschichte für Afrika?').title).toBe('Magic Microfinance” – bald auch eine Erfolgsgeschichte für Afrika?')
  })

  test('a mark that opens no quotation: no closing marks, no quotation read', () => {
    expect(closingMarks('(')).toBeUndefined()
    expect(closingAt('(Paris, 1990)', '(', 1)).toBe(-1)
    expect(quotedWhole('(Die Stadt)')).toBe(false)
    expect(quotedWhole('»Die Stadt«')).toBe(true) // German books quote the other way round
    expect(cleanValue("'s-Hertogenbosch")).toBe("'s-Hertogenbosch")
  })
})
