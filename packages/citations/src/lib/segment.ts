import {INNER_SIGNALS, NON_FINAL_ABBREVIATIONS, SIGNAL_ENDINGS} from './lexicon.js'
import {matchPairs, isQuote} from './reference-chunks.js'
import {parseReference, type ParsedReference} from './reference.js'

/** One citation found in a note. */
export interface Segment {
  /** Offsets of the citation's text in the note's text. */
  start: number
  end: number
  text: string
  prefix: string | null
  parsed: ParsedReference
}

export interface NoteSegmentation {
  segments: Segment[]
  /** The note says more than its citations. */
  commentary: boolean
  warnings: string[]
}

/** Most places a citation may start inside one part: keeps the search linear. */
const MAX_CANDIDATES = 40
/** Longest part searched for a citation; longer runs of text are commentary. */
const MAX_PART = 4000

interface Range {
  start: number
  end: number
}

function isAbbreviation(text: string, dot: number): boolean {
  let a = dot
  while (a > 0 && !/[\s(“"‘[]/.test(text[a - 1]!)) a--
  const word = text.slice(a, dot)
  if (word.length === 0) return true
  if (/^\p{L}$/u.test(word)) return true // an initial: `Francis C. Jones`
  if (/^(?:https?:\/\/|www\.|doi:)|\//i.test(word)) return false // a URL or DOI ends its sentence: `…/fqv023. Sean Weidman`
  if (word.includes('.')) return true // `U.S.`, `e.g.`
  return NON_FINAL_ABBREVIATIONS.has(word.toLowerCase())
}

/** Sentences of a note: ends at `.`, `?`, `!` outside quotes and brackets, before a capital. */
export function sentences(text: string, pairs: Int32Array, italics: readonly string[] = []): Range[] {
  const out: Range[] = []
  let start = 0
  const boundary = (after: number): boolean => {
    let j = after
    if (j >= text.length || !/\s/.test(text[j]!)) return false
    while (j < text.length && /\s/.test(text[j]!)) j++
    return j < text.length && /[\p{Lu}“"‘([«]/u.test(text[j]!)
  }
  let lastQuote = {open: -1, close: -1}
  let lastColon = 0
  for (let i = 0; i < text.length; i++) {
    const c = pairs[i]!
    if (c > i) {
      if (isQuote(text[i])) lastQuote = {open: i, close: c}
      // A quotation that ends a sentence: `… a complete break.” For …`; not a title after names (`Lavin, Matthew. “Title.” Journal`).
      if (isQuote(text[i]) && /[.?!]/.test(text[c - 1] ?? '') && boundary(c + 1) && text.slice(i, c).split(/\s+/).length > 15 && !afterNames(text.slice(start, i))) {
        out.push({start, end: c + 1})
        start = c + 1
      }
      i = c
      continue
    }
    const ch = text[i]!
    // `Names. « Title ». Container`: the period after a title that follows names ends the title, not the sentence.
    // (The names may follow an introduction ending with a colon: `Pour des exemples : Kindt, Bastien, et A. B. « Titre ». Revue`.)
    if (ch === ':' && text[i + 1] === ' ') lastColon = i + 2
    const from = Math.max(start, lastColon)
    const afterTitle = ch === '.' && lastQuote.open >= start && /^\s*$/.test(text.slice(lastQuote.close + 1, i)) && afterNames(text.slice(from, Math.max(from, lastQuote.open)))
    if ((ch === '.' || ch === '?' || ch === '!') && boundary(i + 1) && !(ch === '.' && isAbbreviation(text, i)) && !(ch === '.' && nameList(text.slice(from, i))) && !(ch === '.' && oneNameBeforeTitle(text, start, i)) && !(ch === '.' && /[?!]/.test(text[i - 1] ?? '')) && !(ch === '.' && endsItalic(text, start, i, italics)) && !afterTitle) {
      out.push({start, end: i + 1})
      start = i + 1
    }
  }
  if (start < text.length) out.push({start, end: text.length})
  return out.map((r) => trim(text, r)).filter((r) => r.end > r.start)
}

/**
 * Names in bibliography order closed by a period (`Atack, Jeremy, Fred
 * Bateman, and Robert A. Margo.`): no sentence ends there.
 */
function nameList(text: string): boolean {
  const t = text.trim()
  if (!t.includes(',') || t.length > 400 || /[\d“"«(]/.test(t)) return false
  const words = t.split(/[\s,]+/).filter((w) => w.length > 0)
  return words.length <= 40 && words.every((w) => /^(\p{Lu}[\p{L}'’\-.]*|and|&|et|al\.?|de|van|von|der|da|di|du|la|le)$/u.test(w))
}

/** One author closed by a period before a quoted title (`Thomas M. Breuel. « Title »`): no sentence ends there. */
function oneNameBeforeTitle(text: string, start: number, dot: number): boolean {
  let j = dot + 1
  while (j < text.length && /\s/.test(text[j]!)) j++
  if (!isQuote(text[j])) return false
  return oneName(text.slice(start, dot))
}

/** A period right after an italic title (`_Title_. Publisher`) ends the title, not the sentence. */
function endsItalic(text: string, start: number, dot: number, italics: readonly string[]): boolean {
  for (const x of italics) if (dot - x.length >= start && text.startsWith(x, dot - x.length) && x.includes(' ')) return true
  return false
}

function afterNames(text: string): boolean {
  const t = text.trim()
  return t.endsWith('.') && (nameList(t.slice(0, -1)) || oneName(t.slice(0, -1)))
}

/** Two to four capitalised words or initials: one person's name (`Thomas M. Breuel`). */
function oneName(text: string): boolean {
  const words = text.trim().split(/\s+/)
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^(\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)$/u.test(w))
}

function trim(text: string, r: Range): Range {
  let {start, end} = r
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return {start, end}
}

/** Split a range at top-level occurrences of a separator. */
function splitTop(text: string, pairs: Int32Array, r: Range, at: (i: number) => number): Range[] {
  const out: Range[] = []
  let start = r.start
  for (let i = r.start; i < r.end; i++) {
    const c = pairs[i]!
    if (c > i && c < r.end) {
      i = c
      continue
    }
    const len = at(i)
    if (len > 0) {
      out.push(trim(text, {start, end: i}))
      start = i + len
      i += len - 1
    }
  }
  out.push(trim(text, {start, end: r.end}))
  return out.filter((x) => x.end > x.start)
}

/** Drop the closing period of a citation, keeping an abbreviation's own period (`Ibid.`, `et al.`). */
function dropFinalPeriod(text: string, r: Range): Range {
  if (text[r.end - 1] === '.' && !/\b(Ibid|ibid|al|ed|eds|n\.d|etc|Id|id)\.$/.test(text.slice(Math.max(r.start, r.end - 6), r.end))) {
    return trim(text, {start: r.start, end: r.end - 1})
  }
  return r
}

const SIGNAL_RE = new RegExp(
  `^(.{0,120}?)\\b(${[...SIGNAL_ENDINGS].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=\\s|$)`,
  'iu'
)

/** A signal phrase opening a part: `See`, `For details, see`, `See the records of the session in`. */
function signal(text: string, r: Range): number {
  const s = text.slice(r.start, Math.min(r.end, r.start + 200))
  const m = SIGNAL_RE.exec(s)
  if (!m) return 0
  // Words before the signal must read as an introduction ("For details,"), not as a citation.
  if (m[1] && !/^(?:\p{Lu}[\p{L}\s\-’']*,\s*|also\s+|and\s+)?$/u.test(m[1]) && !/,\s*$/.test(m[1])) return 0
  let end = m[0].length
  // `See the records of the session in Renmin ribao`: lower-case words up to `in`.
  const after = s.slice(end)
  const ext = /^\s+((?:\p{Ll}[\p{L}’']*\s+){1,10}?in)\s+(?=[\p{Lu}“"])/u.exec(after)
  if (ext && !/^\s+(?:and|or|the)\s+in\b/.test(after)) end += ext[0].length
  return end
}

function candidates(text: string, pairs: Int32Array, r: Range): number[] {
  const out = [r.start]
  for (let i = r.start + 1; i < r.end && out.length < MAX_CANDIDATES; i++) {
    const c = pairs[i]!
    const prev = text[i - 1]!
    if (/[\s:]/.test(prev) && /[\p{Lu}“"«]/u.test(text[i]!)) out.push(i)
    if (c > i) i = c
  }
  return out
}

/**
 * Inside prose, a citation opens with a quotation or with names (a few
 * capitalised words before a comma): a cheap test before parsing.
 */
function plausibleStart(text: string, at: number, end: number): boolean {
  if (isQuote(text[at])) return true
  const comma = text.indexOf(', ', at)
  if (comma < 0 || comma >= end || comma - at > 120) return false
  const head = ` ${text.slice(at, comma)} `.replace(/\s(and|et|&|de|van|von|der|den|da|di|du|la|le|zu|bin|al|ed\.|eds\.|et al\.)(?=\s)/g, ' ')
  return head.split(/\s+/).length <= 9 && !/\s\p{Ll}/u.test(head)
}

interface Piece extends Range {
  parsed: ParsedReference
}

/**
 * Two sources joined by `and` without a `;` (`Lee, Minority, p. 5 and Sun,
 * Yiminshi, p. 9`): split where both sides read as citations and the right
 * one opens with names or a quotation (so `Sun Chunri and Shen Yingshu` and
 * `pp. 1–8 and No. 5 (1999)` stay whole).
 */
function splitAnd(text: string, pairs: Int32Array, span: Range, parsed: ParsedReference, italics: readonly string[]): Piece[] {
  const out: Piece[] = []
  let start = span.start
  let whole = parsed
  for (let i = span.start; i < span.end && out.length < 20; i++) {
    const c = pairs[i]!
    if (c > i) {
      i = c
      continue
    }
    const m = text[i] === ' ' ? /^ (?:and|&|et) (?=[\p{Lu}“"«])/u.exec(text.slice(i, i + 6)) : null
    if (!m) continue
    const left = trim(text, {start, end: text[i - 1] === ',' ? i - 1 : i})
    const right = {start: i + m[0].length, end: span.end}
    // A citation ends with its pinpoint, date or imprint: a digit or a parenthesis.
    if (!/[\d)\]]$/.test(text.slice(left.start, left.end))) continue
    const l = parseReference(text.slice(left.start, left.end), {italics})
    if (!l || (l.form === 'short' && l.locator === null)) continue
    const r = parseReference(text.slice(right.start, right.end), {italics})
    if (!r || r.opening === 'text') continue
    out.push({...left, parsed: l})
    start = right.start
    whole = r
    i = right.start - 1
  }
  out.push({start, end: span.end, parsed: whole})
  return out
}

interface Found {
  at: number
  parsed: ParsedReference
}

function findCitation(text: string, pairs: Int32Array, r: Range, italics: readonly string[]): Found | undefined {
  if (r.end - r.start > MAX_PART) return undefined
  const cands = candidates(text, pairs, r)
  let textual: Found | undefined
  for (const at of cands) {
    if (at > r.start && !/:\s*$/.test(text.slice(Math.max(r.start, at - 3), at)) && !plausibleStart(text, at, r.end)) continue
    const span = dropFinalPeriod(text, {start: at, end: r.end})
    const parsed = parseReference(text.slice(span.start, span.end), {allowBareTitle: at === r.start, allowOrganisation: at === r.start, italics})
    if (!parsed) continue
    if (parsed.opening !== 'text') return {at, parsed}
    textual ??= {at, parsed}
  }
  return textual
}

/**
 * Find the citations in a note: sentences, then parts between top-level `;`,
 * then `X, quoted in Y`; in each part the signal phrase (prefix) and the
 * citation, the rest being commentary.
 */
export interface SegmentNoteOptions {
  /** Italic runs of the note (Markdown emphasis): titles of books and periodicals. */
  italics?: readonly string[]
}

export function segmentNote(text: string, options: SegmentNoteOptions = {}): NoteSegmentation {
  const italics = options.italics ?? []
  const pairs = matchPairs(text)
  const segments: Segment[] = []
  const covered: Range[] = []
  const warnings: string[] = []
  for (const sentence of sentences(text, pairs, italics)) {
    const parts = splitTop(text, pairs, sentence, (i) => (text[i] === ';' ? 1 : 0))
    for (const part0 of parts) {
      let part = part0
      const and = /^(and|&|et)\s+/i.exec(text.slice(part.start, part.end))
      if (and) {
        covered.push({start: part.start, end: part.start + and[0].length})
        part = {start: part.start + and[0].length, end: part.end}
      }
      const inner = splitTop(text, pairs, part, (i) => {
        if (text[i] !== ',') return 0
        const rest = text.slice(i + 1, i + 30).toLowerCase()
        for (const s of INNER_SIGNALS) if (rest.startsWith(` ${s} `)) return 1
        return 0
      })
      for (const sub of inner) {
        let start = sub.start
        let prefix: string | null = null
        const sig = signal(text, sub)
        if (sig > 0) {
          const p = trim(text, {start: sub.start, end: sub.start + sig})
          prefix = text.slice(p.start, p.end)
          start = sub.start + sig
          while (start < sub.end && /\s/.test(text[start]!)) start++
        }
        if (sub.end - start > MAX_PART) {
          warnings.push(`a passage of ${sub.end - start} characters without a sentence end was not searched for citations`)
          continue
        }
        const found = findCitation(text, pairs, {start, end: sub.end}, italics)
        if (!found) continue
        const span = dropFinalPeriod(text, {start: found.at, end: sub.end})
        if (found.at > start) prefix = null
        if (prefix) covered.push({start: sub.start, end: start})
        covered.push({start: span.start, end: sub.end})
        const pieces = splitAnd(text, pairs, span, found.parsed, italics)
        pieces.forEach((piece, k) => {
          segments.push({start: piece.start, end: piece.end, text: text.slice(piece.start, piece.end), prefix: k === 0 ? prefix : null, parsed: piece.parsed})
          for (const w of piece.parsed.warnings) warnings.push(w)
        })
      }
    }
  }
  // A reference in a script we do not read (`北京：中华书局，2009年`): say so rather than pass it silently as commentary.
  if (segments.length === 0 && /\d{4}/.test(text) && /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]{2}/u.test(text)) {
    warnings.push('no citation read: the note is in a script the reader does not know; kept as commentary')
  }
  return {segments, commentary: hasCommentary(text, covered), warnings}
}

function hasCommentary(text: string, covered: Range[]): boolean {
  const mask = new Uint8Array(text.length)
  for (const r of covered) mask.fill(1, r.start, r.end)
  let rest = ''
  for (let i = 0; i < text.length; i++) rest += mask[i] ? ' ' : text[i]
  return /\p{L}{2,}/u.test(rest.replace(/\b(and|et|und)\b/giu, ' '))
}
