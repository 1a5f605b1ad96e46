import {closingAt, closingMarks, roleMarks} from './lexicon.js'
import type {LabeledCitation} from './model/reader.js'

type Field = LabeledCitation['fields'][number]

/** What says a work is complete: it has a title and a date, publisher, place, volume or pages. */
const WHOLE = new Set<Field['field']>(['issued', 'publisher', 'publisher-place', 'volume', 'page'])

/**
 * What may stand between two works cited one after the other: a semicolon, a
 * sentence's end, or a conjunction (`; `, `. `, ` et `, ` and `, ` und `, ` y `,
 * ` e `, ` sowie `), nothing else.
 */
const BETWEEN_WORKS = /^\s*(?:[;.]\s*|[,;.]?\s+(?:et|and|und|y|e|sowie|ou|or|oder)\s+)$/u

/** An editor's mark after the names (`Haskell, T.L., Ed. The Authority of Experts`): the names are the next work's editors, not a new work's authors. */
const EDITOR_MARK_AFTER = new RegExp(`^\\s*,?\\s*[([]?\\s*(?:${roleMarks(['editor'], '', true)})\\b`, 'iu')

/** Where the next work starts inside a citation: the index of its authors' span, or -1. */
function nextWorkAt(text: string, fields: readonly Field[]): number {
  let titled = false
  let whole = false
  for (let j = 0; j < fields.length; j++) {
    const f = fields[j]!
    if (f.field === 'author' && titled && whole && j > 0) {
      const between = text.slice(fields[j - 1]!.end, f.start)
      const titleAfter = fields.slice(j + 1).some((g) => g.field === 'title' || g.field === 'container-title')
      if (BETWEEN_WORKS.test(between) && titleAfter && !EDITOR_MARK_AFTER.test(text.slice(f.end, f.end + 12))) return j
    }
    if (f.field === 'title' || f.field === 'container-title') titled = true
    else if (titled && WHOLE.has(f.field)) whole = true
  }
  return -1
}

/**
 * Two works the model read as one citation (`Pierre Bourdieu, Le sens
 * pratique, Paris, Minuit, 1980 et Pierre Bourdieu, Les structures sociales de
 * l’économie, Paris, Seuil, 2000`; `… München 2004. Jochen Oltmer, Migration
 * und Politik …`): once a citation has a title and its date, publisher,
 * place, volume or pages, names after a semicolon, a full stop or a
 * conjunction, followed by a title of their own, start the next citation.
 */
export function splitAtNextWork(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  const out: LabeledCitation[] = []
  for (const c of citations) {
    let rest = c
    for (let at = nextWorkAt(text, rest.fields); at > 0; at = nextWorkAt(text, rest.fields)) {
      const before = rest.fields.slice(0, at)
      out.push({...rest, end: before[before.length - 1]!.end, fields: before})
      rest = {...rest, start: rest.fields[at]!.start, fields: rest.fields.slice(at)}
    }
    out.push(rest)
  }
  return out
}

/**
 * A citation the model ended at the opening mark of a quoted title
 * (`… y Ferrer Aranda, «Guía de uso».`, the quotation read as outside it):
 * the quotation is its title, up to the mark that closes it (within the
 * clause: no `;` before it). Not after a mark that is also an apostrophe
 * (`Col. 154'`, `(2003) 'Un'Italia`).
 */
export function quotedTitleAfter(text: string, citations: readonly LabeledCitation[]): LabeledCitation[] {
  return citations.map((c) => {
    const open = text.slice(c.start, c.end).trimEnd().slice(-1)
    if (!closingMarks(open, false) || c.fields.some((f) => f.field === 'title')) return c
    const from = c.start + text.slice(c.start, c.end).trimEnd().length
    const at = closingAt(text, open, from, false)
    if (at < 0 || at - from > 300 || text.slice(from, at).includes(';')) return c
    const lead = text.slice(from, at).length - text.slice(from, at).trimStart().length
    const title = {field: 'title' as const, start: from + lead, end: from + text.slice(from, at).trimEnd().length, text: text.slice(from, at).trim()}
    if (title.text === '') return c
    return {...c, end: at + 1, fields: [...c.fields, title]}
  })
}
