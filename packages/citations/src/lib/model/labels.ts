/**
 * The labels of the notes reader's sequence model. Every token of a note is
 * outside any citation (`O`: commentary, signals, separators) or inside one,
 * with the field it belongs to; `other` is inside a citation but in no field
 * (punctuation, `in`, `pp.`, `vol.`). A citation starts where a token is
 * marked as the first of its citation.
 */
export const FIELD_LABELS = [
  'author', // names of the authors, the whole list as written (`Hans Müller und Anna Berg`)
  'editor', // names of editors (`ed. by Jane Doe`: the names only)
  'translator',
  'title', // the work's title, also a short title in a short form
  'container-title', // journal, newspaper, book of a chapter, website
  'collection-title', // series
  'publisher',
  'publisher-place',
  'issued', // the date of the work as written (`12 March 1998`, `1966-04/1966-06`)
  'accessed', // an access date of a web page as written (`accessed 4 March 2020`: the date only)
  'volume',
  'issue',
  'page', // a page range or a pinpoint (the datasets label both `page`)
  'edition',
  'number', // report, statute, docket or other numbers of the work
  'genre', // `PhD diss.`, `working paper`, `Report`
  'medium', // `typescript`, `microfilm`
  'archive',
  'archive_location',
  'URL',
  'DOI',
  'abbrev', // back-reference words: `Ibid.`, `ebd.`, `ivi`, `Id.`, `op. cit.`, `cit.`, `art. cit.`, `ouv. cité`, `supra note 12`
  'other'
] as const

export type FieldLabel = (typeof FIELD_LABELS)[number]

/**
 * The fields a citation may start with, each with its own start label; a
 * citation that starts with another field (a publisher, a URL: rare) starts
 * with `other`. Fewer labels make decoding faster (its cost grows with their
 * square).
 */
export const BEGIN_FIELDS: readonly FieldLabel[] = ['author', 'editor', 'title', 'container-title', 'issued', 'volume', 'page', 'archive', 'archive_location', 'abbrev', 'other']
