/**
 * Noise of real-world notes, applied after labeling with every offset moved
 * along: straight quotes, hyphens for en dashes, a missing space after
 * punctuation, another pinpoint label (`pp.`, `p.`, `S.`, none), and web
 * links written out after the title as Markdown links become in plain text.
 * Most records stay clean.
 */
import type {Rng} from './rng.js'
import {splice, spliceAll, type LabelSpan, type Piece} from './spanned.js'
import type {Lang} from './vocab.js'

interface Edit {
  start: number
  end: number
  insert: string
}

const STRAIGHT: Record<string, string> = {'“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '‚': "'"}

function straightQuotes(piece: Piece): Edit[] {
  const edits: Edit[] = []
  for (const match of piece.text.matchAll(/[“”„«»‘’‚]/g)) edits.push({start: match.index, end: match.index + 1, insert: STRAIGHT[match[0]] ?? match[0]})
  return edits
}

function hyphens(rng: Rng, piece: Piece): Edit[] {
  const double = rng.chance(0.3)
  return [...piece.text.matchAll(/–/g)].map((match) => ({start: match.index, end: match.index + 1, insert: double ? '--' : '-'}))
}

function insideUrl(piece: Piece, at: number): boolean {
  return piece.cites.some((cite) => cite.labels.some(([s, e, label]) => (label === 'URL' || label === 'DOI') && s <= at && at < e))
}

function missingSpace(rng: Rng, piece: Piece): Edit[] {
  const candidates = [...piece.text.matchAll(/[,.;:] (?=\S)/g)].filter((match) => !insideUrl(piece, match.index))
  if (candidates.length === 0) return []
  const match = rng.pick(candidates)
  return [{start: match.index + 1, end: match.index + 2, insert: ''}]
}

/** Pinpoint labels written another way, by language. */
const PAGE_LABELS: Record<Lang, readonly string[]> = {
  en: ['p. ', 'pp. ', 'p.', ''],
  de: ['S. ', 'S.', 'p. ', ''],
  fr: ['p. ', 'p.', 'pp. ', ''],
  es: ['p. ', 'pp. ', 'pág. ', 'págs. '],
  it: ['p. ', 'pp. ', 'pag. ', '']
}

function pageLabels(rng: Rng, lang: Lang, piece: Piece): Edit[] {
  const edits: Edit[] = []
  for (const cite of piece.cites) {
    for (const [start, , label] of cite.labels) {
      if (label !== 'locator') continue
      // Not the `p. ` of `Sp. ` (columns).
      const before = /(?<!\p{L})(?:pp?\.|S\.|págs?\.|pag\.) ?$/u.exec(piece.text.slice(Math.max(0, start - 7), start))
      if (before !== null) edits.push({start: start - before[0].length, end: start, insert: rng.pick(PAGE_LABELS[lang])})
    }
  }
  return edits
}

/**
 * `“Title,” Site, 2020, https://…` → `“Title (https://…),” Site, 2020`: a
 * Markdown link `[Title](https://…)` written out as plain text.
 */
export function linkAfterTitle(rng: Rng, piece: Piece): Piece {
  let out = piece
  out.cites.forEach((_, index) => {
    const cite = out.cites[index]
    const url = cite?.labels.find(([, , label]) => label === 'URL')
    const title = cite?.labels.find(([, , label]) => label === 'title')
    if (cite === undefined || url === undefined || title === undefined || title[1] > url[0]) return
    const previousEnd = Math.max(...cite.labels.filter(([, e]) => e <= url[0]).map(([, e]) => e))
    const between = out.text.slice(previousEnd, url[0])
    const keep = /^[”’»"')\]]*/.exec(between)?.[0].length ?? 0
    const closer = /[<[]\s*$/.test(between) ? (/^[>\]]/.exec(out.text.slice(url[1])) ?? [''])[0] : ''
    const link = out.text.slice(url[0], url[1])
    // Remove the URL with what introduced it (`, URL: <`), then write it after the title.
    out = splice(out, previousEnd + keep, url[1] + closer.length, '')
    const insert = rng.chance(0.6) ? ` (${link})` : `, ${link}`
    out = splice(out, title[1], title[1], insert)
    const moved = out.cites[index]
    const urlStart = title[1] + insert.indexOf(link)
    if (moved === undefined) return
    moved.labels = [...moved.labels, [urlStart, urlStart + link.length, 'URL'] as LabelSpan].sort((a, b) => a[0] - b[0])
    // A citation that ended with its URL ends with the link now.
    moved.end = Math.max(moved.end, title[1] + insert.length)
  })
  return out
}

/** The record's text with some noise, or as it is (most of the time). */
export function addNoise(rng: Rng, lang: Lang, piece: Piece): Piece {
  const edits: Edit[] = []
  if (rng.chance(0.1)) edits.push(...straightQuotes(piece))
  if (rng.chance(0.07)) edits.push(...hyphens(rng, piece))
  if (rng.chance(0.08)) edits.push(...pageLabels(rng, lang, piece))
  const noisy = spliceAll(piece, dedupe(edits))
  return rng.chance(0.04) ? spliceAll(noisy, missingSpace(rng, noisy)) : noisy
}

/** Drops edits overlapping an earlier one. */
function dedupe(edits: Edit[]): Edit[] {
  const kept: Edit[] = []
  for (const edit of edits) if (!kept.some((other) => other.start < edit.end && edit.start < other.end)) kept.push(edit)
  return kept
}
