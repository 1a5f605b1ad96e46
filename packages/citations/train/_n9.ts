import {readFileSync} from 'node:fs'
import {parse} from '@octavo/parser'
import {processCitations} from '../src/lib/process.js'
import {segmentNote} from '../src/lib/notes-reader.js'
const {tree} = parse(readFileSync('/work/shared/corpus/koreans-1950-1962.txt'), {format: 'text'})
const {notes, diagnostics} = processCitations(tree)
for (const d of diagnostics) if (/note (9|24):/.test(d.message)) console.log(d.message)
console.log(JSON.stringify(notes[8]))
console.log(JSON.stringify(segmentNote(notes[8]!.text).segments.map(s => s.parsed)))
