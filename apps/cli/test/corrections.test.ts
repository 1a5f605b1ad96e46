// @module-tag corpus
import {copyFile, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {citationHash} from '@octavo/citations'
import {listFiles, octavo, octavoBin, realArticle, tempDir} from './helpers.js'

interface CitationsJson {
  notes: Array<{note: number; commentary: boolean; citations: Array<{ref: string; form: string; text: string; locator: string | null}>}>
  items: Array<{id: string; [variable: string]: unknown}>
}

const STEM = 'koreans-1950-1962'
/** Szalontai's article in the bibliography once corrected (Chicago). */
const BIBLIOGRAPHY_LINE = '———. “‘You Have No Political Line of Your Own:’ Kim Il Sung and the Soviets, 1953–1964.” CWIHP Bulletin, no. 14/15 (2004).'
const TO = ['--to', 'citations,csl-json,bibliography']

/** The real article in a folder of its own, with a corrections file when given. */
async function folder(corrections?: string): Promise<string> {
  const dir = await tempDir()
  await copyFile(realArticle, path.join(dir, `${STEM}.txt`))
  if (corrections !== undefined) await writeFile(path.join(dir, `${STEM}.corrections.yaml`), corrections)
  return dir
}

async function build(dir: string, ...more: string[]) {
  const out = path.join(dir, 'out')
  const outcome = await octavo('build', path.join(dir, `${STEM}.txt`), ...TO, '-o', out, ...more)
  const read = async (suffix: string) => readFile(path.join(out, `${STEM}${suffix}`), 'utf8')
  return {...outcome, out, read, citations: async () => JSON.parse(await read('.citations.json')) as CitationsJson}
}

/** The reading without corrections, to find the citations the corrections name (by note and text, as an editor would). */
let plain: CitationsJson
beforeAll(async () => {
  plain = await (await build(await folder())).citations()
})

/** The key of the citation of note `note` whose text starts with `start`, as the lines of a correction in block style. */
function atBlock(note: number, start: string): string {
  return at(note, start).split(', ').join('\n    ')
}

/** The key lines of the citation of note `note` whose text starts with `start`. */
function at(note: number, start: string): string {
  const citations = plain.notes.find((n) => n.note === note)!.citations
  const index = citations.findIndex((c) => c.text.startsWith(start))
  expect(index).not.toBe(-1)
  return `note: ${note}, citation: "${citationHash(citations[index]!.text)}", index: ${index}`
}

describe('the corrections file of the real article', () => {
  it('reads Szalontai’s article as two works: its title inside the container in note 48, its short form of note 49 a work of its own (what the corrections below fix)', () => {
    const refs = plain.notes.flatMap((n) => n.citations.filter((c) => c.text.includes('You Have No Political Line')).map((c) => `${n.note}:${c.ref}`))
    expect(refs).toEqual(['48:szalontai2004', '49:szalontai', '50:szalontai'])
    expect(plain.items.find((i) => i.id === 'szalontai2004')!['container-title']).toMatch(/^‘You Have No Political Line of Your Own:’ .*CWIHP Bulletin/)
  })

  it('corrects a title, a container and a locator and merges works: citations.json, the CSL-JSON and the bibliography say so', async () => {
    const corrections = [
      'octavo-corrections: 1',
      'corrections:',
      `  - ${atBlock(48, 'Balázs Szalontai, “‘You Have')}`,
      '    set:',
      '      title: "‘You Have No Political Line of Your Own:’ Kim Il Sung and the Soviets, 1953–1964"',
      '      container-title: CWIHP Bulletin',
      '      issue: 14/15',
      `  - {${at(49, 'Szalontai')}, same-work-as: {${at(48, 'Balázs Szalontai, “‘You Have')}}, set: {locator: '93'}}`,
      `  - {${at(50, 'Szalontai, “You Have')}, same-work-as: {${at(48, 'Balázs Szalontai, “‘You Have')}}}`,
      ''
    ].join('\n')
    const result = await build(await folder(corrections))
    expect(result.stderr).not.toMatch(/error:|corrections\.yaml/)
    expect(result.status).toBe(0)

    const citations = await result.citations()
    const article = citations.notes.flatMap((n) => n.citations.filter((c) => c.text.includes('You Have No Political Line')).map((c) => `${n.note}:${c.ref}:${c.locator}`))
    expect(article).toEqual(['48:szalontai2004:96', '49:szalontai2004:93', '50:szalontai2004:93'])
    expect(citations.items.map((i) => i.id)).toEqual(plain.items.map((i) => i.id).filter((id) => id !== 'szalontai'))
    const work = {
      id: 'szalontai2004',
      type: 'article-journal',
      author: [{family: 'Szalontai', given: 'Balázs'}],
      title: '‘You Have No Political Line of Your Own:’ Kim Il Sung and the Soviets, 1953–1964',
      'container-title': 'CWIHP Bulletin',
      issue: '14/15'
    }
    expect(citations.items.find((i) => i.id === work.id)).toMatchObject(work)

    const csl = JSON.parse(await result.read('.csl.json')) as CitationsJson['items']
    expect(csl.map((i) => i.id)).toEqual(citations.items.map((i) => i.id))
    expect(csl.find((i) => i.id === work.id)).toMatchObject(work)

    const before = (await readFile(path.join((await build(await folder())).out, `${STEM}.bibliography.txt`), 'utf8')).split('\n')
    const after = (await result.read('.bibliography.txt')).split('\n')
    expect(before.filter((l) => l.includes('You Have No Political Line'))).toHaveLength(2)
    expect(after.filter((l) => l.includes('You Have No Political Line'))).toEqual([BIBLIOGRAPHY_LINE])
    expect(after.length).toBe(before.length - 1)
  })

  it('a correction whose citation changed is a warning at its line and column, and is not applied', async () => {
    const text = `octavo-corrections: 1\ncorrections:\n  - note: 11\n    citation: 0badf00d\n    set: {title: Wrong}\n`
    const result = await build(await folder(text))
    expect(result.status).toBe(0)
    expect(result.stderr).toContain(`${STEM}.corrections.yaml:3:5: warning: note 11, citation 0badf00d: no citation of the note has this text any more (the note changed): correction not applied`)
    expect(await result.read('.citations.json')).toBe(JSON.stringify(plain, null, 2) + '\n')
  })

  it('a malformed file: errors at line:column, exit 1, nothing written', async () => {
    const text = `octavo-corrections: 1\ncorrections:\n  - {${at(11, 'An Longzhen')}, set: {author: An Longzhen}}\n  - {${at(24, 'An, Yanbian')}, merge: yes}\n`
    const result = await build(await folder(text))
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(new RegExp(`${STEM}\\.corrections\\.yaml:3:\\d+: error: author must be a list of names`))
    expect(result.stderr).toMatch(new RegExp(`${STEM}\\.corrections\\.yaml:4:\\d+: error: unknown key 'merge' in a correction`))
    expect(await listFiles(result.out)).toEqual([])
  })

  it('octavo reader applies each article’s corrections', async () => {
    const dir = await folder(
      `octavo-corrections: 1\ncorrections:\n  - {${at(24, 'An, Yanbian')}, same-work-as: {${at(11, 'An Longzhen')}}}\n  - {${at(11, 'An Longzhen')}, set: {author: [{family: An, given: Longzhen}]}}\n`
    )
    await writeFile(path.join(dir, 'r.yaml'), `title: Borders\narticles: [${STEM}.txt]\n`)
    const {status, stderr} = await octavo('reader', path.join(dir, 'r.yaml'), '-o', path.join(dir, 'out'), '-q')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const [name] = (await listFiles(path.join(dir, 'out'))).filter((f) => f.endsWith('.csl.json'))
    const csl = JSON.parse(await readFile(path.join(dir, 'out', name!), 'utf8')) as CitationsJson['items']
    expect(csl.filter((i) => i.title === 'Yanbian Chaoxianzu zizhizhou zhouzhi').map((i) => i['author'])).toEqual([[{family: 'An', given: 'Longzhen'}]])
  })
})

describe('the build cache and the corrections file', () => {
  it('builds anew when the corrections file appears, changes or goes', async () => {
    const [dir, cache] = [await folder(), await tempDir()]
    const env = {OCTAVO_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1700000000'}
    const corrections = path.join(dir, `${STEM}.corrections.yaml`)
    const authorOf = async () => {
      const out = path.join(dir, 'out')
      const {status} = await octavoBin(['build', path.join(dir, `${STEM}.txt`), '--to', 'csl-json', '-o', out, '-q'], env)
      expect(status).toBe(0)
      return (JSON.parse(await readFile(path.join(out, `${STEM}.csl.json`), 'utf8')) as CitationsJson['items']).find((i) => i.id === 'an1996')!['author']
    }
    const setAuthor = (given: string) => writeFile(corrections, `octavo-corrections: 1\ncorrections:\n  - {${at(11, 'An Longzhen')}, set: {author: [{family: An, given: ${given}}]}}\n`)
    expect(await authorOf()).toEqual([{family: 'An', given: 'Longzhen'}])
    await setAuthor('Lung-chen')
    expect(await authorOf()).toEqual([{family: 'An', given: 'Lung-chen'}])
    await setAuthor('Long-zhen')
    expect(await authorOf()).toEqual([{family: 'An', given: 'Long-zhen'}])
    await rm(corrections)
    expect(await authorOf()).toEqual([{family: 'An', given: 'Longzhen'}])
    // The cache was on: its entry (one key, rewritten by each build) names the corrections file among the files checked by hash, absent now.
    const [entry] = (await readdir(cache)).filter((n) => n.endsWith('.octavo-cache'))
    const header = JSON.parse((await readFile(path.join(cache, entry!), 'utf8')).split('\n')[1]!) as {inputs: Array<[string, string]>}
    expect(header.inputs).toContainEqual([path.resolve(corrections), 'absent'])
  })
})
