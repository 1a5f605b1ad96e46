import {describe, expect, it} from 'vitest'
import {labelNote, type LabeledCitation} from '../src/lib/model/reader.js'
import {shippedModel} from '../src/lib/model/shipped.js'
import {SPAN_RULES} from '../src/lib/segment.js'

const model = shippedModel()

/** The citations' text. */
const spans = (text: string, citations: readonly LabeledCitation[]) => citations.map((c) => text.slice(c.start, c.end))

/** What each rule makes of the model's labels of its example: the citations' text. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'an announced archive takes its call number': ['«Padrón de vecinos», 1752, Archivo Municipal de Valdemora (en adelante, AMV), legajo 123, exp. 4'],
  'a chapter cut at its `in` before editors is one citation': [
    'Fulcher, “Shifting the Paradigm,” in Victoria Johnson, Jane F. Fulcher, and Thomas Ertman (eds.), Opera and Society in Italy and France from Monteverdi to Bourdieu (Cambridge: Cambridge University Press, 2007), 1–25'
  ],
  'an Ibid. ends with the sentence of its locator': ['Ibid., 106, 114-120.'],
  'a signal read into the citation is its prefix': ['Hoffmann; Keller, a.a.O., S. 70']
}

/**
 * The cut a rule exists for, where the shipped model no longer makes it
 * (it reads the chapter whole): the chapter's names and title, then the book
 * opening with its editors.
 */
function modelCut(rule: string, text: string): LabeledCitation[] | undefined {
  if (rule !== 'a chapter cut at its `in` before editors is one citation') return undefined
  const span = (field: 'author' | 'title' | 'container-title', s: string) => ({field, start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s})
  const book = text.indexOf('Victoria')
  return [
    {start: 0, end: text.indexOf(' in '), first: 0, last: 8, confidence: 0.9, fields: [span('author', 'Fulcher'), span('title', 'Shifting the Paradigm')]},
    {start: book, end: text.length - 1, first: 10, last: 60, confidence: 0.8, fields: [span('author', 'Victoria Johnson, Jane F. Fulcher, and Thomas Ertman'), span('container-title', 'Opera and Society in Italy and France from Monteverdi to Bourdieu')]}
  ]
}

describe('SPAN_RULES: the rules that mend the model’s spans, each on its example', () => {
  it('has an expectation for every rule', () => {
    expect(SPAN_RULES.map((r) => r.name)).toEqual(Object.keys(EXPECTED))
  })

  for (const {name, example, apply} of SPAN_RULES) {
    it(`${name}: ${example.slice(0, 60)}…`, () => {
      const labeled = labelNote(example, undefined, model).citations
      const cut = modelCut(name, example)
      if (cut) expect(spans(example, labeled)).toEqual(EXPECTED[name]) // the shipped model reads it whole …
      const before = cut ?? labeled
      const after = apply(example, before)
      // … the rule changes the spans, and makes them what the note says.
      expect(spans(example, after)).not.toEqual(spans(example, before))
      expect(spans(example, after)).toEqual(EXPECTED[name])
    })
  }
})
