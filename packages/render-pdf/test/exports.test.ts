import {expect, test} from 'vitest'
import * as api from '../src/index.js'

test('the public exports (an API change is a conscious one)', () => {
  expect(Object.keys(api).sort()).toEqual([
    'BLOCK_TAGS',
    'DEFAULT_STANDARDS',
    'PAGE_SCALES',
    'PDFA_RULES',
    'PDF_STANDARDS',
    'STORE_KINDS',
    'breakGreedy',
    'breakLines',
    'deflate',
    'fontFingerprint',
    'geometries',
    'headingShift',
    'headingTag',
    'layout',
    'renderPdf',
    'writePdf'
  ])
  expect(Object.keys(api.geometries).sort()).toEqual(['6x9', 'a4', 'a5', 'letter'])
})
