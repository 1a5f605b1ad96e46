import type {Element, Root} from 'hast'
import type {Diagnostic} from '@octavo/tree'
import type {TocEntry} from './types.js'

/**
 * Make a content document's ids unique across a volume: every `id` gets
 * `prefix` (the article's file stem and `-`), and every fragment link of the
 * document (`#fn3`, `#introduction`, `#ref-doe2020`) and table-of-contents
 * entry is rewritten to match. Run after `finalizeDocument`, when every
 * fragment link points at an id of the document, so the links keep working;
 * reading systems and converters that merge the spine into one flow see no
 * clash between the notes `fn1` of two articles.
 */
export function prefixIds(root: Root, toc: TocEntry[], prefix: string, diagnostics: Diagnostic[]): void {
  if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(prefix)) {
    diagnostics.push({
      severity: 'warning',
      message: `id prefix "${prefix}" is not a letter followed by letters, digits, "_", "." or "-"; ids left as they are`,
      source: 'render-epub:content'
    })
    return
  }
  const walk = (node: Root | Element): void => {
    if (node.type === 'element') {
      const id = node.properties['id']
      if (typeof id === 'string' && id !== '') node.properties['id'] = prefix + id
      const href = node.properties['href']
      if (typeof href === 'string' && href.startsWith('#') && href.length > 1) node.properties['href'] = '#' + prefix + href.slice(1)
    }
    for (const child of node.children) if (child.type === 'element') walk(child)
  }
  walk(root)
  const entries = (list: TocEntry[]): void => {
    for (const entry of list) {
      entry.id = prefix + entry.id
      entries(entry.children)
    }
  }
  entries(toc)
}

/** Diagnostics of an article of a volume name its source file (`Diagnostic.file`). */
export function inFile(diagnostics: Diagnostic[], file: unknown): Diagnostic[] {
  if (typeof file !== 'string' || file === '') return diagnostics
  return diagnostics.map((diagnostic) => (diagnostic.file === undefined ? {...diagnostic, file} : diagnostic))
}
