import type {Heading, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Diagnostic} from './types.js'

/** A heading's text, as compared: lower case, white space single, a closing colon gone. */
function key(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '').toLowerCase()
}

/** A source heading over the notes, by language: each with the heading as an article writes it, and where it comes from. */
export const NOTES_HEADINGS: ReadonlyArray<{lang: string; heading: string; example: string; from: string}> = [
  {lang: 'en', heading: 'Notes', example: '## Notes', from: 'Chicago-style articles'},
  {lang: 'en', heading: 'Endnotes', example: '# Endnotes', from: 'ph-interrogating-national-narrative-gpt.md, ph-stylometry-python.md'},
  {lang: 'en', heading: 'End Notes', example: '# End Notes', from: 'ph-linear-regression.md'},
  {lang: 'en', heading: 'Footnotes', example: '## Footnotes:', from: 'blog exports'},
  {lang: 'fr', heading: 'Notes de fin', example: '## Notes de fin', from: 'ph-fr-transcription-graphies-non-latines.md'},
  {lang: 'fr', heading: 'Notes de bas de page', example: '## Notes de bas de page', from: 'French journals'},
  {lang: 'de', heading: 'Anmerkungen', example: '## Anmerkungen', from: 'German journals'},
  {lang: 'de', heading: 'Fußnoten', example: '### Fußnoten', from: 'German web articles'},
  {lang: 'de', heading: 'Endnoten', example: '## Endnoten', from: 'German web articles'},
  {lang: 'es', heading: 'Notas', example: '## Notas', from: 'Spanish journals (Programming Historian en español)'},
  {lang: 'it', heading: 'Note', example: '## Note', from: 'Italian journals'}
]

/** A heading over the bibliography: a notes heading before it is empty too. */
export const BIBLIOGRAPHY_HEADINGS: ReadonlyArray<{lang: string; heading: string}> = [
  {lang: 'en', heading: 'Bibliography'},
  {lang: 'en', heading: 'References'},
  {lang: 'en', heading: 'Works Cited'},
  {lang: 'fr', heading: 'Bibliographie'},
  {lang: 'fr', heading: 'Références'},
  {lang: 'de', heading: 'Literatur'},
  {lang: 'de', heading: 'Literaturverzeichnis'},
  {lang: 'es', heading: 'Bibliografía'},
  {lang: 'es', heading: 'Referencias'},
  {lang: 'it', heading: 'Bibliografia'}
]

const NOTES = new Set(NOTES_HEADINGS.map((entry) => key(entry.heading)))
const BIBLIOGRAPHY = new Set(BIBLIOGRAPHY_HEADINGS.map((entry) => key(entry.heading)))

function isHeading(node: RootContent | undefined, names: ReadonlySet<string>): node is Heading {
  return node?.type === 'heading' && names.has(key(toString(node)))
}

/**
 * A source heading "Notes" (`NOTES_HEADINGS`) with nothing after it but the
 * note definitions (which stand at the end of the root once numbered), the
 * end of the document or a bibliography heading, is dropped with an info
 * diagnostic: the renderers set the notes in their own place (at the foot
 * of the page, or at the end under their own "Notes"), and the heading would
 * stand empty above the bibliography.
 */
export function dropEmptyNotesHeadings(tree: Root, diagnostics: Diagnostic[]): void {
  const children = tree.children
  for (let index = children.length - 1; index >= 0; index--) {
    const node = children[index]
    if (!isHeading(node, NOTES)) continue
    const next = children.slice(index + 1).find((child) => child.type !== 'footnoteDefinition')
    if (next !== undefined && !isHeading(next, BIBLIOGRAPHY)) continue
    children.splice(index, 1)
    const text = toString(node)
    diagnostics.push({
      severity: 'info',
      message: `heading "${text}" has nothing under it but the notes: dropped (the notes are set in their own place)`,
      position: node.position,
      source: 'parser:notes'
    })
  }
}
