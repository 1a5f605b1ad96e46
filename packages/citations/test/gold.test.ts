import {describe, expect, it} from 'vitest'
import {readFileSync, writeFileSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import type {Root, FootnoteDefinition} from 'mdast'
import {parse} from '@octavo/parser'
import {processCitations, toCitationsJson} from '../src/index.js'

const shared = new URL('../../../../shared/', import.meta.url)
const goldPath = new URL('gold/koreans-1950-1962.dev.json', shared).pathname
const scorer = new URL('tools/score-citations.py', shared).pathname

interface GoldNote {
  note: number
  text: string
}

/** A tree of footnote definitions from note texts (empty text: a lost note). */
export function treeOfNotes(texts: string[]): Root {
  const children: FootnoteDefinition[] = texts.map((text, i) => {
    const n = i + 1
    const def: FootnoteDefinition = {type: 'footnoteDefinition', identifier: String(n), label: String(n), children: [], data: {number: n}}
    if (text === '') def.data = {number: n, missing: true}
    else def.children = [{type: 'paragraph', children: [{type: 'text', value: text}]}]
    def.position = {start: {line: n, column: 1, offset: 0}, end: {line: n, column: 1 + text.length, offset: text.length}}
    return def
  })
  return {type: 'root', children}
}

/** The 96 notes of the plain-text article: the paragraphs after the acknowledgments, the lost note 30 as the wider gap. */
export function articleNotes(): string[] {
  const text = readFileSync(new URL('corpus/koreans-1950-1962.txt', shared), 'utf8')
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {notes: GoldNote[]}
  const firstNote = gold.notes[0]!.text
  const start = text.indexOf(firstNote)
  const parts = text.slice(start).replace(/\s+$/, '').split(/(\n{2,})/)
  const notes: string[] = []
  for (let i = 0; i < parts.length; i += 2) {
    if (i > 0 && parts[i - 1]!.length >= 5) notes.push('')
    notes.push(parts[i]!.trim())
  }
  return notes
}

function score(json: string): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'octavo-cit-'))
  const pred = join(dir, 'citations.json')
  writeFileSync(pred, json)
  if (process.env.DUMP) writeFileSync(process.env.DUMP, json)
  const run = spawnSync('python3', [scorer, goldPath, pred, '--notes', '1-48', '--json'], {encoding: 'utf8'})
  const body = run.stdout.slice(0, run.stdout.lastIndexOf('headline:'))
  if (process.env.VERBOSE) console.log(run.stdout)
  return JSON.parse(body) as Record<string, string>
}

describe('gold notes 1–48 (koreans-1950-1962.dev.json)', () => {
  it('scores above the targets with the shared scorer', () => {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {notes: GoldNote[]}
    const texts: string[] = []
    for (const n of gold.notes) texts[n.note - 1] = n.text
    const {notes, items} = processCitations(treeOfNotes(texts.map((t) => t ?? '')))
    const rows = score(toCitationsJson({notes, items}))
    // `0.984/1.000/0.992` → the last figure (F1); `1.000 (46)` → the figure.
    const num = (k: string): number => Number.parseFloat(String(rows[k]).split(' ')[0]!.split('/').pop()!)
    expect(num('segmentation P/R/F1')).toBeGreaterThanOrEqual(0.98)
    expect(num('fields P/R/F1')).toBeGreaterThanOrEqual(0.95)
    expect(num('ibid/short resolution')).toBeGreaterThanOrEqual(0.98)
    expect(num('locator accuracy')).toBeGreaterThanOrEqual(0.98)
  })

  it('end to end: the plain-text article through the parser scores the same on notes 1–48', () => {
    const {tree} = parse(readFileSync(new URL('corpus/koreans-1950-1962.txt', shared)), {format: 'text'})
    const {notes, items} = processCitations(tree)
    expect(notes).toHaveLength(96)
    expect(notes[29]).toMatchObject({note: 30, text: '', citations: []})
    const rows = score(toCitationsJson({notes, items}))
    if (process.env.VERBOSE) console.log(rows)
    const last = (k: string): number => Number.parseFloat(String(rows[k]).split(' ')[0]!.split('/').pop()!)
    expect(last('segmentation P/R/F1')).toBeGreaterThanOrEqual(0.98)
    expect(last('fields P/R/F1')).toBeGreaterThanOrEqual(0.95)
    expect(last('ibid/short resolution')).toBeGreaterThanOrEqual(0.98)
    expect(last('locator accuracy')).toBeGreaterThanOrEqual(0.98)
  })

  it('reads the whole article (96 notes, note 30 lost) without an unresolved short form', () => {
    const texts = articleNotes()
    expect(texts).toHaveLength(96)
    expect(texts[29]).toBe('')
    const {notes, items, diagnostics} = processCitations(treeOfNotes(texts))
    if (process.env.DUMP_ALL) writeFileSync(process.env.DUMP_ALL, toCitationsJson({notes, items}))
    expect(notes).toHaveLength(96)
    expect(diagnostics.filter((d) => /short form/.test(d.message))).toEqual([])
    const ids = new Set(items.map((i) => i.id))
    expect(ids.size).toBe(items.length)
    for (const n of notes) for (const c of n.citations) expect(ids.has(c.ref)).toBe(true)
  })
})
