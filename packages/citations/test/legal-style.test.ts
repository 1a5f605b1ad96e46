/**
 * How our style prints German legal sources as legal.ts reads them (acts,
 * parliaments' printed papers, court decisions), and the US forms of CMOS 17
 * for acts and bills from a bibliography file: the first note, a later
 * (short) note and the bibliography entry, in the article's language.
 */
import {readFileSync} from 'node:fs'
import {toString} from 'mdast-util-to-string'
import {describe, expect, test} from 'vitest'
import type {CslItem} from '@octavo/parser'
import {formatBibliography, prepareForStyle, restyleNotes, type RestyleNoteInput} from '../src/index.js'
import {LEGAL_PRINTING} from '../src/lib/legal-printing.js'

const style = readFileSync(new URL('../styles/chicago-notes-bibliography.csl', import.meta.url), 'utf8')

const ITEMS: Record<string, CslItem> = {
  act: {
    id: 'act',
    type: 'legislation',
    title: 'Gesetz über die Preisbindung für Bücher',
    'title-short': 'Buchpreisbindungsgesetz',
    'container-title': 'BGBl. I',
    page: '3448',
    issued: {'date-parts': [[2002, 9, 2]]}
  },
  directive: {
    id: 'directive',
    type: 'legislation',
    title: 'Richtlinie 2001/29/EG des Europäischen Parlaments und des Rates zur Harmonisierung bestimmter Aspekte des Urheberrechts',
    'container-title': 'ABl. EG',
    volume: 'L 167',
    number: '2001/29/EG',
    page: '10',
    issued: {'date-parts': [[2001, 5, 22]]}
  },
  stateAct: {id: 'stateAct', type: 'legislation', title: 'Bibliotheksgesetz des Landes Sachsen-Anhalt', 'container-title': 'GVBl.', page: '434', issued: {'date-parts': [[2010]]}},
  usAct: {
    id: 'usAct',
    type: 'legislation',
    title: 'Copyright Act of 1976',
    number: 'Pub. L. No. 94-553',
    'container-title': 'Stat.',
    volume: '90',
    page: '2541',
    issued: {'date-parts': [[1976, 10, 19]]}
  },
  bt: {id: 'bt', type: 'bill', genre: 'BT-Drs.', authority: 'BT', number: '18/12329'},
  lt: {id: 'lt', type: 'bill', genre: 'LT-Drs.', authority: 'Hamburg', number: '21/12361', issued: {'date-parts': [[2018, 3, 23]]}},
  usBill: {id: 'usBill', type: 'bill', title: 'Affordable Health Care for America Act', number: 'H.R. 3962', authority: '111th Cong.', issued: {'date-parts': [[2009, 11, 7]]}},
  decision: {
    id: 'decision',
    type: 'legal_case',
    authority: 'BGH',
    genre: 'Urt.',
    issued: {'date-parts': [[2010, 4, 29]]},
    number: 'I ZR 69/08',
    'container-title': 'GRUR',
    volume: '2010',
    page: '628',
    title: 'Vorschaubilder'
  },
  reported: {id: 'reported', type: 'legal_case', authority: 'BGH', 'container-title': 'GRUR', page: '633', issued: {'date-parts': [[2010]]}},
  usCase: {
    id: 'usCase',
    type: 'legal_case',
    title: 'Princeton University Press v. Michigan Document Services, Inc.',
    authority: '6th Cir.',
    volume: '99',
    'container-title': 'F.3d',
    page: '1381',
    issued: {'date-parts': [[1996]]}
  }
}

/**
 * Each: an item cited with the first pinpoint, then (after another work) twice
 * with the second, in the language given: the first note, the later (short)
 * note, Ibid. with the pinpoint, and the bibliography entry.
 */
const CASES: ReadonlyArray<{name: string; item: string; lang: string; pinpoints: ReadonlyArray<readonly [string | null, string]>; full: string; short: string; ibid: string; entry: string}> = [
  {
    name: 'a German act: its name, its short name in brackets, "vom" and its date, the gazette, the page labelled; later by its short name',
    item: 'act',
    lang: 'de',
    pinpoints: [
      [null, 'page'],
      ['3', 'section']
    ],
    full: 'Gesetz über die Preisbindung für Bücher (Buchpreisbindungsgesetz) vom 2. September 2002, BGBl. I, S.~3448.',
    short: 'Buchpreisbindungsgesetz, §~3.',
    ibid: 'Ebd., §~3.',
    entry: 'Gesetz über die Preisbindung für Bücher (Buchpreisbindungsgesetz) vom 2. September 2002, BGBl. I, S.~3448.'
  },
  {
    name: 'the same act in an English article: "of" and the date, p.',
    item: 'act',
    lang: 'en',
    pinpoints: [
      [null, 'page'],
      ['3', 'section']
    ],
    full: 'Gesetz über die Preisbindung für Bücher (Buchpreisbindungsgesetz) of September 2, 2002, BGBl. I, p.~3448.',
    short: 'Buchpreisbindungsgesetz, §~3.',
    ibid: 'Ibid., §~3.',
    entry: 'Gesetz über die Preisbindung für Bücher (Buchpreisbindungsgesetz) of September 2, 2002, BGBl. I, p.~3448.'
  },
  {
    name: 'an EU directive: its number once (its name says it), the Official Journal with its L volume; later by its name up to its number',
    item: 'directive',
    lang: 'de',
    pinpoints: [
      [null, 'page'],
      ['11', 'page']
    ],
    full: 'Richtlinie 2001/29/EG des Europäischen Parlaments und des Rates zur Harmonisierung bestimmter Aspekte des Urheberrechts vom 22. Mai 2001, ABl. EG L 167, S.~10.',
    short: 'Richtlinie 2001/29/EG, S.~11.',
    ibid: 'Ebd., S.~11.',
    entry: 'Richtlinie 2001/29/EG des Europäischen Parlaments und des Rates zur Harmonisierung bestimmter Aspekte des Urheberrechts vom 22. Mai 2001, ABl. EG L 167, S.~10.'
  },
  {
    name: 'a state act dated by its gazette’s year alone: the year with the gazette, the provision labelled §',
    item: 'stateAct',
    lang: 'de',
    pinpoints: [
      ['8 Abs. 1', 'section'],
      ['9', 'section']
    ],
    full: 'Bibliotheksgesetz des Landes Sachsen-Anhalt, GVBl. 2010, S.~434, §~8 Abs. 1.',
    short: 'Bibliotheksgesetz des Landes Sachsen-Anhalt, §~9.',
    ibid: 'Ebd., §~9.',
    entry: 'Bibliotheksgesetz des Landes Sachsen-Anhalt, GVBl. 2010, S.~434.'
  },
  {
    name: 'a US act in a numbered volume (CMOS 14.289): name, public law number, volume, reporter and page, year in brackets',
    item: 'usAct',
    lang: 'en',
    pinpoints: [
      ['107', 'section'],
      ['106', 'section']
    ],
    full: 'Copyright Act of 1976, Pub. L. No. 94-553, 90 Stat. 2541 (1976), §~107.',
    short: 'Copyright Act of 1976, §~106.',
    ibid: 'Ibid., §~106.',
    entry: 'Copyright Act of 1976, Pub. L. No. 94-553, 90 Stat. 2541 (1976).'
  },
  {
    name: 'the Bundestag’s printed paper: its kind and number, not the Bundestag again; the page labelled',
    item: 'bt',
    lang: 'de',
    pinpoints: [
      ['40', 'page'],
      ['42', 'page']
    ],
    full: 'BT-Drs. 18/12329, S.~40.',
    short: 'BT-Drs. 18/12329, S.~42.',
    ibid: 'Ebd., S.~42.',
    entry: 'BT-Drs. 18/12329.'
  },
  {
    name: 'a state parliament’s printed paper names the parliament, and its date after "vom"; later without the date',
    item: 'lt',
    lang: 'de',
    pinpoints: [
      [null, 'page'],
      ['2', 'page']
    ],
    full: 'LT-Drs. Hamburg 21/12361 vom 23. März 2018.',
    short: 'LT-Drs. Hamburg 21/12361, S.~2.',
    ibid: 'Ebd., S.~2.',
    entry: 'LT-Drs. Hamburg 21/12361 vom 23. März 2018.'
  },
  {
    name: 'a US bill (CMOS 14.294): name, number, the Congress, year in brackets',
    item: 'usBill',
    lang: 'en',
    pinpoints: [
      [null, 'page'],
      [null, 'page']
    ],
    full: 'Affordable Health Care for America Act, H.R. 3962, 111th Cong. (2009).',
    short: 'H.R. 3962, 111th Cong.',
    ibid: 'Ibid.',
    entry: 'Affordable Health Care for America Act, H.R. 3962, 111th Cong. (2009).'
  },
  {
    name: 'a German decision: later by its court and its name in italics, Rn. for its marginal number',
    item: 'decision',
    lang: 'de',
    pinpoints: [
      ['12', 'paragraph'],
      ['14', 'paragraph']
    ],
    full: 'BGH, Urt., 29. April 2010, I ZR 69/08, GRUR 2010, 628, Vorschaubilder, Rn.~12.',
    short: 'BGH, Vorschaubilder, Rn.~14.',
    ibid: 'Ebd., Rn.~14.',
    entry: 'BGH, Urt., 29. April 2010, I ZR 69/08, GRUR 2010, 628, Vorschaubilder.'
  },
  {
    name: 'a German decision cited by its court and report alone: the report’s year once, after the reporter (not CMOS’s GRUR 633 (BGH 2010))',
    item: 'reported',
    lang: 'de',
    pinpoints: [
      ['12', 'paragraph'],
      ['14', 'paragraph']
    ],
    full: 'BGH, GRUR 2010, 633, Rn.~12.',
    short: 'BGH, GRUR 2010, 633, Rn.~14.',
    ibid: 'Ebd., Rn.~14.',
    entry: 'BGH, GRUR 2010, 633.'
  },
  {
    name: 'a US decision (CMOS 14.269): its name in italics, volume, reporter, first page and pinpoint, court and year in brackets; later by its name',
    item: 'usCase',
    lang: 'en',
    pinpoints: [
      ['1388', 'page'],
      ['1389', 'page']
    ],
    full: 'Princeton University Press v. Michigan Document Services, Inc., 99 F.3d 1381, 1388 (6th Cir. 1996).',
    short: 'Princeton University Press v. Michigan Document Services, Inc., 1389.',
    ibid: 'Ibid., 1389.',
    entry: 'Princeton University Press v. Michigan Document Services, Inc., 99 F.3d 1381 (6th Cir. 1996).'
  }
]

/** `~` in the expected text: a no-break space (between a pinpoint's label and its number). */
const nb = (expected: string): string => expected.replaceAll('~', '\u00a0')

const text = (n: {children: Parameters<typeof toString>[0][]}): string => n.children.map((c) => toString(c)).join('')

describe('legal sources in our style', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const item = ITEMS[c.item]!
    const cite = (ref: string, [locator, label]: readonly [string | null, string]) => [{ref, form: 'full' as const, text: 'x', locator, label, prefix: null}]
    // a note between, so that the third is a short note and not Ibid.
    const notes: RestyleNoteInput[] = [
      {note: 1, text: 'x', commentary: false, citations: cite(item.id, c.pinpoints[0]!)},
      {note: 2, text: 'x', commentary: false, citations: cite('other', [null, 'page'])},
      {note: 3, text: 'x', commentary: false, citations: cite(item.id, c.pinpoints[1]!)},
      {note: 4, text: 'x', commentary: false, citations: cite(item.id, c.pinpoints[1]!)}
    ]
    const other: CslItem = {id: 'other', type: 'book', title: 'Other'}
    const restyled = restyleNotes(notes, [item, other], {style, lang: c.lang, edition: 'cmos17'})
    expect([text(restyled[0]!), text(restyled[2]!), text(restyled[3]!)]).toEqual([c.full, c.short, c.ibid].map(nb))
    expect(formatBibliography([item], {style, lang: c.lang, format: 'text'})).toBe(`${nb(c.entry)}\n`)
  })

  test('the bibliography sorts printed papers as they are printed (BT-Drs., LT-Drs.) among acts by their names', () => {
    const entries = formatBibliography([ITEMS['lt']!, ITEMS['act']!, ITEMS['bt']!], {style, lang: 'de', format: 'text'}).split('\n')
    expect(entries.map((e) => e.slice(0, 7))).toEqual(['BT-Drs.', 'Gesetz ', 'LT-Drs.', ''])
  })

  test('the decision’s name is in italics in the later note too (HTML)', () => {
    const notes: RestyleNoteInput[] = [1, 2, 3].map((n) => ({
      note: n,
      text: 'x',
      commentary: false,
      citations: [{ref: n === 2 ? 'other' : 'decision', form: 'full', text: 'x', locator: null, label: 'page', prefix: null}]
    }))
    const restyled = restyleNotes(notes, [ITEMS['decision']!, {id: 'other', type: 'book', title: 'Other'}], {style, lang: 'de', edition: 'cmos17'})
    expect(restyled[2]?.children).toContainEqual({type: 'emphasis', children: [{type: 'text', value: 'Vorschaubilder'}]})
  })
})

describe('what the style prints of a legal item once only (LEGAL_PRINTING)', () => {
  test.each(LEGAL_PRINTING.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    expect(rule.applies(rule.example)).toBe(true)
    const {id: _id, type: _type, ...prepared} = prepareForStyle(rule.example)
    expect(prepared).toEqual(rule.gives)
  })

  test('the item itself is not changed; an act whose short name starts its name keeps its name alone', () => {
    const item: CslItem = {id: 'c', type: 'legislation', title: 'Copyright Act of 1976', 'title-short': 'Copyright Act'}
    expect(prepareForStyle(item).title).toBe('Copyright Act of 1976')
    expect(prepareForStyle(ITEMS['bt']!).authority).toBeUndefined()
    expect(ITEMS['bt']!.authority).toBe('BT')
    expect(prepareForStyle(ITEMS['lt']!).authority).toBe('Hamburg')
  })
})
