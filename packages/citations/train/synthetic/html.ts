/**
 * citeproc-js HTML with our variable markers → plain text, the spans of the
 * marked variables, and the italic runs, all as offsets into the plain text.
 * White space is collapsed to single spaces (no-break and thin spaces too),
 * as in the corpus the model is trained for.
 */
import type {Range} from './spanned.js'

export const MARK_OPEN = '\uE000'
export const MARK_MID = '\uE001'
export const MARK_CLOSE = '\uE002'

export interface MarkedSpan {
  start: number
  end: number
  /** The index the marker carried (into the renderer's table of wrapper calls). */
  index: number
  /** How many marked spans enclose this one. */
  depth: number
}

export interface ParsedHtml {
  text: string
  spans: MarkedSpan[]
  italics: Range[]
}

const NAMED_ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', '#38': '&', '#60': '<', '#62': '>'}

function decodeEntity(entity: string): string | undefined {
  const named = NAMED_ENTITIES[entity]
  if (named !== undefined) return named
  const numeric = /^#(x[0-9a-f]+|\d+)$/i.exec(entity)
  if (numeric === null) return undefined
  const digits = numeric[1] ?? ''
  const code = digits.startsWith('x') || digits.startsWith('X') ? parseInt(digits.slice(1), 16) : parseInt(digits, 10)
  return code > 0xffff ? undefined : String.fromCharCode(code)
}

type TagRole = 'italic' | 'roman' | 'other'

function tagRole(tag: string): TagRole {
  const name = /^<\s*([a-z0-9]+)/i.exec(tag)?.[1]?.toLowerCase() ?? ''
  if (name === 'i' || name === 'em') return 'italic'
  if (/font-style:\s*italic/.test(tag)) return 'italic'
  if (/font-style:\s*normal/.test(tag)) return 'roman'
  return 'other'
}

/** Accumulates output characters with collapsed white space and per-character italics. */
class Output {
  text = ''
  private readonly italicAt: boolean[] = []
  private pendingSpace = false
  private pendingSpaceItalic = true

  space(italic: boolean): void {
    if (!this.pendingSpace) this.pendingSpaceItalic = true
    this.pendingSpace = true
    this.pendingSpaceItalic &&= italic
  }

  char(value: string, italic: boolean): void {
    if (this.pendingSpace && this.text.length > 0) {
      this.text += ' '
      this.italicAt.push(this.pendingSpaceItalic && italic && this.italicAt.at(-1) === true)
    }
    this.pendingSpace = false
    this.text += value
    this.italicAt.push(italic)
  }

  italics(): Range[] {
    const runs: Range[] = []
    let start = -1
    for (let index = 0; index <= this.italicAt.length; index++) {
      const on = this.italicAt[index] === true
      if (on && start < 0) start = index
      if (!on && start >= 0) {
        runs.push([start, index])
        start = -1
      }
    }
    return runs
  }
}

export function parseMarkedHtml(html: string): ParsedHtml {
  const out = new Output()
  const tags: TagRole[] = []
  const open: Array<{start: number; index: number}> = []
  const spans: MarkedSpan[] = []
  const italicNow = (): boolean => tags.filter((role) => role !== 'other').at(-1) === 'italic'
  let position = 0
  while (position < html.length) {
    const char = html[position] ?? ''
    if (char === MARK_OPEN) {
      const mid = html.indexOf(MARK_MID, position)
      open.push({start: out.text.length, index: Number(html.slice(position + 1, mid))})
      position = mid + 1
    } else if (char === MARK_CLOSE) {
      const opened = open.pop()
      if (opened !== undefined) spans.push({...opened, end: out.text.length, depth: open.length})
      position += 1
    } else if (char === '<') {
      const close = html.indexOf('>', position)
      const tag = html.slice(position, close + 1)
      if (tag.startsWith('</')) {
        tags.pop()
        if (/^<\/div/i.test(tag)) out.space(false)
      } else if (!tag.endsWith('/>')) {
        tags.push(tagRole(tag))
      }
      position = close + 1
    } else if (char === '&') {
      const semicolon = html.indexOf(';', position)
      const decoded = semicolon > 0 && semicolon - position < 10 ? decodeEntity(html.slice(position + 1, semicolon)) : undefined
      if (decoded === undefined) {
        out.char('&', italicNow())
        position += 1
      } else {
        if (/\s/.test(decoded)) out.space(italicNow())
        else out.char(decoded, italicNow())
        position = semicolon + 1
      }
    } else {
      if (/\s/.test(char)) out.space(italicNow())
      else out.char(char, italicNow())
      position += 1
    }
  }
  const length = out.text.length
  return {text: out.text, spans: spans.map((span) => ({...span, start: Math.min(span.start, length), end: Math.min(span.end, length)})), italics: out.italics()}
}
