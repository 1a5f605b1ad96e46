/**
 * Back references written by hand in traditions citeproc-js does not
 * produce: `Ebd., S. 12`, `Ivi, p. 12`, `Id. at 45`, `Müller, a.a.O., S. 12`,
 * `Rossi, Storia di Venezia cit., p. 34`, `Dupont, « Titre », art. cit.,
 * p. 12`, `Smith, supra note 3, at 45`, `Ellery, 45` (the author alone), and
 * `Ders.`/`Dies.`/`Id.` in place of an author repeated from the citation
 * before. Every part is labeled as
 * it is written.
 */
import {familyNames, type CslItem, type Locator, type Work} from './items.js'
import type {CslName} from '@octavo/tree'
import {initials} from './names.js'
import {BACK_REFERENCES, LEGAL_BACK_REFERENCES, QUOTES} from './phrases.js'
import type {Rng} from './rng.js'
import {concat, plain, splice, type Form, type Label, type LabelSpan, type Piece} from './spanned.js'
import {shortTitle} from './titles.js'
import type {Lang} from './vocab.js'

/** How a document writes back references by hand (when it does). */
export interface Tradition {
  lang: Lang
  /** The share of `ibid` positions written by hand. */
  ibid: number
  /** The share of later mentions written with `op. cit.`, `cit.`, `a.a.O.`, `supra note`. */
  opCit: number
  /** The share of repeated authors replaced by `Ders.`, `Id.`, … */
  idem: number
  /** US legal: `Id. at 45`, `supra note 3, at 45`. */
  legal: boolean
}

/** A piece of text with one label over all of it (or none). */
function labeled(text: string, label: Label | undefined, italic = false): Piece {
  const piece = plain(text)
  if (label !== undefined) piece.cites.push({start: 0, end: text.length, labels: [[0, text.length, label]], form: 'short', ref: ''})
  if (italic) piece.italics.push([0, text.length])
  return piece
}

/** Joins labeled parts into one citation piece of `ref`. */
function asCitation(parts: Piece[], form: Form, ref: string): Piece {
  const joined = concat(...parts)
  const labels: LabelSpan[] = joined.cites.flatMap((cite) => cite.labels)
  return {text: joined.text, italics: joined.italics, cites: [{start: 0, end: joined.text.length, labels, form, ref}]}
}

export function formatLocator(locator: string): string {
  return locator.replace(/(\w)-(\w)/g, '$1–$2')
}

function pinpointParts(rng: Rng, lang: Lang, locator: Locator | undefined, separator: string): Piece[] {
  if (locator === undefined) return []
  const value = formatLocator(locator.locator)
  let pageLabel = rng.pick(BACK_REFERENCES[lang].pageLabel)
  if (pageLabel === 'pp. ' && !value.includes('–')) pageLabel = 'p. '
  if (pageLabel === 'p. ' && value.includes('–') && lang !== 'de' && rng.chance(0.6)) pageLabel = 'pp. '
  return [plain(`${separator}${pageLabel}`), labeled(value, 'locator')]
}

/** Laws and cases are cited again by their short name, never with `op. cit.` */
const LEGAL_TYPES = new Set(['legislation', 'legal_case'])

const BOOKISH = new Set(['book', 'thesis', 'report', 'legislation', 'software', 'dataset'])

/** The names part (`Müller`, `Müller und Berg`, `Müller u. a.`, `G. Rossi`, `DUPONT`), or the short title when there are no names. */
function authorPart(rng: Rng, lang: Lang, item: CslItem): {piece: Piece; hasNames: boolean} {
  const families = familyNames(item)
  const words = BACK_REFERENCES[lang]
  if (families.length === 0) return {piece: titlePart(rng, lang, item), hasNames: false}
  const first = ((item.author ?? item.editor ?? []) as CslName[])[0]
  let lead = families[0] ?? ''
  if (first?.given !== undefined && first.literal === undefined && (lang === 'it' || lang === 'fr') && rng.chance(0.25)) lead = `${initials(first.given)} ${lead}`
  if (lang === 'fr' && first?.literal === undefined && rng.chance(0.2)) lead = lead.toUpperCase()
  const text = families.length === 1 ? lead : families.length === 2 ? `${lead} ${words.and} ${families[1]}` : `${lead} ${words.etAl}`
  return {piece: labeled(text, 'author'), hasNames: true}
}

/** The short title, in italics for books, in quotation marks for articles. */
function titlePart(rng: Rng, lang: Lang, item: CslItem): Piece {
  const title = typeof item['title-short'] === 'string' ? item['title-short'] : shortTitle(String(item.title ?? ''))
  if (BOOKISH.has(item.type) || rng.chance(0.2)) return labeled(title, 'title', true)
  const [open, close] = QUOTES[lang]
  return concat(plain(open), labeled(title, 'title'), plain(close))
}

/** `Ibid.`, `Ebd., S. 12`, `Ivi, p. 12`, `Id. at 12`. */
export function ownIbid(rng: Rng, tradition: Tradition, work: Work, locator: Locator | undefined, samePinpoint: boolean): Piece {
  const {lang} = tradition
  if (tradition.legal) {
    const word = rng.pick(LEGAL_BACK_REFERENCES.ibid)
    const rest = locator === undefined ? [] : [plain(LEGAL_BACK_REFERENCES.at), labeled(formatLocator(locator.locator), 'locator')]
    return asCitation([labeled(word, 'abbrev'), ...rest], 'ibid', work.key)
  }
  const words = BACK_REFERENCES[lang]
  const word = rng.pick(samePinpoint || locator === undefined ? words.ibidSamePage : words.ibid)
  const withPinpoint = !samePinpoint || rng.chance(0.4)
  return asCitation([labeled(word, 'abbrev'), ...(withPinpoint ? pinpointParts(rng, lang, locator, ', ') : [])], 'ibid', work.key)
}

/** `Müller, a.a.O., S. 12`, `Rossi, Storia di Venezia cit., p. 34`, `Smith, supra note 3, at 45`, `Müller (wie Anm. 3), S. 12`. */
export function ownOpCit(rng: Rng, tradition: Tradition, work: Work, locator: Locator | undefined, firstNote: number): Piece | undefined {
  const {lang} = tradition
  const item = work.item
  const hasTitle = typeof item.title === 'string' && item.title !== ''
  if ((familyNames(item).length === 0 && !hasTitle) || LEGAL_TYPES.has(item.type)) return undefined
  const author = authorPart(rng, lang, item)
  const words = BACK_REFERENCES[lang]
  const noteRef = (template: string): Piece => labeled(template.replace('{n}', String(firstNote)), 'abbrev')
  if (tradition.legal) {
    const rest = locator === undefined ? [] : [plain(', at '), labeled(formatLocator(locator.locator), 'locator')]
    return asCitation([author.piece, plain(', '), noteRef(rng.pick(LEGAL_BACK_REFERENCES.noteRef)), ...rest], 'short', work.key)
  }
  const withTitle = author.hasNames && hasTitle && rng.chance(lang === 'it' ? 0.85 : 0.4)
  const parts: Piece[] = [author.piece]
  if (lang === 'de' && rng.chance(0.45)) {
    // `Müller, Titel (wie Anm. 3)`: the parentheses stay outside the label.
    if (withTitle) parts.push(plain(', '), titlePart(rng, lang, item))
    parts.push(plain(' ('), noteRef(rng.pick(words.noteRef)), plain(')'))
  } else {
    if (withTitle) parts.push(plain(', '), titlePart(rng, lang, item))
    const word = withTitle ? rng.pick(words.titleCit) : rng.pick(words.opCit)
    const articleWord = word === 'art. cit.' && BOOKISH.has(item.type) ? 'op. cit.' : word
    parts.push(plain(lang === 'it' && withTitle && articleWord === 'cit.' && rng.chance(0.5) ? ' ' : ', '), labeled(articleWord, 'abbrev'))
    // `loc. cit.` is the very place cited before: no pinpoint.
    if (articleWord === 'loc. cit.') return asCitation(parts, 'short', work.key)
  }
  parts.push(...pinpointParts(rng, lang, locator, ', '))
  return asCitation(parts, 'short', work.key)
}

/**
 * `Ellery, 45`, `Dupont, p. 45`, `Müller, S. 45`: a later mention by the
 * author's name and the pinpoint alone, as authors write it when they cite
 * one work of that author (undefined without names or pinpoint).
 */
export function ownAuthorOnly(rng: Rng, lang: Lang, work: Work, locator: Locator | undefined): Piece | undefined {
  const people = (work.item.author ?? work.item.editor ?? []) as CslName[]
  if (locator === undefined || people.length === 0 || people.some((name) => name.literal !== undefined)) return undefined
  const author = authorPart(rng, lang, work.item)
  return asCitation([author.piece, ...pinpointParts(rng, lang, locator, ', ')], 'short', work.key)
}

/** `Ders.`, `Dies.`, `Id.`, `Eadem` for the authors of `work`. */
export function idemWord(rng: Rng, lang: Lang, work: Work): string {
  const idem = BACK_REFERENCES[lang].idem
  if (work.authors.length > 1) return rng.pick(idem.plural)
  return rng.pick(work.authors[0]?.gender === 'female' ? idem.female : idem.male)
}

/** The citation with its leading author span replaced by `word` (labeled `abbrev`); undefined when it does not start with the author. */
export function replaceLeadingAuthor(piece: Piece, word: string): Piece | undefined {
  const cite = piece.cites[0]
  const first = cite?.labels[0]
  if (cite === undefined || first === undefined || first[2] !== 'author' || first[0] !== 0) return undefined
  const replaced = splice(piece, first[0], first[1], word)
  const labels = replaced.cites[0]?.labels ?? []
  const out: Piece = {...replaced, cites: [{...cite, start: 0, end: replaced.text.length, labels: [[0, word.length, 'abbrev'], ...labels.filter(([s]) => s >= word.length)]}]}
  return out
}

/** Whether two works have the same personal authors (for `ders.`/`Id.`). */
export function sameAuthors(a: Work, b: Work): boolean {
  if (a.authors.length === 0 || a.authors.length !== b.authors.length) return false
  return a.authors.every((person, index) => JSON.stringify(person.name) === JSON.stringify(b.authors[index]?.name))
}

export const IBID_WORD = /^(?:ibid|ibidem|ibíd|ibídem|ebd|ebenda|ivi|id|íd|idem)\.?$/iu
