import {readFileSync} from 'node:fs'
import path from 'node:path'
import {expect, it} from 'vitest'
import {repo} from './helpers.js'
// @ts-expect-error: a script of the repository, plain JavaScript without types
import {renderNotices} from '../../../scripts/notices.mjs'

it('THIRD_PARTY_NOTICES.md is current: every runtime package of package-lock.json with its licence (run `npm run notices` after a dependency changes)', () => {
  const {text, packages} = renderNotices() as {text: string; packages: number}
  expect(packages).toBeGreaterThan(100)
  expect(readFileSync(path.join(repo, 'THIRD_PARTY_NOTICES.md'), 'utf8')).toBe(text)
  // The fonts embedded in every PDF and EPUB, with their OFL text.
  expect(text).toMatch(/## @expo-google-fonts\/eb-garamond [\d.]+ — LICENSE_FONT[\s\S]*SIL Open Font License, Version 1\.1/)
  expect(text).toMatch(/## dejavu-fonts-ttf [\d.]+ — LICENSE/)
  // The sRGB profile of PDF/A-2u files, vendored with its zlib licence.
  expect(text).toMatch(/## sRGB ICC profile, icc-profiles-free [^\n]*\n\n[^\n]*\n\n```text\nsRGB\.icc — from the Debian package icc-profiles-free[\s\S]*The zlib\/libpng License/)
})
