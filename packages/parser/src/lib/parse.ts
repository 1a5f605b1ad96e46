import type {Root} from 'mdast'
import type {ArticleMeta, Diagnostic, ParseResult} from './types.js'
import {parseMarkdown} from './markdown.js'
import {parseText} from './text.js'
import {blockPastLimit, positionAt, tooManyBlocks} from './markdown-blocks.js'
import {decodeSource} from './decode.js'
import {normalizeMeta} from './markdown-meta.js'
import {guessLanguage} from './language.js'
import {smartenTree} from './typography.js'

export interface ParseOptions {
  /** `markdown` for `.md` input, `text` for a plain-text article. Default: `text`. */
  format?: 'markdown' | 'text'
  /**
   * Metadata given outside the source (a `.meta.yaml`): a Markdown front matter
   * wins over it; for plain text it wins over the title and byline read from
   * the text. Normalized like front matter: `author` as
   * `Given Family` strings or CSL names, `date`/`issued` as `2014`,
   * `2014-05-02` or a CSL date.
   */
  meta?: ArticleMeta
  /**
   * Smart typography in the prose (curly quotation marks of the article's
   * language, apostrophes, dashes, ellipses, French spacing; see
   * `typography-rules.ts`), for an edition. Off by default: `toMarkdown` of a
   * tree parsed without it keeps the source's characters. When on and the
   * metadata names no `lang`, the language is guessed (`guessLanguage`) and
   * set in `meta.lang`.
   */
  typography?: boolean
}

/**
 * Parse an article (bytes or a string) into one mdast tree with positions,
 * and diagnostics. Never throws on bad input: problems are diagnostics.
 */
export function parse(source: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const diagnostics: Diagnostic[] = []
  const given = options.meta ? outsideMeta(options.meta, diagnostics) : {}
  const text = decodeSource(source, diagnostics)
  if (text === undefined) {
    const tree: Root = {type: 'root', children: [], data: {meta: given}}
    return {tree, diagnostics}
  }
  const markdown = options.format === 'markdown' ? parseMarkdown(text, diagnostics) : undefined
  const tree = markdown ? markdown.tree : parsePlainText(text, diagnostics)
  // Markdown: the source's front matter wins over metadata given outside it.
  // Plain text: what the reader guesses (a first line as title, a byline)
  // gives way to metadata given outside it.
  const found = tree.data?.meta ?? {}
  tree.data = {...tree.data, meta: options.format === 'markdown' ? {...given, ...found} : {...found, ...given}}
  if (options.typography) smarten(tree, diagnostics)
  return markdown?.frontMatterKeys ? {tree, diagnostics, frontMatterKeys: markdown.frontMatterKeys} : {tree, diagnostics}
}

function outsideMeta(meta: ArticleMeta, diagnostics: Diagnostic[]): ArticleMeta {
  const normalized = normalizeMeta(meta, diagnostics)
  for (const key of ['abstract', 'thanks']) if (meta[key] !== undefined) normalized[key] = meta[key]
  return normalized
}

/** Smart typography in the article's language (from its metadata, else guessed and recorded there; else English). */
function smarten(tree: Root, diagnostics: Diagnostic[]) {
  const meta = tree.data?.meta ?? {}
  if (meta.lang === undefined) {
    const guessed = guessLanguage(tree, diagnostics)
    if (guessed) meta.lang = guessed
  }
  smartenTree(tree, meta.lang ?? 'en')
}

/** A plain-text article, refused like a Markdown one past `LIMITS.blocks` blocks (paragraphs, headings, list items; markdown-blocks.ts counts them). */
function parsePlainText(text: string, diagnostics: Diagnostic[]): Root {
  const tooMany = blockPastLimit(text)
  if (tooMany === undefined) return parseText(text, diagnostics)
  diagnostics.push(tooManyBlocks(positionAt(text, tooMany)))
  return {type: 'root', children: []}
}
