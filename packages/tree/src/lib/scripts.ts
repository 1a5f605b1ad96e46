/**
 * Passages in another script than the document's language writes get a
 * language of their own (`lang`/`xml:lang` in the EPUB, a Span with /Lang in
 * the PDF), so that a screen reader switches voice and a
 * reading system hyphenates and shapes them for what they are, not as the
 * book's language. One row per script: the characters of the script, the tag
 * a run of them gets (and why that tag), and the example the row exists for
 * (run by render-epub's and render-pdf's tests).
 *
 * Where the script alone cannot tell the language (Cyrillic writes Russian,
 * Ukrainian, Bulgarian, Serbian …), the tag is `und-` and the script
 * (`und-Cyrl`): BCP 47 (RFC 5646, §4.1) keeps `und`, "Undetermined", for where
 * a tag is required and the language is not known, with a script subtag as in
 * `und-Latn`. A tag is required here: left untagged, the passage would inherit
 * the book's language and be read as English.
 */
export interface ScriptRule {
  /** The script, as ISO 15924 names it. */
  script: string
  /** A character of the script (a regular-expression class, `u` flag). */
  chars: string
  /** The tag of a run of it (`text`: the whole text the run stands in). */
  tag: (run: string, text: string) => string
  why: string
  /** Fewer letters than this are a symbol, not a passage (β in "the coefficient β"): left as they are. */
  minLetters?: number
  example: {text: string; run: string; lang: string}
}

/** Greek Extended and the combining breathings, perispomeni and iota subscript: polytonic spelling. */
const polytonic = /[\u1F00-\u1FFF]|\u0313|\u0314|\u0342|\u0345/u

export const scriptRules: readonly ScriptRule[] = [
  {
    script: 'Grek',
    chars: '\\p{Script=Greek}',
    tag: (run, text) => (polytonic.test(run) || polytonic.test(text) ? 'grc' : 'el'),
    why: 'the Greek script writes Greek only; breathings, the circumflex and the iota subscript (polytonic spelling) are Ancient Greek, grc (scholarly text; Modern Greek has written monotonic since 1982); a run with acute accents only, beside polytonic ones in the same text, is Ancient Greek too (the oxia is the tonos, U+1F71 ≡ U+03AC); otherwise a monotonic run is Modern Greek, el; one letter alone is a symbol (β, π, μ)',
    minLetters: 2,
    example: {text: 'le mot ἄνθρωπος (homme)', run: 'ἄνθρωπος', lang: 'grc'}
  },
  {
    script: 'Cyrl',
    chars: '\\p{Script=Cyrillic}',
    tag: () => 'und-Cyrl',
    why: 'Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian and the languages of Central Asia write it: the script does not tell which',
    example: {text: 'the journal Вопросы истории (Moscow)', run: 'Вопросы истории', lang: 'und-Cyrl'}
  },
  {
    script: 'Hebr',
    chars: '\\p{Script=Hebrew}',
    tag: () => 'und-Hebr',
    why: 'Hebrew, Yiddish, Ladino and Aramaic write it',
    example: {text: 'the word שלום means peace', run: 'שלום', lang: 'und-Hebr'}
  },
  {
    script: 'Arab',
    chars: '\\p{Script=Arabic}',
    tag: () => 'und-Arab',
    why: 'Arabic, Persian, Urdu, Pashto, Ottoman Turkish and Maghrebi manuscripts write it',
    example: {text: 'the title كتاب الأغاني (Book of Songs)', run: 'كتاب الأغاني', lang: 'und-Arab'}
  },
  {
    script: 'Hani',
    chars: '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Bopomofo}]',
    tag: (run) => (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(run) ? 'ja' : /\p{Script=Hangul}/u.test(run) ? 'ko' : 'und-Hani'),
    why: 'kana are written in Japanese only (ja), Hangul in Korean only (ko); Han characters alone are Chinese, Japanese kanji or Korean hanja: und-Hani',
    example: {text: 'Sun Chunri, 中国朝鲜族移民史 (Beijing)', run: '中国朝鲜族移民史', lang: 'und-Hani'}
  },
  {
    script: 'Armn',
    chars: '\\p{Script=Armenian}',
    tag: () => 'hy',
    why: 'the Armenian script writes Armenian only',
    example: {text: 'the word Հայաստան (Armenia)', run: 'Հայաստան', lang: 'hy'}
  },
  {
    script: 'Geor',
    chars: '\\p{Script=Georgian}',
    tag: () => 'ka',
    why: 'the Georgian script writes Georgian (Mingrelian and Svan are unwritten in print)',
    example: {text: 'the city თბილისი (Tbilisi)', run: 'თბილისი', lang: 'ka'}
  },
  {
    script: 'Deva',
    chars: '\\p{Script=Devanagari}',
    tag: () => 'und-Deva',
    why: 'Hindi, Marathi, Nepali and Sanskrit write it',
    example: {text: 'the term धर्म (dharma)', run: 'धर्म', lang: 'und-Deva'}
  },
  {
    script: 'Thai',
    chars: '\\p{Script=Thai}',
    tag: () => 'th',
    why: 'the Thai script writes Thai (and Pali in Thailand, rare in print)',
    example: {text: 'the word ประเทศไทย (Thailand)', run: 'ประเทศไทย', lang: 'th'}
  }
]

/** The script of the book's language: its script subtag, or the script its primary language is written in. */
const scriptOfLanguage: Readonly<Record<string, string>> = {
  el: 'Grek',
  grc: 'Grek',
  ru: 'Cyrl',
  uk: 'Cyrl',
  be: 'Cyrl',
  bg: 'Cyrl',
  sr: 'Cyrl',
  mk: 'Cyrl',
  kk: 'Cyrl',
  ky: 'Cyrl',
  mn: 'Cyrl',
  tg: 'Cyrl',
  he: 'Hebr',
  yi: 'Hebr',
  ar: 'Arab',
  fa: 'Arab',
  ur: 'Arab',
  ps: 'Arab',
  zh: 'Hani',
  ja: 'Hani',
  ko: 'Hani',
  hy: 'Armn',
  ka: 'Geor',
  th: 'Thai',
  hi: 'Deva',
  mr: 'Deva',
  ne: 'Deva',
  sa: 'Deva'
}

/** Script subtags of writing with Han characters: one row (`Hani`) covers them. */
const hanScripts = new Set(['Hani', 'Hans', 'Hant', 'Jpan', 'Kore', 'Hira', 'Kana', 'Hrkt', 'Hang'])

export function scriptOf(lang: string): string {
  const [primary = '', ...rest] = lang.split('-')
  const subtag = rest.find((part) => /^[A-Za-z]{4}$/.test(part))
  if (subtag) {
    const script = subtag[0]!.toUpperCase() + subtag.slice(1).toLowerCase()
    return hanScripts.has(script) ? 'Hani' : script
  }
  return scriptOfLanguage[primary.toLowerCase()] ?? 'Latn'
}

/** A run: characters of the script, with spaces, punctuation, digits and combining marks between them (not at its ends). */
const runPattern = (chars: string): string => `${chars}(?:\\p{Script=Inherited}|[\\p{Script=Common}\\p{Script=Inherited}]*${chars})*`

/** The rules of the scripts a language does not write, and one pattern finding a run of any of them (group i: rule i). */
export interface ForeignScripts {
  rules: readonly ScriptRule[]
  pattern: RegExp
}

/**
 * The foreign scripts of each document language, built once: compiling the pattern (Unicode script
 * properties) took longer than matching a short text, and `scriptRuns` runs on every text of a book.
 */
const foreign = new Map<string, ForeignScripts>()

/** The foreign scripts of a document in `docLang`. */
export function foreignScripts(docLang: string): ForeignScripts {
  let found = foreign.get(docLang)
  if (!found) {
    const own = scriptOf(docLang)
    const rules = scriptRules.filter((rule) => rule.script !== own)
    found = {rules, pattern: new RegExp(rules.map((rule) => `(${runPattern(rule.chars)})`).join('|'), 'gu')}
    foreign.set(docLang, found)
  }
  return found
}

/**
 * No rule's script has a character below U+02EA (Bopomofo's tone marks; then Greek at U+0370), nor in
 * General Punctuation (U+2000–U+206F: curly quotation marks, dashes, ellipsis) or the currency signs
 * (U+20A0–U+20CF), all Common or Inherited: a text of Latin, IPA and punctuation only has no run, and
 * skips the search (an edition's text, its quotation marks curly, most often is one).
 */
// eslint-disable-next-line no-control-regex -- every character from U+0000
const BELOW_ANY_RULE = /^[\u0000-\u02e9\u2000-\u206f\u20a0-\u20cf]*$/

/** A piece of a text: in the document's language (no `lang`), or a run of another script with its tag. */
export interface ScriptRun {
  text: string
  lang?: string
}

/**
 * A text cut into runs of the scripts the document's language (`docLang`) does
 * not write, each with its tag (`scriptRules`), and the text between them.
 * `the word שלום means peace` in English: `the word `, `שלום` (und-Hebr), ` means peace`.
 * `context`: the text a rule reads beside the run (default the text itself; a whole book, so that a
 * Greek word alone in a table cell reads as the Greek around it).
 */
export function scriptRuns(value: string, docLang: string, context: string = value): ScriptRun[] {
  const {rules, pattern} = foreignScripts(docLang)
  if (rules.length === 0 || BELOW_ANY_RULE.test(value)) return [{text: value}]
  const out: ScriptRun[] = []
  let last = 0
  for (const match of value.matchAll(pattern)) {
    const rule = rules[match.slice(1).findIndex((group) => group !== undefined)]
    if (!rule || [...match[0].matchAll(/\p{L}/gu)].length < (rule.minLetters ?? 1)) continue
    if (match.index > last) out.push({text: value.slice(last, match.index)})
    out.push({text: match[0], lang: rule.tag(match[0], context)})
    last = match.index + match[0].length
  }
  if (last === 0) return [{text: value}]
  if (last < value.length) out.push({text: value.slice(last)})
  return out
}
