import {defineConfig} from 'vitest/config'

// Workspace packages resolve to their TypeScript sources in tests.
export default defineConfig({
  resolve: {conditions: ['@octavo/source']},
  ssr: {resolve: {conditions: ['@octavo/source']}},
  // The build cache is off unless a test gives it a folder (test/cache.test.ts): a user's cache never changes a test.
  test: {include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, env: {OCTAVO_CACHE_DIR: 'off'}}
})
