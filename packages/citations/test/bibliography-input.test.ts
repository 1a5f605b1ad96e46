import {describe, expect, it} from 'vitest'
import {bibliographyFormat, readBibliography} from '@octavo/citations'
import {VARIABLE_RULES} from '../src/lib/csl-json-check.js'

describe('readBibliography', () => {
  it('reads BibTeX with its citation keys', () => {
    const {items, diagnostics} = readBibliography('@book{owen2004, author = {Owen, David}, title = {Copies in Seconds}, publisher = {Simon \\& Schuster}, year = {2004}}', 'bibtex')
    expect(diagnostics).toEqual([])
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({id: 'owen2004', type: 'book', title: 'Copies in Seconds', author: [{family: 'Owen', given: 'David'}]})
  })

  it('reads RIS', () => {
    const ris = 'TY  - BOOK\nID  - gitelman2014\nAU  - Gitelman, Lisa\nTI  - Paper Knowledge\nPY  - 2014\nER  - \n'
    const {items} = readBibliography(ris, 'ris')
    expect(items[0]).toMatchObject({type: 'book', title: 'Paper Knowledge'})
  })

  it('reads CSL-JSON and warns about a repeated key', () => {
    const json = JSON.stringify([
      {id: 'a', type: 'book', title: 'A'},
      {id: 'a', type: 'book', title: 'B'}
    ])
    const {items, diagnostics} = readBibliography(json, 'csl-json')
    expect(items.map((item) => item.title)).toEqual(['A'])
    expect(diagnostics[0]?.message).toBe("citation key 'a' appears twice in the bibliography; the first entry is used")
  })

  it('turns unreadable data into an error diagnostic', () => {
    const {items, diagnostics} = readBibliography('[{"id": ', 'csl-json')
    expect(items).toEqual([])
    expect(diagnostics[0]?.severity).toBe('error')
  })

  it('knows formats by extension', () => {
    expect(['refs.json', 'refs.bib', 'refs.RIS', 'refs.txt'].map(bibliographyFormat)).toEqual(['csl-json', 'bibtex', 'ris', undefined])
  })
})

describe('CSL-JSON variables of the wrong kind (checkCslJson)', () => {
  const entry = (fields: string) => `[\n  {"id": "a", "type": "book",\n   ${fields}}\n]`

  it.each(VARIABLE_RULES.filter((rule) => rule.name !== 'own structure').map((rule) => [rule.name, rule.example]))('%s: %s is an error at the value, never a throw', (_, example) => {
    const {items, diagnostics} = readBibliography(entry(example), 'csl-json')
    const variable = /^"([^"]+)"/.exec(example)![1]!
    expect(items).toEqual([])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({severity: 'error', position: {start: {line: 3, column: 8 + variable.length}}})
    expect(diagnostics[0]!.message).toMatch(new RegExp(`^entry 1: '${variable}' must be `))
  })

  it('own structure: passed on as it is', () => {
    const rule = VARIABLE_RULES.find((r) => r.name === 'own structure')!
    const {items, diagnostics} = readBibliography(entry(rule.example), 'csl-json')
    expect(diagnostics).toEqual([])
    expect(items[0]).toMatchObject({custom: {'zotero-key': 7}})
  })

  it.each([
    ['a name that is text', '"author": ["Smith"]', 3, 15, "entry 1: 'author' has a name that is not an object"],
    ['a numeric family name', '"author": [{"family": 42}]', 3, 26, "entry 1: 'author' has a name whose 'family' is not text"],
    ['a month that is a word', '"issued": {"date-parts": [[2001, "May"]]}', 3, 37, "entry 1: 'issued' must be a date"],
    ['three date ranges', '"issued": {"date-parts": [[1], [2], [3]]}', 3, 29, "entry 1: 'issued' must be a date"]
  ])('%s: %s', (_, fields, line, column, message) => {
    const {diagnostics} = readBibliography(entry(fields), 'csl-json')
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]!.position?.start).toMatchObject({line, column})
    expect(diagnostics[0]!.message.startsWith(message)).toBe(true)
  })

  it('an entry that is not an object is an error at the entry', () => {
    const {diagnostics} = readBibliography('[{"id": "a", "type": "book"},\n 7]', 'csl-json')
    expect(diagnostics.map((d) => [d.position?.start.line, d.position?.start.column, d.message])).toEqual([[2, 2, 'entry 2 is not a CSL item: write it as {"id": …, "type": …}']])
  })

  it('a number where text is expected is text; null is no value; dates as text or numeric strings pass', () => {
    const {items, diagnostics} = readBibliography(entry('"title": 7, "volume": 3, "publisher": null, "issued": {"date-parts": [["2001", "5"]]}, "accessed": {"raw": "2020"}'), 'csl-json')
    expect(diagnostics).toEqual([])
    expect(items[0]).toMatchObject({title: '7', volume: 3})
    expect(items[0]).not.toHaveProperty('publisher')
  })
})

describe('a large bibliography (issue 18)', {tags: ['slow']}, () => {
  // citation-js's `new Cite` added the entries with `push(...items)`: past ~150,000 the stack overflowed and the
  // file was reported as "expected a JSON array of CSL items".
  it('reads 200,000 CSL-JSON entries', {timeout: 300_000}, () => {
    const entries = Array.from({length: 200_000}, (_, i) => ({id: `k${i}`, type: 'book', title: `Book ${i}`}))
    const {items, diagnostics} = readBibliography(JSON.stringify(entries), 'csl-json')
    expect(diagnostics).toEqual([])
    expect(items).toHaveLength(200_000)
    expect(items[199_999]).toMatchObject({id: 'k199999', title: 'Book 199999'})
  })

  it('gives an entry without an id the same temporary id every time (citation-js drew a random one)', () => {
    const ris = 'TY  - BOOK\nTI  - First\nER  - \nTY  - BOOK\nID  - temp_id_1\nTI  - Second\nER  - \n'
    const ids = () => readBibliography(ris, 'ris').items.map((item) => item.id)
    expect(ids()).toEqual(['temp_id_2', 'temp_id_1'])
    expect(ids()).toEqual(ids())
  })
})
