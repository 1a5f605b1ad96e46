import type {RootContent} from 'mdast'
import type {Article, ArticleMeta, CslName} from '@octavo/tree'
import {labelsFor} from '@octavo/tree'
import {InlineBuilder, round} from './inline.js'
import {typography} from './typography.js'
import {limits} from './limits.js'
import {authorLine, nameOf} from './names.js'
import {articleStart} from './title-block.js'
import type {BlockContext, Typesetter} from './typesetter.js'
import type {LineElement, RunningHeads} from './elements.js'
import type {LayoutItem} from './types.js'

/**
 * A volume (`octavo reader`) as a book: front matter (title page, contents) numbered in roman
 * and printing no folio, the articles in arabic from 1 on a recto, back matter (the combined
 * bibliography, the credits) each opening a page with its own running heads and outline entry.
 */

/** Running heads of the front matter: none. */
export const NO_HEADS: RunningHeads = {even: '', odd: ''}

/** A contents entry: the lines set for it (the last one gets the page number) and where it points. */
export interface ContentsEntry {
  lines: LineElement[]
  /** The last line's items before its page number was added. */
  items: LayoutItem[]
  dest: string
}

/** Words a running head does not end on: a cut before them leaves a phrase whole. */
const JOINING_WORDS = new Set('a an and as at by for from in into of on or the to toward towards with et und de des du la le les del di da e y'.split(' '))

/**
 * How a title too long for its running head is shortened, tried in order; the first whose result
 * fits is used. Never an ellipsis: a head is a title's clean beginning (CMOS 1.10).
 */
export const HEAD_RULES: ReadonlyArray<{name: string; example: {title: string; room: number; head: string}; cut: (title: string) => string[]}> = [
  {name: 'whole', example: {title: 'Interrogating a National Narrative with GPT-2', room: 60, head: 'Interrogating a National Narrative with GPT-2'}, cut: (title) => [title]},
  {
    name: 'before-subtitle',
    example: {title: 'Regression Analysis with Scikit-Learn (part 1 - Linear)', room: 45, head: 'Regression Analysis with Scikit-Learn'},
    cut: (title) => {
      const at = title.search(/\s*(?:[:;?!(]|\s[-–—]\s)/)
      return at > 0 ? [title.slice(0, at)] : []
    }
  },
  {
    name: 'before-phrase',
    example: {title: "Chinese–North Korean Relations and China's Policy toward Ethnic Koreans in China, 1950–1962", room: 52, head: "Chinese–North Korean Relations and China's Policy"},
    cut: (title) => {
      const words = title.split(/\s+/)
      const cuts: string[] = []
      for (let n = words.length - 1; n >= 1; n--) {
        const before = words.slice(0, n).join(' ')
        if (before.endsWith(',') || (JOINING_WORDS.has(words[n]!.toLowerCase()) && !JOINING_WORDS.has(words[n - 1]!.toLowerCase()))) cuts.push(before.replace(/,$/, ''))
      }
      return cuts
    }
  },
  {
    name: 'at-word',
    example: {title: 'Supercalifragilistic Expialidocious Tales Told Twice', room: 40, head: 'Supercalifragilistic Expialidocious'},
    cut: (title) => {
      const words = title.split(/\s+/)
      return words.map((_, i) =>
        words
          .slice(0, words.length - i)
          .join(' ')
          .replace(/[,;:.]$/, '')
      )
    }
  }
]

/** A title shortened for a running head by `HEAD_RULES` (the longest candidate that fits); a single word too wide is cut between its characters. */
export function runningHead(title: string, fits: (text: string) => boolean): string {
  const text = title.replace(/\s+/g, ' ').trim()
  for (const rule of HEAD_RULES) {
    const found = rule.cut(text).find(fits)
    if (found) return found
  }
  const chars = [...(text.split(' ')[0] ?? '')]
  while (chars.length > 1 && !fits(chars.join(''))) chars.pop()
  return chars.join('')
}

/** An article's authors for its running head: all of them, else the first and `et al.`, else the first's name shortened as a title is. */
export function authorsHead(names: string[], fits: (text: string) => boolean): string {
  if (names.length === 0) return ''
  const all = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`
  if (fits(all)) return all
  const first = names.length > 1 ? `${names[0]!} et al.` : names[0]!
  return fits(first) ? first : runningHead(names[0]!, fits)
}

/** The authors on even pages, the short title on odd pages (`short-title` or `title-short`, else the title shortened by `HEAD_RULES`). */
export function headsFor(t: Typesetter, meta: ArticleMeta): RunningHeads {
  const size = t.geo.size * typography.furniture.size
  const face = t.fonts.styleFace('italic')
  const fits = (s: string): boolean => t.fonts.width(face, s, size) <= t.textWidth * typography.volume.headRoom
  const named = [meta['short-title'], meta['title-short'], meta.title].find((v): v is string => typeof v === 'string' && v.trim() !== '')
  const list = Array.isArray(meta.author)
    ? meta.author
    : Array.isArray(meta.authors)
      ? (meta.authors as Array<CslName | string>)
      : Array.isArray(meta.editor)
        ? (meta.editor as Array<CslName | string>)
        : []
  return {even: authorsHead(list.map(nameOf).filter(Boolean).map(clip), fits), odd: runningHead(clip(named ?? ''), fits)}
}

/** A text cut to `limits.fittedTextUpTo` characters (never inside a surrogate pair), before it is fitted to a line. */
function clip(text: string): string {
  const max = limits.fittedTextUpTo.value
  if (text.length <= max) return text
  const code = text.charCodeAt(max - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)
}

/** The heading and anchor of a node of a volume's back matter (a bibliography or the credits at the root), or none. */
export function backMatterOf(t: Typesetter, node: RootContent): {title: string; dest: string} | undefined {
  if (node.type === 'credits') return {title: t.labels.credits, dest: 'back-credits'}
  if (node.type !== 'bibliography') return undefined
  const en = labelsFor('en')
  const title = !node.title || node.title === en.bibliography ? t.labels.bibliography : node.title === en.combinedBibliography ? t.labels.combinedBibliography : node.title
  return {title, dest: 'back-bibliography'}
}

/** True when `t` is setting the root of a volume (not inside one of its articles). */
export function atVolumeRoot(t: Typesetter): boolean {
  return t.scope === '' && t.tree.children.some((child) => child.type === 'article')
}

/** A part of the back matter opens a page (a recto when articles do), with its title as running head and outline entry. */
export function backMatterStart(t: Typesetter, ctx: BlockContext, title: string, dest: string): void {
  ctx.target.push({kind: 'break', height: 0, keep: false, recto: rectoStarts(t), heads: {even: title, odd: title}})
  articleStart(t, {title}, ctx, true, dest)
}

/** Articles and back matter start on a recto unless the volume says `rectoStarts: false`. */
export function rectoStarts(t: Typesetter): boolean {
  return t.tree.data?.volume?.rectoStarts !== false
}

/**
 * The front matter of a volume: the title page (title, subtitle, editors, course and term) and,
 * on a recto, the contents (each article's authors and title, then the back matter), both in
 * roman numbering with no folio; the first article then starts arabic numbering on a recto.
 * The contents entries' page numbers are filled in after a first pagination (`contentsNumber`).
 */
export function frontMatter(t: Typesetter, ctx: BlockContext, articles: Article[]): ContentsEntry[] {
  ctx.target.push({kind: 'break', height: 0, keep: false, recto: false, heads: NO_HEADS, numbering: 'roman', folio: false})
  titlePage(t, ctx)
  ctx.target.push({kind: 'break', height: 0, keep: false, recto: true, heads: NO_HEADS})
  t.block({type: 'heading', depth: 1, children: [{type: 'text', value: t.labels.contents}]}, ctx)
  const entries: ContentsEntry[] = []
  t.within('TOC', () => {
    articles.forEach((article, i) => {
      const meta = article.data?.meta ?? {}
      const authors = authorLine(meta)
      const name = typeof meta.title === 'string' && meta.title.trim() ? meta.title.trim() : `${t.labels.article} ${i + 1}`
      entries.push(contentsEntry(t, ctx, authors ? `${authors}, ${name}` : name, `article-a${i + 1}`))
    })
    for (const node of t.tree.children) {
      const back = backMatterOf(t, node)
      if (back) entries.push(contentsEntry(t, ctx, back.title, back.dest))
    }
  })
  ctx.flush = true
  return entries
}

function titlePage(t: Typesetter, ctx: BlockContext): void {
  const meta = t.meta
  const size = t.geo.size
  const title = typeof meta.title === 'string' ? meta.title.trim() : ''
  if (!title) return
  t.drop(ctx, t.geo.leading * typography.volume.titleDrop)
  const scale = typography.volumeTitlePage
  t.within('H1', () => t.centered(title, 'bold', size * scale.title.size, size * scale.title.leading, ctx))
  const subtitle = typeof meta.subtitle === 'string' ? meta.subtitle.trim() : ''
  if (subtitle) t.within('P', () => t.centered(subtitle, 'italic', size * scale.subtitle.size, size * scale.subtitle.leading, ctx))
  const editors = Array.isArray(meta.editor) ? (meta.editor as Array<CslName | string>).map(nameOf).filter(Boolean) : []
  if (editors.length > 0) {
    t.space(ctx, size * scale.editors.above, true)
    const names = editors.length === 1 ? editors[0]! : `${editors.slice(0, -1).join(', ')} and ${editors[editors.length - 1]!}`
    t.within('P', () => t.centered(`${t.labels.editedBy} ${names}`, 'regular', size * scale.editors.size, size * scale.editors.leading, ctx))
  }
  for (const key of ['course', 'term']) {
    const value = meta[key]
    if (typeof value === 'string' && value.trim()) t.within('P', () => t.centered(value, 'italic', size * scale.course.size, size * scale.course.leading, ctx))
  }
}

/** One entry of the contents: its text wrapped with a hanging indent (never cut), the page-number column kept free, linked to its part. */
function contentsEntry(t: Typesetter, ctx: BlockContext, text: string, dest: string): ContentsEntry {
  const size = t.geo.size
  const column = t.fonts.width(t.fonts.styleFace('regular'), '0'.repeat(typography.volume.contentsFigures), size) + size * typography.volume.contentsGap
  let lines: LineElement[] = []
  t.within('TOCI', () => {
    // Its characters were reported where the title is printed: a missing glyph is not reported twice.
    const b = new InlineBuilder(t.fonts, t.shared, {missing: () => {}})
    b.text(text, 'regular', size, {hyphenate: false})
    const set = b.set({width: t.textWidth - column, firstIndent: 0, restIndent: size * typography.volume.contentsHang, align: 'left'})
    lines = t.pushLines(set, {...ctx, indent: 0}, t.geo.leading * typography.volume.contentsLeading)
  })
  for (const line of lines) {
    line.keep = line !== lines[lines.length - 1]
    line.items.push({type: 'link', rect: [0, round(-size * typography.link.below), round(t.textWidth), round(size * typography.link.above)], dest})
  }
  t.space(ctx, t.geo.leading * typography.volume.contentsSpace)
  const last = lines[lines.length - 1]
  return {lines, items: last ? [...last.items] : [], dest}
}

/** The page number of a contents entry, right-aligned on its last line (whose link covers it). */
export function contentsNumber(t: Typesetter, entry: ContentsEntry, page: string): void {
  const last = entry.lines[entry.lines.length - 1]
  if (!last) return
  const size = t.geo.size
  const face = t.fonts.styleFace('regular')
  const width = t.fonts.width(face, page, size)
  t.fonts.use(face, page)
  last.items = [...entry.items, {type: 'text', x: round(t.textWidth - width), y: 0, text: page, font: face, size: round(size), width: round(width)}]
}
