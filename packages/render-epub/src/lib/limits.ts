/**
 * The limits of the EPUB writer on hostile input: each keeps recursion bounded or memory capped,
 * and names the input it exists for. `test/limits.test.ts` runs every example; the README lists them.
 */
export interface Limit {
  value: number
  /** What happens at the limit. */
  rule: string
  /** The input that needed it (from the adversarial run of issue 18). */
  example: string
}

export const limits = {
  /** Nesting of the tree (ancestors of a node; a list level is a list and an item): mdast-util-to-hast, the sanitizer and the serializer recurse. */
  treeDepth: {
    value: 256,
    rule: 'a node this deep keeps its type, its content below becomes its plain text, with one warning for the document',
    example: 'lists nested 1,000 deep and 10,000 nested emphasis overflowed the stack'
  },
  /**
   * Elements open at once in the document's raw HTML (its start tags less its end tags, in document
   * order). hast-util-raw's tree builder and the serializer recurse over the whole depth (Markdown
   * levels and raw HTML levels together): 1,254 levels pass with Node's default stack but not with
   * half of it; 256 + 256 pass with less than half.
   */
  htmlDepth: {
    value: 256,
    rule: 'a raw HTML tag that would open an element deeper is dropped with its end tag (the text is kept), with one warning',
    example: '2,000 nested <span> overflowed the stack'
  },
  /** Pixels of an image checked and packaged (width × height). */
  imagePixels: {
    value: 50_000_000,
    rule: 'a larger image is not decoded nor packaged: its alternative text stands in, with a warning',
    example: 'a 200-megapixel PNG (600 MB once decoded) would be checked in memory and handed to every reading system'
  }
} satisfies Record<string, Limit>
