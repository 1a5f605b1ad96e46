/**
 * A plain-text article (as exported from a journal's web page) into the
 * Octavo tree: title, abstract, headings, quotations, section breaks, note
 * references paired with their notes, the note on the title. The rules and
 * their evidence are in PLAIN-TEXT.md.
 */
import type {FootnoteDefinition, Root, RootContent} from 'mdast'
import type {ArticleMeta, Diagnostic} from './types.js'
import type {Block, Source} from './text-source.js'
import type {Reference} from './text-refs.js'
import {blockText, readSource} from './text-source.js'
import {findCandidates, selectReferences} from './text-refs.js'
import {echoedLater, endWithoutMarkers, introducesQuotation, isAbstractLabel, isNotesHeading, isSeparator, looksLikeHeading, looksLikeTitle, paragraph, phrasing} from './text-blocks.js'
import {countNotes, readNotes, startsNumberedNote} from './text-notes.js'
import {isTitleBeforeSubtitle, readTitleBlock} from './text-byline.js'
import {append} from '@octavo/tree'

export function parseText(text: string, diagnostics: Diagnostic[]): Root {
  const source = readSource(text)
  const {blocks} = source
  const meta: ArticleMeta = {}

  let first = 0
  const head = blocks[0]
  if (head && blocks.length > 1 && (looksLikeTitle(source, head) || isTitleBeforeSubtitle(source, blocks))) {
    const block = readTitleBlock(source, blocks, blockText(source, head).trim())
    meta.title = block.title
    first = 1 + block.taken
    if (block.subtitle) meta.subtitle = block.subtitle.text
    if (block.byline) meta.author = block.byline.names
    const read: string[] = []
    if (block.subtitle) read.push(`the subtitle “${block.subtitle.text}”`)
    if (block.byline) read.push(`the byline (${block.byline.names.length} author${block.byline.names.length === 1 ? '' : 's'})`)
    if (read.length > 0) {
      const last = block.byline?.block ?? ('block' in (block.subtitle ?? {}) ? blocks[1]! : head)
      diagnostics.push({
        severity: 'info',
        message: `read ${read.join(' and ')} from the title block`,
        position: source.position(head.start, last.end),
        source: 'parser:text'
      })
    }
  }

  // Where the body ends: a `Notes` heading, else after the last reference
  // at the first double gap (or a note numbered 1).
  let notesHeading = -1
  for (let i = blocks.length - 1; i >= first; i--) {
    if (isNotesHeading(source, blocks[i]!)) {
      notesHeading = i
      break
    }
  }
  const scanned = blocks.slice(first, notesHeading >= 0 ? notesHeading : blocks.length)
  const refs = selectReferences(source, findCandidates(source, scanned), diagnostics)
  let bodyEnd = blocks.length
  let regionStart = blocks.length
  if (notesHeading >= 0) {
    bodyEnd = notesHeading
    regionStart = notesHeading + 1
  } else if (refs.length > 0) {
    bodyEnd = regionStart = notesStart(source, blocks, refs, diagnostics)
  }

  const refsOf: Reference[][] = blocks.map(() => [])
  for (const r of refs) refsOf[r.block]!.push(r)

  const body = readBody(source, blocks.slice(first, bodyEnd), refsOf)

  let definitions: FootnoteDefinition[]
  const region = blocks.slice(regionStart)
  if (region.length === 0 && refs.length > 0) {
    definitions = unmatchedReferences(source, refs, diagnostics)
  } else if (region.length > 0) {
    const notes = readNotes(source, region, refs, diagnostics)
    definitions = notes.definitions
    if (notes.titleNote) body.splice(body[0]?.type === 'abstract' ? 1 : 0, 0, notes.titleNote)
  } else {
    definitions = []
  }
  const children: RootContent[] = [...body, ...definitions]
  const root: Root = {type: 'root', children, position: source.position(0, text.length)}
  if (meta.title !== undefined) root.data = {meta}
  return root
}

/**
 * Where the notes begin when no heading says so: after the last reference,
 * at the first double gap (or a note numbered 1); or, when paragraphs parted
 * by single gaps stand among them and taking them as notes would fit the
 * number of references worse, where the double gaps run unbroken to the end
 * (an untitled last section of the body comes first), with a warning.
 */
function notesStart(source: Source, blocks: readonly Block[], refs: readonly Reference[], diagnostics: Diagnostic[]): number {
  const lastRefBlock = refs.at(-1)!.block
  let first = blocks.length
  for (let i = lastRefBlock + 1; i < blocks.length; i++) {
    const b = blocks[i]!
    if (startsNumberedNote(source, b)) return i
    if (b.blanksBefore >= 2) {
      first = i
      break
    }
  }
  let unbroken = blocks.length
  while (unbroken > first && blocks[unbroken - 1]!.blanksBefore >= 2) unbroken--
  if (unbroken === first || unbroken >= blocks.length) return first
  const count = refs.reduce((max, r) => Math.max(max, r.number), 0)
  const fit = (start: number) => Math.abs(countNotes(source, blocks.slice(start), count) - count)
  if (fit(unbroken) >= fit(first)) return first
  const moved = blocks[first]!
  diagnostics.push({
    severity: 'warning',
    message: `the paragraphs after the last note reference, up to the notes, are read as the end of the body: as notes they would be more than the ${count} references call for`,
    position: source.position(moved.start, blocks[unbroken - 1]!.end),
    source: 'parser:text'
  })
  return unbroken
}

/** The body's blocks into flow content. */
function readBody(source: Source, blocks: readonly Block[], refsOf: readonly Reference[][]): RootContent[] {
  const out: RootContent[] = []
  const everyIndented = blocks.every((b) => b.indented)
  const width = wrapWidth(source, blocks)
  let labelledAbstract = false
  let previous: {block: Block; type: RootContent['type']} | undefined
  let pendingBreak: {start: number; end: number} | undefined

  blocks.forEach((block, i) => {
    const refs = refsOf[block.index]!
    if (i === 0 && isAbstractLabel(source, block) && blocks.length > 1) {
      labelledAbstract = true
      return
    }
    if (isSeparator(source, block)) {
      pendingBreak = {start: block.start, end: block.end}
      previous = undefined
      return
    }
    const end = endWithoutMarkers(block, refs)
    const introduced = previous !== undefined && (previous.type === 'paragraph' || previous.type === 'blockquote') && introducesQuotation(source, previous.block, refsOf[previous.block.index]!)
    const lastOut = out.at(-1)
    // A quotation set apart without indentation goes on over its next paragraph when the evidence says so.
    const quotationGoesOn =
      lastOut?.type === 'blockquote' &&
      previous?.type === 'blockquote' &&
      block.blanksBefore < 2 &&
      !pendingBreak &&
      (quoteLeftOpen(source, previous.block) ? opensQuote(source, block) : narrower(source, previous.block, width) && narrower(source, block, width))
    let node: RootContent
    if (introduced || quotationGoesOn || (block.indented && !everyIndented)) {
      node = {type: 'blockquote', children: [paragraph(source, block.start, block.end, refs)], position: source.position(block.start, block.end)}
    } else if (i < blocks.length - 1 && looksLikeHeading(source, block, end) && !(labelledAbstract && out.length === 0)) {
      node = {type: 'heading', depth: 2, children: phrasing(source, block.start, block.end, refs), position: source.position(block.start, block.end)}
    } else if (out.length === 0 && (labelledAbstract || (refs.length === 0 && echoedLater(source.text.slice(block.start, block.end), laterTexts(source, blocks, i + 1))))) {
      node = {type: 'abstract', children: [paragraph(source, block.start, block.end, refs)], position: source.position(block.start, block.end)}
    } else {
      node = paragraph(source, block.start, block.end, refs)
    }

    // Two blank lines before a paragraph in the body: an untitled section.
    if (!pendingBreak && block.blanksBefore >= 2 && out.length > 0 && node.type !== 'heading' && previous?.type !== 'heading' && previous?.type !== 'abstract') {
      pendingBreak = {start: block.gapStart, end: block.start}
    }
    if (pendingBreak && out.length > 0) {
      out.push({type: 'sectionBreak', position: source.position(pendingBreak.start, pendingBreak.end)})
    }
    pendingBreak = undefined
    // An indented paragraph right after an indented quotation: the quotation goes on.
    const last = out.at(-1)
    if (node.type === 'blockquote' && last?.type === 'blockquote' && (quotationGoesOn || (block.indented && !everyIndented && previous?.block.indented === true && block.blanksBefore < 2))) {
      append(last.children, node.children)
      if (last.position) last.position = {start: last.position.start, end: source.point(block.end)}
      previous = {block, type: node.type}
      return
    }
    out.push(node)
    previous = {block, type: node.type}
  })
  return out
}

/**
 * The usual width of the body's wrapped lines: the median of the longest line
 * of each paragraph of three lines or more; 0 when the text is not wrapped.
 */
function wrapWidth(source: Source, blocks: readonly Block[]): number {
  const widths = blocks
    .filter((b) => b.lines.length >= 3)
    .map((b) => longestLine(source, b))
    .sort((a, b) => a - b)
  return widths.length >= 3 ? widths[Math.floor(widths.length / 2)]! : 0
}

/** A wrapped block (two lines or more) whose lines are all clearly shorter than the body's. */
function narrower(source: Source, block: Block, width: number): boolean {
  if (width === 0 || block.lines.length < 2) return false
  return longestLine(source, block) <= width * 0.85
}

/** The length of the block's longest line (a loop: a block may have more lines than a call has arguments). */
function longestLine(source: Source, block: Block): number {
  let longest = 0
  for (const l of block.lines) longest = Math.max(longest, source.text.slice(l.start, l.end).trimEnd().length)
  return longest
}

/**
 * The block opens a quotation mark it does not close (`“…` with no `”` after
 * the last `“`, or an odd number of `"`): by the usual convention a quotation
 * of several paragraphs closes only at the end of its last one.
 */
function quoteLeftOpen(source: Source, block: Block): boolean {
  const s = source.text.slice(block.start, block.end)
  const open = s.lastIndexOf('“')
  if (open >= 0) return s.indexOf('”', open) < 0
  return !s.includes('”') && (s.match(/"/g)?.length ?? 0) % 2 === 1
}

/** The block starts with an opening quotation mark. */
function opensQuote(source: Source, block: Block): boolean {
  return /^\s*[“"]/u.test(source.text.slice(block.start, Math.min(block.end, block.start + 8)))
}

function* laterTexts(source: Source, blocks: readonly Block[], from: number): Generator<string> {
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i]!
    yield source.text.slice(b.start, b.end)
  }
}

/** References with no notes region at all: each note is reported and kept as lost. */
function unmatchedReferences(source: Source, refs: readonly Reference[], diagnostics: Diagnostic[]): FootnoteDefinition[] {
  const out: FootnoteDefinition[] = []
  for (const r of refs) {
    if (r.number <= out.length) continue
    for (let n = out.length + 1; n <= r.number; n++) {
      const id = String(n)
      const position = source.position(r.start, r.end)
      out.push({type: 'footnoteDefinition', identifier: id, label: id, data: {number: n, missing: true}, children: [], position})
      diagnostics.push({severity: 'warning', message: `note reference ${n} has no note: the text has no notes after the body`, position, source: 'parser:text'})
    }
  }
  return out
}
