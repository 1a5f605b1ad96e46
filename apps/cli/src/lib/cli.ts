import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {parse, toMarkdown} from '@octavo/parser'
import {EXIT_INPUT, EXIT_OK, EXIT_USAGE, InputError, UsageError} from './errors.js'
import {hasErrors, oneLine} from './diagnostics.js'
import {OUTPUT_KINDS, isOutputKind, writeAll, type OutputKind} from './outputs.js'
import {readMeta, readSource, reason, type SourceFile, readText} from './input.js'
import {buildArticle, prepareArticle} from './build.js'
import {buildReader, type CachedArticle} from './reader.js'
import {loadConfig, type Config} from './config.js'
import {Reporter, type Io} from './reporter.js'
import {watch} from './watch.js'
import {loadDefaultStyle} from './world.js'
import {VERSION} from './version.js'

export type {Io} from './reporter.js'

const PAGE_SIZES = ['a4', 'letter', '6x9'] as const
const NOTE_MODES = ['footnotes', 'endnotes'] as const
const EDITIONS = ['cmos17', 'cmos18'] as const

interface CommonOptions {
  quiet?: boolean
  json?: boolean
}

interface BuildOptions extends CommonOptions {
  output: string
  to: string
  meta?: string
  pageSize: (typeof PAGE_SIZES)[number]
  notes: (typeof NOTE_MODES)[number]
  csl?: string
  restyleNotes?: (typeof EDITIONS)[number]
  watch?: boolean
}

interface ReaderOptions extends CommonOptions {
  output: string
  watch?: boolean
  jobs?: number
}

/** `--jobs`: a whole number of threads, 1 or more. */
function threads(value: string): number {
  const jobs = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(jobs) || jobs < 1) throw new InvalidArgumentError('expected a whole number of threads, 1 or more')
  return jobs
}

/** Run the `octavo` command with `argv` (without `node` and the script). Resolves to the exit status. */
export async function run(argv: readonly string[], io: Io, cwd: string = process.cwd()): Promise<number> {
  let status = EXIT_OK
  const program = new Command('octavo')
    .description('Scholarly articles into a printable PDF, an EPUB, and Chicago bibliographies with Zotero exports.')
    .version(VERSION, '-V, --version')
    .option('--config <file.yaml>', 'defaults for every option (default: ./octavo.yaml when present)')
    .exitOverride()
    .configureOutput({writeOut: io.stdout, writeErr: io.stderr, outputError: () => {}})
    .showSuggestionAfterError(true)
    .addHelpText('after', '\nExit status: 0 built, 1 the input has errors, 2 usage.\nDiagnostics: file:line:column: severity: message')

  /** Options the user did not give take their value from octavo.yaml. */
  async function withConfig<T extends object>(command: Command, options: T, keys: Array<[keyof Config, string]>): Promise<T> {
    const {file, config, diagnostics} = await loadConfig(program.opts<{config?: string}>().config, cwd)
    if (diagnostics.length > 0) {
      const reporter = new Reporter(io)
      reporter.diagnostics(file ?? 'octavo.yaml', diagnostics)
      if (hasErrors(diagnostics)) throw new ConfigError()
    }
    const merged: Record<string, unknown> = {...(options as Record<string, unknown>)}
    for (const [key, option] of keys) {
      const value = config[key]
      if (value !== undefined && command.getOptionValueSource(option) !== 'cli') merged[option] = value
    }
    for (const [option, choices] of [['pageSize', PAGE_SIZES], ['notes', NOTE_MODES]] as const) {
      if (!(choices as readonly string[]).includes(String(merged[option] ?? choices[0]))) throw new UsageError(`invalid ${option}`)
    }
    return merged as T
  }

  program
    .command('build')
    .description('build every output of one article (PDF, EPUB, bibliography, CSL-JSON, RIS, BibTeX, citations.json)')
    .argument('<input>', 'the article: Markdown (.md) or plain text (any other extension)')
    .option('-o, --output <dir>', 'the folder to write into', 'out')
    .option('--to <kinds>', `what to write, comma-separated: ${Object.keys(OUTPUT_KINDS).join(',')}`, Object.keys(OUTPUT_KINDS).join(','))
    .option('--meta <file.yaml>', 'metadata for a plain-text article (default: <stem>.meta.yaml beside it)')
    .addOption(new Option('--page-size <size>', 'page size of the PDF').choices(PAGE_SIZES).default('a4'))
    .addOption(new Option('--notes <mode>', 'notes at the foot of the page or at the end').choices(NOTE_MODES).default('footnotes'))
    .option('--csl <file.csl>', 'a CSL style for the bibliography (default: our Chicago notes-bibliography)')
    .addOption(new Option('--restyle-notes <edition>', 'print the notes from their parsed citations: CMOS 17 (Ibid.) or 18 (short forms)').choices(EDITIONS))
    .option('-w, --watch', 'build again whenever the input changes')
    .option('-q, --quiet', 'print errors only')
    .option('--json', 'print a JSON summary (files written, diagnostics) on standard output')
    .action(async (input: string, given: BuildOptions, command: Command) => {
      const options = await withConfig(command, given, [['output', 'output'], ['to', 'to'], ['page-size', 'pageSize'], ['notes', 'notes'], ['csl', 'csl'], ['restyle-notes', 'restyleNotes']])
      status = await build(input, options, io)
    })

  program
    .command('reader')
    .description('bind many articles into one volume (course reader)')
    .argument('<reader.yaml>', 'the reader: title, editor, course, term, articles, options')
    .option('-o, --output <dir>', 'the folder to write into', 'out')
    .option('-w, --watch', 'build again whenever the reader or one of its articles changes')
    .option('-j, --jobs <n>', 'threads to use (default: the cores there are, at most 4); the outputs are the same whatever the number', threads)
    .option('-q, --quiet', 'print errors only')
    .option('--json', 'print a JSON summary (files written, diagnostics) on standard output')
    .action(async (file: string, given: ReaderOptions, command: Command) => {
      const options = await withConfig(command, given, [['output', 'output']])
      status = await reader(file, options, io)
    })

  program
    .command('import')
    .description('a plain-text article as Markdown (front matter + footnotes) on standard output')
    .argument('<input>', 'the plain-text article')
    .option('--meta <file.yaml>', 'metadata (default: <stem>.meta.yaml beside it)')
    .action(async (input: string, options: {meta?: string}) => {
      status = await importText(input, options, io)
    })

  program
    .command('check')
    .description('print diagnostics only; exit 1 when there are errors')
    .argument('<input>', 'the article')
    .option('--meta <file.yaml>', 'metadata for a plain-text article')
    .option('--json', 'print the diagnostics as JSON on standard output')
    .action(async (input: string, options: {meta?: string; json?: boolean}) => {
      status = await check(input, options, io)
    })

  try {
    await program.parseAsync([...argv], {from: 'user'})
    return status
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT_OK
      io.stderr(`octavo: error: ${oneLine(error.message.replace(/^error: /, ''))}\n`)
      return EXIT_USAGE
    }
    if (error instanceof ConfigError) return EXIT_USAGE
    if (error instanceof UsageError) {
      io.stderr(`octavo: error: ${oneLine(error.message)}\n`)
      return EXIT_USAGE
    }
    if (error instanceof InputError) {
      io.stderr(`octavo: error: ${oneLine(error.message)}\n`)
      return EXIT_INPUT
    }
    const err = error as Error
    io.stderr(`octavo: internal error: ${oneLine(err.message)} (please report this with the input that caused it)\n`)
    if (process.env['OCTAVO_DEBUG']) io.stderr(`${err.stack ?? ''}\n`)
    return 70
  }
}

/** octavo.yaml has errors, already reported. */
class ConfigError extends Error {}

function parseKinds(list: string): OutputKind[] {
  const kinds = list.split(',').map((kind) => kind.trim()).filter(Boolean)
  if (kinds.length === 0) throw new UsageError('--to needs at least one kind')
  for (const kind of kinds) {
    if (!isOutputKind(kind)) throw new UsageError(`unknown output kind '${kind}' for --to (expected ${Object.keys(OUTPUT_KINDS).join(', ')})`)
  }
  return kinds as OutputKind[]
}

async function loadStyle(file: string | undefined): Promise<string> {
  if (file === undefined) return loadDefaultStyle()
  try {
    return await readText(file)
  } catch (error) {
    throw new InputError(`cannot read style '${file}': ${reason(error)}`)
  }
}

/** Source + metadata; metadata diagnostics are reported against the metadata file. */
async function load(input: string, metaOption: string | undefined, reporter: Reporter): Promise<{source: SourceFile; meta: Awaited<ReturnType<typeof readMeta>>} | undefined> {
  const source = await readSource(input)
  const meta = source.format === 'text' || metaOption !== undefined ? await readMeta(source, metaOption) : undefined
  if (meta && meta.diagnostics.length > 0) {
    reporter.diagnostics(meta.path, meta.diagnostics)
    if (hasErrors(meta.diagnostics)) return undefined
  }
  return {source, meta}
}

async function write(dir: string, files: ReadonlyMap<string, Uint8Array | string>, reporter: Reporter) {
  try {
    reporter.wrote(await writeAll(dir, files))
  } catch (error) {
    throw new InputError(`cannot write into '${dir}': ${reason(error)}`)
  }
}

async function build(input: string, options: BuildOptions, io: Io): Promise<number> {
  const to = parseKinds(options.to)
  const style = await loadStyle(options.csl)
  const once = async (): Promise<{status: number; files: string[]}> => {
    const reporter = new Reporter(io, options)
    const loaded = await load(input, options.meta, reporter)
    if (!loaded) return finish(reporter, EXIT_INPUT, [input])
    const {source, meta} = loaded
    const watched = [source.path, ...(meta ? [meta.path] : [])]
    const result = await buildArticle(source, {to, meta: meta?.meta, pageSize: options.pageSize, notes: options.notes, style, styleGiven: options.csl !== undefined, restyleNotes: options.restyleNotes})
    reporter.diagnostics(source.path, result.diagnostics)
    if (hasErrors(result.diagnostics)) return finish(reporter, EXIT_INPUT, watched)
    await write(options.output, result.files, reporter)
    return finish(reporter, EXIT_OK, watched)
  }
  if (!options.watch) return (await once()).status
  return watch(once, new Reporter(io, options))
}

function finish(reporter: Reporter, status: number, files: string[]) {
  reporter.finish(status)
  return {status, files}
}

async function reader(file: string, options: ReaderOptions, io: Io): Promise<number> {
  const cache = new Map<string, CachedArticle>()
  const once = async (): Promise<{status: number; files: string[]}> => {
    const reporter = new Reporter(io, options)
    const built = await buildReader(file, (done, total, article) => reporter.progress(done, total, article), cache, {jobs: options.jobs})
    for (const {file: name, diagnostics} of built.reports) reporter.diagnostics(name, diagnostics)
    if (!built.result || built.reports.some((r) => hasErrors(r.diagnostics))) return finish(reporter, EXIT_INPUT, [file, ...built.inputs])
    await write(options.output, built.result.files, reporter)
    return finish(reporter, EXIT_OK, [file, ...built.inputs])
  }
  if (!options.watch) return (await once()).status
  return watch(once, new Reporter(io, options))
}

async function importText(input: string, options: {meta?: string}, io: Io): Promise<number> {
  const reporter = new Reporter(io)
  const loaded = await load(input, options.meta, reporter)
  if (!loaded) return EXIT_INPUT
  const {source, meta} = loaded
  const parsed = parse(source.bytes, {format: source.format, ...(meta ? {meta: meta.meta} : {})})
  reporter.diagnostics(source.path, parsed.diagnostics)
  if (hasErrors(parsed.diagnostics)) return EXIT_INPUT
  io.stdout(toMarkdown(parsed.tree))
  return EXIT_OK
}

async function check(input: string, options: {meta?: string; json?: boolean}, io: Io): Promise<number> {
  const reporter = new Reporter(io, options)
  const loaded = await load(input, options.meta, reporter)
  if (!loaded) return finish(reporter, EXIT_INPUT, []).status
  const {source, meta} = loaded
  const {diagnostics} = await prepareArticle(source, meta?.meta, await loadDefaultStyle())
  reporter.diagnostics(source.path, diagnostics)
  return finish(reporter, hasErrors(diagnostics) ? EXIT_INPUT : EXIT_OK, []).status
}
