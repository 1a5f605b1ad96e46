import type {Root} from 'mdast'
import type {Diagnostic} from '@octavo/tree'
import {boundDepth} from '@octavo/tree'
import {boundHtmlDepth} from './html-depth.js'
import {limits} from './limits.js'

/** Fields that mdast gives as strings (coerced when a tree has something else there). */
const stringFields = ['value', 'url', 'alt', 'lang', 'meta', 'label', 'identifier'] as const
/** Parent node types: their `children` must be an array. */
const parents = new Set([
  'root',
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'footnoteDefinition',
  'abstract',
  'titleNote',
  'bibliography',
  'bibliographyEntry',
  'article',
  'credits'
])
/** String fields a node type cannot do without. */
const required: Readonly<Record<string, readonly string[]>> = {
  link: ['url'],
  image: ['url'],
  definition: ['url', 'identifier'],
  linkReference: ['identifier'],
  imageReference: ['identifier'],
  footnoteReference: ['identifier'],
  footnoteDefinition: ['identifier'],
  bibliographyEntry: ['id']
}
/** Literal node types: their `value` must be a string. */
const literals = new Set(['text', 'html', 'code', 'inlineCode', 'yaml', 'citation'])

/**
 * A shallow-copied tree that the handlers can walk without throwing: nodes
 * without a `type` are left out, `children` that are not arrays become empty,
 * string fields that are not strings become strings, a `title` or `align` of
 * the wrong kind is dropped. Each repair is a warning. The input is not changed.
 */
export function normalizeTree(input: unknown, diagnostics: Diagnostic[]): Root {
  const {tree, collapsed} = boundDepth(input, limits.treeDepth.value)
  if (collapsed) {
    const what = collapsed.count === 1 ? 'one part of the document is' : `${collapsed.count} parts of the document are`
    diagnostics.push({
      severity: 'warning',
      message: `${what} nested more than ${limits.treeDepth.value} levels deep: rendered as plain text below that level`,
      position: collapsed.position,
      source: 'render-epub:content'
    })
  }
  const root = repairTree(tree, diagnostics)
  const dropped = boundHtmlDepth(root, limits.htmlDepth.value)
  if (dropped > 0) {
    diagnostics.push({
      severity: 'warning',
      message: `raw HTML nested more than ${limits.htmlDepth.value} elements deep: ${dropped} tag${dropped === 1 ? '' : 's'} beyond that level dropped (their text kept)`,
      source: 'render-epub:content'
    })
  }
  return root
}

/** The tree made safe to walk (see `normalizeTree`); recursive, so after `boundDepth`. */
function repairTree(tree: unknown, diagnostics: Diagnostic[]): Root {
  let repairs = 0
  const fix = (node: unknown): Record<string, unknown> | undefined => {
    if (!node || typeof node !== 'object' || typeof (node as {type?: unknown}).type !== 'string') {
      repairs++
      return undefined
    }
    const copy: Record<string, unknown> = {...(node as Record<string, unknown>)}
    const type = copy['type'] as string
    if (parents.has(type) && !('children' in copy)) {
      repairs++
      copy['children'] = []
    }
    for (const field of required[type] ?? []) {
      if (typeof copy[field] !== 'string') {
        repairs++
        copy[field] = String(copy[field] ?? '')
      }
    }
    if ('children' in copy) {
      if (Array.isArray(copy['children'])) {
        copy['children'] = (copy['children'] as unknown[]).map(fix).filter((child) => child !== undefined)
      } else {
        repairs++
        copy['children'] = []
      }
    }
    for (const field of stringFields) {
      const value = copy[field]
      if (value !== undefined && value !== null && typeof value !== 'string') {
        repairs++
        copy[field] = String(value)
      }
    }
    if (literals.has(copy['type'] as string) && typeof copy['value'] !== 'string') {
      repairs++
      copy['value'] = String(copy['value'] ?? '')
    }
    if ('title' in copy && copy['title'] !== null && copy['title'] !== undefined && typeof copy['title'] !== 'string') {
      repairs++
      delete copy['title']
    }
    if ('align' in copy && !Array.isArray(copy['align'])) {
      repairs++
      delete copy['align']
    }
    if ('data' in copy && (copy['data'] === null || typeof copy['data'] !== 'object')) {
      repairs++
      delete copy['data']
    }
    const data = copy['data'] as Record<string, unknown> | undefined
    if (data && 'restyled' in data) {
      // A re-styled note's phrasing is rendered too.
      const restyled = Array.isArray(data['restyled']) ? (data['restyled'] as unknown[]).map(fix).filter((n) => n !== undefined) : undefined
      if (!restyled) repairs++
      copy['data'] = {...data, restyled}
    }
    return copy
  }
  const root = fix(tree) ?? {type: 'root', children: []}
  if (root['type'] !== 'root' || !Array.isArray(root['children'])) {
    repairs++
    root['type'] = 'root'
    root['children'] = Array.isArray(root['children']) ? root['children'] : []
  }
  if (repairs > 0) {
    diagnostics.push({
      severity: 'warning',
      message: `the tree has ${repairs} malformed node${repairs === 1 ? '' : 's'} or field${repairs === 1 ? '' : 's'} (repaired or left out)`,
      source: 'render-epub:content'
    })
  }
  return root as unknown as Root
}
