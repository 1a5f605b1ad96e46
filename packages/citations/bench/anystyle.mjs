#!/usr/bin/env node
// Field accuracy of the notes reader on the Chicago-like references of the
// AnyStyle labelled data (../shared/data/anystyle-gold, BSD-2-Clause, © Sylvester
// Keil; see its ATTRIBUTION.md), and the reader's speed in notes per second.
//
// Uses the BUILT package: `npm run build -w @octavo/citations` first, then
// `node packages/citations/bench/anystyle.mjs` (from the repository root).
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {parseReference, processCitations} from '@octavo/citations'

const data = new URL('../../../../shared/data/anystyle-gold/', import.meta.url)
const files = ['gold.jsonl', 'core.jsonl', 'good.jsonl']

/** Chicago-like: no reference number, and a quoted title closed after its comma or an imprint `(Place: Publisher, Year)`. */
function chicagoLike(r) {
  if (r.fields['citation-number']) return false
  return /,”|,"\s/.test(r.text) || /\([^()]*: [^()]*\d{4}\)/.test(r.text)
}

const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^in\s+/, '')
    .replace(/[“”"‘’'«»()[\]]/g, '')
    .replace(/[–—‐-]/g, '-')
    .replace(/[\s.,:;]+/g, ' ')
    .trim()

const digits = (s) => String(s ?? '').replace(/[^\d-–]/g, '').replace(/–/g, '-')

const records = []
for (const f of files) {
  for (const line of readFileSync(new URL(f, data), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const r = JSON.parse(line)
    if (chicagoLike(r) && !records.some((x) => x.text === r.text)) records.push(r)
  }
}

const fields = {title: [0, 0], author: [0, 0], container: [0, 0], publisher: [0, 0], place: [0, 0], year: [0, 0], volume: [0, 0], pages: [0, 0]}
let parsed = 0
for (const r of records) {
  const text = r.text.replace(/[.\s]+$/, '')
  const p = parseReference(text, {allowBareTitle: true, allowOrganisation: true})
  if (p) parsed++
  const it = p?.item ?? {}
  const g = r.fields
  const check = (name, gold, ok) => {
    if (!gold) return
    fields[name][1]++
    if (ok) fields[name][0]++
  }
  check('title', g.title, norm(g.title) === norm(it.title))
  const fam = (it.author ?? it.editor ?? [])[0]
  check('author', g.author, fam && norm(g.author).includes(norm(fam.family ?? fam.literal)))
  const cont = g.journal ?? g['container-title']
  check('container', cont, norm(cont) === norm(it['container-title']))
  check('publisher', g.publisher, norm(g.publisher) === norm(it.publisher))
  check('place', g.location, norm(g.location) === norm(it['publisher-place']))
  const gy = /\d{4}/.exec(g.date ?? '')?.[0]
  check('year', gy, String(it.issued?.['date-parts']?.[0]?.[0] ?? '') === gy)
  check('volume', g.volume, /\d+/.exec(g.volume)?.[0] === String(it.volume ?? ''))
  check('pages', g.pages, digits(g.pages) !== '' && (digits(g.pages) === digits(it.page) || digits(g.pages) === digits(p?.locator)))
}

let c = 0
let n = 0
console.log(`AnyStyle Chicago-like references: ${records.length} (read as a citation: ${parsed})`)
for (const [name, [ok, all]] of Object.entries(fields)) {
  c += ok
  n += all
  console.log(`  ${name.padEnd(10)} ${(ok / (all || 1)).toFixed(3)}  (${all})`)
}
console.log(`field accuracy ${(c / n).toFixed(3)} (${n} fields)`)

// Speed: whole notes through processCitations (segment, parse, resolve, dedupe).
const notes = records.map((r) => r.text)
const tree = () => ({
  type: 'root',
  children: notes.map((t, i) => ({type: 'footnoteDefinition', identifier: String(i + 1), label: String(i + 1), data: {number: i + 1}, children: [{type: 'paragraph', children: [{type: 'text', value: t}]}]}))
})
// Best of several rounds: the machine is shared, the best round is the least disturbed.
processCitations(tree())
const rounds = 10
let best = Infinity
for (let i = 0; i < rounds; i++) {
  const t = tree()
  const t0 = performance.now()
  processCitations(t)
  best = Math.min(best, performance.now() - t0)
}
console.log(`speed ${Math.round(notes.length / (best / 1000))} notes/s (best of ${rounds} rounds of ${notes.length} notes)`)
