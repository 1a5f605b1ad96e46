import {defineConfig} from 'vitest/config'
import {FAST, TAGS} from '../../vitest.tags.js'

// Workspace packages resolve to their TypeScript sources in tests. `--mode fast` (npm run test:fast)
// leaves out the tests tagged in ../../vitest.tags.ts.
export default defineConfig(({mode}) => ({
  resolve: {conditions: ['@octavo/source']},
  ssr: {resolve: {conditions: ['@octavo/source']}},
  test: {include: ['test/**/*.test.ts'], tags: TAGS, tagsFilter: mode === 'fast' ? [FAST] : undefined, testTimeout: 60_000}
}))
