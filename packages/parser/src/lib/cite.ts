import type {Parent, PhrasingContent, Root, Text} from 'mdast'
import type {Citation, CitationItem} from './types.js'
import {align, inRanges, type Locator} from './markdown-util.js'
import {eachNode, spliceItems} from '@octavo/tree'

/**
 * Pandoc citations in Markdown: `[see @doe99, p. 33; -@roe05]` (bracketed),
 * `@doe99 [p. 33]` (author in text). We write this small transform over text
 * nodes because the maintained extension (`@benrbray/remark-cite`) is built on
 * micromark 2 and does not run with unified 11 / micromark 4.
 *
 * Text nodes inside links and link references are left alone (so are code and
 * HTML, which are not text), `@` glued to a word (an e-mail) is never a
 * citation, and text that was escaped in the source (`\@`, `\[`) stays text.
 */

/** Locator labels: what may be written → the CSL locator label. */
export const LOCATOR_LABELS: ReadonlyArray<readonly [string, string]> = [
  ['book', 'book'],
  ['books', 'book'],
  ['bk.', 'book'],
  ['bks.', 'book'],
  ['chapter', 'chapter'],
  ['chapters', 'chapter'],
  ['chap.', 'chapter'],
  ['chaps.', 'chapter'],
  ['ch.', 'chapter'],
  ['column', 'column'],
  ['columns', 'column'],
  ['col.', 'column'],
  ['cols.', 'column'],
  ['figure', 'figure'],
  ['figures', 'figure'],
  ['fig.', 'figure'],
  ['figs.', 'figure'],
  ['folio', 'folio'],
  ['folios', 'folio'],
  ['fol.', 'folio'],
  ['fols.', 'folio'],
  ['fo.', 'folio'],
  ['line', 'line'],
  ['lines', 'line'],
  ['l.', 'line'],
  ['ll.', 'line'],
  ['note', 'note'],
  ['notes', 'note'],
  ['n.', 'note'],
  ['nn.', 'note'],
  ['number', 'number'],
  ['numbers', 'number'],
  ['no.', 'number'],
  ['nos.', 'number'],
  ['opus', 'opus'],
  ['opera', 'opus'],
  ['op.', 'opus'],
  ['opp.', 'opus'],
  ['page', 'page'],
  ['pages', 'page'],
  ['p.', 'page'],
  ['pp.', 'page'],
  ['paragraph', 'paragraph'],
  ['paragraphs', 'paragraph'],
  ['para.', 'paragraph'],
  ['paras.', 'paragraph'],
  ['¶', 'paragraph'],
  ['¶¶', 'paragraph'],
  ['part', 'part'],
  ['parts', 'part'],
  ['pt.', 'part'],
  ['pts.', 'part'],
  ['section', 'section'],
  ['sections', 'section'],
  ['sec.', 'section'],
  ['secs.', 'section'],
  ['§', 'section'],
  ['§§', 'section'],
  ['sub verbo', 'sub-verbo'],
  ['s.v.', 'sub-verbo'],
  ['s.vv.', 'sub-verbo'],
  ['verse', 'verse'],
  ['verses', 'verse'],
  ['v.', 'verse'],
  ['vv.', 'verse'],
  ['volume', 'volume'],
  ['volumes', 'volume'],
  ['vol.', 'volume'],
  ['vols.', 'volume']
]

/** The abbreviation we print for each CSL label. */
const LABEL_ABBREVIATIONS: Readonly<Record<string, string>> = {
  book: 'bk.',
  chapter: 'chap.',
  column: 'col.',
  figure: 'fig.',
  folio: 'fol.',
  line: 'l.',
  note: 'n.',
  number: 'no.',
  opus: 'op.',
  page: 'p.',
  paragraph: 'para.',
  part: 'pt.',
  section: 'sec.',
  'sub-verbo': 's.v.',
  verse: 'v.',
  volume: 'vol.'
}

const KEY = String.raw`(?:\{[^{}\n]+\}|[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*)`
const KEY_ONLY = new RegExp(`^${KEY}$`, 'u')
const SIMPLE_KEY = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*$/u
const ITEM = new RegExp(String.raw`^([\s\S]*?)(-?)@(${KEY})([\s\S]*)$`, 'u')
// No `@` before the first one: matching stays linear (no backtracking over each `@`).
const BRACKETED = /\[([^[\]@]*@[^[\]]*)\]/g
const IN_TEXT = new RegExp(String.raw`(?<![\p{L}\p{N}_.+\-/@\\])@(${KEY})(?:( ?)\[([^[\]@]*)\])?`, 'gu')
const LOCATOR_VALUE = String.raw`(?:\d+[\p{L}]?|[ivxlcdm]+|[IVXLCDM]+)(?:\s*(?:[-–—&]|,)\s*(?:\d+[\p{L}]?|[ivxlcdm]+|[IVXLCDM]+))*`
const LABELS_BY_LENGTH = [...LOCATOR_LABELS].sort((a, b) => b[0].length - a[0].length)

/**
 * Parse the inside of a bracketed citation, `see @doe99, p. 33; -@roe05`, into
 * items; undefined when it is not a citation (a part without a key).
 */
export function parseCitationItems(content: string): CitationItem[] | undefined {
  const items: CitationItem[] = []
  for (const part of content.split(';')) {
    const match = ITEM.exec(part)
    if (!match) return undefined
    const [, prefix = '', dash = '', rawKey = '', rest = ''] = match
    if (prefix !== '' && !/\s$/.test(prefix)) return undefined
    if (prefix.includes('@')) return undefined
    const item: CitationItem = {key: unbrace(rawKey)}
    if (prefix.trim() !== '') item.prefix = prefix.trim()
    Object.assign(item, parseSuffix(rest))
    if (dash) item.suppressAuthor = true
    items.push(item)
  }
  return items.length > 0 ? items : undefined
}

/**
 * A citation's suffix, `, p. 33 and passim`, into `locator` (`33`), `label`
 * (`page`) and what is left (`and passim`). A suffix that starts with a number
 * is a page.
 */
export function parseSuffix(text: string): Pick<CitationItem, 'locator' | 'label' | 'suffix'> {
  const rest = text.replace(/^\s*,?\s*/, '')
  const result: Pick<CitationItem, 'locator' | 'label' | 'suffix'> = {}
  if (rest === '') return result
  let label: string | undefined
  let after = rest
  const lower = rest.slice(0, 20).toLowerCase()
  for (const [written, csl] of LABELS_BY_LENGTH) {
    if (lower.startsWith(written.toLowerCase()) && /^[\s\d]/.test(rest.slice(written.length) || 'x')) {
      label = csl
      after = rest.slice(written.length).trimStart()
      break
    }
  }
  const locator = new RegExp(`^(${LOCATOR_VALUE})(?![\\p{L}\\p{N}])`, 'u').exec(after)
  if (locator && (label !== undefined || /^\d/.test(after))) {
    result.locator = locator[1]!
    result.label = label ?? 'page'
    const suffix = after
      .slice(locator[1]!.length)
      .replace(/^\s*,?\s*/, '')
      .trim()
    if (suffix !== '') result.suffix = suffix
    return result
  }
  if (rest.trim() !== '') result.suffix = rest.trim()
  return result
}

/** Citation items back into Pandoc syntax, e.g. `[see @doe99, p. 33; -@roe05]`. */
export function formatCitation(items: readonly CitationItem[]): string {
  const first = items[0]
  if (first && items.length === 1 && first.authorInText) {
    const tail = formatTail(first)
    return `@${formatKey(first.key)}${tail ? ` [${tail}]` : ''}`
  }
  return `[${items
    .map((item) => {
      const prefix = item.prefix ? `${item.prefix} ` : ''
      const tail = formatTail(item)
      return `${prefix}${item.suppressAuthor ? '-' : ''}@${formatKey(item.key)}${tail ? `, ${tail}` : ''}`
    })
    .join('; ')}]`
}

function formatTail(item: CitationItem): string {
  const locator = item.locator ? `${LABEL_ABBREVIATIONS[item.label ?? 'page'] ?? item.label ?? 'p.'} ${item.locator}` : ''
  return [locator, item.suffix ?? ''].filter((part) => part !== '').join(' ')
}

function formatKey(key: string): string {
  return SIMPLE_KEY.test(key) ? key : `{${key}}`
}

function unbrace(key: string): string {
  return key.startsWith('{') ? key.slice(1, -1).trim() : key
}

/** The items of a citation written `value` (bracketed or author-in-text), if it is one. */
export function parseCitation(value: string): CitationItem[] | undefined {
  if (value.startsWith('[') && value.endsWith(']')) return parseCitationItems(value.slice(1, -1))
  const match = new RegExp(`^@(${KEY})(?: ?\\[([^\\[\\]@]*)\\])?$`, 'u').exec(value)
  if (!match || !KEY_ONLY.test(match[1]!)) return undefined
  return [{key: unbrace(match[1]!), ...(match[2] === undefined ? {} : parseSuffix(match[2])), authorInText: true}]
}

/**
 * Replace Pandoc citations in the text nodes of `tree` by `citation` nodes;
 * text starting in one of `plain` (source ranges read as plain text, sorted)
 * is left as it is.
 */
export function transformCitations(tree: Root | Parent, source: string, locator: Locator, plain: ReadonlyArray<readonly [number, number]> = []): void {
  eachNode(tree as Root, (node) => {
    if (node.type === 'link' || node.type === 'linkReference' || !('children' in node)) return false
    const parent = node as Parent
    spanning(parent, source, locator, plain)
    const children: typeof parent.children = []
    for (const child of parent.children) {
      const replacement = child.type === 'text' && !inRanges(plain, child.position?.start.offset) ? splitText(child, source, locator) : undefined
      for (const node of replacement ?? [child]) children.push(node as (typeof parent.children)[number])
    }
    parent.children = children
    return true
  })
}

/** Phrasing that may stand inside a bracketed citation's prefix or suffix. */
const INSIDE = new Set(['emphasis', 'strong', 'delete', 'inlineCode', 'text'])

/**
 * A bracketed citation whose prefix or suffix has markup, `[@doe99, p. 33 and
 * *passim*]`, spans several nodes: it becomes one citation whose prefix and
 * suffix keep their Markdown as written.
 */
function spanning(parent: Parent, source: string, locator: Locator, plain: ReadonlyArray<readonly [number, number]>) {
  const children = parent.children as PhrasingContent[]
  for (let i = 0; i < children.length; i++) {
    const first = children[i]!
    if (first.type !== 'text' || !first.position || first.position.end.offset === undefined || inRanges(plain, first.position.start.offset)) continue
    const open = first.value.lastIndexOf('[')
    if (open === -1 || first.value.indexOf(']', open) !== -1) continue
    // The next text holding a bracket ends the search: one holding `[` would be inside the citation (so it is none).
    let j = i + 1
    while (j < children.length && INSIDE.has(children[j]!.type) && !(children[j]!.type === 'text' && /[[\]]/.test((children[j] as Text).value))) j++
    const last = children[j]
    if (!last || last.type !== 'text' || !last.value.includes(']')) continue
    const close = last.value.indexOf(']')
    const lastPosition = last.position
    if (lastPosition?.start.offset === undefined || lastPosition.end.offset === undefined) continue
    // Both brackets written as themselves; the citation is the source between them.
    const opening = align(first.value, source, first.position.start.offset ?? 0, first.position.end.offset)
    const closing = align(last.value, source, lastPosition.start.offset, lastPosition.end.offset)
    if (!opening.literal[open] || !closing.literal[close]) continue
    const sourceStart = opening.offsets[open]!
    const sourceEnd = closing.ends[close]!
    const value = source.slice(sourceStart, sourceEnd)
    if (value.includes('\n\n') || /[[\]]/.test(value.slice(1, -1))) continue
    const items = parseCitationItems(value.slice(1, -1))
    if (!items) continue
    const replacement: PhrasingContent[] = []
    if (open > 0) replacement.push({type: 'text', value: first.value.slice(0, open), position: locator.position(first.position.start.offset ?? sourceStart, sourceStart)})
    replacement.push({type: 'citation', value, items, position: locator.position(sourceStart, sourceEnd)} satisfies Citation)
    if (close + 1 < last.value.length) {
      replacement.push({type: 'text', value: last.value.slice(close + 1), position: locator.position(sourceEnd, lastPosition.end.offset)})
    }
    spliceItems(children, i, j - i + 1, replacement)
  }
}

interface Found {
  start: number
  end: number
  items: CitationItem[]
}

function splitText(node: Text, source: string, locator: Locator): PhrasingContent[] | undefined {
  const position = node.position
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return undefined
  const value = node.value
  if (!value.includes('@')) return undefined
  const from = position.start.offset
  const to = position.end.offset
  const {offsets, ends, literal} = align(value, source, from, to)
  /** Written as it reads: no escape, nothing skipped in between but a container's line prefix (`> `, indent). */
  const written = (start: number, end: number) => {
    for (let k = start; k < end; k++) {
      if (!literal[k]) return false
      if (k > start && offsets[k] !== ends[k - 1]) {
        if (value.charAt(k - 1) !== '\n' || !/^[ \t>]*$/.test(source.slice(ends[k - 1], offsets[k]))) return false
      }
    }
    return true
  }
  const found: Found[] = []
  for (const match of value.matchAll(BRACKETED)) {
    const items = parseCitationItems(match[1]!)
    const end = match.index + match[0].length
    if (items && written(match.index, end)) found.push({start: match.index, end, items})
  }
  // Author-in-text citations in what is left between the bracketed ones.
  let gapStart = 0
  for (const gap of [...found, {start: value.length, end: value.length, items: []}]) {
    const segment = value.slice(gapStart, gap.start)
    IN_TEXT.lastIndex = 0
    for (let match = IN_TEXT.exec(segment); match; match = IN_TEXT.exec(segment)) {
      const start = gapStart + match.index
      const candidates = match[3] === undefined ? [match[0]] : [match[0], `@${match[1]!}`]
      const text = candidates.find((candidate) => written(start, start + candidate.length))
      const items = text === undefined ? undefined : parseCitation(text)
      if (text !== undefined && items) {
        found.push({start, end: start + text.length, items})
        IN_TEXT.lastIndex = match.index + text.length
      }
    }
    gapStart = gap.end
  }
  if (found.length === 0) return undefined
  found.sort((a, b) => a.start - b.start)
  const sourceAt = (index: number) => (index < offsets.length ? offsets[index]! : to)
  const result: PhrasingContent[] = []
  let last = 0
  for (const citation of found) {
    const sourceStart = sourceAt(citation.start)
    const sourceEnd = ends[citation.end - 1]!
    if (citation.start > last) {
      result.push({type: 'text', value: value.slice(last, citation.start), position: locator.position(last === 0 ? from : sourceAt(last), sourceStart)})
    }
    result.push({type: 'citation', value: value.slice(citation.start, citation.end), items: citation.items, position: locator.position(sourceStart, sourceEnd)} satisfies Citation)
    last = citation.end
  }
  if (last < value.length) result.push({type: 'text', value: value.slice(last), position: locator.position(sourceAt(last), to)})
  return result
}
