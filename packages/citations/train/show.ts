/**
 * Shows how the shipped model labels a note: every token with its label, then the citations read.
 * `*…*` in the note marks italics (as Markdown emphasis): the note is then read as one whose
 * italics are known (every other word roman), as `octavo build` reads a Markdown note.
 *
 *   npx tsx train/show.ts "Lee, China’s Korean Minority, pp. 15–17."
 *   npx tsx train/show.ts "Lee, *China’s Korean Minority*, pp. 15–17."
 */
import {shippedModel} from '../src/lib/model/shipped.js'
import {labelNote} from '../src/lib/model/reader.js'
import {LABELS} from '../src/lib/model/model.js'
const written = process.argv[2]!
const italics: Array<[number, number]> = []
let text = ''
for (const [i, part] of written.split('*').entries()) {
  if (i % 2 === 1) italics.push([text.length, text.length + part.length])
  text += part
}
const r = labelNote(text, written.includes('*') ? italics : undefined, shippedModel())
console.log(r.tokens.map((t, i) => `${t.text}/${LABELS[r.labels[i]!]}`).join(' '))
for (const c of r.citations) console.log(c.confidence.toFixed(3), c.fields.map((f) => `${f.field}=${f.text}`).join(' | '))
