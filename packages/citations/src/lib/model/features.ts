import {lexiconIndex} from './lexicons.js'
import type {Token} from './tokens.js'
import {fold as foldWord} from '@octavo/tree'

/** Offsets `[start, end)` of italic runs in the note's text (Markdown emphasis), when the source has them. */
export type Italics = ReadonlyArray<readonly [number, number]>

const LEXICON = lexiconIndex()

/** Quotation marks that open, and the marks that may close each (`„…“` German, `«…»` French, `"…"`). */
const QUOTE_CLOSERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['“', ['”', '“']],
  ['„', ['“', '”']],
  ['«', ['»']],
  ['‹', ['›']],
  ['‘', ['’']],
  ['‚', ['‘', '’']],
  ['"', ['"']]
])
const CLOSING_QUOTES = new Set(['”', '»', '›', '’', '“', '"'])
const OPENING_BRACKETS = new Set(['(', '['])
const CLOSING_BRACKETS = new Set([')', ']'])

/** `Xx`, `X.`, `0000`, `xx0`: the kinds of character in a word, runs collapsed. */
export function shape(word: string): string {
  let out = ''
  let last = ''
  for (const ch of word) {
    const c = ch.charCodeAt(0)
    const k =
      c >= 65 && c <= 90
        ? 'X'
        : c >= 97 && c <= 122
          ? 'x'
          : c >= 48 && c <= 57
            ? '0'
            : c < 128
              ? ch
              : /\p{Lu}/u.test(ch)
                ? 'X'
                : /\p{Ll}/u.test(ch)
                  ? 'x'
                  : /\p{N}/u.test(ch)
                    ? '0'
                    : /\p{L}/u.test(ch)
                      ? 'l'
                      : ch
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
  /** Prose signs of the clause: a verb, and the share of its words that start lower case (`cl-lower=3`: 30–39%). */
  clauseVerb: Uint8Array
  clauseLower: Uint8Array
  /** What came before the token in its clause: features such as `seen-in`, `commas=2`. */
  history: string[][]
}

/** Words that open a container (`in`, `In:`, `dans`, `en`) when they follow punctuation or start a clause. */
const CONTAINER_WORDS = new Set(['in', 'dans', 'en', 'nel', 'nella', 'im'])

/** Features of what precedes each token in its clause, computed left to right. */
function histories(tokens: readonly Token[], c: Omit<Context, 'history'>): string[][] {
  const out: string[][] = []
  let start = -1
  let seenIn = false,
    seenClose = false,
    seenYear = false,
    seenColon = false,
    seenParen = false
  let commas = 0,
    periods = 0
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
    if (CLOSING_QUOTES.has(t) && c.quote[i] && !c.quote[i + 1]) seenClose = true
    if (/^(1[5-9]|20)\d\d$/.test(t)) seenYear = true
    if (t === ':') seenColon = true
    if (t === '(') seenParen = true
    if (t === ',' && !c.quote[i]) commas++
    if (t === '.' && prev !== undefined && prev.length >= 3 && !c.quote[i]) periods++
  }
  return out
}

/** A period that ends a sentence: after a word of three letters or more that is no initial, before a capital. */
function endsSentence(tokens: readonly Token[], mine: readonly Own[], i: number): boolean {
  const t = tokens[i]!
  if (t.text !== '.' && t.text !== '?' && t.text !== '!') return false
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (!prev || !next || next.start === t.end) return false
  if (t.text === '.' && (prev.text.length < 3 || (/^\p{Lu}/u.test(prev.text) && prev.text.length < 4) || LEXICON.has(mine[i - 1]!.word))) return false
  return /^[\p{Lu}“"«„(]/u.test(next.text)
}

/** Where each token stands; `mine`: the tokens' own features (their folded words, made once). */
function context(tokens: readonly Token[], mine: readonly Own[], italics: Italics | undefined): Context {
  const n = tokens.length
  const c: Context = {
    quote: new Uint8Array(n),
    bracket: new Uint8Array(n),
    italic: new Uint8Array(n),
    clauseStart: new Int32Array(n),
    clauseEnd: new Int32Array(n),
    clauseYear: new Uint8Array(n),
    clauseQuote: new Uint8Array(n),
    clauseVerb: new Uint8Array(n),
    clauseLower: new Uint8Array(n),
    history: []
  }
  const quotes: string[] = []
  let bracket = 0
  let it = 0
  let start = 0
  const close = (end: number) => {
    let year = 0
    let quoted = 0
    let verb = 0
    let words = 0
    let lower = 0
    for (let j = start; j < end; j++) {
      const t = tokens[j]!.text
      if (/^(1[5-9]|20)\d\d[a-z]?$/.test(t)) year = 1
      if (c.quote[j]) quoted = 1
      if (!c.quote[j] && LEXICON.get(mine[j]!.word)?.includes('verb')) verb = 1
      const first = t.charCodeAt(0)
      if (first >= 65 && first <= 90) words++
      else if (first >= 97 && first <= 122) {
        words++
        lower++
      } else if (/^\p{Lu}/u.test(t)) words++
      else if (/^\p{Ll}/u.test(t)) {
        words++
        lower++
      }
    }
    const share = words < 3 ? 10 : Math.min(9, Math.floor((10 * lower) / words))
    for (let j = start; j < end; j++) {
      c.clauseStart[j] = start
      c.clauseEnd[j] = end
      c.clauseYear[j] = year
      c.clauseQuote[j] = quoted
      c.clauseVerb[j] = verb
      c.clauseLower[j] = share
    }
    start = end
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!.text
    const open = quotes[quotes.length - 1]
    const closes = open !== undefined && QUOTE_CLOSERS.get(open)!.includes(t)
    if (closes) quotes.pop()
    else if (QUOTE_CLOSERS.has(t) && quotes.length < 4) quotes.push(t)
    c.quote[i] = quotes.length > 0 || closes ? 1 : 0
    const quote = quotes.length
    if (OPENING_BRACKETS.has(t)) bracket++
    else if (CLOSING_BRACKETS.has(t) && bracket > 0) bracket--
    c.bracket[i] = bracket > 0 || CLOSING_BRACKETS.has(t) ? 1 : 0
    if (italics) {
      while (it < italics.length && italics[it]![1] <= tokens[i]!.start) it++
      const r = italics[it]
      c.italic[i] = r && r[0] <= tokens[i]!.start && tokens[i]!.end <= r[1] ? 1 : 0
    }
    if ((t === ';' && quote === 0 && bracket === 0) || endsSentence(tokens, mine, i)) close(i + 1)
  }
  close(n)
  c.history = histories(tokens, c)
  return c
}

function bucket(n: number, limits: readonly number[]): string {
  for (const l of limits) if (n <= l) return String(l)
  return `>${limits[limits.length - 1]}`
}

/** A kind of feature: its name, and the hash state after `name=` (so that a value is hashed without joining strings). */
export interface Template {
  name: string
  seed: number
}

/** Where features go: their names (to read them) or their hashes (to score them). */
export interface FeatureSink {
  /** A feature `name=value` (`name=value|second`). */
  add(template: Template, value?: string, second?: string): void
  /** The current token's features are complete. */
  next(): void
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME)
  return h
}

export function template(name: string): Template {
  return {name, seed: mix(FNV_OFFSET, `${name}=`)}
}

function hashWith(seed: number, value: string, second: string | undefined): number {
  let h = mix(seed, value)
  if (second !== undefined) h = mix(Math.imul(h ^ 124, FNV_PRIME), second)
  return h >>> 0 || 1
}

/** A feature's hash: FNV-1a of `name=value` (`name=value|second`), never 0. */
export function hashFeature(name: string, value = '', second?: string): number {
  return hashWith(template(name).seed, value, second)
}

/** Collects hashes into a growing typed array: token i's are `hashes[offsets[i]..offsets[i + 1])`. */
export class HashSink implements FeatureSink {
  hashes: Uint32Array
  length = 0
  offsets: Int32Array
  token = 0
  constructor(tokens: number) {
    this.hashes = new Uint32Array(Math.max(16, tokens * 40))
    this.offsets = new Int32Array(tokens + 1)
  }
  add(t: Template, value = '', second?: string): void {
    if (this.length === this.hashes.length) {
      const bigger = new Uint32Array(this.hashes.length * 2)
      bigger.set(this.hashes)
      this.hashes = bigger
    }
    this.hashes[this.length++] = hashWith(t.seed, value, second)
  }
  next(): void {
    this.offsets[++this.token] = this.length
  }
}

/** Collects names, `name=value`: to read what the model sees. */
export class NameSink implements FeatureSink {
  tokens: string[][] = [[]]
  add(t: Template, value?: string, second?: string): void {
    this.tokens[this.tokens.length - 1]!.push(value === undefined ? `${t.name}=` : second === undefined ? `${t.name}=${value}` : `${t.name}=${value}|${second}`)
  }
  next(): void {
    this.tokens.push([])
  }
}

interface Own {
  word: string
  shape: string
  /** Its word lists and number kind: seen from its neighbours too. */
  kinds: string[]
}

/** The token's own features, without context: word, shape, affixes, number kind, lists. */
function own(token: Token): Own {
  const w = token.text
  const f = foldWord(w)
  const kinds: string[] = []
  const num = numberKind(w, f)
  if (num) kinds.push(`num:${num}`)
  for (const name of LEXICON.get(f) ?? []) kinds.push(`lex:${name}`)
  if (/^(?:https?:\/\/|www\.)/i.test(w)) kinds.push('url')
  if (/^10\.\d{4,9}\//.test(w)) kinds.push('doi')
  return {word: f, shape: shape(w), kinds}
}

/** The kinds of feature, by name. */
const T_B = template('b')
const T_BR = template('br')
const T_CL = template('cl')
const T_CLE = template('cle')
const T_CLPOS = template('clpos')
const T_CL_FIRST = template('cl-first')
const T_CL_QUOTE = template('cl-quote')
const T_CL_YEAR = template('cl-year')
const T_CL_VERB = template('cl-verb')
const T_CL_LOWER = template('cl-lower')
const LOWER_SHARES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'short']
const T_GLUEDP1 = template('glued+1')
const T_H = template('h')
const T_IT = template('it')
const T_IT_START = template('it-start')
const T_K = template('k')
const T_KM1 = template('k-1')
const T_KP1 = template('k+1')
const T_LEN = template('len')
const T_NOTE = template('note')
const T_P3 = template('p3')
const T_Q = template('q')
const T_ROMAN = template('roman')
const T_S = template('s')
const T_SM1 = template('s-1')
const T_SM1_S_SP1 = template('s-1|s|s+1')
const T_SP1 = template('s+1')
const T_W = template('w')
const T_WM1 = template('w-1')
const T_WM1_W = template('w-1|w')
const T_WM2 = template('w-2')
const T_WP1 = template('w+1')
const T_WP2 = template('w+2')
const T_W_WP1 = template('w|w+1')
const T_X2 = template('x2')
const T_X3 = template('x3')

const START: Own = {word: '<s>', shape: '<s>', kinds: []}
const END: Own = {word: '</s>', shape: '</s>', kinds: []}

/**
 * The features of every token of a note, into `sink`: its own, its
 * neighbours', where it stands (in quotes, brackets, italics; in its clause,
 * in the note) and what its clause holds before it (a year, a quotation, `in`).
 */
export function noteFeatures(tokens: readonly Token[], italics: Italics | undefined, sink: FeatureSink): void {
  const n = tokens.length
  const mine = tokens.map(own)
  const c = context(tokens, mine, italics)
  const at = (i: number) => (i < 0 ? START : i >= n ? END : mine[i]!)
  for (let i = 0; i < n; i++) {
    const me = mine[i]!
    const w = me.word
    sink.add(T_B)
    sink.add(T_W, w)
    sink.add(T_S, me.shape)
    if (w.length >= 4 && /\p{L}/u.test(w)) {
      sink.add(T_P3, w.slice(0, 3))
      sink.add(T_X3, w.slice(-3))
      sink.add(T_X2, w.slice(-2))
    }
    sink.add(T_LEN, bucket(tokens[i]!.text.length, [1, 2, 3, 5, 8, 12]))
    for (const k of me.kinds) sink.add(T_K, k)
    const prev = at(i - 1)
    const next = at(i + 1)
    sink.add(T_WM1, prev.word)
    sink.add(T_WP1, next.word)
    sink.add(T_WM2, at(i - 2).word)
    sink.add(T_WP2, at(i + 2).word)
    sink.add(T_SM1, prev.shape)
    sink.add(T_SP1, next.shape)
    sink.add(T_WM1_W, prev.word, w)
    sink.add(T_W_WP1, w, next.word)
    sink.add(T_SM1_S_SP1, prev.shape, `${me.shape}|${next.shape}`)
    for (const k of prev.kinds) sink.add(T_KM1, k)
    for (const k of next.kinds) sink.add(T_KP1, k)
    if (tokens[i + 1] && tokens[i + 1]!.start === tokens[i]!.end) sink.add(T_GLUEDP1)
    if (c.quote[i]) sink.add(T_Q)
    if (c.bracket[i]) sink.add(T_BR)
    if (italics) sink.add(c.italic[i] ? T_IT : T_ROMAN)
    if (c.italic[i] && !c.italic[i - 1]) sink.add(T_IT_START)
    const fromStart = i - c.clauseStart[i]!
    const toEnd = c.clauseEnd[i]! - 1 - i
    sink.add(T_CL, bucket(fromStart, [0, 1, 2, 3, 5, 8]))
    sink.add(T_CLE, bucket(toEnd, [0, 1, 2, 4]))
    if (c.clauseYear[i]) sink.add(T_CL_YEAR)
    if (c.clauseQuote[i]) sink.add(T_CL_QUOTE)
    if (c.clauseVerb[i]) sink.add(T_CL_VERB)
    sink.add(T_CL_LOWER, LOWER_SHARES[c.clauseLower[i]!])
    sink.add(T_NOTE, bucket(i, [0, 1, 2, 4, 8, 16]))
    if (c.clauseStart[i] === 0) sink.add(T_CL_FIRST)
    const length = c.clauseEnd[i]! - c.clauseStart[i]!
    sink.add(T_CLPOS, String(Math.floor((5 * fromStart) / Math.max(1, length))))
    for (const h of c.history[i]!) sink.add(T_H, h)
    sink.next()
  }
}

/** The features of a note as hashes. */
export function featureHashes(tokens: readonly Token[], italics?: Italics): {hashes: Uint32Array; offsets: Int32Array} {
  const sink = new HashSink(tokens.length)
  noteFeatures(tokens, italics, sink)
  return {hashes: sink.hashes.subarray(0, sink.length), offsets: sink.offsets}
}

/** The features of a note by name (`w=see`, `k-1=lex:month`): to read them. */
export function featureNames(tokens: readonly Token[], italics?: Italics): string[][] {
  const sink = new NameSink()
  noteFeatures(tokens, italics, sink)
  sink.tokens.pop()
  return sink.tokens
}
