import type {FootnoteDefinition, Nodes, Paragraph, Root, RootContent, Text} from 'mdast'
import {unified} from 'unified'
import remarkGfm from 'remark-gfm'
import remarkStringify, {type Options} from 'remark-stringify'
import {stringify as stringifyYaml} from 'yaml'
import type {Abstract, ArticleMeta, Bibliography, Citation, CitationItem, CslName, TitleNote} from './types.js'
import {formatCitation, parseCitation} from './cite.js'
import {dateToText, nameToText} from './markdown-meta.js'
import {MISSING_NOTE_MARK} from './markdown-notes.js'

type Handle = NonNullable<NonNullable<Options['handlers']>['text']>
type State = Parameters<Handle>[2]
type Info = Parameters<Handle>[3]

/** Constructs in which escapes mean nothing or URLs stand: leave them alone. */
const SPANS: NonNullable<Options['unsafe']>[number]['notInConstruct'] = ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe']

const handlers: Options['handlers'] = {
  text: (node: Text, _, state, info) => writeText(node.value, state, info),
  sectionBreak: () => '***',
  // As written when that reads back as the same items; else written from the items.
  citation: (node: Citation) => (sameItems(parseCitation(node.value), node.items) ? node.value : formatCitation(node.items)),
  abstract: (node: Abstract, _, state, info) => state.containerFlow(node, info),
  titleNote: (node: TitleNote, _, state, info) => state.containerFlow(node, info),
  bibliography: (node: Bibliography, _, state, info) =>
    state.containerFlow(
      {
        type: 'root',
        children: [{type: 'heading', depth: 2, children: [{type: 'text', value: node.title}]}, ...node.children.map((entry): Paragraph => ({type: 'paragraph', children: entry.children}))]
      },
      info
    ),
  bibliographyEntry: (node, _, state, info) => state.containerPhrasing({type: 'paragraph', children: node.children}, info)
}

const stringifier = unified()
  .use(remarkGfm)
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '*',
    fences: true,
    listItemIndent: 'one',
    handlers,
    unsafe: [
      // `@key` would be read as a Pandoc citation, `{%` as a template tag.
      {character: '@', inConstruct: 'phrasing', notInConstruct: SPANS},
      {character: '{', after: '[%{]', inConstruct: 'phrasing', notInConstruct: SPANS},
      // `[^1]: …` at the start of a paragraph would be read as a note's definition.
      {character: ':', before: '\\]', inConstruct: 'phrasing', notInConstruct: SPANS}
    ]
  })
  .freeze()

/** A bare web address as GFM reads it (a valid domain, then a path up to a space or `<`). */
const ADDRESS = /(?<![\p{L}\p{N}_/.:-])(?:https?:\/\/|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#][^\s<]*?)?(?=[?!.,:*_~]*(?:[\s<]|$))/gu

/**
 * Text, escaped where Markdown would read syntax; but a bare web address is
 * written as it is: GFM links it when it reads it back and takes its
 * characters literally, escapes included (`x\_y` would change the address).
 */
function writeText(value: string, state: State, info: Info): string {
  let out = ''
  let last = 0
  let before = info.before
  for (const match of value.matchAll(ADDRESS)) {
    out += state.safe(value.slice(last, match.index), {before, after: match[0].charAt(0)})
    out += match[0]
    last = match.index + match[0].length
    before = match[0].charAt(match[0].length - 1)
  }
  return out + state.safe(value.slice(last), {before, after: info.after})
}

/**
 * The tree as Markdown that an editor can correct by hand (`octavo import`):
 * YAML front matter from `data.meta` plus the abstract (`abstract:`) and the
 * title note (`thanks:`), GFM notes `[^12]` with their definitions at the end,
 * `***` for section breaks, Pandoc citations as written. A note lost in the
 * source is written `[^30]: <!-- note missing in the source -->`.
 *
 * Parsing the result with `parse(…, {format: 'markdown'})` gives the same tree
 * again, positions aside.
 */
export function toMarkdown(tree: Root): string {
  const body: RootContent[] = []
  let abstract: Abstract | undefined
  let thanks: TitleNote | undefined
  for (const child of tree.children) {
    if (child.type === 'abstract' && !abstract && body.length === 0) abstract = child
    else if (child.type === 'titleNote' && !thanks && body.length === 0) thanks = child
    else body.push(child.type === 'footnoteDefinition' && child.data?.missing ? missingNote(child) : child)
  }
  const front = frontMatter(tree.data?.meta ?? {}, abstract, thanks)
  const markdown = body.length > 0 ? stringifier.stringify({type: 'root', children: body}) : ''
  return front === '' ? markdown : `---\n${front}---\n${markdown === '' ? '' : `\n${markdown}`}`
}

function missingNote(node: FootnoteDefinition): FootnoteDefinition {
  return {...node, children: [{type: 'html', value: MISSING_NOTE_MARK}]}
}

function frontMatter(meta: ArticleMeta, abstract: Abstract | undefined, thanks: TitleNote | undefined): string {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(meta)) {
    if (value === undefined) continue
    if (key === 'author' && Array.isArray(value)) {
      out[key] = (value as CslName[]).map((name) => nameToText(name) ?? name)
    } else if (key === 'issued' && value && typeof value === 'object' && !('date' in meta)) {
      const text = dateToText(value)
      if (text === undefined) out['issued'] = value
      else out['date'] = /^\d{4}$/.test(text) ? Number(text) : text
    } else if ((key === 'abstract' && abstract) || (key === 'thanks' && thanks)) {
      continue
    } else {
      out[key] = value
    }
  }
  if (abstract) out['abstract'] = paragraphs(abstract)
  if (thanks) out['thanks'] = paragraphs(thanks)
  if (Object.keys(out).length === 0) return ''
  return stringifyYaml(out, {lineWidth: 0, aliasDuplicateObjects: false})
}

function paragraphs(node: Abstract | TitleNote): string {
  const children = node.children as Nodes[] as RootContent[]
  return stringifier.stringify({type: 'root', children}).trimEnd()
}

function sameItems(a: CitationItem[] | undefined, b: CitationItem[]): boolean {
  const canonical = (item: CitationItem) => JSON.stringify(Object.entries(item).sort(([x], [y]) => (x < y ? -1 : 1)))
  return a !== undefined && a.length === b.length && a.every((item, index) => canonical(item) === canonical(b[index]!))
}
