/**
 * Round trips: export → citation-js import → the same items, for the fields
 * each format can carry. What does not come back is listed per format
 * (DIFFERENCES), each with its reason; the lists are exact (an unlisted
 * difference fails, and so does a listed one that no longer happens).
 */
import {Cite} from '@citation-js/core'
import '@citation-js/plugin-ris'
import '@citation-js/plugin-bibtex'
import {describe, expect, test} from 'vitest'
import type {CslItem} from '@octavo/parser'
import {toBibtex, toCslJson, toRis} from '../src/index.js'
import {items} from './gold-data.js'

/** Values compared by content: object keys sorted. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : v
  )
}

/** `type variable` pairs that differ after the round trip. */
function differences(text: string): Set<string> {
  const back = new Cite(text).data
  expect(back).toHaveLength(items.length)
  const out = new Set<string>()
  items.forEach((item, i) => {
    const read = back[i] as Record<string, unknown>
    expect(read['id']).toBe(item.id)
    for (const key of new Set([...Object.keys(item), ...Object.keys(read)])) {
      if (key === '_graph' || key === 'citation-key') continue
      if (canonical(item[key]) !== canonical(read[key])) out.add(`${item.type} ${key}`)
    }
  })
  return out
}

const CSL_JSON: Record<string, string> = {
  'manuscript archive-location': 'written archive_location, the spelling Zotero reads',
  'manuscript archive_location': 'written archive_location, the spelling Zotero reads',
  'article-journal issued': 'a date range gets raw beside date-parts (Zotero reads raw)',
  'article-newspaper editor': 'no editor on a Zotero newspaper article: written in note as `editor: Family || Given`',
  'article-newspaper note': 'values with no Zotero field (issue) head note as `variable: value`',
  'chapter note': 'values with no Zotero field (medium, genre) head note as `variable: value`',
  'manuscript note': 'values with no Zotero field (archive-place) head note as `variable: value`',
  'report note': 'values with no Zotero field (issue) head note as `variable: value`'
}

const RIS: Record<string, string> = {
  'article-journal issued': 'DA holds a range as written (1966-04/1966-06), which citation-js does not read',
  'chapter issued': 'citation-js reads the year (PY) only for CHAP; Zotero reads DA',
  'article-newspaper issued': 'citation-js reads the year (PY) only for NEWS; Zotero reads DA',
  'article-newspaper issue': 'citation-js does not read IS of NEWS',
  'chapter medium': 'no RIS tag for the medium of a chapter: in N1 as `medium: value`',
  'chapter genre': 'no RIS tag Zotero reads for the genre of a chapter: in N1 as `genre: value`',
  'chapter note': 'N1 lines (`variable: value`) come back in note',
  'article-newspaper note': 'N1 lines (`variable: value`) come back in note',
  'manuscript note': 'N1 lines (`variable: value`) come back in note',
  'report collection-title': 'citation-js reads T2 of RPRT as container-title; Zotero reads it as Series Title',
  'report container-title': 'citation-js reads T2 of RPRT as container-title; Zotero reads it as Series Title',
  'report number': 'citation-js reads SN of RPRT as ISBN; Zotero reads it as Report Number',
  'report ISBN': 'citation-js reads SN of RPRT as ISBN; Zotero reads it as Report Number',
  'manuscript archive': 'citation-js reads DB as source; Zotero reads DB as Archive',
  'manuscript source': 'citation-js reads DB as source; Zotero reads DB as Archive',
  'manuscript archive_location': 'citation-js does not read AN; Zotero reads AN as Loc. in Archive',
  'manuscript archive-location': 'written AN (archive_location)',
  'manuscript archive-place': 'no RIS tag (Zotero has no archive place field): in N1',
  'manuscript author': 'RIS names are "Family, Given": a literal name with a comma is split (in Zotero too; also in N1)',
  'article-newspaper author': 'citation-js reads AU of NEWS as reporter; Zotero reads it as Author',
  'article-newspaper reporter': 'citation-js reads AU of NEWS as reporter; Zotero reads it as Author',
  'article-newspaper editor': 'Zotero has no editor for newspaper articles: in N1 as `editor: value`'
}

const BIBTEX: Record<string, string> = {
  'article-journal page': 'citation-js reads pages written with an en dash as a hyphen',
  'chapter page': 'citation-js reads pages written with an en dash as a hyphen',
  'article-newspaper type': '@article: a newspaper article comes back as a journal article (also in Zotero)',
  'report genre': 'citation-js sets genre from @techreport on import',
  'book editor': 'a literal name is written {braced} and comes back as a family name',
  'chapter author': 'a literal name is written {braced} and comes back as a family name',
  'chapter editor': 'a literal name is written {braced} and comes back as a family name',
  'report author': 'a literal name is written {braced} and comes back as a family name',
  'article-journal author': 'a particle written in the family name (van der Berg) comes back split off',
  'chapter medium': 'no BibTeX field for the medium',
  'manuscript author': 'a literal name is written {braced} and comes back as a family name',
  'article-newspaper editor': 'a literal name is written {braced} and comes back as a family name',
  'manuscript archive': 'no BibTeX field: written at the head of note',
  'manuscript archive_location': 'no BibTeX field: written at the head of note',
  'manuscript archive-location': 'no BibTeX field: written at the head of note',
  'manuscript archive-place': 'no BibTeX field: written at the head of note',
  'manuscript note': 'holds the archive and file number first',
  'article-newspaper annote': 'values Zotero cannot read back from BibTeX (issue) as `variable: value` lines in annote',
  'chapter annote': 'values Zotero cannot read back from BibTeX (medium, genre) as `variable: value` lines in annote',
  'manuscript annote': 'values Zotero cannot read back from BibTeX (archive, file number) as `variable: value` lines in annote',
  'report annote': 'values Zotero cannot read back from BibTeX (the series of a report) as `variable: value` lines in annote'
}

describe('round trips through citation-js', () => {
  test('CSL-JSON: what comes back differs only as listed (the Zotero rules)', () => {
    expect([...differences(toCslJson(items))].sort()).toEqual(Object.keys(CSL_JSON).sort())
  })

  test('RIS: what comes back differs only as listed', () => {
    expect([...differences(toRis(items))].sort()).toEqual(Object.keys(RIS).sort())
  })

  test('BibTeX: what comes back differs only as listed', () => {
    expect([...differences(toBibtex(items))].sort()).toEqual(Object.keys(BIBTEX).sort())
  })

  test('the archive folded into BibTeX note comes back inside note', () => {
    const back = new Cite(toBibtex(items)).data as CslItem[]
    const mills = back.find((item) => item.id === 'mills-letter-1921')
    expect(mills?.['note']).toBe('National Archives, BT 31/2214, folder 3, Kew')
  })
})
