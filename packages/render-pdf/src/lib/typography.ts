/**
 * Every typographic value of the layout, named, beside the page geometries (geometry.ts: trim,
 * margins, body size and leading per page size). Each comment opens with its unit:
 * - `em`: multiples of the type size in force (the block's, or the body's where it says so);
 * - `leading`: multiples of the leading in force (`body leading`, `note leading` where it says so);
 * - `pt`: points; `share`: a fraction of what it names; `×`: a ratio with no unit.
 * test/typography.test.ts changes each value in turn and sees the layout move.
 */
export const typography = {
  /** [share of the text width] Lists, quotes and abstracts indent no further once the measure would fall below this (a third: still a few words a line). */
  minMeasure: 1 / 3,
  /** [share of the body size] Quotes (set smaller at each level) are set no smaller than this. */
  minSize: 0.6,
  /** [share of the size in force] Table type: a step smaller than the text, as tables are usually set. */
  tableSize: 0.82,
  /** [share of the body size] A table too wide for the measure is set smaller, down to this, before its columns are split into parts. */
  tableMinSize: 0.6,
  /** [share of the line] A word wider than the line is cut into pieces filling at most this (a piece shaped whole may kern a little wider than its letters). */
  pieceFill: 0.98,
  /** [em] Hanging indent of a bibliography entry: the author names down the left edge (the Chicago Manual's bibliography style). */
  bibliographyHang: 1.8,
  /** [share of the text size] Code is set with its x-height matched to the text's, its size kept within these (EB Garamond and DejaVu Sans Mono: 0.73). */
  codeScale: {least: 0.6, most: 1},
  /** [× its size] Leading of code blocks: monospaced lines need more air than the text's 1.29. */
  codeLeading: 1.3,
  /** [note leading] Space inside the box of a missing figure's placeholder, around its caption. */
  placeholderPadding: 1.5,
  /**
   * An article's title block, in multiples of the body size: each line's type size and leading;
   * the title note's `*` and how high it rises; space above the authors; space below the block
   * in body leadings; space below a title note set there (endnotes) in body leadings.
   */
  titleBlock: {
    title: {size: 1.6, leading: 2},
    star: {size: 1.1, rise: 0.55},
    subtitle: {size: 1.25, leading: 1.7},
    authors: {size: 1.15, leading: 1.6, above: 0.8},
    journal: {size: 0.9, leading: 1.4},
    below: 2,
    noteBelow: 1
  },
  /**
   * Headings: type size by depth (1, 2, 3 and deeper) in multiples of the body size, bold to depth
   * 2 and bold italic below; leading in multiples of their size (never less than the text's); space
   * above (depth 1–2, deeper) and below in body leadings: more above than below, so that a heading
   * belongs to what follows it.
   */
  headings: {sizes: [1.3, 1.12, 1], leading: 1.25, above: {major: 1.3, minor: 0.9}, below: 0.45},
  /** The abstract: [share of the size in force] its type; [em] its indent on both sides; [× its leading] its label's leading; [leading] space after it. */
  abstract: {scale: 0.92, indent: 2.5, labelLeading: 1.2, below: 1.5},
  /** A volume's title page, in multiples of the body size (the space above the title is `volume.titleDrop`). */
  volumeTitlePage: {
    title: {size: 2, leading: 2.6},
    subtitle: {size: 1.3, leading: 1.8},
    editors: {size: 1.15, leading: 1.6, above: 2},
    course: {size: 1, leading: 1.5}
  },
  /** A volume's front and back matter, in ems of the body type or body leadings. */
  volume: {
    /** Space above the title on the title page, in leadings. */
    titleDrop: 8,
    /** Hanging indent of a contents entry's second and later lines, in ems. */
    contentsHang: 1.5,
    /** The page-number column of the contents: room for this many figures plus a gap of `contentsGap` ems. */
    contentsFigures: 4,
    contentsGap: 1,
    /** Leading of contents entries, and the space between two entries, in body leadings. */
    contentsLeading: 1.05,
    contentsSpace: 0.35,
    /** Running heads take at most this share of the measure. */
    headRoom: 0.8,
    /** Hanging indent of a credits entry, in ems. */
    creditsHang: 1.5
  },
  /**
   * Running heads and folios: [share of the body size] their type, a step below the text;
   * [body leading] the running head's baseline above the text block's top (in the top margin);
   * [share of the bottom margin] the folio's baseline above the page's foot, centred under the
   * text, halfway down the bottom margin.
   */
  furniture: {size: 0.8, headRaise: 1.5, folioHeight: 0.5},
  /**
   * Paragraphs: [em] first-line indent of a paragraph that follows another (none after a heading or
   * a break: Bringhurst 2.3.1–2.3.2); [share of the leading] a line's baseline below
   * its top (EB Garamond's ascender: the space above the cap height).
   */
  paragraph: {indent: 1.5, ascent: 0.78},
  /**
   * Interword space in justified text: [share of the space's width] how much it may stretch and
   * shrink. Close to TeX's Computer Modern (stretch 1/2, shrink 1/3 of the space), shrinking a little
   * less: a crowded line reads worse than a loose one.
   */
  space: {stretch: 0.6, shrink: 0.3},
  /**
   * Hyphenation: [demerits] the penalty of a break at a hyphen (TeX's \hyphenpenalty 50); [letters]
   * words shorter than `minWord` are not hyphenated; at least `left` letters before a hyphen and
   * `right` after it (TeX's \lefthyphenmin 2 and \righthyphenmin 3).
   */
  hyphenation: {penalty: 50, minWord: 5, left: 2, right: 3},
  /** [pt] A line wider than its measure by more than this is reported as overfull (TeX's \hfuzz is 0.1 pt; a point is what one sees). */
  overfull: 1,
  /** A note reference: [share of the size in force] its superscript figure's size and [em] its rise above the baseline (a superior figure, its top near the cap height). */
  noteRef: {size: 0.62, rise: 0.38},
  /**
   * Footnotes at the foot of the page: [note leading] the space between the text and the notes'
   * lines, and the height of the short rule above their top (in that space); the rule [pt] at most
   * `ruleMaxLength` long, else [share of the measure] `ruleShare` of the measure, [pt] `ruleThickness`
   * thick (LaTeX's \footnoterule: 0.4 pt thick, 0.4 of the column wide);
   * [body leading] room a continued note leaves for lines of text on its page.
   */
  /** [lines] A page may end this many lines early rather than after a line ending with a hyphen the typesetter added (a word cut by a turn of the page is read across it). */
  hyphenPageLines: 2,
  footnotes: {separator: 1.6, ruleHeight: 0.55, ruleMaxLength: 110, ruleShare: 1 / 4, ruleThickness: 0.4, textKept: 3},
  /** Endnotes: [share of the size and leading in force] their type and leading; [leading] space between two notes. */
  endnotes: {scale: 0.9, between: 0.25},
  /** Block quotations: [em] indent on both sides; [share] their type and leading; [leading] space above and below (set off from the text, smaller, as the Chicago Manual has them). */
  blockquote: {indent: 2, scale: 0.92, space: 0.5},
  /** A section break (`*   *   *`): [leading] space above and below. */
  sectionBreak: {space: 0.5},
  /** Lists: [leading] space around a list and between spread items; [em] width of the label column (a number with its point, a bullet); [em] the measure a label is set in. */
  list: {space: 0.3, ordered: 2, bullet: 1.4, labelMeasure: 3},
  /** Code blocks: [leading] space around; [em] indent; [characters] the narrowest a code line is wrapped to; [lines] a block of up to `keepUpTo` lines is kept on one page. */
  codeBlock: {space: 0.4, indent: 1, minColumns: 8, keepUpTo: 6},
  /**
   * Figures: [share of the page height] the tallest an image is set; [note leading] the gap between
   * an image and its caption; [leading] space above and below a figure; [pt] the rule of a missing
   * figure's placeholder box.
   */
  figure: {maxHeight: 0.6, captionGap: 0.6, space: 0.6, placeholderRule: 0.5},
  /**
   * Tables: [em] padding either side of a cell, and above the first and below the last line of a
   * row; [leading] space around the table; [× the table's size] its leading; [em] a row's first
   * baseline below its top; [pt] rules, heavier at the top, under the header and at the bottom,
   * light between rows (booktabs: heavy top and bottom rules, a lighter mid rule; no vertical rules);
   * [lines] a row of more lines than `rowSplitFrom` may break across pages, a line at a time.
   */
  table: {padding: 0.5, space: 0.5, leading: 1.3, ascent: 0.95, topRule: 0.8, headRule: 0.6, rowRule: 0.25, rowSplitFrom: 6},
  /** [leading] Space after a bibliography entry and after a credits entry. */
  entrySpace: {bibliography: 0.2, credits: 0.5},
  /** [em] The clickable area of a link: from this far below the baseline (the descenders) to this far above it (the ascenders). */
  link: {below: 0.25, above: 0.8},
  /** [pt] Where a viewer shows a link's or an outline entry's target: this far left of it and above its baseline (a line of context above). */
  destination: {left: 20, above: 12, outlineAbove: 14},
  /**
   * Line breaking (Knuth & Plass 1981, over boxes, glue and penalties): [adjustment ratio] the
   * tolerances tried in order (1.5: spaces stretched to 1.9 times their width at most, the line
   * still even; 4: a second pass, before the emergency one); [demerits] TeX's \linepenalty 10, the
   * paper's 3000 for two hyphenated lines in a row and 100 for lines of very different tightness
   * next to each other; a prohibitive cost for a third hyphen in a row (a
   * ladder of hyphens); [penalty] breaks costing this or more are last resorts (see `breakPenalties`).
   */
  lineBreaking: {tolerances: [1.5, 4], linePenalty: 10, flaggedDemerits: 3000, fitnessDemerits: 100, tripleHyphenDemerits: 1_000_000, lastResortFrom: 1000}
} as const
