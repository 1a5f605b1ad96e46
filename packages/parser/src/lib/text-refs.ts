/**
 * Note references in plain text: numbers glued to the end of a word or
 * punctuation (`discrimination.”1`, `us!87`), bracketed numbers (`[12]`) and
 * Unicode superscripts (`¹²`). A candidate is a reference only when it fits
 * the sequence 1, 2, 3 … (see PLAIN-TEXT.md).
 */
import type {Diagnostic} from './types.js'
import type {Block, Source} from './text-source.js'

export interface Candidate {
  start: number
  end: number
  number: number
  /** The last number of a bracketed or superscript range or list (`[12–14]`, `[12, 13]`, `¹²⁻¹⁴`); `number` when single. */
  last: number
  /** A bracketed or superscript list with a gap (`[12, 15]`, `[3,7]`): its numbers, rising. */
  gapped?: readonly number[]
  block: number
  /** Glued to a digit and a separator (`74,335.53`, `1961–1962`): could be part of a quantity. */
  numberLike: boolean
  /** What follows starts a sentence (or ends the paragraph). */
  sentenceAfter: boolean
  /** Bracketed, superscript, or glued after sentence punctuation or a closing quote (`came last.4`, `”4`): looks like a reference. */
  markerLike: boolean
}

export interface Reference {
  start: number
  end: number
  number: number
  block: number
}

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹'
/** How far the sequence may jump ahead (a reference lost in the text) and still be followed. */
const maxSkip = 10
/** How many later candidates are read to confirm a jump. */
const lookahead = 64

const candidatePattern = /\[(\d{1,4}(?:\s?[,–-]\s?\d{1,4}){0,20})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[⁻,][⁰¹²³⁴⁵⁶⁷⁸⁹]+){0,20})|(?<=[^\s\d])(\d{1,4})(?=([.,;:!?)]*)(?:\s|$))/gu
const separatorBeforeNumber = /[.,\-–—−/:]/
const sentenceStart = /[\p{Lu}\p{Lt}“"‘'([¿¡]/u
/** The digits end a URL or a DOI (`…/page12`), not a sentence (after `.`, `)`… they may still be a reference). */
const inAddress = /(?:[a-z][a-z+.-]*:\/\/|www\.|\b10\.\d{4,9}\/)\S*$/i
const addressReach = 300
/**
 * An abbreviation glued to its number (`vol.4`, `no.3`, `p.12`, `pp.4-5`,
 * `ch.2`): a locator, never a note marker.
 */
const abbreviationBefore =
  /(?:^|[^\p{L}\p{N}])(?:vols?|nos?|nn?|pp?|ll?|chs?|chap|figs?|sec|secs|art|arts|para|paras|pt|pts|bk|col|cols|fol|fols|ff?|ed|eds|vv?|ser|suppl|tab|ex|no|No|Nos|Vol|Vols|Ch|Fig|Sec|Art|Pt|Bk|Col)\.\s?(?:\d{1,4}[-–])?$/iu
/** Punctuation after which glued digits look like a note marker (`last.4`, `said”4`). */
const gluedAfterMark = /[.!?”’"'»)]/u

export function superscriptValue(s: string): number {
  let n = 0
  for (const ch of s) n = n * 10 + superscripts.indexOf(ch)
  return n
}

/** Every possible note marker in the given blocks, in order. */
export function findCandidates(source: Source, blocks: readonly Block[]): Candidate[] {
  const {text} = source
  const out: Candidate[] = []
  for (const block of blocks) {
    const s = text.slice(block.start, block.end)
    candidatePattern.lastIndex = 0
    for (let m = candidatePattern.exec(s); m; m = candidatePattern.exec(s)) {
      let digits: string
      let last: number | undefined
      let gapped: number[] | undefined
      const glued = m[3] !== undefined
      const before = s.charAt(m.index - 1)
      if (m[1] !== undefined || m[2] !== undefined) {
        const span = m[1] ?? [...(m[2] ?? '')].map((ch) => (ch === '⁻' ? '-' : ch === ',' ? ',' : String(superscripts.indexOf(ch)))).join('')
        const list = numberList(span)
        if (list === undefined) continue
        digits = list.first
        last = list.numbers[list.numbers.length - 1]
        if (!list.numbers.every((n, k) => k === 0 || n === list.numbers[k - 1]! + 1)) gapped = list.numbers
      } else {
        digits = m[3] ?? ''
        // Glued digits followed by punctuation (`word12.`) only after a letter.
        if ((m[4] ?? '') !== '' && !/\p{L}/u.test(before)) continue
        if (abbreviationBefore.test(s.slice(Math.max(0, m.index - 12), m.index))) continue
        if (/[\p{L}\p{N}/_=#&~-]/u.test(before) && inAddress.test(s.slice(Math.max(0, m.index - addressReach), m.index))) continue
      }
      if (digits.startsWith('0')) continue
      const number = Number(digits)
      const end = m.index + m[0].length
      const numberLike = glued && separatorBeforeNumber.test(before) && /\d/.test(s.charAt(m.index - 2))
      let next = end
      while (next < s.length && /\s/.test(s.charAt(next))) next++
      const sentenceAfter = next >= s.length || sentenceStart.test(s.charAt(next))
      const markerLike = !glued || (!numberLike && gluedAfterMark.test(before) && /[\p{L}\p{P}]/u.test(s.charAt(m.index - 2)))
      const candidate: Candidate = {start: block.start + m.index, end: block.start + end, number, last: last ?? number, block: block.index, numberLike, sentenceAfter, markerLike}
      if (gapped) candidate.gapped = gapped
      out.push(candidate)
    }
  }
  return out
}

/**
 * Keep the candidates that continue the sequence 1, 2, 3 …: the next
 * expected number; a jump ahead when a later candidate confirms it (the
 * number after it comes before the expected one); the previous number again
 * (a repeated reference). A number glued to a quantity (`74,335.53`) counts
 * only before the start of a sentence.
 */
export function selectReferences(source: Source, candidates: readonly Candidate[], diagnostics: Diagnostic[]): Reference[] {
  const refs: Reference[] = []
  let expected = 1
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    if (c.numberLike && !c.sentenceAfter) continue
    const take = () => {
      for (let n = c.number; n <= c.last; n++) refs.push({start: c.start, end: c.end, number: n, block: c.block})
    }
    if (c.gapped || (c.last > c.number && c.last < expected)) {
      expected = gappedList(source, candidates, i, expected, refs, diagnostics)
      continue
    }
    if (c.number === expected) {
      take()
      expected = c.last + 1
    } else if (c.number === expected - 1 && c.last === c.number && !c.numberLike) {
      take()
      diagnostics.push({
        severity: 'warning',
        message: `note reference ${c.number} appears again: both references point to note ${c.number}`,
        position: source.position(c.start, c.end),
        source: 'parser:text'
      })
    } else if (c.number > expected && c.number <= expected + maxSkip && confirmsJump(candidates, i, expected)) {
      take()
      const lost = c.number - expected === 1 ? `${expected} is` : `${expected}–${c.number - 1} are`
      diagnostics.push({
        severity: 'warning',
        message: `note references jump from ${expected - 1} to ${c.number}: ${lost} not in the text`,
        position: source.position(c.start, c.end),
        source: 'parser:text'
      })
      expected = c.last + 1
    } else if (c.markerLike && c.number > 0 && Math.abs(c.number - expected) <= maxSkip) {
      diagnostics.push({
        severity: 'warning',
        message: `number ${c.number} looks like a note reference but note ${expected} is expected here: it is kept as text`,
        position: source.position(c.start, c.end),
        source: 'parser:text'
      })
    }
  }
  return refs
}

/**
 * A bracketed or superscript list with a gap (`[12, 15]`): one reference per
 * number when every number is a note that exists and the list fits the
 * sequence: numbers already referenced (a list pointing back), at most ending
 * with the expected one, or starting with the expected one (or a confirmed
 * jump) and going on to a number that a later candidate continues (the notes
 * in the gap are lost, with a warning). Otherwise the list stays text, with a
 * warning at it. Gives the next expected number.
 */
function gappedList(source: Source, candidates: readonly Candidate[], i: number, expected: number, refs: Reference[], diagnostics: Diagnostic[]): number {
  const c = candidates[i]!
  const numbers = c.gapped ?? Array.from({length: c.last - c.number + 1}, (_, k) => c.number + k)
  const label = `[${numbers.join(', ')}]`
  const position = source.position(c.start, c.end)
  const warn = (message: string) => diagnostics.push({severity: 'warning', message, position, source: 'parser:text'})
  const take = () => {
    for (const n of numbers) refs.push({start: c.start, end: c.end, number: n, block: c.block})
  }
  const last = numbers[numbers.length - 1]!
  if (last <= expected) {
    take()
    const back = numbers.filter((n) => n < expected)
    warn(`note references ${label} point back to note${back.length > 1 ? 's' : ''} ${back.join(', ')} already referenced`)
    return last === expected ? expected + 1 : expected
  }
  const firstFits = c.number === expected || c.number < expected || (c.number <= expected + maxSkip && confirmsJump(candidates, i, expected, c.number))
  if (firstFits && last - expected <= maxSkip && continuesAfter(candidates, i, last)) {
    take()
    const lost: number[] = []
    for (let n = expected; n < last; n++) if (!numbers.includes(n)) lost.push(n)
    if (lost.length > 0) warn(`note references ${label} skip note${lost.length > 1 ? 's' : ''} ${lost.join(', ')}: not in the text`)
    return last + 1
  }
  warn(`note references ${label} do not fit the sequence (note ${expected} is expected here): kept as text`)
  return expected
}

/** A later candidate continues from `last` (as for a jump, nothing following confirms nothing). */
function continuesAfter(candidates: readonly Candidate[], i: number, last: number): boolean {
  for (let k = i + 1; k < candidates.length && k <= i + lookahead; k++) {
    const c = candidates[k]!
    if (c.numberLike && !c.sentenceAfter) continue
    if (c.number === last + 1) return true
    if (c.number <= last) return false
  }
  return false
}

/**
 * A jump to `candidates[i]` is real when its successor comes before any
 * number between the expected one and the jump (which would continue the
 * sequence instead).
 */
function confirmsJump(candidates: readonly Candidate[], i: number, expected: number, upTo?: number): boolean {
  const {number: jumpTo} = candidates[i]!
  const last = upTo ?? candidates[i]!.last
  for (let k = i + 1; k < candidates.length && k <= i + lookahead; k++) {
    const c = candidates[k]!
    if (c.numberLike && !c.sentenceAfter) continue
    if (c.number === last + 1) return true
    if (c.number >= expected && c.number < jumpTo) return false
  }
  return false
}

/**
 * The numbers of a bracketed or superscript marker (`12`, `12, 13`, `12–14`,
 * `12-14`, `12, 15`), rising, ranges expanded; otherwise nothing (a number
 * starting with 0, a falling list, `[2001-2005]` with its span over 20 stay
 * text).
 */
function numberList(span: string): {first: string; numbers: number[]} | undefined {
  const parts = span.split(/\s?,\s?/)
  let first: string | undefined
  const numbers: number[] = []
  for (const part of parts) {
    const bounds = part.split(/\s?[–-]\s?/)
    const [a = '', b] = bounds
    if (bounds.length > 2 || a.startsWith('0') || (b ?? '').startsWith('0')) return undefined
    const from = Number(a)
    const to = b === undefined ? from : Number(b)
    if (to < from || to - from > 20) return undefined
    if (numbers.length > 0 && from <= numbers[numbers.length - 1]!) return undefined
    first ??= a
    for (let n = from; n <= to; n++) numbers.push(n)
  }
  return first === undefined ? undefined : {first, numbers}
}
