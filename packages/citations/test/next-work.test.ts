import {describe, expect, it} from 'vitest'
import {quotedTitleAfter, splitAtNextWork, splitAtTranslation, TRANSLATION_SIGNALS} from '../src/lib/next-work.js'
import type {LabeledCitation} from '../src/lib/model/reader.js'

/** One citation over the whole note, its fields given by their text, in order. */
function oneCitation(note: string, pieces: ReadonlyArray<readonly [LabeledCitation['fields'][number]['field'], string]>): LabeledCitation {
  let from = 0
  const fields = pieces.map(([field, text]) => {
    const start = note.indexOf(text, from)
    if (start < 0) throw new Error(`${text} not in ${note}`)
    from = start + text.length
    return {field, start, end: from, text}
  })
  return {start: 0, end: note.length, first: 0, last: 0, confidence: 0.9, fields}
}

const spans = (note: string, cs: readonly LabeledCitation[]) => cs.map((c) => note.slice(c.start, c.end))

describe('splitAtNextWork: two works read as one citation', () => {
  it('splits at names after a conjunction once the first work is whole (`1980 et Pierre Bourdieu`)', () => {
    const note = 'Pierre Bourdieu, Le sens pratique, Paris, Minuit, 1980 et Pierre Bourdieu, Les structures sociales de l’économie, Paris, Seuil, 2000'
    const c = oneCitation(note, [
      ['author', 'Pierre Bourdieu'],
      ['title', 'Le sens pratique'],
      ['publisher-place', 'Paris'],
      ['publisher', 'Minuit'],
      ['issued', '1980'],
      ['author', 'Pierre Bourdieu'],
      ['title', 'Les structures sociales de l’économie'],
      ['publisher-place', 'Paris'],
      ['publisher', 'Seuil'],
      ['issued', '2000']
    ])
    expect(spans(note, splitAtNextWork(note, [c]))).toEqual(['Pierre Bourdieu, Le sens pratique, Paris, Minuit, 1980', 'Pierre Bourdieu, Les structures sociales de l’économie, Paris, Seuil, 2000'])
  })

  it('splits at a title after a semicolon once the first work is whole (two treaties); not at a title after a comma', () => {
    const note =
      'Treaty between Ukraine and the Russian Federation on the State Border, January 28, 2003, United Nations Treaty Series Vol. 3161, Registration No. 54132; Treaty on Friendship between Ukraine and the Russian Federation, May 31, 1997, United Nations Treaty Series Vol. 3007'
    const c = oneCitation(note, [
      ['title', 'Treaty between Ukraine and the Russian Federation on the State Border'],
      ['issued', 'January 28, 2003'],
      ['container-title', 'United Nations Treaty Series'],
      ['volume', 'Vol. 3161'],
      ['title', 'Treaty on Friendship between Ukraine and the Russian Federation'],
      ['issued', 'May 31, 1997'],
      ['container-title', 'United Nations Treaty Series'],
      ['volume', 'Vol. 3007']
    ])
    expect(spans(note, splitAtNextWork(note, [c]))).toEqual([
      'Treaty between Ukraine and the Russian Federation on the State Border, January 28, 2003, United Nations Treaty Series Vol. 3161',
      'Treaty on Friendship between Ukraine and the Russian Federation, May 31, 1997, United Nations Treaty Series Vol. 3007'
    ])
    const comma = 'Anna Berg, Die Stadt, Wien 2001, Der Markt'
    const d = oneCitation(comma, [
      ['author', 'Anna Berg'],
      ['title', 'Die Stadt'],
      ['issued', '2001'],
      ['title', 'Der Markt']
    ])
    expect(splitAtNextWork(comma, [d])).toEqual([d])
  })

  it('splits at a full stop or a semicolon, as often as works follow', () => {
    const note = 'Norman Naimark, Flammender Hass, München 2004. Jochen Oltmer, Migration und Politik, Göttingen 2005; Eugene Kulischer, Europe on the Move, New York 1948'
    const c = oneCitation(note, [
      ['author', 'Norman Naimark'],
      ['title', 'Flammender Hass'],
      ['publisher-place', 'München'],
      ['issued', '2004'],
      ['author', 'Jochen Oltmer'],
      ['title', 'Migration und Politik'],
      ['publisher-place', 'Göttingen'],
      ['issued', '2005'],
      ['author', 'Eugene Kulischer'],
      ['title', 'Europe on the Move'],
      ['publisher-place', 'New York'],
      ['issued', '1948']
    ])
    expect(spans(note, splitAtNextWork(note, [c]))).toEqual([
      'Norman Naimark, Flammender Hass, München 2004',
      'Jochen Oltmer, Migration und Politik, Göttingen 2005',
      'Eugene Kulischer, Europe on the Move, New York 1948'
    ])
  })

  it('splits at names after a comma alone when a quoted title follows them', () => {
    const note =
      'Devansh Arpit et al., "An Analysis of Random Projections," arXiv, January 17, 2014, T. Bianchi and E. Magli, "Analysis of One-Time Random Projections," IEEE Transactions 11 (2016): 313-27'
    const c = oneCitation(note, [
      ['author', 'Devansh Arpit et al.'],
      ['title', 'An Analysis of Random Projections'],
      ['issued', 'January 17, 2014'],
      ['author', 'T. Bianchi and E. Magli'],
      ['title', 'Analysis of One-Time Random Projections'],
      ['container-title', 'IEEE Transactions'],
      ['volume', '11'],
      ['issued', '2016'],
      ['page', '313-27']
    ])
    expect(spans(note, splitAtNextWork(note, [c])).map((x) => x.slice(0, 30))).toEqual(['Devansh Arpit et al., "An Anal', 'T. Bianchi and E. Magli, "Anal'])
    // an unquoted title after the names does not split at a comma (`…, 2014, Smith, History of …`)
    const plain = 'Ann Lee, "Data," Journal 2 (2014), Bob Smith, History of Data'
    const d = oneCitation(plain, [
      ['author', 'Ann Lee'],
      ['title', 'Data'],
      ['volume', '2'],
      ['issued', '2014'],
      ['author', 'Bob Smith'],
      ['title', 'History of Data']
    ])
    expect(splitAtNextWork(plain, [d])).toHaveLength(1)
  })

  it('keeps names that are editors, names before the first work is whole, and names with no title after them', () => {
    const edited = 'Stich, S.P. (1984). Expertise and Inductive Reasoning. Haskell, T.L., Ed. The Authority of Experts'
    const e = oneCitation(edited, [
      ['author', 'Stich, S.P.'],
      ['issued', '1984'],
      ['title', 'Expertise and Inductive Reasoning'],
      ['author', 'Haskell, T.L.'],
      ['container-title', 'The Authority of Experts']
    ])
    expect(splitAtNextWork(edited, [e])).toEqual([e])
    const coauthor = 'Anna Berg and Jan Kos, Die Stadt, Wien 2001'
    const a = oneCitation(coauthor, [
      ['author', 'Anna Berg'],
      ['author', 'Jan Kos'],
      ['title', 'Die Stadt'],
      ['publisher-place', 'Wien'],
      ['issued', '2001']
    ])
    expect(splitAtNextWork(coauthor, [a])).toEqual([a])
    const reviewer = 'Anna Berg, Die Stadt, Wien 2001; Jan Kos'
    const r = oneCitation(reviewer, [
      ['author', 'Anna Berg'],
      ['title', 'Die Stadt'],
      ['publisher-place', 'Wien'],
      ['issued', '2001'],
      ['author', 'Jan Kos']
    ])
    expect(splitAtNextWork(reviewer, [r])).toEqual([r])
  })
})

describe('quotedTitleAfter: a citation ended at the opening mark of its title', () => {
  it('takes the quotation up to its closing mark as the title', () => {
    const note = 'Véanse Iglesias Pardo, «Expresiones regulares», y Ferrer Aranda, «Guía de uso».'
    const c = oneCitation(note, [['author', 'Ferrer Aranda']])
    const cut = {...c, start: note.indexOf('Ferrer'), end: note.indexOf('Guía')}
    const [read] = quotedTitleAfter(note, [cut])
    expect(note.slice(read!.start, read!.end)).toBe('Ferrer Aranda, «Guía de uso»')
    expect(read!.fields.map((f) => [f.field, f.text])).toEqual([
      ['author', 'Ferrer Aranda'],
      ['title', 'Guía de uso']
    ])
  })

  it('leaves a citation with a title, and a quotation that closes past a semicolon or not at all', () => {
    const note = 'Ferrer Aranda, «Guía; and more'
    const c = {...oneCitation(note, [['author', 'Ferrer Aranda']]), end: note.indexOf('Guía')}
    expect(quotedTitleAfter(note, [c])).toEqual([c])
  })
})

describe('splitAtTranslation: a translation cited after the work', () => {
  /** Each language's example: the work's title and year, the translation's title and year (the model's container-title). */
  const PARTS: Readonly<Record<string, readonly [string, string, string, string]>> = {
    de: ['Simulacres et Simulation', '1981', 'Agonie des Realen', '1978'],
    en: ['La distinction', '1979', 'Distinction', '1984'],
    fr: ['Wirtschaft und Gesellschaft', '1922', 'Économie et société', '1971'],
    es: ['Wirtschaft und Gesellschaft', '1922', 'Economía y sociedad', '1944'],
    it: ['Wirtschaft und Gesellschaft', '1922', 'Economia e società', '1961']
  }

  for (const {lang, example} of TRANSLATION_SIGNALS) {
    it(`is its own citation from its title on, its container-title read as its title (${lang})`, () => {
      const [title, year, translation, later] = PARTS[lang]!
      const c = oneCitation(example, [
        ['title', title],
        ['issued', year],
        ['container-title', translation],
        ['issued', later]
      ])
      const split = splitAtTranslation(example, [c])
      // the work ends with its year; the translation starts at its title, after the words that announce it
      expect(split.map((x) => [x.start, x.end])).toEqual([
        [0, example.indexOf(year) + year.length],
        [example.indexOf(translation), example.length]
      ])
      expect(split.map((x) => x.fields.map((f) => `${f.field}: ${f.text}`))).toEqual([
        [`title: ${title}`, `issued: ${year}`],
        [`title: ${translation}`, `issued: ${later}`]
      ])
    })
  }

  it('keeps a citation whose first part has no title, or with nothing after the words', () => {
    const note = 'Müller 1990, 12; dt.: Die Stadt (Berlin 1992)'
    const c = oneCitation(note, [
      ['author', 'Müller'],
      ['issued', '1990'],
      ['title', 'Die Stadt']
    ])
    expect(splitAtTranslation(note, [c])).toEqual([c])
    const d = oneCitation(note, [
      ['title', 'Müller'],
      ['issued', '1990']
    ])
    expect(splitAtTranslation(note, [d])).toEqual([d])
  })
})
