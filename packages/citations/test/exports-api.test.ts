import {expect, test} from 'vitest'
import * as api from '../src/index.js'

/**
 * Pins the public exports of the bibliography and export part of the package
 * (src/index.ts is shared: the notes reader adds its own), so that an API
 * change is a conscious one.
 */
const OURS = {
  formatBibliography: 'function',
  prepareForStyle: 'function',
  NOTE_FIELDS: 'object',
  bibliographyNode: 'function',
  appendBibliography: 'function',
  bibliographyDocument: 'function',
  formattedKey: 'function',
  BIBLIOGRAPHY_CSS: 'string',
  toCslJson: 'function',
  toRis: 'function',
  toBibtex: 'function',
  FIELD_MAP: 'object',
  TYPE_MAP: 'object',
  fieldFor: 'function',
  typeFor: 'function',
  restyleNotes: 'function'
} as const

test('the bibliography and export API is exported, with these kinds', () => {
  const exported = Object.fromEntries(Object.keys(OURS).map((name) => [name, typeof (api as Record<string, unknown>)[name]]))
  expect(exported).toEqual(OURS)
})
