import type {CslDate} from '@octavo/parser'
import {MONTHS, SEASONS} from './lexicon.js'

type Part = [number] | [number, number] | [number, number, number]

const DASH = /\s*[–—‐‑-]\s*|\s+to\s+/
const YEAR = /^(1[0-9]{3}|20[0-9]{2})$/

function month(word: string | undefined): number | undefined {
  if (!word) return undefined
  return MONTHS.get(word.toLowerCase()) ?? MONTHS.get(word.toLowerCase().replace(/\.$/, ''))
}

/** One date without a range: `1996`, `May 2012`, `18 June 1957`, `June 18 1957`, `Winter 2014`, `2019-05-03`. */
function single(text: string): {part: Part; season?: number} | undefined {
  const s = text.trim().replace(/,/g, ' ').replace(/\s+/g, ' ')
  if (YEAR.test(s)) return {part: [Number(s)]}
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s)
  if (iso) {
    const y = Number(iso[1]), m = Number(iso[2])
    if (m < 1 || m > 12) return undefined
    return {part: iso[3] ? [y, m, Number(iso[3])] : [y, m]}
  }
  const words = s.split(' ')
  if (words.length === 2 && YEAR.test(words[1]!)) {
    const m = month(words[0])
    if (m) return {part: [Number(words[1]), m]}
    const season = SEASONS.get(words[0]!.toLowerCase())
    if (season) return {part: [Number(words[1])], season}
  }
  if (words.length === 3 && YEAR.test(words[2]!)) {
    const [a, b] = [words[0]!, words[1]!]
    const y = Number(words[2])
    if (/^\d{1,2}(er)?$/.test(a) && month(b)) return day(y, month(b)!, parseInt(a, 10))
    if (/^\d{1,2}$/.test(b) && month(a)) return day(y, month(a)!, Number(b))
  }
  return undefined
}

function day(y: number, m: number, d: number): {part: Part} | undefined {
  return d >= 1 && d <= 31 ? {part: [y, m, d]} : undefined
}

/**
 * Parse a written date into CSL `date-parts`, or undefined when the text is
 * not a date. Ranges: `April–June 1966`, `9–10 May 1961`,
 * `Winter 2003–Spring 2004`, `1953–1964`. Seasons give the year only.
 */
export function parseDate(text: string): CslDate | undefined {
  const s = text.trim().replace(/^\(|\)$/g, '').replace(/\.$/, '').trim()
  if (s.length === 0 || s.length > 60 || !/\d/.test(s)) return undefined
  const one = single(s)
  if (one) return {'date-parts': [one.part]}
  // `January/February 2013`, `Spring/Summer, 1991`: a double issue.
  const pair = /^(\p{L}+\.?)\/(\p{L}+\.?),?\s+(\d{4})$/u.exec(s)
  if (pair && YEAR.test(pair[3]!)) {
    const y = Number(pair[3])
    const [m1, m2] = [month(pair[1]), month(pair[2])]
    if (m1 && m2) return {'date-parts': [[y, m1], [y, m2]]}
    if (SEASONS.has(pair[1]!.toLowerCase()) && SEASONS.has(pair[2]!.toLowerCase())) return {'date-parts': [[y]]}
  }
  const halves = s.split(DASH)
  if (halves.length !== 2) return undefined
  const [left, right] = [halves[0]!, halves[1]!]
  // `1959–73`: the end year abbreviated.
  if (YEAR.test(left) && /^\d{2}$/.test(right) && Number(right) > Number(left.slice(2))) {
    return {'date-parts': [[Number(left)], [Number(left.slice(0, 2) + right)]]}
  }
  const end = single(right)
  if (!end) return undefined
  const start = single(left)
  if (start) return {'date-parts': [start.part, end.part]}
  // Left side borrows from the right: `April–June 1966`, `9–10 May 1961`.
  const y = end.part[0]
  const m = month(left)
  if (m && end.part.length === 2) return {'date-parts': [[y, m], end.part]}
  if (SEASONS.has(left.toLowerCase()) && end.part.length === 1) return {'date-parts': [[y], end.part]}
  if (/^\d{1,2}$/.test(left) && end.part.length === 3) {
    return {'date-parts': [[y, end.part[1], Number(left)], end.part]}
  }
  // `6 November–7 December 1959`, `November 6–December 7, 1959`.
  const dm = /^(\d{1,2}) (\p{L}+\.?)$/u.exec(left) ?? /^(\p{L}+\.?) (\d{1,2})$/u.exec(left)
  if (dm && end.part.length === 3) {
    const [a, b] = [dm[1]!, dm[2]!]
    const m2 = month(/^\d/.test(a) ? b : a)
    const d = Number(/^\d/.test(a) ? a : b)
    if (m2 && d >= 1 && d <= 31) return {'date-parts': [[y, m2, d], end.part]}
  }
  return undefined
}

/** True when the text is a date and nothing else. */
export function isDate(text: string): boolean {
  return parseDate(text) !== undefined
}

/** True for a full date with a day (`6 September 1950`), the sign of a newspaper issue. */
export function hasDay(date: CslDate | undefined): boolean {
  const first = date?.['date-parts']?.[0]
  return first !== undefined && first.length === 3
}

/** The first year of a date, for ids. */
export function yearOf(date: CslDate | undefined): number | undefined {
  const y = date?.['date-parts']?.[0]?.[0]
  return typeof y === 'number' ? y : undefined
}
