import type {Root} from 'mdast'
import type {Article} from '@octavo/tree'
import {boundDepth} from '@octavo/tree'
import {limits} from './limits.js'
import {paginate} from './paginate.js'
import type {PageConfig} from './paginate.js'
import type {LayoutResult, LayoutOptions} from './types.js'
import {headingShift} from './structure.js'
import {collectNotes, noteLines, unreferencedNotes} from './notes.js'
import {authorLine} from './names.js'
import {articleStart} from './title-block.js'
import {Typesetter} from './typesetter.js'
import {handlers} from './handlers/index.js'
import {flow} from './handlers/article.js'
import {contentsNumber, frontMatter, headsFor} from './volume.js'
import {keepUnits, placeUnit, unitNoteLines} from './units.js'
import type {UnitSlot} from './unit-store.js'
import type {Diagnostic} from '@octavo/tree'

/** Lay out an Octavo tree into pages of positioned items. Pure: same tree and options, same layout. */
export function layout(tree: Root, options: LayoutOptions): LayoutResult {
  const bounded = boundDepth(tree, limits.treeDepth.value)
  const t = new Typesetter(bounded.tree, options, handlers)
  if (bounded.collapsed) {
    const {count, position} = bounded.collapsed
    const what = count === 1 ? 'one part of the document is' : `${count} parts of the document are`
    t.report({severity: 'warning', message: `${what} nested more than ${limits.treeDepth.value} levels deep: set as plain text below that level`, position, source: 'render-pdf:depth'})
  }
  if (!t.fonts.usable) {
    const geo = t.geo
    return {
      layout: {width: geo.width, height: geo.height, pages: [], outline: [], info: {title: '', author: '', lang: 'en'}, charsets: {}, structure: t.structure.elements},
      diagnostics: t.diagnostics
    }
  }
  const result = typeset(t)
  if (result) return result
  // A volume with notes no reference points to: they go on its last page, which may be a kept article's.
  const again = new Typesetter(bounded.tree, options, handlers)
  again.unitsOff = true
  return typeset(again)!
}

/** The passes of a layout: notes collected, the front matter of a volume, the flow, then pagination (twice for a volume: its contents need the page numbers); undefined when an article kept whole must be set again (see `layout`). */
function typeset(t: Typesetter): LayoutResult | undefined {
  const ctx = t.bodyContext()
  const depths: number[] = []
  visitHeadings(t.tree, depths)
  t.headingShift = headingShift(depths)
  const articles = t.tree.children.filter((c): c is Article => c.type === 'article')
  collectNotes(t, t.tree, '')
  articles.forEach((article, i) => {
    const scope = `a${i + 1}/`
    t.scopes.set(article, scope)
    if (typeof article.data?.file === 'string') t.files.set(scope, article.data.file)
    collectNotes(t, article, scope)
  })
  const contents = articles.length > 0 ? frontMatter(t, ctx, articles) : []
  if (articles.length === 0) articleStart(t, t.meta, ctx, false)
  flow(t, t.tree.children, ctx, articles.length > 0 ? undefined : t.meta)
  if (t.notesMode === 'footnotes' && t.noteOrder.some((key) => !t.referenced.has(key))) {
    if ([...t.units.values()].some((unit) => unit.kept)) return undefined
    t.units.clear()
    unreferencedNotes(t)
  }
  const config: PageConfig = {
    ...{geo: t.geo, textWidth: t.textWidth, fonts: t.fonts, body: t.body, heads: headsFor(t, t.meta)},
    ...{noteLines: (key: string) => unitNoteLines(t, key, () => noteLines(t, key)), report: (d: Diagnostic) => t.report(d), place: (unit: UnitSlot) => placeUnit(t, unit)}
  }
  let pages = paginate(config)
  if (contents.length > 0) {
    // The contents lines have their height already (a column is kept for the numbers): the second pass only fills them in.
    const labelOf = new Map(pages.outline.map((entry) => [entry.dest, pages.pages[entry.page - 1]?.label ?? String(entry.page)]))
    for (const entry of contents) contentsNumber(t, entry, labelOf.get(entry.dest) ?? '')
    // Its problems were reported by the first pass.
    pages = paginate({...config, report: () => {}})
  }
  keepUnits(t, pages.pages, pages.outline)
  const charsets: Record<string, string> = {}
  for (const [face, set] of [...t.fonts.used].sort(([a], [b]) => (a < b ? -1 : 1))) charsets[face] = [...set].sort().join('')
  const author = authorLine(t.meta)
  const info: LayoutResult['layout']['info'] = {title: typeof t.meta.title === 'string' ? t.meta.title : '', author, lang: typeof t.meta.lang === 'string' ? t.meta.lang : 'en'}
  const subject = [t.meta['container-title'], t.meta.volume].filter((v) => v !== undefined && v !== '').join(' ')
  if (subject) info.subject = subject
  const result: LayoutResult = {
    layout: {width: t.geo.width, height: t.geo.height, pages: pages.pages, outline: pages.outline, info, charsets, structure: t.structure.elements},
    diagnostics: t.diagnostics
  }
  if (pages.labels.length > 0) result.layout.pageLabels = pages.labels
  if (t.images.size > 0) result.layout.images = Object.fromEntries(t.images)
  return result
}

/** The depths of the headings of the text (not of notes), iteratively: a deep tree must not overflow the stack. */
function visitHeadings(root: Root, depths: number[]): void {
  const stack: Array<{type: string; children?: unknown[]; depth?: number}> = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'heading' && typeof node.depth === 'number') depths.push(node.depth)
    if (node.type === 'footnoteDefinition' || !Array.isArray(node.children)) continue
    for (const child of node.children) stack.push(child as {type: string})
  }
}
