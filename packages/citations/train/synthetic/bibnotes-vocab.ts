/**
 * Word lists of the hand-written bibliography-style notes (`bibnotes.ts`):
 * German theses in the humanities (towns, archives and their call numbers,
 * archival documents, regional journals, series, encyclopedias, newspapers,
 * web portals, the words of access dates) and the words of inverted-name
 * notes in English, French, Spanish and Italian. Written for this generator;
 * the towns, archives, journals and portals are mostly invented (a few
 * well-known institutions and reference works are named as they are).
 */
import type {Lang} from './vocab.js'

/** Invented German towns with the adjective newspapers and journals use (`Kellheimer Tageblatt`). */
export const TOWNS: ReadonlyArray<{name: string; adj: string}> = [
  {name: 'Kellheim', adj: 'Kellheimer'},
  {name: 'Ahrensfeld', adj: 'Ahrensfelder'},
  {name: 'Bergstetten', adj: 'Bergstettener'},
  {name: 'Wernsdorf', adj: 'Wernsdorfer'},
  {name: 'Hollbach', adj: 'Hollbacher'},
  {name: 'Lindenau', adj: 'Lindenauer'},
  {name: 'Altenmark', adj: 'Altenmarker'},
  {name: 'Rothenfeld', adj: 'Rothenfelder'},
  {name: 'Eschwerda', adj: 'Eschwerdaer'},
  {name: 'Marienhagen', adj: 'Marienhagener'},
  {name: 'Oberwalden', adj: 'Oberwaldener'},
  {name: 'Grafenbrück', adj: 'Grafenbrücker'},
  {name: 'Hainstadt', adj: 'Hainstädter'},
  {name: 'Sülzfeld', adj: 'Sülzfelder'},
  {name: 'Weißenbach', adj: 'Weißenbacher'},
  {name: 'Kronau', adj: 'Kronauer'},
  {name: 'Dornstedt', adj: 'Dornstedter'},
  {name: 'Falkenried', adj: 'Falkenrieder'}
]

/** Invented or historical regions for state archives (`Landesarchiv Nordmark`). */
export const REGIONS: readonly string[] = [
  'Nordmark',
  'Westfalen',
  'Oberfranken',
  'Baden',
  'Thüringen',
  'Sachsen-Anhalt',
  'Niedersachsen',
  'Schleswig-Holstein',
  'Hessen',
  'Rheinland',
  'Oberpfalz',
  'Lippe',
  'Ostfriesland',
  'Mittelmark'
]

/** Call numbers: `{n}` up to four digits, `{m}` up to three, `{r}` a Roman numeral, `{L}` a capital. */
export type CallKind = 'city' | 'state' | 'federal' | 'university' | 'church' | 'business'

export const CALL_NUMBERS: Record<CallKind, readonly string[]> = {
  city: [
    'Best. {m}, Nr. {n}',
    'Best. {m} Nr. {n}',
    'Best. A {m}, Nr. {n}',
    'Bestand Magistrat, Nr. {n}',
    'Abt. {r}, Nr. {n}',
    'MA {m}, Nr. {n}',
    'Best. {m}/{m}, Nr. {n}',
    'Ratsprotokolle, Bd. {m}',
    'Bauakten, Nr. {n}',
    'Sign. {L} {m}/{n}'
  ],
  state: [
    'Rep. {m}, Nr. {n}',
    'A Rep. {m}-{m}, Nr. {n}',
    'Abt. {m}, Nr. {n}',
    '{L} {m} Bü {n}',
    'Best. {m}, Nr. {n}',
    'Rep. {m} {L}, Tit. {m}, Nr. {n}',
    'MInn {n}',
    'Reg. {L} {m}, Nr. {n}',
    'Dep. {m}, Nr. {n}'
  ],
  federal: ['R {n}/{n}', 'R {m} I/{n}', 'B {m}/{n}', 'NS {m}/{n}', 'N {n}/{m}', 'RW {m}/{n}', 'DO {m}/{n}', 'DY {m}/{n}'],
  university: ['Rektoratsakten, Nr. {n}', 'Best. {m}, Nr. {n}', 'Phil. Fak., Nr. {n}', 'PA {n}', 'Sign. {L} {m}/{n}'],
  church: ['Best. {m}, Nr. {n}', 'Pfarrakten, Nr. {n}', 'Gen. {m}, Nr. {n}', 'Konsistorium, Nr. {n}'],
  business: ['Best. {m}, Nr. {n}', 'Akte {m}/{n}', 'Vorstandsprotokolle, Bd. {m}', 'Sign. {L} {m}/{n}']
}

/**
 * Archive families: the name template (`{T}` a town, `{R}` a region), how
 * its abbreviation is formed (`{i}` the initial of the town or region,
 * `{T}`/`{R}` the word), the call-number kind.
 */
export const ARCHIVE_KINDS: ReadonlyArray<{name: string; abbrs: readonly string[]; calls: CallKind; weight: number}> = [
  {name: 'Stadtarchiv {T}', abbrs: ['StA{i}', 'StadtA {T}', 'StA {T}', 'StadtA{i}'], calls: 'city', weight: 9},
  {name: 'Kreisarchiv {T}', abbrs: ['KrA {T}', 'KA{i}', 'KreisA {T}'], calls: 'city', weight: 2},
  {name: 'Staatsarchiv {T}', abbrs: ['StA {T}', 'StA{i}'], calls: 'state', weight: 3},
  {name: 'Hauptstaatsarchiv {T}', abbrs: ['HStA {T}', 'HStA{i}', 'HSA{i}'], calls: 'state', weight: 3},
  {name: 'Landesarchiv {R}', abbrs: ['LA{i}', 'LA {R}', 'LArch{i}'], calls: 'state', weight: 4},
  {name: 'Landesarchiv {R}, Abteilung {T}', abbrs: ['LA{i} {T}', 'LA{i}-{T}'], calls: 'state', weight: 1},
  {name: 'Generallandesarchiv {T}', abbrs: ['GLA {T}', 'GLA{i}'], calls: 'state', weight: 1},
  {name: 'Bundesarchiv', abbrs: ['BArch', 'BArch', 'BA'], calls: 'federal', weight: 4},
  {name: 'Bundesarchiv Berlin-Lichterfelde', abbrs: ['BArch', 'BAB'], calls: 'federal', weight: 1},
  {name: 'Bundesarchiv Koblenz', abbrs: ['BArch', 'BAK'], calls: 'federal', weight: 1},
  {name: 'Universitätsarchiv {T}', abbrs: ['UA {T}', 'UA{i}', 'UniA {T}'], calls: 'university', weight: 2},
  {name: 'Archiv des Bistums {T}', abbrs: ['BA {T}', 'ABi{i}', 'DAB{i}'], calls: 'church', weight: 1},
  {name: 'Landeskirchliches Archiv {T}', abbrs: ['LKA {T}', 'LKA{i}'], calls: 'church', weight: 1},
  {name: 'Wirtschaftsarchiv {R}', abbrs: ['WA{i}', 'WiA {R}'], calls: 'business', weight: 1},
  {name: 'Firmenarchiv der {T}er Maschinenfabrik', abbrs: ['FA {T}', 'FAM{i}'], calls: 'business', weight: 1}
]

/** How a thesis announces an archive's abbreviation at its first mention (`Stadtarchiv Kellheim (im Folgenden: StAK)`). */
export const ARCHIVE_INTROS: ReadonlyArray<readonly [string, number]> = [
  ['im Folgenden: ', 5],
  ['künftig: ', 2],
  ['fortan: ', 1],
  ['im Folgenden zit. als ', 1],
  ['', 3]
]

/** Offices as senders of archival documents (genitive). */
export const OFFICES: readonly string[] = [
  'Stadtbaurats',
  'Oberbürgermeisters',
  'Landrats',
  'Regierungspräsidenten',
  'Polizeipräsidenten',
  'Magistrats',
  'Bezirksamts {T}',
  'Gewerbeinspektors',
  'Kreisschulinspektors',
  'Oberpräsidenten der Provinz {R}',
  'Stadtkämmerers',
  'Armenpflegers',
  'Gesundheitsamts',
  'Ministeriums des Innern',
  'Bürgermeisters von {T}',
  'Stadtschulrats',
  'Kreisleiters',
  'Arbeitsamts {T}'
]

/** Recipients (accusative). */
export const RECIPIENTS: readonly string[] = [
  'den Magistrat',
  'den Landrat',
  'das Innenministerium',
  'die Stadtverordnetenversammlung',
  'den Regierungspräsidenten in {T}',
  'das Bezirksamt',
  'den Oberbürgermeister',
  'die Kreishauptmannschaft',
  'das Kultusministerium',
  'den Gemeinderat'
]

export const GROUPS: readonly string[] = [
  'Anwohner der Kirchgasse',
  'Handwerkskammer {T}',
  'Hausbesitzer der Vorstadt',
  'Gewerbetreibenden der Altstadt',
  'Bürgerschaft von {T}',
  'Lehrerschaft der Volksschulen',
  'Arbeiter der Ziegelei',
  'Witwe Anna {F}'
]

export const BODIES: readonly string[] = [
  'Bauausschusses',
  'Magistrats',
  'Stadtrats',
  'Armenrats',
  'Kreistags',
  'Schulvorstands',
  'Gemeinderats {T}',
  'Finanzausschusses',
  'Kirchenvorstands',
  'Aufsichtsrats'
]

export const TOPICS: readonly string[] = [
  'die Kanalisation der Altstadt',
  'die Erweiterung des Schlachthofs',
  'die Lage der Arbeiterschaft',
  'die Wohnungsfrage',
  'den Bau einer Volksschule',
  'die Armenpflege im Jahr {Y}',
  'die Verlegung des Bahnhofs',
  'die Einquartierung von Truppen',
  'die Versorgung mit Brennholz',
  'die Eingemeindung von {T}',
  'die Unterbringung der Flüchtlinge'
]

/** Archival document titles: `{office}`, `{recipient}`, `{group}`, `{body}`, `{topic}`, `{P}` a person, `{T}` a town, `{Y}` a year, `{M}` a month. */
export const DOCUMENT_TITLES: readonly string[] = [
  'Bericht des {office} an {recipient}',
  'Schreiben des {office} an {recipient}',
  'Eingabe der {group} an {recipient}',
  'Protokoll der Sitzung des {body}',
  'Niederschrift über die Sitzung des {body}',
  'Aktenvermerk des {office}',
  'Denkschrift des {office} über {topic}',
  'Brief von {P} an {P}',
  'Verfügung des {office}',
  'Haushaltsplan der Stadt {T} für das Rechnungsjahr {Y}',
  'Gutachten des {office} über {topic}',
  'Rundschreiben des {office}',
  'Lagebericht des {office} für {M} {Y}',
  'Beschwerde der {group}',
  'Antrag des {office} betreffend {topic}'
]

/** Regional and subject journals of German theses (`{T}`/`{A}` a town and its adjective, `{R}` a region). */
export const THESIS_JOURNALS: readonly string[] = [
  'Zeitschrift für Stadtgeschichte',
  'Jahrbuch für Regionalgeschichte',
  'Blätter für deutsche Landesgeschichte',
  'Zeitschrift für bayerische Landesgeschichte',
  'Historisches Jahrbuch',
  'Vierteljahrschrift für Sozial- und Wirtschaftsgeschichte',
  '{A} Geschichtsblätter',
  'Mitteilungen des Vereins für Geschichte der Stadt {T}',
  'Jahrbuch für Wirtschaftsgeschichte',
  'Westfälische Forschungen',
  'Zeitschrift für Unternehmensgeschichte',
  'Informationen zur modernen Stadtgeschichte',
  'Die alte Stadt',
  'Archiv für Kommunalwissenschaften',
  'Zeitschrift des Vereins für Geschichte {R}s',
  'Jahrbuch des Kreises {T}',
  'Heimatblätter für den Kreis {T}',
  'Zeitschrift für Agrargeschichte und Agrarsoziologie',
  'Archiv für mittelrheinische Kirchengeschichte',
  'Jahrbuch für Geschichte Mittel- und Ostdeutschlands'
]

/** Series (`(= Reihe, Bd. 14)`). */
export const THESIS_SERIES: readonly string[] = [
  'Studien zur Stadtgeschichte',
  'Forschungen zur Landesgeschichte',
  'Kritische Studien zur Geschichtswissenschaft',
  'Beiträge zur Sozial- und Wirtschaftsgeschichte',
  'Schriftenreihe des Instituts für Stadtgeschichte',
  'Veröffentlichungen des Stadtarchivs {T}',
  'Beiträge zur Geschichte der Stadt {T}',
  'Quellen und Darstellungen zur Zeitgeschichte',
  'Historische Studien',
  'Studien zur Geschichte des Alltags',
  'Veröffentlichungen der Historischen Kommission für {R}',
  'Schriften des Vereins für Geschichte {R}s',
  'Studien zur Regionalgeschichte',
  'Geschichte und Kultur',
  'Europäische Hochschulschriften, Reihe III'
]

/** Encyclopedias cited with `Art. „…“` and columns (`Sp.`). */
export const LEXICA: ReadonlyArray<{title: string; place: string; volumes: number}> = [
  {title: 'Lexikon des Mittelalters', place: 'München', volumes: 9},
  {title: 'Enzyklopädie der Neuzeit', place: 'Stuttgart', volumes: 16},
  {title: 'Historisches Wörterbuch der Philosophie', place: 'Basel', volumes: 13},
  {title: 'Geschichtliche Grundbegriffe', place: 'Stuttgart', volumes: 8},
  {title: 'Handwörterbuch zur deutschen Rechtsgeschichte', place: 'Berlin', volumes: 5},
  {title: 'Theologische Realenzyklopädie', place: 'Berlin/New York', volumes: 36},
  {title: 'Religion in Geschichte und Gegenwart', place: 'Tübingen', volumes: 8},
  {title: 'Handwörterbuch des deutschen Aberglaubens', place: 'Berlin', volumes: 10},
  {title: 'Lexikon für Theologie und Kirche', place: 'Freiburg im Breisgau', volumes: 11}
]

/** Entries of those encyclopedias (`Art. „Zunft“`). */
export const LEXICON_ENTRIES: readonly string[] = [
  'Zunft',
  'Stadt',
  'Bürgertum',
  'Armenfürsorge',
  'Magistrat',
  'Verwaltung',
  'Policey',
  'Hospital',
  'Bruderschaft',
  'Gemeinde',
  'Obrigkeit',
  'Handwerk',
  'Zensur',
  'Eid',
  'Ehre',
  'Markt',
  'Pfarrei',
  'Stadtrecht'
]

/** Newspapers: regional (`{A}` the town adjective) and national. */
export const THESIS_NEWSPAPERS: readonly string[] = [
  '{A} Tageblatt',
  '{A} Anzeiger',
  '{A} Volkszeitung',
  'Generalanzeiger für {T} und Umgebung',
  '{A} Neueste Nachrichten',
  '{A} Zeitung',
  'Volksstimme',
  'Frankfurter Zeitung',
  'Vossische Zeitung',
  'Berliner Tageblatt',
  'Kölnische Zeitung',
  'Allgemeine Zeitung'
]

/** Web portals and blogs (invented, with hosts). */
export const PORTALS: ReadonlyArray<{name: string; host: string}> = [
  {name: 'Stadtgeschichte {T} online', host: 'www.stadtgeschichte-{t}.de'},
  {name: 'Portal Regionalgeschichte {R}', host: 'www.regionalgeschichte-{r}.de'},
  {name: 'Blog des Stadtarchivs {T}', host: 'stadtarchiv{t}.hypotheses.org'},
  {name: 'Archivamtsblog', host: 'archivamt.hypotheses.org'},
  {name: 'Historisches Portal {R}', host: 'www.historisches-portal-{r}.de'},
  {name: 'Themenportal Stadt und Region', host: 'www.stadt-und-region.de'},
  {name: 'Digitales Heimatbuch {T}', host: 'heimatbuch-{t}.de'},
  {name: 'Netzwerk Landesgeschichte', host: 'www.netzwerk-landesgeschichte.de'}
]

/** How a German thesis writes a URL and its access date: `{url}`, `{date}`. */
export const URL_FORMS_DE: readonly string[] = [
  'URL: {url} (Zugriff: {date})',
  'URL: {url} [Zugriff: {date}]',
  'online unter: {url} (abgerufen am {date})',
  '{url} (abgerufen am {date})',
  '<{url}> [Stand: {date}]',
  '{url}, Stand: {date}',
  'URL: <{url}> (letzter Zugriff: {date})',
  'online: {url} (Zugriff am {date})',
  'URL: {url} (Stand: {date})'
]

export const URL_FORMS: Record<Exclude<Lang, 'de'>, readonly string[]> = {
  en: ['available at: {url} (accessed {date})', '{url} (accessed {date})', 'URL: {url} [accessed {date}]', '<{url}> (last accessed {date})'],
  fr: ['URL : {url} (consulté le {date})', '{url} (consulté le {date})', 'en ligne : {url} [consulté le {date}]', '<{url}>, consulté le {date}'],
  es: ['disponible en: {url} (consultado el {date})', '{url} (consultado el {date})', 'URL: {url} [fecha de consulta: {date}]', 'en línea: <{url}> (consulta: {date})'],
  it: ['URL: {url} (consultato il {date})', '{url} (ultima consultazione: {date})', 'disponibile online: {url} [consultato il {date}]', '<{url}> (data di accesso: {date})']
}

/** Thesis genres as notes write them before the university (`Diss. Universität Göttingen 1998`). */
export const DISS_GENRES: readonly string[] = ['Diss.', 'Diss.', 'Diss. phil.', 'Phil. Diss.', 'Dissertation', 'Diss. masch.', 'ungedr. Diss.', 'Habil.-Schrift', 'Magisterarbeit']

export const DISS_UNIVERSITIES: ReadonlyArray<{name: string; town: string}> = [
  {name: 'Universität Göttingen', town: 'Göttingen'},
  {name: 'Universität Bielefeld', town: 'Bielefeld'},
  {name: 'Universität Tübingen', town: 'Tübingen'},
  {name: 'Universität Hamburg', town: 'Hamburg'},
  {name: 'Universität Leipzig', town: 'Leipzig'},
  {name: 'Universität Münster', town: 'Münster'},
  {name: 'Universität Freiburg', town: 'Freiburg'},
  {name: 'Universität Wien', town: 'Wien'},
  {name: 'Technische Universität Berlin', town: 'Berlin'},
  {name: 'Universität Erlangen-Nürnberg', town: 'Erlangen'},
  {name: 'Universität Trier', town: 'Trier'},
  {name: 'Universität Kassel', town: 'Kassel'}
]

/** Book titles of German theses, beyond the general templates (`{T}` town, `{R}` region, `{Y1}`–`{Y2}` years). */
export const THESIS_TITLES: readonly string[] = [
  'Die Stadt im Wandel',
  'Bürgertum und Stadtverwaltung in {T} {Y1}–{Y2}',
  'Kommunalpolitik im Kaiserreich. Das Beispiel {T}',
  'Zwischen Tradition und Moderne. Die Stadt {T} im 19. Jahrhundert',
  'Armut und Fürsorge in {R} ({Y1}–{Y2})',
  'Die Industrialisierung {R}s',
  'Handwerk und Zunft in der Frühen Neuzeit',
  'Stadtplanung und Wohnungsbau in {T} nach {Y1}',
  'Herrschaft und Verwaltung in {R}',
  'Schule und Gesellschaft im ländlichen {R}',
  'Die Revolution von 1848/49 in {T}',
  'Kirche und Gemeinde in {T} {Y1}–{Y2}',
  'Der Magistrat der Stadt {T} und die Wohnungsfrage',
  'Flüchtlinge und Vertriebene in {R} nach 1945',
  'Ordnung und Öffentlichkeit. Polizei in {T} {Y1}–{Y2}'
]

/** Words of inverted-name notes by language (English, French, Spanish, Italian). */
export interface BibWords {
  and: string
  etAl: string
  /** After one editor's names and after several. */
  ed: readonly string[]
  eds: readonly string[]
  inWord: readonly string[]
  page: string
  pages: string
  vol: string
  no: readonly string[]
  /** Before the pinpoint inside a page range (`hier`, `ici`, `esp.`). */
  here: readonly string[]
  /** Before an edition number (`2nd ed.`: written by `edition()`). */
  thesis: readonly string[]
  opCit: readonly string[]
  titleCit: readonly string[]
  ibid: readonly string[]
  ibidSame: readonly string[]
  idem: {male: readonly string[]; female: readonly string[]; plural: readonly string[]}
  quotes: ReadonlyArray<readonly [string, string]>
}

export const BIB_WORDS: Record<Lang, BibWords> = {
  en: {
    and: 'and',
    etAl: 'et al.',
    ed: [' (ed.)', ', ed.'],
    eds: [' (eds.)', ', eds.'],
    inWord: ['In ', 'in '],
    page: 'p. ',
    pages: 'pp. ',
    vol: 'vol. ',
    no: ['no. '],
    here: ['esp. ', 'here ', 'at '],
    thesis: ['PhD diss.', 'PhD thesis', 'DPhil thesis'],
    opCit: ['op. cit.'],
    titleCit: ['op. cit.'],
    ibid: ['Ibid.'],
    ibidSame: ['Ibid.'],
    idem: {male: ['Id.', 'Idem'], female: ['Id.', 'Eadem'], plural: ['Idem']},
    quotes: [
      ['“', '”'],
      ['‘', '’']
    ]
  },
  de: {
    and: 'und',
    etAl: 'u. a.',
    ed: [' (Hrsg.)', ' (Hg.)'],
    eds: [' (Hrsg.)', ' (Hgg.)', ' (Hg.)'],
    inWord: ['In: ', 'in: ', 'In: '],
    page: 'S. ',
    pages: 'S. ',
    vol: 'Bd. ',
    no: ['H. ', 'Nr. ', 'Heft '],
    here: ['hier ', 'hier ', 'hier: ', 'bes. ', 'insb. '],
    thesis: ['Diss.'],
    opCit: ['a.a.O.', 'a. a. O.'],
    titleCit: ['a.a.O.'],
    ibid: ['Ebd.', 'Ebd.', 'Ebenda'],
    ibidSame: ['Ebd.', 'Ebenda'],
    idem: {male: ['Ders.'], female: ['Dies.'], plural: ['Dies.']},
    quotes: [['„', '“']]
  },
  fr: {
    and: 'et',
    etAl: 'et al.',
    ed: [' (dir.)', ' (éd.)'],
    eds: [' (dir.)', ' (éd.)', ' (dirs.)'],
    inWord: ['dans ', 'in ', 'in '],
    page: 'p. ',
    pages: 'p. ',
    vol: 'vol. ',
    no: ['n° ', 'no '],
    here: ['ici ', 'ici ', 'en part. '],
    thesis: ['thèse de doctorat', 'thèse', 'thèse de doctorat en histoire'],
    opCit: ['op. cit.'],
    titleCit: ['op. cit.', 'art. cit.'],
    ibid: ['Ibid.', 'Ibidem'],
    ibidSame: ['Ibid.', 'Ibidem'],
    idem: {male: ['Id.'], female: ['Id.'], plural: ['Id.']},
    quotes: [['« ', ' »']]
  },
  es: {
    and: 'y',
    etAl: 'et al.',
    ed: [' (ed.)', ' (coord.)', ' (dir.)'],
    eds: [' (eds.)', ' (coords.)'],
    inWord: ['en ', 'En: ', 'en: '],
    page: 'p. ',
    pages: 'pp. ',
    vol: 'vol. ',
    no: ['núm. ', 'n.º '],
    here: ['aquí ', 'esp. ', 'en particular '],
    thesis: ['tesis doctoral', 'tesis de doctorado'],
    opCit: ['op. cit.', 'ob. cit.'],
    titleCit: ['op. cit.', 'cit.'],
    ibid: ['Ibid.', 'Ibíd.', 'Ibídem'],
    ibidSame: ['Ibídem', 'Ibid.'],
    idem: {male: ['Íd.', 'Ídem'], female: ['Íd.', 'Ídem'], plural: ['Íd.']},
    quotes: [
      ['«', '»'],
      ['“', '”']
    ]
  },
  it: {
    and: 'e',
    etAl: 'et al.',
    ed: [' (a cura di)', ' (ed.)'],
    eds: [' (a cura di)', ' (eds.)'],
    inWord: ['in '],
    page: 'p. ',
    pages: 'pp. ',
    vol: 'vol. ',
    no: ['n. ', 'fasc. '],
    here: ['qui ', 'in part. ', 'spec. '],
    thesis: ['tesi di dottorato', 'tesi di laurea'],
    opCit: ['op. cit.', 'cit.'],
    titleCit: ['cit.', 'cit.', 'op. cit.'],
    ibid: ['Ivi', 'Ivi', 'Ibid.'],
    ibidSame: ['Ibidem', 'Ibid.'],
    idem: {male: ['Id.'], female: ['Ead.'], plural: ['Idd.']},
    quotes: [
      ['«', '»'],
      ['“', '”']
    ]
  }
}

/** Signals of German theses (`Vgl.` before most citations) and commentary between citations. */
export const THESIS_SIGNALS: ReadonlyArray<readonly [string, number]> = [
  ['Vgl.', 30],
  ['Vgl. auch', 5],
  ['Vgl. dazu auch', 4],
  ['Vgl. hierzu', 3],
  ['Siehe', 2],
  ['Siehe hierzu ausführlich', 2],
  ['Zur Kritik vgl.', 2],
  ['Anders', 2],
  ['Grundlegend', 2],
  ['So auch', 2],
  ['Ähnlich', 1],
  ['Dazu ausführlich', 1],
  ['Zit. nach', 2],
  ['Zitiert nach', 1],
  ['S. dazu', 1],
  ['Exemplarisch', 1],
  ['Zusammenfassend', 1],
  ['Kritisch dazu', 1],
  ['Allgemein dazu', 1],
  ['Vgl. etwa', 2],
  ['Vgl. z. B.', 1],
  ['Einen Überblick bietet', 1],
  ['Zum Forschungsstand vgl.', 1]
]

export const THESIS_JOINERS: ReadonlyArray<readonly [string, number]> = [
  ['; ', 16],
  ['; vgl. auch ', 4],
  ['; vgl. dazu auch ', 3],
  ['. Vgl. dazu auch ', 2],
  ['. Vgl. auch ', 2],
  ['; anders ', 2],
  ['. Anders ', 1],
  ['; siehe hierzu ausführlich ', 1],
  ['. Zur Kritik vgl. ', 1],
  ['; zur Kritik ', 1],
  ['; ferner ', 1],
  ['; kritisch dazu ', 1],
  [' sowie ', 1],
  ['; außerdem ', 1],
  [', zit. nach ', 1],
  ['; so auch ', 1]
]
