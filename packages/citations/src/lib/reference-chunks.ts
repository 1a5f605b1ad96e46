/**
 * Linear scanning helpers: matching quote and bracket pairs (unbalanced
 * ones are ignored, never searched for again) and splitting a reference into
 * its top-level comma-separated chunks.
 */


/**
 * For every opening quote or bracket that is closed, the index of its
 * closing partner (else -1). One pass, one stack per kind: O(n).
 */
export function matchPairs(s: string): Int32Array {
  const close = new Int32Array(s.length).fill(-1)
  const curly: number[] = []
  const guillemet: number[] = []
  const paren: number[] = []
  const bracket: number[] = []
  let straight = -1
  for (let i = 0; i < s.length; i++) {
    switch (s.charCodeAt(i)) {
      case 0x22: // "
        if (straight >= 0) {
          close[straight] = i
          straight = -1
        } else straight = i
        break
      case 0x201c: // “
      case 0x201e: // „
        curly.push(i)
        break
      case 0x201d: // ”
        if (curly.length > 0) close[curly.pop()!] = i
        break
      case 0xab: // «
        guillemet.push(i)
        break
      case 0xbb: // »
        if (guillemet.length > 0) close[guillemet.pop()!] = i
        break
      case 0x28: // (
        paren.push(i)
        break
      case 0x29: // )
        if (paren.length > 0) close[paren.pop()!] = i
        break
      case 0x5b: // [
        bracket.push(i)
        break
      case 0x5d: // ]
        if (bracket.length > 0) close[bracket.pop()!] = i
        break
    }
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
    // A chunk never starts with the period or comma left after a closing quote (`». In …`).
    if (a > from && /[.,;:]/.test(s[a] ?? '') && /\s/.test(s[a + 1] ?? '')) a++
    while (a < b && /\s/.test(s[a]!)) a++
    while (b > a && /\s/.test(s[b - 1]!)) b--
    if (b > a) chunks.push({text: s.slice(a, b), start: a, end: b})
  }
  let i = from
  while (i < to) {
    const c = close[i]!
    if (c > i && c < to) {
      // After a quoted title that holds its comma, or that is followed by a capital (`"Title" Journal`).
      if (isQuote(s[i]) && (/[,;.]/.test(s[c - 1] ?? '') || /^[.,]?\s+(?:\p{Lu}|in\s)/u.test(s.slice(c + 1, c + 6)))) {
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
