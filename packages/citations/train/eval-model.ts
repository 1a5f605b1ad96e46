/**
 * Scores a model file (a `model/notes-model.js` module or raw bytes) on held-out fold K
 * (default 0) of LinkedBooks and GROBID, all of OpenEdition and EXCITE, the gold notes and AnyStyle:
 *
 *   npx tsx train/eval-model.ts FILE [--fold K]
 */
import {readFileSync} from 'node:fs'
import {decodeModel} from '../src/lib/model/store.js'
import {harmonizeLinkedBooks, loadFootnotes} from './data.js'
import {scorePipeline} from './evaluate.js'
import {anystyleReport, devArticleReport, goldReport} from './gold.js'
import {foldOf} from './pipeline.js'

const file = process.argv[2]!
const fold = process.argv.includes('--fold') ? Number(process.argv[process.argv.indexOf('--fold') + 1]) : 0
const raw = readFileSync(file)
const bytes = file.endsWith('.js') ? new Uint8Array(Buffer.from(/export default '([^']+)'/.exec(raw.toString('utf8'))![1]!, 'base64')) : new Uint8Array(raw)
const model = decodeModel(bytes)
const line = (out: string) => out.trim().split('\n').at(-1)!.replace('footnotes: ', '')
for (const [name, records] of [
  [
    'linkedbooks',
    loadFootnotes('linkedbooks.jsonl')
      .map(harmonizeLinkedBooks)
      .filter((r) => foldOf(r.doc) === fold)
  ],
  ['grobid', loadFootnotes('grobid-citation.jsonl').filter((r) => foldOf(r.doc) === fold)],
  ['openedition', loadFootnotes('openedition.jsonl')],
  ['excite', loadFootnotes('excite.jsonl')]
] as const)
  console.log(`${name.padEnd(12)} ${line(scorePipeline(model, records))}`)
console.log(`gold 1–48     ${goldReport(model)}`)
console.log(`AnyStyle      ${anystyleReport(model)}`)
for (const name of ['en-short-notes', 'de-thesis', 'es-lesson']) console.log(`dev ${name.padEnd(15)} ${devArticleReport(name, model)}`)
