import MODEL from '../../../model/notes-model.js'
import {decodeModel, type StoredModel} from './store.js'

let loaded: StoredModel | undefined

/**
 * The model shipped with the package (`model/notes-model.js`, made by `npm
 * run train`), decoded the first time a note is read.
 */
export function shippedModel(): StoredModel {
  loaded ??= decodeModel(new Uint8Array(Buffer.from(MODEL, 'base64')))
  return loaded
}
