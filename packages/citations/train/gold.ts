/**
 * The two measures outside the labeled corpora: the real article's gold notes
 * 1–48 (../shared/gold, scored by ../shared/tools/score-citations.py) and
 * the Chicago-like AnyStyle references (bench/anystyle-score.mjs), with a
 * given model.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from '@octavo/parser'
import type {StoredModel} from '../src/lib/model/store.js'
import {parseReference} from '../src/lib/notes-reader.js'
import {toCitationsJson} from '../src/lib/notes-json.js'
import {processCitations} from '../src/lib/process.js'
import {chicagoLike, scoreAnystyle, type AnystyleRecord} from '../bench/anystyle-score.mjs'
import {SHARED} from './data.js'

/** The headline line of the scorer on notes 1–48 of the real article (through the parser, as `octavo build` reads it). */
export function goldReport(model: StoredModel, verbose = false): string {
  const text = readFileSync(new URL('corpus/koreans-1950-1962.txt', SHARED))
  const {tree} = parse(text, {format: 'text'})
  const {notes, items} = processCitations(tree, {model})
  const dir = mkdtempSync(join(tmpdir(), 'octavo-gold-'))
  const pred = join(dir, 'citations.json')
  writeFileSync(pred, toCitationsJson({notes, items}))
  if (process.env.GOLD_PRED) writeFileSync(process.env.GOLD_PRED, toCitationsJson({notes, items}))
  const out = execFileSync('python3', [new URL('tools/score-citations.py', SHARED).pathname, new URL('gold/koreans-1950-1962.dev.json', SHARED).pathname, pred, '--notes', '1-48'], {encoding: 'utf8'})
  return verbose ? out : out.trim().split('\n').at(-1)!
}

export function anystyleRecords(): AnystyleRecord[] {
  const records: AnystyleRecord[] = []
  const seen = new Set<string>()
  for (const file of ['gold.jsonl', 'core.jsonl', 'good.jsonl']) {
    for (const line of readFileSync(new URL(`data/anystyle-gold/${file}`, SHARED), 'utf8').split('\n')) {
      if (!line.trim()) continue
      const r = JSON.parse(line) as AnystyleRecord
      if (chicagoLike(r) && !seen.has(r.text)) {
        seen.add(r.text)
        records.push(r)
      }
    }
  }
  return records
}

export function anystyleReport(model: StoredModel): string {
  const score = scoreAnystyle(anystyleRecords(), (text) => parseReference(text, {model}))
  return `field accuracy ${score.accuracy.toFixed(3)} (${score.total} fields of ${score.references} references; ${Object.entries(score.fields)
    .map(([k, [ok, all]]) => `${k} ${(ok / (all || 1)).toFixed(2)}`)
    .join(', ')})`
}

/** The headline of the scorer on one of the dev articles (test/fixtures/dev-articles/NAME: article.md and its gold). */
export function devArticleReport(name: string, model: StoredModel): string {
  const dir = new URL(`../test/fixtures/dev-articles/${name}/`, import.meta.url)
  const {tree} = parse(readFileSync(new URL('article.md', dir)), {format: 'markdown'})
  const {notes, items} = processCitations(tree, {model})
  const pred = join(mkdtempSync(join(tmpdir(), 'octavo-dev-')), 'citations.json')
  writeFileSync(pred, toCitationsJson({notes, items}))
  const out = execFileSync('python3', [new URL('tools/score-citations.py', SHARED).pathname, new URL('gold.citations.json', dir).pathname, pred], {encoding: 'utf8'})
  return out.trim().split('\n').at(-1)!
}
