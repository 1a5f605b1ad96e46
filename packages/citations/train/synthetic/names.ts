/**
 * Personal and corporate names as CSL-JSON name objects, in several naming
 * traditions: particles (`van der`, `von`, `de la`, `Di`, `Meyer zu`),
 * suffixes, initials, hyphenated and double given names, double family names
 * (Spanish and Portuguese two surnames: `García López`, `de la Vega Martín`,
 * `Ferreira da Silva`), East Asian names written family name first,
 * organizations as `literal`.
 */
import type {CslName} from '@octavo/tree'
import type {Rng} from './rng.js'
import {COMPOUND_FAMILIES, LANGS, NAMES, ORGANIZATIONS, PARTICLE_FAMILIES, PARTICLE_SURNAMES, SUFFIXES, type Lang, type NameOrigin, type PoolOrigin} from './vocab.js'

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
    ['pt', lang === 'es' ? 4 : 1],
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
  if ((isLang(origin) || origin === 'nl' || origin === 'pt') && !first.includes(' ') && !first.includes('-') && rng.chance(0.1)) {
    const second = rng.pick(pool)
    if (second !== first && !second.includes(' ')) return `${first} ${second}`
  }
  return first
}

/** `Hans Peter` → `H. P.`, `Jean-Paul` → `J.-P.` */
export function initials(given: string): string {
  return given
    .split(' ')
    .map((word) =>
      word
        .split('-')
        .map((part) => `${part.charAt(0)}.`)
        .join('-')
    )
    .join(' ')
}

/**
 * Spanish and Portuguese family names: mostly two surnames (`García López`,
 * `Ferreira da Silva`), some with a particle inside (`García de la Torre`) or
 * in front (`de la Vega Martín`, as part of the family name or as a
 * non-dropping particle: citeproc-js prints both in full, lower case).
 */
function iberianFamily(rng: Rng, origin: 'es' | 'pt'): Pick<CslName, 'family' | 'non-dropping-particle' | 'dropping-particle'> {
  const plain = (): string => rng.pick(NAMES[origin].family)
  const particled = (): string => rng.pick(PARTICLE_SURNAMES[origin])
  const shape = rng.weighted<'double' | 'particleInside' | 'particleFirst' | 'particleAttribute' | 'single' | 'listed'>(
    origin === 'es'
      ? [
          ['double', 52],
          ['particleInside', 8],
          ['particleFirst', 4],
          ['particleAttribute', 3],
          ['single', 26],
          ['listed', 7]
        ]
      : [
          ['double', 30],
          ['particleInside', 25],
          ['particleFirst', 0],
          ['particleAttribute', 0],
          ['single', 45],
          ['listed', 0]
        ]
  )
  const first = plain()
  let second = plain()
  if (second === first) second = plain()
  switch (shape) {
    case 'double':
      return {family: `${first} ${second}`}
    case 'particleInside':
      return {family: `${first} ${particled()}`}
    case 'particleFirst':
      return {family: `${particled()} ${first}`}
    case 'particleAttribute': {
      // `de la Vega` + `Martín` → particle `de la`, family `Vega Martín`.
      const words = particled().split(' ')
      const cut = Math.max(
        1,
        words.findIndex((word) => /^\p{Lu}/u.test(word))
      )
      return {'non-dropping-particle': words.slice(0, cut).join(' '), family: `${words.slice(cut).join(' ')} ${first}`}
    }
    case 'single':
      return {family: first}
    case 'listed': {
      if (rng.chance(0.5)) return {family: rng.pick(COMPOUND_FAMILIES.es)}
      const entry = rng.pick(PARTICLE_FAMILIES.es)
      return entry.kind === 'in-family' ? {family: `${entry.particle} ${entry.family}`} : {family: entry.family, [entry.kind]: entry.particle}
    }
  }
}

function familyName(rng: Rng, origin: PoolOrigin): Pick<CslName, 'family' | 'non-dropping-particle' | 'dropping-particle'> {
  if (origin === 'es' || origin === 'pt') return iberianFamily(rng, origin)
  const particleOrigin = isLang(origin) || origin === 'nl' ? origin : undefined
  if (particleOrigin !== undefined && rng.chance(particleOrigin === 'nl' ? 0.6 : 0.07)) {
    const entry = rng.pick(PARTICLE_FAMILIES[particleOrigin])
    if (entry.kind === 'in-family') return {family: `${entry.particle} ${entry.family}`}
    return {family: entry.family, [entry.kind]: entry.particle}
  }
  if (isLang(origin) && rng.chance(0.04)) {
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
  return name.given
    .split(/[ -]/)
    .map((part) => part.charAt(0))
    .filter((letter) => /\p{Lu}/u.test(letter))
}
