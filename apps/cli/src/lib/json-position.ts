import {parse, type ParseError} from 'jsonc-parser'

/**
 * Where JSON text goes wrong. Node's `JSON.parse` names a position for some
 * errors only (`Unexpected token '}', "{"a": }" is not valid JSON` has none),
 * so, after it has failed, jsonc-parser (VS Code's JSON scanner) reads the
 * text again as strict JSON (no comments, no trailing commas) and says where.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const errors: ParseError[] = []
  try {
    parse(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false})
  } catch (problem) {
    // Nesting deep enough to overflow its recursion: the place is not known.
    if (problem instanceof RangeError) return undefined
    throw problem
  }
  return errors[0]?.offset
}

/** `JSON.parse`'s message without the echoed text and position (the diagnostic gives them). */
export function jsonErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ (?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?$/, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
}
