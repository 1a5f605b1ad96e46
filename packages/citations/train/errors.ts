/**
 * Every field error of a held-out fold-0 model on one corpus, from the
 * shared scorer (`--errors`), into /tmp/err-CORPUS.txt; the per-field
 * summary on standard output. The fold model is the one `bench.ts` cached.
 *
 *   node --max-old-space-size=8000 --import tsx train/errors.ts linkedbooks|grobid-citation|openedition|excite
 */
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {decodeModel} from '../src/lib/model/store.js'
import {readNote} from '../src/lib/segment.js'
import {loadFootnotes, SHARED} from './data.js'
import {foldOf, trainingRecords} from './pipeline.js'
const dir = new URL('../../../node_modules/.cache/octavo-notes/', import.meta.url)
// FOLD_MODEL=fold-0-<key>.bin picks one when the cache holds several (the newest otherwise).
const newest = readdirSync(dir)
  .filter((f) => f.startsWith('fold-0-'))
  .sort((a, b) => statSync(new URL(b, dir)).mtimeMs - statSync(new URL(a, dir)).mtimeMs)[0]!
const model = decodeModel(new Uint8Array(readFileSync(new URL(process.env.FOLD_MODEL || newest, dir))))
const which = process.argv[2]!
const records =
  which === 'openedition' || which === 'excite' ? loadFootnotes(`${which}.jsonl`) : trainingRecords({synthetic: 0, log: () => {}}).filter((r) => foldOf(r.doc) === 0 && r.source === which)
writeFileSync(`/tmp/g-${which}.jsonl`, records.map((r) => JSON.stringify({id: r.id, text: r.text, lang: r.lang, source: r.source, kind: r.kind, citations: r.citations})).join('\n') + '\n')
writeFileSync(
  `/tmp/p-${which}.jsonl`,
  records
    .map((r) => {
      const seg = readNote(r.text, {model, ...(r.italics ? {italics: r.italics} : {})})
      return JSON.stringify({id: r.id, citations: seg.segments.map((s) => ({start: s.start, end: s.end, fields: s.parsed.item, locator: s.parsed.locator}))})
    })
    .join('\n') + '\n'
)
execFileSync('sh', ['-c', `python3 ${new URL('tools/score-footnotes.py', SHARED).pathname} /tmp/g-${which}.jsonl /tmp/p-${which}.jsonl --errors 100000 > /tmp/err-${which}.txt`])
console.log(
  readFileSync(`/tmp/err-${which}.txt`, 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('  ') || l.startsWith('  field'))
    .join('\n')
)
