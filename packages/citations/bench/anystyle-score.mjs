// Scoring of the notes reader against the AnyStyle labelled references
// (../shared/data/anystyle-gold, BSD-2-Clause, © Sylvester Keil; see its
// ATTRIBUTION.md). Shared by bench/anystyle.mjs (built package) and
// test/anystyle.test.ts (sources). Reads nothing itself: records come in.

/** Chicago-like: no reference number, and a quoted title closed after its comma, or an imprint `(Place: Publisher, Year)`. */
export function chicagoLike(record) {
  if (record.fields['citation-number']) return false
  return /,”|,"\s/.test(record.text) || /\([^()]*: [^()]*\d{4}\)/.test(record.text)
}

const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^in\s+/, '')
    .replace(/[“”"‘’'«»()[\]]/g, '')
    .replace(/[–—‐-]/g, '-')
    .replace(/[\s.,:;]+/g, ' ')
    .trim()

const digits = (s) =>
  String(s ?? '')
    .replace(/[^\d–-]/g, '')
    .replace(/–/g, '-')

/**
 * Field accuracy: for each labelled field, the share of references where
 * our reading equals it (normalised: case, quotes, punctuation).
 */
export function scoreAnystyle(records, parseReference) {
  const fields = {title: [0, 0], author: [0, 0], container: [0, 0], publisher: [0, 0], place: [0, 0], year: [0, 0], volume: [0, 0], pages: [0, 0]}
  let read = 0
  for (const r of records) {
    const p = parseReference(r.text.replace(/[.\s]+$/, ''))
    if (p) read++
    const it = p?.item ?? {}
    const g = r.fields
    const check = (name, gold, ok) => {
      if (!gold) return
      fields[name][1]++
      if (ok) fields[name][0]++
    }
    check('title', g.title, norm(g.title) === norm(it.title))
    const first = (it.author ?? it.editor ?? [])[0]
    check('author', g.author, Boolean(first) && norm(g.author).includes(norm(first.family ?? first.literal)))
    const container = g.journal ?? g['container-title']
    check('container', container, norm(container) === norm(it['container-title']))
    check('publisher', g.publisher, norm(g.publisher) === norm(it.publisher))
    check('place', g.location, norm(g.location) === norm(it['publisher-place']))
    const year = /\d{4}/.exec(g.date ?? '')?.[0]
    check('year', year, String(it.issued?.['date-parts']?.[0]?.[0] ?? '') === year)
    check('volume', g.volume, /\d+/.exec(g.volume)?.[0] === String(it.volume ?? ''))
    check('pages', g.pages, digits(g.pages) !== '' && (digits(g.pages) === digits(it.page) || digits(g.pages) === digits(p?.locator)))
  }
  let correct = 0
  let total = 0
  for (const [ok, all] of Object.values(fields)) {
    correct += ok
    total += all
  }
  return {references: records.length, read, fields, accuracy: total ? correct / total : 0, total}
}
