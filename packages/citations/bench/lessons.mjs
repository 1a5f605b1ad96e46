#!/usr/bin/env node
// The four real Markdown lessons (../shared/corpus/real) through the notes reader:
// `node packages/citations/bench/lessons.mjs [file-part] [q]` (built packages, as
// bench/anystyle.mjs). Prints each note, its citations (form, prefix, span,
// locator) and the item of each work the first time it is cited; `q` prints the
// counts only (notes, notes with a citation, citations, items, warnings).
import {readFileSync, readdirSync} from 'node:fs'
import {processCitations} from '@octavo/citations'
import {parse} from '@octavo/parser'
const real = new URL('../../../../shared/corpus/real/', import.meta.url)
const only = process.argv[2]
for (const f of readdirSync(real).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md' && (!only || f.includes(only)))) {
  const {tree} = parse(readFileSync(new URL(f, real)), {format: 'markdown'})
  const {notes, items, diagnostics} = processCitations(tree)
  const byId = new Map(items.map((i) => [i.id, i]))
  const cited = notes.filter((n) => n.citations.length).length
  console.log(
    `##### ${f}: ${notes.length} notes, ${cited} with citation, ${notes.reduce((a, n) => a + n.citations.length, 0)} citations, ${items.length} items, ${(diagnostics ?? []).filter((d) => d.severity === 'warning').length} warnings`
  )
  if (process.argv[3] === 'q') continue
  const seen = new Set()
  for (const n of notes) {
    console.log(`--- ${n.note}: ${n.text}`)
    for (const c of n.citations) {
      console.log(`   [${c.form}] ${c.prefix ? `{${c.prefix}} ` : ''}${c.text}  loc=${c.locator}`)
      if (!seen.has(c.ref)) {
        seen.add(c.ref)
        const {id: _id, ...rest} = byId.get(c.ref)
        console.log(`      ${JSON.stringify(rest)}`)
      }
    }
  }
}
