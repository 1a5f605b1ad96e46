import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {CslItem, Diagnostic} from '@octavo/parser'
import {bibliographyNode, formatBibliography, formattedKey, prepareForStyle, type FormattedStore, type StoredBibliography} from '../src/index.js'

const style = readFileSync(new URL('../styles/chicago-notes-bibliography.csl', import.meta.url), 'utf8')
// An invented work.
const items: CslItem[] = [
  {
    id: 'vellido2011',
    type: 'book',
    author: [{family: 'Vellido', given: 'Marta'}],
    title: 'The Salt Roads of Castile',
    publisher: 'Ediciones Norte',
    'publisher-place': 'Madrid',
    issued: {'date-parts': [[2011]]}
  }
]

class MapStore implements FormattedStore {
  readonly map = new Map<string, StoredBibliography>()
  gets = 0
  get(key: string) {
    this.gets++
    return this.map.get(key)
  }
  set(key: string, value: StoredBibliography) {
    this.map.set(key, value)
  }
}

describe('a FormattedStore keeps formatted bibliographies between runs', () => {
  it('keeps what citeproc gave under the key of (style, language, items), and gives it back instead of formatting again', () => {
    const store = new MapStore()
    const text = formatBibliography(items, {style, store, format: 'text'})
    expect(text).toBe('Vellido, Marta. The Salt Roads of Castile. Madrid: Ediciones Norte, 2011.\n')
    const key = formattedKey(
      style,
      undefined,
      items.map((i) => prepareForStyle(i))
    )
    expect([...store.map.keys()]).toEqual([key])
    // What the store holds is what is printed: an entry changed in the store shows (citeproc is not asked again).
    store.map.set(key, {entries: [['vellido2011', '<div class="csl-entry">Kept, <i>Entry</i>.</div>']], diagnostics: []})
    expect(formatBibliography(items, {style, store, format: 'text'})).toBe('Kept, Entry.\n')
    expect(formatBibliography(items, {style, store, format: 'html'})).toBe('<div class="csl-bib-body">\n<div class="csl-entry">Kept, <i>Entry</i>.</div></div>')
    expect(bibliographyNode(items, {style, store}).children[0]!.children).toEqual([
      {type: 'text', value: 'Kept, '},
      {type: 'emphasis', children: [{type: 'text', value: 'Entry'}]},
      {type: 'text', value: '.'}
    ])
  })

  it('keeps each entry as phrasing content too: a bibliography found in the store parses no HTML, unless what is kept is not phrasing', () => {
    const store = new MapStore()
    const made = bibliographyNode(items, {style, store})
    const key = formattedKey(
      style,
      undefined,
      items.map((i) => prepareForStyle(i))
    )
    const kept = store.map.get(key)!
    expect(kept.phrasing).toEqual([made.children[0]!.children])
    // The kept phrasing is what is used (it is not the HTML's any more): no HTML parsed.
    store.map.set(key, {...kept, entries: [...kept.entries], phrasing: [[{type: 'text', value: 'From the phrasing kept.'}]]})
    expect(bibliographyNode(items, {style, store}).children[0]!.children).toEqual([{type: 'text', value: 'From the phrasing kept.'}])
    expect(formatBibliography(items, {style, store, format: 'text'})).toBe('From the phrasing kept.\n')
    // Phrasing that cannot be an entry's (another node type, an entry too many, not an array) is not used: the HTML is parsed.
    for (const phrasing of [[[{type: 'strong', children: []}]], [[], []], 'damaged']) {
      store.map.set(key, {...kept, entries: [...kept.entries], phrasing: phrasing as never})
      expect(bibliographyNode(items, {style, store}).children[0]!.children).toEqual(made.children[0]!.children)
    }
  })

  it('gives back the messages of formatting too (an unknown locale), so a kept bibliography says what a new one says', () => {
    const store = new MapStore()
    const first: Diagnostic[] = []
    formatBibliography(items, {style, store, lang: 'tlh', format: 'text', diagnostics: first})
    expect(first.map((d) => d.message)).toEqual(['No CSL locale for "tlh"; the bibliography is formatted in en-US'])
    const second: Diagnostic[] = []
    formatBibliography(items, {style, store, lang: 'tlh', format: 'text', diagnostics: second})
    expect(second).toEqual(first)
    expect(store.map.size).toBe(1)
  })

  it('keys apart what formats apart: another language, another style, another item', () => {
    const prepared = items.map((i) => prepareForStyle(i))
    const key = formattedKey(style, 'en', prepared)
    expect(formattedKey(style, 'fr', prepared)).not.toBe(key)
    expect(formattedKey(`${style} `, 'en', prepared)).not.toBe(key)
    expect(formattedKey(style, 'en', [{...prepared[0]!, title: 'The Salt Road'}])).not.toBe(key)
  })
})
