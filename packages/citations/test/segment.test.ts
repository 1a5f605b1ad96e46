import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {segmentNote} from '../src/index.js'

const spans = (text: string) => segmentNote(text).segments.map((s) => ({text: s.text, prefix: s.prefix}))

describe('segmentNote', () => {
  it('splits sources at ; and “and”, keeps signals as prefixes', () => {
    const note = 'See Hazel Smith, “Explaining North Korean Migration to China,” NKIDP e-Dossier No. 11, p. 1; and Sun, Zhongguo Chaoxianzu yiminshi, pp. 61–75, 106–137.'
    expect(spans(note)).toEqual([
      {text: 'Hazel Smith, “Explaining North Korean Migration to China,” NKIDP e-Dossier No. 11, p. 1', prefix: 'See'},
      {text: 'Sun, Zhongguo Chaoxianzu yiminshi, pp. 61–75, 106–137', prefix: null}
    ])
    expect(segmentNote(note).commentary).toBe(false)
  })

  it('splits two sources joined by “and” alone, not names or a two-part article', () => {
    expect(spans('See Lee, China’s Korean Minority, pp. 15–17 and Sun, Zhongguo Chaoxianzu yiminshi, p. 5.')).toEqual([
      {text: 'Lee, China’s Korean Minority, pp. 15–17', prefix: 'See'},
      {text: 'Sun, Zhongguo Chaoxianzu yiminshi, p. 5', prefix: null}
    ])
    expect(spans('Sun Chunri and Shen Yingshu, “On the Process,” Dongjiang xuekan, No. 4 (2006), pp. 54–60.')).toHaveLength(1)
    expect(spans('Li Danhui, “An Investigation,” Zhonggong dangshi ziliao, No. 4 (1999), pp. 1–8 and No. 5 (1999), pp. 1–22.')).toHaveLength(1)
    expect(spans('Hazel Smith, “North Koreans,” in Tsuneo Akaha and Anna Vassilieva, eds., Crossing Borders (Tokyo: UN Press, 2005), pp. 165–190.')).toHaveLength(1)
  })

  it('finds a citation after prose, and prose around it is commentary', () => {
    const note = 'The most important work on the topic is Sun Chunri, Zhongguo Chaoxianzu yiminshi (Beijing: Zhonghua Shuju, 2009). Other titles include: Piao Changlie, Zhongguo lishi (Yanji: Yanbian Daxue Chubanshe, 1995), pp. 1–39.'
    const seg = segmentNote(note)
    expect(seg.segments.map((s) => s.text)).toEqual([
      'Sun Chunri, Zhongguo Chaoxianzu yiminshi (Beijing: Zhonghua Shuju, 2009)',
      'Piao Changlie, Zhongguo lishi (Yanji: Yanbian Daxue Chubanshe, 1995), pp. 1–39'
    ])
    expect(seg.segments.every((s) => s.prefix === null)).toBe(true)
    expect(seg.commentary).toBe(true)
  })

  it('reads long signal phrases and “quoted in” / “Also see”', () => {
    const note = '“Hungarian Embassy to the DPRK,” Report, 16 May 1955, in Hungarian Foreign Ministry Archive (KTS), 5, doboz, 5/c, 006050/1955, quoted in Balázs Szalontai, “You Have No Political Line,” CWIHP Bulletin, Nos. 14/15 (Winter 2003–Spring 2004), p. 96. Also see Balázs Szalontai, Kim Il Sung in the Khrushchev Era (Washington, DC: Woodrow Wilson Center Press, 2006), pp. 121–124.'
    expect(spans(note).map((s) => s.prefix)).toEqual([null, 'quoted in', 'Also see'])
    expect(spans('For an elaboration of the subject, see Lee, China’s Korean Minority, p. 5.')).toEqual([{text: 'Lee, China’s Korean Minority, p. 5', prefix: 'For an elaboration of the subject, see'}])
    expect(spans('See the records of the session in Renmin ribao [People’s Daily], 6 September 1950, p. 3.')[0]!.prefix).toBe('See the records of the session in')
  })

  it('does not end a sentence at initials or abbreviations', () => {
    expect(spans('Francis C. Jones, Manchuria since 1931 (London: Royal Institute of International Affairs, 1949), p. 72.')).toHaveLength(1)
  })

  it('keeps Ibid.’s own period', () => {
    expect(spans('Ibid.')).toEqual([{text: 'Ibid.', prefix: null}])
    expect(spans('Ibid., pp. 72–76; and Lee, China’s Korean Minority, pp. 19–27.').map((s) => s.text)).toEqual(['Ibid., pp. 72–76', 'Lee, China’s Korean Minority, pp. 19–27'])
  })

  it('a note without a source is commentary only', () => {
    const seg = segmentNote('The PRC did not promulgate its nationality law until 1980. The lengthy delay reflected a general desire to ignore nationality issues.')
    expect(seg.segments).toEqual([])
    expect(seg.commentary).toBe(true)
  })

  it('survives unbalanced quotes and brackets with a partial reading', () => {
    const seg = segmentNote('Hazel Smith, “Explaining North Korean Migration to China, NKIDP e-Dossier No. 11 [draft, p. 1; and Lee, China’s Korean Minority (Boulder: Westview Press, 1986), p. 5.')
    expect(seg.segments.length).toBeGreaterThanOrEqual(1)
    expect(seg.segments.some((s) => s.text.startsWith('Lee, China’s Korean Minority'))).toBe(true)
  })

  it('stays linear on a 100 KB note', () => {
    const unit = 'Lee, “A Title with (parens and [brackets, p. 5; and “unbalanced quotes, 1999. '
    const big = unit.repeat(Math.ceil(100_000 / unit.length))
    const t0 = performance.now()
    const seg = segmentNote(big)
    const ms = performance.now() - t0
    expect(ms).toBeLessThan(3000)
    expect(Array.isArray(seg.segments)).toBe(true)
    const run = 'a'.repeat(100_000)
    const t1 = performance.now()
    expect(segmentNote(run).commentary).toBe(true)
    expect(performance.now() - t1).toBeLessThan(1000)
  })

  it('property: never throws, spans are exact substrings in order', () => {
    const alphabet = fc.constantFrom(...'Ab “”‘’"()[];,.: pp. 12–15 See Ibid. in CFMA, No. 1 Smith (Paris: Gallimard, 1999) and '.split(''))
    fc.assert(
      fc.property(fc.array(alphabet, {maxLength: 300}).map((a) => a.join('')), (text) => {
        const seg = segmentNote(text)
        let last = 0
        for (const s of seg.segments) {
          expect(text.slice(s.start, s.end)).toBe(s.text)
          expect(s.start).toBeGreaterThanOrEqual(last)
          last = s.end
        }
      }),
      {numRuns: 300}
    )
  })
})
