import {describe, expect, it} from 'vitest'
import type {CslItem} from '@octavo/parser'
import {mergeItems} from '@octavo/citations'

const sun: CslItem = {id: 'sun2009', type: 'book', title: 'Zhongguo Chaoxianzu yiminshi', author: [{family: 'Sun', given: 'Chunri'}], issued: {'date-parts': [[2009]]}}
const sunAgain: CslItem = {...sun, publisher: 'Zhonghua Shuju'}
const otherSun: CslItem = {id: 'sun2009', type: 'article-journal', title: 'A different work', author: [{family: 'Sun', given: 'Li'}], issued: {'date-parts': [[2009]]}}
const lee: CslItem = {id: 'lee1986', type: 'book', title: "China's Korean Minority", author: [{family: 'Lee', given: 'Chae-Jin'}]}

describe('mergeItems', () => {
  it('keeps one item per work across articles, filling fields a later mention adds', () => {
    const {items, idMaps} = mergeItems([[sun, lee], [sunAgain]])
    expect(items.map((item) => item.id)).toEqual(['sun2009', 'lee1986'])
    expect(items[0]).toMatchObject({publisher: 'Zhonghua Shuju'})
    expect(idMaps[1]?.get('sun2009')).toBe('sun2009')
  })

  it('gives two different works with the same id distinct ids', () => {
    const {items, idMaps} = mergeItems([[sun], [otherSun, lee]])
    expect(items.map((item) => item.id)).toEqual(['sun2009', 'sun2009b', 'lee1986'])
    expect(idMaps[1]?.get('sun2009')).toBe('sun2009b')
    expect(idMaps[0]?.get('sun2009')).toBe('sun2009')
  })

  it('does not change its inputs', () => {
    const input = [[{...sun}], [{...sunAgain}]]
    mergeItems(input)
    expect(input[0]?.[0]).toEqual(sun)
  })
})
