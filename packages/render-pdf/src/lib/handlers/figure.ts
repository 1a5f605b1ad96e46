// Images: a figure (an image alone in its paragraph), or a captioned placeholder for one not given.
import type {Image} from 'mdast'
import type {Labels} from '@octavo/tree'
import {typography} from '../typography.js'
import {fitImage, imageBytes, imageId, imageInfo, pngProblem, sniffFormat} from '../images.js'
import type {ImageInfo} from '../images.js'
import {round} from '../inline.js'
import type {LayoutItem} from '../types.js'
import type {BlockContext, Typesetter} from '../typesetter.js'
import {shift} from '../typesetter.js'
import {inCell} from './table.js'

/** Why an image cannot be printed (remote, not given, not PNG or JPEG, broken header), or its bytes and size. */
export function imageFor(t: Typesetter, node: Image): {info: ImageInfo; data: Uint8Array} | {problem: string; missing?: true} {
  const data = imageBytes(t.options.images, node.url)
  if (!data) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(node.url) && !/^file:/i.test(node.url)) return {problem: 'is remote (only local image files are printed)'}
    return {problem: 'was not found (no image file was given for it)', missing: true}
  }
  const info = imageInfo(data)
  if (info) {
    const problem = info.format === 'png' ? pngProblem(data) : undefined
    return problem === undefined ? {info, data} : {problem: `is a PNG file that ${problem}`}
  }
  const format = sniffFormat(data)
  if (format === 'png' || format === 'jpeg') return {problem: `is a ${format.toUpperCase()} file whose header cannot be read`}
  return {problem: `is ${format ? `a${format === 'svg' ? 'n' : ''} ${format.toUpperCase()} file` : 'not an image file this renderer knows'}, not PNG or JPEG`}
}

/**
 * An image alone in its paragraph, as a figure: scaled down to the measure and to 60% of the page
 * height, centred, its title (or alt text) as a caption in small type. One element: it never
 * splits, and goes to the next page when it does not fit. False when the image cannot be printed.
 */
export function figure(t: Typesetter, node: Image, ctx: BlockContext): boolean {
  if (node.data?.embed) {
    // Embedded content (an iframe): nothing to look for; the parser warned about it.
    placeholder(t, node, ctx)
    return true
  }
  const found = imageFor(t, node)
  if ('problem' in found) {
    if (!found.missing) return false
    t.report({severity: 'warning', message: `image "${node.url}" ${found.problem}; a captioned placeholder is printed instead`, position: node.position, source: 'render-pdf:image'})
    placeholder(t, node, ctx)
    return true
  }
  const {info, data} = found
  let id = ids.get(data)
  if (id === undefined) ids.set(data, (id = imageId(data)))
  if (!t.images.has(id)) t.images.set(id, {src: node.url, format: info.format, pixelWidth: info.width, pixelHeight: info.height})
  const size = fitImage(info, ctx.width, t.geo.height * typography.figure.maxHeight)
  const captionText = (node.title ?? '').trim() || (node.alt ?? '').trim()
  const items: LayoutItem[] = [{type: 'image', x: round(ctx.indent + (ctx.width - size.width) / 2), y: 0, width: round(size.width), height: round(size.height), image: id}]
  let height = size.height
  if (captionText) {
    const b = t.builder(node.position)
    t.text = captionText
    b.text(captionText, 'regular', t.geo.noteSize, {})
    t.text = undefined
    const lines = b.set({width: ctx.width, align: 'center'})
    const gap = t.geo.noteLeading * typography.figure.captionGap
    // The caption is the Figure's Caption element, read after the figure's alternate text.
    const caption = t.structure.open('Caption', t.blockTag)
    lines.forEach((line, i) => {
      const baseline = -(gap + t.geo.noteLeading * typography.paragraph.ascent + i * t.geo.noteLeading)
      for (const item of shift(line.items, ctx.indent)) items.push(inCell(t, item.type === 'text' || item.type === 'anchor' ? {...item, y: round(item.y + baseline)} : item, caption))
    })
    height += gap + lines.length * t.geo.noteLeading
  }
  t.space(ctx, ctx.leading * typography.figure.space)
  // The paragraph that is only this image is a Figure, read as its alternate text.
  const element = t.structure.elements[t.blockTag]
  if (element && element.type === 'P') Object.assign(element, {type: 'Figure', alt: (node.alt ?? '').trim() || captionText || 'Image'})
  if (!captionText)
    t.report({
      severity: 'warning',
      message: `image '${node.url}' has no alternative text: a screen reader says only "Image" (write ![what it shows](${node.url}))`,
      position: node.position,
      source: 'render-pdf:figure'
    })
  ctx.target.push({kind: 'line', height, ascent: size.height, items, tag: t.blockTag, refs: [], keep: false})
  t.space(ctx, ctx.leading * typography.figure.space)
  ctx.flush = true
  return true
}

/**
 * A figure whose image was not given: a ruled box the width of the measure holding its caption,
 * `Figure: caption — image not available` in the document's language; a Figure read as its alt text.
 */
export function placeholder(t: Typesetter, node: Image, ctx: BlockContext): void {
  const caption = (node.title ?? '').trim() || (node.alt ?? '').trim()
  const {figure, figureSeparator, imageNotAvailable} = t.labels
  // A caption that names itself (`Figure 3: …`) is not named again.
  const named = caption.toLowerCase().startsWith(figure.toLowerCase())
  const text = node.data?.embed ? embedText(node, t.labels) : `${caption ? `${named ? '' : figure + figureSeparator}${caption}` : figure} — ${imageNotAvailable}`
  const size = t.geo.noteSize
  const leading = t.geo.noteLeading
  const pad = leading * typography.placeholderPadding
  const b = t.builder(node.position)
  t.text = text
  b.text(text, 'italic', size, {})
  t.text = undefined
  const lines = b.set({width: ctx.width - 2 * pad, align: 'center'})
  const height = round(lines.length * leading + 2 * pad)
  const items: LayoutItem[] = []
  lines.forEach((line, i) => {
    const baseline = height - pad - leading * typography.paragraph.ascent - i * leading
    for (const item of shift(line.items, ctx.indent + pad)) items.push(item.type === 'text' || item.type === 'anchor' ? {...item, y: round(item.y + baseline)} : item)
  })
  const [left, right] = [round(ctx.indent), round(ctx.indent + ctx.width)]
  for (const [x1, y1, x2, y2] of [
    [left, 0, right, 0],
    [left, height, right, height],
    [left, 0, left, height],
    [right, 0, right, height]
  ] as const) {
    items.push({type: 'rule', x1, y1, x2, y2, thickness: typography.figure.placeholderRule})
  }
  t.space(ctx, ctx.leading * typography.figure.space)
  const element = t.structure.elements[t.blockTag]
  if (element && element.type === 'P') Object.assign(element, {type: 'Figure', alt: node.data?.embed ? text : (node.alt ?? '').trim() || caption || figure})
  ctx.target.push({kind: 'line', height, ascent: height, items, tag: t.blockTag, refs: [], keep: false})
  t.space(ctx, ctx.leading * typography.figure.space)
  ctx.flush = true
}

/** Ids of image bytes (a hash of them), per array (memoization: a large image used often is hashed once). */
const ids = new WeakMap<Uint8Array, string>()

/** What stands for embedded content (an iframe): `Embedded content: its title — its address` in the document's language. */
export function embedText(node: Image, labels: Labels): string {
  const title = (node.alt ?? '').trim()
  const address = node.url.trim()
  return [`${labels.embeddedContent}${title ? labels.figureSeparator + title : ''}`, address].filter(Boolean).join(' — ')
}
