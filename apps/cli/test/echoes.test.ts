import path from 'node:path'
import {writeFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import type {Diagnostic} from '@octavo/parser'
import {dropEchoes} from '../src/lib/echoes.js'
import {octavoBin, tempDir} from './helpers.js'

const at = (line: number) => ({start: {line, column: 1, offset: 0}, end: {line, column: 2, offset: 1}})

describe('dropEchoes: one warning per missing figure', () => {
  it('drops a renderer’s warning about the image the CLI reported at that position, and nothing else', () => {
    const cli: Diagnostic = {severity: 'warning', message: "image 'mule.png' is not in the article's folder: the figure will print as a placeholder", position: at(9), source: 'cli:images'}
    const pdf: Diagnostic = {
      severity: 'warning',
      message: 'image "mule.png" was not found (no image file was given for it); a captioned placeholder is printed instead',
      position: at(9),
      source: 'render-pdf:image'
    }
    const epub: Diagnostic = {
      severity: 'warning',
      message: 'figure "mule.png": image not available; a placeholder with its caption and alternative text stands in its place',
      position: at(9),
      source: 'render-epub:resources'
    }
    const otherImage: Diagnostic = {...pdf, message: 'image "cart.png" was not found (no image file was given for it)'}
    const elsewhere: Diagnostic = {...pdf, position: at(12)}
    const noAlt: Diagnostic = {severity: 'warning', message: "image 'mule.png' has no alternative text", position: at(9), source: 'render-pdf:figure'}
    expect(dropEchoes([cli, pdf, epub, otherImage, elsewhere])).toEqual([cli, otherImage, elsewhere])
    // Whatever the renderer says about that image is an echo only when the CLI reported it; alone, it stays.
    expect(dropEchoes([pdf, epub, noAlt])).toEqual([pdf, epub, noAlt])
  })

  it("in a reader: the articles' reports are given apart, and a position counts only in its own file", () => {
    const cli: Diagnostic = {
      severity: 'warning',
      message: "image 'mule.png' is not in the article's folder: the figure will print as a placeholder",
      position: at(9),
      source: 'cli:images',
      file: 'a.md'
    }
    const echo: Diagnostic = {severity: 'warning', message: 'image "mule.png" was not found (no image file was given for it)', position: at(9), source: 'render-pdf:image', file: 'a.md'}
    const otherArticle: Diagnostic = {...echo, file: 'b.md'}
    expect(dropEchoes([echo, otherArticle], [cli])).toEqual([otherArticle])
  })

  it('octavo build of an article with a missing figure says so once, for a PDF and an EPUB', async () => {
    const dir = await tempDir()
    // An invented article.
    await writeFile(path.join(dir, 'salt.md'), '---\ntitle: The Salt Roads\nlang: en\n---\n\nText.\n\n{% include figure.html filename="mule.png" caption="A mule train." %}\n')
    const {status, stderr} = await octavoBin(['build', path.join(dir, 'salt.md'), '--to', 'pdf,epub', '-o', await tempDir()], {OCTAVO_CACHE_DIR: 'off'})
    expect(status).toBe(0)
    expect(stderr.split('\n').filter((l) => l.includes('mule.png'))).toEqual([
      `${path.join(dir, 'salt.md')}:8:1: warning: image 'mule.png' is not in the article's folder (--images DIR names a folder of images): the figure will print as a placeholder`
    ])
  })
})
