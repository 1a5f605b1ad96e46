/**
 * Shows how the shipped model labels a note: every token with its label, then the citations read.
 *
 *   npx tsx train/show.ts "Lee, China’s Korean Minority, pp. 15–17."
 */
import {shippedModel} from '../src/lib/model/shipped.js'
import {labelNote} from '../src/lib/model/reader.js'
import {LABELS} from '../src/lib/model/model.js'
const text = process.argv[2]!
const r = labelNote(text, undefined, shippedModel())
console.log(r.tokens.map((t, i) => `${t.text}/${LABELS[r.labels[i]!]}`).join(' '))
for (const c of r.citations) console.log(c.confidence.toFixed(3), c.fields.map((f) => `${f.field}=${f.text}`).join(' | '))
