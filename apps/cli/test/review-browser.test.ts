/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * `octavo review` end to end, in a real browser (puppeteer-core driving
 * Debian's chromium, installed by .ci/run; nothing downloaded): the review of
 * the real article, an author and a locator corrected, two works merged;
 * then `octavo build` writes them into citations.json, the CSL-JSON and the
 * bibliography. The screenshot of the README is taken here
 * (UPDATE_SCREENSHOT=1 writes it into docs/review.png).
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync} from 'node:fs'
import {copyFile, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import puppeteer, {type Browser, type Page} from 'puppeteer-core'
import {parseCorrections} from '@octavo/citations'
import type {ReviewState, ReviewWork} from '../src/lib/review-api.js'
import {bin, octavoBin, realArticle, repo, tempDir} from './helpers.js'

const CHROMIUM = '/usr/bin/chromium'
const stem = 'koreans-1950-1962'

let dir: string
let server: ChildProcess
let url: string
let browser: Browser
let gazetteer: ReviewWork
let shortForm: ReviewWork
let page: Page
const foreign: string[] = []

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`)
  dir = await tempDir()
  for (const name of [`${stem}.txt`, `${stem}.meta.yaml`]) await copyFile(path.join(path.dirname(realArticle), name), path.join(dir, name))
  server = spawn(process.execPath, [bin, 'review', path.join(dir, `${stem}.txt`), '--no-open'], {env: {...process.env, OCTAVO_CACHE_DIR: 'off'}, stdio: ['ignore', 'pipe', 'inherit']})
  url = await new Promise<string>((resolve, reject) => {
    let out = ''
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(out)
      if (found) resolve(found[0])
    })
    server.on('exit', (code) => reject(new Error(`octavo review exited with ${code}: ${out}`)))
  })
  browser = await puppeteer.launch({executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'], headless: true})
  page = await browser.newPage()
  await page.setViewport({width: 1000, height: 1100})
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(url).origin) && !request.url().startsWith('data:')) foreign.push(request.url())
  })
  await page.goto(url, {waitUntil: 'networkidle0'})
})

afterAll(async () => {
  await browser?.close()
  if (server && server.exitCode === null) server.kill('SIGINT')
})

/** Wait for the page to say it saved `what` (its status line said otherwise in the error). */
async function saved(what: string): Promise<void> {
  try {
    await page.waitForFunction((want) => document.querySelector('.status')?.textContent?.startsWith(`Saved: ${want}`), {timeout: 30_000}, what)
  } catch {
    throw new Error(`the page says “${await page.$eval('.status', (s) => s.textContent)}”, not “Saved: ${what}”`)
  }
}

/** Type into a field of a note (all of it replaced), then leave it: the page saves it. */
async function correct(selector: string, text: string, what: string): Promise<void> {
  await page.click(selector, {count: 3})
  await page.keyboard.press('Backspace')
  if (text !== '') await page.keyboard.type(text)
  await page.keyboard.press('Tab')
  await saved(what)
}

describe('octavo review in chromium', () => {
  it('shows every note, least certain first, each control labelled, nothing asked of another origin', async () => {
    const numbers = await page.$$eval('section.note', (sections) => sections.map((s) => Number(s.id.slice(5))))
    expect(numbers).toHaveLength(96)
    const confidences = await page.$$eval('section.note .confidence', (spans) => spans.map((s) => Number(s.textContent)))
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b))
    const unlabelled = await page.evaluate(() => {
      const labelled = new Set([...document.querySelectorAll('label[for]')].map((l) => l.getAttribute('for')))
      return [...document.querySelectorAll('input, select')].filter((c) => !labelled.has(c.id) && !c.closest('label') && !c.getAttribute('aria-label')).map((c) => c.id || c.outerHTML)
    })
    expect(unlabelled).toEqual([])
    // Each warning of the notes reader stands beside its note (the low-confidence one beside the least sure).
    const state = await page.evaluate(async (token) => (await fetch('/api/state', {headers: {authorization: `token ${token}`}})).json(), new URL(url).searchParams.get('token')) as ReviewState
    const warned = state.notes.filter((n) => n.warnings.length > 0)
    expect(warned.length).toBeGreaterThan(0)
    for (const n of warned) {
      const aside = await page.$eval(`#note-${n.note} aside`, (a) => a.textContent)
      for (const w of n.warnings) expect(aside).toContain(`${w.where} ${w.severity}: ${w.message}`)
    }
    expect(warned.flatMap((n) => n.warnings.map((w) => w.message))).toContainEqual(expect.stringMatching(/^citations read with low confidence in note/))
    expect(foreign).toEqual([])
  })

  it('keyboard: f filters the notes below 0.8, u goes to the next uncertain note, e edits it', async () => {
    await page.click('h1')
    await page.keyboard.press('f')
    await page.waitForFunction(() => document.querySelectorAll('section.note').length < 96)
    const shown = await page.$$eval('section.note .confidence', (spans) => spans.map((s) => Number(s.textContent)))
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.every((c) => c < 0.8)).toBe(true)
    await page.keyboard.press('u')
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^note-\d+$/)
    await page.keyboard.press('e')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^(INPUT|SELECT)$/)
    await page.keyboard.press('Escape')
    await page.keyboard.press('f')
    await page.waitForFunction(() => document.querySelectorAll('section.note').length === 96)
  })

  it('an author and a locator corrected (the formatted note following as it is typed), two works merged: saved into the corrections file', async () => {
    // The gazetteer of note 11, and the work its short form in note 24 was read as: two works, the page proposes them as one.
    const state = await page.evaluate(async (token) => (await fetch('/api/state', {headers: {authorization: `token ${token}`}})).json(), new URL(url).searchParams.get('token')) as ReviewState
    const workOf = (n: number) => state.works.find((w) => w.id === state.notes.find((x) => x.note === n)!.citations[0]!.ref)!
    gazetteer = workOf(11)
    shortForm = workOf(24)
    expect(gazetteer.id).not.toBe(shortForm.id)
    expect(state.proposals.map((p) => [...p.works].sort())).toContainEqual([gazetteer.id, shortForm.id].sort())
    const note11 = '#note-11 form.citation'
    await page.click(`${note11} input[id$="-author"]`)
    await page.keyboard.type('An, Longzhen')
    await page.waitForFunction((sel) => document.querySelector(`${sel} output`)?.textContent?.includes('Note: Longzhen An, '), {timeout: 30_000}, note11)
    await page.keyboard.press('Tab')
    await saved('author of note 11, citation 1')
    await page.select(`${note11} select[id$="-type"]`, 'book')
    await saved('type of note 11, citation 1')
    await correct(`${note11} input[id$="-container-title"]`, '', 'container-title of note 11, citation 1')
    await correct(`${note11} input[id$="-locator"]`, '254–256, 277', 'locator of note 11, citation 1')
    await page.click('#note-24 input[id$="-same"]')
    await page.keyboard.type(gazetteer.id)
    await page.keyboard.press('Enter')
    await saved(`${shortForm.label} merged into An, ${gazetteer.label.replace(/\((\w|-)+,/, '(book,')}`)
    expect(await page.$eval(note11 + ' output', (o) => o.textContent)).toContain('Bibliography: An, Longzhen. Yanbian Chaoxianzu zizhizhou zhouzhi')

    await page.$eval('#note-11', (n) => n.scrollIntoView({block: 'start'}))
    const shot = await page.screenshot({type: 'png'})
    expect(shot.subarray(1, 4).toString()).toBe('PNG')
    await writeFile(path.join(dir, 'review.png'), shot)
    if (process.env['UPDATE_SCREENSHOT'] === '1') await writeFile(path.join(repo, 'docs/review.png'), shot)

    // Usable at 400 px: nothing wider than the window.
    await page.setViewport({width: 400, height: 900})
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400)

    const file = await readFile(path.join(dir, `${stem}.corrections.yaml`), 'utf8')
    const parsed = parseCorrections(file)
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.corrections.map(({at, set, sameWorkAs}) => ({note: at.note, set, sameWorkAs: sameWorkAs?.note}))).toEqual([
      {note: 11, set: {type: 'book', author: [{family: 'An', given: 'Longzhen'}], 'container-title': null, locator: '254–256, 277'}, sameWorkAs: undefined},
      {note: 24, set: undefined, sameWorkAs: 11}
    ])
    expect(file).toContain('# An Longzhen, Yanbian Chaoxianzu zizhizhou zhouzhi')
  })

  it('Ctrl-C stops the server; octavo build then writes the corrections into citations.json, the CSL-JSON and the bibliography', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve))
    server.kill('SIGINT')
    expect(await exited).toBe(0)
    const out = path.join(dir, 'out')
    const built = await octavoBin(['build', path.join(dir, `${stem}.txt`), '-o', out, '--to', 'citations,csl-json,bibliography'], {OCTAVO_CACHE_DIR: 'off'})
    expect(built.status).toBe(0)
    // The warning the merge settles is no longer printed; nothing about a correction that does not apply.
    expect(built.stderr).not.toContain('corrections.yaml')
    const citations = JSON.parse(await readFile(path.join(out, `${stem}.citations.json`), 'utf8'))
    const note = (n: number) => citations.notes.find((x: {note: number}) => x.note === n)
    expect(note(11).citations[0]).toMatchObject({ref: gazetteer.id, locator: '254–256, 277'})
    expect(note(24).citations[0].ref).toBe(gazetteer.id)
    const work = citations.items.find((i: {id: string}) => i.id === gazetteer.id)
    expect(work.author).toEqual([{family: 'An', given: 'Longzhen'}])
    expect(work['container-title']).toBeUndefined()
    expect(work.type).toBe('book')
    const csl = JSON.parse(await readFile(path.join(out, `${stem}.csl.json`), 'utf8')) as Array<{id: string; author?: unknown}>
    expect(csl.find((i) => i.id === gazetteer.id)?.author).toEqual([{family: 'An', given: 'Longzhen'}])
    expect(csl.some((i) => i.id === shortForm.id)).toBe(false)
    const bibliography = await readFile(path.join(out, `${stem}.bibliography.txt`), 'utf8')
    expect(bibliography).toMatch(/^An, Longzhen\. “?Yanbian Chaoxianzu zizhizhou zhouzhi/m)
  })
})
