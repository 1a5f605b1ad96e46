import type {Nodes, Parent, Root, Text} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import {ParseLatin} from 'parse-latin'
import {toString as nlcstToString} from 'nlcst-to-string'
import retextSmartypants from 'retext-smartypants'
import {QUOTES, RULES, type QuoteMarks} from './typography-rules.js'
import {append} from '@octavo/tree'

/** Opening and closing marks for straight quotes, read by `retext-smartypants` (English marks, one character for one). */
const readQuotes = retextSmartypants({quotes: true, backticks: false, dashes: false, ellipses: false}) as (tree: NlcstRoot) => undefined
const latin = new ParseLatin()
const CHUNK = 2000

/** Blocks whose phrasing is read as one run of text (quotation marks pair across emphasis and links); a bibliography's entries are citeproc's text. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'bibliographyEntry'])
/** Phrasing that stands in the run as a word (a quotation mark before it opens). */
const WORDLIKE = new Set(['inlineCode', 'inlineMath', 'image', 'imageReference'])
/** Phrasing whose children are prose. */
const PROSE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])
/**
 * A bare web address or e-mail in text: left as written. An e-mail's local part starts where a run of its
 * characters starts (the lookbehind): otherwise every position of a long word would scan to its end for an `@`
 * (a 100 KB word took 30 s).
 */
const ADDRESS = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'’”»]|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g

/** A text node of a block, where it starts in the block's run, and its language. */
interface Segment {
  node: Text
  lang: string
  start: number
}

/**
 * Smart typography in the tree's prose, language by language: curly
 * quotation marks (“ ” ‘ ’, « » with narrow no-break spaces in French, „ “ in
 * German), apostrophes ’, `--` → –, `---` → —, `...` → …, French spacing
 * before ; ! ? :. Never in code, inline code, math, HTML, link targets, nor
 * bare web addresses in text. `lang` is the article's; a node with
 * `data.lang` (a passage the source marks) sets its own. Also sets image alt
 * texts and titles, and `meta.title`/`subtitle`.
 */
export function smartenTree(tree: Root, lang: string): void {
  const stack: Array<[Nodes, string]> = [[tree, primary(lang)]]
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, inherited] = entry
    const here = node.data && 'lang' in node.data && typeof node.data.lang === 'string' ? primary(node.data.lang) : inherited
    if (BLOCKS.has(node.type)) smartenBlock(node as Parent, here)
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, here])
  }
  const meta = tree.data?.meta
  if (meta?.title) meta.title = smartenString(meta.title, lang)
  if (meta?.subtitle) meta.subtitle = smartenString(meta.subtitle, lang)
}

/** One string (a title, an alt text) set like a paragraph of its own. */
export function smartenString(value: string, lang: string): string {
  const node: Text = {type: 'text', value}
  smartenBlock({type: 'paragraph', children: [node]}, primary(lang))
  return node.value
}

/** `fr-CA` → `fr`. */
function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? ''
}

function smartenBlock(block: Parent, lang: string): void {
  for (const image of images(block)) {
    if (image.alt) image.alt = smartenString(image.alt, lang)
    if (image.title) image.title = smartenString(image.title, lang)
  }
  const {run, segments} = flatten(block, lang)
  if (!/["'.\-«»;:!?]/.test(run)) return
  const roles = readRoles(run)
  for (const segment of segments) {
    const marks = QUOTES[segment.lang] ?? QUOTES.en!
    segment.node.value = outsideAddresses(segment.node.value, (text, offset) => applyRules(glyphs(text, roles, segment.start + offset, marks), segment.lang))
  }
}

/** The block's phrasing as one run of text: text as itself, code and images as a word, the rest as nothing; the text nodes and where they start. */
function flatten(block: Parent, lang: string): {run: string; segments: Segment[]} {
  let run = ''
  const segments: Segment[] = []
  const stack: Array<[Nodes, string]> = block.children.map((child): [Nodes, string] => [child, lang]).reverse()
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, inherited] = entry
    const here = node.data && 'lang' in node.data && typeof node.data.lang === 'string' ? primary(node.data.lang) : inherited
    if (node.type === 'text') {
      segments.push({node, lang: here, start: run.length})
      // Addresses stand as words: nothing in them is read as a quotation mark.
      run += node.value.replace(ADDRESS, (address) => 'x'.repeat(address.length))
    } else if (node.type === 'break') run += '\n'
    else if (WORDLIKE.has(node.type) || isAutolink(node)) run += 'x'
    else if (PROSE.has(node.type) && 'children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, here])
  }
  return {run, segments}
}

/** A link whose text is its address (`<https://…>`, a bare address GFM linked): its text is left alone. */
function isAutolink(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1 || node.children[0]?.type !== 'text') return false
  const text = node.children[0].value
  return node.url === text || node.url === `mailto:${text}` || node.url === `http://${text}`
}

/**
 * The run with each straight quotation mark read as `“` `”` `‘` (opening,
 * closing, opening single), `’` (apostrophe) or `›` (closing single: a ’ that
 * closes a ‘ opened before it in the run, and does not stand between two
 * letters). Same length as the run.
 */
function readRoles(run: string): string {
  return remembered(runReadings, run, readRunRoles)
}

function readRunRoles(run: string): string {
  const roles = chunks(run).flatMap((chunk) => chunkRoles(chunk).split(''))
  let open = 0
  for (const {index} of run.matchAll(/["']/g)) {
    if (roles[index] === '‘') open++
    else if (roles[index] === '’' && open > 0 && !(/\p{L}/u.test(run.charAt(index - 1)) && /\p{L}/u.test(run.charAt(index + 1)))) {
      open--
      roles[index] = '›'
    }
  }
  nestInCurly(run, roles)
  return roles.join('')
}

/**
 * How many chunks' readings are remembered (`chunkRoles`), the least recently
 * used going first: a rebuild of an edited article (`--watch`) or a volume
 * that prints an article twice reads again only the chunks that changed.
 * A chunk is at most `CHUNK` characters and a few more.
 */
export const ROLES_KEPT = 4096
const readings = new Map<string, string>()
/** The same for a block's whole run (`readRoles`): an unchanged paragraph is not read again, nor its chunks put together. */
const runReadings = new Map<string, string>()

/** `make(key)`, remembered in `kept` (at most ROLES_KEPT entries, the least recently used going first): the same text always reads the same. */
function remembered(kept: Map<string, string>, key: string, make: (key: string) => string): string {
  const known = kept.get(key)
  if (known !== undefined) {
    kept.delete(key)
    kept.set(key, known)
    return known
  }
  const value = make(key)
  kept.set(key, value)
  for (const oldest of kept.keys()) {
    if (kept.size <= ROLES_KEPT) break
    kept.delete(oldest)
  }
  return value
}

/** A chunk read by retext-smartypants (its marks as `“` `”` `‘` `’`), remembered. */
function chunkRoles(chunk: string): string {
  return remembered(readings, chunk, (text) => {
    const tree = latin.parse(text)
    readQuotes(tree)
    return nlcstToString(tree)
  })
}

/** A double quotation mark the source wrote curly: `„` and `«` open, `”` and `»` close, `“` closes a `„` (German) and opens otherwise. */
const CURLY_DOUBLE = /["“”„«»]/g

/**
 * Straight double marks inside a quotation the source opened with a curly
 * mark are of the second rank (`“the "model" minority”` → `“the ‘model’
 * minority”`): their roles become `‘` and `›`. A curly closing mark also ends
 * a straight quotation left open inside it (`“with "major threats.” to`), so
 * a straight mark after it is of the first rank again.
 */
function nestInCurly(run: string, roles: string[]): void {
  const open: string[] = []
  for (const {index} of run.matchAll(CURLY_DOUBLE)) {
    const char = run.charAt(index)
    const curly = open.findLast((mark) => mark !== '"' && mark !== 'nested')
    if (char === '"') {
      if (roles[index] === '“') {
        open.push(curly ? 'nested' : '"')
        if (curly) roles[index] = '‘'
      } else if (open.at(-1) === 'nested') {
        open.pop()
        roles[index] = '›'
      } else if (open.at(-1) === '"') open.pop()
    } else if (char === '„' || char === '«' || (char === '“' && curly !== '„')) open.push(char)
    else if (curly) open.splice(open.lastIndexOf(curly))
  }
}

/**
 * The run cut after a white space every `CHUNK` characters or so. A mark is
 * read from its neighbours only, and after a space it reads the same at the
 * start of a chunk: `parse-latin` takes time growing faster than the length
 * of one sentence (300 kB: 5 s), chunks keep it linear.
 */
function chunks(run: string): string[] {
  const out: string[] = []
  const space = /\s/g
  let start = 0
  while (run.length - start > CHUNK) {
    space.lastIndex = start + CHUNK
    const cut = space.exec(run)
    if (!cut) break
    out.push(run.slice(start, cut.index + 1))
    start = cut.index + 1
  }
  out.push(run.slice(start))
  return out
}

/** A text's characters with each straight quotation mark replaced by the language's mark for its role (`roles`, read from `offset`). */
function glyphs(text: string, roles: string, offset: number, marks: QuoteMarks): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    if (char !== '"' && char !== "'") {
      out += char
      continue
    }
    const role = roles.charAt(offset + i)
    out += role === '“' ? marks.double[0] : role === '”' ? marks.double[1] : role === '‘' ? marks.single[0] : role === '›' ? marks.single[1] : '’'
  }
  return out
}

/** `change` applied to the parts of `value` outside web addresses and e-mails (with each part's offset). */
function outsideAddresses(value: string, change: (text: string, offset: number) => string): string {
  let out = ''
  let last = 0
  for (const match of value.matchAll(ADDRESS)) {
    out += change(value.slice(last, match.index), last) + match[0]
    last = match.index + match[0].length
  }
  return out + change(value.slice(last), last)
}

function applyRules(text: string, lang: string): string {
  let out = text
  for (const rule of RULES) if (!rule.langs || rule.langs.includes(lang)) out = out.replace(rule.pattern, rule.replacement)
  return out
}

function images(block: Parent): Array<Extract<Nodes, {type: 'image'}>> {
  const found: Array<Extract<Nodes, {type: 'image'}>> = []
  const stack: Nodes[] = [...block.children]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'image') found.push(node)
    else if ('children' in node) append(stack, node.children)
  }
  return found
}
