/**
 * Word lists the notes model sees as features: a token in a list fires the
 * list's name, so that what the model learns from one word holds for the
 * others of its kind (`vgl.` like `see`, `Leipzig` like `Oxford`). Words are
 * matched folded (lower case, no accents, no final period). Hand-kept and
 * general; each list with the example it exists for.
 */
export interface Lexicon {
  name: string
  example: string
  words: string
}

export const LEXICONS: readonly Lexicon[] = [
  {
    name: 'month',
    example: '12 März 1998; 3 de marzo de 1998; avril 1966',
    words:
      'january jan february feb march mar april apr may june jun july jul august aug september sep sept october oct november nov december dec ' +
      'januar jänner februar marz mai juni juli oktober dezember ' +
      'janvier janv fevrier fevr mars avril juin juillet juil aout septembre octobre novembre decembre ' +
      'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ' +
      'gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre ' +
      'januari februari maart mei augustus oktober'
  },
  {
    name: 'season',
    example: 'Winter 2014; Herbst 1990; printemps 1968',
    words: 'spring summer fall autumn winter fruhling fruhjahr sommer herbst printemps ete automne hiver primavera verano otono invierno estate autunno inverno'
  },
  {
    name: 'signal',
    example: 'See; Vgl.; Voir aussi; Véase también; Cfr.; quoted in; zit. nach',
    words:
      'see cf cfr compare vgl siehe voir veanse vease vedi veda confer also auch aussi tambien anche eg zb zit quoted cited cite cites citado citada citato citata nach dans reprinted reproduced apud'
  },
  {
    name: 'locator',
    example: 'p. 12; pp. 4–9; S. 37ff.; pág. 12; fol. 3r; c. 12v; Bd. 2; col. 5; § 4; Anm. 3',
    words:
      'p pp s ss pag pags page pages seite seiten bl blatt vol vols volume volumes no nos nr nrs n nn num numero bd bde t tome tomo fol fols f ff c cc col cols sp chap ch kap cap capitolo chapter sec secs section para paras par art arts anm fn note notes tab fig figs h heft hft jg jahrgang fasc fascicolo livr lib book bk pt part rn'
  },
  {
    name: 'editor',
    example: 'ed. by; (Hrsg.); Hg.; éd.; dir.; a cura di; trans.; übers. von; coord.',
    words:
      'ed eds edited editor editors hrsg hg hgg herausgegeben herausgeber bearb dir dirige dirigee coord cura curatore curatori comp comps trans transl translated tr trad traduit traduccion traduzione ubers ubersetzt'
  },
  {
    name: 'backref',
    example: 'Ibid.; ebd.; ivi; Id.; op. cit.; art. cit.; ouv. cité; supra note 12; a.a.O.; ders.; dies.',
    words: 'ibid ibidem ib ibd ebd ebda ebenda ivi id idem eadem iidem dies ders dieselbe derselbe cit op loc ouv supra infra aao citato citata cite'
  },
  {name: 'conj', example: 'Smith and Jones; Müller und Berg; Dupont et Martin; & ; y; e', words: 'and und et y e u & i og en'},
  {name: 'etal', example: 'et al.; u. a.; et alii; y otros; e altri', words: 'al alii alia otros altri others coll a'},
  {name: 'in', example: 'in: Zeitschrift; dans Revue; en Revista; nel volume', words: 'in dans en nel nella nei negli im'},
  {
    name: 'publisher',
    example: 'Oxford University Press; Suhrkamp Verlag; Presses universitaires de France; Edizioni di Storia; Editorial Crítica',
    words:
      'press presses university universitaires universitaire universitat universita universidad univ verlag verlags verlagsanstalt books publishers publisher publishing publications ' +
      'editions edition edizioni editore editori editrice editorial ediciones edicions editora prensa imprenta tipografia uitgeverij buchhandlung gmbh ag inc ltd co kg sa srl llc ' +
      'academic academia scientific wissenschaftliche librairie libreria druck imprimerie tipografia typographia stamperia'
  },
  {
    name: 'place',
    example: '(Frankfurt am Main: Suhrkamp, 1998); Paris, PUF; Venezia 1977; New York: Norton',
    words:
      'london oxford cambridge new york chicago boston princeton berkeley los angeles stanford haven baltimore washington philadelphia toronto montreal ' +
      'paris lyon marseille bordeaux toulouse lille strasbourg bruxelles brussels geneve geneva lausanne ' +
      'berlin munchen munich frankfurt main hamburg leipzig stuttgart koln cologne gottingen heidelberg tubingen freiburg bonn wiesbaden darmstadt ' +
      'dresden dusseldorf hannover munster jena weimar mainz wien vienna zurich basel bern graz innsbruck salzburg ' +
      'roma rome milano milan venezia venice firenze florence torino turin bologna napoli naples padova padua genova pisa bari palermo ' +
      'madrid barcelona sevilla seville valencia salamanca granada zaragoza lisboa lisbon porto mexico buenos aires santiago bogota lima ' +
      'amsterdam leiden utrecht rotterdam antwerpen leuven louvain kobenhavn copenhagen stockholm oslo helsinki uppsala ' +
      'warszawa warsaw krakow praha prague budapest moskva moscow petersburg leningrad beijing peking shanghai tokyo seoul kyoto ' +
      'edinburgh dublin manchester london sydney melbourne delhi jerusalem istanbul athens athen cairo ' +
      'treviso vicenza verona trento trieste udine brescia bergamo modena parma ferrara ravenna siena perugia ancona lucca mantova rovigo belluno cagliari catania messina pavia ' +
      'bielefeld kassel bremen hannover nurnberg nuremberg augsburg regensburg wurzburg erlangen marburg giessen konstanz mannheim karlsruhe saarbrucken dortmund bochum duisburg kiel lubeck rostock potsdam magdeburg erfurt chemnitz opladen reinbek baden ' +
      'nancy rennes nantes grenoble montpellier dijon caen rouen orleans poitiers limoges besancon metz reims amiens avignon aix liege namur gent ghent ' +
      'bilbao oviedo murcia malaga cordoba alicante valladolid santander pamplona cadiz coimbra braga ' +
      'leeds birmingham liverpool bristol glasgow sheffield nottingham leicester durham norwich exeter aberdeen belfast cardiff ' +
      'ithaca urbana madison minneapolis austin seattle pittsburgh cleveland detroit atlanta houston dallas honolulu ottawa vancouver canberra wellington auckland ' +
      'ankara tehran mumbai bombay calcutta kolkata osaka singapore manila jakarta bangkok taipei nanjing wuhan guangzhou changchun shenyang harbin yanji pyongyang ' +
      'bratislava ljubljana zagreb beograd belgrade sofia bucuresti bucharest kyiv kiev minsk vilnius riga tallinn lviv poznan wroclaw gdansk lodz brno'
  },
  {
    name: 'web',
    example: 'accessed March 4, 2020; consulté le 4 mars 2020; zugegriffen am; abgerufen am; consultado el; online; URL',
    words:
      'accessed access consulted retrieved visited viewed consulte consultee abgerufen zugegriffen aufgerufen zugriff consultado consultato accesso online available url www http https web website blog wiki wikipedia github software version'
  },
  {
    name: 'thesis',
    example: 'PhD diss.; Dissertation; thèse de doctorat; tesis doctoral; tesi di laurea',
    words: 'diss dissertation thesis these tesis tesi phd doctoral doctorat dottorato habilitationsschrift magisterarbeit masterarbeit memoire ma msc'
  },
  {
    name: 'archive',
    example: 'Archivio di Stato di Venezia, busta 12; Bundesarchiv, R 43 I/1234; AGI, Indiferente, leg. 123; RGASPI, f. 17, op. 3',
    words:
      'archive archives archiv archivo archivio archief arkhiv archivum library bibliotheque biblioteca bibliothek records papers collection manuscripts ms mss ' +
      'busta buste filza fasc fascicolo fond fonds opis delo file box folder carton serie series legajo leg caja sig signatur bestand nachlass reg registro dossier cote'
  },
  {
    name: 'stop',
    example: 'The History of the City; Die Geschichte der Stadt; Histoire de la ville; Storia della città',
    words:
      'the a an of to for on with from by at as is was are were der die das des den dem ein eine einer zur zum und fur mit von uber le la les du des un une au aux sur pour par il lo gli del della dello dei delle di da per con el los las lo y para por sobre'
  },
  {
    name: 'verb',
    example: 'The league was formed in 1946; Die Kommission hat 1921 getagt; La ville est devenue; El archivo fue creado; Il fondo è stato ordinato',
    words:
      'is are was were be been being has have had do does did can could would should will shall may might must became become becomes remained seems ' +
      'argues argued notes noted shows showed suggests suggested wrote writes says said gives gave provides provided describes described discusses discussed ' +
      'ist sind war waren wird wurde wurden hat haben hatte hatten kann konnte muss sei seien gilt galt zeigt zeigte schreibt schrieb ' +
      'est sont etait etaient sera fut ont avait avaient peut devient devenue montre ecrit souligne ' +
      'es son era eran fue fueron ha han habia sera puede muestra escribe senala ' +
      'sono era erano fu furono ha hanno aveva sara puo mostra scrive sottolinea stato stata'
  },
  {
    name: 'particle',
    example: 'Ludwig van Beethoven; Otto von Bismarck; Charles de Gaulle; Anna van der Berg',
    words: 'van von der den de du des da di del della la le ter ten zu dos das bin ibn al el'
  },
  {
    name: 'genre',
    example: '“Title,” Report, 16 May 1955; working paper; Memorandum; typescript',
    words: 'report memorandum memo telegram cable letter minutes draft transcript typescript dispatch speech interview diary working paper bericht rapport informe lettera brief'
  }
]

/** Folded word → names of the lists it is in. */
export function lexiconIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>()
  for (const lexicon of LEXICONS) {
    for (const word of lexicon.words.split(' ')) {
      if (!word) continue
      const names = index.get(word) ?? []
      if (!names.includes(lexicon.name)) names.push(lexicon.name)
      index.set(word, names)
    }
  }
  return index
}
