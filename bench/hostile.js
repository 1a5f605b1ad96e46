// Hostile input to the parser: each pathological class of issue 18 at 10k/20k/40k/80k repetitions, to show
// that the time grows linearly (doubling the input about doubles it). `node bench/hostile.js`, or within
// `npm run bench`. Uses the built parser. Numbers are printed, never asserted. The whole `octavo build` on
// the same classes and more: bench/hostile-cli.js (npm run bench:hostile).
import {parse} from '@octavo/parser'

const lists = (n) => Array.from({length: Math.round(Math.sqrt(n))}, (_, i) => `${'  '.repeat(i)}- a`).join('\n')
export const CLASSES = [
  ['nested `[`', 'markdown', (n) => '['.repeat(n)],
  ['nested `[@`', 'markdown', (n) => '[@'.repeat(n)],
  ['`[@a]` citations in one paragraph', 'markdown', (n) => '[@a]'.repeat(n)],
  ['nested links `[…](b)`', 'markdown', (n) => `${'['.repeat(n)}a${'](b)'.repeat(n)}`],
  ['link openings `[a](`', 'markdown', (n) => '[a]('.repeat(n)],
  ['nested emphasis `*a … c*`', 'markdown', (n) => `${'*a '.repeat(n)}b${' c*'.repeat(n)}`],
  ['emphasis run `***…a…***`', 'markdown', (n) => `${'*'.repeat(n)}a${'*'.repeat(n)}`],
  ['strikethrough `~a`', 'markdown', (n) => '~a'.repeat(n)],
  ['backtick runs', 'markdown', (n) => Array.from({length: n}, (_, i) => `${'`'.repeat((i % 50) + 1)}a`).join(' ')],
  ['escapes `\\[`', 'markdown', (n) => '\\[@a\\]'.repeat(n)],
  ['nested `<span>`', 'markdown', (n) => `${'<span>'.repeat(n)}a${'</span>'.repeat(n)}`],
  ['`>` block quotations', 'markdown', (n) => `${'>'.repeat(n)} a`],
  ['nested note definitions `[^a]: `', 'markdown', (n) => `${'[^a]: '.repeat(n)}x`],
  ['nested lists (√n levels, about n characters)', 'markdown', lists],
  [
    'n/10 lines indented 200 deep in 100 nested lists',
    'markdown',
    (n) => [...Array.from({length: 100}, (_, i) => `${'  '.repeat(i)}- item ${i}`), ...Array.from({length: n / 10}, (_, i) => `${' '.repeat(200)}line ${i}`)].join('\n')
  ],
  ['one paragraph of n lines', 'markdown', (n) => Array.from({length: n}, (_, i) => `lorem ipsum *dolor* sit ${i}`).join('\n')],
  ['one word of n characters (smart typography)', 'markdown', (n) => `A ${'abcdefghij'.repeat(n / 10)} b.`, {typography: true}],
  ['n one-letter paragraphs', 'markdown', (n) => 'a\n\n'.repeat(n)],
  ['n footnote references and their definitions', 'markdown', (n) => Array.from({length: n}, (_, i) => `x[^${i}]\n\n`).join('') + Array.from({length: n}, (_, i) => `[^${i}]: note ${i}\n\n`).join('')],
  ['n headings', 'markdown', (n) => Array.from({length: n}, (_, i) => `# H${i}\n\n`).join('')],
  ['nested `[` (plain text)', 'text', (n) => '['.repeat(n)],
  ['one block of n lines (plain text)', 'text', (n) => 'ab cd\n'.repeat(n)]
]

/** Median of three runs, in ms. */
function time(text, format, options) {
  const times = []
  for (let i = 0; i < 3; i++) {
    const t = performance.now()
    parse(text, {format, ...options})
    times.push(performance.now() - t)
  }
  return times.sort((a, b) => a - b)[1]
}

export function benchHostile(log = console.log) {
  const sizes = [10_000, 20_000, 40_000, 80_000]
  log(`${'parse, hostile input'.padEnd(44)} ${sizes.map((n) => `${n / 1000}k`.padStart(9)).join('')}   80k/40k`)
  for (const [name, format, make, options] of CLASSES) {
    const ms = sizes.map((n) => time(make(n), format, options))
    log(`${name.padEnd(44)} ${ms.map((t) => `${t.toFixed(0)} ms`.padStart(9)).join('')}   ×${(ms[3] / ms[2]).toFixed(1)}`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchHostile()
