import type {CslName} from '@octavo/parser'
import {EAST_ASIAN_FAMILY_NAMES, NAME_PARTICLES, ORG_WORDS} from './lexicon.js'

export interface ParsedNames {
  names: CslName[]
  /** `et al.` was written after the names. */
  etAl: boolean
  /** Every name is one family name only (a short form: `Li and Xia`). */
  familyOnly: boolean
  /** At least one name is an organisation. */
  literal: boolean
}

const CAP = /^[\p{Lu}][\p{L}\p{M}’'.-]*$/u
const INITIAL = /^(\p{Lu}\.)+(-\p{Lu}\.)?$/u

function fold(s: string): string {
  // eslint-disable-next-line no-control-regex
  return (/[^\x00-\x7f]/.test(s) ? s.normalize('NFKD').replace(/\p{M}/gu, '') : s).toLowerCase()
}

function isEastAsianFamily(word: string): boolean {
  return EAST_ASIAN_FAMILY_NAMES.has(fold(word))
}

/** One personal name as written, or undefined when it does not look like one. */
export function personalName(text: string): CslName | undefined {
  // `John Noecker Jr`, `Robert Hershey Jr.`: the suffix after the family name.
  const suffix = /^(.+\S)\s+(Jr|Sr|Jnr|Snr|II|III|IV)\.?$/.exec(text.trim())
  if (suffix && suffix[1]!.includes(' ')) {
    const base = personalName(suffix[1]!)
    return base && base.given !== undefined ? {...base, suffix: suffix[2]!} : undefined
  }
  const words = text.trim().split(/\s+/)
  if (words.length === 0 || words.length > 5) return undefined
  for (const w of words) {
    if (!CAP.test(w) && !NAME_PARTICLES.has(w.toLowerCase())) return undefined
    if (ORG_WORDS.has(w.toLowerCase())) return undefined
    if (/^\p{Lu}{2,}$/u.test(w)) return undefined // an acronym (`AVPRF`) is no person
    if (FUNCTION_WORDS.has(w)) return undefined // `The United States` is no person
  }
  if (!CAP.test(words[0]!)) return undefined
  if (words.length === 1) {
    const w = words[0]!
    if (INITIAL.test(w) || w.length < 2) return undefined
    return {family: w}
  }
  const last = words[words.length - 1]!
  if (INITIAL.test(last)) return undefined
  // Chinese and Korean names written family first: `Sun Chunri`, `Kim Il Sung`.
  const first = words[0]!
  const plain = !first.includes('-') && !words.some((w) => INITIAL.test(w))
  // A known family name first, or two romanised syllable groups where the last is no family name (`Che Zhejiu`).
  const eastAsianOrder =
    plain && (isEastAsianFamily(first) || (words.length === 2 && isPinyin(first) && isPinyin(last) && !isEastAsianFamily(last) && first.length <= 5))
  if (eastAsianOrder) return {family: first, given: words.slice(1).join(' ')}
  // Western order: particles join the family name.
  let i = words.length - 1
  while (i > 1 && NAME_PARTICLES.has(words[i - 1]!.toLowerCase())) i--
  const family = words.slice(i).join(' ')
  return {family, given: words.slice(0, i).join(' ')}
}

const PINYIN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ue|ui|a|o|e|i|u|ü|v)(?![aeiou])){1,3}$/

/** A word made of romanised Chinese syllables (`Zhejiu`, `Chunri`). */
export function isPinyin(word: string): boolean {
  return PINYIN.test(fold(word))
}

/** True when the text reads as an organisation's name (`Xinhua News Agency`, `Yanbian diwei`). */
export function organisationName(text: string): boolean {
  const words = text.trim().split(/\s+/)
  if (words.length === 0 || words.length > 12) return false
  if (!/^[\p{Lu}\d]/u.test(words[0]!)) return false
  if (words.some((w) => ORG_WORDS.has(fold(w).replace(/[,.]$/, '')))) return true
  // Romanised names of bodies: a capitalised word followed by lower-case words (`Yanbian diwei`).
  return words.length >= 2 && words.length <= 6 && words.slice(1).some((w) => /^\p{Ll}/u.test(w)) &&
    words.every((w) => /^[\p{L}\p{M}’'.-]+$/u.test(w)) && !words.some((w) => STOP.has(w.toLowerCase()))
}

const FUNCTION_WORDS = new Set(['The', 'Of', 'In', 'On', 'For', 'From', 'With', 'To', 'And', 'Or', 'At', 'By', 'New', 'History', 'Studies', 'Journal', 'Review', 'Collected', 'Selected', 'Papers', 'Essays'])

const STOP = new Set(['the', 'a', 'an', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'to', 'of', 'and', 'or', 'not', 'be', 'been', 'as', 'it', 'its', 'their', 'his', 'her', 'which', 'who', 'see'])

/**
 * A list of names (`Sun Chunri and Shen Yingshu`, `Tsuneo Akaha and Anna
 * Vassilieva`, `A, B, and C`, `Xu Mingxun et al.`), or undefined.
 * `allowOrganisation` lets a body stand as a `literal` name.
 */
export function parseNames(text: string, allowOrganisation = true): ParsedNames | undefined {
  let s = text.trim()
  let etAl = false
  const m = /,?\s+(et\.? al\.?|and others|et coll\.)$/i.exec(s)
  if (m) {
    etAl = true
    s = s.slice(0, m.index)
  }
  if (s.length === 0 || s.length > 200) return undefined
  const pieces = s.split(/\s*,\s*(?:and\s+|&\s*|et\s+)?|\s+(?:and|&|et|und|y)\s+/u).filter((p) => p.length > 0)
  if (pieces.length === 0) return undefined
  const names: CslName[] = []
  let literal = false
  for (const piece of pieces) {
    const person = personalName(piece)
    if (person) {
      names.push(person)
      continue
    }
    if (allowOrganisation && pieces.length <= 3 && organisationName(piece)) {
      names.push({literal: piece})
      literal = true
      continue
    }
    return undefined
  }
  const familyOnly = names.every((n) => n.family !== undefined && n.given === undefined)
  return {names, etAl, familyOnly, literal}
}
