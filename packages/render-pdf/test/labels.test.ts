// Labels in the article's language (issue 12): every language of the shared table, read back
// from the PDF: the abstract, the notes of endnote mode, the bibliography, a lost note, a volume's
// contents and editors.
import {execFileSync} from 'node:child_process'
import {describe, expect, test} from 'vitest'
import type {Root} from 'mdast'
import {labelsByLanguage} from '@octavo/parser'
import type {Article} from '@octavo/parser'
import {layout, writePdf} from '../src/index.js'
import {has, patterns, tempFile, testFonts} from './helpers.js'

const hyphenation = {en: patterns('en-us'), fr: patterns('fr'), de: patterns('de-1996'), es: patterns('es'), it: patterns('it')}

async function pdfText(tree: Root, notes: 'footnotes' | 'endnotes'): Promise<string> {
  const pdf = await writePdf(layout(tree, {fonts: testFonts(), hyphenation, notes}).layout, {fonts: testFonts()})
  return execFileSync('pdftotext', [tempFile('labels.pdf', pdf), '-'], {encoding: 'utf8'}).replace(/\s+/g, ' ')
}

function article(lang: string): Root {
  return {
    type: 'root',
    data: {meta: {title: 'Un titre', lang, abstract: 'Quelques mots.'}},
    children: [
      {
        type: 'paragraph',
        children: [
          {type: 'text', value: 'Texte.'},
          {type: 'footnoteReference', identifier: '1', label: '1'},
          {type: 'footnoteReference', identifier: '2', label: '2'}
        ]
      },
      {type: 'footnoteDefinition', identifier: '1', label: '1', children: [{type: 'paragraph', children: [{type: 'text', value: 'Une note.'}]}]},
      {type: 'footnoteDefinition', identifier: '2', label: '2', children: [], data: {missing: true}},
      // the CLI titles every bibliography "Bibliography": the document's word is printed instead
      {type: 'bibliography', title: 'Bibliography', children: [{type: 'bibliographyEntry', id: 'a', children: [{type: 'text', value: 'Auteur, A. Livre. Paris, 1990.'}]}]}
    ]
  }
}

function volume(lang: string): Root {
  const piece = (n: number): Article => ({type: 'article', children: [{type: 'paragraph', children: [{type: 'text', value: 'Texte.'}]}], data: {meta: n === 1 ? {title: 'Premier'} : {}}})
  return {type: 'root', children: [piece(1), piece(2)], data: {meta: {title: 'Recueil', lang, editor: [{given: 'E.', family: 'Éditeur'}]}}}
}

describe.skipIf(!has('pdftotext'))('labels in the document`s language, read back from the PDF', () => {
  test.each(Object.keys(labelsByLanguage))('%s', async (lang) => {
    const labels = labelsByLanguage[lang]!
    const text = await pdfText(article(lang), 'endnotes')
    for (const word of [labels.abstract, labels.notes, labels.bibliography, `[${labels.noteMissing}]`]) expect(text).toContain(word)
    const book = await pdfText(volume(lang), 'footnotes')
    for (const word of [labels.contents, `${labels.editedBy} E. Éditeur`, `${labels.article} 2`]) expect(book).toContain(word)
    if (lang !== 'en') {
      // no English label left (French shares "Notes", "Article" and "Figure" with English)
      const english = labelsByLanguage.en!
      for (const word of [english.abstract, english.bibliography, english.contents, english.editedBy, english.noteMissing]) {
        expect(text + book).not.toContain(word)
      }
    }
  })
})
