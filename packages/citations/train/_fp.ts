import {shippedModel} from '../src/lib/model/shipped.js'
import {segmentNote} from '../src/lib/notes-reader.js'
import {loadFootnotes} from './data.js'
const recs = loadFootnotes((process.argv[2] ?? 'openedition') + '.jsonl')
let fp = 0, shown = 0
const kinds = new Map<string, number>()
for (const r of recs) {
  const seg = segmentNote(r.text, {model: shippedModel()})
  for (const s of seg.segments) {
    const overlap = r.citations.some((c) => Math.min(c.end, s.end) - Math.max(c.start, s.start) > 0.5 * (s.end - s.start))
    if (!overlap) {
      fp++
      const k = r.citations.length === 0 ? 'note-without-citation' : 'extra-in-cited-note'
      kinds.set(k, (kinds.get(k) ?? 0) + 1)
      if (shown++ < Number(process.argv[3] ?? 25)) console.log(`${k} [${s.parsed.form} ${s.parsed.confidence.toFixed(2)}] «${s.text.slice(0, 120)}» in: ${r.text.slice(0, 160)}`)
    }
  }
}
console.log(fp, Object.fromEntries(kinds))
