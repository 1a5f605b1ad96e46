import {readFileSync, readdirSync} from 'node:fs'
import {parse} from '@octavo/parser'
import {processCitations} from '../src/lib/process.js'
const real = new URL('../../../../shared/corpus/real/', import.meta.url)
const only = process.argv[2]
for (const f of readdirSync(real).filter((f) => f.endsWith('.md') && (!only || f.includes(only)))) {
  const {tree} = parse(readFileSync(new URL(f, real)), {format: 'markdown'})
  const {notes, items} = processCitations(tree)
  const byId = new Map(items.map((i) => [i.id, i]))
  console.log(`##### ${f}: ${notes.length} notes`)
  for (const n of notes.slice(0, Number(process.argv[3] ?? 12))) {
    console.log(`--- ${n.note}: ${n.text.slice(0, 300)}`)
    for (const c of n.citations) { const {id: _i, ...rest} = byId.get(c.ref)!; console.log(`   [${c.form} ${c.confidence}] ${c.prefix ? `{${c.prefix}} ` : ''}${c.text.slice(0, 100)} loc=${c.locator}\n      ${JSON.stringify(rest).slice(0, 300)}`) }
  }
}
