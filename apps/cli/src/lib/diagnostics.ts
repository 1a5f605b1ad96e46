import type {Diagnostic} from '@octavo/parser'

/** `file:line:column: severity: message`, or `file: severity: message` without a position. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const start = diagnostic.position?.start
  const where = start ? `${file}:${start.line}:${start.column}` : file
  return `${printable(where)}: ${diagnostic.severity}: ${oneLine(diagnostic.message)}`
}

/** A message on one line, safe for a terminal (`printable`). */
export function oneLine(message: string): string {
  return printable(message.replace(/\s*\n\s*/g, ' ').trim())
}

/**
 * Characters that must not reach a terminal raw: C0 controls (ESC starts
 * the sequences that clear a screen or retitle a window), DEL, C1 controls
 * (CSI and OSC in one byte), and the bidirectional overrides and isolates
 * that make text read in another order than it is (CVE-2021-42574).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** `text` with every `UNPRINTABLE` character written as an escape (`\x1b`, `\u202e`), for a terminal or a log. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

/** The `UNPRINTABLE` characters JSON.stringify leaves raw in strings (it escapes C0 itself): DEL, C1, bidi controls. */
const UNPRINTABLE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** JSON text with those characters as `\u` escapes: the same JSON value, safe on a terminal. */
export function printableJson(json: string): string {
  return json.replace(UNPRINTABLE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** Diagnostics sorted by position (those without one first), stable. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({d, i}))
    .sort((a, b) => (a.d.position?.start.offset ?? -1) - (b.d.position?.start.offset ?? -1) || a.i - b.i)
    .map(({d}) => d)
}
