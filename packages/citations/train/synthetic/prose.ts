/**
 * Commentary that looks like the start of a citation: sentences that open
 * with a proper noun phrase and a comma (`The Northern League, founded in
 * 1946 in Harbin, had 1,200 members by 1949.`), with a date (`In 1952, …`,
 * `Am 3. Mai 1953 …`), with a person and an apposition, a town and its
 * population, an acronym in parentheses; full of numbers, years,
 * percentages and quoted phrases. Also the framing phrases around citations
 * (`The most important work on the topic is <citation>. Other titles
 * include: <citation>; <citation>.`) and quotations `quoted in` a citation.
 * All of it is commentary: outside any citation, no label.
 */
import {acronymOf, writtenName} from './area.js'
import {makePerson, type Gender} from './names.js'
import {MONTHS, PERCENT, QUOTED_PHRASES, QUOTES, TITLE_WORDS} from './phrases.js'
import type {Rng} from './rng.js'
import type {Lang, NameOrigin} from './vocab.js'

type G = 'm' | 'f' | 'n'

interface Head {
  n: string
  g: G
  /** German genitive of a masculine or neuter noun (`Verbandes`). */
  gen?: string
}

const HEADS: Record<Lang, readonly Head[]> = {
  en: ['Alliance', 'League', 'Union', 'Committee', 'Council', 'Association', 'Bureau', 'Society', 'Front', 'Federation', 'Commission', 'Brigade', 'Mission', 'Academy', 'Section'].map((n) => ({
    n,
    g: 'n' as const
  })),
  de: [
    {n: 'Bund', g: 'm', gen: 'Bundes'},
    {n: 'Liga', g: 'f'},
    {n: 'Verband', g: 'm', gen: 'Verbandes'},
    {n: 'Ausschuss', g: 'm', gen: 'Ausschusses'},
    {n: 'Rat', g: 'm', gen: 'Rates'},
    {n: 'Kommission', g: 'f'},
    {n: 'Vereinigung', g: 'f'},
    {n: 'Gesellschaft', g: 'f'},
    {n: 'Front', g: 'f'},
    {n: 'Komitee', g: 'n', gen: 'Komitees'},
    {n: 'Büro', g: 'n', gen: 'Büros'},
    {n: 'Partei', g: 'f'},
    {n: 'Mission', g: 'f'}
  ],
  fr: [
    {n: 'Ligue', g: 'f'},
    {n: 'Union', g: 'f'},
    {n: 'Comité', g: 'm'},
    {n: 'Conseil', g: 'm'},
    {n: 'Association', g: 'f'},
    {n: 'Bureau', g: 'm'},
    {n: 'Société', g: 'f'},
    {n: 'Fédération', g: 'f'},
    {n: 'Commission', g: 'f'},
    {n: 'Front', g: 'm'},
    {n: 'Parti', g: 'm'},
    {n: 'Mission', g: 'f'},
    {n: 'Amicale', g: 'f'}
  ],
  es: [
    {n: 'Liga', g: 'f'},
    {n: 'Unión', g: 'f'},
    {n: 'Comité', g: 'm'},
    {n: 'Consejo', g: 'm'},
    {n: 'Asociación', g: 'f'},
    {n: 'Oficina', g: 'f'},
    {n: 'Sociedad', g: 'f'},
    {n: 'Federación', g: 'f'},
    {n: 'Comisión', g: 'f'},
    {n: 'Frente', g: 'm'},
    {n: 'Partido', g: 'm'},
    {n: 'Misión', g: 'f'}
  ],
  it: [
    {n: 'Lega', g: 'f'},
    {n: 'Unione', g: 'f'},
    {n: 'Comitato', g: 'm'},
    {n: 'Consiglio', g: 'm'},
    {n: 'Associazione', g: 'f'},
    {n: 'Ufficio', g: 'm'},
    {n: 'Società', g: 'f'},
    {n: 'Federazione', g: 'f'},
    {n: 'Commissione', g: 'f'},
    {n: 'Fronte', g: 'm'},
    {n: 'Partito', g: 'm'},
    {n: 'Missione', g: 'f'}
  ]
}

const ADJECTIVES_EN = [
  'Northern',
  'Korean',
  'Northeast',
  'Provincial',
  'Central',
  'Democratic',
  'Patriotic',
  'United',
  'People’s',
  'Youth',
  'Women’s',
  'Workers’',
  'Peasants’',
  'Overseas',
  'Border',
  'Friendship',
  'Relief',
  'Resettlement',
  'Eastern',
  'Catholic',
  'Liberal',
  'Imperial'
]

const COMPLEMENTS: Record<Lang, readonly string[]> = {
  en: [
    'for Land Reform',
    'of Korean Residents',
    'of Returned Students',
    'for Cultural Relations',
    'of the Border Counties',
    'for the Protection of Refugees',
    'of {city}',
    'for Mutual Aid',
    'of Former Prisoners',
    'for Popular Education'
  ],
  de: [
    'der Grenzbauern',
    'koreanischer Arbeiter',
    'für Bodenreform',
    'für kulturelle Verbindungen',
    'der Auslandskoreaner',
    'des Nordostens',
    'für Flüchtlingshilfe',
    'der Heimkehrer',
    'für gegenseitige Hilfe',
    'in {city}',
    'der Vertriebenen',
    'für Volksbildung'
  ],
  fr: [
    'des paysans coréens',
    'du Nord-Est',
    'des travailleurs immigrés',
    'pour la réforme agraire',
    'de défense des réfugiés',
    'des rapatriés',
    'd’entraide',
    'des résidents coréens',
    'de {city}',
    'des anciens déportés',
    'pour l’éducation populaire'
  ],
  es: [
    'de Campesinos Coreanos',
    'del Noreste',
    'de Trabajadores Inmigrantes',
    'para la Reforma Agraria',
    'de Defensa de los Refugiados',
    'de Repatriados',
    'de Ayuda Mutua',
    'de {city}',
    'de Antiguos Presos',
    'de Educación Popular'
  ],
  it: [
    'dei contadini coreani',
    'del Nord-Est',
    'dei lavoratori immigrati',
    'per la riforma agraria',
    'di difesa dei profughi',
    'dei rimpatriati',
    'di mutuo soccorso',
    'di {city}',
    'degli ex deportati',
    'per l’educazione popolare'
  ]
}

const AREA_CITIES: readonly string[] = [
  'Harbin',
  'Yanji',
  'Shenyang',
  'Dalian',
  'Changchun',
  'Pyongyang',
  'Vladivostok',
  'Khabarovsk',
  'Sapporo',
  'Dandong',
  'Tumen',
  'Hunchun',
  'Mudanjiang',
  'Seoul',
  'Osaka',
  'Tianjin',
  'Qingdao',
  'Sinŭiju',
  'Wŏnsan',
  'Nakhodka'
]
const AREA_REGIONS: readonly string[] = ['Yanbian', 'Manchuria', 'the Northeast', 'Kando', 'South Hamgyŏng', 'Primor’e', 'Sakhalin', 'Hokkaido', 'Shandong', 'Jilin', 'the border counties']

const FOUNDED: Record<Lang, Record<'m' | 'f' | 'n', readonly string[]>> = {
  en: {m: [], f: [], n: ['founded', 'formed', 'established', 'set up', 'created']},
  de: {m: ['gegründet'], f: ['gegründet'], n: ['gegründet']},
  fr: {m: ['fondé', 'créé', 'constitué'], f: ['fondée', 'créée', 'constituée'], n: []},
  es: {m: ['fundado', 'creado', 'constituido'], f: ['fundada', 'creada', 'constituida'], n: []},
  it: {m: ['fondato', 'creato', 'costituito'], f: ['fondata', 'creata', 'costituita'], n: []}
}

interface Org {
  /** Capitalized subject: `The Northern League`, `Die Liga der Grenzbauern`. */
  Subject: string
  /** Subject inside a sentence: `the Northern League`, `die Liga der Grenzbauern`. */
  subject: string
  /** `of the Northern League`, `des Verbandes …`, `du Comité …`, `della Lega …` (for `head of …`). */
  of: string
  acronym: string | undefined
  g: G
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const VOWEL = /^[AEIOUÉÈÊaeiouéèêh]/u

function makeOrg(rng: Rng, lang: Lang, city: () => string): Org {
  const head = rng.pick(HEADS[lang])
  const complement = rng.pick(COMPLEMENTS[lang]).replace('{city}', city)
  if (lang === 'en') {
    const adjective = rng.pick(ADJECTIVES_EN)
    const bare = rng.weighted<string>([
      [`${adjective} ${head.n}`, 6],
      [`${head.n} ${complement}`, 3],
      [`${adjective} ${head.n} ${complement}`, 2]
    ])
    return {Subject: `The ${bare}`, subject: `the ${bare}`, of: `of the ${bare}`, acronym: acronymOf(bare), g: 'n'}
  }
  const name = `${head.n} ${complement}`
  const acronym = acronymOf(name)
  if (lang === 'de') {
    const article = {m: 'der', f: 'die', n: 'das'}[head.g]
    const genitive = head.g === 'f' ? `der ${name}` : `des ${head.gen ?? head.n} ${complement}`
    return {Subject: capitalize(`${article} ${name}`), subject: `${article} ${name}`, of: genitive, acronym, g: head.g}
  }
  if (lang === 'fr') {
    const elided = VOWEL.test(head.n)
    const article = elided ? 'l’' : head.g === 'f' ? 'la ' : 'le '
    const of = elided ? `de l’${name}` : head.g === 'f' ? `de la ${name}` : `du ${name}`
    return {Subject: capitalize(`${article}${name}`), subject: `${article}${name}`, of, acronym, g: head.g}
  }
  if (lang === 'es') {
    const article = head.g === 'f' ? 'la' : 'el'
    return {Subject: capitalize(`${article} ${name}`), subject: `${article} ${name}`, of: head.g === 'f' ? `de la ${name}` : `del ${name}`, acronym, g: head.g}
  }
  const elided = VOWEL.test(head.n)
  const article = elided ? 'l’' : head.g === 'f' ? 'la ' : 'il '
  const of = elided ? `dell’${name}` : head.g === 'f' ? `della ${name}` : `del ${name}`
  return {Subject: capitalize(`${article}${name}`), subject: `${article}${name}`, of, acronym, g: head.g}
}

/** German predicates as verb and rest, so that they can follow the subject or an opening adverbial (`1952 zählte die Liga …`). */
interface Pred {
  v: string
  r: string
}

const PREDICATES: Record<Exclude<Lang, 'de'>, readonly string[]> & {de: readonly Pred[]} = {
  en: [
    'carried out {num} inspections in the border counties',
    'had {num} members by {year2}',
    'published a bulletin called {q}',
    'was dissolved in {year2}',
    'sent {num} cadres to {city}',
    'organised {small} congresses between {year} and {year2}',
    'reported {num} cases of desertion in {year2}',
    'counted {pct} of the local population among its members',
    'described the campaign as {q}',
    'moved its headquarters to {city} in {year2}',
    'lost almost half of its members after {year2}',
    'ran {small} schools and a hospital with {num} beds',
    'collected {num} signatures for a petition to {city}'
  ],
  de: [
    {v: 'zählte', r: '{year2} rund {num} Mitglieder'},
    {v: 'führte', r: 'zwischen {year} und {year2} {num} Kontrollen in den Grenzkreisen durch'},
    {v: 'gab', r: 'ein Mitteilungsblatt mit dem Titel {q} heraus'},
    {v: 'wurde', r: '{year2} aufgelöst'},
    {v: 'verlegte', r: 'den Sitz {year2} nach {city}'},
    {v: 'meldete', r: '{year2} insgesamt {num} Fälle von Fahnenflucht'},
    {v: 'entsandte', r: '{num} Kader nach {city}'},
    {v: 'sprach', r: 'von {q}'},
    {v: 'verlor', r: 'nach {year2} fast die Hälfte der Mitglieder'},
    {v: 'organisierte', r: '{small} Kongresse'},
    {v: 'unterhielt', r: '{small} Schulen und ein Krankenhaus mit {num} Betten'}
  ],
  fr: [
    'comptait {num} membres en {year2}',
    'mena {num} inspections dans les districts frontaliers',
    'publiait un bulletin intitulé {q}',
    'cessa ses activités en {year2}',
    'envoya {num} cadres à {city}',
    'organisa {small} congrès entre {year} et {year2}',
    'recensa {num} cas de désertion en {year2}',
    'qualifia la campagne de {q}',
    'transféra son siège à {city} en {year2}',
    'perdit près de la moitié de ses membres après {year2}',
    'gérait {small} écoles et un hôpital de {num} lits'
  ],
  es: [
    'contaba con {num} afiliados en {year2}',
    'realizó {num} inspecciones en los distritos fronterizos',
    'publicaba un boletín titulado {q}',
    'cesó sus actividades en {year2}',
    'envió {num} cuadros a {city}',
    'organizó {small} congresos entre {year} y {year2}',
    'registró {num} casos de deserción en {year2}',
    'calificó la campaña de {q}',
    'trasladó su sede a {city} en {year2}',
    'perdió casi la mitad de sus afiliados después de {year2}',
    'mantenía {small} escuelas y un hospital de {num} camas'
  ],
  it: [
    'contava {num} iscritti nel {year2}',
    'condusse {num} ispezioni nei distretti di confine',
    'pubblicava un bollettino intitolato {q}',
    'cessò le attività nel {year2}',
    'inviò {num} quadri a {city}',
    'organizzò {small} congressi tra il {year} e il {year2}',
    'registrò {num} casi di diserzione nel {year2}',
    'definì la campagna {q}',
    'trasferì la sede a {city} nel {year2}',
    'perse quasi metà degli iscritti dopo il {year2}',
    'gestiva {small} scuole e un ospedale con {num} letti'
  ]
}

const ROLES: Record<Lang, Record<Gender, readonly string[]>> = {
  en: {
    male: ['chairman', 'secretary', 'deputy head', 'director', 'a member', 'head of the propaganda section'],
    female: ['chair', 'secretary', 'deputy head', 'director', 'a member', 'head of the women’s section']
  },
  de: {male: ['Vorsitzender', 'Sekretär', 'Leiter', 'Mitglied'], female: ['Vorsitzende', 'Sekretärin', 'Leiterin', 'Mitglied']},
  fr: {male: ['président', 'secrétaire', 'directeur', 'membre'], female: ['présidente', 'secrétaire', 'directrice', 'membre']},
  es: {male: ['presidente', 'secretario', 'director', 'miembro'], female: ['presidenta', 'secretaria', 'directora', 'miembro']},
  it: {male: ['presidente', 'segretario', 'direttore', 'membro'], female: ['presidente', 'segretaria', 'direttrice', 'membro']}
}

const PERSON_PREDICATES: Record<Exclude<Lang, 'de'>, readonly string[]> & {de: readonly Pred[]} = {
  en: [
    'later claimed that the decision had been taken in {city}',
    'spent {small} years in prison after {year2}',
    'wrote in a memoir that the campaign was {q}',
    'was transferred to {city} in {year2}',
    'described the situation as {q}',
    'left {num} pages of notes',
    'returned to {city} in {year2}'
  ],
  de: [
    {v: 'behauptete', r: 'später, die Entscheidung sei in {city} gefallen'},
    {v: 'verbrachte', r: 'nach {year2} {small} Jahre in Haft'},
    {v: 'schrieb', r: 'in den Erinnerungen von {q}'},
    {v: 'wurde', r: '{year2} nach {city} versetzt'},
    {v: 'hinterließ', r: '{num} Seiten Notizen'},
    {v: 'kehrte', r: '{year2} nach {city} zurück'}
  ],
  fr: [
    'affirma plus tard que la décision avait été prise à {city}',
    'passa {small} ans en prison après {year2}',
    'évoque dans ses mémoires {q}',
    'rejoignit {city} en {year2}',
    'laissa {num} pages de notes',
    'rentra à {city} en {year2}'
  ],
  es: [
    'afirmó más tarde que la decisión se había tomado en {city}',
    'pasó {small} años en prisión después de {year2}',
    'habla en sus memorias de {q}',
    'se trasladó a {city} en {year2}',
    'dejó {num} páginas de notas',
    'regresó a {city} en {year2}'
  ],
  it: [
    'sostenne in seguito che la decisione era stata presa a {city}',
    'trascorse {small} anni in carcere dopo il {year2}',
    'parla nelle memorie di {q}',
    'si trasferì a {city} nel {year2}',
    'lasciò {num} pagine di appunti',
    'tornò a {city} nel {year2}'
  ]
}

/** Templates. Slots: `{Org}`/`{org}` an organization as subject, `{ofOrg}`, `{acr}`, `{founded}`, `{pred}`, `{Person}`, `{role}`, `{ppred}`, `{City}`/`{city}`, `{region}`, `{year}`, `{year2}`, `{num}`, `{num2}`, `{small}`, `{pct}`, `{q}`, `{day}`, `{month}`, `{Surname}`; German `{v}`/`{r}` (verb and rest of `{pred}`). */
const TEMPLATES: Record<Lang, readonly string[]> = {
  en: [
    '{Org}, {founded} in {year} in {city}, {pred}.',
    '{Org}, {founded} in {city} in {year}, {pred}.',
    '{Org} ({acr}), {founded} in {year}, {pred}.',
    '{Org}, which had been {founded} in {year}, {pred}.',
    'In {year}, {org} {pred}.',
    'In {month} {year}, {org} {pred}.',
    'On {day} {month} {year}, {org} {pred}.',
    'By {year2}, {org} had {num} members and {small} branches in {region}.',
    '{Person}, {role} {ofOrg} from {year} to {year2}, {ppred}.',
    '{Person}, who had studied in {city} in the {decade}s, {ppred}.',
    '{City}, a town of {num} inhabitants in {year}, was the seat of {org} until {year2}.',
    '{City}, with {num} inhabitants in {year}, lost {pct} of its population by {year2}.',
    'Between {year} and {year2}, {num} people moved from {region} to {city}.',
    'According to {org}, {pct} of the Korean households in {region} owned no land in {year}.',
    '{Surname}’s figure of {num} is almost certainly too high; {org} reported only {num2} cases in {year}.',
    'From {year} to {year2}, {org} {pred}.',
    '{Org}, {founded} in {year}, {pred}; its successor, {org2}, was dissolved in {year2}.'
  ],
  de: [
    '{Org}, {year} in {city} {founded}, {v} {r}.',
    '{Org}, {founded} {year} in {city}, {v} {r}.',
    '{Org} ({acr}), {year} {founded}, {v} {r}.',
    'Im Jahr {year} {v} {org} {r}.',
    '{year} {v} {org} {r}.',
    'Am {day}. {month} {year} {v} {org} {r}.',
    '{Person}, von {year} bis {year2} {role} {ofOrg}, {pv} {pr}.',
    '{City}, {year} eine Stadt mit {num} Einwohnern, war bis {year2} Sitz {ofOrg}.',
    'Zwischen {year} und {year2} zogen {num} Menschen aus {region} nach {city}.',
    'Nach Angaben {ofOrg} besaßen {year} {pct} der koreanischen Haushalte in {region} kein Land.',
    'Die Zahl von {num}, die {Surname} nennt, ist zu hoch; {org} meldete {year} nur {num2} Fälle.',
    'Von {year} bis {year2} {v} {org} {r}.'
  ],
  fr: [
    '{Org}, {founded} en {year} à {city}, {pred}.',
    '{Org} ({acr}), {founded} en {year}, {pred}.',
    'En {year}, {org} {pred}.',
    'En {month} {year}, {org} {pred}.',
    'Le {day} {month} {year}, {org} {pred}.',
    '{Person}, {role} {ofOrg} de {year} à {year2}, {ppred}.',
    '{City}, qui comptait {num} habitants en {year}, abrita le siège {ofOrg} jusqu’en {year2}.',
    'Entre {year} et {year2}, {num} personnes quittèrent {region} pour {city}.',
    'Selon {org}, {pct} des foyers coréens de {region} ne possédaient pas de terre en {year}.',
    'Le chiffre de {num} avancé par {Surname} est trop élevé ; {org} ne signalait que {num2} cas en {year}.',
    'De {year} à {year2}, {org} {pred}.'
  ],
  es: [
    '{Org}, {founded} en {year} en {city}, {pred}.',
    '{Org} ({acr}), {founded} en {year}, {pred}.',
    'En {year}, {org} {pred}.',
    'En {month} de {year}, {org} {pred}.',
    'El {day} de {month} de {year}, {org} {pred}.',
    '{Person}, {role} {ofOrg} entre {year} y {year2}, {ppred}.',
    '{City}, que contaba con {num} habitantes en {year}, fue la sede {ofOrg} hasta {year2}.',
    'Entre {year} y {year2}, {num} personas se trasladaron de {region} a {city}.',
    'Según {org}, el {pct} de los hogares coreanos de {region} no tenía tierra en {year}.',
    'La cifra de {num} que da {Surname} es demasiado alta; {org} solo registró {num2} casos en {year}.',
    'De {year} a {year2}, {org} {pred}.'
  ],
  it: [
    '{Org}, {founded} nel {year} a {city}, {pred}.',
    '{Org} ({acr}), {founded} nel {year}, {pred}.',
    'Nel {year}, {org} {pred}.',
    'Nel {month} {year}, {org} {pred}.',
    'Il {day} {month} {year}, {org} {pred}.',
    '{Person}, {role} {ofOrg} dal {year} al {year2}, {ppred}.',
    '{City}, che nel {year} contava {num} abitanti, fu sede {ofOrg} fino al {year2}.',
    'Tra il {year} e il {year2}, {num} persone si trasferirono da {region} a {city}.',
    'Secondo {org}, il {pct} delle famiglie coreane di {region} non possedeva terra nel {year}.',
    'La cifra di {num} indicata da {Surname} è troppo alta; {org} registrò solo {num2} casi nel {year}.',
    'Dal {year} al {year2}, {org} {pred}.'
  ]
}

function bigNumber(rng: Rng, lang: Lang): string {
  const value = rng.chance(0.5) ? rng.int(12, 950) : rng.int(1000, 250000)
  if (value < 1000) return String(value)
  const separator = lang === 'en' ? ',' : lang === 'fr' ? ' ' : '.'
  // French writes a space (a no-break space in print; the corpus has plain spaces).
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator)
}

function origin(rng: Rng, lang: Lang): NameOrigin {
  return rng.weighted<NameOrigin>([
    [lang, 45],
    ['zh', 18],
    ['ko', 18],
    ['ja', 7],
    ['ru', 12]
  ])
}

/** One sentence of citation-like commentary in `lang`. */
export function proseSentence(rng: Rng, lang: Lang): string {
  const cities = [...AREA_CITIES, ...TITLE_WORDS[lang].cities]
  const city = (): string => rng.pick(cities)
  const org = makeOrg(rng, lang, city)
  const year = rng.int(1880, 1985)
  const person = makePerson(rng, origin(rng, lang))
  const [open, close] = QUOTES[lang]
  const surname = person.name.family ?? (person.name.literal ?? '').split(' ')[0] ?? ''
  const founded = FOUNDED[lang][org.g]
  const pred = lang === 'de' ? undefined : rng.pick(PREDICATES[lang])
  // German: an opening adverbial with its own year takes a predicate without one.
  const dePreds = PREDICATES.de
  const dePred = rng.pick(dePreds)
  const dePersonPred = rng.pick(PERSON_PREDICATES.de)
  const template = rng.pick(TEMPLATES[lang])
  const dePlain = /^(?:Im Jahr|\{year\}|Am|Von)/.test(template) ? rng.pick(dePreds.filter((p) => !p.r.includes('{year2}'))) : dePred
  const slots: Record<string, () => string> = {
    Org: () => org.Subject,
    org: () => org.subject,
    org2: () => makeOrg(rng, lang, city).subject,
    ofOrg: () => org.of,
    acr: () => org.acronym ?? `${org.Subject.split(' ').slice(-1)[0]?.charAt(0) ?? 'K'}${rng.pick(['L', 'K', 'V', 'A'])}`,
    founded: () => rng.pick(founded.length > 0 ? founded : FOUNDED[lang].n),
    pred: () => pred ?? '',
    v: () => dePlain.v,
    r: () => dePlain.r,
    Person: () => writtenName(person.name),
    role: () => rng.pick(ROLES[lang][person.gender]),
    ppred: () => (lang === 'de' ? '' : rng.pick(PERSON_PREDICATES[lang])),
    pv: () => dePersonPred.v,
    pr: () => dePersonPred.r,
    City: city,
    city,
    region: () => rng.pick(AREA_REGIONS),
    year: () => String(year),
    year2: () => String(year + rng.int(1, 25)),
    decade: () => String(Math.floor((year - rng.int(5, 20)) / 10) * 10),
    num: () => bigNumber(rng, lang),
    num2: () => String(rng.int(3, 900)),
    small: () => String(rng.int(2, 12)),
    pct: () => PERCENT[lang].replace('{n}', String(rng.int(3, 92))),
    q: () => `${open}${rng.pick(QUOTED_PHRASES[lang])}${close}`,
    day: () => String(rng.int(1, 28)),
    month: () => rng.pick(MONTHS[lang]),
    Surname: () => surname
  }
  // Two passes: slots inside predicates (`{year2}`, `{city}`) are filled too.
  const fill = (text: string): string => text.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot]?.() ?? slot)
  return capitalize(fill(fill(template)))
}

// ---------------------------------------------------------------- framing phrases around citations

const TOPICS: Record<Lang, readonly string[]> = {
  en: ['the topic', 'the subject', 'this question', 'the Korean minority', 'the border question', 'the repatriation campaign', 'the early years of the alliance'],
  de: ['diesem Thema', 'dieser Frage', 'der Minderheitenfrage', 'der Grenzfrage', 'der Repatriierung', 'den Anfangsjahren des Bündnisses'],
  fr: ['le sujet', 'cette question', 'la minorité coréenne', 'la question frontalière', 'le rapatriement', 'les débuts de l’alliance'],
  es: ['el tema', 'esta cuestión', 'la minoría coreana', 'la cuestión fronteriza', 'la repatriación', 'los primeros años de la alianza'],
  it: ['il tema', 'questa questione', 'la minoranza coreana', 'la questione dei confini', 'il rimpatrio', 'i primi anni dell’alleanza']
}

/** Before the first citation of a framed note. */
const FRAME_FIRST: Record<Lang, readonly string[]> = {
  en: [
    'The most important work on {topic} is',
    'The standard study of {topic} remains',
    'The best account of {topic} is',
    'A useful collection of documents is',
    'The document is reproduced in',
    'The speech was printed in',
    'The figures are taken from',
    'For an elaboration of the subject, see',
    'For details, see',
    'See the records of the session in',
    'On {topic}, the classic work is',
    'A first survey of {topic} is',
    'The only study based on the archives is',
    'Also see'
  ],
  de: [
    'Die wichtigste Arbeit zu {topic} ist',
    'Grundlegend zu {topic} ist nach wie vor',
    'Eine nützliche Quellensammlung bietet',
    'Das Dokument ist abgedruckt in',
    'Die Rede wurde veröffentlicht in',
    'Die Zahlen stammen aus',
    'Ausführlicher dazu',
    'Näheres bei',
    'Siehe das Protokoll der Sitzung in',
    'Einen ersten Überblick zu {topic} gibt',
    'Siehe ferner'
  ],
  fr: [
    'L’ouvrage le plus important sur {topic} est',
    'L’étude de référence sur {topic} reste',
    'Le document est reproduit dans',
    'Le discours fut publié dans',
    'Les chiffres sont tirés de',
    'Pour plus de détails, voir',
    'Pour un développement sur ce sujet, voir',
    'Voir le compte rendu de la séance dans',
    'Sur {topic}, l’étude classique est',
    'Voir également'
  ],
  es: [
    'La obra más importante sobre {topic} es',
    'El estudio de referencia sobre {topic} sigue siendo',
    'El documento está reproducido en',
    'El discurso se publicó en',
    'Las cifras proceden de',
    'Para más detalles, véase',
    'Para un desarrollo del tema, véase',
    'Véanse las actas de la sesión en',
    'Véase asimismo'
  ],
  it: [
    'L’opera più importante su {topic} è',
    'Lo studio di riferimento su {topic} resta',
    'Il documento è riprodotto in',
    'Il discorso fu pubblicato in',
    'I dati sono tratti da',
    'Per maggiori dettagli si veda',
    'Per un approfondimento si veda',
    'Si vedano i verbali della seduta in',
    'Si veda inoltre'
  ]
}

/** Before the further citations of a framed note. */
const FRAME_MORE: Record<Lang, readonly string[]> = {
  en: ['Other titles include:', 'Other studies include:', 'Further titles:', 'See also the following:', 'Other works on the subject are', 'Among more recent studies are', 'Also see'],
  de: ['Weitere Titel:', 'Weitere Literatur:', 'Ferner:', 'Zu nennen sind außerdem', 'Siehe auch'],
  fr: ['Autres titres :', 'Parmi les autres titres :', 'On peut aussi consulter', 'Voir également les travaux suivants :'],
  es: ['Otros títulos:', 'Otros títulos son:', 'Pueden consultarse también', 'Véanse además'],
  it: ['Altri titoli:', 'Tra gli altri titoli:', 'Si vedano inoltre', 'Si possono consultare anche']
}

/** A quotation and where it is quoted from (`Kim Donggil spoke of “…”, quoted in`). */
const QUOTED_IN: Record<Lang, readonly string[]> = {
  en: [
    '{Person} spoke of {q}, quoted in',
    '{Person} called it {q}; quoted in',
    'The report speaks of {q}, quoted in',
    'In {year}, {Person} described the policy as {q}, cited in',
    'The phrase {q} is {Person}’s, quoted in'
  ],
  de: ['{Person} sprach von {q}, zitiert nach', 'Im Bericht ist von {q} die Rede, zit. nach', '{year} nannte {Person} die Politik {q}, zitiert in'],
  fr: ['{Person} parlait de {q}, cité dans', 'Le rapport évoque {q}, cité par', 'En {year}, {Person} qualifiait cette politique de {q}, cité dans'],
  es: ['{Person} habló de {q}, citado en', 'El informe habla de {q}, citado en', 'En {year}, {Person} calificó esa política de {q}, citado por'],
  it: ['{Person} parlò di {q}, citato in', 'Il rapporto parla di {q}, cit. in', 'Nel {year} {Person} definì quella politica {q}, citato in']
}

function fillFrame(rng: Rng, lang: Lang, template: string): string {
  const [open, close] = QUOTES[lang]
  const slots: Record<string, () => string> = {
    topic: () => rng.pick(TOPICS[lang]),
    Person: () => writtenName(makePerson(rng, origin(rng, lang)).name),
    q: () => `${open}${rng.pick(QUOTED_PHRASES[lang])}${close}`,
    year: () => String(rng.int(1900, 1985))
  }
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot]?.() ?? slot)
}

export function frameFirst(rng: Rng, lang: Lang): string {
  return fillFrame(rng, lang, rng.pick(FRAME_FIRST[lang]))
}

export function frameMore(rng: Rng, lang: Lang): string {
  return fillFrame(rng, lang, rng.pick(FRAME_MORE[lang]))
}

export function quotedIn(rng: Rng, lang: Lang): string {
  return fillFrame(rng, lang, rng.pick(QUOTED_IN[lang]))
}
