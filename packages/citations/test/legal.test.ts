import {describe, expect, it} from 'vitest'
import {COURTS, courtDecisionsIn, DECISION_PIECES, LEGAL_FORMS, readCommentary, readCourtDecision, readShortTitleStatute, readStatute} from '../src/lib/legal.js'
import {processCitations} from '../src/index.js'
import {parse} from '@octavo/parser'

/** What each legal grammar reads of its example: the item, the locator and its label. */
const EXPECTED: Readonly<Record<string, {item: Record<string, unknown>; locator: string | null; label: string}>> = {
  'a court decision': {
    item: {
      type: 'legal_case',
      authority: 'BGH',
      genre: 'Urt.',
      issued: {'date-parts': [[2010, 5, 12]]},
      number: 'I ZR 121/08',
      'container-title': 'GRUR',
      volume: '2010',
      page: '633',
      title: 'Vorschaubilder'
    },
    locator: '12',
    label: 'paragraph'
  },
  'an article in a law journal cited by its abbreviation': {
    item: {type: 'article-journal', author: [{family: 'Hofmann'}], 'container-title': 'ZGE', issued: {'date-parts': [[2016]]}, page: '482'},
    locator: '498',
    label: 'page'
  },
  'a statute with where it is printed': {
    item: {
      type: 'legislation',
      title: 'Gesetz über die Preisbindung für Bücher',
      'title-short': 'Buchpreisbindungsgesetz',
      issued: {'date-parts': [[2002, 9, 2]]},
      'container-title': 'BGBl. I',
      page: '3448'
    },
    locator: null,
    label: 'page'
  },
  'an EU act in the Official Journal (OSCOLA)': {
    item: {
      type: 'legislation',
      title: 'Regulation (EU) 2022/2065 of the European Parliament and of the Council on a Single Market For Digital Services (Digital Services Act)',
      number: '2022/2065',
      issued: {'date-parts': [[2022, 10, 19]]},
      'container-title': 'OJ',
      volume: 'L 277',
      page: '1'
    },
    locator: '26(1)(a)–(b)',
    label: 'article'
  },
  'a common-law statute by its short title and year': {
    item: {type: 'legislation', title: 'Copyright, Designs and Patents Act', issued: {'date-parts': [[1988]]}},
    locator: '29',
    label: 'section'
  },
  'a parliament’s printed paper': {
    item: {type: 'bill', genre: 'LT-Drs.', authority: 'Hamburg', number: '21/12361', issued: {'date-parts': [[2018, 3, 23]]}},
    locator: null,
    label: 'page'
  },
  'a contribution to a commentary': {
    item: {
      type: 'chapter',
      author: [{family: 'Leistner'}],
      editor: [{family: 'Schricker'}, {family: 'Loewenheim'}],
      edition: '6',
      issued: {'date-parts': [[2020]]},
      section: '§ 4 UrhG'
    },
    locator: '38',
    label: 'paragraph'
  }
}

describe('LEGAL_FORMS: citations read whole by a legal grammar, each on its example', () => {
  it.each(LEGAL_FORMS)('$name: $example', ({name, example, read}) => {
    expect(EXPECTED[name], `the reading expected of “${name}”`).toBeDefined()
    const r = read(example)!
    expect(r.item).toEqual(EXPECTED[name]!.item)
    expect({locator: r.locator, label: r.label}).toEqual({locator: EXPECTED[name]!.locator, label: EXPECTED[name]!.label})
  })
})

describe('COURTS: each group’s example is a decision of one of its courts', () => {
  it.each(COURTS)('$name: $example', ({example, abbreviations, seat}) => {
    const r = readCourtDecision(example)
    expect(r, example).toBeDefined()
    const court = String(r!.item.authority)
    expect(abbreviations.some((a) => court === a || (seat && court.startsWith(`${a} `)))).toBe(true)
  })
})

/** What each piece of a decision sets when read alone after a court. */
const PIECES: Readonly<Record<string, Record<string, unknown>>> = {
  'the kind of decision and its date': {genre: 'Urt.', issued: {'date-parts': [[2010, 5, 12]]}},
  'the file number, in brackets or after `Az.` or `Rs.`': {number: 'C-490/14'},
  'the European Case Law Identifier, kept in the note': {note: 'ECLI:EU:C:2016:644'},
  'a note the decision was cited in': {},
  'the reporter or journal, its year or volume, the first page and the page cited': {'container-title': 'GRUR', issued: {'date-parts': [[1991]]}, page: '529'},
  'the decision’s name between dashes or in quotation marks': {title: 'Explosionszeichnungen'},
  'the marginal number cited': {},
  'a word that says more was cited': {}
}

describe('DECISION_PIECES: each piece on its example, after a court', () => {
  it.each(DECISION_PIECES)('$name: $example', ({name, example}) => {
    expect(PIECES[name], `the fields expected of “${name}”`).toBeDefined()
    // A name, a marginal number or `mwN` alone names no decision: after a file number they are read.
    const alone = !['the decision’s name between dashes or in quotation marks', 'the marginal number cited', 'a word that says more was cited'].includes(name)
    const text = `BGH, ${alone ? '' : 'I ZR 1/20, '}${example}`
    const r = readCourtDecision(text)
    expect(r, text).toBeDefined()
    const {type, authority, number, ...rest} = r!.item
    expect({type, authority}).toEqual({type: 'legal_case', authority: 'BGH'})
    expect(name === 'the file number, in brackets or after `Az.` or `Rs.`' ? {number, ...rest} : rest).toEqual(PIECES[name])
  })

  it('reads a decision cited back to its note as pointing back, with its marginal number', () => {
    expect(readCourtDecision('EuGH, (Fn. 10), - Verlag Esterbauer - Rn. 27')).toMatchObject({pointsBack: true, locator: '27', label: 'paragraph', item: {title: 'Verlag Esterbauer'}})
  })

  it('keeps the first of two parallel reports and the page cited in brackets as the locator', () => {
    expect(readCourtDecision('BGHZ 185, 291 (295) = GRUR 2010, 628')).toBeUndefined() // no court
    expect(readCourtDecision('BGH, BGHZ 185, 291 (295) = GRUR 2010, 628')).toMatchObject({item: {'container-title': 'BGHZ', volume: '185', page: '291'}, locator: '295', label: 'page'})
  })

  it('keeps a hyphen inside a decision’s name', () => {
    expect(readCourtDecision('BGH, Urt. v. 20.11.2013 – I ZR 125/12, GRUR 2014, 549 – Gesamtvertrag Hochschul-Intranet')?.item.title).toBe('Gesamtvertrag Hochschul-Intranet')
  })

  it('reads nothing that is not a decision', () => {
    for (const text of [
      'BGH-Rechtsprechung ist hier uneinheitlich',
      'Der BGH hat das offengelassen',
      'BGH, Die Rechtsprechung des Bundesgerichtshofs, Berlin 2001, S. 12',
      'OLG, 2001',
      'BGH',
      'AG Müller, Geschäftsbericht 2019, S. 4'
    ])
      expect(readCourtDecision(text), text).toBeUndefined()
  })
})

describe('readCommentary', () => {
  it.each([
    ['Schulze, in: Dreier/Schulze, UrhG, 7. Aufl. 2022, § 2 UrhG', {editor: [{family: 'Dreier'}, {family: 'Schulze'}], 'container-title': 'UrhG', section: '§ 2 UrhG'}, null],
    ['Vohwinkel, in: BeckOK UrhR, 42. Aufl. 2024, § 87a UrhG, Rn. 28 mwN', {'container-title': 'BeckOK UrhR', edition: '42', section: '§ 87a UrhG'}, '28'],
    ['Sprau, in: Grüneberg, BGB, 82. Aufl. 2023, § 823 Rn. 10', {editor: [{family: 'Grüneberg'}], 'container-title': 'BGB', section: '§ 823'}, '10'],
    [
      'Bomhard/Siglmüller, in: Redeker (Hrsg.), Handbuch der IT-Verträge 2024 Rn. 11',
      {author: [{family: 'Bomhard'}, {family: 'Siglmüller'}], editor: [{family: 'Redeker'}], 'container-title': 'Handbuch der IT-Verträge'},
      '11'
    ]
  ] as const)('%s', (text, fields, locator) => {
    const r = readCommentary(text)
    expect(r?.item).toMatchObject({type: 'chapter', ...fields})
    expect(r?.locator).toBe(locator)
  })

  it('reads no chapter with pages or a place, and no prose', () => {
    for (const text of ['Müller, in: Schmidt (Hrsg.), Festschrift für Meier, Berlin 2001, S. 12', 'Darauf weist Müller hin, in: Kommentar 2001', 'Müller, in: Die Zeit, 12.3.2001, S. 4'])
      expect(readCommentary(text), text).toBeUndefined()
  })
})

describe('readStatute', () => {
  it.each([
    ['Art. 4 UrhWissG, BGBl. 2017 I Nr. 61, S. 3351', {title: 'UrhWissG', 'container-title': 'BGBl. I', issue: '61', page: '3351', issued: {'date-parts': [[2017]]}}, '4'],
    [
      'Richtlinie 2001/29/EG des Europäischen Parlaments und des Rates vom 22. Mai 2001 zur Harmonisierung bestimmter Aspekte des Urheberrechts, ABl. L 167 vom 22.6.2001, S. 10',
      {number: '2001/29/EG', 'container-title': 'ABl.', volume: 'L 167', page: '10', issued: {'date-parts': [[2001, 5, 22]]}},
      null
    ],
    [
      'Richtlinie 2001/29/EG des Europäischen Parlaments und des Rates vom 22. Mai 2001 zur Harmonisierung bestimmter Aspekte des Urheberrechts, ABl. EG 2001 L 167/10',
      {'container-title': 'ABl. EG', volume: 'L 167', page: '10'},
      null
    ],
    ['§ 8 Abs. 1 Bibliotheksgesetz des Landes Sachsen-Anhalt, GVBl. 2010, S. 434', {title: 'Bibliotheksgesetz des Landes Sachsen-Anhalt', 'container-title': 'GVBl.', page: '434'}, '8 Abs. 1']
  ] as const)('%s', (text, fields, locator) => {
    const r = readStatute(text)
    expect(r?.item).toMatchObject({type: 'legislation', ...fields})
    expect(r?.locator).toBe(locator)
  })

  it('reads no statute without a statute’s name, nor a signal as its name', () => {
    for (const text of ['Müller, Die Stadt, BGBl. 2001, S. 4', 'Vgl. etwa Gesetz über die Stadt, BGBl. I S. 5', 'Die Ordnung der Dinge, Berlin 2001, S. 4'])
      expect(readStatute(text), text).toBeUndefined()
  })
})

describe('courtDecisionsIn', () => {
  it('finds each decision up to its semicolon, and no court named in prose', () => {
    const text = 'Das hat der BGH offengelassen, vgl. BGH, Urt. v. 4.4.2019 – I ZR 1/18, GRUR 2019, 1 Rn. 3; anders LG Berlin, NJW-RR 2018, 12. Dazu Müller.'
    expect(courtDecisionsIn(text, 0, text.length).map((d) => text.slice(d.start, d.end))).toEqual(['BGH, Urt. v. 4.4.2019 – I ZR 1/18, GRUR 2019, 1 Rn. 3', 'LG Berlin, NJW-RR 2018, 12.'])
  })
})

describe('court decisions through the notes reader', () => {
  const read = (...notes: string[]) => {
    const md = notes.map((_, i) => `T.[^${i + 1}]`).join(' ') + '\n\n' + notes.map((t, i) => `[^${i + 1}]: ${t}`).join('\n\n')
    return processCitations(parse(md, {format: 'markdown'}).tree)
  }

  it('reads a decision the model leaves as prose, and a.a.O. after it resolves to the court’s last decision', () => {
    const {notes, items} = read('OLG Köln, Urt. v. 1.2.2000 – 6 U 3/99.', 'OLG Köln, a.a.O., Rn. 14.')
    expect(notes[0]!.citations[0]).toMatchObject({form: 'full', ref: 'olg-koln-6-u-3-99'})
    expect(notes[1]!.citations[0]).toMatchObject({form: 'short', ref: 'olg-koln-6-u-3-99', locator: '14'})
    expect(items.find((i) => i.id === 'olg-koln-6-u-3-99')).toMatchObject({type: 'legal_case', authority: 'OLG Köln', number: '6 U 3/99'})
  })

  it('reads a decision cited again by its report as the same work, whatever its first citation said', () => {
    const {notes} = read('BGH, Urt. v. 12.5.2010 – I ZR 69/08, GRUR 2010, 628 Rn. 12 – Vorschaubilder.', 'BGH, GRUR 2010, 628 Rn. 14.')
    expect(notes[1]!.citations[0]).toMatchObject({ref: notes[0]!.citations[0]!.ref, locator: '14'})
  })

  it('resolves an act cited back by its own short name', () => {
    const {notes} = read('Gesetz über die Preisbindung für Bücher (Buchpreisbindungsgesetz) vom 2. September 2002, BGBl. I S. 3448.', 'Buchpreisbindungsgesetz, a.a.O., S. 3449.')
    expect(notes[1]!.citations[0]).toMatchObject({form: 'short', ref: notes[0]!.citations[0]!.ref})
  })

  it('keeps two decisions of one court in one reporter apart', () => {
    const {notes} = read('BGH, NJW 2000, 1234; BGH, NJW 2000, 2345 (2350).')
    expect(notes[0]!.citations.map((c) => c.ref)).toEqual(['bgh-njw-2000-1234', 'bgh-njw-2000-2345'])
  })
})

describe('readShortTitleStatute: a common-law statute by its short title', () => {
  it('reads its jurisdiction, number and provisions (Commonwealth, UK and US forms)', () => {
    expect(readShortTitleStatute('The Data Protection and Privacy Act (Uganda), No. 9 of 2019, Section 19')).toMatchObject({
      item: {type: 'legislation', title: 'The Data Protection and Privacy Act (Uganda)', number: 'No. 9 of 2019', issued: {'date-parts': [[2019]]}},
      locator: '19',
      label: 'section'
    })
    expect(readShortTitleStatute('The Uganda Communications (Content) Regulations, 2019 (Statutory Instrument 2019 No. 91), Regulations 3, 5, and 7')).toMatchObject({
      item: {title: 'The Uganda Communications (Content) Regulations', number: 'Statutory Instrument 2019 No. 91'},
      locator: '3, 5, and 7'
    })
    expect(readShortTitleStatute('Equality Act 2010, art 5')).toMatchObject({item: {title: 'Equality Act'}, locator: '5', label: 'article'})
    expect(readShortTitleStatute('Civil Rights Act of 1964')).toMatchObject({item: {title: 'Civil Rights Act', issued: {'date-parts': [[1964]]}}, locator: null})
  })
  it('is no book whose title has the word, nor a title with neither year nor number', () => {
    expect(readShortTitleStatute('Wolfgang Iser, The Act of Reading (Baltimore, 1978)')).toBeUndefined()
    expect(readShortTitleStatute('Richard Posner, The Act (Chicago, 1990)')).toBeUndefined()
    expect(readShortTitleStatute('The Companies Act')).toBeUndefined()
    expect(readShortTitleStatute('Richard Smith, The Act, 1990')).toBeUndefined()
    expect(readShortTitleStatute('Lorna Hutson, The New World Order, 1991')).toBeUndefined()
  })
})
