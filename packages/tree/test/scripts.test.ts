import {expect, test} from 'vitest'
import {scriptRules, scriptRuns} from '../src/index.js'
import {foreignScripts} from '../src/lib/scripts.js'

test('no script of the table has a character below U+02EA (what lets a text of such characters skip the search)', () => {
  for (const rule of scriptRules) {
    const char = new RegExp(`^${rule.chars}$`, 'u')
    for (let code = 0; code < 0x2ea; code++) expect(char.test(String.fromCodePoint(code)), `${rule.script} U+${code.toString(16)}`).toBe(false)
  }
  // Bopomofo's tone mark U+02EA is where the skip must end.
  expect(scriptRules.filter((rule) => new RegExp(rule.chars, 'u').test('\u02ea')).map((rule) => rule.script)).toEqual(['Hani'])
})

test("a language's pattern is compiled once, not for every text (100,000 headings compiled it 100,000 times)", () => {
  const english = foreignScripts('en')
  expect(foreignScripts('en')).toBe(english)
  expect(english.rules.map((rule) => rule.script)).toEqual(scriptRules.map((rule) => rule.script))
  expect(foreignScripts('el').rules.map((rule) => rule.script)).not.toContain('Grek')
  const runs = Array.from({length: 3}, (_, i) => scriptRuns(`the word שלום and ἄνθρωπος ${i}`, 'en'))
  expect(runs[2]).toEqual([{text: 'the word '}, {text: 'שלום', lang: 'und-Hebr'}, {text: ' and '}, {text: 'ἄνθρωπος', lang: 'grc'}, {text: ' 2'}])
})

test('a text below U+02EA or of punctuation is one run; Greek in a Greek book is not tagged', () => {
  expect(scriptRuns('café, naïve — “quoted” ʃ', 'en')).toEqual([{text: 'café, naïve — “quoted” ʃ'}])
  // Curly marks, dashes and currency beside a foreign run: the run is still found (only a text of nothing else skips the search).
  expect(scriptRuns('“шапка” – 5 €', 'en')).toEqual([{text: '“'}, {text: 'шапка', lang: 'und-Cyrl'}, {text: '” – 5 €'}])
  expect(scriptRuns('Η λέξη ἄνθρωπος and Latin', 'el')).toEqual([{text: 'Η λέξη ἄνθρωπος and Latin'}])
})
