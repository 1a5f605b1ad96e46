/**
 * Personal and corporate names as CSL-JSON name objects, in several naming
 * traditions: particles (`van der`, `von`, `de la`, `Di`, `Meyer zu`),
 * suffixes, initials, hyphenated and double given names, double family names,
 * East Asian names written family name first, organizations as `literal`.
 */
import type {Rng} from './rng.js'
import {COMPOUND_FAMILIES, LANGS, NAMES, ORGANIZATIONS, PARTICLE_FAMILIES, SUFFIXES, type Lang, type NameOrigin, type PoolOrigin} from './vocab.js'

export interface CslName {
  family?: string
  given?: string
  literal?: string
  'non-dropping-particle'?: string
  'dropping-particle'?: string
  suffix?: string
  'static-ordering'?: boolean
}

export type Gender = 'male' | 'female'

export interface Person {
  name: CslName
  gender: Gender
}

/** Where the names of a document's authors come from, given the document's language. */
export function nameOrigin(rng: Rng, lang: Lang): NameOrigin {
  return rng.weighted<NameOrigin>([
    [lang, 60],
    ['en', lang === 'en' ? 0 : 14],
    ['de', 5],
    ['fr', 5],
    ['it', 5],
    ['es', 5],
    ['nl', 3],
    ['eastAsian', 5],
    ['ru', 1]
  ])
}

const EAST_ASIAN: readonly PoolOrigin[] = ['zh', 'ko', 'ja']
const FAMILY_FIRST = new Set<NameOrigin>(EAST_ASIAN)
const isLang = (origin: NameOrigin): origin is Lang => (LANGS as readonly string[]).includes(origin)

function givenName(rng: Rng, origin: PoolOrigin, gender: Gender): string {
  const pool = NAMES[origin][gender]
  const first = rng.pick(pool)
  if ((isLang(origin) || origin === 'nl') && !first.includes(' ') && !first.includes('-') && rng.chance(0.1)) {
    const second = rng.pick(pool)
    if (second !== first && !second.includes(' ')) return `${first} ${second}`
  }
  return first
}

/** `Hans Peter` → `H. P.`, `Jean-Paul` → `J.-P.` */
export function initials(given: string): string {
  return given
    .split(' ')
    .map((word) => word.split('-').map((part) => `${part.charAt(0)}.`).join('-'))
    .join(' ')
}

function familyName(rng: Rng, origin: PoolOrigin): Pick<CslName, 'family' | 'non-dropping-particle' | 'dropping-particle'> {
  const particleOrigin = isLang(origin) || origin === 'nl' ? origin : undefined
  if (particleOrigin !== undefined && rng.chance(particleOrigin === 'nl' ? 0.6 : 0.07)) {
    const entry = rng.pick(PARTICLE_FAMILIES[particleOrigin])
    if (entry.kind === 'in-family') return {family: `${entry.particle} ${entry.family}`}
    return {family: entry.family, [entry.kind]: entry.particle}
  }
  if (isLang(origin) && rng.chance(origin === 'es' ? 0.25 : 0.04)) {
    return {family: rng.pick(COMPOUND_FAMILIES[origin])}
  }
  return {family: rng.pick(NAMES[origin].family)}
}

/** Russian family names take the feminine form for women (`Ivanova`, `Tikhvinskaia`). */
function russianFamily(family: string, gender: Gender): string {
  if (gender === 'male') return family
  if (/skii$/.test(family)) return family.replace(/skii$/, 'skaia')
  if (/(?:ov|ev|in)$/.test(family)) return `${family}a`
  return family
}

/**
 * Romanized Chinese, Korean and Japanese names: mostly family name first
 * without a comma (`Sun Chunri`: as a literal or with `static-ordering`),
 * some in Western order (`Danhui Li`, `Chae-Jin Lee`).
 */
function eastAsianPerson(rng: Rng, origin: PoolOrigin, gender: Gender): Person {
  const family = rng.pick(NAMES[origin].family)
  const given = rng.pick(NAMES[origin][gender])
  const name: CslName = rng.weighted<CslName>([
    [{literal: `${family} ${given}`}, 40],
    [{family, given, 'static-ordering': true}, 35],
    [{family, given}, 25]
  ])
  return {name, gender}
}

export function makePerson(rng: Rng, requested: NameOrigin): Person {
  const gender: Gender = rng.chance(0.5) ? 'male' : 'female'
  const origin: PoolOrigin = requested === 'eastAsian' ? rng.pick(EAST_ASIAN) : requested
  if (FAMILY_FIRST.has(origin)) return eastAsianPerson(rng, origin, gender)
  if (origin === 'ru') return {name: {family: russianFamily(rng.pick(NAMES.ru.family), gender), given: rng.chance(0.08) ? initials(rng.pick(NAMES.ru[gender])) : rng.pick(NAMES.ru[gender])}, gender}
  const given = givenName(rng, origin, gender)
  const name: CslName = {...familyName(rng, origin), given: rng.chance(0.06) ? initials(given) : given}
  if (origin === 'en' && gender === 'male' && rng.chance(0.04)) name.suffix = rng.pick(SUFFIXES)
  return {name, gender}
}

export function makeOrganization(rng: Rng, lang: Lang): Person {
  return {name: {literal: rng.pick(ORGANIZATIONS[lang])}, gender: 'female'}
}

/** How many authors a work has: mostly one or two, sometimes enough to trigger `et al.`. */
export function authorCount(rng: Rng): number {
  return rng.weighted([
    [1, 62],
    [2, 20],
    [3, 9],
    [4, 4],
    [5, 2],
    [6, 1],
    [rng.int(7, 12), 2]
  ])
}

export function makePeople(rng: Rng, lang: Lang, count: number): Person[] {
  const people: Person[] = []
  for (let index = 0; index < count; index++) people.push(makePerson(rng, nameOrigin(rng, lang)))
  return people
}

/** Every string by which a name may show up in a rendering: family, particles, given names, initials, literal. */
export function nameNeedles(name: CslName): string[] {
  const needles: string[] = []
  if (name.literal !== undefined) needles.push(name.literal, ...name.literal.split(' ').filter((word) => word.length > 2))
  if (name.family !== undefined) needles.push(name.family, ...name.family.split(/[ -]/).filter((word) => word.length > 2))
  const particles = [name['non-dropping-particle'], name['dropping-particle']].filter((value) => value !== undefined)
  for (const particle of particles) {
    if (name.family !== undefined) needles.push(`${particle} ${name.family}`)
    if (name.given !== undefined) needles.push(`${name.given} ${particle}`)
  }
  if (name.given !== undefined) needles.push(name.given, ...name.given.split(/[ -]/).filter((word) => word.length > 1 && !word.endsWith('.')))
  if (name.suffix !== undefined) needles.push(name.suffix.replace(/\.$/, ''))
  return needles
}

/** The initials of a name's given names (`H`, `P`), matched case-sensitively as whole letters. */
export function nameInitials(name: CslName): string[] {
  if (name.given === undefined) return []
  return name.given.split(/[ -]/).map((part) => part.charAt(0)).filter((letter) => /\p{Lu}/u.test(letter))
}
