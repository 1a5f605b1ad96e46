// @module-tag slow
/**
 * `--pdf-standard` (and `pdf-standard:` in octavo.yaml and a reader's YAML): the values it takes,
 * its errors, and the PDF it gives, read back (XMP claims, output intent, same bytes twice).
 */
import {copyFile, readFile, writeFile} from 'node:fs/promises'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {PDFArray, PDFDict, PDFDocument, PDFName, type PDFRawStream} from 'pdf-lib'
import {describe, expect, it} from 'vitest'
import {parsePdfStandards} from '../src/lib/pdf-standard.js'
import {readReaderConfig} from '../src/lib/reader-config.js'
import {listFiles, octavo, octavoBin, realArticle, repo, tempDir} from './helpers.js'

/** The XMP packet and the output intents of a PDF file. */
async function claims(file: string): Promise<{xmp: string; intents: number}> {
  const doc = await PDFDocument.load(await readFile(file), {updateMetadata: false})
  const xmp = new TextDecoder().decode((doc.catalog.lookup(PDFName.of('Metadata')) as PDFRawStream).contents)
  return {xmp, intents: doc.catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray)?.size() ?? 0}
}

const PDFA = '<pdfaid:part>2</pdfaid:part>'
const PDFUA = '<pdfuaid:part>1</pdfuaid:part>'

async function example(): Promise<string> {
  const dir = await tempDir()
  await copyFile(path.join(repo, 'examples', 'course-packs.md'), path.join(dir, 'course-packs.md'))
  return dir
}

describe('the values of --pdf-standard', () => {
  // Each case: what is typed, what it means (or the error it gives).
  const CASES: Array<[string, string[] | RegExp]> = [
    ['ua', ['ua']],
    ['a-2u', ['a-2u']],
    ['ua,a-2u', ['ua', 'a-2u']],
    ['A-2U, UA', ['ua', 'a-2u']], // any case, any order, spaces: one order out
    ['ua,ua,', ['ua']],
    ['a2u', /^unknown PDF standard 'a2u' \(expected ua, a-2u or ua,a-2u\) \(did you mean 'a-2u'\?\)$/],
    ['pdf/a-1b', /^unknown PDF standard 'pdf\/a-1b' \(expected ua, a-2u or ua,a-2u\)/],
    [' , ', /^needs a standard: ua, a-2u or ua,a-2u$/]
  ]
  it.each(CASES)('%j', (typed, meant) => {
    if (Array.isArray(meant)) expect(parsePdfStandards(typed)).toEqual(meant)
    else expect(() => parsePdfStandards(typed)).toThrow(meant)
  })

  it('an unknown value is a usage error naming the valid ones, and nothing is written', async () => {
    const dir = await example()
    const out = path.join(dir, 'out')
    const {status, stderr} = await octavo('build', path.join(dir, 'course-packs.md'), '--pdf-standard', 'pdf/a', '-o', out, '--no-cache')
    expect(status).toBe(2)
    expect(stderr).toContain("unknown PDF standard 'pdf/a' (expected ua, a-2u or ua,a-2u)")
    expect(await listFiles(out)).toEqual([])
  })
})

describe('the PDF each value gives', () => {
  it('ua (the default) claims PDF/UA-1 only; a-2u PDF/A-2u only, with an output intent', async () => {
    const dir = await example()
    const input = path.join(dir, 'course-packs.md')
    for (const [flags, pdfa, pdfua] of [
      [[], false, true],
      [['--pdf-standard', 'A-2u'], true, false],
      [['--pdf-standard', 'ua,a-2u'], true, true]
    ] as const) {
      const out = path.join(dir, `out-${flags.join('')}`)
      const {status, stderr} = await octavo('build', input, '--to', 'pdf', '-o', out, '--no-cache', '-q', ...flags)
      expect(stderr).toBe('')
      expect(status).toBe(0)
      const {xmp, intents} = await claims(path.join(out, 'course-packs.pdf'))
      expect(xmp.includes(PDFA)).toBe(pdfa)
      expect(xmp.includes(PDFUA)).toBe(pdfua)
      expect(intents).toBe(pdfa ? 1 : 0)
    }
  })

  it('octavo.yaml gives it (checked at its line); the command line wins', async () => {
    const dir = await example()
    const input = path.join(dir, 'course-packs.md')
    await writeFile(path.join(dir, 'octavo.yaml'), 'to: pdf\npdf-standard: UA, A-2U\n')
    const run = (...argv: string[]) => octavo('--config', path.join(dir, 'octavo.yaml'), 'build', input, '--no-cache', '-q', ...argv)
    expect((await run('-o', path.join(dir, 'a'))).status).toBe(0)
    expect((await claims(path.join(dir, 'a', 'course-packs.pdf'))).xmp).toContain(PDFA)
    expect((await run('-o', path.join(dir, 'b'), '--pdf-standard', 'ua')).status).toBe(0)
    expect((await claims(path.join(dir, 'b', 'course-packs.pdf'))).xmp).not.toContain(PDFA)
    await writeFile(path.join(dir, 'octavo.yaml'), 'to: pdf\npdf-standard: pdf-a\n')
    const bad = await run('-o', path.join(dir, 'c'))
    expect(bad.status).toBe(2)
    expect(bad.stderr).toBe(`${path.join(dir, 'octavo.yaml')}:2:15: error: 'pdf-standard': unknown PDF standard 'pdf-a' (expected ua, a-2u or ua,a-2u)\n`)
  })

  it("a reader's YAML gives it to the volume's PDF (a bad value at its line)", async () => {
    const dir = await example()
    await writeFile(path.join(dir, 'r.yaml'), 'title: Volume\npdf-standard: ua,a-2u\narticles:\n  - course-packs.md\n')
    const {status, stderr} = await octavo('reader', path.join(dir, 'r.yaml'), '-o', path.join(dir, 'out'), '--no-cache', '-q')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const {xmp, intents} = await claims(path.join(dir, 'out', 'r.pdf'))
    expect(xmp).toContain(PDFA)
    expect(xmp).toContain(PDFUA)
    expect(intents).toBe(1)
    const yaml = 'title: Volume\npdf-standard: a-1b\narticles:\n  - course-packs.md\n'
    const {diagnostics} = await readReaderConfig(path.join(dir, 'r.yaml'), yaml)
    expect(diagnostics.map((d) => `${d.position?.start.line}:${d.position?.start.column}: ${d.message}`)).toEqual([
      "2:15: 'pdf-standard': unknown PDF standard 'a-1b' (expected ua, a-2u or ua,a-2u) (did you mean 'a-2u'?)"
    ])
  })

  it('"Done when": the real article with --pdf-standard ua,a-2u claims both, has an output intent, passes qpdf --check and is the same bytes twice', async () => {
    const dir = await tempDir()
    const env = {SOURCE_DATE_EPOCH: '1700000000', OCTAVO_CACHE_DIR: 'off'}
    const build = (out: string) => octavoBin(['build', realArticle, '--pdf-standard', 'ua,a-2u', '--to', 'pdf', '-o', out, '-q'], env)
    const [first, second] = [await build(path.join(dir, 'one')), await build(path.join(dir, 'two'))]
    expect(first.status).toBe(0)
    expect(second.status).toBe(0)
    const file = path.join(dir, 'one', 'koreans-1950-1962.pdf')
    expect((await readFile(file)).equals(await readFile(path.join(dir, 'two', 'koreans-1950-1962.pdf')))).toBe(true)
    const {xmp, intents} = await claims(file)
    expect(xmp).toContain(PDFA)
    expect(xmp).toContain('<pdfaid:conformance>U</pdfaid:conformance>')
    expect(xmp).toContain(PDFUA)
    expect(intents).toBe(1)
    const doc = await PDFDocument.load(await readFile(file), {updateMetadata: false})
    const intent = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).lookup(0, PDFDict)
    expect(String(intent.get(PDFName.of('S')))).toBe('/GTS_PDFA1')
    const qpdf = spawnSync('qpdf', ['--check', file], {encoding: 'utf8'})
    if (qpdf.error) return // qpdf not installed
    expect(qpdf.stdout).toContain('No syntax or stream encoding errors')
    expect(qpdf.status).toBe(0)
  }, 120_000)
})
