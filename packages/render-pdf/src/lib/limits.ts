/**
 * The limits of the typesetter on hostile input: each keeps time linear or recursion bounded, and
 * names the input it exists for. `test/limits.test.ts` runs every example; the README lists them.
 */
export interface Limit {
  value: number
  /** What happens at the limit. */
  rule: string
  /** The input that needed it (from the adversarial run of issue 18). */
  example: string
}

export const limits = {
  /** TeX hyphenates no word longer than 63 letters either. */
  hyphenateUpTo: {
    value: 63,
    rule: 'a word of more characters is not hyphenated (it breaks at its dashes and slashes, or at any character when wider than the line)',
    example: 'a 100 KB word took 40 s in the hyphenator; 1 MB never ended'
  },
  /** Words are measured as differences of shaped prefixes (kerning across hyphenation points), up to this many characters. */
  shapedPrefixUpTo: {
    value: 256,
    rule: 'past this many characters of a word, its next piece is shaped on its own (each shaping is bounded, the word linear)',
    example: 'a 100 KB word of 30,000 hyphenation points shaped 30,000 prefixes of up to 100 KB'
  },
  /** Words at least this long have their source position recorded, for the warning when they must be broken. */
  locatedWordFrom: {
    value: 20,
    rule: 'a word of this many characters or more wider than the line is reported at its own line and column (shorter ones at their paragraph)',
    example: 'a 100 KB word reported at the paragraph only'
  },
  /** Words kept in a `RenderStore` between renders. */
  storedWordUpTo: {
    value: 64,
    rule: 'a word of more characters is measured in every render, never kept in the store a caller passes',
    example: 'a 100 KB word would be kept, and read back by every later render'
  },
  /** Nesting of the tree the renderer walks (ancestors of a node; a list level is a list and an item). */
  treeDepth: {
    value: 256,
    rule: 'a node this deep keeps its type, its content below is set as its plain text, with one warning for the document',
    example: 'lists nested 1,000 deep and 10,000 nested emphasis overflowed the stack'
  },
  /** Characters of a running head or contents entry measured while fitting it. */
  fittedTextUpTo: {
    value: 2000,
    rule: 'a running head or contents entry is cut to this many characters before it is fitted to the line',
    example: 'a 10 KB title took 4 s (the running head shaped once per word); 20,000 authors never ended'
  }
} satisfies Record<string, Limit>
