import {expect, test} from 'vitest'
import * as api from '../src/index.js'

test('the public API is pinned: changing it is a conscious act', () => {
  expect(Object.keys(api).sort()).toEqual(['accessibilityMetadata', 'defaultCss', 'files', 'missingNoteText', 'renderEpub', 'toXhtml'])
  expect(typeof api.renderEpub).toBe('function')
  expect(typeof api.toXhtml).toBe('function')
  expect(api.missingNoteText).toBe('[note missing in the source]')
})
