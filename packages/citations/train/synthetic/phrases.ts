/**
 * The words around and inside citations, by language: title parts, the
 * signals and joiners of notes, commentary templates, back-reference words
 * and locator terms. Written for this generator.
 *
 * Templates use `{slot}` placeholders, filled in `titles.ts` and `commentary.ts`.
 */
import type {Lang} from './vocab.js'

/** Concepts for titles in three grammatical shapes, index-aligned: bare (`Memory`), with article (`la mémoire`), genitive (`de la mémoire`). */
export interface TitleWords {
  bare: readonly string[]
  np: readonly string[]
  gen: readonly string[]
  cities: readonly string[]
  /** The preposition before a city (`in Venice`, `à Venise`). */
  cityPrep: string
  /** Regions with their own preposition (`in the Atlantic World`, `nella Terraferma veneta`). */
  regions: readonly string[]
  periods: readonly string[]
  and: string
}

export const TITLE_WORDS: Record<Lang, TitleWords> = {
  en: {
    bare: [
      'Empire',
      'Memory',
      'Trade',
      'Migration',
      'Religion',
      'Violence',
      'Labour',
      'Science',
      'Medicine',
      'Law',
      'Diplomacy',
      'Nation',
      'Revolution',
      'Knowledge',
      'Reform',
      'Censorship',
      'Print',
      'Citizenship',
      'Property',
      'Credit',
      'Charity',
      'Honour',
      'Gender',
      'Commerce',
      'Sovereignty'
    ],
    np: [
      'Empire',
      'Memory',
      'Trade',
      'Migration',
      'Religion',
      'Violence',
      'Labour',
      'Science',
      'Medicine',
      'Law',
      'Diplomacy',
      'the Nation',
      'Revolution',
      'Knowledge',
      'Reform',
      'Censorship',
      'Print',
      'Citizenship',
      'Property',
      'Credit',
      'Charity',
      'Honour',
      'Gender',
      'Commerce',
      'Sovereignty'
    ],
    gen: [
      'of Empire',
      'of Memory',
      'of Trade',
      'of Migration',
      'of Religion',
      'of Violence',
      'of Labour',
      'of Science',
      'of Medicine',
      'of Law',
      'of Diplomacy',
      'of the Nation',
      'of Revolution',
      'of Knowledge',
      'of Reform',
      'of Censorship',
      'of Print',
      'of Citizenship',
      'of Property',
      'of Credit',
      'of Charity',
      'of Honour',
      'of Gender',
      'of Commerce',
      'of Sovereignty'
    ],
    cities: ['Venice', 'London', 'Paris', 'Vienna', 'Berlin', 'Naples', 'Seville', 'Mexico City', 'Manchester', 'Boston', 'Calcutta', 'Istanbul'],
    cityPrep: 'in',
    regions: [
      'in the Atlantic World',
      'in Early Modern Europe',
      'in Colonial India',
      'in Central Europe',
      'in the Ottoman Empire',
      'in Postwar Britain',
      'in the American South',
      'in the Mediterranean'
    ],
    periods: [
      'in the Eighteenth Century',
      'in the Long Nineteenth Century',
      'in the Early Modern Period',
      'in the Interwar Years',
      'in the Age of Revolutions',
      'in Late Medieval Italy',
      'since 1945',
      'in the Cold War'
    ],
    and: 'and'
  },
  de: {
    bare: [
      'Stadt',
      'Erinnerung',
      'Nation',
      'Presse',
      'Zensur',
      'Medizin',
      'Diplomatie',
      'Familie',
      'Gewalt',
      'Arbeit',
      'Handel',
      'Wissen',
      'Recht',
      'Reich',
      'Staat',
      'Archive',
      'Eliten',
      'Grenzen',
      'Ehre',
      'Armut',
      'Herrschaft',
      'Verwaltung',
      'Öffentlichkeit',
      'Migration',
      'Religion'
    ],
    np: [
      'die Stadt',
      'die Erinnerung',
      'die Nation',
      'die Presse',
      'die Zensur',
      'die Medizin',
      'die Diplomatie',
      'die Familie',
      'die Gewalt',
      'die Arbeit',
      'der Handel',
      'das Wissen',
      'das Recht',
      'das Reich',
      'der Staat',
      'die Archive',
      'die Eliten',
      'die Grenzen',
      'die Ehre',
      'die Armut',
      'die Herrschaft',
      'die Verwaltung',
      'die Öffentlichkeit',
      'die Migration',
      'die Religion'
    ],
    gen: [
      'der Stadt',
      'der Erinnerung',
      'der Nation',
      'der Presse',
      'der Zensur',
      'der Medizin',
      'der Diplomatie',
      'der Familie',
      'der Gewalt',
      'der Arbeit',
      'des Handels',
      'des Wissens',
      'des Rechts',
      'des Reiches',
      'des Staates',
      'der Archive',
      'der Eliten',
      'der Grenzen',
      'der Ehre',
      'der Armut',
      'der Herrschaft',
      'der Verwaltung',
      'der Öffentlichkeit',
      'der Migration',
      'der Religion'
    ],
    cities: ['Venedig', 'Berlin', 'Wien', 'Hamburg', 'München', 'Leipzig', 'Köln', 'Breslau', 'Königsberg', 'Triest', 'Prag', 'Frankfurt am Main'],
    cityPrep: 'in',
    regions: [
      'in Preußen',
      'in Bayern',
      'in Mitteleuropa',
      'in Ostmitteleuropa',
      'in der Habsburgermonarchie',
      'in der DDR',
      'in der Bundesrepublik',
      'in der Weimarer Republik',
      'im Osmanischen Reich',
      'in Schlesien'
    ],
    periods: ['im 18. Jahrhundert', 'im langen 19. Jahrhundert', 'in der Frühen Neuzeit', 'im Spätmittelalter', 'in der Zwischenkriegszeit', 'nach 1945', 'im Kaiserreich', 'im Kalten Krieg'],
    and: 'und'
  },
  fr: {
    bare: [
      'ville',
      'mémoire',
      'nation',
      'presse',
      'censure',
      'médecine',
      'diplomatie',
      'famille',
      'violence',
      'travail',
      'commerce',
      'savoir',
      'droit',
      'empire',
      'État',
      'archives',
      'élites',
      'frontières',
      'honneur',
      'pauvreté',
      'pouvoir',
      'administration',
      'religion',
      'migrations',
      'police'
    ],
    np: [
      'la ville',
      'la mémoire',
      'la nation',
      'la presse',
      'la censure',
      'la médecine',
      'la diplomatie',
      'la famille',
      'la violence',
      'le travail',
      'le commerce',
      'le savoir',
      'le droit',
      'l’empire',
      'l’État',
      'les archives',
      'les élites',
      'les frontières',
      'l’honneur',
      'la pauvreté',
      'le pouvoir',
      'l’administration',
      'la religion',
      'les migrations',
      'la police'
    ],
    gen: [
      'de la ville',
      'de la mémoire',
      'de la nation',
      'de la presse',
      'de la censure',
      'de la médecine',
      'de la diplomatie',
      'de la famille',
      'de la violence',
      'du travail',
      'du commerce',
      'du savoir',
      'du droit',
      'de l’empire',
      'de l’État',
      'des archives',
      'des élites',
      'des frontières',
      'de l’honneur',
      'de la pauvreté',
      'du pouvoir',
      'de l’administration',
      'de la religion',
      'des migrations',
      'de la police'
    ],
    cities: ['Venise', 'Paris', 'Lyon', 'Marseille', 'Bordeaux', 'Nantes', 'Naples', 'Séville', 'Vienne', 'Alger', 'Genève', 'Lille'],
    cityPrep: 'à',
    regions: [
      'en Méditerranée',
      'dans l’Europe moderne',
      'dans la France rurale',
      'dans l’Empire ottoman',
      'en Algérie coloniale',
      'sous la Troisième République',
      'en Provence',
      'dans les colonies françaises'
    ],
    periods: ['au XVIIIe siècle', 'au XIXe siècle', 'à l’époque moderne', 'au Moyen Âge', 'dans l’entre-deux-guerres', 'sous l’Ancien Régime', 'depuis 1945', 'au temps des Lumières'],
    and: 'et'
  },
  es: {
    bare: [
      'ciudad',
      'memoria',
      'nación',
      'prensa',
      'censura',
      'medicina',
      'diplomacia',
      'familia',
      'violencia',
      'trabajo',
      'comercio',
      'saber',
      'derecho',
      'imperio',
      'Estado',
      'archivos',
      'élites',
      'fronteras',
      'honor',
      'pobreza',
      'poder',
      'administración',
      'religión',
      'migraciones',
      'policía'
    ],
    np: [
      'la ciudad',
      'la memoria',
      'la nación',
      'la prensa',
      'la censura',
      'la medicina',
      'la diplomacia',
      'la familia',
      'la violencia',
      'el trabajo',
      'el comercio',
      'el saber',
      'el derecho',
      'el imperio',
      'el Estado',
      'los archivos',
      'las élites',
      'las fronteras',
      'el honor',
      'la pobreza',
      'el poder',
      'la administración',
      'la religión',
      'las migraciones',
      'la policía'
    ],
    gen: [
      'de la ciudad',
      'de la memoria',
      'de la nación',
      'de la prensa',
      'de la censura',
      'de la medicina',
      'de la diplomacia',
      'de la familia',
      'de la violencia',
      'del trabajo',
      'del comercio',
      'del saber',
      'del derecho',
      'del imperio',
      'del Estado',
      'de los archivos',
      'de las élites',
      'de las fronteras',
      'del honor',
      'de la pobreza',
      'del poder',
      'de la administración',
      'de la religión',
      'de las migraciones',
      'de la policía'
    ],
    cities: ['Venecia', 'Sevilla', 'Madrid', 'Barcelona', 'Cádiz', 'Lima', 'Valencia', 'Nápoles', 'Buenos Aires', 'México', 'Cartagena de Indias', 'Toledo'],
    cityPrep: 'en',
    regions: [
      'en la Nueva España',
      'en el Río de la Plata',
      'en la España franquista',
      'en el Mediterráneo',
      'en la Castilla moderna',
      'en el Perú colonial',
      'en Andalucía',
      'en la Monarquía Hispánica'
    ],
    periods: [
      'en el siglo XVIII',
      'en el siglo XIX',
      'en la Edad Moderna',
      'en la Baja Edad Media',
      'durante el franquismo',
      'en la España de la Restauración',
      'desde 1975',
      'en la época de las revoluciones'
    ],
    and: 'y'
  },
  it: {
    bare: [
      'città',
      'memoria',
      'nazione',
      'stampa',
      'censura',
      'medicina',
      'diplomazia',
      'famiglia',
      'violenza',
      'lavoro',
      'commercio',
      'sapere',
      'diritto',
      'impero',
      'Stato',
      'archivi',
      'élite',
      'confini',
      'onore',
      'povertà',
      'potere',
      'amministrazione',
      'religione',
      'migrazioni',
      'polizia'
    ],
    np: [
      'la città',
      'la memoria',
      'la nazione',
      'la stampa',
      'la censura',
      'la medicina',
      'la diplomazia',
      'la famiglia',
      'la violenza',
      'il lavoro',
      'il commercio',
      'il sapere',
      'il diritto',
      'l’impero',
      'lo Stato',
      'gli archivi',
      'le élite',
      'i confini',
      'l’onore',
      'la povertà',
      'il potere',
      'l’amministrazione',
      'la religione',
      'le migrazioni',
      'la polizia'
    ],
    gen: [
      'della città',
      'della memoria',
      'della nazione',
      'della stampa',
      'della censura',
      'della medicina',
      'della diplomazia',
      'della famiglia',
      'della violenza',
      'del lavoro',
      'del commercio',
      'del sapere',
      'del diritto',
      'dell’impero',
      'dello Stato',
      'degli archivi',
      'delle élite',
      'dei confini',
      'dell’onore',
      'della povertà',
      'del potere',
      'dell’amministrazione',
      'della religione',
      'delle migrazioni',
      'della polizia'
    ],
    cities: ['Venezia', 'Firenze', 'Napoli', 'Milano', 'Genova', 'Padova', 'Roma', 'Torino', 'Palermo', 'Bologna', 'Trieste', 'Verona'],
    cityPrep: 'a',
    regions: ['nella Terraferma veneta', 'nello Stato pontificio', 'nel Regno di Napoli', 'nell’Italia liberale', 'nel Mediterraneo', 'in Sicilia', 'nell’Italia fascista', 'nel Mezzogiorno'],
    periods: ['nel Settecento', 'nell’Ottocento', 'in età moderna', 'nel tardo Medioevo', 'tra le due guerre', 'nel secondo dopoguerra', 'nel XVI secolo', 'in età napoleonica'],
    and: 'e'
  }
}

/**
 * Title templates. Slots: `{A}`/`{B}` bare concepts, `{NP}` with article,
 * `{GEN}` genitive, `{CITY}`, `{IN}` a place phrase with its preposition,
 * `{PERIOD}`, `{Y1}`–`{Y2}` years, `{N}` a family name, `{S}` a subtitle, `{Q}` a quoted phrase.
 */
export const BOOK_TITLES: Record<Lang, readonly string[]> = {
  en: [
    '{A} and {B} {IN}, {Y1}–{Y2}',
    '{A}, {B}, and {C} {PERIOD}',
    'The Politics {GEN} {IN}',
    'The Making of {CITY}: {S}',
    'A History {GEN}',
    'Between {A} and {B}: {S}',
    '{A} after {Y1}',
    'Reading {N}: {S}',
    '{N} and the Invention {GEN}',
    'Cities {GEN}: {S}',
    'The Culture {GEN} {PERIOD}',
    'Empires {GEN}',
    'The Limits {GEN}: {S}',
    '{A} and {B}'
  ],
  de: [
    '{A} und {B} {IN} ({Y1}–{Y2})',
    '{A} und {B} {PERIOD}',
    'Die Erfindung {GEN}',
    'Geschichte {GEN}: {S}',
    'Zwischen {A} und {B}: {S}',
    'Politik {GEN} {IN}',
    '{A} nach {Y1}',
    'Was war {NP}?',
    '{N} und die Ordnung {GEN}',
    'Die Ordnung {GEN}. {S}',
    '{A}, {B} und {C} {PERIOD}',
    'Grenzen {GEN}'
  ],
  fr: [
    '{A} et {B} {IN} ({Y1}-{Y2})',
    'L’invention {GEN}',
    'Histoire {GEN} {PERIOD}',
    'Entre {A} et {B} : {S}',
    'Pour une histoire {GEN}',
    '{CITY} et {NP} {PERIOD}',
    'Qu’est-ce que {NP} ?',
    '{A}, {B} et {C} {PERIOD}',
    'Les mots {GEN}. {S}',
    'Gouverner {NP} {IN}'
  ],
  es: [
    '{A} y {B} {IN} ({Y1}-{Y2})',
    'La invención {GEN}',
    'Historia {GEN} {PERIOD}',
    'Entre {A} y {B}: {S}',
    '{CITY} y {NP} {PERIOD}',
    '¿Qué fue {NP}?',
    '{A}, {B} y {C} {PERIOD}',
    'Los usos {GEN}. {S}',
    'Gobernar {NP} {IN}'
  ],
  it: [
    '{A} e {B} {IN} ({Y1}-{Y2})',
    'L’invenzione {GEN}',
    'Storia {GEN} {PERIOD}',
    'Tra {A} e {B}: {S}',
    '{CITY} e {NP} {PERIOD}',
    'Che cos’è {NP}?',
    '{A}, {B} e {C} {PERIOD}',
    'Le forme {GEN}. {S}',
    'Governare {NP} {IN}'
  ]
}

export const SUBTITLES: Record<Lang, readonly string[]> = {
  en: ['{A} and {B} {IN}', '{CITY}, {Y1}–{Y2}', 'A History {GEN}', 'Essays on {A} and {B}', 'The Case of {CITY}', '{A} {PERIOD}', 'A Social History', 'New Perspectives'],
  de: ['Studien zur Geschichte {GEN}', 'Eine Geschichte {GEN} {PERIOD}', 'Beiträge zur Geschichte {GEN}', '{A} und {B} {IN}, {Y1}–{Y2}', 'Ein Forschungsbericht', 'Das Beispiel {CITY}'],
  fr: ['{A} et {B} {IN}, {Y1}-{Y2}', 'essai sur {NP} {PERIOD}', 'une histoire {GEN} {PERIOD}', '{CITY}, {Y1}-{Y2}', 'enquête sur {NP}', 'le cas de {CITY}'],
  es: ['{A} y {B} {IN}, {Y1}-{Y2}', 'ensayo sobre {NP} {PERIOD}', 'una historia {GEN} {PERIOD}', '{CITY}, {Y1}-{Y2}', 'el caso de {CITY}'],
  it: ['{A} e {B} {IN}, {Y1}-{Y2}', 'studi sulla storia {GEN}', 'una storia {GEN} {PERIOD}', '{CITY}, {Y1}-{Y2}', 'il caso di {CITY}']
}

export const ARTICLE_TITLES: Record<Lang, readonly string[]> = {
  en: [
    '{A} and {B} {IN}',
    'Rethinking {A}: {S}',
    'The Limits {GEN} {PERIOD}',
    'What Was {NP}?',
    'Beyond “{Q}”: {A} and {B} {IN}',
    '{N} and the Problem {GEN}',
    'Writing the History {GEN}',
    '{A} in Question: {S}'
  ],
  de: ['{A} und {B} {IN}', '{A} als Problem. {S}', 'Die Grenzen {GEN} {PERIOD}', 'Was war {NP}?', 'Jenseits von „{Q}“. {A} und {B} {IN}', '{N} und die Frage {GEN}', 'Zur Geschichte {GEN} {IN}'],
  fr: [
    '{A} et {B} {IN}',
    'Repenser {NP} : {S}',
    'Les limites {GEN} {PERIOD}',
    'Qu’est-ce que {NP} ?',
    'Autour de la notion de « {Q} » : {A} et {B} {IN}',
    '{N} et la question {GEN}',
    'Écrire l’histoire {GEN}'
  ],
  es: [
    '{A} y {B} {IN}',
    'Repensar {NP}: {S}',
    'Los límites {GEN} {PERIOD}',
    '¿Qué fue {NP}?',
    'En torno a la noción de «{Q}»: {A} y {B} {IN}',
    '{N} y la cuestión {GEN}',
    'Escribir la historia {GEN}'
  ],
  it: ['{A} e {B} {IN}', 'Ripensare {NP}: {S}', 'I limiti {GEN} {PERIOD}', 'Che cos’è {NP}?', 'Intorno alla nozione di «{Q}»: {A} e {B} {IN}', '{N} e la questione {GEN}', 'Scrivere la storia {GEN}']
}

/** Short phrases that commentary and titles quote. */
export const QUOTED_PHRASES: Record<Lang, readonly string[]> = {
  en: ['republic of letters', 'empire of paper', 'moral economy', 'silent compromise', 'archive of fear', 'age of improvement', 'culture of appeasement'],
  de: ['Herrschaft als soziale Praxis', 'Ordnung der Dinge', 'stille Hilfe', 'Papierkrieg', 'verspätete Nation', 'Stunde null', 'Volksgemeinschaft'],
  fr: ['gouvernement des hommes', 'économie morale', 'fabrique du consentement', 'crise de l’archive', 'société de cour', 'police des mœurs'],
  es: ['economía moral', 'república de las letras', 'pacto del olvido', 'orden colonial', 'leyenda negra', 'cultura política'],
  it: ['microstoria', 'mito di Venezia', 'economia morale', 'governo delle anime', 'questione meridionale', 'lunga durata']
}

/** Opening and closing quotation marks of running text. */
export const QUOTES: Record<Lang, readonly [string, string]> = {
  en: ['“', '”'],
  de: ['„', '“'],
  fr: ['« ', ' »'],
  es: ['«', '»'],
  it: ['«', '»']
}

export const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']
}

/** Signals before a citation, capitalized as at the start of a note. */
export const SIGNALS: Record<Lang, ReadonlyArray<readonly [string, number]>> = {
  en: [
    ['See', 10],
    ['See also', 4],
    ['Cf.', 4],
    ['Compare', 1],
    ['E.g.', 1],
    ['For details, see', 1],
    ['Quoted in', 2],
    ['Cited in', 1],
    ['See generally', 1],
    ['See, e.g.,', 1],
    ['But see', 1],
    ['On this, see', 1],
    ['For an elaboration of the subject, see', 1],
    ['See the records of the session in', 1],
    ['Also see', 1],
    ['For the text, see', 1]
  ],
  de: [
    ['Vgl.', 12],
    ['Vgl. auch', 4],
    ['Siehe', 3],
    ['S.', 1],
    ['Zit. nach', 2],
    ['Dazu', 2],
    ['Vgl. etwa', 2],
    ['Vgl. dazu', 2],
    ['Siehe auch', 1],
    ['Ähnlich', 1],
    ['Anders', 1],
    ['Grundlegend', 1],
    ['Ausführlich dazu', 1],
    ['Näheres bei', 1],
    ['Siehe das Protokoll der Sitzung in', 1],
    ['Zitiert in', 1],
    ['Zum Text siehe', 1],
    ['Vgl. dazu auch', 1],
    ['Siehe hierzu ausführlich', 1],
    ['Zur Kritik vgl.', 1]
  ],
  fr: [
    ['Voir', 10],
    ['Voir aussi', 4],
    ['Cf.', 5],
    ['Cité dans', 2],
    ['Cité par', 1],
    ['Voir notamment', 2],
    ['Voir par exemple', 1],
    ['Sur ce point, voir', 1],
    ['Voir en particulier', 1],
    ['Pour plus de détails, voir', 1],
    ['Pour un développement sur ce sujet, voir', 1],
    ['Voir le procès-verbal de la séance dans', 1],
    ['Voir également', 1]
  ],
  es: [
    ['Véase', 10],
    ['Véase también', 4],
    ['Cfr.', 4],
    ['Citado en', 2],
    ['Cf.', 2],
    ['Vid.', 1],
    ['Véase, por ejemplo,', 1],
    ['Sobre este punto, véase', 1],
    ['Para más detalles, véase', 1],
    ['Para un desarrollo del tema, véase', 1],
    ['Véanse las actas de la sesión en', 1],
    ['Véase asimismo', 1],
    ['Citado por', 1]
  ],
  it: [
    ['Cfr.', 12],
    ['Si veda', 5],
    ['Vedi', 3],
    ['Cit. in', 2],
    ['Si vedano', 1],
    ['Cfr. anche', 2],
    ['Si veda anche', 2],
    ['V.', 1],
    ['Su questo punto cfr.', 1],
    ['Per maggiori dettagli si veda', 1],
    ['Per un approfondimento si veda', 1],
    ['Si vedano i verbali della seduta in', 1],
    ['Citato in', 1]
  ]
}

/** What stands between two citations of one note. */
export const JOINERS: Record<Lang, ReadonlyArray<readonly [string, number]>> = {
  en: [
    ['; ', 14],
    ['; see also ', 3],
    ['; and ', 1],
    ['. See also ', 2],
    [' and ', 1],
    ['; cf. ', 2],
    [', quoted in ', 1],
    ['; but see ', 1],
    [', and ', 1]
  ],
  de: [
    ['; ', 14],
    ['; vgl. auch ', 3],
    ['; ferner ', 1],
    ['. Vgl. auch ', 2],
    [' und ', 1],
    [', zit. nach ', 1],
    ['; dazu ', 1],
    ['; anders ', 1],
    ['; außerdem ', 1],
    ['; vgl. dazu auch ', 1],
    ['. Zur Kritik vgl. ', 1]
  ],
  fr: [
    ['; ', 10],
    [' ; ', 4],
    ['; voir aussi ', 3],
    [' et ', 1],
    ['. Voir aussi ', 2],
    [', cité dans ', 1],
    ['; cf. ', 2],
    ['; voir également ', 1]
  ],
  es: [
    ['; ', 14],
    ['; véase también ', 3],
    [' y ', 1],
    ['. Véase también ', 2],
    [', citado en ', 1],
    ['; cfr. ', 2],
    ['; asimismo, ', 1]
  ],
  it: [
    ['; ', 14],
    ['; cfr. anche ', 3],
    [' e ', 1],
    ['. Si veda anche ', 2],
    [', cit. in ', 1],
    ['; si veda inoltre ', 1],
    ['; cfr. ', 2]
  ]
}

/**
 * Commentary sentences. Slots: `{name}` a person, `{year}`/`{year2}` years,
 * `{num}` a count, `{small}` a small number, `{pct}` a percentage, `{city}`,
 * `{q}` a quoted phrase (quotes included), `{np}` a concept with article, `{bare}`.
 */
export const COMMENTS: Record<Lang, readonly string[]> = {
  en: [
    'This point has been much debated.',
    'I am grateful to {name} for this reference.',
    'All translations are my own unless otherwise stated.',
    'The figures for {year} ({num} cases) are almost certainly too low.',
    '{name} describes this as {q}.',
    'The file contains {num} letters written between {year} and {year2}.',
    'The date is uncertain; a later hand has added “{year}”.',
    'Here and below, page numbers refer to the second edition.',
    'Emphasis in the original.',
    'The term {q} appears first in {year}.',
    'In {year}, {pct} of the population of {city} lived in rented rooms.',
    'On the wider context, see chapter {small} below.',
    'The minutes do not record who was present.',
    'He left {city} in {year} and never returned (letter of {day} {month}).',
    'The second volume was never published.'
  ],
  de: [
    'Hervorhebung im Original.',
    'Alle Übersetzungen stammen, soweit nicht anders angegeben, vom Verfasser.',
    'Ich danke {name} für diesen Hinweis.',
    'Die Zahlen für {year} ({num} Fälle) sind vermutlich zu niedrig.',
    '{name} spricht in diesem Zusammenhang von {q}.',
    'Die Akte enthält {num} Schreiben aus den Jahren {year} bis {year2}.',
    'Die Datierung ist unsicher; eine spätere Hand hat „{year}“ ergänzt.',
    'Im Jahr {year} lebten in {city} rund {num} Menschen in Notunterkünften.',
    'Zur Debatte vgl. unten, Kap. {small}.',
    'Das Protokoll nennt die Teilnehmer nicht.',
    'Die Schreibweise folgt dem Original.',
    'Er verließ {city} im Jahr {year} (Brief vom {day}. {month}).',
    'Der zweite Band ist nie erschienen.',
    'So bereits die ältere Forschung.',
    'Auf diesen Aspekt wird in Kap. {small} näher eingegangen.',
    'Der Begriff wird hier im Sinne von {name} verwendet.',
    'Die Orthographie der Quellen wurde beibehalten.',
    'Zur Kritik an dieser Deutung siehe unten, Kap. {small}.',
    'Anders als {name} gehe ich davon aus, dass die Akte vollständig überliefert ist.',
    'Eine umfassende Darstellung steht bislang aus.',
    'Die Forschung hat diesen Befund bisher kaum beachtet.',
    'Hervorhebung durch den Verfasser.',
    'Zitiert nach der Abschrift im Nachlass {name}.',
    'Die Angaben schwanken zwischen {num} und {num} Personen.',
    'Siehe hierzu ausführlich Kap. {small} dieser Arbeit.'
  ],
  fr: [
    'Souligné dans l’original.',
    'Sauf mention contraire, les traductions sont de l’auteur.',
    'Je remercie {name} pour cette référence.',
    'Les chiffres pour {year} ({num} cas) sont sans doute sous-estimés.',
    '{name} parle à ce propos de {q}.',
    'Le dossier contient {num} lettres écrites entre {year} et {year2}.',
    'La date est incertaine ; une main postérieure a ajouté « {year} ».',
    'En {year}, {pct} de la population de {city} vivait en garni.',
    'Nous y reviendrons au chapitre {small}.',
    'Le procès-verbal ne mentionne pas les présents.',
    'L’orthographe de l’original a été respectée.',
    'Il quitta {city} en {year} (lettre du {day} {month}).',
    'Le second volume n’a jamais paru.'
  ],
  es: [
    'El subrayado es del original.',
    'Salvo indicación contraria, las traducciones son mías.',
    'Agradezco a {name} esta referencia.',
    'Las cifras de {year} ({num} casos) son probablemente demasiado bajas.',
    '{name} habla a este respecto de {q}.',
    'El expediente contiene {num} cartas escritas entre {year} y {year2}.',
    'La fecha es incierta; una mano posterior añadió «{year}».',
    'En {year}, el {pct} de la población de {city} vivía en casas de vecindad.',
    'Volveremos sobre ello en el capítulo {small}.',
    'El acta no menciona a los asistentes.',
    'Se respeta la ortografía original.',
    'Salió de {city} en {year} (carta del {day} de {month}).',
    'El segundo tomo nunca llegó a publicarse.'
  ],
  it: [
    'Corsivo nell’originale.',
    'Salvo diversa indicazione, le traduzioni sono mie.',
    'Ringrazio {name} per la segnalazione.',
    'Le cifre per il {year} ({num} casi) sono probabilmente troppo basse.',
    '{name} parla a questo proposito di {q}.',
    'Il fascicolo contiene {num} lettere scritte tra il {year} e il {year2}.',
    'La data è incerta; una mano posteriore ha aggiunto «{year}».',
    'Nel {year} il {pct} della popolazione di {city} viveva in affitto.',
    'Si tornerà sul punto nel capitolo {small}.',
    'Il verbale non riporta i nomi dei presenti.',
    'Si rispetta la grafia dell’originale.',
    'Lasciò {city} nel {year} (lettera del {day} {month}).',
    'Il secondo volume non fu mai pubblicato.'
  ]
}

/** Commentary that leads into a citation (no signal follows). */
export const LEAD_INS: Record<Lang, readonly string[]> = {
  en: [
    'On {bare} {IN}, see',
    'For the figures, see',
    'The classic account is',
    'For a recent overview, see',
    'This is the argument of',
    'The quotation is taken from',
    'On the controversy of {year}, see',
    'As {name} has shown, the file is incomplete; see',
    'The best edition is'
  ],
  de: [
    'Zum Thema {bare} {IN} vgl.',
    'Für die Zahlen siehe',
    'Grundlegend dazu',
    'Zum Forschungsstand vgl.',
    'So auch',
    'Das Zitat stammt aus',
    'Zur Kontroverse von {year} vgl.',
    'Wie {name} gezeigt hat, ist die Überlieferung lückenhaft; vgl.',
    'Maßgeblich ist die Edition',
    'Vgl. dazu auch',
    'Siehe hierzu ausführlich',
    'Zur Kritik an dieser Position vgl.',
    'Einen guten Überblick bietet',
    'Anders akzentuiert',
    'Zur Entwicklung {gen} {IN} vgl. grundlegend'
  ],
  fr: [
    'Sur {np} {IN}, voir',
    'Pour les chiffres, voir',
    'Le récit classique est celui de',
    'Pour une synthèse récente, voir',
    'C’est la thèse de',
    'La citation est tirée de',
    'Sur la controverse de {year}, voir',
    'Comme l’a montré {name}, le fonds est lacunaire ; voir',
    'La meilleure édition est celle de'
  ],
  es: [
    'Sobre {np} {IN}, véase',
    'Para las cifras, véase',
    'El estudio clásico es el de',
    'Para una síntesis reciente, véase',
    'Es la tesis de',
    'La cita procede de',
    'Sobre la polémica de {year}, véase',
    'Como ha mostrado {name}, el fondo está incompleto; véase',
    'La mejor edición es la de'
  ],
  it: [
    'Sul tema {gen} {IN} si veda',
    'Per i dati si veda',
    'Lo studio classico è quello di',
    'Per una sintesi recente si veda',
    'È la tesi di',
    'La citazione è tratta da',
    'Sulla polemica del {year} cfr.',
    'Come ha mostrato {name}, il fondo è lacunoso; si veda',
    'L’edizione migliore è quella di'
  ]
}

/** Commentary after a citation, joined with a comma. */
export const TRAILERS: Record<Lang, readonly string[]> = {
  en: [
    'with further references',
    'who dates the document to {year}',
    'with a different interpretation',
    'which remains the standard account',
    'for the period after {year}',
    'although the author does not mention {city}',
    'and the review by {name}',
    'who counts {num} cases'
  ],
  de: [
    'mit weiteren Nachweisen',
    'der das Dokument auf {year} datiert',
    'mit abweichender Deutung',
    'dort auch zur älteren Literatur',
    'die allerdings {city} nicht berücksichtigt',
    'sowie die Rezension von {name}',
    'der {num} Fälle zählt'
  ],
  fr: [
    'avec une abondante bibliographie',
    'qui date le document de {year}',
    'pour une interprétation différente',
    'qui reste l’ouvrage de référence',
    'pour la période postérieure à {year}',
    'et le compte rendu de {name}',
    'qui dénombre {num} cas'
  ],
  es: [
    'con abundante bibliografía',
    'quien fecha el documento en {year}',
    'con una interpretación distinta',
    'que sigue siendo la obra de referencia',
    'para el periodo posterior a {year}',
    'y la reseña de {name}',
    'que cuenta {num} casos'
  ],
  it: [
    'con ampia bibliografia',
    'che data il documento al {year}',
    'con un’interpretazione diversa',
    'che resta l’opera di riferimento',
    'per il periodo successivo al {year}',
    'e la recensione di {name}',
    'che conta {num} casi'
  ]
}

/** How "per cent" is written. */
export const PERCENT: Record<Lang, string> = {en: '{n} per cent', de: '{n} Prozent', fr: '{n} %', es: '{n} %', it: '{n} per cento'}

/** Back-reference words a citeproc style does not write, by language. `{n}` is the note of the first mention. */
export interface BackReferenceWords {
  /** Same work as the citation just before. */
  ibid: readonly string[]
  /** Same work, when the pinpoint is the same too (Italian `Ibidem` against `Ivi`). */
  ibidSamePage: readonly string[]
  /** Same author as the citation just before; by grammatical form. */
  idem: {male: readonly string[]; female: readonly string[]; plural: readonly string[]}
  /** After the author of a work cited before (`Müller, a.a.O.`). */
  opCit: readonly string[]
  /** After a short title (`Storia di Venezia, cit.`). */
  titleCit: readonly string[]
  /** After the author, pointing to the note of the first mention. */
  noteRef: readonly string[]
  /** The pinpoint label (`S. `) written by hand. */
  pageLabel: readonly string[]
  and: string
  etAl: string
}

export const BACK_REFERENCES: Record<Lang, BackReferenceWords> = {
  en: {
    ibid: ['Ibid.', 'Ibid.', 'Ibidem'],
    ibidSamePage: ['Ibid.'],
    idem: {male: ['Id.', 'Idem'], female: ['Id.', 'Eadem'], plural: ['Idem', 'Eid.']},
    opCit: ['op. cit.', 'op. cit.', 'loc. cit.'],
    titleCit: ['op. cit.'],
    noteRef: ['supra note {n}', 'supra n {n}', 'n. {n} above', 'above, n. {n}'],
    pageLabel: ['', 'p. ', 'pp. '],
    and: 'and',
    etAl: 'et al.'
  },
  de: {
    ibid: ['Ebd.', 'Ebd.', 'Ebenda', 'Ibid.'],
    ibidSamePage: ['Ebd.', 'Ebenda'],
    idem: {male: ['Ders.'], female: ['Dies.'], plural: ['Dies.']},
    opCit: ['a.a.O.', 'a. a. O.'],
    titleCit: ['a.a.O.'],
    noteRef: ['wie Anm. {n}', 'Anm. {n}', 'wie Anm. {n}', 'wie Fn. {n}'],
    pageLabel: ['S. '],
    and: 'und',
    etAl: 'u. a.'
  },
  fr: {
    ibid: ['Ibid.', 'Ibid.', 'Ibidem', 'Ibid.'],
    ibidSamePage: ['Ibid.', 'Ibidem'],
    idem: {male: ['Id.', 'Idem'], female: ['Id.', 'Eadem'], plural: ['Id.']},
    opCit: ['op. cit.', 'op. cit.', 'loc. cit.'],
    titleCit: ['op. cit.', 'ouv. cité', 'art. cit.'],
    noteRef: ['art. cit. note {n}', 'op. cit., note {n}'],
    pageLabel: ['p. '],
    and: 'et',
    etAl: 'et al.'
  },
  es: {
    ibid: ['Ibíd.', 'Ibid.', 'Ibídem'],
    ibidSamePage: ['Ibídem', 'Ibíd.'],
    idem: {male: ['Íd.', 'Idem'], female: ['Íd.', 'Ídem'], plural: ['Íd.']},
    opCit: ['op. cit.', 'ob. cit.'],
    titleCit: ['op. cit.', 'art. cit.'],
    noteRef: ['op. cit., nota {n}'],
    pageLabel: ['p. ', 'pág. ', 'pp. '],
    and: 'y',
    etAl: 'et al.'
  },
  it: {
    ibid: ['Ivi', 'Ivi', 'Ibid.'],
    ibidSamePage: ['Ibidem', 'Ibid.'],
    idem: {male: ['Id.', 'Idem'], female: ['Ead.', 'Eadem'], plural: ['Idd.']},
    opCit: ['op. cit.', 'cit.'],
    titleCit: ['cit.', 'cit.', 'op. cit.', 'art. cit.'],
    noteRef: ['cit. alla nota {n}', 'op. cit., nota {n}'],
    pageLabel: ['p. ', 'pp. '],
    and: 'e',
    etAl: 'et al.'
  }
}

/** Legal (US) back references: `Smith, supra note 12, at 45`, `Id. at 45`. */
export const LEGAL_BACK_REFERENCES = {ibid: ['Id.', 'Id.', 'Ibid.'], at: ' at ', noteRef: ['supra note {n}', 'supra note {n}', 'supra n {n}']} as const

/** Back-reference words (any language) that count as `abbrev` where a style writes them itself. */
export const ABBREV_PATTERN =
  /(?<![\p{L}])(?:ibid\.?|ibidem|ibíd\.?|ibídem|ebd\.|ebenda|ivi|id\.|idem|íd\.|eid\.|eadem|ead\.|ders\.|dies\.|op\.\s?cit\.?|loc\.\s?cit\.?|art\.\s?cit\.?|ouv\.\s?cité|ob\.\s?cit\.|a\.\s?a\.\s?O\.|cit\.|supra(?:,)?\s(?:note|n\.?)\s\d+)(?![\p{L}])/giu
