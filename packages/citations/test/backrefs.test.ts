import {describe, expect, it} from 'vitest'
import type {FootnoteDefinition, Paragraph, Root} from 'mdast'
import {BACKREF_WORDS, NOTE_REFERENCES} from '../src/lib/read-citation.js'
import {parse} from '@octavo/parser'
import {processCitations} from '../src/index.js'

// Resolution of back-references, a case per rule of BACKREF_WORDS and
// NOTE_REFERENCES: a first full citation, then the back-reference, which
// must point to the same work. Notes written for the test.

function note(n: number, text: string): FootnoteDefinition {
  return {type: 'footnoteDefinition', identifier: String(n), label: String(n), data: {number: n}, children: [{type: 'paragraph', children: [{type: 'text', value: text}]} as Paragraph]}
}
const run = (...texts: string[]) => processCitations({type: 'root', children: texts.map((t, i) => note(i + 1, t))} as Root)

/** Each case: the notes, and which note's first citation must point to which note's first citation's work. */
const CASES: ReadonlyArray<{kind: string; name: string; notes: string[]; same: [number, number]; form: 'ibid' | 'short' | 'full'}> = [
  {kind: 'ibid', name: 'English Ibid.', notes: ['Marta Vellido, The Salt Roads of Castile (Madrid: Ediciones Norte, 2011), p. 44.', 'Ibid., p. 52.'], same: [2, 1], form: 'ibid'},
  {kind: 'ibid', name: 'German ebd.', notes: ['Vgl. Hans Müller, Die Stadt im Wandel (Frankfurt am Main: Suhrkamp, 1998), S. 45.', 'Ebd., S. 47.'], same: [2, 1], form: 'ibid'},
  {kind: 'ibid', name: 'Italian ivi', notes: ['Giovanni Rossi, Storia di Venezia (Roma: Laterza, 1994), p. 12.', 'Ivi, p. 15.'], same: [2, 1], form: 'ibid'},
  {kind: 'ibid', name: 'Spanish Ibíd.', notes: ['Ana García López, Historia de la ciudad (Madrid: Síntesis, 2005), 45.', 'Ibíd., 47.'], same: [2, 1], form: 'ibid'},
  {
    kind: 'opcit',
    name: 'op. cit.',
    notes: ['Jean Dupont, Histoire de Lyon (Paris: PUF, 1990), p. 9.', 'Pierre Martin, Les ports (Paris: Seuil, 2001), p. 3.', 'Dupont, op. cit., p. 12.'],
    same: [3, 1],
    form: 'short'
  },
  {
    kind: 'opcit',
    name: 'German a.a.O.',
    notes: ['Hans Müller, Die Stadt im Wandel (Frankfurt am Main: Suhrkamp, 1998), S. 45.', 'Anna Schmidt, Der Hafen (Berlin: Akademie, 2003), S. 5.', 'Müller, a.a.O., S. 50.'],
    same: [3, 1],
    form: 'short'
  },
  {
    kind: 'supra',
    name: 'supra note',
    notes: ['John Smith, The Law of Rivers (Oxford: Clarendon Press, 1990), 45.', 'Mary Jones, Ports and Law (London: Sweet, 2001), 3.', 'Smith, supra note 1, at 50.'],
    same: [3, 1],
    form: 'short'
  },
  {
    kind: 'supra',
    name: 'German wie Anm.',
    notes: ['Hans Müller: Die Stadt im Wandel. Frankfurt am Main 1998, S. 45.', 'Anna Schmidt: Der Hafen. Berlin 2003, S. 5.', 'Müller: Stadt (wie Anm. 1), S. 50.'],
    same: [3, 1],
    form: 'short'
  },
  {
    kind: 'supra',
    name: 'OSCOLA (n 1) after an act’s short name',
    notes: [
      'Regulation (EU) 2022/2065 of the European Parliament and of the Council of 19 October 2022 on a Single Market For Digital Services (Digital Services Act) [2022] OJ L277/1, art 26(1).',
      'Marta Vellido, The Salt Roads of Castile (Madrid: Ediciones Norte, 2011), p. 44.',
      'Digital Services Act (n 1) art 9.'
    ],
    same: [3, 1],
    form: 'short'
  },
  {
    kind: 'supra',
    name: 'German note in brackets after a commentary’s author',
    notes: ['Leistner, in: Schricker/Loewenheim, 6. Aufl. 2020, § 4 UrhG, Rn. 38.', 'Schulze, in: Dreier/Schulze, UrhG, 7. Aufl. 2022, § 2 UrhG.', 'Leistner, (Fn. 1), Rn. 40.'],
    same: [3, 1],
    form: 'short'
  },
  {
    kind: 'supra',
    name: 'German note in brackets after a court, with the decision’s name',
    notes: [
      'EuGH, Urt. v. 29. Oktober 2015 (C-490/14), - Verlag Esterbauer - Rn. 17; EuGH, Urt. v. 9. November 2004 (C-444/02), - Fixtures Marketing II - Rn. 18.',
      'EuGH, (Fn. 1), - Verlag Esterbauer - Rn. 27.'
    ],
    same: [2, 1],
    form: 'short'
  },
  {
    kind: 'author-date',
    name: 'German author–date short form',
    notes: ['Vgl. Gould, Cecil, Michelangelo. Battle of Cascina. Newcastle upon Tyne 1966, S. 6.', 'Vgl. Gould 1966, S. 10f.'],
    same: [2, 1],
    form: 'short'
  },
  {
    kind: 'author-date',
    name: 'author–date short form with a short title',
    notes: ['Satzinger, Georg: Marcantonio Raimondi und Michelangelo. Berlin 2015, S. 3.', 'Anna Schmidt: Der Hafen. Berlin 2015, S. 5.', 'Satzinger, Marcantonio Raimondi 2015, S. 115.'],
    same: [3, 1],
    form: 'short'
  },
  {
    kind: 'short',
    name: 'English short form',
    notes: ['Marta Vellido, The Salt Roads of Castile (Madrid: Ediciones Norte, 2011), p. 44.', 'Tomas Reinholt, Ledger Towns (London: Harbour Books, 1998), 7.', 'Vellido, Salt Roads, 90.'],
    same: [3, 1],
    form: 'short'
  }
]

describe('back-references resolve to the work they point to', () => {
  it.each(CASES)('$kind: $name', ({notes: texts, same: [from, to], form}) => {
    const {notes} = run(...texts)
    const a = notes[from - 1]!.citations[0]
    const b = notes[to - 1]!.citations[0]
    expect(a, `note ${from} read`).toBeDefined()
    expect(b, `note ${to} read`).toBeDefined()
    expect(a!.form).toBe(form)
    expect(a!.ref).toBe(b!.ref)
  })

  it('wie Anm. to a note citing two works of the author: the short title tells which', () => {
    const md = [
      'Eins.[^1] Zwei.[^2] Drei.[^3]',
      '[^1]: Vgl. Hans Müller: *Die Stadt im Wandel*. Frankfurt am Main 1998, S. 45; ders.: *Der Hafen im Wandel*. Berlin 2003, S. 5.',
      '[^2]: Anna Schmidt: *Der Markt*. Berlin 2001, S. 9.',
      '[^3]: Müller: *Hafen* (wie Anm. 1), S. 50.'
    ].join('\n\n')
    const {notes} = processCitations(parse(md, {format: 'markdown'}).tree)
    expect(notes[0]!.citations).toHaveLength(2)
    expect(notes[2]!.citations[0]!.ref).toBe(notes[0]!.citations[1]!.ref)
    expect(notes[2]!.citations[0]!.ref).not.toBe(notes[0]!.citations[0]!.ref)
  })

  it('has a case for every kind of back-reference', () => {
    for (const {kind} of BACKREF_WORDS)
      if (kind !== 'idem')
        expect(
          CASES.some((c) => c.kind === kind),
          kind
        ).toBe(true)
    expect(NOTE_REFERENCES.length).toBeGreaterThan(0)
  })

  it('an author–date reference with no earlier work of a title is a work of its own, once', () => {
    const {notes, items} = run('Smith 2010, 4.', 'Smith 2010, 5.', 'Vgl. Gould, Cecil, Michelangelo. Newcastle 1966, S. 6.', 'Gould 1967, S. 2.')
    expect(notes.slice(0, 2).map((n) => n.citations[0]?.form)).toEqual(['full', 'full'])
    expect(notes[1]!.citations[0]?.ref).toBe(notes[0]!.citations[0]?.ref)
    // Another year is another work.
    expect(notes[3]!.citations[0]?.ref).not.toBe(notes[2]!.citations[0]?.ref)
    expect(items.filter((i) => i.id.startsWith('smith'))).toHaveLength(1)
  })

  it('a citation that names its author in full with no earlier work is a first citation, not a short form (a book whose bibliography gives the rest)', () => {
    const {notes, diagnostics} = run('Véase Tomás Reinholt, Ledger Towns, p. 202.', 'Reinholt, Ledger Towns, p. 210.', 'Vellido, Salt Roads, 90.')
    expect(notes[0]!.citations[0]?.form).toBe('full')
    expect(notes[1]!.citations[0]).toMatchObject({form: 'short', ref: notes[0]!.citations[0]!.ref})
    // Family names only, nothing before: still a short form, and said.
    expect(notes[2]!.citations[0]?.form).toBe('short')
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(/short form “Vellido, Salt Roads, 90” has no earlier full citation/)
  })

  it('Id. and ders. give the author cited just before to a new work', () => {
    const {notes, items} = run('Hans Müller, Die Stadt im Wandel (Frankfurt am Main: Suhrkamp, 1998), S. 45.', 'Ders., Der Hafen im Wandel (Berlin: Akademie, 2003), S. 12.')
    const second = items.find((i) => i.id === notes[1]!.citations[0]?.ref)
    expect(notes[1]!.citations[0]?.form).toBe('full')
    expect(second?.author).toEqual([{family: 'Müller', given: 'Hans'}])
    expect(second?.title).toBe('Der Hafen im Wandel')
  })
})
