import type {ArticleMeta, CslDate, CslName, Diagnostic} from '@octavo/tree'
import {pageRange} from '@octavo/tree'
import type {BookMeta} from './types.js'
import {cleanText, normalizeSpace} from './text.js'
import {labelsFor} from './labels.js'

const bcp47 = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/

/** Resolve the book's metadata from the tree's `ArticleMeta`. */
export function resolveMeta(meta: ArticleMeta | undefined, fallbackLang: string | undefined, diagnostics: Diagnostic[]): BookMeta {
  const m: ArticleMeta = meta ?? {}
  const str = (value: unknown, what: string): string | undefined => {
    if (typeof value === 'number') value = String(value)
    if (typeof value !== 'string') return undefined
    const clean = normalizeSpace(cleanText(value, diagnostics, `the metadata's ${what}`))
    return clean === '' ? undefined : clean
  }

  const given = str(m.lang, 'lang')
  if (given === undefined && fallbackLang === undefined) {
    diagnostics.push({
      severity: 'info',
      message: 'the metadata names no language (lang); the book is marked as English (en)',
      source: 'render-epub:metadata'
    })
  }
  let lang = given ?? fallbackLang ?? 'en'
  if (!bcp47.test(lang)) {
    diagnostics.push({
      severity: 'warning',
      message: `language "${lang}" is not a BCP 47 tag; using "en"`,
      source: 'render-epub:metadata'
    })
    lang = 'en'
  }

  let title = str(m.title, 'title')
  if (title === undefined) {
    title = labelsFor(lang).untitled
    diagnostics.push({
      severity: 'warning',
      message: `the article has no title in its metadata; the book is called "${title}"`,
      source: 'render-epub:metadata'
    })
  }

  const texts = (value: unknown, what: string): string[] => (Array.isArray(value) ? value : [value]).map((item) => str(item, what)).filter((item) => item !== undefined)

  const names = (value: unknown, what: string): {display: string[]; fileAs: string[]} => {
    const display: string[] = []
    const fileAs: string[] = []
    const list: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value]
    for (const name of list) {
      const resolved = resolveName(name)
      if (!resolved) {
        diagnostics.push({
          severity: 'warning',
          message: `an ${what} in the metadata has no usable name; left out`,
          source: 'render-epub:metadata'
        })
        continue
      }
      display.push(normalizeSpace(cleanText(resolved.display, diagnostics, `the metadata's ${what}`)))
      fileAs.push(normalizeSpace(cleanText(resolved.fileAs, diagnostics, `the metadata's ${what}`)))
    }
    return {display, fileAs}
  }
  const authors = names(m.author, 'author')
  const editors = names(m.editor, 'editor')

  const date = w3cDate(m.issued)
  const container = str(m['container-title'], 'container-title')
  let source: string | undefined
  if (container !== undefined) {
    source = container
    const volume = str(m.volume, 'volume')
    const issue = str(m.issue, 'issue')
    if (volume !== undefined) source += ` ${volume}`
    if (issue !== undefined) source += `, no. ${issue}`
    if (date !== undefined) source += ` (${date.slice(0, 4)})`
    const page = str(m.page, 'page')
    if (page !== undefined) source += `: ${pageRange(page).printed}`
  } else {
    const course = [str(m['course'], 'course'), str(m['term'], 'term')].filter((part) => part !== undefined)
    if (course.length > 0) source = course.join(', ')
  }

  return {
    title,
    subtitle: str(m.subtitle, 'subtitle'),
    authors: authors.display,
    authorsFileAs: authors.fileAs,
    editors: editors.display,
    editorsFileAs: editors.fileAs,
    lang,
    date,
    source,
    doi: str(m.DOI, 'DOI'),
    rights: [...texts(m['rights'], 'rights'), ...texts(m['license'], 'license')]
  }
}

function resolveName(name: unknown): {display: string; fileAs: string} | undefined {
  if (typeof name === 'string') {
    const value = normalizeSpace(name)
    return value === '' ? undefined : {display: value, fileAs: value}
  }
  if (!name || typeof name !== 'object') return undefined
  const n = name as CslName
  const part = (value: unknown): string => (typeof value === 'string' ? normalizeSpace(value) : '')
  const literal = part(n.literal)
  if (literal) return {display: literal, fileAs: literal}
  const family = [part(n['non-dropping-particle']), part(n.family)].filter(Boolean).join(' ')
  const given = [part(n.given), part(n['dropping-particle'])].filter(Boolean).join(' ')
  const suffix = part(n.suffix)
  if (!family && !given) return undefined
  const display = [given, family].filter(Boolean).join(' ') + (suffix ? `, ${suffix}` : '')
  const fileAs = [family, given].filter(Boolean).join(', ') + (suffix ? `, ${suffix}` : '')
  return {display, fileAs}
}

/** A CSL date as W3CDTF (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), when it is one. */
export function w3cDate(date: CslDate | string | number | undefined | unknown): string | undefined {
  if (typeof date === 'number') date = String(date)
  if (typeof date === 'string') return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date) ? date : undefined
  if (!date || typeof date !== 'object') return undefined
  const first = (date as CslDate)['date-parts']?.[0]
  if (!first || first.length === 0) {
    const raw = (date as CslDate).raw ?? (date as CslDate).literal
    return typeof raw === 'string' && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(raw) ? raw : undefined
  }
  const parts = first.map(Number)
  const [year, month, day] = parts
  if (year === undefined || !Number.isInteger(year) || year < 0 || year > 9999) return undefined
  let result = String(year).padStart(4, '0')
  if (month !== undefined && Number.isInteger(month) && month >= 1 && month <= 12) {
    result += '-' + String(month).padStart(2, '0')
    if (day !== undefined && Number.isInteger(day) && day >= 1 && day <= 31) result += '-' + String(day).padStart(2, '0')
  }
  return result
}

/** `dcterms:modified` form: `CCYY-MM-DDThh:mm:ssZ`. */
export function modifiedStamp(date: Date, diagnostics: Diagnostic[]): {stamp: string; date: Date} {
  if (!(date instanceof Date) || Number.isNaN(date.getTime()) || date.getUTCFullYear() < 0 || date.getUTCFullYear() > 9999) {
    diagnostics.push({
      severity: 'error',
      message: 'the `modified` option is not a valid date between the years 0 and 9999; using 1980-01-01T00:00:00Z',
      source: 'render-epub:metadata'
    })
    date = new Date(Date.UTC(1980, 0, 1))
  }
  return {stamp: date.toISOString().replace(/\.\d{3}Z$/, 'Z'), date}
}
