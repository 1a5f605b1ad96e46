/**
 * The writers' rules for Zotero (issue 14), one named row each, with the
 * example it exists for and what the writer must write for it. Zotero's own
 * importers read the real exports in apps/cli/test/zotero.test.ts.
 */
import {describe, expect, test} from 'vitest'
import type {CslItem} from '@octavo/parser'
import {SIGNS_OF_ANOTHER_TYPE, TYPE_RULES_FOR_ZOTERO, toBibtex, toCslJson, toRis, writtenType} from '../src/index.js'

interface Rule {
  name: string
  example: CslItem
  format: 'csl-json' | 'ris' | 'bibtex'
  /** Text the output contains. */
  writes: string[]
  /** Text the output must not contain. */
  not?: string[]
}

const range: CslItem = {
  id: 'lee1966',
  type: 'article-journal',
  title: 'T',
  issued: {
    'date-parts': [
      [1966, 4],
      [1966, 6]
    ]
  }
}
const preprint: CslItem = {id: 'halko', type: 'article', title: 'Finding Structure with Randomness', number: 'arXiv:0909.4061 [Math]', publisher: 'arXiv', issued: {'date-parts': [[2009, 9, 22]]}}
const standard: CslItem = {
  id: 'nist',
  type: 'standard',
  title: 'Protecting Controlled Unclassified Information',
  authority: 'National Institute of Standards and Technology',
  number: 'NIST SP 800-171',
  version: 'Rev. 2',
  status: 'Draft'
}
const news: CslItem = {id: 'n', type: 'article-newspaper', title: 'T', 'container-title': 'Renmin Ribao', issue: '12', editor: [{family: 'Smith', given: 'Ann'}]}
const names: CslItem = {
  id: 'p',
  type: 'article-journal',
  title: 'T',
  author: [
    {family: 'Rosa', 'non-dropping-particle': 'de la', given: 'Javier'},
    {family: 'Noecker', given: 'John', suffix: 'Jr'}
  ]
}
const chapter: CslItem = {id: 'c', type: 'chapter', title: 'T', medium: 'typescript', DOI: '10.1/x', page: '16\u201121', note: 'Translated title: X'}
const accented: CslItem = {
  id: 'b',
  type: 'book',
  title: 'Analyse automatique du grec ancien: \u00c9valuation 🎉',
  author: [{family: 'Bal\u00e1zs', given: 'B\u00e9la'}],
  translator: [{family: 'Smith', given: 'Ann'}],
  language: 'fr'
}
const web: CslItem = {id: 'w', type: 'webpage', title: 'T', genre: 'blog post', URL: 'https://example.org/language_models_%20x', accessed: {'date-parts': [[2022, 1, 5]]}}
const conference: CslItem = {id: 'k', type: 'paper-conference', title: 'T', 'event-title': 'DH2019', 'container-title': 'Proceedings of DH2019'}
const archival: CslItem = {id: 'a', type: 'manuscript', title: 'T', archive: 'CFMA', archive_location: '118-00175-01', issue: '6'}
const series: CslItem = {id: 'r', type: 'report', title: 'T', 'collection-title': 'NKIDP e-Dossier', number: '11'}
const site: CslItem = {id: 's', type: 'webpage', title: 'T', 'container-title': 'OpenAI', URL: 'https://openai.com/x'}
const doc: CslItem = {id: 'd', type: 'document', title: 'T', publisher: 'P', editor: [{family: 'Ed', given: 'A'}]}
const doi: CslItem = {id: 'r2', type: 'report', title: 'T', DOI: '10.18356/example'}
const newsDoi: CslItem = {id: 'n2', type: 'article-newspaper', title: 'T', 'container-title': 'Renmin Ribao', DOI: '10.18356/example'}
const odd: CslItem = {id: 'o', type: 'book', title: 'Cost ~ 2^10 \\ x'}
const software: CslItem = {id: 'r', type: 'software', title: 'R', version: '4.3.1', publisher: 'R Foundation', author: [{literal: 'R Core Team'}]}
const softwareNoVersion: CslItem = {id: 'r0', type: 'software', title: 'R', publisher: 'R Foundation', author: [{literal: 'R Core Team'}]}
const dataset: CslItem = {id: 'ds', type: 'dataset', title: 'Migration Records', publisher: 'Harvard Dataverse', version: 'V2', DOI: '10.7910/DVN/ABC123'}
const interview: CslItem = {id: 'i', type: 'interview', title: 'Interview', author: [{family: 'Ney', given: 'Paul'}], medium: 'audio recording'}
const speech: CslItem = {id: 'sp', type: 'speech', title: 'Course Packs Revisited', 'container-title': 'Copy Culture'}
const bookVersion: CslItem = {id: 'bv', type: 'book', title: 'Manual de estilo', version: '2.3.1'}
// a parliament's printed paper as legal.ts reads it (BT-Drs. 18/12329; LT-Drs. Hamburg 21/12361 … vom 23. März 2018)
const bill: CslItem = {id: 'bt', type: 'bill', number: '18/12329', genre: 'BT-Drs.', authority: 'BT', issued: {'date-parts': [[2017, 5, 15]]}}
const corporate: CslItem = {id: 'm', type: 'manuscript', title: 'T', author: [{literal: 'No. 1 Section, Asian Department'}], archive: 'CFMA', archive_location: '118-00249-15'}

const RULES: Rule[] = [
  {name: 'a date range keeps raw beside date-parts', example: range, format: 'csl-json', writes: ['"raw": "1966-04/1966-06"', '"date-parts": [']},
  {name: 'a date range is written in DA as written', example: range, format: 'ris', writes: ['DA  - 1966-04/1966-06\n', 'PY  - 1966\n']},
  {name: 'a value with no Zotero field heads note (Extra)', example: news, format: 'csl-json', writes: ['"note": "issue: 12\\neditor: Smith || Ann"']},
  {name: 'a name whose role the Zotero type lacks is only in note (Zotero would make it an author)', example: news, format: 'csl-json', writes: ['editor: Smith || Ann'], not: ['"editor": [']},
  {name: 'a value with no Zotero field is an N1 line', example: chapter, format: 'ris', writes: ['N1  - medium: typescript\n', 'N1  - DOI: 10.1/x\n', 'N1  - Translated title: X\n']},
  {name: 'a DOI the item type has no field for is in DO only (Zotero moves it to Extra itself)', example: doi, format: 'ris', writes: ['DO  - 10.18356/example\n'], not: ['N1  - DOI']},
  {name: 'a DOI Zotero would not read as one (10.1/x) is also an N1 line', example: chapter, format: 'ris', writes: ['DO  - 10.1/x\n', 'N1  - DOI: 10.1/x\n']},
  {
    name: 'a document is TY ANCIENT, which Zotero imports as a document (GEN: a journal article)',
    example: doc,
    format: 'ris',
    writes: ['TY  - ANCIENT\n', 'A2  - Ed, A\n', 'PB  - P\n'],
    not: ['TY  - GEN']
  },
  {name: 'a newspaper issue in IS (and N1: Zotero v29 has no field)', example: news, format: 'ris', writes: ['IS  - 12\n', 'N1  - issue: 12\n'], not: ['C2  -']},
  {name: 'the conference of CONF in T2, the proceedings in C3', example: conference, format: 'ris', writes: ['TY  - CONF\n', 'T2  - DH2019\n', 'C3  - Proceedings of DH2019\n']},
  {name: 'the genre of a web page in M3', example: web, format: 'ris', writes: ['TY  - ELEC\n', 'M3  - blog post\n', 'Y2  - 2022/01/05/\n']},
  {
    name: 'particles in the family part, a suffix after a comma in the given part (CSL-JSON)',
    example: names,
    format: 'csl-json',
    writes: ['"family": "de la Rosa"', '"given": "John, Jr"'],
    not: ['non-dropping-particle', '"suffix"']
  },
  {name: 'particles and suffixes in RIS names', example: names, format: 'ris', writes: ['AU  - de la Rosa, Javier\n', 'AU  - Noecker, John, Jr\n']},
  {
    name: 'a one-field name with a comma also in N1 (Zotero splits AU at a comma)',
    example: corporate,
    format: 'ris',
    writes: ['AU  - No. 1 Section, Asian Department\n', 'N1  - author: No. 1 Section, Asian Department\n', 'DB  - CFMA\n', 'AN  - 118-00249-15\n']
  },
  {name: 'pages as written in RIS', example: chapter, format: 'ris', writes: ['SP  - 16\u201121\n']},
  {name: 'BibTeX in UTF-8: accents and emoji as they are', example: accented, format: 'bibtex', writes: ['author = {Bal\u00e1zs, B\u00e9la}', '\u00c9valuation 🎉'], not: ["\\'"]},
  {name: 'BibTeX translator and language', example: accented, format: 'bibtex', writes: ['translator = {Smith, Ann}', 'language = {fr}']},
  {
    name: 'BibTeX url raw and urldate, no howpublished copy',
    example: web,
    format: 'bibtex',
    writes: ['@online{w,', 'url = {https://example.org/language_models_%20x}', 'urldate = {2022-01-05}'],
    not: ['howpublished', '\u2017']
  },
  {name: 'BibTeX pages as written (en dash, non-breaking hyphen)', example: chapter, format: 'bibtex', writes: ['pages = {16\u201121}']},
  {name: 'BibTeX names with particles and suffixes as von Last, Jr, First', example: names, format: 'bibtex', writes: ['author = {de la Rosa, Javier and Noecker, Jr, John}']},
  {
    name: 'BibTeX: what Zotero cannot read back is an annote line, lines joined by `; ` (archive and file number also head note)',
    example: archival,
    format: 'bibtex',
    writes: ['note = {CFMA, 118-00175-01},', 'annote = {archive: CFMA; archive\\_location: 118-00175-01; issue: 6},']
  },
  {
    name: 'BibTeX: a field Zotero drops (the series of a report) also an annote line',
    example: series,
    format: 'bibtex',
    writes: ['series = {NKIDP e-Dossier},', 'number = {11},', 'annote = {collection-title: NKIDP e-Dossier},']
  },
  {name: 'BibTeX: the site of a web page in journal (Zotero: Website Title)', example: site, format: 'bibtex', writes: ['journal = {OpenAI},'], not: ['annote']},
  {name: 'BibTeX: a DOI the item type has no field for in doi only (Zotero moves it to Extra)', example: doi, format: 'bibtex', writes: ['doi = {10.18356/example},'], not: ['annote']},
  {
    name: 'BibTeX: the DOI of a newspaper article also an annote line (imported as a journal article, it is not moved to Extra)',
    example: newsDoi,
    format: 'bibtex',
    writes: ['doi = {10.18356/example},', 'annote = {DOI: 10.18356/example},']
  },
  {
    name: 'BibTeX: ~, ^ and \\ as \\textasciitilde{}, \\textasciicircum{}, \\textbackslash{} (LaTeX and citation-js read them back; Zotero reads no form of ~ or \\)',
    example: odd,
    format: 'bibtex',
    writes: ['title = {{Cost \\textasciitilde{} 2\\textasciicircum{}10 \\textbackslash{} x}},']
  },
  {
    name: 'software with a version is a CSL-JSON book with its version (Zotero: computer program), its type in note',
    example: software,
    format: 'csl-json',
    writes: ['"type": "book"', '"version": "4.3.1"', '"note": "type: software"', '"publisher": "R Foundation"'],
    not: ['"type": "software"']
  },
  {
    name: 'software with no version is a CSL-JSON book, its type in note',
    example: softwareNoVersion,
    format: 'csl-json',
    writes: ['"type": "book"', '"note": "type: software"'],
    not: ['"type": "software"']
  },
  {
    name: 'software is COMP in RIS (its version in ET) and @software in BibTeX',
    example: software,
    format: 'ris',
    writes: ['TY  - COMP\n', 'ET  - 4.3.1\n', 'PB  - R Foundation\n'],
    not: ['type: software']
  },
  {
    name: 'a type the table lacks is a document, its type the first line of note',
    example: speech,
    format: 'csl-json',
    writes: ['"type": "document"', '"note": "type: speech\\ncontainer-title: Copy Culture"']
  },
  {
    name: 'a data set is a data set in CSL-JSON (Zotero: Dataset, publisher as Repository, version, DOI)',
    example: dataset,
    format: 'csl-json',
    writes: ['"type": "dataset"', '"publisher": "Harvard Dataverse"', '"version": "V2"', '"DOI": "10.7910/DVN/ABC123"'],
    not: ['"note"']
  },
  {
    name: 'a type RIS has none for in the table is TY ANCIENT, its type an N1 line',
    example: interview,
    format: 'ris',
    writes: ['TY  - ANCIENT\n', 'N1  - type: interview\n', 'N1  - medium: audio recording\n'],
    not: ['TY  - GEN', 'TY  - PCOMM']
  },
  {
    name: 'a data set is TY DATA in RIS (Zotero: Dataset), its version in ET, its repository in PB',
    example: dataset,
    format: 'ris',
    writes: ['TY  - DATA\n', 'ET  - V2\n', 'PB  - Harvard Dataverse\n', 'DO  - 10.7910/DVN/ABC123\n'],
    not: ['N1  -']
  },
  {
    name: 'a type BibTeX has none for in the table is @misc, its type an annote line',
    example: dataset,
    format: 'bibtex',
    writes: ['@misc{ds,', 'annote = {type: dataset; version: V2'],
    not: ['@dataset']
  },
  {
    name: 'the version of a book only in note (Zotero imports a book with a version as a computer program)',
    example: bookVersion,
    format: 'csl-json',
    writes: ['"type": "book"', '"note": "version: 2.3.1"'],
    not: ['"version": "2.3.1"']
  },
  {
    name: 'a printed paper is a bill in CSL-JSON (Zotero: Bill, its number the Bill Number, its parliament the Legislative Body), the genre in note',
    example: bill,
    format: 'csl-json',
    writes: ['"type": "bill"', '"number": "18/12329"', '"authority": "BT"', '"note": "genre: BT-Drs."']
  },
  {
    name: 'a printed paper is TY BILL in RIS, its number in M1, its parliament in T3 (RIS.js), the genre an N1 line',
    example: bill,
    format: 'ris',
    writes: ['TY  - BILL\n', 'M1  - 18/12329\n', 'T3  - BT\n', 'DA  - 2017/05/15/\n', 'N1  - genre: BT-Drs.\n'],
    not: ['TY  - ANCIENT', 'type: bill']
  },
  {name: 'a printed paper is @misc in BibTeX (no bill type Zotero reads), its type an annote line', example: bill, format: 'bibtex', writes: ['@misc{bt,', 'annote = {type: bill;']},
  {name: 'BibTeX date as written beside year and month', example: range, format: 'bibtex', writes: ['date = {1966-04/1966-06}', 'year = {1966}', 'month = apr,']},
  {
    name: 'a preprint is an article in CSL-JSON (Zotero: Preprint, the repository its Repository, the identifier its Archive ID)',
    example: preprint,
    format: 'csl-json',
    writes: ['"type": "article"', '"number": "arXiv:0909.4061 [Math]"', '"publisher": "arXiv"'],
    not: ['"note"']
  },
  {
    name: 'a preprint is a report in RIS (RIS.js has no preprint type): the repository PB, the identifier SN, its type an N1 line',
    example: preprint,
    format: 'ris',
    writes: ['TY  - RPRT\n', 'PB  - arXiv\n', 'SN  - arXiv:0909.4061 [Math]\n', 'N1  - type: article\n']
  },
  {
    name: 'a preprint is @techreport in BibTeX: the repository the institution, the identifier the number, its type an annote line',
    example: preprint,
    format: 'bibtex',
    writes: ['@techreport{halko,', 'institution = {arXiv}', 'number = {arXiv:0909.4061 [Math]}', 'annote = {type: article']
  },
  {
    name: 'a standard is a standard in CSL-JSON (Zotero: Standard, the body its Organization, the revision its Version, the status its Status)',
    example: standard,
    format: 'csl-json',
    writes: ['"type": "standard"', '"authority": "National Institute of Standards and Technology"', '"number": "NIST SP 800-171"', '"version": "Rev. 2"', '"status": "Draft"'],
    not: ['"note"']
  },
  {
    name: 'a standard is a report in RIS (RIS.js reads STAND as a report): the designation SN, the body, revision and status N1 lines',
    example: standard,
    format: 'ris',
    writes: [
      'TY  - RPRT\n',
      'SN  - NIST SP 800-171\n',
      'N1  - type: standard\n',
      'N1  - authority: National Institute of Standards and Technology\n',
      'N1  - version: Rev. 2\n',
      'N1  - status: Draft\n'
    ]
  }
]

const WRITERS = {'csl-json': toCslJson, ris: toRis, bibtex: toBibtex} as const

describe('the writers\u2019 rules for Zotero', () => {
  test.each(RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    const out = WRITERS[rule.format]([rule.example])
    for (const text of rule.writes) expect(out).toContain(text)
    for (const text of rule.not ?? []) expect(out).not.toContain(text)
  })
})

describe('the types a writer writes as another (TYPE_RULES_FOR_ZOTERO), each on its example', () => {
  test.each(TYPE_RULES_FOR_ZOTERO.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    for (const format of rule.formats) {
      expect(rule.applies(rule.example, format), format).toBe(true)
      // the first rule that holds is this one
      expect(writtenType(rule.example, format)).toEqual(rule.writes(rule.example))
    }
  })

  test('a type of the table is written as it is', () => {
    for (const format of ['csl-json', 'ris', 'bibtex'] as const) expect(writtenType({type: 'book'}, format)).toEqual({rows: 'book', written: 'book'})
    expect(writtenType({type: 'software'}, 'ris')).toEqual({rows: 'software', written: 'software'})
  })
})

describe("variables Zotero's CSL-JSON import reads as a sign of another type (SIGNS_OF_ANOTHER_TYPE)", () => {
  test.each(SIGNS_OF_ANOTHER_TYPE.map((sign) => [`${sign.written} with ${sign.variable}`, sign] as const))('%s: only in note', (_name, sign) => {
    const [item] = JSON.parse(toCslJson([sign.example])) as Array<Record<string, unknown>>
    expect(item?.['type']).toBe(sign.written)
    expect(item?.[sign.variable]).toBeUndefined()
    expect(String(item?.['note'])).toContain(`${sign.variable}: ${String(sign.example[sign.variable])}`)
  })
})
