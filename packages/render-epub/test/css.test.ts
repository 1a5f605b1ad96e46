import {expect, test} from 'vitest'
import {defaultCss} from '../src/index.js'
import {cssValues} from '../src/lib/css.js'

/** The declarations of the rule with exactly this selector list. */
function rule(selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`(?:^|\\n)\\s*${escaped} \\{([^}]*)\\}`).exec(defaultCss)
  if (!match) throw new Error(`no rule for ${selector}`)
  return match[1]!
}

test('no indent rule depends on p + p adjacency (a footnote between two paragraphs breaks it)', () => {
  expect(defaultCss).not.toMatch(/p\s*\+\s*p/)
  expect(rule('p.indent')).toContain(`text-indent: ${cssValues.paragraphIndent}`)
  expect(rule('aside.footnote p.indent, li.endnote p.indent')).toContain(`text-indent: ${cssValues.noteIndent}`)
})

test('code: lining figures, breaks anywhere rather than off the screen, long lines wrap with their indentation', () => {
  expect(rule('pre, code')).toContain('font-variant-numeric: lining-nums')
  expect(rule('pre, code')).toContain('overflow-wrap: anywhere')
  expect(rule('pre')).toContain('white-space: pre-wrap')
  expect(rule('a[href^="http"], a[href^="mailto"], .link')).toContain('overflow-wrap: anywhere')
})

test("a note's back-links are underlined (not told apart by colour alone)", () => {
  expect(rule('a.note-label, a.backlink')).toContain('text-decoration: underline')
  // and no later rule takes it away
  const after = defaultCss.slice(defaultCss.indexOf('a.note-label, a.backlink'))
  expect(after).not.toMatch(/note-label[^{]*\{[^}]*text-decoration: none/)
})
