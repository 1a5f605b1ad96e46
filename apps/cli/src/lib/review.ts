/**
 * `octavo review <input>`: the article's notes and citations in a browser,
 * where an editor corrects them; each correction is written at once into
 * `<stem>.corrections.yaml` beside the article (through `writeCorrection`,
 * which keeps the file's comments), and the article is read again with it.
 */
import {existsSync} from 'node:fs'
import {readFile, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {citationHash, parseCorrections, writeCorrection} from '@octavo/citations'
import {prepareArticle, correctionsPath} from './build.js'
import {formatDiagnostic, hasErrors} from './diagnostics.js'
import {InputError} from './errors.js'
import {readMeta, readSource, readText, reason, type SourceFile} from './input.js'
import {refuseOtherKind} from './kinds.js'
import {loadDefaultStyle} from './world.js'
import {checkedCorrection, preview, reviewState, type ReviewArticle} from './review-state.js'
import {startReviewServer, type ReviewServer} from './review-server.js'
import type {PreviewRequest, SaveRequest} from './review-api.js'
import type {Io} from './reporter.js'

export interface ReviewOptions {
  meta?: string
  port?: number
  /** False with `--no-open`. */
  open?: boolean
}

/** The page's script and style sheet: beside the bundle (`dist/bundle/`), or there when run from the sources (tests). */
async function loadAssets(): Promise<{script: string; style: string}> {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const folder = [here, path.resolve(here, '../../dist/bundle')].find((dir) => existsSync(path.join(dir, 'review.js')))
  if (folder === undefined) throw new InputError('the review page is not built: run npm run build')
  const [script, style] = await Promise.all(['review.js', 'review.css'].map((name) => readFile(path.join(folder, name), 'utf8')))
  return {script: script!, style: style!}
}

/** The article read as a build reads it (the corrections file applied), for the page. */
async function readArticle(input: string, options: ReviewOptions): Promise<{source: SourceFile; article: ReviewArticle}> {
  const source = await readSource(input)
  refuseOtherKind(input, 'review', () => new TextDecoder().decode(source.bytes))
  const meta = source.format === 'text' || options.meta !== undefined ? await readMeta(source, options.meta) : undefined
  const metaProblems = meta?.diagnostics.filter((d) => d.severity === 'error') ?? []
  if (metaProblems.length > 0) throw new InputError(metaProblems.map((d) => formatDiagnostic(meta!.path, d)).join('\n'))
  const prepared = await prepareArticle(source, {meta: meta?.meta, style: await loadDefaultStyle(), typography: false})
  const parseErrors = prepared.diagnostics.filter((d) => d.severity === 'error' && d.source !== 'citations:corrections')
  if (hasErrors(parseErrors)) throw new InputError(parseErrors.map((d) => formatDiagnostic(d.file ?? source.path, d)).join('\n'))
  const lang = prepared.tree.data?.meta?.lang
  return {
    source,
    article: {input, corrections: correctionsPath(source.path, source.stem), notes: prepared.notes, items: prepared.items, diagnostics: prepared.diagnostics, style: prepared.style, lang}
  }
}

/** The corrections file's text, '' when there is none. */
async function correctionsText(file: string): Promise<string> {
  try {
    return await readText(file, 'corrections')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ''
    throw error
  }
}

/** Whole or not at all: a file beside it, then renamed over it. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    await writeFile(temporary, text)
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

/** The server of one article's review, until `close` (the command closes it on Ctrl-C). */
export async function startReview(input: string, options: ReviewOptions): Promise<ReviewServer & {corrections: string}> {
  let {article} = await readArticle(input, options)
  const assets = await loadAssets()
  // One save at a time: each reads the file the one before wrote.
  let saving: Promise<unknown> = Promise.resolve()
  const save = async (request: SaveRequest): Promise<unknown> => {
    const checked = checkedCorrection(request)
    if ('problems' in checked) return {status: 400, error: 'the correction is not valid', problems: checked.problems}
    const existing = await correctionsText(article.corrections)
    const parsed = parseCorrections(existing)
    if (parsed.diagnostics.length > 0)
      return {status: 409, error: `${article.corrections} has errors: correct them by hand first`, problems: parsed.diagnostics.map((d) => formatDiagnostic(article.corrections, d))}
    const note = article.notes.find((n) => n.note === request.at.note)
    const text = note?.citations.find((c) => citationHash(c.text) === request.at.citation)?.text
    try {
      await writeAtomically(article.corrections, writeCorrection(existing, checked.correction, text))
    } catch (error) {
      return {status: 409, error: `cannot write '${article.corrections}': ${reason(error)}`}
    }
    article = (await readArticle(input, options)).article
    return reviewState(article)
  }
  const server = await startReviewServer(
    {
      assets,
      title: path.basename(input),
      state: async () => reviewState(article),
      preview: async (request: PreviewRequest) => {
        const result = preview(article, request)
        return 'problems' in result ? {status: 400, error: 'cannot preview', problems: result.problems} : result
      },
      save: (request) => {
        const done = saving.then(() => save(request))
        saving = done.catch(() => undefined)
        return done
      }
    },
    options.port ?? 0
  ).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(error.code === 'EADDRINUSE' ? `port ${options.port} is in use: give another with --port, or none for a free one` : `cannot listen on 127.0.0.1: ${error.message}`)
  })
  return {...server, corrections: article.corrections}
}

/** The command: start, print the URL (and open it when asked), serve until Ctrl-C. */
export async function review(input: string, options: ReviewOptions, io: Io, signals: NodeJS.EventEmitter = process): Promise<number> {
  const server = await startReview(input, options)
  io.stdout(`octavo review: ${server.url}\ncorrections are saved to ${server.corrections}; Ctrl-C stops\n`)
  if (options.open !== false) await openBrowser(server.url)
  await new Promise<void>((resolve) => {
    const stop = () => {
      signals.off('SIGINT', stop)
      signals.off('SIGTERM', stop)
      resolve()
    }
    signals.on('SIGINT', stop)
    signals.on('SIGTERM', stop)
  })
  await server.close()
  return 0
}

/** Open the URL in the user's browser when there is one (`open`); no browser is no error: the URL is printed. */
async function openBrowser(url: string): Promise<void> {
  try {
    const {default: open} = await import('open')
    const child = await open(url)
    child.on('error', () => undefined)
    child.unref()
  } catch {
    // Printed above; the user opens it.
  }
}
