import {readFileSync} from 'node:fs'
import {unzlibSync} from 'fflate'
import {decodeModel} from '../src/lib/model/store.js'
import {segmentNote} from '../src/lib/notes-reader.js'
import {loadFootnotes} from './data.js'
const file = process.argv[2]!
const model = decodeModel(unzlibSync(Buffer.from(/'([^']+)'/.exec(readFileSync(file, 'utf8'))![1]!, 'base64')))
const notes = [...loadFootnotes('openedition.jsonl'), ...loadFootnotes('excite.jsonl')].map((r) => r.text)
for (let round = 0; round < 10; round++) {
  const t0 = performance.now()
  for (const n of notes) segmentNote(n, {model})
  const ms = performance.now() - t0
  console.log(`${Math.round(notes.length / (ms / 1000))} notes/s`)
}
