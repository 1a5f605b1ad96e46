import type {Root} from 'mdast'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import {parse as parseYaml} from 'yaml'
import type {ArticleMeta, Diagnostic} from './types.js'

/** Markdown (CommonMark + GFM + YAML front matter) into the Octavo tree. */
export function parseMarkdown(text: string, diagnostics: Diagnostic[]): Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])
  const tree = processor.runSync(processor.parse(text)) as Root
  let meta: ArticleMeta = {}
  const first = tree.children[0]
  if (first && first.type === 'yaml') {
    try {
      const value: unknown = parseYaml(first.value)
      if (value && typeof value === 'object') meta = value as ArticleMeta
    } catch (error) {
      diagnostics.push({
        severity: 'error',
        message: `invalid YAML front matter: ${(error as Error).message.split('\n')[0]}`,
        position: first.position,
        source: 'parser:front-matter'
      })
    }
    tree.children.shift()
  }
  tree.data = {...tree.data, meta}
  return tree
}
