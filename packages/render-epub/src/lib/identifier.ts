import {createHash} from 'node:crypto'

/** The namespace of Octavo's name-based book identifiers (a fixed random UUID). */
export const octavoNamespace = '6f1c2a8e-5b7d-4c3a-9e21-0d4b8f7a3c55'

/**
 * A name-based UUID (RFC 9562 version 5, SHA-1) of `name` in Octavo's
 * namespace: the same content always gives the same identifier.
 */
export function uuidV5(name: string, namespace: string = octavoNamespace): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest()
  const bytes = hash.subarray(0, 16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
