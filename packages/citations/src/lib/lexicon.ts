import {alternation, escapeRegExp} from './alternation.js'

/**
 * Word lists used by the note reader. Hand-kept, general to Chicago notes
 * style (not to any one article): months, seasons, locator labels, editor
 * marks, editions, versions, organisation and archive words (the signal
 * phrases are segment.ts's `SIGNALS`). The romanised
 * Chinese and Korean family names (to tell `Sun Chunri`, family first, from
 * `Zhihua Shen`, family last) are `@octavo/tree`'s, with the one name rule.
 */

/**
 * Month names and abbreviations (English, French, German, Spanish, Italian,
 * Dutch, Portuguese) → month number. Abbreviations are listed as written,
 * with their period; a bare abbreviation that is also a word (`out`, `mag`)
 * is listed only with its period.
 */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['january jan jan. janvier janv. januar enero ene. gennaio genn. gen. januari janeiro jänner jän.', 1],
      ['february feb feb. février fevrier févr. februar febrero febbraio febbr. febr. februari fevereiro fev.', 2],
      ['march mar mar. mars märz marzo mrz. mär. maart mrt. março', 3],
      ['april apr apr. avril abril aprile avr. abr.', 4],
      ['may mai mayo maggio magg. mag. mei maio', 5],
      ['june jun jun. juin juni junio giugno giu. junho', 6],
      ['july jul jul. juillet juil. juli julio luglio lug. juill. julho', 7],
      ['august aug aug. août aout agosto ago. ag. augustus', 8],
      ['september sep sep. sept sept. septembre septiembre settembre sett. set. setiembre setembro', 9],
      ['october oct oct. octobre oktober octubre ottobre ott. okt. outubro out.', 10],
      ['november nov nov. novembre noviembre novembro', 11],
      ['december dec dec. décembre decembre déc. dezember diciembre dicembre dic. dez. dezembro', 12]
    ] as const
  ).flatMap(([words, n]) => words.split(' ').map((w) => [w, n] as [string, number]))
)

/** Season names (en, fr, de, es, it, nl, pt) → CSL season number (1 spring … 4 winter). */
export const SEASONS: ReadonlyMap<string, number> = new Map([
  ['spring', 1],
  ['printemps', 1],
  ['frühling', 1],
  ['summer', 2],
  ['été', 2],
  ['ete', 2],
  ['sommer', 2],
  ['fall', 3],
  ['autumn', 3],
  ['automne', 3],
  ['herbst', 3],
  ['winter', 4],
  ['hiver', 4],
  ['frühjahr', 1],
  ['primavera', 1],
  ['lente', 1],
  ['voorjaar', 1],
  ['verano', 2],
  ['estate', 2],
  ['zomer', 2],
  ['verão', 2],
  ['otoño', 3],
  ['autunno', 3],
  ['herfst', 3],
  ['najaar', 3],
  ['outono', 3],
  ['invierno', 4],
  ['inverno', 4]
])

/** Weekday names and abbreviations (en, fr, de, es, it, nl, pt), lower case: a date may open with one (`Monday, May 12, 2012`). */
export const WEEKDAYS: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon. tue. tues. wed. thu. thur. thurs. fri. sat. sun. ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo. di. mi. do. fr. sa. so. ' +
    'lunes martes miércoles miercoles jueves viernes sábado sabado domingo ' +
    'lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ' +
    'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira'
  ).split(' ')
)

/** Locator labels (lower case, as written) → CSL locator label. */
export const LOCATOR_LABELS: ReadonlyMap<string, string> = new Map([
  ['p.', 'page'],
  ['pp.', 'page'],
  ['p', 'page'],
  ['pp', 'page'],
  ['page', 'page'],
  ['pages', 'page'],
  ['s.', 'page'],
  ['n.', 'note'],
  ['nn.', 'note'],
  ['note', 'note'],
  ['notes', 'note'],
  ['chap.', 'chapter'],
  ['ch.', 'chapter'],
  ['chapter', 'chapter'],
  ['chaps.', 'chapter'],
  ['chapters', 'chapter'],
  ['sec.', 'section'],
  ['secs.', 'section'],
  ['section', 'section'],
  ['sections', 'section'],
  ['§', 'section'],
  ['§§', 'section'],
  ['para.', 'paragraph'],
  ['paras.', 'paragraph'],
  ['par.', 'paragraph'],
  ['¶', 'paragraph'],
  ['paragraph', 'paragraph'],
  ['paragraphs', 'paragraph'],
  ['fig.', 'figure'],
  ['figs.', 'figure'],
  ['figure', 'figure'],
  ['col.', 'column'],
  ['cols.', 'column'],
  ['fol.', 'folio'],
  ['fols.', 'folio'],
  ['fo.', 'folio'],
  ['l.', 'line'],
  ['ll.', 'line'],
  ['line', 'line'],
  ['lines', 'line'],
  ['table', 'table'],
  ['tab.', 'table'],
  ['vol.', 'volume'],
  ['vols.', 'volume'],
  ['t.', 'volume'],
  ['bk.', 'book'],
  ['pt.', 'part'],
  ['art.', 'article'],
  ['v.', 'verse'],
  ['vv.', 'verse']
])

/**
 * The short marks of an editor or translator written right after the names
 * (`Hans Müller (Hrsg.)`, `Smith, ed.`), one row per language: `marks` are
 * abbreviations (written with their period, which is not listed), `phrases`
 * are written out. The readers' patterns are built from it (`roleMarks`),
 * and names.ts's `NAME_ROLES` takes each row's marks after the names
 * (`roleMarksWritten`), with the words only it reads (`edd.`, `editors`)
 * and the words before the names (`hrsg. von`, `edited by`).
 */
export interface RoleMarks {
  lang: string
  example: string
  role: 'editor' | 'translator'
  marks: readonly string[]
  phrases: readonly string[]
}

export const ROLE_MARKS: readonly RoleMarks[] = [
  {lang: 'en', example: 'Victoria Johnson and Thomas Ertman (eds.)', role: 'editor', marks: ['ed', 'eds'], phrases: []},
  {lang: 'de', example: 'Müller, Hans (Hrsg.)', role: 'editor', marks: ['Hrsg', 'Hg'], phrases: []},
  {lang: 'fr', example: 'Jean Dupont (dir.)', role: 'editor', marks: ['dir', 'éd', 'éds'], phrases: []},
  {lang: 'es, pt', example: 'Ana García (coord.)', role: 'editor', marks: ['coord'], phrases: []},
  {lang: 'it', example: 'Giovanni Rossi (a cura di)', role: 'editor', marks: [], phrases: ['a cura di']},
  {lang: 'en', example: 'Richard Stokes (trans.)', role: 'translator', marks: ['trans'], phrases: []},
  {lang: 'de', example: 'Anna Berg (übers.)', role: 'translator', marks: ['übers'], phrases: []}
]

/**
 * The marks of `roles` as one regular-expression alternation, longest first:
 * abbreviations followed by `period` (`''`: without it, `'\\.'`: with it),
 * written-out phrases too when `phrases`.
 */
export function roleMarks(roles: ReadonlyArray<RoleMarks['role']>, period: '' | '\\.', phrases: boolean): string {
  const rows = ROLE_MARKS.filter((r) => roles.includes(r.role))
  const words = [...rows.flatMap((r) => r.marks.map((m) => escapeRegExp(m) + period)), ...(phrases ? rows.flatMap((r) => r.phrases.map(escapeRegExp)) : [])]
  return words.sort((a, b) => b.length - a.length).join('|')
}

/**
 * How an edition is written after its number, by language: the ordinal's
 * ending (`2nd`, `3e`, `1re`, `4a`, `3.`) and the word (`ed.`, `éd.`,
 * `Aufl.`, `edición`), matched without regard to case, a period after the
 * word allowed. Read after a title (`Qualitative Forschung, 3. Auflage`) and
 * in an edition span (`2nd ed.` → `2`): `EDITION` below.
 */
export const EDITIONS: ReadonlyArray<{lang: string; example: string; ordinals: readonly string[]; words: readonly string[]}> = [
  {lang: 'en', example: '2nd ed.', ordinals: ['st', 'nd', 'rd', 'th'], words: ['ed', 'edn', 'edition']},
  {lang: 'fr', example: '1re éd.', ordinals: ['e', 'ème', 'er', 're'], words: ['éd', 'édition']},
  {lang: 'de', example: '3. Auflage', ordinals: ['.'], words: ['Aufl', 'Auflage']},
  {lang: 'es', example: '3.ª ed.', ordinals: ['a', 'o', 'ª', 'º', '.ª', '.º'], words: ['edición', 'ed']},
  {lang: 'it', example: '2ª edizione', ordinals: ['a', 'o', 'ª', 'º'], words: ['edizione', 'ed']},
  {lang: 'pt', example: '2º edição', ordinals: ['a', 'o', 'ª', 'º'], words: ['edição', 'ed']}
]

/**
 * `EDITIONS` as a pattern (flags `iu`): the number (group 1), its ordinal's
 * ending, then the word, required or not (`word`), and its period.
 */
export function editionPattern(word: 'required' | 'optional'): string {
  const ordinal = alternation([...new Set(EDITIONS.flatMap((e) => e.ordinals))])
  const words = alternation(EDITIONS.flatMap((e) => e.words))
  return `(\\d+)\\s*(?:${ordinal})?\\s*(?:${words})${word === 'optional' ? '?' : ''}\\.?`
}

/**
 * The word that says a program's version, by language, before its number
 * (`version 4.3`, `versión 2.3.1`, `Version 2.0`), and its abbreviation `v`
 * (`v. 1.2`, `v1.2.3`), which says a version only before a dotted number
 * (`v. 12` is a verse, `v. 2` a volume). Matched without regard to case:
 * `VERSION` below.
 */
export const VERSIONS: ReadonlyArray<{lang: string; example: string; words: readonly string[]; abbreviations: readonly string[]}> = [
  {lang: 'en, fr, de', example: 'version 4.3', words: ['version'], abbreviations: ['v']},
  {lang: 'es', example: 'versión 2.3.1', words: ['versión'], abbreviations: []},
  {lang: 'it', example: 'versione 1.0', words: ['versione'], abbreviations: []},
  {lang: 'pt', example: 'versão 2.1', words: ['versão'], abbreviations: []}
]

/**
 * `VERSIONS` as a pattern (flags `iu`): a version word and its number (group
 * 1), or an abbreviation and its dotted number (group 2).
 */
export const VERSION = `\\b(?:(?:${alternation(VERSIONS.flatMap((v) => v.words))})\\s*(\\d+(?:\\.\\d+)*[\\w.-]*)|(?:${alternation(VERSIONS.flatMap((v) => v.abbreviations))})\\.?\\s*(\\d+\\.\\d+(?:\\.\\d+)*[\\w-]*))`

/**
 * The word that joins a contribution to the work it is in, by language
 * (`Fulcher, “Shifting the Paradigm,” in Victoria Johnson …`, `Frank, Lisa:
 * Typhus. In: Beiträge …`, `dans`, `en`, `nel`). The readers take them as
 * written in lower case, or capitalised too (`containerJoins`).
 */
export const CONTAINER_JOINS: ReadonlyArray<{lang: string; example: string; words: readonly string[]}> = [
  {lang: 'en, de', example: 'Irene Tinker, “Gender,” in Persistent Inequalities', words: ['in']},
  {lang: 'de', example: 'Anna Berg, „Die Stadt“, im Jahrbuch für Stadtgeschichte', words: ['im']},
  {lang: 'fr', example: 'Jean Dupont, « La ville », dans Histoire urbaine', words: ['dans']},
  {lang: 'es', example: 'Ana García, «La ciudad», en Historia urbana', words: ['en']},
  {lang: 'it', example: 'Giovanni Rossi, «La città», nel volume Storia urbana', words: ['nel', 'nella']},
  {lang: 'pt', example: 'Ana Silva, “A cidade”, em História urbana', words: ['em']}
]

/** `CONTAINER_JOINS` as a regular-expression alternation, longest first: in lower case, or capitalised too (`In`, `Dans`). */
export function containerJoins(capitalised: boolean, except: readonly string[] = []): string {
  const words = CONTAINER_JOINS.flatMap((j) => j.words).filter((w) => !except.includes(w))
  return alternation(capitalised ? [...words, ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))] : words)
}

/** The marks of one row of `ROLE_MARKS` as written after the names: abbreviations with their period, then phrases (`eds.`, `a cura di`). */
export function roleMarksWritten(lang: string, role: RoleMarks['role']): string[] {
  return ROLE_MARKS.filter((r) => r.lang === lang && r.role === role).flatMap((r) => [...r.marks.map((m) => `${m}.`), ...r.phrases])
}

/** Words that mark a name as an organisation (matched on words, lower case). */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  (
    'department ministry committee agency bureau section office council embassy commission institute university ' +
    'center centre association society party government archives archive library museum league academy press ' +
    'foundation union team group project organization organisation corporation company inc. ltd. co. board ' +
    'service services division branch consulate administration congress assembly court bank news staff ' +
    "weiyuanhui yanjiushi yanjiusuo dang’anguan dang'anguan dang’anju dang'anju diwei shengwei zhongyang bianjibu " +
    'chubanshe xiaozu zu ju bu shi libraries census ' +
    'commissioners trustees governors conservancy trust authority directorate secretariat lab labs laboratory laboratories business projects consortium docs gmbh ' +
    'orthodox catholic patriarchate diocese archdiocese synod'
  ).split(' ')
)

/** Words that mark a place as an archive (matched on words, lower case), and well-known archive abbreviations. */
export const ARCHIVE_WORDS: ReadonlySet<string> = new Set(
  "archives archive archiv archivo archivio archief arkhiv dang’anguan dang'anguan dang’anju records papers collection library manuscripts".split(' ')
)
export const ARCHIVE_ABBREVIATIONS: ReadonlySet<string> = new Set('CFMA RGASPI AVPRF GARF RGANI RGAE TsAMO KTS MOL NARA PRO TNA AMAE BArch SAPMO PAAA AAN AMZV NA BA PA-AA APRF CWIHP'.split(' '))

/** Name particles kept inside a family name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'du',
  'des',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'la',
  'le',
  'ter',
  'ten',
  'zu',
  'bin',
  'ibn',
  'al',
  'el',
  'dos',
  'das',
  'zur',
  'zum',
  'vom',
  'dei',
  'degli',
  'delle',
  'dello',
  'dal',
  'dalla',
  'op'
])

/**
 * Particles that, written with a capital inside a name, are part of the
 * family name (`Giovanni Di Stefano`, `Jean de La Fontaine`, `Della Rosa,
 * Anna`, Irish `Seán Ó Faoláin`, `Mac`/`Mc` written apart), lower case.
 */
export const FAMILY_PREFIXES: ReadonlySet<string> = new Set('di de del della dei degli delle dello dal dalla da lo la le van von ten ter du des dos das mac mc ó ní nic ua uí st. san santa'.split(' '))

/**
 * Name-list words beyond ORG_WORDS that mark an organisation (fr, de, es, it,
 * nl, pt), lower case, and endings of German compounds that do
 * (`Statistisches Bundesamt`, `Bundesministerium für Bildung`).
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  (
    'ministère ministerio ministero ministerie ministério institut instituto istituto instituut université universidad università universiteit universidade ' +
    'commission comisión commissione commissie comissão conseil consejo consiglio conselho agence agencia agenzia agência oficina ufficio ' +
    'département departamento dipartimento departement société sociedad società sociedade genootschap vereniging stichting fondation fundación fondazione fundação ' +
    'centro zentrum centrum regierung gobierno governo gouvernement regering parlament parlement parlamento senat senate senado senato nations ' +
    'collaboration consortium network federation fédération federación federazione redaktion rédaction redazione redacción redactie ' +
    'verlag éditions edizioni ediciones uitgeverij tribunal assemblée asamblea assemblea organización organizzazione organização academia accademia académie'
  ).split(' ')
)
export const ORG_STEMS: readonly string[] = [
  'amt',
  'ministerium',
  'institut',
  'verband',
  'gesellschaft',
  'verein',
  'stiftung',
  'behörde',
  'anstalt',
  'kommission',
  'akademie',
  'bibliothek',
  'archiv',
  'universität',
  'hochschule',
  'zentrum',
  'zentrale',
  'kammer',
  'gericht',
  'verlag',
  'regierung',
  'bundestag',
  'werke',
  'gemeinschaft',
  'vereinigung',
  'agentur',
  'ausschuss',
  'konferenz',
  'dienst'
]

/**
 * Abbreviations that keep their period where a reader drops a final one, by
 * kind, as written (matched with their case): the end of a citation
 * (`trimEnd`, segment.ts), a field's value (`cleanValue`) and a span the
 * model ended before the period (`spanText`, read-citation.ts) each keep
 * the kinds they name (`keptPeriods`). An initial (`J.`) is the readers'
 * own pattern.
 */
export const KEPT_PERIODS: ReadonlyArray<{kind: string; example: string; words: readonly string[]}> = [
  {kind: 'back-reference', example: 'Ibid.', words: ['Ibid', 'ibid', 'Ibidem', 'ibidem', 'Ebd', 'ebd', 'Id', 'id', 'cit']},
  {kind: 'role mark', example: 'Victoria Johnson and Thomas Ertman, eds.', words: [...ROLE_MARKS.flatMap((r) => r.marks), 'hrsg']},
  {kind: 'et al.', example: 'Xu Mingxun et al.', words: ['al']},
  {kind: 'no date', example: 'Smith, Ledger Towns, n.d.', words: ['n.d', 's.d', 'o.J']},
  {kind: 'following pages', example: 'S. 12 ff.', words: ['f', 'ff', 'sq', 'sqq', 'seq']},
  {kind: 'etc.', example: 'maps, charts, etc.', words: ['etc']},
  {kind: 'company', example: 'Macmillan & Co.', words: ['Inc', 'Ltd', 'Co']},
  {kind: 'name suffix', example: 'King, Martin Luther, Jr.', words: ['Jr', 'Sr']},
  {kind: 'saint', example: 'Church of the Holy Cross, St.', words: ['St']},
  {kind: 'numbering', example: 'Storia di Venezia, vol.', words: ['vol', 'no', 'Nr']},
  {kind: 'circa', example: 'Letter of 1750 ca.', words: ['ca', 'c']},
  {kind: 'thesis', example: 'Die Stadt, Diss.', words: ['diss', 'Diss']}
]

/** The words of the `KEPT_PERIODS` rows of these kinds as a regular-expression alternation (without the period), longest first. */
export function keptPeriods(kinds: readonly string[]): string {
  return alternation(KEPT_PERIODS.filter((k) => kinds.includes(k.kind)).flatMap((k) => k.words))
}

/**
 * The words that announce the abbreviation an author will use for an archive
 * after its full name, by language: `(hereafter CFMA)`, `(im Folgenden:
 * StAK)`, `(ci-après AN)`, `(en adelante, AMV)`, `(d’ora in poi ASV)`.
 */
export const ANNOUNCEMENTS: readonly string[] = [
  'hereafter cited as',
  'hereafter',
  'hereinafter',
  'henceforth',
  'im Folgenden',
  'künftig',
  'fortan',
  'ci-après',
  'désormais',
  'de aquí en adelante',
  'en adelante',
  'en lo sucesivo',
  'd’ora in poi',
  "d'ora in poi",
  'd’ora in avanti',
  "d'ora in avanti",
  'di seguito'
]

/** `ANNOUNCEMENTS` as a regular-expression alternation, longest first. */
export const ANNOUNCEMENT = [...ANNOUNCEMENTS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')

/**
 * Quotation marks: each opening mark with the marks that close it (any one
 * of them, the usual one first), by the languages that write it. The readers
 * take what they need from it: the marks that close an opening mark
 * (`closingMarks`), where the quotation ends (`closingAt`), and every mark
 * as a list or a character class (`quotationMarks`, `quotationClass`). A
 * mark that is also an apostrophe (`'s-Hertogenbosch`, `Jones'`, `Col.
 * 154'`) is marked so: where a reader would take it alone for a quotation
 * (a value unwrapped on one side only, a quotation after a citation's end),
 * it leaves it out.
 */
export interface QuotationMark {
  lang: string
  example: string
  open: string
  close: string
  apostrophe?: true
}

export const QUOTATION_MARKS: readonly QuotationMark[] = [
  {lang: 'en, es, pt, it', example: '“Ledger Towns,”', open: '“', close: '”'},
  {lang: 'en', example: '‘Ledger Towns,’', open: '‘', close: '’'},
  {lang: 'fr, it, es, pt, ru', example: '« La ville »', open: '«', close: '»'},
  {lang: 'fr', example: '‹ La ville ›', open: '‹', close: '›'},
  {lang: 'de (books), da', example: '»Die Stadt«', open: '»', close: '«'},
  {lang: 'de (“); pl, ro, hu, nl (”)', example: '„Die Stadt“', open: '„', close: '“”'},
  {lang: 'de (‘); pl, ro (’)', example: '‚Die Stadt‘', open: '‚', close: '‘’'},
  {lang: 'typewriter', example: '"Ledger Towns"', open: '"', close: '"'},
  {lang: 'typewriter', example: "'Ledger Towns'", open: "'", close: "'", apostrophe: true},
  {lang: 'zh, ja', example: '「城市」', open: '「', close: '」'},
  {lang: 'zh, ja', example: '『城市』', open: '『', close: '』'}
]

/**
 * The marks that close the opening mark `open` (each one closes it, the usual
 * one first), or undefined when it opens no quotation (or, with `apostrophes:
 * false`, is also an apostrophe).
 */
export function closingMarks(open: string, apostrophes = true): string | undefined {
  return QUOTATION_MARKS.find((q) => q.open === open && (apostrophes || !q.apostrophe))?.close
}

/** Where, at `from` or after it, the quotation `open` opened closes: the first of its closing marks, or -1. */
export function closingAt(text: string, open: string, from: number, apostrophes = true): number {
  const close = closingMarks(open, apostrophes) ?? ''
  for (let i = from; i < text.length; i++) if (close.includes(text[i]!)) return i
  return -1
}

/**
 * The quotation marks, opening (`'open'`), closing (`'close'`) or both, each
 * once; with `apostrophes: false`, without the marks that are also
 * apostrophes.
 */
export function quotationMarks(which: 'open' | 'close' | 'both', apostrophes = true): string[] {
  const rows = QUOTATION_MARKS.filter((q) => apostrophes || !q.apostrophe)
  return [...new Set(rows.flatMap((q) => [...(which === 'close' ? '' : q.open), ...(which === 'open' ? '' : q.close)]))]
}

/** `quotationMarks` as a regular-expression character class (`[“‘«…]`). */
export function quotationClass(which: 'open' | 'close' | 'both', apostrophes = true): string {
  return `[${quotationMarks(which, apostrophes).map(escapeRegExp).join('')}]`
}

/**
 * Common given names of the Spanish-speaking world, folded (no accents, lower
 * case): in a Spanish note, a capitalised word between a given name and the
 * family name that is not one of these is a first family name (`Carlos
 * Garriga Acosta`), one that is stays a given name (`Juan Carlos Pérez`).
 */
export const SPANISH_GIVEN_NAMES: ReadonlySet<string> = new Set(
  'adolfo adrian agustin alberto alejandro alfonso alfredo alicia alvaro amalia ana andres angel angela angeles anibal antonia antonio armando arturo aurora beatriz belen benito bernardo blanca camilo carla carlos carlota carmen carolina catalina cecilia celia cesar clara claudia concepcion consuelo cristina cristobal daniel david diana diego dolores domingo eduardo elena elisa elvira emilio emma enrique esteban eugenia eugenio eva federico felipe fernanda fernando florencia francisca francisco gabriel gabriela gaspar gerardo german gloria gonzalo graciela guadalupe guillermo gustavo hector hernan hugo ignacio ines inmaculada irene isabel ismael jaime javier jesus joaquin jorge jose josefa josefina juan juana julia julian julio laura leonor lorenzo lourdes lucia luis luisa manuel manuela marcela marcelo marco margarita maria mariana mario marta martin mateo mercedes miguel milagros monica nicolas norma octavio olga oscar pablo paloma patricia paula pedro pilar rafael ramon raquel raul rebeca ricardo roberto rocio rodrigo rosa rosario ruben salvador samuel santiago sara sebastian sergio silvia sofia soledad susana teresa tomas valentina vicente victor victoria virginia'.split(
    ' '
  )
)

/**
 * Common given names of German, English, French and Italian speakers, folded
 * (no accents, lower case), with SPANISH_GIVEN_NAMES: a name written family
 * first with no comma, as Swiss and Austrian notes write them (`Forstmoser
 * Peter / Ogorek Regina`), is told by its last word being one of these and
 * its first not.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...SPANISH_GIVEN_NAMES,
  ...// de
  (
    'peter hans klaus jurgen wolfgang michael andreas stefan stephan markus christian bernd uwe dieter gunter gunther gerhard helmut heinz horst werner manfred karl kurt rolf walter wilhelm friedrich heinrich hermann ernst otto georg josef johann johannes jan jens jorg lars lukas matthias maximilian moritz niklas nils oliver philipp ralf reinhard rudolf sven tobias torsten ulrich volker benjamin florian felix fabian jonas kai kaspar rainer reto beat urs ueli bernhard egon erich franz fritz gustav hubert konrad lorenz ludwig norbert oskar roland siegfried theodor axel carsten dirk holger ingo jochen knut mathias nikolaus thorsten anton alois hannes beate bettina dagmar gudrun hannelore ilse irmgard johanna jutta marianne sigrid waltraud annette antje britta carola cornelia dorothea edith erika gertrud hedwig hildegard inge iris klara luise margarete mechthild nina regine rosemarie tanja ulrike vera wiebke regina andrea angelika anja barbara birgit brigitte christa christina doris elisabeth gabriele gisela heike helga ingrid jana karin katharina kerstin lena marie martina monika nicole petra renate sabine sandra sarah silke simone sonja stefanie susanne ursula ute verena corinne daniela franziska malte sonke benedikt hendrik henrik timo tim jakob elias emil jannik patrick sascha marcel rene heiko bjorn arne gerd gert wolfram detlef eckhard hartmut joachim lothar rudiger winfried ottmar ekkehard hans-jurgen karl-heinz hans-peter wulf ida lotte marlene lisa laura julia anna annika mareike merle svenja wibke frauke imke insa stine hanna hannah ' +
    // en
    'dan daniel tom ed bob bill jim jimmy joe mike sam ben matt nick chris pete steve greg jeff doug roger stuart ian nigel derek trevor clive alan alastair rupert toby oliver harry jake liam ethan caleb isaac connor emily emma olivia sophia ava mia abigail madison chloe hannah natalie zoe amy rachel rebecca katherine catherine kate lucy alice claire susan karen nancy betty helen sandra donna carol sharon michelle laura kimberly deborah jessica melissa stephanie dorothy amanda ashley judith janet joyce virginia heather diane julie joan evelyn cheryl megan andrea ' +
    'john robert william david richard charles christopher matthew anthony mark donald steven andrew joshua kenneth kevin brian edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan justin brandon samuel alexander patrick jack jerry tyler aaron adam nathan zachary kyle harold jeremy ethan keith roger gerald terry sean austin noah jesse joe bryan billy albert dylan willie alan logan randy bobby johnny bradley mary jennifer linda elizabeth susan jessica karen nancy lisa betty margaret ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon cynthia kathleen amy shirley helen anna brenda pamela samantha katherine christine debra rachel catherine carolyn janet ruth heather diane julie joyce olivia kelly lauren joan evelyn judith megan cheryl hannah martha jacqueline frances janice jean alice abigail judy grace denise amber marilyn beverly danielle theresa sophia natalie isabella charlotte alexis ' +
    'luke curtis craig neil colin graham gordon wesley shane brett glenn troy todd chad carl earl fred frederick lloyd leonard marcus oscar percy quentin reginald stanley vernon victor wilfred wilfrid alfred ernest herbert hugh hugo julian miles nathaniel neville owen rodney seth sidney agnes beatrice caroline cecilia clara constance diana eleanor eliza ellen esther florence harriet irene isabel jane joanna josephine louisa lydia mabel maria marian matilda maud miriam naomi phyllis priscilla rosa rose sophie stella sylvia violet winifred ' +
    // fr
    'pierre michel philippe alain jacques francois christophe frederic stephane sebastien julien marc thierry yves luc andre henri anne isabelle sophie nathalie sylvie francoise martine monique valerie sandrine celine helene genevieve ' +
    // it
    'giovanni giuseppe mario luigi francesco angelo vincenzo pietro salvatore carlo franco domenico bruno paolo michele giorgio aldo luciano alessandro stefano massimo giuseppina giovanna carmela caterina francesca chiara paola federica'
  ).split(' ')
])

/**
 * Given names that are also common family names (`Dylan Thomas`, `Rand
 * Paul`, `Jean-Claude Bernard`): written last, they do not tell a name
 * written family first.
 */
export const FAMILY_NAMES_TOO: ReadonlySet<string> = new Set(
  'thomas james martin paul henry george lewis scott simon francis howard arthur lawrence allen russell wayne douglas dennis bruce roy ralph raymond vincent louis philip bernard laurent gregory stephen jordan frank joseph daniel eugene gabriel jean marie claude john anthony david richard edward mark samuel albert harold kelly walter werner otto ernst hermann kurt wolf franz lorenz konrad ludwig'.split(
    ' '
  )
)
