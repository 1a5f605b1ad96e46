/**
 * The typographic rules applied to an article's text, as data: the quotation
 * marks of each language, and the replacements (dashes, ellipsis, French
 * spacing), each with the example it exists for. `test/typography.test.ts`
 * runs every example.
 */

/** Quotation marks of one language: straight `"` becomes `double`, straight `'` used as a quotation mark becomes `single`. */
export interface QuoteMarks {
  double: readonly [open: string, close: string]
  single: readonly [open: string, close: string]
}

/**
 * First- and second-rank quotation marks by language (the primary subtag of
 * the article's or the passage's `lang`). A language not listed gets English
 * marks. The apostrophe is ’ in every language.
 * - en: “ ” and ‘ ’ (Chicago Manual of Style, 17th ed., 6.9, 6.11).
 * - fr: « » and “ ” inside them (Lexique des règles typographiques en usage à
 *   l'Imprimerie nationale, entry "Guillemets").
 * - de: „ “ and ‚ ‘ (Duden, Die deutsche Rechtschreibung, rules on
 *   Anführungszeichen).
 * - es, it: « » and “ ” (Real Academia Española, Ortografía 2010, 3.4.8;
 *   Italian book practice).
 */
export const QUOTES: Readonly<Record<string, QuoteMarks>> = {
  en: {double: ['“', '”'], single: ['‘', '’']},
  fr: {double: ['«', '»'], single: ['“', '”']},
  de: {double: ['„', '“'], single: ['‚', '‘']},
  es: {double: ['«', '»'], single: ['“', '”']},
  it: {double: ['«', '»'], single: ['“', '”']}
}

/** One example a rule or a case exists for: `input`, in `lang`, becomes `output`. */
export interface Example {
  lang: string
  input: string
  output: string
}

/** A replacement made in text outside code, URLs and HTML, after the quotation marks are set. */
export interface TypographyRule {
  name: string
  /** The languages it applies to (primary subtags); undefined: every language. */
  langs?: readonly string[]
  pattern: RegExp
  replacement: string
  /** The cases it exists for, and the ones it must leave alone. */
  examples: readonly Example[]
}

/** U+202F NARROW NO-BREAK SPACE (the French "espace fine insécable"). */
export const NNBSP = '\u202F'
/** U+00A0 NO-BREAK SPACE (the French "espace mot insécable"). */
export const NBSP = '\u00A0'

/** What may stand right before a French high punctuation mark: a word's end or a closing mark. */
const WORD_END = String.raw`[\p{L}\p{N}»”’)\]…*]`

/**
 * French spacing follows the Lexique des règles typographiques en usage à
 * l'Imprimerie nationale (3rd ed., 2002), table of spacing around punctuation:
 * an "espace fine insécable" before ; ! ? (U+202F), an "espace mot
 * insécable" before : (U+00A0), a no-break space inside « ». The Lexique
 * allows the full no-break space inside guillemets; we set the fine one
 * (U+202F), as many French publishers now do. A space is added before ; ! ?
 * where the author left none (English keyboards do), but never before a
 * colon, which also stands glued in times (10:30) and references (2:14):
 * there only a space already written becomes a no-break one.
 */
export const RULES: readonly TypographyRule[] = [
  {
    name: 'em dash',
    pattern: /(?<![-<!])---(?![->])/g,
    replacement: '—',
    examples: [{lang: 'en', input: 'the border---closed in 1962', output: 'the border—closed in 1962'}]
  },
  {
    name: 'en dash',
    pattern: /(?<![-<!])--(?![->])/g,
    replacement: '–',
    examples: [
      {lang: 'en', input: 'from 1950--1962', output: 'from 1950–1962'},
      {lang: 'en', input: 'input --> output <-- back', output: 'input --> output <-- back'},
      {lang: 'en', input: 'a rule ----- of four', output: 'a rule ----- of four'}
    ]
  },
  {
    name: 'ellipsis',
    pattern: /(?<!\.)\.\.\.(?!\.)/g,
    replacement: '…',
    examples: [
      {lang: 'en', input: 'and so on...', output: 'and so on…'},
      {lang: 'en', input: 'a path ..../data', output: 'a path ..../data'}
    ]
  },
  {
    name: 'fr space after «',
    langs: ['fr'],
    pattern: /«[ \t\n\u00A0\u202F]?/g,
    replacement: `«${NNBSP}`,
    examples: [{lang: 'fr', input: '«mot» et « mot »', output: `«${NNBSP}mot${NNBSP}» et «${NNBSP}mot${NNBSP}»`}]
  },
  {
    name: 'fr space before »',
    langs: ['fr'],
    pattern: /[ \t\n\u00A0\u202F]?»/g,
    replacement: `${NNBSP}»`,
    examples: [{lang: 'fr', input: 'il dit «\u00A0oui\u00A0»', output: `il dit «${NNBSP}oui${NNBSP}»`}]
  },
  {
    name: 'fr space before ; ! ?',
    langs: ['fr'],
    pattern: new RegExp(String.raw`(?<=${WORD_END})[ \u00A0]?(?=[;!?]+(?![\p{L}\p{N}]))`, 'gu'),
    replacement: NNBSP,
    examples: [
      {lang: 'fr', input: 'Pourquoi? Voici ! Enfin ;', output: `Pourquoi${NNBSP}? Voici${NNBSP}! Enfin${NNBSP};`},
      {lang: 'fr', input: 'Vraiment?!', output: `Vraiment${NNBSP}?!`},
      {lang: 'en', input: 'Why? Now!', output: 'Why? Now!'}
    ]
  },
  {
    name: 'fr no-break space before :',
    langs: ['fr'],
    pattern: new RegExp(String.raw`(?<=${WORD_END}) (?=:)`, 'gu'),
    replacement: NBSP,
    examples: [
      {lang: 'fr', input: 'Exemple : à 10:30, voir 2:14', output: `Exemple${NBSP}: à 10:30, voir 2:14`},
      {lang: 'en', input: 'Example : here', output: 'Example : here'}
    ]
  }
]

/**
 * How straight quotation marks are read (by `retext-smartypants`, then paired
 * so that a closing single mark is told from an apostrophe), each with the
 * example it exists for. Marks already curly in the source are kept.
 */
export const QUOTE_CASES: ReadonlyArray<{name: string} & Example> = [
  {name: 'en double', lang: 'en', input: 'He said "no" twice.', output: 'He said “no” twice.'},
  {name: 'en single inside double', lang: 'en', input: `"the 'model' minority"`, output: '“the ‘model’ minority”'},
  {name: 'apostrophe', lang: 'en', input: "the People's Republic, the students' books", output: 'the People’s Republic, the students’ books'},
  {name: 'decade', lang: 'en', input: "in the '80s", output: 'in the ’80s'},
  {name: 'quote after punctuation closes', lang: 'en', input: 'it was "illegal."', output: 'it was “illegal.”'},
  {name: 'curly marks kept', lang: 'fr', input: 'le “modèle” dit "non"', output: `le “modèle” dit «${NNBSP}non${NNBSP}»`},
  {name: 'fr double', lang: 'fr', input: `Il dit "bonjour" et l'homme part.`, output: `Il dit «${NNBSP}bonjour${NNBSP}» et l’homme part.`},
  {name: 'fr single is second rank', lang: 'fr', input: `"le 'vrai' nom"`, output: `«${NNBSP}le “vrai” nom${NNBSP}»`},
  {name: 'de double and single', lang: 'de', input: `Er sagte "Hallo" und 'bitte' -- geht's?`, output: 'Er sagte „Hallo“ und ‚bitte‘ – geht’s?'},
  {name: 'de apostrophe is not a closing mark', lang: 'de', input: `'Wir sind's', sagte er`, output: '‚Wir sind’s‘, sagte er'},
  {name: 'straight inside curly is second rank', lang: 'en', input: '“the "model" minority”', output: '“the ‘model’ minority”'},
  {name: 'fr straight inside « » is second rank', lang: 'fr', input: '« le "vrai" nom »', output: `«${NNBSP}le “vrai” nom${NNBSP}»`},
  {name: 'de straight inside „ “ is second rank', lang: 'de', input: '„ein "Modell" hier“ und "dort"', output: '„ein ‚Modell‘ hier“ und „dort“'},
  {
    name: 'a curly close ends a straight mark left open in it',
    lang: 'en',
    input: '“concerned with "major threats.” to validity such as "low power"',
    output: '“concerned with ‘major threats.” to validity such as “low power”'
  },
  {name: 'unknown language: English marks', lang: 'ko', input: `"Chosŏn"`, output: '“Chosŏn”'}
]
