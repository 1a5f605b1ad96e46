import type {Diagnostic} from '@octavo/parser'

/** `file:line:column: severity: message`, or `file: severity: message` without a position. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const start = diagnostic.position?.start
  const where = start ? `${file}:${start.line}:${start.column}` : file
  return `${where}: ${diagnostic.severity}: ${oneLine(diagnostic.message)}`
}

export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim()
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
