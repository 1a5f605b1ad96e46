// The title block of an article (or of a part of a volume's back matter): title, subtitle, authors, journal line, the title note.
import type {ArticleMeta} from '@octavo/tree'
import {typography} from './typography.js'
import type {LineElement} from './elements.js'
import {authorLine, journalLine} from './names.js'
import {setNoteContent} from './notes.js'
import type {BlockContext, Typesetter} from './typesetter.js'

/** Title, subtitle, authors and journal line from the metadata; the title note as `*`. */
export function articleStart(t: Typesetter, meta: ArticleMeta, ctx: BlockContext, inVolume: boolean, dest?: string): void {
  const size = t.geo.size
  const scale = typography.titleBlock
  const title = typeof meta.title === 'string' ? meta.title.trim() : ''
  const star = t.scope + '*'
  if (!title && !meta.author) return
  if (title) {
    const b = t.builder(undefined)
    const id = dest ?? t.nextHeadingId()
    b.text(title, 'bold', size * scale.title.size, {hyphenate: false})
    const first = b.items.find((item) => item.type === 'box')
    if (first?.type === 'box') first.anchor = id
    let els: LineElement[] = []
    t.within('H1', () => {
      // The title note's `*` is a Link inside the title, and its Note read there: after the title, not before it or at the end.
      if (t.notes.has(star)) t.noteParents.set(star, t.blockTag)
      if (t.notes.has(star)) b.box('*', 'regular', size * scale.star.size, {rise: size * scale.star.rise, noteRef: star, link: t.linkTo({dest: `note-${star}`}), anchor: `ref-${star}`})
      els = t.pushLines(b.set({width: t.textWidth, align: 'center'}), ctx, size * scale.title.leading)
    })
    for (const el of els) el.keep = true
    if (inVolume && els[0]) els[0].outline = {title, depth: 0, dest: id}
  }
  const subtitle = typeof meta.subtitle === 'string' ? meta.subtitle.trim() : ''
  if (subtitle) t.within('P', () => t.centered(subtitle, 'italic', size * scale.subtitle.size, size * scale.subtitle.leading, ctx))
  const authors = authorLine(meta)
  if (authors) {
    t.space(ctx, size * scale.authors.above, true)
    t.within('P', () => t.centered(authors, 'regular', size * scale.authors.size, size * scale.authors.leading, ctx))
  }
  const journal = journalLine(meta)
  if (journal) t.within('P', () => t.centered(journal, 'italic', size * scale.journal.size, size * scale.journal.leading, ctx))
  t.space(ctx, t.geo.leading * scale.below)
  if (t.notesMode === 'endnotes' && t.notes.has(star)) {
    const note = t.notes.get(star)!
    const noteCtx: BlockContext = {...ctx, size: t.geo.noteSize, leading: t.geo.noteLeading, flush: true}
    t.within('Note', () => setNoteContent(t, note, noteCtx))
    t.space(ctx, t.geo.leading * scale.noteBelow)
  }
  ctx.flush = true
}
