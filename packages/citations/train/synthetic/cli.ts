/**
 * Writes synthetic records as JSON Lines on standard output:
 *
 *   npx tsx packages/citations/train/synthetic/cli.ts --seed 1 --documents 50 > /tmp/syn.jsonl
 *
 * Options: --seed N (default 1), --documents N (default 100), --offset N (first
 * document), --jobs N (worker threads, default 1; the output is the same),
 * --data DIR (labeled data to harvest from; --no-data: own lists only),
 * --all-styles (74 styles instead of the default 40).
 */
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'
import {BLOCK, generateSynthetic, type SyntheticOptions} from './generate.js'

interface CliOptions extends SyntheticOptions {
  jobs: number
}

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = {seed: 1, documents: 100, jobs: 1}
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    const value = argv[index + 1]
    const number = (): number => {
      const parsed = Number(value)
      if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${arg} needs a whole number`)
      index++
      return parsed
    }
    if (arg === '--seed') options.seed = number()
    else if (arg === '--documents') options.documents = number()
    else if (arg === '--offset') options.offset = number()
    else if (arg === '--jobs') options.jobs = Math.max(1, number())
    else if (arg === '--data' && value !== undefined) {
      options.dataDir = value
      index++
    } else if (arg === '--no-data') options.dataDir = false
    else if (arg === '--all-styles') options.allStyles = true
    else throw new Error(`unknown argument: ${arg}`)
  }
  return options
}

function jsonLines(options: SyntheticOptions): string {
  return generateSynthetic(options)
    .map((record) => `${JSON.stringify(record)}\n`)
    .join('')
}

/** Consecutive slices of the documents, one per job, in whole blocks: the output is the same as in one process. */
function slices(options: CliOptions): SyntheticOptions[] {
  const {jobs, ...rest} = options
  const start = rest.offset ?? 0
  const size = Math.max(BLOCK, Math.ceil(rest.documents / jobs / BLOCK) * BLOCK)
  const out: SyntheticOptions[] = []
  for (let first = start; first < start + rest.documents; first += size) out.push({...rest, offset: first, documents: Math.min(size, start + rest.documents - first)})
  return out
}

/** A worker running this file; it registers tsx first (module hooks are not inherited by workers). */
function inWorker(options: SyntheticOptions): Promise<string> {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'))
  const self = JSON.stringify(import.meta.url)
  const code = `import(${tsx}).then(({register}) => { register(); return import(${self}) })`
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, {eval: true, workerData: options})
    worker.once('message', (text: string) => resolve(text))
    worker.once('error', reject)
  })
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  if (options.jobs === 1) {
    process.stdout.write(jsonLines(options))
    return
  }
  const parts = await Promise.all(slices(options).map(inWorker))
  for (const part of parts) process.stdout.write(part)
}

if (isMainThread) {
  main().catch((error: unknown) => {
    process.stderr.write(`synthetic: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  })
} else {
  parentPort?.postMessage(jsonLines(workerData as SyntheticOptions))
}
