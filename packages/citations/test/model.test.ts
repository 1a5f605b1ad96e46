import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {tokenize, TOKEN_RULES} from '../src/lib/model/tokens.js'
import {fold as foldWord} from '@octavo/tree'
import {featureHashes, featureNames, hashFeature, shape} from '../src/lib/model/features.js'
import {LEXICONS, lexiconIndex} from '../src/lib/model/lexicons.js'
import {allowedTransitions, beginLabel, fieldOf, insideLabel, LABEL_COUNT, LABELS, tokenMarginals, viterbi} from '../src/lib/model/model.js'
import {decodeModel, encodeModel, storedEmissions} from '../src/lib/model/store.js'
import {readSpans} from '../src/lib/model/spans.js'
import {BEGIN_FIELDS, FIELD_LABELS} from '../src/lib/model/labels.js'

describe('tokenize', () => {
  it.each(TOKEN_RULES)('rule $name: $example', ({example, name}) => {
    const tokens = tokenize(example)
    expect(tokens.length).toBeGreaterThan(0)
    for (const t of tokens) expect(example.slice(t.start, t.end)).toBe(t.text)
    if (name === 'url') expect(tokens.map((t) => t.text)).toEqual(['https://www.zotero.org/support/kb'])
    if (name === 'doi') expect(tokens.map((t) => t.text)).toEqual(['10.1093/ahr/rhz123'])
  })

  it('cuts words, numbers and marks; a link keeps no closing punctuation', () => {
    expect(tokenize('Müller, l’histoire (1998a), pp. 4–9.').map((t) => t.text)).toEqual(['Müller', ',', 'l’histoire', '(', '1998', 'a', ')', ',', 'pp', '.', '4', '–', '9', '.'])
    expect(tokenize('(see https://example.org/a_(b)).').map((t) => t.text)).toEqual(['(', 'see', 'https://example.org/a_(b)', ')', '.'])
    expect(tokenize('Chae-Jin Lee, fine-tuning, pp. 12-15').map((t) => t.text)).toEqual(['Chae-Jin', 'Lee', ',', 'fine-tuning', ',', 'pp', '.', '12', '-', '15'])
    expect(tokenize('doi:10.1000/xyz.').map((t) => t.text)).toEqual(['doi', ':', '10.1000/xyz', '.'])
  })

  it('never loses a character but spaces', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 80}), (s) => {
        const tokens = tokenize(s)
        let rest = s
        for (const t of [...tokens].reverse()) rest = rest.slice(0, t.start) + rest.slice(t.end)
        expect(rest.trim()).toBe('')
        for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end)
      })
    )
  })
})

describe('features', () => {
  it('folds and shapes words', () => {
    expect(foldWord('Ébauche')).toBe('ebauche')
    expect(shape('Müller')).toBe('Xx')
    expect(shape('1998a')).toBe('0x')
    expect(shape('J.')).toBe('X.')
  })

  it.each(LEXICONS)('word list $name has the words of its example', ({name, example}) => {
    const index = lexiconIndex()
    const found = tokenize(example).some((t) => index.get(foldWord(t.text))?.includes(name))
    expect(found).toBe(true)
  })

  it('describes a token by itself, its neighbours and its place', () => {
    const tokens = tokenize('Vgl. „Die Stadt“, in: Zeitschrift 3 (1998), S. 4.')
    const names = featureNames(tokens)
    expect(names).toHaveLength(tokens.length)
    const die = names[3]!
    expect(die).toEqual(expect.arrayContaining(['w=die', 's=Xx', 'w-1=„', 'q=', 'k=lex:stop']))
    expect(names[0]).toEqual(expect.arrayContaining(['w=vgl', 'k=lex:signal', 'cl-first=', 'w-1=<s>']))
    const year = names[tokens.findIndex((t) => t.text === '1998')]!
    expect(year).toEqual(expect.arrayContaining(['k=num:year', 'br=', 'h=seen-in', 'h=seen-close']))
  })

  it('hashes exactly the features it names (`name=value`)', () => {
    const tokens = tokenize('Ibid., p. 12; Smith, “Title,” 5.')
    const names = featureNames(tokens)
    const {hashes, offsets} = featureHashes(tokens)
    expect(offsets.length).toBe(tokens.length + 1)
    for (let i = 0; i < tokens.length; i++) {
      const expected = names[i]!.map((n) => hashFeature(n.slice(0, n.indexOf('=')), n.slice(n.indexOf('=') + 1)))
      expect(Array.from(hashes.subarray(offsets[i], offsets[i + 1]))).toEqual(expected)
    }
  })
})

describe('labels and decoding', () => {
  it('has an outside label, a start and an inside label per field', () => {
    expect(LABELS[0]).toBe('O')
    expect(LABEL_COUNT).toBe(1 + BEGIN_FIELDS.length + FIELD_LABELS.length)
    const title = FIELD_LABELS.indexOf('title')
    expect(fieldOf(beginLabel(title))).toEqual({field: 'title', begins: true})
    expect(fieldOf(insideLabel(title))).toEqual({field: 'title', begins: false})
  })

  it('never lets a citation start with an inside label', () => {
    const allowed = allowedTransitions()
    const L = LABEL_COUNT
    expect(allowed[L * L + insideLabel(0)]).toBe(0)
    expect(allowed[0 * L + insideLabel(0)]).toBe(0)
    expect(allowed[beginLabel(0) * L + insideLabel(3)]).toBe(1)
  })

  const random = (seed: number) => () => (seed = (seed * 16807) % 2147483647) / 2147483647

  it('decodes exactly: the Viterbi labeling scores at least as well as any other; marginals sum to one and equal the brute-force sums', () => {
    const next = random(7)
    const L = LABEL_COUNT
    const allowed = allowedTransitions()
    for (let trial = 0; trial < 5; trial++) {
      const n = 12
      const E = Float32Array.from({length: n * L}, () => next() * 4 - 2)
      const T = Float32Array.from({length: (L + 1) * L}, () => next() * 2 - 1)
      const best = viterbi(E, n, T)
      const score = (y: ArrayLike<number>) => {
        let s = E[y[0]!]! + T[L * L + y[0]!]!
        for (let i = 1; i < n; i++) s += (allowed[y[i - 1]! * L + y[i]!] ? T[y[i - 1]! * L + y[i]!]! : -Infinity) + E[i * L + y[i]!]!
        return s
      }
      for (let k = 0; k < 200; k++) {
        // A random allowed labeling: outside or a citation's first label wherever the last was outside.
        const y: number[] = []
        for (let i = 0; i < n; i++) {
          let label = Math.floor(next() * L)
          while (!allowed[(i === 0 ? L : y[i - 1]!) * L + label]) label = Math.floor(next() * L)
          y.push(label)
        }
        expect(score(best)).toBeGreaterThanOrEqual(score(y))
      }
      const p = tokenMarginals(
        E,
        n,
        Float64Array.from(T, (t, j) => (allowed[j] ? Math.exp(t) : 0))
      )
      for (let i = 0; i < n; i++) {
        let sum = 0
        for (let y = 0; y < L; y++) sum += p[i * L + y]!
        expect(sum).toBeCloseTo(1, 6)
      }
      // Against every labeling of a three-token note, summed by brute force.
      const m = 3
      const F = E.subarray(0, m * L)
      const brute = new Float64Array(m * L)
      let z = 0
      for (let a = 0; a < L; a++)
        for (let b = 0; b < L; b++)
          for (let c = 0; c < L; c++) {
            if (!allowed[L * L + a] || !allowed[a * L + b] || !allowed[b * L + c]) continue
            const w = Math.exp(F[a]! + T[L * L + a]! + T[a * L + b]! + F[L + b]! + T[b * L + c]! + F[2 * L + c]!)
            z += w
            brute[a]! += w
            brute[L + b]! += w
            brute[2 * L + c]! += w
          }
      const exact = tokenMarginals(
        F,
        m,
        Float64Array.from(T, (t, j) => (allowed[j] ? Math.exp(t) : 0))
      )
      for (let k = 0; k < m * L; k++) expect(exact[k]!).toBeCloseTo(brute[k]! / z, 9)
    }
  })

  it('reads citations and field runs from labels', () => {
    const text = 'See Smith, Title, p. 5; Ibid.'
    const tokens = tokenize(text)
    const f = (name: string) => FIELD_LABELS.indexOf(name as never)
    // See | Smith , Title , p . 5 | ; | Ibid .
    const labels = [
      0,
      beginLabel(f('author')),
      insideLabel(f('other')),
      insideLabel(f('title')),
      insideLabel(f('other')),
      insideLabel(f('other')),
      insideLabel(f('other')),
      insideLabel(f('page')),
      0,
      beginLabel(f('abbrev')),
      insideLabel(f('abbrev'))
    ]
    const spans = readSpans(text, tokens, labels)
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Smith, Title, p. 5', 'Ibid.'])
    expect(spans[0]!.fields.map((x) => [x.field, x.text])).toEqual([
      ['author', 'Smith'],
      ['title', 'Title'],
      ['page', '5']
    ])
    expect(spans[1]!.fields.map((x) => [x.field, x.text])).toEqual([['abbrev', 'Ibid.']])
  })
})

describe('stored model', () => {
  it('keeps its rows through encoding, within the quantization, and drops negligible weights', () => {
    const L = LABEL_COUNT
    const features = new Map([
      [hashFeature('w', 'see'), 0],
      [hashFeature('w', 'ibid'), 1]
    ])
    const weights = new Float32Array(2 * L)
    weights[0 * L + 0] = 2
    weights[0 * L + 5] = -1
    weights[0 * L + 6] = 0.001
    weights[1 * L + beginLabel(FIELD_LABELS.indexOf('abbrev'))] = 3
    const transitions = Float32Array.from({length: (L + 1) * L}, (_, k) => (k % 7) / 7)
    const model = decodeModel(encodeModel(features, weights, transitions, {trained: 'test'}))
    expect(model.info).toEqual({trained: 'test'})
    expect(Array.from(model.transitions)).toEqual(Array.from(transitions))
    const E = storedEmissions(model, featureHashes(tokenize('see')))
    // Only `w=see` of the token's features is in the model.
    expect(E[0]).toBeCloseTo(2, 1)
    expect(E[5]).toBeCloseTo(-1, 1)
    expect(E[6]).toBe(0)
  })

  it('finds each feature as the whole file read would, however often and in whatever order it is asked for (the table filled as asked)', () => {
    const L = LABEL_COUNT
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({min: 0, max: 2 ** 32 - 1}), {minLength: 0, maxLength: 12}), fc.array(fc.integer({min: 0, max: 2 ** 32 - 1}), {maxLength: 80}), (rows, asked) => {
        const features = new Map(rows.map((hash, row) => [hash, row]))
        const weights = Float32Array.from({length: rows.length * L}, (_, k) => ((k * 37) % 11) - 5)
        const model = decodeModel(encodeModel(features, weights, new Float32Array((L + 1) * L), {}, {prune: 0, minRow: 0}))
        // Features of the model and others, each asked for twice; a small table also fills its share of absent ones.
        const hashes = Uint32Array.from([...asked, ...rows, ...asked.slice().reverse(), ...rows])
        const E = storedEmissions(model, {hashes, offsets: Int32Array.from({length: hashes.length + 1}, (_, i) => i)})
        hashes.forEach((hash, i) => {
          const row = features.get(hash)
          for (let y = 0; y < L; y++) {
            const expected = row === undefined ? 0 : weights[row * L + y]!
            expect(Math.abs(E[i * L + y]! - expected)).toBeLessThanOrEqual(Math.abs(expected) / 100 + 0.05)
          }
        })
      })
    )
  })
})
