/**
 * How far the parser follows hostile input. Each limit names the attack it
 * exists for (`example`, run by `test/limits.test.ts` at ten times the
 * limit) and what happens past it; none is near what an article needs (the
 * four real lessons in `../shared/corpus/real` peak at 2 levels of nesting and
 * 198 markup characters and line endings between two blank lines). README.md, "Limits", says why.
 */
export interface Limit {
  readonly value: number
  /** What the limit counts. */
  readonly counts: string
  /** Past the limit. */
  readonly then: string
  /** The hostile input it exists for, `n` times over. */
  readonly example: (n: number) => string
  /** What `example` was reported doing before the limit. */
  readonly before: string
}

export const LIMITS = {
  /** Lists, block quotes and note definitions nested in one another. */
  containerDepth: {
    value: 100,
    counts: 'levels of lists, block quotations and note definitions nested in one another',
    then: 'the marker that would open the next level is read as text (a warning at it)',
    example: (n) => Array.from({length: n}, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
    before: 'lists nested 1,000 deep took 86 s; 10,000 `>` overflowed the stack'
  },
  /** Markup characters in one paragraph, heading or table cell. */
  inlineMarks: {
    value: 1000,
    counts: 'markup characters ([ ] * _ ~ ` < \\ &) and line endings in one paragraph, heading or table cell',
    then: 'the markup of that paragraph is read as plain text (a warning at it)',
    example: (n) => '[@doe99] '.repeat(Math.ceil(n / 2)),
    before: '20,000 `[@doe99]` took 8 s, 20,000 nested links 24 s (the Markdown parser’s time grows with their square)'
  },
  /** Emphasis, strong emphasis, strikethrough and links inside one another. */
  inlineDepth: {
    value: 100,
    counts: 'levels of emphasis, strong emphasis, strikethrough and links inside one another',
    then: 'the formatting below that level is dropped, its text kept (a warning at it)',
    example: (n) => `${'*a '.repeat(n)}b${' c*'.repeat(n)}`,
    before: '10,000 nested emphasis overflowed the stack'
  },
  /** HTML elements inside one another in one raw HTML block. */
  htmlDepth: {
    value: 100,
    counts: 'levels of HTML elements inside one another in one HTML block',
    then: 'the block is kept as raw HTML, not read into the tree (a warning at it)',
    example: (n) => `${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`,
    before: 'not reached before HTML blocks were read into the tree; 10,000 nested `<div>` would overflow the stack of the HTML to mdast conversion'
  },
  /** Blocks of one article, Markdown or plain text (markdown-blocks.ts counts them from the lines that start one). */
  blocks: {
    value: 25_000,
    counts: 'blocks in one article, Markdown or plain text (lines that follow a blank line or open a heading, list item, note definition or `|` table row, outside fenced code)',
    then: 'the article is an error at the line that starts the next block, and is not read (bind a longer text as articles of a reader)',
    example: (n) => Array.from({length: n}, (_, i) => `# Heading ${i + 1}\n`).join('\n'),
    before: '100,000 one-line headings took 62 s (parse 20 s, PDF 22 s, EPUB 20 s), 100,000 notes with their references longer: every block costs the parser and both renderers about the same'
  },
  /** YAML aliases (`*name`) in front matter. */
  yamlAliases: {
    value: 100,
    counts: 'nodes that YAML aliases in the front matter expand to',
    then: 'the front matter is an error at the first alias (the body is still read)',
    example: (n) => {
      const levels = Math.max(2, Math.ceil(Math.log10(n)))
      const lines = ['---', 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]']
      for (let level = 1; level < levels; level++) {
        const previous = String.fromCharCode(96 + level)
        const name = String.fromCharCode(97 + level)
        lines.push(`${name}: &${name} [${Array.from({length: 10}, () => `*${previous}`).join(', ')}]`)
      }
      return [...lines, 'title: Laughs', '---', '', 'Text.'].join('\n')
    },
    before: 'an alias bomb ("billion laughs") or an unresolved alias crashed the build'
  }
} as const satisfies Record<string, Limit>
