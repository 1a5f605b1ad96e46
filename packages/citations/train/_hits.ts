import {readFileSync} from 'node:fs'
import {unzlibSync} from 'fflate'
import {decodeModel, slotOf} from '../src/lib/model/store.js'
import {featureHashes} from '../src/lib/model/features.js'
import {tokenize} from '../src/lib/model/tokens.js'
import {loadFootnotes} from './data.js'
const m = decodeModel(unzlibSync(Buffer.from(/'([^']+)'/.exec(readFileSync('/tmp/m-feat.js', 'utf8'))![1]!, 'base64')))
let hit = 0, miss = 0
for (const r of loadFootnotes('openedition.jsonl')) { const f = featureHashes(tokenize(r.text)); for (const h of f.hashes) (slotOf(m, h) >= 0 ? hit++ : miss++) }
console.log('rows', m.rows, 'slots', m.mask + 1, 'hit', hit, 'miss', miss)
import {storedEmissions} from '../src/lib/model/store.js'
const feats = loadFootnotes('openedition.jsonl').map((r) => featureHashes(tokenize(r.text)))
for (let round = 0; round < 5; round++) {
  const t0 = performance.now()
  for (const f of feats) storedEmissions(m, f)
  console.log('emissions µs/note', ((performance.now() - t0) / feats.length * 1000).toFixed(1))
}
// same hashes sorted by frequency: how concentrated?
const freq = new Map<number, number>()
for (const f of feats) for (const h of f.hashes) freq.set(h, (freq.get(h) ?? 0) + 1)
console.log('distinct features', freq.size)
