import MODEL from '../../../model/notes-model.js'

/**
 * The bytes of the model shipped with the package (`model/notes-model.js`,
 * base64, made by `npm run train`). The `octavo` command's bundle replaces
 * this module with one that reads them from a file beside it when first
 * asked (apps/cli/bundle-stubs/notes-model.js): a build whose notes' labels
 * are all kept reads no model.
 */
export function shippedBytes(): Uint8Array {
  return new Uint8Array(Buffer.from(MODEL, 'base64'))
}
