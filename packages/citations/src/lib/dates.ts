import type {CslDate} from '@octavo/tree'
import {fold} from '@octavo/tree'
import {alternation} from './alternation.js'
import {MONTHS, SEASONS, WEEKDAYS} from './lexicon.js'

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
    const y = Number(iso[1]),
      m = Number(iso[2])
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
  const s = text
    .trim()
    .replace(/^\(|\)$/g, '')
    .replace(/\.$/, '')
    .trim()
  if (s.length === 0 || s.length > 60 || !/\d/.test(s)) return undefined
  const one = single(s)
  if (one) return {'date-parts': [one.part]}
  // `January/February 2013`, `Spring/Summer, 1991`: a double issue.
  const pair = /^(\p{L}+\.?)\/(\p{L}+\.?),?\s+(\d{4})$/u.exec(s)
  if (pair && YEAR.test(pair[3]!)) {
    const y = Number(pair[3])
    const [m1, m2] = [month(pair[1]), month(pair[2])]
    if (m1 && m2)
      return {
        'date-parts': [
          [y, m1],
          [y, m2]
        ]
      }
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

// ---------------------------------------------------------------------------
// readDate: a date span as a sequence labeler cuts it (`issued`, `accessed`)
// → CSL date. Table-driven: every table carries the example each entry exists
// for, and test/dates.test.ts runs them all.

export interface ReadDateOptions {
  /** BCP 47 tag of the text. Only `en-US` changes anything: `05/12/2012` is then May 12, not 5 December. */
  lang?: string
}

/** A rule with the example it exists for and the date that example gives. */
export interface DateRule {
  name: string
  example: string
  expected: CslDate | undefined
}

/**
 * Words before a date that say what it is (dropped): an access, publication
 * or change date. `role` says which the row's words name (`access`: a
 * language's access words, with the words of its publication listed again in
 * `published`; `change`: a page's last change).
 */
export const DATE_ROLE_WORDS: readonly (DateRule & {role: 'access' | 'change'; words: readonly string[]; published?: readonly string[]})[] = [
  {
    name: 'English access date',
    example: 'accessed March 4, 2020',
    expected: {'date-parts': [[2020, 3, 4]]},
    role: 'access',
    published: ['published on', 'published', 'posted on', 'posted'],
    words: [
      'accessed on',
      'accessed',
      'last accessed on',
      'last accessed',
      'retrieved on',
      'retrieved',
      'viewed on',
      'viewed',
      'visited on',
      'visited',
      'consulted on',
      'consulted',
      'published on',
      'published',
      'posted on',
      'posted'
    ]
  },
  {
    name: 'German access date',
    example: 'zugegriffen am 4. März 2020',
    expected: {'date-parts': [[2020, 3, 4]]},
    role: 'access',
    // `Stand:` dates a version (`Stellungnahme …, Stand: April 2017`), as a publication does.
    published: ['veröffentlicht am', 'stand', 'stand vom'],
    words: [
      'zugegriffen am',
      'zugegriffen',
      'abgerufen am',
      'abgerufen',
      'aufgerufen am',
      'aufgerufen',
      'letzter zugriff am',
      'letzter zugriff',
      'zugriff am',
      'zugriff',
      'stand',
      'stand vom',
      'veröffentlicht am'
    ]
  },
  {
    name: 'French access date',
    example: 'consulté le 4 mars 2020',
    expected: {'date-parts': [[2020, 3, 4]]},
    role: 'access',
    published: ['mis en ligne le', 'publié le'],
    words: ['consulté le', 'consulté en', 'consulté', 'page consultée le', 'dernière consultation le', 'dernière consultation', 'mis en ligne le', 'publié le']
  },
  {
    name: 'Spanish access date',
    example: 'consultado el 4 de marzo de 2020',
    expected: {'date-parts': [[2020, 3, 4]]},
    role: 'access',
    published: ['publicado el'],
    words: ['consultado el', 'consultado en', 'consultado', 'fecha de consulta', 'accedido el', 'publicado el']
  },
  {
    name: 'Italian access date',
    example: 'consultato il 4 marzo 2020',
    expected: {'date-parts': [[2020, 3, 4]]},
    role: 'access',
    published: ['pubblicato il'],
    words: ['consultato il', 'consultato in data', 'consultato', 'ultimo accesso', 'ultima consultazione', 'accesso il', 'pubblicato il']
  },
  {
    name: 'Dutch access date',
    example: 'geraadpleegd op 4 maart 2020',
    expected: {'date-parts': [[2020, 3, 4]]},
    role: 'access',
    published: ['gepubliceerd op'],
    words: ['geraadpleegd op', 'geraadpleegd', 'bezocht op', 'laatst bezocht op', 'gepubliceerd op']
  },
  {
    name: 'a page’s last change (en, de, fr, es, it)',
    example: 'last modified March 3, 2021',
    expected: {'date-parts': [[2021, 3, 3]]},
    role: 'change',
    words: [
      'last modified on',
      'last modified',
      'last updated on',
      'last updated',
      'last edited on',
      'last edited',
      'updated on',
      'updated',
      'modified',
      'zuletzt geändert am',
      'zuletzt geändert',
      'zuletzt aktualisiert am',
      'aktualisiert am',
      'letzte änderung',
      'mis à jour le',
      'dernière modification le',
      'modifié le',
      'actualizado el',
      'última modificación',
      'última actualización',
      'modificato il',
      'aggiornato il',
      'ultima modifica'
    ]
  },
  {
    name: 'Portuguese access date',
    example: 'acesso em 4 de março de 2020',
    expected: {'date-parts': [[2020, 3, 4]]},
    role: 'access',
    published: ['publicado em'],
    words: ['acesso em', 'acessado em', 'consultado em', 'publicado em']
  }
]

/** The words that say when a page was read: the access rows' words but those of its publication. */
export const ACCESS_WORDS: readonly string[] = DATE_ROLE_WORDS.filter((r) => r.role === 'access').flatMap((r) => r.words.filter((w) => !r.published?.includes(w)))

/**
 * Words for “no date”. A span that says only this gives `undefined`, not a
 * `literal`: CSL styles print their own localised term for a missing date
 * (our style: `n.d.`), so an English bibliography does not print `o.J.`.
 * `isUndated` tells the caller that the span said so.
 */
export const UNDATED: DateRule & {words: readonly string[]} = {
  name: 'no date written',
  example: 'o. J.',
  expected: undefined,
  words: [
    'n.d.',
    'nd',
    'no date',
    'undated',
    's.d.',
    'sans date',
    's.a.',
    'sine anno',
    'o.j.',
    'ohne jahr',
    'o.d.',
    'ohne datum',
    's.f.',
    'sin fecha',
    'senza data',
    'z.j.',
    'zonder jaar',
    'sem data',
    's.l.n.d.'
  ]
}

/** Words before a date that make it approximate (`circa: true`); a `?` or `~` after it does too (`[1850?]`, EDTF `1850~`). */
export const CIRCA: DateRule & {words: readonly string[]} = {
  name: 'approximate date',
  example: 'ca. 1850',
  expected: {'date-parts': [[1850]], circa: true},
  words: [
    'circa',
    'ca.',
    'ca',
    'c.',
    'c',
    'approx.',
    'about',
    'around',
    'um',
    'etwa',
    'vers',
    'environ',
    'hacia',
    'alrededor de',
    'verso',
    'intorno al',
    'ongeveer',
    'omstreeks',
    'por volta de',
    'cerca de'
  ]
}

function wordsPattern(words: readonly string[], tail: string): RegExp {
  return new RegExp(`^(?:${alternation(words)})${tail}`, 'iu')
}

const ROLE_WORDS = wordsPattern(
  DATE_ROLE_WORDS.flatMap((r) => r.words),
  '\\s*:?\\s+'
)
const CIRCA_WORDS = wordsPattern(CIRCA.words, '(?!\\p{L})\\s*')

/** True when the span says there is no date (`n.d.`, `s.d.`, `o.J.`, `s.f.`, `sans date`). */
export function isUndated(text: string): boolean {
  const s = text
    .toLowerCase()
    .replace(/[[\]().,;:]+$/g, '')
    .replace(/^[[(]+|[\])]+/g, '')
    .replace(/\s+/g, '')
  return UNDATED.words.some((w) => w.replace(/\s+/g, '').replace(/\.$/, '') === s.replace(/\.$/, ''))
}

/** Brackets and closing punctuation off, role words and a weekday off, a time of day off. */
function cleanDate(text: string): string {
  let s = text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,;:]+$/, '')
  s = s.replace(ROLE_WORDS, '')
  s = s.replace(/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/, '') // ISO date-time
  s = s.replace(/,?\s+(?:at |um |à |a las |alle |om )?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?$/i, '')
  s = s
    .replace(/[()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,;:]+$/, '')
  const first = s.split(/[\s,]+/)[0]!.toLowerCase()
  if (WEEKDAYS.has(first)) s = s.slice(first.length).replace(/^[\s,]+/, '')
  return s.replace(/[\s.,;:]+$/, '')
}

function takeCirca(text: string): {rest: string; circa: boolean} {
  const before = CIRCA_WORDS.exec(text)
  const rest = before ? text.slice(before[0].length) : text
  const after = /\s*[?~]$/.exec(rest)
  return {rest: after ? rest.slice(0, after.index) : rest, circa: rest !== text || after !== null}
}

type DatePart = number[]

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** A year, month and day that exist (years 1000–2099), or undefined. */
function valid(y: number, m?: number, d?: number): DatePart | undefined {
  if (y < 1000 || y > 2099) return undefined
  if (m === undefined) return [y]
  if (m < 1 || m > 12) return undefined
  if (d === undefined) return [y, m]
  return d >= 1 && d <= daysIn(y, m) ? [y, m, d] : undefined
}

/** A range from a to b; none when b comes before a (`1997/1938` is a reprint and its original, not a range). */
function both(a: DatePart | undefined, b: DatePart | undefined): DatePart[] | undefined {
  return a && b && !later(a, b) ? [a, b] : undefined
}

function later(a: DatePart, b: DatePart): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! > b[i]!
  return false
}

/** Numeric dates, tried first and whole (they hold `-`, `/` and `.`, which elsewhere separate a range). */
export const NUMERIC_DATES: readonly (DateRule & {pattern: RegExp; read: (m: RegExpExecArray, o: ReadDateOptions) => DatePart[] | undefined})[] = [
  {
    name: 'year',
    example: '1998',
    expected: {'date-parts': [[1998]]},
    pattern: /^(\d{4})$/,
    read: (m) => one(valid(+m[1]!))
  },
  {
    name: 'year with a letter (author-date disambiguation, dropped)',
    example: '1998a',
    expected: {'date-parts': [[1998]]},
    pattern: /^(\d{4})[a-z]$/,
    read: (m) => one(valid(+m[1]!))
  },
  {
    name: 'ISO 8601 date',
    example: '2012-05-12',
    expected: {'date-parts': [[2012, 5, 12]]},
    pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
    read: (m) => one(valid(+m[1]!, +m[2]!, +m[3]!))
  },
  {
    name: 'EDTF interval',
    example: '1966-04/1966-06',
    expected: {
      'date-parts': [
        [1966, 4],
        [1966, 6]
      ]
    },
    pattern: /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\/(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/,
    read: (m) => both(valid(+m[1]!, num(m[2]), num(m[3])), valid(+m[4]!, num(m[5]), num(m[6])))
  },
  {
    name: 'years with the second abbreviated (`-68` later than `66`)',
    example: '1966-68',
    expected: {'date-parts': [[1966], [1968]]},
    pattern: /^(\d{4})\s*(?:--|[-–—‐‑/])\s*(\d{1,2})$/,
    read: (m) => both(valid(+m[1]!), valid(expandYear(+m[1]!, m[2]!)))
  },
  {
    name: 'ISO year and month (when not a range of years)',
    example: '2012-05',
    expected: {'date-parts': [[2012, 5]]},
    pattern: /^(\d{4})-(\d{2})$/,
    read: (m) => one(valid(+m[1]!, +m[2]!))
  },
  {
    name: 'day.month.year (de, it, fr, nl)',
    example: '12.5.2012',
    expected: {'date-parts': [[2012, 5, 12]]},
    pattern: /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/,
    read: (m) => one(valid(+m[3]!, +m[2]!, +m[1]!))
  },
  {
    name: 'day/month/year, or month/day/year with lang en-US or a day over 12',
    example: '05/12/2012',
    expected: {'date-parts': [[2012, 12, 5]]},
    pattern: /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/,
    read: (m, o) => {
      const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!]
      const monthFirst = b > 12 || (a <= 12 && /^en-US$/i.test(o.lang ?? ''))
      return one(monthFirst ? valid(y, a, b) : valid(y, b, a))
    }
  },
  {
    name: 'year/month/day (also year. month. day, Italian archives)',
    example: '2012/05/12',
    expected: {'date-parts': [[2012, 5, 12]]},
    pattern: /^(\d{4})[/.]\s?(\d{1,2})[/.]\s?(\d{1,2})$/,
    read: (m) => one(valid(+m[1]!, +m[2]!, +m[3]!))
  },
  {
    name: 'month/year',
    example: '05/2012',
    expected: {'date-parts': [[2012, 5]]},
    pattern: /^(\d{1,2})[/.](\d{4})$/,
    read: (m) => one(valid(+m[2]!, +m[1]!))
  },
  {
    name: 'year in Roman numerals (early printed books)',
    example: 'MDCCLXXX',
    expected: {'date-parts': [[1780]]},
    pattern: /^M{1,2}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/i,
    read: (m) => one(valid(romanYear(m[0])))
  }
]

function romanYear(text: string): number {
  const value: Record<string, number> = {m: 1000, d: 500, c: 100, l: 50, x: 10, v: 5, i: 1}
  const digits = [...text.toLowerCase()].map((c) => value[c]!)
  return digits.reduce((sum, d, i) => sum + (d < (digits[i + 1] ?? 0) ? -d : d), 0)
}

/** The end year written short, after its start: `1966` + `68` → 1968, `1935` + `6` → 1936; 0 when it would not come after. */
function expandYear(start: number, tail: string): number {
  const year = Number(String(start).slice(0, 4 - tail.length) + tail)
  return year > start ? year : 0
}

function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text)
}

function one(part: DatePart | undefined): DatePart[] | undefined {
  return part ? [part] : undefined
}

/** Words a written date may hold that carry nothing: `3 de marzo de 1998`, `the 4th of May`, `vom 3. bis 5. Mai`, `del 3 al 5`. */
const FILLER = new Set([
  'de',
  'del',
  'of',
  'the',
  'le',
  'el',
  'il',
  'lo',
  'den',
  'am',
  'im',
  'on',
  'du',
  'vom',
  'dal',
  'dallo',
  'em',
  'do',
  'da',
  'op',
  'from',
  'von',
  'des',
  'a',
  'der',
  'alla',
  'data',
  'lì'
])

const FOLDED_MONTHS: ReadonlyMap<string, number> = new Map([...MONTHS].map(([k, v]) => [fold(k), v]))
const FOLDED_SEASONS: ReadonlyMap<string, number> = new Map([...SEASONS].map(([k, v]) => [fold(k), v]))

function lookUp(table: ReadonlyMap<string, number>, word: string): number | undefined {
  const w = fold(word)
  return table.get(w) ?? table.get(w.replace(/\.$/, '')) ?? table.get(`${w}.`)
}

/** What one side of a written date says: some of year, month, day, season. */
interface Said {
  y?: number | undefined
  m?: number | undefined
  d?: number | undefined
  season?: number | undefined
}

/** `12 May 2012`, `May 12th, 2012`, `12. Mai 2012`, `1er mars 1998`, `3 de marzo de 1998`, `1647 maggio 30`, `Winter 2014`: words in any order. */
function readWords(text: string): Said | undefined {
  const said: Said = {}
  const spaced = text.toLowerCase().replace(/(\p{L}{3,}\.?)(?=\d{4}\b)/gu, '$1 ') // `June2007`, `Oct.2007`
  for (const token of spaced.split(/[\s,]+/).filter((t) => t.length > 0)) {
    if (FILLER.has(token) || WEEKDAYS.has(token)) continue
    const year = /^(\d{4})[a-z]?$/.exec(token)
    const day = /^(\d{1,2})(?:\.|er|re|st|nd|rd|th|º|°|ª|o)?$/.exec(token)
    const month = lookUp(FOLDED_MONTHS, token)
    const season = lookUp(FOLDED_SEASONS, token)
    const key = year ? 'y' : day ? 'd' : month ? 'm' : season ? 'season' : undefined
    if (key === undefined || said[key] !== undefined) return undefined
    said[key] = year ? +year[1]! : day ? +day[1]! : (month ?? season)!
  }
  return Object.keys(said).length > 0 ? said : undefined
}

function partOf(said: Said): DatePart | undefined {
  if (said.y === undefined || (said.d !== undefined && said.m === undefined)) return undefined
  if (said.season !== undefined && (said.m !== undefined || said.d !== undefined)) return undefined
  return valid(said.y, said.m, said.d) // a season gives the year only (the gold convention: `Winter 2014` → [[2014]])
}

/** What separates the two ends of a range written in words. */
export const RANGE_SEPARATORS: DateRule & {pattern: RegExp} = {
  name: 'range: the start borrows what it leaves out from the end',
  example: 'April–June 1966',
  expected: {
    'date-parts': [
      [1966, 4],
      [1966, 6]
    ]
  },
  pattern: /\s*(?:--|[–—‐‑/-])\s*|\s+(?:to|through|till|until|bis|au|à|al|a|tot|até)\s+/i
}

/** `April–June 1966`, `9–10 May 1961`, `May 9–10, 1961`, `Winter 2003–Spring 2004`, `1966–1968`, `du 3 au 5 mai 1998`. */
function readRange(text: string): DatePart[] | undefined {
  const halves = text.split(RANGE_SEPARATORS.pattern)
  if (halves.length !== 2) return undefined
  const start = readWords(halves[0]!)
  const short = /^\d{1,2}$/.test(halves[1]!) && start?.y !== undefined && start.m === undefined ? expandYear(start.y, halves[1]!) : undefined
  const end = short ? {y: short} : readWords(halves[1]!) // `Winter 2003/04`
  if (!start || !end) return undefined
  start.y ??= end.y
  if (start.d !== undefined) start.m ??= end.m
  if (end.d !== undefined) end.m ??= start.m // `May 9–10, 1961`
  const parts = both(partOf(start), partOf(end))
  if (!parts) return undefined
  return parts[0]!.join() === parts[1]!.join() ? [parts[0]!] : parts
}

/** `20 gennaio 1769 m. v.`: the Venetian year began on 1 March, so January and February belong to the next year. */
export const MORE_VENETO: DateRule & {pattern: RegExp} = {
  name: 'Venetian year (more veneto)',
  example: '20 gennaio 1769 m. v.',
  expected: {'date-parts': [[1770, 1, 20]]},
  pattern: /\s+(?:m\.\s?v\.?|more veneto)$/i
}

function moreVeneto(parts: DatePart[]): DatePart[] {
  return parts.map((p) => (p.length >= 2 && p[1]! <= 2 ? [p[0]! + 1, ...p.slice(1)] : p))
}

/** A weekday before a date, as written (lower case or capitalised: `Monday,`, `Mon.`, `lundi`). */
const WEEKDAY_BEFORE = `(?:${alternation([...WEEKDAYS].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))}),?\\s+`

/** The page after a date: a comma, then one page or a range (group 1). */
const PAGE_AFTER_DATE = ',\\s*(\\d{1,4}(?:\\s*[–-]\\s*\\d{1,4})?)'

/**
 * A periodical's date, then its page: the date (group 1) a day, a month's
 * name and a year in the orders notes write them (`2 September 1848`,
 * `September 2, 1848`, `Sept. 1848`, `2. März 1848`, `12.03.1879`), perhaps
 * after its weekday (`Monday, 2 September 1848`), then, after a comma, the
 * page (group 2: one, or a range), which may be missing. One shape read at
 * two depths: after a citation (after-citation.ts `trailingDate`: `,
 * 2 September 1848, 2);`) and inside a date span (read-citation.ts
 * `pageAfterDay`: a newspaper's page read into its date). `readDate` says
 * whether the date is one; `pattern` is a regular expression's source (flag
 * `u`), each reader anchors it.
 */
export const DATE_THEN_PAGE: DateRule & {page: string; pattern: string; pageAfter: string} = {
  name: 'a date, then a page',
  example: '2 September 1848, 2',
  expected: {'date-parts': [[1848, 9, 2]]},
  page: '2',
  pattern: `((?:${WEEKDAY_BEFORE})?(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?|(?:\\d{1,2}\\.?\\s+)?(?:\\p{L}{3,}\\.?\\s+)?(?:\\d{1,2},?\\s+)?(?:de\\s+)?)(?:1[5-9]|20)\\d\\d)` + `(?:${PAGE_AFTER_DATE})?`,
  /** The page part alone (after a date already read: segment.ts `pageAfterPaperDay`), group 1 the page. */
  pageAfter: PAGE_AFTER_DATE
}

/**
 * A date span as a labeler cuts it (`issued`, `accessed`) → CSL date:
 * `date-parts` (a range has two), `circa` when approximate. Role words
 * (`accessed`, `consulté le`), brackets and a weekday are dropped. `n.d.`
 * and its kin give undefined (see UNDATED); a span with a year that no rule
 * reads gives `{literal}` with the text as written; anything else undefined.
 * Never throws.
 */
export function readDate(text: string, options: ReadDateOptions = {}): CslDate | undefined {
  const cleaned = cleanDate(text)
  if (cleaned === '' || isUndated(cleaned)) return undefined
  const venetian = MORE_VENETO.pattern.exec(cleaned)
  const {rest, circa} = takeCirca(venetian ? cleaned.slice(0, venetian.index) : cleaned)
  let parts = readParts(rest.trim(), options)
  if (!parts) return /(?<!\d)(1\d{3}|20\d{2})(?!\d)/.test(cleaned) ? {literal: cleaned} : undefined
  if (venetian) parts = moreVeneto(parts)
  return circa ? {'date-parts': parts, circa: true} : {'date-parts': parts}
}

function readParts(text: string, options: ReadDateOptions): DatePart[] | undefined {
  for (const rule of NUMERIC_DATES) {
    const m = rule.pattern.exec(text)
    const parts = m ? rule.read(m, options) : undefined
    if (parts) return parts
  }
  const said = readWords(text)
  const single = said ? partOf(said) : undefined
  return single ? [single] : readRange(text)
}

/** A date, then what the span ran on into after a period, a bracket or a comma. */
const DATE_RUN_ON = /^(.*?\b(?:1[5-9]|20)\d\d)(?:\.\s+|\s*\(|,\s*)(.+?)\)?\.?$/u

/**
 * A date span that ran on past its date (`July 5, 2001. Updated July 2013`,
 * `December 10, 2010 (Update April 2012)`, `18 November 1905. 779`,
 * `November 26, 1968, 1, 34`): the date, and the rest as pages when it is
 * numbers, else as a note.
 */
export function dateRunOn(text: string): {date: CslDate; pages?: string; rest: string} | undefined {
  const m = DATE_RUN_ON.exec(text.trim())
  const date = m ? readDate(m[1]!) : undefined
  if (!m || !date?.['date-parts']) return undefined
  const rest = m[2]!.trim()
  // A page range, or pages with `ff.`/`sgg.`, are pages after any date (`2006, 1063-1093`, `1944, 18sgg`).
  if (/^\d{1,5}(?:\s*[–-]\s*\d{1,5}|\s*(?:ff|f|sgg|ss|seq)\.?)$/u.test(rest)) return {date, pages: rest, rest}
  if (!/^\d{1,4}(?:\s*,\s*\d{1,4})*$/u.test(rest)) return isUndated(rest) ? {date, rest: ''} : {date, rest}
  // Numbers after a day's date are its pages; after a year, no (`Annals, 1848, 2`: a volume's year and number).
  return date['date-parts'][0]?.length === 3 ? {date, pages: rest, rest} : undefined
}
