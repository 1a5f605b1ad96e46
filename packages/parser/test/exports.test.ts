import {expect, it} from 'vitest'

it('pins the public exports of @octavo/parser (types are not listed: they vanish at run time)', async () => {
  const api = await import('@octavo/parser')
  expect(Object.keys(api).sort()).toEqual(['parse', 'toMarkdown'])
  expect(typeof api.parse).toBe('function')
  expect(typeof api.toMarkdown).toBe('function')
})
