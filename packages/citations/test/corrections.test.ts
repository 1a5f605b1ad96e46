import {describe, expect, it} from 'vitest'
import type {FootnoteDefinition, Root} from 'mdast'
import {parse as parseYaml} from 'yaml'
import {
  applyCorrections,
  citationHash,
  citationKey,
  CORRECTION_FIELDS,
  CORRECTION_OPERATIONS,
  parseCorrections,
  SETTLED,
  isNoteDiagnostic,
  NOTE_WARNINGS,
  processCitations,
  type NoteRecord
} from '../src/index.js'

/** Six notes as the notes reader reads them: a work, Ibid., another work, a near-duplicate of it and a short form, a short form in commentary, two short forms read as one new work. */
const NOTES = [
  'Chae-Jin Lee, China’s Korean Minority: The Politics of Ethnic Education (Boulder: Westview Press, 1986), pp. 15–16.',
  'Ibid., p. 20.',
  'Francis C. Jones, Manchuria since 1931 (London: Royal Institute of International Affairs, 1949), p. 72.',
  'F. Jones, Manchuria after 1931 (London: RIIA, 1950), 80; Lee, China’s Korean Minority, 19.',
  'This was much debated at the time; see Jones, Manchuria since 1931, 90.',
  'Lee, China’s Korean Minority, 19, Jones, Manchuria since 1931, 90.'
]

function read() {
  const tree: Root = {
    type: 'root',
    children: NOTES.map((text, i): FootnoteDefinition => ({
      type: 'footnoteDefinition',
      identifier: String(i + 1),
      data: {number: i + 1},
      children: [{type: 'paragraph', children: [{type: 'text', value: text}]}]
    }))
  }
  const {notes, items} = processCitations(tree)
  return {notes, items}
}

const input = read()

/** The key of the `index`th citation of note `note`, written as YAML. */
function key(note: number, index = 0): string {
  const k = citationKey(
    input.notes.find((n) => n.note === note)!,
    index
  )
  return `{note: ${k.note}, citation: "${k.citation}", index: ${k.index}}`
}

/** A corrections file of entries, each `[note, index, operation lines]`. */
function file(...entries: Array<[number, number, string]>): string {
  const body = entries.map(([note, index, op]) => {
    const k = citationKey(
      input.notes.find((n) => n.note === note)!,
      index
    )
    return `  - note: ${note}\n    citation: "${k.citation}"\n    index: ${index}\n${op
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n')}`
  })
  return `octavo-corrections: 1\ncorrections:\n${body.join('\n')}\n`
}

function corrected(text: string) {
  const parsed = parseCorrections(text)
  expect(parsed.diagnostics).toEqual([])
  return applyCorrections(input, parsed.corrections)
}

const cite = (notes: readonly NoteRecord[], note: number, index = 0) => notes.find((n) => n.note === note)!.citations[index]!
const item = (result: {items: ReadonlyArray<{id: string}>}, id: string) => result.items.find((i) => i.id === id) as Record<string, unknown> | undefined

describe('the fixture, as the notes reader reads it', () => {
  it('has the works and forms the cases below correct', () => {
    expect(input.notes.map((n) => n.citations.map((c) => `${c.ref}:${c.form}`))).toEqual([
      ['lee1986:full'],
      ['lee1986:ibid'],
      ['jones1949:full'],
      ['jones1950:full', 'lee1986:short'],
      ['jones1949:short'],
      ['lee:full']
    ])
  })
})

describe('citationHash', () => {
  it('is 8 hex digits of SHA-256 of the text, white space and Unicode normalized', () => {
    expect(citationHash('Ibid., p. 20')).toMatch(/^[0-9a-f]{8}$/)
    expect(citationHash(' Ibid.,\n   p. 20 ')).toBe(citationHash('Ibid., p. 20'))
    expect(citationHash('Cafe\u0301')).toBe(citationHash('Café'))
    expect(citationHash('Ibid., p. 21')).not.toBe(citationHash('Ibid., p. 20'))
  })
})

describe('CORRECTION_FIELDS: each example sets its field', () => {
  for (const {field, example} of CORRECTION_FIELDS) {
    it(`${field}: ${example}`, () => {
      const result = corrected(file([1, 0, `set: {${example}}`]))
      const written = parseYaml(example)[field]
      const value = (CITATION_OWN.includes(field) ? cite(result.notes, 1) : item(result, 'lee1986')!)[field as never] as unknown
      expect(value).not.toBeUndefined()
      if (typeof written === 'string' || typeof written === 'number') expect(JSON.stringify(value)).toContain(field === 'issued' ? '1996,5' : String(written))
      else expect(value).toEqual(written)
      expect(value).not.toEqual((CITATION_OWN.includes(field) ? cite(input.notes, 1) : item(input, 'lee1986')!)[field as never])
      expect(result.applied).toEqual([true])
    })
  }
  it('null removes a variable of the work, and a locator', () => {
    const result = corrected(file([1, 0, 'set: {publisher: null, locator: null}']))
    expect(item(result, 'lee1986')).not.toHaveProperty('publisher')
    expect(cite(result.notes, 1).locator).toBeNull()
  })
  it('a date range', () => {
    expect(item(corrected(file([1, 0, 'set: {issued: 1950/1962-03}'])), 'lee1986')!['issued']).toEqual({'date-parts': [[1950], [1962, 3]]})
  })
})
const CITATION_OWN = ['locator', 'label', 'form']

describe('CORRECTION_OPERATIONS: each example is read', () => {
  for (const {key: op, example} of CORRECTION_OPERATIONS) {
    it(`${op}: ${example}`, () => {
      // The split's example is note 6's citation in two; the others are about note 4's second citation.
      const [note, index] = op === 'split' ? [6, 0] : [4, 1]
      const text = file([note, index, example.replace(/\{note: \d+, citation: \w+\}/, key(3))])
      const parsed = parseCorrections(text)
      expect(parsed.diagnostics).toEqual([])
      const c = parsed.corrections[0]!
      expect(c.at).toMatchObject({note, index, citation: citationHash(cite(input.notes, note, index).text)})
      const got = {set: c.set, commentary: c.commentary, cites: c.cites, 'same-work-as': c.sameWorkAs, split: c.split}[op]
      expect(got).toBeDefined()
      expect(applyCorrections(input, parsed.corrections).applied).toEqual([true])
    })
  }
})

describe('applyCorrections', () => {
  it('set: the citation’s locator and form, and the author of its work (every citation of the work sees it)', () => {
    const result = corrected(file([4, 1, 'set:\n  locator: 19–21\n  form: full\n  author: [{family: Lee, given: Chae-jin}]']))
    expect(cite(result.notes, 4, 1)).toMatchObject({ref: 'lee1986', locator: '19–21', form: 'full', text: cite(input.notes, 4, 1).text})
    expect(item(result, 'lee1986')!['author']).toEqual([{family: 'Lee', given: 'Chae-jin'}])
    expect(cite(result.notes, 1).locator).toBe('15–16')
  })

  it('commentary: the citation is dropped, the note is commentary; its work stays while another note cites it', () => {
    const result = corrected(file([5, 0, 'commentary: true']))
    expect(result.notes[4]).toMatchObject({commentary: true, citations: []})
    expect(item(result, 'jones1949')).toBeDefined()
  })

  it('commentary: a work no citation cites any more leaves the items', () => {
    const result = corrected(file([4, 0, 'commentary: true']))
    expect(result.notes[3]!.citations.map((c) => c.ref)).toEqual(['lee1986'])
    expect(result.items.map((i) => i.id)).toEqual(['lee1986', 'jones1949', 'lee'])
  })

  it('cites: one citation is pointed at another work; the others of its work stay', () => {
    const result = corrected(file([4, 1, `cites: ${key(3)}`]))
    expect(cite(result.notes, 4, 1).ref).toBe('jones1949')
    expect(cite(result.notes, 1).ref).toBe('lee1986')
  })

  it('same-work-as: two works become one; the second’s id and fields stay, every citation of the first follows', () => {
    const result = corrected(file([4, 0, `same-work-as: ${key(3)}`]))
    expect(cite(result.notes, 4, 0).ref).toBe('jones1949')
    expect(result.items.map((i) => i.id)).toEqual(['lee1986', 'jones1949', 'lee'])
    expect(item(result, 'jones1949')).toEqual(item(input, 'jones1949'))
  })

  it('same-work-as and set: the fields go to the merged work', () => {
    const result = corrected(file([4, 0, `same-work-as: ${key(3)}\nset: {publisher: RIIA}`]))
    expect(item(result, 'jones1949')!['publisher']).toBe('RIIA')
  })

  it('split: each part is read as a citation of its own and resolved (short forms to their works); the work of the whole leaves', () => {
    const result = corrected(file([6, 0, 'split: ["Lee, China’s Korean Minority, 19", "Jones, Manchuria since 1931, 90"]']))
    const whole = cite(input.notes, 6)
    expect(result.notes[5]!.citations.map((c) => [c.ref, c.form, c.text, c.locator, c.start, c.end])).toEqual([
      ['lee1986', 'short', 'Lee, China’s Korean Minority, 19', '19', whole.start, whole.start! + 32],
      ['jones1949', 'short', 'Jones, Manchuria since 1931, 90', '90', whole.start! + 34, whole.end]
    ])
    expect(result.items.map((i) => i.id)).toEqual(['lee1986', 'jones1949', 'jones1950'])
  })

  it('split: a full part is a new work, an Ibid. part the work of the part before; the parts can then be corrected by their own text', () => {
    const text = 'Hazel Smith, North Koreans in China (Tokyo: United Nations Press, 2005), 170. Ibid., 172'
    const one: NoteRecord[] = [{note: 1, text, commentary: false, citations: [{ref: 'smith', form: 'full', text, locator: '172', label: 'page', prefix: null, start: 0, end: text.length}]}]
    const items = [{id: 'smith', type: 'book', title: 'North Koreans in China. Ibid.'}]
    const parts = `split: ["Hazel Smith, North Koreans in China (Tokyo: United Nations Press, 2005), 170", "Ibid., 172"]`
    const corrections = parseCorrections(
      `octavo-corrections: 1\ncorrections:\n  - {note: 1, citation: "${citationHash(text)}", ${parts}}\n  - {note: 1, citation: "${citationHash('Ibid., 172')}", set: {locator: "173"}}\n`
    ).corrections
    const result = applyCorrections({notes: one, items}, corrections)
    expect(result.applied).toEqual([true, true])
    expect(result.notes[0]!.citations.map((c) => [c.ref, c.form, c.locator, c.start, c.end])).toEqual([
      ['smith2005', 'full', '170', 0, text.indexOf('. Ibid.')],
      ['smith2005', 'ibid', '173', text.indexOf('Ibid.'), text.length]
    ])
    expect(result.items).toEqual([
      {
        id: 'smith2005',
        type: 'book',
        title: 'North Koreans in China',
        author: [{family: 'Smith', given: 'Hazel'}],
        publisher: 'United Nations Press',
        'publisher-place': 'Tokyo',
        issued: {'date-parts': [[2005]]}
      }
    ])
  })

  it('split: a part that is not in the citation’s text is a warning, and nothing is split', () => {
    const result = applyCorrections(input, parseCorrections(file([6, 0, 'split: ["Jones, Manchuria since 1931, 90", "Lee, China’s Korean Minority, 19"]'])).corrections)
    expect(result.applied).toEqual([false])
    expect(result.diagnostics[0]!.message).toContain('part 2 (“Lee, China’s Korean Minority, 19”) is not in the citation’s text after the part before it: correction not applied')
    expect(result.notes).toEqual(input.notes)
  })

  it('the order of the file does not matter', () => {
    const a = corrected(file([4, 1, `cites: ${key(3)}`], [3, 0, `same-work-as: ${key(4)}`], [3, 0, 'set: {title: Manchuria}']))
    const b = corrected(file([3, 0, 'set: {title: Manchuria}'], [3, 0, `same-work-as: ${key(4)}`], [4, 1, `cites: ${key(3)}`]))
    expect(b.notes).toEqual(a.notes)
    expect(b.items).toEqual(a.items)
    expect(cite(a.notes, 4, 1).ref).toBe('jones1950')
  })

  it('two corrections setting one variable of a work: the later wins, with a warning at it', () => {
    const text = file([1, 0, 'set: {publisher: Westview}'], [2, 0, 'set: {publisher: Westview Press Inc.}'])
    const result = corrected(text)
    expect(item(result, 'lee1986')!['publisher']).toBe('Westview Press Inc.')
    expect(result.diagnostics).toHaveLength(1)
    expect(result.diagnostics[0]).toMatchObject({severity: 'warning', position: {start: {line: 7, column: 5}}})
    expect(result.diagnostics[0]!.message).toContain('also set by the correction at line 3')
  })

  it('leaves its inputs as they are', () => {
    const before = structuredClone(input)
    corrected(file([4, 0, `same-work-as: ${key(3)}`], [5, 0, 'commentary: true'], [1, 0, 'set: {title: X}']))
    expect(input).toEqual(before)
  })
})

describe('SETTLED: a warning of the notes reader about a citation goes once a correction is applied to it, by its kind', () => {
  for (const {kind, example} of SETTLED) {
    it(`${kind}: ${example}`, () => {
      const note = Number(/^note (\d+)/.exec(example)![1])
      const text = /“(.*)”/.exec(example)?.[1] ?? 'Ibid., 12'
      const notes: NoteRecord[] = [{note, text, commentary: false, citations: [{ref: 'lee1986', form: text.startsWith('Ibid') ? 'ibid' : 'short', text, locator: '12', label: 'page', prefix: null}]}]
      const warning = (n: number, message: string) => ({severity: 'warning' as const, message, kind, note: n, citation: text})
      // Its kind, note and citation settle it, whatever its wording; the same words without a kind, or of another note, stay.
      const diagnostics = [warning(note, 'reworded'), warning(note + 1, example), {severity: 'warning' as const, message: example}]
      const correction = parseCorrections(`octavo-corrections: 1\ncorrections:\n  - {note: ${note}, citation: "${citationHash(text)}", set: {locator: "13"}}\n`).corrections
      expect(applyCorrections({notes, items: input.items, diagnostics}, []).diagnostics).toEqual(diagnostics)
      expect(applyCorrections({notes, items: input.items, diagnostics}, correction).diagnostics).toEqual(diagnostics.slice(1))
    })
  }

  it('processCitations gives each of these warnings its kind, its note and its citation’s text (NOTE_WARNINGS)', () => {
    const texts = [
      'Lee, China’s Korean Minority, 19.',
      'Francis C. Jones, Manchuria since 1931 (London: RIIA, 1949), p. 72; Chae-Jin Lee, China’s Korean Minority (Boulder: Westview Press, 1986), p. 15.',
      'Ibid., p. 20.'
    ]
    const tree: Root = {
      type: 'root',
      children: texts.map((text, i): FootnoteDefinition => ({
        type: 'footnoteDefinition',
        identifier: String(i + 1),
        data: {number: i + 1},
        children: [{type: 'paragraph', children: [{type: 'text', value: text}]}]
      }))
    }
    const {diagnostics} = processCitations(tree)
    const kinds = diagnostics.filter((d) => isNoteDiagnostic(d)).map((d) => ({kind: d.kind, note: d.note, citation: d.citation}))
    expect(kinds).toContainEqual({kind: 'short-without-full', note: 1, citation: 'Lee, China’s Korean Minority, 19'})
    expect(kinds).toContainEqual({kind: 'ibid-after-several', note: 3, citation: 'Ibid., p. 20'})
    for (const d of diagnostics.filter((d) => isNoteDiagnostic(d))) expect(d.message).toMatch(new RegExp(`note ${d.note}`))
    expect(Object.keys(NOTE_WARNINGS)).toEqual(expect.arrayContaining(SETTLED.map((rule) => rule.kind)))
  })
})

describe('stale corrections: a warning at the correction, not applied', () => {
  const STALE: Array<{name: string; entry: string; message: string}> = [
    {
      name: 'the citation’s text changed',
      entry: 'note: 2\n    citation: 00000000\n    set: {title: Wrong}',
      message: 'note 2, citation 00000000: no citation of the note has this text any more (the note changed): correction not applied'
    },
    {
      name: 'the citation moved to another note',
      entry: `note: 2\n    citation: ${citationHash(cite(input.notes, 3).text)}\n    set: {title: Wrong}`,
      message: 'no citation of the note has this text any more (one of note 3 has it)'
    },
    {name: 'the note is gone', entry: 'note: 40\n    citation: 00000000\n    set: {title: Wrong}', message: 'note 40, citation 00000000: the article has no note 40'},
    {
      name: 'the target of cites changed',
      entry: `note: 2\n    citation: ${citationHash(cite(input.notes, 2).text)}\n    cites: {note: 3, citation: 0badf00d}`,
      message: 'note 3, citation 0badf00d: no citation of the note has this text'
    }
  ]
  for (const {name, entry, message} of STALE) {
    it(name, () => {
      const parsed = parseCorrections(`octavo-corrections: 1\ncorrections:\n  - ${entry}\n`)
      expect(parsed.diagnostics).toEqual([])
      const result = applyCorrections(input, parsed.corrections)
      expect(result.applied).toEqual([false])
      expect(result.diagnostics).toHaveLength(1)
      expect(result.diagnostics[0]!.severity).toBe('warning')
      expect(result.diagnostics[0]!.message).toContain(message)
      expect(result.diagnostics[0]!.position?.start.line).toBe(message.includes('0badf00d') ? 5 : 3)
      expect(result.notes).toEqual(input.notes)
      expect(result.items).toEqual(input.items)
    })
  }

  it('the index tells two citations of one text apart; a wrong index is overruled by a hash found once', () => {
    const twice = [{...input.notes[1]!, citations: [cite(input.notes, 2), {...cite(input.notes, 2), locator: '21'}]}]
    const at = (index: string) => parseCorrections(`octavo-corrections: 1\ncorrections:\n  - note: 2\n    citation: ${citationHash('Ibid., p. 20')}\n${index}    set: {locator: "99"}\n`).corrections
    expect(applyCorrections({notes: twice, items: input.items}, at('    index: 1\n')).notes[0]!.citations.map((c) => c.locator)).toEqual(['20', '99'])
    const ambiguous = applyCorrections({notes: twice, items: input.items}, at(''))
    expect(ambiguous.applied).toEqual([false])
    expect(ambiguous.diagnostics[0]!.message).toContain('the note has 2 citations of this text and no index says which')
    expect(applyCorrections(input, at('    index: 5\n')).notes[1]!.citations[0]!.locator).toBe('99')
  })
})

describe('parseCorrections: a malformed file is errors at line:column, and no corrections', () => {
  const head = 'octavo-corrections: 1\ncorrections:\n'
  const entry = (rest: string) => `${head}  - note: 1\n    citation: 7b02050d\n${rest}`
  const MALFORMED: Array<{name: string; text: string; at: [number, number]; message: string}> = [
    {name: 'bad YAML', text: `${head}  - note: [1\n`, at: [4, 1], message: 'invalid YAML'},
    {name: 'no version', text: 'corrections: []\n', at: [1, 1], message: 'the file must start with octavo-corrections: 1'},
    {name: 'another version', text: 'octavo-corrections: 2\n', at: [1, 21], message: 'octavo-corrections must be 1'},
    {name: 'not a map', text: '- note: 1\n', at: [1, 1], message: 'the file must be a map'},
    {name: 'an unknown key at the top', text: `${head}extra: 1\n`, at: [3, 1], message: "unknown key 'extra' at the top of the file"},
    {name: 'corrections not a list', text: `${head}  note: 1\n`, at: [3, 3], message: 'corrections must be a list'},
    {name: 'an unknown operation', text: entry('    merge: [a, b]\n'), at: [5, 5], message: "unknown key 'merge' in a correction"},
    {name: 'a split in one part', text: entry('    split: ["Lee, China’s Korean Minority"]\n'), at: [5, 12], message: 'split must be a list of two or more texts'},
    {name: 'a split with more', text: entry('    split: [a, b]\n    set: {title: X}\n'), at: [5, 12], message: 'split stands alone'},
    {name: 'a split part that is no text', text: entry('    split: [a, [b]]\n'), at: [5, 16], message: 'each part of split must be text'},
    {name: 'no operation', text: `${head}  - note: 1\n    citation: 7b02050d\n`, at: [3, 5], message: 'a correction says what to do'},
    {name: 'no note', text: `${head}  - citation: 7b02050d\n    commentary: true\n`, at: [3, 5], message: 'note: the number of the note is missing'},
    {name: 'a note that is no number', text: `${head}  - note: one\n    citation: 7b02050d\n    commentary: true\n`, at: [3, 11], message: 'note must be a note number'},
    {name: 'a hash that is no hash', text: `${head}  - note: 1\n    citation: Lee 1986\n    commentary: true\n`, at: [4, 15], message: "citation must be the hash of the citation's text"},
    {name: 'commentary with more', text: entry('    commentary: true\n    set: {title: X}\n'), at: [5, 17], message: 'commentary stands alone'},
    {name: 'commentary false', text: entry('    commentary: false\n'), at: [5, 17], message: 'commentary must be true'},
    {
      name: 'cites and same-work-as',
      text: entry('    cites: {note: 2, citation: 36684e08}\n    same-work-as: {note: 2, citation: 36684e08}\n'),
      at: [6, 19],
      message: 'cites and same-work-as exclude each other'
    },
    {name: 'cites without a hash', text: entry('    cites: {note: 2}\n'), at: [5, 12], message: 'citation: the hash'},
    {name: 'an unknown field', text: entry('    set: {titel: X}\n'), at: [5, 11], message: "unknown key 'titel' in set"},
    {name: 'an unknown type', text: entry('    set: {type: novel}\n'), at: [5, 17], message: 'type must be a CSL type'},
    {name: 'an unknown label', text: entry('    set: {label: pg}\n'), at: [5, 18], message: 'label must be a CSL locator label'},
    {name: 'an unknown form', text: entry('    set: {form: long}\n'), at: [5, 17], message: 'form must be one of full, short, ibid'},
    {name: 'a form removed', text: entry('    set: {form: null}\n'), at: [5, 17], message: 'form cannot be removed'},
    {name: 'a bad date', text: entry('    set: {issued: May 1996}\n'), at: [5, 19], message: 'issued must be a date'},
    {name: 'a thirteenth month', text: entry('    set: {issued: 1996-13}\n'), at: [5, 19], message: 'no such month'},
    {name: 'names as text', text: entry('    set: {author: Lee Chae-Jin}\n'), at: [5, 19], message: 'author must be a list of names'},
    {name: 'a name with no family', text: entry('    set: {author: [{given: Chae-Jin}]}\n'), at: [5, 20], message: 'a name needs a family name'},
    {name: 'an unknown name part', text: entry('    set: {author: [{family: Lee, first: Chae-Jin}]}\n'), at: [5, 34], message: "unknown key 'first' in a name"},
    {name: 'a title that is a list', text: entry('    set: {title: [a]}\n'), at: [5, 18], message: 'title must be text'},
    {name: 'an alias', text: `${head}  - &a {note: 1, citation: 7b02050d, commentary: true}\n  - *a\n`, at: [4, 5], message: 'aliases (*name) are not allowed'}
  ]
  for (const {name, text, at, message} of MALFORMED) {
    it(`${name} → ${at.join(':')}: ${message}`, () => {
      const parsed = parseCorrections(text)
      expect(parsed.corrections).toEqual([])
      expect(parsed.diagnostics.length).toBeGreaterThan(0)
      expect(parsed.diagnostics[0]).toMatchObject({severity: 'error', source: 'citations:corrections'})
      expect(parsed.diagnostics[0]!.message).toContain(message)
      expect([parsed.diagnostics[0]!.position?.start.line, parsed.diagnostics[0]!.position?.start.column]).toEqual(at)
    })
  }

  it('reports each bad correction, and keeps none', () => {
    const parsed = parseCorrections(
      `${head}  - {note: 1, citation: 7b02050d, commentary: true}\n  - {note: x, citation: 7b02050d, commentary: true}\n  - {note: 1, citation: 7b02050d, set: {form: long}}\n`
    )
    expect(parsed.diagnostics.map((d) => d.position?.start.line)).toEqual([4, 5])
    expect(parsed.corrections).toEqual([])
  })

  it('a plain hash that YAML would read as a number is read as written', () => {
    for (const hash of ['36684e08', '00000000', '12345678']) expect(parseCorrections(`${head}  - {note: 2, citation: ${hash}, commentary: true}\n`).corrections[0]!.at.citation).toBe(hash)
  })

  it('an empty file, or no corrections, corrects nothing', () => {
    expect(parseCorrections('')).toEqual({corrections: [], diagnostics: []})
    expect(parseCorrections('octavo-corrections: 1\n')).toEqual({corrections: [], diagnostics: []})
    expect(parseCorrections('# nothing yet\noctavo-corrections: 1\ncorrections: []\n')).toEqual({corrections: [], diagnostics: []})
  })
})
