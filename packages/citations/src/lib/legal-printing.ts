/**
 * What our style prints of a legal item once only: values the printed text
 * already says elsewhere are left out of the copy the style formats (the item
 * itself, and its exports, keep them), and the short name an act is cited by
 * later is found. Run by `prepareForStyle`.
 */
import type {CslItem} from '@octavo/tree'

type Item = Record<string, unknown>

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined)

/** An act's number where its name says it: `Richtlinie 2001/29/EG des Europäischen Parlaments …` holds `2001/29/EG`. */
function numberInTitle(item: Item): number {
  const title = text(item['title'])
  const number = text(item['number'])
  return title === undefined || number === undefined ? -1 : title.indexOf(number)
}

/** The year of a date that is a year and nothing more (`{date-parts: [[2010]]}`). */
function yearOnly(date: unknown): number | undefined {
  const parts = (date as {'date-parts'?: unknown[][]} | undefined)?.['date-parts']
  const only = parts?.length === 1 && parts[0]?.length === 1 ? parts[0][0] : undefined
  return typeof only === 'number' || (typeof only === 'string' && /^\d+$/.test(only)) ? Number(only) : undefined
}

/** A short name an act has besides its name (`Buchpreisbindungsgesetz`), not the start of its name (`Copyright Act`). */
function ownShortName(item: Item): string | undefined {
  const title = text(item['title'])
  const short = text(item['title-short'])
  return title === undefined || short === undefined || title.startsWith(short) ? undefined : short
}

/**
 * The rules, each with its example and what the style is given for it
 * (`gives`: the example's values after the rule, id and type aside; the
 * test checks each), tried on the item as it is. An act's short name of its
 * own joins its name in brackets; a year alone goes with the gazette; a
 * parliament or a number the printed text says already is left out; an act whose name holds its number is given the
 * name up to its number as its short name, for the later notes.
 */
export const LEGAL_PRINTING: ReadonlyArray<{name: string; example: CslItem; gives: Item; applies: (item: Item) => boolean; apply: (item: Item) => void}> = [
  {
    // the style prints the title alone; a short name cut from the title (below, or the title before its subtitle) is
    // only for the later notes
    name: 'an act’s short name of its own is printed in brackets after its name (Gesetz über die Preisbindung für Bücher (Buchpreisbindungsgesetz))',
    example: {id: 'bpg', type: 'legislation', title: 'Gesetz über die Preisbindung für Bücher', 'title-short': 'Buchpreisbindungsgesetz'},
    gives: {title: 'Gesetz über die Preisbindung für Bücher (Buchpreisbindungsgesetz)', 'title-short': 'Buchpreisbindungsgesetz'},
    applies: (item) => item['type'] === 'legislation' && ownShortName(item) !== undefined,
    apply: (item) => {
      item['title'] = `${String(item['title'])} (${ownShortName(item)!})`
    }
  },
  {
    name: 'the parliament a printed paper’s kind names is not printed again (BT-Drs. is the Bundestag’s: BT-Drs. 18/12329)',
    example: {id: 'bt', type: 'bill', genre: 'BT-Drs.', authority: 'BT', number: '18/12329'},
    gives: {genre: 'BT-Drs.', number: '18/12329'},
    applies: (item) => item['type'] === 'bill' && text(item['authority']) !== undefined && text(item['genre'])?.startsWith(`${String(item['authority'])}-`) === true,
    apply: (item) => {
      delete item['authority']
    }
  },
  {
    // the notes reader dates an act with no date of its own by its gazette's year
    name: 'an act dated only by a year has it printed with its gazette (GVBl. 2010, S. 434), not as its date (vom 2010)',
    example: {id: 'bibg', type: 'legislation', title: 'Bibliotheksgesetz des Landes Sachsen-Anhalt', 'container-title': 'GVBl.', page: '434', issued: {'date-parts': [[2010]]}},
    gives: {title: 'Bibliotheksgesetz des Landes Sachsen-Anhalt', 'container-title': 'GVBl. 2010', page: '434'},
    applies: (item) => item['type'] === 'legislation' && text(item['container-title']) !== undefined && item['volume'] === undefined && yearOnly(item['issued']) !== undefined,
    apply: (item) => {
      item['container-title'] = `${String(item['container-title'])} ${yearOnly(item['issued'])!}`
      delete item['issued']
    }
  },
  {
    name: 'an act’s number its name says is not printed again (Richtlinie 2001/29/EG des Europäischen Parlaments …)',
    example: {id: 'rl', type: 'legislation', title: 'Richtlinie 2001/29/EG des Europäischen Parlaments und des Rates', number: '2001/29/EG'},
    gives: {title: 'Richtlinie 2001/29/EG des Europäischen Parlaments und des Rates', 'title-short': 'Richtlinie 2001/29/EG'},
    applies: (item) => item['type'] === 'legislation' && numberInTitle(item) >= 0,
    apply: (item) => {
      // the name up to its number is what later notes call it, when it has no short name of its own
      if (text(item['title-short']) === undefined) item['title-short'] = String(item['title']).slice(0, numberInTitle(item) + String(item['number']).length)
      delete item['number']
    }
  }
]

/** A copy of `item` with the rules of `LEGAL_PRINTING` that hold applied (the item itself unchanged). */
export function forLegalPrinting<T extends CslItem>(item: T): T {
  const rules = LEGAL_PRINTING.filter((rule) => rule.applies(item))
  if (rules.length === 0) return item
  const out: Item = {...item}
  for (const rule of rules) rule.apply(out)
  return out as T
}
