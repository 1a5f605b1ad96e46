/**
 * An empty notes heading in the source (src/lib/markdown-notes-heading.ts):
 * every heading of the table, as its example writes it, is dropped when
 * nothing but the notes follows it; kept when text does.
 */
import {describe, expect, it} from 'vitest'
import {toString} from 'mdast-util-to-string'
import {parse} from '@octavo/parser'
import {BIBLIOGRAPHY_HEADINGS, NOTES_HEADINGS} from '../src/lib/markdown-notes-heading.js'

const md = (text: string) => parse(text, {format: 'markdown'})
const headings = (text: string) =>
  md(text)
    .tree.children.filter((node) => node.type === 'heading')
    .map((node) => toString(node))

describe('an empty notes heading is dropped', () => {
  for (const {lang, heading, example, from} of NOTES_HEADINGS) {
    it(`${lang}: ${example} (${from})`, () => {
      const {tree, diagnostics} = md(`# Body\n\nText.[^1]\n\n${example}\n\n[^1]: A note.\n`)
      expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'footnoteDefinition'])
      expect(diagnostics.map((d) => [d.severity, d.source, d.position?.start.line])).toEqual([['info', 'parser:notes', 5]])
      expect(diagnostics[0]?.message).toContain(heading)
    })
  }

  it('at the end of a document without notes', () => {
    expect(headings('# Body\n\nText.\n\n## Notes\n')).toEqual(['Body'])
  })

  it('when the notes written in the middle are moved to the end (the definitions stand under the heading in the source)', () => {
    expect(headings('Text.[^1]\n\n## Notes\n\n[^1]: A note.\n\n## Bibliography\n\n- Doe, *Salt*.\n')).toEqual(['Bibliography'])
  })

  for (const {lang, heading} of BIBLIOGRAPHY_HEADINGS) {
    it(`${lang}: before a bibliography heading "${heading}"`, () => {
      expect(headings(`Text.[^1]\n\n## Notes\n\n## ${heading}\n\n- Doe, *Salt*.\n\n[^1]: A note.\n`)).toEqual([heading])
    })
  }
})

describe('a notes heading with something under it is kept', () => {
  it('a paragraph under it', () => {
    expect(headings('Text.[^1]\n\n## Notes\n\nThe notes follow the edition of 1902.\n\n[^1]: A note.\n')).toEqual(['Notes'])
  })
  it('another section after it', () => {
    expect(headings('Text.[^1]\n\n## Notes\n\n## Acknowledgements\n\nThanks.\n\n[^1]: A note.\n')).toEqual(['Notes', 'Acknowledgements'])
  })
  it('a heading that only starts like one ("Notes on method")', () => {
    expect(headings('Text.\n\n## Notes on method\n')).toEqual(['Notes on method'])
  })
})
