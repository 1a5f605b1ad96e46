import {alternation} from './alternation.js'
import type {FieldSpan} from './model/spans.js'
import {PAGE_LABELS} from './pages.js'

/**
 * The words of a call number's units (fonds, inventory, file, box, folio …),
 * by language, each with the citation it exists for. After an archive's call
 * number, a unit and its number continue the call number, whatever the model
 * read them as (`Listy (Ll.) 134–135` read as a place and pages).
 */
export const ARCHIVAL_UNITS: ReadonlyArray<{lang: string; example: string; words: readonly string[]}> = [
  {lang: 'ru', example: 'RGASPI, Fond (F.) 558, Opis’ (Op.) 11, Delo (D.) 334', words: ['fond', 'opis’', "opis'", 'op.', 'delo', 'd.']},
  {lang: 'hu', example: 'Magyar Nemzeti Levéltár, XIX-J-1-j, 5. doboz, 12. tétel', words: ['doboz', 'tétel', 'köteg']},
  {lang: 'it', example: 'ASV, Senato Terra, busta 2192, fasc. 3, reg. 182', words: ['busta', 'b.', 'bb.', 'filza', 'fz.', 'fasc.', 'fascicolo', 'reg.', 'registro']},
  {lang: 'es', example: 'Archivo Municipal de Valdemora, legajo 123, exp. 4', words: ['legajo', 'leg.', 'caja', 'expediente', 'exp.', 'carpeta']},
  {lang: 'fr', example: 'Archives nationales, F/7/12345, carton 3, dossier 2, pièce 14', words: ['carton', 'dossier', 'liasse', 'registre', 'pièce']},
  {lang: 'de', example: 'Bundesarchiv, Bestand R 43, Akte 1234, Mappe 5', words: ['bestand', 'akte', 'mappe', 'karton', 'fasz.']},
  {lang: 'en', example: 'National Archives, RG 59, box 12, folder 3', words: ['box', 'folder', 'reel', 'item']}
]

/**
 * The leaves cited in a call number's file are the passage cited, a locator
 * (`Delo (D.) 334, Listy (Ll.) 134–135`; `Best. 12 Nr. 345, Bl. 5–7`): the
 * folio words of the page labels (pages.ts) and Russian `list`, `listy`.
 */
const FOLIO_WORDS = [...PAGE_LABELS.filter((r) => r.label === 'folio').flatMap((r) => r.words), 'list', 'listy']

/** A unit word, its abbreviation in parentheses if written (`Listy (Ll.)`), then its number (`134–135`, `5/c`, `143r`, `XXI`). */
/** Words as a whole word: an abbreviation ends at its period, a word before a letter that is not one (`fasc.`, `busta`, not `bustarella`). */
const wholeWord = (words: readonly string[]): string => `(?:${alternation(words)})(?:(?<=\\.)|(?!\\p{L}))`
/** A unit's word as a pattern (flags `iu`), matched as a whole word. */
export const UNIT = wholeWord(ARCHIVAL_UNITS.flatMap((u) => u.words))
const unitThenNumber = (unit: string): RegExp => new RegExp(`^(\\s*,\\s*)${unit}\\s*(?:\\([^()]{1,12}\\)\\s*)?(?:[\\dIVXLC][\\w/–-]*(?:\\s*[–-]\\s*\\d[\\w]*)?)`, 'iu')
/** A unit, then its number (`Delo (D.) 334`), or a number, then its unit (`5. doboz`, Hungarian). */
const UNIT_THEN_NUMBER = new RegExp(`${unitThenNumber(UNIT).source}|^\\s*,\\s*\\d+\\.?\\s*${UNIT}`, 'iu')
const FOLIO_THEN_NUMBER = unitThenNumber(wholeWord(FOLIO_WORDS))
/** A number, then a unit after it (`5, doboz`, Hungarian: the number comes first). */
const NUMBER_THEN_UNIT = new RegExp(`^${UNIT}`, 'iu')

/**
 * The call number with the units after it that the model read as other
 * fields (`Fond (F.) 558, Opis’ (Op.) 11, Delo (D.) 334`), and the number
 * before it when the unit's word follows its number (`5, doboz, 5/c`); the
 * leaves after it are the pages cited (`Listy (Ll.) 134–135`, read as a
 * place and pages).
 */
export function archivalUnits(note: string, spans: readonly FieldSpan[]): FieldSpan[] {
  // The units continue the call number's last part with a number (`Provveditori al sal, busta 34` + `, fasc. 2`).
  const numbered = spans.findLastIndex((s) => s.field === 'archive_location' && /\d/u.test(s.text))
  const at = numbered >= 0 ? numbered : spans.findIndex((s) => s.field === 'archive_location')
  if (at < 0) return [...spans]
  let location = spans[at]!
  let first = at
  const before = spans[at - 1]
  if (before && /^\d+$/u.test(before.text) && /^\s*[,.]\s*$/u.test(note.slice(before.end, location.start)) && NUMBER_THEN_UNIT.test(location.text)) {
    location = {...location, start: before.start}
    first = at - 1
  }
  // A unit the model read as a location of its own stays its own (the reading joins them).
  const located = (from: number, to: number): boolean => spans.some((s, i) => i > at && s.field === 'archive_location' && s.start < to && s.end > from)
  let end = location.end
  for (let m = UNIT_THEN_NUMBER.exec(note.slice(end)); m && !located(end, end + m[0].length); m = UNIT_THEN_NUMBER.exec(note.slice(end))) end += m[0].length
  const joined = {...location, end, text: note.slice(location.start, end)}
  const folio = FOLIO_THEN_NUMBER.exec(note.slice(end))
  // Leaves the model read into the call number stay there (`reg. 182, c. 143r`: Italian archives write them so).
  const read = folio !== null && located(end, end + folio[0].length)
  const leaves = folio && !read ? [{field: 'page' as const, start: end + folio[1]!.length, end: end + folio[0].length, text: folio[0].slice(folio[1]!.length)}] : []
  const covered = leaves[0]?.end ?? end
  const rest = spans
    .slice(at + 1)
    .filter((s) => s.end > covered)
    .map((s) => (s.start < covered ? {...s, start: covered, text: note.slice(covered, s.end)} : s))
  return [...spans.slice(0, first), joined, ...leaves, ...rest]
}
