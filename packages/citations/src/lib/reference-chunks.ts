/**
 * Linear scanning helpers: matching quote and bracket pairs (unbalanced
 * ones are ignored, never searched for again) and splitting a reference into
 * its top-level comma-separated chunks.
 */

const OPEN: Record<string, string> = {'“': '”', '«': '»', '(': ')', '[': ']', '„': '“'}

/**
 * For every opening quote or bracket that is closed, the index of its
 * closing partner (else -1). One pass, one stack per kind: O(n).
 */
export function matchPairs(s: string): Int32Array {
  const close = new Int32Array(s.length).fill(-1)
  const stacks = new Map<string, number[]>()
  let straight = -1
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!
    if (ch === '"') {
      if (straight >= 0) {
        close[straight] = i
        straight = -1
      } else straight = i
      continue
    }
    const want = OPEN[ch]
    if (want !== undefined && !(ch === '„')) {
      let st = stacks.get(want)
      if (!st) stacks.set(want, (st = []))
      st.push(i)
      continue
    }
    if (ch === '„') {
      let st = stacks.get('“')
      if (!st) stacks.set('“', (st = []))
      st.push(i)
      continue
    }
    const st = stacks.get(ch)
    if (st && st.length > 0) close[st.pop()!] = i
  }
  return close
}

export interface Chunk {
  text: string
  start: number
  end: number
}

/** True when the character opens a quotation. */
export function isQuote(ch: string | undefined): boolean {
  return ch === '“' || ch === '"' || ch === '«' || ch === '„'
}

/**
 * Split `s[from, to)` at top-level `, ` (outside quotes and brackets), and
 * after a closing quote that holds the comma (`“Title,” Journal`).
 */
export function splitChunks(s: string, close: Int32Array, from = 0, to = s.length): Chunk[] {
  const chunks: Chunk[] = []
  let start = from
  const push = (end: number): void => {
    let a = start, b = end
    while (a < b && /\s/.test(s[a]!)) a++
    while (b > a && /\s/.test(s[b - 1]!)) b--
    if (b > a) chunks.push({text: s.slice(a, b), start: a, end: b})
  }
  let i = from
  while (i < to) {
    const c = close[i]!
    if (c > i && c < to) {
      if (isQuote(s[i]) && /[,;]/.test(s[c - 1] ?? '') ) {
        push(c + 1)
        start = c + 1
      }
      i = c + 1
      continue
    }
    if (s[i] === ',' && (i + 1 >= to || /\s/.test(s[i + 1]!))) {
      push(i)
      start = i + 1
    }
    i++
  }
  push(to)
  return chunks
}
