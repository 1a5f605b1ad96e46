/**
 * Evaluation of a model on labeled records with the shared scorer
 * (../shared/tools/score-footnotes.py): predictions written as JSON Lines,
 * the scorer's output returned.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {labelNote} from '../src/lib/model/reader.js'
import type {ModelCitation} from '../src/lib/model/spans.js'
import type {StoredModel} from '../src/lib/model/store.js'
import {readNote} from '../src/lib/segment.js'
import {SHARED, type LabeledRecord} from './data.js'

const NAME_FIELDS = new Set(['author', 'editor', 'translator'])
const NAME_NOISE = /(?<![\p{L}])(?:and|und|et|y|e|eds?|Eds?|hrsg|Hrsg|hg|Hg|dir|éds?|by|edited|trans)(?![\p{L}])\.?|&/gu
const TITLES = ['title', 'container-title', 'collection-title', 'title-short']

/** The fields of one citation as the scorer reads them (names as lists of strings). */
export function scorerFields(c: ModelCitation): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const f of c.fields) {
    if (NAME_FIELDS.has(f.field)) {
      const list = (out[f.field === 'translator' ? 'translator' : f.field] ??= []) as string[]
      list.push(f.text.replace(NAME_NOISE, ' '))
    } else if (f.field === 'title' || f.field === 'container-title') {
      // A second title goes to the next free title field (the scorer pools them).
      const slot = TITLES.slice(TITLES.indexOf(f.field)).find((k) => out[k] === undefined)
      if (slot) out[slot] = f.text
      else out[f.field] = `${String(out[f.field])} ${f.text}`
    } else {
      const before = out[f.field]
      out[f.field] = typeof before === 'string' ? `${before} ${f.text}` : f.text
    }
  }
  return out
}

export function predict(model: StoredModel, record: Pick<LabeledRecord, 'text' | 'italics'>): ModelCitation[] {
  return labelNote(record.text, record.italics, model).citations
}

/** Runs the shared scorer on these records; returns its output (last line: the headline). */
export function score(model: StoredModel, records: readonly LabeledRecord[], args: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'octavo-eval-'))
  const gold = join(dir, 'gold.jsonl')
  const pred = join(dir, 'pred.jsonl')
  writeFileSync(gold, records.map((r) => JSON.stringify({id: r.id, text: r.text, lang: r.lang, source: r.source, kind: r.kind, citations: r.citations})).join('\n') + '\n')
  writeFileSync(pred, records.map((r) => JSON.stringify({id: r.id, citations: predict(model, r).map((c) => ({start: c.start, end: c.end, fields: scorerFields(c)}))})).join('\n') + '\n')
  return execFileSync('python3', [new URL('tools/score-footnotes.py', SHARED).pathname, gold, pred, ...args], {encoding: 'utf8'})
}

/** The same through the product's path (segmentNote → readCitation → CSL fields), with a stored model. */
export function scorePipeline(model: StoredModel, records: readonly LabeledRecord[], args: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'octavo-eval-'))
  const gold = join(dir, 'gold.jsonl')
  const pred = join(dir, 'pred.jsonl')
  writeFileSync(gold, records.map((r) => JSON.stringify({id: r.id, text: r.text, lang: r.lang, source: r.source, kind: r.kind, citations: r.citations})).join('\n') + '\n')
  const lines = records.map((r) => {
    const seg = readNote(r.text, {model, ...(r.italics ? {italics: r.italics} : {})})
    return JSON.stringify({
      id: r.id,
      citations: seg.segments.map((s) => ({start: s.start, end: s.end, fields: s.parsed.item, locator: s.parsed.locator}))
    })
  })
  writeFileSync(pred, lines.join('\n') + '\n')
  if (process.env.KEEP_PRED) writeFileSync(process.env.KEEP_PRED, lines.join('\n') + '\n')
  return execFileSync('python3', [new URL('tools/score-footnotes.py', SHARED).pathname, gold, pred, ...args], {encoding: 'utf8'})
}
