/**
 * Plausible titles in five languages: templates over aligned concept lists
 * (`phrases.ts`), or a title harvested from the labeled data (`harvest.ts`).
 */
import type {Harvest} from './harvest.js'
import {ARTICLE_TITLES, BOOK_TITLES, QUOTED_PHRASES, SUBTITLES, TITLE_WORDS} from './phrases.js'
import type {Rng} from './rng.js'
import {NAMES, STOPWORDS, type Lang} from './vocab.js'

export type TitleKind = 'book' | 'article'

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function years(rng: Rng): [number, number] {
  const start = rng.int(1300, 1990)
  return [start, Math.min(2020, start + rng.int(5, 120))]
}

/** Fills `{slot}`s; `{S}` recursively with a subtitle. */
function fill(rng: Rng, lang: Lang, template: string, depth = 0): string {
  const words = TITLE_WORDS[lang]
  const concepts = rng.sample(
    words.bare.map((_, index) => index),
    3
  )
  const [a = 0, b = 1, c = 2] = concepts
  const [y1, y2] = years(rng)
  const slots: Record<string, () => string> = {
    A: () => words.bare[a] ?? '',
    B: () => words.bare[b] ?? '',
    C: () => words.bare[c] ?? '',
    NP: () => words.np[a] ?? '',
    GEN: () => words.gen[a] ?? '',
    CITY: () => rng.pick(words.cities),
    IN: () => (rng.chance(0.5) ? `${words.cityPrep} ${rng.pick(words.cities)}` : rng.pick(words.regions)),
    PERIOD: () => rng.pick(words.periods),
    Y1: () => String(y1),
    Y2: () => String(y2),
    N: () => rng.pick(NAMES[lang].family),
    Q: () => rng.pick(QUOTED_PHRASES[lang]),
    S: () => (depth > 0 ? rng.pick(words.periods) : fill(rng, lang, rng.pick(SUBTITLES[lang]), depth + 1))
  }
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot]?.() ?? slot)
}

/** Capitals after a period, and after a colon in English and German (French, Spanish and Italian keep lower case there). */
function fixCase(lang: Lang, title: string): string {
  const afterColon = lang === 'en' || lang === 'de'
  return title.replace(afterColon ? /([.?!:] )(\p{Ll})/gu : /([.?!] )(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

/** A title in `lang`; sometimes (when `harvest` has some) a real one from the labeled data. */
export function makeTitle(rng: Rng, lang: Lang, kind: TitleKind, harvest: Harvest | undefined): string {
  const harvested = harvest?.titles[lang] ?? []
  if (harvested.length > 0 && rng.chance(lang === 'en' ? 0.25 : 0.35)) return rng.pick(harvested)
  const templates = kind === 'book' ? BOOK_TITLES[lang] : ARTICLE_TITLES[lang]
  return fixCase(lang, capitalizeFirst(fill(rng, lang, rng.pick(templates))))
}

/** A subtitle to follow a title after a colon, cased as the language does there. */
export function makeSubtitle(rng: Rng, lang: Lang): string {
  return fixCase(lang, `: ${fill(rng, lang, rng.pick(SUBTITLES[lang]), 1)}`).slice(2)
}

/** The name of a series. */
export function makeSeriesTitle(rng: Rng, lang: Lang): string {
  return capitalizeFirst(fill(rng, lang, rng.pick(SUBTITLES[lang]), 1))
}

/** The short title of a work: the main title before a colon or period, at most five words. */
export function shortTitle(title: string): string {
  const main = title.split(/(?::\s|\.\s|\s:\s|\?\s)/u)[0] ?? title
  const words = main.split(' ')
  if (words.length <= 5) return main
  const kept = words.slice(0, 4)
  while (kept.length > 1 && FUNCTION_WORDS.has((kept.at(-1) ?? '').toLowerCase().replace(/[,;]$/, ''))) kept.pop()
  return kept.join(' ').replace(/[,;:]$/, '')
}

/** Leading articles a short title drops (`The Making of Venice` → `Making of Venice`, `Die Stadt im Wandel` → `Stadt im Wandel`). */
const LEADING_ARTICLE: Record<Lang, RegExp> = {
  en: /^(?:The|A|An) (?=\S)/u,
  de: /^(?:Der|Die|Das|Ein|Eine) (?=\S)/u,
  fr: /^(?:Le|La|Les|Un|Une) (?=\S)|^L’(?=\S)/u,
  es: /^(?:El|La|Los|Las|Un|Una) (?=\S)/u,
  it: /^(?:Il|Lo|La|I|Gli|Le|Un|Una) (?=\S)|^L’(?=\S)/u
}

/**
 * A short title as an author or a style writes it (Chicago: the key words of
 * the main title, at most four; German notes often one or two nouns): the
 * main title, sometimes without its leading article, cut to 1–4 words that
 * do not end with a function word. Every word is a word of the title.
 */
export function makeShortTitle(rng: Rng, title: string, lang: Lang): string {
  let main = (title.split(/(?::\s|\.\s|\s:\s|\?\s|\s[–—]\s)/u)[0] ?? title).replace(/[,;]$/u, '')
  const article = LEADING_ARTICLE[lang].exec(main)
  if (article !== null && rng.chance(lang === 'en' ? 0.6 : lang === 'de' ? 0.7 : 0.3)) main = capitalizeFirst(main.slice(article[0].length))
  const words = main.split(' ')
  const length = rng.weighted([
    [1, lang === 'de' ? 3 : 1],
    [2, 4],
    [3, 4],
    [4, 3]
  ])
  if (words.length <= length) return main
  const isFunction = (word: string | undefined): boolean => FUNCTION_WORDS.has((word ?? '').toLowerCase().replace(/[,;:]$/, ''))
  const kept = words.slice(0, length)
  // `Was war die Religion` cut to `Was`: take more words until one carries meaning (`Was war die Religion`), then drop trailing function words.
  while (kept.length < Math.min(words.length, length + 3) && kept.every(isFunction)) kept.push(words[kept.length] ?? '')
  // No quotation left open (`Beyond “culture` → `Beyond`).
  const open = kept.findIndex((word) => /[“„«‘"]/u.test(word) && !/[”“»’"]$|[”»’"][,;:.]?$/u.test(word.slice(1)))
  if (open >= 0 && !/[”»’"]/u.test(kept.slice(open).join(' ').slice(1))) kept.splice(open)
  while (kept.length > 1 && isFunction(kept.at(-1))) kept.pop()
  if (kept.every(isFunction)) return main
  return kept
    .join(' ')
    .replace(/[,;:(]$/u, '')
    .replace(/\s*\($/u, '')
}

/** Words a short title does not end with. */
const FUNCTION_WORDS = new Set(
  Object.values(STOPWORDS)
    .flat()
    .concat(['a', 'an', 'at', 'by', 'as', 'of', 'y', 'e', 'et', 'und', 'and', 'or', 'o', 'ou', 'oder'])
    .concat(['als', 'am', 'an', 'auf', 'aus', 'bis', 'durch', 'gegen', 'in', 'ohne', 'um', 'unter', 'vor', 'vom', 'wie', 'was', 'war', 'ist', 'jenseits'])
    .concat(['after', 'before', 'into', 'beyond', 'since', 'under', 'what', 'is', 'was', 'rethinking', 'reading', 'writing'])
    .concat(['à', 'en', 'sous', 'avec', 'sans', 'par', 'est', 'qu’est-ce', 'que', 'autour', 'repenser', 'écrire', 'pour'])
    .concat(['como', 'sin', 'desde', 'hasta', 'fue', 'qué', '¿qué', 'repensar', 'escribir'])
    .concat(['come', 'con', 'su', 'da', 'è', 'che', 'cos’è', 'intorno', 'ripensare', 'scrivere'])
)
