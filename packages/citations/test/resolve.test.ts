import {describe, expect, it} from 'vitest'
import type {Root, FootnoteDefinition} from 'mdast'
import {processCitations} from '../src/index.js'
import {nameEndsWith} from '../src/lib/resolve.js'

function tree(texts: string[]): Root {
  const children: FootnoteDefinition[] = texts.map((text, i) => ({
    type: 'footnoteDefinition',
    identifier: String(i + 1),
    label: String(i + 1),
    data: {number: i + 1},
    children: [{type: 'paragraph', children: [{type: 'text', value: text}]}],
    position: {start: {line: i + 1, column: 1, offset: i * 10}, end: {line: i + 1, column: 5, offset: i * 10 + 4}}
  }))
  return {type: 'root', children}
}

const jones = 'Francis C. Jones, Manchuria since 1931 (London: Royal Institute of International Affairs, 1949), p. 72.'
const lee = 'Chae-Jin Lee, China’s Korean Minority: The Politics of Ethnic Education (Boulder: Westview Press, 1986), pp. 15–16.'

describe('resolution of Ibid. and short forms, deduplication', () => {
  it('resolves Ibid. to the single source of the note before', () => {
    const {notes, diagnostics} = processCitations(tree([jones, 'Ibid., pp. 72–76.']))
    expect(notes[1]!.citations[0]).toMatchObject({ref: notes[0]!.citations[0]!.ref, form: 'ibid', locator: '72–76'})
    expect(diagnostics).toEqual([])
  })

  it('warns when Ibid. follows a note with several sources, at the note’s position', () => {
    const {notes, diagnostics} = processCitations(tree([`${jones.slice(0, -1)}; and ${lee}`, 'Ibid.']))
    expect(notes[1]!.citations[0]!.ref).toBe(notes[0]!.citations[1]!.ref)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({severity: 'warning', position: {start: {line: 2}}})
  })

  it('resolves a short form to a work cited with no names by the opening of its title, two words or more', () => {
    const unnamed = 'For the wider debate see “The Reception of Natural Law in Imperial Russia: A Survey,” Journal of Legal History 4 (2013): 73.'
    const {notes} = processCitations(tree([unnamed, 'Lang, “The Reception of Natural Law,” 75.', 'Lang, “Reception,” 75.']))
    expect(notes[1]!.citations[0]).toMatchObject({ref: notes[0]!.citations[0]!.ref, form: 'short', locator: '75'})
    // One word is not enough to name a work by its title alone.
    expect(notes[2]!.citations[0]!.ref).not.toBe(notes[0]!.citations[0]!.ref)
  })

  it('resolves short forms by family name and title words, also truncated', () => {
    // `Jones, Manchuria since…` (the model reads `Jones, Manchuria…, p. 3.` as a person, `Manchuria Jones`:
    // counted in test/fixtures/examples).
    const {notes, items} = processCitations(tree([lee, jones, 'Lee, China’s Korean Minority, pp. 19–27.', 'Jones, Manchuria since…, p. 3.']))
    expect(items).toHaveLength(2)
    expect(notes[2]!.citations[0]).toMatchObject({ref: 'lee1986', form: 'short', locator: '19–27'})
    expect(notes[3]!.citations[0]).toMatchObject({ref: 'jones1949', form: 'short', locator: '3'})
  })

  it('resolves an author-only short form (`Lee, pp. 5–6`, `Jones, op. cit., p. 6`) to the latest work by that author', () => {
    // `Lee, pp. 5–6.` (the model reads `Lee, p. 5.` as commentary and a citation `p. 5`: counted in test/fixtures/examples).
    const {notes, diagnostics} = processCitations(tree([jones, lee, 'Lee, pp. 5–6.', 'Jones, op. cit., p. 6.', 'Smith, p. 7.']))
    expect(notes.slice(2).map((n) => n.citations.map((c) => [c.form, c.ref, c.locator]))).toEqual([[['short', 'lee1986', '5–6']], [['short', 'jones1949', '6']], []])
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/note 5: short form “Smith, p. 7” names no earlier work/)])
  })

  it('resolves a title-only short form', () => {
    const doc = '“On Illegal Migration of the Koreans in China and Chinese Nationals (Meeting Records),” 5 December 1957, in CFMA, No. 118-01026-01, pp. 13–20.'
    const {notes} = processCitations(tree([doc, '“On Illegal Migration … (Meeting Records),” pp. 13–20.']))
    expect(notes[1]!.citations[0]).toMatchObject({ref: 'cfma-118-01026-01', form: 'short'})
  })

  it('warns on a short form with no full citation before it, and keeps a partial item', () => {
    const {notes, items, diagnostics} = processCitations(tree(['Smith, Unknown Book, p. 4.']))
    expect(notes[0]!.citations[0]).toMatchObject({form: 'short', locator: '4'})
    expect(items[0]).toMatchObject({title: 'Unknown Book', author: [{family: 'Smith'}]})
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning'])
  })

  it('a short form cited before its full citation: the full citation fills in the short form’s work (one item, one id)', () => {
    const {notes, items} = processCitations(tree(['Jones, Manchuria since 1931, p. 40.', jones]))
    expect(notes[1]!.citations[0]!.ref).toBe(notes[0]!.citations[0]!.ref)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({title: 'Manchuria since 1931', publisher: 'Royal Institute of International Affairs'})
    // another work by the same author is its own
    const other = processCitations(tree(['Jones, Tokyo Bay since 1931, p. 40.', jones]))
    expect(other.items).toHaveLength(2)
  })

  it('one work, one id: a repeated full citation keeps its id; collisions are told apart', () => {
    const a = 'Sun Chunri, “On the Historical Process,” Dongjiang xuekan, No. 4 (2006), pp. 54–60.'
    const b = 'Sun Chunri, “Another Article,” Dongjiang xuekan, No. 5 (2006), pp. 1–9.'
    const {notes, items} = processCitations(tree([a, b, a]))
    expect(items.map((i) => i.id)).toEqual(['sun2006', 'sun2006b'])
    expect(notes[2]!.citations[0]).toMatchObject({ref: 'sun2006', form: 'full'})
  })

  it('a work cited again in full with other pages: the pages are the pinpoint', () => {
    const a = 'Che Zhejiu, “The Formation and Changes of Koreans in China,” Yanbian daxue xuebao, No. 3 (1998), pp. 137–142.'
    const b = 'See Che Zhejiu, “The Formation and Changes of Koreans in China,” Yanbian daxue xuebao, No. 3 (1998), pp. 137–138.'
    const {notes, items} = processCitations(tree([a, b, a]))
    expect(items).toHaveLength(1)
    expect(items[0]!.page).toBe('137–142')
    expect(notes.map((n) => n.citations[0]!.locator)).toEqual([null, '137–138', null])
  })

  it('is deterministic', () => {
    const input = [lee, jones, 'Ibid.', 'Lee, China’s Korean Minority, p. 9.']
    expect(JSON.stringify(processCitations(tree(input)).items)).toBe(JSON.stringify(processCitations(tree(input)).items))
  })
})

// How the model reads a run of ordinary Chicago notes (forms, refs, pinpoints,
// labels, prefixes) is counted in test/fixtures/examples (`Chicago notes in a
// run: …`); what it fills the items with is pinned here.
describe('a run of ordinary Chicago notes', () => {
  const texts = [
    'John K. Fairbank, The United States and China, 4th ed. (Cambridge, MA: Harvard University Press, 1983), 45–47.',
    'Fairbank, United States and China, 50.',
    'Ibid.',
    'Ibid., 52.',
    'See, e.g., Odd Arne Westad, The Global Cold War: Third World Interventions and the Making of Our Times (Cambridge: Cambridge University Press, 2005), chap. 3.',
    'Chen Jian, Mao’s China and the Cold War (Chapel Hill: University of North Carolina Press, 2001), 12; Westad, Global Cold War, 88–90.',
    'Kathryn Weathersby, “Soviet Aims in Korea and the Origins of the Korean War, 1945–1950,” CWIHP Working Paper No. 8 (Washington, DC: Woodrow Wilson Center, November 1993), p. 12.',
    'New York Times, 12 June 1961, p. 4.'
  ]
  const {items} = processCitations(tree(texts))

  it('fills the items with what the notes say and nothing more', () => {
    expect(items.find((i) => i.id === 'fairbank1983')).toEqual({
      id: 'fairbank1983',
      type: 'book',
      author: [{family: 'Fairbank', given: 'John K.'}],
      title: 'The United States and China',
      edition: '4',
      publisher: 'Harvard University Press',
      'publisher-place': 'Cambridge, MA',
      issued: {'date-parts': [[1983]]}
    })
    expect(items.find((i) => i.id === 'weathersby1993')).toMatchObject({type: 'report', 'collection-title': 'CWIHP Working Paper', number: '8', issued: {'date-parts': [[1993, 11]]}})
    expect(items.find((i) => i.id === 'new-york-times-1961-06-12')).toEqual({
      id: 'new-york-times-1961-06-12',
      type: 'article-newspaper',
      'container-title': 'New York Times',
      issued: {'date-parts': [[1961, 6, 12]]}
    })
  })
})

describe('nameEndsWith: a name as a short form writes it', () => {
  it('matches initials to given names, whichever the full citation wrote', () => {
    expect(nameEndsWith('pierre nora', 'p nora')).toBe(true)
    expect(nameEndsWith('jean paul sartre', 'j p sartre')).toBe(true)
    expect(nameEndsWith('j p sartre', 'jean paul sartre')).toBe(true)
    expect(nameEndsWith('pierre nora', 'j nora')).toBe(false)
    expect(nameEndsWith('jean paul sartre', 'p j sartre')).toBe(false)
    expect(nameEndsWith('pierre nora', 'p norak')).toBe(false)
  })

  it('resolves `P. Nora, op. cit.` to the work of Pierre Nora cited before', () => {
    const {notes} = processCitations(
      tree(['Pierre Nora, Les lieux de mémoire, Paris, Gallimard, 1984, p. 23.', 'Jacques Le Goff, Histoire et mémoire, Paris, Gallimard, 1988, p. 105.', 'P. Nora, op. cit., p. 30.'])
    )
    expect(notes[2]!.citations[0]).toMatchObject({ref: notes[0]!.citations[0]!.ref, locator: '30'})
  })
})

describe('a short form by the author alone (`a.a.O.`, `op. cit.`)', () => {
  it('stands for the work by that author cited last, and a short title after one family name is read as the title', () => {
    const {notes} = processCitations(
      tree([
        'Vgl. Jürgen Habermas: Strukturwandel der Öffentlichkeit, Neuwied 1962, S. 45.',
        'Ders.: Theorie des kommunikativen Handelns, Bd. 2, Frankfurt a. M. 1981, S. 12 f.',
        'Habermas, Strukturwandel (wie Anm. 1), S. 50.',
        'Habermas, a.a.O., S. 200.'
      ])
    )
    const [strukturwandel, theorie] = [notes[0]!.citations[0]!.ref, notes[1]!.citations[0]!.ref]
    expect(strukturwandel).not.toBe(theorie)
    expect(notes[2]!.citations[0]).toMatchObject({ref: strukturwandel, locator: '50'})
    expect(notes[3]!.citations[0]).toMatchObject({ref: strukturwandel, locator: '200'})
  })

  it('keeps initials after the family name as the author’s (`Okun, S. B. Op. cit.`)', () => {
    const {notes, items} = processCitations(tree(['S. B. Okun, The Russian-American Company (Cambridge, MA: Harvard University Press, 1951), p. 3.', 'Okun, S. B. Op. cit., p. 112.']))
    expect(notes[1]!.citations[0]).toMatchObject({ref: notes[0]!.citations[0]!.ref, locator: '112'})
    expect(items).toHaveLength(1)
  })
})

describe('untitled archival documents', () => {
  it('are two works when their call numbers differ, one when they are the same', () => {
    const {notes, items} = processCitations(
      tree(['Archivio di Stato di Venezia (d’ora in poi ASV), Senato Mar, reg. 12, c. 45r.', 'ASV, Senato Mar, reg. 13, c. 2v.', 'ASV, Senato Mar, reg. 12, c. 45r.'])
    )
    expect(items).toHaveLength(2)
    expect(notes[1]!.citations[0]!.ref).not.toBe(notes[0]!.citations[0]!.ref)
    expect(notes[2]!.citations[0]!.ref).toBe(notes[0]!.citations[0]!.ref)
  })
})

describe('untitled links', () => {
  it('are two works when their addresses differ, one when they are the same', () => {
    const {notes, items} = processCitations(
      tree([
        'Tf-idf is not a pre-processing step for topic models. See https://datascience.stackexchange.com/questions/21950.',
        'Una introducción al análisis de dramas (ver https://quadrama.github.io/blog/2022/03/14/comp-drama-analysis-workshop).',
        'See again https://datascience.stackexchange.com/questions/21950.'
      ])
    )
    expect(items.map((i) => i.URL)).toEqual(['https://datascience.stackexchange.com/questions/21950', 'https://quadrama.github.io/blog/2022/03/14/comp-drama-analysis-workshop'])
    expect(items[0]!.id).toBe('datascience-stackexchange-com-questions')
    expect(notes[2]!.citations[0]!.ref).toBe(notes[0]!.citations[0]!.ref)
  })
})

describe('a back-reference written at the end of a short title', () => {
  it('is read as one (`Civiltà e imperi cit.`) and the short title resolves', () => {
    const {notes, items} = processCitations(
      tree([
        'F. Braudel, Civiltà e imperi del Mediterraneo nell’età di Filippo II, Torino, Einaudi, 1953, vol. I, p. 45.',
        'A. Tenenti, Venezia e il senso del mare, in «Studi veneziani», XII (1970), pp. 101-120.',
        'Braudel, Civiltà e imperi cit., p. 60.'
      ])
    )
    expect(notes[2]!.citations[0]).toMatchObject({ref: notes[0]!.citations[0]!.ref, form: 'short', locator: '60'})
    expect(items).toHaveLength(2)
  })
})
