import type {Element, ElementContent, Root} from 'hast'
import {classes} from './hast.js'

/** The class of a paragraph set with a first-line indent (see `cssValues.paragraphIndent`). */
export const indentClass = 'indent'

/**
 * Elements a paragraph looks past when it asks what it follows: a pop-up
 * footnote stands between two paragraphs in the file, but not on the page of
 * a reading system that hides it (Apple Books, Foliate), where `p + p` then
 * loses the indent after every paragraph with a note.
 */
export const passedOver: ReadonlyArray<{name: string; matches: (node: Element) => boolean; example: string}> = [
  {
    name: 'a pop-up footnote',
    matches: (node) => node.tagName === 'aside' && classes(node).includes('footnote'),
    example: 'One.[^1]\n\nTwo.\n\n[^1]: A note.'
  }
]

/**
 * The rule: a paragraph is indented when the block before it (looking past
 * `passedOver`) is a paragraph; the first paragraph of a section, of a
 * quotation, of a note, and one after a heading, a section break, a
 * quotation, a list, code, a table or a figure is not (the gap or the break
 * already marks it). Named cases, each with the Markdown it exists for and
 * the paragraphs (by their text) that are indented; `test/indent.test.ts`
 * runs every one.
 */
export const indentCases: ReadonlyArray<{name: string; markdown: string; indented: string[]}> = [
  {name: 'a paragraph after a paragraph', markdown: 'One.\n\nTwo.\n\nThree.', indented: ['Two.', 'Three.']},
  {name: 'after a paragraph with a note (its aside between them)', markdown: passedOver[0]!.example, indented: ['Two.']},
  {name: 'the first paragraph after a heading', markdown: '# Heading\n\nOne.\n\nTwo.', indented: ['Two.']},
  {name: 'after a section break', markdown: 'One.\n\n***\n\nTwo.', indented: []},
  {name: 'after a block quotation (the paragraph resumes)', markdown: 'One:\n\n> Quoted.\n\nTwo.', indented: []},
  {name: 'after a list', markdown: 'One:\n\n- item\n\nTwo.', indented: []},
  {name: 'after code', markdown: 'One:\n\n```\ncode\n```\n\nTwo.', indented: []},
  {name: 'the second paragraph of a quotation', markdown: '> Quoted.\n>\n> Again.', indented: ['Again.']},
  {name: 'the second paragraph of a note', markdown: 'One.[^1]\n\n[^1]: First.\n\n    Second.', indented: ['Second.']},
  {name: 'the lines of the title block (subtitle, authors)', markdown: '---\ntitle: T\nsubtitle: S\nauthor: [{family: Doe}]\n---\n\nOne.', indented: []}
]

/** Elements whose paragraphs are lines, not prose: never indented (the title block's subtitle, authors, source). */
const lineBlocks = new Set(['header'])

/** Mark every paragraph that follows a paragraph with `indentClass`, at every level of the tree. */
export function markIndents(root: Root | Element): void {
  let previous: Element | undefined
  for (const child of root.children as ElementContent[]) {
    if (child.type !== 'element') continue
    if (!lineBlocks.has(child.tagName)) markIndents(child)
    if (passedOver.some((rule) => rule.matches(child))) continue
    if (child.tagName === 'p' && previous?.tagName === 'p') child.properties['className'] = [...classes(child), indentClass]
    previous = child
  }
}
