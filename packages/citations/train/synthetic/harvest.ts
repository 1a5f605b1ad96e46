/**
 * Realistic titles, journals, publishers and places read from the label spans
 * of permissively licensed labeled data in `../shared/data`:
 *
 * - `anystyle-gold/*.jsonl` (BSD-2-Clause, © Sylvester Keil): `segments`;
 * - `footnotes/linkedbooks.jsonl` (MIT / CC BY 4.0) and
 *   `footnotes/grobid-citation.jsonl` (CC BY 4.0): `labels`.
 *
 * The copyleft files of that folder (`openedition.jsonl`, `excite.jsonl`) are
 * never opened. Values are cleaned and filtered hard (OCR noise, markup,
 * truncation); what is kept is read at generation time and not shipped.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {LANGS, STOPWORDS, type Lang} from './vocab.js'

export interface Harvest {
  titles: Record<Lang | 'und', string[]>
  journals: string[]
  publishers: string[]
  places: string[]
}

export const DEFAULT_DATA_DIR = new URL('../../../../../shared/data/', import.meta.url).pathname

type Kind = 'title' | 'journal' | 'publisher' | 'place'

/** Source label → what it gives us. */
const ANYSTYLE_LABELS: Record<string, Kind> = {title: 'title', journal: 'journal', publisher: 'publisher', location: 'place'}
const FOOTNOTE_LABELS: Record<string, Kind> = {title: 'title', 'container-title': 'journal', publisher: 'publisher', 'publisher-place': 'place'}
const FOOTNOTE_FILES = ['linkedbooks.jsonl', 'grobid-citation.jsonl'] as const

const LIMITS: Record<Kind, {min: number; max: number; words: number}> = {
  title: {min: 8, max: 150, words: 2},
  journal: {min: 4, max: 90, words: 1},
  publisher: {min: 3, max: 60, words: 1},
  place: {min: 3, max: 40, words: 1}
}

const WRAPPERS = /^[\s"'“”„‘’‚«»([]+|[\s"'“”„‘’‚«»)\].,;:/]+$/gu
const REJECT = /[<>*_|{}\\@#=+~^$%]|\s[.,;:](?=\S)|https?:|www\.|\.\.\.|…|\uFFFD|\b(?:pp?\.|vol\.|Vol\.|ed\.|eds\.|Ibid|ibid|cit\.|op\.|In:|in:|et al|No\.|no\.)(?=\s|$)/u
/** Letters of the Latin script, digits, spaces and ordinary punctuation only. */
const LATIN = /^[\p{Script=Latin}\d\s.,;:!?'’‘"“”„«»()[\]&\-–—/]+$/u
const OCR_CASE = /(?<!\b(?:Mc|Mac|De|La|Le|Di|Da|Van|Von|O'|O’|L'|L’|D'|D’))\p{Ll}\p{Lu}/u
const MONTH_WORDS = /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/u
const OCR_DIGIT = /\p{L}\d|\d(?!(?:st|nd|rd|th|e|er|es|o|a)\b)\p{L}/u

function balanced(text: string): boolean {
  const pairs: Array<[string, string]> = [
    ['(', ')'],
    ['[', ']'],
    ['“', '”'],
    ['«', '»']
  ]
  if ((text.match(/"/g) ?? []).length % 2 !== 0) return false
  return pairs.every(([open, close]) => text.split(open).length === text.split(close).length)
}

/** The cleaned value, or undefined when it does not look like a clean example of its kind. */
export function cleanValue(raw: string, kind: Kind): string | undefined {
  const text = raw
    .replace(/\s+/g, ' ')
    .replace(WRAPPERS, '')
    .replace(/^(?:In|in|Dans|dans|En|en):?\s+/u, '')
    .trim()
    .normalize('NFC')
  const limits = LIMITS[kind]
  if (text.length < limits.min || text.length > limits.max) return undefined
  if (text.split(' ').length < limits.words) return undefined
  if (REJECT.test(text) || !LATIN.test(text) || OCR_CASE.test(text) || OCR_DIGIT.test(text) || !balanced(text)) return undefined
  if (!/^[\p{Lu}¿¡"“«]/u.test(text) || /,\S|, \p{Ll}{1,4}$|\s\p{L}$/u.test(text)) return undefined
  const letters = text.replace(/[^\p{L}]/gu, '')
  if (letters.length < 3 || (letters === letters.toUpperCase() && letters.length > 6)) return undefined
  if (kind !== 'title' && kind !== 'journal' && (/\d/.test(text) || MONTH_WORDS.test(text))) return undefined
  if (kind !== 'title' && /[.:]\s/.test(text) && text.split(' ').length > 6) return undefined
  return text
}

/** The language of a title from its function words; `und` when unclear. */
export function guessLang(title: string): Lang | 'und' {
  const words = title.toLowerCase().split(/[\s,.:;!?()]+/u)
  let best: Lang | 'und' = 'und'
  let bestScore = 0
  let tie = false
  for (const lang of LANGS) {
    const stop = new Set(STOPWORDS[lang])
    const score = words.filter((word) => stop.has(word)).length
    if (score > bestScore) [best, bestScore, tie] = [lang, score, false]
    else if (score === bestScore && score > 0) tie = true
  }
  return tie ? 'und' : best
}

class Collector {
  private readonly seen: Record<Kind, Set<string>> = {title: new Set(), journal: new Set(), publisher: new Set(), place: new Set()}

  add(kind: Kind, raw: string): void {
    const value = cleanValue(raw, kind)
    if (value !== undefined) this.seen[kind].add(value)
  }

  result(): Harvest {
    const titles: Harvest['titles'] = {en: [], de: [], fr: [], es: [], it: [], und: []}
    for (const title of [...this.seen.title].sort()) titles[guessLang(title)].push(title)
    return {titles, journals: [...this.seen.journal].sort(), publishers: [...this.seen.publisher].sort(), places: [...this.seen.place].sort()}
  }
}

function jsonLines(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown)
}

function readAnystyle(dir: string, into: Collector): void {
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    for (const record of jsonLines(join(dir, file)) as Array<{segments?: Array<[string, string]>}>) {
      for (const [label, text] of record.segments ?? []) {
        const kind = ANYSTYLE_LABELS[label]
        if (kind !== undefined) into.add(kind, text)
      }
    }
  }
}

interface FootnoteRecord {
  text: string
  citations: Array<{labels: Array<[number, number, string]>}>
}

function readFootnotes(path: string, into: Collector): void {
  for (const record of jsonLines(path) as FootnoteRecord[]) {
    for (const citation of record.citations) {
      for (const [start, end, label] of citation.labels) {
        const kind = FOOTNOTE_LABELS[label]
        if (kind !== undefined) into.add(kind, record.text.slice(start, end))
      }
    }
  }
}

const cache = new Map<string, Harvest>()

/** The harvested vocabularies of `dataDir` (read once per process). */
export function loadHarvest(dataDir: string = DEFAULT_DATA_DIR): Harvest {
  const cached = cache.get(dataDir)
  if (cached !== undefined) return cached
  const collector = new Collector()
  readAnystyle(join(dataDir, 'anystyle-gold'), collector)
  for (const file of FOOTNOTE_FILES) readFootnotes(join(dataDir, 'footnotes', file), collector)
  const harvest = collector.result()
  cache.set(dataDir, harvest)
  return harvest
}
