import type {Position} from 'unist'
import type {CslItem, CslName, NoteCitation} from '@octavo/tree'
import type {CitationReading} from './read-citation.js'
import {nameEndsWith, type WorkRegistry} from './resolve.js'
import {comparable} from './dedupe.js'
import {yearOf} from './dates.js'
import {warn, type NotesState} from './process-state.js'

/** One citation read in a note, to resolve to its work. */
export interface Mention {
  reading: CitationReading
  /** The citation as written. */
  written: string
  /** The note's number. */
  number: number
  /** Whether it is the note's first citation. */
  first: boolean
  /** The citations resolved earlier in the same note. */
  here: readonly NoteCitation[]
  position: Position | undefined
}

/** The work a citation stands for, and the passage it cites. */
export interface Resolved {
  item: CslItem
  locator: string | null
}

/**
 * The item a citation stands for, and its locator: `Ibid.` the work cited
 * just before, a short form (`Lee, Minority, p. 9`; `Müller, a.a.O.`;
 * `Smith, supra note 12`) an earlier work, `Id.`/`ders.` the author cited
 * just before; a full citation its own work (the same work keeps one item).
 */
export function resolveMention(state: NotesState, m: Mention): Resolved | undefined {
  const p = m.reading
  if (p.backref?.kind === 'idem') {
    takeIdemNames(state, m)
    if (!p.shortTitle && p.form !== 'full') return ibidOf(state, m)
  }
  if (p.form === 'ibid') return ibidOf(state, m)
  if (p.form === 'short') {
    const item = shortOf(state, m)
    return item ? {item, locator: p.locator} : undefined
  }
  return fullOf(state, m)
}

/** The work cited just before: the note's last citation, or the last one before the note. */
function lastItem(state: NotesState, here: readonly NoteCitation[]): CslItem | undefined {
  const ref = here.length > 0 ? here[here.length - 1]!.ref : state.lastRef
  return ref === undefined ? undefined : state.registry.get(ref)
}

/** `Id.`, `ders.`: the names of the work cited just before, when the citation writes none. */
function takeIdemNames(state: NotesState, m: Mention): void {
  const last = lastItem(state, m.here)
  const names = last?.author ?? last?.editor
  if (!names || m.reading.item.author !== undefined) return
  m.reading.item.author = names
  m.reading.shortNames = names.map((n) => [n.given, n.family, n.literal].filter((x) => x).join(' ')).filter((n) => n !== '')
}

/** `Ibid.`: the work cited just before (warned when the note before cites none or several). */
function ibidOf(state: NotesState, m: Mention): Resolved | undefined {
  const {previous} = state
  if (m.first && previous.length !== 1 && m.here.length === 0) {
    warn(
      state,
      previous.length === 0 ? `note ${m.number}: Ibid. follows a note without a citation` : `note ${m.number}: Ibid. follows a note with ${previous.length} sources; taken as the last one`,
      m.position,
      'warning',
      {kind: previous.length === 0 ? 'ibid-after-none' : 'ibid-after-several', note: m.number, citation: m.written}
    )
  }
  const item = lastItem(state, m.here)
  if (!item) {
    warn(state, `note ${m.number}: Ibid. with nothing before it`, m.position)
    return undefined
  }
  return {item, locator: m.reading.locator}
}

/** A short form: the work of the note it names (`supra note 12`), else the latest earlier work it matches, else a work of its own (warned). */
function shortOf(state: NotesState, m: Mention): CslItem | undefined {
  const p = m.reading
  if (p.backref?.kind === 'supra' && p.backref.note !== undefined) {
    const pick = workOfNote(
      p,
      (state.refsByNote.get(p.backref.note) ?? []).map((r) => state.registry.get(r)!),
      state.registry
    )
    if (pick) return pick
  }
  const found = state.registry.findShort(p)
  if (found) return found
  if (p.backref === undefined && p.shortTitle !== '' && writesGivenNames(p)) {
    // `Joaquín Arrarás, Franco, p. 100` first in its notes (a book whose bibliography gives the rest): the author named in full, a first citation.
    p.form = 'full'
    return state.registry.add(p)
  }
  if (p.shortTitle === '' && p.backref === undefined) {
    // `Smith, p. 7` with no Smith before: nothing identifies a work.
    warn(state, `note ${m.number}: short form “${m.written}” names no earlier work; not read as a citation`, m.position)
    return undefined
  }
  warn(state, `note ${m.number}: short form “${m.written}” has no earlier full citation`, m.position, 'warning', {kind: 'short-without-full', note: m.number, citation: m.written})
  return state.registry.addShort(p)
}

/** The citation names an author or editor with a given name written out (`Joaquín Arrarás`, not `Arrarás` or `J. Arrarás`). */
function writesGivenNames(p: CitationReading): boolean {
  return (p.item.author ?? p.item.editor ?? []).some((n) => /\p{L}{2,}/u.test(n.given ?? ''))
}

/** A full citation: its work in the registry (the same work keeps one item); nothing when it names no work. */
function fullOf(state: NotesState, m: Mention): Resolved | undefined {
  const p = m.reading
  if (!namesWork(p.item)) {
    // Nothing names a work (`p. 5` read alone): no item is made of it.
    warn(state, `note ${m.number}: “${m.written}” names no work; not read as a citation`, m.position)
    return undefined
  }
  const earlier = authorDateWork(state, p)
  if (earlier) {
    p.form = 'short'
    return {item: earlier, locator: p.locator}
  }
  const known = state.registry.items.length
  const item = state.registry.add(p)
  // A work cited again in full with other pages (`pp. 137–138` of an article on 137–142): those pages are the pinpoint.
  if (state.registry.items.length === known && p.locator === null && typeof p.item.page === 'string' && p.item.page !== item.page) return {item, locator: p.item.page}
  return {item, locator: p.locator}
}

/** What an author–date short form writes: names, a year, a short title at most. */
const AUTHOR_DATE_FIELDS: ReadonlySet<string> = new Set(['type', 'author', 'editor', 'issued', 'title'])

/**
 * A citation that writes only names and a year (a short title at most:
 * `Gould 1966, S. 6` after `Gould, Cecil, Michelangelo. Battle of Cascina.
 * Newcastle upon Tyne 1966, S.6`) is a short form of the work with a title
 * cited earlier by those names in that year: the author–date short notes of
 * German and English humanities.
 */
function authorDateWork(state: NotesState, p: CitationReading): CslItem | undefined {
  const names = p.item.author ?? p.item.editor
  const year = yearOf(p.item.issued)
  if (!names?.length || year === undefined || Object.keys(p.item).some((k) => !AUTHOR_DATE_FIELDS.has(k))) return undefined
  const families = names.map((n) => n.family ?? n.literal ?? '')
  return families.includes('') ? undefined : state.registry.matchAuthorDate(families, year, typeof p.item.title === 'string' ? p.item.title : '')
}

/** Whether a reading names a work: a title, a name, a container, an archive, a link. */
function namesWork(item: CitationReading['item']): boolean {
  // A court decision or a parliament's paper is named by its court or kind and its number (`OLG Köln, Urt. v. 1.2.2000 – 6 U 3/99`, `BT-Drs. 18/12329`).
  if ((item.type === 'legal_case' || item.type === 'bill') && (item.authority !== undefined || item.genre !== undefined) && item.number !== undefined) return true
  return ['title', 'author', 'editor', 'container-title', 'collection-title', 'archive', 'archive_location', 'URL', 'DOI'].some((k) => item[k] !== undefined)
}

/**
 * The work a `wie Anm. 5` / `supra note 5` points to among those of that
 * note: the one by the names written; of two by the author (`ders.:
 * Kanalisierung (wie Anm. 5)`), the one its short title names.
 */
function workOfNote(p: CitationReading, works: readonly CslItem[], registry: WorkRegistry): CslItem | undefined {
  const families = p.shortNames.map(comparable)
  const written = (n: CslName) => comparable([n.given, n.family, n.literal].filter((x) => x).join(' '))
  const named = works.filter((i) => families.length === 0 || (i.author ?? i.editor ?? []).some((n) => families.some((f) => nameEndsWith(written(n), f))))
  return (named.length > 1 && p.shortTitle !== '' ? registry.matchShort(p, named) : undefined) ?? named[0]
}
