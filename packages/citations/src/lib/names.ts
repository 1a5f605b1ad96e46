import type {CslName} from '@octavo/tree'
import {alternation} from './alternation.js'
import {EAST_ASIAN_FAMILY_NAMES, familyFirst, fold, isPinyin} from '@octavo/tree'
import {FAMILY_NAMES_TOO, FAMILY_PREFIXES, GIVEN_NAMES, NAME_PARTICLES, ORG_STEMS, ORG_WORDS, ORGANISATION_WORDS, roleMarksWritten} from './lexicon.js'

export interface ParsedNames {
  names: CslName[]
  /** `et al.` was written after the names. */
  etAl: boolean
  /** Every name is one family name only (a short form: `Li and Xia`). */
  familyOnly: boolean
  /** At least one name is an organisation. */
  literal: boolean
}

const CAP = /^[\p{Lu}][\p{L}\p{M}’'.-]*$/u
const INITIAL = /^(\p{Lu}\.)+(-\p{Lu}\.)?$/u

export function isEastAsianFamily(word: string): boolean {
  return EAST_ASIAN_FAMILY_NAMES.has(fold(word))
}

/** One personal name as written, or undefined when it does not look like one. */
export function personalName(text: string): CslName | undefined {
  // `John Noecker Jr`, `Robert Hershey Jr.`: the suffix after the family name.
  const suffix = /^(.+\S)\s+(Jr|Sr|Jnr|Snr|II|III|IV)\.?$/.exec(text.trim())
  if (suffix && suffix[1]!.includes(' ')) {
    const base = personalName(suffix[1]!)
    return base && base.given !== undefined ? {...base, suffix: suffix[2]!} : undefined
  }
  const words = text.trim().split(/\s+/)
  if (words.length === 0 || words.length > 5) return undefined
  for (const w of words) {
    if (!CAP.test(w) && !NAME_PARTICLES.has(w.toLowerCase())) return undefined
    if (ORG_WORDS.has(w.toLowerCase())) return undefined
    if (/^\p{Lu}{2,}$/u.test(w)) return undefined // an acronym (`AVPRF`) is no person
    if (FUNCTION_WORDS.has(w)) return undefined // `The United States` is no person
  }
  if (!CAP.test(words[0]!)) return undefined
  if (words.length === 1) {
    const w = words[0]!
    if (INITIAL.test(w) || w.length < 2) return undefined
    return {family: w}
  }
  const last = words[words.length - 1]!
  if (INITIAL.test(last)) return undefined
  // Chinese and Korean names written family first: `Sun Chunri`, `Kim Il Sung` (the one rule, `@octavo/tree`'s `familyFirst`).
  if (familyFirst(words)) return {family: words[0]!, given: words.slice(1).join(' ')}
  // Western order: particles join the family name.
  let i = words.length - 1
  while (i > 1 && NAME_PARTICLES.has(words[i - 1]!.toLowerCase())) i--
  const family = words.slice(i).join(' ')
  return {family, given: words.slice(0, i).join(' ')}
}

/** True when the text reads as an organisation's name (`Xinhua News Agency`, `Yanbian diwei`). */
export function organisationName(text: string): boolean {
  const words = text.trim().split(/\s+/)
  if (words.length === 0 || words.length > 12) return false
  if (!/^[\p{Lu}\d]/u.test(words[0]!)) return false
  if (words.some((w) => ORG_WORDS.has(fold(w).replace(/[,.]$/, '')))) return true
  // Romanised names of bodies: a capitalised word followed by lower-case words (`Yanbian diwei`).
  return words.length >= 2 && words.length <= 6 && words.slice(1).some((w) => /^\p{Ll}/u.test(w)) && words.every((w) => /^[\p{L}\p{M}’'.-]+$/u.test(w)) && !words.some((w) => STOP.has(w.toLowerCase()))
}

const FUNCTION_WORDS = new Set([
  'The',
  'Of',
  'In',
  'On',
  'For',
  'From',
  'With',
  'To',
  'And',
  'Or',
  'At',
  'By',
  'New',
  'History',
  'Studies',
  'Journal',
  'Review',
  'Collected',
  'Selected',
  'Papers',
  'Essays'
])

const STOP = new Set([
  'the',
  'a',
  'an',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'this',
  'that',
  'these',
  'those',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'to',
  'of',
  'and',
  'or',
  'not',
  'be',
  'been',
  'as',
  'it',
  'its',
  'their',
  'his',
  'her',
  'which',
  'who',
  'see'
])

/**
 * A list of names (`Sun Chunri and Shen Yingshu`, `Tsuneo Akaha and Anna
 * Vassilieva`, `A, B, and C`, `Xu Mingxun et al.`), or undefined.
 * `allowOrganisation` lets a body stand as a `literal` name.
 */
export function parseNames(text: string, allowOrganisation = true): ParsedNames | undefined {
  let s = text.trim()
  let etAl = false
  const m = /,?\s+(et\.? al\.?|and others|et coll\.)$/i.exec(s)
  if (m) {
    etAl = true
    s = s.slice(0, m.index)
  }
  if (s.length === 0 || s.length > 200) return undefined
  const pieces = s.split(/\s*,\s*(?:and\s+|&\s*|et\s+)?|\s+(?:and|&|et|und|y)\s+/u).filter((p) => p.length > 0)
  if (pieces.length === 0) return undefined
  const names: CslName[] = []
  let literal = false
  for (const piece of pieces) {
    const person = personalName(piece)
    if (person) {
      names.push(person)
      continue
    }
    if (allowOrganisation && pieces.length <= 3 && organisationName(piece)) {
      names.push({literal: piece})
      literal = true
      continue
    }
    return undefined
  }
  const familyOnly = names.every((n) => n.family !== undefined && n.given === undefined)
  return {names, etAl, familyOnly, literal}
}

// ---------------------------------------------------------------------------
// readNameList: a name span as a sequence labeler cuts it (`author`, `editor`,
// `translator`: the whole list as written) → CSL names. Table-driven: every
// table below carries the example each entry exists for, and
// test/names.test.ts runs them all.

export type NameRole = 'editor' | 'translator'

export interface NameList {
  /** Every name written, in order; organisations and unreadable pieces as `{literal}`. */
  names: CslName[]
  /** `et al.` (or `u. a.`, `y otros`, `e altri` …) was written after the names. */
  etAl: boolean
  /** The role the dropped role words gave (`(eds.)`, `übers. von`), if any. */
  role: NameRole | undefined
}

/** Role words before or after the names (matched without regard to case; after the names also in brackets). */
export interface RoleWords {
  name: string
  example: string
  role: NameRole | undefined
  before?: readonly string[]
  after?: readonly string[]
  /** A phrase before the names that words cannot list (`traduit de l’anglais par`). */
  phrase?: RegExp
  /** Names the words before them are part of (`In Sook Kim`: a Korean given name, not a chapter's `In`), with the example. */
  unless?: {example: string; test: (text: string) => boolean}
}

export const NAME_ROLES: readonly RoleWords[] = [
  {name: 'English editor before the names', example: 'edited by Jane Doe', role: 'editor', before: ['edited by', 'ed. by', 'eds.', 'ed.', 'edd.', 'comp. by', 'compiled by']},
  {
    name: 'English editor after the names',
    example: 'Marcello Conati (ed.)',
    role: 'editor',
    after: [...roleMarksWritten('en', 'editor'), 'edd.', 'editor', 'editors', 'ed. and trans.', 'eds. and trans.', 'comp.', 'comps.']
  },
  {name: 'German editor before the names', example: 'hrsg. von Hans Müller', role: 'editor', before: ['herausgegeben von', 'hrsg. von', 'hg. von', 'hrsg. v.', 'hg. v.', 'hrsg.', 'hg.']},
  {name: 'German editor after the names', example: 'Müller, Hans (Hrsg.)', role: 'editor', after: [...roleMarksWritten('de', 'editor'), 'hgg.', 'hrsg. und übers.', 'hg. und übers.', 'herausgeber']},
  {
    name: 'French editor before the names',
    example: 'sous la direction de Jean Dupont',
    role: 'editor',
    before: ['sous la direction de', 'sous la dir. de', 'dirigé par', 'édité par', 'éd. par', 'textes réunis par', 'réunis par', 'dir.', 'éd.']
  },
  {name: 'French editor after the names', example: 'Jean Dupont (dir.)', role: 'editor', after: [...roleMarksWritten('fr', 'editor'), 'dirs.']},
  {name: 'Italian editor before the names', example: 'a cura di Giovanni Rossi', role: 'editor', before: ['a cura di', 'a c. di', 'cura di', 'c. di', 'curato da', 'cur.']},
  {name: 'Italian editor after the names', example: 'Giovanni Rossi (a cura di)', role: 'editor', after: [...roleMarksWritten('it', 'editor'), 'a c. di', 'a. c. d.', 'cur.', 'curr.']},
  {
    name: 'Spanish and Portuguese editor before the names',
    example: 'editado por Ana García',
    role: 'editor',
    before: ['editado por', 'edición de', 'coordinado por', 'coordenado por', 'dirigido por', 'organizado por', 'coord.', 'org.']
  },
  {name: 'Spanish and Portuguese editor after the names', example: 'Ana García (coord.)', role: 'editor', after: [...roleMarksWritten('es, pt', 'editor'), 'coords.', 'org.', 'orgs.']},
  {name: 'Dutch editor', example: 'onder redactie van Jan de Vries', role: 'editor', before: ['onder redactie van', 'red.'], after: ['red.']},
  {
    name: 'English translator',
    example: 'translated by Anna Berg',
    role: 'translator',
    before: ['translated by', 'trans. by', 'trans.', 'transl.', 'tr.'],
    after: [...roleMarksWritten('en', 'translator'), 'transl.', 'tr.', 'translator', 'translators'],
    phrase: /^translated from (?:the )?\p{L}+ by\s+/iu
  },
  {
    name: 'German translator',
    example: 'übers. von Anna Berg',
    role: 'translator',
    before: ['übersetzt von', 'übers. von', 'übers. v.', 'übers.'],
    after: [...roleMarksWritten('de', 'translator'), 'übersetzer'],
    phrase: /^aus dem \p{L}+ (?:übersetzt|übers\.) von\s+/iu
  },
  {
    name: 'French translator',
    example: 'traduit de l’anglais par Jean Dupont',
    role: 'translator',
    before: ['traduit par', 'traduction de', 'trad. par', 'trad.'],
    after: ['trad.'],
    phrase: /^(?:traduit|trad\.)\s+(?:de l['’]|du |de (?:la )?)\p{L}+\s+par\s+/iu
  },
  {
    name: 'Italian translator',
    example: 'tradotto da Giovanni Rossi',
    role: 'translator',
    before: ['tradotto da', 'traduzione di', 'trad. it. di', 'trad. di'],
    phrase: /^(?:tradotto|trad\.)\s+dal(?:l['’]\s?|lo |l? )\p{L}+\s+da\s+/iu
  },
  {name: 'Spanish and Portuguese translator', example: 'traducción de Ana García', role: 'translator', before: ['traducción de', 'traducido por', 'tradução de', 'traduzido por', 'trad. de']},
  {name: 'Dutch translator', example: 'vertaald door Jan de Vries', role: 'translator', before: ['vertaald door', 'vert.'], after: ['vert.']},
  {name: '“by” before the names (no role)', example: 'by Jane Doe', role: undefined, before: ['by', 'par', 'por', 'door']},
  {
    name: 'a chapter’s “In” read into its editors’ names (no role)',
    example: 'In: Brehmer, Berndt',
    role: undefined,
    before: ['in:', 'in'],
    // Not `In Peter Lee, editor`: a Western given name before the family name.
    unless: {example: 'In Sook Kim', test: (text) => /^In\s+\p{Lu}\p{Ll}+\s+\S+$/u.test(text) && isEastAsianFamily(text.split(/\s+/u).at(-1)!) && !GIVEN_NAMES.has(fold(text.split(/\s+/u)[1]!))}
  }
]

/** `et al.` and its equivalents after the names (also in brackets: `[et al.]`). */
export interface EtAlWords {
  name: string
  example: string
  words: readonly string[]
}

export const ET_AL_MARKERS: readonly EtAlWords[] = [
  {name: 'Latin et al.', example: 'Xu Mingxun et al.', words: ['et al.', 'et al', 'et. al.', 'et. al', 'et alii', 'et alia', 'et aliae', 'et coll.', 'et collab.']},
  {name: 'English and others', example: 'John Smith and others', words: ['and others']},
  {name: 'German u. a.', example: 'Hans Müller u. a.', words: ['u. a.', 'u.a.', 'u.a', 'ua.', 'und andere']},
  {name: 'Spanish y otros', example: 'Ana García y otros', words: ['y otros', 'y col.', 'y cols.', 'y colaboradores']},
  {name: 'Italian e altri', example: 'Giovanni Rossi e altri', words: ['e altri', 'ed altri', 'e al.']},
  {name: 'Portuguese e outros', example: 'João Silva e outros', words: ['e outros']},
  {name: 'Dutch e.a.', example: 'Jan de Vries e.a.', words: ['e.a.', 'e. a.', 'en anderen']}
]

/** Words that say there is no author (`o. V.` ohne Verfasser, `N. N.`, `AA.VV.` autori vari, `Anon.`): no names. */
export const NO_AUTHOR: {name: string; example: string; words: readonly string[]} = {
  name: 'no author written',
  example: 'o. V.',
  words: ['o. v.', 'o.v.', 'n. n.', 'n.n.', 'aa. vv.', 'aa.vv.', 'autori vari', 'anon.', 'anon', 'anonymous', 'anonyme', 'anónimo', 'anonimo', 'anoniem']
}

const ROLE_PATTERNS = NAME_ROLES.map((r) => ({
  role: r.role,
  before: r.before ? new RegExp(`^(?:${alternation(r.before)})\\s+`, 'iu') : undefined,
  phrase: r.phrase,
  unless: r.unless?.test,
  after: r.after ? new RegExp(`(?:^|,?\\s+|(?=[(\\[]))[(\\[]?(?:${alternation(r.after)})[)\\]]?$`, 'iu') : undefined,
  /** A mark in brackets cut before its period and closing bracket (`Hoffmann, R. (Eds`: the span ended there), or written without its period (`W. Steinmetz (eds)`). */
  cut: r.after ? new RegExp(`(?:^|,?\\s*)[(\\[](?:${alternation(r.after.map((w) => w.replace(/\.$/, '')))})[)\\]]?$`, 'iu') : undefined
}))

const ET_AL = new RegExp(`(?:^|,?\\s+)[(\\[]?(?:${alternation(ET_AL_MARKERS.flatMap((m) => m.words))})[)\\]]?$`, 'iu')

interface Marked {
  rest: string
  etAl: boolean
  role: NameRole | undefined
}

/** Drops role words and `et al.` from either end, as often as they come (`Smith et al. (eds.)`). */
function takeMarkers(text: string): Marked {
  let rest = trimList(text)
  let etAl = false
  let role: NameRole | undefined
  for (let before = ''; before !== rest;) {
    before = rest
    const m = ET_AL.exec(rest)
    if (m) {
      etAl = true
      rest = trimList(rest.slice(0, m.index))
    }
    const found = roleWords(rest)
    if (found) {
      role ??= found.role
      rest = trimList(found.rest)
    }
  }
  return {rest, etAl, role}
}

/** The longest role words at either end (`trad. di` before `trad.`), with what is left. */
function roleWords(text: string): {role: NameRole | undefined; rest: string} | undefined {
  let best: {role: NameRole | undefined; rest: string; length: number} | undefined
  for (const r of ROLE_PATTERNS) {
    const b = r.unless?.(text) ? null : (r.phrase?.exec(text) ?? r.before?.exec(text))
    const a = r.after?.exec(text) ?? r.cut?.exec(text)
    if (b && b[0].length > (best?.length ?? 0)) best = {role: r.role, rest: text.slice(b[0].length), length: b[0].length}
    if (a && a[0].length > (best?.length ?? 0)) best = {role: r.role, rest: text.slice(0, a.index), length: a[0].length}
  }
  return best
}

/**
 * White space collapsed, no space before `,;:` nor between an initial and
 * its period (`J .Simpson`, `G .-P . Zarri`, `J .-Ph . Genet`: OCR), `C.G.Brown` → `C.G. Brown`, a quoted nickname dropped (`Curtis "Ovid" Poe`), non-breaking
 * hyphens as hyphens, an unmatched bracket or a conjunction at either end
 * (`and Schulten, T.`) and the list's closing punctuation dropped.
 */
function cleanNames(text: string): string {
  let s = text
    .normalize('NFC')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s+/g, ' ')
  s = s
    .replace(/\s+(?=[,;:])/g, '')
    .replace(/(?<=(?:^|[\s.,-])\p{Lu}\p{Ll}?)\s+\.(?=[\s-]|$|\p{Lu})/gu, '.')
    .replace(/(\p{Lu}\.)(?=\p{Lu}\p{Ll})/gu, '$1 ')
    .replace(/(?<=\p{L})\s+["“‘«„][\p{L}. ]{1,20}["”’»“](?=\s+\p{Lu})/gu, '')
  s = trimList(s).replace(/^(?:and|&|und|et|e|y)\s+(?!al\b|alii|alia|otros|altri|outros)/i, '')
  if (/^[([]/.test(s) && !/[)\]]/.test(s)) s = s.slice(1)
  if (/[)\]]$/.test(s) && !/[([]/.test(s)) s = s.slice(0, -1)
  return trimList(s)
}

function trimList(text: string): string {
  return text.replace(/^[\s,;:]+|[\s,;:]+$/g, '')
}

/** A final period after a whole word (`Tolkien.`, `SMITH.`) closes the span, not an initial (`J.`) or `Jr.`. */
function dropPeriodAfterWord(text: string): string {
  return text.replace(/(\p{Ll}{2}|\p{Lu}{2})\.$/u, '$1')
}

// --- the words of a name

const SUFFIX = /^(Jr|Sr|Jnr|Snr|II|III|IV)\.?$/
const DOTTED_INITIALS = /^(?:\p{Lu}\p{Ll}?\.-?)+$/u
const BARE_INITIALS = /^\p{Lu}{1,3}$/u
const UPPER_WORD = /^\p{Lu}[\p{Lu}\p{M}’'-]+$/u
const ELIDED = /^(d|l|dell|dall|degl|all)(['’])(\p{Lu}.*)$/u
/** Arabic and Hebrew family names with their article or `ibn` joined by a hyphen, kept whole: `al-Aswany`. */
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|bint|ben|abu|abd|bar)-\p{Lu}/u
/** Abbreviations that look like initials but are not (`St. Aubin`, `Dr.`). */
const NOT_INITIALS = /^(?:Jr|Sr|St|Ste|Dr|Mr|Ms|Mme|Mlle)\.$/

function isDotted(word: string): boolean {
  return DOTTED_INITIALS.test(word) && !NOT_INITIALS.test(word)
}

/** `J.`, `J.R.`, `H.-P.`, `Yu.`, `JR`, `HO` (Vancouver); not `Jr.`, `St.`, `III`, nor a known three-letter family name in capitals (`LEE`). */
function isInitials(word: string): boolean {
  if (SUFFIX.test(word) || NOT_INITIALS.test(word)) return false
  if (DOTTED_INITIALS.test(word)) return true
  return BARE_INITIALS.test(word) && !(word.length === 3 && isEastAsianFamily(word))
}

/** A lower-case particle (`van`, `de`, `d’`, also `v.` for von). */
function isParticle(word: string): boolean {
  return NAME_PARTICLES.has(word) || word === 'v.' || ELIDED.test(word)
}

/** `y`/`e`/`i` between the two family names of a Spanish, Portuguese or Catalan name. */
const DOUBLE_NAME_JOINS = new Set(['y', 'e', 'i'])

/** A word that can be part of a name: capitalised (`Müller`, `O’Brien`, `Jean-Paul`, `J.`, `al-Aswany`), a particle, or `y`/`e`/`i` of a double name. */
function isNameWord(word: string): boolean {
  if (FUNCTION_WORDS.has(word) || isOrganisationWord(word)) return false
  return CAP.test(word) || ARABIC_ARTICLE.test(word) || isParticle(word) || DOUBLE_NAME_JOINS.has(word)
}

function isUpperWord(word: string): boolean {
  return UPPER_WORD.test(word) && !SUFFIX.test(word) && !isInitials(word)
}

function words(text: string): string[] {
  return text.split(' ').filter((w) => w.length > 0)
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || ARABIC_ARTICLE.test(word)
}

/** Family words → family and non-dropping particle: `van der Berg` → `van der` + `Berg`; `d’Alembert` → `d’` + `Alembert`. */
function familyParts(family: readonly string[]): CslName {
  let i = 0
  while (i < family.length - 1 && isParticle(family[i]!) && !ELIDED.test(family[i]!)) i++
  const particle = family.slice(0, i)
  const rest = family.slice(i)
  const elided = ELIDED.exec(rest[0] ?? '')
  if (elided) {
    particle.push(elided[1]! + elided[2]!)
    rest[0] = elided[3]!
  }
  const name: CslName = {family: rest.join(' ')}
  if (particle.length > 0) name['non-dropping-particle'] = particle.join(' ')
  return name
}

/** Given words → given and dropping particle, as written after the given names: `Anna van den` → `Anna` + `van den`. */
function givenParts(given: readonly string[]): CslName {
  let j = given.length
  while (j > 0 && isParticle(given[j - 1]!)) j--
  const name: CslName = j > 0 ? {given: given.slice(0, j).join(' ')} : {}
  if (j < given.length) name['dropping-particle'] = given.slice(j).join(' ')
  return name
}

/** `Family, Given` read from its two parts (a suffix at the end of the given part is taken off). */
function invertedName(family: string, given: string): CslName {
  const g = words(dropPeriodAfterWord(given))
  const suffix = g.length > 1 && SUFFIX.test(g[g.length - 1]!) ? g.pop()!.replace(/\.$/, '') : undefined
  const name: CslName = {...familyParts(words(family)), ...givenParts(g)}
  if (suffix) name.suffix = suffix
  return name
}

// --- one name written without a comma

/** How far a Western-order family name reaches left of its last word, at word i. Each rule gives how many more words it takes, or 0; one given word is always left. */
export interface FamilyReach {
  name: string
  example: string
  expected: CslName
  take: (words: readonly string[], i: number) => number
}

export const FAMILY_REACH: readonly FamilyReach[] = [
  {
    name: 'Westphalian farm name: X zu Y is one family name',
    example: 'Hans Meyer zu Schwabedissen',
    expected: {family: 'Meyer zu Schwabedissen', given: 'Hans'},
    take: (w, i) => (i >= 3 && /^zur?$/.test(w[i - 1]!) && isCapitalised(w[i - 2]!) ? 2 : 0)
  },
  {
    name: 'Spanish, Portuguese or Catalan double family name joined by y/e/i',
    example: 'José Ortega y Gasset',
    expected: {family: 'Ortega y Gasset', given: 'José'},
    take: (w, i) => (i >= 3 && DOUBLE_NAME_JOINS.has(w[i - 1]!) && isCapitalised(w[i - 2]!) ? 2 : 0)
  },
  {
    name: 'Spanish patronymic (-ez) before the last family name: both are the family name',
    example: 'Julio César Rodríguez Treviño',
    expected: {family: 'Rodríguez Treviño', given: 'Julio César'},
    take: (w, i) => (i >= 2 && /^\p{Lu}\p{Ll}+ez$/u.test(w[i - 1]!) ? 1 : 0)
  },
  {
    name: 'particles before two family names: both are the family name',
    example: 'Rosa de la Vega Martín',
    expected: {family: 'Vega Martín', given: 'Rosa', 'non-dropping-particle': 'de la'},
    take: (w, i) => (i >= 3 && isCapitalised(w[i - 1]!) && !FAMILY_PREFIXES.has(w[i - 1]!.toLowerCase()) && !isParticle(w[i - 1]!) && isParticle(w[i - 2]!) && !isCapitalised(w[i - 2]!) ? 1 : 0)
  },
  {
    name: 'a family name joined to a particle by a hyphen before the last name: one family name',
    example: 'Gerhard Dohrn-van Rossum',
    expected: {family: 'Dohrn-van Rossum', given: 'Gerhard'},
    take: (w, i) => (i >= 2 && /^\p{Lu}[\p{L}'’]+-(?:van|von|de|du|der|den|ten|ter|zu|la|le)$/u.test(w[i - 1]!) ? 1 : 0)
  },
  {
    name: 'capitalised particle: part of the family name',
    example: 'Giovanni Di Stefano',
    expected: {family: 'Di Stefano', given: 'Giovanni'},
    take: (w, i) => (i >= 2 && isCapitalised(w[i - 1]!) && FAMILY_PREFIXES.has(w[i - 1]!.toLowerCase()) ? 1 : 0)
  },
  {
    name: 'lower-case particle: non-dropping particle',
    example: 'Ludwig van Beethoven',
    expected: {family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van'},
    take: (w, i) => (i >= 2 && isParticle(w[i - 1]!) ? 1 : 0)
  }
]

/** Where the family name starts in a Western-order name: the first rule of FAMILY_REACH that reaches further, until none does. */
function familyStart(w: readonly string[]): number {
  let i = w.length - 1
  for (;;) {
    const step = i < 2 ? undefined : FAMILY_REACH.map((rule) => rule.take(w, i)).find((n) => n > 0)
    if (step === undefined) return i
    i -= step
  }
}

/** A run of family words: particles then one word, a capitalised particle and a word, `Meyer zu X`, or capitals (`DE LA FONTAINE`). */
function isFamilyWords(w: readonly string[]): boolean {
  let i = 0
  while (i < w.length - 1 && isParticle(w[i]!)) i++
  const rest = w.slice(i)
  if (rest.length === 0 || rest.some((x) => isInitials(x) || !isNameWord(x))) return false
  if (rest.length === 1) return isCapitalised(rest[0]!) || ELIDED.test(rest[0]!)
  if (rest.every(isUpperWord)) return true
  if (rest.length === 3 && /^zur?$/.test(rest[1]!)) return isCapitalised(rest[0]!) && isCapitalised(rest[2]!)
  return rest.slice(0, -1).every((x) => isCapitalised(x) && FAMILY_PREFIXES.has(x.toLowerCase()))
}

/** A given-name part after a comma: capitalised words and initials, maybe particles and a suffix after them. */
function isGivenWords(w: readonly string[]): boolean {
  if (w.length === 0 || w.length > 5 || !isCapitalised(w[0]!)) return false
  return w.every((x) => isNameWord(x) || isInitials(x) || SUFFIX.test(x)) && !w.every((x) => SUFFIX.test(x))
}

/** The ways one name is written without a comma, tried in order. */
export interface PersonForm {
  name: string
  example: string
  expected: CslName
  read: (text: string) => CslName | undefined
}

export const PERSON_FORMS: readonly PersonForm[] = [
  {
    name: 'family name, then the given names in brackets (French)',
    example: 'Foucault (Michel)',
    expected: {family: 'Foucault', given: 'Michel'},
    read: (s) => {
      const m = /^(\S[^()]*?)\s*\(([^()]+)\)$/u.exec(s)
      if (!m || !isFamilyWords(words(m[1]!))) return undefined
      const given = words(m[2]!)
      return isGivenWords(given) || given.every(isParticle) ? invertedName(m[1]!, m[2]!.trim()) : undefined
    }
  },
  {
    name: 'Chinese, Japanese or Korean script, family name first',
    example: '長塚 隆',
    expected: {family: '長塚', given: '隆'},
    read: (s) => {
      const m = /^([\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]+) ([\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]+)$/u.exec(s)
      return m ? {family: m[1]!, given: m[2]!} : undefined
    }
  },
  {
    name: 'family name alone',
    example: 'Smith',
    expected: {family: 'Smith'},
    read: (s) => {
      const w = words(s)
      const single = w.length === 1 || (w.length === 2 && (isParticle(w[0]!) || FAMILY_PREFIXES.has(w[0]!.toLowerCase())))
      return single && isFamilyWords(w) ? familyParts(w) : undefined
    }
  },
  {
    name: 'Vancouver: family name, then initials',
    example: 'Smith JR',
    expected: {family: 'Smith', given: 'JR'},
    read: (s) => {
      const w = words(s)
      let k = w.length
      while (k > 1 && isInitials(w[k - 1]!)) k--
      const family = w.slice(0, k)
      // The family may be a short word in capitals (`RUF F.`): only dotted initials are never a family name.
      if (k === w.length || k > 3 || !family.every((x) => isNameWord(x) && !isDotted(x))) return undefined
      return {...familyParts(family), given: w.slice(k).join(' ')}
    }
  },
  {
    name: 'family name in capitals, before or after the given names',
    example: 'DUPONT Jean',
    expected: {family: 'DUPONT', given: 'Jean'},
    read: (s) => {
      const w = words(s)
      const upper = w.map(isUpperWord)
      const first = upper.indexOf(true)
      const last = upper.lastIndexOf(true)
      if (first < 0 || upper.every(Boolean) || upper.slice(first, last + 1).includes(false)) return undefined
      if (first !== 0 && last !== w.length - 1) return undefined
      let start = first
      while (start > 0 && isParticle(w[start - 1]!)) start--
      const given = [...w.slice(0, start), ...w.slice(last + 1)]
      if (!given.every((x) => isNameWord(x) || isInitials(x))) return undefined
      return {...familyParts(w.slice(start, last + 1)), given: given.join(' ')}
    }
  },
  {
    name: 'Chinese or Korean, family name first',
    example: 'Kim Il Sung',
    expected: {family: 'Kim', given: 'Il Sung'},
    read: (s) => {
      const w = words(s)
      return w.every((x) => CAP.test(x)) && familyFirst(w) ? {family: w[0]!, given: w.slice(1).join(' ')} : undefined
    }
  },
  {
    name: 'Western order: given names, then the family name',
    example: 'Hans Peter Müller',
    expected: {family: 'Müller', given: 'Hans Peter'},
    read: (s) => {
      const w = words(s)
      if (w.length < 2 || w.length > 6 || !w.every((x) => isNameWord(x) || isInitials(x))) return undefined
      if (isInitials(w[w.length - 1]!) || !isCapitalised(w[0]!)) return undefined
      const i = familyStart(w)
      return {...familyParts(w.slice(i)), given: w.slice(0, i).join(' ')}
    }
  }
]

/** Academic titles before a name, which are no part of it (`Dr. Tobias Trütsch`, `Prof. Dr. Anna Berg`, `Dr. phil. Hans Müller`, `Dipl.-Ing. Jan Ott`). */
const ACADEMIC_TITLES = /^(?:(?:Prof|Dr|PD|Priv\.-Doz|Dipl\.-[\p{L}]+|Mag)\.(?:\s*(?:phil|med|jur|theol|rer\.\s*(?:nat|pol|soc)|h\.\s*c)\.)?\s+)+(?=\p{Lu})/u

/** One name written without a comma, with the form that read it; academic titles before it and a suffix after it (`King Jr.`, `Gates III`) are taken off first. */
export function readPersonalName(text: string): {form: string; name: CslName} | undefined {
  const name = text.replace(ACADEMIC_TITLES, '')
  const m = /^(.+?),?\s+(Jr|Sr|Jnr|Snr|II|III|IV)\.?$/.exec(name)
  const base = m ? m[1]! : name
  for (const form of PERSON_FORMS) {
    const read = form.read(base)
    if (read) return {form: form.name, name: m ? {...read, suffix: m[2]!} : read}
  }
  return undefined
}

// --- organisations

function isOrganisationWord(word: string): boolean {
  const w = word.toLowerCase().replace(/^[(“"']+|[)”"',;:]+$/g, '')
  const f = fold(w)
  if (ORG_WORDS.has(w) && !(w.length <= 3 && isPinyin(w))) return true // not `zu`, `bu`, `shi`: romanised bodies are told by their form
  if (ORGANISATION_WORDS.has(w) || ORGANISATION_WORDS.has(f)) return true
  return ORG_STEMS.some((stem) => w.length > stem.length + 2 && w.endsWith(stem))
}

/**
 * A brand's word: a capital inside the word after three letters or more (`DeepMind`, `OpenAI`, `GitHub`), as no
 * person's name has it but those with a prefix (`MacArthur`, `FitzGerald`, `VanderMeer`; `McDonald`, `DeWitt`,
 * `LaGuardia` have fewer letters before it); or `AI` after a name (`Meta AI`).
 */
function isBrandWord(word: string, i: number): boolean {
  return (/^\p{Lu}\p{Ll}{2,}\p{Lu}/u.test(word) && !/^(?:Mac|Fitz|Van|Von|Ten|Ter|Del|Dal|Des|Dos|Das|San)/u.test(word)) || (i > 0 && word === 'AI')
}

/** A body's name: a word of bodies (`Organization`, `Bundesamt`, `Ministère`, `Lab`), a brand's (`Google DeepMind`) or an acronym alone (`WHO`, `OECD`). */
export function isOrganisationName(text: string): boolean {
  if (/\d/.test(text) || words(text).some(isOrganisationWord)) return true // no person's name has a digit (`Bündnis 90/Die Grünen`)
  // A brand names one body, never a list (where a word like `AndreasKnie` is two names glued by the text's extraction).
  if (!/[,;/&]|\s(?:und|and|y|et|e)\s/u.test(text) && words(text).some(isBrandWord)) return true
  return /^\p{Lu}{2,5}$/u.test(text) && !isEastAsianFamily(text)
}

/**
 * Two bodies or more joined by `and` (`Zhonggongzhongyang wenxian yanjiushi
 * and Zhongyang dang’anguan`): each part two words or more and a body's name
 * on its own (`Department of Trade and Industry` stays one).
 */
function severalBodies(text: string): string[] | undefined {
  const parts = text.split(/\s+(?:and|und|et|y|e)\s+(?=\p{Lu})/u)
  return parts.length > 1 && parts.every((p) => words(p).length >= 2 && isOrganisationName(p)) ? parts : undefined
}

// --- lists

/** What separates names in a list. A comma may also separate a family name from its given names: see NAME_RULES. */
export interface ListSeparator {
  name: string
  example: string
  expected: CslName[]
  pattern: RegExp
}

export const LIST_SEPARATORS: readonly ListSeparator[] = [
  {
    name: 'semicolon',
    example: 'Müller, Hans; Schmidt, Anna',
    expected: [
      {family: 'Müller', given: 'Hans'},
      {family: 'Schmidt', given: 'Anna'}
    ],
    pattern: /\s*;\s*/
  },
  {
    name: 'slash',
    example: 'Müller, Hans/Schmidt, Anna',
    expected: [
      {family: 'Müller', given: 'Hans'},
      {family: 'Schmidt', given: 'Anna'}
    ],
    pattern: /\s*\/\s*/
  },
  {
    name: 'spaced dash',
    example: 'G. Perocco - A. Salvadori',
    expected: [
      {family: 'Perocco', given: 'G.'},
      {family: 'Salvadori', given: 'A.'}
    ],
    pattern: /\s+[-–—]\s+/
  },
  {
    name: 'hyphen before an initial',
    example: 'L. Balsamo-A. Tinto',
    expected: [
      {family: 'Balsamo', given: 'L.'},
      {family: 'Tinto', given: 'A.'}
    ],
    pattern: /(?<=\p{L}{2})-(?=\p{Lu}\.)/u
  },
  {
    name: 'ampersand',
    example: 'Smith, J., Jones, K. & Lee, M.',
    expected: [
      {family: 'Smith', given: 'J.'},
      {family: 'Jones', given: 'K.'},
      {family: 'Lee', given: 'M.'}
    ],
    pattern: /\s*,?\s*&\s*/
  },
  {
    name: 'English and',
    example: 'Tsuneo Akaha and Anna Vassilieva',
    expected: [
      {family: 'Akaha', given: 'Tsuneo'},
      {family: 'Vassilieva', given: 'Anna'}
    ],
    pattern: /(?:\s*,\s*|\s+)(?:and|AND)\s+/
  },
  {
    name: 'German und',
    example: 'Hans Müller und Anna Berg',
    expected: [
      {family: 'Müller', given: 'Hans'},
      {family: 'Berg', given: 'Anna'}
    ],
    pattern: /(?:\s*,\s*|\s+)(?:und|UND|u\.)\s+/
  },
  {
    name: 'French and Latin et',
    example: 'Jean Dupont et Marie Curie',
    expected: [
      {family: 'Dupont', given: 'Jean'},
      {family: 'Curie', given: 'Marie'}
    ],
    pattern: /(?:\s*,\s*|\s+)(?:et|ET)\s+/
  },
  {
    name: 'Spanish y',
    example: 'Ana García y Luis Pérez',
    expected: [
      {family: 'García', given: 'Ana'},
      {family: 'Pérez', given: 'Luis'}
    ],
    pattern: /\s*,?\s+y\s+/
  },
  {
    name: 'Italian and Portuguese e',
    example: 'M. Rossi, L. Bianchi e G. Verdi',
    expected: [
      {family: 'Rossi', given: 'M.'},
      {family: 'Bianchi', given: 'L.'},
      {family: 'Verdi', given: 'G.'}
    ],
    pattern: /\s*,?\s+e\s+/
  },
  {
    name: '“with” a co-author',
    example: 'Barry Wellman with Keith Hampton',
    expected: [
      {family: 'Wellman', given: 'Barry'},
      {family: 'Hampton', given: 'Keith'}
    ],
    pattern: /\s+(?:with|mit|avec|con|com|met)\s+/
  },
  {
    name: 'Dutch en',
    example: 'Jan de Vries en Piet Bakker',
    expected: [
      {family: 'Vries', given: 'Jan', 'non-dropping-particle': 'de'},
      {family: 'Bakker', given: 'Piet'}
    ],
    pattern: /\s*,?\s+en\s+/
  },
  {
    name: 'comma',
    example: 'Alex Graves, Jürgen Schmidhuber',
    expected: [
      {family: 'Graves', given: 'Alex'},
      {family: 'Schmidhuber', given: 'Jürgen'}
    ],
    pattern: /\s*,\s*/
  }
]

const SEPARATOR = new RegExp(LIST_SEPARATORS.map((r) => `(${r.pattern.source})`).join('|'), 'gu')

interface Piece {
  text: string
  /** The name of the separator after the piece; '' at the end. */
  after: string
}

/** The list cut at its separators, the double names joined by `y`/`e` put back together (`José Ortega y Gasset`, `Ortega y Gasset, José`). */
function splitList(text: string): Piece[] {
  const pieces: Piece[] = []
  let from = 0
  for (const m of text.matchAll(SEPARATOR)) {
    const rule = LIST_SEPARATORS[m.slice(1).findIndex((g) => g !== undefined)]!
    pieces.push({text: text.slice(from, m.index), after: rule.name})
    from = m.index + m[0].length
  }
  pieces.push({text: text.slice(from), after: ''})
  for (let i = pieces.length - 2; i >= 0; i--) {
    const [left, right] = [pieces[i]!, pieces[i + 1]!]
    if (!/^(Spanish y|Italian and Portuguese e)$/.test(left.after) || words(right.text).length !== 1) continue
    const fullBefore = words(left.text).length >= 2 && right.after !== 'comma'
    const invertedAfter = words(left.text).length === 1 && right.after === 'comma' && isGivenWords(words(pieces[i + 2]?.text ?? ''))
    if (fullBefore || invertedAfter) pieces.splice(i, 2, {text: `${left.text} ${left.after === 'Spanish y' ? 'y' : 'e'} ${right.text}`, after: right.after})
  }
  return pieces.filter((p) => p.text.length > 0)
}

/** The rules for commas inside a list, each with the example it exists for. */
export interface NameRule {
  name: string
  example: string
  expected: CslName[]
}

export const NAME_RULES: readonly NameRule[] = [
  {name: 'inverted name: family, given', example: 'Müller, Hans Peter', expected: [{family: 'Müller', given: 'Hans Peter'}]},
  {
    name: 'APA: commas between inverted names',
    example: 'Smith, J., Jones, K.',
    expected: [
      {family: 'Smith', given: 'J.'},
      {family: 'Jones', given: 'K.'}
    ]
  },
  {
    name: 'Chicago: the first name inverted, the others not',
    example: 'Cole, Joan F., Ann Roe',
    expected: [
      {family: 'Cole', given: 'Joan F.'},
      {family: 'Roe', given: 'Ann'}
    ]
  },
  {name: 'suffix after the given names', example: 'King, Martin Luther, Jr.', expected: [{family: 'King', given: 'Martin Luther', suffix: 'Jr'}]},
  {name: 'double family name before the comma', example: 'García Márquez, Gabriel', expected: [{family: 'García Márquez', given: 'Gabriel'}]},
  {name: 'particles before the family name: non-dropping', example: 'van der Berg, Anna', expected: [{family: 'Berg', given: 'Anna', 'non-dropping-particle': 'van der'}]},
  {name: 'particles after the given names: dropping', example: 'Berg, Anna van den', expected: [{family: 'Berg', given: 'Anna', 'dropping-particle': 'van den'}]},
  {name: 'three or more single words: family names only', example: 'Vidal-Gorène, Dupin, Decours-Perez', expected: [{family: 'Vidal-Gorène'}, {family: 'Dupin'}, {family: 'Decours-Perez'}]},
  {
    name: 'full names between commas (Vancouver too)',
    example: 'Smith J, Jones K, Lee M',
    expected: [
      {family: 'Smith', given: 'J'},
      {family: 'Jones', given: 'K'},
      {family: 'Lee', given: 'M'}
    ]
  },
  {name: 'initials, comma, family name (two pieces)', example: 'PR, Dahiya', expected: [{family: 'Dahiya', given: 'PR'}]},
  {name: 'organisation: the whole span', example: 'Bundesministerium für Bildung und Forschung', expected: [{literal: 'Bundesministerium für Bildung und Forschung'}]},
  {name: 'organisation: a body named by its members', example: 'Humber Conservancy Commissioners', expected: [{literal: 'Humber Conservancy Commissioners'}]},
  {name: 'organisation: a German compound of a body', example: 'Stadtwerke Kellstadt', expected: [{literal: 'Stadtwerke Kellstadt'}]},
  {name: 'unreadable piece: kept as a literal', example: 'The History of Modern China', expected: [{literal: 'The History of Modern China'}]}
]

/** `Family, Given` across a comma: a family name (`Müller`, `van der Berg`, `DUPONT`, `POP`) or a double one before one given word or initials. */
function pairs(family: string, given: string): boolean {
  const f = words(family)
  const g = words(given)
  if (!isGivenWords(g) || f.some((x) => isDotted(x) || x.length === 1)) return false
  if (isFamilyWords(f) || (f.length === 1 && UPPER_WORD.test(f[0]!))) return true
  const core = f.filter((x) => !isParticle(x))
  return core.length <= 3 && f.every(isNameWord) && (g.length === 1 || g.every(isInitials))
}

/** The name two pieces across a comma make, if they make one: `Müller, Hans`, or in a list of two, `PR, Dahiya`. */
function pairOf(text: string, next: string, count: number): CslName | undefined {
  if (count === 2 && isInitials(text) && words(next).length === 1 && CAP.test(next) && !isInitials(next)) return {family: dropPeriodAfterWord(next), given: text}
  return pairs(text, next) ? invertedName(text, next) : undefined
}

/** `Vidal-Gorène, Dupin, Decours-Perez`: three or more single words between commas (a conjunction only before the last) are family names. */
function familyNamesOnly(pieces: readonly Piece[]): boolean {
  return pieces.length >= 3 && pieces.every((p, k) => words(p.text).length === 1 && !isInitials(p.text) && (p.after === 'comma' || k >= pieces.length - 2))
}

/** One piece that is a name on its own: a person, else the piece as written. */
function readPiece(text: string): CslName {
  return readPersonalName(dropPeriodAfterWord(text))?.name ?? {literal: text}
}

/** The pieces of a list → names, pairing `Family, Given` across commas and hanging a suffix (`, Jr.`) on the name before it. */
function groupNames(pieces: readonly Piece[]): Marked & {names: CslName[]} {
  const out: Marked & {names: CslName[]} = {names: [], etAl: false, role: undefined, rest: ''}
  const note = (m: Marked): void => {
    out.etAl ||= m.etAl
    out.role ??= m.role
  }
  const familyOnly = familyNamesOnly(pieces)
  for (let i = 0; i < pieces.length; i++) {
    const here = takeMarkers(pieces[i]!.text)
    note(here)
    const previous = out.names[out.names.length - 1]
    if (SUFFIX.test(here.rest) && previous && !previous.literal && pieces[i - 1]?.after === 'comma') {
      previous.suffix = here.rest.replace(/\.$/, '')
      continue
    }
    if (here.rest === '') continue
    const next = pieces[i + 1] ? takeMarkers(pieces[i + 1]!.text) : undefined
    const pair = next && !familyOnly && !here.etAl && pieces[i]!.after === 'comma' ? pairOf(here.rest, next.rest, pieces.length) : undefined
    if (pair) {
      note(next!)
      i++
    }
    out.names.push(pair ?? readPiece(here.rest))
  }
  return out
}

/**
 * A name list as a labeler cuts it (`author`, `editor`, `translator`) →
 * CSL names. Role words (`(eds.)`, `hrsg. von`, `a cura di`) and `et al.`
 * are dropped and reported; every name written is kept; an organisation is
 * one `{literal}`; a piece that is no name is kept as a `{literal}`. Never
 * throws; an empty span gives no names.
 */
export function readNameList(text: string): NameList {
  const {rest, etAl, role} = takeMarkers(cleanNames(text))
  if (rest === '' || NO_AUTHOR.words.includes(rest.toLowerCase())) return {names: [], etAl, role}
  const bodies = severalBodies(rest)
  if (bodies) return {names: bodies.map((b) => ({literal: dropPeriodAfterWord(b)})), etAl, role}
  if (isOrganisationName(rest)) return {names: [{literal: dropPeriodAfterWord(rest)}], etAl, role}
  const pieces = splitList(rest)
  const familyFirst = familyFirstList(pieces)
  if (familyFirst) return {names: familyFirst, etAl, role}
  const inverted = invertedWithGivenNames(pieces)
  if (inverted) return {names: [inverted], etAl, role}
  const list = groupNames(pieces)
  return {names: list.names, etAl: etAl || list.etAl, role: role ?? list.role}
}

/**
 * A list of names each written family first with no comma, as Swiss and
 * Austrian notes write them (`Forstmoser Peter / Ogorek Regina / Schindler
 * Benjamin`; `Schmid Stefan G.`): two names or more, joined by slashes or semicolons,
 * each a word that is no given name a reader knows, then one that is
 * (GIVEN_NAMES, not one that is also a family name: `Dylan Thomas`), then
 * perhaps initials. One name alone is not told so (`Veronica Franco`).
 */
function familyFirstList(pieces: readonly Piece[]): CslName[] | undefined {
  if (pieces.length < 2 || pieces.slice(0, -1).some((p) => p.after !== 'slash' && p.after !== 'semicolon')) return undefined
  const names = pieces.map((p) => familyThenGiven(takeMarkers(p.text).rest))
  return names.every((n) => n !== undefined) ? names : undefined
}

/** A given name a reader knows, and no family name too (`Sönke`, `Johannes`; not `Thomas`). */
export function knownGivenName(word: string): boolean {
  return GIVEN_NAMES.has(fold(word)) && !FAMILY_NAMES_TOO.has(fold(word))
}

/** A name written first name first in two to four capitalised words (`Jonathan VanAntwerpen`, `G. Soliday`). */
export function capitalisedName(name: string): boolean {
  const words = name.trim().split(/\s+/u)
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w))
}

/** A name opened by a given name a reader knows or by initials (`Charles Taylor`, `G. Soliday`). */
export function opensAsPerson(name: string): boolean {
  const first = name.trim().split(/\s+/u)[0]!
  return /^(?:\p{Lu}\.)+(?:-\p{Lu}\.)?$/u.test(first) || knownGivenName(first)
}

/** A name of two to four capitalised words opened by a given name, even one that is a family name too (`Stephen Krasner`), or by initials. */
export function givenNameFirst(name: string): boolean {
  const first = fold(name.trim().split(/\s+/u)[0]!)
  return opensAsPerson(name) || (capitalisedName(name) && (GIVEN_NAMES.has(first) || FAMILY_NAMES_TOO.has(first)))
}

/**
 * One name written family first with a comma, two given names after it
 * (`Caicedo Castilla, José Joaquín`, `Patiño Millán, Beatriz Amalia`): a
 * double family name of words no reader knows as given names, then given
 * names a reader knows (GIVEN_NAMES, none also a family name). Not two
 * names in Western order (`John Smith, Jane Doe`: the first part holds a
 * given name).
 */
function invertedWithGivenNames(pieces: readonly Piece[]): CslName | undefined {
  if (pieces.length !== 2 || pieces[0]!.after !== 'comma') return undefined
  const family = words(pieces[0]!.text)
  const given = words(pieces[1]!.text)
  if (family.length !== 2 || given.length !== 2) return undefined
  if (!family.every((w) => isNameWord(w) && isCapitalised(w) && !GIVEN_NAMES.has(fold(w)))) return undefined
  if (!given.every(knownGivenName)) return undefined
  return {family: family.join(' '), given: given.join(' ')}
}

function familyThenGiven(text: string): CslName | undefined {
  const w = words(text)
  if (w.length < 2 || w.length > 3 || (w.length === 3 && !isInitials(w[2]!))) return undefined
  const [family, given] = [w[0]!, fold(w[1]!)]
  if (!isNameWord(family) || !isCapitalised(family) || GIVEN_NAMES.has(fold(family)) || !GIVEN_NAMES.has(given) || FAMILY_NAMES_TOO.has(given)) return undefined
  return {family, given: w.slice(1).join(' ')}
}
