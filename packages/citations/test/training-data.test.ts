import {describe, expect, test} from 'vitest'
import {harmonizeLinkedBooks, linkedBooksRoles, placeOutOfTitle, type LabeledRecord, type Span} from '../train/data.js'

/** The labels of `text` written as `label=text` pieces, for reading. */
function shown(text: string, labels: readonly Span[]): string[] {
  return labels.map(([start, end, label]) => `${label}=${text.slice(start, end)}`)
}

/** Labels from pieces `[label, text]` laid end to end with `sep` between them. */
function labeled(pieces: ReadonlyArray<readonly [string, string]>, sep = ' '): {text: string; labels: Span[]} {
  let text = ''
  const labels: Span[] = []
  for (const [label, piece] of pieces) {
    if (text) text += sep
    labels.push([text.length, text.length + piece.length, label])
    text += piece
  }
  return {text, labels}
}

describe('LinkedBooks labels for training', () => {
  test('a place labeled into a title is the place', () => {
    const {text, labels} = labeled([
      ['author', 'U. Tucci,'],
      ['title', 'La psicologia del mercante veneziano, Bologna'],
      ['issued', '1981,'],
      ['page', 'pp. 43-94,']
    ])
    expect(shown(text, placeOutOfTitle(text, labels))).toEqual(['author=U. Tucci,', 'title=La psicologia del mercante veneziano,', 'publisher-place=Bologna', 'issued=1981,', 'page=pp. 43-94,'])
  })

  test('a title keeps its last words when a place is labeled, or no date follows', () => {
    const placed = labeled([
      ['author', 'Ugo Foscolo,'],
      ['title', 'Epistolario,'],
      ['publisher-place', 'Firenze,'],
      ['issued', '1949.']
    ])
    expect(placeOutOfTitle(placed.text, placed.labels)).toEqual(placed.labels)
    const undated = labeled([
      ['author', 'G. Fasoli,'],
      ['title', 'Nascita di un mito, Roma'],
      ['page', 'p. 4']
    ])
    expect(placeOutOfTitle(undated.text, undated.labels)).toEqual(undated.labels)
  })

  test('an editor marked in an author span is the editor, names only', () => {
    const lead = labeled([
      ['title', 'Le ville venete,'],
      ['author', 'a cura di G. Mazzotti,'],
      ['publisher-place', 'Treviso'],
      ['issued', '1953']
    ])
    expect(shown(lead.text, linkedBooksRoles(lead.text, lead.labels))[1]).toBe('editor=G. Mazzotti,')
    const trail = labeled([
      ['author', 'G. Ortolani (a cura di),'],
      ['title', 'Tutte le opere di Carlo Goldoni,']
    ])
    expect(shown(trail.text, linkedBooksRoles(trail.text, trail.labels))[0]).toBe('editor=G. Ortolani')
    const author = labeled([
      ['author', 'G. Edwards,'],
      ['title', 'Storia']
    ])
    expect(linkedBooksRoles(author.text, author.labels)).toEqual(author.labels)
  })

  test('a journal’s number and year are the volume (or issue) and the date', () => {
    for (const [span, number, year] of [
      ['VII (1983),', 'volume=VII', 'issued= (1983),'],
      ['22, 1808,', 'volume=22', 'issued=, 1808,'],
      ['3 (1951-2),', 'volume=3', 'issued= (1951-2),'],
      ['n. 15 (1982),', 'issue=n. 15', 'issued= (1982),']
    ] as const) {
      const {text, labels} = labeled([['publicationnumber-year', span]])
      expect(shown(text, linkedBooksRoles(text, labels)), span).toEqual([number, year])
    }
    const bare = labeled([['publicationnumber-year', 'IX,']])
    expect(shown(bare.text, linkedBooksRoles(bare.text, bare.labels))).toEqual(['volume=IX,'])
  })

  test('harmonizeLinkedBooks applies them with names joined and the second title a container', () => {
    const {text, labels} = labeled([
      ['author', 'B. Brunelli,'],
      ['title', 'Le ville della provincia di Padova,'],
      ['conjunction', 'in'],
      ['title', 'Le ville venete,'],
      ['author', 'a cura di G. Mazzotti,'],
      ['publisher-place', 'Treviso'],
      ['issued', '1953,']
    ])
    const record: LabeledRecord = {id: 'x', doc: 'd', source: 'linkedbooks', lang: 'it', kind: 'footnote', text, citations: [{start: 0, end: text.length, labels}]}
    expect(shown(text, harmonizeLinkedBooks(record).citations[0]!.labels)).toEqual([
      'author=B. Brunelli,',
      'title=Le ville della provincia di Padova,',
      'conjunction=in',
      'container-title=Le ville venete,',
      'editor=G. Mazzotti,',
      'publisher-place=Treviso',
      'issued=1953,'
    ])
  })
})
