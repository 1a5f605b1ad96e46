/**
 * `npm run train`: rebuilds the notes model from the permissive labeled data
 * and the synthetic notes, deterministically (seeded), and writes it where
 * the package loads it (`model/notes-model.js`).
 *
 *   npx tsx train/train.ts [--out FILE] [--holdout K] [--epochs N] [--learner crf|perceptron]
 *                          [--synthetic N | --synthetic-file F | --no-synthetic] [--no-report]
 *
 * With --holdout K (0–4), documents of fold K (by a hash of their `doc`) are
 * kept out of training and scored with ../shared/tools/score-footnotes.py,
 * with the copyleft sets (evaluation only). Then the real article's gold
 * notes and the AnyStyle measure are printed (`--no-report`: not).
 */
import {writeFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {loadFootnotes} from './data.js'
import {scorePipeline} from './evaluate.js'
import {anystyleReport, goldReport} from './gold.js'
import {DEFAULTS, foldOf, modelModule, trainingRecords, trainModel, type TrainOptions} from './pipeline.js'

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i === -1 ? undefined : args[i + 1]
}
const log = (s: string) => process.stderr.write(`${(performance.now() / 1000).toFixed(1)}s ${s}\n`)
const holdout = option('--holdout') === undefined ? undefined : Number(option('--holdout'))
const options: TrainOptions = {
  ...DEFAULTS,
  holdout,
  epochs: Number(option('--epochs') ?? DEFAULTS.epochs),
  learner: option('--learner') === 'perceptron' ? 'perceptron' : 'crf',
  lambda: Number(option('--lambda') ?? DEFAULTS.lambda),
  eta: Number(option('--eta') ?? DEFAULTS.eta),
  minCount: Number(option('--min-count') ?? DEFAULTS.minCount),
  prune: Number(option('--prune') ?? DEFAULTS.prune),
  minRow: Number(option('--min-row') ?? DEFAULTS.minRow),
  synthetic: args.includes('--no-synthetic') ? false : (option('--synthetic-file') ?? Number(option('--synthetic') ?? DEFAULTS.synthetic)),
  log
}

const records = trainingRecords(options)
const train = holdout === undefined ? records : records.filter((r) => foldOf(r.doc) !== holdout)
const held = holdout === undefined ? [] : records.filter((r) => foldOf(r.doc) === holdout)
log(`records: ${records.length} (training ${train.length}, held out ${held.length})`)
const {bytes, model} = trainModel(train, options)
log('trained')
const out = option('--out')
if (out) {
  writeFileSync(out, modelModule(bytes))
  log(`written ${out}: ${bytes.length} bytes`)
}
if (held.length > 0) {
  for (const source of ['linkedbooks', 'grobid-citation', 'synthetic']) {
    const part = held.filter((r) => r.source === source)
    if (part.length) log(`${source}: ${scorePipeline(model, part).trim().split('\n').at(-1)}`)
  }
  for (const file of ['openedition.jsonl', 'excite.jsonl']) log(`${file}: ${scorePipeline(model, loadFootnotes(file)).trim().split('\n').at(-1)}`)
}
if (!args.includes('--no-report')) {
  log(`gold notes 1–48: ${goldReport(model)}`)
  log(`AnyStyle Chicago-like: ${anystyleReport(model)}`)
}
