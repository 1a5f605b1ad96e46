import type {Diagnostic} from '@octavo/parser'
import {formatDiagnostic, oneLine, printable, printableJson, sortDiagnostics} from './diagnostics.js'
import {append} from '@octavo/tree'

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether standard error is a terminal: a progress bar instead of plain lines. */
  isTTY?: boolean
}

export interface ReporterOptions {
  /** Print errors only. */
  quiet?: boolean
  /** Print one JSON summary on standard output at the end instead of lines. */
  json?: boolean
}

interface JsonDiagnostic {
  file: string
  line: number | null
  column: number | null
  severity: Diagnostic['severity']
  message: string
}

/**
 * What a command tells its user: diagnostics as `file:line:column: severity:
 * message`, the files written, progress (a bar on a terminal, plain lines
 * otherwise), or, with `--json`, one machine-readable summary.
 */
export class Reporter {
  readonly #io: Io
  readonly #options: ReporterOptions
  readonly #diagnostics: JsonDiagnostic[] = []
  readonly #written: string[] = []
  #failure: string | undefined
  #bar = false

  constructor(io: Io, options: ReporterOptions = {}) {
    this.#io = io
    this.#options = options
  }

  diagnostics(file: string, diagnostics: readonly Diagnostic[]): void {
    for (const diagnostic of sortDiagnostics(diagnostics)) {
      const name = diagnostic.file ?? file
      const start = diagnostic.position?.start
      this.#diagnostics.push({file: name, line: start?.line ?? null, column: start?.column ?? null, severity: diagnostic.severity, message: diagnostic.message})
      if (this.#options.json || (this.#options.quiet && diagnostic.severity !== 'error')) continue
      this.#clearBar()
      this.#io.stderr(`${formatDiagnostic(name, diagnostic)}\n`)
    }
  }

  wrote(files: readonly string[]): void {
    append(this.#written, files)
    if (this.#options.json || this.#options.quiet) return
    this.#clearBar()
    for (const file of files) this.#io.stderr(`wrote ${printable(file)}\n`)
  }

  /** A failure with no file position (the outputs could not be written): `octavo: error: …`, and in the JSON summary. */
  failure(message: string): void {
    this.#failure = message
    if (this.#options.json) return
    this.#clearBar()
    this.#io.stderr(`octavo: error: ${oneLine(message)}\n`)
  }

  /** Progress of a multi-article build: `done` of `total`, `label` the one just done. */
  progress(done: number, total: number, label: string): void {
    if (this.#options.json || this.#options.quiet) return
    if (this.#io.isTTY) {
      const width = 24
      const filled = Math.round((done / Math.max(total, 1)) * width)
      const text = label ? ` ${printable(label)}` : ''
      this.#io.stderr(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}${text.slice(0, 60)}`)
      this.#bar = true
      if (done === total) this.#clearBar()
    } else if (label) {
      this.#io.stderr(`[${done}/${total}] ${printable(label)}\n`)
    }
  }

  /** A line for the user (not in JSON mode, not when quiet). */
  note(text: string): void {
    if (this.#options.json || this.#options.quiet) return
    this.#clearBar()
    this.#io.stderr(`${printable(text)}\n`)
  }

  /** With `--json`, the summary of the whole run. */
  finish(status: number): void {
    if (!this.#options.json) return
    this.#io.stdout(`${printableJson(JSON.stringify({status, written: this.#written, diagnostics: this.#diagnostics, ...(this.#failure === undefined ? {} : {error: this.#failure})}, null, 2))}\n`)
  }

  #clearBar() {
    if (!this.#bar) return
    this.#io.stderr('\r\x1b[2K')
    this.#bar = false
  }
}
