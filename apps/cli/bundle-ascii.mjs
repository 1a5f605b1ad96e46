/**
 * The program made ASCII-only (bundle.mjs), so that the start reads it as
 * Latin-1 (src/start.ts): V8 then holds it as a one-byte string (2.9 MB, not
 * 5.8 MB of two-byte characters for the ≈ 150 that are not Latin-1) and
 * reading it decodes nothing. esbuild escapes strings and plain templates
 * itself but leaves regular expression literals and `String.raw` templates
 * as written (escaping them changes their source text): this does it where
 * the meaning is unchanged. Each kind of token with its rewriting:
 *
 * - a regular expression or a string: each character beyond ASCII as
 *   `\uXXXX` (UTF-16 units: a pair of them is one code point with the `u`
 *   flag too), an identity escape of one (`\’`) likewise, a line
 *   continuation in a string (`\` before U+2028 or U+2029) dropped;
 * - `String.raw` and a template without substitutions: a string literal of
 *   the same raw text;
 * - anything else beyond ASCII (an identifier, another tag): an error.
 */
import {tokenizer} from 'acorn'

const NOT_ASCII = /[\u0080-\uffff]/
const unit = (code) => `\\u${code.toString(16).padStart(4, '0')}`

const LINE_CONTINUATIONS = new Set([0x2028, 0x2029])

/** A regular expression or string literal with every character beyond ASCII escaped. */
export function asciiLiteral(text) {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x5c && i + 1 < text.length && text.charCodeAt(i + 1) > 0x7f) {
      const next = text.charCodeAt(++i)
      if (!LINE_CONTINUATIONS.has(next)) out += unit(next) // `\’`: the escape of one character is that character
    } else if (code === 0x5c) {
      out += text.slice(i, i + 2) // an escape: kept whole
      i++
    } else out += code > 0x7f ? unit(code) : text[i]
  }
  return out
}

/** A string literal whose value is `raw` (the text of a `String.raw` template), in ASCII. */
export function asciiString(raw) {
  return JSON.stringify(raw).replace(/[\u0080-\uffff]/g, (c) => unit(c.charCodeAt(0)))
}

/** `code` (a script) with every character beyond ASCII written as ASCII, or an error saying where it cannot be. */
export function asciiOnly(code) {
  const tokens = [...tokenizer(code, {ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: true})]
  let out = ''
  let at = 0
  tokens.forEach((token, i) => {
    const text = code.slice(token.start, token.end)
    if (!NOT_ASCII.test(text)) return
    if (token.type.label === 'regexp' || token.type.label === 'string') {
      out += code.slice(at, token.start) + asciiLiteral(text)
      at = token.end
      return
    }
    const [tag, dot, raw, open] = tokens.slice(i - 4, i)
    const close = tokens[i + 1]
    const isRaw = token.type.label === 'template' && code.slice(tag?.start, open?.end) === 'String.raw`' && dot && raw && close?.type.label === '`'
    if (!isRaw) throw new Error(`bundle: cannot write a character beyond ASCII at offset ${token.start} (${token.type.label} ${JSON.stringify(text.slice(0, 40))}) as ASCII`)
    out += code.slice(at, tag.start) + asciiString(code.slice(open.end, close.start)) // CR is never in the minified text: raw is as written
    at = close.end
  })
  return out + code.slice(at)
}
