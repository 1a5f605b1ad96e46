/**
 * The bibliography as mdast: a `bibliography` node whose `bibliographyEntry`
 * children hold phrasing content (`text`, `emphasis`, `link`), made from
 * citeproc's HTML through hast (`hast-util-from-html`, `hast-util-to-mdast`).
 */
import type {Root} from 'mdast'
import type {Bibliography, BibliographyEntry, CslItem} from '@octavo/tree'
import {entriesPhrasing} from './formatted-store.js'

export {entryPhrasing, htmlPhrasing} from './html-phrasing.js'
import {formatEntries, prepareForStyle, type StyleOptions} from './format.js'

export interface BibliographyNodeOptions extends StyleOptions {
  /** The heading; default `Bibliography`. */
  title?: string
}

/** The `bibliography` node of `items`, entries in the style's order. */
export function bibliographyNode(items: readonly CslItem[], options: BibliographyNodeOptions): Bibliography {
  const node: Bibliography = {type: 'bibliography', title: options.title ?? 'Bibliography', children: []}
  if (items.length === 0) return node
  const prepared = items.map((item) => prepareForStyle(item, options.diagnostics))
  const entries = entriesPhrasing(formatEntries(prepared, options))
  node.children = entries.map(([id, children]): BibliographyEntry => ({type: 'bibliographyEntry', id, children}))
  return node
}

/** Append the bibliography of `items` to the end of `tree` (nothing when there are no items). */
export function appendBibliography(tree: Root, items: readonly CslItem[], options: BibliographyNodeOptions): Root {
  if (items.length === 0) return tree
  tree.children.push(bibliographyNode(items, options))
  return tree
}
