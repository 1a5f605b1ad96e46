/**
 * Word lists for area-studies and archive-heavy documents (Cold War, East
 * Asian, Soviet and European diplomatic history): romanized Chinese, Korean,
 * Russian and Japanese titles with their translations, romanized journals and
 * newspapers, publishers, editing bodies, archives with their call-number
 * families, senders of documents, document titles, report series. Written
 * for this generator; the institutions named are real or invented, the people
 * are not meant to be.
 */
import type {Lang} from './vocab.js'

/** A phrase in each document language. */
export type Tr = Record<Lang, string>

/** The languages romanized titles are written in. */
export type Script = 'zh' | 'ko' | 'ru' | 'ja'

/** A romanized phrase and its translations. */
export interface Romanized {
  r: string
  t: Tr
}

/**
 * Subjects of romanized titles. `r` is the romanized form as the genre
 * templates use it (Russian: genitive); `t.en` a noun phrase that follows
 * `of`, `t.de`…`t.it` a genitive with its article or preposition (`der
 * Koreaner in China`, `des Coréens de Chine`).
 */
export const ROMANIZED_SUBJECTS: Record<Script, readonly Romanized[]> = {
  zh: [
    {r: 'Zhongguo Chaoxianzu', t: {en: 'the Koreans in China', de: 'der Koreaner in China', fr: 'des Coréens de Chine', es: 'de los coreanos en China', it: 'dei coreani in Cina'}},
    {r: 'Dongbei nongcun', t: {en: 'the Rural Northeast', de: 'des ländlichen Nordostens', fr: 'des campagnes du Nord-Est', es: 'del campo del noreste', it: 'delle campagne del Nord-Est'}},
    {
      r: 'Zhong-Su guanxi',
      t: {
        en: 'Sino-Soviet Relations',
        de: 'der chinesisch-sowjetischen Beziehungen',
        fr: 'des relations sino-soviétiques',
        es: 'de las relaciones chino-soviéticas',
        it: 'delle relazioni sino-sovietiche'
      }
    },
    {
      r: 'Zhong-Chao guanxi',
      t: {en: 'Sino-Korean Relations', de: 'der chinesisch-koreanischen Beziehungen', fr: 'des relations sino-coréennes', es: 'de las relaciones chino-coreanas', it: 'delle relazioni sino-coreane'}
    },
    {
      r: 'Kang-Mei yuan-Chao zhanzheng',
      t: {en: 'the War to Resist America and Aid Korea', de: 'des Koreakriegs', fr: 'de la guerre de Corée', es: 'de la guerra de Corea', it: 'della guerra di Corea'}
    },
    {r: 'Yanbian diqu', t: {en: 'the Yanbian Region', de: 'der Region Yanbian', fr: 'de la région de Yanbian', es: 'de la región de Yanbian', it: 'della regione di Yanbian'}},
    {
      r: 'Zhongguo gongchandang',
      t: {en: 'the Chinese Communist Party', de: 'der Kommunistischen Partei Chinas', fr: 'du Parti communiste chinois', es: 'del Partido Comunista Chino', it: 'del Partito comunista cinese'}
    },
    {r: 'tudi gaige', t: {en: 'Land Reform', de: 'der Bodenreform', fr: 'de la réforme agraire', es: 'de la reforma agraria', it: 'della riforma agraria'}},
    {
      r: 'Xin Zhongguo waijiao',
      t: {
        en: 'New China’s Diplomacy',
        de: 'der Diplomatie des Neuen China',
        fr: 'de la diplomatie de la Chine nouvelle',
        es: 'de la diplomacia de la Nueva China',
        it: 'della diplomazia della Nuova Cina'
      }
    },
    {r: 'Manzhouguo', t: {en: 'Manchukuo', de: 'Mandschukuos', fr: 'du Mandchoukouo', es: 'de Manchukuo', it: 'del Manciukuò'}},
    {
      r: 'Dongbei kangri lianjun',
      t: {
        en: 'the Northeast Anti-Japanese United Army',
        de: 'der Vereinigten Antijapanischen Armee des Nordostens',
        fr: 'de l’Armée unie antijaponaise du Nord-Est',
        es: 'del Ejército Unido Antijaponés del Noreste',
        it: 'dell’Armata unita antigiapponese del Nord-Est'
      }
    },
    {
      r: 'bianjiang minzu',
      t: {en: 'the Border Nationalities', de: 'der Grenzvölker', fr: 'des nationalités frontalières', es: 'de las nacionalidades fronterizas', it: 'delle nazionalità di frontiera'}
    },
    {
      r: 'Zhong-Mei guanxi',
      t: {
        en: 'Sino-American Relations',
        de: 'der chinesisch-amerikanischen Beziehungen',
        fr: 'des relations sino-américaines',
        es: 'de las relaciones chino-estadounidenses',
        it: 'delle relazioni sino-americane'
      }
    },
    {r: 'huaqiao', t: {en: 'the Overseas Chinese', de: 'der Auslandschinesen', fr: 'des Chinois d’outre-mer', es: 'de los chinos de ultramar', it: 'dei cinesi d’oltremare'}},
    {r: 'Dongbei gongye', t: {en: 'Northeastern Industry', de: 'der Industrie des Nordostens', fr: 'de l’industrie du Nord-Est', es: 'de la industria del noreste', it: 'dell’industria del Nord-Est'}},
    {r: 'renmin gongshe', t: {en: 'the People’s Communes', de: 'der Volkskommunen', fr: 'des communes populaires', es: 'de las comunas populares', it: 'delle comuni popolari'}}
  ],
  ko: [
    {r: 'Han’guk chŏnjaeng', t: {en: 'the Korean War', de: 'des Koreakriegs', fr: 'de la guerre de Corée', es: 'de la guerra de Corea', it: 'della guerra di Corea'}},
    {
      r: 'Pukhan kyŏngje',
      t: {en: 'the North Korean Economy', de: 'der nordkoreanischen Wirtschaft', fr: 'de l’économie nord-coréenne', es: 'de la economía norcoreana', it: 'dell’economia nordcoreana'}
    },
    {r: 'Chaeil Chosŏnin', t: {en: 'Koreans in Japan', de: 'der Koreaner in Japan', fr: 'des Coréens du Japon', es: 'de los coreanos en Japón', it: 'dei coreani in Giappone'}},
    {
      r: 'Chosŏn nodongdang',
      t: {en: 'the Korean Workers’ Party', de: 'der Partei der Arbeit Koreas', fr: 'du Parti du travail de Corée', es: 'del Partido del Trabajo de Corea', it: 'del Partito del lavoro di Corea'}
    },
    {
      r: 'Puk-Chung kwan’gye',
      t: {
        en: 'North Korean–Chinese Relations',
        de: 'der nordkoreanisch-chinesischen Beziehungen',
        fr: 'des relations sino-nord-coréennes',
        es: 'de las relaciones chino-norcoreanas',
        it: 'delle relazioni sino-nordcoreane'
      }
    },
    {
      r: 'Manju ijumin',
      t: {en: 'Migrants to Manchuria', de: 'der Auswanderer in die Mandschurei', fr: 'des migrants en Mandchourie', es: 'de los emigrantes a Manchuria', it: 'degli emigrati in Manciuria'}
    },
    {r: 'haebang chŏnhu', t: {en: 'the Liberation Period', de: 'der Befreiungszeit', fr: 'de la période de la Libération', es: 'del periodo de la liberación', it: 'del periodo della liberazione'}},
    {
      r: 'Han-Mi kwan’gye',
      t: {
        en: 'Korean–American Relations',
        de: 'der koreanisch-amerikanischen Beziehungen',
        fr: 'des relations américano-coréennes',
        es: 'de las relaciones entre Corea y Estados Unidos',
        it: 'delle relazioni tra Corea e Stati Uniti'
      }
    },
    {r: 'Kando Chosŏnin', t: {en: 'the Koreans of Kando', de: 'der Koreaner in Kando', fr: 'des Coréens du Kando', es: 'de los coreanos de Kando', it: 'dei coreani del Kando'}},
    {r: 'nongji kaehyŏk', t: {en: 'Land Reform', de: 'der Bodenreform', fr: 'de la réforme agraire', es: 'de la reforma agraria', it: 'della riforma agraria'}},
    {
      r: 'Pukhan chŏngch’i',
      t: {en: 'North Korean Politics', de: 'der nordkoreanischen Politik', fr: 'de la politique nord-coréenne', es: 'de la política norcoreana', it: 'della politica nordcoreana'}
    },
    {r: 'Sahalin Hanin', t: {en: 'the Sakhalin Koreans', de: 'der Sachalin-Koreaner', fr: 'des Coréens de Sakhaline', es: 'de los coreanos de Sajalín', it: 'dei coreani di Sachalin'}}
  ],
  ru: [
    {
      r: 'sovetsko-kitaiskikh otnoshenii',
      t: {
        en: 'Soviet–Chinese Relations',
        de: 'der sowjetisch-chinesischen Beziehungen',
        fr: 'des relations sino-soviétiques',
        es: 'de las relaciones sino-soviéticas',
        it: 'delle relazioni sino-sovietiche'
      }
    },
    {r: 'Dal’nego Vostoka', t: {en: 'the Far East', de: 'des Fernen Ostens', fr: 'de l’Extrême-Orient', es: 'del Extremo Oriente', it: 'dell’Estremo Oriente'}},
    {r: 'koreitsev v SSSR', t: {en: 'the Koreans in the USSR', de: 'der Koreaner in der UdSSR', fr: 'des Coréens en URSS', es: 'de los coreanos en la URSS', it: 'dei coreani in URSS'}},
    {r: 'Kominterna', t: {en: 'the Comintern', de: 'der Komintern', fr: 'du Komintern', es: 'de la Komintern', it: 'del Comintern'}},
    {r: 'kollektivizatsii', t: {en: 'Collectivization', de: 'der Kollektivierung', fr: 'de la collectivisation', es: 'de la colectivización', it: 'della collettivizzazione'}},
    {
      r: 'sovetskoi vneshnei politiki',
      t: {en: 'Soviet Foreign Policy', de: 'der sowjetischen Außenpolitik', fr: 'de la politique étrangère soviétique', es: 'de la política exterior soviética', it: 'della politica estera sovietica'}
    },
    {r: 'Primorskogo kraia', t: {en: 'the Maritime Province', de: 'der Region Primorje', fr: 'du kraï du Primorié', es: 'del krai de Primorie', it: 'del territorio del Litorale'}},
    {
      r: 'sovetsko-koreiskikh otnoshenii',
      t: {
        en: 'Soviet–Korean Relations',
        de: 'der sowjetisch-koreanischen Beziehungen',
        fr: 'des relations soviéto-coréennes',
        es: 'de las relaciones soviético-coreanas',
        it: 'delle relazioni sovietico-coreane'
      }
    },
    {
      r: 'sovetskikh sovetnikov v Kitae',
      t: {
        en: 'the Soviet Advisers in China',
        de: 'der sowjetischen Berater in China',
        fr: 'des conseillers soviétiques en Chine',
        es: 'de los asesores soviéticos en China',
        it: 'dei consiglieri sovietici in Cina'
      }
    },
    {
      r: 'KVZhD',
      t: {en: 'the Chinese Eastern Railway', de: 'der Ostchinesischen Eisenbahn', fr: 'du chemin de fer de l’Est chinois', es: 'del Ferrocarril Oriental Chino', it: 'della Ferrovia orientale cinese'}
    },
    {
      r: 'pereseleniia na Dal’nii Vostok',
      t: {
        en: 'Resettlement to the Far East',
        de: 'der Umsiedlung in den Fernen Osten',
        fr: 'de la colonisation de l’Extrême-Orient',
        es: 'del reasentamiento en el Extremo Oriente',
        it: 'del reinsediamento nell’Estremo Oriente'
      }
    },
    {r: 'kholodnoi voiny', t: {en: 'the Cold War', de: 'des Kalten Krieges', fr: 'de la guerre froide', es: 'de la Guerra Fría', it: 'della guerra fredda'}}
  ],
  ja: [
    {r: 'Chōsen sensō', t: {en: 'the Korean War', de: 'des Koreakriegs', fr: 'de la guerre de Corée', es: 'de la guerra de Corea', it: 'della guerra di Corea'}},
    {r: 'Manshūkoku', t: {en: 'Manchukuo', de: 'Mandschukuos', fr: 'du Mandchoukouo', es: 'de Manchukuo', it: 'del Manciukuò'}},
    {
      r: 'Nitchū kankei',
      t: {
        en: 'Japanese–Chinese Relations',
        de: 'der japanisch-chinesischen Beziehungen',
        fr: 'des relations sino-japonaises',
        es: 'de las relaciones sino-japonesas',
        it: 'delle relazioni sino-giapponesi'
      }
    },
    {r: 'Zainichi Chōsenjin', t: {en: 'Koreans in Japan', de: 'der Koreaner in Japan', fr: 'des Coréens du Japon', es: 'de los coreanos en Japón', it: 'dei coreani in Giappone'}},
    {r: 'senryōki Nihon', t: {en: 'Occupied Japan', de: 'des besetzten Japan', fr: 'du Japon occupé', es: 'del Japón ocupado', it: 'del Giappone occupato'}},
    {r: 'Kantōgun', t: {en: 'the Kwantung Army', de: 'der Kwantung-Armee', fr: 'de l’armée du Guandong', es: 'del Ejército de Kwantung', it: 'dell’armata del Kwantung'}},
    {
      r: 'Nikkan kankei',
      t: {
        en: 'Japanese–Korean Relations',
        de: 'der japanisch-koreanischen Beziehungen',
        fr: 'des relations nippo-coréennes',
        es: 'de las relaciones entre Japón y Corea',
        it: 'delle relazioni nippo-coreane'
      }
    },
    {r: 'kikoku jigyō', t: {en: 'the Repatriation Project', de: 'des Rückführungsprojekts', fr: 'du programme de rapatriement', es: 'del programa de repatriación', it: 'del programma di rimpatrio'}},
    {
      r: 'Mantetsu',
      t: {
        en: 'the South Manchuria Railway',
        de: 'der Südmandschurischen Eisenbahn',
        fr: 'de la Compagnie du chemin de fer sud-mandchourien',
        es: 'del Ferrocarril del Sur de Manchuria',
        it: 'della Ferrovia della Manciuria meridionale'
      }
    },
    {r: 'sengo gaikō', t: {en: 'Postwar Diplomacy', de: 'der Nachkriegsdiplomatie', fr: 'de la diplomatie d’après-guerre', es: 'de la diplomacia de posguerra', it: 'della diplomazia del dopoguerra'}}
  ]
}

/** Title shapes: `{X}` is a subject (`r` in the romanized title, `t` in the translation). */
export const ROMANIZED_GENRES: Record<Script, readonly Romanized[]> = {
  zh: [
    {r: '{X} shi', t: {en: 'A History of {X}', de: 'Geschichte {X}', fr: 'Histoire {X}', es: 'Historia {X}', it: 'Storia {X}'}},
    {
      r: '{X} yiminshi',
      t: {en: 'A History of Migration of {X}', de: 'Migrationsgeschichte {X}', fr: 'Histoire des migrations {X}', es: 'Historia de las migraciones {X}', it: 'Storia delle migrazioni {X}'}
    },
    {r: '{X} yanjiu', t: {en: 'A Study of {X}', de: 'Studien zur Geschichte {X}', fr: 'Études sur l’histoire {X}', es: 'Estudios sobre la historia {X}', it: 'Studi sulla storia {X}'}},
    {
      r: '{X} ziliao xuanbian',
      t: {
        en: 'Selected Materials on the History of {X}',
        de: 'Ausgewählte Materialien zur Geschichte {X}',
        fr: 'Documents choisis sur l’histoire {X}',
        es: 'Materiales escogidos sobre la historia {X}',
        it: 'Materiali scelti sulla storia {X}'
      }
    },
    {r: '{X} dashiji', t: {en: 'A Chronology of {X}', de: 'Chronik {X}', fr: 'Chronologie {X}', es: 'Cronología {X}', it: 'Cronologia {X}'}},
    {r: '{X} de qiyuan', t: {en: 'The Origins of {X}', de: 'Die Ursprünge {X}', fr: 'Les origines {X}', es: 'Los orígenes {X}', it: 'Le origini {X}'}},
    {r: '{X} wenti', t: {en: 'The Question of {X}', de: 'Die Frage {X}', fr: 'La question {X}', es: 'La cuestión {X}', it: 'La questione {X}'}},
    {
      r: '{X} wenxian huibian',
      t: {
        en: 'Collected Documents on {X}',
        de: 'Dokumente zur Geschichte {X}',
        fr: 'Recueil de documents sur l’histoire {X}',
        es: 'Colección de documentos sobre la historia {X}',
        it: 'Raccolta di documenti sulla storia {X}'
      }
    },
    {r: '{X} zai renshi', t: {en: 'Rethinking the History of {X}', de: 'Die Geschichte {X} neu gedacht', fr: 'Repenser l’histoire {X}', es: 'Repensar la historia {X}', it: 'Ripensare la storia {X}'}}
  ],
  ko: [
    {r: '{X} ŭi kiwŏn', t: {en: 'The Origins of {X}', de: 'Die Ursprünge {X}', fr: 'Les origines {X}', es: 'Los orígenes {X}', it: 'Le origini {X}'}},
    {r: '{X} yŏn’gu', t: {en: 'A Study of {X}', de: 'Studien zur Geschichte {X}', fr: 'Études sur l’histoire {X}', es: 'Estudios sobre la historia {X}', it: 'Studi sulla storia {X}'}},
    {r: '{X}sa', t: {en: 'A History of {X}', de: 'Geschichte {X}', fr: 'Histoire {X}', es: 'Historia {X}', it: 'Storia {X}'}},
    {r: '{X} ŭi yŏksa', t: {en: 'The History of {X}', de: 'Die Geschichte {X}', fr: 'L’histoire {X}', es: 'La historia {X}', it: 'La storia {X}'}},
    {r: '{X} charyojip', t: {en: 'Documents on {X}', de: 'Dokumente zur Geschichte {X}', fr: 'Documents sur l’histoire {X}', es: 'Documentos sobre la historia {X}', it: 'Documenti sulla storia {X}'}},
    {r: '{X} ŭi chŏn’gae', t: {en: 'The Development of {X}', de: 'Die Entwicklung {X}', fr: 'Le développement {X}', es: 'El desarrollo {X}', it: 'Lo sviluppo {X}'}},
    {
      r: '{X} wa kukka',
      t: {en: 'The State and the Making of {X}', de: 'Der Staat und die Entstehung {X}', fr: 'L’État et la formation {X}', es: 'El Estado y la formación {X}', it: 'Lo Stato e la formazione {X}'}
    }
  ],
  ru: [
    {r: 'Istoriia {X}', t: {en: 'A History of {X}', de: 'Geschichte {X}', fr: 'Histoire {X}', es: 'Historia {X}', it: 'Storia {X}'}},
    {
      r: 'Ocherki istorii {X}',
      t: {en: 'Essays on the History of {X}', de: 'Skizzen zur Geschichte {X}', fr: 'Essais sur l’histoire {X}', es: 'Ensayos sobre la historia {X}', it: 'Saggi sulla storia {X}'}
    },
    {r: 'Iz istorii {X}', t: {en: 'From the History of {X}', de: 'Aus der Geschichte {X}', fr: 'Pages de l’histoire {X}', es: 'De la historia {X}', it: 'Dalla storia {X}'}},
    {
      r: 'Dokumenty po istorii {X}',
      t: {en: 'Documents on the History of {X}', de: 'Dokumente zur Geschichte {X}', fr: 'Documents sur l’histoire {X}', es: 'Documentos sobre la historia {X}', it: 'Documenti sulla storia {X}'}
    },
    {r: 'Problemy {X}', t: {en: 'Problems of {X}', de: 'Probleme {X}', fr: 'Problèmes {X}', es: 'Problemas {X}', it: 'Problemi {X}'}},
    {r: 'U istokov {X}', t: {en: 'At the Origins of {X}', de: 'An den Ursprüngen {X}', fr: 'Aux origines {X}', es: 'En los orígenes {X}', it: 'Alle origini {X}'}}
  ],
  ja: [
    {r: '{X}shi', t: {en: 'A History of {X}', de: 'Geschichte {X}', fr: 'Histoire {X}', es: 'Historia {X}', it: 'Storia {X}'}},
    {r: '{X} no kenkyū', t: {en: 'A Study of {X}', de: 'Studien zur Geschichte {X}', fr: 'Études sur l’histoire {X}', es: 'Estudios sobre la historia {X}', it: 'Studi sulla storia {X}'}},
    {r: '{X} no kigen', t: {en: 'The Origins of {X}', de: 'Die Ursprünge {X}', fr: 'Les origines {X}', es: 'Los orígenes {X}', it: 'Le origini {X}'}},
    {r: '{X} shiryōshū', t: {en: 'Documents on {X}', de: 'Dokumente zur Geschichte {X}', fr: 'Documents sur l’histoire {X}', es: 'Documentos sobre la historia {X}', it: 'Documenti sulla storia {X}'}},
    {r: '{X} no tenkai', t: {en: 'The Development of {X}', de: 'Die Entwicklung {X}', fr: 'Le développement {X}', es: 'El desarrollo {X}', it: 'Lo sviluppo {X}'}},
    {
      r: '{X} to sengo Ajia',
      t: {
        en: 'Postwar Asia and the Legacy of {X}',
        de: 'Das Nachkriegsasien und das Erbe {X}',
        fr: 'L’Asie d’après-guerre et l’héritage {X}',
        es: 'Asia de posguerra y el legado {X}',
        it: 'L’Asia del dopoguerra e l’eredità {X}'
      }
    }
  ]
}

/** The language note written after an untranslated title (`[in Korean]`). */
export const LANGUAGE_NOTES: Record<Script, Tr> = {
  zh: {en: 'in Chinese', de: 'chinesisch', fr: 'en chinois', es: 'en chino', it: 'in cinese'},
  ko: {en: 'in Korean', de: 'koreanisch', fr: 'en coréen', es: 'en coreano', it: 'in coreano'},
  ru: {en: 'in Russian', de: 'russisch', fr: 'en russe', es: 'en ruso', it: 'in russo'},
  ja: {en: 'in Japanese', de: 'japanisch', fr: 'en japonais', es: 'en japonés', it: 'in giapponese'}
}

/** University towns for `… daxue xuebao [Journal of … University]`. */
export const UNIVERSITY_TOWNS: Record<Script, ReadonlyArray<{r: string; name: string}>> = {
  zh: [
    {r: 'Yanbian daxue xuebao', name: 'Yanbian'},
    {r: 'Jilin daxue shehui kexue xuebao', name: 'Jilin'},
    {r: 'Nankai xuebao', name: 'Nankai'},
    {r: 'Fudan xuebao', name: 'Fudan'},
    {r: 'Beijing daxue xuebao', name: 'Peking'},
    {r: 'Dongbei shida xuebao', name: 'Northeast Normal'},
    {r: 'Liaoning daxue xuebao', name: 'Liaoning'},
    {r: 'Xiamen daxue xuebao', name: 'Xiamen'}
  ],
  ko: [
    {r: 'Kyŏnghŭi taehakkyo nonmunjip', name: 'Kyung Hee'},
    {r: 'Sŏgang taehakkyo inmun nonch’ong', name: 'Sogang'},
    {r: 'Koryŏ taehakkyo sahak nonjip', name: 'Korea'},
    {r: 'Pusan taehakkyo sahakchi', name: 'Pusan'}
  ],
  ru: [
    {r: 'Vestnik Moskovskogo universiteta', name: 'Moscow'},
    {r: 'Vestnik Leningradskogo universiteta', name: 'Leningrad'},
    {r: 'Vestnik Tomskogo universiteta', name: 'Tomsk'},
    {r: 'Vestnik Dal’nevostochnogo universiteta', name: 'Far Eastern'}
  ],
  ja: [
    {r: 'Hokkaidō daigaku kiyō', name: 'Hokkaido'},
    {r: 'Kyōto daigaku bungakubu kenkyū kiyō', name: 'Kyoto'},
    {r: 'Hitotsubashi ronsō', name: 'Hitotsubashi'},
    {r: 'Tōyō bunka kenkyūjo kiyō', name: 'Tokyo'}
  ]
}

/** How a university journal is translated. */
export const UNIVERSITY_JOURNAL: Tr = {
  en: 'Journal of {U} University',
  de: 'Zeitschrift der Universität {U}',
  fr: 'Revue de l’université de {U}',
  es: 'Revista de la Universidad de {U}',
  it: 'Rivista dell’Università di {U}'
}

export const ROMANIZED_JOURNALS: Record<Script, readonly Romanized[]> = {
  zh: [
    {r: 'Lishi yanjiu', t: {en: 'Historical Research', de: 'Historische Forschung', fr: 'Recherches historiques', es: 'Investigación Histórica', it: 'Ricerca storica'}},
    {
      r: 'Jindaishi yanjiu',
      t: {en: 'Modern Chinese History Studies', de: 'Studien zur neueren Geschichte', fr: 'Études d’histoire moderne', es: 'Estudios de Historia Moderna', it: 'Studi di storia moderna'}
    },
    {
      r: 'Dangdai Zhongguoshi yanjiu',
      t: {
        en: 'Contemporary China History Studies',
        de: 'Studien zur Zeitgeschichte Chinas',
        fr: 'Études d’histoire de la Chine contemporaine',
        es: 'Estudios de Historia de la China Contemporánea',
        it: 'Studi di storia della Cina contemporanea'
      }
    },
    {
      r: 'Zhonggong dangshi yanjiu',
      t: {en: 'CCP History Studies', de: 'Studien zur Geschichte der KPCh', fr: 'Études d’histoire du PCC', es: 'Estudios de Historia del PCCh', it: 'Studi di storia del PCC'}
    },
    {
      r: 'Dangshi ziliao congkan',
      t: {en: 'Party History Materials', de: 'Materialien zur Parteigeschichte', fr: 'Matériaux d’histoire du Parti', es: 'Materiales de Historia del Partido', it: 'Materiali di storia del Partito'}
    },
    {
      r: 'Shehui kexue zhanxian',
      t: {en: 'Social Science Front', de: 'Front der Sozialwissenschaften', fr: 'Front des sciences sociales', es: 'Frente de las Ciencias Sociales', it: 'Fronte delle scienze sociali'}
    },
    {r: 'Minzu yanjiu', t: {en: 'Ethno-National Studies', de: 'Nationalitätenforschung', fr: 'Études des nationalités', es: 'Estudios de Nacionalidades', it: 'Studi sulle nazionalità'}},
    {
      r: 'Waijiao xueyuan xuebao',
      t: {
        en: 'Journal of the Foreign Affairs College',
        de: 'Zeitschrift der Hochschule für Außenpolitik',
        fr: 'Revue de l’Institut des affaires étrangères',
        es: 'Revista del Instituto de Asuntos Exteriores',
        it: 'Rivista dell’Istituto di affari esteri'
      }
    },
    {
      r: 'Dongbei shidi',
      t: {
        en: 'History and Geography of Northeast China',
        de: 'Geschichte und Geographie Nordostchinas',
        fr: 'Histoire et géographie du Nord-Est',
        es: 'Historia y Geografía del Noreste',
        it: 'Storia e geografia del Nord-Est'
      }
    }
  ],
  ko: [
    {r: 'Yŏksa pip’yŏng', t: {en: 'Critical Review of History', de: 'Geschichtskritik', fr: 'Revue critique d’histoire', es: 'Revista Crítica de Historia', it: 'Rivista critica di storia'}},
    {
      r: 'Han’guksa yŏn’gu',
      t: {en: 'Journal of Korean History', de: 'Studien zur koreanischen Geschichte', fr: 'Études d’histoire coréenne', es: 'Estudios de Historia Coreana', it: 'Studi di storia coreana'}
    },
    {
      r: 'Pukhan yŏn’gu hakhoebo',
      t: {en: 'North Korean Studies Review', de: 'Zeitschrift für Nordkoreastudien', fr: 'Revue d’études nord-coréennes', es: 'Revista de Estudios Norcoreanos', it: 'Rivista di studi nordcoreani'}
    },
    {
      r: 'Kukche chŏngch’i nonch’ong',
      t: {
        en: 'Korean Journal of International Relations',
        de: 'Koreanische Zeitschrift für internationale Beziehungen',
        fr: 'Revue coréenne des relations internationales',
        es: 'Revista Coreana de Relaciones Internacionales',
        it: 'Rivista coreana di relazioni internazionali'
      }
    },
    {r: 'Yŏksa wa hyŏnsil', t: {en: 'History and Reality', de: 'Geschichte und Wirklichkeit', fr: 'Histoire et réalité', es: 'Historia y Realidad', it: 'Storia e realtà'}},
    {
      r: 'Tongbuga yŏksa nonch’ong',
      t: {
        en: 'Journal of Northeast Asian History',
        de: 'Zeitschrift für nordostasiatische Geschichte',
        fr: 'Revue d’histoire de l’Asie du Nord-Est',
        es: 'Revista de Historia del Noreste Asiático',
        it: 'Rivista di storia dell’Asia nordorientale'
      }
    }
  ],
  ru: [
    {r: 'Voprosy istorii', t: {en: 'Problems of History', de: 'Fragen der Geschichte', fr: 'Questions d’histoire', es: 'Cuestiones de Historia', it: 'Questioni di storia'}},
    {
      r: 'Novaia i noveishaia istoriia',
      t: {
        en: 'Modern and Contemporary History',
        de: 'Neuere und neueste Geschichte',
        fr: 'Histoire moderne et contemporaine',
        es: 'Historia Moderna y Contemporánea',
        it: 'Storia moderna e contemporanea'
      }
    },
    {r: 'Otechestvennaia istoriia', t: {en: 'National History', de: 'Vaterländische Geschichte', fr: 'Histoire nationale', es: 'Historia Patria', it: 'Storia patria'}},
    {r: 'Istoricheskii arkhiv', t: {en: 'Historical Archive', de: 'Historisches Archiv', fr: 'Archives historiques', es: 'Archivo Histórico', it: 'Archivio storico'}},
    {
      r: 'Problemy Dal’nego Vostoka',
      t: {en: 'Far Eastern Affairs', de: 'Probleme des Fernen Ostens', fr: 'Problèmes de l’Extrême-Orient', es: 'Problemas del Extremo Oriente', it: 'Problemi dell’Estremo Oriente'}
    },
    {r: 'Rossiia i ATR', t: {en: 'Russia and the Pacific', de: 'Russland und der Pazifik', fr: 'La Russie et le Pacifique', es: 'Rusia y el Pacífico', it: 'La Russia e il Pacifico'}},
    {r: 'Vostok', t: {en: 'The East', de: 'Der Osten', fr: 'L’Orient', es: 'Oriente', it: 'Oriente'}}
  ],
  ja: [
    {
      r: 'Shigaku zasshi',
      t: {en: 'Journal of Historical Studies', de: 'Zeitschrift für Geschichtswissenschaft', fr: 'Revue d’études historiques', es: 'Revista de Estudios Históricos', it: 'Rivista di studi storici'}
    },
    {r: 'Kokusai seiji', t: {en: 'International Relations', de: 'Internationale Politik', fr: 'Relations internationales', es: 'Relaciones Internacionales', it: 'Relazioni internazionali'}},
    {r: 'Ajia kenkyū', t: {en: 'Asian Studies', de: 'Asienstudien', fr: 'Études asiatiques', es: 'Estudios Asiáticos', it: 'Studi asiatici'}},
    {
      r: 'Rekishigaku kenkyū',
      t: {en: 'Journal of Historical Science', de: 'Geschichtswissenschaftliche Studien', fr: 'Études de science historique', es: 'Estudios de Ciencia Histórica', it: 'Studi di scienza storica'}
    },
    {r: 'Chōsen gakuhō', t: {en: 'Journal of Korean Studies', de: 'Zeitschrift für Koreastudien', fr: 'Revue d’études coréennes', es: 'Revista de Estudios Coreanos', it: 'Rivista di studi coreani'}},
    {
      r: 'Tōyō gakuhō',
      t: {
        en: 'Reports of the Oriental Society',
        de: 'Berichte der Orientgesellschaft',
        fr: 'Bulletin de la Société orientale',
        es: 'Boletín de la Sociedad Oriental',
        it: 'Bollettino della Società orientale'
      }
    }
  ]
}

/** Newspapers, some cited with an issue number (`Neibu cankao, No. 2758 (24 April 1959)`). */
export interface RomanizedPaper extends Romanized {
  numbered?: boolean
}

export const ROMANIZED_NEWSPAPERS: Record<Script, readonly RomanizedPaper[]> = {
  zh: [
    {r: 'Renmin ribao', t: {en: 'People’s Daily', de: 'Volkszeitung', fr: 'Quotidien du peuple', es: 'Diario del Pueblo', it: 'Quotidiano del popolo'}},
    {r: 'Dongbei ribao', t: {en: 'Northeast Daily', de: 'Nordost-Zeitung', fr: 'Quotidien du Nord-Est', es: 'Diario del Noreste', it: 'Quotidiano del Nord-Est'}},
    {r: 'Jilin ribao', t: {en: 'Jilin Daily', de: 'Jilin-Zeitung', fr: 'Quotidien du Jilin', es: 'Diario de Jilin', it: 'Quotidiano del Jilin'}},
    {r: 'Guangming ribao', t: {en: 'Guangming Daily', de: 'Guangming-Zeitung', fr: 'Quotidien Guangming', es: 'Diario Guangming', it: 'Quotidiano Guangming'}},
    {r: 'Neibu cankao', t: {en: 'Internal Reference', de: 'Interne Informationen', fr: 'Référence interne', es: 'Referencia Interna', it: 'Riferimento interno'}, numbered: true},
    {r: 'Yanbian ribao', t: {en: 'Yanbian Daily', de: 'Yanbian-Zeitung', fr: 'Quotidien de Yanbian', es: 'Diario de Yanbian', it: 'Quotidiano di Yanbian'}},
    {r: 'Dagong bao', t: {en: 'L’Impartial', de: 'L’Impartial', fr: 'L’Impartial', es: 'L’Impartial', it: 'L’Impartial'}}
  ],
  ko: [
    {r: 'Rodong sinmun', t: {en: 'Workers’ Newspaper', de: 'Arbeiterzeitung', fr: 'Journal des travailleurs', es: 'Periódico de los Trabajadores', it: 'Giornale dei lavoratori'}},
    {r: 'Minju Chosŏn', t: {en: 'Democratic Korea', de: 'Demokratisches Korea', fr: 'Corée démocratique', es: 'Corea Democrática', it: 'Corea democratica'}},
    {r: 'Tonga ilbo', t: {en: 'East Asia Daily', de: 'Ostasien-Zeitung', fr: 'Quotidien d’Asie orientale', es: 'Diario de Asia Oriental', it: 'Quotidiano dell’Asia orientale'}},
    {r: 'Chosŏn ilbo', t: {en: 'Korea Daily', de: 'Korea-Zeitung', fr: 'Quotidien de Corée', es: 'Diario de Corea', it: 'Quotidiano di Corea'}},
    {
      r: 'Kyŏnghyang sinmun',
      t: {
        en: 'Capital and Country News',
        de: 'Hauptstadt- und Landeszeitung',
        fr: 'Nouvelles de la capitale et des provinces',
        es: 'Noticias de la Capital y el País',
        it: 'Notizie della capitale e del paese'
      }
    }
  ],
  ru: [
    {r: 'Pravda', t: {en: 'Truth', de: 'Wahrheit', fr: 'La Vérité', es: 'La Verdad', it: 'La Verità'}},
    {r: 'Izvestiia', t: {en: 'News', de: 'Nachrichten', fr: 'Nouvelles', es: 'Noticias', it: 'Notizie'}},
    {r: 'Krasnaia zvezda', t: {en: 'Red Star', de: 'Roter Stern', fr: 'L’Étoile rouge', es: 'Estrella Roja', it: 'Stella rossa'}},
    {r: 'Tikhookeanskaia zvezda', t: {en: 'Pacific Star', de: 'Pazifikstern', fr: 'L’Étoile du Pacifique', es: 'Estrella del Pacífico', it: 'Stella del Pacifico'}},
    {r: 'Krasnoe znamia', t: {en: 'Red Banner', de: 'Rotes Banner', fr: 'Le Drapeau rouge', es: 'Bandera Roja', it: 'Bandiera rossa'}}
  ],
  ja: [
    {r: 'Asahi shinbun', t: {en: 'Asahi Newspaper', de: 'Asahi-Zeitung', fr: 'Journal Asahi', es: 'Diario Asahi', it: 'Giornale Asahi'}},
    {r: 'Yomiuri shinbun', t: {en: 'Yomiuri Newspaper', de: 'Yomiuri-Zeitung', fr: 'Journal Yomiuri', es: 'Diario Yomiuri', it: 'Giornale Yomiuri'}},
    {r: 'Mainichi shinbun', t: {en: 'Daily News', de: 'Tägliche Nachrichten', fr: 'Nouvelles quotidiennes', es: 'Noticias Diarias', it: 'Notizie quotidiane'}},
    {r: 'Hokkaidō shinbun', t: {en: 'Hokkaido Newspaper', de: 'Hokkaido-Zeitung', fr: 'Journal de Hokkaidō', es: 'Diario de Hokkaido', it: 'Giornale di Hokkaido'}}
  ]
}

/** Newspapers of the document languages cited without an article title. */
export const WESTERN_PAPERS: Record<Lang, readonly string[]> = {
  en: [
    'The Times',
    'The Manchester Guardian',
    'The New York Times',
    'Daily Telegraph',
    'The Observer',
    'Daily Worker',
    'The Scotsman',
    'Washington Post',
    'Christian Science Monitor',
    'North China Herald'
  ],
  de: [
    'Neues Deutschland',
    'Frankfurter Allgemeine Zeitung',
    'Berliner Zeitung',
    'Die Welt',
    'Vorwärts',
    'Neue Zürcher Zeitung',
    'Vossische Zeitung',
    'Arbeiter-Zeitung',
    'Tägliche Rundschau',
    'Der Tagesspiegel'
  ],
  fr: ['Le Monde', 'Le Figaro', 'L’Humanité', 'Le Temps', 'Le Petit Parisien', 'Combat', 'France-Soir', 'Le Populaire', 'La Croix', 'L’Aurore'],
  es: ['El País', 'ABC', 'La Vanguardia', 'Arriba', 'Informaciones', 'Mundo Obrero', 'El Sol', 'Ya', 'Pueblo', 'La Nación'],
  it: ['Corriere della Sera', 'l’Unità', 'La Stampa', 'Il Popolo', 'Avanti!', 'Il Messaggero', 'Il Giorno', 'Paese Sera', 'Il Tempo', 'La Nazione']
}

/** Publishers of romanized books, with their places. */
export const ROMANIZED_PUBLISHERS: Record<Script, ReadonlyArray<{name: string; place: string}>> = {
  zh: [
    {name: 'Zhonghua shuju', place: 'Beijing'},
    {name: 'Renmin chubanshe', place: 'Beijing'},
    {name: 'Shijie zhishi chubanshe', place: 'Beijing'},
    {name: 'Zhongyang wenxian chubanshe', place: 'Beijing'},
    {name: 'Yanbian renmin chubanshe', place: 'Yanji'},
    {name: 'Shanghai renmin chubanshe', place: 'Shanghai'},
    {name: 'Jilin renmin chubanshe', place: 'Changchun'},
    {name: 'Zhongguo shehui kexue chubanshe', place: 'Beijing'},
    {name: 'Liaoning renmin chubanshe', place: 'Shenyang'},
    {name: 'Heilongjiang renmin chubanshe', place: 'Harbin'},
    {name: 'Minzu chubanshe', place: 'Beijing'},
    {name: 'Tiandi tushu', place: 'Hong Kong'}
  ],
  ko: [
    {name: 'Nanam', place: 'Seoul'},
    {name: 'Yŏksa pip’yŏngsa', place: 'Seoul'},
    {name: 'Sŏul taehakkyo ch’ulp’anbu', place: 'Seoul'},
    {name: 'Han’gilsa', place: 'Seoul'},
    {name: 'Chosŏn nodongdang ch’ulp’ansa', place: 'Pyongyang'},
    {name: 'Sŏnin', place: 'Seoul'},
    {name: 'Tolbegae', place: 'Seoul'}
  ],
  ru: [
    {name: 'Nauka', place: 'Moscow'},
    {name: 'Politizdat', place: 'Moscow'},
    {name: 'ROSSPEN', place: 'Moscow'},
    {name: 'Mezhdunarodnye otnosheniia', place: 'Moscow'},
    {name: 'Dal’nauka', place: 'Vladivostok'},
    {name: 'Vostochnaia literatura', place: 'Moscow'},
    {name: 'IDV RAN', place: 'Moscow'},
    {name: 'Izdatel’stvo LGU', place: 'Leningrad'}
  ],
  ja: [
    {name: 'Iwanami shoten', place: 'Tokyo'},
    {name: 'Chūō kōronsha', place: 'Tokyo'},
    {name: 'Tōkyō daigaku shuppankai', place: 'Tokyo'},
    {name: 'Yoshikawa kōbunkan', place: 'Tokyo'},
    {name: 'Hōritsu bunkasha', place: 'Kyoto'},
    {name: 'Akashi shoten', place: 'Tokyo'},
    {name: 'Keisō shobō', place: 'Tokyo'}
  ]
}

/**
 * Bodies that edit collections and write reports: romanized or translated
 * (`Xinhua News Agency, ed.`, `Zhonggong zhongyang wenxian yanjiushi, ed.`).
 */
export const EDITING_BODIES: Record<Script, readonly string[]> = {
  zh: [
    'Zhonggong zhongyang wenxian yanjiushi',
    'Xinhua News Agency',
    'Xinhua tongxunshe',
    'Zhongguo shehui kexueyuan jindaishi yanjiusuo',
    'Zhonghua renmin gongheguo waijiaobu',
    'Yanbian Chaoxianzu zizhizhou dang’anguan',
    'Jilin sheng dang’anguan',
    'Zhongguo renmin jiefangjun junshi kexueyuan',
    'Zhonggong Yanbian zhouwei dangshi yanjiushi',
    'Ministry of Foreign Affairs of the People’s Republic of China'
  ],
  ko: ['Kuksa p’yŏnch’an wiwŏnhoe', 'Han’guk chŏnjaeng yŏn’guso', 'Kukpang kunsa yŏn’guso', 'Chosŏn nodongdang chungang wiwŏnhoe', 'Oemubu', 'National Institute of Korean History'],
  ru: [
    'Institut Dal’nego Vostoka RAN',
    'Ministerstvo inostrannykh del SSSR',
    'Rosarkhiv',
    'Institut marksizma-leninizma pri TsK KPSS',
    'Tsentr khraneniia sovremennoi dokumentatsii',
    'Russian Academy of Sciences'
  ],
  ja: ['Gaimushō', 'Kokuritsu kokkai toshokan', 'Bōeichō bōei kenshūjo senshishitsu', 'Nihon kokusai seiji gakkai', 'Ministry of Foreign Affairs of Japan']
}

/** Collections of documents edited by a body, by document language; `{T}` a topic (genitive as in `ROMANIZED_SUBJECTS`). */
export const COLLECTION_TITLES: Tr & Record<Lang, string> = {
  en: 'Documents on {T}',
  de: 'Dokumente zur Geschichte {T}',
  fr: 'Documents sur l’histoire {T}',
  es: 'Documentos sobre la historia {T}',
  it: 'Documenti sulla storia {T}'
}

/** Collections of European diplomatic and political documents, by language (`{G}` a genitive from `TITLE_WORDS`). */
export const WESTERN_COLLECTIONS: Record<Lang, readonly string[]> = {
  en: [
    'Documents on British Policy Overseas',
    'Foreign Relations of the United States, 1952–1954',
    'Documents on International Affairs',
    'Papers Relating to the Foreign Relations {G}',
    'Selected Documents on the History {G}',
    'British Documents on the End of Empire'
  ],
  de: [
    'Akten zur Auswärtigen Politik der Bundesrepublik Deutschland',
    'Dokumente zur Deutschlandpolitik',
    'Quellen zur Geschichte {G}',
    'Akten der Reichskanzlei',
    'Dokumente zur Außenpolitik der DDR'
  ],
  fr: ['Documents diplomatiques français', 'Recueil de documents sur l’histoire {G}', 'Documents pour servir à l’histoire {G}', 'Archives de la politique extérieure'],
  es: ['Documentos inéditos para la historia {G}', 'Colección documental sobre la historia {G}', 'Documentos diplomáticos españoles'],
  it: ['I documenti diplomatici italiani', 'Fonti per la storia {G}', 'Documenti per la storia {G}', 'Raccolta di documenti sulla politica estera']
}

/** Bodies that edit European collections. */
export const WESTERN_EDITORS: Record<Lang, readonly string[]> = {
  en: ['Foreign Office', 'Department of State', 'Royal Institute of International Affairs', 'Historical Office'],
  de: ['Institut für Zeitgeschichte', 'Auswärtiges Amt', 'Bundesministerium für innerdeutsche Beziehungen', 'Kommission für Geschichte des Parlamentarismus'],
  fr: ['Ministère des Affaires étrangères', 'Commission de publication des documents diplomatiques français', 'Comité d’histoire de la Seconde Guerre mondiale'],
  es: ['Ministerio de Asuntos Exteriores', 'Real Academia de la Historia', 'Centro de Estudios Políticos'],
  it: ['Ministero degli Affari Esteri', 'Commissione per la pubblicazione dei documenti diplomatici', 'Istituto storico italiano per l’età moderna e contemporanea']
}

// ---------------------------------------------------------------- archives

/** How an archive numbers its files: each family its own call numbers and pinpoints. */
export type CallFamily = 'chinese' | 'russian' | 'hungarian' | 'czech' | 'polish' | 'gdr' | 'german' | 'us' | 'uk' | 'french' | 'italian' | 'spanish' | 'korean' | 'japanese'

export interface KnownArchive {
  acronym: string
  name: string
  place?: string
  family: CallFamily
}

/** Archives with their usual acronyms (a minority: most acronyms are invented, see `area.ts`). */
export const KNOWN_ARCHIVES: readonly KnownArchive[] = [
  {acronym: 'NARA', name: 'National Archives and Records Administration', place: 'College Park, MD', family: 'us'},
  {acronym: 'NA', name: 'National Archives', place: 'College Park', family: 'us'},
  {acronym: 'TNA', name: 'The National Archives', place: 'Kew', family: 'uk'},
  {acronym: 'BArch', name: 'Bundesarchiv', place: 'Berlin', family: 'german'},
  {acronym: 'SAPMO-BArch', name: 'Stiftung Archiv der Parteien und Massenorganisationen der DDR im Bundesarchiv', place: 'Berlin', family: 'gdr'},
  {acronym: 'PA AA', name: 'Politisches Archiv des Auswärtigen Amts', place: 'Berlin', family: 'gdr'},
  {acronym: 'AGI', name: 'Archivo General de Indias', place: 'Sevilla', family: 'spanish'},
  {acronym: 'AHN', name: 'Archivo Histórico Nacional', place: 'Madrid', family: 'spanish'},
  {acronym: 'AGA', name: 'Archivo General de la Administración', place: 'Alcalá de Henares', family: 'spanish'},
  {acronym: 'ASV', name: 'Archivio di Stato di Venezia', place: 'Venezia', family: 'italian'},
  {acronym: 'ACS', name: 'Archivio Centrale dello Stato', place: 'Roma', family: 'italian'},
  {acronym: 'ASMAE', name: 'Archivio Storico Diplomatico del Ministero degli Affari Esteri', place: 'Roma', family: 'italian'},
  {acronym: 'AN', name: 'Archives nationales', place: 'Pierrefitte-sur-Seine', family: 'french'},
  {acronym: 'AMAE', name: 'Archives du ministère des Affaires étrangères', place: 'La Courneuve', family: 'french'},
  {acronym: 'SHD', name: 'Service historique de la Défense', place: 'Vincennes', family: 'french'},
  {acronym: 'RGASPI', name: 'Rossiiskii gosudarstvennyi arkhiv sotsial’no-politicheskoi istorii', place: 'Moscow', family: 'russian'},
  {acronym: 'AVPRF', name: 'Arkhiv vneshnei politiki Rossiiskoi Federatsii', place: 'Moscow', family: 'russian'},
  {acronym: 'GARF', name: 'Gosudarstvennyi arkhiv Rossiiskoi Federatsii', place: 'Moscow', family: 'russian'},
  {acronym: 'RGANI', name: 'Rossiiskii gosudarstvennyi arkhiv noveishei istorii', place: 'Moscow', family: 'russian'},
  {acronym: 'TsAMO', name: 'Tsentral’nyi arkhiv Ministerstva oborony', place: 'Podol’sk', family: 'russian'},
  {acronym: 'MNL OL', name: 'Magyar Nemzeti Levéltár Országos Levéltára', place: 'Budapest', family: 'hungarian'},
  {acronym: 'ÁBTL', name: 'Állambiztonsági Szolgálatok Történeti Levéltára', place: 'Budapest', family: 'hungarian'},
  {acronym: 'AMZV', name: 'Archiv Ministerstva zahraničních věcí', place: 'Prague', family: 'czech'},
  {acronym: 'NA ČR', name: 'Národní archiv', place: 'Prague', family: 'czech'},
  {acronym: 'AAN', name: 'Archiwum Akt Nowych', place: 'Warsaw', family: 'polish'},
  {acronym: 'AMSZ', name: 'Archiwum Ministerstwa Spraw Zagranicznych', place: 'Warsaw', family: 'polish'},
  {acronym: 'CFMA', name: 'Chinese Foreign Ministry Archives', place: 'Beijing', family: 'chinese'},
  {acronym: 'NAK', name: 'National Archives of Korea', place: 'Daejeon', family: 'korean'},
  {acronym: 'DAMOFA', name: 'Diplomatic Archives of the Ministry of Foreign Affairs', place: 'Tokyo', family: 'japanese'}
]

/** Invented archives: name templates by family; `{P}` a province or region, `{C}` a city. The acronym is made from the name or at random. */
export const ARCHIVE_NAME_TEMPLATES: Record<CallFamily, readonly string[]> = {
  chinese: [
    '{P} Provincial Archives',
    '{C} Municipal Archives',
    '{P} sheng dang’anguan',
    '{C} shi dang’anguan',
    'Archives of the {P} Provincial Party Committee',
    '{P} Provincial Public Security Archives',
    'Yanbian Korean Autonomous Prefecture Archives'
  ],
  russian: [
    'Gosudarstvennyi arkhiv {P}skogo kraia',
    'Gosudarstvennyi arkhiv {P}skoi oblasti',
    'Rossiiskii gosudarstvennyi istoricheskii arkhiv Dal’nego Vostoka',
    'Arkhiv Prezidenta Rossiiskoi Federatsii',
    'Tsentr dokumentatsii noveishei istorii {P}skoi oblasti'
  ],
  hungarian: ['Magyar Nemzeti Levéltár {P} Megyei Levéltára', 'Politikatörténeti Intézet Levéltára', 'Hadtörténelmi Levéltár'],
  czech: ['Archiv bezpečnostních složek', 'Vojenský historický archiv', 'Archiv Kanceláře prezidenta republiky'],
  polish: ['Archiwum Instytutu Pamięci Narodowej', 'Archiwum Państwowe w {C}', 'Centralne Archiwum Wojskowe'],
  gdr: ['Bundesbeauftragter für die Stasi-Unterlagen', 'Landesarchiv {P}', 'Archiv der sozialen Demokratie'],
  german: ['Staatsarchiv {C}', 'Landesarchiv {P}', 'Stadtarchiv {C}', 'Hauptstaatsarchiv {C}', 'Archiv für Christlich-Demokratische Politik', 'Institut für Zeitgeschichte, Archiv'],
  us: ['Harry S. Truman Library', 'Dwight D. Eisenhower Library', 'Hoover Institution Archives', 'Center for Legislative Archives', 'Rockefeller Archive Center'],
  uk: ['Churchill Archives Centre', 'Modern Records Centre', 'Imperial War Museum', 'School of Oriental and African Studies Archives', 'London Metropolitan Archives'],
  french: ['Archives départementales de {P}', 'Archives municipales de {C}', 'Archives nationales d’outre-mer', 'Archives de la préfecture de police', 'Centre des archives diplomatiques de Nantes'],
  italian: ['Archivio di Stato di {C}', 'Archivio storico comunale di {C}', 'Archivio dell’Istituto Gramsci', 'Archivio storico della Camera dei deputati', 'Archivio Apostolico Vaticano'],
  spanish: ['Archivo Histórico Provincial de {C}', 'Archivo Municipal de {C}', 'Archivo General de Simancas', 'Archivo del Congreso de los Diputados', 'Archivo de la Fundación Pablo Iglesias'],
  korean: ['Diplomatic Archives of the Republic of Korea', 'Korean Provisional Government Archives', 'Kukka kirogwŏn', '{P} Provincial Records Office'],
  japanese: ['Gaimushō gaikō shiryōkan', 'National Archives of Japan', 'Bōei kenkyūjo senshi kenkyū sentā', 'Kokuritsu kōbunshokan']
}

export const ARCHIVE_REGIONS: Record<CallFamily, {P: readonly string[]; C: readonly string[]}> = {
  chinese: {
    P: ['Jilin', 'Liaoning', 'Heilongjiang', 'Hebei', 'Shandong', 'Yunnan', 'Gansu', 'Guangdong', 'Fujian', 'Sichuan'],
    C: ['Shanghai', 'Tianjin', 'Harbin', 'Shenyang', 'Dalian', 'Yanji', 'Beijing', 'Wuhan', 'Qingdao', 'Dandong']
  },
  russian: {P: ['Primor', 'Khabarov', 'Amur', 'Irkut', 'Novosibir', 'Tom', 'Chitin', 'Sakhalin'], C: ['Vladivostok', 'Khabarovsk']},
  hungarian: {P: ['Pest', 'Baranya', 'Csongrád', 'Győr-Moson-Sopron'], C: ['Budapest']},
  czech: {P: [], C: ['Prague']},
  polish: {P: [], C: ['Krakowie', 'Gdańsku', 'Poznaniu', 'Łodzi']},
  gdr: {P: ['Berlin', 'Sachsen-Anhalt', 'Thüringen'], C: ['Berlin']},
  german: {P: ['Nordrhein-Westfalen', 'Baden-Württemberg', 'Niedersachsen', 'Schleswig-Holstein', 'Berlin'], C: ['Hamburg', 'Bremen', 'Ludwigsburg', 'München', 'Dresden', 'Nürnberg', 'Leipzig']},
  us: {P: [], C: []},
  uk: {P: [], C: []},
  french: {P: ['la Gironde', 'la Seine-Maritime', 'l’Hérault', 'la Haute-Garonne', 'l’Isère', 'du Nord'], C: ['Lyon', 'Marseille', 'Bordeaux', 'Toulouse', 'Nantes']},
  italian: {P: [], C: ['Torino', 'Milano', 'Napoli', 'Firenze', 'Bologna', 'Genova', 'Palermo', 'Trieste']},
  spanish: {P: [], C: ['Sevilla', 'Valencia', 'Barcelona', 'Zaragoza', 'Málaga', 'Bilbao']},
  korean: {P: ['Kyŏnggi', 'South Ch’ungch’ŏng', 'North Kyŏngsang'], C: ['Seoul']},
  japanese: {P: [], C: ['Tokyo']}
}

/** Where a family's archives are (for `…, College Park`-like endings); invented archives use these. */
export const FAMILY_PLACES: Record<CallFamily, readonly string[]> = {
  chinese: ['Beijing', 'Changchun', 'Shenyang', 'Harbin', 'Yanji', 'Shanghai'],
  russian: ['Moscow', 'Vladivostok', 'Khabarovsk', 'Irkutsk'],
  hungarian: ['Budapest'],
  czech: ['Prague'],
  polish: ['Warsaw', 'Kraków'],
  gdr: ['Berlin'],
  german: ['Koblenz', 'Berlin', 'München', 'Freiburg'],
  us: ['College Park, MD', 'Independence, MO', 'Abilene, KS', 'Stanford, CA', 'Washington, DC'],
  uk: ['Kew', 'London', 'Cambridge', 'Coventry'],
  french: ['Paris', 'Nantes', 'Aix-en-Provence', 'Vincennes'],
  italian: ['Roma', 'Firenze', 'Venezia'],
  spanish: ['Madrid', 'Sevilla', 'Simancas'],
  korean: ['Seoul', 'Daejeon'],
  japanese: ['Tokyo']
}

/** Words left out when an acronym is made from an archive's name. */
export const ACRONYM_SKIP = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'von',
  'zur',
  'zum',
  'pour',
  'para',
  'per',
  'sur',
  'der',
  'des',
  'die',
  'für',
  'im',
  'de',
  'du',
  'la',
  'le',
  'des',
  'di',
  'dello',
  'della',
  'del',
  'dell’',
  'y',
  'e',
  'et',
  'pri',
  'w',
  'à',
  'a'
])

// ---------------------------------------------------------------- senders, recipients, documents

/** A body as author of a document, and as sender (`from`) and addressee (`to`) in a title. */
export interface Body {
  author: string
  from: string
  to: string
}

export const BODIES: Record<Lang, readonly Body[]> = {
  en: [
    {author: 'Yanbian Prefectural Committee', from: 'from the Yanbian Prefectural Committee', to: 'to the Jilin Provincial Committee'},
    {author: 'Soviet Embassy in Pyongyang', from: 'from the Soviet Embassy in Pyongyang', to: 'to the Soviet Embassy in Pyongyang'},
    {author: 'Hungarian Legation in Beijing', from: 'from the Hungarian Legation in Beijing', to: 'to the Hungarian Foreign Ministry'},
    {author: 'Northeast Bureau', from: 'from the Northeast Bureau', to: 'to the Central Committee'},
    {author: 'Ministry of Foreign Affairs', from: 'from the Ministry of Foreign Affairs', to: 'to the Ministry of Foreign Affairs'},
    {author: 'Political Department, Fourth Field Army', from: 'from the Political Department', to: 'to the Military Commission'},
    {author: 'Public Security Bureau of Harbin', from: 'from the Harbin Public Security Bureau', to: 'to the Provincial Government'},
    {author: 'Consulate General in Shenyang', from: 'from the Consulate General in Shenyang', to: 'to the Department of State'},
    {author: 'Asian Department', from: 'from the Asian Department', to: 'to the Premier'},
    {author: 'Office of Intelligence Research', from: 'from the Office of Intelligence Research', to: 'to the Secretary of State'}
  ],
  de: [
    {author: 'Botschaft der DDR in Peking', from: 'der Botschaft der DDR in Peking', to: 'an das Ministerium für Auswärtige Angelegenheiten'},
    {author: 'Abteilung Ferner Osten', from: 'der Abteilung Ferner Osten', to: 'an den Minister'},
    {author: 'Generalkonsulat Schanghai', from: 'des Generalkonsulats Schanghai', to: 'an das Auswärtige Amt'},
    {author: 'Handelsvertretung in Pjöngjang', from: 'der Handelsvertretung in Pjöngjang', to: 'an das Ministerium für Außenhandel'},
    {author: 'Abteilung Internationale Verbindungen des ZK der SED', from: 'der Abteilung Internationale Verbindungen', to: 'an das Politbüro'},
    {author: 'Referat IV/2', from: 'des Referats IV/2', to: 'an den Staatssekretär'},
    {author: 'Regierungspräsidium', from: 'des Regierungspräsidiums', to: 'an das Innenministerium'}
  ],
  fr: [
    {author: 'Ambassade de France à Pékin', from: 'de l’ambassade de France à Pékin', to: 'au ministère des Affaires étrangères'},
    {author: 'Direction d’Asie-Océanie', from: 'de la direction d’Asie-Océanie', to: 'au ministre'},
    {author: 'Consulat général de France à Shanghai', from: 'du consulat général à Shanghai', to: 'à l’ambassade de France à Pékin'},
    {author: 'Préfecture de police', from: 'de la préfecture de police', to: 'au ministre de l’Intérieur'},
    {author: 'Sous-direction d’Extrême-Orient', from: 'de la sous-direction d’Extrême-Orient', to: 'au secrétaire général'},
    {author: 'Haut-commissariat en Indochine', from: 'du haut-commissariat en Indochine', to: 'au ministre des États associés'}
  ],
  es: [
    {author: 'Embajada de España en Tokio', from: 'de la Embajada de España en Tokio', to: 'al Ministerio de Asuntos Exteriores'},
    {author: 'Dirección General de Política Exterior', from: 'de la Dirección General de Política Exterior', to: 'al ministro'},
    {author: 'Consulado General en Shanghái', from: 'del Consulado General en Shanghái', to: 'a la Embajada en Pekín'},
    {author: 'Gobierno Civil de Barcelona', from: 'del Gobierno Civil de Barcelona', to: 'al Ministerio de la Gobernación'},
    {author: 'Sección de Asia', from: 'de la Sección de Asia', to: 'al subsecretario'}
  ],
  it: [
    {author: 'Ambasciata d’Italia a Pechino', from: 'dell’Ambasciata d’Italia a Pechino', to: 'al Ministero degli Affari Esteri'},
    {author: 'Direzione generale degli affari politici', from: 'della Direzione generale degli affari politici', to: 'al ministro'},
    {author: 'Consolato generale a Shanghai', from: 'del Consolato generale a Shanghai', to: 'all’Ambasciata a Pechino'},
    {author: 'Prefettura di Trieste', from: 'della Prefettura di Trieste', to: 'al Ministero dell’Interno'},
    {author: 'Ufficio Asia, Direzione generale degli affari politici', from: 'dell’Ufficio Asia', to: 'al segretario generale'}
  ]
}

/** Parts of department names written as authors (`No. 1 Section, Asian Department`). */
export const DEPARTMENTS: Record<Lang, {units: readonly string[]; departments: readonly string[]}> = {
  en: {
    units: ['No. {n} Section', 'First Section', 'Second Section', 'Research Division', 'Political Section', 'Consular Section', 'Liaison Office'],
    departments: [
      'Asian Department',
      'Soviet and East European Department',
      'Department of Consular Affairs',
      'Overseas Chinese Affairs Commission',
      'General Office',
      'Intelligence Department',
      'Far Eastern Department'
    ]
  },
  de: {
    units: ['Referat {n}', 'Sektor {n}', 'Abteilung {r}', 'Hauptabteilung {r}', 'Arbeitsgruppe Ostasien'],
    departments: ['Abteilung Ferner Osten', 'Politische Abteilung', 'Abteilung Kader', 'Ministerium für Auswärtige Angelegenheiten', 'Amt für Information']
  },
  fr: {
    units: ['Bureau {n}', 'Service de presse', 'Section politique', '{r}e Bureau', 'Cabinet du ministre'],
    departments: ['Direction d’Asie-Océanie', 'Direction des affaires politiques', 'Sous-direction d’Extrême-Orient', 'Service de documentation extérieure']
  },
  es: {
    units: ['Sección {r}', 'Negociado {n}', 'Oficina de Información', 'Gabinete Diplomático'],
    departments: ['Dirección General de Política Exterior', 'Dirección de Asia', 'Subsecretaría', 'Servicio de Información']
  },
  it: {
    units: ['Ufficio {r}', 'Divisione {r}', 'Gabinetto del ministro', 'Servizio stampa'],
    departments: ['Direzione generale degli affari politici', 'Direzione generale dell’emigrazione', 'Ufficio Asia', 'Segreteria generale']
  }
}

/** Titles of archival documents; `{from}`/`{to}` a person or body with its preposition, `{A}`/`{B}` persons, `{topic}` a topic with its preposition, `{m}`/`{y}` a month and year. */
export const DOCUMENT_TITLES: Record<Lang, readonly string[]> = {
  en: [
    'Report {from} {to}',
    'Report {topic}',
    'Minutes of Conversation between {A} and {B}',
    'Memorandum of Conversation with {B}',
    'Cable {from} {to}',
    'Telegram {from} {to}',
    'Instructions {topic}',
    'Case Briefing',
    'Circular {topic}',
    'Summary Report {topic}',
    'Letter {from} {to}',
    'Record of a Meeting of the Standing Committee',
    'Opinions {topic}',
    'Situation Report, {m} {y}',
    'Draft Resolution {topic}',
    'Note {topic}'
  ],
  de: [
    'Bericht {from} {to}',
    'Bericht über {topic}',
    'Niederschrift über ein Gespräch zwischen {A} und {B}',
    'Vermerk über eine Unterredung mit {B}',
    'Telegramm {from} {to}',
    'Information über {topic}',
    'Lagebericht, {m} {y}',
    'Schreiben {from} {to}',
    'Aktennotiz über {topic}',
    'Protokoll der Sitzung des Sekretariats',
    'Einschätzung über {topic}'
  ],
  fr: [
    'Rapport {from} {to}',
    'Rapport sur {topic}',
    'Compte rendu de l’entretien entre {A} et {B}',
    'Note sur un entretien avec {B}',
    'Télégramme {from} {to}',
    'Circulaire sur {topic}',
    'Lettre {from} {to}',
    'Situation en {m} {y}',
    'Note sur {topic}',
    'Procès-verbal de la réunion du bureau politique'
  ],
  es: [
    'Informe {from} {to}',
    'Informe sobre {topic}',
    'Acta de la conversación entre {A} y {B}',
    'Nota sobre una entrevista con {B}',
    'Telegrama {from} {to}',
    'Circular sobre {topic}',
    'Carta {from} {to}',
    'Situación en {m} de {y}',
    'Nota sobre {topic}',
    'Acta de la reunión del comité'
  ],
  it: [
    'Rapporto {from} {to}',
    'Relazione su {topic}',
    'Verbale del colloquio tra {A} e {B}',
    'Appunto su un colloquio con {B}',
    'Telegramma {from} {to}',
    'Circolare su {topic}',
    'Lettera {from} {to}',
    'Situazione nel {m} {y}',
    'Appunto su {topic}',
    'Verbale della riunione della segreteria'
  ]
}

/** Topics of documents; English with its preposition (`on the …`), the others without (the templates have it). */
export const DOCUMENT_TOPICS: Record<Lang, readonly string[]> = {
  en: [
    'on the Situation of Korean Residents',
    'on the Border Question',
    'on Grain Requisitioning in {R}',
    'on the Repatriation of Refugees',
    'on Land Reform in {R}',
    'on Rectification Work',
    'on Cadre Training',
    'on the Minority Question',
    'on the Trade Negotiations',
    'on Military Assistance',
    'on the Work of the Soviet Advisers',
    'on the Mood of the Population in {R}',
    'concerning Illegal Border Crossings'
  ],
  de: [
    'die Lage der koreanischen Bevölkerung',
    'die Grenzfrage',
    'die Getreideablieferung in {R}',
    'die Rückführung der Flüchtlinge',
    'die Bodenreform in {R}',
    'die Kaderschulung',
    'die Handelsverhandlungen',
    'die Stimmung der Bevölkerung in {R}',
    'die Tätigkeit der sowjetischen Berater'
  ],
  fr: [
    'la situation des résidents coréens',
    'la question frontalière',
    'les réquisitions de grain dans {R}',
    'le rapatriement des réfugiés',
    'la réforme agraire dans {R}',
    'la formation des cadres',
    'les négociations commerciales',
    'l’état d’esprit de la population dans {R}',
    'l’activité des conseillers soviétiques'
  ],
  es: [
    'la situación de los residentes coreanos',
    'la cuestión fronteriza',
    'las requisas de grano en {R}',
    'la repatriación de los refugiados',
    'la reforma agraria en {R}',
    'la formación de cuadros',
    'las negociaciones comerciales',
    'el estado de ánimo de la población en {R}'
  ],
  it: [
    'la situazione dei residenti coreani',
    'la questione dei confini',
    'le requisizioni di grano in {R}',
    'il rimpatrio dei profughi',
    'la riforma agraria in {R}',
    'la formazione dei quadri',
    'i negoziati commerciali',
    'lo stato d’animo della popolazione in {R}'
  ]
}

export const AREA_REGIONS: readonly string[] = [
  'Yanbian',
  'Jilin',
  'Liaoning',
  'Heilongjiang',
  'Manchuria',
  'Kando',
  'South Hamgyŏng',
  'North P’yŏngan',
  'Sakhalin',
  'Primor’e',
  'Hokkaido',
  'Shandong',
  'Xinjiang',
  'Inner Mongolia',
  'Ch’ŏngjin',
  'Dandong',
  'Harbin',
  'Mudanjiang',
  'Tumen',
  'Hunchun'
]

// ---------------------------------------------------------------- report series

/** Kinds of series (`Working Paper No. 4`, `Arbeitspapier Nr. 3`); `{A}` an acronym before the kind. */
export const SERIES_KINDS: Record<Lang, readonly string[]> = {
  en: [
    '{A} Working Paper',
    '{A} e-Dossier',
    '{A} Bulletin',
    'Working Paper',
    'Occasional Paper',
    'Discussion Paper',
    '{A} Research Report',
    '{A} Policy Brief',
    'Research Paper',
    '{A} Document Reader'
  ],
  de: ['Arbeitspapier', 'Diskussionspapier', '{A}-Arbeitspapiere', 'Berichte des {A}', 'Studien', '{A} Working Paper', 'Materialien'],
  fr: ['Document de travail', 'Cahiers du {A}', 'Note de recherche', 'Les Études du {A}', 'Notes de l’{A}', 'Working Paper'],
  es: ['Documento de trabajo', 'Cuadernos del {A}', 'Informe', 'Documentos {A}', 'Working Paper'],
  it: ['Working paper', 'Quaderni del {A}', 'Documento di lavoro', 'Collana {A}', 'Paper']
}

/** Institutes that publish series; `{R}` a region. */
export const INSTITUTES: Record<Lang, readonly string[]> = {
  en: [
    'Cold War International History Project',
    'North Korea International Documentation Project',
    'Center for Northeast Asian Studies',
    'Institute for Far Eastern Studies',
    'Woodrow Wilson International Center for Scholars',
    'East Asia Institute',
    'Asia Research Centre',
    'Institute of Contemporary History'
  ],
  de: ['Institut für Zeitgeschichte', 'Zentrum für Zeithistorische Forschung', 'Institut für Asienkunde', 'Hannah-Arendt-Institut', 'Forschungsstelle Osteuropa'],
  fr: [
    'Centre d’études et de recherches internationales',
    'Institut d’histoire du temps présent',
    'Centre d’études sur la Chine moderne et contemporaine',
    'Institut français de recherche sur l’Asie de l’Est'
  ],
  es: ['Centro de Estudios de Asia Oriental', 'Instituto de Historia Contemporánea', 'Centro de Investigaciones sobre América Latina', 'Real Instituto Elcano'],
  it: ['Istituto per gli studi di politica internazionale', 'Centro studi sull’Asia orientale', 'Istituto nazionale Ferruccio Parri', 'Fondazione Feltrinelli']
}
