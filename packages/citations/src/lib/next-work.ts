import {alternation} from './alternation.js'
import {closingAt, closingMarks, roleMarks} from './lexicon.js'
import {PAGE_NUMBERS} from './pages.js'
import type {LabeledCitation} from './model/reader.js'
import {spanBefore} from './model/spans.js'
import {readCourtDecision} from './legal.js'

type Field = LabeledCitation['fields'][number]

/** What says a work is complete: it has a title and a date, publisher, place, volume or pages. */
const WHOLE = new Set<Field['field']>(['issued', 'publisher', 'publisher-place', 'volume', 'page'])

/**
 * What may stand between two works cited one after the other: a semicolon, a
 * sentence's end, or a conjunction (`; `, `. `, ` et `, ` and `, ` und `, ` y `,
 * ` e `, ` sowie `), nothing else.
 */
const BETWEEN_WORKS = /^\s*(?:[;.]\s*|[,;.]?\s+(?:et|and|und|y|e|sowie|ou|or|oder)\s+)$/u

/** An editor's mark after the names (`Haskell, T.L., Ed. The Authority of Experts`): the names are the next work's editors, not a new work's authors. */
const EDITOR_MARK_AFTER = new RegExp(`^\\s*,?\\s*[([]?\\s*(?:${roleMarks(['editor'], '', true)})\\b`, 'iu')

/** Where the next work starts inside a citation: the index of its authors' span (or of its title after a semicolon), or -1. */
function nextWorkAt(text: string, fields: readonly Field[]): number {
  let titled = false
  let whole = false
  for (let j = 0; j < fields.length; j++) {
    const f = fields[j]!
    if (f.field === 'author' && titled && whole && j > 0) {
      const between = text.slice(fields[j - 1]!.end, f.start)
      const titleAfter = fields.slice(j + 1).some((g) => g.field === 'title' || g.field === 'container-title')
      // A comma alone joins two works only when a quoted title follows the names (`…, January 17, 2014, T. Bianchi, V. Bioglio, and E. Magli, "Analysis of …"`).
      const quotedNext = fields[j + 1]?.field === 'title' && /^\s*,?\s*[“"«„]\s*$/u.test(text.slice(f.end, fields[j + 1]!.start))
      const joined = BETWEEN_WORKS.test(between) || (/^\s*,\s*$/u.test(between) && quotedNext)
      if (joined && titleAfter && !EDITOR_MARK_AFTER.test(text.slice(f.end, f.end + 12))) return j
    }
    // A second title after a semicolon, once the work is whole (`…, Registration No. 54132; Treaty on Friendship, …`): a work with no author.
    if (f.field === 'title' && titled && whole && /;\s*$/u.test(text.slice(fields[j - 1]!.end, f.start)) && /^\p{Lu}/u.test(f.text)) return j
    if (f.field === 'title' || f.field === 'container-title') titled = true
    else if (titled && WHOLE.has(f.field)) whole = true
  }
  return -1
}

/**
 * Two works the model read as one citation (`Pierre Bourdieu, Le sens
 * pratique, Paris, Minuit, 1980 et Pierre Bourdieu, Les structures sociales de
 * l’économie, Paris, Seuil, 2000`; `… München 2004. Jochen Oltmer, Migration
 * und Politik …`): once a citation has a title and its date, publisher,
 * place, volume or pages, names after a semicolon, a full stop or a
 * conjunction, followed by a title of their own, start the next citation; so
 * does a title after a semicolon (`Treaty between Ukraine and the Russian
 * Federation …, United Nations Treaty Series Vol. 3161, Registration No.
 * 54132; Treaty on Friendship, …`).
 */
export function splitAtNextWork(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  const out: LabeledCitation[] = []
  for (const c of citations) {
    let rest = c
    for (let at = nextWorkAt(text, rest.fields); at > 0; at = nextWorkAt(text, rest.fields)) {
      const before = rest.fields.slice(0, at)
      out.push({...rest, end: before[before.length - 1]!.end, fields: before})
      rest = {...rest, start: rest.fields[at]!.start, fields: rest.fields.slice(at)}
    }
    out.push(rest)
  }
  return out
}

/**
 * A citation the model ended at the opening mark of a quoted title
 * (`… y Ferrer Aranda, «Guía de uso».`, the quotation read as outside it):
 * the quotation is its title, up to the mark that closes it (within the
 * clause: no `;` before it). Not after a mark that is also an apostrophe
 * (`Col. 154'`, `(2003) 'Un'Italia`).
 */
export function quotedTitleAfter(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.map((c) => {
    const open = text.slice(c.start, c.end).trimEnd().slice(-1)
    if (!closingMarks(open, false) || c.fields.some((f) => f.field === 'title')) return c
    const from = c.start + text.slice(c.start, c.end).trimEnd().length
    const at = closingAt(text, open, from, false)
    if (at < 0 || at - from > 300 || text.slice(from, at).includes(';')) return c
    const lead = text.slice(from, at).length - text.slice(from, at).trimStart().length
    const title = {field: 'title' as const, start: from + lead, end: from + text.slice(from, at).trimEnd().length, text: text.slice(from, at).trim()}
    if (title.text === '') return c
    return {...c, end: at + 1, fields: [...c.fields, title]}
  })
}

/**
 * Words that announce a translation of the work just cited, by language; after
 * a semicolon they start a citation of the translation (and are its prefix:
 * they are also signals, segment.ts `SIGNALS`).
 */
export const TRANSLATION_SIGNALS: ReadonlyArray<{lang: string; example: string; phrases: readonly string[]}> = [
  {
    lang: 'de',
    example: 'Jean Baudrillard, Simulacres et Simulation (Paris: Galilée, 1981), 10 f.; dt. Teilübers.: Agonie des Realen (Berlin: Merve, 1978)',
    phrases: ['dt.', 'dt. übers.', 'dt. teilübers.', 'dt. ausg.', 'dt. fassung', 'dt. übersetzung']
  },
  {
    lang: 'en',
    example: 'Pierre Bourdieu, La distinction (Paris: Minuit, 1979), 12; English translation: Distinction (Cambridge, MA: Harvard University Press, 1984), 9',
    phrases: ['english translation', 'eng. trans.', 'engl. trans.', 'english trans.', 'translated as']
  },
  {
    lang: 'fr',
    example: 'Max Weber, Wirtschaft und Gesellschaft (Tübingen: Mohr, 1922); trad. fr. : Économie et société (Paris: Plon, 1971)',
    phrases: ['trad. fr.', 'trad. française', 'traduction française']
  },
  {
    lang: 'es',
    example: 'Max Weber, Wirtschaft und Gesellschaft (Tübingen: Mohr, 1922); trad. esp.: Economía y sociedad (México: FCE, 1944)',
    phrases: ['trad. esp.', 'trad. cast.', 'traducción española', 'trad. castellana']
  },
  {
    lang: 'it',
    example: 'Max Weber, Wirtschaft und Gesellschaft (Tübingen: Mohr, 1922); trad. it.: Economia e società (Milano: Comunità, 1961)',
    phrases: ['trad. it.', 'tr. it.', 'traduzione italiana']
  }
]

const TRANSLATION_AFTER = new RegExp(`;\\s*(?:${alternation(TRANSLATION_SIGNALS.flatMap((s) => s.phrases))})\\s*:?\\s+(?=\\S)`, 'iu')

/** Pages (`10 f.`, `254–262`), the whole of a field cut at the words of a translation. */
const PAGES_ONLY = new RegExp(`^(?:${PAGE_NUMBERS})(?:\\s*ff?\\.?)?$`, 'u')

/** A field that runs past `at`, cut there: pages when that is all that is left (`10 f.; dt` read as one field). */
function cutAt(text: string, f: Field, at: number): Field {
  const cut = spanBefore(text, f, at)
  return cut === f ? f : {...cut, field: PAGES_ONLY.test(cut.text) ? 'page' : f.field}
}

/** The fields before `at` (one that runs past it cut there), or undefined when they hold no title. */
function fieldsBefore(text: string, fields: readonly Field[], at: number): Field[] | undefined {
  const before = fields.filter((f) => f.start < at).map((f) => cutAt(text, f, at))
  return before.some((f) => f.field === 'title' || f.field === 'container-title') ? before.filter((f) => f.text !== '') : undefined
}

/** The fields after `from` (one begun before it starts there). */
function fieldsAfter(text: string, fields: readonly Field[], from: number): Field[] {
  return fields.filter((f) => f.end > from).map((f) => (f.start >= from ? f : {...f, start: from, text: text.slice(from, f.end)}))
}

/**
 * A translation cited after the work (`…, 10 f.; dt. Teilübers.: Agonie des
 * Realen (Berlin: Merve, 1978)`) read as one citation with it: the translation
 * is a citation of its own from its first field after the words that announce
 * it, and a container-title it starts with is its title.
 */
export function splitAtTranslation(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.flatMap((c) => {
    const m = TRANSLATION_AFTER.exec(text.slice(c.start, c.end))
    if (!m) return [c]
    const at = c.start + m.index
    const before = fieldsBefore(text, c.fields, at)
    const after = fieldsAfter(text, c.fields, at + m[0].length)
    if (!before || before.length === 0 || after.length === 0) return [c]
    const titled = after.some((f) => f.field === 'title')
    const first = after[0]!.field === 'container-title' && !titled ? {...after[0]!, field: 'title' as const} : after[0]!
    return [
      {...c, end: before[before.length - 1]!.end, fields: before},
      {...c, start: after[0]!.start, fields: [first, ...after.slice(1)]}
    ]
  })
}

/**
 * Words that say the work just cited is quoted from another (its source
 * follows), by language: the work before them is a citation, not prose
 * (segment.ts, `name and title in prose`; the model itself starts the
 * source's citation after them).
 */
export const QUOTED_IN_SIGNALS: ReadonlyArray<{lang: string; example: string; phrases: readonly string[]}> = [
  {
    lang: 'en',
    example: 'John Locke, Two Treatises of Government, cited in Quentin Skinner, Liberty before Liberalism (Cambridge: Cambridge University Press, 1998), 5',
    phrases: ['cited in', 'quoted in', 'as quoted in', 'cited by', 'quoted by']
  },
  {lang: 'de', example: 'Max Weber, Wirtschaft und Gesellschaft, zitiert nach Hans Müller, Soziologie (Berlin 1990), S. 4', phrases: ['zitiert nach', 'zit. nach', 'zit. n.', 'zitiert in', 'zit. in']},
  {lang: 'fr', example: 'Jules Michelet, Le Peuple, cité dans Roland Barthes, Michelet (Paris: Seuil, 1954), 12', phrases: ['cité dans', 'cité par', 'cit. dans', 'cité in']},
  {lang: 'es', example: 'Ortega, La rebelión de las masas, citado en Julián Marías, Ortega (Madrid: Alianza, 1983), 40', phrases: ['citado en', 'citado por', 'cit. en', 'cit. por']},
  {
    lang: 'it',
    example: 'Giovanni Gentile, Il Fascismo al governo della scuola, citato in Norberto Bobbio, Profilo ideologico del Novecento (Torino: Einaudi, 1986), 20',
    phrases: ['citato in', 'citato da', 'cit. in']
  }
]

/** Right after a citation, a comma and the words that say the source it is quoted from follows (`QUOTED_IN_SIGNALS`), then its first capital or opening mark. */
export const QUOTED_IN = new RegExp(`^\\s*,\\s*(?:${alternation(QUOTED_IN_SIGNALS.flatMap((s) => s.phrases))})\\s*:?\\s+(?=\\p{Lu}|[“"«„*])`, 'iu')

/**
 * Court decisions cited one after another (`BGH, GRUR, 1991, 529 (530), -
 * Explosionszeichnungen -; OLG Nürnberg, GRUR-RR, 2001, 225 (227), -
 * Dienstanweisung -`) read as one citation: a semicolon followed by a
 * court's name starts the next citation when what follows reads as a decision.
 */
export function splitBeforeCourt(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.flatMap((c) => {
    const out: LabeledCitation[] = []
    let rest = c
    for (const m of text.slice(c.start, c.end).matchAll(/;\s+/gu)) {
      const at = c.start + m.index + m[0].length
      const next = text.slice(at, c.end).search(/;\s+/u)
      const piece = text.slice(at, next < 0 ? c.end : at + next).replace(/[.;,]$/u, '')
      if (readCourtDecision(piece) === undefined) continue
      const cut = c.start + m.index
      out.push({...rest, end: cut, fields: rest.fields.filter((f) => f.start < cut).map((f) => cutAt(text, f, cut))})
      rest = {...rest, start: at, fields: fieldsAfter(text, rest.fields, at)}
    }
    return [...out, rest]
  })
}
