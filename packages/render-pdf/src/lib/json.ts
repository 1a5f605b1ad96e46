/**
 * JSON for a store's values as one-byte text: every character beyond Latin-1 written as its
 * `\uXXXX` escape (JSON reads it back the same). V8 keeps (and its serializer writes) a string
 * with any character beyond Latin-1 in two bytes a character: the CLI's store file of a volume held
 * its units and paragraphs at twice their size, and read them back as such.
 */
export function latin1Json(value: unknown): string {
  const text = JSON.stringify(value)
  // Escaped, the text is still held in two bytes a character (V8 does not look again): copied through Latin-1 bytes, it is held in one.
  return Buffer.from(
    text.replace(/[\u0100-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
    'latin1'
  ).toString('latin1')
}
