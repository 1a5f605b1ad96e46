import {existsSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {generateSynthetic} from '../train/synthetic/generate.js'
import {STYLE_DIR} from '../train/synthetic/render.js'
import {contentProblems, serialize, structureProblems} from '../train/synthetic/validate.js'

// The generator of synthetic training notes (train/synthetic/README.md) needs
// Debian's CSL styles and locales; without them the test says so and skips.
const haveStyles = existsSync(`${STYLE_DIR}/chicago-fullnote-bibliography.csl`)

describe.skipIf(!haveStyles)('synthetic footnotes', () => {
  const options = {seed: 7, documents: 9, dataDir: false} as const
  const records = generateSynthetic(options)

  test('the same seed gives the same bytes', () => {
    expect(serialize(generateSynthetic(options))).toBe(serialize(records))
  })

  test('a slice of a run gives the same records for its documents', () => {
    const alone = generateSynthetic({...options, documents: 2, offset: 5})
    expect(serialize(alone)).toBe(serialize(records.filter((record) => /^synthetic:d[56]$/.test(record.doc))))
  })

  test('records follow the corpus format: sorted, non-overlapping, trimmed spans inside their citation', () => {
    expect(records.length).toBeGreaterThan(20)
    expect(records.flatMap(structureProblems)).toEqual([])
  })

  test('every label span holds what was rendered for its variable', () => {
    expect(records.flatMap(contentProblems)).toEqual([])
  })

  test('the issued span holds the year, the author span a family name of the item', () => {
    let checked = 0
    for (const record of records) {
      for (const citation of record.citations) {
        const year = (citation.item.issued as {'date-parts'?: number[][]} | undefined)?.['date-parts']?.[0]?.[0]
        const issued = citation.labels.filter(([, , label]) => label === 'issued').map(([s, e]) => record.text.slice(s, e))
        if (year !== undefined && issued.length > 0) {
          expect(issued.some((text) => text.includes(String(year)) || text.includes(String(year).slice(2))), `${record.id}: ${issued.join(' | ')}`).toBe(true)
          checked++
        }
        const families = ((citation.item.author ?? []) as Array<{family?: string; literal?: string}>).map((name) => name.family ?? name.literal ?? '')
        const author = citation.labels.find(([, , label]) => label === 'author')
        if (author !== undefined && families.length > 0 && citation.form === 'full') {
          const text = record.text.slice(author[0], author[1]).toLowerCase()
          expect(families.some((family) => family.split(' ').some((part) => text.includes(part.toLowerCase()))), `${record.id}: ${text}`).toBe(true)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(20)
  })
})
