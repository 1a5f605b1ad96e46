import {describe, expect, test} from 'vitest'
import fc from 'fast-check'
import type {CslName} from '@octavo/parser'
import {ET_AL_MARKERS, FAMILY_REACH, givenNameFirst, LIST_SEPARATORS, NAME_ROLES, NAME_RULES, NO_AUTHOR, PERSON_FORMS, readNameList, readPersonalName} from '../src/lib/names.js'

describe('readNameList: every rule table, on the example each entry exists for', () => {
  test.each(NAME_ROLES)('role words: $name ($example)', ({example, role}) => {
    const list = readNameList(example)
    expect(list.role).toBe(role)
    expect(list.names).toHaveLength(1)
    expect(list.names[0]!.literal).toBeUndefined()
  })

  const roleWords: Array<{rule: string; text: string; role: string | undefined; given?: string}> = NAME_ROLES.flatMap((r) => [
    ...(r.before ?? []).map((w) => ({rule: r.name, text: `${w} Jane Doe`, role: r.role})),
    ...(r.after ?? []).flatMap((w) => [
      {rule: r.name, text: `Jane Doe (${w})`, role: r.role},
      {rule: r.name, text: `Doe, Jane, ${w}`, role: r.role},
      // the span cut before the mark's period and bracket (`Hoffmann, R. (Eds`)
      {rule: r.name, text: `Doe, Jane (${w.replace(/\.$/, '')}`, role: r.role},
      // no space before the bracket (`Seeber, H.U.(eds.)`)
      {rule: r.name, text: `Doe, J.(${w})`, role: r.role, given: 'J.'}
    ])
  ])
  test.each(roleWords)('every role word is dropped: $text', ({text, role, given}) => {
    expect(readNameList(text)).toEqual({names: [{family: 'Doe', given: given ?? 'Jane'}], etAl: false, role})
  })

  test.each(NAME_ROLES.filter((r) => r.unless))('role words not dropped where they are a name’s: $name ($unless.example)', ({unless}) => {
    const list = readNameList(unless!.example)
    expect(list.names).toHaveLength(1)
    // every word kept (`In` is a Korean given name here, not a chapter's `In`)
    expect(Object.values(list.names[0]!).join(' ').split(/\s+/u).sort()).toEqual(unless!.example.split(/\s+/u).sort())
  })

  test.each(ET_AL_MARKERS)('et al.: $name ($example)', ({example}) => {
    const list = readNameList(example)
    expect(list.etAl).toBe(true)
    expect(list.names).toHaveLength(1)
    expect(list.names[0]!.literal).toBeUndefined()
  })

  const etAlWords = ET_AL_MARKERS.flatMap((m) => m.words.flatMap((w) => [`Doe, Jane, ${w}`, `Jane Doe ${w}`, `Jane Doe [${w}]`]))
  test.each(etAlWords)('every et al. word is dropped: %s', (text) => {
    expect(readNameList(text)).toEqual({names: [{family: 'Doe', given: 'Jane'}], etAl: true, role: undefined})
  })

  test.each(LIST_SEPARATORS)('list separator: $name ($example)', ({example, expected}) => {
    expect(readNameList(example).names).toEqual(expected)
  })

  test.each(PERSON_FORMS)('one name: $name ($example)', ({name, example, expected}) => {
    expect(readPersonalName(example)).toEqual({form: name, name: expected})
    expect(readNameList(example).names).toEqual([expected])
  })

  test.each([
    ['Dr. Tobias Trütsch', {family: 'Trütsch', given: 'Tobias'}],
    ['Prof. Dr. Anna Berg', {family: 'Berg', given: 'Anna'}],
    ['Dr. phil. Hans Müller', {family: 'Müller', given: 'Hans'}],
    ['Berg, Prof. Dr. Anna', {family: 'Berg', given: 'Prof. Dr. Anna'}]
  ])('academic titles before a name are no part of it: %s', (text, expected) => {
    // (after the family name they stay: only a title that opens the name is known to be one)
    expect(readNameList(text).names).toEqual([expected])
  })

  test.each(FAMILY_REACH)('family name in Western order: $name ($example)', ({example, expected}) => {
    expect(readNameList(example).names).toEqual([expected])
  })

  test.each(NAME_RULES)('lists: $name ($example)', ({example, expected}) => {
    expect(readNameList(example).names).toEqual(expected)
  })

  test.each(NO_AUTHOR.words.map((w) => w.toUpperCase()))(`${NO_AUTHOR.name}: %s gives no names`, (text) => {
    expect(readNameList(text)).toEqual({names: [], etAl: false, role: undefined})
  })
})

/** The cases of the brief, each with what it gives. */
const CASES: Array<[string, CslName[]]> = [
  // Western order and inverted
  ['Hans Peter Müller', [{family: 'Müller', given: 'Hans Peter'}]],
  ['J. R. R. Tolkien', [{family: 'Tolkien', given: 'J. R. R.'}]],
  ['Jean-Paul Sartre', [{family: 'Sartre', given: 'Jean-Paul'}]],
  ['Francis C. Jones', [{family: 'Jones', given: 'Francis C.'}]],
  ['Müller, Hans Peter', [{family: 'Müller', given: 'Hans Peter'}]],
  ['Smith, J.R.', [{family: 'Smith', given: 'J.R.'}]],
  ['Smith J.R.', [{family: 'Smith', given: 'J.R.'}]],
  ['Smith JR', [{family: 'Smith', given: 'JR'}]],
  ['SMITH, John', [{family: 'SMITH', given: 'John'}]],
  ['DUPONT Jean', [{family: 'DUPONT', given: 'Jean'}]],
  ['Jean DUPONT', [{family: 'DUPONT', given: 'Jean'}]],
  ['Müller, H.-P.', [{family: 'Müller', given: 'H.-P.'}]],
  // lists
  [
    'Jane Doe and John Roe',
    [
      {family: 'Doe', given: 'Jane'},
      {family: 'Roe', given: 'John'}
    ]
  ],
  [
    'Alex Graves, Jürgen Schmidhuber, and Tom Cramer',
    [
      {family: 'Graves', given: 'Alex'},
      {family: 'Schmidhuber', given: 'Jürgen'},
      {family: 'Cramer', given: 'Tom'}
    ]
  ],
  [
    'Jane Doe & John Roe',
    [
      {family: 'Doe', given: 'Jane'},
      {family: 'Roe', given: 'John'}
    ]
  ],
  [
    'Rossi, Mario, Luca Bianchi e Anna Verdi',
    [
      {family: 'Rossi', given: 'Mario'},
      {family: 'Bianchi', given: 'Luca'},
      {family: 'Verdi', given: 'Anna'}
    ]
  ],
  [
    'Müller, Hans; Schmidt, Anna; Weber, Eva',
    [
      {family: 'Müller', given: 'Hans'},
      {family: 'Schmidt', given: 'Anna'},
      {family: 'Weber', given: 'Eva'}
    ]
  ],
  [
    'Atack, Jeremy, and Douglas A. Boyd',
    [
      {family: 'Atack', given: 'Jeremy'},
      {family: 'Boyd', given: 'Douglas A.'}
    ]
  ],
  [
    'Smith, John and Jones, Kate',
    [
      {family: 'Smith', given: 'John'},
      {family: 'Jones', given: 'Kate'}
    ]
  ],
  [
    'G. Perocco – A. Salvadori',
    [
      {family: 'Perocco', given: 'G.'},
      {family: 'Salvadori', given: 'A.'}
    ]
  ],
  // particles
  ['Charles de Gaulle', [{family: 'Gaulle', given: 'Charles', 'non-dropping-particle': 'de'}]],
  ['Ramón de la Fuente', [{family: 'Fuente', given: 'Ramón', 'non-dropping-particle': 'de la'}]],
  ['Otto von Bismarck', [{family: 'Bismarck', given: 'Otto', 'non-dropping-particle': 'von'}]],
  ['Jean de La Fontaine', [{family: 'La Fontaine', given: 'Jean', 'non-dropping-particle': 'de'}]],
  ['Meyer zu Schwabedissen, Anna', [{family: 'Meyer zu Schwabedissen', given: 'Anna'}]],
  ['Karl-Theodor zu Guttenberg', [{family: 'Guttenberg', given: 'Karl-Theodor', 'non-dropping-particle': 'zu'}]],
  ['Della Rosa, Anna', [{family: 'Della Rosa', given: 'Anna'}]],
  ['Jean d’Alembert', [{family: 'Alembert', given: 'Jean', 'non-dropping-particle': 'd’'}]],
  ['Gabriele D’Annunzio', [{family: 'D’Annunzio', given: 'Gabriele'}]],
  ['A. v. Griesheim', [{family: 'Griesheim', given: 'A.', 'non-dropping-particle': 'v.'}]],
  ['Ian MacDonald', [{family: 'MacDonald', given: 'Ian'}]],
  ['Flann O’Brien', [{family: 'O’Brien', given: 'Flann'}]],
  ['Seán Ó Faoláin', [{family: 'Ó Faoláin', given: 'Seán'}]],
  ['Alaa al-Aswany', [{family: 'al-Aswany', given: 'Alaa'}]],
  ['de St. Aubin, E.', [{family: 'St. Aubin', given: 'E.', 'non-dropping-particle': 'de'}]],
  ['GAULLE (Charles de)', [{family: 'GAULLE', given: 'Charles', 'dropping-particle': 'de'}]],
  // suffixes (written without their period, as the gold and parseNames write them)
  ['Martin Luther King Jr.', [{family: 'King', given: 'Martin Luther', suffix: 'Jr'}]],
  ['King, Martin Luther, Jr.', [{family: 'King', given: 'Martin Luther', suffix: 'Jr'}]],
  ['King, Martin Luther Jr.', [{family: 'King', given: 'Martin Luther', suffix: 'Jr'}]],
  ['Robert D. Hershey Jr', [{family: 'Hershey', given: 'Robert D.', suffix: 'Jr'}]],
  ['William H. Gates III', [{family: 'Gates', given: 'William H.', suffix: 'III'}]],
  // romanised East Asian names
  ['Sun Chunri', [{family: 'Sun', given: 'Chunri'}]],
  ['Kim Il Sung', [{family: 'Kim', given: 'Il Sung'}]],
  ['Park Chung-hee', [{family: 'Park', given: 'Chung-hee'}]],
  ['Xu Mingxun', [{family: 'Xu', given: 'Mingxun'}]],
  ['Mao Tse-tung', [{family: 'Mao', given: 'Tse-tung'}]],
  ['Zhihua Shen', [{family: 'Shen', given: 'Zhihua'}]],
  ['Chae-Jin Lee', [{family: 'Lee', given: 'Chae-Jin'}]],
  [
    'Sun Chunri and Shen Yingshu',
    [
      {family: 'Sun', given: 'Chunri'},
      {family: 'Shen', given: 'Yingshu'}
    ]
  ],
  // a known family name first, but a given name that is no romanised syllables: Western order
  ['Lee Smith', [{family: 'Smith', given: 'Lee'}]],
  ['Jo March', [{family: 'March', given: 'Jo'}]],
  // an editors' mark in brackets without its period
  [
    'R. Muhs, J. Paulmann and W. Steinmetz (eds)',
    [
      {family: 'Muhs', given: 'R.'},
      {family: 'Paulmann', given: 'J.'},
      {family: 'Steinmetz', given: 'W.'}
    ]
  ],
  // a double family name, a comma, two known given names: one name (not two in Western order)
  ['Caicedo Castilla, José Joaquín', [{family: 'Caicedo Castilla', given: 'José Joaquín'}]],
  [
    'Maria Garcia, Juan Perez',
    [
      {family: 'Garcia', given: 'Maria'},
      {family: 'Perez', given: 'Juan'}
    ]
  ],
  // family name first with no comma (Swiss notes): told by a known given name last and none first
  [
    'Forstmoser Peter / Ogorek Regina / Schindler Benjamin',
    [
      {family: 'Forstmoser', given: 'Peter'},
      {family: 'Ogorek', given: 'Regina'},
      {family: 'Schindler', given: 'Benjamin'}
    ]
  ],
  [
    'Ehrenzeller Bernhard / Egli Patricia / Schmid Stefan G.',
    [
      {family: 'Ehrenzeller', given: 'Bernhard'},
      {family: 'Egli', given: 'Patricia'},
      {family: 'Schmid', given: 'Stefan G.'}
    ]
  ],
  // not when a given name is also a family name, nor a name alone
  [
    'Keith Thomas / Dylan Thomas',
    [
      {family: 'Thomas', given: 'Keith'},
      {family: 'Thomas', given: 'Dylan'}
    ]
  ],
  ['Veronica Franco', [{family: 'Franco', given: 'Veronica'}]],
  // a chapter's In before a Western name (`In Peter Lee, editor`) is dropped
  ['In Peter Lee', [{family: 'Lee', given: 'Peter'}]],
  // only lists joined by slashes or semicolons: `und` joins names in Western order
  [
    'Anna Berg und Hans Peter',
    [
      {family: 'Berg', given: 'Anna'},
      {family: 'Peter', given: 'Hans'}
    ]
  ],
  // organisations
  ['World Health Organization', [{literal: 'World Health Organization'}]],
  ['Bundesministerium für Bildung', [{literal: 'Bundesministerium für Bildung'}]],
  ['Xinhua News Agency', [{literal: 'Xinhua News Agency'}]],
  ['Statistisches Bundesamt', [{literal: 'Statistisches Bundesamt'}]],
  ['Deutsche Forschungsgemeinschaft', [{literal: 'Deutsche Forschungsgemeinschaft'}]],
  ['Deutscher Wetterdienst', [{literal: 'Deutscher Wetterdienst'}]],
  ['Ministère de la Culture', [{literal: 'Ministère de la Culture'}]],
  ['Yanbian diwei', [{literal: 'Yanbian diwei'}]],
  ['OECD', [{literal: 'OECD'}]],
  ['Bündnis 90/Die Grünen', [{literal: 'Bündnis 90/Die Grünen'}]],
  // a lab, a business, an academy; a brand's word with a capital inside it, `AI` after a name
  ['Thinking Machines Lab', [{literal: 'Thinking Machines Lab'}]],
  ['Verizon Business', [{literal: 'Verizon Business'}]],
  ['Academia Brasileira de Letras', [{literal: 'Academia Brasileira de Letras'}]],
  ['Google DeepMind', [{literal: 'Google DeepMind'}]],
  ['Meta AI', [{literal: 'Meta AI'}]],
  // a church by its confession; a person named Church stays a person
  ['Russian Orthodox Church', [{literal: 'Russian Orthodox Church'}]],
  ['Catholic Church', [{literal: 'Catholic Church'}]],
  ['Alonzo Church', [{family: 'Church', given: 'Alonzo'}]],
  // … but a prefix before the capital, or `Ai` as a family name, is a person's
  ['Douglas MacArthur', [{family: 'MacArthur', given: 'Douglas'}]],
  ['Ai Weiwei', [{family: 'Ai', given: 'Weiwei'}]]
]

describe('readNameList: the cases of the brief', () => {
  test.each(CASES)('%s', (text, names) => {
    expect(readNameList(text).names).toEqual(names)
  })

  test('bodies joined by and are each a body; a body named with and stays one', () => {
    expect(readNameList('Zhonggongzhongyang wenxian yanjiushi and Zhongyang dang’anguan').names).toEqual([{literal: 'Zhonggongzhongyang wenxian yanjiushi'}, {literal: 'Zhongyang dang’anguan'}])
    expect(readNameList('Ministry of Agriculture and Ministry of Health').names).toEqual([{literal: 'Ministry of Agriculture'}, {literal: 'Ministry of Health'}])
    expect(readNameList('Department of Trade and Industry').names).toEqual([{literal: 'Department of Trade and Industry'}])
  })

  test('every name written is kept with et al., in every language', () => {
    for (const text of [
      'Smith, J., Jones, K., et al.',
      'J. Smith, K. Jones et. al.',
      'Smith, J.; Jones, K. u.a.',
      'Smith, J./Jones, K. u. a.',
      'J. Smith, K. Jones et alii',
      'J. Smith, K. Jones y otros',
      'J. Smith, K. Jones e altri',
      'J. Smith, K. Jones [et al.]'
    ]) {
      expect(readNameList(text)).toEqual({
        names: [
          {family: 'Smith', given: 'J.'},
          {family: 'Jones', given: 'K.'}
        ],
        etAl: true,
        role: undefined
      })
    }
  })

  test('role words and et al. together, in either order', () => {
    expect(readNameList('Smith, J., et al. (eds.)')).toEqual({names: [{family: 'Smith', given: 'J.'}], etAl: true, role: 'editor'})
    expect(readNameList('edited by Jane Doe et al.')).toEqual({names: [{family: 'Doe', given: 'Jane'}], etAl: true, role: 'editor'})
    expect(readNameList('Jane Doe (ed.) and John Roe (ed.)')).toEqual({
      names: [
        {family: 'Doe', given: 'Jane'},
        {family: 'Roe', given: 'John'}
      ],
      etAl: false,
      role: 'editor'
    })
  })

  test('a span as a labeler cuts it: closing punctuation, a leading conjunction, spaces before periods', () => {
    expect(readNameList('Tolkien, J. R. R.,').names).toEqual([{family: 'Tolkien', given: 'J. R. R.'}])
    expect(readNameList('J. R. R. Tolkien.').names).toEqual([{family: 'Tolkien', given: 'J. R. R.'}])
    expect(readNameList('Müller, Hans (Hrsg.):').names).toEqual([{family: 'Müller', given: 'Hans'}])
    expect(readNameList('and Schulten, T.').names).toEqual([{family: 'Schulten', given: 'T.'}])
    expect(readNameList('M. Fuchs ,J .Osterhoff').names).toEqual([
      {family: 'Fuchs', given: 'M.'},
      {family: 'Osterhoff', given: 'J.'}
    ])
    expect(readNameList('C.G.Brown').names).toEqual([{family: 'Brown', given: 'C.G.'}])
    // OCR's spaced initials, hyphenated and of two letters too.
    expect(readNameList('L . Fossier and G .-P . Zarri').names).toEqual([
      {family: 'Fossier', given: 'L.'},
      {family: 'Zarri', given: 'G.-P.'}
    ])
    expect(readNameList('J .-Ph . Genet').names).toEqual([{family: 'Genet', given: 'J.-Ph.'}])
  })

  test('a quoted nickname between given and family name is dropped (CSL has no nickname)', () => {
    expect(readNameList('Curtis "Ovid" Poe').names).toEqual([{family: 'Poe', given: 'Curtis'}])
    expect(readNameList('Earvin „Magic“ Johnson').names).toEqual([{family: 'Johnson', given: 'Earvin'}])
    // A quotation that is the whole span is no nickname.
    expect(readNameList('"Ovid"').names).toEqual([{literal: '"Ovid"'}])
  })

  test('an empty span gives no names; a title mislabeled as names is kept as written', () => {
    expect(readNameList('')).toEqual({names: [], etAl: false, role: undefined})
    expect(readNameList('  ,  ')).toEqual({names: [], etAl: false, role: undefined})
    expect(readNameList('et al.')).toEqual({names: [], etAl: true, role: undefined})
    expect(readNameList('The History of Modern China').names).toEqual([{literal: 'The History of Modern China'}])
  })

  test('property: any text gives a list without throwing, every name with a part', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({unit: fc.constantFrom(...'aA. ,;&-–/()[]éÉvdlJjr'.split(''), ' and ', ' et al.', ' y ', ' e ', ' zu ', ' van ', ' (ed.)', 'Jr.', 'Müller', 'Smith')})),
        (text) => {
          const list = readNameList(text)
          for (const name of list.names) {
            expect(Object.values(name).some((part) => typeof part === 'string' && part.length > 0)).toBe(true)
          }
        }
      ),
      {numRuns: 2000}
    )
  })
})

describe('givenNameFirst: a name opened by a given name, even one that is a family name too', () => {
  test.each([
    ['Stephen Krasner', true],
    ['G. Soliday', true],
    ['Charles Taylor', true],
    ['World War', false],
    ['Oona', false],
    ['New Polity', false]
  ])('%s', (name, expected) => {
    expect(givenNameFirst(name)).toBe(expected)
  })
})
