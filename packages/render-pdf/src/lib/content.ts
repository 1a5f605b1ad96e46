import {zlibSync} from 'fflate'

/**
 * PDF content streams written as text, without pdf-lib's operator objects: the same operators
 * and the same number syntax pdf-lib writes (decimal, never exponent notation),
 * compressed with fflate (zlib, deterministic).
 */

/**
 * A number as PDF writes it: decimal, never exponent notation, with the shortest digits that
 * give the number back (`String`'s): 1e-7 → 0.0000001, 1e21 → 1000000000000000000000.
 */
export function pdfNumber(value: number): string {
  if (value === 0) return '0' // and -0
  const text = String(value)
  const e = text.indexOf('e')
  if (e < 0) return text
  // Exponent notation: move the decimal point by hand (exact: the same digits).
  const negative = text.startsWith('-')
  const mantissa = text.slice(negative ? 1 : 0, e)
  const exponent = Number(text.slice(e + 1))
  const dot = mantissa.indexOf('.')
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1)
  const point = (dot < 0 ? mantissa.length : dot) + exponent
  const out = point <= 0 ? '0.' + '0'.repeat(-point) + digits : point >= digits.length ? digits + '0'.repeat(point - digits.length) : digits.slice(0, point) + '.' + digits.slice(point)
  return negative ? '-' + out : out
}

/** A number rounded to 3 decimals, as the writer prints lengths and adjustments. */
export function round3(value: number): string {
  return pdfNumber(Math.round(value * 1000) / 1000)
}

/** One page's operators, one a line. */
export class ContentBuilder {
  private text = ''

  /** `BT /font size Tf 1 0 0 1 x y Tm [ … ] TJ ET`: a run of text; `tj` is the TJ array's inside (`<hex> -12 <hex> `). */
  textRun(font: string, size: number, x: number, y: number, tj: string): void {
    this.text += `BT\n/${font} ${pdfNumber(size)} Tf\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(y)} Tm\n[ ${tj}] TJ\nET\n`
  }

  /** A stroked line in its own graphics state. */
  line(width: number, x1: number, y1: number, x2: number, y2: number): void {
    this.text += `q\n${round3(width)} w\n${round3(x1)} ${round3(y1)} m\n${round3(x2)} ${round3(y2)} l\nS\nQ\n`
  }

  /** An XObject drawn into the box (x, y, width, height). */
  image(name: string, x: number, y: number, width: number, height: number): void {
    this.text += `q\n${pdfNumber(width)} 0 0 ${pdfNumber(height)} ${pdfNumber(x)} ${pdfNumber(y)} cm\n/${name} Do\nQ\n`
  }

  /** Begin a marked-content sequence: tagged content of a structure element (`/P <</MCID 3>> BDC`), or a pagination artifact. */
  beginMarked(mark: {type: string; mcid: number; actualText?: string} | 'artifact'): void {
    if (mark === 'artifact') this.text += '/Artifact <</Type /Pagination>> BDC\n'
    else this.text += `/${mark.type} <</MCID ${mark.mcid}${mark.actualText === undefined ? '' : ` /ActualText ${utf16Hex(mark.actualText)}`}>> BDC\n`
  }

  /** End the marked-content sequence. */
  endMarked(): void {
    this.text += 'EMC\n'
  }

  /** The operators as text (ASCII). */
  toString(): string {
    return this.text
  }
}

/** zlib (RFC 1950) compression at `level` (6 unless said), deterministic: the same bytes always give the same output. */
export function deflate(bytes: Uint8Array, level: 1 | 6 = 6): Uint8Array {
  return zlibSync(bytes, {level})
}

const encoder = new TextEncoder()

/** The bytes of an ASCII string (content streams and CMaps are ASCII: UTF-8 is the same bytes). */
export function ascii(text: string): Uint8Array {
  return encoder.encode(text)
}

/** A text string as PDF writes Unicode: UTF-16BE with its byte-order mark, in hex (`<FEFF00AD>`). */
export function utf16Hex(text: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')
  return `<${hex}>`
}
