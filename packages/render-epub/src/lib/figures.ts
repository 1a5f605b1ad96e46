import type {Element, ElementContent, Root} from 'hast'
import type {Image, Paragraph} from 'mdast'
import type {Labels} from './labels.js'
import {labelsByLanguage} from './labels.js'
import {classes, el, textOf, tx} from './hast.js'

/**
 * A figure: a paragraph that holds one image with a caption (its `title`, as
 * `![alt](map.png "A map")` writes it and as the parser reads
 * `{% include figure.html filename=… alt=… caption=… %}`), nothing else but
 * white space. Returns the image.
 */
export function figureImage(node: Paragraph): Image | undefined {
  const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const only = content.length === 1 ? content[0] : undefined
  return only?.type === 'image' && typeof only.title === 'string' && only.title.trim() !== '' ? only : undefined
}

/** `<figure class="figure"><img …/><figcaption>caption</figcaption></figure>` (the caption is not repeated as the image's title). */
export function figureElement(image: Element, caption: string): Element {
  delete image.properties['title']
  return el('figure', {className: ['figure']}, [image, el('figcaption', {}, [tx(caption)])])
}

/** What stands for embedded content (an iframe) the book cannot show: `Embedded content: its title — its address` in the book's language. */
export function embedText(image: Image, labels: Labels): string {
  const title = (image.alt ?? '').trim()
  const address = image.url.trim()
  return [`${labels.embeddedContent}${title ? labels.figureSeparator + title : ''}`, address].filter(Boolean).join(' — ')
}

/**
 * Embedded content alone in its paragraph, as a visible placeholder like a
 * figure's whose image is missing: `<figure class="embed">` whose caption
 * names it and links its address.
 */
export function embedFigure(image: Image, labels: Labels): Element {
  const title = (image.alt ?? '').trim()
  const address = image.url.trim()
  const caption: ElementContent[] = [tx(`${labels.embeddedContent}${title ? labels.figureSeparator + title : ''}`)]
  if (address) caption.push(tx(' — '), el('a', {href: address}, [tx(address)]))
  return el('figure', {className: ['embed']}, [el('figcaption', {}, caption)])
}

/** Every language's word for a figure: a caption that starts with one numbers itself ("Figure 2: …"). */
const figureWords = [...new Set(Object.values(labelsByLanguage).map((labels) => labels.figure))]

/**
 * What a figure whose image is not available says in its caption's place,
 * in the book's language. Named cases, each with its example; run by
 * `test/figures.test.ts`.
 */
export const placeholderCases: ReadonlyArray<{name: string; lang: string; caption: string; placeholder: string}> = [
  {name: 'a caption', lang: 'en', caption: 'A map of Yanbian', placeholder: 'Figure: A map of Yanbian — image not available'},
  {
    name: 'a caption that names and numbers itself is not named twice',
    lang: 'fr',
    caption: 'Figure\u00a00\u00a0: Exemple de la PG (PG 125, c. 625-626)',
    placeholder: 'Figure\u00a00\u00a0: Exemple de la PG (PG 125, c. 625-626) — image non disponible'
  },
  {name: 'French: a no-break space before the colon', lang: 'fr', caption: 'Une carte', placeholder: 'Figure\u00a0: Une carte — image non disponible'},
  {name: 'German', lang: 'de', caption: 'Eine Karte', placeholder: 'Abbildung: Eine Karte — Bild nicht verfügbar'},
  {name: 'Spanish', lang: 'es', caption: 'Un mapa', placeholder: 'Figura: Un mapa — imagen no disponible'},
  {name: 'Italian', lang: 'it', caption: 'Una mappa', placeholder: 'Figura: Una mappa — immagine non disponibile'},
  {name: 'a caption ending in a full stop keeps it', lang: 'en', caption: 'Plate 3.', placeholder: 'Figure: Plate 3. — image not available'}
]

/** The caption of a figure whose image is not available (see `placeholderCases`). */
export function placeholderCaption(caption: string, labels: Labels): string {
  const text = caption.trim()
  const named = figureWords.some((word) => text.toLowerCase().startsWith(word.toLowerCase()) && !/\p{L}/u.test(text.charAt(word.length)))
  return `${named ? '' : labels.figure + labels.figureSeparator}${text} — ${labels.imageNotAvailable}`
}

/** What the book left out: figures and inline images whose image was not available. */
export interface Omitted {
  figures: number
  images: number
  /** Embedded content (an iframe) printed as a placeholder naming its title and address. */
  embeds: number
}

/**
 * After the images are packaged: a figure left without its image (the policy
 * put its alternative text in its place) becomes a visible placeholder,
 * `<figure class="figure image-missing">`, its caption saying the image is
 * not available. Counts those figures, the inline images left as their
 * alternative text (`span.image-alt`) and the embedded content left as its
 * placeholder (`.embed`) into `omitted`.
 */
export function placeholdFigures(root: Root | Element, labels: Labels, omitted: Omitted = {figures: 0, images: 0, embeds: 0}): Omitted {
  for (const child of root.children as ElementContent[]) {
    if (child.type !== 'element') continue
    if (classes(child).includes('embed')) omitted.embeds++
    else if (child.tagName === 'figure' && classes(child).includes('figure') && !child.children.some(isImage)) {
      child.properties['className'] = [...classes(child), 'image-missing']
      const caption = child.children.find((node): node is Element => node.type === 'element' && node.tagName === 'figcaption')
      if (caption) {
        const text = textOf(caption).trim()
        // An alternative text that only repeats the caption (a figure include without `alt`) is said once.
        child.children = child.children.filter((node) => !(node.type === 'element' && classes(node).includes('image-alt') && textOf(node).trim() === `[${text}]`))
        caption.children = [tx(placeholderCaption(text, labels))]
      }
      omitted.figures++
    } else if (child.tagName === 'span' && classes(child).includes('image-alt')) omitted.images++
    else placeholdFigures(child, labels, omitted)
  }
  return omitted
}

const isImage = (node: ElementContent): boolean => node.type === 'element' && node.tagName === 'img'
