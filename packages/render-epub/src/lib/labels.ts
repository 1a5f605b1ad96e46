/** Words the book prints itself, by primary language subtag. */
export interface Labels {
  abstract: string
  notes: string
  contents: string
  landmarks: string
  cover: string
  start: string
  bibliography: string
  untitled: string
  backToReference: string
  editedBy: string
  /** The word that names a figure, and what follows it before the caption (French: a no-break space and a colon). */
  figure: string
  figureSeparator: string
  /** Said of a figure whose image file was not there to package. */
  imageNotAvailable: string
}

export const labelsByLanguage: Readonly<Record<string, Labels>> = {
  en: {
    abstract: 'Abstract',
    notes: 'Notes',
    contents: 'Contents',
    landmarks: 'Landmarks',
    cover: 'Cover',
    start: 'Start of content',
    bibliography: 'Bibliography',
    untitled: 'Untitled',
    backToReference: 'Back to reference',
    editedBy: 'Edited by',
    figure: 'Figure',
    figureSeparator: ': ',
    imageNotAvailable: 'image not available'
  },
  fr: {
    abstract: 'Résumé',
    notes: 'Notes',
    contents: 'Table des matières',
    landmarks: 'Repères',
    cover: 'Couverture',
    start: 'Début du texte',
    bibliography: 'Bibliographie',
    untitled: 'Sans titre',
    backToReference: 'Retour à l’appel de note',
    editedBy: 'Sous la direction de',
    figure: 'Figure',
    figureSeparator: '\u00a0: ',
    imageNotAvailable: 'image non disponible'
  },
  de: {
    abstract: 'Zusammenfassung',
    notes: 'Anmerkungen',
    contents: 'Inhalt',
    landmarks: 'Orientierungspunkte',
    cover: 'Umschlag',
    start: 'Textbeginn',
    bibliography: 'Literaturverzeichnis',
    untitled: 'Ohne Titel',
    backToReference: 'Zurück zum Verweis',
    editedBy: 'Herausgegeben von',
    figure: 'Abbildung',
    figureSeparator: ': ',
    imageNotAvailable: 'Bild nicht verfügbar'
  },
  es: {
    abstract: 'Resumen',
    notes: 'Notas',
    contents: 'Índice',
    landmarks: 'Puntos de referencia',
    cover: 'Cubierta',
    start: 'Inicio del texto',
    bibliography: 'Bibliografía',
    untitled: 'Sin título',
    backToReference: 'Volver a la llamada',
    editedBy: 'Edición de',
    figure: 'Figura',
    figureSeparator: ': ',
    imageNotAvailable: 'imagen no disponible'
  },
  it: {
    abstract: 'Riassunto',
    notes: 'Note',
    contents: 'Indice',
    landmarks: 'Punti di riferimento',
    cover: 'Copertina',
    start: 'Inizio del testo',
    bibliography: 'Bibliografia',
    untitled: 'Senza titolo',
    backToReference: 'Torna al richiamo',
    editedBy: 'A cura di',
    figure: 'Figura',
    figureSeparator: ': ',
    imageNotAvailable: 'immagine non disponibile'
  }
}

/** The labels for a BCP 47 tag, English when the language has none. */
export function labelsFor(lang: string): Labels {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en'
  return labelsByLanguage[primary] ?? (labelsByLanguage['en'] as Labels)
}
