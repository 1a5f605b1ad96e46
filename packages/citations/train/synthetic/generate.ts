/**
 * Synthetic labeled footnotes and reference-list entries for the notes
 * reader's sequence model, rendered by citeproc-js through Debian's CSL styles
 * and locales, labeled by the generator (see README.md).
 *
 *   generateSynthetic({seed: 1, documents: 50}) → SyntheticRecord[]
 *
 * Deterministic: document `i` of seed `s` has its own seeded generator, and
 * its rendering depends only on the documents of its block before it (see
 * `BLOCK`), so any slicing of a run (`offset`, `documents`) gives the same
 * records for the same documents.
 */
import {existsSync} from 'node:fs'
import {AREA_FOCI, makeAreaWork, makeHandStyle, withLanguageNote, type AreaFocus} from './area.js'
import type {Tradition} from './backrefs.js'
import {makeBibDocument, makeBibWork, type BibDocument} from './bibnotes.js'
import {THESIS_JOINERS, THESIS_SIGNALS} from './bibnotes-vocab.js'
import {DEFAULT_DATA_DIR, loadHarvest, type Harvest} from './harvest.js'
import {familyNames, makeWorks, PROFILES, type CslItem, type ItemContext, type ItemType, type Profile, type Work} from './items.js'
import {addNoise, linkAfterTitle} from './noise.js'
import {composeNote, countRendering, planNotes, positionCites, renderCite, type NoteDocument, type RenderStats} from './notes.js'
import {StyleEngine} from './render.js'
import {Rng, seedOf} from './rng.js'
import {citePiece, type Form, type Label, type LabelSpan, type Piece, type Range} from './spanned.js'
import {LOCALES, MORE_STYLES, STYLES, type StyleInfo} from './styles.js'
import {acceptable, tidy} from './tidy.js'
import type {Lang} from './vocab.js'

export interface SyntheticCitation {
  start: number
  end: number
  form: Form
  labels: LabelSpan[]
  fields: Record<string, string | string[]>
  item: CslItem
}

export interface SyntheticRecord {
  id: string
  source: 'synthetic'
  doc: string
  lang: Lang
  kind: 'footnote' | 'reference'
  style: string
  text: string
  italics?: Range[]
  citations: SyntheticCitation[]
  meta: {locale: string; note?: number; entry?: number; profile: Profile; handWritten: boolean}
}

export interface SyntheticOptions {
  seed: number
  documents: number
  /** The labeled data vocabularies are harvested from (default `../shared/data`, skipped when absent); `false`: our own lists only. */
  dataDir?: string | false
  /** First document index (to generate a slice of a larger run). */
  offset?: number
  /** Filled with counts of renderings kept and dropped per style, when given. */
  stats?: RenderStats
  /** Use `MORE_STYLES` too (74 styles instead of the 40 of the default mix). */
  allStyles?: boolean
  /** Filled with counts of the kinds of area works cited and of commentary written, when given. */
  patterns?: PatternStats
}

export type PatternStats = Map<string, number>

const DOC_LANGS: ReadonlyArray<readonly [Lang, number]> = [
  ['en', 30],
  ['de', 22],
  ['fr', 20],
  ['it', 14],
  ['es', 14]
]

/** Hand-written back references, by how much a document uses them. */
const TRADITIONS: ReadonlyArray<readonly [Omit<Tradition, 'lang' | 'legal'> | undefined, number]> = [
  [undefined, 55],
  [{ibid: 0.8, opCit: 0.6, idem: 0.7}, 25],
  [{ibid: 0.4, opCit: 0.25, idem: 0.4}, 20]
]

const NAME_LABELS = new Set<Label>(['author', 'editor', 'translator'])
const NO_FIELD = new Set<Label>(['abbrev', 'other'])

/** CSL-style fields from the labels: name lists as lists of spans, the rest joined with a space. */
export function fieldsOf(text: string, labels: LabelSpan[]): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {}
  for (const [start, end, label] of labels) {
    if (NO_FIELD.has(label)) continue
    const value = text.slice(start, end)
    const current = fields[label]
    if (NAME_LABELS.has(label)) fields[label] = [...((current as string[] | undefined) ?? []), value]
    else fields[label] = current === undefined ? value : `${String(current)} ${value}`
  }
  return fields
}

/**
 * citeproc-js engines, one per style and locale, shared by the documents of a
 * block. An engine's output depends a little on what it rendered before (a
 * fresh engine of one Spanish style prints a date range `2014–[2020]`, the same
 * engine after a bibliography `2014–2020`), so engines are made anew for every
 * block of `BLOCK` documents and a block is always generated from its first
 * document: document `i` then depends only on the seed and the documents of its
 * block before it, however a run is sliced. (A new engine for every document
 * would cost three times the run time: citeproc's closures start cold.)
 */
export const BLOCK = 500

class Engines {
  private readonly engines = new Map<string, StyleEngine>()
  private readonly shortOnly = new Map<string, boolean>()

  get(style: string, locale: string): StyleEngine {
    const key = `${style}|${locale}`
    let engine = this.engines.get(key)
    if (engine === undefined) {
      engine = new StyleEngine(style, locale)
      this.engines.set(key, engine)
    }
    return engine
  }

  /** A new set of engines for the next block (the short-note probes are kept: they use engines of their own). */
  reset(): void {
    this.engines.clear()
  }

  /** Whether the style writes the same (short) note at the first and at a later mention. */
  isShortOnly(style: string, locale: string): boolean {
    const key = `${style}|${locale}`
    let value = this.shortOnly.get(key)
    if (value === undefined) {
      const engine = new StyleEngine(style, locale)
      const item: CslItem = {
        id: `probe:${key}`,
        type: 'book',
        title: 'Probe Title',
        author: [{family: 'Probe', given: 'Anna'}],
        publisher: 'Probe Press',
        'publisher-place': 'Probe City',
        issued: {'date-parts': [[2001]]}
      }
      engine.setItems([item])
      const first = engine.cite({id: item.id, position: 0, 'near-note': false, locator: '5', label: 'page'}, item).text
      const later = engine.cite({id: item.id, position: 1, 'near-note': false, locator: '5', label: 'page'}, item).text
      value = first === later
      this.shortOnly.set(key, value)
    }
    return value
  }
}

interface DocumentPlan {
  index: number
  rng: Rng
  lang: Lang
  locale: string
  style: StyleInfo
  kind: 'notes' | 'references'
  profile: Profile
  italics: boolean
  /** An area document (`area.ts`): its own kinds of works, romanized titles, archives cited by acronym, citation-like commentary. */
  area: AreaFocus | undefined
  /** A bibliography-style document (`bibnotes.ts`): a German thesis, or inverted-name notes in another language; every citation written by hand. */
  bib: boolean
  /** An English shortened-notes document (`EXTRA_DOCUMENTS.shortNotes`). */
  shortNotes: boolean
}

/**
 * Documents added to the mix (decided by a generator of their own, so that
 * the plans of the other documents stay as they were):
 *
 * - bibliography-style documents (`bibnotes.ts`): German theses and
 *   inverted-name notes in the other languages, every citation written by
 *   hand;
 * - English shortened-notes documents: citeproc's Chicago (and New Hart's)
 *   short forms in plain text, without italics (`Ellery, Salt Roads, 112`,
 *   `Ellery, Salt Roads of Bengal, 2:143`, `Ellery, 45`), many notes, mostly
 *   books.
 */
const EXTRA_DOCUMENTS = {
  bib: {
    share: 0.09,
    langs: [
      ['de', 55],
      ['en', 12],
      ['fr', 12],
      ['es', 12],
      ['it', 9]
    ] as ReadonlyArray<readonly [Lang, number]>
  },
  shortNotes: {
    share: 0.06,
    styles: [
      ['chicago-note-bibliography', 6],
      ['chicago-fullnote-bibliography', 3],
      ['chicago-fullnote-bibliography-16th-edition', 1],
      ['new-harts-rules-the-oxford-style-guide', 1]
    ] as ReadonlyArray<readonly [string, number]>,
    types: [
      ['book', 64],
      ['chapter', 12],
      ['article-journal', 18],
      ['thesis', 5],
      ['manuscript', 6],
      ['article-newspaper', 4],
      ['report', 3],
      ['webpage', 2]
    ] as ReadonlyArray<readonly [ItemType, number]>
  }
}

/** The share of note documents that write some later mentions with the author's name alone (`Ellery, 45`), and how often. */
const AUTHOR_ONLY = {en: {documents: 0.35, share: 0.5}, other: {documents: 0.1, share: 0.35}}

/** The share of documents about an area, and the share of their works made by `area.ts`. */
const AREA_DOCUMENTS = {notes: 0.32, references: 0.2}
const AREA_WORKS = 0.6
/** The share of commentary sentences that look like citations (`prose.ts`), in area documents and in the others. */
const PROSE = {area: 0.6, other: 0.3}

function chooseStyle(rng: Rng, lang: Lang, kind: DocumentPlan['kind'], styles: readonly StyleInfo[]): StyleInfo {
  const usable = styles.filter((style) => (kind === 'references' ? style.bibliography !== false : style.cls === 'note') && (style.lang === lang || style.international === true))
  return rng.weighted(usable.map((style): [StyleInfo, number] => [style, style.lang === lang ? (style.cls === 'note' || kind === 'references' ? 3 : 1) : 1]))
}

function planDocument(seed: number, index: number, styles: readonly StyleInfo[]): DocumentPlan {
  const rng = new Rng(seedOf('synthetic', seed, index))
  const extra = new Rng(seedOf('synthetic-extra', seed, index))
  const roll = extra.next()
  const {bib, shortNotes} = EXTRA_DOCUMENTS
  if (roll < bib.share) {
    const lang = extra.weighted(bib.langs)
    // A nominal style (its engine renders nothing: every citation is written by hand).
    const style = chooseStyle(
      extra,
      lang,
      'notes',
      styles.filter((info) => info.legal !== true)
    )
    return {index, rng, lang, locale: extra.weighted(LOCALES[lang]), style, kind: 'notes', profile: 'history', italics: extra.chance(0.5), area: undefined, bib: true, shortNotes: false}
  }
  if (roll < bib.share + shortNotes.share) {
    const name = extra.weighted(shortNotes.styles)
    const style = styles.find((info) => info.name === name) ?? chooseStyle(extra, 'en', 'notes', styles)
    return {index, rng, lang: 'en', locale: extra.weighted(LOCALES.en), style, kind: 'notes', profile: 'history', italics: false, area: undefined, bib: false, shortNotes: true}
  }
  const lang = rng.weighted(DOC_LANGS)
  const kind = rng.chance(0.3) ? 'references' : 'notes'
  const style = chooseStyle(rng, lang, kind, styles)
  const profile: Profile = style.legal === true && rng.chance(0.8) ? 'law' : rng.weighted(PROFILES)
  const locale = rng.weighted(LOCALES[lang])
  const italics = rng.chance(0.5)
  const area = profile !== 'law' && rng.chance(AREA_DOCUMENTS[kind]) ? rng.weighted(AREA_FOCI) : undefined
  return {index, rng, lang, locale, style, kind, profile, italics, area, bib: false, shortNotes: false}
}

/** The `style` of a bibliography-style document's records: no CSL style, a hand-written manner. */
function recordStyle(plan: DocumentPlan): string {
  if (!plan.bib) return plan.style.name
  return plan.lang === 'de' ? 'hand-written:de-thesis' : `hand-written:bibliographic-${plan.lang}`
}

function docId(plan: DocumentPlan): string {
  return `synthetic:d${plan.index}`
}

function citation(piece: Piece, index: number, works: ReadonlyMap<string, Work>): SyntheticCitation | undefined {
  const cite = piece.cites[index]
  const work = cite === undefined ? undefined : works.get(cite.ref)
  if (cite === undefined || work === undefined) return undefined
  const labels = [...cite.labels].sort((a, b) => a[0] - b[0])
  return {start: cite.start, end: cite.end, form: cite.form, labels, fields: fieldsOf(piece.text, labels), item: work.item}
}

function toRecord(plan: DocumentPlan, piece: Piece, works: ReadonlyMap<string, Work>, kind: SyntheticRecord['kind'], number: number, handWritten: boolean): SyntheticRecord {
  const citations = piece.cites.map((_, index) => citation(piece, index, works)).filter((value): value is SyntheticCitation => value !== undefined)
  const record: SyntheticRecord = {
    id: `${docId(plan)}:${kind === 'footnote' ? 'n' : 'r'}${number}`,
    source: 'synthetic',
    doc: docId(plan),
    lang: plan.lang,
    kind,
    style: recordStyle(plan),
    text: piece.text,
    citations,
    meta: {locale: plan.locale, profile: plan.profile, handWritten, ...(kind === 'footnote' ? {note: number} : {entry: number})}
  }
  if (plan.italics) record.italics = piece.italics.filter(([start, end]) => piece.text.slice(start, end).trim() !== '')
  return record
}

const WEB_TYPES = new Set(['webpage', 'post-weblog', 'entry-encyclopedia'])

function maybeLink(rng: Rng, piece: Piece, work: Work | undefined): Piece {
  return work !== undefined && WEB_TYPES.has(work.item.type) && rng.chance(0.08) ? linkAfterTitle(rng, piece) : piece
}

function tally(patterns: PatternStats | undefined, key: string): void {
  if (patterns !== undefined) patterns.set(key, (patterns.get(key) ?? 0) + 1)
}

/** Counts the area works cited in a record, by kind. */
function tallyRecord(patterns: PatternStats | undefined, record: SyntheticRecord, byKey: ReadonlyMap<string, Work>): void {
  if (patterns === undefined) return
  for (const citation of record.citations) {
    const work = byKey.get(citation.item.id)
    const shape = work?.shape ?? (work?.bib === undefined ? undefined : `bibliography-style ${work.bib.shape}`)
    if (shape !== undefined) tally(patterns, `${record.kind} citation: ${shape}${citation.form === 'full' ? '' : ` (${citation.form})`}`)
  }
}

/** Keys of the works whose first family name is not shared by another work of the document (`Ellery, 45` is unambiguous). */
function soleAuthors(works: readonly Work[]): Set<string> {
  const lead = (work: Work): string | undefined => familyNames(work.item)[0]
  const counts = new Map<string, number>()
  for (const work of works) {
    const name = lead(work)
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  return new Set(works.filter((work) => counts.get(lead(work) ?? '') === 1).map((work) => work.key))
}

function noteRecords(plan: DocumentPlan, engines: Engines, works: Work[], run: string, stats: RenderStats, patterns: PatternStats | undefined, bib: BibDocument | undefined): SyntheticRecord[] {
  const {rng, lang} = plan
  const engine = engines.get(plan.style.name, plan.locale)
  const shortOnly = engines.isShortOnly(plan.style.name, plan.locale)
  const byKey = new Map(works.map((work) => [work.key, work]))
  const engineIds = new Map(works.map((work) => [work.key, `${run}:${work.key}`]))
  engine.setItems(works.map((work) => ({...work.item, id: `${run}:${work.key}`})))
  const tradition = rng.weighted(TRADITIONS)
  const document: NoteDocument = {
    rng,
    lang,
    engine,
    works: byKey,
    engineIds,
    stats,
    tradition: tradition === undefined ? undefined : {...tradition, lang, legal: plan.style.legal === true && lang === 'en' && rng.chance(0.7)},
    shortOnly,
    hand: makeHandStyle(rng, lang, plan.locale),
    authorOnly: 0,
    soleAuthor: soleAuthors(works),
    ...(bib === undefined ? {} : {bib})
  }
  const authorOnly = lang === 'en' ? AUTHOR_ONLY.en : AUTHOR_ONLY.other
  if (bib === undefined && rng.chance(authorOnly.documents)) document.authorOnly = authorOnly.share
  const prose = plan.area === undefined ? PROSE.other : PROSE.area
  const count = (what: string): void => tally(patterns, what)
  // German theses: `Vgl.` before most citations, their own joiners and more commentary between citations.
  const thesis = bib !== undefined && lang === 'de' ? {signals: THESIS_SIGNALS, joiners: THESIS_JOINERS, signalChance: 0.6, between: 0.3} : {}
  // Shortened-notes documents are long articles (12–45 notes); the others mostly have 5–15.
  const noteCount = plan.shortNotes ? 12 + Math.floor(33 * rng.next() ** 2) : 5 + Math.floor(35 * rng.next() ** 5)
  const notes = positionCites(planNotes(rng, works, noteCount))
  return notes.flatMap((cites, noteIndex) => {
    const rendered = cites.map((cite) => renderCite(document, cite)).filter((piece): piece is Piece => piece !== undefined)
    if (cites.length > 0 && rendered.length === 0) return []
    const linked = rendered.map((piece) => maybeLink(rng, piece, byKey.get(piece.cites[0]?.ref ?? '')))
    const note = addNoise(rng, lang, composeNote(rng, lang, bib === undefined ? engine.delimiter : undefined, linked, {prose, count, ...thesis}))
    const handWritten = rendered.some((piece) => piece.cites[0]?.hand === true)
    const record = toRecord(plan, note, byKey, 'footnote', noteIndex + 1, handWritten)
    tallyRecord(patterns, record, byKey)
    return [record]
  })
}

function referenceRecords(plan: DocumentPlan, engines: Engines, works: Work[], run: string, stats: RenderStats, patterns: PatternStats | undefined): SyntheticRecord[] {
  const {rng, lang} = plan
  const engine = engines.get(plan.style.name, plan.locale)
  const byEngineId = new Map(works.map((work) => [`${run}:${work.key}`, work]))
  engine.setItems(works.map((work) => ({...work.item, id: `${run}:${work.key}`})))
  const itemsById = new Map([...byEngineId].map(([id, work]) => [id, work.item]))
  const byKey = new Map(works.map((work) => [work.key, work]))
  return engine.bibliography(itemsById).flatMap(({id, rendered}, index) => {
    const work = byEngineId.get(id)
    if (work === undefined) return []
    const cited = citePiece(rendered.text, rendered.labels, rendered.italics, 'full', work.key)
    const piece = tidy(work.langNote === undefined ? cited : withLanguageNote(rng, cited, work.langNote))
    countRendering(stats, plan.style.name, acceptable(piece))
    if (!acceptable(piece)) return []
    const entry = addNoise(rng, lang, maybeLink(rng, piece, work))
    const record = toRecord(plan, entry, byKey, 'reference', index + 1, false)
    tallyRecord(patterns, record, byKey)
    return [record]
  })
}

function generateDocument(plan: DocumentPlan, engines: Engines, harvest: Harvest | undefined, seed: number, stats: RenderStats, patterns: PatternStats | undefined): SyntheticRecord[] {
  const count = plan.kind === 'references' ? plan.rng.int(4, 12) : plan.shortNotes ? plan.rng.int(8, 22) : plan.rng.int(3, 20)
  const {area} = plan
  const bib = plan.bib ? makeBibDocument(plan.rng, plan.lang) : undefined
  const areaWorks = area === undefined ? undefined : {share: AREA_WORKS, make: (context: ItemContext): Work => makeAreaWork(context, area, plan.kind === 'references')}
  const ownWorks = bib === undefined ? areaWorks : {share: 1, make: (context: ItemContext): Work => makeBibWork(context, bib)}
  const works = makeWorks(plan.rng, plan.lang, plan.profile, count, harvest, ownWorks, plan.shortNotes ? EXTRA_DOCUMENTS.shortNotes.types : undefined)
  const run = `s${seed}d${plan.index}`
  const what =
    bib !== undefined
      ? ` bibliography-style (${plan.lang === 'de' ? 'German thesis' : plan.lang})`
      : plan.shortNotes
        ? ' English shortened notes (no italics)'
        : area === undefined
          ? ' (no area)'
          : ` about an area (${area})`
  tally(patterns, `documents: ${plan.kind}${what}`)
  return plan.kind === 'references' ? referenceRecords(plan, engines, works, run, stats, patterns) : noteRecords(plan, engines, works, run, stats, patterns, bib)
}

/** The harvested vocabularies: from `dataDir`; by default from `../shared/data` when it is there. */
function harvestFor(dataDir: string | false | undefined): Harvest | undefined {
  if (dataDir === false) return undefined
  if (dataDir === undefined && !existsSync(DEFAULT_DATA_DIR)) return undefined
  return loadHarvest(dataDir)
}

/** `documents` synthetic documents of `seed`: their footnotes or reference-list entries, as records. */
export function generateSynthetic(options: SyntheticOptions): SyntheticRecord[] {
  const harvest = harvestFor(options.dataDir)
  const engines = new Engines()
  const offset = options.offset ?? 0
  const end = offset + options.documents
  const stats = options.stats ?? new Map()
  const styles = options.allStyles === true ? [...STYLES, ...MORE_STYLES] : STYLES
  const records: SyntheticRecord[] = []
  // From the start of the first document's block: the documents before `offset` only warm the engines up.
  for (let index = offset - (offset % BLOCK); index < end; index++) {
    if (index % BLOCK === 0) engines.reset()
    const generated = generateDocument(planDocument(options.seed, index, styles), engines, harvest, options.seed, index < offset ? new Map() : stats, index < offset ? undefined : options.patterns)
    if (index >= offset) records.push(...generated)
  }
  return records
}
