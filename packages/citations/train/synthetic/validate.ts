/**
 * Checks of synthetic records: the shape of the corpus format (offsets,
 * order, trimming, white space, NFC) and that each label span holds what was
 * rendered for its variable (the author span holds a name of the item, the
 * issued span its year, the locator span a number, …). Used by `check.ts`
 * and by `test/synthetic.test.ts`.
 */
import {FIELD_LABELS} from '../../src/lib/model/labels.js'
import type {SyntheticRecord} from './generate.js'
import type {CslDate, CslItem} from './items.js'
import {ANONYMOUS, fold} from './labeling.js'
import type {CslName} from '@octavo/tree'
import {nameNeedles} from './names.js'
import type {Label} from './spanned.js'

export interface Problem {
  id: string
  check: string
  detail: string
}

const LABELS = new Set<string>([...FIELD_LABELS, 'locator'])
const FORMS = new Set(['full', 'short', 'ibid'])

function problem(record: SyntheticRecord, check: string, detail: string): Problem {
  return {id: record.id, check, detail}
}

/** Structure: the rules of the corpus format (../shared/data/footnotes/README.md). */
export function structureProblems(record: SyntheticRecord): Problem[] {
  const out: Problem[] = []
  const {text} = record
  if (text !== text.trim() || /\s{2,}|[\n\r\t\u00A0\u202F]/.test(text)) out.push(problem(record, 'whitespace', JSON.stringify(text.slice(0, 60))))
  if (text.normalize('NFC') !== text) out.push(problem(record, 'nfc', text.slice(0, 60)))
  if (/[\uD800-\uDFFF\uE000-\uF8FF]/.test(text)) out.push(problem(record, 'characters', 'astral or private-use character'))
  if (/undefined|NaN|\[object/.test(text)) out.push(problem(record, 'undefined', text.slice(0, 80)))
  if (record.kind === 'reference' && (record.citations.length !== 1 || record.citations[0]?.start !== 0 || record.citations[0]?.end !== text.length))
    out.push(problem(record, 'reference-span', 'a reference is one citation over the whole text'))
  let previousEnd = 0
  for (const citation of record.citations) {
    if (!(citation.start >= previousEnd && citation.start < citation.end && citation.end <= text.length)) out.push(problem(record, 'citation-order', `${citation.start}-${citation.end}`))
    previousEnd = citation.end
    if (!FORMS.has(citation.form)) out.push(problem(record, 'form', citation.form))
    if (text.slice(citation.start, citation.end) !== text.slice(citation.start, citation.end).trim()) out.push(problem(record, 'citation-trim', text.slice(citation.start, citation.end)))
    let labelEnd = citation.start
    for (const [start, end, label] of citation.labels) {
      const value = text.slice(start, end)
      if (!(start >= labelEnd && start < end && end <= citation.end)) out.push(problem(record, 'label-order', `${start}-${end} ${label}`))
      if (!LABELS.has(label)) out.push(problem(record, 'label-name', label))
      if (value !== value.trim() || value === '') out.push(problem(record, 'label-trim', `${label}: ${JSON.stringify(value)}`))
      labelEnd = end
    }
  }
  for (const [start, end] of record.italics ?? []) if (!(start < end && end <= text.length)) out.push(problem(record, 'italics', `${start}-${end}`))
  return out
}

/** A month with its day, printed apart from the year by some author-date styles (`June`, `11. Dezember`, `2 de marzo`). */
const MONTH_DAY = /^(?:\d{1,2}\.?\s)?(?:de\s)?\p{L}{3,}\.?(?:\s\d{1,2})?$/u

function years(date: unknown): string[] {
  const parts = (date as CslDate | undefined)?.['date-parts'] ?? []
  return parts.map((part) => String(part[0] ?? '')).filter((year) => year !== '')
}

function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2)
}

function allNames(item: CslItem): CslName[] {
  return ['author', 'editor', 'translator', 'container-author', 'collection-editor', 'interviewer'].flatMap((variable) => (Array.isArray(item[variable]) ? (item[variable] as CslName[]) : []))
}

/** Folded for comparison; `ß` as `ss` (a style that writes names in capitals prints `STRAUSS` for `Strauß`). */
function folded(text: string): string {
  return fold(text).replace(/ß/g, 'ss')
}

function hasName(value: string, item: CslItem): boolean {
  return allNames(item).some((name) => nameNeedles(name).some((needle) => folded(value).includes(folded(needle))))
}

/** Whether a span of `label` plausibly holds the item's value (`undefined`: not checked). */
const CONTENT_CHECKS: Partial<Record<Label, (value: string, item: CslItem) => boolean>> = {
  author: (value, item) => ANONYMOUS.test(fold(value)) || hasName(value, item),
  editor: hasName,
  translator: hasName,
  // A document reproduced in a collection has two dates: the document's (`original-date`) and the collection's.
  issued: (value, item) =>
    [...years(item.issued), ...years(item['original-date'])].some((year) => value.includes(year) || value.includes(year.slice(2))) ||
    /n\.\s?d|o\.\s?[JD]|s\.\s?[df]|sans|sin|senza|ohne/i.test(value) ||
    MONTH_DAY.test(value),
  accessed: (value, item) => years(item.accessed).some((year) => value.includes(year) || value.includes(year.slice(2))),
  title: (value, item) => {
    const source = words(`${String(item.title ?? '')} ${String(item['container-title'] ?? '')}`)
    return words(value).every((word) => source.includes(word))
  },
  'container-title': (value, item) => {
    const source = words(`${String(item['container-title'] ?? '')} ${String(item.title ?? '')}`)
    return words(value).every((word) => source.includes(word))
  },
  locator: (value) => /[\dIVXLCivxlc]/.test(value),
  URL: (value, item) => fold(String(item.URL ?? '')).includes(fold(value)) || fold(value).includes(fold(String(item.URL ?? '\u0000'))),
  DOI: (value, item) => fold(value).includes(fold(String(item.DOI ?? '\u0000')))
}

/** Content: each checked label span holds what was rendered for its variable. */
export function contentProblems(record: SyntheticRecord): Problem[] {
  const out: Problem[] = []
  for (const citation of record.citations) {
    for (const [start, end, label] of citation.labels) {
      const check = CONTENT_CHECKS[label]
      const value = record.text.slice(start, end)
      if (check !== undefined && !check(value, citation.item)) out.push(problem(record, `content:${label}`, `${JSON.stringify(value)} in ${record.style}`))
    }
  }
  return out
}

/** Same records, same bytes. */
export function serialize(records: SyntheticRecord[]): string {
  return records.map((record) => JSON.stringify(record)).join('\n')
}
