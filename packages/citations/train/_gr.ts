import {shippedModel} from '../src/lib/model/shipped.js'
import {loadFootnotes} from './data.js'
import {foldOf} from './pipeline.js'
import {scorePipeline} from './evaluate.js'
console.log(scorePipeline(shippedModel(), loadFootnotes('grobid-citation.jsonl').filter(r => foldOf(r.doc) === 0)).trim().split('\n').at(-1))
