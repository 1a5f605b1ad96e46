import {readFileSync} from 'node:fs'
import {parse} from '@octavo/parser'
import {processCitations} from '../src/lib/process.js'
const dir = new URL(`../test/fixtures/dev-articles/${process.argv[2]}/`, import.meta.url)
const {tree} = parse(readFileSync(new URL('article.md', dir)), {format: 'markdown'})
const {notes, items} = processCitations(tree)
const gold = JSON.parse(readFileSync(new URL('gold.citations.json', dir), 'utf8'))
const gi = new Map(gold.items.map((i: any) => [i.id, i]))
const pi = new Map(items.map((i) => [i.id, i]))
for (const n of notes) {
  const g = gold.notes.find((x: any) => x.note === n.note)
  for (const c of g.citations) {
    if (c.form === 'full') continue
    const p = n.citations.find((x) => x.text.includes(c.text.slice(0, 10)) || c.text.includes(x.text.slice(0, 10)))
    const pitem: any = p ? pi.get(p.ref) : undefined
    const gitem: any = gi.get(c.ref)
    console.log(`${n.note} [${c.form}/${p?.form}] ${c.text} → ${pitem ? `${pitem.title} / ${JSON.stringify(pitem.author)}` : 'NONE'}   gold: ${gitem.title}`)
  }
}
