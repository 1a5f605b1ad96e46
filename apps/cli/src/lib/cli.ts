import {readFile} from 'node:fs/promises'
import {Command, CommanderError, Option} from 'commander'
import type {Diagnostic} from '@octavo/parser'
import {parse, toMarkdown} from '@octavo/parser'
import {EXIT_INPUT, EXIT_OK, EXIT_USAGE, InputError, UsageError} from './errors.js'
import {formatDiagnostic, hasErrors, oneLine, sortDiagnostics} from './diagnostics.js'
import {OUTPUT_KINDS, isOutputKind, writeAll, type OutputKind} from './outputs.js'
import {readMeta, readSource, reason, type SourceFile} from './input.js'
import {buildArticle, prepareArticle} from './build.js'
import {buildReader} from './reader.js'
import {loadDefaultStyle} from './world.js'
import {VERSION} from './version.js'

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

const PAGE_SIZES = ['a4', 'letter', '6x9'] as const
const NOTE_MODES = ['footnotes', 'endnotes'] as const

/** Run the `octavo` command with `argv` (without `node` and the script). Resolves to the exit status. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let status = EXIT_OK
  const program = new Command('octavo')
    .description('Scholarly articles into a printable PDF, an EPUB, and Chicago bibliographies with Zotero exports.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({writeOut: io.stdout, writeErr: io.stderr, outputError: () => {}})
    .showSuggestionAfterError(true)

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
    .addOption(new Option('--restyle-notes <edition>', 'print the notes from their parsed citations: CMOS 17 (Ibid.) or 18 (short forms)').choices(['cmos17', 'cmos18']))
    .option('-q, --quiet', 'print errors only')
    .action(async (input: string, options: BuildCommandOptions) => {
      status = await build(input, options, io)
    })

  program
    .command('reader')
    .description('bind many articles into one volume (course reader)')
    .argument('<reader.yaml>', 'the reader: title, editor, articles')
    .option('-o, --output <dir>', 'the folder to write into', 'out')
    .option('-q, --quiet', 'print errors only')
    .action(async (file: string, options: {output: string; quiet?: boolean}) => {
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
    .action(async (input: string, options: {meta?: string}) => {
      status = await check(input, options, io)
    })

  try {
    await program.parseAsync([...argv], {from: 'user'})
    return status
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT_OK
      if (error.code === 'commander.executeSubCommandAsync') return EXIT_USAGE
      io.stderr(`octavo: error: ${oneLine(error.message.replace(/^error: /, ''))}\n`)
      return EXIT_USAGE
    }
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

interface BuildCommandOptions {
  output: string
  to: string
  meta?: string
  pageSize: (typeof PAGE_SIZES)[number]
  notes: (typeof NOTE_MODES)[number]
  csl?: string
  restyleNotes?: 'cmos17' | 'cmos18'
  quiet?: boolean
}

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
    return await readFile(file, 'utf8')
  } catch (error) {
    throw new InputError(`cannot read style '${file}': ${reason(error)}`)
  }
}

/** Source + metadata; metadata diagnostics are reported against the metadata file. */
async function load(input: string, metaOption: string | undefined, io: Io): Promise<{source: SourceFile; meta: Awaited<ReturnType<typeof readMeta>>} | undefined> {
  const source = await readSource(input)
  const meta = source.format === 'text' || metaOption !== undefined ? await readMeta(source, metaOption) : undefined
  if (meta && meta.diagnostics.length > 0) {
    report(meta.path, meta.diagnostics, io, false)
    if (hasErrors(meta.diagnostics)) return undefined
  }
  return {source, meta}
}

async function build(input: string, options: BuildCommandOptions, io: Io): Promise<number> {
  const to = parseKinds(options.to)
  const style = await loadStyle(options.csl)
  const loaded = await load(input, options.meta, io)
  if (!loaded) return EXIT_INPUT
  const {source, meta} = loaded
  const result = await buildArticle(source, {to, meta: meta?.meta, pageSize: options.pageSize, notes: options.notes, style, styleGiven: options.csl !== undefined, restyleNotes: options.restyleNotes})
  report(source.path, result.diagnostics, io, options.quiet ?? false)
  if (hasErrors(result.diagnostics)) return EXIT_INPUT
  let written: string[]
  try {
    written = await writeAll(options.output, result.files)
  } catch (error) {
    throw new InputError(`cannot write into '${options.output}': ${reason(error)}`)
  }
  if (!options.quiet) for (const file of written) io.stderr(`wrote ${file}\n`)
  return EXIT_OK
}

async function reader(file: string, options: {output: string; quiet?: boolean}, io: Io): Promise<number> {
  const quiet = options.quiet ?? false
  const built = await buildReader(file, (done, total, article) => {
    if (!quiet && article) io.stderr(`[${done + 1}/${total}] ${article}\n`)
  })
  for (const {file: name, diagnostics} of built.reports) report(name, diagnostics, io, quiet)
  if (!built.result || built.reports.some((r) => hasErrors(r.diagnostics))) return EXIT_INPUT
  let written: string[]
  try {
    written = await writeAll(options.output, built.result.files)
  } catch (error) {
    throw new InputError(`cannot write into '${options.output}': ${reason(error)}`)
  }
  if (!quiet) for (const name of written) io.stderr(`wrote ${name}\n`)
  return EXIT_OK
}

async function importText(input: string, options: {meta?: string}, io: Io): Promise<number> {
  const loaded = await load(input, options.meta, io)
  if (!loaded) return EXIT_INPUT
  const {source, meta} = loaded
  const parsed = parse(source.bytes, {format: source.format, ...(meta ? {meta: meta.meta} : {})})
  report(source.path, parsed.diagnostics, io, false)
  if (hasErrors(parsed.diagnostics)) return EXIT_INPUT
  io.stdout(toMarkdown(parsed.tree))
  return EXIT_OK
}

async function check(input: string, options: {meta?: string}, io: Io): Promise<number> {
  const loaded = await load(input, options.meta, io)
  if (!loaded) return EXIT_INPUT
  const {source, meta} = loaded
  const {diagnostics} = await prepareArticle(source, meta?.meta, await loadDefaultStyle())
  report(source.path, diagnostics, io, false)
  return hasErrors(diagnostics) ? EXIT_INPUT : EXIT_OK
}

function report(file: string, diagnostics: readonly Diagnostic[], io: Io, quiet: boolean) {
  for (const diagnostic of sortDiagnostics(diagnostics)) {
    if (quiet && diagnostic.severity !== 'error') continue
    io.stderr(`${formatDiagnostic(diagnostic.file ?? file, diagnostic)}\n`)
  }
}
