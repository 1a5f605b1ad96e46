import {readFileSync} from 'node:fs'
import {isDeepStrictEqual} from 'node:util'
import fc from 'fast-check'
import type {FootnoteDefinition, Paragraph, Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {parse} from '@octavo/parser'
import {parseDate, parseNames, parseReference, processCitations, segmentNote, type CitationReading} from '../src/index.js'

// The reader's examples (test/fixtures/examples/README.md): notes written
// for the tests of the old hand-rule parser, with what those tests asserted.
// The reader is a trained model now and is not expected to get every one right:
// each expectation (a field, a count, a prefix, a form…) counts as passed or
// failed, and the share passed must stay above FLOOR. `VERBOSE=1` prints every
// failure (example, expected, got).
//
// Measured at commit f01a2d7 (model/notes-model.js of 2 December 2026, 15:50
// UTC, 5,202,593 bytes: the weights of 114d597), with the examples moved from
// process, resolve and read-notes tests (7 examples, 80 expectations, 60
// passed): 0.775 (344 of 444 expectations; 67 of 113 examples wholly right;
// 284 of 364 without the moved ones). Raise FLOOR when a better model lands
// (measured − 0.03, rounded down to 0.01).
const FLOOR = 0.74

type Fields = Record<string, unknown>

/** What one citation should read as; `item` is partial (as `toMatchObject`), unless `itemExact`. */
interface ReadingExpect {
  form?: CitationReading['form']
  locator?: string | null
  label?: string
  shortNames?: string[]
  shortTitle?: string
  item?: Fields
  /** The item has no fields but those of `item`, each equal. */
  itemExact?: boolean
  /** Fields the item must not have. */
  absent?: string[]
  /** Lengths of name lists (`{"editor": 3}`). */
  count?: Record<string, number>
}

interface SegmentExpect extends ReadingExpect {
  text?: string
  prefix?: string | null
  start?: number
  /** processCitations: the citation's `ref` (the item's id). */
  ref?: string
  /** processCitations: the same work (`ref`) as citation c of note n, both counted from 1. */
  sameAs?: [number, number]
}

interface NoteExpect {
  citations?: number
  minCitations?: number
  commentary?: boolean
  /** Expectations of the note's citations, in order (not their number: see `citations`). */
  segments?: SegmentExpect[]
  someTextStartsWith?: string
  maxMs?: number
}

type GeneratedNote = {repeat: string; toLength: number}
interface Base {
  name: string
  why?: string
}
type Example = Base &
  (
    | {api: 'parseReference'; note: string; italics?: Array<[number, number]>; expect: ReadingExpect & {citations?: 0}}
    | {api: 'segmentNote'; note: string | GeneratedNote; italics?: Array<[number, number]>; expect: NoteExpect}
    | {api: 'processCitations'; notes?: string[]; markdown?: string; expect: {notes: NoteExpect[]; diagnostics?: number}}
    | {api: 'parseDate'; text: string; expect: {date: unknown}}
    | {api: 'parseNames'; text: string; expect: {names?: unknown[]; etAl?: boolean; families?: string[]}}
  )

const EXAMPLES: Example[] = JSON.parse(readFileSync(new URL('./fixtures/examples/examples.json', import.meta.url), 'utf8'))

interface Check {
  example: string
  what: string
  expected: unknown
  got: unknown
  pass: boolean
}

/** `toMatchObject`: objects match on the expected keys, arrays element by element with the same length. */
function matches(expected: unknown, got: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(got) && got.length === expected.length && expected.every((e, i) => matches(e, got[i]))
  if (expected !== null && typeof expected === 'object') {
    if (got === null || typeof got !== 'object') return false
    return Object.entries(expected).every(([k, v]) => matches(v, (got as Fields)[k]))
  }
  return Object.is(expected, got)
}

const noteText = (note: string | GeneratedNote): string => (typeof note === 'string' ? note : note.repeat.repeat(Math.ceil(note.toLength / note.repeat.length)))

/** The longest citation of the note, read with its italics: `parseReference` with the italics it cannot take. */
function readReference(text: string, italics: Array<[number, number]> | undefined): CitationReading | undefined {
  if (!italics) return parseReference(text)
  let best: ReturnType<typeof segmentNote>['segments'][number] | undefined
  for (const s of segmentNote(text, {italics}).segments) if (!best || s.end - s.start > best.end - best.start) best = s
  return best?.parsed
}

function checkReading(push: (what: string, expected: unknown, got: unknown, pass?: boolean) => void, at: string, e: ReadingExpect, r: CitationReading | undefined): void {
  const item = r?.item as Fields | undefined
  for (const key of ['form', 'locator', 'label', 'shortNames', 'shortTitle'] as const) if (e[key] !== undefined) push(`${at}${key}`, e[key], r?.[key])
  for (const [field, value] of Object.entries(e.item ?? {})) {
    const got = item?.[field]
    push(`${at}item.${field}`, value, got, e.itemExact ? isDeepStrictEqual(value, got) : matches(value, got))
  }
  if (e.itemExact) {
    const extra = item ? Object.keys(item).filter((k) => !(k in (e.item ?? {}))) : undefined
    push(`${at}itemExact (no other fields)`, [], extra, extra !== undefined && extra.length === 0)
  }
  for (const field of e.absent ?? []) push(`${at}absent ${field}`, undefined, item ? item[field] : '(no citation)', item !== undefined && item[field] === undefined)
  for (const [field, n] of Object.entries(e.count ?? {})) {
    const got = item?.[field]
    push(`${at}count ${field}`, n, Array.isArray(got) ? got.length : got, Array.isArray(got) && got.length === n)
  }
}

interface ReadSegment {
  text: string
  prefix: string | null
  start: number
  parsed?: CitationReading
  ref?: string
  form?: string
  locator?: string | null
  label?: string
  /** processCitations: the item the citation refers to, without its id. */
  item?: Fields | undefined
}

function checkNote(
  push: (what: string, expected: unknown, got: unknown, pass?: boolean) => void,
  at: string,
  e: NoteExpect,
  segments: ReadSegment[],
  commentary: boolean,
  ms: number,
  refOf?: (n: number, c: number) => string | undefined
): void {
  if (e.citations !== undefined) push(`${at}citations`, e.citations, segments.length)
  if (e.minCitations !== undefined) push(`${at}minCitations`, `≥ ${e.minCitations}`, segments.length, segments.length >= e.minCitations)
  if (e.commentary !== undefined) push(`${at}commentary`, e.commentary, commentary)
  if (e.someTextStartsWith !== undefined) {
    push(
      `${at}someTextStartsWith`,
      e.someTextStartsWith,
      segments.map((s) => s.text),
      segments.some((s) => s.text.startsWith(e.someTextStartsWith!))
    )
  }
  if (e.maxMs !== undefined) push(`${at}maxMs`, `< ${e.maxMs} ms`, `${Math.round(ms)} ms`, ms < e.maxMs)
  e.segments?.forEach((se, i) => {
    const s = segments[i]
    const here = `${at}segments[${i}].`
    if (se.text !== undefined) push(`${here}text`, se.text, s?.text)
    if (se.prefix !== undefined) push(`${here}prefix`, se.prefix, s?.prefix)
    if (se.start !== undefined) push(`${here}start`, se.start, s?.start)
    if (se.ref !== undefined) push(`${here}ref`, se.ref, s?.ref)
    if (se.sameAs) {
      const want = refOf?.(se.sameAs[0], se.sameAs[1])
      push(`${here}sameAs`, `ref of note ${se.sameAs[0]} citation ${se.sameAs[1]} (${want})`, s?.ref, s?.ref !== undefined && s.ref === want)
    }
    if (s?.parsed || !s?.ref) checkReading(push, here, se, s?.parsed)
    else {
      // processCitations: the citation record carries the form, the locator and the label; the item is the one
      // its ref names (no shortNames or shortTitle: those expectations fail).
      checkReading(push, here, se, {form: s.form, locator: s.locator, label: s.label, item: s.item} as CitationReading)
    }
  })
}

/** A footnote definition; a blank line in the text separates its paragraphs. */
function footnote(n: number, text: string): FootnoteDefinition {
  const children = text.split('\n\n').map((t) => ({type: 'paragraph', children: [{type: 'text', value: t}]}) as Paragraph)
  return {type: 'footnoteDefinition', identifier: String(n), label: String(n), data: {number: n}, children}
}

/** Run one example; its checks, and what the reader made of it (for the failure report). */
function run(example: Example): {checks: Check[]; read: unknown} {
  const checks: Check[] = []
  const push = (what: string, expected: unknown, got: unknown, pass = matches(expected, got)) => checks.push({example: example.name, what, expected, got, pass})
  switch (example.api) {
    case 'parseReference': {
      const r = readReference(example.note, example.italics)
      if (example.expect.citations === 0) push('citations', 0, r === undefined ? 0 : 1)
      checkReading(push, '', example.expect, r)
      return {checks, read: r && {form: r.form, item: r.item, locator: r.locator, label: r.label, shortNames: r.shortNames, shortTitle: r.shortTitle}}
    }
    case 'segmentNote': {
      const text = noteText(example.note)
      const t0 = performance.now()
      const seg = segmentNote(text, example.italics ? {italics: example.italics} : {})
      const ms = performance.now() - t0
      checkNote(push, '', example.expect, seg.segments, seg.commentary, ms)
      const read =
        typeof example.note === 'string'
          ? {commentary: seg.commentary, segments: seg.segments.map((s) => ({text: s.text, prefix: s.prefix, form: s.parsed.form, item: s.parsed.item, locator: s.parsed.locator}))}
          : {segments: seg.segments.length}
      return {checks, read}
    }
    case 'processCitations': {
      // The notes of a document, or a Markdown document through the parser (its footnotes, with their italics).
      const tree = example.markdown !== undefined ? parse(example.markdown, {format: 'markdown'}).tree : ({type: 'root', children: (example.notes ?? []).map((t, i) => footnote(i + 1, t))} as Root)
      const {notes, items, diagnostics} = processCitations(tree)
      const byId = new Map(items.map(({id, ...fields}) => [id, fields as Fields]))
      const refOf = (n: number, c: number) => notes[n - 1]?.citations[c - 1]?.ref
      example.expect.notes.forEach((ne, i) => {
        const record = notes[i]
        const segments = (record?.citations ?? []).map((c) => ({
          text: c.text,
          prefix: c.prefix,
          start: c.start ?? 0,
          ref: c.ref,
          form: c.form,
          locator: c.locator,
          label: c.label,
          item: byId.get(c.ref)
        }))
        checkNote(push, `notes[${i}].`, ne, segments, record?.commentary ?? false, 0, refOf)
      })
      if (example.expect.diagnostics !== undefined) push('diagnostics', example.expect.diagnostics, diagnostics.length)
      return {
        checks,
        read: {
          notes: notes.map((n) => ({commentary: n.commentary, citations: n.citations.map((c) => ({form: c.form, ref: c.ref, text: c.text, prefix: c.prefix, locator: c.locator, label: c.label}))})),
          items,
          diagnostics: diagnostics.map((d) => d.message)
        }
      }
    }
    case 'parseDate': {
      const got = parseDate(example.text) ?? null
      push('date', example.expect.date, got, isDeepStrictEqual(example.expect.date, got))
      return {checks, read: got}
    }
    case 'parseNames': {
      const got = parseNames(example.text)
      const e = example.expect
      if (e.names !== undefined) push('names', e.names, got?.names, isDeepStrictEqual(e.names, got?.names))
      if (e.etAl !== undefined) push('etAl', e.etAl, got?.etAl)
      if (e.families !== undefined)
        push(
          'families',
          e.families,
          got?.names.map((n) => n.family),
          isDeepStrictEqual(
            e.families,
            got?.names.map((n) => n.family)
          )
        )
      return {checks, read: got}
    }
  }
}

/** The kind of a check, for the table: the item field, or what was checked (`prefix`, `citations`, `form`…). */
function kindOf(what: string): string {
  const last = what.replace(/^(?:notes\[\d+\]\.)?(?:segments\[\d+\]\.)?/, '')
  return last.startsWith('item.') ? last : last.split(' ')[0]!.replace(/:$/, '')
}

const show = (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v))

function table(checks: Check[]): string {
  const by = new Map<string, {passed: number; total: number}>()
  for (const c of checks) {
    const row = by.get(kindOf(c.what)) ?? {passed: 0, total: 0}
    row.total++
    if (c.pass) row.passed++
    by.set(kindOf(c.what), row)
  }
  const rows = [...by].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
  const width = Math.max(...rows.map(([k]) => k.length), 10)
  return rows.map(([k, {passed, total}]) => `  ${k.padEnd(width)} ${String(passed).padStart(4)} / ${String(total).padEnd(4)} ${(passed / total).toFixed(2)}`).join('\n')
}

const READER = new Set(['parseReference', 'segmentNote', 'processCitations'])

/** Keys the runner reads, by place: a misspelt key would check nothing. */
const KEYS = {
  example: ['name', 'api', 'note', 'notes', 'markdown', 'text', 'italics', 'expect', 'why'],
  reading: ['form', 'locator', 'label', 'shortNames', 'shortTitle', 'item', 'itemExact', 'absent', 'count'],
  segment: ['text', 'prefix', 'start', 'ref', 'sameAs'],
  note: ['citations', 'minCitations', 'commentary', 'segments', 'someTextStartsWith', 'maxMs'],
  parseDate: ['date'],
  parseNames: ['names', 'etAl', 'families']
}

function unknownKeys(e: Example): string[] {
  const bad = (o: object, allowed: string[], at: string) =>
    Object.keys(o)
      .filter((k) => !allowed.includes(k))
      .map((k) => `${e.name}: ${at}${k}`)
  const note = (n: NoteExpect, at: string) => [...bad(n, KEYS.note, at), ...(n.segments ?? []).flatMap((s, i) => bad(s, [...KEYS.reading, ...KEYS.segment], `${at}segments[${i}].`))]
  const out = [...bad(e, KEYS.example, ''), ...(READER.has(e.api) || e.api === 'parseDate' || e.api === 'parseNames' ? [] : [`${e.name}: api ${e.api}`])]
  if (e.api === 'parseReference') out.push(...bad(e.expect, [...KEYS.reading, 'citations'], 'expect.'))
  else if (e.api === 'segmentNote') out.push(...note(e.expect, 'expect.'))
  else if (e.api === 'processCitations') {
    out.push(...bad(e.expect, ['notes', 'diagnostics'], 'expect.'), ...e.expect.notes.flatMap((n, i) => note(n, `expect.notes[${i}].`)))
    if ((e.notes === undefined) === (e.markdown === undefined)) out.push(`${e.name}: notes or markdown, one of them`)
  } else out.push(...bad(e.expect, KEYS[e.api], 'expect.'))
  return out
}

describe('notes examples (test/fixtures/examples)', () => {
  it('every example is well formed', () => {
    expect(EXAMPLES.flatMap(unknownKeys)).toEqual([])
    expect(new Set(EXAMPLES.map((e) => e.name)).size).toBe(EXAMPLES.length)
  })

  it('the reader passes at least FLOOR of the expectations', {tags: ['slow']}, () => {
    const results = EXAMPLES.filter((e) => READER.has(e.api)).map((e) => ({example: e, ...run(e)}))
    const checks = results.flatMap((r) => r.checks)
    const passed = checks.filter((c) => c.pass).length
    const share = passed / checks.length
    const examplesPassed = results.filter((r) => r.checks.every((c) => c.pass)).length
    console.log(
      `notes examples: ${passed} of ${checks.length} expectations passed (${share.toFixed(3)}; floor ${FLOOR}), ` + `${examplesPassed} of ${results.length} examples wholly right\n${table(checks)}`
    )
    if (process.env.VERBOSE === '1') {
      for (const r of results) {
        const failed = r.checks.filter((c) => !c.pass)
        if (failed.length === 0) continue
        console.log(`\n✗ ${r.example.name}`)
        for (const c of failed) console.log(`    ${c.what}\n      expected ${show(c.expected)}\n      got      ${show(c.got)}`)
        console.log(`    read as ${show(r.read)}`)
      }
    }
    expect(checks.length).toBeGreaterThan(300)
    expect(share).toBeGreaterThanOrEqual(FLOOR)
  })

  it('parseDate and parseNames pass every expectation', () => {
    const checks = EXAMPLES.filter((e) => !READER.has(e.api)).flatMap((e) => run(e).checks)
    expect(checks.length).toBeGreaterThan(20)
    expect(checks.filter((c) => !c.pass).map((c) => `${c.example}: ${c.what} expected ${show(c.expected)}, got ${show(c.got)}`)).toEqual([])
  })

  it('segmentNote never throws; its spans are exact substrings of the note, in order', () => {
    const alphabet = fc.constantFrom(...'Ab “”‘’"()[];,.: pp. 12–15 See Ibid. in CFMA, No. 1 Smith (Paris: Gallimard, 1999) and '.split(''))
    const texts = EXAMPLES.flatMap((e) => ('note' in e && typeof e.note === 'string' ? [e.note] : 'notes' in e && e.notes ? e.notes : []))
    const inOrder = (text: string) => {
      let last = 0
      for (const s of segmentNote(text).segments) {
        expect(text.slice(s.start, s.end)).toBe(s.text)
        expect(s.start).toBeGreaterThanOrEqual(last)
        last = s.end
      }
    }
    texts.forEach(inOrder)
    fc.assert(
      fc.property(
        fc.array(alphabet, {maxLength: 300}).map((a) => a.join('')),
        inOrder
      ),
      {numRuns: 300, seed: 1}
    )
  })
})
