import type {CslItem, Diagnostic} from '@octavo/parser'
import {readWithCiteJs} from './cite-js.js'

export type BibliographyFormat = 'csl-json' | 'bibtex' | 'ris'

const FORCE_TYPE = {
  'csl-json': '@csl/list+object',
  bibtex: '@biblatex/text',
  ris: '@ris/file'
} as const

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
 * read with citation-js. Unreadable data is an error diagnostic, never a throw.
 */
export function readBibliography(text: string, format: BibliographyFormat): {items: CslItem[]; diagnostics: Diagnostic[]} {
  const diagnostics: Diagnostic[] = []
  let items: CslItem[]
  try {
    items = readWithCiteJs(text, FORCE_TYPE[format])
  } catch (error) {
    diagnostics.push({severity: 'error', message: `cannot read the bibliography as ${format}: ${(error as Error).message.split('\n')[0]}`, source: 'citations:bibliography'})
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
