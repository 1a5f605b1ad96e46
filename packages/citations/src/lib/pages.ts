import {alternation} from './alternation.js'
import {LOCATOR_LABELS} from './lexicon.js'

// readPages: a `page` span as a labeler cuts it (a page range of an article
// or a pinpoint) → the CSL value and its locator label. Table-driven: every
// table carries the example each entry exists for, and test/pages.test.ts
// runs them all.

/**
 * `page`: the pages as written, every range dash an en dash, labels and
 * emphasis words dropped. `label`: the CSL locator label the span's label
 * gave (`page` when none); `number-of-pages` (a CSL variable, not a locator
 * label) for a page count (`341 S.`, `xii+341pp`).
 */
export interface PageSpan {
  page: string
  label: string
}

/** A rule with the example it exists for and what that example gives. */
export interface PageRule {
  name: string
  example: string
  expected: PageSpan
}

/** Labels before the pages (matched without regard to case), each with the CSL label it gives. Others come from LOCATOR_LABELS. */
export const PAGE_LABELS: readonly (PageRule & {words: readonly string[]; label: string})[] = [
  {
    name: 'page (en, fr, it, la, nl)',
    example: 'pp. 12–15',
    expected: {page: '12–15', label: 'page'},
    label: 'page',
    words: ['p.', 'pp.', 'p', 'pp', 'page', 'pages', 'pag.', 'pagg.', 'pg.', 'pgs.', 'blz.']
  },
  {name: 'page (de: Seite)', example: 'S. 12–15', expected: {page: '12–15', label: 'page'}, label: 'page', words: ['s.', 'ss.', 'seite', 'seiten']},
  {name: 'page (es, pt: página)', example: 'págs. 12-15', expected: {page: '12–15', label: 'page'}, label: 'page', words: ['pág.', 'págs.', 'pág', 'págs', 'página', 'páginas']},
  {
    name: 'column (en, fr, it; de: Spalte)',
    example: 'Sp. 345–350',
    expected: {page: '345–350', label: 'column'},
    label: 'column',
    words: ['col.', 'cols.', 'coll.', 'column', 'columns', 'sp.', 'spalte', 'spalten']
  },
  {
    name: 'folio (fol., f., ff.; de: Blatt)',
    example: 'fols. 12r–14v',
    expected: {page: '12r–14v', label: 'folio'},
    label: 'folio',
    words: ['fol.', 'fols.', 'fo.', 'fº', 'f.', 'ff.', 'folio', 'folios', 'bl.']
  },
  {name: 'folio (ru: list, listy, with the abbreviation in parentheses)', example: 'Listy (Ll.) 134–135', expected: {page: '134–135', label: 'folio'}, label: 'folio', words: ['list', 'listy']},
  {name: 'folio (it: carta, carte)', example: 'cc. 12v-15r', expected: {page: '12v–15r', label: 'folio'}, label: 'folio', words: ['c.', 'cc.', 'carta', 'carte']},
  {
    name: 'note (de: Anmerkung, Fußnote)',
    example: 'Anm. 23',
    expected: {page: '23', label: 'note'},
    label: 'note',
    words: ['n.', 'nn.', 'note', 'notes', 'nota', 'anm.', 'anmerkung', 'fn.', 'fußnote']
  },
  {
    name: 'chapter (de: Kapitel; it, es: capitolo, capítulo)',
    example: 'Kap. 3',
    expected: {page: '3', label: 'chapter'},
    label: 'chapter',
    words: ['chap.', 'chaps.', 'ch.', 'chs.', 'chapter', 'chapitre', 'kap.', 'kapitel', 'cap.', 'capp.', 'capitolo', 'capítulo', 'hfdst.', 'hoofdstuk']
  },
  {name: 'section', example: '§ 12', expected: {page: '12', label: 'section'}, label: 'section', words: ['§', '§§', 'sec.', 'secs.', 'section']},
  {
    name: 'paragraph (de: Randnummer)',
    example: 'Rn. 15',
    expected: {page: '15', label: 'paragraph'},
    label: 'paragraph',
    words: ['rn.', 'rdnr.', 'rdn.', 'rz.', 'tz.', 'para.', 'paras.', 'par.', '¶', 'abs.']
  },
  {name: 'volume (de: Band; fr: tome)', example: 't. III', expected: {page: 'III', label: 'volume'}, label: 'volume', words: ['vol.', 'vols.', 'bd.', 'bde.', 't.', 'tome', 'tomo']},
  {name: 'line (de: Zeile)', example: 'Z. 4–7', expected: {page: '4–7', label: 'line'}, label: 'line', words: ['z.', 'zeile', 'zeilen']}
]

/**
 * Words before the pages that are not part of them: emphasis (`esp.`,
 * `bes.`, `specie`), `here` (`hier S. 12`), `respectively`, signals a
 * labeler may leave in (`see`, `vgl.`, `vedi`), and lower-case `a`/`at`/`à`
 * before a label (`a pag. 156`; `A 12` is a newspaper page).
 */
export const PAGE_EMPHASIS: PageRule & {words: readonly string[]} = {
  name: 'emphasis or a signal before the pages',
  example: 'esp. pp. 93–100',
  expected: {page: '93–100', label: 'page'},
  words: [
    'respectively',
    'resp.',
    'respectivement',
    'rispettivamente',
    'jeweils',
    'see',
    'cf.',
    'vgl.',
    'siehe',
    'voir',
    'vedi',
    'véase',
    'zie',
    'esp.',
    'especially',
    'bes.',
    'besonders',
    'insb.',
    'insbes.',
    'insbesondere',
    'v. a.',
    'v.a.',
    'vor allem',
    'hier',
    'here',
    'notamment',
    'surtout',
    'en particulier',
    'en part.',
    'spéc.',
    'specie',
    'spec.',
    'soprattutto',
    'in particolare',
    'in part.',
    'especialmente',
    'sobre todo',
    'vooral',
    'm.n.',
    'em especial',
    'sobretudo'
  ]
}

/**
 * Rewrites of the value, in order. Every range dash (hyphen, `--`, en and em
 * dash, U+2010, U+2011, minus, a range word) becomes an en dash, as our items
 * and the gold write ranges (`15–17`); lists (`46, 302–303`), Roman numerals
 * (`xii–xv`), prefixes (`S4`, `A12`, `e123`), recto/verso (`12r–14v`),
 * `passim` and the “and following” words (`12 f.`, `12ff.`, `12 sqq.`,
 * `63 e sgg.`) stay as written: citeproc prints a locator as it is, and
 * whether a space goes before `ff.` is the author's language's habit
 * (CMOS `12ff.`, Duden `12 ff.`), not ours to change.
 */
export const PAGE_VALUE_RULES: readonly (PageRule & {pattern: RegExp; replace: string})[] = [
  {name: 'double hyphen (BibTeX) → en dash', example: '12--15', expected: {page: '12–15', label: 'page'}, pattern: /(?<=[\p{L}\d])\s*--\s*(?=[\p{L}\d])/gu, replace: '–'},
  {
    name: 'hyphen, dash, minus or non-breaking hyphen between pages → en dash',
    example: 'pp. 243 - 246',
    expected: {page: '243–246', label: 'page'},
    pattern: /(?<=[\p{L}\d])\s*[-‐‑‒–—―−]\s*(?=[\p{L}\d])/gu,
    replace: '–'
  },
  {
    name: 'range word between pages → en dash',
    example: 'S. 12 bis 15',
    expected: {page: '12–15', label: 'page'},
    pattern: /(?<=[\p{L}\d])\s+(?:bis|to|through|à|au|a|al|tot|até)\s+(?=\p{L}{0,3}\d|[ivxlcdm]+\b)/giu,
    replace: '–'
  },
  {name: 'conjunction between pages → comma', example: 'pp. 12 and 15', expected: {page: '12, 15', label: 'page'}, pattern: /(?<=\d)\s+(?:and|und|et|e|y|en|&)\s+(?=\d)/gu, replace: ', '},
  {name: 'f., ff. (and sq., sqq.) after a page keep their period', example: 'S. 12 f', expected: {page: '12 f.', label: 'page'}, pattern: /(?<=\d\s?)(ff?|sqq?|seqq?)$/gu, replace: '$1.'},
  {name: 'a space after a list comma (not in 1,234)', example: 'pp. 46,302-303', expected: {page: '46, 302–303', label: 'page'}, pattern: /,(?=\d{1,2}\b|\d{4,}|\p{L}|\d{3}–)/gu, replace: ', '}
]

/** After a number, a page count rather than a pinpoint: `341 S.`, `200 pp.`, `xii+341pp`. */
export const PAGE_COUNT: PageRule & {pattern: RegExp} = {
  name: 'page count after the number',
  example: '341 S.',
  expected: {page: '341', label: 'number-of-pages'},
  pattern: /^([\divxlcdm+\s]*\d)\s*(?:pp\.?|S\.|Seiten|pages|p\.?)$/iu
}

/**
 * The abbreviations of `page` in PAGE_LABELS (`p`, `pp`, `S`, `pág`, `pag`…)
 * as a pattern, in lower case and capitalized, for the rules that look for
 * pages after a citation (each writes the period after it).
 */
export const PAGE_ABBREVIATION = abbreviationsOf(['page'])

/** The abbreviations of pages and of paragraphs (`Rz.`, `Rn.`, `para.`), for the pinpoint a citation ends with (`Bern 2025, Rz. 602 ff.`). */
export const PINPOINT_ABBREVIATION = abbreviationsOf(['page', 'paragraph'])

/** The abbreviations (words ending in a period) of PAGE_LABELS' `labels`, without the period, in lower case and capitalized, as a pattern. */
function abbreviationsOf(labels: readonly string[]): string {
  return alternation(
    PAGE_LABELS.filter((rule) => labels.includes(rule.label))
      .flatMap((rule) => rule.words)
      .filter((w) => w.endsWith('.'))
      .flatMap((w) => [w.slice(0, -1), w.charAt(0).toUpperCase() + w.slice(1, -1)])
  )
}

/** A page or a range of pages as the rules after a citation find them (`27`, `145-180`, `23–114`), a regular expression's source. */
export const PAGE_NUMBERS = '\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?'

const LABELS: ReadonlyMap<string, string> = new Map([...LOCATOR_LABELS, ...PAGE_LABELS.flatMap((rule) => rule.words.map((w) => [w, rule.label] as const))])

const EMPHASIS = new RegExp(`^(?:${alternation(PAGE_EMPHASIS.words)})[\\s:,]+|^(?:a|at|à) (?=\\p{L}+\\.)`, 'iu')

/**
 * A label: a word with a period (`pp.`, `S.`, `Anm.`, glued `p.12`), `§`/`¶`,
 * a bare word before a space (`p 12`, `Seite 5`) or a comma typed for the
 * period (`pp, 12`), or `p` glued to its page (`p162-164`; but `P25-P32` is a
 * prefix, written on both ends).
 */
const LABEL = /^(?:[\p{L}º]+\.|§§?|¶¶?|[\p{L}]+,?(?=\s)(?:\s*\([\p{L}.]{1,8}\))?|p(?=\d+(?:\s*[-–]\s*\d+)?$))\s*/u

/** Brackets around the span, an unmatched bracket, closing `,;:` and a period after a page number go. */
function cleanPages(text: string): string {
  let s = text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,;:]+$/, '')
    .trim()
  if (/^[[({].*[\])}]$/.test(s)) s = s.slice(1, -1).trim()
  if (/^[[({]/.test(s) && !/[\])}]/.test(s)) s = s.slice(1)
  if (/[\])}]+[.,;:]*$/.test(s) && !/[[({]/.test(s)) s = s.replace(/[\])}]+[.,;:]*$/, '')
  return s
    .replace(/[,;:]+$/, '')
    .replace(/(?<=(?:^|[\s–,-])(?:\d+[a-z]?|[ivxlcdm]+|[IVXLCDM]+)|\))\.$/u, '')
    .trim()
}

/**
 * A page span → `{page, label}`: `pp. 12-15` → `{page: '12–15', label:
 * 'page'}`, `Sp. 345` → column, `fol. 12r` → folio, `n. 4` → note, `Kap. 3`
 * → chapter, `§ 12` → section, `Rn. 15` → paragraph, `vol. 2`/`t. II` →
 * volume. Only the first label is read; later ones stay in the value
 * (`p. 12 n. 3`). Never throws; an empty span gives `{page: '', label: 'page'}`.
 */
export function readPages(text: string): PageSpan {
  let s = cleanPages(text).replace(EMPHASIS, '')
  let label = 'page'
  const word = LABEL.exec(s)
  const key = word?.[0]
    .trim()
    .toLowerCase()
    .replace(/\s*\(.*\)$/u, '')
    .replace(/,$/, '.')
  const known = key === undefined ? undefined : (LABELS.get(key) ?? LABELS.get(key.replace(/\.$/, '')) ?? (key.length > 1 ? LABELS.get(`${key}.`) : undefined))
  if (word && known) {
    label = known
    s = s.slice(word[0].length) // a label alone (`pp.`) leaves no page
  }
  const count = PAGE_COUNT.pattern.exec(s)
  if (count && label === 'page') return {page: count[1]!.replace(/\s+/g, ''), label: 'number-of-pages'}
  const page = PAGE_VALUE_RULES.reduce((value, rule) => value.replace(rule.pattern, rule.replace), s)
  return {page: page.trim(), label}
}
