import type {Root} from 'mdast'
import {franc} from 'franc-min'
import {iso6393To1} from 'iso-639-3'
import type {Diagnostic} from './types.js'

/**
 * ISO 639-3 → ISO 639-1 (the 184 languages that have a two-letter code). The
 * package's small map, not its list of all 7,900 languages: that list (780 kB)
 * was loaded and run by every `octavo` process for this (issue 16).
 */
const toTwoLetter = new Map(Object.entries(iso6393To1))

/** Enough text to tell a language from its neighbours with confidence. */
const ENOUGH = 400
/** Reading more than this adds nothing but time. */
const SAMPLE = 20_000

/**
 * The language of an article whose metadata names none, guessed from its
 * prose (paragraphs, headings, quotations; not code, not notes) with
 * `franc-min`. Returns a BCP 47 tag, or undefined when the text is too short
 * or unclear; says so with an info diagnostic either way.
 */
export function guessLanguage(tree: Root, diagnostics: Diagnostic[]): string | undefined {
  let sample = ''
  const walk = (node: {type: string; value?: unknown; children?: unknown[]}): void => {
    if (sample.length >= SAMPLE) return
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'footnoteDefinition' || node.type === 'yaml') return
    if (node.type === 'text' && typeof node.value === 'string') sample += `${node.value} `
    if (Array.isArray(node.children)) for (const child of node.children) walk(child as typeof node)
  }
  walk(tree)
  if (sample.length < ENOUGH) return undefined
  const code = franc(sample, {minLength: ENOUGH})
  const tag = toTwoLetter.get(code)
  if (!tag) return undefined
  diagnostics.push({
    severity: 'info',
    message: `the metadata names no language (lang); the text reads as '${tag}', which is used for hyphenation and the e-book (set lang to change it)`,
    source: 'parser:language'
  })
  return tag
}
