// The parts of a document: an article of a volume (a new page, its own title block, heads and notes),
// the flow of an article (endnotes before the bibliography), the bibliography and the credits.
import type {RootContent} from 'mdast'
import type {Article, ArticleMeta} from '@octavo/tree'
import {labelsFor} from '@octavo/tree'
import {typography} from '../typography.js'
import {headingTag} from '../structure.js'
import {endnotes} from '../notes.js'
import {articleStart} from '../title-block.js'
import type {BlockContext, BlockHandlers, Typesetter} from '../typesetter.js'
import {atVolumeRoot, backMatterOf, backMatterStart, headsFor, rectoStarts} from '../volume.js'
import {blockHandlers} from './blocks.js'
import type {BreakElement} from '../elements.js'
import {makeFlow, replayFlow, unitOf} from '../units.js'

export const articleHandlers = {
  article(t, node: Article, ctx) {
    // One article of a volume: a new (recto) page, its own title block, running heads and notes.
    const saved = t.scope
    t.scope = t.scopes.get(node) ?? ''
    const meta = node.data?.meta ?? {}
    // The first article starts the arabic numbering, on a recto.
    const first = t.scope === 'a1/'
    const brk: BreakElement = {kind: 'break', height: 0, keep: false, recto: first || rectoStarts(t), heads: headsFor(t, meta), ...(first ? {numbering: 'arabic' as const, folio: true} : {})}
    ctx.target.push(brk)
    // An unchanged article is placed whole (units.ts): its pages come from the store.
    const unit = unitOf(t, node, brk, ctx)
    if (unit?.kept) replayFlow(t, unit, ctx)
    else {
      ctx.flush = true
      makeFlow(t, unit, ctx, () => {
        articleStart(t, meta, ctx, true, `article-${t.scope.slice(0, -1)}`)
        flow(t, node.children, ctx, meta)
      })
    }
    t.scope = saved
  },
  bibliography(t, node, ctx) {
    // A volume's combined bibliography is back matter: a page of its own, its title as running head.
    const back = atVolumeRoot(t) ? backMatterOf(t, node) : undefined
    if (back) backMatterStart(t, ctx, back.title, back.dest)
    else t.within(headingTag(2, t.headingShift), () => blockHandlers.heading(t, {type: 'heading', depth: 2, children: [{type: 'text', value: bibliographyTitle(t, node.title)}]}, ctx))
    t.within('L', () => {
      // An entry has no label: its LI holds only its LBody.
      for (const entry of node.children) t.within('LI', () => t.within('LBody', () => articleHandlers.bibliographyEntry(t, entry, ctx)))
    })
  },
  credits(t, node, ctx) {
    // Each article's attribution (title, authors, source, licence), ragged right with a hanging indent.
    const back = backMatterOf(t, node)
    if (back) backMatterStart(t, ctx, back.title, back.dest)
    const hang = ctx.size * typography.volume.creditsHang
    for (const entry of node.children) {
      t.within('P', () => t.paragraph(entry.children, {...ctx, flush: true}, entry.position, {firstIndent: 0, restIndent: hang, align: 'left'}))
      t.space(ctx, ctx.leading * typography.entrySpace.credits)
    }
  },
  bibliographyEntry(t, node, ctx) {
    // Ragged right with a hanging indent: the author names down the left edge.
    const hang = ctx.size * typography.bibliographyHang
    t.paragraph(node.children, {...ctx, flush: true}, node.position, {firstIndent: 0, restIndent: hang, align: 'left'})
    t.space(ctx, ctx.leading * typography.entrySpace.bibliography)
  }
} satisfies Partial<BlockHandlers>

/** The flow of an article (or of the root): the abstract from metadata when no node gives it; endnotes before the bibliography. */
export function flow(t: Typesetter, children: RootContent[], ctx: BlockContext, meta: ArticleMeta | undefined): void {
  if (meta && !children.some((c) => c.type === 'abstract') && typeof meta.abstract === 'string' && meta.abstract.trim()) {
    t.block({type: 'abstract', children: [{type: 'paragraph', children: [{type: 'text', value: meta.abstract}]}]}, ctx)
  }
  const atEnd = t.notesMode === 'endnotes'
  let endnotesDone = false
  for (const child of children) {
    if (child.type === 'bibliography' && atEnd && !endnotesDone) {
      endnotes(t, ctx)
      endnotesDone = true
    }
    t.block(child, ctx)
  }
  if (atEnd && !endnotesDone) endnotes(t, ctx)
}

/** A bibliography's heading: its own title, or the document's word for it when it has none or the English default (the CLI's). */
function bibliographyTitle(t: Typesetter, title: string): string {
  return !title || title === labelsFor('en').bibliography ? t.labels.bibliography : title
}
