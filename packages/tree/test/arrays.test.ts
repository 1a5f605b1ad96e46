import {describe, expect, it} from 'vitest'
import {append, greatest, least, prepend, spliceItems} from '../src/index.js'

// More elements than V8 takes as arguments: `push(...items)` with these throws "Maximum call stack size exceeded".
const MANY = 300_000
const many = Array.from({length: MANY}, (_, i) => i)

describe('array edits without spreading arrays into arguments', () => {
  it('the spread they replace overflows the stack at this size', () => {
    expect(() => [].push(...(many as never[]))).toThrow(RangeError)
  })

  it('append adds every item in order', () => {
    const target = [-1]
    expect(append(target, many)).toBe(target)
    expect(target.length).toBe(MANY + 1)
    expect(target[1]).toBe(0)
    expect(target.at(-1)).toBe(MANY - 1)
  })

  it('prepend puts the items first, in their order', () => {
    expect(prepend(['x', 'y'], ['a', 'b'])).toEqual(['a', 'b', 'x', 'y'])
    const target = prepend(['end'], many.map(String))
    expect([target[0], target[MANY - 1], target[MANY], target.length]).toEqual(['0', String(MANY - 1), 'end', MANY + 1])
  })

  it('spliceItems is splice, for a few items and for many', () => {
    const few = ['0', '1', '2', '3', '4']
    expect(spliceItems(few, 1, 2, ['a', 'b', 'c'])).toEqual(['1', '2'])
    expect(few).toEqual(['0', 'a', 'b', 'c', '3', '4'])
    const target = ['0', '1', '2', '3']
    expect(spliceItems(target, 1, 2, many.map(String))).toEqual(['1', '2'])
    expect([target.length, target[0], target[1], target[MANY], target[MANY + 1]]).toEqual([MANY + 2, '0', '0', String(MANY - 1), '3'])
  })

  it('least and greatest are Math.min and Math.max with a bound', () => {
    expect([least([3, 1, 2]), least([], 7), least([0.5, 0.9], 1), least([NaN, 1])]).toEqual([1, 7, 0.5, NaN])
    expect([greatest([3, 1, 2]), greatest([], 0), greatest(many), greatest([2], 5)]).toEqual([3, 0, MANY - 1, 5])
    expect(least(many)).toBe(0)
  })
})
