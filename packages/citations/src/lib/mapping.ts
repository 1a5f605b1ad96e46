/**
 * The mapping tables between CSL-JSON, RIS, BibTeX and Zotero, as data.
 *
 * `FIELD_MAP` is what the README's table shows (a test checks the two agree),
 * what the RIS and BibTeX writers write, what the CSL-JSON writer reads to
 * know which values Zotero has no field for (those go to Extra as
 * `variable: value` lines), and what the Zotero integration test
 * (`apps/cli/test/zotero.test.ts`) compares Zotero's imported items against.
 *
 * What we relied on (Zotero's import translators `RIS.js`, `BibTeX.js`, `CSL
 * JSON.js` and its schema v29, run in `../shared/zotero-import/`): a value of a
 * field the item type lacks is dropped on save; a CSL name variable whose
 * creator type the item type lacks becomes an author; CSL-JSON `raw` and
 * `literal` dates are kept as written; CSL particles and suffixes are not
 * read; RIS `N1` becomes a child note, `DA` is kept as written when it is not
 * `YYYY/MM/DD/`, `AU` is split at its first comma; BibTeX `note` becomes a
 * child note, unknown fields are dropped, `url` is read raw, line breaks in a
 * value become spaces, and `doi` on a type without DOI goes to Extra.
 */

/** One CSL variable and where it goes in each format. `null`: nowhere. */
export interface FieldMapping {
  /** CSL-JSON variable name, as Zotero's CSL-JSON import reads it. */
  csl: string
  /** CSL types this row is about (all others when absent). */
  types?: readonly string[]
  /** RIS tag we write; null: a `variable: value` line in `N1` (a child note in Zotero) instead. */
  ris: string | null
  /**
   * BibTeX field we write; null: no field (BibTeX cannot carry it; `note`:
   * folded into the note). Values Zotero's BibTeX import cannot read back
   * into their Zotero field are also `variable: value` lines in `annote`.
   */
  bibtex: string | null
  /**
   * Zotero's field for it on the item type (`creators/<type>` for names), as
   * Zotero's API JSON names it; null: the item type has none, so the value is
   * written to Extra (CSL-JSON) or `N1` (RIS) as a `variable: value` line.
   */
  zotero: string | null
  /**
   * true: Zotero's BibTeX import does not read the BibTeX field back into the
   * Zotero field (it drops it, or files it in another field), so the BibTeX
   * writer also writes the value as a `variable: value` line in `annote`.
   */
  bibtexNotRead?: true
}

const row = (csl: string, types: readonly string[] | undefined, ris: string | null, bibtex: string | null, zotero: string | null): FieldMapping =>
  types === undefined ? {csl, ris, bibtex, zotero} : {csl, types, ris, bibtex, zotero}

/** A row whose BibTeX field Zotero's BibTeX import does not read back (`bibtexNotRead`). */
const unread = (mapping: FieldMapping): FieldMapping => ({...mapping, bibtexNotRead: true})

export const FIELD_MAP: readonly FieldMapping[] = [
  row('id', undefined, 'ID', '(entry key)', null),
  row('title', ['legal_case'], 'TI', 'title', 'caseName'),
  row('title', ['legislation'], 'TI', null, 'nameOfAct'),
  row('title', undefined, 'TI', 'title', 'title'),
  unread(row('author', ['software'], 'AU', 'author', 'creators/programmer')),
  row('author', ['map'], 'AU', null, 'creators/cartographer'),
  row('author', ['bill'], 'A2', null, 'creators/sponsor'), // RIS.js: A2 of BILL is the sponsor, Zotero's CSL export writes it as author
  row('author', ['interview'], null, null, 'creators/interviewee'),
  row('author', undefined, 'AU', 'author', 'creators/author'),
  row('interviewer', ['interview'], null, null, 'creators/interviewer'),
  row('interviewer', undefined, null, null, null),
  row('recipient', ['personal_communication'], 'A2', null, 'creators/recipient'),
  row('recipient', undefined, null, null, null),
  row('editor', ['book'], 'A3', 'editor', 'creators/editor'),
  row('editor', ['chapter', 'article-journal', 'paper-conference', 'document', 'entry-encyclopedia'], 'A2', 'editor', 'creators/editor'),
  row('editor', ['article'], null, null, 'creators/editor'), // a preprint (Zotero: preprint, which has editors); RIS and BibTeX write it as a report
  row('editor', undefined, null, 'editor', null),
  row('translator', ['thesis', 'legal_case', 'software', 'post-weblog'], null, 'translator', null),
  row('translator', ['standard'], null, null, null), // Zotero's standard has authors and contributors only
  row('translator', ['dataset', 'legislation', 'bill', 'map', 'personal_communication'], null, null, null),
  row('translator', ['paper-conference'], null, 'translator', 'creators/translator'), // RIS.js reads A4 of CONF as a contributor
  row('translator', undefined, 'A4', 'translator', 'creators/translator'),
  row('container-title', ['article-journal', 'article-newspaper', 'article-magazine'], 'T2', 'journal', 'publicationTitle'),
  row('container-title', ['chapter'], 'T2', 'booktitle', 'bookTitle'),
  row('container-title', ['webpage'], 'T2', 'journal', 'websiteTitle'),
  row('container-title', ['post-weblog'], 'T2', 'journal', 'blogTitle'),
  row('container-title', ['entry-encyclopedia'], 'T2', 'booktitle', 'encyclopediaTitle'),
  row('container-title', ['paper-conference'], 'C3', 'booktitle', 'proceedingsTitle'),
  row('container-title', ['legal_case'], 'A2', null, 'reporter'),
  row('container-title', ['legislation', 'bill'], 'T2', null, 'code'),
  row('container-title', undefined, null, null, null),
  row('event-title', ['paper-conference'], 'T2', 'eventtitle', 'conferenceName'),
  row('event-title', undefined, null, null, null),
  unread(row('collection-title', ['report', 'software'], 'T2', 'series', 'seriesTitle')),
  row('collection-title', ['book'], 'T2', 'series', 'series'),
  row('collection-title', ['chapter', 'paper-conference'], 'T3', 'series', 'series'),
  row('collection-title', ['map'], 'T2', null, 'seriesTitle'),
  unread(row('collection-title', ['article-journal'], null, 'series', 'seriesTitle')),
  row('collection-title', ['article'], null, null, 'series'),
  row('collection-title', undefined, null, 'series', null),
  row('collection-number', ['book'], 'M1', 'number', 'seriesNumber'),
  row('collection-number', ['chapter'], 'SV', 'number', 'seriesNumber'),
  row('collection-number', ['article'], null, null, 'seriesNumber'),
  row('collection-number', undefined, null, null, null),
  row('number', ['report'], 'SN', 'number', 'reportNumber'),
  unread(row('number', ['legal_case'], 'SV', 'number', 'docketNumber')),
  row('number', ['dataset'], 'NV', null, 'identifier'),
  row('number', ['legislation'], 'M1', null, 'publicLawNumber'),
  row('number', ['bill'], 'M1', null, 'billNumber'),
  // a preprint's identifier (arXiv:2406.09246 [cs.RO]): Zotero's archiveID; a standard's designation (ISO/IEC 14443-3:2011)
  row('number', ['article'], null, null, 'archiveID'),
  row('number', ['standard'], null, null, 'number'),
  row('number', undefined, null, null, null),
  row('volume', ['legal_case'], 'VL', 'volume', 'reporterVolume'),
  row('volume', ['legislation'], 'VL', null, 'codeNumber'),
  row('volume', ['bill'], 'VL', null, 'codeVolume'),
  row('volume', ['dataset', 'map', 'interview', 'personal_communication'], null, null, null),
  row('volume', ['article-newspaper', 'manuscript', 'report', 'webpage', 'post-weblog', 'thesis', 'software', 'document'], null, 'volume', null),
  row('volume', ['article', 'standard'], null, null, null),
  row('volume', undefined, 'VL', 'volume', 'volume'),
  row('issue', ['article-journal', 'article-magazine'], 'IS', 'number', 'issue'),
  row('issue', ['article-newspaper'], 'IS', 'number', null),
  row('issue', undefined, null, null, null),
  row('page', ['legal_case'], 'SP', 'pages', 'firstPage'),
  row('page', ['bill'], 'SP', null, 'codePages'),
  row('page', ['book', 'manuscript', 'thesis', 'webpage', 'post-weblog', 'software', 'document'], null, null, null),
  row('page', ['dataset', 'map', 'interview', 'personal_communication'], null, null, null),
  row('page', ['article', 'standard'], null, null, null),
  row('page', undefined, 'SP', 'pages', 'pages'),
  row('number-of-pages', ['book', 'manuscript', 'thesis'], 'SP', 'pagetotal', 'numPages'),
  row('number-of-pages', ['standard'], null, null, 'numPages'),
  row('number-of-pages', undefined, null, 'pagetotal', null),
  row('issued', ['legal_case'], 'DA', 'date, year, month', 'dateDecided'),
  row('issued', ['legislation'], 'DA', null, 'dateEnacted'),
  row('issued', undefined, 'DA', 'date, year, month', 'date'),
  row('accessed', undefined, 'Y2', 'urldate', 'accessDate'),
  row('publisher', ['report'], 'PB', 'institution', 'institution'),
  row('publisher', ['thesis'], 'PB', 'school', 'university'),
  row('publisher', ['software'], 'PB', 'publisher', 'company'),
  row('publisher', ['book', 'chapter', 'paper-conference', 'document', 'entry-encyclopedia'], 'PB', 'publisher', 'publisher'),
  row('publisher', ['dataset'], 'PB', null, 'repository'),
  row('publisher', ['map'], 'PB', null, 'publisher'),
  row('publisher', ['article'], null, null, 'repository'), // the preprint's repository (arXiv, bioRxiv, SSRN)
  row('publisher', ['standard'], null, null, 'publisher'),
  row('publisher', undefined, null, 'publisher', null),
  unread(row('authority', ['legal_case'], 'PB', 'institution', 'court')),
  row('authority', ['bill'], 'T3', null, 'legislativeBody'),
  row('authority', ['standard'], null, null, 'organization'), // the standard's body (ISO, DIN, NIST): Zotero's Organization
  row('authority', undefined, null, null, null),
  row('publisher-place', ['article-journal', 'article-magazine', 'webpage', 'post-weblog', 'legal_case', 'document'], null, 'address', null),
  row('publisher-place', ['dataset'], 'CY', null, 'repositoryLocation'),
  row('publisher-place', ['legislation', 'bill', 'interview', 'personal_communication'], null, null, null),
  row('publisher-place', undefined, 'CY', 'address', 'place'),
  row('edition', ['book', 'chapter', 'article-newspaper'], 'ET', 'edition', 'edition'),
  row('edition', ['map'], 'ET', null, 'edition'),
  row('edition', undefined, null, 'edition', null),
  row('section', ['article-newspaper'], 'SE', null, 'section'),
  row('section', ['legislation', 'bill'], 'SE', null, 'section'),
  row('version', ['software'], 'ET', 'version', 'versionNumber'),
  row('version', ['dataset'], 'ET', null, 'versionNumber'),
  row('version', ['standard'], null, null, 'versionNumber'), // a revision (NIST SP 800-171 Rev. 2)
  row('version', undefined, null, null, null),
  row('status', ['standard'], null, null, 'status'), // a draft (Draft, Entwurf)
  row('status', undefined, null, null, null),
  row('URL', undefined, 'UR', 'url', 'url'),
  row('DOI', ['article-journal', 'paper-conference'], 'DO', 'doi', 'DOI'),
  row('DOI', ['dataset'], 'DO', null, 'DOI'),
  row('DOI', ['article', 'standard'], null, null, 'DOI'),
  row('DOI', undefined, 'DO', 'doi', null),
  row('ISBN', ['book', 'chapter', 'software', 'paper-conference'], 'SN', 'isbn', 'ISBN'),
  row('ISBN', ['map'], 'SN', null, 'ISBN'),
  row('ISSN', ['article-journal', 'article-magazine', 'article-newspaper'], 'SN', 'issn', 'ISSN'),
  row('language', ['software'], 'LA', 'language', null),
  row('language', undefined, 'LA', 'language', 'language'),
  row('genre', ['manuscript'], 'M3', 'type', 'manuscriptType'),
  row('genre', ['report'], 'M3', 'type', 'reportType'),
  row('genre', ['thesis'], 'M3', 'type', 'thesisType'),
  row('genre', ['webpage'], 'M3', 'type', 'websiteType'),
  row('genre', ['dataset'], null, null, 'type'),
  row('genre', ['standard'], null, null, 'type'),
  row('genre', ['article'], null, null, 'genre'), // Preprint, as the note says
  row('genre', ['map'], 'M3', null, 'mapType'),
  row('genre', ['personal_communication'], 'M3', null, 'letterType'),
  row('genre', undefined, null, 'type', null),
  row('medium', ['dataset'], null, null, 'format'),
  row('medium', ['interview'], null, null, 'interviewMedium'),
  row('medium', undefined, null, null, null),
  row('scale', ['map'], 'C1', null, 'scale'),
  row('scale', undefined, null, null, null),
  row('archive', ['webpage', 'post-weblog', 'legal_case'], null, 'note', null),
  row('archive', ['legislation', 'bill'], null, null, null),
  row('archive', undefined, 'DB', 'note', 'archive'),
  row('archive_location', ['webpage', 'post-weblog', 'legal_case'], null, 'note', null),
  row('archive_location', ['legislation', 'bill'], null, null, null),
  row('archive_location', undefined, 'AN', 'note', 'archiveLocation'),
  row('archive-place', undefined, null, 'note', null),
  row('abstract', undefined, 'AB', 'abstract', 'abstractNote'),
  // RIS.js takes ST for the title of an item with no `title` field (a case has caseName, a statute nameOfAct) and
  // drops it: the short title of these (Buchpreisbindungsgesetz) is an N1 line (a child note) instead
  row('title-short', ['legal_case', 'legislation'], null, 'shorttitle', 'shortTitle'),
  row('title-short', undefined, 'ST', 'shorttitle', 'shortTitle'),
  row('note', undefined, 'N1', 'note', 'extra')
]

/** One CSL item type and its type in each format, and the Zotero item type each import gives. */
export interface TypeMapping {
  csl: string
  /** RIS `TY` and BibTeX entry type; null: the format has none we map, so the item is written as a document (`writtenType`). */
  ris: string | null
  bibtex: string | null
  /** Zotero's item type (CSL-JSON import). */
  zotero: string
  /** Where Zotero's RIS or BibTeX import gives another item type (the format cannot express this one). */
  zoteroFromRis?: string
  zoteroFromBibtex?: string
}

export const TYPE_MAP: readonly TypeMapping[] = [
  {csl: 'book', ris: 'BOOK', bibtex: 'book', zotero: 'book'},
  {csl: 'chapter', ris: 'CHAP', bibtex: 'inbook', zotero: 'bookSection'},
  {csl: 'article-journal', ris: 'JOUR', bibtex: 'article', zotero: 'journalArticle'},
  {csl: 'article-newspaper', ris: 'NEWS', bibtex: 'article', zotero: 'newspaperArticle', zoteroFromBibtex: 'journalArticle'},
  {csl: 'article-magazine', ris: 'MGZN', bibtex: 'article', zotero: 'magazineArticle', zoteroFromBibtex: 'journalArticle'},
  {csl: 'manuscript', ris: 'MANSCPT', bibtex: 'unpublished', zotero: 'manuscript'},
  {csl: 'report', ris: 'RPRT', bibtex: 'techreport', zotero: 'report'},
  {csl: 'webpage', ris: 'ELEC', bibtex: 'online', zotero: 'webpage'},
  {csl: 'post-weblog', ris: 'BLOG', bibtex: 'online', zotero: 'blogPost', zoteroFromBibtex: 'webpage'},
  {csl: 'entry-encyclopedia', ris: 'ENCYC', bibtex: 'inreference', zotero: 'encyclopediaArticle'},
  {csl: 'legal_case', ris: 'CASE', bibtex: 'jurisdiction', zotero: 'case'},
  {csl: 'thesis', ris: 'THES', bibtex: 'phdthesis', zotero: 'thesis'},
  {csl: 'software', ris: 'COMP', bibtex: 'software', zotero: 'computerProgram'},
  {csl: 'paper-conference', ris: 'CONF', bibtex: 'inproceedings', zotero: 'conferencePaper'},
  // RIS `GEN` is imported as a journal article; of the four types RIS.js imports as a document (AGGR,
  // ANCIENT, EQUA, GRNT), ANCIENT has GEN's tags (A2 editor, PB, CY, DA date), and citation-js reads it (as `classic`).
  {csl: 'document', ris: 'ANCIENT', bibtex: 'misc', zotero: 'document'},
  // Zotero's BibTeX import has none of these types (`@letter` aside, which our table does not map yet): BibTeX
  // writes them as documents; RIS has all but the interview (RIS.js imports PCOMM as a letter).
  {csl: 'dataset', ris: 'DATA', bibtex: null, zotero: 'dataset'},
  {csl: 'legislation', ris: 'STAT', bibtex: null, zotero: 'statute'},
  // a parliament's printed paper (BT-Drs. 18/12329): Zotero's Bill (number billNumber, authority legislativeBody)
  {csl: 'bill', ris: 'BILL', bibtex: null, zotero: 'bill'},
  {csl: 'map', ris: 'MAP', bibtex: null, zotero: 'map'},
  {csl: 'interview', ris: null, bibtex: null, zotero: 'interview'},
  {csl: 'personal_communication', ris: 'PCOMM', bibtex: null, zotero: 'letter'},
  // Zotero imports CSL `article` as a preprint (schema `csl.types`); RIS.js and BibTeX.js have no preprint type, and
  // RIS.js reads `STAND` as a report: both are written as reports there (TYPE_RULES_FOR_ZOTERO), their type a line
  {csl: 'article', ris: 'RPRT', bibtex: 'techreport', zotero: 'preprint', zoteroFromRis: 'report', zoteroFromBibtex: 'report'},
  {csl: 'standard', ris: 'RPRT', bibtex: 'techreport', zotero: 'standard', zoteroFromRis: 'report', zoteroFromBibtex: 'report'}
]

/** `FIELD_MAP`'s rows by variable, in the table's order; made on first use. */
let rowsByVariable: Map<string, FieldMapping[]> | undefined

function rowsOf(variable: string): readonly FieldMapping[] {
  if (!rowsByVariable) {
    rowsByVariable = new Map()
    for (const row of FIELD_MAP) rowsByVariable.set(row.csl, [...(rowsByVariable.get(row.csl) ?? []), row])
  }
  return rowsByVariable.get(variable) ?? []
}

/**
 * The row for one variable of an item of `type`, when the table has one: the
 * first row made for the type, else the first for every type. Looked up
 * among the variable's rows (each writer asks for every value of every item:
 * a walk of the whole table each time was a third of a cold export).
 */
export function fieldFor(type: string, variable: string): FieldMapping | undefined {
  const rows = rowsOf(variable)
  return rows.find((row) => row.types?.includes(type)) ?? rows.find((row) => row.types === undefined)
}

/** The type row of a CSL type, when our table has one. */
export function typeFor(cslType: string): TypeMapping | undefined {
  return TYPE_MAP.find((row) => row.csl === cslType)
}

export type ExportFormat = 'csl-json' | 'ris' | 'bibtex'

/** How a writer writes an item's type: the CSL type whose rows of the tables apply, and the CSL type it writes. */
export interface WrittenType {
  /** The CSL type of `TYPE_MAP` whose rows say where each value goes (and which Zotero item type the import makes). */
  rows: string
  /** The CSL type written (CSL-JSON `type`; RIS and BibTeX write `rows`' `TY` and entry type). */
  written: string
}

/**
 * Items whose type a writer does not write as it is, each with the example it
 * exists for; the first rule that holds wins, else the item's own type. Where
 * the type written is not the item's, the item's type is also a `type: …`
 * line (Extra, `N1`, `annote`), which Zotero keeps and citeproc-js reads.
 */
export const TYPE_RULES_FOR_ZOTERO: ReadonlyArray<{
  name: string
  example: {id: string; type: string; [variable: string]: unknown}
  formats: readonly ExportFormat[]
  applies: (item: {type: string; [variable: string]: unknown}, format: ExportFormat) => boolean
  writes: (item: {type: string; [variable: string]: unknown}) => WrittenType
}> = [
  {
    // CSL JSON.js (2023) detects a file by a list of CSL types that lacks `software`: one such item and the
    // whole file is refused. Its import reads a `book` with a `version` as a computer program, as Zotero's CSL
    // export wrote one before CSL 1.0.2 had `software`.
    name: 'software with a version is a book in CSL-JSON (Zotero imports it as a computer program)',
    example: {id: 'r', type: 'software', title: 'R', version: '4.3', publisher: 'R Foundation'},
    formats: ['csl-json'],
    applies: (item) => item.type === 'software' && hasText(item['version']),
    writes: () => ({rows: 'software', written: 'book'})
  },
  {
    name: 'software with no version is a book in CSL-JSON (Zotero imports it as a book)',
    example: {id: 'r', type: 'software', title: 'R', publisher: 'R Foundation'},
    formats: ['csl-json'],
    applies: (item) => item.type === 'software',
    writes: () => ({rows: 'book', written: 'book'})
  },
  {
    // Zotero's BibTeX import reads @online as a web page: the blog's title is then the website's.
    name: 'a blog post is a web page in BibTeX, its type in a line of annote',
    example: {id: 'bl', type: 'post-weblog', title: 'Course Packs Revisited', 'container-title': 'Copy Culture'},
    formats: ['bibtex'],
    applies: (item) => item.type === 'post-weblog',
    writes: () => ({rows: 'webpage', written: 'webpage'})
  },
  {
    // RIS.js has no preprint type and reads TY STAND as a report; BibTeX.js has neither (`@techreport` is a report).
    // As a report the repository or body that published it is the institution, the identifier or designation the
    // report number, the genre the report type; the rest are lines.
    name: 'a preprint or a standard is a report in RIS and BibTeX, its type a line',
    example: {id: 'halko', type: 'article', title: 'Finding Structure with Randomness', number: 'arXiv:0909.4061 [Math]', publisher: 'arXiv'},
    formats: ['ris', 'bibtex'],
    applies: (item) => item.type === 'article' || item.type === 'standard',
    writes: () => ({rows: 'report', written: 'report'})
  },
  {
    // RIS `GEN` is imported as a journal article; our rows are right only for the types of TYPE_MAP.
    name: 'a type the table lacks is a document',
    example: {id: 'b', type: 'speech', title: 'Course Packs Revisited', 'container-title': 'Copy Culture'},
    formats: ['csl-json', 'ris', 'bibtex'],
    applies: (item) => typeFor(item.type) === undefined,
    writes: () => ({rows: 'document', written: 'document'})
  },
  {
    name: 'a type RIS or BibTeX has none for in the table is a document there',
    example: {id: 'i', type: 'interview', title: 'Interview with the owner of the Campus Copy Center', medium: 'audio recording'},
    formats: ['ris', 'bibtex'],
    applies: (item, format) => (format === 'ris' ? typeFor(item.type)?.ris : typeFor(item.type)?.bibtex) === null,
    writes: () => ({rows: 'document', written: 'document'})
  }
]

const hasText = (value: unknown): boolean => (typeof value === 'string' && value.trim() !== '') || typeof value === 'number'

/** How `format`'s writer writes this item's type (`TYPE_RULES_FOR_ZOTERO`, else as it is). */
export function writtenType(item: {type: string; [variable: string]: unknown}, format: ExportFormat): WrittenType {
  const rule = TYPE_RULES_FOR_ZOTERO.find((r) => r.formats.includes(format) && r.applies(item, format))
  return rule ? rule.writes(item) : {rows: item.type, written: item.type}
}
