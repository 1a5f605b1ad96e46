/**
 * A paragraph's lines kept between renders (issue 16): an edit in `--watch` or an unchanged
 * article of a reader lays out again only the paragraphs that changed. The lines of a paragraph
 * (its words measured, hyphenated, broken by Knuth–Plass and set) depend only on what
 * `paragraphKey` hashes: its phrasing content (positions aside), what its references resolve to
 * (each note's key and whether this is its first reference, each link definition's URL), the
 * measure, size, style and indents, the note number set before it, the block's language, the
 * fonts, the document's language, whether it is hyphenated, and every value of `typography` and
 * `limits`. What setting them did besides (structure elements opened: a Link per link and note
 * reference, a Span per run in another language; notes referenced first) is kept with them, each
 * element by its type and its parent (the paragraph's element, the note number's link, or one
 * opened before it in the paragraph) and replayed, so the structure tree is numbered as a fresh
 * layout numbers it. A paragraph that reported anything (a character no font has, a word wider
 * than the line), holds an image, or whose lines name a structure element it did not open, is
 * never kept: it is laid out each time.
 */
import {createHash} from 'node:crypto'
import type {PhrasingContent} from 'mdast'
import type {SetLine} from './inline.js'
import type {Target} from './items.js'
import {limits} from './limits.js'
import {canonicalItem} from './store.js'
import type {StoredItem, StoredParagraph} from './store.js'
import type {StructElement} from './types.js'
import {typography} from './typography.js'

/** The note number set before a note's first paragraph: its label, links back to its reference. */
export interface ParagraphPrefix {
  label: string
  size: number
  link: Target
  anchor: string
}

/** What a paragraph's lines depend on besides the fonts and the document's language (the store's scope). */
export interface ParagraphInput {
  children: readonly PhrasingContent[]
  width: number
  size: number
  style: string
  inNote: boolean
  /** No first-line indent. */
  flush: boolean
  /** The set options given (hanging indents, alignment). */
  set: {firstIndent?: number | undefined; restIndent?: number | undefined; align?: string | undefined}
  prefix?: ParagraphPrefix | undefined
  /** The language of the block (its runs in another script are Spans). */
  lang: string
  codeScale: number
  hyphenated: boolean
}

/** How the references of a paragraph resolve, from the layout's state before it. */
export interface ParagraphResolver {
  noteKey(identifier: string): string
  referenced(key: string): boolean
  definition(identifier: string): string | undefined
}

/** The paragraph's own element (the P, the Note, the cell). */
export const BLOCK = -1
/** The link of the note number set before the paragraph. */
export const PREFIX = -2

/** The values of `typography` and `limits` (a test changes them in turn), hashed once per layout. */
export function settingsHash(): string {
  return createHash('sha256')
    .update(JSON.stringify([typography, limits]))
    .digest('hex')
}

/** Each note reference's key and whether it is the first, each link definition's URL, in the order the handlers meet them; undefined when the content holds an image. */
function resolved(children: readonly PhrasingContent[], resolve: ParagraphResolver): Array<string | boolean | null> | undefined {
  const out: Array<string | boolean | null> = []
  const firsts = new Set<string>()
  const note = (key: string) => {
    const first = !resolve.referenced(key) && !firsts.has(key)
    firsts.add(key)
    out.push(key, first)
  }
  const stack = [...children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'image' || node.type === 'imageReference') return undefined
    if (node.type === 'footnoteReference') note(resolve.noteKey(node.identifier))
    else if (node.type === 'citation' && node.data?.noteNumber !== undefined) note(String(node.data.noteNumber))
    else if (node.type === 'linkReference') out.push(resolve.definition(node.identifier) ?? null)
    if ('children' in node && Array.isArray(node.children)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as PhrasingContent)
  }
  return out
}

const withoutPositions = (name: string, value: unknown): unknown => (name === 'position' ? undefined : value)

/** The key of a paragraph's lines (SHA-256 of everything they depend on; `settings`: `settingsHash()`), undefined when it is never kept (an image, data JSON cannot write). */
export function paragraphKey(input: ParagraphInput, resolve: ParagraphResolver, settings: string): string | undefined {
  // In a note, a reference does not anchor its note: whether it is the first does not matter.
  const refs = resolved(input.children, input.inNote ? {...resolve, referenced: () => true} : resolve)
  if (refs === undefined) return undefined
  const {firstIndent, restIndent, align} = input.set
  const prefix = input.prefix && [input.prefix.label, input.prefix.size, input.prefix.anchor, input.prefix.link.dest ?? null, input.prefix.link.url ?? null]
  const context = [
    input.width,
    input.size,
    input.style,
    input.inNote,
    input.flush,
    firstIndent ?? null,
    restIndent ?? null,
    align ?? null,
    prefix ?? null,
    input.lang,
    input.codeScale,
    input.hyphenated
  ]
  let text: string
  try {
    text = JSON.stringify(['paragraph 1', settings, context, refs, input.children], withoutPositions)
  } catch {
    return undefined // data JSON cannot write (a BigInt, a cycle): never kept
  }
  return createHash('sha256').update(text).digest('hex')
}

/**
 * A paragraph's lines as kept (`STORE_KINDS.paragraph`), undefined when they cannot be: an
 * element they name that the paragraph did not open (nor is its block's or the prefix's), an
 * element opened of another kind than Link or Span, or a -0 (JSON would read it back as 0).
 */
export function keptParagraph(
  lines: readonly SetLine[],
  elements: readonly StructElement[],
  from: number,
  firsts: string[],
  tags: {block: number; prefix?: number | undefined}
): StoredParagraph | undefined {
  const ref = (tag: number, before: number): number | undefined =>
    tag === tags.block ? BLOCK : tags.prefix !== undefined && tag === tags.prefix ? PREFIX : tag >= from && tag - from < before ? tag - from : undefined
  const opens: StoredParagraph['opens'] = []
  for (let i = from; i < elements.length; i++) {
    const {type, parent, ...extra} = elements[i]!
    const to = ref(parent, i - from)
    const keys = Object.keys(extra)
    if ((type !== 'Link' && type !== 'Span') || to === undefined || keys.some((k) => k !== 'lang')) return undefined
    opens.push(extra.lang === undefined ? [type, to] : [type, to, extra.lang])
  }
  const copy: StoredParagraph['lines'] = []
  for (const line of lines) {
    const items: StoredItem[] = []
    for (const item of line.items) {
      if (Object.values(item).some((v) => Object.is(v, -0)) || (item.type === 'link' && item.rect.some((v) => Object.is(v, -0)))) return undefined
      if (!canonicalItem(item)) return undefined
      if (!('tag' in item) || item.tag === undefined) {
        items.push(item)
        continue
      }
      const to = ref(item.tag, opens.length)
      if (to === undefined) return undefined
      items.push({...item, tag: to})
    }
    copy.push(line.hyphenated ? {items, refs: line.refs, hyphenated: true} : {items, refs: line.refs})
  }
  return {opens, firsts, lines: copy}
}

/** Open the kept paragraph's structure elements (`open`) and give its lines the elements' numbers; undefined when it names the prefix and there is none. */
export function replayParagraph(
  kept: StoredParagraph,
  open: (type: 'Link' | 'Span', parent: number, extra: {lang?: string}) => number,
  tags: {block: number; prefix?: number | undefined}
): SetLine[] | undefined {
  if (tags.prefix === undefined && (kept.opens.some(([, parent]) => parent === PREFIX) || kept.lines.some((line) => line.items.some((item) => 'tag' in item && item.tag === PREFIX)))) return undefined
  const ids: number[] = []
  const id = (ref: number) => (ref === BLOCK ? tags.block : ref === PREFIX ? tags.prefix! : ids[ref]!)
  for (const [type, parent, lang] of kept.opens) ids.push(open(type, id(parent), lang === undefined ? {} : {lang}))
  for (const line of kept.lines) for (const item of line.items) if ('tag' in item && item.tag !== undefined) item.tag = id(item.tag)
  return kept.lines as SetLine[]
}
