/** Test data shared by the formatting and export tests: the gold items (read from ../shared, never copied) and our archival fixture. */
import {readFileSync} from 'node:fs'
import type {CslItem} from '@octavo/parser'
import type {RestyleNoteInput} from '../src/index.js'

export const gold = JSON.parse(readFileSync(new URL('../../../../shared/gold/koreans-1950-1962.dev.json', import.meta.url), 'utf8')) as {items: CslItem[]; notes: RestyleNoteInput[]}

export const archival = JSON.parse(readFileSync(new URL('./fixtures/bib-archival/input.json', import.meta.url), 'utf8')) as CslItem[]

/** The gold items and the archival fixture together. */
export const items: CslItem[] = [...gold.items, ...archival]
