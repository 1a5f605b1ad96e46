/**
 * Repairs for what some CSL styles print when a variable they expect is
 * missing (`Barbier, , 12`, `()`, `2011. , Informe`), applied outside label
 * spans; then a gate that rejects a rendering still broken or without labels.
 * Each rule names the rendering it exists for.
 */
import {spliceAll, type Piece} from './spanned.js'

interface TidyRule {
  pattern: RegExp
  replacement: string
  example: string
}

export const TIDY_RULES: readonly TidyRule[] = [
  {pattern: /([,;:])\s*(?:[,;]\s*)+/g, replacement: '$1 ', example: 'Barbier, , 12 → Barbier, 12; «Relación»:, 1879 → «Relación»: 1879'},
  {pattern: /\.\s+(?:[,;]\s*)+/g, replacement: '. ', example: 'GRAY, Simon. Rubio. , Informe → GRAY, Simon. Rubio. Informe'},
  {pattern: /\s*\(\s*\)/g, replacement: '', example: 'Home page () → Home page'},
  {pattern: /\s*\[\s*\]/g, replacement: '', example: 'Titel [] → Titel'},
  {pattern: /(?<!\.)\.\s*\.(?!\.)/g, replacement: '.', example: 'https://x.org/.. Consulté → https://x.org/. Consulté'},
  {pattern: /\s+([,.])(?=\s|$)/g, replacement: '$1', example: 'NumPy, 2016, [En ligne]. <https://numpy.org/> . → …/>.'},
  {pattern: /^[\s,.;:]+/g, replacement: '', example: ', Betriebsverfassungsgesetz → Betriebsverfassungsgesetz'},
  {pattern: /[\s,;:]+$/g, replacement: '', example: 'Buenos Aires 1870, p. 12, → Buenos Aires 1870, p. 12'}
]

const BROKEN = [/\(\s*\)/, /,\s*,/, /undefined|NaN|\[object|CSL STYLE ERROR|[{}]/, /^[,.;:]/, /[,;:]$/, /\s,/]

function labelRanges(piece: Piece): Array<[number, number]> {
  return piece.cites.flatMap((cite) => cite.labels.map(([start, end]): [number, number] => [start, end]))
}

function applyRule(piece: Piece, rule: TidyRule): Piece {
  const labels = labelRanges(piece)
  const edits: Array<{start: number; end: number; insert: string}> = []
  for (const match of piece.text.matchAll(rule.pattern)) {
    const start = match.index
    const end = start + match[0].length
    if (labels.some(([s, e]) => s < end && start < e)) continue
    edits.push({start, end, insert: match[0].replace(new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')), rule.replacement)})
  }
  return edits.length === 0 ? piece : spliceAll(piece, edits)
}

/** The piece with the tidy rules applied outside labels (a few passes, until nothing changes). */
export function tidy(piece: Piece): Piece {
  let current = piece
  for (let pass = 0; pass < 3; pass++) {
    const before = current.text
    current = TIDY_RULES.reduce(applyRule, current)
    if (current.text === before) break
  }
  return current
}

/** Whether a rendered citation can be used: nothing broken left, and labels beyond a bare pinpoint. */
export function acceptable(piece: Piece): boolean {
  if (piece.text.length === 0 || BROKEN.some((pattern) => pattern.test(piece.text))) return false
  const labels = piece.cites.flatMap((cite) => cite.labels.map(([, , label]) => label))
  return labels.some((label) => label !== 'locator')
}
