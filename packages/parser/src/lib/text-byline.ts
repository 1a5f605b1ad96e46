/**
 * The title block of a plain-text article after its title line: an optional
 * subtitle and an optional byline (`By A. Author and B. Author`,
 * `A. Author, B. Author`). See PLAIN-TEXT.md, "Title".
 */
import {familyFirst} from '@octavo/tree'
import type {CslName} from './types.js'
import type {Block, Source} from './text-source.js'

const maxSubtitleChars = 160
const maxSubtitleWords = 25
const word = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{Ll}'’-]*`
const initial = String.raw`\p{Lu}\.(?:-?\p{Lu}\.)*`
const particle = String.raw`(?:van|von|de|der|den|da|di|du|del|della|le|la|bin|ibn|al)`
const name = new RegExp(String.raw`^(?:(?:${initial}|${word})\s+){1,3}(?:${particle}\s+){0,2}${word}$`, 'u')
const particleWord = new RegExp(String.raw`^${particle}$`, 'u')
const hasInitial = new RegExp(String.raw`(?:^|\s)${initial}\s`, 'u')
const byPrefix = /^by\s+/i
const nameSeparator = /\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/

function lineOf(source: Source, block: Block | undefined): string | undefined {
  if (!block || block.lines.length !== 1) return undefined
  return source.text.slice(block.start, block.end).trim()
}

/** The names of a byline, or nothing when the line is not one. */
export function readByline(line: string): CslName[] | undefined {
  const by = byPrefix.test(line)
  const rest = line.replace(byPrefix, '').trim()
  if (rest.length === 0 || rest.length > 300) return undefined
  const parts = rest.split(nameSeparator)
  if (!parts.every((p) => name.test(p))) return undefined
  // Without `By`, only several names or initials show a byline (not a heading).
  if (!by && parts.length < 2 && !hasInitial.test(`${rest} `)) return undefined
  return parts.map((p) => {
    const words = p.split(/\s+/)
    // `By Shen Zhihua and Xia Yafeng`: family first, as the one name parser reads them (`@octavo/tree`).
    if (familyFirst(words)) return {family: words[0]!, given: words.slice(1).join(' ')}
    const family = words.pop() ?? ''
    const particles: string[] = []
    while (words.length > 1 && particleWord.test(words.at(-1) ?? '')) particles.unshift(words.pop() ?? '')
    const out: CslName = {family, given: words.join(' ')}
    if (particles.length > 0) out['non-dropping-particle'] = particles.join(' ')
    return out
  })
}

/** A short line without final punctuation, not a byline. */
function looksLikeSubtitle(line: string): boolean {
  if (line.length === 0 || line.length > maxSubtitleChars || line.split(/\s+/).length > maxSubtitleWords) return false
  if (!/\p{L}/u.test(line) || /[.,;:!?][”’"'»)]*(?:\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d+\])?$/u.test(line)) return false
  return readByline(line) === undefined
}

/**
 * A first line ending in `:` followed by a subtitle line and more text: a
 * title whose subtitle stands on the next line (`looksLikeTitle` refuses the
 * colon).
 */
export function isTitleBeforeSubtitle(source: Source, blocks: readonly Block[]): boolean {
  const first = lineOf(source, blocks[0])
  const second = lineOf(source, blocks[1])
  if (first === undefined || second === undefined || blocks.length < 3 || !first.endsWith(':') || blocks[1]!.indented) return false
  const title = first.slice(0, -1)
  return looksLikeSubtitle(title) && !/[.!?]\s/.test(title) && looksLikeSubtitle(second)
}

export interface TitleBlock {
  title: string
  subtitle?: {text: string; block: Block} | {text: string; fromTitle: true}
  byline?: {names: CslName[]; block: Block}
  /** How many blocks after the title line the title block takes. */
  taken: number
}

/**
 * After the title line (`blocks[0]`): a subtitle (the title line ends in `:`
 * or holds `Title: Subtitle`, or a short line followed by a byline) and a
 * byline. Something must follow them (the body).
 */
export function readTitleBlock(source: Source, blocks: readonly Block[], titleLine: string): TitleBlock {
  const out: TitleBlock = {title: titleLine, taken: 0}
  let i = 1
  const colon = /^(.+?):\s+(\S.*)$/u.exec(titleLine)
  const second = lineOf(source, blocks[1])
  if (titleLine.endsWith(':') && second !== undefined && looksLikeSubtitle(second) && blocks.length > 2) {
    out.title = titleLine.slice(0, -1).trimEnd()
    out.subtitle = {text: second, block: blocks[1]!}
    i = 2
  } else if (second !== undefined && looksLikeSubtitle(second) && blocks.length > 3) {
    const third = lineOf(source, blocks[2])
    if (third !== undefined && readByline(third) !== undefined) {
      out.subtitle = {text: second, block: blocks[1]!}
      i = 2
    }
  }
  if (out.subtitle === undefined && colon && colon[1] !== undefined && colon[2] !== undefined) {
    out.title = colon[1].trimEnd()
    out.subtitle = {text: colon[2], fromTitle: true}
  }
  const byline = lineOf(source, blocks[i])
  const names = byline === undefined ? undefined : readByline(byline)
  if (names && blocks.length > i + 1) {
    out.byline = {names, block: blocks[i]!}
    i++
  }
  out.taken = i - 1
  return out
}
