// The inline handlers: text in runs of one language, emphasis, code, links, note references, images as their alt text.
import type {FootnoteReference} from 'mdast'
import type {Style} from '../fonts.js'
import type {Target} from '../items.js'
import {noteLabel} from '../notes.js'
import type {InlineContext, InlineHandlers, Typesetter} from '../typesetter.js'
import {langOf} from '../typesetter.js'
import {embedText, imageFor} from './figure.js'
import {typography} from '../typography.js'

/** A note reference: a superscript linked to its note; the first one anchors the note's page. */
function noteRefBox(t: Typesetter, key: string, ctx: InlineContext): void {
  const size = ctx.size * typography.noteRef.size
  const first = !ctx.inNote && !t.referenced.has(key)
  if (first) {
    t.referenced.add(key)
    t.noteParents.set(key, t.blockTag)
  }
  const attrs: {rise: number; link: Target; anchor?: string; noteRef?: string} = {rise: ctx.size * typography.noteRef.rise, link: t.linkTo({dest: `note-${key}`})}
  if (first) {
    attrs.anchor = `ref-${key}`
    attrs.noteRef = key
  }
  ctx.b.box(noteLabel(key), 'regular', size, attrs)
}

export const inlineHandlers = {
  text(t, node, ctx) {
    t.text = node.value
    let from = 0
    for (const run of t.languageRuns(node.value, langOf(node) ?? ctx.lang)) {
      const tag = run.lang === undefined ? undefined : t.structure.open('Span', ctx.link?.tag ?? t.blockTag, {lang: run.lang})
      ctx.b.text(run.text, ctx.style, ctx.size, {link: ctx.link, tag, from})
      from += run.text.length
    }
    t.text = undefined
  },
  emphasis(t, node, ctx) {
    const style: Style = ctx.style === 'bold' || ctx.style === 'boldItalic' ? 'boldItalic' : ctx.style === 'italic' ? 'regular' : 'italic'
    for (const child of node.children) t.inline(child, {...ctx, style})
  },
  strong(t, node, ctx) {
    const style: Style = ctx.style === 'italic' || ctx.style === 'boldItalic' ? 'boldItalic' : 'bold'
    for (const child of node.children) t.inline(child, {...ctx, style})
  },
  delete(t, node, ctx) {
    for (const child of node.children) t.inline(child, ctx)
  },
  inlineCode(t, node, ctx) {
    ctx.b.text(node.value, 'mono', ctx.size * t.codeScale, {link: ctx.link, hyphenate: false})
  },
  break(_t, _node, ctx) {
    ctx.b.lineBreak()
  },
  link(t, node, ctx) {
    const link = t.linkTo({url: node.url})
    for (const child of node.children) t.inline(child, {...ctx, link})
  },
  linkReference(t, node, ctx) {
    const definition = t.definitions.get(node.identifier)
    const link: Target | undefined = definition ? t.linkTo({url: definition.url}) : ctx.link
    for (const child of node.children) t.inline(child, {...ctx, link})
  },
  image(t, node, ctx) {
    if (node.data?.embed) {
      ctx.b.text(`[${embedText(node, t.labels)}]`, 'italic', ctx.size, node.url ? {link: {url: node.url}} : {link: ctx.link})
      return
    }
    // Reached for an image that is not a figure: inline with text, in a note, or not printable.
    const found = imageFor(t, node)
    const name = node.alt || node.title || node.url
    if ('problem' in found) t.report({severity: 'warning', message: `image "${node.url}" ${found.problem}; its alt text is printed instead`, position: node.position, source: 'render-pdf:image'})
    else
      t.report({
        severity: 'info',
        message: `image "${node.url}" is not alone in its paragraph${ctx.inNote ? ' (or is in a note)' : ''}; its alt text is printed instead (an image in a paragraph of its own prints as a figure)`,
        position: node.position,
        source: 'render-pdf:image'
      })
    const remote = /^(https?|ftp):/i.test(node.url)
    ctx.b.text(`[${t.labels.image}: ${name}]`, 'italic', ctx.size, remote ? {link: {url: node.url}} : {link: ctx.link})
  },
  imageReference(t, node, ctx) {
    ctx.b.text(`[${t.labels.image}: ${node.alt || node.identifier}]`, 'italic', ctx.size)
  },
  footnoteReference(t, node: FootnoteReference, ctx) {
    noteRefBox(t, t.noteKey(node.identifier), ctx)
  },
  citation(t, node, ctx) {
    const number = node.data?.noteNumber
    if (number !== undefined) noteRefBox(t, String(number), ctx)
    else ctx.b.text(node.value, ctx.style, ctx.size, {link: ctx.link})
  },
  html(_t, node, ctx) {
    const text = stripTags(node.value)
    if (text) ctx.b.text(text, ctx.style, ctx.size, {link: ctx.link})
  }
} satisfies InlineHandlers

export function stripTags(html: string): string {
  return cutSpans(cutSpans(html, '<!--', '-->'), '<', '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim()
}

/** `text` without the spans from `open` to the next `close` (linear: once no `close` follows, nothing more is cut). */
function cutSpans(text: string, open: string, close: string): string {
  let out = ''
  let at = 0
  for (;;) {
    const start = text.indexOf(open, at)
    const end = start < 0 ? -1 : text.indexOf(close, start + open.length)
    if (end < 0) return out + text.slice(at)
    out += text.slice(at, start)
    at = end + close.length
  }
}
