/**
 * The values the stylesheet uses more than once or that a reader of the
 * code should find by name (one place: change them here).
 */
export const cssValues = {
  /** First-line indent of a paragraph that follows a paragraph (class `indent`). */
  paragraphIndent: '1.5em',
  /** The same inside a note (set smaller). */
  noteIndent: '1em',
  /** Code blocks: smaller than the text, a tighter leading. */
  codeSize: '0.8em',
  codeLeading: '1.3',
  /** How far a wrapped line of a code block stands in from the start of its source line. */
  codeWrapIndent: '2ch',
  /** Figures of lining height (no "5oo" from an old-style text face) and of one width, as code is written. */
  codeFigures: 'lining-nums tabular-nums',
  /** Break a URL or a token anywhere rather than run off a narrow screen. */
  longWordBreak: 'anywhere',
  /** The cue that tells a note's back-link from its text (not colour alone: WCAG 1.4.1, axe link-in-text-block). */
  backlinkDecoration: 'underline'
} as const

const v = cssValues
const noHyphens = 'hyphens: none; -webkit-hyphens: none; -epub-hyphens: none;'
const manualHyphens = 'hyphens: manual; -webkit-hyphens: manual; -epub-hyphens: manual;'

/**
 * The built-in stylesheet: book typography for reflowable reading systems.
 * Relative units only, so that the reader's font size and margins win.
 */
export const defaultCss = `@charset "UTF-8";
@namespace epub "http://www.idpf.org/2007/ops";

html { hyphens: auto; -webkit-hyphens: auto; -epub-hyphens: auto; }
body { margin: 0 5%; line-height: 1.4; text-align: justify; widows: 2; orphans: 2; font-variant-numeric: oldstyle-nums proportional-nums; }

/* Title block and cover */
header.title-block { margin: 3em 0 2em; text-align: center; ${manualHyphens} }
h1.title { font-size: 1.6em; line-height: 1.25; font-weight: normal; margin: 0 0 0.5em; }
.subtitle { font-size: 1.15em; font-style: italic; margin: 0 0 1em; text-indent: 0; }
.authors { font-variant: small-caps; letter-spacing: 0.05em; font-size: 1.1em; margin: 1em 0 0.25em; text-indent: 0; }
.source { font-style: italic; font-size: 0.9em; margin: 0; text-indent: 0; }
section.cover { margin-top: 30%; text-align: center; ${manualHyphens} }
.cover-title { font-size: 2em; font-weight: normal; line-height: 1.2; }
.cover-subtitle { font-style: italic; font-size: 1.2em; }
.cover-authors { font-variant: small-caps; letter-spacing: 0.05em; font-size: 1.2em; margin-top: 3em; }
.cover-source { font-style: italic; margin-top: 2em; }
section.title-page { margin-top: 20%; text-align: center; ${manualHyphens} }
section.title-page .editors { font-variant: small-caps; letter-spacing: 0.05em; font-size: 1.1em; margin-top: 2.5em; }
section.title-page .course { margin-top: 2.5em; }

/* Headings */
h2, h3, h4, h5, h6 { font-weight: normal; line-height: 1.25; text-align: left; ${manualHyphens} page-break-after: avoid; break-after: avoid; }
h2 { font-size: 1.3em; margin: 2em 0 0.75em; }
h3 { font-size: 1.1em; font-style: italic; margin: 1.5em 0 0.5em; }
h4, h5, h6 { font-size: 1em; font-variant: small-caps; letter-spacing: 0.03em; margin: 1.25em 0 0.5em; }

/* Paragraphs: no space between them; a first-line indent on a paragraph that
   follows a paragraph, decided when the book is built (class "indent"), not by
   a sibling selector, which a footnote between them breaks */
p { margin: 0; text-indent: 0; }
p.indent { text-indent: ${v.paragraphIndent}; }
hr.section-break { border: none; margin: 1.5em 0; text-align: center; height: 1.2em; }
hr.section-break::after { content: "\\2042"; }

/* Abstract */
section.abstract { margin: 0 2em 2em; font-size: 0.95em; }

/* Quotations, lists, code, tables */
blockquote { margin: 1em 1.5em; font-size: 0.95em; }
ul, ol { margin: 0.75em 0 0.75em 1.5em; padding: 0; }
li { margin: 0.2em 0; }
pre { font-size: ${v.codeSize}; line-height: ${v.codeLeading}; margin: 1em 0; white-space: pre-wrap; text-align: left; ${noHyphens} }
code { font-family: monospace; ${noHyphens} }
pre, code { font-variant-numeric: ${v.codeFigures}; overflow-wrap: ${v.longWordBreak}; word-break: normal; }
/* A wrapped line of code stands in from the start of its own line (where "each-line" is known: Apple Books, Firefox) */
@supports (text-indent: 1em each-line) {
  pre { padding-left: ${v.codeWrapIndent}; text-indent: -${v.codeWrapIndent} each-line; }
}
a[href^="http"], a[href^="mailto"], .link { overflow-wrap: ${v.longWordBreak}; }
table { border-collapse: collapse; margin: 1em auto; font-size: 0.9em; }
th, td { border-top: 1px solid; border-bottom: 1px solid; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
.align-left { text-align: left; } .align-right { text-align: right; } .align-center { text-align: center; } .align-justify { text-align: justify; }
.image-alt { font-style: italic; }
img { max-width: 100%; height: auto; }
figure { margin: 1em 0; text-align: center; }
figcaption { font-size: 0.9em; font-style: italic; margin-top: 0.3em; text-align: center; text-indent: 0; }
figure.image-missing, figure.embed { border: 1px dashed; padding: 0.75em; }
figure.image-missing .image-alt { display: block; margin-bottom: 0.3em; }
abbr { font-variant: all-small-caps; letter-spacing: 0.03em; }

/* Notes: the reference is a superscript; the number of a note and its
   further back-links are underlined (told apart by more than colour) */
sup.noteref { font-size: 0.7em; line-height: 0; vertical-align: super; }
sup.noteref a { text-decoration: none; }
a.note-label, a.backlink { text-decoration: ${v.backlinkDecoration}; }
aside.footnote { font-size: 0.85em; line-height: 1.3; margin: 0.75em 0; padding-left: 1em; border-left: 1px solid #999; }
aside.footnote p.indent, li.endnote p.indent { text-indent: ${v.noteIndent}; }
section.endnotes ol.notes { list-style: none; margin: 0; padding: 0; }
li.endnote { font-size: 0.9em; margin: 0 0 0.5em; }
.missing { font-style: italic; }
a[epub|type~="noteref"] { text-decoration: none; }

/* Bibliography: Chicago, hanging indent */
section.bibliography ul.bibliography-entries { list-style: none; margin: 0; padding: 0; }
li.csl-entry { margin: 0 0 0.5em; padding-left: 2em; text-indent: -2em; text-align: left; overflow-wrap: ${v.longWordBreak}; }

/* Navigation */
nav ol { list-style: none; margin-left: 1em; }
nav#landmarks { display: none; }
`
