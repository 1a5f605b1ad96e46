import {copyFile, readFile, writeFile} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {CslItem} from '@octavo/parser'
import {checkedCorrection, DUPLICATE_RULES, proposals} from '../src/lib/review-state.js'
import {startReview} from '../src/lib/review.js'
import type {ReviewState} from '../src/lib/review-api.js'
import {realArticle, tempDir} from './helpers.js'

describe('DUPLICATE_RULES: each proposes its example pair, and nothing of two other works', () => {
  it.each(DUPLICATE_RULES)('$name', ({example: [a, b]}) => {
    const items = [
      {id: 'a', ...a},
      {id: 'other', type: 'book', title: 'Manchuria since 1931', author: [{family: 'Jones'}]},
      {id: 'b', ...b}
    ] as CslItem[]
    expect(proposals(items)).toEqual([{works: ['a', 'b'], why: expect.any(String)}])
  })
})

describe('checkedCorrection: the page’s correction checked as the corrections file is', () => {
  it('a good one is read back', () => {
    expect(checkedCorrection({at: {note: 11, citation: 'c56b895f'}, set: {author: [{family: 'An', given: 'Longzhen'}], issued: '1996-05'}})).toMatchObject({
      correction: {at: {note: 11, citation: 'c56b895f'}, set: {author: [{family: 'An', given: 'Longzhen'}], issued: {'date-parts': [[1996, 5]]}}}
    })
  })
  it.each([
    [{at: {note: 11, citation: 'c56b895f'}, set: {type: 'novel'}}, /^type must be a CSL type/],
    [{at: {note: 11, citation: 'c56b895f'}, set: {colour: 'red'}}, /^unknown key 'colour' in set/],
    [{at: {note: 11, citation: 'c56b895f'}, set: {issued: 'last year'}}, /^issued must be a date/],
    [{at: {note: 11, citation: 'not-hex'}, commentary: true as const}, /^citation must be the hash/]
  ])('%j: %s', (request, problem) => {
    const checked = checkedCorrection(request as never)
    expect('problems' in checked && checked.problems[0]).toMatch(problem)
  })
})

describe('octavo review: saving into the corrections file', () => {
  let dir: string
  let review: Awaited<ReturnType<typeof startReview>>
  const stem = 'koreans-1950-1962'
  const file = () => path.join(dir, `${stem}.corrections.yaml`)
  const post = async (route: string, body: unknown) => {
    const response = await fetch(`http://127.0.0.1:${review.port}${route}`, {
      method: 'POST',
      headers: {authorization: `token ${review.token}`, 'content-type': 'application/json'},
      body: JSON.stringify(body)
    })
    return {status: response.status, body: (await response.json()) as Record<string, unknown>}
  }

  beforeAll(async () => {
    dir = await tempDir()
    for (const name of [`${stem}.txt`, `${stem}.meta.yaml`]) await copyFile(path.join(path.dirname(realArticle), name), path.join(dir, name))
    review = await startReview(path.join(dir, `${stem}.txt`), {})
  })
  afterAll(() => review?.close())

  it('the state: every note, each warning beside its note by the note it names (the low-confidence one too)', async () => {
    const state = (await (await fetch(`${review.url.replace('/?', '/api/state?')}`)).json()) as ReviewState
    expect(state.notes).toHaveLength(96)
    const low = state.notes.flatMap((n) => n.warnings.filter((w) => w.message.startsWith('citations read with low confidence')).map((w) => ({w, note: n.note})))
    expect(low).toHaveLength(1)
    // Beside the note it names first, by its structured note (its message does not begin with it).
    expect(low[0]!.w.message).toMatch(new RegExp(`in notes? ${low[0]!.note} \\(`))
    for (const n of state.notes) for (const w of n.warnings) expect(w.note).toBe(n.note)
    for (const n of state.notes) for (const w of n.warnings) expect(w.where).toMatch(new RegExp(`^${path.join(dir, stem)}\\.txt:\\d+:\\d+$`))
    // The short forms of the gazetteer of note 11 (notes 24, 26, 43) are read as that work: no two works of the
    // article share a title, so nothing is proposed as one (the proposal rules are run on their examples above).
    const ref = (note: number) => state.notes.find((n) => n.note === note)!.citations.at(-1)!.ref
    expect([ref(24), ref(43)]).toEqual([ref(11), ref(11)])
    expect(state.proposals).toEqual([])
  })

  it('a bad correction is a 400 saying why, and nothing is written', async () => {
    const answer = await post('/api/corrections', {at: {note: 11, citation: 'c56b895f'}, set: {type: 'novel'}})
    expect(answer.status).toBe(400)
    expect(answer.body['problems']).toEqual([expect.stringMatching(/^type must be a CSL type/)])
    expect(existsSync(file())).toBe(false)
  })

  it('a preview is formatted by citeproc with the fields as typed', async () => {
    const answer = await post('/api/preview', {key: {note: 11, citation: 'c56b895f'}, set: {type: 'book', author: [{family: 'An', given: 'Longzhen'}], 'container-title': null}})
    expect(answer.status).toBe(200)
    expect(answer.body['note']).toContainEqual({text: 'Yanbian Chaoxianzu zizhizhou zhouzhi', italic: true})
    const text = (runs: unknown) => (runs as Array<{text: string}>).map((r) => r.text).join('')
    expect(text(answer.body['note'])).toMatch(/^Longzhen An, Yanbian Chaoxianzu zizhizhou zhouzhi \[Yanbian Korean Autonomous Prefecture Gazetteer\] \(Beijing: Zhonghua Shuju, 1996\), \d/)
    expect(text(answer.body['bibliography'])).toMatch(/^An, Longzhen\./)
    expect(existsSync(file())).toBe(false)
  })

  it('a correction is written into the file, its comments kept; the state comes back with it applied', async () => {
    await writeFile(file(), 'octavo-corrections: 1\n# Checked against the gazetteer.\ncorrections:\n')
    const answer = await post('/api/corrections', {at: {note: 11, citation: 'c56b895f'}, set: {locator: '254–256, 277'}})
    expect(answer.status).toBe(200)
    const note11 = (answer.body as unknown as ReviewState).notes.find((n) => n.note === 11)!
    expect(note11.citations[0]!.locator).toBe('254–256, 277')
    expect(await readFile(file(), 'utf8')).toBe(
      'octavo-corrections: 1\n# Checked against the gazetteer.\ncorrections:\n  - note: 11\n    citation: c56b895f # An Longzhen, Yanbian Chaoxianzu zizhizhou zhouzhi [Yanbian…\n    set:\n      locator: 254–256, 277\n'
    )
  })

  it('a malformed corrections file is not written over: 409 with its errors at line:column', async () => {
    const malformed = 'octavo-corrections: 1\ncorrections:\n  - {note: 11, citation: c56b895f, merge: true}\n'
    await writeFile(file(), malformed)
    const answer = await post('/api/corrections', {at: {note: 11, citation: 'c56b895f'}, set: {locator: '1'}})
    expect(answer.status).toBe(409)
    expect(answer.body['problems']).toEqual([expect.stringMatching(/corrections\.yaml:3:36: error: unknown key 'merge' in a correction/)])
    expect(await readFile(file(), 'utf8')).toBe(malformed)
  })
})

describe('preview: a request of another shape is a problem, not a crash', () => {
  it.each([{}, {key: {note: 1}}, {key: {note: 1, citation: 'aaaaaaaa'}}, {key: {note: 1, citation: 'aaaaaaaa'}, set: null}])('%j', async (request) => {
    const {preview} = await import('../src/lib/review-state.js')
    expect(preview({input: 'a.txt', corrections: 'a.corrections.yaml', notes: [], items: [], diagnostics: [], style: ''}, request as never)).toEqual({
      problems: [expect.stringMatching(/^a preview is/)]
    })
  })
})
