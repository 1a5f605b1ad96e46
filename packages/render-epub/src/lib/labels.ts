/**
 * The words the book prints itself, by primary language subtag: the one table
 * both renderers share (`@octavo/tree`'s `labels.ts`: en, fr, de, es, it),
 * so that a French article gets "Résumé", "Bibliographie" and
 * "Figure : … — image non disponible" in the PDF and the EPUB alike.
 */
export {labelsByLanguage, labelsFor, type Labels} from '@octavo/tree'
