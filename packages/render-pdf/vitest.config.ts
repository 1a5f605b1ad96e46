import {defineConfig} from 'vitest/config'
import {FAST, TAGS} from '../../vitest.tags.js'

// Workspace packages resolve to their TypeScript sources in tests. `--mode fast` (npm run test:fast)
// leaves out the tests tagged in ../../vitest.tags.ts and runs the files of a worker in one module
// graph (isolate: false): the sources are imported once, not once a file. Setup hooks that typeset a
// whole article get the tests' time limit (vitest's default 10 s is short on a loaded machine).
export default defineConfig(({mode}) => ({
  resolve: {conditions: ['@octavo/source']},
  ssr: {resolve: {conditions: ['@octavo/source']}},
  test: {
    include: ['test/**/*.test.ts'],
    tags: TAGS,
    tagsFilter: mode === 'fast' ? [FAST] : undefined,
    isolate: mode !== 'fast',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: {requireAssertions: true}
  }
}))
