/**
 * Self-check and statistics of a generation run:
 *
 *   npx tsx packages/citations/train/synthetic/check.ts [--seed 1] [--documents 300] [--all-styles]
 *
 * Generates twice (same bytes?), generates a prefix and a slice (the same
 * records for the same documents however a run is sliced?), validates every
 * record (`validate.ts`) and prints counts per language, style, item type,
 * form and label, and of the area works and commentary (`area.ts`,
 * `prose.ts`). Exits 1 when a structural check fails or more than 0.5% of
 * the label spans fail a content check.
 */
import {BLOCK, generateSynthetic, type PatternStats, type SyntheticRecord} from './generate.js'
import type {RenderStats} from './notes.js'
import {contentProblems, serialize, structureProblems, type Problem} from './validate.js'

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(name)
  return index >= 0 ? Number(process.argv[index + 1]) : fallback
}

function count<T>(values: Iterable<T>): Array<[T, number]> {
  const counts = new Map<T, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])
}

function table(title: string, rows: Array<[unknown, number]>): void {
  console.log(`\n${title}`)
  for (const [key, value] of rows) console.log(`  ${String(key).padEnd(72)} ${value}`)
}

function summarize(records: SyntheticRecord[]): void {
  const citations = records.flatMap((record) => record.citations)
  console.log(`records ${records.length}, citations ${citations.length}, documents ${new Set(records.map((record) => record.doc)).size}`)
  table('kind', count(records.map((record) => record.kind)))
  table('language (records)', count(records.map((record) => record.lang)))
  table('locale (records)', count(records.map((record) => record.meta.locale)))
  table('form (citations)', count(citations.map((citation) => citation.form)))
  table('item type (citations)', count(citations.map((citation) => citation.item.type)))
  table('labels', count(citations.flatMap((citation) => citation.labels.map(([, , label]) => label))))
  table('citations per footnote', count(records.filter((record) => record.kind === 'footnote').map((record) => record.citations.length)))
  table('style (records)', count(records.map((record) => `${record.style} (${record.kind})`)))
}

function report(problems: Problem[], labelCount: number): boolean {
  const structural = problems.filter((item) => !item.check.startsWith('content:'))
  const content = problems.filter((item) => item.check.startsWith('content:'))
  table('problems', count(problems.map((item) => item.check)))
  for (const item of problems.slice(0, 25)) console.log(`  ${item.id} ${item.check}: ${item.detail}`)
  const rate = content.length / Math.max(1, labelCount)
  console.log(`\nstructural problems: ${structural.length}; content problems: ${content.length} of ${labelCount} labels (${(rate * 100).toFixed(2)}%)`)
  return structural.length === 0 && rate <= 0.005
}

const seed = argument('--seed', 1)
const documents = argument('--documents', 300)
const started = performance.now()
const stats: RenderStats = new Map()
const allStyles = process.argv.includes('--all-styles')
const patterns: PatternStats = new Map()
const records = generateSynthetic({seed, documents, stats, allStyles, patterns})
const seconds = (performance.now() - started) / 1000
console.log(`generated ${documents} documents in ${seconds.toFixed(1)} s`)

let ok = true
const again = serialize(generateSynthetic({seed, documents: Math.min(documents, 40), allStyles}))
if (!serialize(records).startsWith(again)) {
  console.log('FAIL: the same seed gave different records (or document i depends on the documents after it)')
  ok = false
}
// A slice across a block boundary when the run is long enough, else inside the first block.
const sliceStart = documents >= BLOCK + 5 ? BLOCK - 2 : 20
const sliceDocs = new Set([0, 1, 2, 3, 4].map((index) => `synthetic:d${sliceStart + index}`))
const slice = serialize(generateSynthetic({seed, documents: 5, offset: sliceStart, allStyles}))
const fromRun = serialize(records.filter((record) => sliceDocs.has(record.doc)))
if (documents >= sliceStart + 5 && slice !== fromRun) {
  console.log(`FAIL: documents ${sliceStart}–${sliceStart + 4} generated alone differ from the same documents in the full run`)
  ok = false
}

summarize(records)
table(
  'area documents and works (area.ts), commentary (prose.ts)',
  [...patterns].sort((a, b) => a[0].localeCompare(b[0]))
)
table(
  'renderings dropped (share, kept+dropped), by style',
  [...stats].map(([style, {kept, dropped}]): [string, number] => [`${style} (${kept + dropped})`, Math.round((dropped / (kept + dropped)) * 1000) / 1000]).sort((a, b) => b[1] - a[1])
)
const problems = records.flatMap((record) => [...structureProblems(record), ...contentProblems(record)])
const labelCount = records.reduce((sum, record) => sum + record.citations.reduce((inner, citation) => inner + citation.labels.length, 0), 0)
ok = report(problems, labelCount) && ok
console.log(ok ? '\nOK' : '\nFAILED')
process.exitCode = ok ? 0 : 1
