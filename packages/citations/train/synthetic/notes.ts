/**
 * The footnotes of one document: which works each note cites (first
 * mentions, repetitions, `ibid` situations), the CSL position of every cite,
 * its rendering (citeproc-js, a hand-written back reference or a hand-written
 * citation of an area work, `area.ts`), and the note around the citations
 * (signals, joiners, commentary, framing phrases, the final period).
 */
import {renderHand, withLanguageNote, type HandStyle} from './area.js'
import {IBID_WORD, idemWord, ownAuthorOnly, ownIbid, ownOpCit, replaceLeadingAuthor, sameAuthors, type Tradition} from './backrefs.js'
import {renderBib, type BibDocument} from './bibnotes.js'
import {comment, joiner, leadIn, signal, trailer} from './commentary.js'
import {frameFirst, frameMore, proseSentence, quotedIn} from './prose.js'
import {makeLocator, type Locator, type Work} from './items.js'
import type {Position, StyleEngine} from './render.js'
import type {Rng} from './rng.js'
import {citePiece, concat, plain, splice, type Form, type Piece} from './spanned.js'
import {acceptable, tidy} from './tidy.js'
import type {Lang} from './vocab.js'

export interface PlannedCite {
  ref: string
  locator: Locator | undefined
}

export interface PositionedCite extends PlannedCite {
  position: Position
  /** The note this cite is in (1-based). */
  note: number
  firstNote: number
  nearNote: boolean
  /** The cite just before this one (in this note or an earlier one). */
  previous: PlannedCite | undefined
}

export interface NoteDocument {
  rng: Rng
  lang: Lang
  engine: StyleEngine
  works: ReadonlyMap<string, Work>
  /** Engine ids (unique in the run) of the works. */
  engineIds: ReadonlyMap<string, string>
  tradition: Tradition | undefined
  /** The style writes short notes even at the first mention. */
  shortOnly: boolean
  /** Counts of cites kept and dropped (rendered badly), by style. */
  stats: RenderStats
  /** How the document writes citations by hand (`area.ts`). */
  hand: HandStyle
  /** The share of later mentions written with the author's name alone (`Ellery, 45`), for works whose author has no other work in the document. */
  authorOnly: number
  /** Keys of the works whose first author's family name no other work of the document shares. */
  soleAuthor: ReadonlySet<string>
  /** A bibliography-style document (`bibnotes.ts`): its manner and state. */
  bib?: BibDocument
}

export type RenderStats = Map<string, {kept: number; dropped: number}>

export function countRendering(stats: RenderStats, style: string, kept: boolean): void {
  const entry = stats.get(style) ?? {kept: 0, dropped: 0}
  if (kept) entry.kept++
  else entry.dropped++
  stats.set(style, entry)
}

function markHand(piece: Piece): Piece {
  return {...piece, cites: piece.cites.map((cite) => ({...cite, hand: true}))}
}

/** How many cites a note has (0: commentary only). */
function citeCount(rng: Rng): number {
  return rng.weighted([
    [0, 10],
    [1, 63],
    [2, 18],
    [3, 6],
    [4, 2],
    [rng.int(5, 7), 1]
  ])
}

/** The works cited, note by note: every work introduced once, then repeated, often right after itself. */
export function planNotes(rng: Rng, works: readonly Work[], noteCount: number): PlannedCite[][] {
  const unused = [...works]
  const cited: Work[] = []
  let last: Work | undefined
  const notes: PlannedCite[][] = []
  for (let index = 0; index < noteCount; index++) {
    const note: PlannedCite[] = []
    const count = citeCount(rng)
    for (let slot = 0; slot < count; slot++) {
      const notesLeft = noteCount - index
      const newChance = cited.length === 0 ? 1 : Math.min(0.9, Math.max(0.15, (unused.length / notesLeft) * 1.1))
      let work: Work | undefined
      if (unused.length > 0 && rng.chance(newChance)) work = unused.shift()
      else if (last !== undefined && slot === 0 && rng.chance(0.4)) work = last
      else work = rng.pick(cited.slice(-6))
      if (work === undefined || note.some((cite) => cite.ref === work.key)) continue
      if (!cited.includes(work)) cited.push(work)
      note.push({ref: work.key, locator: makeLocator(rng, work.item)})
      last = work
    }
    notes.push(note)
  }
  return notes
}

function sameLocator(a: Locator | undefined, b: Locator | undefined): boolean {
  return a !== undefined && b !== undefined && a.locator === b.locator && a.label === b.label
}

/** CSL positions, as citeproc-js would compute them for these notes in this order (near-note distance 5). */
export function positionCites(notes: PlannedCite[][]): PositionedCite[][] {
  const first = new Map<string, number>()
  const last = new Map<string, number>()
  let previousCitation: PlannedCite[] | undefined
  let previous: PlannedCite | undefined
  return notes.map((note, noteIndex) => {
    const number = noteIndex + 1
    const out = note.map((cite, index): PositionedCite => {
      const before = index === 0 ? (previousCitation?.length === 1 ? previousCitation[0] : undefined) : note[index - 1]
      let position: Position = 0
      if (first.has(cite.ref)) {
        if (before?.ref !== cite.ref) position = 1
        else if (cite.locator === undefined) position = before.locator === undefined ? 2 : 1
        else position = sameLocator(cite.locator, before.locator) ? 2 : 3
      }
      const lastNote = last.get(cite.ref)
      const positioned: PositionedCite = {...cite, position, note: number, firstNote: first.get(cite.ref) ?? number, nearNote: lastNote !== undefined && number - lastNote <= 5, previous}
      if (!first.has(cite.ref)) first.set(cite.ref, number)
      last.set(cite.ref, number)
      previous = cite
      return positioned
    })
    if (note.length > 0) previousCitation = note
    return out
  })
}

function citeprocForm(document: NoteDocument, cite: PositionedCite, piece: Piece): Form {
  if (cite.position === 0) return document.shortOnly ? 'short' : 'full'
  if (cite.position === 1) return 'short'
  const labels = piece.cites[0]?.labels ?? []
  return labels.some(([s, e, label]) => label === 'abbrev' && IBID_WORD.test(piece.text.slice(s, e))) ? 'ibid' : 'short'
}

function withForm(piece: Piece, form: Form): Piece {
  return {...piece, cites: piece.cites.map((cite) => ({...cite, form}))}
}

/** A hand-written back reference for this cite, when the document's tradition asks for one. */
function handWritten(document: NoteDocument, cite: PositionedCite, work: Work): Piece | undefined {
  const {rng, tradition} = document
  if (cite.position === 0) return undefined
  if (cite.locator !== undefined && cite.locator.label !== 'page') return undefined
  if (cite.position === 1 && cite.locator !== undefined && tradition?.legal !== true && document.soleAuthor.has(work.key) && rng.chance(document.authorOnly)) {
    // `Ellery, 45`: the author alone.
    const written = ownAuthorOnly(rng, document.lang, work, cite.locator)
    if (written !== undefined) return markHand(written)
  }
  if (tradition === undefined) return undefined
  if (cite.position >= 2 && rng.chance(tradition.ibid)) return markHand(ownIbid(rng, tradition, work, cite.locator, cite.position === 2 && cite.locator !== undefined))
  if (cite.position === 1 && rng.chance(tradition.opCit)) {
    const written = ownOpCit(rng, tradition, work, cite.locator, cite.firstNote)
    return written === undefined ? undefined : markHand(written)
  }
  return undefined
}

function citeproc(document: NoteDocument, cite: PositionedCite, work: Work): Piece {
  const id = document.engineIds.get(cite.ref) ?? cite.ref
  const input = {id, position: cite.position, 'near-note': cite.nearNote, 'first-reference-note-number': cite.firstNote}
  const rendered = document.engine.cite(cite.locator === undefined ? input : {...input, ...cite.locator}, work.item)
  const piece = citePiece(rendered.text, rendered.labels, rendered.italics, 'full', cite.ref)
  return withForm(piece, citeprocForm(document, cite, piece))
}

/** `Ders.`/`Id.` for an author just cited, when the tradition writes it. */
function withIdem(document: NoteDocument, cite: PositionedCite, work: Work, piece: Piece): Piece {
  const {rng, tradition} = document
  const previous = cite.previous === undefined ? undefined : document.works.get(cite.previous.ref)
  if (tradition === undefined || tradition.legal || previous === undefined || previous.key === work.key) return piece
  if (!sameAuthors(previous, work) || !rng.chance(tradition.idem)) return piece
  const replaced = replaceLeadingAuthor(piece, idemWord(rng, tradition.lang, work))
  return replaced === undefined ? piece : markHand(replaced)
}

/**
 * A work the document cites by hand (`area.ts`): the full form first, a short
 * form later (sometimes `op. cit.`), `Ibid.` right after itself.
 */
function areaCite(document: NoteDocument, cite: PositionedCite, work: Work): Piece | undefined {
  const {rng, tradition} = document
  if (cite.position >= 2) {
    const own = tradition ?? {lang: document.lang, ibid: 1, opCit: 0, idem: 0, legal: false}
    return markHand(ownIbid(rng, {...own, legal: false}, work, cite.locator, cite.position === 2 && cite.locator !== undefined))
  }
  if (cite.position === 1 && tradition !== undefined && work.hand?.kind !== 'newspaper' && work.hand?.kind !== 'archival' && rng.chance(tradition.opCit)) {
    const written = ownOpCit(rng, {...tradition, legal: false}, work, cite.locator, cite.firstNote)
    if (written !== undefined) return markHand(written)
  }
  return renderHand(document.hand, work, cite.locator, cite.position === 0 ? 'full' : 'short')
}

/** The rendered citation of one cite, or undefined when the style cannot render it cleanly. */
export function renderCite(document: NoteDocument, cite: PositionedCite): Piece | undefined {
  const work = document.works.get(cite.ref)
  if (work === undefined) return undefined
  const previous = cite.previous === undefined ? undefined : document.works.get(cite.previous.ref)
  let piece =
    work.bib !== undefined && document.bib !== undefined
      ? renderBib(document.bib, document.rng, work, cite, previous)
      : work.hand !== undefined
        ? areaCite(document, cite, work)
        : (handWritten(document, cite, work) ?? withIdem(document, cite, work, citeproc(document, cite, work)))
  if (piece === undefined) return undefined
  if (work.langNote !== undefined && cite.position === 0 && piece.cites[0]?.hand !== true) piece = withLanguageNote(document.rng, piece, work.langNote)
  const tidied = withoutFinalPeriod(tidy(piece))
  const ok = acceptable(tidied)
  countRendering(
    document.stats,
    work.bib !== undefined ? 'hand-written (bibliography-style notes)' : work.hand !== undefined && cite.position < 2 ? 'hand-written (area works)' : document.engine.style,
    ok
  )
  return ok ? tidied : undefined
}

/** A period that ends the rendering outside any label: it belongs to the note, not to the citation. */
function withoutFinalPeriod(piece: Piece): Piece {
  const end = piece.text.length
  const labels = piece.cites[0]?.labels ?? []
  if (!piece.text.endsWith('.') || labels.some(([s, e]) => s < end && end - 1 < e)) return piece
  return splice(piece, end - 1, end, '')
}

// ---------------------------------------------------------------- the note around the citations

type Frame = 'bare' | 'commentBefore' | 'leadIn' | 'trailer' | 'commentAfter' | 'framed' | 'quoted'

const FRAMES: ReadonlyArray<readonly [Frame, number]> = [
  ['bare', 50],
  ['commentBefore', 13],
  ['leadIn', 13],
  ['trailer', 12],
  ['commentAfter', 12],
  ['framed', 6],
  ['quoted', 3]
]

/** How a note's commentary is written: the share of citation-like sentences (`prose.ts`), and a counter of what was written (statistics). */
export interface NoteOptions {
  prose: number
  count?: (what: string) => void
  /** The document's own signals and joiners (German theses: `Vgl.` before most citations), instead of the language's. */
  signals?: ReadonlyArray<readonly [string, number]>
  joiners?: ReadonlyArray<readonly [string, number]>
  /** The share of first citations with a signal (default 0.4). */
  signalChance?: number
  /** The share of further citations with commentary before them, relative to `prose` (default 0.12). */
  between?: number
}

/** What ends the sentence before more commentary: `. `, or a space after a citation that ends with a period (`et al.`, `Ibid.`). */
function stop(note: Piece): string {
  return note.text.endsWith('.') ? ' ' : '. '
}

function endsSentence(text: string): boolean {
  return text === '' || /[.?!]["”»’]?\s$/.test(text)
}

/** A citation that opens with a back-reference word: capitalized at the start of a sentence, lower case inside one. */
function fitCase(piece: Piece, sentenceStart: boolean): Piece {
  const first = piece.cites[0]?.labels[0]
  if (first === undefined || first[0] !== 0 || first[2] !== 'abbrev') return piece
  const initial = piece.text.charAt(0)
  const wanted = sentenceStart ? initial.toUpperCase() : initial.toLowerCase()
  return wanted === initial || wanted.length !== 1 ? piece : splice(piece, 0, 1, wanted)
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** One note: the citations with what surrounds them. */
export function composeNote(rng: Rng, lang: Lang, delimiter: string | undefined, citations: Piece[], options: NoteOptions = {prose: 0}): Piece {
  const {prose, count} = options
  const signalWord = (): string => (options.signals === undefined ? signal(rng, lang) : rng.weighted(options.signals))
  const joinerWords = (): string => (options.joiners === undefined ? joiner(rng, lang, delimiter) : rng.weighted(options.joiners))
  const say = (): string => {
    const citationLike = rng.chance(prose)
    count?.(citationLike ? 'commentary sentences: citation-like (prose.ts)' : 'commentary sentences: other')
    return citationLike ? proseSentence(rng, lang) : comment(rng, lang)
  }
  if (citations.length === 0) {
    const sentences = rng.weighted([
      [1, 65],
      [2, 25],
      [3, prose > 0.3 ? 10 : 0]
    ])
    return plain(Array.from({length: sentences}, say).join(' '))
  }
  const frame = rng.weighted(FRAMES)
  let note = plain('')
  if (frame === 'commentBefore') note = plain(`${say()} `)
  if (frame === 'leadIn') note = plain(`${leadIn(rng, lang)} `)
  if (frame === 'framed') note = plain(`${frameFirst(rng, lang)} `)
  if (frame === 'quoted') note = plain(`${quotedIn(rng, lang)} `)
  if (frame === 'framed' || frame === 'quoted') count?.(`frame: ${frame}`)
  const continues = frame === 'leadIn' || frame === 'framed' || frame === 'quoted'
  citations.forEach((citation, index) => {
    // After a signal, a lead-in or a joiner the citation continues a sentence (`Vgl. ebd.`, `; see also ibid.`).
    let sentenceStart = !continues && endsSentence(note.text)
    if (index > 0 && frame === 'framed' && index === 1) {
      // `… is <citation>. Other titles include: <citation>; <citation>.`
      note = concat(note, plain(`${stop(note)}${frameMore(rng, lang)} `))
      sentenceStart = false
    } else if (index > 0 && rng.chance(prose * (options.between ?? 0.12))) {
      // Commentary between two citations: `<citation>. The League, founded in 1946, … See <citation>.`
      note = concat(note, plain(`${stop(note)}${say()} `))
      sentenceStart = true
      if (rng.chance(0.6)) {
        const word = signalWord()
        note = concat(note, plain(`${word} `))
        sentenceStart = false
      }
    } else if (index > 0) {
      const words = joinerWords()
      note = concat(note, plain(words))
      sentenceStart = words.trim() === '.'
    } else if (!continues && rng.chance(options.signalChance ?? 0.4)) {
      const word = signalWord()
      note = concat(note, plain(`${sentenceStart ? word : word.toLowerCase()} `))
      sentenceStart = false
    }
    note = concat(note, fitCase(citation, sentenceStart))
  })
  if (frame === 'trailer') note = concat(note, plain(`, ${trailer(rng, lang)}`))
  if (!/[.?!]$/.test(note.text) && (frame === 'commentAfter' || rng.chance(0.97))) note = concat(note, plain('.'))
  if (frame === 'commentAfter') note = concat(note, plain(` ${capitalize(say())}`))
  return note
}
