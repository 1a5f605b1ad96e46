import type {CslItem, Diagnostic} from '@octavo/tree'
import {parse as parseJson, printParseErrorCode, type ParseError} from 'jsonc-parser'
import {readWithCiteJs} from './cite-js.js'
import {checkCslJson} from './csl-json-check.js'

export type BibliographyFormat = 'csl-json' | 'bibtex' | 'ris'

const FORCE_TYPE = {
  'csl-json': '@csl/list+object',
  bibtex: '@biblatex/text',
  ris: '@ris/file'
} as const

/** What a bibliography of each format must look like, for the message when citation-js cannot read one. */
const FORMAT_SHAPES: Record<BibliographyFormat, string> = {
  'csl-json': 'expected a JSON array of CSL items (objects with "id" and "type")',
  bibtex: 'expected BibTeX entries (@book{key, title = {…}, …})',
  ris: 'expected RIS records (TY  - BOOK … ER  - )'
}

/**
 * The first syntax error of a CSL-JSON file, at its line and column, named
 * by what was expected (never by what was found: the file's text is not quoted).
 */
function jsonProblems(text: string): Diagnostic[] {
  const errors: ParseError[] = []
  parseJson(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false})
  const first = errors[0]
  if (!first) return []
  const before = text.slice(0, first.offset).split('\n')
  const point = {line: before.length, column: (before.at(-1)?.length ?? 0) + 1, offset: first.offset}
  return [{severity: 'error', message: `invalid JSON: ${readableJsonError(printParseErrorCode(first.error))}`, position: {start: point, end: point}, source: 'citations:bibliography'}]
}

/** jsonc-parser's error codes (`PropertyNameExpected`) as words (`property name expected`). */
function readableJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

/** The format of a bibliography file by its extension (`.json`, `.bib`, `.ris`), or undefined. */
export function bibliographyFormat(fileName: string): BibliographyFormat | undefined {
  const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1]
  if (extension === 'json') return 'csl-json'
  if (extension === 'bib' || extension === 'bibtex') return 'bibtex'
  if (extension === 'ris') return 'ris'
  return undefined
}

/**
 * A bibliography file's text (CSL-JSON, BibTeX or RIS) into CSL-JSON items,
 * read with citation-js. Unreadable data is an error diagnostic, never a throw;
 * so is a CSL-JSON variable of the wrong kind (`checkCslJson`), at its line.
 */
export function readBibliography(text: string, format: BibliographyFormat): {items: CslItem[]; diagnostics: Diagnostic[]} {
  const diagnostics: Diagnostic[] = format === 'csl-json' ? jsonProblems(text) : []
  if (diagnostics.length > 0) return {items: [], diagnostics}
  let data = text
  if (format === 'csl-json') {
    const checked = checkCslJson(text)
    if (checked.diagnostics.length > 0) return {items: [], diagnostics: checked.diagnostics}
    data = JSON.stringify(checked.items)
  }
  let items: CslItem[]
  try {
    items = readWithCiteJs(data, FORCE_TYPE[format])
  } catch {
    // citation-js's messages may quote the file: a bibliography path can name any file, so they are not passed on.
    diagnostics.push({severity: 'error', message: `cannot read the bibliography as ${format}: ${FORMAT_SHAPES[format]}`, source: 'citations:bibliography'})
    return {items: [], diagnostics}
  }
  const seen = new Set<string>()
  items = items.filter((item, index) => {
    if (typeof item.id !== 'string' && typeof item.id !== 'number') {
      diagnostics.push({severity: 'warning', message: `bibliography entry ${index + 1} has no id (citation key); skipped`, source: 'citations:bibliography'})
      return false
    }
    item.id = String(item.id)
    if (seen.has(item.id)) {
      diagnostics.push({severity: 'warning', message: `citation key '${item.id}' appears twice in the bibliography; the first entry is used`, source: 'citations:bibliography'})
      return false
    }
    seen.add(item.id)
    return true
  })
  return {items, diagnostics}
}
