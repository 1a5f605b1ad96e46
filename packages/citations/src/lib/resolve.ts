import type {CslDate, CslItem, CslName} from '@octavo/tree'
import {yearOf} from './dates.js'
import {comparable, makeId, workKey} from './dedupe.js'
import type {ItemFields} from './read-citation.js'

/** What the registry needs of a citation read from a note. */
export interface ReadWork {
  item: ItemFields
  shortNames: string[]
  shortTitle: string
}

/** What the resolver remembers of the works cited so far. */
export class WorkRegistry {
  readonly items: CslItem[] = []
  private readonly byKey = new Map<string, CslItem>()
  private readonly byId = new Map<string, CslItem>()
  private readonly taken = new Set<string>()
  /** Each item's names, title words and year, for short forms (entryOf). */
  private readonly index: Array<ReturnType<typeof entryOf>> = []
  /** Works made of a short form that had no earlier full citation: a full citation of theirs later fills them in. */
  private readonly stubs = new Set<string>()
  /** When each work was last cited (a count of citations), for `op. cit.` and `a.a.O.` by the author alone. */
  private readonly lastCited = new Map<string, number>()
  private citations = 0

  /** A citation stands for this work: it is now the author's work cited last. */
  cited(item: CslItem): void {
    this.lastCited.set(item.id, ++this.citations)
  }

  private remember(item: CslItem, at?: number): void {
    if (at === undefined) {
      this.items.push(item)
      this.byId.set(item.id, item)
    }
    const entry = entryOf(item)
    if (at === undefined) this.index.push(entry)
    else this.index[at] = entry
  }

  /** The item with this id. */
  get(id: string): CslItem | undefined {
    return this.byId.get(id)
  }

  /** Register the work of a full citation; the same work keeps one id (also a work a short form named before it: `Shannon, "Innovative Technical Means" 32–35` in note 7, the full citation in note 8). */
  add(parsed: ReadWork): CslItem {
    const key = workKey(parsed.item)
    const known = this.byKey.get(key)
    if (known) return this.stubs.has(known.id) ? this.fillIn(known, parsed.item, key) : known
    const stub = this.stubOf(parsed.item)
    if (stub) return this.fillIn(stub, parsed.item, key)
    const id = makeId(parsed.item, this.taken)
    const item = {id, ...parsed.item} as CslItem
    this.byKey.set(key, item)
    this.remember(item)
    return item
  }

  /** Register the work of a short form with no earlier full citation: a full citation of it later fills it in. */
  addShort(parsed: ReadWork): CslItem {
    const item = this.add(parsed)
    this.stubs.add(item.id)
    return item
  }

  /** The work a short form made that this full citation's work is: written by its families, titled with its short title's words. */
  private stubOf(item: ReadWork['item']): CslItem | undefined {
    const {names, title} = entryOf(item)
    for (const id of this.stubs) {
      const at = this.items.indexOf(this.byId.get(id)!)
      const {names: families, title: short} = this.index[at]!
      if (families.length > 0 && short.length > 0 && writtenBy(families, names) && titleMatch(short, title) >= 0.75) return this.items[at]
    }
    return undefined
  }

  /** The work a short form made, filled in with its full citation's fields; it keeps its id. */
  private fillIn(stub: CslItem, item: ReadWork['item'], key: string): CslItem {
    const at = this.items.indexOf(stub)
    for (const k of Object.keys(stub)) if (k !== 'id') delete (stub as Record<string, unknown>)[k]
    Object.assign(stub, item, {id: stub.id})
    this.stubs.delete(stub.id)
    this.byKey.set(key, stub)
    this.remember(stub, at)
    return stub
  }

  /** Register an item given whole (a bibliography entry); keeps its id. */
  addGiven(item: CslItem): CslItem {
    if (!this.taken.has(item.id)) {
      this.taken.add(item.id)
      this.remember(item)
    }
    return item
  }

  /** The earlier work a short form points to, the most recent first; what it writes of the names is learnt. */
  findShort(parsed: ReadWork): CslItem | undefined {
    const best = this.matchShort(parsed)
    if (best) this.learnFamilies(best, parsed.shortNames)
    return best
  }

  /** The earlier work a short form points to, if any, learning nothing; `among`: only these works (those of the note a `wie Anm. 5` names). */
  matchShort(parsed: ReadWork, among?: readonly CslItem[]): CslItem | undefined {
    const words = titleWords(parsed.shortTitle)
    const families = parsed.shortNames.map(comparable)
    let best: CslItem | undefined
    let bestScore = 0
    for (let i = this.items.length - 1; i >= 0; i--) {
      if (among && !among.includes(this.items[i]!)) continue
      const {names: theirs, title} = this.index[i]!
      // A work cited with no names (its author in the prose before it: `L. Malksoo summarizes … in “The History …”`) is
      // named by a short form only through the opening of its title, two words or more (`Malksoo, “The History …,” 214`).
      const unnamed = families.length > 0 && theirs.length === 0
      if (families.length > 0 && !unnamed && !writtenBy(families, theirs)) continue
      // An author alone (`Lee, p. 5`, `Habermas, a.a.O.`) stands for the work by that author cited last.
      const score = words.length === 0 ? (families.length > 0 ? 1 : 0) : titleMatch(words, title)
      if (unnamed && (words.length < 2 || score < 1)) continue
      if (words.length === 0 && score === 1 && best !== undefined && (this.lastCited.get(this.items[i]!.id) ?? 0) > (this.lastCited.get(best.id) ?? 0)) {
        best = this.items[i]!
        continue
      }
      if (score > bestScore) {
        best = this.items[i]!
        bestScore = score
        if (score === 1 && words.length > 0) break
      }
    }
    return bestScore < 0.75 ? undefined : best
  }

  /**
   * The latest earlier work with a title by all these family names in this
   * year, whose title a short title, when one is written, matches: the work
   * of an author–date short form (`Vasari 2009, S. 61f.`, `Satzinger,
   * Marcantonio Raimondi 2015, S. 115`).
   */
  matchAuthorDate(families: readonly string[], year: number, shortTitle: string): CslItem | undefined {
    const folded = families.map(comparable)
    const words = titleWords(shortTitle)
    for (let i = this.items.length - 1; i >= 0; i--) {
      const {names, title, year: theirs} = this.index[i]!
      if (theirs !== year || title.length === 0 || !writtenBy(folded, names)) continue
      if (words.length === 0 || titleMatch(words, title) >= 0.75) return this.items[i]
    }
    return undefined
  }

  /**
   * A short form writes family names only: when it writes two words where the
   * full citation's name was read as given names + one family name (`Morcillo
   * Sanz` of `Elena Morcillo Sanz`), the family name is both.
   */
  private learnFamilies(item: CslItem, written: readonly string[]): void {
    // A court decision is written by its court (`BGH, a.a.O., Rn. 14`).
    const court: CslName[] = typeof item.authority === 'string' ? [{literal: item.authority}] : []
    const names = (item.author as CslName[] | undefined) ?? (item.editor as CslName[] | undefined) ?? court
    for (const short of written) {
      const words = short.split(' ')
      if (words.length < 2) continue
      for (const name of names) {
        if (name.given === undefined || name.family === undefined || name['non-dropping-particle'] || name['dropping-particle']) continue
        const given = name.given.split(' ')
        const moved = given.slice(given.length - (words.length - 1))
        if (moved.length === words.length - 1 && given.length > moved.length && comparable([...moved, name.family].join(' ')) === comparable(short)) {
          name.family = [...moved, name.family].join(' ')
          name.given = given.slice(0, given.length - moved.length).join(' ')
        }
      }
    }
    const at = this.items.indexOf(item)
    if (at !== -1) this.remember(item, at)
  }
}

/** What short forms are matched against: an item's names as written in full (folded: given, particle, family), its title words, its year. */
function entryOf(item: ReadWork['item']): {names: string[]; title: string[]; year: number | undefined} {
  // A court decision is written by its court (`BGH, a.a.O., Rn. 14`).
  const court: CslName[] = typeof item.authority === 'string' ? [{literal: item.authority}] : []
  const names = (item.author as CslName[] | undefined) ?? (item.editor as CslName[] | undefined) ?? court
  return {
    names: names.map((n) => comparable([n.given, n['dropping-particle'], n['non-dropping-particle'], n.family, n.literal].filter((p) => p).join(' '))),
    // A short name an act or a case has of its own (`Buchpreisbindungsgesetz`) names it too.
    title: titleWords([item.title ?? item['container-title'] ?? '', item['title-short'] ?? ''].join(' ')),
    year: yearOf(item.issued as CslDate | undefined)
  }
}

function writtenBy(families: readonly string[], names: readonly string[]): boolean {
  return families.every((f) => names.some((full) => nameEndsWith(full, f)))
}

/**
 * A name as a short form writes it is the end of the name written in full:
 * `Lee` of `chae jin lee`, `sanz moreno` of `ana sanz moreno` (a Spanish double
 * family name read as given + family), `van der berg` of `anna van der berg`;
 * a body's whole name.
 */
export function nameEndsWith(full: string, short: string): boolean {
  return short !== '' && (full === short || full.endsWith(` ${short}`) || full.split(' ').includes(short) || initialsThenFamily(full, short) || initialsThenFamily(short, full))
}

/** One name's initials and family name (`p nora`, `j p sartre`) are those of the other written in full (`pierre nora`, `jean paul sartre`), whichever of the two the short form writes. */
function initialsThenFamily(full: string, short: string): boolean {
  const words = short.split(' ')
  const initials = words.filter((w) => w.length === 1)
  const family = words.filter((w) => w.length > 1).join(' ')
  if (initials.length === 0 || family === '' || words.slice(0, initials.length).some((w) => w.length !== 1) || !full.endsWith(` ${family}`)) return false
  const given = full.slice(0, -family.length - 1).split(' ')
  return initials.every((letter, i) => given[i]?.startsWith(letter))
}

function titleWords(s: string): string[] {
  return comparable(s.replace(/…|\.\.\./g, ' '))
    .split(' ')
    .filter((w) => w.length > 0)
}

/**
 * How well a short title matches a full one: 1 when it is a prefix (the
 * last word may be cut: `Changbai…`), else the share of its words found.
 */
function titleMatch(short: string[], full: string[]): number {
  if (short.length === 0 || full.length === 0) return 0
  let prefix = true
  for (let i = 0; i < short.length; i++) {
    const a = short[i]!,
      b = full[i]
    if (b === undefined || (a !== b && !(i === short.length - 1 && b.startsWith(a)))) {
      prefix = false
      break
    }
  }
  if (prefix) return 1
  const set = new Set(full)
  const found = short.filter((w) => set.has(w)).length
  return (found / short.length) * 0.95
}
