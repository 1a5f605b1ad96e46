import {shippedBytes} from './shipped-bytes.js'
import {decodeModel, type StoredModel} from './store.js'

let loaded: StoredModel | undefined

/**
 * The model shipped with the package (`model/notes-model.js`, made by `npm
 * run train`), read and decoded the first time a note is labeled.
 */
export function shippedModel(): StoredModel {
  loaded ??= decodeModel(shippedBytes())
  return loaded
}
