/**
 * The mapping tables between CSL-JSON, RIS, BibTeX and Zotero, as data.
 *
 * `FIELD_MAP` is what the README's table shows (a test checks the two agree)
 * and what the RIS and BibTeX writers apply on top of citation-js's output
 * where citation-js writes something Zotero's import translators do not read.
 *
 * What we relied on (Zotero's import translators, `RIS.js` and `BibTeX.js`):
 * RIS `DB` → Archive, `AN` → Loc. in Archive, `MANSCPT` ↔ Manuscript, `M3` →
 * Manuscript/Report Type, `SN` → Report Number for reports, `T2` → Series
 * Title for reports, `ID` ignored; an unknown type (`UNPB`) imports as a
 * journal article; `PB` is dropped for manuscripts (no Publisher field), and
 * tags without a Zotero field are dropped. BibTeX: Zotero reads no field as
 * the archive's name (and `location` as Loc. in Archive, which biblatex reads
 * as the place of publication: not written).
 */

/** One CSL variable and where it goes in each format. `null`: nowhere. */
export interface FieldMapping {
  /** CSL-JSON variable name, as Zotero's CSL-JSON import reads it. */
  csl: string
  /** CSL types this row is about (all when absent). */
  types?: readonly string[]
  /** RIS tag we write. */
  ris: string | null
  /**
   * Set when we write this variable ourselves over citation-js's output: the
   * tag citation-js writes it to (removed when it differs from `ris`), or
   * null when citation-js leaves it out. Unset: citation-js's tag is kept and
   * only filled in when citation-js dropped the variable.
   */
  citeJsRis?: string | null
  /** BibTeX field we write. */
  bibtex: string | null
  /** Zotero field it lands in (via CSL-JSON and RIS import). */
  zotero: string
}

export const FIELD_MAP: readonly FieldMapping[] = [
  {csl: 'id', ris: 'ID', bibtex: '(entry key)', zotero: '— (RIS import ignores ID)'},
  {csl: 'title', ris: 'TI', bibtex: 'title', zotero: 'Title'},
  {csl: 'author', ris: 'AU', bibtex: 'author', zotero: 'Author'},
  {csl: 'editor', types: ['chapter'], ris: 'A2', bibtex: 'editor', zotero: 'Editor'},
  {csl: 'editor', types: ['book'], ris: 'A3', bibtex: 'editor', zotero: 'Editor'},
  {csl: 'translator', ris: 'A4', bibtex: null, zotero: 'Translator'},
  {csl: 'container-title', types: ['article-journal', 'article-newspaper'], ris: 'T2', bibtex: 'journal', zotero: 'Publication'},
  {csl: 'container-title', types: ['chapter'], ris: 'T2', bibtex: 'booktitle', zotero: 'Book Title'},
  {csl: 'container-title', types: ['article-magazine'], ris: 'T2', bibtex: 'journal', zotero: 'Publication'},
  {csl: 'container-title', types: ['webpage'], ris: 'T2', citeJsRis: null, bibtex: null, zotero: 'Website Title'},
  {csl: 'collection-title', types: ['report'], ris: 'T2', bibtex: 'series', zotero: 'Series Title'},
  {csl: 'number', types: ['report'], ris: 'SN', bibtex: 'number', zotero: 'Report Number'},
  {csl: 'volume', ris: 'VL', bibtex: 'volume', zotero: 'Volume'},
  {csl: 'issue', types: ['article-journal'], ris: 'IS', bibtex: 'number', zotero: 'Issue'},
  {csl: 'issue', types: ['article-newspaper'], ris: 'C2', bibtex: 'number', zotero: '— (a Newspaper Article has no Issue field: dropped)'},
  {csl: 'page', ris: 'SP', bibtex: 'pages', zotero: 'Pages'},
  {csl: 'issued', ris: 'DA', citeJsRis: 'DA', bibtex: 'year, month', zotero: 'Date'},
  {csl: 'accessed', ris: 'Y2', citeJsRis: 'M1', bibtex: 'note', zotero: 'Accessed'},
  {csl: 'publisher', ris: 'PB', bibtex: 'publisher', zotero: 'Publisher'},
  {csl: 'publisher', types: ['report'], ris: 'PB', bibtex: 'institution', zotero: 'Institution'},
  {csl: 'publisher-place', ris: 'CY', bibtex: 'address', zotero: 'Place'},
  {csl: 'URL', ris: 'UR', bibtex: 'url', zotero: 'URL'},
  {csl: 'DOI', ris: 'DO', bibtex: 'doi', zotero: 'DOI'},
  {csl: 'language', ris: 'LA', bibtex: null, zotero: 'Language'},
  {csl: 'genre', types: ['manuscript', 'report'], ris: 'M3', bibtex: 'type', zotero: 'Type'},
  {csl: 'medium', ris: null, bibtex: null, zotero: 'Medium where the item type has one (CSL-JSON only)'},
  {csl: 'archive', types: ['manuscript'], ris: 'DB', citeJsRis: 'PB', bibtex: 'note', zotero: 'Archive'},
  {csl: 'archive_location', types: ['manuscript'], ris: 'AN', citeJsRis: null, bibtex: 'note', zotero: 'Loc. in Archive'},
  {csl: 'archive-place', types: ['manuscript'], ris: null, bibtex: 'note', zotero: '— (no Zotero field)'},
  {csl: 'note', ris: 'N1', bibtex: 'note', zotero: 'Extra (CSL-JSON) / child note (RIS)'}
]

/** One CSL item type and its type in each format. */
export interface TypeMapping {
  csl: string
  ris: string
  bibtex: string
  zotero: string
}

export const TYPE_MAP: readonly TypeMapping[] = [
  {csl: 'book', ris: 'BOOK', bibtex: 'book', zotero: 'Book'},
  {csl: 'chapter', ris: 'CHAP', bibtex: 'inbook', zotero: 'Book Section'},
  {csl: 'article-journal', ris: 'JOUR', bibtex: 'article', zotero: 'Journal Article'},
  {csl: 'article-newspaper', ris: 'NEWS', bibtex: 'article', zotero: 'Newspaper Article (BibTeX: Journal Article)'},
  {csl: 'manuscript', ris: 'MANSCPT', bibtex: 'unpublished', zotero: 'Manuscript'},
  {csl: 'report', ris: 'RPRT', bibtex: 'techreport', zotero: 'Report'},
  {csl: 'article-magazine', ris: 'MGZN', bibtex: 'article', zotero: 'Magazine Article (BibTeX: Journal Article)'},
  {csl: 'webpage', ris: 'ELEC', bibtex: 'misc', zotero: 'Web Page (BibTeX: Book)'}
]

/** The rows of `FIELD_MAP` that apply to an item of `type`, most specific first. */
export function fieldsFor(type: string): FieldMapping[] {
  const specific = FIELD_MAP.filter((row) => row.types?.includes(type))
  const general = FIELD_MAP.filter(
    (row) => row.types === undefined && !specific.some((s) => s.csl === row.csl)
  )
  return [...specific, ...general]
}

/** The RIS type of a CSL type, when our table has one. */
export function risType(cslType: string): string | undefined {
  return TYPE_MAP.find((row) => row.csl === cslType)?.ris
}
