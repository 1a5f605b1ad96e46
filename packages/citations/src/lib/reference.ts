import type {CslDate, CslFields, CslName} from '@octavo/parser'
import {hasDay, parseDate} from './dates.js'
import {
  ARCHIVE_ABBREVIATIONS, ARCHIVE_WORDS, EDITOR_MARKERS, GENRE_WORDS, LOCATOR_LABELS, SERIES_WORDS
} from './lexicon.js'
import {parseNames, type ParsedNames} from './names.js'
import {matchPairs, splitChunks, isQuote, type Chunk} from './reference-chunks.js'

/** A CSL item before it gets its id. */
export type ItemFields = CslFields

/** One citation read from its text (no resolution yet). */
export interface ParsedReference {
  form: 'full' | 'short' | 'ibid'
  /** What the text says about the work (empty for `Ibid.`). */
  item: ItemFields
  locator: string | null
  label: string
  /** How the citation opens: a quoted title, names, or other text. */
  opening: 'quote' | 'names' | 'text' | 'ibid'
  /** For short forms: the family names and title words written. */
  shortNames: string[]
  shortTitle: string
  /** Problems worth a warning (unbalanced quote …). */
  warnings: string[]
}

export interface ParseReferenceOptions {
  /** Accept a bare unquoted title with a pinpoint as a short form (`Title, pp. 5–7`). */
  allowBareTitle?: boolean
  /** Accept an organisation as the opening name. */
  allowOrganisation?: boolean
  /** Italic runs of the note (Markdown emphasis): titles of books and periodicals. */
  italics?: readonly string[]
}

const LABELLED = /^(esp\.\s+|especially\s+|see\s+)?([a-zA-Z§¶]{1,8}\.?|§§?|¶)\s*(.+)$/u
const NUMERIC = /^(?:\d+:)?(?:[\dA-Z]?\d+[a-z]?|[ivxlc]+)(?:\s*[–—‐‑-]\s*(?:\d+[a-z]?|[ivxlc]+))?(?:\s*ff?\.?)?(?:\s*n{1,2}\.?\s*\d+)?$/u
const VOLNO = /^(Vol\.|Vols\.|Volume|vol\.|No\.|Nos\.|no\.|nos\.|[Nn]o(?=\s+\d)|Issue|Iss\.|Number|n°|Bd\.|t\.|Heft)\s*([\w/.\-–]+)\s*(.*)$/u
const URL = /^(?:https?:\/\/|www\.)\S+$/i
const DOI = /^(?:doi:\s*|DOI:?\s*|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\S+)$/

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

function stripEnd(s: string): string {
  return s.replace(/[\s,.:;]+$/u, '')
}

function unquote(s: string): {title: string; rest: string} | undefined {
  const open = s[0]
  if (!isQuote(open)) return undefined
  const pairs = matchPairs(s)
  const c = pairs[0]!
  if (c < 0) return undefined
  return {title: stripEnd(s.slice(1, c)).replace(/^[\s]+/, ''), rest: clean(s.slice(c + 1))}
}

/** `(Beijing: Zhonghua Shuju, 2009)`, `(typescript, 1985)`, `(Winter 2014)` inside a chunk. */
interface Paren {
  place?: string
  publisher?: string
  date?: CslDate
  medium?: string
  genre?: string
  note?: string
  original?: CslDate
  thesis?: boolean
  /** `(JSOTSup 140; Sheffield: JSOT, 1993)`, `(2nd ed.; …)`, `(ed. A. Clarke; …)`: what precedes the imprint. */
  before?: string[]
}

function readParen(inner: string): Paren | undefined {
  const s = clean(inner)
  const date = parseDate(s)
  if (date) return {date}
  // `(1922; repr., Chicago: University of Chicago Press, 2005)`: a reprint.
  const repr = /^(\d{4})\s*;\s*(?:repr\.?|reprint|reprinted),?\s+(.+)$/i.exec(s)
  if (repr) {
    const rest = readParen(repr[2]!)
    if (rest) return {...rest, original: {'date-parts': [[Number(repr[1])]]}}
  }
  // `(NovTSup 35; Leiden: Brill, 1973)`: series, edition or editors, then the imprint.
  const semi = s.lastIndexOf('; ')
  if (semi > 0) {
    const last = readParen(s.slice(semi + 2))
    if (last && (last.place !== undefined || last.publisher !== undefined) && last.before === undefined) return {...last, before: s.slice(0, semi).split(/\s*;\s*/)}
  }
  // `(PhD diss., University of Chicago, 2011)`: a thesis.
  const thesis = /^((?:PhD|Ph\.D\.|MA|M\.A\.|master['’]s|doctoral)?\s*(?:diss\.|dissertation|thesis)|thèse[^,]*),\s*(.+?),\s*([^,]+)$/i.exec(s)
  if (thesis && parseDate(thesis[3]!)) return {genre: thesis[1]!.trim(), publisher: thesis[2]!.trim(), date: parseDate(thesis[3]!)!, thesis: true}
  const colon = s.indexOf(': ')
  if (colon > 0 && colon < 80) {
    const place = s.slice(0, colon).trim()
    const rest = s.slice(colon + 2).trim()
    const comma = rest.lastIndexOf(', ')
    if (comma > 0) {
      const d = parseDate(rest.slice(comma + 2))
      if (d) return {place, publisher: rest.slice(0, comma).trim(), date: d}
    }
    const d = parseDate(rest)
    if (d) return {place, date: d}
    return {place, publisher: rest}
  }
  const comma = s.lastIndexOf(', ')
  if (comma > 0) {
    const d = parseDate(s.slice(comma + 2))
    if (d) {
      const what = s.slice(0, comma).trim()
      if (/^(typescript|manuscript|mimeograph|microfilm|photocopy|ms\.?)$/i.test(what)) return {medium: what, date: d}
      // `(Cambridge University Press, 2007)`: a publisher without its place.
      if (/^\p{Lu}/u.test(what) && /\b(Press|Presses|Verlag|Publishers|Publishing|Books|Éditions|Editions|Editore|Editorial|& Sons|Company)\b/u.test(what)) return {publisher: what, date: d}
      return {note: what, date: d}
    }
  }
  if (/^[\p{Ll}\s]{2,20}$/u.test(s)) return {genre: s}
  return undefined
}

/** Pull a parenthesised group out of a chunk: the text without it, and what it says. */
function takeParen(text: string): {text: string; paren?: Paren; raw?: string} {
  const pairs = matchPairs(text)
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(' && pairs[i]! > i) {
      const inner = text.slice(i + 1, pairs[i]!)
      const paren = readParen(inner)
      if (paren) return {text: clean(text.slice(0, i) + ' ' + text.slice(pairs[i]! + 1)), paren, raw: text.slice(i, pairs[i]! + 1)}
      i = pairs[i]!
    }
  }
  return {text}
}

/** Pull trailing `[bracketed]` groups: `[A History of …]`, `[in Korean]`. */
function takeBrackets(text: string): {text: string; brackets: string[]} {
  const brackets: string[] = []
  let t = text.trim()
  for (let guard = 0; guard < 4 && t.endsWith(']'); guard++) {
    const pairs = matchPairs(t)
    let open = -1
    for (let i = 0; i < t.length; i++) if (t[i] === '[' && pairs[i] === t.length - 1) open = i
    if (open < 0) break
    brackets.unshift(t.slice(open + 1, -1).trim())
    t = t.slice(0, open).trim()
  }
  return {text: t, brackets}
}

const LANGUAGES: Record<string, string> = {korean: 'ko', chinese: 'zh', japanese: 'ja', russian: 'ru', french: 'fr', german: 'de', hungarian: 'hu', spanish: 'es', english: 'en'}

function addNote(item: ItemFields, note: string): void {
  item.note = typeof item.note === 'string' && item.note ? `${item.note}; ${note}` : note
}

function applyBrackets(item: ItemFields, brackets: string[], what: 'title' | 'container title'): void {
  for (const b of brackets) {
    const lang = /^in ([A-Z][a-z]+)$/.exec(b)
    if (lang && LANGUAGES[lang[1]!.toLowerCase()]) {
      item.language = LANGUAGES[lang[1]!.toLowerCase()]!
      addNote(item, b)
    } else addNote(item, `Translated ${what}: ${b}`)
  }
}

function isArchive(text: string, next: string | undefined): boolean {
  const words = text.split(/\s+/)
  if (words.some((w) => ARCHIVE_WORDS.has(w.toLowerCase().replace(/[,.()]/g, '')))) return true
  const abbr = /\(([A-Z][A-Za-z-]{1,7})\)/.exec(text)?.[1] ?? words[0]!
  if (ARCHIVE_ABBREVIATIONS.has(abbr)) return true
  return /^[A-Z]{2,6}$/.test(words[0]!) && next !== undefined && /^(No\.|no\.|F\.|f\.|Fond|fond|\d)/.test(next)
}

function archiveName(item: ItemFields, text: string, location: string[]): void {
  const paren = /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(text)
  if (paren) {
    const [, before, inside, after] = paren as unknown as [string, string, string, string]
    const abbrInside = /^[A-Z][A-Za-z-]{1,7}$/.test(inside)
    const abbrBefore = /^[A-Z][A-Za-z-]{1,7}$/.test(before)
    if (abbrInside || abbrBefore) {
      item.archive = abbrInside ? inside : before
      addNote(item, `Archive given as: ${clean(before + ' (' + inside + ')')}`)
      if (after) location.unshift(after)
      return
    }
  }
  const words = text.split(/\s+/)
  if (words.length > 1 && /^[A-Z]{2,6}$/.test(words[0]!) && ARCHIVE_ABBREVIATIONS.has(words[0]!)) {
    item.archive = words[0]!
    location.unshift(words.slice(1).join(' '))
    return
  }
  item.archive = text
}

function labelOf(word: string): string | undefined {
  return LOCATOR_LABELS.get(word.toLowerCase())
}

interface Locator {
  value: string
  label: string
  esp: boolean
  /** Index of the first chunk of the locator. */
  from: number
}

/** Read the pinpoint from the end of the chunk list. */
function readLocator(chunks: Chunk[], bare: boolean): Locator | undefined {
  let i = chunks.length
  const tail: string[] = []
  while (i > 0 && NUMERIC.test(chunks[i - 1]!.text)) {
    tail.unshift(chunks[i - 1]!.text)
    i--
  }
  if (i > 0) {
    const m = LABELLED.exec(chunks[i - 1]!.text)
    const label = m ? labelOf(m[2]!) : undefined
    // (`vol. 87, 1990`: the item's volume and year, not a pinpoint.)
    const volumeThenYear = label === 'volume' && tail.length === 1 && /^(1[5-9]|20)\d\d$/.test(tail[0]!)
    if (m && label && !volumeThenYear && (NUMERIC.test(m[3]!) || /^[\d,\s–—-]+$/.test(m[3]!))) {
      return {value: [m[3]!, ...tail].join(', '), label, esp: Boolean(m[1]), from: i - 1}
    }
  }
  // A bare pinpoint: after a short form, or after a journal's date (`Studi Verdiani, 3 (1985), 79–119`).
  const before = chunks[i - 1]?.text ?? ''
  const yearLike = tail.length === 1 && /^(1[5-9]|20)\d\d$/.test(tail[0]!)
  // `Publishers Weekly, May 17, 1976, 43`: the page after a magazine's date.
  if (tail.length >= 2 && /^(1[5-9]|20)\d\d$/.test(tail[0]!) && /^\p{Lu}\p{Ll}+\.? \d{1,2}$/u.test(before) && !bare) {
    return {value: tail.slice(1).join(', '), label: 'page', esp: false, from: i + 1}
  }
  if (tail.length > 0 && i > 0 && (bare || ((/\)$/.test(before) || VOLNO.test(before)) && !yearLike))) return {value: tail.join(', '), label: 'page', esp: false, from: i}
  return undefined
}

/** `Report`, `Annual Report`, `Minutes`: a document's kind written after its title. */
function isGenre(text: string): boolean {
  const words = text.split(/\s+/)
  return words.length <= 3 && /^\p{Lu}/u.test(text) && GENRE_WORDS.has(words[words.length - 1]!.toLowerCase()) &&
    words.every((w) => /^\p{Lu}/u.test(w))
}

function isVolNo(text: string): boolean {
  return VOLNO.test(text)
}

function isTitleLike(text: string | undefined): boolean {
  if (text === undefined) return false
  if (isQuote(text[0])) return true
  if (text.startsWith('in ') || isVolNo(text) || parseDate(text) || NUMERIC.test(text)) return false
  if (LABELLED.test(text) && labelOf(LABELLED.exec(text)![2]!) && /\d/.test(text)) return false
  return /^[\p{Lu}\d‘'¿¡]/u.test(text)
}

/**
 * Bibliography habits inside notes: names closed by a period (`Peter Turchin.
 * War and Peace`, `Zukofsky, Louis. “Sincerity”`): split the chunk there.
 */
function periodChunks(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = []
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!
    if (!c.text.includes('. ')) {
      out.push(c)
      continue
    }
    // `Albert L. "Commercial Paper Maze,"`: names closed by a period before a quoted title.
    const q = k <= 15 && !isQuote(c.text[0]) ? /^(.*?\S)(\.?)\s+(?=[“"«])/u.exec(c.text) : null
    if (q && !/\b(ed|eds|Ibid|ibid|No|Vol|esp)$/.test(q[1]!) && ((q[2] === '.' && k <= 15) || (k <= 3 && parseNames(q[1]!, false)))) {
      const left = q[1]!.endsWith('.') || /\s\p{Lu}$/u.test(q[1]!) ? `${q[1]!}.` : q[1]!
      out.push({text: /\s\p{Lu}\.?$/u.test(left) ? left : q[1]!, start: c.start, end: c.start + q[1]!.length})
      out.push({text: c.text.slice(q[0].length), start: c.start + q[0].length, end: c.end})
      continue
    }
    // `Are Some Courts More Liberal Than Others?. Law & Society Review`: a question closed by a period ends a title.
    const qm = /^(.*?\?)\.\s+(\p{Lu}.*)$/u.exec(c.text)
    if (qm) {
      out.push({text: qm[1]!, start: c.start, end: c.start + qm[1]!.length})
      out.push({text: qm[2]!, start: c.end - qm[2]!.length, end: c.end})
      continue
    }
    // `pp. 102-113. New York: Routledge`: the imprint after the pages, in a sentence of its own.
    const pi = /^((?:pp?\.|pages)\s*\d+\s*[–—‑-]\s*\d+)\.\s+(\p{Lu}[^:]{0,60}:\s+\p{Lu}.*)$/u.exec(c.text)
    if (pi) {
      out.push({text: pi[1]!, start: c.start, end: c.start + pi[1]!.length})
      out.push({text: pi[2]!, start: c.end - pi[2]!.length, end: c.end})
      continue
    }
    // `dirigé par A, et B. 507-522`: a page range closed off by a period.
    const pr = /^(.*\S)\.\s+(\d+\s*[–‑-]\s*\d+)$/u.exec(c.text)
    if (pr && !/(?:^|[\s.,])\p{L}{1,3}$/u.test(pr[1]!)) {
      out.push({text: pr[1]!, start: c.start, end: c.start + pr[1]!.length})
      out.push({text: pr[2]!, start: c.end - pr[2]!.length, end: c.end})
      continue
    }
    // `Review of Religion and Chinese Society. Vol. 3`.
    const v = /^(.*\S)\.\s+((?:Vol|No|Nos|vol|no|nos)\.\s.*)$/u.exec(c.text)
    if (v && !/\b(ed|eds|No|Vol|Nos|vol|no)$/.test(v[1]!)) {
      out.push({text: v[1]!, start: c.start, end: c.start + v[1]!.length})
      out.push({text: v[2]!, start: c.end - v[2]!.length, end: c.end})
      continue
    }
    const m = k <= 8 ? /^(.*?[\p{Ll}\p{Lu}][\p{Ll}'’]+)\.\s+(?=[“"«\p{Lu}])/u.exec(c.text) : null
    if (m && !/\b(Ibid|ibid|Idem|idem|Jr|Sr|St|Dr|Mr|Mrs|Ms|No|Vol|Nos|Vols|ed|eds|Id|esp)$/.test(m[1]!) && (isQuote(c.text[m[0].length]) || parseNames(m[1]!.replace(/^(and|&|et)\s+/, ''), false))) {
      out.push({text: m[1]!, start: c.start, end: c.start + m[1]!.length})
      out.push({text: c.text.slice(m[0].length), start: c.start + m[0].length, end: c.end})
      continue
    }
    out.push(c)
  }
  return out
}

/** `Practical Statistics for Data Scientists. O’Reilly Media`: an italic title closed by a period is a chunk of its own. */
function italicChunks(chunks: Chunk[], italics: readonly string[]): Chunk[] {
  if (italics.length === 0) return chunks
  const out: Chunk[] = []
  for (const c of chunks) {
    const it = italics.find((x) => c.text.startsWith(x) && /^[.,:;]?\s+\S/u.test(c.text.slice(x.length)) && /^[.:]/.test(c.text.slice(x.length)))
    if (it) {
      const rest = c.text.slice(it.length).replace(/^[.:]\s+/, '')
      out.push({text: it, start: c.start, end: c.start + it.length})
      out.push({text: rest, start: c.end - rest.length, end: c.end})
    } else out.push(c)
  }
  return out
}

const AUTHOR_DATE = /^(\p{Lu}[^“"«\d()[\];:]{0,150}?)[.,]?\s+(?:\(([^()]{0,20}?\d{4}[a-z]?)\)|(\d{4}[a-z]?))[.,:]?\s+(?=[“"«‘\p{Lu}*_])/u
/** `Eike Middell (ed.)`, `Caryl Emerson and Michael Holquist (trans.)`: names followed by their role. */
const ROLE_SUFFIX = /^(\p{Lu}.*?)\s+\((eds?|trans|tr|transl|ed\. and trans|eds\. and trans|comp|éds?|dir|hrsg|Hrsg)\.\)$/u
const PRESENTED = /^(?:(?:paper|article|talk|poster)\s+)?(?:presented|présentée?|presentation|présentation)\s+(?:at|lors de|à|au|dans le cadre de)\s+(?:the\s+|la\s+)?(\p{Lu}.+|conférence\s.+|conference\s.+)$/iu
// `Lee`, `Morris-Suzuki`, `Della Seta`, `van Tubergen`, `MOORE` (small capitals typed as capitals).
const FAMILY = /^(?:(?:Della|Delle|De|Di|Da|Du|Van|Von|Le|La|de|di|da|du|van|von|der|ten|ter)\s+)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$|^\p{Lu}{3,}$/u
const GIVEN = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*|\p{Lu}\.(?:\s?-?\p{Lu}\.)*)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.(?:-?\p{Lu}\.)*))?(?:\s+\p{Lu}\.)?$/u

/** `Family, Given` first (bibliography order), maybe followed by `, and Given Family` or ` and H. T. Shapiro`. */
function readInverted(chunks: Chunk[]): {names: ParsedNames; editor: boolean; next: number} | undefined {
  const family = chunks[0]?.text
  const given0 = chunks[1]?.text
  if (!family || !given0 || !FAMILY.test(family)) return undefined
  // `Conati, Marcello (ed.), Encounters with Verdi`: the role after the given names.
  const role = /\s+\((eds?|comp|dir|hrsg|Hrsg)\.\)$/.exec(given0)
  const [given, tail] = (role ? given0.slice(0, role.index) : given0).split(/\s+(?:and|&)\s+/, 2) as [string, string | undefined]
  if (!GIVEN.test(given)) return undefined
  const initials = /\p{Lu}\./u.test(given)
  const closed = chunks[1]!.end < (chunks[2]?.start ?? Infinity) && /^[“"«\p{Lu}]/u.test(chunks[2]?.text ?? '') && !initials
  const names: CslName[] = [{family, given}]
  let next = 2
  // `Cosmo, Nicola Di, et al.`: the first author stands for all.
  if (!tail && /^et\.?\s+al\.?$/.test(chunks[2]?.text ?? '') && isTitleLike(chunks[3]?.text)) {
    return {names: {names, etAl: true, familyOnly: false, literal: false}, editor: false, next: 3}
  }
  // `Hershey, Robert D., Jr.`: the suffix after the given names.
  if (!tail && /^(Jr|Sr|Jnr|Snr|III|II|IV)\.?$/.test(chunks[2]?.text ?? '')) {
    names[0]!.suffix = chunks[2]!.text.replace(/\.$/, '')
    next = 3
  }
  if (next === 3) {
    // the suffix closes the name
  } else if (tail) {
    const more = parseNames(tail, false)
    if (!more) return undefined
    names.push(...more.names)
  } else {
    // `Atack, Jeremy, Fred Bateman, and Robert A. Margo`.
    for (let j = 2; j < Math.min(chunks.length, 12); j++) {
      const t = chunks[j]!.text
      const last = /^(and|&|et)\s+/.test(t)
      const bare = t.replace(/^(and|&|et)\s+/, '')
      // Every name inverted (`Lindlof, Thomas, and Boyd, Douglas A.`): a lone family name and its given names.
      const pairGiven = chunks[j + 1]?.text
      if (/^\p{Lu}[\p{L}'’-]+$/u.test(bare) && pairGiven !== undefined && GIVEN.test(pairGiven) && chunks[j + 2] !== undefined) {
        names.push({family: bare, given: pairGiven})
        j++
        if (last) {
          next = j + 1
          break
        }
        continue
      }
      const person = parseNames(bare, false)
      if (!person || person.literal) break
      if (last) {
        names.push(...person.names)
        next = j + 1
        // `A, and B, C, and D`: the list goes on when another `and` closes it.
        let m = j + 1
        while (m < Math.min(chunks.length, j + 10) && !/^(and|&)\s/.test(chunks[m]!.text) && parseNames(chunks[m]!.text, false)?.literal === false) m++
        const closing = chunks[m]?.text
        if (m > j + 1 && closing !== undefined && /^(and|&)\s/.test(closing) && parseNames(closing.replace(/^(and|&)\s+/, ''), false)?.literal === false) {
          for (let r = j + 1; r <= m; r++) names.push(...parseNames(chunks[r]!.text.replace(/^(and|&)\s+/, ''), false)!.names)
          next = m + 1
        }
        break
      }
      if (j === Math.min(chunks.length, 12) - 1) break
      names.push(...person.names)
      // `Cheverie, Joan F., Jennifer Boettcher and John Buschman.`: the chunk that says `and` ends the list.
      if (person.names.length > 1 && /\s(and|&|et)\s/.test(t)) {
        next = j + 1
        break
      }
    }
    if (next === 2) names.splice(1)
    if (next === 2 && !initials && !closed && !/^(and|&|et)\s/.test(chunks[2]?.text ?? '')) {
      // `Lee, China's Korean Minority`: a short form, not a name.
      if (!/\./.test(given)) return undefined
    }
  }
  if (!isTitleLike(chunks[next]?.text)) return undefined
  return {names: {names, etAl: false, familyOnly: false, literal: false}, editor: role !== null, next}
}

/** Names at the head of the chunk list, with their editor marker. */
function readNames(chunks: Chunk[], allowOrganisation: boolean): {names: ParsedNames; editor: boolean; next: number} | undefined {
  const first = chunks[0]?.text
  if (first === undefined || isQuote(first[0])) return undefined
  // `A, B, and C, Title`: names may span chunks up to the one that holds the last `and`.
  let end = 1
  for (let j = 1; j < Math.min(chunks.length, 16); j++) {
    const t = chunks[j]!.text
    if (isQuote(t[0])) break
    if (/^(and|&|et)\s|\s(and|&|et)\s/.test(t)) {
      end = j + 1
      break
    }
  }
  // Bodies written with a comma before a quoted title: `No. 1 Section, Asian Department, “Case Briefing,”`.
  if (allowOrganisation && end === 1 && chunks[1] && !isQuote(chunks[1].text[0])) {
    for (let k = 2; k < Math.min(chunks.length, 4); k++) {
      if (isQuote(chunks[k]!.text[0])) {
        const head = chunks.slice(0, k).map((c) => c.text)
        if (head.every((h) => /^[\p{Lu}\d]/u.test(h) && !parseDate(h) && h.split(/\s+/).length <= 6) && !parseNames(head.join(', '), false)) {
          return {names: {names: [{literal: head.join(', ')}], etAl: false, familyOnly: false, literal: true}, editor: false, next: k}
        }
        break
      }
    }
  }
  const attempts = end > 1 ? [end, 1] : [1]
  for (const n of attempts) {
    let text = chunks.slice(0, n).map((c) => c.text).join(', ')
    let next = n
    let editor = false
    const marker = /\s+(ed\.|eds\.|bian|zhubian|comp\.|hrsg\.|\((?:eds?|éds?|dir|hrsg|Hrsg)\.\))$/.exec(text)
    if (marker) {
      editor = true
      text = text.slice(0, marker.index)
    } else if (chunks[n] && EDITOR_MARKERS.has(chunks[n]!.text.toLowerCase())) {
      editor = true
      next = n + 1
    }
    if (!isTitleLike(chunks[next]?.text)) continue
    if (chunks[next + 1] && isGenre(chunks[next]!.text)) continue
    const names = parseNames(text, allowOrganisation && n === 1)
    if (names && (n === 1 || !names.literal)) return {names, editor, next}
  }
  return undefined
}

/**
 * Read one citation written in Chicago notes style into CSL fields, its
 * pinpoint and its form. Returns undefined when the text does not read as a
 * citation. Never throws; linear in the text's length.
 */
export function parseReference(input: string, options: ParseReferenceOptions = {}): ParsedReference | undefined {
  // A reference copied out of a list may keep its separator (`…: 386–88;`).
  let text = clean(input).replace(/\s*;$/, '')
  const warnings: string[] = []
  const base = {shortNames: [] as string[], shortTitle: '', warnings}
  if (text.length === 0) return undefined
  const ibid = /^(ibid|ibidem|idem|id|ebd|ebenda)\.?(?=$|[\s,;.])/i.exec(text)
  if (ibid) {
    const rest = text.slice(ibid[0].length).replace(/^[.,]\s*/, '')
    const chunks = splitChunks(rest, matchPairs(rest))
    const loc = rest ? readLocator(chunks, true) : undefined
    if (rest && (!loc || loc.from !== 0)) {
      // `Ibid.` followed by words that are not a pinpoint: not a plain Ibid.
      if (chunks.length > 0 && !loc) return {form: 'ibid', item: {type: 'document'}, locator: rest || null, label: 'page', opening: 'ibid', ...base}
    }
    return {form: 'ibid', item: {type: 'document'}, locator: loc ? loc.value : null, label: loc ? loc.label : 'page', opening: 'ibid', ...base}
  }

  // Author-date order (`Sen, Amartya. 1990. “Title,” …`, `F. Omori (1894) "Title"`): the year after
  // the names dates the work; the rest reads as a note.
  let headDate: CslDate | undefined
  const ad = AUTHOR_DATE.exec(text)
  if (ad) {
    const who = ad[1]!.replace(/\.$/, '')
    const when = ad[2] ?? ad[3]!
    const lastWord = /\S+$/.exec(who)?.[0] ?? ''
    const d = parseDate(when.replace(/[a-z]$/, ''))
    if (d && !parseDate(`${lastWord} ${when}`) && (/^\p{Lu}[\p{L}'’-]+,\s+\p{Lu}/u.test(who) || parseNames(who, false))) {
      headDate = d
      const closed = /(?:^|\s|,)\p{Lu}$/u.test(who) ? `${who}.` : who
      text = `${closed}, ${text.slice(ad[0].length)}`
    }
  }

  const pairs = matchPairs(text)
  for (let i = 0; i < text.length; i++) {
    if ((isQuote(text[i]) || text[i] === '(' || text[i] === '[') && pairs[i]! < 0 && text[i] !== '"') {
      warnings.push(`unbalanced ${text[i]} in citation`)
      break
    }
  }
  const italics = (options.italics ?? []).filter((x) => text.includes(x))
  // An italic title is one group, like a quotation: its commas do not cut it.
  for (const x of italics) {
    const at = text.indexOf(x)
    if (x.includes(', ') && pairs[at]! < 0 && !isQuote(text[at])) pairs[at] = at + x.length - 1
  }
  let chunks = italicChunks(periodChunks(splitChunks(text, pairs)), italics)
  const isItalic = (t: string | undefined): boolean => t !== undefined && italics.includes(stripEnd(t))
  const item: ItemFields = {type: 'document'}

  // URLs and DOIs anywhere.
  chunks = chunks.filter((c) => {
    const doi = DOI.exec(c.text)
    if (doi) {
      item.DOI = stripEnd(doi[1]!)
      return false
    }
    if (URL.test(c.text)) {
      item.URL = c.text.replace(/[.,;]+$/, '')
      return false
    }
    return true
  }).map((c, k, all) => {
    // `… 105-123. https://…`: a URL after the words of the last chunk.
    const m = k === all.length - 1 ? /^(.*?\S)[.,]?\s+((?:https?:\/\/|www\.)\S+)$/.exec(c.text) : null
    if (!m || item.URL !== undefined) return c
    const doi = DOI.exec(m[2]!)
    if (doi) item.DOI ??= stripEnd(doi[1]!)
    else item.URL = m[2]!.replace(/[.,;]+$/, '')
    return {...c, text: m[1]!, end: c.end - (c.text.length - m[1]!.length)}
  })

  // `Journal 34, no. 2 (2010): 171–197`: the pages after the date's parenthesis.
  const lastChunk = chunks[chunks.length - 1]
  const colonPages = lastChunk ? /^(.*\)|(?:.*\s)?(?:1[5-9]|20)\d\d|\d{1,4})\s*:\s*((?:\d+[a-z]?|[ivxlc]+)(?:\s*[–—-]\s*\d+)?(?:,\s*\d+(?:\s*[–—-]\s*\d+)?)*)(?:\.\s+(\d+[a-z]?))?$/u.exec(lastChunk.text) : null
  // `Journal, 45: 171-194` (volume: pages) — but `(Paris: …, 1973), 2:640` is a volume:page pinpoint.
  // `(2011): 105-123. 114`: the article's pages, then the pinpoint.
  if (lastChunk && colonPages && !(/^\d+$/.test(colonPages[1]!) && /\)$/.test(chunks[chunks.length - 2]?.text ?? ''))) {
    const pinAfter = colonPages[3] !== undefined && /[–—-]/.test(colonPages[2]!) ? [{...lastChunk, text: `p. ${colonPages[3]}`}] : []
    if (colonPages[3] === undefined || pinAfter.length > 0) {
      chunks = [...chunks.slice(0, -1), {...lastChunk, text: colonPages[1]!.trim()}, {...lastChunk, text: `pp. ${colonPages[2]!}`}, ...pinAfter]
    }
  }
  // `Journal 4, pp. 213-218, 1988`: the year after the pages dates the work.
  const lastYear = chunks[chunks.length - 1]?.text ?? ''
  if (chunks.length >= 3 && /^(1[5-9]|20)\d\d$/.test(lastYear) && /^(?:pp?\.|pages)\s*\d/.test(chunks[chunks.length - 2]!.text)) {
    headDate ??= parseDate(lastYear)
    chunks = chunks.slice(0, -1)
  }
  // `Lee, p. 5`, `Lee, op. cit., p. 5`, `Jarausch and Hardy, 122`: the author alone stands for the work.
  if (chunks.length >= 2 && !isQuote(chunks[0]!.text[0])) {
    const skip = /^op\.?\s*cit\.?$|^loc\.?\s*cit\.?$/i.test(chunks[1]!.text) ? 2 : 1
    const pin = readLocator(chunks, true)
    // (`Springer, 2021, 351–66`, a year first, is the tail of an imprint, not a pinpoint.)
    const who = pin && pin.from === skip && !/^(1[5-9]|20)\d\d(?:,|$)/.test(pin.value) ? parseNames(chunks[0]!.text, false) : undefined
    // `Jeffrey Wu et al., 7`: the first author and `et al.` stand for the work too.
    if (pin && (who?.familyOnly || (who?.etAl && who.names.length === 1 && !who.literal))) {
      const shortNames = who.names.map((n) => n.family!)
      return {form: 'short', item: {type: 'document', author: who.names}, locator: pin.value, label: pin.label, opening: 'names', shortNames, shortTitle: '', warnings}
    }
  }
  // `Vidal-Gorène, Dupin, Decours-Perez, Riccioli. « Title », 507-522`: family names only, a quoted title and
  // at most a pinpoint: a short form, however many authors.
  const qi = chunks.findIndex((c, k) => k < 12 && isQuote(c.text[0]))
  if (qi >= 2) {
    const fams = chunks.slice(0, qi).map((c) => c.text.replace(/^(?:and|et|&)\s+/, '').replace(/\.$/, ''))
    const q = unquote(chunks[qi]!.text)
    const tail = chunks.slice(qi + 1)
    const pin = tail.length > 0 ? readLocator(chunks.slice(qi), true) : undefined
    if (q && q.rest === '' && fams.every((f) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*$/u.test(f)) && (tail.length === 0 || pin?.from === 1)) {
      const author = fams.map((family) => ({family}))
      return {form: 'short', item: {type: 'document', title: q.title, author}, locator: pin ? pin.value : null, label: pin ? pin.label : 'page', opening: 'names', shortNames: fams, shortTitle: q.title, warnings}
    }
  }
  const opening: ParsedReference['opening'] = isQuote(chunks[0]?.text[0]) ? 'quote' : 'text'
  const allowOrg = options.allowOrganisation ?? true
  const head = opening === 'quote' ? undefined : (readInverted(chunks) ?? readNames(chunks, allowOrg))
  let names: CslName[] | undefined
  let i = 0
  if (head) {
    names = head.names.names
    if (head.names.etAl) addNote(item, `Author given as '${chunks.slice(0, head.next).map((c) => c.text).join(', ').replace(/,?\s+(ed\.|eds\.)$/, '')}'`)
    if (head.editor) item.editor = names
    else item.author = names
    i = head.next
  }
  // A short form (`Westad, Global Cold War, 88–90`) may end with bare page numbers.
  const loc = readLocator(chunks.slice(i), Boolean(head?.names.familyOnly))
  const body = loc ? chunks.slice(i, i + loc.from) : chunks.slice(i)
  const rawLocator = loc ? chunks.slice(i + loc.from).map((c) => c.text) : []
  // Title.
  const first = body[0]
  if (!first) return undefined
  let quoted = false
  let titleParen: Paren | undefined
  let titleDate: CslDate | undefined
  let rest = body.slice(1)
  let title: string
  let q = unquote(first.text)
  if (!q && isQuote(first.text[0])) q = {title: stripEnd(first.text.slice(1)), rest: ''} // an unclosed quotation: its chunk is the title
  if (q) {
    quoted = true
    title = q.title
    let after = q.rest
    const p = takeParen(after)
    if (p.paren?.genre) item.genre = p.paren.genre
    if (p.paren && (p.paren.date || p.paren.publisher)) titleParen = p.paren
    after = p.text
    // `« Title ». 2022.`: a date right after the closing quotation mark, in the same chunk.
    const afterDate = /^[.,]\s*(.+)$/.exec(after)
    const ad2 = afterDate ? parseDate(afterDate[1]!) : undefined
    if (ad2) {
      titleDate = ad2
      after = ''
    }
    const br = takeBrackets(after)
    applyBrackets(item, br.brackets, 'title')
  } else {
    // An unquoted title runs to the imprint when one follows before any `in`, date or volume
    // (an italic title, in Markdown, is its own chunk).
    let end = 0
    for (let k = isItalic(body[0]?.text) ? body.length : 0; k < body.length; k++) {
      const t = body[k]!.text
      if (k > 0 && (t.startsWith('in ') || parseDate(t) || isVolNo(t) || isGenre(t) || /^(edited by|ed\.|eds\.|trans\.|translated by|tr\.|dirigé par|traduit par|trad\.)\s+\p{Lu}/u.test(t))) break
      if (k > 0 && ROLE_SUFFIX.test(takeParen(t).text) && parseNames(ROLE_SUFFIX.exec(takeParen(t).text)![1]!, false)) {
        end = k - 1
        break
      }
      if (/\([^()]*:[^()]*\)|\([^()]*\b\d{4}\)/.test(t) && takeParen(t).paren) {
        end = k
        break
      }
    }
    let parts = body.slice(0, end + 1).map((c) => c.text)
    const last = takeParen(parts[parts.length - 1]!)
    if (last.paren) {
      parts[parts.length - 1] = last.text
      rest = [{text: last.raw!, start: 0, end: 0}, ...body.slice(end + 1)]
    } else rest = body.slice(end + 1)
    // `3 vols.` after the title: the number of volumes.
    const vols = parts.length > 1 ? /^(\d+)\s+vols?\.?$/.exec(parts[parts.length - 1]!) : null
    if (vols) {
      item['number-of-volumes'] = vols[1]!
      parts = parts.slice(0, -1)
    }
    // `4th ed.`, `rev. ed.` after the title: the edition.
    const ed = parts.length > 1 ? /^(?:(\d+)(?:st|nd|rd|th|d)|(rev\.|revised|new|expanded))\.?\s+(?:ed\.|edn\.?|edition)$/i.exec(parts[parts.length - 1]!) : null
    if (ed) {
      item.edition = ed[1] ?? ed[2]!
      parts = parts.slice(0, -1)
    }
    // Editorial words in brackets of their own (`[volume on China and North Korea]`) go to the note.
    const editorialParts = parts.filter((x, k) => k > 0 && /^\[[^\]]*\]$/.test(x))
    parts = parts.filter((x) => x !== '' && !editorialParts.includes(x))
    const br = takeBrackets(parts.join(', '))
    title = br.text
    applyBrackets(item, br.brackets, 'title')
    for (const e of editorialParts) addNote(item, e.slice(1, -1))
  }
  if (title) item.title = title

  // The rest: genre, dates, `in …`, volume and number, imprint, container, archive.
  let container: string | undefined
  let containerBrackets: string[] = []
  let inSeen = false
  let archive = false
  const location: string[] = []
  const dates: CslDate[] = []
  let docDate: CslDate | undefined
  let parenDate: CslDate | undefined
  let imprint = false
  let volno = false
  const pages: string[] = []
  const issues: string[] = []
  let series = false
  let stray = 0
  let inSeenBeforeSecondDate = false
  let presented = false
  let yearGlued = false
  for (let k = 0; k < rest.length; k++) {
    let t = rest[k]!.text
    if (archive) {
      location.push(t)
      continue
    }
    if (k === 0 && isGenre(t) && item.genre === undefined) {
      item.genre = t
      continue
    }
    // `last modified March 25, 2019`, `accessed May 3, 2020`: web dates.
    const webDate = /^(last modified|modified|updated|last updated|published|posted|accessed|consulté le)\s+(.+)$/i.exec(t)
    if (webDate) {
      let when = webDate[2]!
      if (/^\d{4}$/.test(rest[k + 1]?.text ?? '') && parseDate(`${when} ${rest[k + 1]!.text}`)) {
        when = `${when} ${rest[k + 1]!.text}`
        k++
      }
      const d = parseDate(when)
      if (d) {
        if (/^(accessed|consulté)/i.test(webDate[1]!)) item.accessed = d
        else dates.push(d)
        continue
      }
    }
    // `March 17, 1969`: a date split by its comma.
    if (/^\p{Lu}\p{Ll}+\.? \d{1,2}$/u.test(t) && /^\d{4}$/.test(rest[k + 1]?.text ?? '') && parseDate(`${t} ${rest[k + 1]!.text}`)) {
      t = `${t} ${rest[k + 1]!.text}`
      k++
    }
    const d = parseDate(t)
    if (d) {
      if (!inSeen && container === undefined && !volno) docDate ??= d
      if (dates.length === 1 && (inSeen || container !== undefined)) inSeenBeforeSecondDate = true
      dates.push(d)
      continue
    }
    // `edited by A, B, and C` / `dirigé par A et B` after the container.
    const editedBy = /^(edited by|ed\. by|eds\. by|ed\.|eds\.|dirigé par|sous la direction de|hrsg\. von|herausgegeben von|edited and translated by|translated by|trans\.|tr\.|traduit par|trad\.)\s+(\p{Lu}.+)$/iu.exec(t)
    if (editedBy) {
      const role = /^(translated|trans|tr\.|tradu|trad)/i.test(editedBy[1]!) ? 'translator' : 'editor'
      const p = takeParen(editedBy[2]!)
      if (p.paren) applyParen(p.paren)
      const parts = [p.text]
      let j = k + 1
      if (!/(^|\s)(and|et|&)\s/.test(p.text) && !p.paren) {
        for (; j < rest.length && j < k + 12; j++) {
          // `…, and Sidney Tarrow (New York: …, 2001)`: the last name may carry the imprint.
          const np = takeParen(rest[j]!.text)
          const next = np.text
          if (!parseNames(next.replace(/^(and|et|&)\s+/, ''), false)) break
          parts.push(next)
          if (np.paren) {
            applyParen(np.paren)
            j++
            break
          }
          if (/^(and|et|&)\s/.test(next)) {
            j++
            break
          }
        }
      }
      const eds = parseNames(parts.join(', '), false)
      if (eds) {
        item[role] = eds.names
        k = j - 1
        continue
      }
    }
    // An imprint without parentheses: `Berlin, Heidelberg: Springer, 2006`.
    const bareImprint = !imprint && container !== undefined ? /^(\p{Lu}[\p{L}\s.,]*?)\s?:\s+(\p{Lu}.*)$/u.exec(t) : null
    if (bareImprint && container !== undefined && !VOLNO.test(t)) {
      const prev = rest[k - 1]?.text
      const place = prev && /^\p{Lu}[\p{L}.]*$/u.test(prev) && container.endsWith(`, ${prev}`) ? `${prev}, ${bareImprint[1]!}` : bareImprint[1]!
      if (place !== bareImprint[1]) container = container.slice(0, -(prev!.length + 2))
      item['publisher-place'] = place.trim()
      item.publisher = stripEnd(bareImprint[2]!.trim())
      imprint = true
      continue
    }
    // `presented at the Annual Medieval and Renaissance Music Conference`, `article présenté lors de la conférence X`.
    const presentedAt = PRESENTED.exec(t)
    if (presentedAt && !presented) {
      item['event-title'] = takeParen(presentedAt[1]!).text
      presented = true
      continue
    }
    // `…, presented at X, Tokyo, 27 July 2022`: the place of the event before its date.
    if (presented && container === undefined && item['event-place'] === undefined && /^\p{Lu}[\p{L}.\s-]{1,30}$/u.test(t) && parseDate(rest[k + 1]?.text ?? '')) {
      item['event-place'] = t
      continue
    }
    const onFile = /^(?:(\w+)\s+)?on file with (.+)$/i.exec(t)
    if (onFile) {
      if (onFile[1]) item.medium = onFile[1]
      addNote(item, `on file with ${onFile[2]}`)
      archive = false
      item.type = 'manuscript'
      continue
    }
    if (t.startsWith('in ') || (t.startsWith('In ') && k <= 1 && quoted)) {
      inSeen = true
      t = t.slice(3).trim()
      const sub = [{text: t, start: 0, end: 0}, ...rest.slice(k + 1)]
      // `in Andreas Schedler and Marc F. Plattner (eds.) The Self-Restraining State`: editors and the book in one chunk;
      // `in Judith Fingard and Janet Guildford, eds. Mothers of the Municipality`: the book after the marker.
      const inline = /^(\p{Lu}.*?)\s+\((?:ed|eds|éd|éds|dir|hrsg|Hrsg)\.\)\s+(\p{Lu}.*)$/u.exec(t)
      const inlineNames = inline ? parseNames(inline[1]!, false) : undefined
      const markedNext = /^(?:eds?|éds?|dir|hrsg)\.\s+(\p{Lu}.*)$/u.exec(rest[k + 1]?.text ?? '')
      // (`in Roads and Rivers, ed. Tom Bell`: names after the marker are the editors, the book came first.)
      const nextNames = markedNext && !parseNames(markedNext[1]!, false) ? parseNames(t, false) : undefined
      if ((inline && inlineNames) || (markedNext && nextNames)) {
        item.editor = (inlineNames ?? nextNames)!.names
        const book = inline ? inline[2]! : markedNext![1]!
        if (!inline) k++
        rest = [...rest.slice(0, k), {...rest[k]!, text: book}, ...rest.slice(k + 1)]
        k--
        continue
      }
      // `in A, B, and C (eds.), Book`: the marker closes the last of several chunks of names.
      let markedLater = false
      for (let j = k + 1; j < Math.min(rest.length, k + 8); j++) {
        const x = rest[j]!.text
        if (/\s\((ed|eds|éd|éds|dir|hrsg|Hrsg)\.\)$/.test(x)) {
          markedLater = /^(and|et|&)\s/.test(x)
          break
        }
        if (!parseNames(x, false)) break
      }
      const marked = markedLater || /\s\(?(ed|eds|éd|éds|dir|hrsg|Hrsg)\.\)?$/.test(t) || EDITOR_MARKERS.has((rest[k + 1]?.text ?? '').toLowerCase())
      const eds = marked ? readNames(sub, true) : undefined
      if (eds) {
        item.editor = eds.names.names
        k += eds.next - 1
        continue
      }
      if (isArchive(takeBrackets(t).text, rest[k + 1]?.text)) {
        archive = true
        archiveName(item, t, location)
        continue
      }
      const br = takeBrackets(takeParen(t).text)
      container = br.text
      containerBrackets = br.brackets
      const p = takeParen(t)
      if (p.paren) applyParen(p.paren)
      continue
    }
    // Parenthesised groups inside the chunk: imprint or date.
    const imprintBefore = imprint
    const p = takeParen(t)
    if (p.paren) {
      applyParen(p.paren)
      t = p.text
      if (!t) continue
    }
    // `in Verdi’s Middle Period: Source Studies, Analysis, and Performance Practice (Chicago: …, 1997)`:
    // the container's own commas, up to its imprint.
    if (container !== undefined && !volno && !imprintBefore && dates.length === 0 && p.paren && (p.paren.place !== undefined || p.paren.publisher !== undefined) && /^(?:\p{Lu}|and\s|&\s)/u.test(t) && !VOLNO.test(t) && !isVolNo(t)) {
      container = `${container}, ${t}`
      continue
    }
    // `2 vols.` after the title or its editors: the number of volumes.
    const nVols = /^(\d+)\s+vols?\.?$/.exec(t)
    if (nVols && container === undefined) {
      item['number-of-volumes'] = nVols[1]!
      continue
    }
    // `Mein Leben, Eike Middell (ed.)`, `Caryl Emerson and Michael Holquist (trans.)`: names and their role.
    const role = ROLE_SUFFIX.exec(t)
    const roleNames = role ? parseNames(role[1]!, false) : undefined
    if (role && roleNames) {
      const kind = role[2]!.toLowerCase()
      if (kind.startsWith('tr') || kind.includes('and trans')) item.translator = roleNames.names
      if (!kind.startsWith('tr')) item.editor = roleNames.names
      continue
    }
    // `Journal, 28 (2005)`, `Journal, 12(2)`: the volume (and issue) after the journal's name.
    const bareVol = container !== undefined && !volno && item.volume === undefined && (dates.length === 0 || yearGlued) ? /^(\d{1,4}|[IVXLC]+)(?:\s*\((\d{1,4})\))?$/.exec(t) : null
    if (bareVol) {
      item.volume = bareVol[1]!
      if (bareVol[2]) issues.push(bareVol[2])
      volno = true
      continue
    }
    // `Journal 40, 3 (2009)`: the issue after a volume glued to the name.
    if (container !== undefined && item.volume !== undefined && issues.length === 0 && /^\d{1,3}$/.test(t) && (p.paren?.date !== undefined || /^(pp?\.|pages)\s/.test(rest[k + 1]?.text ?? ''))) {
      issues.push(t)
      continue
    }
    // `… dirigé par A, et B. 10-20`: a bare page range after the container and its editors.
    if ((inSeen || container !== undefined) && pages.length === 0 && /^\d+\s*[–‑-]\s*\d+$/.test(t)) {
      pages.push(t)
      continue
    }
    // `Chronicle of Higher Education, April 2, 2004, A44`: a newspaper's section page after the date.
    if (container !== undefined && dates.length > 0 && /^[A-Z]\d{1,3}(?:\s*[–—-]\s*[A-Z]?\d{1,3})?$/.test(t)) {
      pages.push(t)
      continue
    }
    // Pages written before the date (`Vol. 8, pp. 129–139, March 1986`).
    const midPages = /^(?:pp?\.|pages)\s*(\d+\s*[–—-]\s*\d+)$/.exec(t)
    if (midPages) {
      pages.push(midPages[1]!)
      continue
    }
    const multi = /^(?:pp?\.)\s*([\d–-]+)\s+and\s+(.+)$/.exec(t)
    if (multi) {
      pages.push(multi[1]!)
      t = multi[2]!
    }
    const v = VOLNO.exec(t)
    if (v) {
      volno = true
      const kind = v[1]!.toLowerCase()
      const value = v[2]!.replace(/[.,]$/, '')
      const after = takeBrackets(v[3]!)
      applyBrackets(item, after.brackets, 'title')
      if (kind.startsWith('vol') || kind === 'bd.' || kind === 't.') item.volume = value
      else issues.push(value)
      continue
    }
    const ser = /^(.+?)\s+(?:No\.|no\.|Number)\s*(\S+)$/.exec(t)
    if (ser && ser[1]!.split(/\s+/).some((w) => SERIES_WORDS.has(w.toLowerCase()))) {
      item['collection-title'] = ser[1]!
      item.number = ser[2]!
      series = true
      continue
    }
    if (/^\[.*\]$/.test(t)) {
      addNote(item, t.slice(1, -1))
      continue
    }
    // `O’Reilly Media, Inc.`: the company's suffix belongs to the publisher.
    if (typeof item.publisher === 'string' && /^(Inc|Ltd|LLC|Co|Corp|GmbH|S\.A|Pty Ltd)\.?$/.test(t)) {
      item.publisher = `${item.publisher}, ${t}`
      continue
    }
    // After an italic (book) title, a plain name before the year is its publisher (`O’Reilly Media, 2020`).
    if (!quoted && isItalic(first.text) && container === undefined && item.publisher === undefined && !isItalic(t) && /^\p{Lu}/u.test(t) && !inSeen) {
      item.publisher = t
      imprint = true
      continue
    }
    if (container === undefined && /^[\p{Lu}\d‘“'"]/u.test(t)) {
      const br = takeBrackets(t)
      container = br.text
      containerBrackets = br.brackets
      // Chicago's `Journal 40, no. 10 (July 2017)`: the volume follows the journal's name.
      const dotted = /^(.*\D)\s+(\d{1,4})\.(\d{1,4})$/.exec(container)
      if (dotted && item.volume === undefined) {
        // `Education Research and Perspectives 38.1`: volume.issue
        container = dotted[1]!
        item.volume = dotted[2]!
        issues.push(dotted[3]!)
        volno = true
        continue
      }
      // `Annals of Statistics 32 (2) April 2004`: the date after the volume.
      const tailDate = quoted ? /^(.*\d\)?)\s+((?:\p{Lu}\p{Ll}+\.?\s+)?(?:1[5-9]|20)\d\d)$/u.exec(container) : null
      const tailParsed = tailDate ? parseDate(tailDate[2]!) : undefined
      if (tailDate && tailParsed) {
        container = tailDate[1]!
        dates.push(tailParsed)
      }
      const glued = /^(.*\D)\s+(\d{1,4})(?:\s*\((\d{1,4})\))?$/.exec(container)
      const after = rest[k + 1]?.text ?? ''
      // `J. Imaging 2020, 6(10), 110`: the year after the name, the volume after it.
      if (glued && !glued[3] && /^(1[5-9]|20)\d\d$/.test(glued[2]!) && /^\d{1,4}\s*\(\d{1,4}\)$/.test(after)) {
        container = glued[1]!
        dates.push(parseDate(glued[2]!)!)
        yearGlued = true
        continue
      }
      // (`… 38.1 (2011): 105-123. 114`: a number after a sentence end or after pages is no volume.)
      if (glued && item.volume === undefined && !/[.:]$/.test(glued[1]!.trim()) && !/\d\s*:\s*\d/.test(glued[1]!) && (parenDate !== undefined || /^(no\.|No\.|n°)/.test(after) || /\(/.test(after) || (quoted && (glued[3] !== undefined || /^(pp?\.\s|pages\s)/.test(after) || /^\d{1,3}$/.test(after) || parseDate(after) !== undefined || (k === rest.length - 1 && loc !== undefined))))) {
        container = glued[1]!
        item.volume = glued[2]!
        if (glued[3]) issues.push(glued[3])
        volno = true
      }
      continue
    }
    if (container !== undefined && !volno && /^[\p{Lu}]/u.test(t) && !imprint) {
      container = `${container}, ${t}`
      continue
    }
    stray++
    addNote(item, t)
  }

  if (titleParen) applyParen(titleParen)

  function applyParen(p: Paren): void {
    // `(paper presented at the Annual Meeting …, July 5 2020)`: a conference paper.
    const event = p.note !== undefined ? PRESENTED.exec(p.note) : null
    if (event) {
      item['event-title'] = event[1]!
      presented = true
      p = {...p}
      delete p.note
    }
    if (p.place !== undefined) item['publisher-place'] = p.place
    if (p.publisher !== undefined) item.publisher = p.publisher
    if (p.place !== undefined || p.publisher !== undefined) imprint = true
    if (p.medium !== undefined) item.medium = p.medium
    if (p.genre !== undefined) item.genre ??= p.genre
    if (p.note !== undefined) addNote(item, p.note)
    if (p.original) item['original-date'] = p.original
    if (p.thesis) item.type = 'thesis'
    if (p.date) parenDate ??= p.date
    for (const b of p.before ?? []) {
      const ed = /^(?:(\d+)(?:st|nd|rd|th|d)|(rev\.|revised))\.?\s+(?:ed\.|edn\.?|edition)$/i.exec(b)
      const eds = /^(?:ed\.|eds\.|edited by)\s+(.+)$/.exec(b)
      const edNames = eds ? parseNames(eds[1]!, false) : undefined
      const vols = /^(\d+)\s+vols?\.?$/.exec(b)
      const series = /^(\p{Lu}.*?)\s+(\d+|[IVXLC]+)$/u.exec(b)
      if (ed) item.edition = ed[1] ?? ed[2]!
      else if (edNames) item.editor = edNames.names
      else if (vols) item['number-of-volumes'] = vols[1]!
      else if (series) {
        item['collection-title'] = series[1]!
        item['collection-number'] = series[2]!
      } else addNote(item, b)
    }
  }

  let pin = loc
  if (archive && pin && pin.label !== 'page') {
    // `Ll. 258–292`, `d. 26–64`: folio/sheet numbers are part of the archival reference.
    location.push(...rawLocator)
    pin = undefined
  }
  if (archive && location.length > 0) {
    const loc2 = location.join(', ').replace(/^(No\.|no\.|Nos\.)\s*/, '')
    item.archive_location = loc2
  }
  const hasContainer = container !== undefined

  // Type.
  if (item.type === 'thesis') item.type = 'thesis'
  else if (presented && !archive && !inSeen) item.type = 'paper-conference'
  else if (archive || item.type === 'manuscript') item.type = 'manuscript'
  else if (series) item.type = 'report'
  else if (inSeen) item.type = 'chapter'
  else if (quoted && item.URL && !volno && !imprint && pages.length === 0 && !(loc && loc.label === 'page')) item.type = 'webpage'
  else if (quoted && hasContainer) item.type = hasDay(dates[dates.length - 1] ?? parenDate) && !volno ? 'article-newspaper' : 'article-journal'
  else if (!quoted && imprint) item.type = 'book'
  else if (!quoted && !imprint && !inSeen && (issues.length > 0 || (!head && dates.length > 0)) && !hasContainer) {
    // A periodical named without an article title: `Renmin ribao [People's Daily], 6 September 1950`.
    const d = parenDate ?? dates[0]
    item.type = hasDay(d) || (!volno && dates.length > 0) ? 'article-newspaper' : 'article-journal'
    container = title
    delete item.title
    if (typeof item.note === 'string') item.note = item.note.replace(/Translated title:/g, 'Translated container title:')
  } else if (quoted && (dates.length > 0 || location.length > 0)) item.type = 'manuscript'
  else if (!quoted && head && volno && hasContainer && item.volume !== undefined && (pages.length > 0 || loc !== undefined)) item.type = 'article-journal' // `Author, Title. Journal, 45: 171-194`
  else if (!quoted && head && volno) item.type = 'book'

  if (container !== undefined && container !== '') item['container-title'] = container
  applyBrackets(item, containerBrackets, 'container title')
  if (issues.length > 0) item.issue = issues.join(', ')

  // A title that ends with its date (`“Report …, 23 March 1953,”`, `Puzanov's notes from 9 to 28 April 1958`) dates the document.
  if (!docDate && dates.length === 0 && typeof item.title === 'string') {
    const m = /(?:,\s+|\bfrom\s+)([^,]+)$/.exec(item.title)
    const d = m ? parseDate(m[1]!) : undefined
    if (d && hasDay(d)) docDate = d
  }
  // Two full dates in a row (`16 January 1957, 11 March 1957`): the span of the document.
  if (docDate && dates.length >= 2 && dates[0] === docDate && hasDay(dates[1]) && (docDate['date-parts']?.length ?? 0) === 1 && (dates[1]!['date-parts']?.length ?? 0) === 1 && !inSeenBeforeSecondDate) {
    docDate = {'date-parts': [docDate['date-parts']![0]!, dates[1]!['date-parts']![0]!]}
  }
  // Issued: a document's own date wins over the date of the collection that prints it.
  const issued = docDate ?? parenDate ?? dates[0] ?? titleDate ?? headDate
  if (issued) item.issued = issued
  if (docDate && parenDate && (inSeen || hasContainer) && !archive) {
    const y = parenDate['date-parts']?.[0]?.[0]
    if (y !== undefined && !/collection:|journal issue:/.test(String(item.note ?? ''))) {
      addNote(item, `${inSeen ? 'collection' : 'journal issue'}: ${issues.length ? `No. ${issues.join(', ')} ` : ''}(${item.medium ? `${String(item.medium)}, ` : ''}${y})`)
    }
  }
  if (item.type === 'chapter' && inSeen && docDate && item.issue !== undefined && item.volume === undefined) {
    item.volume = item.issue
    delete item.issue
  }

  // Form and evidence.
  const evidence =
    imprint || archive || item.type === 'manuscript' || headDate !== undefined || titleDate !== undefined || volno || series || inSeen || (hasContainer && quoted) || dates.length > 0 || parenDate !== undefined || item.URL !== undefined || item.DOI !== undefined
  let form: ParsedReference['form'] = 'full'
  const shortNames: string[] = []
  if (!evidence) {
    const familyOnly = head ? head.names.familyOnly : true
    if (!familyOnly || stray > 0) return undefined
    if (!pin && !options.allowBareTitle) return undefined
    if (!head && !quoted && !(options.allowBareTitle && pin)) return undefined
    if (!head && quoted && !pin) return undefined
    // A long run of capitalised words after a name is no short title.
    if (head && !pin && !quoted && title.split(/\s+/).length > 12) return undefined
    form = 'short'
    for (const n of names ?? []) if (n.family) shortNames.push(n.family)
  } else if (opening === 'text' && !head) {
    // Text opening without names: needs a strong sign.
    // (`Springer, 2021, 351–66`, the tail of a reference cut by a sentence end, is none.)
    const dated = (dates.length > 0 && pin !== undefined) || (dates.some(hasDay) && (hasContainer || item.type === 'manuscript'))
    if (!(archive || volno || imprint || dated || series || inSeen)) return undefined
  }

  // Pinpoint or page range of the item.
  let locator: string | null = null
  let label = 'page'
  if (pin) {
    label = pin.label
    const range = /^\d+\s*[–—-]\s*\d+$/.test(pin.value)
    const published = (item.type === 'article-journal' || item.type === 'chapter') && !docDate && form === 'full'
    if (published && range && !pin.esp && label === 'page') {
      pages.push(pin.value)
    } else locator = pin.value
  }
  if (pages.length > 0) {
    item.page = pages.join(', ')
    if (pages.length > 1 && issues.length > 1) addNote(item, `published in ${pages.length} parts`)
  }
  const shortTitle = form === 'short' ? title : ''
  if (form === 'short') {
    const shortItem: ItemFields = {type: 'document', title}
    if (names) shortItem.author = names
    return {form, item: shortItem, locator, label, opening: head ? 'names' : opening, shortNames, shortTitle, warnings}
  }
  return {form, item, locator, label, opening: head ? 'names' : opening, shortNames, shortTitle, warnings}
}
