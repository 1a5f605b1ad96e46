// @module-tag slow
/**
 * Five invented articles in other authors' note styles (fixtures/dev-articles/:
 * English Chicago shortened notes, a German Dissertation, a Spanish lesson, a French
 * history article, an Italian saggio), each
 * with a hand-checked gold `citations.json` (judgment calls in its CONVENTIONS.md).
 * The reader is measured on them with the shared scorer; no floors yet: the test
 * checks that the pipeline runs and the scorer reads both files, and that the gold
 * itself is consistent. `VERBOSE=1` prints the headline of each article.
 */
import {describe, expect, it} from 'vitest'
import {readFileSync, writeFileSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import type {FootnoteDefinition, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {parse} from '@octavo/parser'
import type {CslItem} from '@octavo/tree'
import {processCitations, toCitationsJson, type NoteRecord} from '../src/index.js'

const scorer = new URL('../../../../shared/tools/score-citations.py', import.meta.url).pathname
const fixtures = new URL('./fixtures/dev-articles/', import.meta.url)
const ARTICLES = ['en-short-notes', 'de-thesis', 'es-lesson', 'fr-article', 'it-saggio'] as const

/** A gold file: `citations.json` as contracts §2 has it (its notes' citations are `@octavo/tree`'s `NoteCitation`). */
interface Gold {
  notes: NoteRecord[]
  items: CslItem[]
}

const CSL_TYPES = new Set(['book', 'chapter', 'article-journal', 'article-newspaper', 'manuscript', 'webpage', 'thesis', 'software', 'report', 'entry-encyclopedia'])

function load(name: string): {source: string; gold: Gold; goldPath: string} {
  const dir = new URL(`${name}/`, fixtures)
  const goldPath = new URL('gold.citations.json', dir).pathname
  return {source: readFileSync(new URL('article.md', dir), 'utf8'), gold: JSON.parse(readFileSync(goldPath, 'utf8')) as Gold, goldPath}
}

/** The notes of a parsed Markdown tree, in number order, as `mdast-util-to-string` gives them (paragraphs joined by a blank line). */
function noteTexts(tree: Root): string[] {
  const defs = tree.children.filter((c): c is FootnoteDefinition => c.type === 'footnoteDefinition')
  return defs.map((def) => def.children.map((child) => toString(child)).join('\n\n'))
}

function score(goldPath: string, json: string): {status: number | null; rows: Record<string, string>; headline: string} {
  const pred = join(mkdtempSync(join(tmpdir(), 'octavo-dev-articles-')), 'citations.json')
  writeFileSync(pred, json)
  const run = spawnSync('python3', [scorer, goldPath, pred, '--json'], {encoding: 'utf8'})
  const at = run.stdout.lastIndexOf('headline:')
  const rows = JSON.parse(run.stdout.slice(0, at)) as Record<string, string>
  return {status: run.status, rows, headline: run.stdout.slice(at).trim()}
}

describe.each(ARTICLES)('dev article %s', (name) => {
  const {source, gold, goldPath} = load(name)

  it('has a consistent gold file', () => {
    expect(gold.notes.length).toBeGreaterThanOrEqual(25)
    expect(gold.notes.length).toBeLessThanOrEqual(40)
    expect(gold.notes.map((n) => n.note)).toEqual(gold.notes.map((_, i) => i + 1))
    const ids = gold.items.map((i) => i.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const item of gold.items) expect(CSL_TYPES.has(item.type), `${item.id}: type ${item.type}`).toBe(true)
    const cited = new Set<string>()
    const full = new Set<string>()
    for (const n of gold.notes) {
      if (n.citations.length === 0) expect(n.commentary, `note ${n.note}: no citation, so commentary`).toBe(true)
      let from = 0
      for (const c of n.citations) {
        expect(ids, `note ${n.note}: ref ${c.ref}`).toContain(c.ref)
        expect(['full', 'short', 'ibid']).toContain(c.form)
        // In the note, in order of appearance.
        const at = n.text.indexOf(c.text, from)
        expect(at, `note ${n.note}: ${c.text}`).toBeGreaterThanOrEqual(0)
        from = at + 1
        if (c.locator !== null) expect(c.text, `note ${n.note}: locator ${c.locator}`).toContain(c.locator)
        if (c.prefix !== null) expect(n.text.slice(0, at).replace(/[\s,:]+$/u, ''), `note ${n.note}: prefix`).toMatch(new RegExp(`${c.prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u'))
        // A short form or ibid refers back to a work already cited in full.
        if (c.form === 'full') full.add(c.ref)
        else expect(full.has(c.ref), `note ${n.note}: ${c.form} of ${c.ref} before its full citation`).toBe(true)
        cited.add(c.ref)
      }
    }
    expect([...cited].sort()).toEqual([...ids].sort())
  })

  it('gold note texts are the notes of article.md as the parser reads them', () => {
    const {tree} = parse(source, {format: 'markdown'})
    expect(noteTexts(tree)).toEqual(gold.notes.map((n) => n.text))
  })

  it('runs the reader on article.md and scores it against the gold', () => {
    const {tree, diagnostics} = parse(source, {format: 'markdown'})
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    const {notes, items} = processCitations(tree)
    expect(notes).toHaveLength(gold.notes.length)
    const {status, rows, headline} = score(goldPath, toCitationsJson({notes, items}))
    if (process.env.VERBOSE) console.log(`${name}: ${headline}\n${JSON.stringify(rows, null, 1)}`)
    expect(status).toBe(0)
    expect(rows.notes).toBe(gold.notes.length)
    expect(headline).toMatch(/^headline: segF1=[\d.]+ fieldF1=[\d.]+ resolution=[\d.]+ locator=[\d.]+$/)
    const figures = Object.fromEntries([...headline.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1]!, Number(m[2])]))
    for (const [figure, floor] of Object.entries(FLOORS[name]!)) expect(figures[figure], `${name} ${figure}`).toBeGreaterThanOrEqual(floor)
  })
})

/**
 * Floors under the figures measured with the shipped model on 2026-12-02 (segF1 / fieldF1 / resolution /
 * locator): en-short-notes 0.952 / 0.892 / 0.773 / 0.906; de-thesis 0.971 / 0.723 / 0.625 / 0.967;
 * es-lesson 0.969 / 0.833 / 0.706 / 0.900. The targets for real articles of other authors:
 * 0.90 / 0.85 / 0.90 / 0.90. Each floor is the measure minus 0.05 (these are short texts: one citation
 * moves a figure by 0.02–0.05).
 * fr-article and it-saggio were added on 2026-12-03, written without reading the reader's source, after the
 * misses of the first three had been worked on; measured then: fr-article 0.985 / 0.925 / 0.800 / 0.875;
 * it-saggio 1.000 / 0.808 / 0.625 / 0.875. Floors again the measure minus 0.05.
 */
const FLOORS: Record<string, Record<string, number>> = {
  'en-short-notes': {segF1: 0.9, fieldF1: 0.84, resolution: 0.72, locator: 0.85},
  'de-thesis': {segF1: 0.92, fieldF1: 0.67, resolution: 0.57, locator: 0.91},
  'es-lesson': {segF1: 0.91, fieldF1: 0.78, resolution: 0.65, locator: 0.85},
  'fr-article': {segF1: 0.93, fieldF1: 0.87, resolution: 0.75, locator: 0.82},
  'it-saggio': {segF1: 0.95, fieldF1: 0.75, resolution: 0.57, locator: 0.82}
}
