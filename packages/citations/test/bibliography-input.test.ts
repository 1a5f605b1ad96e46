import {describe, expect, it} from 'vitest'
import {bibliographyFormat, readBibliography} from '@octavo/citations'

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
    const json = JSON.stringify([{id: 'a', type: 'book', title: 'A'}, {id: 'a', type: 'book', title: 'B'}])
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
