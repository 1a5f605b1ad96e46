// The notes model's bytes for the bundle (bundle.mjs): @octavo/citations'
// src/lib/model/shipped-bytes.ts gives them from the base64 string of
// model/notes-model.js; the bundle reads them from `notes-model.bin` beside
// it instead, when a note is first labeled (a build whose labels are all
// kept reads no model), and whole: no 5 MB string to scan or decode.
import {readFileSync} from 'node:fs'

export function shippedBytes() {
  const bytes = readFileSync(new URL('./notes-model.bin', import.meta.url))
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
