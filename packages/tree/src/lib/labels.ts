/**
 * The words an edition prints itself (headings, captions, placeholders), by primary language
 * subtag: one table for every renderer (the PDF and the EPUB), so that an article in French gets
 * "Résumé" and "Bibliographie" in both.
 */
export interface Labels {
  abstract: string
  notes: string
  contents: string
  bibliography: string
  /** Before the editors' names on a volume's title page. */
  editedBy: string
  untitled: string
  /** An article of a volume with no title: `Article 3`. */
  article: string
  /** The word that names a figure, and what follows it before the caption (French: a no-break space and a colon). */
  figure: string
  figureSeparator: string
  /** Said of a figure whose image file was not there: `Figure: caption — image not available`. */
  imageNotAvailable: string
  /** An image printed as its alternative text: `[Image: alt]`. */
  image: string
  /** Printed for a note lost in the source. */
  noteMissing: string
  /** E-book navigation (EPUB). */
  landmarks: string
  cover: string
  start: string
  backToReference: string
  /** A volume's bibliography of every article's sources (back matter). */
  combinedBibliography: string
  /** A volume's page listing each article's source and licence. */
  credits: string
  /** Before an article's source on the credits page (`Source: Journal of Cold War Studies`). */
  source: string
  /** Before an article's licence or rights statement on the credits page. */
  license: string
  /** Said on the credits page of an article whose metadata names no licence or rights. */
  rightsNotStated: string
  /** Names embedded content (an `<iframe>`) an edition cannot show, in its placeholder: `Embedded content: title — address`. */
  embeddedContent: string
}

export const labelsByLanguage: Readonly<Record<string, Labels>> = {
  en: {
    abstract: 'Abstract',
    notes: 'Notes',
    contents: 'Contents',
    bibliography: 'Bibliography',
    editedBy: 'Edited by',
    untitled: 'Untitled',
    article: 'Article',
    figure: 'Figure',
    figureSeparator: ': ',
    imageNotAvailable: 'image not available',
    image: 'Image',
    noteMissing: 'note missing in the source',
    landmarks: 'Landmarks',
    cover: 'Cover',
    start: 'Start of content',
    backToReference: 'Back to reference',
    combinedBibliography: 'Combined Bibliography',
    credits: 'Credits',
    source: 'Source',
    license: 'License',
    rightsNotStated: 'rights not stated',
    embeddedContent: 'Embedded content'
  },
  fr: {
    abstract: 'Résumé',
    notes: 'Notes',
    contents: 'Table des matières',
    bibliography: 'Bibliographie',
    editedBy: 'Sous la direction de',
    untitled: 'Sans titre',
    article: 'Article',
    figure: 'Figure',
    figureSeparator: '\u00a0: ',
    imageNotAvailable: 'image non disponible',
    image: 'Image',
    noteMissing: 'note absente de la source',
    landmarks: 'Repères',
    cover: 'Couverture',
    start: 'Début du texte',
    backToReference: 'Retour à l’appel de note',
    combinedBibliography: 'Bibliographie générale',
    credits: 'Crédits',
    source: 'Source',
    license: 'Licence',
    rightsNotStated: 'droits non précisés',
    embeddedContent: 'Contenu intégré'
  },
  de: {
    abstract: 'Zusammenfassung',
    notes: 'Anmerkungen',
    contents: 'Inhalt',
    bibliography: 'Literaturverzeichnis',
    editedBy: 'Herausgegeben von',
    untitled: 'Ohne Titel',
    article: 'Artikel',
    figure: 'Abbildung',
    figureSeparator: ': ',
    imageNotAvailable: 'Bild nicht verfügbar',
    image: 'Bild',
    noteMissing: 'Anmerkung fehlt in der Quelle',
    landmarks: 'Orientierungspunkte',
    cover: 'Umschlag',
    start: 'Textbeginn',
    backToReference: 'Zurück zum Verweis',
    combinedBibliography: 'Gesamtbibliographie',
    credits: 'Nachweise',
    source: 'Quelle',
    license: 'Lizenz',
    rightsNotStated: 'Rechte nicht angegeben',
    embeddedContent: 'Eingebetteter Inhalt'
  },
  es: {
    abstract: 'Resumen',
    notes: 'Notas',
    contents: 'Índice',
    bibliography: 'Bibliografía',
    editedBy: 'Edición de',
    untitled: 'Sin título',
    article: 'Artículo',
    figure: 'Figura',
    figureSeparator: ': ',
    imageNotAvailable: 'imagen no disponible',
    image: 'Imagen',
    noteMissing: 'nota ausente en la fuente',
    landmarks: 'Puntos de referencia',
    cover: 'Cubierta',
    start: 'Inicio del texto',
    backToReference: 'Volver a la llamada',
    combinedBibliography: 'Bibliografía general',
    credits: 'Créditos',
    source: 'Fuente',
    license: 'Licencia',
    rightsNotStated: 'derechos no indicados',
    embeddedContent: 'Contenido incrustado'
  },
  it: {
    abstract: 'Riassunto',
    notes: 'Note',
    contents: 'Indice',
    bibliography: 'Bibliografia',
    editedBy: 'A cura di',
    untitled: 'Senza titolo',
    article: 'Articolo',
    figure: 'Figura',
    figureSeparator: ': ',
    imageNotAvailable: 'immagine non disponibile',
    image: 'Immagine',
    noteMissing: 'nota mancante nella fonte',
    landmarks: 'Punti di riferimento',
    cover: 'Copertina',
    start: 'Inizio del testo',
    backToReference: 'Torna al richiamo',
    combinedBibliography: 'Bibliografia generale',
    credits: 'Crediti',
    source: 'Fonte',
    license: 'Licenza',
    rightsNotStated: 'diritti non indicati',
    embeddedContent: 'Contenuto incorporato'
  }
}

/** The labels for a BCP 47 tag (`fr-CA` → `fr`), English when the language has none. */
export function labelsFor(lang: string): Labels {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en'
  return labelsByLanguage[primary] ?? (labelsByLanguage['en'] as Labels)
}
