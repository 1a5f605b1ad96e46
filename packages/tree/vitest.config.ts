import {defineConfig} from 'vitest/config'

// Workspace packages resolve to their TypeScript sources in tests.
export default defineConfig({
  resolve: {conditions: ['@octavo/source']},
  ssr: {resolve: {conditions: ['@octavo/source']}},
  test: {include: ['test/**/*.test.ts'], testTimeout: 60_000, expect: {requireAssertions: true}}
})
