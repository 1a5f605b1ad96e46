import type {PdfStandard} from '@octavo/render-pdf'
import {suggestion} from './suggest.js'

/**
 * The standards a PDF can claim (`--pdf-standard`, `pdf-standard:` in octavo.yaml and a
 * reader's YAML), as render-pdf's `PDF_STANDARDS` names them: kept here so that the CLI does
 * not load the renderer to read its options.
 */
export const PDF_STANDARD_NAMES = ['ua', 'a-2u'] as const satisfies readonly PdfStandard[]

/** The values the option takes, as the help and errors list them. */
export const PDF_STANDARD_VALUES = 'ua, a-2u or ua,a-2u'

/**
 * A comma-separated list of standards (`UA, a-2u`): each known, in any case, each once;
 * in the order of `PDF_STANDARD_NAMES`. Throws an Error naming the unknown value, the valid
 * ones, and the closest when there is one (`a2u` → `a-2u`).
 */
export function parsePdfStandards(value: string): PdfStandard[] {
  const given = value
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '')
  if (given.length === 0) throw new Error(`needs a standard: ${PDF_STANDARD_VALUES}`)
  for (const part of given) {
    if (!(PDF_STANDARD_NAMES as readonly string[]).includes(part)) {
      throw new Error(`unknown PDF standard '${part}' (expected ${PDF_STANDARD_VALUES})${suggestion(part, PDF_STANDARD_NAMES)}`)
    }
  }
  return PDF_STANDARD_NAMES.filter((name) => given.includes(name))
}
