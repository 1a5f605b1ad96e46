import {READER_KEYS} from './reader-config.js'

/** Shown after `octavo --help`. */
export const PROGRAM_HELP = `
Examples:
  octavo build paper.md                 every output of one article into out/
  octavo build paper.txt --to pdf,epub  some outputs; metadata from paper.meta.yaml
  octavo reader hist390.yaml -o dist    many articles bound into one volume
  octavo review paper.txt               check and correct the citations in a browser
  octavo build --help                   a command's options and examples

Exit status: 0 built, 1 the input has errors, 2 usage.
Diagnostics: file:line:column: severity: message`

/** Shown after each command's own `--help`. */
export const COMMAND_HELP = {
  build: `
Examples:
  octavo build paper.md                       PDF, EPUB, bibliography and exports into out/
  octavo build paper.txt --meta paper.yaml    a plain-text article with its metadata
  octavo build paper.md --to pdf --page-size letter --notes endnotes
  octavo build paper.md --csl apa.csl -o dist --json
  octavo build paper.md --pdf-standard ua,a-2u   a PDF that is PDF/UA-1 and PDF/A-2u (archives)
  octavo build lesson.md --images ../images   figures not beside the article, from a folder
  octavo build paper.md --watch               build again on every change

Option values are case-insensitive (--to PDF, --page-size A4, --pdf-standard UA,A-2U).`,
  reader: `
The reader (YAML):
${READER_KEYS.map(([key, what]) => `  ${`${key}:`.padEnd(15)}${what}`).join('\n')}

Example:
  title: Borders and Migration
  editor: A. Teacher
  articles:
    - koreans-1950-1962.txt
    - path: lessons/stylometry.md
      meta: lessons/stylometry.meta.yaml

  octavo reader hist390.yaml -o dist --jobs 2`,
  review: `
Examples:
  octavo review paper.txt                     the notes in a browser (a URL with a token, on 127.0.0.1)
  octavo review paper.md --port 8123 --no-open   a fixed port; open the printed URL yourself

Corrections are saved as you work to <stem>.corrections.yaml beside the article
(comments in it are kept); octavo build applies them. Ctrl-C stops the server.`,
  import: `
Examples:
  octavo import paper.txt > paper.md          front matter and footnotes, to correct by hand
  octavo import paper.txt --meta paper.yaml | less`,
  check: `
Examples:
  octavo check paper.md                       diagnostics only, nothing written
  octavo check paper.txt --json               the diagnostics as JSON`
} as const

/** Shown after `octavo notes --help`. */
export const NOTES_HELP = `
Input:
  .jsonl       one JSON object a line: {"id": "n1", "text": "…", "doc": "article-a"}
               ("id" a string or a number, unique; "doc" optional). Notes with the
               same "doc" are one document, read in the order of the file: Ibid. and
               short forms resolve within it, never across. Notes without "doc" are
               together one document. A malformed line is an error; nothing is written.
  any other    plain text (.txt or any other extension): one note a line, blank lines
               skipped (--paragraphs: one note a paragraph); ids 1, 2, …; all the
               notes are one document.

Output (--to):
  jsonl        one line per note, in order: {"id", "citations": [{"start", "end",
               "form", "ref", "fields", "locator", "label", "prefix", "confidence"}]};
               start/end count code points in the note's text, fields are the
               CSL-JSON of the work cited (Ibid. and short forms: the work they
               resolve to), confidence is null when the reader gives none.
  csl-json, ris, bibtex
               the works cited, one entry each, in order of first citation.
  citations    citations.json (notes numbered 1.. in file order; with "doc" in the
               input, each note has its "doc").

Examples:
  octavo notes refs.txt                       one reference a line → JSON Lines
  octavo notes refs.txt --to ris -o refs.ris
  octavo notes notes.jsonl --to citations

Exit status: 0 read, 1 the input has errors, 2 usage.`
