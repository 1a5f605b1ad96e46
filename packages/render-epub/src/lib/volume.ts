import type {Element} from 'xast'
import {x} from 'xastscript'
import type {ArticleMeta, Diagnostic} from '@octavo/tree'
import type {BookMeta} from './types.js'
import type {Labels} from './labels.js'
import {joinNames} from './content.js'
import {text, xhtmlDocument} from './package.js'
import {cleanText, normalizeSpace} from './text.js'

/** The title page of a volume, after the cover (under `OEBPS/`). */
export const titlePageFile = 'titlepage.xhtml'

const titlePageLabels: Readonly<Record<string, string>> = {
  en: 'Title page',
  fr: 'Page de titre',
  de: 'Titelseite',
  es: 'Portadilla',
  it: 'Frontespizio'
}

/** "Title page" in the book's language (English when we have no word for it). */
export function titlePageLabel(lang: string): string {
  return titlePageLabels[lang.toLowerCase().split('-')[0] ?? 'en'] ?? 'Title page'
}

/**
 * The title page of a volume (`octavo reader`): title, subtitle, "Edited by"
 * and the editors, the course and the term, each on its own line.
 */
export function titlePageDocument(book: BookMeta, meta: ArticleMeta | undefined, labels: Labels, diagnostics: Diagnostic[]): string {
  const field = (value: unknown, what: string): string | undefined => {
    if (typeof value === 'number') value = String(value)
    if (typeof value !== 'string') return undefined
    const clean = normalizeSpace(cleanText(value, diagnostics, `the volume's ${what}`))
    return clean === '' ? undefined : clean
  }
  const children: Element[] = [x('h1', {class: 'title'}, text(book.title))]
  if (book.subtitle) children.push(x('p', {class: 'subtitle', role: 'doc-subtitle'}, text(book.subtitle)))
  if (book.editors.length > 0) children.push(x('p', {class: 'editors'}, text(`${labels.editedBy} ${joinNames(book.editors, book.lang)}`)))
  const course = field(meta?.course, 'course')
  const term = field(meta?.term, 'term')
  if (course) children.push(x('p', {class: 'course'}, text(course)))
  if (term) children.push(x('p', {class: 'term'}, text(term)))
  const label = titlePageLabel(book.lang)
  return xhtmlDocument(book, label, {'epub:type': 'frontmatter'}, [x('section', {class: 'title-page', 'epub:type': 'titlepage', 'aria-label': label}, children)])
}
