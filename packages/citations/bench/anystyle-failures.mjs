#!/usr/bin/env node
// Prints the AnyStyle Chicago-like references whose field reading differs
// from the label: `node packages/citations/bench/anystyle-failures.mjs [field]`
// (built package, as bench/anystyle.mjs). One block per reference: the text,
// then `field: gold | ours` for each miss.
import {readFileSync} from 'node:fs'
import {parseReference} from '@octavo/citations'
import {chicagoLike, scoreAnystyle} from './anystyle-score.mjs'

const only = process.argv[2]
const data = new URL('../../../../shared/data/anystyle-gold/', import.meta.url)
const seen = new Set()
for (const file of ['gold.jsonl', 'core.jsonl', 'good.jsonl']) {
  for (const line of readFileSync(new URL(file, data), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const r = JSON.parse(line)
    if (!chicagoLike(r) || seen.has(r.text)) continue
    seen.add(r.text)
    const s = scoreAnystyle([r], parseReference)
    const missed = Object.entries(s.fields).filter(([name, [ok, all]]) => all > ok && (!only || name === only))
    if (!missed.length) continue
    const it = parseReference(r.text.replace(/[.\s]+$/, ''), {allowBareTitle: true, allowOrganisation: true})?.item ?? {}
    const ours = {
      title: it.title,
      author: JSON.stringify((it.author ?? it.editor ?? [])[0]),
      container: it['container-title'],
      publisher: it.publisher,
      place: it['publisher-place'],
      year: it.issued?.['date-parts']?.[0]?.[0],
      volume: it.volume,
      pages: it.page
    }
    const gold = {...r.fields, container: r.fields.journal ?? r.fields['container-title'], place: r.fields.location, year: r.fields.date}
    console.log(`\n${r.text}\n  type ${it.type}`)
    for (const [name] of missed) console.log(`  ${name}: ${gold[name]} | ${ours[name]}`)
  }
}
