import type {Element, ElementContent} from 'hast'
import type {Nodes, Parents} from 'mdast'
import type {State} from 'mdast-util-to-hast'
import {defaultHandlers} from 'mdast-util-to-hast'
import type {Citation, Diagnostic} from '@octavo/tree'
import {noteKey, type Note} from './notes.js'
import type {Labels} from './labels.js'
import {el, tx} from './hast.js'
import {embedFigure, embedText, figureElement, figureImage} from './figures.js'
import {append} from '@octavo/tree'

/** Cross-node state of one rendering (the handlers' shared object). */
export interface RenderContext {
  notes: Map<string, Note>
  /** Body citations that are notes (`data.noteNumber`). */
  citationNotes: Map<Citation, Note>
  /** Rendered bodies of the notes, by key, filled by the `footnoteDefinition` handler. */
  bodies: Map<string, ElementContent[]>
  /** Rendered acknowledgment note (`titleNote`), if the tree has one. */
  titleNote: ElementContent[] | undefined
  /** Added to a heading's depth so that the shallowest one becomes `h2`. */
  headingOffset: number
  labels: Labels
  diagnostics: Diagnostic[]
}

type Result = ElementContent | ElementContent[] | undefined
/** One handler per node type of the Octavo tree (mdast and ours). */
export type HandlerMap = {
  [Type in Nodes['type']]: (state: State, node: Extract<Nodes, {type: Type}>, parent: Parents | undefined) => Result
}

/** The id of a note and of its `n`th reference. */
export const noteId = (number: number): string => `fn${number}`
export const noteRefId = (number: number, n: number): string => `fnref${number}${n > 1 ? `-${n}` : ''}`
export const titleNoteId = 'fn-title'
export const titleNoteRefId = 'fnref-title'

/** A note reference: `<sup class="noteref"><a epub:type="noteref" …>12</a></sup>`. */
export function noteref(href: string, id: string, label: string): Element {
  return el('sup', {className: ['noteref']}, [el('a', {'epub:type': 'noteref', role: 'doc-noteref', href: '#' + href, id}, [tx(label)])])
}

/** A safe fragment identifier from an arbitrary string. */
export function safeId(value: string): string {
  return value.replace(/[^A-Za-z0-9_.-]+/g, '-')
}

/**
 * The handler map. `satisfies HandlerMap` makes a node type added to the
 * tree's union fail the type check until it is handled here.
 */
export function createHandlers(context: RenderContext) {
  return {...textHandlers(context), ...noteHandlers(context), ...partHandlers(context)} satisfies HandlerMap
}

/** The text's handlers: mdast-util-to-hast's own, with figures, embeds, headerless tables, headings from `h2` and section breaks. */
function textHandlers(context: RenderContext) {
  const ignore = (): undefined => undefined
  return {
    blockquote: defaultHandlers.blockquote,
    break: defaultHandlers.break,
    code: defaultHandlers.code,
    delete: defaultHandlers.delete,
    emphasis: defaultHandlers.emphasis,
    html: defaultHandlers.html,
    image(state, node) {
      if (!node.data?.embed) return defaultHandlers.image(state, node)
      // Embedded content (an iframe) inline: its placeholder text, linked to its address.
      const text = tx(`[${embedText(node, context.labels)}]`)
      const result = el('span', {className: ['image-alt', 'embed']}, [node.url ? el('a', {href: node.url}, [text]) : text])
      state.patch(node, result)
      return result
    },
    imageReference: defaultHandlers.imageReference,
    inlineCode: defaultHandlers.inlineCode,
    link: defaultHandlers.link,
    linkReference: defaultHandlers.linkReference,
    list: defaultHandlers.list,
    listItem: defaultHandlers.listItem,
    paragraph(state, node) {
      const image = figureImage(node)
      if (!image) return defaultHandlers.paragraph(state, node)
      if (image.data?.embed) {
        const result = embedFigure(image, context.labels)
        state.patch(node, result)
        return result
      }
      const img = defaultHandlers.image(state, image)
      state.patch(image, img)
      const result = figureElement(img, image.title ?? '')
      state.patch(node, result)
      return result
    },
    root: (state, node) => state.wrap(state.all(node), true) as ElementContent[],
    strong: defaultHandlers.strong,
    table(state, node) {
      const result = defaultHandlers.table(state, node)
      return node.data?.headerless ? headerless(result) : result
    },
    tableRow: defaultHandlers.tableRow,
    tableCell: defaultHandlers.tableCell,
    text: defaultHandlers.text,
    yaml: ignore,
    definition: ignore,

    heading(state, node) {
      const given = Number.isInteger(node.depth) ? node.depth : 1
      const depth = Math.min(6, Math.max(2, given + context.headingOffset))
      const result = el(`h${depth}`, {}, state.all(node))
      state.patch(node, result)
      return result
    },

    thematicBreak(state, node) {
      const result = el('hr', {className: ['section-break']})
      state.patch(node, result)
      return result
    },

    sectionBreak(state, node) {
      const result = el('hr', {className: ['section-break']})
      state.patch(node, result)
      return result
    }
  } satisfies Partial<HandlerMap>
}

/** Notes: references (footnotes, and citations made notes), the bodies of their definitions, the title note; each note's body goes to `context.bodies`. */
function noteHandlers(context: RenderContext) {
  return {
    footnoteReference(state, node) {
      const note = context.notes.get(noteKey(node))
      if (!note) return tx(`[^${node.label ?? node.identifier}]`)
      note.references++
      const result = noteref(noteId(note.number), noteRefId(note.number, note.references), String(note.number))
      state.patch(node, result)
      return result
    },

    footnoteDefinition(state, node) {
      const key = noteKey(node)
      if (!context.bodies.has(key) && context.notes.get(key)?.definition === node) {
        // Re-styled notes (`--restyle-notes`): the formatted text replaces the source's.
        const restyled = node.data?.restyled
        const body = Array.isArray(restyled) ? [state.one({type: 'paragraph', children: restyled}, node)].flat().filter((x) => x !== undefined) : state.all(node)
        context.bodies.set(key, body)
      }
      return undefined
    },

    titleNote(state, node) {
      if (context.titleNote) {
        context.diagnostics.push({
          severity: 'warning',
          message: 'the tree has more than one title note; they are joined',
          position: node.position,
          source: 'render-epub:notes'
        })
        append(context.titleNote, state.all(node))
      } else context.titleNote = state.all(node)
      return undefined
    },

    citation(state, node) {
      const maybeChildren = (node as unknown as {children?: unknown}).children
      const children: ElementContent[] = Array.isArray(maybeChildren) ? state.all(node as unknown as Parents) : [tx(String(node.value ?? ''))]
      const keys = (Array.isArray(node.items) ? node.items : []).map((item) => String(item?.key ?? '')).join(' ')
      const span = el('span', {className: ['citation'], dataCites: keys}, children)
      state.patch(node, span)
      const note = context.citationNotes.get(node)
      if (!note) return span
      // A citation the citations step made a note of: a note reference here, the citation in the note.
      note.references++
      context.bodies.set(note.key, [el('p', {}, [span])])
      const result = noteref(noteId(note.number), noteRefId(note.number, note.references), String(note.number))
      state.patch(node, result)
      return result
    }
  } satisfies Partial<HandlerMap>
}

/** The parts of a document: the abstract, bibliography and its entries, credits, an article met in place. */
function partHandlers(context: RenderContext) {
  return {
    abstract(state, node) {
      const result = el('section', {className: ['abstract'], 'epub:type': 'abstract', role: 'doc-abstract', ariaLabel: context.labels.abstract}, state.wrap(state.all(node), true))
      state.patch(node, result)
      return result
    },

    bibliography(state, node) {
      const entries = state.all(node)
      const result = el('section', {className: ['bibliography'], id: 'bibliography', 'epub:type': 'bibliography', role: 'doc-bibliography'}, [
        el('h2', {}, [tx(node.title || context.labels.bibliography)]),
        el('ul', {className: ['bibliography-entries']}, entries)
      ])
      state.patch(node, result)
      return result
    },

    credits(state, node) {
      // A volume's credits (back matter): each article's source and licence, one paragraph each.
      const result = el('section', {className: ['credits'], id: 'credits', 'epub:type': 'credits', role: 'doc-credits'}, [el('h2', {}, [tx(context.labels.credits)]), ...state.all(node)])
      state.patch(node, result)
      return result
    },

    article(state, node) {
      // `renderEpub` writes each article of a volume as its own document; an
      // article met here (toXhtml on a volume, or nested) keeps its content.
      context.diagnostics.push({
        severity: 'warning',
        message: 'an article node inside a content document: its content is rendered in place (renderEpub writes each article of a volume as its own document)',
        position: node.position,
        source: 'render-epub:content'
      })
      const result = el('section', {className: ['article']}, state.wrap(state.all(node), true))
      state.patch(node, result)
      return result
    },

    bibliographyEntry(state, node) {
      const result = el('li', {id: 'ref-' + safeId(String(node.id ?? '')), className: ['csl-entry']}, state.all(node))
      state.patch(node, result)
      return result
    }
  } satisfies Partial<HandlerMap>
}

/** Unknown node types: a warning, and their content kept when they have any. */
export function createUnknownHandler(context: RenderContext) {
  return (state: State, node: Nodes): Result => {
    context.diagnostics.push({
      severity: 'warning',
      message: `unknown node type "${node.type}": rendered its content only`,
      position: node.position,
      source: 'render-epub:content'
    })
    if ('children' in node && Array.isArray(node.children)) return state.all(node as Parents)
    if ('value' in node && typeof node.value === 'string') return tx(node.value)
    return undefined
  }
}

/**
 * The handlers, each honouring `data.lang` (a passage whose language the
 * source names, `<span lang="fr">`, `<p lang="de">`): the element it makes
 * gets `lang` and `xml:lang`; a text becomes `<span lang xml:lang>`.
 */
export function withLang(handlers: HandlerMap): HandlerMap {
  const marked = (node: Nodes, result: Result): Result => {
    const lang = node.data?.lang
    if (typeof lang !== 'string' || lang === '' || result === undefined) return result
    const one = (child: ElementContent): ElementContent => {
      if (child.type === 'element') {
        child.properties = {...child.properties, lang, xmlLang: lang}
        return child
      }
      return child.type === 'text' ? el('span', {lang, xmlLang: lang}, [child]) : child
    }
    return Array.isArray(result) ? result.map(one) : one(result)
  }
  return Object.fromEntries(
    Object.entries(handlers).map(([type, handle]) => [
      type,
      (state: State, node: Nodes, parent: Parents | undefined) => marked(node, (handle as (state: State, node: Nodes, parent: Parents | undefined) => Result)(state, node, parent))
    ])
  ) as HandlerMap
}

/** A table the source gave no header (`data.headerless`): its first row, which `thead` holds as `th` cells, is a body row of `td` cells. */
function headerless(table: Element): Element {
  const parts = table.children.filter((child): child is Element => child.type === 'element')
  const head = parts.find((part) => part.tagName === 'thead')
  if (!head) return table
  for (const row of head.children) if (row.type === 'element') for (const cell of row.children) if (cell.type === 'element' && cell.tagName === 'th') cell.tagName = 'td'
  const body = parts.find((part) => part.tagName === 'tbody')
  if (!body) {
    head.tagName = 'tbody'
    return table
  }
  body.children = [...head.children.filter((child) => child.type === 'element' || child !== head.children.at(-1)), ...body.children]
  const at = table.children.indexOf(head)
  table.children.splice(at, table.children[at + 1]?.type === 'text' ? 2 : 1)
  return table
}
