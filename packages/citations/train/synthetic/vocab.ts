/**
 * Word lists for the synthetic works: names, places, publishers, journals,
 * newspapers, websites, software, archives, laws and courts. Written for this
 * generator (no list is copied from elsewhere); the institutions named are
 * real, the people are not meant to be.
 */

/** The languages of the documents (and of most titles). */
export const LANGS = ['en', 'de', 'fr', 'es', 'it'] as const
export type Lang = (typeof LANGS)[number]

/**
 * Name traditions: the document languages, Dutch particles, Portuguese double
 * family names, romanized Chinese,
 * Korean and Japanese names, transliterated Russian names; `eastAsian` is one
 * of the three East Asian traditions at random.
 */
export type NameOrigin = Lang | 'nl' | 'pt' | 'zh' | 'ko' | 'ja' | 'ru' | 'eastAsian'
export type PoolOrigin = Exclude<NameOrigin, 'eastAsian'>

export interface NamePool {
  male: readonly string[]
  female: readonly string[]
  family: readonly string[]
}

export const NAMES: Record<PoolOrigin, NamePool> = {
  en: {
    male: [
      'James',
      'John',
      'Robert',
      'Michael',
      'William',
      'David',
      'Richard',
      'Thomas',
      'Christopher',
      'Daniel',
      'Matthew',
      'Andrew',
      'Peter',
      'Simon',
      'Edward',
      'Henry',
      'George',
      'Samuel',
      'Benjamin',
      'Nicholas',
      'Timothy',
      'Jonathan',
      'Alan',
      'Kenneth',
      'Patrick'
    ],
    female: [
      'Mary',
      'Elizabeth',
      'Sarah',
      'Jennifer',
      'Susan',
      'Margaret',
      'Catherine',
      'Emily',
      'Rachel',
      'Laura',
      'Helen',
      'Alice',
      'Ruth',
      'Joanna',
      'Rebecca',
      'Claire',
      'Natalie',
      'Hannah',
      'Lucy',
      'Frances',
      'Olivia',
      'Abigail',
      'Deborah',
      'Judith',
      'Caroline'
    ],
    family: [
      'Smith',
      'Johnson',
      'Williams',
      'Brown',
      'Taylor',
      'Anderson',
      'Thompson',
      'Harris',
      'Clark',
      'Lewis',
      'Walker',
      'Hall',
      'Young',
      'Wright',
      'Hughes',
      'Edwards',
      'Green',
      'Baker',
      'Hill',
      'Cooper',
      'Ward',
      'Morgan',
      'Bell',
      'Murphy',
      'Bailey',
      'Kelly',
      'Howard',
      'Fletcher',
      'Turner',
      'Parker',
      'Collins',
      'Stewart',
      'Morris',
      'Rogers',
      'Reed',
      'Cook',
      'Bennett',
      'Gray',
      'Price',
      'Sullivan',
      'Hayes',
      'Fitzgerald',
      "O'Brien",
      'McAllister',
      'Whitfield',
      'Ashworth',
      'Pemberton',
      'Langley',
      'Crawford',
      'Holloway'
    ]
  },
  de: {
    male: [
      'Hans',
      'Peter',
      'Klaus',
      'Jürgen',
      'Wolfgang',
      'Michael',
      'Thomas',
      'Andreas',
      'Stefan',
      'Matthias',
      'Martin',
      'Jörg',
      'Uwe',
      'Dieter',
      'Frank',
      'Lutz',
      'Reinhard',
      'Ulrich',
      'Joachim',
      'Günter',
      'Karl-Heinz',
      'Hans-Ulrich',
      'Sebastian',
      'Florian',
      'Tobias'
    ],
    female: [
      'Anna',
      'Ursula',
      'Monika',
      'Sabine',
      'Petra',
      'Gabriele',
      'Birgit',
      'Katrin',
      'Susanne',
      'Claudia',
      'Andrea',
      'Christiane',
      'Ute',
      'Heike',
      'Barbara',
      'Dorothee',
      'Friederike',
      'Annette',
      'Silke',
      'Julia',
      'Anne-Kathrin',
      'Lena',
      'Miriam',
      'Johanna',
      'Ingrid'
    ],
    family: [
      'Müller',
      'Schmidt',
      'Schneider',
      'Fischer',
      'Weber',
      'Meyer',
      'Wagner',
      'Becker',
      'Schulz',
      'Hoffmann',
      'Schäfer',
      'Koch',
      'Bauer',
      'Richter',
      'Klein',
      'Wolf',
      'Schröder',
      'Neumann',
      'Schwarz',
      'Zimmermann',
      'Braun',
      'Krüger',
      'Hofmann',
      'Hartmann',
      'Lange',
      'Schmitt',
      'Werner',
      'Krause',
      'Lehmann',
      'Köhler',
      'Maier',
      'Huber',
      'Kaiser',
      'Fuchs',
      'Peters',
      'Lang',
      'Scholz',
      'Möller',
      'Weiß',
      'Jung',
      'Hahn',
      'Vogel',
      'Friedrich',
      'Günther',
      'Roth',
      'Beck',
      'Lorenz',
      'Baumann',
      'Franke',
      'Albrecht',
      'Ostermann',
      'Strauß',
      'Kühn'
    ]
  },
  fr: {
    male: [
      'Jean',
      'Pierre',
      'Michel',
      'André',
      'Philippe',
      'Alain',
      'Jacques',
      'Bernard',
      'François',
      'Daniel',
      'Christophe',
      'Nicolas',
      'Olivier',
      'Laurent',
      'Stéphane',
      'Étienne',
      'Jean-Paul',
      'Jean-Claude',
      'Jean-François',
      'Gérard',
      'Rémi',
      'Thierry',
      'Yves',
      'Antoine',
      'Hervé'
    ],
    female: [
      'Marie',
      'Nathalie',
      'Isabelle',
      'Sylvie',
      'Catherine',
      'Françoise',
      'Christine',
      'Monique',
      'Sophie',
      'Valérie',
      'Anne',
      'Hélène',
      'Élisabeth',
      'Claire',
      'Cécile',
      'Marie-Claude',
      'Anne-Marie',
      'Geneviève',
      'Odile',
      'Agnès',
      'Béatrice',
      'Chantal',
      'Delphine',
      'Émilie',
      'Juliette'
    ],
    family: [
      'Martin',
      'Bernard',
      'Dubois',
      'Thomas',
      'Robert',
      'Richard',
      'Petit',
      'Durand',
      'Leroy',
      'Moreau',
      'Simon',
      'Laurent',
      'Lefèvre',
      'Michel',
      'Garcia',
      'David',
      'Bertrand',
      'Roux',
      'Vincent',
      'Fournier',
      'Morel',
      'Girard',
      'André',
      'Mercier',
      'Dupont',
      'Lambert',
      'Bonnet',
      'François',
      'Martinez',
      'Legrand',
      'Garnier',
      'Faure',
      'Rousseau',
      'Blanc',
      'Guérin',
      'Muller',
      'Henry',
      'Roussel',
      'Nicolas',
      'Perrin',
      'Morin',
      'Mathieu',
      'Clément',
      'Gauthier',
      'Chevalier',
      'Lemaire',
      'Barbier',
      'Brunet',
      'Chauvin',
      'Verdier'
    ]
  },
  es: {
    male: [
      'José',
      'Antonio',
      'Manuel',
      'Francisco',
      'Juan',
      'David',
      'Javier',
      'Carlos',
      'Jesús',
      'Miguel',
      'Rafael',
      'Pedro',
      'Ángel',
      'Alejandro',
      'Fernando',
      'Luis',
      'Sergio',
      'Pablo',
      'Jorge',
      'Alberto',
      'José Luis',
      'Juan Carlos',
      'Ignacio',
      'Andrés',
      'Ramón'
    ],
    female: [
      'María',
      'Carmen',
      'Ana',
      'Isabel',
      'Dolores',
      'Pilar',
      'Teresa',
      'Rosa',
      'Cristina',
      'Laura',
      'Mercedes',
      'Elena',
      'Lucía',
      'Marta',
      'Silvia',
      'Patricia',
      'Raquel',
      'Montserrat',
      'María José',
      'Ana Isabel',
      'Beatriz',
      'Inmaculada',
      'Nuria',
      'Rocío',
      'Consuelo'
    ],
    family: [
      'García',
      'Rodríguez',
      'González',
      'Fernández',
      'López',
      'Martínez',
      'Sánchez',
      'Pérez',
      'Gómez',
      'Martín',
      'Jiménez',
      'Ruiz',
      'Hernández',
      'Díaz',
      'Moreno',
      'Muñoz',
      'Álvarez',
      'Romero',
      'Alonso',
      'Gutiérrez',
      'Navarro',
      'Torres',
      'Domínguez',
      'Vázquez',
      'Ramos',
      'Gil',
      'Ramírez',
      'Serrano',
      'Blanco',
      'Molina',
      'Morales',
      'Suárez',
      'Ortega',
      'Delgado',
      'Castro',
      'Ortiz',
      'Rubio',
      'Marín',
      'Sanz',
      'Iglesias',
      'Núñez',
      'Medina',
      'Garrido',
      'Cortés',
      'Santos',
      'Castillo',
      'Lozano',
      'Guerrero',
      'Cano',
      'Prieto'
    ]
  },
  it: {
    male: [
      'Giuseppe',
      'Giovanni',
      'Antonio',
      'Mario',
      'Luigi',
      'Francesco',
      'Angelo',
      'Vincenzo',
      'Pietro',
      'Salvatore',
      'Carlo',
      'Franco',
      'Domenico',
      'Bruno',
      'Paolo',
      'Michele',
      'Giorgio',
      'Aldo',
      'Sergio',
      'Luciano',
      'Gian Maria',
      'Pier Paolo',
      'Stefano',
      'Andrea',
      'Massimo'
    ],
    female: [
      'Maria',
      'Anna',
      'Giuseppina',
      'Rosa',
      'Angela',
      'Giovanna',
      'Teresa',
      'Lucia',
      'Carmela',
      'Caterina',
      'Francesca',
      'Antonella',
      'Paola',
      'Elena',
      'Chiara',
      'Silvia',
      'Laura',
      'Valentina',
      'Federica',
      'Marta',
      'Anna Maria',
      'Maria Grazia',
      'Simonetta',
      'Ornella',
      'Benedetta'
    ],
    family: [
      'Rossi',
      'Russo',
      'Ferrari',
      'Esposito',
      'Bianchi',
      'Romano',
      'Colombo',
      'Ricci',
      'Marino',
      'Greco',
      'Bruno',
      'Gallo',
      'Conti',
      'De Luca',
      'Mancini',
      'Costa',
      'Giordano',
      'Rizzo',
      'Lombardi',
      'Moretti',
      'Barbieri',
      'Fontana',
      'Santoro',
      'Mariani',
      'Rinaldi',
      'Caruso',
      'Ferrara',
      'Galli',
      'Martini',
      'Leone',
      'Longo',
      'Gentile',
      'Martinelli',
      'Vitale',
      'Lombardo',
      'Serra',
      'Coppola',
      'De Santis',
      'Marchetti',
      'Parisi',
      'Villa',
      'Cattaneo',
      'Fabbri',
      'Zanetti',
      'Pellegrini',
      'Gatti',
      'Morosini',
      'Grimani',
      'Contarini',
      'Tiepolo'
    ]
  },
  nl: {
    male: ['Jan', 'Pieter', 'Hendrik', 'Willem', 'Johannes', 'Cornelis', 'Maarten', 'Joost', 'Bart', 'Sander'],
    female: ['Anna', 'Maria', 'Johanna', 'Els', 'Marieke', 'Annelies', 'Saskia', 'Ineke', 'Femke', 'Lotte'],
    family: ['Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Kuipers', 'Wouters', 'Vermeulen']
  },
  pt: {
    male: ['João', 'José', 'António', 'Manuel', 'Luís', 'Paulo', 'Rui', 'Fernando', 'Jorge', 'Pedro', 'Carlos', 'Miguel', 'Nuno', 'Ricardo', 'Sérgio', 'Francisco'],
    female: ['Maria', 'Ana', 'Joana', 'Teresa', 'Isabel', 'Helena', 'Luísa', 'Fátima', 'Inês', 'Sofia', 'Margarida', 'Catarina', 'Paula', 'Cristina', 'Rita', 'Beatriz'],
    family: [
      'Silva',
      'Santos',
      'Ferreira',
      'Pereira',
      'Oliveira',
      'Costa',
      'Rodrigues',
      'Martins',
      'Sousa',
      'Fernandes',
      'Gonçalves',
      'Gomes',
      'Lopes',
      'Marques',
      'Alves',
      'Almeida',
      'Ribeiro',
      'Pinto',
      'Carvalho',
      'Teixeira',
      'Moreira',
      'Correia',
      'Mendes',
      'Nunes',
      'Soares',
      'Vieira',
      'Monteiro',
      'Cardoso',
      'Rocha',
      'Neves',
      'Magalhães',
      'Barros'
    ]
  },
  zh: {
    male: ['Chunri', 'Jianguo', 'Zhihua', 'Qiang', 'Jian', 'Guangwen', 'Yongxiang', 'Wenjie', 'Shuguang', 'Lixin', 'Zhiyong', 'Yafeng', 'Hongwei', 'Dexin', 'Baoshan', 'Zhenhua', 'Guoqing', 'Haibo'],
    female: ['Danhui', 'Hongying', 'Yuanyuan', 'Dongmei', 'Haiyan', 'Jinghua', 'Mingzhu', 'Xiuying', 'Yanling', 'Xiaoli', 'Lian', 'Meilan', 'Shuhua', 'Ruoyu', 'Lihua', 'Yufen'],
    family: [
      'Li',
      'Wang',
      'Zhang',
      'Liu',
      'Chen',
      'Yang',
      'Zhao',
      'Huang',
      'Zhou',
      'Wu',
      'Xu',
      'Sun',
      'Hu',
      'Zhu',
      'Gao',
      'Lin',
      'He',
      'Guo',
      'Ma',
      'Luo',
      'Shen',
      'Shi',
      'Xia',
      'Yu',
      'Jin',
      'Cui',
      'Piao',
      'Pei',
      'Deng',
      'Peng',
      'Niu',
      'Qian',
      'Dai'
    ]
  },
  ko: {
    male: ['Donggil', 'Chae-Jin', 'Jong-dae', 'Myung-lim', 'Seung-hoon', 'Hyun-soo', 'Dong-hyun', 'Minjun', 'Sŏng-ho', 'Ki-baek', 'Kwang-su', 'Chŏl-u', 'Tae-ho', 'Yong-ho', 'Hak-chun', 'Sang-uk'],
    female: ['Ji-woo', 'Seo-yeon', 'Min-ji', 'Ji-yeon', 'Mi-kyung', 'Young-sook', 'Hyŏn-ok', 'Sun-hee', 'Eun-ju', 'Kyŏng-ae', 'Hye-jin', 'Su-mi'],
    family: [
      'Kim',
      'Lee',
      'Yi',
      'Ri',
      'Park',
      'Pak',
      'Choi',
      'Ch’oe',
      'Jung',
      'Chŏng',
      'Kang',
      'Cho',
      'Yoon',
      'Jang',
      'Lim',
      'Han',
      'Shin',
      'Seo',
      'Kwon',
      'Hwang',
      'Ahn',
      'Song',
      'Ryu',
      'Hong',
      'Chŏn',
      'Paek',
      'Nam'
    ]
  },
  ja: {
    male: ['Hiroshi', 'Takeshi', 'Kenji', 'Haruki', 'Makoto', 'Shin’ichi', 'Yoshio', 'Akira', 'Tetsuo', 'Kazuo', 'Masaru', 'Ryōta', 'Shigeru', 'Nobuo', 'Tadashi'],
    female: ['Yuki', 'Akiko', 'Naoko', 'Sakura', 'Keiko', 'Michiko', 'Tomoko', 'Emiko', 'Hiroko', 'Mariko', 'Yōko', 'Kazuko'],
    family: [
      'Tanaka',
      'Suzuki',
      'Takahashi',
      'Watanabe',
      'Yamamoto',
      'Nakamura',
      'Kobayashi',
      'Sasaki',
      'Yamaguchi',
      'Matsumoto',
      'Inoue',
      'Kimura',
      'Hayashi',
      'Shimizu',
      'Ikeda',
      'Mori',
      'Hashimoto',
      'Ishikawa',
      'Ogawa',
      'Okada',
      'Wada',
      'Kimijima',
      'Fujiwara',
      'Ōta'
    ]
  },
  ru: {
    male: ['Aleksandr', 'Sergei', 'Vladimir', 'Andrei', 'Nikolai', 'Dmitrii', 'Mikhail', 'Iurii', 'Anatolii', 'Konstantin', 'Viktor', 'Boris', 'Gennadii', 'Oleg', 'Evgenii', 'Arkadii'],
    female: ['Natal’ia', 'Irina', 'Elena', 'Tat’iana', 'Ol’ga', 'Svetlana', 'Galina', 'Liudmila', 'Anna', 'Marina', 'Vera', 'Nadezhda'],
    family: [
      'Ivanov',
      'Petrov',
      'Volkov',
      'Orlov',
      'Sokolov',
      'Morozov',
      'Lebedev',
      'Kozlov',
      'Novikov',
      'Pavlov',
      'Semenov',
      'Egorov',
      'Vasil’ev',
      'Zakharov',
      'Belov',
      'Gusev',
      'Titov',
      'Kuznetsov',
      'Shevchenko',
      'Ledovskii',
      'Kulikov',
      'Bazhanov',
      'Grigor’ev',
      'Tikhvinskii',
      'Zhukov',
      'Filatov'
    ]
  }
}

/** How a particle is entered in CSL-JSON: before the family name in display and sorting, before it in display only, or as part of the family name. */
export type ParticleKind = 'non-dropping-particle' | 'dropping-particle' | 'in-family'

/** Family names with particles, by tradition. */
export const PARTICLE_FAMILIES: Record<'en' | 'de' | 'fr' | 'es' | 'it' | 'nl', ReadonlyArray<{particle: string; family: string; kind: ParticleKind}>> = {
  nl: [
    {particle: 'van der', family: 'Linden', kind: 'non-dropping-particle'},
    {particle: 'van den', family: 'Berg', kind: 'non-dropping-particle'},
    {particle: 'van', family: 'Dijk', kind: 'non-dropping-particle'},
    {particle: 'de', family: 'Vries', kind: 'non-dropping-particle'},
    {particle: 'van der', family: 'Heijden', kind: 'non-dropping-particle'},
    {particle: 'ter', family: 'Horst', kind: 'non-dropping-particle'}
  ],
  de: [
    {particle: 'von', family: 'Hagen', kind: 'dropping-particle'},
    {particle: 'von', family: 'Thadden', kind: 'dropping-particle'},
    {particle: 'von der', family: 'Heydt', kind: 'dropping-particle'},
    {particle: 'von', family: 'Bülow', kind: 'dropping-particle'},
    {particle: 'Meyer zu', family: 'Schwabedissen', kind: 'in-family'},
    {particle: 'zur', family: 'Nieden', kind: 'in-family'}
  ],
  fr: [
    {particle: 'de', family: 'Certeau', kind: 'non-dropping-particle'},
    {particle: 'de la', family: 'Roncière', kind: 'non-dropping-particle'},
    {particle: 'du', family: 'Bellay', kind: 'non-dropping-particle'},
    {particle: 'de', family: 'Montclos', kind: 'dropping-particle'},
    {particle: 'Le', family: 'Goff', kind: 'in-family'}
  ],
  es: [
    {particle: 'de la', family: 'Fuente', kind: 'non-dropping-particle'},
    {particle: 'del', family: 'Valle', kind: 'non-dropping-particle'},
    {particle: 'de', family: 'Miguel', kind: 'dropping-particle'},
    {particle: 'de las', family: 'Heras', kind: 'non-dropping-particle'}
  ],
  it: [
    {particle: 'Di', family: 'Lorenzo', kind: 'in-family'},
    {particle: 'De', family: 'Felice', kind: 'in-family'},
    {particle: 'Della', family: 'Peruta', kind: 'in-family'},
    {particle: 'Lo', family: 'Bianco', kind: 'in-family'},
    {particle: 'da', family: 'Mosto', kind: 'non-dropping-particle'}
  ],
  en: [
    {particle: 'de', family: 'Vere', kind: 'non-dropping-particle'},
    {particle: 'Van', family: 'Buren', kind: 'in-family'}
  ]
}

/** Double family names (Spanish two surnames, hyphenated German and French names). */
export const COMPOUND_FAMILIES: Record<Lang, readonly string[]> = {
  en: ['Lloyd-Jones', 'Bonham-Carter'],
  de: ['Müller-Lüdenscheid', 'Schulze-Wessel', 'Meier-Braun'],
  fr: ['Audoin-Rouzeau', 'Lévi-Strauss', 'Denis-Delacour'],
  es: ['García Márquez', 'Ruiz-Domènec', 'Pérez Garzón', 'López Facal', 'Moreno Fraginals'],
  it: ['Cavallo Perin', 'Bianchi Bandinelli']
}

/**
 * Iberian surnames with a particle: inside a double family name (`García de
 * la Torre`, `Ferreira da Silva`) or leading it (`de la Vega Martín`).
 * Particles stay lower case.
 */
export const PARTICLE_SURNAMES: Record<'es' | 'pt', readonly string[]> = {
  es: [
    'de la Vega',
    'del Río',
    'de la Torre',
    'de Castro',
    'del Campo',
    'de la Fuente',
    'de los Ríos',
    'de la Cruz',
    'del Pino',
    'de Miguel',
    'de las Heras',
    'del Valle',
    'de Vicente',
    'de la Peña',
    'de Diego',
    'de Córdoba',
    'de Zárate',
    'de Alarcón',
    'de la Calle',
    'del Olmo'
  ],
  pt: ['da Silva', 'dos Santos', 'da Costa', 'de Sousa', 'da Cunha', 'do Amaral', 'de Oliveira', 'das Neves', 'da Rocha', 'de Almeida', 'do Carmo', 'da Mota']
}

export const SUFFIXES = ['Jr.', 'Sr.', 'III'] as const

export const ORGANIZATIONS: Record<Lang, readonly string[]> = {
  en: [
    'World Bank',
    'United Nations Development Programme',
    'Human Rights Watch',
    'National Research Council',
    'Royal Historical Society',
    'American Historical Association',
    'Office for National Statistics',
    'European Commission',
    'R Core Team',
    'OECD'
  ],
  de: [
    'Statistisches Bundesamt',
    'Deutscher Bundestag',
    'Bundesministerium des Innern',
    'Deutsche Forschungsgemeinschaft',
    'Kommission für Zeitgeschichte',
    'Verband der Historiker und Historikerinnen Deutschlands',
    'Bundeszentrale für politische Bildung'
  ],
  fr: [
    'Institut national de la statistique et des études économiques',
    'Assemblée nationale',
    'Conseil d’État',
    'Comité d’histoire de la Sécurité sociale',
    'Ministère de l’Intérieur',
    'Cour des comptes'
  ],
  es: ['Instituto Nacional de Estadística', 'Congreso de los Diputados', 'Comisión Económica para América Latina y el Caribe', 'Real Academia de la Historia', 'Ministerio de Cultura'],
  it: ['Istituto nazionale di statistica', 'Camera dei deputati', 'Banca d’Italia', 'Istituto per la storia del Risorgimento italiano', 'Ministero della Cultura']
}

/** Places of publication, by the language of the publishing world. */
export const PLACES: Record<Lang, readonly string[]> = {
  en: [
    'London',
    'New York',
    'Oxford',
    'Cambridge',
    'Chicago',
    'Boston',
    'Princeton',
    'New Haven',
    'Baltimore',
    'Ithaca',
    'Berkeley',
    'Philadelphia',
    'Manchester',
    'Edinburgh',
    'Toronto',
    'Stanford',
    'Basingstoke',
    'Leiden'
  ],
  de: [
    'Berlin',
    'München',
    'Frankfurt am Main',
    'Göttingen',
    'Tübingen',
    'Stuttgart',
    'Köln',
    'Hamburg',
    'Wien',
    'Zürich',
    'Leipzig',
    'Bielefeld',
    'Paderborn',
    'Wiesbaden',
    'Bonn',
    'Freiburg im Breisgau',
    'Köln/Weimar/Wien',
    'Berlin/Boston'
  ],
  fr: ['Paris', 'Lyon', 'Rennes', 'Toulouse', 'Bordeaux', 'Genève', 'Bruxelles', 'Aix-en-Provence', 'Strasbourg', 'Lille', 'Marseille', 'Rome', 'Seyssel', 'Villeneuve-d’Ascq'],
  es: ['Madrid', 'Barcelona', 'Sevilla', 'Valencia', 'Salamanca', 'México', 'Buenos Aires', 'Bogotá', 'Santiago de Chile', 'Lima', 'Granada', 'Zaragoza'],
  it: ['Roma', 'Milano', 'Bologna', 'Torino', 'Firenze', 'Venezia', 'Napoli', 'Padova', 'Roma-Bari', 'Pisa', 'Genova', 'Palermo']
}

export interface Publisher {
  name: string
  place: string
}

export const PUBLISHERS: Record<Lang, readonly Publisher[]> = {
  en: [
    {name: 'Oxford University Press', place: 'Oxford'},
    {name: 'Cambridge University Press', place: 'Cambridge'},
    {name: 'Harvard University Press', place: 'Cambridge, MA'},
    {name: 'Princeton University Press', place: 'Princeton, NJ'},
    {name: 'Yale University Press', place: 'New Haven, CT'},
    {name: 'University of Chicago Press', place: 'Chicago'},
    {name: 'Routledge', place: 'London'},
    {name: 'Verso', place: 'London'},
    {name: 'Palgrave Macmillan', place: 'Basingstoke'},
    {name: 'Johns Hopkins University Press', place: 'Baltimore'},
    {name: 'Cornell University Press', place: 'Ithaca, NY'},
    {name: 'University of California Press', place: 'Berkeley'},
    {name: 'Manchester University Press', place: 'Manchester'},
    {name: 'Bloomsbury Academic', place: 'London'},
    {name: 'Stanford University Press', place: 'Stanford, CA'},
    {name: 'W. W. Norton & Company', place: 'New York'},
    {name: 'Brill', place: 'Leiden'},
    {name: 'Edinburgh University Press', place: 'Edinburgh'}
  ],
  de: [
    {name: 'Suhrkamp', place: 'Frankfurt am Main'},
    {name: 'C.H. Beck', place: 'München'},
    {name: 'Wallstein', place: 'Göttingen'},
    {name: 'Vandenhoeck & Ruprecht', place: 'Göttingen'},
    {name: 'Campus', place: 'Frankfurt am Main'},
    {name: 'transcript', place: 'Bielefeld'},
    {name: 'Böhlau', place: 'Köln/Weimar/Wien'},
    {name: 'Oldenbourg', place: 'München'},
    {name: 'Mohr Siebeck', place: 'Tübingen'},
    {name: 'Franz Steiner Verlag', place: 'Stuttgart'},
    {name: 'Schöningh', place: 'Paderborn'},
    {name: 'Hamburger Edition', place: 'Hamburg'},
    {name: 'Duncker & Humblot', place: 'Berlin'},
    {name: 'Vittorio Klostermann', place: 'Frankfurt am Main'},
    {name: 'J.B. Metzler', place: 'Stuttgart'},
    {name: 'Springer VS', place: 'Wiesbaden'},
    {name: 'De Gruyter', place: 'Berlin/Boston'},
    {name: 'Chronos', place: 'Zürich'}
  ],
  fr: [
    {name: 'Gallimard', place: 'Paris'},
    {name: 'Éditions du Seuil', place: 'Paris'},
    {name: 'Fayard', place: 'Paris'},
    {name: 'Presses universitaires de France', place: 'Paris'},
    {name: 'La Découverte', place: 'Paris'},
    {name: 'Armand Colin', place: 'Paris'},
    {name: 'Belin', place: 'Paris'},
    {name: 'CNRS Éditions', place: 'Paris'},
    {name: 'Éditions de l’EHESS', place: 'Paris'},
    {name: 'Presses universitaires de Rennes', place: 'Rennes'},
    {name: 'Droz', place: 'Genève'},
    {name: 'Perrin', place: 'Paris'},
    {name: 'Albin Michel', place: 'Paris'},
    {name: 'Les Belles Lettres', place: 'Paris'},
    {name: 'ENS Éditions', place: 'Lyon'},
    {name: 'Champ Vallon', place: 'Seyssel'},
    {name: 'Presses de Sciences Po', place: 'Paris'},
    {name: 'École française de Rome', place: 'Rome'},
    {name: 'Karthala', place: 'Paris'}
  ],
  es: [
    {name: 'Alianza Editorial', place: 'Madrid'},
    {name: 'Crítica', place: 'Barcelona'},
    {name: 'Cátedra', place: 'Madrid'},
    {name: 'Siglo XXI', place: 'Madrid'},
    {name: 'Marcial Pons', place: 'Madrid'},
    {name: 'Fondo de Cultura Económica', place: 'México'},
    {name: 'Akal', place: 'Madrid'},
    {name: 'Taurus', place: 'Madrid'},
    {name: 'Tusquets', place: 'Barcelona'},
    {name: 'CSIC', place: 'Madrid'},
    {name: 'Universidad de Sevilla', place: 'Sevilla'},
    {name: 'El Colegio de México', place: 'México'},
    {name: 'Anagrama', place: 'Barcelona'},
    {name: 'Ariel', place: 'Barcelona'},
    {name: 'Prometeo Libros', place: 'Buenos Aires'},
    {name: 'Editorial Sudamericana', place: 'Buenos Aires'}
  ],
  it: [
    {name: 'Einaudi', place: 'Torino'},
    {name: 'Laterza', place: 'Roma-Bari'},
    {name: 'il Mulino', place: 'Bologna'},
    {name: 'Feltrinelli', place: 'Milano'},
    {name: 'Carocci', place: 'Roma'},
    {name: 'Viella', place: 'Roma'},
    {name: 'Leo S. Olschki', place: 'Firenze'},
    {name: 'FrancoAngeli', place: 'Milano'},
    {name: 'Donzelli', place: 'Roma'},
    {name: 'Bollati Boringhieri', place: 'Torino'},
    {name: 'Marsilio', place: 'Venezia'},
    {name: 'Edizioni di Storia e Letteratura', place: 'Roma'},
    {name: 'Il Poligrafo', place: 'Padova'},
    {name: 'Bruno Mondadori', place: 'Milano'},
    {name: 'Salerno Editrice', place: 'Roma'},
    {name: 'Sellerio', place: 'Palermo'},
    {name: 'Giuffrè', place: 'Milano'}
  ]
}

export const UNIVERSITIES: Record<Lang, readonly Publisher[]> = {
  en: [
    {name: 'University of Oxford', place: 'Oxford'},
    {name: 'University of Cambridge', place: 'Cambridge'},
    {name: 'Harvard University', place: 'Cambridge, MA'},
    {name: 'University of Michigan', place: 'Ann Arbor'},
    {name: 'Columbia University', place: 'New York'},
    {name: 'University College London', place: 'London'},
    {name: 'University of Toronto', place: 'Toronto'}
  ],
  de: [
    {name: 'Universität Heidelberg', place: 'Heidelberg'},
    {name: 'Humboldt-Universität zu Berlin', place: 'Berlin'},
    {name: 'Ludwig-Maximilians-Universität München', place: 'München'},
    {name: 'Universität Bielefeld', place: 'Bielefeld'},
    {name: 'Universität Wien', place: 'Wien'},
    {name: 'Universität Zürich', place: 'Zürich'},
    {name: 'Freie Universität Berlin', place: 'Berlin'}
  ],
  fr: [
    {name: 'Université Paris 1 Panthéon-Sorbonne', place: 'Paris'},
    {name: 'École des hautes études en sciences sociales', place: 'Paris'},
    {name: 'Université de Lyon', place: 'Lyon'},
    {name: 'Sorbonne Université', place: 'Paris'},
    {name: 'Université de Strasbourg', place: 'Strasbourg'},
    {name: 'Université de Genève', place: 'Genève'}
  ],
  es: [
    {name: 'Universidad Complutense de Madrid', place: 'Madrid'},
    {name: 'Universitat de Barcelona', place: 'Barcelona'},
    {name: 'Universidad de Salamanca', place: 'Salamanca'},
    {name: 'Universidad Nacional Autónoma de México', place: 'México'},
    {name: 'Universidad de Buenos Aires', place: 'Buenos Aires'}
  ],
  it: [
    {name: 'Università di Bologna', place: 'Bologna'},
    {name: 'Università Ca’ Foscari Venezia', place: 'Venezia'},
    {name: 'Sapienza Università di Roma', place: 'Roma'},
    {name: 'Università degli Studi di Padova', place: 'Padova'},
    {name: 'Scuola Normale Superiore', place: 'Pisa'},
    {name: 'Università degli Studi di Milano', place: 'Milano'}
  ]
}

export const THESIS_GENRES: Record<Lang, readonly string[]> = {
  en: ['PhD diss.', 'PhD dissertation', 'PhD thesis', 'DPhil thesis', 'MA thesis'],
  de: ['Dissertation', 'Diss.', 'Habilitationsschrift', 'Masterarbeit', 'Magisterarbeit'],
  fr: ['thèse de doctorat', 'thèse de doctorat en histoire', 'mémoire de master', 'thèse d’État'],
  es: ['tesis doctoral', 'tesis de maestría', 'tesis de licenciatura'],
  it: ['tesi di dottorato', 'tesi di laurea', 'tesi di dottorato di ricerca']
}

export const JOURNALS: Record<Lang, readonly string[]> = {
  en: [
    'Past & Present',
    'The American Historical Review',
    'Journal of Modern History',
    'The English Historical Review',
    'Comparative Studies in Society and History',
    'History Workshop Journal',
    'Journal of Social History',
    'The Historical Journal',
    'Journal of Global History',
    'Law and History Review',
    'Isis',
    'Speculum',
    'Renaissance Quarterly',
    'Journal of the History of Ideas',
    'International Review of Social History',
    'Digital Humanities Quarterly',
    'Central European History',
    'Journal of Contemporary History'
  ],
  de: [
    'Geschichte und Gesellschaft',
    'Historische Zeitschrift',
    'Vierteljahrshefte für Zeitgeschichte',
    'Zeithistorische Forschungen',
    'Archiv für Sozialgeschichte',
    'Zeitschrift für Geschichtswissenschaft',
    'Historische Anthropologie',
    'WerkstattGeschichte',
    'JuristenZeitung',
    'Neue Juristische Wochenschrift',
    'Merkur',
    'Leviathan',
    'Berliner Journal für Soziologie',
    'Zeitschrift für Ideengeschichte',
    'Archiv für Kulturgeschichte',
    'Zeitschrift für Ostmitteleuropa-Forschung'
  ],
  fr: [
    'Annales. Histoire, Sciences sociales',
    'Revue historique',
    'Revue d’histoire moderne et contemporaine',
    'Le Mouvement social',
    'Vingtième Siècle. Revue d’histoire',
    'Genèses',
    'Actes de la recherche en sciences sociales',
    'Critique',
    'Esprit',
    'Revue française de science politique',
    'Histoire & Mesure',
    'Politix',
    'Mélanges de l’École française de Rome',
    'Annales historiques de la Révolution française',
    'Revue d’histoire du XIXe siècle'
  ],
  es: [
    'Ayer',
    'Hispania',
    'Historia Social',
    'Revista de Historia Económica',
    'Revista de Indias',
    'Historia Mexicana',
    'Studia Historica. Historia Moderna',
    'Cuadernos de Historia Contemporánea',
    'Anuario de Estudios Americanos',
    'Revista Española de Investigaciones Sociológicas',
    'Historia y Política',
    'Manuscrits'
  ],
  it: [
    'Quaderni storici',
    'Rivista storica italiana',
    'Studi storici',
    'Società e storia',
    'Passato e presente',
    'Contemporanea',
    'Archivio veneto',
    'Studi veneziani',
    'Storica',
    'Meridiana',
    'Rivista di storia economica',
    'Il mestiere di storico',
    'Archivio storico italiano',
    'Italia contemporanea'
  ]
}

export const NEWSPAPERS: Record<Lang, readonly string[]> = {
  en: ['The New York Times', 'The Guardian', 'The Times', 'The Washington Post', 'Financial Times', 'The Manchester Guardian', 'Chicago Tribune', 'The Observer'],
  de: ['Frankfurter Allgemeine Zeitung', 'Süddeutsche Zeitung', 'Die Zeit', 'Die Welt', 'Neue Zürcher Zeitung', 'taz. die tageszeitung', 'Vossische Zeitung', 'Der Standard'],
  fr: ['Le Monde', 'Libération', 'Le Figaro', 'Le Temps', 'L’Humanité', 'La Croix', 'Le Petit Parisien', 'Ouest-France'],
  es: ['El País', 'La Vanguardia', 'ABC', 'El Mundo', 'La Nación', 'Clarín', 'El Universal', 'La Jornada'],
  it: ['Corriere della Sera', 'La Repubblica', 'La Stampa', 'Il Sole 24 Ore', 'l’Unità', 'Il Gazzettino', 'Il Messaggero', 'Avanti!']
}

export const MAGAZINES: Record<Lang, readonly string[]> = {
  en: ['The Atlantic', 'The New Yorker', 'The Economist', 'New Statesman', 'London Review of Books', 'The Nation'],
  de: ['Der Spiegel', 'Stern', 'Die Weltbühne', 'Cicero', 'konkret'],
  fr: ['L’Express', 'Le Nouvel Observateur', 'Le Point', 'Les Temps modernes', 'Télérama'],
  es: ['Cambio 16', 'Triunfo', 'Revista de Occidente', 'Letras Libres'],
  it: ['L’Espresso', 'Panorama', 'Il Mondo', 'Internazionale']
}

export interface Website {
  name: string
  host: string
  /** Path segments typical of the site. */
  paths: readonly string[]
  /** Written by the organization itself (the site name may be the author). */
  organization?: string
}

export const WEBSITES: Record<Lang, readonly Website[]> = {
  en: [
    {name: 'BBC News', host: 'www.bbc.co.uk', paths: ['news', 'news/world-europe', 'history']},
    {name: 'The Conversation', host: 'theconversation.com', paths: ['']},
    {name: 'History Today', host: 'www.historytoday.com', paths: ['archive', 'history-matters']},
    {name: 'The National Archives Blog', host: 'blog.nationalarchives.gov.uk', paths: ['']},
    {name: 'Internet Archive', host: 'archive.org', paths: ['details']},
    {name: 'Europeana', host: 'www.europeana.eu', paths: ['en/item', 'en/exhibitions']},
    {name: 'World Bank', host: 'www.worldbank.org', paths: ['en/news/feature', 'en/topic'], organization: 'World Bank'},
    {name: 'Human Rights Watch', host: 'www.hrw.org', paths: ['news', 'report'], organization: 'Human Rights Watch'}
  ],
  de: [
    {
      name: 'Bundeszentrale für politische Bildung',
      host: 'www.bpb.de',
      paths: ['themen/zeit-kulturgeschichte', 'shop/zeitschriften/apuz', 'kurz-knapp/hintergrund-aktuell'],
      organization: 'Bundeszentrale für politische Bildung'
    },
    {name: 'H-Soz-Kult', host: 'www.hsozkult.de', paths: ['conferencereport/id', 'publicationreview/id']},
    {name: 'Deutsches Historisches Museum', host: 'www.dhm.de', paths: ['lemo/kapitel', 'ausstellungen']},
    {name: 'Zeitgeschichte-online', host: 'zeitgeschichte-online.de', paths: ['kommentar', 'themen']},
    {name: 'Deutschlandfunk', host: 'www.deutschlandfunk.de', paths: ['']},
    {name: 'Statistisches Bundesamt', host: 'www.destatis.de', paths: ['DE/Themen/Gesellschaft-Umwelt'], organization: 'Statistisches Bundesamt'}
  ],
  fr: [
    {name: 'Gallica', host: 'gallica.bnf.fr', paths: ['ark:/12148']},
    {name: 'RetroNews', host: 'www.retronews.fr', paths: ['echo-de-presse', 'histoire']},
    {name: 'La Vie des idées', host: 'laviedesidees.fr', paths: ['']},
    {name: 'Persée', host: 'www.persee.fr', paths: ['doc']},
    {name: 'France Culture', host: 'www.radiofrance.fr', paths: ['franceculture/podcasts']},
    {name: 'Insee', host: 'www.insee.fr', paths: ['fr/statistiques'], organization: 'Institut national de la statistique et des études économiques'}
  ],
  es: [
    {name: 'Biblioteca Virtual Miguel de Cervantes', host: 'www.cervantesvirtual.com', paths: ['obra-visor', 'obra']},
    {name: 'Diccionario Biográfico Español', host: 'dbe.rah.es', paths: ['biografias']},
    {name: 'PARES. Portal de Archivos Españoles', host: 'pares.mcu.es', paths: ['ParesBusquedas20/catalogo/description']},
    {name: 'elDiario.es', host: 'www.eldiario.es', paths: ['politica', 'cultura']},
    {name: 'Instituto Nacional de Estadística', host: 'www.ine.es', paths: ['jaxiT3'], organization: 'Instituto Nacional de Estadística'}
  ],
  it: [
    {name: 'Treccani', host: 'www.treccani.it', paths: ['enciclopedia', 'magazine/lingua_italiana']},
    {name: 'Internet Culturale', host: 'www.internetculturale.it', paths: ['it/16/search/detail']},
    {name: 'Il Post', host: 'www.ilpost.it', paths: ['']},
    {name: 'Rai Cultura', host: 'www.raicultura.it', paths: ['storia/articoli']},
    {name: 'Istat', host: 'www.istat.it', paths: ['it/archivio'], organization: 'Istituto nazionale di statistica'}
  ]
}

export const BLOGS: Record<Lang, readonly Website[]> = {
  en: [
    {name: 'Verfassungsblog', host: 'verfassungsblog.de', paths: ['']},
    {name: 'EJIL: Talk!', host: 'www.ejiltalk.org', paths: ['']},
    {name: 'Lawfare', host: 'www.lawfaremedia.org', paths: ['article']},
    {name: 'The Junto', host: 'earlyamericanists.com', paths: ['2016/04', '2019/11']},
    {name: 'Age of Revolutions', host: 'ageofrevolutions.com', paths: ['2018/03/12', '2021/06/07']}
  ],
  de: [
    {name: 'Archivalia', host: 'archivalia.hypotheses.org', paths: ['']},
    {name: 'Digital Humanities am DHIP', host: 'dhdhi.hypotheses.org', paths: ['']},
    {name: 'Geschichte der Gegenwart', host: 'geschichtedergegenwart.ch', paths: ['']},
    {name: 'Verfassungsblog', host: 'verfassungsblog.de', paths: ['']}
  ],
  fr: [
    {name: 'Le Carnet de l’IRHT', host: 'irht.hypotheses.org', paths: ['']},
    {name: 'Devenir historien-ne', host: 'devhist.hypotheses.org', paths: ['']},
    {name: 'Le blog Gallica', host: 'gallica.bnf.fr', paths: ['blog']}
  ],
  es: [
    {name: 'Clionauta. Blog de historia', host: 'clionauta.wordpress.com', paths: ['2014/05/20', '2017/09/03']},
    {name: 'Historia Digital', host: 'historiadigital.hypotheses.org', paths: ['']}
  ],
  it: [
    {name: 'Storie di archivi', host: 'storiediarchivi.hypotheses.org', paths: ['']},
    {name: 'Il Chiostro. Blog di storia medievale', host: 'ilchiostro.hypotheses.org', paths: ['']}
  ]
}

export interface Software {
  title: string
  /** Authors as CSL names; organizations as `literal`. */
  authors: ReadonlyArray<{family: string; given: string} | {literal: string}>
  versions: readonly string[]
  publisher?: string
  url: string
  genre?: string
}

export const SOFTWARE: readonly Software[] = [
  {
    title: 'ggplot2: Create Elegant Data Visualisations Using the Grammar of Graphics',
    authors: [{family: 'Wickham', given: 'Hadley'}],
    versions: ['3.4.4', '3.5.1'],
    publisher: 'CRAN',
    url: 'https://CRAN.R-project.org/package=ggplot2',
    genre: 'R package'
  },
  {
    title: 'dplyr: A Grammar of Data Manipulation',
    authors: [
      {family: 'Wickham', given: 'Hadley'},
      {family: 'François', given: 'Romain'}
    ],
    versions: ['1.1.2', '1.1.4'],
    publisher: 'CRAN',
    url: 'https://CRAN.R-project.org/package=dplyr',
    genre: 'R package'
  },
  {
    title: 'stringr: Simple, Consistent Wrappers for Common String Operations',
    authors: [{family: 'Wickham', given: 'Hadley'}],
    versions: ['1.5.0'],
    publisher: 'CRAN',
    url: 'https://CRAN.R-project.org/package=stringr',
    genre: 'R package'
  },
  {
    title: 'R: A Language and Environment for Statistical Computing',
    authors: [{literal: 'R Core Team'}],
    versions: ['4.2.3', '4.3.1', '4.4.0'],
    publisher: 'R Foundation for Statistical Computing',
    url: 'https://www.R-project.org/'
  },
  {title: 'pandas', authors: [{literal: 'The pandas development team'}], versions: ['1.5.3', '2.0.3', '2.2.2'], publisher: 'Zenodo', url: 'https://pandas.pydata.org/'},
  {
    title: 'spaCy: Industrial-Strength Natural Language Processing in Python',
    authors: [
      {family: 'Honnibal', given: 'Matthew'},
      {family: 'Montani', given: 'Ines'}
    ],
    versions: ['3.5.0', '3.7.2'],
    publisher: 'Explosion',
    url: 'https://spacy.io/'
  },
  {title: 'scikit-learn', authors: [{literal: 'scikit-learn developers'}], versions: ['1.2.2', '1.4.1'], url: 'https://scikit-learn.org/'},
  {title: 'NumPy', authors: [{literal: 'NumPy Developers'}], versions: ['1.24.3', '1.26.4'], url: 'https://numpy.org/'},
  {
    title: 'Zotero',
    authors: [{literal: 'Corporation for Digital Scholarship'}],
    versions: ['6.0.30', '7.0'],
    publisher: 'Corporation for Digital Scholarship',
    url: 'https://www.zotero.org/',
    genre: 'Windows, macOS, Linux'
  },
  {title: 'Transkribus', authors: [{literal: 'READ-COOP SCE'}], versions: ['1.28.0'], publisher: 'READ-COOP', url: 'https://readcoop.eu/transkribus/'},
  {title: 'QGIS Geographic Information System', authors: [{literal: 'QGIS Development Team'}], versions: ['3.28', '3.34'], publisher: 'Open Source Geospatial Foundation', url: 'https://qgis.org/'},
  {
    title: 'Gephi',
    authors: [
      {family: 'Bastian', given: 'Mathieu'},
      {family: 'Heymann', given: 'Sebastien'},
      {family: 'Jacomy', given: 'Mathieu'}
    ],
    versions: ['0.10.1'],
    url: 'https://gephi.org/'
  },
  {title: 'Stata Statistical Software: Release 17', authors: [{literal: 'StataCorp'}], versions: ['17', '18'], publisher: 'StataCorp LLC', url: 'https://www.stata.com/'},
  {title: 'MAXQDA 2022', authors: [{literal: 'VERBI Software'}], versions: ['22.4'], publisher: 'VERBI Software', url: 'https://www.maxqda.com/'},
  {
    title: 'tidytext: Text Mining using dplyr, ggplot2, and Other Tidy Tools',
    authors: [
      {family: 'Silge', given: 'Julia'},
      {family: 'Robinson', given: 'David'}
    ],
    versions: ['0.4.1'],
    publisher: 'CRAN',
    url: 'https://CRAN.R-project.org/package=tidytext',
    genre: 'R package'
  },
  {
    title: 'Voyant Tools',
    authors: [
      {family: 'Sinclair', given: 'Stéfan'},
      {family: 'Rockwell', given: 'Geoffrey'}
    ],
    versions: ['2.6'],
    url: 'https://voyant-tools.org/'
  },
  {title: 'Tesseract OCR', authors: [{literal: 'Tesseract OCR contributors'}], versions: ['4.1.1', '5.3.0'], url: 'https://github.com/tesseract-ocr/tesseract'},
  {
    title: 'quanteda: Quantitative Analysis of Textual Data',
    authors: [
      {family: 'Benoit', given: 'Kenneth'},
      {family: 'Watanabe', given: 'Kohei'}
    ],
    versions: ['3.3.1'],
    publisher: 'CRAN',
    url: 'https://CRAN.R-project.org/package=quanteda',
    genre: 'R package'
  }
]

export const DATA_REPOSITORIES: ReadonlyArray<{name: string; doiPrefix: string; place?: string}> = [
  {name: 'Zenodo', doiPrefix: '10.5281/zenodo.'},
  {name: 'GESIS Datenarchiv', doiPrefix: '10.4232/1.', place: 'Köln'},
  {name: 'Harvard Dataverse', doiPrefix: '10.7910/DVN/'},
  {name: 'ICPSR', doiPrefix: '10.3886/ICPSR', place: 'Ann Arbor, MI'},
  {name: 'UK Data Service', doiPrefix: '10.5255/UKDA-SN-'},
  {name: 'DANS', doiPrefix: '10.17026/dans-'}
]

export const DATASET_TITLES: Record<Lang, readonly string[]> = {
  en: [
    'European Social Survey Round 9 Data',
    'Trans-Atlantic Slave Trade Database',
    'Correlates of War Project: National Material Capabilities Data',
    'Historical Census Microdata, 1851–1911',
    'Parliamentary Debates Corpus, 1803–2005',
    'Global Historical Climatology Network'
  ],
  de: [
    'Mikrozensus 2011',
    'ALLBUS 2018 – Allgemeine Bevölkerungsumfrage der Sozialwissenschaften',
    'Reichstagsprotokolle 1867–1942 (Volltexte)',
    'Politbarometer 1977–2021',
    'Deutsches Textarchiv: Kernkorpus'
  ],
  fr: ['Enquête Trajectoires et Origines (TeO)', 'Recensement de la population 1968–2019', 'Base des députés français depuis 1789', 'Corpus des débats parlementaires de la Troisième République'],
  es: ['Encuesta de Población Activa, 1976–2020', 'Censo de población de 1860', 'Base de datos de la emigración española a América'],
  it: ['Censimento della popolazione italiana 1861–2011', 'Atti parlamentari del Regno d’Italia (corpus)', 'Indagine sui bilanci delle famiglie italiane']
}

/** An archive with the call-number patterns of its holdings: `{n}`/`{m}` are numbers, `{r}` a roman numeral. */
export interface Archive {
  name: string
  place: string
  callNumbers: readonly string[]
}

export const ARCHIVES: Record<Lang, readonly Archive[]> = {
  en: [
    {name: 'The National Archives', place: 'Kew', callNumbers: ['FO 371/{n}', 'CAB 128/{m}', 'CO 537/{n}', 'HO 45/{n}', 'WO 32/{n}']},
    {name: 'National Archives and Records Administration', place: 'College Park, MD', callNumbers: ['RG 59, box {n}', 'RG 84, entry {m}, box {n}']},
    {name: 'Library of Congress, Manuscript Division', place: 'Washington, DC', callNumbers: ['box {m}, folder {m}', 'container {m}']},
    {name: 'British Library', place: 'London', callNumbers: ['Add MS {n}', 'IOR/L/PS/{m}/{n}']},
    {name: 'Bodleian Library', place: 'Oxford', callNumbers: ['MS Eng. c. {n}', 'MS Rawl. D. {m}']}
  ],
  de: [
    {name: 'Bundesarchiv', place: 'Berlin', callNumbers: ['R 43 I/{n}', 'NS 19/{n}', 'R 3101/{n}', 'DY 30/IV 2/{m}']},
    {name: 'Bundesarchiv', place: 'Koblenz', callNumbers: ['B 136/{n}', 'B 122/{n}', 'N 1351/{m}']},
    {name: 'Politisches Archiv des Auswärtigen Amts', place: 'Berlin', callNumbers: ['RZ 211/{n}', 'R {n}', 'B 12/{m}']},
    {name: 'Geheimes Staatsarchiv Preußischer Kulturbesitz', place: 'Berlin', callNumbers: ['I. HA Rep. 77, Tit. {m}, Nr. {n}', 'I. HA Rep. 90 A, Nr. {n}']},
    {name: 'Bayerisches Hauptstaatsarchiv', place: 'München', callNumbers: ['MInn {n}', 'StK {n}']},
    {name: 'Landesarchiv Baden-Württemberg, Hauptstaatsarchiv Stuttgart', place: 'Stuttgart', callNumbers: ['E 130 b Bü {n}', 'M 1/4 Bü {m}']},
    {name: 'Österreichisches Staatsarchiv', place: 'Wien', callNumbers: ['HHStA, StK, Karton {m}', 'AVA, Inneres, Präs., Karton {n}']}
  ],
  fr: [
    {name: 'Archives nationales', place: 'Pierrefitte-sur-Seine', callNumbers: ['F/7/{n}', 'AJ/40/{m}', 'BB/18/{n}', 'F/1cIII/{m}']},
    {name: 'Archives nationales d’outre-mer', place: 'Aix-en-Provence', callNumbers: ['GGA 9H {m}', 'FM SG AEF {m}']},
    {name: 'Archives départementales du Rhône', place: 'Lyon', callNumbers: ['4 M {m}', '1 J {n}']},
    {name: 'Archives de la préfecture de police', place: 'Paris', callNumbers: ['BA {n}', 'GA {m}']},
    {name: 'Bibliothèque nationale de France, département des Manuscrits', place: 'Paris', callNumbers: ['fr. {n}', 'NAF {n}', 'lat. {n}']},
    {name: 'Archives diplomatiques', place: 'La Courneuve', callNumbers: ['Europe 1944-1960, Italie, vol. {m}', 'CPC {m}']}
  ],
  es: [
    {name: 'Archivo General de Indias', place: 'Sevilla', callNumbers: ['Indiferente {n}', 'Lima {m}', 'México {n}', 'Contratación {n}']},
    {name: 'Archivo Histórico Nacional', place: 'Madrid', callNumbers: ['Estado, leg. {n}', 'Consejos, leg. {n}, exp. {m}', 'Inquisición, leg. {n}']},
    {name: 'Archivo General de Simancas', place: 'Simancas', callNumbers: ['Estado, leg. {n}', 'Guerra Antigua, leg. {m}']},
    {name: 'Archivo General de la Nación', place: 'México', callNumbers: ['Inquisición, vol. {m}, exp. {m}', 'Historia, vol. {m}']},
    {name: 'Archivo de la Corona de Aragón', place: 'Barcelona', callNumbers: ['Cancillería, reg. {n}']}
  ],
  it: [
    {
      name: 'Archivio di Stato di Venezia',
      place: 'Venezia',
      callNumbers: ['Senato, Dispacci, Costantinopoli, filza {m}', 'Consiglio dei Dieci, Parti comuni, reg. {m}, c. {m}', 'Inquisitori di Stato, busta {n}', 'Notarile, Testamenti, busta {n}, n. {m}']
    },
    {name: 'Archivio Centrale dello Stato', place: 'Roma', callNumbers: ['Ministero dell’Interno, Gabinetto, busta {m}, fasc. {m}', 'Segreteria particolare del Duce, busta {n}']},
    {name: 'Archivio di Stato di Firenze', place: 'Firenze', callNumbers: ['Mediceo del Principato, filza {n}', 'Carte Strozziane, serie I, {m}']},
    {name: 'Archivio Apostolico Vaticano', place: 'Città del Vaticano', callNumbers: ['Segr. Stato, Nunz. Venezia, {m}', 'Arch. Nunz. Vienna, busta {m}']},
    {name: 'Biblioteca Nazionale Marciana', place: 'Venezia', callNumbers: ['Mss. It., cl. VII, {n} (={n})', 'Lat. Z. {m}']}
  ]
}

/** Kinds of archival documents, with `{a}`/`{b}` for the persons and `{d}` for a date written in the title. */
export const MANUSCRIPT_TITLES: Record<Lang, readonly string[]> = {
  en: [
    'Letter from {a} to {b}',
    'Memorandum by {a}',
    'Minutes of the meeting of {d}',
    'Report of the Consul-General',
    'Note of a conversation with {b}',
    'Diary entry, {d}',
    'Petition of the inhabitants of the parish'
  ],
  de: [
    'Brief von {a} an {b}',
    'Aktenvermerk',
    'Protokoll der Sitzung vom {d}',
    'Bericht des Regierungspräsidenten',
    'Vermerk über eine Unterredung mit {b}',
    'Schreiben des Reichsministers des Innern',
    'Lagebericht'
  ],
  fr: ['Lettre de {a} à {b}', 'Rapport du préfet', 'Procès-verbal de la séance du {d}', 'Note pour le ministre', 'Rapport de police', 'Mémoire sur l’état de la province'],
  es: ['Carta de {a} a {b}', 'Informe del virrey', 'Acta de la sesión del {d}', 'Memorial de los vecinos', 'Relación de méritos y servicios', 'Expediente sobre la visita'],
  it: ['Lettera di {a} a {b}', 'Relazione del podestà', 'Verbale della seduta del {d}', 'Dispaccio da Costantinopoli', 'Supplica degli abitanti', 'Promemoria per il ministro']
}

export const RECORDINGS: Record<Lang, readonly string[]> = {
  en: ['audio recording', 'transcript', 'video recording'],
  de: ['Tonbandaufnahme', 'Transkript', 'Audioaufnahme'],
  fr: ['enregistrement audio', 'transcription', 'enregistrement vidéo'],
  es: ['grabación', 'transcripción', 'grabación en vídeo'],
  it: ['registrazione audio', 'trascrizione', 'videoregistrazione']
}

/** How a court decision is called when the tradition names it by its kind. */
export const DECISIONS: Record<Lang, readonly string[]> = {
  en: ['judgment'],
  de: ['Urteil', 'Beschluss'],
  fr: ['arrêt', 'décision'],
  es: ['sentencia', 'auto'],
  it: ['sentenza', 'ordinanza']
}

/** Editions written out (most are numbers, which the style words). */
export const EDITIONS: Record<Lang, readonly string[]> = {
  en: ['2nd rev. ed.', 'new ed.', 'rev. and enl. ed.'],
  de: ['Neuausgabe', '2., überarb. Aufl.', 'erw. Neuaufl.'],
  fr: ['nouvelle éd.', '2e éd. revue et augmentée', 'éd. revue'],
  es: ['nueva ed.', '2.ª ed. corregida', 'ed. ampliada'],
  it: ['nuova ed.', '2a ed. riveduta', 'ed. ampliata']
}

export const MEDIA: Record<Lang, readonly string[]> = {
  en: ['typescript', 'manuscript', 'microfilm', 'carbon copy'],
  de: ['Typoskript', 'Manuskript', 'Mikrofilm', 'Durchschlag'],
  fr: ['manuscrit', 'tapuscrit', 'microfilm', 'copie'],
  es: ['manuscrito', 'mecanografiado', 'microfilme', 'copia'],
  it: ['manoscritto', 'dattiloscritto', 'microfilm', 'copia']
}

export interface ReportSeries {
  series: string
  publisher: string
  place: string
  genre: string
  number: string
}

export const REPORT_SERIES: Record<Lang, readonly ReportSeries[]> = {
  en: [
    {series: 'NBER Working Paper', publisher: 'National Bureau of Economic Research', place: 'Cambridge, MA', genre: 'Working paper', number: 'w{n}'},
    {series: 'Policy Research Working Paper', publisher: 'World Bank', place: 'Washington, DC', genre: 'Working paper', number: '{n}'},
    {series: 'IZA Discussion Papers', publisher: 'Institute of Labor Economics', place: 'Bonn', genre: 'Discussion paper', number: '{n}'},
    {series: 'CEPR Discussion Paper', publisher: 'Centre for Economic Policy Research', place: 'London', genre: 'Discussion paper', number: 'DP{n}'},
    {series: 'Congressional Research Service Report', publisher: 'Congressional Research Service', place: 'Washington, DC', genre: 'Report', number: 'R{n}'}
  ],
  de: [
    {series: 'WZB Discussion Paper', publisher: 'Wissenschaftszentrum Berlin für Sozialforschung', place: 'Berlin', genre: 'Discussion Paper', number: 'SP IV {yr}-{m}'},
    {series: 'MPIfG Discussion Paper', publisher: 'Max-Planck-Institut für Gesellschaftsforschung', place: 'Köln', genre: 'Discussion Paper', number: '{yr}/{m}'},
    {series: 'SWP-Studie', publisher: 'Stiftung Wissenschaft und Politik', place: 'Berlin', genre: 'Studie', number: 'S {m}'},
    {series: 'DIW Wochenbericht', publisher: 'Deutsches Institut für Wirtschaftsforschung', place: 'Berlin', genre: 'Bericht', number: '{m}'},
    {series: 'Drucksache', publisher: 'Deutscher Bundestag', place: 'Berlin', genre: 'Bericht', number: '19/{n}'}
  ],
  fr: [
    {series: 'Documents de travail de l’Ined', publisher: 'Institut national d’études démographiques', place: 'Paris', genre: 'Document de travail', number: '{m}'},
    {series: 'Notes de l’Ifri', publisher: 'Institut français des relations internationales', place: 'Paris', genre: 'Note', number: '{m}'},
    {series: 'Rapport d’information', publisher: 'Assemblée nationale', place: 'Paris', genre: 'Rapport', number: '{n}'},
    {series: 'Documents de travail de la Banque de France', publisher: 'Banque de France', place: 'Paris', genre: 'Document de travail', number: '{n}'}
  ],
  es: [
    {series: 'Documentos de Trabajo', publisher: 'Banco de España', place: 'Madrid', genre: 'Documento de trabajo', number: '{n}'},
    {series: 'Serie Estudios y Perspectivas', publisher: 'CEPAL', place: 'Santiago de Chile', genre: 'Informe', number: '{m}'},
    {series: 'Documentos de Trabajo de la AEHE', publisher: 'Asociación Española de Historia Económica', place: 'Madrid', genre: 'Documento de trabajo', number: '{yr}{m}'}
  ],
  it: [
    {series: 'Temi di discussione', publisher: 'Banca d’Italia', place: 'Roma', genre: 'Working paper', number: '{n}'},
    {series: 'Quaderni di storia economica', publisher: 'Banca d’Italia', place: 'Roma', genre: 'Quaderno', number: '{m}'},
    {series: 'Documenti di lavoro', publisher: 'Istat', place: 'Roma', genre: 'Documento di lavoro', number: '{m}/{yr}'}
  ]
}

/** Statutes: title, gazette and the ways they are numbered. `{n}` is filled by a number. */
export interface Statute {
  title: string
  gazette: string
  year: number
  month?: number
  day?: number
  number?: string
  volume?: string
}

export const STATUTES: Record<Lang, readonly Statute[]> = {
  en: [
    {title: 'Civil Rights Act of 1964', gazette: 'U.S. Statutes at Large', year: 1964, month: 7, day: 2, volume: '78', number: '88-352'},
    {title: 'Social Security Act', gazette: 'U.S. Statutes at Large', year: 1935, month: 8, day: 14, volume: '49'},
    {title: 'Immigration and Nationality Act of 1965', gazette: 'U.S. Statutes at Large', year: 1965, volume: '79', number: '89-236'},
    {title: 'Representation of the People Act 1918', gazette: 'Public General Acts', year: 1918, number: '7 & 8 Geo. 5 c. 64'},
    {title: 'Aliens Act 1905', gazette: 'Public General Acts', year: 1905, number: '5 Edw. 7 c. 13'},
    {title: 'Human Rights Act 1998', gazette: 'Public General Acts', year: 1998, number: 'c. 42'},
    {title: 'Data Protection Act 2018', gazette: 'Public General Acts', year: 2018, number: 'c. 12'}
  ],
  de: [
    {title: 'Gesetz zur Wiederherstellung des Berufsbeamtentums', gazette: 'Reichsgesetzblatt', year: 1933, month: 4, day: 7, volume: 'I'},
    {title: 'Bürgerliches Gesetzbuch', gazette: 'Reichsgesetzblatt', year: 1896, month: 8, day: 18},
    {title: 'Grundgesetz für die Bundesrepublik Deutschland', gazette: 'Bundesgesetzblatt', year: 1949, month: 5, day: 23},
    {title: 'Betriebsverfassungsgesetz', gazette: 'Bundesgesetzblatt', year: 1972, month: 1, day: 15, volume: 'I'},
    {title: 'Gesetz über den Zugang zu den Unterlagen des Staatssicherheitsdienstes', gazette: 'Bundesgesetzblatt', year: 1991, month: 12, day: 20, volume: 'I'},
    {title: 'Gesetz über die Sicherung und Nutzung von Archivgut des Bundes', gazette: 'Bundesgesetzblatt', year: 1988, month: 1, day: 6, volume: 'I'},
    {title: 'Verordnung zum Schutz von Volk und Staat', gazette: 'Reichsgesetzblatt', year: 1933, month: 2, day: 28, volume: 'I'}
  ],
  fr: [
    {title: 'Loi du 9 décembre 1905 concernant la séparation des Églises et de l’État', gazette: 'Journal officiel de la République française', year: 1905, month: 12, day: 11},
    {
      title: 'Loi n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés',
      gazette: 'Journal officiel de la République française',
      year: 1978,
      month: 1,
      day: 7,
      number: '78-17'
    },
    {
      title: 'Ordonnance n° 45-2658 du 2 novembre 1945 relative aux conditions d’entrée et de séjour des étrangers en France',
      gazette: 'Journal officiel de la République française',
      year: 1945,
      month: 11,
      day: 4,
      number: '45-2658'
    },
    {title: 'Loi du 29 juillet 1881 sur la liberté de la presse', gazette: 'Journal officiel de la République française', year: 1881, month: 7, day: 30},
    {title: 'Code du patrimoine', gazette: 'Journal officiel de la République française', year: 2004, month: 2, day: 24}
  ],
  es: [
    {
      title: 'Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales',
      gazette: 'Boletín Oficial del Estado',
      year: 2018,
      month: 12,
      day: 6,
      number: '294'
    },
    {title: 'Ley 52/2007, de 26 de diciembre, de memoria histórica', gazette: 'Boletín Oficial del Estado', year: 2007, month: 12, day: 27, number: '310'},
    {title: 'Constitución Española', gazette: 'Boletín Oficial del Estado', year: 1978, month: 12, day: 29, number: '311'},
    {title: 'Ley 16/1985, de 25 de junio, del Patrimonio Histórico Español', gazette: 'Boletín Oficial del Estado', year: 1985, month: 6, day: 29, number: '155'},
    {title: 'Real Decreto de 22 de noviembre de 1901', gazette: 'Gaceta de Madrid', year: 1901, month: 11, day: 24, number: '328'}
  ],
  it: [
    {title: 'Legge 20 maggio 1970, n. 300', gazette: 'Gazzetta Ufficiale', year: 1970, month: 5, day: 27, number: '131'},
    {title: 'Regio decreto-legge 17 novembre 1938, n. 1728', gazette: 'Gazzetta Ufficiale del Regno d’Italia', year: 1938, month: 11, day: 19, number: '264'},
    {title: 'Costituzione della Repubblica italiana', gazette: 'Gazzetta Ufficiale', year: 1947, month: 12, day: 27, number: '298'},
    {title: 'Decreto legislativo 22 gennaio 2004, n. 42 (Codice dei beni culturali e del paesaggio)', gazette: 'Gazzetta Ufficiale', year: 2004, month: 2, day: 24, number: '45'},
    {title: 'Legge 22 aprile 1941, n. 633', gazette: 'Gazzetta Ufficiale', year: 1941, month: 7, day: 16, number: '166'}
  ]
}

/** Courts with the reports their decisions are printed in and a docket-number pattern. */
export interface Court {
  authority: string
  reporter: string
  docket: string
  /** How a decision is named in this tradition: by the parties (`A v. B`) or not at all. */
  parties: boolean
  genre?: readonly string[]
}

export const COURTS: Record<Lang, readonly Court[]> = {
  en: [
    {authority: 'U.S. Supreme Court', reporter: 'U.S.', docket: 'No. {m}-{n}', parties: true},
    {authority: 'House of Lords', reporter: 'AC', docket: '', parties: true},
    {authority: 'Court of Appeal', reporter: 'QB', docket: '', parties: true},
    {authority: 'European Court of Human Rights', reporter: 'ECHR', docket: 'no. {n}/{yr}', parties: true}
  ],
  de: [
    {authority: 'BVerfG', reporter: 'BVerfGE', docket: '1 BvR {n}/{yr}', parties: false, genre: ['Urteil', 'Beschluss']},
    {authority: 'BGH', reporter: 'BGHZ', docket: 'VI ZR {n}/{yr}', parties: false, genre: ['Urteil', 'Beschluss']},
    {authority: 'BAG', reporter: 'NJW', docket: '{m} AZR {n}/{yr}', parties: false, genre: ['Urteil']},
    {authority: 'BVerwG', reporter: 'BVerwGE', docket: '{m} C {n}.{yr}', parties: false, genre: ['Urteil', 'Beschluss']}
  ],
  fr: [
    {authority: 'Conseil d’État', reporter: 'Recueil Lebon', docket: 'n° {n}', parties: true},
    {authority: 'Cour de cassation, chambre civile 1', reporter: 'Bulletin civil', docket: 'n° {yr}-{n}', parties: false},
    {authority: 'Conseil constitutionnel', reporter: 'Recueil des décisions', docket: 'n° {yr4}-{n} DC', parties: false, genre: ['décision']}
  ],
  es: [
    {authority: 'Tribunal Constitucional', reporter: 'Boletín Oficial del Estado', docket: 'STC {m}/{yr4}', parties: false, genre: ['sentencia']},
    {authority: 'Tribunal Supremo, Sala de lo Penal', reporter: 'Repertorio de Jurisprudencia', docket: 'STS {n}/{yr4}', parties: false, genre: ['sentencia']}
  ],
  it: [
    {authority: 'Corte costituzionale', reporter: 'Giurisprudenza costituzionale', docket: 'sentenza n. {m}/{yr4}', parties: false},
    {authority: 'Corte di cassazione, sezioni unite civili', reporter: 'Foro italiano', docket: 'n. {n}', parties: false}
  ]
}

export interface Encyclopedia {
  title: string
  /** `{slug}` is the entry's name made into a URL path. */
  url?: string
  publisher?: Publisher
  wiki?: boolean
}

export const ENCYCLOPEDIAS: Record<Lang, readonly Encyclopedia[]> = {
  en: [
    {title: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/{slug}', wiki: true},
    {title: 'Stanford Encyclopedia of Philosophy', url: 'https://plato.stanford.edu/entries/{slug}/'},
    {title: 'Oxford Dictionary of National Biography', publisher: {name: 'Oxford University Press', place: 'Oxford'}},
    {title: 'Encyclopædia Britannica', url: 'https://www.britannica.com/topic/{slug}'}
  ],
  de: [
    {title: 'Wikipedia', url: 'https://de.wikipedia.org/wiki/{slug}', wiki: true},
    {title: 'Historisches Lexikon der Schweiz', url: 'https://hls-dhs-dss.ch/de/articles/0{n}/'},
    {title: 'Neue Deutsche Biographie', publisher: {name: 'Duncker & Humblot', place: 'Berlin'}},
    {title: 'Historisches Lexikon Bayerns', url: 'https://www.historisches-lexikon-bayerns.de/Lexikon/{slug}'}
  ],
  fr: [
    {title: 'Wikipédia', url: 'https://fr.wikipedia.org/wiki/{slug}', wiki: true},
    {title: 'Dictionnaire historique de la Suisse', url: 'https://hls-dhs-dss.ch/fr/articles/0{n}/'},
    {title: 'Encyclopædia Universalis', url: 'https://www.universalis.fr/encyclopedie/{slug}/'},
    {title: 'Dictionnaire biographique du mouvement ouvrier', publisher: {name: 'Éditions de l’Atelier', place: 'Paris'}}
  ],
  es: [
    {title: 'Wikipedia', url: 'https://es.wikipedia.org/wiki/{slug}', wiki: true},
    {title: 'Diccionario Biográfico Español', url: 'https://dbe.rah.es/biografias/{n}/{slug}', publisher: {name: 'Real Academia de la Historia', place: 'Madrid'}},
    {title: 'Gran Enciclopèdia Catalana', url: 'https://www.enciclopedia.cat/gran-enciclopedia-catalana/{slug}'}
  ],
  it: [
    {title: 'Wikipedia', url: 'https://it.wikipedia.org/wiki/{slug}', wiki: true},
    {
      title: 'Dizionario Biografico degli Italiani',
      url: 'https://www.treccani.it/enciclopedia/{slug}_(Dizionario-Biografico)/',
      publisher: {name: 'Istituto della Enciclopedia Italiana', place: 'Roma'}
    },
    {title: 'Enciclopedia Italiana', publisher: {name: 'Istituto della Enciclopedia Italiana', place: 'Roma'}}
  ]
}

/** Topics of encyclopedia entries (people are made from the name lists). */
export const ENTRY_TOPICS: Record<Lang, readonly string[]> = {
  en: ['Congress of Vienna', 'Printing press', 'Republic of Venice', 'Enlightenment', 'Atlantic slave trade', 'Treaty of Versailles', 'Cold War'],
  de: ['Wiener Kongress', 'Buchdruck', 'Republik Venedig', 'Aufklärung', 'Kulturkampf', 'Versailler Vertrag', 'Kalter Krieg'],
  fr: ['Congrès de Vienne', 'Imprimerie', 'République de Venise', 'Lumières', 'Affaire Dreyfus', 'Traité de Versailles', 'Guerre froide'],
  es: ['Congreso de Viena', 'Imprenta', 'República de Venecia', 'Ilustración', 'Guerra civil española', 'Tratado de Versalles', 'Guerra Fría'],
  it: ['Congresso di Vienna', 'Stampa a caratteri mobili', 'Repubblica di Venezia', 'Illuminismo', 'Risorgimento', 'Trattato di Versailles', 'Guerra fredda']
}

export const CONFERENCES: Record<Lang, readonly string[]> = {
  en: ['Annual Meeting of the American Historical Association', 'Digital Humanities Conference', 'European Social Science History Conference', 'Annual Conference of the Economic History Society'],
  de: ['Deutscher Historikertag', 'Jahrestagung der Gesellschaft für Medienwissenschaft', 'DHd-Jahrestagung', 'Deutscher Soziologentag'],
  fr: ['Congrès de l’Association française de science politique', 'Rendez-vous de l’histoire de Blois', 'Journées d’études de l’EHESS', 'Colloque international de Cerisy'],
  es: ['Congreso de la Asociación de Historia Contemporánea', 'Congreso Internacional de Americanistas', 'Encuentro de la Asociación Española de Historia Económica'],
  it: ['Convegno della Società italiana per lo studio della storia contemporanea', 'Congresso nazionale dell’AIUCD', 'Settimana di studio del CISAM']
}

/** Speeches: where they were given. */
export const SPEECH_EVENTS: Record<Lang, ReadonlyArray<{event: string; place: string}>> = {
  en: [
    {event: 'Speech to the House of Commons', place: 'London'},
    {event: 'Commencement address', place: 'Cambridge, MA'},
    {event: 'Address to the United Nations General Assembly', place: 'New York'}
  ],
  de: [
    {event: 'Rede vor dem Deutschen Bundestag', place: 'Bonn'},
    {event: 'Rede im Reichstag', place: 'Berlin'},
    {event: 'Ansprache zum Tag der Deutschen Einheit', place: 'Berlin'}
  ],
  fr: [
    {event: 'Discours à l’Assemblée nationale', place: 'Paris'},
    {event: 'Discours de Bayeux', place: 'Bayeux'},
    {event: 'Allocution radiodiffusée', place: 'Paris'}
  ],
  es: [
    {event: 'Discurso ante las Cortes', place: 'Madrid'},
    {event: 'Discurso en el Ateneo de Madrid', place: 'Madrid'}
  ],
  it: [
    {event: 'Discorso alla Camera dei deputati', place: 'Roma'},
    {event: 'Discorso al Senato del Regno', place: 'Roma'}
  ]
}

/** Short stopword lists to guess the language of a harvested title. */
export const STOPWORDS: Record<Lang, readonly string[]> = {
  en: ['the', 'of', 'and', 'in', 'to', 'a', 'for', 'on', 'with', 'from', 'an', 'its', 'between', 'toward', 'towards'],
  de: ['der', 'die', 'das', 'und', 'im', 'zur', 'zum', 'des', 'von', 'mit', 'für', 'über', 'eine', 'ein', 'zwischen', 'nach', 'bei', 'den', 'dem'],
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'de', 'une', 'un', 'au', 'aux', 'pour', 'dans', 'sur', 'entre', 'l’', 'd’'],
  es: ['el', 'la', 'los', 'las', 'y', 'del', 'de', 'en', 'una', 'un', 'para', 'por', 'con', 'entre', 'sobre'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'e', 'del', 'della', 'dei', 'delle', 'di', 'nel', 'nella', 'per', 'tra', 'fra', 'una', 'un', 'alla', 'al']
}
