// @module-tag browser
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * `octavo review` end to end, in a real browser (puppeteer-core driving
 * Debian's chromium, installed by .ci/run; nothing downloaded): the review of
 * the real article, a title, a container and an issue corrected, two works merged;
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
/** Szalontai's article of note 48, once its title is out of the container, and the work its short form in note 49 was read as. */
let article: ReviewWork
let shortForm: ReviewWork
const TITLE = '‘You Have No Political Line of Your Own:’ Kim Il Sung and the Soviets, 1953–1964'
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

/**
 * Click a field and wait until it has the focus: keys typed before would go to
 * the page, whose shortcuts act on them (`a` accepts a note; seen on a loaded
 * machine, where the merge typed into note 49's field accepted note 50).
 */
async function focus(selector: string, clicks = 1): Promise<void> {
  await page.click(selector, {count: clicks})
  await page.waitForFunction((sel) => document.activeElement === document.querySelector(sel), {timeout: 30_000}, selector)
}

/** Type into a field of a note (all of it replaced), then leave it: the page saves it. */
async function correct(selector: string, text: string, what: string): Promise<void> {
  await focus(selector, 3)
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
    const state = (await page.evaluate(async (token) => (await fetch('/api/state', {headers: {authorization: `token ${token}`}})).json(), new URL(url).searchParams.get('token'))) as ReviewState
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

  it('a title, a container and an issue corrected (the formatted note following as it is typed), two works merged: saved into the corrections file', async () => {
    // Szalontai's article in note 48 (its title read into the container) and the work its short form in note 49 was read as: two works.
    const state = (await page.evaluate(async (token) => (await fetch('/api/state', {headers: {authorization: `token ${token}`}})).json(), new URL(url).searchParams.get('token'))) as ReviewState
    const workOf = (n: number, i: number) => state.works.find((w) => w.id === state.notes.find((x) => x.note === n)!.citations[i]!.ref)!
    article = workOf(48, 1)
    shortForm = workOf(49, 0)
    expect(article.id).not.toBe(shortForm.id)
    const note48 = '#note-48 form.citation:nth-of-type(2)'
    const title = `${note48} input[id$="-title"]:not([id$="-container-title"]):not([id$="-collection-title"])`
    await focus(title, 3)
    await page.keyboard.press('Backspace')
    await page.keyboard.type(TITLE)
    await page.waitForFunction(
      (sel) => document.querySelector(`${sel} output`)?.textContent?.includes('Note: Balázs Szalontai, “‘You Have No Political Line of Your Own:’ Kim Il Sung'),
      {timeout: 30_000},
      note48
    )
    await page.keyboard.press('Tab')
    await saved('title of note 48, citation 2')
    await correct(`${note48} input[id$="-container-title"]`, 'CWIHP Bulletin', 'container-title of note 48, citation 2')
    await correct(`${note48} input[id$="-issue"]`, '14/15', 'issue of note 48, citation 2')
    await focus('#note-49 input[id$="-same"]')
    await page.keyboard.type(article.id)
    await page.keyboard.press('Enter')
    await saved(`${shortForm.label} merged into `)
    expect(await page.$eval(note48 + ' output', (o) => o.textContent)).toContain(
      'Bibliography: Szalontai, Balázs. “‘You Have No Political Line of Your Own:’ Kim Il Sung and the Soviets, 1953–1964.” CWIHP Bulletin'
    )

    await page.$eval('#note-48', (n) => n.scrollIntoView({block: 'start'}))
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
      {note: 48, set: {title: TITLE, 'container-title': 'CWIHP Bulletin', issue: '14/15'}, sameWorkAs: undefined},
      {note: 49, set: undefined, sameWorkAs: 48}
    ])
    expect(file).toContain('# Balázs Szalontai, “‘You Have No Political Line')
  })

  it('Ctrl-C stops the server; octavo build then writes the corrections into citations.json, the CSL-JSON and the bibliography', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve))
    server.kill('SIGINT')
    expect(await exited).toBe(0)
    const out = path.join(dir, 'out')
    const built = await octavoBin(['build', path.join(dir, `${stem}.txt`), '-o', out, '--to', 'citations,csl-json,bibliography'], {OCTAVO_CACHE_DIR: 'off'})
    expect(built.status).toBe(0)
    // Nothing about a correction that does not apply.
    expect(built.stderr).not.toContain('corrections.yaml')
    const citations = JSON.parse(await readFile(path.join(out, `${stem}.citations.json`), 'utf8'))
    const note = (n: number) => citations.notes.find((x: {note: number}) => x.note === n)
    expect(note(48).citations[1]).toMatchObject({ref: article.id, locator: '96'})
    expect(note(49).citations[0].ref).toBe(article.id)
    const work = citations.items.find((i: {id: string}) => i.id === article.id)
    expect(work).toMatchObject({title: TITLE, 'container-title': 'CWIHP Bulletin', issue: '14/15', author: [{family: 'Szalontai', given: 'Balázs'}]})
    const csl = JSON.parse(await readFile(path.join(out, `${stem}.csl.json`), 'utf8')) as Array<{id: string; title?: unknown}>
    expect(csl.find((i) => i.id === article.id)?.title).toBe(TITLE)
    expect(csl.some((i) => i.id === shortForm.id)).toBe(false)
    const bibliography = await readFile(path.join(out, `${stem}.bibliography.txt`), 'utf8')
    expect(bibliography).toContain('“‘You Have No Political Line of Your Own:’ Kim Il Sung and the Soviets, 1953–1964.” CWIHP Bulletin, no. 14/15')
  })
})
