import type {LabeledCitation, NoteSegmentation, StoredBibliography} from '@octavo/citations'
import path from 'node:path'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {parse, toMarkdown} from '@octavo/parser'
import {EXIT_INPUT, EXIT_OK, EXIT_USAGE, InputError, UsageError} from './errors.js'
import {hasErrors, oneLine} from './diagnostics.js'
import {OUTPUT_KINDS, isOutputKind, OutputIsInput, writeAll, type OutputKind} from './outputs.js'
import {decodeText, EncodingError, readMeta, readSource, reason, readStyle, whyNot, type SourceFile} from './input.js'
import type {Diagnostic} from '@octavo/parser'
import {isJsonl, NOTES_FORMATS, notesOutput, readNoteFile, type NotesFormat} from './notes.js'
import {prepareArticle} from './build.js'
import {notesJobs, NOTES_PARALLEL_FROM, startNotesAhead} from './notes-parallel.js'
import {checkFrontMatter} from './meta-check.js'
import {cachedBuild, toolIdentity} from './build-cache.js'
import {DiskPreparedStore, type CachedArticle} from './prepared-store.js'
import {cacheFolder, prune} from './cache.js'
import {MemoryStore} from './memory-store.js'
import {DiskRenderStore, MemoryRenderStore} from './render-store.js'
import {DiskFormattedStore} from './bib-store.js'
import type {RenderStore} from '@octavo/render-pdf'
import {buildReader} from './reader.js'
import {jobsFor, Workers} from './parallel.js'
import {loadConfig, type Config} from './config.js'
import {Reporter, type Io} from './reporter.js'
import {watch} from './watch.js'
import {buildDate, loadDefaultStyle} from './world.js'
import {VERSION, verboseVersion} from './version.js'
import {COMMAND_HELP, NOTES_HELP, PROGRAM_HELP} from './help.js'
import {refuseOtherKind, type FileCommand} from './kinds.js'
import {didYouMean, suggestion} from './suggest.js'
import {parsePdfStandards, PDF_STANDARD_VALUES} from './pdf-standard.js'
import {mark} from './timings.js'
import {review} from './review.js'

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
  /** The standards the PDF claims, comma-separated, checked and in order (`ua,a-2u`). */
  pdfStandard: string
  csl?: string
  restyleNotes?: (typeof EDITIONS)[number]
  images?: string
  watch?: boolean
  /** False with `--no-cache`. */
  cache?: boolean
}

interface NotesOptions extends CommonOptions {
  to: NotesFormat
  output?: string
  paragraphs?: boolean
  jobs?: number
}

interface ReaderOptions extends CommonOptions {
  output: string
  images?: string
  watch?: boolean
  jobs?: number
  /** False with `--no-cache`. */
  cache?: boolean
}

/** `--jobs`: a whole number of threads, 1 or more (capped at the work and the cores when the reader is built). */
function threads(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of threads, 1 or more')
  return Number(value)
}

/** `--port`: 0 to 65535 (0: a free one). */
function port(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > 65535) throw new InvalidArgumentError('expected a port number, 0 to 65535 (0: a free one)')
  return Number(value)
}

/** An option taking one of `choices`, in any case (`--page-size A4`); a value close to one is suggested. */
function choice(flags: string, description: string, choices: readonly string[]): Option {
  return new Option(flags, description).choices(choices).argParser((value: string) => {
    const chosen = value.toLowerCase()
    if (!choices.includes(chosen)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.${suggestion(value, choices)}`)
    return chosen
  })
}

/** `--pdf-standard`: a list of standards, in any case (`UA,A-2u`), given back checked and in order. */
function pdfStandardList(value: string): string {
  try {
    return parsePdfStandards(value).join(',')
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message)
  }
}

/** Run the `octavo` command with `argv` (without `node` and the script). Resolves to the exit status. */
export async function run(argv: readonly string[], io: Io, cwd: string = process.cwd()): Promise<number> {
  let status = EXIT_OK
  const program = new Command('octavo')
    .description('Scholarly articles into a printable PDF, an EPUB, and Chicago bibliographies with Zotero exports.')
    .version(VERSION, '-V, --version')
    .option('--verbose', 'with --version: the versions of Node and the core libraries too')
    .option('--config <file.yaml>', 'defaults for every option (default: ./octavo.yaml when present)')
    .exitOverride()
    .configureOutput({writeOut: io.stdout, writeErr: io.stderr, outputError: () => {}})
    .showSuggestionAfterError(true)
    .addHelpText('after', PROGRAM_HELP)

  /** Options the user did not give take their value from octavo.yaml. */
  async function withConfig<T extends object>(command: Command, options: T, keys: Array<[keyof Config, string]>): Promise<T> {
    const {file, config, diagnostics} = await loadConfig(program.opts<{config?: string}>().config, cwd)
    if (diagnostics.length > 0) {
      const reporter = new Reporter(io, options as CommonOptions)
      reporter.diagnostics(file ?? 'octavo.yaml', diagnostics)
      if (hasErrors(diagnostics)) {
        reporter.finish(EXIT_USAGE)
        throw new ConfigError()
      }
    }
    const merged: Record<string, unknown> = {...(options as Record<string, unknown>)}
    for (const [key, option] of keys) {
      const value = config[key]
      if (value !== undefined && command.getOptionValueSource(option) !== 'cli') merged[option] = value
    }
    for (const [option, choices] of [
      ['pageSize', PAGE_SIZES],
      ['notes', NOTE_MODES]
    ] as const) {
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
    .addOption(choice('--page-size <size>', 'page size of the PDF', PAGE_SIZES).default('a4'))
    .addOption(choice('--notes <mode>', 'notes at the foot of the page or at the end', NOTE_MODES).default('footnotes'))
    .option('--pdf-standard <list>', `the standards the PDF claims: ${PDF_STANDARD_VALUES} (PDF/UA-1 tagged, PDF/A-2u for archives)`, pdfStandardList, 'ua')
    .option('--csl <file.csl>', 'a CSL style for the bibliography (default: our Chicago notes-bibliography)')
    .addOption(choice('--restyle-notes <edition>', 'print the notes from their parsed citations: CMOS 17 (Ibid.) or 18 (short forms)', EDITIONS))
    .option('--images <dir>', 'a folder to look for images in when they are not next to the article (figures not found print as placeholders)')
    .option('-w, --watch', 'build again whenever the input changes')
    .option('--no-cache', 'build anew: neither use nor keep the outputs of an identical build (cache: OCTAVO_CACHE_DIR, else ~/.cache/octavo)')
    .option('-q, --quiet', 'print errors only')
    .option('--json', 'print a JSON summary (files written, diagnostics) on standard output')
    .addHelpText('after', COMMAND_HELP.build)
    .action(async (input: string, given: BuildOptions, command: Command) => {
      const options = await withConfig(command, given, [
        ['output', 'output'],
        ['to', 'to'],
        ['page-size', 'pageSize'],
        ['notes', 'notes'],
        ['pdf-standard', 'pdfStandard'],
        ['csl', 'csl'],
        ['restyle-notes', 'restyleNotes']
      ])
      status = await build(input, options, io)
    })

  program
    .command('reader')
    .description('bind many articles into one volume (course reader)')
    .argument('<reader.yaml>', 'the reader: title, editor, course, term, articles, options')
    .option('-o, --output <dir>', 'the folder to write into', 'out')
    .option('--images <dir>', "a folder to look for images in when they are not next to their article (over the reader's images:; figures not found print as placeholders)")
    .option('-w, --watch', 'build again whenever the reader or one of its articles changes')
    .option('-j, --jobs <n>', 'threads to use (default: the cores there are, at most 4); the outputs are the same whatever the number', threads)
    .option('--no-cache', 'prepare every article anew: neither use nor keep prepared articles (cache: OCTAVO_CACHE_DIR, else ~/.cache/octavo)')
    .option('-q, --quiet', 'print errors only')
    .option('--json', 'print a JSON summary (files written, diagnostics) on standard output')
    .addHelpText('after', COMMAND_HELP.reader)
    .action(async (file: string, given: ReaderOptions, command: Command) => {
      const options = await withConfig(command, given, [['output', 'output']])
      status = await reader(file, options, io)
    })

  addReadingCommands(program, io, (code) => {
    status = code
  })

  if (isVerboseVersion(argv)) {
    io.stdout(verboseVersion())
    return EXIT_OK
  }
  try {
    await program.parseAsync([...argv], {from: 'user'})
    return status
  } catch (error) {
    if (error instanceof ConfigError) return EXIT_USAGE
    const failed = failure(error, program, argv)
    if (failed === undefined) return EXIT_OK
    if (wantsJson(program, argv)) {
      const reporter = new Reporter(io, {json: true})
      reporter.failure(failed.message)
      reporter.finish(failed.status)
    } else {
      io.stderr(`octavo: ${failed.status === 70 ? 'internal error' : 'error'}: ${oneLine(failed.message)}\n`)
    }
    if (failed.status === 70 && process.env['OCTAVO_DEBUG']) io.stderr(`${(error as Error).stack ?? ''}\n`)
    return failed.status
  }
}

/** The commands that read one input and report: `import`, `check`, `notes`, `review`; `done` receives the exit status. */
function addReadingCommands(program: Command, io: Io, done: (status: number) => void): void {
  program
    .command('import')
    .description('a plain-text article as Markdown (front matter + footnotes) on standard output')
    .argument('<input>', 'the plain-text article')
    .option('--meta <file.yaml>', 'metadata (default: <stem>.meta.yaml beside it)')
    .addHelpText('after', COMMAND_HELP.import)
    .action(async (input: string, options: {meta?: string}) => {
      done(await importText(input, options, io))
    })

  program
    .command('check')
    .description('print diagnostics only; exit 1 when there are errors')
    .argument('<input>', 'the article')
    .option('--meta <file.yaml>', 'metadata for a plain-text article')
    .option('--json', 'print the diagnostics as JSON on standard output')
    .addHelpText('after', COMMAND_HELP.check)
    .action(async (input: string, options: {meta?: string; json?: boolean}) => {
      done(await check(input, options, io))
    })

  program
    .command('notes')
    .description("read notes or reference strings into citations (as AnyStyle's parse): one a line, or JSON Lines")
    .argument('<file>', 'the notes: .jsonl (one {"id", "text", "doc"} object a line) or plain text (any other extension: one note a line)')
    .option('--paragraphs', 'plain text: one note a paragraph (separated by blank lines, its lines joined with a space)')
    .addOption(choice('--to <format>', 'what to write', NOTES_FORMATS).default('jsonl'))
    .option('-o, --output <file>', 'write into this file (whole or not at all) instead of standard output')
    .option('-q, --quiet', 'print errors only')
    .option('--json', 'print a JSON summary (file written, diagnostics) on standard output; needs -o')
    .option(
      '-j, --jobs <n>',
      `threads to read with (default: the cores there are; 1: this thread only; fewer than ${NOTES_PARALLEL_FROM} notes: this thread); the output is the same whatever the number`,
      threads
    )
    .addHelpText('after', NOTES_HELP)
    .action(async (file: string, options: NotesOptions) => {
      done(await notes(file, options, io))
    })

  program
    .command('review')
    .description('check and correct the citations read from the notes in a browser; corrections are saved to <stem>.corrections.yaml')
    .argument('<input>', 'the article')
    .option('--meta <file.yaml>', 'metadata for a plain-text article (default: <stem>.meta.yaml beside it)')
    .option('--port <n>', 'the port on 127.0.0.1 (default: a free one)', port)
    .option('--no-open', 'print the URL only; do not open a browser')
    .addHelpText('after', COMMAND_HELP.review)
    .action(async (input: string, options: {meta?: string; port?: number; open?: boolean}) => {
      done(await review(input, options, io))
    })
}

/** `octavo --version --verbose` (in either order, nothing else). */
function isVerboseVersion(argv: readonly string[]): boolean {
  return argv.length === 2 && argv.includes('--verbose') && (argv.includes('--version') || argv.includes('-V'))
}

/**
 * What an error that reached `run` tells the user, and the exit status; undefined
 * for help and version, which are not failures. Commander's own errors are
 * usage (help asked for by giving no command too), with a close option
 * suggested when commander found none.
 */
function failure(error: unknown, program: Command, argv: readonly string[]): {message: string; status: number} | undefined {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return undefined
    if (error.code === 'commander.help') return error.exitCode === 0 ? undefined : {message: 'no command given (see the help above)', status: EXIT_USAGE}
    const message = error.message.replace(/^error: /, '')
    if (error.code !== 'commander.unknownOption' || /Did you mean/.test(message)) return {message, status: EXIT_USAGE}
    return {message: message + optionSuggestion(message, program, argv), status: EXIT_USAGE}
  }
  if (error instanceof UsageError) return {message: error.message, status: EXIT_USAGE}
  if (error instanceof InputError) return {message: error.message, status: EXIT_INPUT}
  return {message: `${(error as Error).message} (please report this with the input that caused it)`, status: 70}
}

/**
 * ` (Did you mean --output?)` for an unknown option of the command: one it
 * begins with (`--output-dir`), one whose first word begins it (`--pages` →
 * `--page-size`), else the closest.
 */
function optionSuggestion(message: string, program: Command, argv: readonly string[]): string {
  const typed = /'--([^'=]+)/.exec(message)?.[1]
  const command = program.commands.find((c) => argv.includes(c.name())) ?? program
  const names = [...command.options, ...program.options].map((o) => o.long?.slice(2)).filter((name): name is string => name !== undefined)
  if (typed === undefined) return ''
  const found = names.find((name) => typed.startsWith(`${name}-`)) ?? names.find((name) => name.includes('-') && typed.startsWith(name.split('-')[0]!)) ?? didYouMean(typed, names)
  return found === undefined ? '' : ` (Did you mean --${found}?)`
}

/** Whether the command asked for a JSON summary: from its parsed options, else from the words given. */
function wantsJson(program: Command, argv: readonly string[]): boolean {
  const command = program.commands.find((c) => argv.includes(c.name()))
  return command?.opts<{json?: boolean}>().json === true || argv.includes('--json')
}

/** octavo.yaml has errors, already reported. */
class ConfigError extends Error {}

function parseKinds(list: string): OutputKind[] {
  const kinds = list
    .split(',')
    .map((kind) => kind.trim().toLowerCase())
    .filter(Boolean)
  if (kinds.length === 0) throw new UsageError('--to needs at least one kind')
  const known = Object.keys(OUTPUT_KINDS)
  for (const kind of kinds) {
    if (!isOutputKind(kind)) throw new UsageError(`unknown output kind '${kind}' for --to (expected ${known.join(', ')})${suggestion(kind, known)}`)
  }
  return kinds as OutputKind[]
}

/** The style `--csl` names (checked: a file that is not a CSL style is reported at its line), else ours. */
async function loadStyle(file: string | undefined): Promise<{xml: string; diagnostics: Diagnostic[]}> {
  if (file === undefined) return {xml: await loadDefaultStyle(), diagnostics: []}
  try {
    return await readStyle(file)
  } catch (error) {
    throw new InputError(`cannot read style '${file}': ${await whyNot(file, error)}`)
  }
}

/**
 * Source + metadata; metadata diagnostics are reported against the metadata
 * file. A file of another kind (a reader, metadata, a bibliography) is refused.
 */
async function load(input: string, metaOption: string | undefined, reporter: Reporter, command: FileCommand): Promise<{source: SourceFile; meta: Awaited<ReturnType<typeof readMeta>>} | undefined> {
  const source = await readSource(input)
  refuseOtherKind(input, command, () => new TextDecoder().decode(source.bytes))
  const meta = source.format === 'text' || metaOption !== undefined ? await readMeta(source, metaOption) : undefined
  if (meta && meta.diagnostics.length > 0) {
    reporter.diagnostics(meta.path, meta.diagnostics)
    if (hasErrors(meta.diagnostics)) return undefined
  }
  return {source, meta}
}

/**
 * Run one command (or one build of --watch) with its reporter: an input or
 * usage error it throws is reported as its failure, in the JSON summary too,
 * and gives the status; `files` are those to watch then.
 */
async function reported(reporter: Reporter, files: string[], work: () => Promise<{status: number; files: string[]; absent?: string[]}>): Promise<{status: number; files: string[]; absent?: string[]}> {
  try {
    return await work()
  } catch (error) {
    const status = error instanceof UsageError ? EXIT_USAGE : error instanceof InputError ? EXIT_INPUT : undefined
    if (status === undefined) throw error
    reporter.failure((error as Error).message)
    return finish(reporter, status, files)
  }
}

/**
 * Write the output set (all or nothing, never over an input); a failure is
 * reported (in the JSON summary too) and gives the exit status: 2 when the
 * output would overwrite an input, 1 when the system refused.
 */
async function write(dir: string, files: ReadonlyMap<string, Uint8Array | string>, reporter: Reporter, inputs: readonly string[]): Promise<number> {
  try {
    reporter.wrote(await writeAll(dir, files, inputs))
    return EXIT_OK
  } catch (error) {
    if (error instanceof OutputIsInput) {
      reporter.failure(error.message)
      return EXIT_USAGE
    }
    const target = (error as {target?: string}).target
    const where = target === undefined ? `into '${dir}'` : `'${target}'`
    reporter.failure(`cannot write ${where}: ${reason(error)}${target === undefined ? '' : `; nothing written, the files in '${dir}' are as they were`}`)
    return EXIT_INPUT
  }
}

async function build(input: string, options: BuildOptions, io: Io): Promise<number> {
  const given = [input, ...[options.meta, options.csl].filter((file): file is string => file !== undefined)]
  // --watch: the notes' labels and readings, the formatted bibliography and the PDF's work of earlier rebuilds, in memory (no cache folder then).
  const aside = options.watch ? epubWorker(options.to) : undefined
  const kept = options.watch
    ? {
        labels: new MemoryStore<readonly LabeledCitation[]>(),
        readings: new MemoryStore<NoteSegmentation>(),
        store: new MemoryStore<StoredBibliography>(),
        pdfStore: new MemoryRenderStore(),
        ...(aside ? {aside} : {})
      }
    : {}
  const once = (): Promise<{status: number; files: string[]}> => {
    const reporter = new Reporter(io, options)
    return reported(reporter, given, async () => {
      const to = parseKinds(options.to)
      buildDate()
      const {xml: style, diagnostics: styleProblems} = await loadStyle(options.csl)
      if (styleProblems.length > 0) {
        reporter.diagnostics(options.csl ?? '', styleProblems)
        return finish(reporter, EXIT_INPUT, given)
      }
      const loaded = await load(input, options.meta, reporter, 'build')
      if (!loaded) return finish(reporter, EXIT_INPUT, given)
      const {source, meta} = loaded
      mark('read style, article, metadata')
      const settings = {
        to,
        meta: meta?.meta,
        pageSize: options.pageSize,
        notes: options.notes,
        pdfStandards: parsePdfStandards(options.pdfStandard),
        style,
        styleGiven: options.csl !== undefined,
        restyleNotes: options.restyleNotes,
        images: options.images,
        ...kept
      }
      const result = await cachedBuild(source, settings, options.cache === false || options.watch ? undefined : cacheFolder())
      const read = [source.path, ...(meta ? [meta.path] : []), ...(options.csl === undefined ? [] : [options.csl]), ...result.inputs]
      const absent = result.absent ?? []
      reporter.diagnostics(source.path, result.diagnostics)
      if (hasErrors(result.diagnostics)) return finish(reporter, EXIT_INPUT, read, absent)
      const status = await write(options.output, result.files, reporter, read)
      mark('write')
      return finish(reporter, status, read, absent)
    })
  }
  if (!options.watch) return (await once()).status
  try {
    return await watch(once, new Reporter(io, options))
  } finally {
    await aside?.stop()
  }
}

/**
 * `--watch` of a build with a PDF and an EPUB: a worker thread kept for the
 * EPUB, made there while this thread makes the PDF (an edit's wall time is
 * then the PDF's, not both). None with one core, or when the worker is not
 * built.
 */
function epubWorker(to: string): Workers | undefined {
  let kinds: OutputKind[]
  try {
    kinds = parseKinds(to)
  } catch {
    return undefined // reported by the build
  }
  return kinds.includes('pdf') && kinds.includes('epub') ? Workers.start(jobsFor(undefined, 2)) : undefined
}

function finish(reporter: Reporter, status: number, files: string[], absent: string[] = []) {
  reporter.finish(status)
  return {status, files, absent}
}

async function reader(file: string, options: ReaderOptions, io: Io): Promise<number> {
  const cache = new Map<string, CachedArticle>()
  const folder = options.cache === false ? undefined : cacheFolder()
  const tool = toolIdentity()
  const disk = folder !== undefined && tool !== undefined ? new DiskPreparedStore(folder, tool) : undefined
  // The PDF's work: in memory across the rebuilds of --watch, else in the reader's own file of the cache folder.
  const memory = options.watch ? new MemoryRenderStore() : undefined
  const memoryBibliographies = options.watch ? new MemoryStore<StoredBibliography>() : undefined
  const once = (): Promise<{status: number; files: string[]}> => {
    const reporter = new Reporter(io, options)
    return reported(reporter, [file], async () => {
      buildDate()
      let pdfDisk: DiskRenderStore | undefined
      const pdfStore = (articles: number): RenderStore | undefined => {
        if (memory) return Object.assign(memory, {scale: Math.max(1, articles)})
        if (folder === undefined || tool === undefined) return undefined
        return (pdfDisk = new DiskRenderStore(folder, tool, Math.max(1, articles), ['reader', path.resolve(file)]))
      }
      const diskBibliographies = memoryBibliographies === undefined && folder !== undefined && tool !== undefined ? new DiskFormattedStore(folder, tool) : undefined
      const bibliographies = memoryBibliographies ?? diskBibliographies
      const built = await buildReader(file, (done, total, article) => reporter.progress(done, total, article), cache, {jobs: options.jobs, disk, images: options.images, pdfStore, bibliographies})
      pdfDisk?.save()
      for (const problem of diskBibliographies?.problems ?? [])
        reporter.diagnostics(file, [{severity: 'warning', message: `a damaged formatted-bibliography cache entry was not used (${problem}); formatted anew`, source: 'cli:cache'}])
      for (const problem of pdfDisk?.problems ?? [])
        reporter.diagnostics(file, [{severity: 'warning', message: `a damaged PDF-work cache entry was not used (${problem}); the words measured and the fonts subset anew`, source: 'cli:cache'}])
      // The prepared articles kept count against the cache's bound as builds do.
      if (disk && folder !== undefined) await prune(folder).catch(() => undefined)
      for (const {file: name, diagnostics} of built.reports) reporter.diagnostics(name, diagnostics)
      const read = [file, ...built.inputs]
      if (!built.result || built.reports.some((r) => hasErrors(r.diagnostics))) return finish(reporter, EXIT_INPUT, read, built.absent)
      return finish(reporter, await write(options.output, built.result.files, reporter, read), read, built.absent)
    })
  }
  if (!options.watch) return (await once()).status
  return watch(once, new Reporter(io, options))
}

async function importText(input: string, options: {meta?: string}, io: Io): Promise<number> {
  const reporter = new Reporter(io)
  const loaded = await load(input, options.meta, reporter, 'import')
  if (!loaded) return EXIT_INPUT
  const {source, meta} = loaded
  const parsed = parse(source.bytes, {format: source.format, ...(meta ? {meta: meta.meta} : {})})
  reporter.diagnostics(source.path, [...parsed.diagnostics, ...checkFrontMatter(parsed.frontMatterKeys)])
  if (hasErrors(parsed.diagnostics)) return EXIT_INPUT
  io.stdout(toMarkdown(parsed.tree))
  return EXIT_OK
}

async function notes(file: string, options: NotesOptions, io: Io): Promise<number> {
  const jsonl = isJsonl(file)
  if (options.paragraphs && jsonl) throw new UsageError('--paragraphs is for plain-text notes, not JSON Lines')
  if (options.json && options.output === undefined) throw new UsageError('--json prints its summary on standard output: give -o <file> for the citations')
  const reporter = new Reporter(io, options)
  const source = await readSource(file, 'notes')
  let text: string
  try {
    text = decodeText(source.bytes)
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error
    const point = {line: error.line, column: error.column}
    reporter.diagnostics(source.path, [
      {severity: 'error', message: 'invalid UTF-8: is the file in another encoding (Windows-1252, Latin-1)? Save it as UTF-8', position: {start: point, end: point}, source: 'cli:notes'}
    ])
    return finish(reporter, EXIT_INPUT, []).status
  }
  const ahead = (texts: string[]) => startNotesAhead(texts, notesJobs(options.jobs, texts.length))
  const {notes: read, result, diagnostics} = await readNoteFile(text, {jsonl, paragraphs: options.paragraphs ?? false, ahead})
  reporter.diagnostics(source.path, diagnostics)
  if (!result || hasErrors(diagnostics)) return finish(reporter, EXIT_INPUT, []).status
  const output = notesOutput(options.to, read, result)
  if (options.output === undefined) io.stdout(output)
  else {
    const target = options.output
    return finish(reporter, await write(path.dirname(target), new Map([[path.basename(target), output]]), reporter, [file]), []).status
  }
  return finish(reporter, EXIT_OK, []).status
}

async function check(input: string, options: {meta?: string; json?: boolean}, io: Io): Promise<number> {
  const reporter = new Reporter(io, options)
  const checked = await reported(reporter, [], async () => {
    const loaded = await load(input, options.meta, reporter, 'check')
    if (!loaded) return finish(reporter, EXIT_INPUT, [])
    const {source, meta} = loaded
    const {diagnostics} = await prepareArticle(source, {meta: meta?.meta, style: await loadDefaultStyle()})
    reporter.diagnostics(source.path, diagnostics)
    return finish(reporter, hasErrors(diagnostics) ? EXIT_INPUT : EXIT_OK, [])
  })
  return checked.status
}
