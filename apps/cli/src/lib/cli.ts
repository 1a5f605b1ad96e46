import path from 'node:path'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {parse, toMarkdown} from '@octavo/parser'
import {EXIT_INPUT, EXIT_OK, EXIT_USAGE, InputError, UsageError} from './errors.js'
import {hasErrors, oneLine} from './diagnostics.js'
import {OUTPUT_KINDS, isOutputKind, OutputIsInput, writeAll, type OutputKind} from './outputs.js'
import {decodeText, EncodingError, readMeta, readSource, reason, readStyle, type SourceFile} from './input.js'
import type {Diagnostic} from '@octavo/parser'
import {isJsonl, NOTES_FORMATS, notesOutput, readNoteFile, type NotesFormat} from './notes.js'
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

interface NotesOptions extends CommonOptions {
  to: NotesFormat
  output?: string
  paragraphs?: boolean
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

  program
    .command('notes')
    .description("read notes or reference strings into citations (as AnyStyle's parse): one a line, or JSON Lines")
    .argument('<file>', 'the notes: .jsonl (one {"id", "text", "doc"} object a line) or plain text (any other extension: one note a line)')
    .option('--paragraphs', 'plain text: one note a paragraph (separated by blank lines, its lines joined with a space)')
    .addOption(new Option('--to <format>', 'what to write').choices(NOTES_FORMATS).default('jsonl'))
    .option('-o, --output <file>', 'write into this file (whole or not at all) instead of standard output')
    .option('-q, --quiet', 'print errors only')
    .option('--json', 'print a JSON summary (file written, diagnostics) on standard output; needs -o')
    .addHelpText('after', NOTES_HELP)
    .action(async (file: string, options: NotesOptions) => {
      status = await notes(file, options, io)
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

/** The style `--csl` names (checked: a file that is not a CSL style is reported at its line), else ours. */
async function loadStyle(file: string | undefined): Promise<{xml: string; diagnostics: Diagnostic[]}> {
  if (file === undefined) return {xml: await loadDefaultStyle(), diagnostics: []}
  try {
    return await readStyle(file)
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
  const to = parseKinds(options.to)
  const {xml: style, diagnostics: styleProblems} = await loadStyle(options.csl)
  if (styleProblems.length > 0) {
    const reporter = new Reporter(io, options)
    reporter.diagnostics(options.csl ?? '', styleProblems)
    return finish(reporter, EXIT_INPUT, []).status
  }
  const once = async (): Promise<{status: number; files: string[]}> => {
    const reporter = new Reporter(io, options)
    const loaded = await load(input, options.meta, reporter)
    if (!loaded) return finish(reporter, EXIT_INPUT, [input])
    const {source, meta} = loaded
    const result = await buildArticle(source, {to, meta: meta?.meta, pageSize: options.pageSize, notes: options.notes, style, styleGiven: options.csl !== undefined, restyleNotes: options.restyleNotes})
    const read = [source.path, ...(meta ? [meta.path] : []), ...(options.csl === undefined ? [] : [options.csl]), ...result.inputs]
    reporter.diagnostics(source.path, result.diagnostics)
    if (hasErrors(result.diagnostics)) return finish(reporter, EXIT_INPUT, read)
    return finish(reporter, await write(options.output, result.files, reporter, read), read)
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
    const read = [file, ...built.inputs]
    if (!built.result || built.reports.some((r) => hasErrors(r.diagnostics))) return finish(reporter, EXIT_INPUT, read)
    return finish(reporter, await write(options.output, built.result.files, reporter, read), read)
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

const NOTES_HELP = `
Input:
  .jsonl       one JSON object a line: {"id": "n1", "text": "…", "doc": "article-a"}
               ("id" a string or a number, unique; "doc" optional). Notes with the
               same "doc" are one document, read in the order of the file: Ibid. and
               short forms resolve within it, never across. Notes without "doc" are
               together one document. A malformed line is an error; nothing is written.
  any other    plain text (.txt or any other extension): one note a line, blank lines
               skipped (--paragraphs: one note a paragraph); ids 1, 2, …; all the
               notes are one document.

Output (--to):
  jsonl        one line per note, in order: {"id", "citations": [{"start", "end",
               "form", "ref", "fields", "locator", "label", "prefix", "confidence"}]};
               start/end count code points in the note's text, fields are the
               CSL-JSON of the work cited (Ibid. and short forms: the work they
               resolve to), confidence is null when the reader gives none.
  csl-json, ris, bibtex
               the works cited, one entry each, in order of first citation.
  citations    citations.json (notes numbered 1.. in file order; with "doc" in the
               input, each note has its "doc").

Exit status: 0 read, 1 the input has errors, 2 usage.`

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
    reporter.diagnostics(source.path, [{severity: 'error', message: 'invalid UTF-8: is the file in another encoding (Windows-1252, Latin-1)? Save it as UTF-8', position: {start: point, end: point}, source: 'cli:notes'}])
    return finish(reporter, EXIT_INPUT, []).status
  }
  const {notes: read, result, diagnostics} = readNoteFile(text, {jsonl, paragraphs: options.paragraphs ?? false})
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
  const loaded = await load(input, options.meta, reporter)
  if (!loaded) return finish(reporter, EXIT_INPUT, []).status
  const {source, meta} = loaded
  const {diagnostics} = await prepareArticle(source, {meta: meta?.meta, style: await loadDefaultStyle()})
  reporter.diagnostics(source.path, diagnostics)
  return finish(reporter, hasErrors(diagnostics) ? EXIT_INPUT : EXIT_OK, []).status
}
