// The inline items a paragraph is made of (boxes, glue and penalties with their face, size and links):
// the types inline.ts builds and overlong.ts cuts, in a module of their own so neither imports the other's.
import type {Box, Glue, Penalty} from './linebreak.js'
import type {FaceKey} from './types.js'

/** What a piece of text links to. */
export interface Target {
  url?: string
  dest?: string
  /** Its Link structure element: the link's text and its annotations belong to it. */
  tag?: number
}

/** Attributes shared by the inline items of one style. */
export interface Attrs {
  face: FaceKey
  size: number
  /** Baseline shift (superscripts), points. */
  rise: number
  link?: Target | undefined
  /** A named destination at this box (note references, notes). */
  anchor?: string | undefined
  /** The note whose first reference this box is. */
  noteRef?: string | undefined
  /** A structure element of its own (a note's number: its Lbl), instead of the line's. */
  tag?: number | undefined
}

export type InlineBox = Box & Attrs & {text: string}
export type InlineGlue = Glue & Attrs & {text: string}
export type InlinePenalty = Penalty & {hyphen?: Attrs}
export type InlineItem = InlineBox | InlineGlue | InlinePenalty

/** A run of boxes with no break in it, wider than the line: its first item, its length and its first characters. */
export interface Overlong {
  item: number
  length: number
  excerpt: string
}
