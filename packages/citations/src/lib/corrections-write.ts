/**
 * Writing a correction into a corrections file (corrections.ts) the way an
 * editor would: text in, text out, no I/O. The file is edited through the
 * `yaml` package's Document API, so its comments, its order and the way each
 * entry is written (block or flow) stay as they were (white space before a
 * comment becomes one space); only the entry of the correction's
 * citation changes, or a new one is added at the end with the citation's
 * text as a comment. `octavo review` saves with it.
 */
import {isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document} from 'yaml'
import {CORRECTIONS_VERSION, type CitationKey, type Correction, type FieldValue} from './corrections.js'

/** What a new operation takes out of the entry it is written into, as `parseCorrections` requires. */
export const WRITE_REPLACES: ReadonlyArray<{operation: string; removes: readonly string[]; why: string}> = [
  {operation: 'set', removes: ['commentary', 'split'], why: 'commentary and split stand alone'},
  {operation: 'commentary', removes: ['set', 'cites', 'same-work-as', 'split'], why: 'a dropped citation has nothing to set or point at'},
  {operation: 'split', removes: ['set', 'cites', 'same-work-as', 'commentary'], why: 'the parts are corrected in entries of their own'},
  {operation: 'cites', removes: ['same-work-as', 'commentary', 'split'], why: 'cites and same-work-as exclude each other'},
  {operation: 'same-work-as', removes: ['cites', 'commentary', 'split'], why: 'cites and same-work-as exclude each other'}
]

/** At most this many characters of the citation's text in the comment of a new entry. */
const COMMENT_LENGTH = 60

/**
 * `text` (a corrections file, or '' for none yet) with `correction` written
 * in: into the entry of its citation when there is one (a field of `set`
 * replaces the same field, others are kept), else as a new entry at the end.
 * `citationText` becomes the new entry's comment. Throws on a file that is
 * not a corrections file (check it with `parseCorrections` first).
 */
export function writeCorrection(text: string, correction: Correction, citationText?: string): string {
  const document = text.trim() === '' ? parseDocument(`octavo-corrections: ${CORRECTIONS_VERSION}\ncorrections:\n`) : parseDocument(text)
  const list = corrections(document)
  const entry = list.items.find((item): item is YAMLMap => isMap(item) && sameKey(item, correction.at)) ?? newEntry(document, list, correction.at, citationText)
  for (const [operation, value] of operations(correction)) {
    for (const removed of WRITE_REPLACES.find((r) => r.operation === operation)!.removes) entry.delete(removed)
    if (operation === 'set') setFields(document, entry, value as Record<string, FieldValue>)
    else entry.set(operation, document.createNode(value, {flow: operation !== 'split'}))
  }
  return document.toString({lineWidth: 0, flowCollectionPadding: false})
}

/** The operations of a correction as the file's keys, in the file's order. */
function operations(correction: Correction): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = []
  if (correction.commentary) out.push(['commentary', true])
  if (correction.split) out.push(['split', correction.split])
  if (correction.cites) out.push(['cites', keyValue(correction.cites)])
  if (correction.sameWorkAs) out.push(['same-work-as', keyValue(correction.sameWorkAs)])
  if (correction.set) out.push(['set', correction.set])
  return out
}

/** The file's `corrections` list (made when the file has none, or an empty one). */
function corrections(document: Document): YAMLSeq {
  if (!isMap(document.contents)) throw new Error('not a corrections file: its top is not a map')
  const list = document.get('corrections')
  if (isSeq(list)) {
    list.flow = false
    return list
  }
  if (list !== undefined && list !== null && !(isScalar(list) && list.value === null)) throw new Error('not a corrections file: corrections is not a list')
  const made = new YAMLSeq()
  document.set('corrections', made)
  return made
}

function keyValue(key: CitationKey): Record<string, unknown> {
  return {note: key.note, citation: key.citation, ...(key.index === undefined ? {} : {index: key.index})}
}

/** Whether an entry of the file names the citation of `key`. */
function sameKey(entry: YAMLMap, key: CitationKey): boolean {
  const hash = entry.get('citation', true)
  const written = isScalar(hash) ? (hash.type === 'PLAIN' && typeof hash.source === 'string' ? hash.source : String(hash.value)) : undefined
  const index = entry.get('index')
  return entry.get('note') === key.note && written === key.citation && (index ?? undefined) === key.index
}

/** A new entry at the end of the list: `note`, `citation` (the citation's text as its comment), `index`. */
function newEntry(document: Document, list: YAMLSeq, key: CitationKey, citationText: string | undefined): YAMLMap {
  const entry = new YAMLMap()
  entry.set('note', key.note)
  const hash = new Scalar(key.citation)
  // A hash of digits only (`00120034`) would be a number to YAML.
  if (/^\d+$/.test(key.citation) || /^\d*e\d+$/i.test(key.citation)) hash.type = Scalar.QUOTE_DOUBLE
  if (citationText !== undefined) hash.comment = ` ${shortened(citationText)}`
  entry.set('citation', hash)
  if (key.index !== undefined) entry.set('index', key.index)
  list.add(entry)
  return entry
}

function shortened(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim()
  return one.length <= COMMENT_LENGTH ? one : `${one.slice(0, COMMENT_LENGTH - 1).trimEnd()}…`
}

/** The fields into the entry's `set`: names and dates as the file writes them (`[{family: An}]`, `1996-05`). */
function setFields(document: Document, entry: YAMLMap, fields: Record<string, FieldValue>): void {
  let set = entry.get('set')
  if (!isMap(set)) {
    set = new YAMLMap()
    entry.set('set', set)
  }
  for (const [field, value] of Object.entries(fields)) {
    const written = value !== null && typeof value === 'object' && !Array.isArray(value) ? dateText(value) : value
    ;(set as YAMLMap).set(field, document.createNode(written, {flow: true}))
  }
}

/** A CSL date as the file writes it: `1996`, `1996-05-12`, a range `1950/1962`. */
function dateText(date: {'date-parts': number[][]}): string {
  return date['date-parts'].map(([year, ...rest]) => [String(year).padStart(4, '0'), ...rest.map((n) => String(n).padStart(2, '0'))].join('-')).join('/')
}
