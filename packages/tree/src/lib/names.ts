/**
 * One name parser: a person's name as written (`Sun Chunri`, `Laramée,
 * François`, `Ludwig van Beethoven`) into a CSL name, the same in the
 * metadata (front matter, `.meta.yaml`, a plain-text byline), in the notes and
 * so in the bibliography. Chinese and Korean names written family first are
 * read family first (`Sun Chunri` is Sun, Chunri, as the real article's notes
 * write him); written given name first they are read so (`Zhihua Shen` is
 * Shen, Zhihua, as the same article writes him in English); every other name
 * is read by `@citation-js/name` (particles, suffixes, `Family, Given`). The
 * order as written is not kept: CSL-JSON has no field for it, and names are
 * printed given name first as citeproc prints them (`Chunri Sun`; see
 * `packages/citations/test/NOTES.md`).
 */
import citeName from '@citation-js/name'
import type {CslName} from './types.js'

/** Lower case without accents (`Lü` → `lu`), for looking words up in the tables below. */
export function fold(s: string): string {
  // eslint-disable-next-line no-control-regex
  return (/[^\x00-\x7f]/.test(s) ? s.normalize('NFKD').replace(/\p{M}/gu, '') : s).toLowerCase()
}

/** Common Chinese (pinyin) and Korean (romanised) family names, folded. */
export const EAST_ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set(
  (
    'an ai bai ban bao bei bi bian cai cao cen chai chang chen cheng chi chu cui dai deng di ding dong du duan fan fang fei feng fu gao ge geng gong gu guan guo ' +
    'han hao he hong hou hu hua huang ji jia jiang jin kang kong kuang lai lan lang lei li lian liang liao lin ling liu long lou lu luo lü lv ma mao mei meng mi miao mo mu ' +
    'ni nie niu ou pan pang pei peng piao pu qi qian qiao qin qiu qu quan ren rong ruan shao shen sheng shi shu song su sun tan tang tao teng tian tong wan wang wei wen weng wu ' +
    'xi xia xiang xiao xie xin xing xiong xu xue yan yang yao ye yi yin ying you yu yuan yue yun zeng zhai zhan zhang zhao zheng zhong zhou zhu zhuang zou zuo ' +
    'ouyang sima zhuge situ shangguan ' +
    'kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh shin sin seo suh kwon hwang ahn jeon chun hong ko go moon mun son yang bae baek paek ' +
    'heo ho yoo ryu nam noh roh ha jin cha chae ku koo woo won min ra'
  ).split(' ')
)

const INITIAL = /^(\p{Lu}\.)+(-\p{Lu}\.)?$/u

function isEastAsianFamily(word: string): boolean {
  return EAST_ASIAN_FAMILY_NAMES.has(fold(word))
}

/**
 * Chinese and Korean names written family first (`Sun Chunri`, `Kim Il Sung`,
 * `Park Chung-hee`): a known family name first, followed by romanised
 * syllables only (so `Lee Smith`, `Jo March` stay in Western order), or two
 * romanised syllable groups where the last is no family name (`Che Zhejiu`).
 * A hyphenated first word or an initial means Western order (`Chae-Jin Lee`).
 */
export function familyFirst(words: readonly string[]): boolean {
  const first = words[0]
  const last = words[words.length - 1]
  if (first === undefined || last === undefined || words.length < 2) return false
  if (first.includes('-') || words.some((w) => INITIAL.test(w))) return false
  if (isEastAsianFamily(first)) return words.slice(1).every(isRomanised)
  // An unlisted family name is one syllable (`Che Zhejiu`; not `Luca Bianchi`, `Marie Curie`).
  return words.length === 2 && PINYIN_SYLLABLE.test(fold(first)) && isPinyin(last) && !isEastAsianFamily(last)
}

/** Syllables of romanised Chinese or Korean (pinyin, Wade–Giles, Revised and McCune–Reischauer): an onset, a vowel group, a coda. */
const SYLLABLES = /^(?:(?:tch|ch|sh|zh|ts|tz|hs|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstwxyz])?[wy]?[aeiou]{1,3}(?:ng|n|m|l|k|p|t)?|er)+$/

/** A given name made of romanised syllables (`Chunri`, `Il`, `Chung-hee`, `Tse-tung`), not `Smith`. */
function isRomanised(word: string): boolean {
  return fold(word)
    .replace(/['’]/g, '')
    .split('-')
    .every((part) => SYLLABLES.test(part))
}

/** One pinyin syllable: an initial and a final. */
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ue|ui|a|o|e|i|u|ü|v)'
const PINYIN_SYLLABLE = new RegExp(`^${SYLLABLE}$`)
const PINYIN = new RegExp(`^(?:${SYLLABLE}(?![aeiou])){1,3}$`)

/** A word made of romanised Chinese syllables (`Zhejiu`, `Chunri`). */
export function isPinyin(word: string): boolean {
  return PINYIN.test(fold(word))
}

const NAME_FIELDS = ['family', 'given', 'literal', 'non-dropping-particle', 'dropping-particle', 'suffix'] as const

/**
 * A person's name as written, into a CSL name: family first for a Chinese or
 * Korean name written so (`familyFirst`), else as `@citation-js/name` reads
 * it. Whitespace is collapsed; the caller decides what a single word is
 * (the metadata makes it a `literal`, the notes reader a family name).
 */
export function parseName(text: string): CslName {
  const trimmed = text.trim().replace(/\s+/g, ' ')
  const words = trimmed.split(' ')
  if (!trimmed.includes(',') && familyFirst(words)) return {family: words[0]!, given: words.slice(1).join(' ')}
  const name = citeName.parse(trimmed)
  const result: CslName = {}
  for (const field of NAME_FIELDS) if (typeof name[field] === 'string' && name[field] !== '') result[field] = name[field]
  return result
}

/** The rule's cases, each with the name it exists for (a test reads every one, and the real article's). */
export const NAME_CASES: ReadonlyArray<{name: string; text: string; parsed: CslName}> = [
  {name: 'a Chinese name, family first (the real article: Sun Chunri, note 3)', text: 'Sun Chunri', parsed: {family: 'Sun', given: 'Chunri'}},
  {name: 'a Chinese name, family first (the article’s author, citing his Chinese work)', text: 'Shen Zhihua', parsed: {family: 'Shen', given: 'Zhihua'}},
  {name: 'the same name given name first (the article’s author, citing his English work)', text: 'Zhihua Shen', parsed: {family: 'Shen', given: 'Zhihua'}},
  {name: 'a Korean name, family first, two given syllables', text: 'Kim Il Sung', parsed: {family: 'Kim', given: 'Il Sung'}},
  {name: 'a Korean name, hyphenated given name', text: 'Park Chung-hee', parsed: {family: 'Park', given: 'Chung-hee'}},
  {name: 'an unlisted one-syllable family name before a pinyin given name', text: 'Che Zhejiu', parsed: {family: 'Che', given: 'Zhejiu'}},
  {name: 'a hyphenated first word: Western order', text: 'Chae-Jin Lee', parsed: {family: 'Lee', given: 'Chae-Jin'}},
  {name: 'a listed family name before a word no romanisation makes: Western order', text: 'Lee Smith', parsed: {family: 'Smith', given: 'Lee'}},
  {name: 'a comma: family first as written', text: 'Laramée, François', parsed: {family: 'Laramée', given: 'François'}},
  {name: 'a Western name', text: 'François Dominic Laramée', parsed: {family: 'Laramée', given: 'François Dominic'}},
  {name: 'a particle (citation-js)', text: 'Ludwig van Beethoven', parsed: {family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van'}},
  {name: 'two Western words that look like syllables', text: 'Luca Bianchi', parsed: {family: 'Bianchi', given: 'Luca'}}
]
