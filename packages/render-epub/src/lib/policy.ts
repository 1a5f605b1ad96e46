import type {Element, ElementContent, Root, RootContent} from 'hast'
import type {Diagnostic} from '@octavo/tree'
import {classes, el, textOf, tx} from './hast.js'
import {cleanText} from './text.js'
import {spliceItems} from '@octavo/tree'

/** Links the book may keep: remote ones a reader can open. */
const remote = /^(?:https?:|mailto:)/i

type Parent = Root | Element

/** Where packaged images live in the container, relative to the content documents. */
export const packagedPrefix = 'images/'

/** Decides whether an image can be packaged; returns its path in the container. */
export interface ImagePackager {
  use(src: string, alt: string, position: Element['position']): string | undefined
}

/**
 * Make the content container-safe and well-formed XML:
 * - an image is packaged when its bytes were given (PNG, JPEG, GIF), otherwise
 *   it becomes its alternative text, with a warning;
 * - links to anything but the web, mail or an id of this document become their text;
 * - task-list check boxes become ☐/☑ (boolean attributes have no XML form here);
 * - table-cell `align` becomes a class;
 * - characters XML cannot carry are removed, with a warning.
 * Runs before sanitizing, so that diagnostics keep their source positions.
 */
export function applyPolicy(root: Root, diagnostics: Diagnostic[], images?: ImagePackager): void {
  walk(root, (node, parent, index) => {
    if (node.type === 'text') {
      node.value = cleanText(node.value, diagnostics, 'the text', node.position)
      return
    }
    if (node.type !== 'element') {
      if (node.type === 'comment' || node.type === 'doctype') parent.children.splice(index, 1)
      return
    }
    for (const [key, value] of Object.entries(node.properties)) {
      if (typeof value === 'string') node.properties[key] = cleanText(value, diagnostics, `the attribute ${key}`, node.position)
    }
    if (node.tagName === 'img') {
      const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'] : ''
      const src = String(node.properties['src'] ?? '')
      if (src.startsWith(packagedPrefix)) return // packaged already (a second pass)
      const packaged = images?.use(src, alt, node.position)
      if (packaged) {
        node.properties = {src: packaged, alt}
        return
      }
      const figure = parent.type === 'element' && parent.tagName === 'figure' && classes(parent).includes('figure')
      diagnostics.push({
        severity: 'warning',
        message: figure
          ? `figure "${src}": image not available; a placeholder with its caption and alternative text stands in its place`
          : `image "${src}" is not packaged in the EPUB; replaced with its alternative text`,
        position: node.position,
        source: 'render-epub:resources'
      })
      const replacement = el('span', {className: ['image-alt']}, alt ? [tx(`[${alt}]`)] : [])
      parent.children.splice(index, 1, replacement)
      return
    }
    if (node.tagName === 'input') {
      parent.children.splice(index, 1, tx(node.properties['checked'] ? '☑' : '☐'))
      return
    }
    if ((node.tagName === 'td' || node.tagName === 'th') && node.properties['align'] !== undefined) {
      const align = String(node.properties['align'])
      delete node.properties['align']
      if (/^(?:left|right|center|justify)$/.test(align)) node.properties['className'] = [...classes(node), `align-${align}`]
    }
    if (node.tagName === 'a' && typeof node.properties['href'] === 'string') {
      const href = node.properties['href']
      if (!remote.test(href) && !href.startsWith('#')) unwrapLink(node, parent, index, href, diagnostics)
    }
  })
}

/**
 * After sanitizing: unique ids (the renderer's own notes and sections win),
 * fragment links that point at an id of the document.
 */
export function finalizeDocument(root: Root, diagnostics: Diagnostic[]): void {
  // Unique ids: the renderer's own structure first, then the rest in order.
  const ids = new Set<string>()
  const own = (node: Element): boolean => node.properties['epub:type'] !== undefined || node.tagName === 'section' || classes(node).includes('csl-entry')
  for (const pass of [true, false]) {
    walk(root, (node) => {
      if (node.type !== 'element' || typeof node.properties['id'] !== 'string' || own(node) !== pass) return
      const id = node.properties['id']
      if (ids.has(id) || id === '') {
        if (id !== '') {
          diagnostics.push({
            severity: 'warning',
            message: `duplicate id "${id}" removed`,
            position: node.position,
            source: 'render-epub:content'
          })
        }
        delete node.properties['id']
      } else ids.add(id)
    })
  }

  // Fragment links must point at an id of the document.
  walk(root, (node, parent, index) => {
    if (node.type === 'element' && node.tagName === 'a' && typeof node.properties['href'] === 'string') {
      const href = node.properties['href']
      if (href.startsWith('#') && !ids.has(decodeFragment(href.slice(1)))) unwrapLink(node, parent, index, href, diagnostics)
    }
  })
}

/**
 * A character no document can contain once `applyPolicy` has run (U+FFFF is
 * removed from every text and attribute), used to carry `<` through
 * hast-util-to-html, which leaves `<` unescaped in attribute values (valid
 * HTML, not XML). `restoreLessThan` turns it into `&#x3C;` after serializing.
 */
const lessThanMark = '\uFFFF'

/** Mark every `<` in attribute values (see `restoreLessThan`). */
export function markLessThanInAttributes(root: Root): void {
  walk(root, (node) => {
    if (node.type !== 'element') return
    for (const [key, value] of Object.entries(node.properties)) {
      if (typeof value === 'string' && value.includes('<')) node.properties[key] = value.replaceAll('<', lessThanMark)
      else if (Array.isArray(value) && value.some((v) => typeof v === 'string' && v.includes('<'))) {
        node.properties[key] = value.map((v) => (typeof v === 'string' ? v.replaceAll('<', lessThanMark) : v))
      }
    }
  })
}

/** The serialized document with the marks of `markLessThanInAttributes` as references. */
export function restoreLessThan(xml: string): string {
  return xml.replaceAll(lessThanMark, '&#x3C;')
}

/** `]]>` is not allowed in XML character data: its `>` is written as a character reference. */
export function escapeCdataEnd(root: Root): void {
  walk(root, (node, parent, index) => {
    if (node.type !== 'text' || !node.value.includes(']]>')) return
    const pieces = node.value.split(']]>')
    const replacement: RootContent[] = []
    pieces.forEach((piece, i) => {
      if (i > 0) replacement.push({type: 'raw', value: ']]&#x3E;'})
      if (piece) replacement.push({type: 'text', value: piece})
    })
    spliceItems(parent.children, index, 1, replacement as ElementContent[])
  })
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}

function unwrapLink(node: Element, parent: Parent, index: number, href: string, diagnostics: Diagnostic[]): void {
  diagnostics.push({
    severity: 'warning',
    message: `link to "${href}" points outside the book; kept as text "${textOf(node)}"`,
    position: node.position,
    source: 'render-epub:resources'
  })
  parent.children.splice(index, 1, el('span', {className: ['link']}, node.children))
}

/**
 * Pre-order walk over a hast tree. The visitor may replace `node` at
 * `parent.children[index]` (with any number of nodes); the walk then visits
 * whatever now stands at that index, so replacements are visited too.
 */
function walk(root: Root, visit: (node: RootContent, parent: Parent, index: number) => void): void {
  const inner = (parent: Parent): void => {
    let index = 0
    while (index < parent.children.length) {
      const node = parent.children[index] as RootContent
      visit(node, parent, index)
      const now = parent.children[index]
      if (now !== node) continue
      if (node.type === 'element') inner(node)
      index++
    }
  }
  inner(root)
}
