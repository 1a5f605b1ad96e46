/**
 * pdf-lib objects made directly (issue 16): `context.obj({...})` turns each key into a name
 * through `PDFName.of`, which runs a regular expression over it (for `#xx` escapes) before it
 * looks it up, and each number into a new `PDFNumber`, which formats it; a volume's structure tree
 * makes an MCR dictionary for every marked content of every page (tens of thousands). The same
 * dictionaries, keys in the same order, the same bytes: the names made once, the small integers
 * made once (a `PDFNumber` is never changed once made).
 */
import {PDFArray, PDFDict, PDFName, PDFNumber, PDFStream} from 'pdf-lib'
import type {PDFContext, PDFObject} from 'pdf-lib'

type Bytes = Uint8Array
interface DictBody {
  dict: Map<PDFName, PDFObject>
}

/** The names the writer's frequent dictionaries use, made once. */
export const NAME = {
  A: PDFName.of('A'),
  Action: PDFName.of('Action'),
  Annot: PDFName.of('Annot'),
  Border: PDFName.of('Border'),
  Contents: PDFName.of('Contents'),
  Dest: PDFName.of('Dest'),
  F: PDFName.of('F'),
  K: PDFName.of('K'),
  Link: PDFName.of('Link'),
  MCID: PDFName.of('MCID'),
  MCR: PDFName.of('MCR'),
  OBJR: PDFName.of('OBJR'),
  Obj: PDFName.of('Obj'),
  P: PDFName.of('P'),
  Pg: PDFName.of('Pg'),
  Rect: PDFName.of('Rect'),
  S: PDFName.of('S'),
  StructElem: PDFName.of('StructElem'),
  StructParent: PDFName.of('StructParent'),
  StructParents: PDFName.of('StructParents'),
  Subtype: PDFName.of('Subtype'),
  Tabs: PDFName.of('Tabs'),
  Type: PDFName.of('Type'),
  URI: PDFName.of('URI'),
  XYZ: PDFName.of('XYZ')
} as const

/** Integers below this are made once (MCIDs, page indices, flags). */
const SMALL = 4096
const small: PDFNumber[] = []

/**
 * A number as pdf-lib writes it: `numberToString` splits and parses the text of every number to
 * avoid an exponent, which `String` writes only below 1e-6 and from 1e21 on; between them, and for
 * 0, its text is `String`'s (-0 is `0`), set here without that work.
 */
function madeNumber(value: number): PDFNumber {
  const size = Math.abs(value)
  if (!(value === 0 || (size >= 1e-6 && size < 1e21))) return PDFNumber.of(value)
  const made = Object.create(PDFNumber.prototype) as {numberValue: number; stringValue: string}
  made.numberValue = value
  made.stringValue = String(value)
  return made as unknown as PDFNumber
}

/** The number `value` as pdf-lib's `PDFNumber.of` makes it (the same bytes), shared when it is a small integer. */
export function pdfNumber(value: number): PDFNumber {
  if (!Number.isInteger(value) || value < 0 || value >= SMALL || Object.is(value, -0)) return madeNumber(value)
  return (small[value] ??= madeNumber(value))
}

/** A dictionary of `entries` in their order, as `context.obj` makes one from an object with those keys. */
export function pdfDict(context: PDFContext, entries: ReadonlyArray<readonly [PDFName, PDFObject]>): PDFDict {
  return PDFDict.fromMapWithContext(new Map(entries), context)
}

/** An array of `items`, as `context.obj` makes one. */
export function pdfArray(context: PDFContext, items: readonly PDFObject[]): PDFArray {
  const array = PDFArray.withContext(context)
  for (const item of items) array.push(item)
  return array
}

const LESS = 0x3c
const GREATER = 0x3e
const SPACE = 0x20
const NEWLINE = 0x0a

/**
 * pdf-lib's `PDFDict` sized and written without `entries()`, which copies its map into an array
 * of pairs each time (twice a dictionary a save: its size, then its bytes; tens of thousands of
 * dictionaries a volume), and a stream's contents copied whole (`PDFStream` copies them a byte at a
 * time: megabytes a volume). The same bytes: `<<`, a newline, each key, a space, its value and a
 * newline, `>>`; a stream's dictionary, `stream`, its contents, `endstream`. Set once, for every
 * document of the process.
 */
let serializing = false
export function serializeInPlace(): void {
  if (serializing) return
  serializing = true
  serializeDicts()
  const stream = PDFStream.prototype as unknown as {copyBytesInto(buffer: Bytes, offset: number): number}
  stream.copyBytesInto = function (this: StreamBody, buffer: Bytes, offset: number): number {
    this.updateDict()
    let at = offset + this.dict.copyBytesInto(buffer, offset)
    at += copyText(buffer, at, '\nstream\n')
    const contents = this.getContents()
    buffer.set(contents, at)
    at += contents.length
    at += copyText(buffer, at, '\nendstream')
    return at - offset
  }
}

interface StreamBody {
  dict: PDFDict
  updateDict(): void
  getContents(): Uint8Array
}

/** `text` (ASCII) into `buffer` at `at`; its length. */
function copyText(buffer: Bytes, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) buffer[at + i] = text.charCodeAt(i)
  return text.length
}

function serializeDicts(): void {
  const proto = PDFDict.prototype as unknown as {sizeInBytes(): number; copyBytesInto(buffer: Bytes, offset: number): number}
  proto.sizeInBytes = function (this: DictBody): number {
    let size = 5
    this.dict.forEach((value, key) => (size += key.sizeInBytes() + value.sizeInBytes() + 2))
    return size
  }
  proto.copyBytesInto = function (this: DictBody, buffer: Bytes, offset: number): number {
    let at = offset
    buffer[at++] = LESS
    buffer[at++] = LESS
    buffer[at++] = NEWLINE
    this.dict.forEach((value, key) => {
      at += key.copyBytesInto(buffer, at)
      buffer[at++] = SPACE
      at += value.copyBytesInto(buffer, at)
      buffer[at++] = NEWLINE
    })
    buffer[at++] = GREATER
    buffer[at++] = GREATER
    return at - offset
  }
}
