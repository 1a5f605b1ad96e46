import {existsSync} from 'node:fs'
import path from 'node:path'
import {isMap, parseDocument} from 'yaml'
import {UsageError} from './errors.js'

/** The commands that take a file of some kind. */
export type FileCommand = 'build' | 'check' | 'import' | 'reader' | 'review'

const ARTICLE_COMMANDS: readonly FileCommand[] = ['build', 'check', 'import', 'review']

/** A kind of file that some commands are given by mistake: what it is, the mistake it exists for, and where it goes instead. */
export interface OtherKind {
  /** What the file is, as the message says it. */
  what: string
  example: string
  /** The commands that refuse it. */
  refusedBy: readonly FileCommand[]
  is: (name: string, text: () => string) => boolean
  /** Where the file goes instead; `exists` tells whether a file beside it is there. */
  instead: (file: string, exists: (file: string) => boolean) => string
}

const yamlFile = (name: string) => /\.ya?ml$/i.test(name)

/** The extensions of an article, in the order one beside a metadata file (`x.meta.yaml`) is looked for. */
const ARTICLE_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkd', 'txt', 'text']

/** Whether a YAML text is a mapping with an `articles` key (a reader). */
function hasArticles(text: string): boolean {
  const document = parseDocument(text, {prettyErrors: false})
  return isMap(document.contents) && document.contents.has('articles')
}

/** Checked in order, first match wins. */
export const OTHER_KINDS: readonly OtherKind[] = [
  {
    what: 'article metadata',
    example: 'octavo build paper.meta.yaml',
    refusedBy: ['build', 'check', 'import', 'reader', 'review'],
    is: (name) => /\.meta\.ya?ml$/i.test(name),
    instead: (file, exists) => {
      const stem = file.replace(/\.meta\.ya?ml$/i, '')
      const article = ARTICLE_EXTENSIONS.map((extension) => `${stem}.${extension}`).find(exists)
      const meta = path.basename(file)
      if (article) return `build the article beside it, 'octavo build ${article}' (${meta} holds its metadata and is read with it)`
      return `build the article it describes ('octavo build ${path.basename(stem)}.md' or '.txt', beside it): ${meta} is read as its metadata, or give it with --meta`
    }
  },
  {
    what: "Octavo's configuration",
    example: 'octavo build octavo.yaml',
    refusedBy: ['build', 'check', 'import', 'reader', 'review'],
    is: (name) => /^octavo\.ya?ml$/i.test(name),
    instead: () => 'it is read from the current folder, or given with --config'
  },
  {
    what: 'a reader',
    example: 'octavo build hist390.yaml',
    refusedBy: ARTICLE_COMMANDS,
    is: (name, text) => yamlFile(name) && hasArticles(text()),
    instead: (file) => `build it with 'octavo reader ${file}'`
  },
  {
    what: 'a YAML file',
    example: 'octavo build notes.yaml',
    refusedBy: ARTICLE_COMMANDS,
    is: (name) => yamlFile(name),
    instead: () => "an article is Markdown (.md) or plain text; a reader (title, articles) is built with 'octavo reader'"
  },
  {
    what: 'an article',
    example: 'octavo reader paper.md',
    refusedBy: ['reader'],
    is: (name) => new RegExp(`\\.(${ARTICLE_EXTENSIONS.join('|')})$`, 'i').test(name),
    instead: (file) => `build it with 'octavo build ${file}'; a reader is a YAML file of title and articles (see octavo reader --help)`
  },
  {
    what: 'a bibliography',
    example: 'octavo build refs.bib',
    refusedBy: ['build', 'check', 'import', 'reader', 'review'],
    is: (name) => /\.(bib|bibtex|ris|json)$/i.test(name),
    instead: () => "name it in the article's front matter (bibliography: refs.bib)"
  },
  {
    what: 'a CSL style',
    example: 'octavo build chicago.csl',
    refusedBy: ['build', 'check', 'import', 'reader', 'review'],
    is: (name) => /\.csl$/i.test(name),
    instead: () => 'give it with --csl, or name it in the front matter (csl: style.csl)'
  }
]

/**
 * Refuse a file that `command` does not take, saying what it is and where
 * it goes instead: a usage error. `text` gives the file's text when a kind
 * needs to look inside (a reader's `articles`); `exists`, whether a file is
 * there (the article beside a metadata file).
 */
export function refuseOtherKind(file: string, command: FileCommand, text: () => string, exists: (file: string) => boolean = existsSync): void {
  const name = path.basename(file)
  const kind = OTHER_KINDS.find((k) => k.refusedBy.includes(command) && k.is(name, text))
  if (!kind) return
  const wanted = command === 'reader' ? 'a reader' : 'an article'
  throw new UsageError(`'${file}' is ${kind.what}, not ${wanted}: ${kind.instead(file, exists)}`)
}
