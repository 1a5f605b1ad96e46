import {lexiconIndex} from './lexicons.js'
import type {Token} from './tokens.js'

/** Offsets `[start, end)` of italic runs in the note's text (Markdown emphasis), when the source has them. */
export type Italics = ReadonlyArray<readonly [number, number]>

const LEXICON = lexiconIndex()

const OPENING_QUOTES = new Set(['“', '„', '«', '‹', '‘', '‚'])
const CLOSING_QUOTES = new Set(['”', '»', '›', '’'])
const OPENING_BRACKETS = new Set(['(', '['])
const CLOSING_BRACKETS = new Set([')', ']'])

/** Lower case without accents and without a final period. */
export function foldWord(word: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = /[^\x00-\x7f]/.test(word) ? word.normalize('NFKD').replace(/\p{M}/gu, '') : word
  return plain.toLowerCase()
}

/** `Xx`, `X.`, `0000`, `xx0`: the kinds of character in a word, runs collapsed. */
export function shape(word: string): string {
  let out = ''
  let last = ''
  for (const ch of word) {
    const k = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? '0' : /\p{L}/u.test(ch) ? 'l' : ch
    if (k !== last) out += k
    last = k
  }
  return out
}

const ROMAN = /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/

/** What kind of number a token is: `year`, `digits2`, `roman`, `ordinal`, …; undefined for none. */
function numberKind(word: string, folded: string): string | undefined {
  if (/^\d+$/.test(word)) {
    if (/^(1[0-9]|20)\d\d$/.test(word)) return 'year'
    return `digits${Math.min(word.length, 5)}`
  }
  if (/^(1[0-9]|20)\d\d[a-z]$/.test(word)) return 'year-suffix'
  if (/^\d+(st|nd|rd|th|er|e|eme|ème|o|a|°)$/i.test(word)) return 'ordinal'
  if (/\d/.test(word)) return /\p{L}/u.test(word) ? 'alnum' : 'digits-other'
  if (word.length <= 7 && ROMAN.test(folded) && folded !== 'i' && folded !== 'v' && folded !== 'c' && folded !== 'd' && folded !== 'l' && folded !== 'm') return 'roman'
  return undefined
}

interface Context {
  quote: Uint8Array // inside a quotation
  bracket: Uint8Array // inside parentheses or square brackets
  italic: Uint8Array
  clauseStart: Int32Array // index of the first token of the token's clause
  clauseEnd: Int32Array // one past its last token
  clauseYear: Uint8Array
  clauseQuote: Uint8Array
  /** What came before the token in its clause: features such as `seen-in`, `commas=2`. */
  history: string[][]
}

/** Words that open a container (`in`, `In:`, `dans`, `en`) when they follow punctuation or start a clause. */
const CONTAINER_WORDS = new Set(['in', 'dans', 'en', 'nel', 'nella', 'im'])

/** Features of what precedes each token in its clause, computed left to right. */
function histories(tokens: readonly Token[], c: Omit<Context, 'history'>): string[][] {
  const out: string[][] = []
  let start = -1
  let seenIn = false, seenClose = false, seenYear = false, seenColon = false, seenParen = false
  let commas = 0, periods = 0
  for (let i = 0; i < tokens.length; i++) {
    if (c.clauseStart[i] !== start) {
      start = c.clauseStart[i]!
      seenIn = seenClose = seenYear = seenColon = seenParen = false
      commas = periods = 0
    }
    const h = [`commas=${Math.min(commas, 5)}`, `periods=${Math.min(periods, 3)}`]
    if (seenIn) h.push('seen-in')
    if (seenClose) h.push('seen-close')
    if (seenYear) h.push('seen-year')
    if (seenColon) h.push('seen-colon')
    if (seenParen) h.push('seen-paren')
    out.push(h)
    const t = tokens[i]!.text
    const prev = tokens[i - 1]?.text
    if (CONTAINER_WORDS.has(t.toLowerCase()) && (i === start || prev === ',' || prev === '.' || prev === '”' || prev === '»')) seenIn = true
    if (CLOSING_QUOTES.has(t) || (t === '"' && !c.quote[i])) seenClose = true
    if (/^(1[5-9]|20)\d\d$/.test(t)) seenYear = true
    if (t === ':') seenColon = true
    if (t === '(') seenParen = true
    if (t === ',' && !c.quote[i]) commas++
    if (t === '.' && prev !== undefined && prev.length >= 3 && !c.quote[i]) periods++
  }
  return out
}

/** A period that ends a sentence: after a word of three letters or more that is no initial, before a capital. */
function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!
  if (t.text !== '.' && t.text !== '?' && t.text !== '!') return false
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (!prev || !next || next.start === t.end) return false
  if (t.text === '.' && (prev.text.length < 3 || /^\p{Lu}/u.test(prev.text) && prev.text.length < 4 || LEXICON.has(foldWord(prev.text)))) return false
  return /^[\p{Lu}“"«„(]/u.test(next.text)
}

function context(tokens: readonly Token[], italics: Italics | undefined): Context {
  const n = tokens.length
  const c: Context = {
    quote: new Uint8Array(n),
    bracket: new Uint8Array(n),
    italic: new Uint8Array(n),
    clauseStart: new Int32Array(n),
    clauseEnd: new Int32Array(n),
    clauseYear: new Uint8Array(n),
    clauseQuote: new Uint8Array(n),
    history: []
  }
  let quote = 0
  let straight = false
  let bracket = 0
  let it = 0
  let start = 0
  const close = (end: number) => {
    let year = 0
    let quoted = 0
    for (let j = start; j < end; j++) {
      if (/^(1[5-9]|20)\d\d[a-z]?$/.test(tokens[j]!.text)) year = 1
      if (c.quote[j]) quoted = 1
    }
    for (let j = start; j < end; j++) {
      c.clauseStart[j] = start
      c.clauseEnd[j] = end
      c.clauseYear[j] = year
      c.clauseQuote[j] = quoted
    }
    start = end
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!.text
    if (OPENING_QUOTES.has(t) && !(t === '‘' && quote > 0)) quote++
    else if (CLOSING_QUOTES.has(t) && quote > 0) quote--
    else if (t === '"') straight = !straight
    else if (t === '“' && quote > 0) quote--
    c.quote[i] = quote > 0 || straight ? 1 : 0
    if (OPENING_BRACKETS.has(t)) bracket++
    else if (CLOSING_BRACKETS.has(t) && bracket > 0) bracket--
    c.bracket[i] = bracket > 0 || CLOSING_BRACKETS.has(t) ? 1 : 0
    if (italics) {
      while (it < italics.length && italics[it]![1] <= tokens[i]!.start) it++
      const r = italics[it]
      c.italic[i] = r && r[0] <= tokens[i]!.start && tokens[i]!.end <= r[1] ? 1 : 0
    }
    if ((t === ';' && quote === 0 && bracket === 0) || endsSentence(tokens, i)) close(i + 1)
  }
  close(n)
  c.history = histories(tokens, c)
  return c
}

function bucket(n: number, limits: readonly number[]): string {
  for (const l of limits) if (n <= l) return String(l)
  return `>${limits[limits.length - 1]}`
}

/** The token's own features, without context: word, shape, affixes, number kind, lists. */
function own(token: Token): string[] {
  const w = token.text
  const f = foldWord(w)
  const out = [`w=${f}`, `s=${shape(w)}`]
  if (f.length >= 4 && /\p{L}/u.test(f)) out.push(`p3=${f.slice(0, 3)}`, `x3=${f.slice(-3)}`, `x2=${f.slice(-2)}`)
  out.push(`len=${bucket(w.length, [1, 2, 3, 5, 8, 12])}`)
  const num = numberKind(w, f)
  if (num) out.push(`num=${num}`)
  for (const name of LEXICON.get(f) ?? []) out.push(`lex=${name}`)
  if (/^(?:https?:\/\/|www\.)/i.test(w)) out.push('url')
  if (/^10\.\d{4,9}\//.test(w)) out.push('doi')
  return out
}

/**
 * The features of every token of a note: its own, its neighbours', where it
 * stands (in quotes, brackets, italics; in its clause, in the note) and what
 * its clause holds (a year, a quotation).
 */
export function noteFeatures(tokens: readonly Token[], italics?: Italics): string[][] {
  const n = tokens.length
  const c = context(tokens, italics)
  const mine = tokens.map(own)
  const words = tokens.map((t) => foldWord(t.text))
  const shapes = tokens.map((t) => shape(t.text))
  const at = (i: number, what: readonly string[]) => (i < 0 ? '<s>' : i >= n ? '</s>' : what[i]!)
  const out: string[][] = []
  for (let i = 0; i < n; i++) {
    const f = ['b', ...mine[i]!]
    f.push(`w-1=${at(i - 1, words)}`, `w+1=${at(i + 1, words)}`, `w-2=${at(i - 2, words)}`, `w+2=${at(i + 2, words)}`)
    f.push(`s-1=${at(i - 1, shapes)}`, `s+1=${at(i + 1, shapes)}`)
    f.push(`w-1|w=${at(i - 1, words)}|${words[i]}`, `w|w+1=${words[i]}|${at(i + 1, words)}`)
    f.push(`s-1|s|s+1=${at(i - 1, shapes)}|${shapes[i]}|${at(i + 1, shapes)}`)
    for (const g of mine[i - 1] ?? []) if (g.startsWith('lex=') || g.startsWith('num=')) f.push(`-1${g}`)
    for (const g of mine[i + 1] ?? []) if (g.startsWith('lex=') || g.startsWith('num=')) f.push(`+1${g}`)
    if (tokens[i + 1] && tokens[i + 1]!.start === tokens[i]!.end) f.push('glued+1')
    if (c.quote[i]) f.push('q')
    if (c.bracket[i]) f.push('br')
    if (italics) f.push(c.italic[i] ? 'it' : 'roman')
    if (c.italic[i] && !c.italic[i - 1]) f.push('it-start')
    const fromStart = i - c.clauseStart[i]!
    const toEnd = c.clauseEnd[i]! - 1 - i
    f.push(`cl=${bucket(fromStart, [0, 1, 2, 3, 5, 8])}`, `cle=${bucket(toEnd, [0, 1, 2, 4])}`)
    if (c.clauseYear[i]) f.push('cl-year')
    if (c.clauseQuote[i]) f.push('cl-quote')
    f.push(`note=${bucket(i, [0, 1, 2, 4, 8, 16])}`)
    if (c.clauseStart[i] === 0) f.push('cl-first')
    const length = c.clauseEnd[i]! - c.clauseStart[i]!
    f.push(`clpos=${Math.floor((5 * fromStart) / Math.max(1, length))}`)
    for (const h of c.history[i]!) f.push(h)
    out.push(f)
  }
  return out
}
