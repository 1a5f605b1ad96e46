import {zipSync, type Zippable} from 'fflate'

/**
 * A deterministic EPUB container: `mimetype` first and stored, then the other
 * entries in the given order, deflated, then `stored` ones (images) as they
 * are, all with the same timestamp.
 * fflate writes DOS times from a Date's local-time fields; the date is built
 * from the UTC fields of `modified` so that the bytes do not depend on the
 * machine's time zone (DOS time cannot go below 1980).
 */
export function zipEpub(entries: ReadonlyArray<readonly [path: string, data: Uint8Array]>, modified: Date, stored: ReadonlyArray<readonly [path: string, data: Uint8Array]> = []): Uint8Array {
  const year = Math.min(2099, Math.max(1980, modified.getUTCFullYear()))
  const mtime =
    modified.getUTCFullYear() < 1980
      ? new Date(1980, 0, 1, 0, 0, 0)
      : new Date(year, modified.getUTCMonth(), modified.getUTCDate(), modified.getUTCHours(), modified.getUTCMinutes(), modified.getUTCSeconds())
  const files: Zippable = {
    mimetype: [new TextEncoder().encode('application/epub+zip'), {level: 0, mtime}]
  }
  for (const [path, data] of entries) files[path] = [data, {level: 6, mtime}]
  // Images are compressed already: stored.
  for (const [path, data] of stored) files[path] = [data, {level: 0, mtime}]
  return zipSync(files, {mtime})
}
