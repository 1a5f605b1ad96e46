/**
 * BibTeX export, written from the mapping table (`FIELD_MAP`'s `bibtex`
 * column), in UTF-8: accents, dashes and emoji as they are (biber and
 * Zotero's BibTeX import read them; `bibtex` 8-bit needs `inputenc`), only
 * BibTeX's special characters escaped, URLs raw in `url` (with `urldate`),
 * dates in `date` (as written, ranges whole) and in `year`/`month`. BibTeX has
 * no archive fields: archive and file number head `note` (which
 * `@unpublished` requires), for LaTeX to print. For Zotero, every value its
 * BibTeX import cannot put in the value's Zotero field (no BibTeX field, no
 * Zotero field, or a field Zotero's import does not read back: `bibtexNotRead`)
 * is a `variable: value` line in `annote`, which LaTeX's standard styles do
 * not print and Zotero makes a child note; Zotero joins a field's lines with
 * spaces, so the lines are separated by `; `. For Zotero, use CSL-JSON.
 */
import type {CslItem, CslName} from '@octavo/tree'
import {cleanItems} from './export.js'
import {FIELD_MAP, fieldFor, typeFor, type FieldMapping} from './mapping.js'
import {asWritten, dateText, isCslDate, unmappedLines} from './zotero-extra.js'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** A BibTeX key from an item id: letters, digits and `-_:.` kept, others `-`. */
export function bibtexKey(id: string): string {
  const key = id.normalize('NFKD').replace(/[^A-Za-z0-9\-_:.]/g, '-')
  return key === '' ? 'item' : key
}

const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  // LaTeX and citation-js read these back; Zotero's BibTeX import has no form it reads as `~` or `\\`
  // (it keeps `\textasciitilde`, `\textbackslash` as text; `\~{}` it reads `∼`, citation-js garbles it)
  // and reads `\textasciicircum{}` as `ˆ` (U+02C6; `\^{}`, which it reads `^`, citation-js garbles)
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}'
}

/** Text for a BibTeX field: BibTeX's special characters escaped, everything else as is (UTF-8). */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => SPECIAL[c] ?? c).replace(/\s*[\r\n]+\s*/g, ' ')
}

/** A name part braced when BibTeX would split it (a comma, or ` and `). */
const part = (text: string): string => (/,|\band\b/i.test(text) ? `{${bibtexEscape(text)}}` : bibtexEscape(text))

/** A name as BibTeX's `von Last, Jr, First`; a literal (corporate) name braced whole. */
export function bibtexName(name: CslName): string {
  if (name.literal !== undefined) return `{${bibtexEscape(name.literal)}}`
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ')
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ')
  if (family === '') return `{${bibtexEscape(given)}}`
  if (given === '' && !name.suffix) return `{${bibtexEscape(family)}}`
  return [part(family), name.suffix ? part(name.suffix) : undefined, part(given)].filter((p) => p !== undefined).join(', ')
}

/** The fields one variable becomes. */
function fields(row: FieldMapping, value: unknown): Array<[string, string]> {
  if (row.bibtex === null || row.bibtex === 'note' || row.bibtex === '(entry key)') return []
  if (Array.isArray(value)) return [[row.bibtex, (value as CslName[]).map(bibtexName).join(' and ')]]
  if (isCslDate(value)) return dateFields(row, value)
  if (typeof value !== 'string' && typeof value !== 'number') return []
  const text = String(value)
  if (row.bibtex === 'url') return [['url', text.replace(/[{}]/g, encodeURIComponent)]]
  if (row.bibtex === 'title') return [['title', `{${bibtexEscape(text)}}`]]
  return [[row.bibtex, bibtexEscape(text)]]
}

function dateFields(row: FieldMapping, date: Parameters<typeof dateText>[0]): Array<[string, string]> {
  const text = bibtexEscape(dateText(date))
  if (row.bibtex === 'urldate') return [['urldate', text]]
  const [y, m] = date['date-parts']?.[0] ?? []
  const month = typeof m === 'number' ? MONTHS[m - 1] : undefined
  return [['date', text], ...(y === undefined ? [] : [['year', String(y)] as [string, string]]), ...(month ? [['month', `\u0000${month}`] as [string, string]] : [])]
}

/** Archive, file number and place (no BibTeX fields) at the head of `note`, then the item's note. */
function note(item: CslItem): string | undefined {
  const archive = FIELD_MAP.filter((row) => row.bibtex === 'note' && row.csl !== 'note' && fieldFor(item.type, row.csl) === row)
    .map((row) => item[row.csl])
    .filter((v): v is string => typeof v === 'string' && v !== '')
  const own = typeof item['note'] === 'string' && item['note'] !== '' ? item['note'] : undefined
  const head = archive.join(', ')
  const text = head && own ? `${head}. ${own}` : head || own
  return text === undefined ? undefined : bibtexEscape(text)
}

/** Between the `variable: value` lines of `annote` (Zotero's BibTeX import turns line breaks into spaces). */
export const ANNOTE_SEPARATOR = '; '

/** Whether Zotero's BibTeX import cannot bring this value into its Zotero field from what we write. */
function bibtexCannot(type: string, variable: string): boolean {
  const row = fieldFor(type, variable)
  return row === undefined || row.bibtex === null || row.bibtex === 'note' || row.bibtexNotRead === true
}

/**
 * `annote`: the `variable: value` lines of the values Zotero's BibTeX import
 * cannot put in their Zotero field (a DOI in `doi` excepted: Zotero moves it
 * to Extra; not for a type it imports as another, a journal article, which
 * has a DOI field).
 */
function annote(item: CslItem, typeLines: readonly string[]): string | undefined {
  const sameType = typeFor(item.type)?.zoteroFromBibtex === undefined
  const written = (variable: string): boolean => sameType && fieldFor(item.type, variable)?.bibtex === 'doi'
  const lines = [...typeLines, ...unmappedLines(item, (variable) => bibtexCannot(item.type, variable), written)]
  return lines.length === 0 ? undefined : bibtexEscape(lines.join(ANNOTE_SEPARATOR))
}

function entry(original: CslItem): string {
  const {item, typeLines} = asWritten(original, 'bibtex')
  const out: Array<[string, string]> = []
  for (const row of FIELD_MAP) {
    const value = item[row.csl]
    if (value === undefined || value === null || value === '' || fieldFor(item.type, row.csl) !== row) continue
    for (const field of fields(row, value)) if (!out.some(([name]) => name === field[0])) out.push(field)
  }
  const n = note(item)
  if (n !== undefined) out.push(['note', n])
  const a = annote(item, typeLines)
  if (a !== undefined) out.push(['annote', a])
  const body = out.map(([name, value]) => (value.startsWith('\u0000') ? `  ${name} = ${value.slice(1)},` : `  ${name} = {${value}},`))
  return [`@${typeFor(item.type)?.bibtex ?? 'misc'}{${bibtexKey(item.id)},`, ...body, '}'].join('\n')
}

/** The items as BibTeX (UTF-8), keys = item ids (made safe), one entry per item. */
export function toBibtex(items: readonly CslItem[]): string {
  const clean = cleanItems(items)
  if (clean.length === 0) return ''
  return clean.map(entry).join('\n\n') + '\n'
}
