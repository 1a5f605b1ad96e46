// @module-tag corpus
import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {parse} from '@octavo/parser'
import type {FootnoteDefinition, FootnoteReference, Nodes} from 'mdast'
import {toString} from 'mdast-util-to-string'

/** The four real Markdown lessons in ../shared (read in place, never copied). */
const real = new URL('../../../../shared/corpus/real/', import.meta.url)

const cases = [
  {
    file: 'ph-interrogating-national-narrative-gpt.md',
    references: 18,
    notes: 18,
    tags: 1,
    figures: 2,
    inTables: 0,
    notesHeading: 385,
    notesTitle: 'Endnotes',
    title: 'Interrogating a National Narrative with GPT-2',
    author: {given: 'Chantal', family: 'Brousseau'},
    issued: [2022, 10, 3]
  },
  {
    file: 'ph-stylometry-python.md',
    references: 36,
    notes: 34,
    tags: 1,
    figures: 8,
    inTables: 0,
    notesHeading: 589,
    notesTitle: 'Endnotes',
    title: 'Introduction to stylometry with Python',
    author: {given: 'François Dominic', family: 'Laramée'},
    issued: [2018, 4, 21]
  },
  {
    file: 'ph-linear-regression.md',
    references: 33,
    notes: 33,
    tags: 1,
    figures: 5,
    inTables: 0,
    notesHeading: 682,
    notesTitle: 'End Notes',
    title: 'Regression Analysis with Scikit-Learn (part 1 - Linear)',
    author: {given: 'Matthew J.', family: 'Lavin'},
    issued: [2022, 7, 13]
  },
  {
    file: 'ph-fr-transcription-graphies-non-latines.md',
    references: 42,
    notes: 42,
    tags: 1,
    figures: 24,
    inTables: 11,
    notesHeading: 763,
    notesTitle: 'Notes de fin',
    title: "La reconnaissance automatique d'écriture à l'épreuve des langues peu dotées",
    author: {given: 'Chahan', family: 'Vidal-Gorène'},
    issued: [2023, 1, 30]
  }
]

function collect(node: Nodes, into: {references: FootnoteReference[]; definitions: FootnoteDefinition[]; texts: string[]}) {
  if (node.type !== 'root') expect(node.position, `${node.type} has a position`).toBeDefined()
  if (node.type === 'footnoteReference') into.references.push(node)
  if (node.type === 'footnoteDefinition') into.definitions.push(node)
  if (node.type === 'text' || node.type === 'html') into.texts.push(node.value)
  if ('children' in node) for (const child of node.children) collect(child, into)
  return into
}

describe('the real Markdown lessons', () => {
  for (const c of cases) {
    it(`${c.file}: every reference has its note, numbered 1…${c.notes}`, () => {
      const source = readFileSync(new URL(c.file, real))
      const {tree, diagnostics} = parse(source, {format: 'markdown'})
      // Only the template tags are reported (as info), each with its position, and the empty notes heading
      // each lesson has ("Endnotes", "End Notes", "Notes de fin"), dropped; figure includes are images.
      expect(diagnostics.filter((d) => d.source !== 'parser:template' && d.source !== 'parser:notes')).toEqual([])
      expect(diagnostics.map((d) => d.severity)).toEqual(Array.from({length: c.tags + 1}, () => 'info'))
      expect(diagnostics.filter((d) => d.source === 'parser:notes').map((d) => d.position?.start.line)).toEqual([c.notesHeading])
      // Figures stand alone in their paragraphs, those of a table of figures only too (the French lesson's figure 0);
      // those in an HTML table with text stay in its cells.
      const figures = tree.children.filter((node) => node.type === 'paragraph' && node.children.length === 1 && node.children[0]?.type === 'image')
      expect(figures).toHaveLength(c.figures)
      const inTables = tree.children
        .filter((node) => node.type === 'table')
        .flatMap((table) => table.children.flatMap((row) => row.children.flatMap((cell) => cell.children.filter((child) => child.type === 'image'))))
      expect(inTables).toHaveLength(c.inTables)
      for (const d of diagnostics) expect(d.position?.start.line).toBeGreaterThan(20)

      const {references, definitions, texts} = collect(tree, {references: [], definitions: [], texts: []})
      expect(references).toHaveLength(c.references)
      expect(definitions).toHaveLength(c.notes)
      expect(definitions.map((d) => d.data?.number)).toEqual(Array.from({length: c.notes}, (_, i) => i + 1))
      expect(tree.children.slice(-c.notes)).toEqual(definitions)
      const byId = new Map(definitions.map((d) => [d.identifier, d.data?.number]))
      for (const reference of references) expect(reference.data?.number).toBe(byId.get(reference.identifier))
      expect(new Set(references.map((r) => r.identifier)).size).toBe(c.notes)
      // The labels in these files are 1…N in order, so numbers equal labels.
      for (const d of definitions) expect(d.label).toBe(String(d.data?.number))

      expect(texts.some((text) => text.includes('{%'))).toBe(false)
      expect(tree.children.filter((node) => node.type === 'heading').map((node) => toString(node))).not.toContain(c.notesTitle)
      expect(tree.children[0]?.type).toBe('abstract')
      expect(tree.data?.meta).toMatchObject({title: c.title, author: [c.author], issued: {'date-parts': [c.issued]}})
    })
  }

  it('keeps one number for a note referenced three times (stylometry, note 2)', () => {
    const {tree} = parse(readFileSync(new URL('ph-stylometry-python.md', real)), {format: 'markdown'})
    const {references} = collect(tree, {references: [], definitions: [], texts: []})
    const two = references.filter((r) => r.identifier === '2')
    expect(two.map((r) => [r.data?.number, r.position?.start.line])).toEqual([
      [2, 36],
      [2, 260],
      [2, 571]
    ])
  })

  it('leaves a Python comment in a code block alone (linear regression, `# kde plot`)', () => {
    const {tree} = parse(readFileSync(new URL('ph-linear-regression.md', real)), {format: 'markdown'})
    const headings = tree.children.filter((c) => c.type === 'heading').map((h) => JSON.stringify(h))
    expect(headings.some((h) => h.includes('kde plot'))).toBe(false)
    expect(tree.children.some((c) => c.type === 'code' && c.value.includes('# kde plot'))).toBe(true)
  })
})
