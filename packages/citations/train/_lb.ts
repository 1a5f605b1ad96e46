import {shippedModel} from '../src/lib/model/shipped.js'
import {loadFootnotes, harmonizeLinkedBooks} from './data.js'
import {foldOf} from './pipeline.js'
import {scorePipeline} from './evaluate.js'
const src = process.argv[2] ?? 'linkedbooks'
const recs = src === 'linkedbooks' ? loadFootnotes('linkedbooks.jsonl').filter(r => foldOf(r.doc) === 0) : loadFootnotes(src + '.jsonl')
console.log(scorePipeline(shippedModel(), recs, ['--errors', process.argv[3] ?? '60']))
