/**
 * What a block of plain text is: the title, a heading, a quotation, an
 * abstract, an acknowledgment… Each test reads one block (and, for the
 * abstract, the words of the body once); see PLAIN-TEXT.md for the rules.
 */
import type {PhrasingContent, Paragraph} from 'mdast'
import type {Block, Source} from './text-source.js'
import type {Reference} from './text-refs.js'

/** Longest lines read as a heading or a title. */
const maxHeadingChars = 120
const maxHeadingWords = 15
const maxTitleChars = 160
const maxTitleWords = 25
/** Words in a run shared by the first paragraph and the body that make it an abstract. */
const abstractEchoWords = 8

const closers = /[\s”’"'»)\]]+$/u
const finalPunctuation = /[.,;:]$/
const closingMarker = /(?:\[\d+\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=[^\s\d])\d+)$/u
const sentenceBreak = /[.!?][”’"')\]]*(?:\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?\s+(?:\[\d+\]\s+)?\p{Lu}/u
const firstReference = /\[1\]|¹|(?<=[^\s\d])1(?=\s|$)/u
const sectionNames = /^(?:introduction|abstract|summary|background|conclusions?|acknowledge?ments?)$/i
const notesHeading = /^(?:notes|endnotes|end notes|footnotes|notes and references)\s*:?$/i
const abstractLabel = /^(?:abstract|summary)\s*[:.]?$/i
const separator = /^[\s*•·~#=_—–-]+$/u
const acknowledgment = /\b(?:thanks?|thanked|grateful|gratitude|acknowledg\w*|indebted)\b/i

/** The block's end without the note markers that close it. */
export function endWithoutMarkers(block: Block, refs: readonly Reference[]): number {
  let end = block.end
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i]!
    if (r.end === end) end = r.start
    else if (r.end < end) break
  }
  return end
}

function singleLineText(source: Source, block: Block): string | undefined {
  if (block.lines.length !== 1) return undefined
  return source.text.slice(block.start, block.end)
}

/** A short line without final punctuation (`?` and `!` may end it). */
export function looksLikeHeading(source: Source, block: Block, end: number): boolean {
  if (block.lines.length !== 1) return false
  const s = source.text.slice(block.start, end).trim()
  if (s.length === 0 || s.length > maxHeadingChars) return false
  if (s.split(/\s+/).length > maxHeadingWords) return false
  if (!/^[\p{L}\p{N}“"‘'(]/u.test(s) || !/\p{L}/u.test(s)) return false
  return !finalPunctuation.test(s.replace(closers, ''))
}

/**
 * A short first line that names the article: one sentence, no final
 * punctuation once a closing number is set aside (a year), not holding
 * what would be the first note reference.
 */
export function looksLikeTitle(source: Source, block: Block): boolean {
  const s = singleLineText(source, block)
  if (s === undefined || s.length > maxTitleChars || s.split(/\s+/).length > maxTitleWords) return false
  if (!/\p{L}/u.test(s) || sectionNames.test(s) || notesHeading.test(s) || sentenceBreak.test(s)) return false
  // Holding what would be the first note reference, it is a sentence.
  if (firstReference.test(s)) return false
  return !finalPunctuation.test(s.replace(closingMarker, '').replace(closers, ''))
}

export function isNotesHeading(source: Source, block: Block): boolean {
  const s = singleLineText(source, block)
  return s !== undefined && notesHeading.test(s)
}

export function isAbstractLabel(source: Source, block: Block): boolean {
  const s = singleLineText(source, block)
  return s !== undefined && abstractLabel.test(s)
}

/** `* * *`, `***`, `———`: an explicit section break. */
export function isSeparator(source: Source, block: Block): boolean {
  const s = singleLineText(source, block)
  return s !== undefined && separator.test(s) && s.replace(/\s/g, '').length >= 3
}

/** The paragraph introduces a quotation: it ends in `:` or `,` (markers aside). */
export function introducesQuotation(source: Source, block: Block, refs: readonly Reference[]): boolean {
  const s = source.text.slice(block.start, endWithoutMarkers(block, refs)).trimEnd()
  return s.endsWith(':') || s.endsWith(',')
}

/** An acknowledgment (thanks) or a starred note: the note on the title. */
export function looksLikeAcknowledgment(source: Source, block: Block): boolean {
  const head = source.text.slice(block.start, Math.min(block.end, block.start + 300))
  return /^[*†‡]/.test(head) || acknowledgment.test(firstSentence(head))
}

function firstSentence(s: string): string {
  const m = /[.!?](?:\s|$)/.exec(s)
  return m ? s.slice(0, m.index + 1) : s
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * The first paragraph is echoed later: a run of `abstractEchoWords` words
 * that it shares with the rest of the body (an abstract is restated in the
 * article's introduction or conclusion).
 */
export function echoedLater(first: string, rest: Iterable<string>): boolean {
  const own = words(first)
  const shingles = new Set<string>()
  const heads = new Set<string>()
  for (let i = 0; i + abstractEchoWords <= own.length; i++) {
    shingles.add(own.slice(i, i + abstractEchoWords).join(' '))
    heads.add(own[i]!)
  }
  if (shingles.size === 0) return false
  for (const text of rest) {
    const w = words(text)
    for (let i = 0; i + abstractEchoWords <= w.length; i++) {
      if (heads.has(w[i]!) && shingles.has(w.slice(i, i + abstractEchoWords).join(' '))) return true
    }
  }
  return false
}

/**
 * The phrasing content of `[start, end)`: text with `footnoteReference`
 * nodes where the markers were. `refs` are the references inside, in order.
 */
export function phrasing(source: Source, start: number, end: number, refs: readonly Reference[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let at = start
  const pushText = (a: number, b: number) => {
    if (b <= a) return
    const value = source.slice(a, b)
    if (value === '') return
    out.push({type: 'text', value, position: source.position(a, b)})
  }
  for (const r of refs) {
    pushText(at, r.start)
    const id = String(r.number)
    out.push({type: 'footnoteReference', identifier: id, label: id, data: {number: r.number}, position: source.position(r.start, r.end)})
    at = r.end
  }
  pushText(at, end)
  return out
}

export function paragraph(source: Source, start: number, end: number, refs: readonly Reference[] = []): Paragraph {
  return {type: 'paragraph', children: phrasing(source, start, end, refs), position: source.position(start, end)}
}
