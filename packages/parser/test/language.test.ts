import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import type {Diagnostic} from '@octavo/parser'
import {guessLanguage, parse} from '@octavo/parser'

const lesson = (name: string) => readFileSync(new URL(`../../../../shared/corpus/real/${name}`, import.meta.url))

describe('guessLanguage', () => {
  it('reads the French lesson as French and the stylometry lesson as English', {tags: ['corpus']}, () => {
    for (const [name, lang] of [
      ['ph-fr-transcription-graphies-non-latines.md', 'fr'],
      ['ph-stylometry-python.md', 'en']
    ] as const) {
      const diagnostics: Diagnostic[] = []
      expect(guessLanguage(parse(lesson(name), {format: 'markdown'}).tree, diagnostics)).toBe(lang)
      expect(diagnostics).toEqual([expect.objectContaining({severity: 'info', message: expect.stringContaining(`'${lang}'`)})])
    }
  })

  it('does not guess from too little text', () => {
    const diagnostics: Diagnostic[] = []
    expect(guessLanguage(parse('# Titre\n\nUn court texte.\n', {format: 'markdown'}).tree, diagnostics)).toBeUndefined()
    expect(diagnostics).toEqual([])
  })

  it('reads prose, not code', () => {
    const german = 'Die Geschichte der Stadt beginnt mit einer kleinen Siedlung am Fluss, die über Jahrhunderte wuchs und zu einem wichtigen Handelsplatz wurde. '
    const code = '```\n' + 'the quick brown fox jumps over the lazy dog and then returns to the house '.repeat(40) + '\n```\n'
    const tree = parse(`${code}\n${german.repeat(5)}\n`, {format: 'markdown'}).tree
    expect(guessLanguage(tree, [])).toBe('de')
  })
})
