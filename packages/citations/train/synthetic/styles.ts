/**
 * The CSL styles (Debian's `citation-style-language-styles`, CC BY-SA 3.0,
 * read at generation time only) and locales the documents are rendered in.
 * Note styles render footnotes; every style renders reference-list entries.
 * `lang` is the language the style is written for; `any` styles (Chicago,
 * MHRA, OSCOLA, …) are also used with the locales of other languages, as
 * authors do.
 */
import type {Lang} from './vocab.js'

export type StyleClass = 'note' | 'author-date' | 'numeric'

export interface StyleInfo {
  name: string
  cls: StyleClass
  lang: Lang
  /** Used with other languages' locales too. */
  international?: boolean
  /** A legal style: documents in it cite laws and cases more. */
  legal?: boolean
  /** `false`: the style has no bibliography (not used for reference-list entries). */
  bibliography?: false
}

/** The styles of the default mix: 30 note styles, 10 author-date and numeric ones. */
export const STYLES: readonly StyleInfo[] = [
  // English note styles
  {name: 'chicago-fullnote-bibliography', cls: 'note', lang: 'en', international: true},
  {name: 'chicago-fullnote-bibliography-16th-edition', cls: 'note', lang: 'en', international: true},
  {name: 'chicago-note-bibliography', cls: 'note', lang: 'en', international: true},
  {name: 'modern-humanities-research-association', cls: 'note', lang: 'en', international: true},
  {name: 'oscola', cls: 'note', lang: 'en', legal: true},
  {name: 'bluebook-law-review', cls: 'note', lang: 'en', legal: true, bibliography: false},
  {name: 'new-harts-rules-the-oxford-style-guide', cls: 'note', lang: 'en'},
  {name: 'the-historical-journal', cls: 'note', lang: 'en', bibliography: false},
  // German note styles
  {name: 'geistes-und-kulturwissenschaften-heilmann', cls: 'note', lang: 'de'},
  {name: 'juristische-zitierweise', cls: 'note', lang: 'de', legal: true},
  {name: 'universitat-heidelberg-historisches-seminar', cls: 'note', lang: 'de'},
  {name: 'zeitgeschichte', cls: 'note', lang: 'de', bibliography: false},
  {name: 'infoclio-de', cls: 'note', lang: 'de'},
  {name: 'technische-universitat-dresden-kunstgeschichte-note', cls: 'note', lang: 'de'},
  {name: 'neue-juristische-wochenschrift', cls: 'note', lang: 'de', legal: true},
  // French note styles
  {name: 'chicago-fullnote-bibliography-fr', cls: 'note', lang: 'fr'},
  {name: 'ecole-pratique-des-hautes-etudes-sciences-historiques-et-philologiques', cls: 'note', lang: 'fr'},
  {name: 'iso690-note-fr', cls: 'note', lang: 'fr'},
  {name: 'revue-dhistoire-moderne-et-contemporaine', cls: 'note', lang: 'fr'},
  {name: 'presses-universitaires-de-rennes', cls: 'note', lang: 'fr'},
  {name: 'guide-des-citations-references-et-abreviations-juridiques', cls: 'note', lang: 'fr', legal: true},
  // Spanish note styles
  {name: 'ayer', cls: 'note', lang: 'es'},
  {name: 'spanish-legal', cls: 'note', lang: 'es', legal: true},
  {name: 'escuela-nacional-de-antropologia-e-historia-full-note', cls: 'note', lang: 'es'},
  {name: 'universidad-autonoma-cidudad-juarez-estilo-latino-humanistico', cls: 'note', lang: 'es'},
  // Italian note styles
  {name: 'universita-di-bologna-lettere', cls: 'note', lang: 'it'},
  {name: 'universita-cattolica-del-sacro-cuore', cls: 'note', lang: 'it'},
  {name: 'g-giappichelli-editore', cls: 'note', lang: 'it', legal: true},
  {name: 'pontifical-gregorian-university', cls: 'note', lang: 'it'},
  {name: 'studi-e-materiali-di-storia-delle-religioni', cls: 'note', lang: 'it'},
  // Author-date and numeric styles (reference lists)
  {name: 'apa', cls: 'author-date', lang: 'en', international: true},
  {name: 'harvard-cite-them-right', cls: 'author-date', lang: 'en', international: true},
  {name: 'modern-language-association', cls: 'author-date', lang: 'en', international: true},
  {name: 'chicago-author-date', cls: 'author-date', lang: 'en', international: true},
  {name: 'ieee', cls: 'numeric', lang: 'en', international: true},
  {name: 'vancouver', cls: 'numeric', lang: 'en'},
  {name: 'deutsche-gesellschaft-fur-psychologie', cls: 'author-date', lang: 'de'},
  {name: 'din-1505-2', cls: 'author-date', lang: 'de'},
  {name: 'iso690-author-date-fr', cls: 'author-date', lang: 'fr'},
  {name: 'iso690-author-date-es', cls: 'author-date', lang: 'es'}
]

/**
 * More styles that were checked and render cleanly (`check.ts --all-styles`),
 * used with `allStyles: true` (`--all-styles`).
 */
export const MORE_STYLES: readonly StyleInfo[] = [
  // English note styles
  {name: 'cambridge-university-press-note', cls: 'note', lang: 'en'},
  {name: 'turabian-fullnote-bibliography', cls: 'note', lang: 'en'},
  {name: 'society-of-biblical-literature-fullnote-bibliography', cls: 'note', lang: 'en'},
  {name: 'past-and-present', cls: 'note', lang: 'en', bibliography: false},
  {name: 'mcgill-en', cls: 'note', lang: 'en', legal: true},
  // German note styles
  {name: 'zeithistorische-forschungen', cls: 'note', lang: 'de'},
  {name: 'universitat-freiburg-geschichte', cls: 'note', lang: 'de'},
  {name: 'geschichte-und-gesellschaft', cls: 'note', lang: 'de', bibliography: false},
  {name: 'historia-scribere', cls: 'note', lang: 'de'},
  {name: 'universitat-wien-institut-fur-geschichte', cls: 'note', lang: 'de'},
  {name: 'foerster-geisteswissenschaft', cls: 'note', lang: 'de'},
  // French note styles
  {name: 'le-mouvement-social', cls: 'note', lang: 'fr'},
  {name: 'vingtieme-siecle', cls: 'note', lang: 'fr'},
  {name: 'infoclio-fr-nocaps', cls: 'note', lang: 'fr'},
  {name: 'universite-de-lausanne-histoire', cls: 'note', lang: 'fr'},
  {name: 'lluelles', cls: 'note', lang: 'fr', legal: true},
  {name: 'annales', cls: 'note', lang: 'fr'},
  {name: 'universite-libre-de-bruxelles-histoire', cls: 'note', lang: 'fr'},
  // Spanish note styles
  {name: 'biblio-3w', cls: 'note', lang: 'es'},
  {name: 'revista-biblica', cls: 'note', lang: 'es'},
  {name: 'instituto-superior-de-teologia-de-las-islas-canarias', cls: 'note', lang: 'es'},
  // Italian note styles
  {name: 'rassegna-degli-archivi-di-stato', cls: 'note', lang: 'it'},
  {name: 'civilta-italiana', cls: 'note', lang: 'it'},
  {name: 'mimesis-edizioni', cls: 'note', lang: 'it'},
  {name: 'quaderni', cls: 'note', lang: 'it'},
  {name: 'aib-studi', cls: 'note', lang: 'it', bibliography: false},
  {name: 'polygraphia', cls: 'note', lang: 'it'},
  // Author-date and numeric styles (reference lists)
  {name: 'american-sociological-association', cls: 'author-date', lang: 'en'},
  {name: 'springer-basic-author-date', cls: 'author-date', lang: 'en'},
  {name: 'unified-style-sheet-for-linguistics', cls: 'author-date', lang: 'en', international: true},
  {name: 'chicago-author-date-de', cls: 'author-date', lang: 'de'},
  {name: 'iso690-author-date-de', cls: 'author-date', lang: 'de'},
  {name: 'chicago-author-date-fr', cls: 'author-date', lang: 'fr'},
  {name: 'iso690-numeric-fr', cls: 'numeric', lang: 'fr'}
]

/** The locales of each document language. */
export const LOCALES: Record<Lang, ReadonlyArray<readonly [string, number]>> = {
  en: [
    ['en-US', 6],
    ['en-GB', 4]
  ],
  de: [['de-DE', 1]],
  fr: [['fr-FR', 1]],
  es: [['es-ES', 1]],
  it: [['it-IT', 1]]
}
