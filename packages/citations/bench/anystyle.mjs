#!/usr/bin/env node
/* global structuredClone */
// Field accuracy of the notes reader on the Chicago-like references of the
// AnyStyle labelled data (../shared/data/anystyle-gold, BSD-2-Clause,
// © Sylvester Keil; see its ATTRIBUTION.md), and its speed in notes/s.
//
// Uses the BUILT packages: `npm run build -w @octavo/parser -w @octavo/citations` first, then
// `node packages/citations/bench/anystyle.mjs` (from the repository root).
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {parseReference, processCitations} from '@octavo/citations'
import {parse} from '@octavo/parser'
import {chicagoLike, scoreAnystyle} from './anystyle-score.mjs'

const data = new URL('../../../../shared/data/anystyle-gold/', import.meta.url)
const records = []
const seen = new Set()
for (const file of ['gold.jsonl', 'core.jsonl', 'good.jsonl']) {
  for (const line of readFileSync(new URL(file, data), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const r = JSON.parse(line)
    if (chicagoLike(r) && !seen.has(r.text)) {
      seen.add(r.text)
      records.push(r)
    }
  }
}

const score = scoreAnystyle(records, parseReference)
console.log(`AnyStyle Chicago-like references: ${score.references} (read as a citation: ${score.read})`)
for (const [name, [ok, all]] of Object.entries(score.fields)) console.log(`  ${name.padEnd(10)} ${(ok / (all || 1)).toFixed(3)}  (${all})`)
console.log(`field accuracy ${score.accuracy.toFixed(3)} (${score.total} fields)`)

// Speed: whole notes through processCitations (segment, parse, resolve,
// dedupe). Best of several rounds: the machine is shared.
const notes = records.map((r) => r.text)
const tree = () => ({
  type: 'root',
  children: notes.map((t, i) => ({
    type: 'footnoteDefinition',
    identifier: String(i + 1),
    label: String(i + 1),
    data: {number: i + 1},
    children: [{type: 'paragraph', children: [{type: 'text', value: t}]}]
  }))
})
processCitations(tree())
const rounds = 10
let best = Infinity
let sum = 0
for (let i = 0; i < rounds; i++) {
  const t = tree()
  const t0 = performance.now()
  processCitations(t)
  const ms = performance.now() - t0
  best = Math.min(best, ms)
  sum += ms
}
console.log(`speed ${Math.round(notes.length / (best / 1000))} notes/s best, ${Math.round((rounds * notes.length) / (sum / 1000))} notes/s mean (${rounds} rounds of ${notes.length} notes)`)

// The same on the 96 notes of the plain-text article (shorter, real notes).
const article = parse(readFileSync(new URL('../../../../shared/corpus/koreans-1950-1962.txt', import.meta.url)), {format: 'text'})
const defs = article.tree.children.filter((c) => c.type === 'footnoteDefinition')
processCitations({type: 'root', children: structuredClone(defs)})
best = Infinity
sum = 0
for (let i = 0; i < rounds * 3; i++) {
  const t = {type: 'root', children: structuredClone(defs)}
  const t0 = performance.now()
  processCitations(t)
  const ms = performance.now() - t0
  best = Math.min(best, ms)
  sum += ms
}
console.log(
  `speed on the article's notes ${Math.round(defs.length / (best / 1000))} notes/s best, ${Math.round((rounds * 3 * defs.length) / (sum / 1000))} notes/s mean (${rounds * 3} rounds of ${defs.length} notes)`
)
