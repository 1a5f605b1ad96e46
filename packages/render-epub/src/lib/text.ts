import type {Position} from 'unist'
import type {Diagnostic} from '@octavo/tree'

/**
 * Characters XML 1.0 forbids or discourages: C0 controls other than tab, line
 * feed and carriage return, DEL and C1 controls, lone surrogates, U+FFFE/FFFF.
 */
const invalidXmlCharacters =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** `value` without the characters an XML document cannot carry, silently (where the text they came from was already reported). */
export function withoutInvalidXml(value: string): string {
  invalidXmlCharacters.lastIndex = 0
  return value.replace(invalidXmlCharacters, '')
}

/**
 * `value` without the characters an XML document cannot carry; a warning
 * (once per value) says what was removed and where.
 */
export function cleanText(value: string, diagnostics: Diagnostic[], where: string, position?: Position | undefined): string {
  invalidXmlCharacters.lastIndex = 0
  if (!invalidXmlCharacters.test(value)) return value
  invalidXmlCharacters.lastIndex = 0
  const found = new Set<string>()
  const cleaned = value.replace(invalidXmlCharacters, (c) => {
    found.add('U+' + (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0'))
    return ''
  })
  diagnostics.push({
    severity: 'warning',
    message: `removed characters XML cannot carry (${[...found].join(', ')}) from ${where}`,
    position,
    source: 'render-epub:text'
  })
  return cleaned
}

/** Collapse runs of white space and trim (for titles and labels). */
export function normalizeSpace(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}
