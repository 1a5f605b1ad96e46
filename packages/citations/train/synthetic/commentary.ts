/**
 * The words of a note outside its citations: commentary sentences, lead-ins
 * that end where a citation begins, trailers after a citation, signals and
 * joiners. Commentary is full of names, years, numbers, quotations and
 * parentheses, so that none of these alone marks a citation.
 */
import {makePerson, nameOrigin} from './names.js'
import {COMMENTS, JOINERS, LEAD_INS, MONTHS, PERCENT, QUOTED_PHRASES, QUOTES, SIGNALS, TITLE_WORDS, TRAILERS} from './phrases.js'
import type {Rng} from './rng.js'
import type {Lang} from './vocab.js'

function personName(rng: Rng, lang: Lang): string {
  const name = makePerson(rng, nameOrigin(rng, lang)).name
  if (name.literal !== undefined) return name.literal
  const given = rng.chance(0.3) ? '' : name.given
  return [given, name['non-dropping-particle'] ?? name['dropping-particle'], name.family].filter(Boolean).join(' ')
}

/** Fills the `{slot}`s of a commentary template. */
export function fillComment(rng: Rng, lang: Lang, template: string): string {
  const words = TITLE_WORDS[lang]
  const year = rng.int(1500, 2015)
  const [open, close] = QUOTES[lang]
  const slots: Record<string, () => string> = {
    name: () => personName(rng, lang),
    year: () => String(year),
    year2: () => String(year + rng.int(1, 60)),
    num: () => String(rng.chance(0.7) ? rng.int(2, 400) : rng.int(401, 25000)),
    small: () => String(rng.int(2, 9)),
    pct: () => PERCENT[lang].replace('{n}', String(rng.int(3, 90))),
    city: () => rng.pick(words.cities),
    q: () => `${open}${rng.pick(QUOTED_PHRASES[lang])}${close}`,
    np: () => rng.pick(words.np),
    bare: () => rng.pick(words.bare),
    gen: () => rng.pick(words.gen),
    IN: () => (rng.chance(0.5) ? `${words.cityPrep} ${rng.pick(words.cities)}` : rng.pick(words.regions)),
    day: () => String(rng.int(1, 28)),
    month: () => rng.pick(MONTHS[lang])
  }
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot]?.() ?? slot)
}

/** A commentary sentence (citation-like ones are made by `prose.ts`). */
export function comment(rng: Rng, lang: Lang): string {
  return fillComment(rng, lang, rng.pick(COMMENTS[lang]))
}

export function leadIn(rng: Rng, lang: Lang): string {
  return fillComment(rng, lang, rng.pick(LEAD_INS[lang]))
}

export function trailer(rng: Rng, lang: Lang): string {
  return fillComment(rng, lang, rng.pick(TRAILERS[lang]))
}

export function signal(rng: Rng, lang: Lang): string {
  return rng.weighted(SIGNALS[lang])
}

export function joiner(rng: Rng, lang: Lang, styleDelimiter: string | undefined): string {
  if (styleDelimiter !== undefined && styleDelimiter.trim() !== '' && rng.chance(0.2)) return styleDelimiter
  return rng.weighted(JOINERS[lang])
}
