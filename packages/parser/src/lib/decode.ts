import type {Diagnostic} from './types.js'

/**
 * Decode source bytes as UTF-8 (or UTF-16 when a byte order mark says so, as
 * Windows editors save "Unicode" text), reporting invalid bytes (with their
 * byte offset), NUL bytes and an empty file. Returns undefined when the input
 * cannot be read as text at all.
 */
export function decodeSource(source: string | Uint8Array, diagnostics: Diagnostic[]): string | undefined {
  let text: string
  if (typeof source === 'string') {
    text = source
  } else if (utf16(source)) {
    const encoding = utf16(source)!
    try {
      text = new TextDecoder(encoding, {fatal: true}).decode(source)
    } catch {
      diagnostics.push({
        severity: 'error',
        message: `invalid ${encoding.toUpperCase()} (the file starts with its byte order mark, but has an odd number of bytes or a lone surrogate)`,
        source: 'parser:decode'
      })
      return undefined
    }
    diagnostics.push({severity: 'info', message: `read as ${encoding.toUpperCase()} (byte order mark); the outputs are UTF-8`, source: 'parser:decode'})
  } else {
    try {
      text = new TextDecoder('utf-8', {fatal: true}).decode(source)
    } catch {
      const offset = firstInvalidUtf8(source)
      diagnostics.push({
        severity: 'error',
        message: `invalid UTF-8 at byte offset ${offset}: is the file in another encoding (Windows-1252, Latin-1)? Save it as UTF-8`,
        position: positionAtByte(source, offset),
        source: 'parser:decode'
      })
      return undefined
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    diagnostics.push({
      severity: 'error',
      message: 'NUL byte in the input: is this a binary file, or UTF-16 without a byte order mark?',
      position: pointRange(text, nul),
      source: 'parser:decode'
    })
    return undefined
  }
  if (text.trim() === '') {
    diagnostics.push({severity: 'error', message: 'the input is empty', source: 'parser:decode'})
    return undefined
  }
  return text
}

/** The UTF-16 encoding a byte order mark names, if any. */
function utf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
    }
    i += need + 1
  }
  return i
}

function positionAtByte(bytes: Uint8Array, offset: number) {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1
  const point = {line, column, offset}
  return {start: point, end: point}
}

/** The position of one character at `offset` in `text`. */
export function pointRange(text: string, offset: number, length = 1) {
  return {start: pointAt(text, offset), end: pointAt(text, offset + length)}
}

export function pointAt(text: string, offset: number) {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return {line, column: offset - lineStart + 1, offset}
}
