/**
 * Code lines too long for the measure, wrapped: at a space when one is near the end of the
 * line, else at punctuation between tokens, else (a token longer than the line) at the column.
 * Each continuation keeps the line's own indent and starts with a visible mark (`CONTINUATION`).
 * Rules as a table of named cases with the example each exists for (`test/code.test.ts`).
 */

/** The mark that opens a continued line (DejaVu Sans Mono has it). */
export const CONTINUATION = '\u21aa'

/** A place to wrap: the rule finds the break (characters kept on the line) in `text` for at most `columns` characters, or -1. */
export interface WrapRule {
  name: string
  /** How far back from the column the rule looks, as a share of the columns. */
  reach: number
  find: (text: string, columns: number, from: number) => number
  /** A line too long, and its first piece by this rule (`|` at the wrap). */
  example: {columns: number; line: string; first: string}
}

/** The last index `i` in `[from, to]` for which `test(text, i)` holds (a break before character `i`), or -1. */
function lastBreak(text: string, from: number, to: number, test: (text: string, i: number) => boolean): number {
  for (let i = Math.min(to, text.length - 1); i >= Math.max(from, 1); i--) if (test(text, i)) return i
  return -1
}

const SPACE = /\s/
/** Punctuation a line may end with (`f(a,` `x;`) or a line may start with (`.method`, `=`, `(`). */
const ENDS = /[,;:)\]}]/
const STARTS = /[.=([{+\-*/<>|&]/

export const WRAP_RULES: WrapRule[] = [
  {
    name: 'after a space near the end of the line',
    reach: 0.5,
    find: (text, columns, from) => lastBreak(text, from, columns, (t, i) => SPACE.test(t[i - 1]!) && !SPACE.test(t[i]!)),
    example: {columns: 30, line: 'print(len(tokens), "tokens in the whole corpus")', first: 'print(len(tokens), "tokens in |'}
  },
  {
    name: 'between tokens at punctuation',
    reach: 0.5,
    find: (text, columns, from) => lastBreak(text, from, columns, (t, i) => (ENDS.test(t[i - 1]!) || STARTS.test(t[i]!)) && !SPACE.test(t[i]!) && /\w/.test(t[i - 1]! + t[i]!)),
    example: {columns: 30, line: 'df_all_books_combined.groupby(["author"]).sum()', first: 'df_all_books_combined.groupby|'}
  },
  {
    name: 'at the column (a token longer than the line)',
    reach: 1,
    find: (text, columns) => Math.min(columns, text.length - 1),
    example: {columns: 20, line: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', first: 'aaaaaaaaaaaaaaaaaaaa|'}
  }
]

/** The break of `text` (longer than `columns`) by the first rule that finds one within its reach. */
export function wrapAt(text: string, columns: number): number {
  for (const rule of WRAP_RULES) {
    const at = rule.find(text, columns, Math.max(1, Math.floor(columns * (1 - rule.reach))))
    if (at > 0) return at
  }
  return columns
}

/** A code line in pieces of at most `columns` characters (code points): the first, then continuations, each without the indent and mark added at print. */
export function wrapCode(line: string, columns: number): {indent: string; pieces: string[]} {
  const chars = [...line]
  const indent = (line.match(/^[ \t]*/)?.[0] ?? '').slice(0, Math.floor(columns / 2))
  // A continuation has the indent and the mark with a space before it.
  const rest = Math.max(4, columns - indent.length - 2)
  const pieces: string[] = []
  let text = chars
  let room = columns
  while (text.length > room) {
    const joined = text.join('')
    // Work in code points: the rules see a string of one unit per character only when it has no astral characters.
    const at = joined.length === text.length ? wrapAt(joined, room) : room
    pieces.push(text.slice(0, at).join('').replace(/\s+$/, ''))
    text = text.slice(at)
    while (text.length > 0 && SPACE.test(text[0]!)) text = text.slice(1)
    room = rest
  }
  pieces.push(text.join(''))
  return {indent, pieces}
}
