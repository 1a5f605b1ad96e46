/**
 * Where a line may break inside a word, and where it may not break between two words: rules as
 * tables of named cases, each with the example it exists for (`test/breaks.test.ts` runs every
 * example). The penalties are Knuth–Plass penalties: 0 a good break, `lastResort` a break taken
 * only when every other breaking is worse, `INFINITY` no break.
 */
import {INFINITY} from './linebreak.js'

/** Penalties of the breaks inside words, by name. */
export const breakPenalties = {
  /** After a compound's own hyphen or a dash between words (`Sino-|Korean`), as TeX's \exhyphenpenalty. */
  dash: 50,
  /** After a slash between words (`and/|or`). */
  slash: 100,
  /** A good break point of a URL (after `//`, before a single `/`). */
  urlGood: 20,
  /** Another break point of a URL (before a period, a hyphen, …). */
  urlOther: 60,
  /** Inside a number range or an archive number (`254–|256`, `118-|00175-01`): only when every other breaking is worse. */
  lastResort: 3000
} as const

/** A break inside a word: after the character at `at - 1`. Flagged breaks end their line with a hyphen or dash. */
export interface WordBreak {
  at: number
  penalty: number
  flagged: boolean
}

/** A rule: a regular expression matching (empty) break positions, the break it makes, and its example (`|` marks the break). */
export interface BreakRule {
  name: string
  pattern: RegExp
  penalty: number
  flagged: boolean
  example: string
}

/** Breaks in words that are not URLs, by priority: the first rule matching a position decides it. */
export const WORD_BREAKS: BreakRule[] = [
  {
    name: 'number range or archive number (last resort)',
    pattern: /(?<=\p{N}[-\u2010\u2011\u2012\u2013])(?=\p{N})/gu,
    penalty: breakPenalties.lastResort,
    flagged: true,
    example: 'pp. 254–|256, No. 118-|00175-|01'
  },
  {
    name: 'after a hyphen or dash inside a word',
    pattern: /(?<=[^\s\u00ad][-\u2010\u2013\u2014])(?=[^\s\u00ad/])/gu,
    penalty: breakPenalties.dash,
    flagged: true,
    example: 'Sino-|Korean, Chinese–|North'
  },
  {name: 'after a slash between words', pattern: /(?<=[^\s\u00ad/]\/)(?=[^\s\u00ad/])/gu, penalty: breakPenalties.slash, flagged: false, example: 'and/|or'}
]

/** Breaks inside a URL (The Chicago Manual of Style, 14.18), none of them adding a hyphen. */
export const URL_BREAKS: BreakRule[] = [
  {name: 'after a double slash', pattern: /(?<=\/\/)(?=[^/])/g, penalty: breakPenalties.urlGood, flagged: false, example: 'https://|www.example.org'},
  {name: 'after a colon', pattern: /(?<=:)(?!\/\/)(?=[^/])/g, penalty: breakPenalties.urlOther, flagged: false, example: 'mailto:|ann@example.org'},
  {name: 'before a single slash', pattern: /(?<=[^/:])(?=\/(?!\/))/g, penalty: breakPenalties.urlGood, flagged: false, example: 'https://example.org|/lessons'},
  {
    name: 'before a period, comma, hyphen, underscore, tilde, question mark, number sign or percent',
    pattern: /(?<=[^/.,\-_~?#%=&])(?=[.,\-_~?#%])/g,
    penalty: breakPenalties.urlOther,
    flagged: false,
    example: 'www|.example|.org/intro|-to|_python|?q|#top'
  },
  {
    name: 'before or after an equals sign or an ampersand',
    pattern: /(?<=[^=&])(?=[=&])|(?<=[=&])(?=[^=&])/g,
    penalty: breakPenalties.urlOther,
    flagged: false,
    example: 'https://example.org/search?a|=|1|&|b|=2'
  }
]

/** Where a URL starts in a word without a scheme (`www.`, `doi:`, `mailto:`). */
const URL_PREFIX = /(?:^|[^\p{L}\p{N}])(www\.|doi:|mailto:)/iu
/** Punctuation after a URL that belongs to the sentence. */
const URL_TRAIL = new Set('.,;:!?)]}»”’"\'')

/** The span of `word` that is a URL (`[start, end)`), if any. Linear: the scheme is found back from `://`, never by a scan from every start. */
export function urlSpan(word: string): [number, number] | undefined {
  let start = -1
  let head = 0
  const slashes = word.indexOf('://')
  if (slashes > 0) {
    start = slashes
    while (start > 0 && /[a-z0-9+.-]/i.test(word[start - 1]!)) start--
    head = slashes + 3 - start
    if (!/^[a-z]/i.test(word.slice(start))) start = -1
  }
  if (start < 0) {
    const match = URL_PREFIX.exec(word.slice(0, 256))
    if (!match) return undefined
    start = match.index + match[0].length - match[1]!.length
    head = match[1]!.length
  }
  let end = word.length
  while (end > start && URL_TRAIL.has(word[end - 1]!)) end--
  return end - start > head ? [start, end] : undefined
}

/** Whether `word` holds a hyphen or dash between two letters or digits (a compound: broken only at its own hyphens). */
export function isCompound(word: string): boolean {
  return /[\p{L}\p{N}][-\u2010\u2011\u2013\u2014][\p{L}\p{N}]/u.test(word)
}

/** The breaks of `word` by the rules (a URL by URL_BREAKS inside its span), sorted, none at its ends. */
export function wordBreaks(word: string): WordBreak[] {
  const url = urlSpan(word)
  const found = new Map<number, WordBreak>()
  const apply = (rules: BreakRule[], from: number, to: number) => {
    const text = word.slice(from, to)
    for (const rule of rules) {
      for (const match of text.matchAll(rule.pattern)) {
        const at = from + match.index
        if (at > from && at < to && !found.has(at)) found.set(at, {at, penalty: rule.penalty, flagged: rule.flagged})
      }
    }
  }
  if (url) apply(URL_BREAKS, url[0], url[1])
  else apply(WORD_BREAKS, 0, word.length)
  return [...found.values()].filter((b) => b.at > 0 && b.at < word.length).sort((a, b) => a.at - b.at)
}

/** A tie: a space that never breaks, between the word `after` names and the next one. */
export interface TieRule {
  name: string
  /** The word before the space (punctuation before it, such as `(`, ignored). */
  before: RegExp
  /** The word after the space. */
  next: RegExp
  example: string
}

/** Units a number is tied to. */
export const UNITS = [
  '%',
  '‰',
  'km',
  'm',
  'cm',
  'mm',
  'µm',
  'nm',
  'kg',
  'g',
  'mg',
  'ml',
  'ha',
  'km²',
  'm²',
  's',
  'ms',
  'min',
  'h',
  'Hz',
  'kHz',
  'MHz',
  'GHz',
  'KB',
  'kB',
  'MB',
  'GB',
  'TB',
  'KiB',
  'MiB',
  'GiB',
  'TiB',
  'px',
  'pt',
  '°',
  '°C',
  '°F',
  'kW',
  'ft',
  'lb',
  'oz'
]
const unitPattern = new RegExp(`^(?:${UNITS.join('|')})[.,;:!?)\\]]*$`, 'u')

/** A locator abbreviation, the number it names after it (any word: `p. xii`, `No. 118-00175-01`). */
const locator = (abbr: string, flags = 'i'): RegExp => new RegExp(`^(?:${abbr})\\.$`, flags)
const ANY = /./u

/** Spaces that never break: after a locator abbreviation, and between a number and its unit. */
export const TIES: TieRule[] = [
  {name: 'page', before: locator('p'), next: ANY, example: 'p. 5'},
  {name: 'pages', before: locator('pp'), next: ANY, example: 'pp. 254–256'},
  {name: 'number', before: locator('no|nos'), next: ANY, example: 'No. 118-00175-01'},
  {name: 'volume', before: locator('vol|vols'), next: ANY, example: 'vol. 16'},
  {name: 'note', before: locator('n|nn'), next: ANY, example: 'n. 30'},
  {name: 'Seite (German page)', before: locator('S', 'u'), next: ANY, example: 'S. 12'},
  {name: 'chapter', before: locator('ch|chap'), next: ANY, example: 'ch. 3'},
  {name: 'figure', before: locator('fig|figs'), next: ANY, example: 'fig. 2'},
  {name: 'article', before: locator('art'), next: ANY, example: 'art. 5'},
  {name: 'folio', before: locator('fol|fols'), next: ANY, example: 'fol. 23r'},
  {name: 'number and unit', before: /^[\p{N}.,]*\p{N}$/u, next: unitPattern, example: '14.76 GiB'}
]

/** Whether the space between `before` and `next` is a tie (brackets and quotes before a word are not part of it). */
export function isTie(before: string, next: string): boolean {
  const word = before.replace(/^[([{“‘«"'„]+/u, '')
  return TIES.some((tie) => tie.before.test(word) && tie.next.test(next))
}

export {INFINITY}
