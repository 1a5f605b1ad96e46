import type {Diagnostic} from './types.js'

/**
 * Decode source bytes as UTF-8, reporting invalid bytes (with their byte
 * offset), NUL bytes and an empty file. Returns undefined when the input
 * cannot be read as text at all.
 */
export function decodeSource(source: string | Uint8Array, diagnostics: Diagnostic[]): string | undefined {
  let text: string
  if (typeof source === 'string') {
    text = source
  } else {
    try {
      text = new TextDecoder('utf-8', {fatal: true}).decode(source)
    } catch {
      const offset = firstInvalidUtf8(source)
      diagnostics.push({
        severity: 'error',
        message: `invalid UTF-8 at byte offset ${offset}`,
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
      message: 'NUL byte in the input: is this a binary file?',
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
