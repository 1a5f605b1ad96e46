import type {Diagnostic} from '@octavo/tree'
import {SaxesParser} from 'saxes'

/** The namespace every CSL style's root element is in (CSL 1.0.2, "Namespacing"). */
export const CSL_NAMESPACE = 'http://purl.org/net/xbiblio/csl'

/**
 * What makes a file not a CSL style, each with the input it exists for.
 * The messages never quote the file: a style path may name any file on the
 * machine, and its content must not reach a terminal or a log.
 */
export const STYLE_PROBLEMS = {
  malformed: {message: 'not a CSL style: the file is not well-formed XML', example: 'root:x:0:0:root:/root:/bin/bash'},
  doctype: {
    message: 'not a CSL style: it declares a DOCTYPE (entities and external files are refused; a CSL style needs none)',
    example: '<!DOCTYPE style [<!ENTITY x SYSTEM "file:///etc/passwd">]><style xmlns="http://purl.org/net/xbiblio/csl"/>'
  },
  root: {message: 'not a CSL style: the root element is not <style> in the CSL namespace', example: '<html><body/></html>'},
  empty: {message: 'not a CSL style: the file has no XML element', example: ''}
} as const

export type StyleProblem = keyof typeof STYLE_PROBLEMS

/**
 * Check that `xml` is a CSL style before citeproc is given it: well-formed
 * XML (saxes, a strict parser that expands no entity but XML's five), no
 * DOCTYPE, a `<style>` root in the CSL namespace. Errors carry the line and
 * column where the problem was seen. The style's elements are left to
 * citeproc.
 */
export function checkStyle(xml: string): Diagnostic[] {
  const start = /^\uFEFF?\s*/.exec(xml)?.[0].length ?? 0
  if (start === xml.length) return [problemAt(xml, start, 'empty')]
  if (xml[start] !== '<') return [problemAt(xml, start, 'malformed')]
  const parser = new SaxesParser({xmlns: true, position: true})
  let problem: {kind: StyleProblem; at: {line: number; column: number; offset: number}} | undefined
  const report = (kind: StyleProblem) => {
    problem ??= {kind, at: {line: parser.line, column: parser.column + 1, offset: parser.position}}
  }
  let root = false
  parser.on('error', () => report('malformed'))
  parser.on('doctype', () => report('doctype'))
  parser.on('opentag', (tag) => {
    if (root) return
    root = true
    if (tag.local !== 'style' || tag.uri !== CSL_NAMESPACE) report('root')
  })
  try {
    parser.write(xml).close()
  } catch {
    report('malformed')
  }
  if (!problem && !root) report('empty')
  if (!problem) return []
  return [{severity: 'error', message: STYLE_PROBLEMS[problem.kind].message, position: {start: problem.at, end: problem.at}, source: 'citations:style'}]
}

/** A problem seen before the parser starts (no text, text where the XML should begin), at `offset`. */
function problemAt(xml: string, offset: number, kind: StyleProblem): Diagnostic {
  const lines = xml.slice(0, offset).split('\n')
  const at = {line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset}
  return {severity: 'error', message: STYLE_PROBLEMS[kind].message, position: {start: at, end: at}, source: 'citations:style'}
}
