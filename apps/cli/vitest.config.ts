import {defineConfig} from 'vitest/config'
import {FAST, TAGS} from '../../vitest.tags.js'

// Workspace packages resolve to their TypeScript sources in tests. `--mode fast` (npm run test:fast)
// leaves out the tests tagged in ../../vitest.tags.ts and runs the files of a worker in one module
// graph (isolate: false): the sources are imported once, not once a file.
export default defineConfig(({mode}) => ({
  resolve: {conditions: ['@octavo/source']},
  ssr: {resolve: {conditions: ['@octavo/source']}},
  // The build cache is off unless a test gives it a folder (test/cache.test.ts): a user's cache never changes a test.
  test: {
    include: ['test/**/*.test.ts'],
    tags: TAGS,
    tagsFilter: mode === 'fast' ? [FAST] : undefined,
    isolate: mode !== 'fast',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: {OCTAVO_CACHE_DIR: 'off'},
    expect: {requireAssertions: true}
  }
}))
