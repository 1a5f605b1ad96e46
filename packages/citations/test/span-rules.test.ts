import {describe, expect, it} from 'vitest'
import {labelNote, type LabeledCitation} from '../src/lib/model/reader.js'
import {cited} from './cited.js'
import {shippedModel} from '../src/lib/model/shipped.js'
import {SPAN_RULES, type SegmentNoteOptions} from '../src/lib/segment.js'

const model = shippedModel()

/** The citations as the reader sees them: each one's text, then its fields. */
const shown = (note: string, cs: readonly LabeledCitation[]) => cs.map((c) => [note.slice(c.start, c.end), ...c.fields.map((f) => `${f.field}: ${f.text}`)])

/**
 * The cut a rule exists for, where the shipped model no longer makes it on
 * the rule's example (it reads the note right): the labels the rule mends.
 */
const CUTS: Readonly<Record<string, (note: string) => LabeledCitation[]>> = {
  'a chapter cut at its `in` before editors is one citation': (note) => [
    cited(note, 'Fulcher, “Shifting the Paradigm,”', [['author', 'Fulcher'], ['title', 'Shifting the Paradigm']]),
    cited(note, note.slice(note.indexOf('Victoria'), -1), [['author', 'Victoria Johnson, Jane F. Fulcher, and Thomas Ertman'], ['container-title', 'Opera and Society in Italy and France from Monteverdi to Bourdieu']])
  ],
  'two works read as one citation are two': (note) => [
    cited(note, note.slice(0, -1), [['author', 'Pierre Bourdieu'], ['title', 'Le sens pratique'], ['publisher-place', 'Paris'], ['publisher', 'Minuit'], ['issued', '1980'], ['author', 'Pierre Bourdieu'], ['title', 'Les structures sociales de l’économie'], ['publisher-place', 'Paris'], ['publisher', 'Seuil'], ['issued', '2000']])
  ],
  'a citation ended at the opening mark of its title takes the quoted title': (note) => [cited(note, 'Ferrer Aranda, «', [['author', 'Ferrer Aranda']])],
  'a periodical’s date and page left after the citation are its': (note) => [cited(note, 'The Hessle Ferry Once More,” Beverley Chronicle,', [['title', 'The Hessle Ferry Once More'], ['title', 'Beverley Chronicle']])],
  'an archive’s abbreviation and call number left after the citation are its': (note) => [cited(note, '«Padrón de vecinos de Valdemora de la Sierra», 1752,', [['title', 'Padrón de vecinos de Valdemora de la Sierra'], ['issued', '1752']])],
  'a linked title read on a day is a web page (the title a link)': () => []
}

/** The options a rule's example is read with: a linked title's link. */
const OPTIONS: Readonly<Record<string, Partial<SegmentNoteOptions>>> = {
  'a linked title read on a day is a web page (the title a link)': {links: [{start: 0, end: 25, url: 'https://programminghistorian.org/'}]}
}

/** What each rule makes of its example's labels. */
const EXPECTED: Readonly<Record<string, ReadonlyArray<readonly string[]>>> = {
  'an announced archive takes its call number': [['«Padrón de vecinos», 1752, Archivo Municipal de Valdemora (en adelante, AMV), legajo 123, exp. 4', 'title: Padrón de vecinos', 'issued: 1752', 'archive: Archivo Municipal de Valdemora (en adelante, AMV)', 'archive_location: legajo 123, exp. 4']],
  'a chapter cut at its `in` before editors is one citation': [['Fulcher, “Shifting the Paradigm,” in Victoria Johnson, Jane F. Fulcher, and Thomas Ertman (eds.), Opera and Society in Italy and France from Monteverdi to Bourdieu (Cambridge: Cambridge University Press, 2007), 1–25', 'author: Fulcher', 'title: Shifting the Paradigm', 'editor: Victoria Johnson, Jane F. Fulcher, and Thomas Ertman', 'container-title: Opera and Society in Italy and France from Monteverdi to Bourdieu']],
  'two works read as one citation are two': [['Pierre Bourdieu, Le sens pratique, Paris, Minuit, 1980', 'author: Pierre Bourdieu', 'title: Le sens pratique', 'publisher-place: Paris', 'publisher: Minuit', 'issued: 1980'], ['Pierre Bourdieu, Les structures sociales de l’économie, Paris, Seuil, 2000', 'author: Pierre Bourdieu', 'title: Les structures sociales de l’économie', 'publisher-place: Paris', 'publisher: Seuil', 'issued: 2000']],
  'a citation ended at the opening mark of its title takes the quoted title': [['Ferrer Aranda, «Guía de uso»', 'author: Ferrer Aranda', 'title: Guía de uso']],
  'a periodical’s date and page left after the citation are its': [['The Hessle Ferry Once More,” Beverley Chronicle, 2 September 1848, 2', 'title: The Hessle Ferry Once More', 'title: Beverley Chronicle', 'issued: 2 September 1848', 'page: 2']],
  'an archive’s abbreviation and call number left after the citation are its': [['«Padrón de vecinos de Valdemora de la Sierra», 1752, AMV, legajo 123, exp. 4', 'title: Padrón de vecinos de Valdemora de la Sierra', 'issued: 1752', 'archive: AMV', 'archive_location: legajo 123, exp. 4']],
  'a document named by its kind before its date has that name as its title': [['Bericht vom 12.03.1879, StAK, Best. 12 Nr. 345.', 'title: Bericht', 'issued: 12.03.1879', 'container-title: StAK', 'archive_location: Best. 12 Nr. 345']],
  'a linked title read on a day is a web page (the title a link)': [['The Programming Historian, accessed 3 March 2021', 'title: The Programming Historian', 'accessed: accessed 3 March 2021']],
  'when a page was read, read as nothing, joins the citation': [['The Programming Historian, accessed 3 March 2021.', 'container-title: The Programming Historian', 'accessed: accessed 3 March 2021']],
  'an Ibid. ends with the sentence of its locator': [['Ibid., 106, 114-120.', 'abbrev: Ibid', 'volume: 106', 'page: 114-120']],
  'a signal read into the citation is its prefix': [['Hoffmann; Keller, a.a.O., S. 70', 'author: Hoffmann; Keller', 'abbrev: a.a.O', 'page: 70']]
}

describe('SPAN_RULES: the rules that mend the model’s spans, each on its example', () => {
  it('has an expectation for every rule', () => {
    expect(SPAN_RULES.map((r) => r.name)).toEqual(Object.keys(EXPECTED))
  })

  for (const {name, example, apply} of SPAN_RULES) {
    it(`${name}: ${example.slice(0, 60)}…`, () => {
      const before = CUTS[name]?.(example) ?? labelNote(example, undefined, model).citations
      const after = apply(example, before, {model, ...OPTIONS[name]})
      // The rule changes the labels (the model's, or the cut it exists for), and makes them what the note says.
      expect(shown(example, after)).not.toEqual(shown(example, before))
      expect(shown(example, after)).toEqual(EXPECTED[name])
    })
  }
})
