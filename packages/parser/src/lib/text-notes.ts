/**
 * The notes after the body of a plain-text article: unnumbered paragraphs
 * (matched to the references by order, a lost note found by its wider gap)
 * or numbered ones (`12.`, `12 `, `[12]`, `¹²`, one per line or per paragraph).
 */
import type {FootnoteDefinition, Paragraph} from 'mdast'
import type {Diagnostic, TitleNote} from './types.js'
import type {Block, Source} from './text-source.js'
import type {Reference} from './text-refs.js'
import {superscriptValue} from './text-refs.js'
import {looksLikeAcknowledgment, paragraph} from './text-blocks.js'

export interface Notes {
  titleNote: TitleNote | undefined
  definitions: FootnoteDefinition[]
}

interface Range {
  start: number
  end: number
}

/** One note as found in the source: its paragraphs, and where its number (if any) stood. */
interface FoundNote {
  number: number
  start: number
  paragraphs: Range[]
}

/** A numbered note's marker at the start of a line. */
const itemMarker = /^(?:\[(\d{1,4})\]|(\d{1,4})[.)](?=\s|$)|(\d{1,4})(?=\s)|([⁰¹²³⁴⁵⁶⁷⁸⁹]+))[^\S\r\n]*/u
const maxItemSkip = 10

const warn = (diagnostics: Diagnostic[], message: string, position: Diagnostic['position']) => diagnostics.push({severity: 'warning', message, position, source: 'parser:text'})

/** Does the block start with the first numbered note? */
export function startsNumberedNote(source: Source, block: Block): boolean {
  const line = block.lines[0]
  return line !== undefined && itemNumber(source, line, 0) !== undefined
}

/**
 * The number that starts a note on this line, if it continues the notes:
 * the next number, or a jump of up to ten (a lost note). A bare number
 * (`12 text`) may only jump where lines are notes one by one (the line starts
 * its paragraph, or the line before it started a note), since a wrapped line
 * can start with a number.
 */
function itemNumber(source: Source, line: Range, previous: number, mayJump = true): {number: number; length: number} | undefined {
  const marker = lineMarker(source, line)
  if (!marker) return undefined
  const {number, plain} = marker
  const fits = number === previous + 1 || ((!plain || mayJump) && number > previous && number <= previous + maxItemSkip)
  return fits ? marker : undefined
}

/** The note number a line starts with, whether or not it continues the notes. */
function lineMarker(source: Source, line: Range): {number: number; length: number; plain: boolean} | undefined {
  const m = itemMarker.exec(source.text.slice(line.start, line.end))
  if (!m) return undefined
  const number = m[4] !== undefined ? superscriptValue(m[4]) : Number(m[1] ?? m[2] ?? m[3])
  return {number, length: m[0].length, plain: m[3] !== undefined}
}

/** Notes written with their numbers. Lines that start no note continue the current one. */
function numberedNotes(source: Source, region: readonly Block[], diagnostics: Diagnostic[]): {found: FoundNote[]; before: Range[]} {
  const found: FoundNote[] = []
  const before: Range[] = []
  let current: FoundNote | undefined
  let para: Range | undefined
  let paraBlock = -1
  for (const block of region) {
    let lineWasItem = true
    for (const line of block.lines) {
      const item = itemNumber(source, line, current?.number ?? 0, lineWasItem)
      lineWasItem = item !== undefined
      if (item) {
        para = {start: line.start + item.length, end: line.end}
        current = {number: item.number, start: line.start, paragraphs: [para]}
        found.push(current)
        paraBlock = block.index
        continue
      }
      const again = current ? lineMarker(source, line) : undefined
      if (current && again && !again.plain && again.number === current.number) {
        warn(diagnostics, `note ${current.number} is numbered twice: the second is read as part of the first`, source.position(line.start, line.end))
      }
      if (para && paraBlock === block.index) {
        if (para.start >= para.end) para.start = line.start
        para.end = line.end
      } else {
        para = {start: line.start, end: line.end}
        if (current) current.paragraphs.push(para)
        else before.push(para)
      }
      paraBlock = block.index
    }
  }
  for (const note of found) note.paragraphs = note.paragraphs.filter((p) => p.end > p.start)
  return {found, before}
}

function mode(values: readonly number[], fallback: number): number {
  const counts = new Map<number, number>()
  let best = fallback
  let bestCount = 0
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1
    counts.set(v, c)
    if (c > bestCount || (c === bestCount && v < best)) {
      best = v
      bestCount = c
    }
  }
  return best
}

/**
 * Read the notes region. `count` is the highest reference number in the
 * body: the references decide how many notes there are.
 */
export function readNotes(source: Source, region: readonly Block[], refs: readonly Reference[], diagnostics: Diagnostic[]): Notes {
  const count = refs.reduce((max, r) => Math.max(max, r.number), 0)
  const numberedDiagnostics: Diagnostic[] = []
  const numbered = numberedNotes(source, region, numberedDiagnostics)
  let titleRanges: Range[]
  let found: Array<FoundNote | Range> // a Range is a lost note's gap

  // Numbered when at least half the notes (or half the blocks, one note per
  // line) start with their number: one note that happens to begin with `1 `
  // does not make a list.
  if (numbered.found.length > 0 && numbered.found.length * 2 >= Math.min(Math.max(count, 1), region.length)) {
    for (const diagnostic of numberedDiagnostics) diagnostics.push(diagnostic)
    titleRanges = numbered.before
    found = withLostNumberedNotes(source, numbered.found, count, diagnostics)
  } else {
    const result = unnumberedNotes(source, region, count, diagnostics)
    titleRanges = result.title
    found = result.notes
  }

  const referenced = new Set(refs.map((r) => r.number))
  const definitions: FootnoteDefinition[] = []
  for (const note of found) {
    if ('number' in note) {
      const id = String(note.number)
      const children = note.paragraphs.map((p) => paragraph(source, p.start, p.end))
      const last = note.paragraphs.at(-1)
      definitions.push({
        type: 'footnoteDefinition',
        identifier: id,
        label: id,
        data: {number: note.number},
        children,
        position: source.position(note.start, last ? last.end : note.start)
      })
      if (!referenced.has(note.number)) warn(diagnostics, `note ${note.number} is never referenced in the text`, source.position(note.start, last ? last.end : note.start))
    } else {
      const number = definitions.length + 1
      const id = String(number)
      definitions.push({type: 'footnoteDefinition', identifier: id, label: id, data: {number, missing: true}, children: [], position: source.position(note.start, note.end)})
    }
  }

  let titleNote: TitleNote | undefined
  const first = titleRanges[0]
  const last = titleRanges.at(-1)
  if (first && last) {
    const children: Paragraph[] = titleRanges.map((r) => paragraph(source, r.start, r.end))
    titleNote = {type: 'titleNote', children, position: source.position(first.start, last.end)}
  }
  return {titleNote, definitions}
}

/** Numbered notes in number order, a gap in the numbers a lost note; notes the references need beyond the last one too. */
function withLostNumberedNotes(source: Source, found: FoundNote[], count: number, diagnostics: Diagnostic[]): Array<FoundNote | Range> {
  const out: Array<FoundNote | Range> = []
  let previousEnd = found[0]?.start ?? 0
  for (const note of found) {
    const expected = out.length + 1
    if (note.number > expected) {
      const gap = {start: previousEnd, end: note.start}
      for (let n = expected; n < note.number; n++) {
        out.push(gap)
        warn(diagnostics, `note ${n} is missing in the source: the notes jump from ${expected - 1} to ${note.number}`, source.position(gap.start, gap.end))
      }
    }
    out.push(note)
    previousEnd = note.paragraphs.at(-1)?.end ?? note.start
  }
  for (let n = out.length + 1; n <= count; n++) {
    const gap = {start: previousEnd, end: previousEnd}
    out.push(gap)
    warn(diagnostics, `note reference ${n} has no note: the notes end at ${n - 1}`, source.position(gap.start, gap.end))
  }
  return out
}

/**
 * Unnumbered notes as groups of blocks: the usual gap (the commonest, the
 * narrower among equals) parts two notes, a narrower one continues a note.
 */
export function noteGroups(region: readonly Block[]): {usual: number; groups: Block[][]} {
  // The gap before the first note counts too: with a lost note among few notes, it outvotes the wider gap.
  const usual = mode(
    region.map((b) => b.blanksBefore),
    2
  )
  const groups: Block[][] = []
  for (const block of region) {
    const group = groups.at(-1)
    if (group && block.blanksBefore < usual) group.push(block)
    else groups.push([block])
  }
  return {usual, groups}
}

/** How many notes an unnumbered region holds, the note on the title aside. */
export function countNotes(source: Source, region: readonly Block[], count: number): number {
  const {usual, groups} = noteGroups(region)
  return groups.length - (titleNoteVerdict(source, groups, usual, count)?.title ? 1 : 0)
}

/**
 * Is the first group the note on the title? An acknowledgment is, unless the
 * references count it as note 1 (as many groups as references, and too few
 * wide gaps to hold the note that would then be lost); a paragraph that is
 * one more than the references call for and stands apart (a wider gap after
 * it) is too. Undefined when there is nothing to say.
 */
function titleNoteVerdict(source: Source, groups: readonly Block[][], usual: number, count: number): {title: boolean; message: string} | undefined {
  const head = groups[0]?.[0]
  if (!head) return undefined
  if (looksLikeAcknowledgment(source, head)) {
    const wideGaps = groups.slice(1).filter((g) => g[0]!.blanksBefore > usual).length
    if (groups.length === count && wideGaps === 0) {
      return {title: false, message: 'the first note reads like an acknowledgment, but the references count it as note 1'}
    }
    return {title: true, message: 'the acknowledgment before the notes is read as a note on the title'}
  }
  if (groups.length === count + 1 && (groups[1]?.[0]?.blanksBefore ?? 0) > usual) {
    return {title: true, message: 'the paragraph before the notes stands apart and is one more than the references call for: read as a note on the title'}
  }
  return undefined
}

/**
 * Unnumbered notes: one per paragraph group (groups are parted by the usual
 * gap, a narrower gap continues a note), an acknowledgment first is the note
 * on the title, and lost notes stand in the widest gaps.
 */
function unnumberedNotes(source: Source, region: readonly Block[], count: number, diagnostics: Diagnostic[]): {title: Range[]; notes: Array<FoundNote | Range>} {
  const {usual, groups} = noteGroups(region)
  const range = (b: Block): Range => ({start: b.start, end: b.end})
  let title: Range[] = []
  const firstGroup = groups[0]
  const verdict = titleNoteVerdict(source, groups, usual, count)
  if (firstGroup?.[0] && verdict) {
    if (verdict.title) {
      title = firstGroup.map(range)
      groups.shift()
    }
    diagnostics.push({
      severity: 'info',
      message: verdict.message,
      position: source.position(firstGroup[0].start, firstGroup.at(-1)!.end),
      source: 'parser:text'
    })
  }

  const lost = count - groups.length
  const lostBefore = new Set<number>()
  let lostAtEnd = 0
  if (lost > 0) {
    // A lost note leaves its own gap: twice the usual (or more) is clear
    // evidence, widest first (earlier first among equals). The gap before
    // the first note counts only after a note on the title, and only when
    // clear (a title note often stands a little apart). Gaps merely wider
    // than usual come next, reported as a guess.
    const byWidth = (a: {i: number; width: number}, b: {i: number; width: number}) => b.width - a.width || a.i - b.i
    const slots = groups.map((g, i) => ({i, width: g[0]!.blanksBefore}))
    const clear = slots.filter((s) => s.width >= 2 * usual && (s.i > 0 || title.length > 0)).sort(byWidth)
    const faint = slots.filter((s) => s.width > usual && s.width < 2 * usual && s.i > 0).sort(byWidth)
    const ordered = [...clear, ...faint]
    const chosen = ordered.slice(0, lost)
    for (const s of chosen) lostBefore.add(s.i)
    lostAtEnd = lost - chosen.length
    const cut = ordered[lost]
    const lastChosen = chosen.at(-1)
    if (lastChosen && (chosen.length > clear.length || (cut && cut.width === lastChosen.width))) {
      const b = groups[lastChosen.i]![0]!
      warn(
        diagnostics,
        `${groups.length} note paragraphs for ${count} references: where the lost note stood is a guess (no gap, or more than one, tells it clearly)`,
        source.position(b.gapStart, b.start)
      )
    }
  } else if (lost < 0) {
    const extra = groups[count]?.[0]
    if (extra) warn(diagnostics, `more note paragraphs (${groups.length}) than note references (${count})`, source.position(extra.start, extra.end))
  }

  const notes: Array<FoundNote | Range> = []
  const describe = (n: number) => `note ${n} is missing in the source (${groups.length} note paragraphs for ${count} references)`
  groups.forEach((group, i) => {
    const head = group[0]!
    if (lostBefore.has(i)) {
      const n = notes.length + 1
      notes.push({start: head.gapStart, end: head.start})
      warn(diagnostics, `${describe(n)}: a wider gap stands here, before the note read as ${n + 1}`, source.position(head.gapStart, head.start))
    }
    notes.push({number: notes.length + 1, start: head.start, paragraphs: group.map(range)})
  })
  const end = region.at(-1)?.end ?? 0
  for (let k = 0; k < lostAtEnd; k++) {
    const n = notes.length + 1
    notes.push({start: end, end})
    warn(diagnostics, `${describe(n)}: no wider gap shows where it stood, so it is put last and the notes before it may be misnumbered`, source.position(end, end))
  }
  return {title, notes}
}
