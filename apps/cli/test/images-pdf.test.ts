/** `octavo build --to pdf` prints the local images beside an article as figures (read back with `pdfimages`). */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {deflateSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {octavo, tempDir} from './helpers.js'

const poppler = spawnSync('sh', ['-c', 'command -v pdfimages']).status === 0
if (!poppler) console.warn('images-pdf tests skipped: poppler-utils (pdfimages) is not installed')

/** A real RGB PNG of `width` × `height` pixels, one colour. */
function png(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const table = Array.from({length: 256}, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Uint8Array) => {
    let c = 0xffffffff
    for (const byte of bytes) c = table[(c ^ byte) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    out.write(type, 4, 'latin1')
    Buffer.from(data).copy(out, 8)
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length)
    return out
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  const row = [0, ...Array.from({length: width}, () => rgb).flat()]
  const raw = Uint8Array.from(Array.from({length: height}, () => row).flat())
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]))
}

describe.skipIf(!poppler)('images in the PDF', () => {
  it('embeds an image beside the article once, however often it is shown, and warns about one it cannot print', async () => {
    const dir = await tempDir()
    await mkdir(path.join(dir, 'article'))
    await writeFile(path.join(dir, 'article/map.png'), png(120, 80, [40, 90, 160]))
    await writeFile(path.join(dir, 'article/drawing.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    await writeFile(path.join(dir, 'article/a.md'), '# Figures\n\n![A map](map.png "Map 1. The border.")\n\nText between.\n\n![The map again](map.png)\n\n![A drawing](drawing.svg)\n')
    const out = path.join(dir, 'out')
    const {status, stderr} = await octavo('build', path.join(dir, 'article/a.md'), '-o', out, '--to', 'pdf')
    expect(status).toBe(0)
    const input = path.join(dir, 'article/a.md')
    expect(stderr).toContain(`${input}:9:1: warning: image "${path.join(dir, 'article/drawing.svg')}" is an SVG file, not PNG or JPEG; its alt text is printed instead`)
    const file = path.join(out, 'a.pdf')
    const rows = execFileSync('pdfimages', ['-list', file], {encoding: 'utf8'})
      .trim()
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
    expect(rows.map((f) => [f[0], f[3], f[4], f[5]])).toEqual([
      ['1', '120', '80', 'rgb'],
      ['1', '120', '80', 'rgb']
    ])
    expect(rows[0]![10]).toBe(rows[1]![10]) // one image object drawn twice
    const text = execFileSync('pdftotext', [file, '-'], {encoding: 'utf8'})
    expect(text).toContain('Map 1. The border.')
    expect(text).toContain('[Image: A drawing]')
    // the PDF names no path of the user's machine
    expect(Buffer.from(await readFile(file)).includes(Buffer.from(dir))).toBe(false)
  })

  it('prints a figure include as a captioned figure, its file found next to the article or in --images DIR; one warning for each figure not found', async () => {
    const dir = await tempDir()
    await mkdir(path.join(dir, 'lesson'))
    await mkdir(path.join(dir, 'images/maps'), {recursive: true})
    await writeFile(path.join(dir, 'lesson/beside.png'), png(60, 40, [200, 40, 40]))
    await writeFile(path.join(dir, 'images/maps/border.png'), png(90, 30, [40, 160, 40]))
    await writeFile(path.join(dir, 'secret.png'), png(10, 10, [0, 0, 0]))
    const source = [
      '# Figures',
      '',
      '{% include figure.html filename="beside.png" caption="Figure 1: beside" %}',
      '',
      "{% include figure.html caption='Figure 2: the border' filename='maps/border.png' width=\"200\" %}",
      '',
      '{% include figure.html filename="lost.png" alt="Lost" caption="Figure 3: lost" %}',
      '',
      '{% include figure.html filename="../secret.png" caption="Figure 4: outside" %}',
      ''
    ].join('\n')
    const input = path.join(dir, 'lesson/a.md')
    await writeFile(input, source)
    const out = path.join(dir, 'out')
    const {status, stderr} = await octavo('build', input, '-o', out, '--to', 'pdf', '--images', path.join(dir, 'images'))
    expect(status).toBe(0)
    const ours = stderr.split('\n').filter((line) => line.includes('the figure will print as a placeholder'))
    expect(ours).toEqual([
      `${input}:7:1: warning: image 'lost.png' is not in the article's folder and is not in the images folder '${path.join(dir, 'images')}': the figure will print as a placeholder`,
      `${input}:9:1: warning: image '../secret.png' is outside the article's folder and is outside the images folder '${path.join(dir, 'images')}': the figure will print as a placeholder`
    ])
    const rows = execFileSync('pdfimages', ['-list', path.join(out, 'a.pdf')], {encoding: 'utf8'})
      .trim()
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
    expect(rows.map((f) => [f[3], f[4]])).toEqual([
      ['60', '40'],
      ['90', '30']
    ])
    const text = execFileSync('pdftotext', [path.join(out, 'a.pdf'), '-'], {encoding: 'utf8'})
    expect(text).toContain('Figure 1: beside')
    expect(text).toContain('Figure 2: the border')
  })

  it('without --images, a figure not beside the article says where one can be given', async () => {
    const dir = await tempDir()
    const input = path.join(dir, 'a.md')
    await writeFile(input, '# F\n\n{% include figure.html filename="x.png" %}\n')
    const {status, stderr} = await octavo('build', input, '-o', path.join(dir, 'out'), '--to', 'pdf')
    expect(status).toBe(0)
    expect(stderr).toContain(`${input}:3:1: warning: image 'x.png' is not in the article's folder (--images DIR names a folder of images): the figure will print as a placeholder`)
  })

  describe('octavo reader: --images DIR and the reader’s images:', () => {
    /** A reader folder: an article in lessons/ showing two figures, one in images/ (inside the reader's folder), one in elsewhere/ (outside it). */
    async function readerFolder(yaml: string): Promise<{dir: string; top: string; reader: string}> {
      const top = await tempDir()
      const dir = path.join(top, 'reader')
      await mkdir(path.join(dir, 'lessons'), {recursive: true})
      await mkdir(path.join(dir, 'images'))
      await mkdir(path.join(top, 'elsewhere'))
      await writeFile(path.join(dir, 'images/border.png'), png(90, 30, [40, 160, 40]))
      await writeFile(path.join(top, 'elsewhere/river.png'), png(50, 20, [40, 40, 160]))
      await writeFile(
        path.join(dir, 'lessons/a.md'),
        '---\ntitle: Figures\nlang: en\n---\n\n{% include figure.html filename="border.png" caption="Figure 1: the border" %}\n\n{% include figure.html filename="river.png" caption="Figure 2: the river" %}\n\nText.\n'
      )
      await writeFile(path.join(dir, 'r.yaml'), yaml)
      return {dir, top, reader: path.join(dir, 'r.yaml')}
    }
    const sizes = (file: string) =>
      execFileSync('pdfimages', ['-list', file], {encoding: 'utf8'})
        .trim()
        .split('\n')
        .slice(2)
        .map((line) => line.trim().split(/\s+/))
        .map((f) => `${f[3]}x${f[4]}`)

    it("images: in the reader's YAML, a folder inside the reader's: its figures print; the others are placeholders with one warning", async () => {
      const {dir, reader} = await readerFolder('title: R\nimages: images\narticles: [lessons/a.md]\n')
      const {status, stderr} = await octavo('reader', reader, '-o', path.join(dir, 'out'), '--no-cache')
      expect(status).toBe(0)
      expect(sizes(path.join(dir, 'out/r.pdf'))).toEqual(['90x30'])
      expect(stderr.match(/warning: image/g)).toHaveLength(1)
      expect(stderr).toContain(`lessons/a.md:8:1: warning: image 'river.png' is not in the article's folder and is not in the images folder '${path.join(dir, 'images')}'`)
    })

    it('--images DIR wins over images: and may be anywhere the user names', async () => {
      const {dir, top, reader} = await readerFolder('title: R\nimages: images\narticles: [lessons/a.md]\n')
      const {status, stderr} = await octavo('reader', reader, '-o', path.join(dir, 'out'), '--no-cache', '--images', path.join(top, 'elsewhere'))
      expect(status).toBe(0)
      expect(sizes(path.join(dir, 'out/r.pdf'))).toEqual(['50x20'])
      expect(stderr).toContain("warning: image 'border.png' is not in the article's folder")
    })

    it.each([
      ['a folder outside the reader’s', 'images: ../elsewhere', "'../elsewhere' leaves the reader's folder: refused"],
      ['an absolute path', 'images: /tmp', "'/tmp' is an absolute path: name files relative to the reader's folder"],
      ['a file, not a folder', 'images: lessons/a.md', "'lessons/a.md' is not a folder"],
      ['a folder that is not there', 'images: pictures', "'pictures' does not exist"]
    ])('images: naming %s is an error at its value, nothing written', async (_, line, message) => {
      const {dir, reader} = await readerFolder(`title: R\n${line}\narticles: [lessons/a.md]\n`)
      const {status, stderr} = await octavo('reader', reader, '-o', path.join(dir, 'out'), '--no-cache')
      expect(status).toBe(1)
      expect(stderr).toContain(`${reader}:2:9: error: ${message}`)
      expect(await readFile(path.join(dir, 'out/r.pdf')).catch(() => undefined)).toBeUndefined()
    })

    it('a prepared article kept in the cache is prepared again when the images folder changes', async () => {
      const {dir, top, reader} = await readerFolder('title: R\narticles: [lessons/a.md]\n')
      const cache = path.join(top, 'cache')
      process.env.OCTAVO_CACHE_DIR = cache
      try {
        const first = await octavo('reader', reader, '-o', path.join(dir, 'out'))
        expect(first.status).toBe(0)
        expect(sizes(path.join(dir, 'out/r.pdf'))).toEqual([])
        const second = await octavo('reader', reader, '-o', path.join(dir, 'out'), '--images', path.join(top, 'elsewhere'))
        expect(second.status).toBe(0)
        expect(sizes(path.join(dir, 'out/r.pdf'))).toEqual(['50x20'])
        // the image changes in the folder outside the reader's: the article is prepared again
        await writeFile(path.join(top, 'elsewhere/river.png'), png(70, 20, [40, 40, 160]))
        const third = await octavo('reader', reader, '-o', path.join(dir, 'out'), '--images', path.join(top, 'elsewhere'))
        expect(third.status).toBe(0)
        expect(sizes(path.join(dir, 'out/r.pdf'))).toEqual(['70x20'])
      } finally {
        delete process.env.OCTAVO_CACHE_DIR
      }
    })
  })
})
