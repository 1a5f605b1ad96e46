/**
 * The bibliography as a web page of its own (`octavo build --to
 * bibliography` writes it as `NAME.bibliography.html`): a standalone HTML
 * document, with its language, character set, title and a style sheet with
 * hanging indents, that reads well when opened in a browser.
 */
import type {CslItem} from '@octavo/tree'
import {formatBibliography, type FormatBibliographyOptions} from './format.js'

export interface BibliographyDocumentOptions extends Omit<FormatBibliographyOptions, 'format'> {
  /** The page's heading (`Bibliography`, `Bibliographie`: the caller's word in the article's language). */
  heading: string
  /** The article's title: under the heading, and in the window's title. */
  source?: string
}

/** The page's look: one hanging indent per entry, a comfortable measure, the reader's own fonts. */
export const BIBLIOGRAPHY_CSS = `
:root { color-scheme: light dark; }
body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; margin: 0 auto; max-width: 40em; padding: 2em 1.25em; }
h1 { font-size: 1.6em; font-weight: normal; margin: 0 0 0.2em; }
.source { font-style: italic; margin: 0 0 2em; }
.csl-entry { margin: 0 0 0.6em; padding-left: 2em; text-indent: -2em; overflow-wrap: anywhere; }
`.trim()

const ESCAPES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!)
}

/** The whole page; `''` when there are no items (as `formatBibliography`). */
export function bibliographyDocument(items: readonly CslItem[], options: BibliographyDocumentOptions): string {
  const body = formatBibliography(items, {...options, format: 'html'})
  if (!body) return ''
  const lang = options.lang ?? 'en'
  const title = options.source ? `${options.heading} — ${options.source}` : options.heading
  return [
    '<!DOCTYPE html>',
    `<html lang="${escape(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title>`,
    `<style>\n${BIBLIOGRAPHY_CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escape(options.heading)}</h1>`,
    ...(options.source ? [`<p class="source">${escape(options.source)}</p>`] : []),
    body,
    '</main>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}
